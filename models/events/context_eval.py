"""How the ``criminal`` marker splits real reports: ``python -m models.events.context_eval``.

No shared set labels events as criminal or political, so this is a proxy, disclosed as such:
event mentions found in InSight Crime articles (Latin American organised crime) should mostly carry
the marker, those in South Asia Terrorism Portal (SATP) summaries (insurgency, terrorism, Maoists)
almost never. Both folders' train and dev files are read (the marker rules were not fitted to them).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from nlp.events import make_analyzer
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings

REPO = Path(__file__).resolve().parents[2]
csv.field_size_limit(sys.maxsize)


def read_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        return [row[0] for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if row and row[0].strip()]


def criminal_share(texts: list[str]) -> dict[str, float | int]:
    analyzer = make_analyzer(NlpSettings())
    events = [e for t in texts for e in analyzer.analyze(t, TextContext(language="en")).events]
    criminal = sum("criminal" in e.markers for e in events)
    return {"documents": len(texts), "event_mentions": len(events), "criminal": criminal,
            "criminal_share": round(criminal / len(events), 3) if events else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args(argv)
    conf = args.data / "conflibert_eval"
    if not conf.exists():
        raise SystemExit(f"{conf} not found: pass --data pointing at the shared data folder")
    report = {name: criminal_share([t for split in ("train.tsv", "dev.tsv") for t in read_texts(conf / name / split)])
              for name in ("insightCrime", "satp_relevant")}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
