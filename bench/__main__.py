"""The benchmark suite: ``python -m bench all`` runs every stage and writes bench/RESULTS.md.

    .venv/bin/python -m bench all            # everything, sized to finish in < 15 min on 2 cores
    .venv/bin/python -m bench nlp ingest     # some stages only (RESULTS.md is written for those)
    .venv/bin/python -m bench list           # the stages and the command each runs

Each stage runs as a child process (``python -m bench.<name> ...`` with suite sizes); its
printed numbers are collected, its wall time and peak RSS (``wait4``) recorded. The stages of
this room print JSON lines, which feed the goal table; the other rooms' benchmarks (alerts,
ui, store, events, crawl) print text, kept verbatim. Needs ../shared/data for the realistic
inputs: without it those stages report that they were skipped.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS.md"

# name -> argv after ``python -m``; sizes fit the 15-minute budget of ``bench all`` on 2 cores
STAGES: dict[str, list[str]] = {
    "nlp": ["bench.nlp", "--articles", "80", "--runs", "3", "--workers", "2",
            "--configs", "dehumanization,events,stage1,stageN"],
    "ingest": ["bench.ingest", "--runs", "3", "--copies", "20", "--workers", "2"],
    "latency": ["bench.latency", "--items", "24", "--minutes", "2", "--interval", "15"],
    "events": ["bench.events", "--news", "91", "--speeches", "30", "--passes", "2"],
    "alerts": ["bench.alerts", "--docs", "50000", "--countries", "50", "--days", "365"],
    "store": ["bench.store", "--docs", "5000", "--repeat", "5"],
    "ui": ["bench.ui", "--documents", "20000", "--db", "{tmp}/ui-20k.db"],
    "crawl": ["bench.crawl", "--pages", "60", "--docs", "5000", "--store-docs", "2000", "--embed", "50"],
    "quantization": ["bench.quantization", "--train", "200", "--dev-negatives", "150", "--runs", "1"],
}


@dataclass
class StageRun:
    name: str
    argv: list[str]
    returncode: int = 0
    wall_s: float = 0.0
    peak_rss_mb: float | None = None
    stdout: str = ""
    stderr_tail: str = ""
    records: list[dict] = field(default_factory=list)  # the JSON lines it printed


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))
        ram = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        ram = "unknown"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                            check=False).stdout.strip()
    return {"cpu": cpu or "unknown", "cores": str(os.cpu_count()), "ram": ram,
            "python": platform.python_version(), "platform": platform.platform(), "commit": commit or "unknown",
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "load_average_at_start": " ".join(f"{x:.1f}" for x in os.getloadavg())}


def run_stage(name: str, argv: list[str], tmp: Path) -> StageRun:
    argv = [a.replace("{tmp}", str(tmp)) for a in argv]
    run = StageRun(name=name, argv=argv)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-m", *argv], cwd=REPO, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        run.returncode = os.waitstatus_to_exitcode(status)
        run.wall_s = round(time.perf_counter() - started, 1)
        run.peak_rss_mb = round(usage.ru_maxrss / 1024, 1)  # the stage's own process; its children report theirs
        out.seek(0)
        err.seek(0)
        run.stdout = out.read()
        run.stderr_tail = err.read()[-3000:]
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            try:
                run.records.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    print(f"bench {name}: exit {run.returncode}, {run.wall_s} s, peak RSS {run.peak_rss_mb} MB", flush=True)
    return run


# ---- RESULTS.md ------------------------------------------------------------------------------

def _record(runs: list[StageRun], stage: str, key: str, value: str | None = None) -> dict:
    """The JSON line of ``stage`` that has ``key`` (and, with ``value``, ``key == value``)."""
    for run in runs:
        if run.name == stage:
            for rec in run.records:
                if key in rec and (value is None or rec[key] == value):
                    return rec
    return {}


def _get(data: dict, *path: str) -> float | None:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data if isinstance(data, int | float) else None


def _fmt(value: float | None, unit: str = "") -> str:
    return "not measured" if value is None else f"{value:,.1f}{unit}"


def _verdict(value: float | None, target: float, higher_is_better: bool = True) -> str:
    if value is None:
        return "not measured"
    return "pass" if (value >= target if higher_is_better else value <= target) else "**miss**"


def _goal_rows(runs: list[StageRun], total_s: float, complete: bool) -> list[tuple[str, str, str, str, str]]:
    stage_n, stage_1 = _record(runs, "nlp", "config", "stageN"), _record(runs, "nlp", "config", "stage1")
    feeds, pages = _record(runs, "ingest", "feeds").get("feeds", {}), _record(runs, "ingest", "pages").get("pages", {})
    latency = _record(runs, "latency", "latency").get("latency", {})
    workers = stage_n.get("workers", 2)
    analysis = _get(stage_n, "articles_per_s")
    cpu_rate = _get(stage_1, "articles_per_cpu_s")
    alert_p95, alert_goal = _get(latency, "publication_to_alert", "p95_s"), _get(latency, "goal_alert_p95_s")
    rss = _get(latency, "tocsin_run_peak_rss_mb")
    pool = _get(pages, f"pool_{workers}_processes", "per_s")
    feed_pool = _get(feeds, f"ingest_pool_{workers}_processes", "per_s")
    return [
        ("Analysis of whole articles, realistic stream, both analyzers", ">= 50 articles/s (stretch 100)",
         f"{_fmt(analysis)} articles/s ({workers} worker processes)",
         f"{_fmt(cpu_rate * workers if cpu_rate else None)} articles/s (1-process CPU rate x {workers})",
         _verdict(analysis, 50)),
        ("Feed parsing and storing", ">= 2,000 entries/s",
         f"{_fmt(feed_pool)} entries/s ({workers}-process pool, workers store)",
         (f"1 process: {_fmt(_get(feeds, 'ingest', 'per_s'))} entries/s, "
          f"{_fmt(_get(feeds, 'ingest', 'per_cpu_s'))} per CPU-second"),
         _verdict(max(feed_pool or 0, _get(feeds, "ingest", "per_s") or 0) or None, 2000)),
        ("Article extraction on 2 cores", ">= 40 pages/s", f"{_fmt(pool)} pages/s ({workers}-process pool)",
         (f"{_fmt(_get(pages, 'one_process', 'per_cpu_s') * workers if _get(pages, 'one_process', 'per_cpu_s') else None)}"
         f" pages/s (1-process CPU rate x {workers})"), _verdict(pool, 40)),
        ("Publication to alert, p95", f"<= one poll interval + 60 s ({_fmt(alert_goal, ' s')})",
         f"{_fmt(alert_p95, ' s')} (median {_fmt(_get(latency, 'publication_to_alert', 'median_s'), ' s')})",
         (f"to stored analysis: median {_fmt(_get(latency, 'publication_to_analysis', 'median_s'), ' s')}, "
         f"p95 {_fmt(_get(latency, 'publication_to_analysis', 'p95_s'), ' s')}"),
         _verdict(alert_p95, alert_goal, higher_is_better=False) if alert_goal else "not measured"),
        ("Peak memory of `tocsin run`, all models loaded", "< 2.5 GB", f"{_fmt(rss, ' MB')}",
         "analysis pool of 2: parent " + _fmt(_get(stage_n, "peak_rss_mb"), " MB") + " + 2 x "
         + _fmt(_get(stage_n, "peak_rss_worker_mb"), " MB"), _verdict(rss, 2560, higher_is_better=False)),
        ("`python -m bench all` on 2 cores", "< 15 min", f"{total_s / 60:.1f} min" if complete else "partial run",
         "", _verdict(total_s, 900, higher_is_better=False) if complete else "not measured"),
    ]


def _ratio_rows(runs: list[StageRun]) -> list[tuple[str, str, str]]:
    stage_n, stage_1 = _record(runs, "nlp", "config", "stageN"), _record(runs, "nlp", "config", "stage1")
    feeds, pages = _record(runs, "ingest", "feeds").get("feeds", {}), _record(runs, "ingest", "pages").get("pages", {})
    wall_n, wall_1 = _get(stage_n, "articles_per_s"), _get(stage_1, "articles_per_s")
    pool_key = next((k for k in pages if k.startswith("ratio_pool_")), "")
    return [
        ("Analysis across 2 worker processes vs 1 process (wall)", _fmt(wall_n / wall_1 if wall_n and wall_1 else None, "x"),
         f"{_fmt(wall_n)} vs {_fmt(wall_1)} articles/s"),
        ("Feed ingest with the lxml fast path vs feedparser only (per CPU-second)",
         _fmt(_get(feeds, "ratio_ingest"), "x"), (f"{_fmt(_get(feeds, 'ingest', 'per_cpu_s'))} vs "
         f"{_fmt(_get(feeds, 'ingest_feedparser_only', 'per_cpu_s'))} entries per CPU-second")),
        ("Feed parsing alone, fast path vs feedparser (per CPU-second)", _fmt(_get(feeds, "ratio_parse"), "x"),
         (f"{_fmt(_get(feeds, 'parse_only', 'per_cpu_s'))} vs {_fmt(_get(feeds, 'parse_only_feedparser', 'per_cpu_s'))}"
         " entries per CPU-second")),
        ("Feed ingest with fastText + py3langid language ID vs py3langid only (per CPU-second)",
         _fmt(_get(feeds, "ratio_langid_hybrid_vs_py3langid"), "x"),
         (f"{_fmt(_get(feeds, 'ingest', 'per_cpu_s'))} vs {_fmt(_get(feeds, 'ingest_py3langid_only', 'per_cpu_s'))}"
          " entries per CPU-second")),
        ("Feed ingest through a 2-process pool vs 1 process (wall)",
         _fmt(_get(feeds, "ratio_pool_2_vs_one_wall"), "x"),
         (f"{_fmt(_get(feeds, 'ingest_pool_2_processes', 'per_s'))} vs {_fmt(_get(feeds, 'ingest', 'per_s'))}"
          " entries/s")),
        ("Feed ingest, pool workers storing their documents vs the polling process storing them (wall)",
         _fmt(_get(feeds, "ratio_pool_2_workers_store_vs_parent_stores_wall"), "x"),
         (f"{_fmt(_get(feeds, 'ingest_pool_2_processes', 'per_s'))} vs "
          f"{_fmt(_get(feeds, 'ingest_pool_2_processes_parent_stores', 'per_s'))} entries/s; polling process's "
          f"CPU share {_get(feeds, 'pool_parent_cpu_share')} vs {_get(feeds, 'pool_parent_stores_parent_cpu_share')}")),
        ("Extraction without trafilatura's fallback extractors vs with them (per CPU-second)",
         _fmt(_get(pages, "ratio_no_fallbacks"), "x"),
         (f"{_fmt(_get(pages, 'one_process', 'per_cpu_s'))} vs {_fmt(_get(pages, 'with_fallbacks', 'per_cpu_s'))}"
          f" pages per CPU-second; token F1 {_get(pages, 'token_f1')} vs {_get(pages, 'token_f1_with_fallbacks')}")),
        (("Extraction reading only title and date, no fallbacks, vs trafilatura's full metadata with fallbacks "
          "(per CPU-second)"),
         _fmt(_get(pages, "ratio_lean_metadata"), "x"), (f"{_fmt(_get(pages, 'one_process', 'per_cpu_s'))} vs "
         f"{_fmt(_get(pages, 'full_metadata_path', 'per_cpu_s'))} pages per CPU-second")),
        ("Extraction across a 2-process pool vs 1 process (wall)", _fmt(_get(pages, pool_key), "x") if pool_key
         else "not measured", ""),
        *((f"Transformer: MiniLM {r['path']} vs torch float32, one thread (per CPU-second)",
           _fmt(_get(r, "ratio_cpu_vs_torch_fp32"), "x"),
           (f"{_fmt(_get(r, 'per_cpu_s'))} sentences per CPU-second; mean cosine {r.get('cosine_mean')}, "
            f"head F1 change {r.get('f1_change')}: accuracy {r.get('accuracy_holds')}"))
          for run in runs if run.name == "quantization" for r in run.records
          if str(r.get("path")).startswith(("torch_int8", "ort_"))),
    ]


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(r) + " |" for r in rows)]


def write_results(path: Path, info: dict[str, str], runs: list[StageRun], total_s: float, complete: bool) -> None:
    lines = ["# Benchmark results", "",
             ("Generated by `python -m bench all` (docs/performance.md says how to run and read it). "
             "Wall rates are what this machine gave while it ran; CPU-second rates say what the code costs and "
             "do not depend on other load. Medians over several runs after a warm-up run."), "",
             "## Machine", "", *(f"- {k.replace('_', ' ')}: {v}" for k, v in info.items()), "", "## Goals (issue 9)", "",
             *_table(("goal", "target", "measured", "also measured", "verdict"), _goal_rows(runs, total_s, complete)),
             "", "## Optimizations, each against the unoptimized path in the same run", "",
             *_table(("optimization", "ratio", "numbers"), _ratio_rows(runs)), "", "## Stages", "",
             *_table(("stage", "command", "exit", "wall", "peak RSS of the stage process"),
                     [(r.name, "`python -m " + " ".join(r.argv) + "`", str(r.returncode), f"{r.wall_s} s",
                       _fmt(r.peak_rss_mb, " MB")) for r in runs]), ""]
    for r in runs:
        lines += [f"### {r.name}", "", "```", r.stdout.strip()[-6000:] or "(no output)", "```", ""]
        if r.returncode:
            lines += ["stderr (tail):", "", "```", r.stderr_tail.strip()[-1500:], "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv) or ["all"]
    if args == ["list"]:
        for name, stage in STAGES.items():
            print(f"{name:<8} python -m {' '.join(stage)}")
        return
    names = list(STAGES) if args == ["all"] else args
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise SystemExit(f"unknown stage(s) {unknown}; choose from all, list, {', '.join(STAGES)}")
    info = machine()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [run_stage(name, STAGES[name], Path(tmp)) for name in names]
    info["load_average_at_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    total_s = round(time.perf_counter() - started, 1)
    write_results(RESULTS, info, runs, total_s, complete=args == ["all"])
    print(f"wrote {RESULTS.relative_to(REPO)} ({total_s} s in all)")


if __name__ == "__main__":
    main()
