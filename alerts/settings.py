"""Settings of the alerts room (section ``[alerts]`` of tocsin.toml, one subsection per detector).

Secrets (``notify.webhook.secret``, ``notify.email.password``) come from the environment only:
``TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET`` and ``TOCSIN_ALERTS__NOTIFY__EMAIL__PASSWORD``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["AlertsSettings", "BocpdSettings", "CusumSettings", "DetectorsSettings", "EarsSettings",
           "EmailSettings", "GlmSettings", "NotifySettings", "RiskSettings", "RuleSpec", "SignalsSettings",
           "Watchlist", "WebhookSettings", "default_rules"]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SignalsSettings(_Section):
    official_weight: float = Field(3.0, ge=1, description="weight of a finding by an official speaker")
    per_stories: float = Field(100.0, gt=0, description="normalized values are per this many distinct stories")
    recompute_days: int = Field(14, ge=1, description="days recomputed on every run, besides days touched by "
                                "new or changed documents (late reports)")
    top_evidence: int = Field(20, ge=1, description="document ids kept with each signal value")
    lookback_days: int = Field(240, ge=30, description="history the detectors see on each run")
    evaluate_days: int = Field(7, ge=1, description="recent days on which a detector firing opens or updates alerts")
    detector_kinds: list[str] = Field(
        default_factory=lambda: ["dehumanization", "dehumanization_official", "violence_events", "fatalities"],
        description="signal kinds watched by the detectors")
    unnormalized_kinds: list[str] = Field(default_factory=lambda: ["fatalities"],
                                          description="kinds compared as raw counts, not per story volume")


class EarsSettings(_Section):
    enabled: list[Literal["C1", "C2", "C3"]] = Field(default_factory=lambda: ["C2"],
                                                     description="EARS methods that open alerts")
    baseline_days: int = Field(7, ge=3, description="baseline length (CDC: 7)")
    min_baseline_days: int = Field(7, ge=3, description="observed baseline days needed to test a day (7 = a "
                                   "full week, so a weekly pattern is never mistaken for a surge)")
    guard_days: int = Field(2, ge=0, description="guard band of C2/C3 (CDC: 2)")
    threshold: float = Field(3.0, gt=0, description="C1/C2 threshold on the z statistic (CDC: 3)")
    c3_threshold: float = Field(2.0, gt=0, description="C3 threshold on the sum of the last 3 C2 excesses (CDC: 2)")
    min_sd_ratio: float = Field(0.2, ge=0, description="standard deviation floor as a fraction of the baseline mean")


class GlmSettings(_Section):
    enabled: bool = Field(True, description="quasi-Poisson day-of-week baseline (glm) opens alerts")
    baseline_days: int = Field(56, ge=14, description="days of history fitted (before the guard band)")
    guard_days: int = Field(2, ge=0, description="days between the baseline and the day tested")
    min_baseline_days: int = Field(21, ge=7, description="observed days needed in the baseline to test a day")
    trend: bool = Field(False, description="add a linear trend term (fitted by IRLS)")
    threshold: float = Field(3.0, gt=0, description="Pearson z above which a day is an exceedance")
    min_dispersion_ratio: float = Field(0.05, ge=0, description="dispersion floor as a fraction of the mean count")


class CusumSettings(_Section):
    enabled: bool = Field(True, description="CUSUM of the GLM residuals opens alerts")
    k: float = Field(0.5, ge=0, description="reference value subtracted from each standardized residual")
    h: float = Field(5.0, gt=0, description="decision interval: fire when the upper sum exceeds it")


class BocpdSettings(_Section):
    enabled: bool = Field(True, description="Bayesian online change-point detection opens alerts")
    hazard_days: float = Field(120.0, gt=1, description="expected days between change-points (hazard = 1/this)")
    prior_shape: float = Field(1.0, gt=0, description="Gamma prior shape of the rate per unit of exposure")
    prior_rate: float = Field(1.0, gt=0, description="Gamma prior rate (pseudo-exposure)")
    max_run: int = Field(180, ge=14, description="run lengths kept (truncation)")
    window_days: int = Field(7, ge=1, description="a change-point within this many days counts as recent")
    threshold: float = Field(0.6, gt=0, lt=1, description="posterior probability of a recent change-point")
    min_increase: float = Field(1.5, gt=1, description="the new rate must exceed the old by this factor")
    float32: bool = Field(True, description="run the recursion in float32: 1.6-2x faster; posteriors within 1e-4 "
                          "of float64 (1.3e-5 and the same firings on the 1M-document benchmark)")


class DetectorsSettings(_Section):
    min_count: float = Field(3.0, ge=0, description="a day fires only if its raw count reaches this "
                             "(0 makes every detector scale-invariant; >0 ignores noise on tiny counts)")
    min_stories: int = Field(3, ge=1, le=20, description="a firing also needs this many distinct stories (or "
                             "merged events) behind the day's value: one official speech weighs 6 but is one story")
    min_history_days: int = Field(28, ge=7, description="observed days a series needs before a day can be tested "
                                  "by any detector: a fresh install or a newly covered country raises no "
                                  "statistical alert before (immediate rules still fire)")
    episode_gap_days: int = Field(3, ge=0, description="firings of any detector for one country and kind closer than "
                                  "this many quiet days form one episode, with one alert")
    ears: EarsSettings = Field(default_factory=EarsSettings)
    glm: GlmSettings = Field(default_factory=GlmSettings)
    cusum: CusumSettings = Field(default_factory=CusumSettings)
    bocpd: BocpdSettings = Field(default_factory=BocpdSettings)


class RuleSpec(_Section):
    """An immediate rule: fires on ONE finding or ONE merged event meeting every given condition."""

    name: str = Field(pattern=r"^[a-z0-9_]{2,64}$")
    on: Literal["finding", "event"]
    kind: str = Field(description="alert kind, e.g. official_eliminationist")
    severity: Literal["low", "medium", "high", "critical"] = "high"
    labels_all: list[str] = Field(default_factory=list, description="finding: every label required")
    official: bool | None = Field(None, description="finding: speaker must (not) be official")
    roles: list[str] = Field(default_factory=list, description="finding: speaker role in this list")
    min_score: float = Field(0.0, ge=0, le=1, description="finding or event score at least this")
    min_severity: float = Field(0.0, ge=0, description="finding severity at least this")
    event_types: list[str] = Field(default_factory=list, description="event: type in this list")
    markers_all: list[str] = Field(default_factory=list, description="event: every marker required")
    min_fatalities: int | None = Field(None, ge=0, description="event: best fatality estimate at least this")

    @model_validator(mode="after")
    def _conditions_fit(self) -> RuleSpec:
        finding_only = bool(self.labels_all or self.roles or self.official is not None or self.min_severity)
        event_only = bool(self.event_types or self.markers_all or self.min_fatalities is not None)
        if self.on == "finding" and event_only:
            raise ValueError(f"rule {self.name!r} is on findings but uses event conditions "
                             "(event_types/markers_all/min_fatalities); set on = \"event\" or drop them")
        if self.on == "event" and finding_only:
            raise ValueError(f"rule {self.name!r} is on events but uses finding conditions "
                             "(labels_all/official/roles/min_severity); set on = \"finding\" or drop them")
        if not (finding_only or event_only):
            raise ValueError(f"rule {self.name!r} has no condition and would fire on everything; add one")
        return self


def default_rules() -> list[RuleSpec]:
    return [
        RuleSpec(name="official_eliminationist", on="finding", kind="official_eliminationist", severity="critical",
                 labels_all=["eliminationist"], official=True),
        RuleSpec(name="mass_killing", on="event", kind="mass_killing", severity="critical",
                 markers_all=["mass_killing"], min_fatalities=10),
        RuleSpec(name="identity_targeted_attack", on="event", kind="identity_targeted_attack", severity="high",
                 markers_all=["identity_targeted"]),
    ]


class RiskSettings(_Section):
    window_days: int = Field(14, ge=1, description="recent days the risk index looks at")
    trend_baseline_days: int = Field(56, ge=7, description="baseline of the violence trend component")
    weights: dict[str, float] = Field(
        default_factory=lambda: {"official_dehumanization": 30.0, "dehumanization": 15.0, "violence_trend": 20.0,
                                 "fatalities": 20.0, "open_alerts": 15.0},
        description="points of each component; they must sum to 100")
    scales: dict[str, float] = Field(
        default_factory=lambda: {"official_dehumanization": 3.0, "dehumanization": 10.0, "violence_trend": 1.0,
                                 "fatalities": 50.0, "open_alerts": 2.0},
        description="value at which a component reaches 63% of its points (1 - exp(-x/scale))")

    @model_validator(mode="after")
    def _complete(self) -> RiskSettings:
        known = {"official_dehumanization", "dehumanization", "violence_trend", "fatalities", "open_alerts"}
        if set(self.weights) - known:
            raise ValueError(f"alerts.risk.weights: unknown components {sorted(set(self.weights) - known)}; "
                             f"known: {sorted(known)}")
        if set(self.weights) != set(self.scales):
            raise ValueError("alerts.risk.weights and alerts.risk.scales must name the same components")
        if abs(sum(self.weights.values()) - 100.0) > 1e-6:
            raise ValueError(f"alerts.risk.weights must sum to 100 (they sum to {sum(self.weights.values())})")
        return self


class WebhookSettings(_Section):
    url: str | None = Field(None, description="POST target; None disables the webhook channel")
    secret: str | None = Field(None, repr=False, description="HMAC-SHA256 key; environment only")
    allow_private: bool = Field(False, description="allow loopback/private targets (tests, intranet)")
    timeout_s: float = Field(10.0, gt=0, description="seconds per POST")


class EmailSettings(_Section):
    host: str | None = Field(None, description="SMTP server; None disables the email channel")
    port: int = Field(587, gt=0, lt=65536, description="SMTP submission port")
    starttls: bool = Field(True, description="upgrade with STARTTLS before authenticating (required unless false)")
    ca_file: str | None = Field(None, description="CA bundle to verify the server (default: system store)")
    username: str | None = Field(None, description="SMTP login (after STARTTLS)")
    password: str | None = Field(None, repr=False, description="environment only")
    sender: str = Field("tocsin@localhost", description="From address")
    recipients: list[str] = Field(default_factory=list, description="To addresses")
    timeout_s: float = Field(20.0, gt=0, description="seconds per SMTP session")


class Watchlist(_Section):
    name: str = Field(pattern=r"^[a-z0-9_-]{1,64}$")
    countries: list[str] = Field(default_factory=list, description="empty: all countries")
    kinds: list[str] = Field(default_factory=list, description="empty: all kinds")


class NotifySettings(_Section):
    base_url: str = Field("http://localhost:8501", description="link back to the UI; alert pages are "
                          "{base_url}/alerts/{id}")
    max_attempts: int = Field(6, ge=1, description="attempts before a notification becomes a dead letter")
    backoff_base_s: float = Field(30.0, gt=0, description="first retry delay; doubles every attempt")
    backoff_max_s: float = Field(3600.0, gt=0, description="longest retry delay")
    watchlists: list[Watchlist] = Field(default_factory=lambda: [Watchlist(name="all")],
                                        description="Atom feeds: name, countries, kinds ([[alerts.notify.watchlists]])")
    notify_kinds: list[str] = Field(default_factory=list, description="only these kinds are pushed (empty: all)")
    webhook: WebhookSettings = Field(default_factory=WebhookSettings)
    email: EmailSettings = Field(default_factory=EmailSettings)


class AlertsSettings(_Section):
    rules: list[RuleSpec] = Field(default_factory=default_rules, description="immediate rules ([[alerts.rules]])")
    signals: SignalsSettings = Field(default_factory=SignalsSettings)
    detectors: DetectorsSettings = Field(default_factory=DetectorsSettings)
    risk: RiskSettings = Field(default_factory=RiskSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)

    @model_validator(mode="after")
    def _history_fits(self) -> AlertsSettings:
        if self.detectors.min_history_days >= self.signals.lookback_days:
            raise ValueError(f"alerts.detectors.min_history_days ({self.detectors.min_history_days}) must be below "
                             f"alerts.signals.lookback_days ({self.signals.lookback_days}), or no day could be tested")
        return self

    @model_validator(mode="after")
    def _unique_rules(self) -> AlertsSettings:
        names = [r.name for r in self.rules]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"alerts.rules: duplicate rule names {dup}; each rule needs its own name")
        return self
