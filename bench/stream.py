"""A realistic, deterministic stream of whole news articles built from the shared data.

    .venv/bin/python -m bench.stream [--articles 400] [--seed 13]   # prints the stream's make-up

Monitoring traffic is mostly ordinary news: most articles contain neither violence nor
rhetoric, some report violence and very few carry dehumanizing language. The stream mirrors
that, from real text only (../shared/data, read in place, never copied):

- bodies: the gold article texts of the four extraction sets (English, French, Spanish,
  Portuguese, Czech, Chinese, Korean, Burmese...), the entries of the saved news feeds that
  carry a full body, and UN General Debate speeches cut at paragraph boundaries to article
  length (2,500-7,000 characters);
- social-media digests in French, Arabic and Amharic: 8-20 posts labelled normal (neither
  hate nor abuse) of MLMA, L-HSAB and the Amharic hate-speech set, one post a paragraph,
  since the shared data holds few long non-English news texts;
- planted violence: sentences of IndiaPoliceEvents (killings, police force), South Asia
  Terrorism Portal reports and the Tocsin event examples, 1-3 per violent article;
- planted dehumanization: the Tocsin dehumanization examples (several languages), DynaHate's
  dehumanization items and Engelmann et al.'s sentences both annotators judged dehumanizing,
  1-2 per article.

A planted sentence goes into a body of its own language, between paragraphs. The ``planted``
label says what was inserted, not what the base text already contained (UN speeches do speak
of wars). Shares by default: 80 % neither, 15 % violence, 4 % dehumanization, 1 % both.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

__all__ = ["DATA", "MIX", "StreamArticle", "build_stream", "require_data", "to_documents"]

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
MIX = {"neither": 0.80, "violence": 0.15, "dehumanization": 0.04, "both": 0.01}
ENGLISH_SHARE = 0.6  # the rest is spread evenly over the other languages that have bodies
MIN_BODY, MAX_BODY = 2_500, 7_000
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")


@dataclass(frozen=True)
class StreamArticle:
    id: str
    title: str
    text: str
    language: str
    origin: str  # which corpus the body came from
    planted: str  # neither | violence | dehumanization | both
    published_at: datetime


def require_data() -> Path:
    """The shared data folder, or a clear exit when it is absent (a fresh clone without it)."""
    if not (DATA / "un_general_debate_1990_2024").is_dir():
        raise SystemExit(f"skipped: the realistic stream needs the shared data folder at {DATA} "
                         "(../shared/data beside the repository); it is not distributed with the code")
    return DATA


def _language(text: str) -> str:
    from ingest.langid import identify_language

    return identify_language(text, max_chars=1_000).language or "und"


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _tsv_rows(path: Path) -> Iterator[list[str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    yield from csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)


def _first_sentences(text: str, n: int, limit: int = 400) -> str:
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    return " ".join(sentences[:n])[:limit].strip()


def _capitalized(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


# ---- bodies ---------------------------------------------------------------------------------

def _cut(text: str, rng: random.Random) -> str:
    """An article-length run of whole paragraphs."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if not paragraphs:
        return ""
    target = rng.randint(MIN_BODY, MAX_BODY)
    start = rng.randrange(max(1, len(paragraphs) - 3))
    out: list[str] = []
    for para in paragraphs[start:]:
        out.append(para)
        if sum(len(p) for p in out) >= target:
            break
    return "\n\n".join(out)[: MAX_BODY * 2]


def _gold_bodies() -> Iterator[tuple[str, str, str]]:
    from ingest.extraction_eval import EXTRACTION_SETS, iter_gold_pages

    for name in EXTRACTION_SETS:
        for page in iter_gold_pages(DATA, name):
            text = page.gold_text.strip()
            if len(text) >= 400:
                title = _first_sentences(text, 1, 120)
                yield title, text[: MAX_BODY * 2], f"extraction:{name}"


def _feed_bodies() -> Iterator[tuple[str, str, str]]:
    import feedparser

    from ingest.text import html_to_text

    for path in sorted((DATA / "news_feeds_rss_parser").glob("*.*")):
        if path.suffix not in (".rss", ".atom", ".xml"):
            continue
        for entry in feedparser.parse(path.read_bytes()).entries:
            html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
            text = html_to_text(html)
            if len(text) >= 400:
                yield html_to_text(entry.get("title", "")), text, f"feed:{path.name}"


def _speech_bodies(n: int, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    path = DATA / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    for line in rng.sample(lines, min(n, len(lines))):
        speech = json.loads(line)
        body = _cut(speech["text"], rng)
        if len(body) >= 400:
            title = f"{speech['country_iso3']} at the {speech['session']}th General Assembly ({speech['year']})"
            yield title, body, "ungdc"


def _normal_posts() -> dict[str, list[str]]:
    posts: dict[str, list[str]] = {"fr": [], "ar": [], "am": []}
    for row in _csv_rows(DATA / "mlma" / "mlma_fr_train.csv.gz"):
        if row["sentiment"] == "normal":
            posts["fr"].append(row["tweet"])
    for row in _csv_rows(DATA / "mlma" / "mlma_ar_train.csv.gz"):
        if row["sentiment"] == "normal":
            posts["ar"].append(row["tweet"])
    for row in _csv_rows(DATA / "l_hsab_arabic" / "l_hsab_train.csv.gz"):
        if row["Class"] == "normal":
            posts["ar"].append(row["Tweet"])
    for row in _csv_rows(DATA / "amharic_hate" / "ranlp2023_train.csv.gz"):
        if row["label"] == "normal":
            posts["am"].append(row["text"])
    return posts


def _digest_bodies(per_language: int, rng: random.Random) -> Iterator[tuple[str, str, str, str]]:
    for language, posts in _normal_posts().items():
        for k in range(min(per_language, len(posts) // 20)):
            chosen = rng.sample(posts, rng.randint(8, 20))
            text = "\n\n".join(" ".join(p.split()) for p in chosen)
            yield f"Social media digest {language}-{k}", text, f"digest:{language}", language


@cache
def _bodies(seed: int, speeches: int) -> tuple[tuple[str, str, str, str], ...]:
    """(title, text, origin, language) of every base body, in a fixed order."""
    rng = random.Random(seed)
    out = []
    for title, text, origin in [*_gold_bodies(), *_feed_bodies(), *_speech_bodies(speeches, rng)]:
        out.append((title, text, origin, _language(text)))
    out.extend(_digest_bodies(40, rng))
    return tuple(out)


# ---- planted sentences ----------------------------------------------------------------------

@cache
def _violence_sentences() -> tuple[tuple[str, str], ...]:
    out: list[str] = []
    folder = DATA / "conflibert_eval"
    for row in _tsv_rows(folder / "IndiaPoliceEvents_sents" / "train.tsv"):
        # columns: text, KILL, ARREST, ANY_ACTION, FAIL, FORCE
        if len(row) >= 6 and (row[1].strip() == "1" or row[5].strip() == "1") and len(row[0]) >= 60:
            out.append(_capitalized(row[0]))
    for row in _tsv_rows(folder / "satp_relevant" / "train.tsv"):
        if len(row) >= 2 and "1" in (c.strip() for c in row[1:]):
            out.append(_first_sentences(row[0], 2))
    for line in (DATA / "tocsin_examples" / "event_examples.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("event") == 1:
            out.append(record["text"])
    return tuple((s, _language(s)) for s in out if len(s) >= 40)


@cache
def _dehumanization_sentences() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for line in (DATA / "tocsin_examples" / "dehumanization_examples.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("label") == 1:
            out.append((record["text"], record.get("lang") or _language(record["text"])))
    for row in _csv_rows(DATA / "dynahate" / "dynahate_v0.2_dev.csv.gz"):
        if row["type"] == "dehumanization":
            out.append((_capitalized(row["text"]), "en"))
    for row in _csv_rows(DATA / "dehumanization_engelmann2024" / "dehum_eval_set_train.csv.gz"):
        if row["dehumanizing_both"] == "1" and len(row["text"]) <= 600:
            out.append((_capitalized(row["text"]), "en"))
    return tuple(out)


def _plant(body: str, sentences: list[str], rng: random.Random) -> str:
    paragraphs = body.split("\n\n")
    for sentence in sentences:
        paragraphs.insert(rng.randint(1, len(paragraphs)), sentence)
    return "\n\n".join(paragraphs)


def _pick_planted(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for label, share in MIX.items():
        total += share
        if roll < total:
            return label
    return "neither"


def _article(i: int, planted: str, rng: random.Random, bodies: tuple, by_lang: dict[str, list[int]],
             violence: dict[str, list[str]], dehum: dict[str, list[str]], t0: datetime) -> StreamArticle:
    needs = [pool for name, pool in (("violence", violence), ("dehumanization", dehum))
             if planted in (name, "both")]
    # a planted sentence goes into a body of its own language: languages without planted text
    # of the needed kind fall back to English
    others = [lang for lang in by_lang if lang != "en" and all(lang in pool for pool in needs)]
    language = rng.choice(others) if others and rng.random() >= ENGLISH_SHARE else "en"
    title, body, origin, _ = bodies[rng.choice(by_lang[language])]
    if len(body) > MAX_BODY:
        body = _cut(body, rng)  # long pages: an article-length window, a different one each time
    planted_text: list[str] = []
    if planted in ("violence", "both"):
        planted_text += rng.sample(violence[language], min(rng.randint(1, 3), len(violence[language])))
    if planted in ("dehumanization", "both"):
        planted_text += rng.sample(dehum[language], min(rng.randint(1, 2), len(dehum[language])))
    return StreamArticle(id=f"stream-{i:06d}", title=title, text=_plant(body, planted_text, rng), language=language,
                         origin=origin, planted=planted, published_at=t0 + timedelta(seconds=37 * i))


def build_stream(n: int, seed: int = 13, speeches: int = 300) -> list[StreamArticle]:
    """``n`` articles, the same for the same ``n`` and ``seed`` on every machine."""
    require_data()
    rng = random.Random(seed)
    bodies = _bodies(seed, speeches)
    by_lang: dict[str, list[int]] = {}
    for idx, (_, _, _, lang) in enumerate(bodies):
        by_lang.setdefault(lang, []).append(idx)
    violence: dict[str, list[str]] = {}
    for sentence, lang in _violence_sentences():
        violence.setdefault(lang, []).append(sentence)
    dehum: dict[str, list[str]] = {}
    for sentence, lang in _dehumanization_sentences():
        dehum.setdefault(lang, []).append(sentence)
    t0 = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
    out: list[StreamArticle] = []
    seen: set[str] = set()
    for i in range(n):
        planted = _pick_planted(rng)
        for _ in range(50):  # exact duplicates would be stored once (same content hash): draw again
            article = _article(i, planted, rng, bodies, by_lang, violence, dehum, t0)
            if article.title + article.text not in seen:
                break
        seen.add(article.title + article.text)
        out.append(article)
    return out


def to_documents(articles: list[StreamArticle], source_id: str = "bench-stream") -> list:
    """The articles as store Documents (one source, fetched when published)."""
    from store import Document, document_id_for, sha256_hex

    docs = []
    for a in articles:
        url = f"https://stream.bench.invalid/{a.id}"
        docs.append(Document(id=document_id_for(url), source_id=source_id, url=url, canonical_url=url, title=a.title,
                             text=a.text, language=a.language, published_at=a.published_at, fetched_at=a.published_at,
                             content_hash=sha256_hex(a.title + "\n" + a.text)))
    return docs


def describe(articles: list[StreamArticle]) -> dict[str, object]:
    chars = sorted(len(a.text) for a in articles)
    return {"articles": len(articles), "planted": dict(Counter(a.planted for a in articles).most_common()),
            "languages": dict(Counter(a.language for a in articles).most_common()),
            "origins": dict(Counter(a.origin.split(":")[0] for a in articles).most_common()),
            "median_chars": chars[len(chars) // 2] if chars else 0,
            "mean_words": round(sum(len(a.text.split()) for a in articles) / max(len(articles), 1))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    print(json.dumps({"stream": describe(build_stream(args.articles, args.seed))}))


if __name__ == "__main__":
    main()
