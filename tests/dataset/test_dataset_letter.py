"""The curated letter: exact to the letter, as extraction's ground truth must be."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import LETTER_DATASET, SHARED_DIR

from claims.dataset import read_dataset
from claims.enums import AccessedBasis, ClaimStatus, SourceKind
from claims.records import PartialDate

SEED_LETTER = SHARED_DIR / "seed" / "hrw-2016-07-18-letter-to-facebook.txt"
RAW: dict[str, Any] = tomllib.loads((LETTER_DATASET / "dataset.toml").read_text("utf-8"))
TEXT = (LETTER_DATASET / "letter.txt").read_bytes().decode("utf-8")

# Better BibTeX's default skip words (English and common particles)
# a word list reads better as words than as a 130-line literal
SKIP_WORDS = frozenset(
    """
    a ab aboard about above across after against al along amid among an and anti around as
    at before behind below beneath beside besides between beyond but by d da das de del
    dell dello dei degli della delle dem den der des despite die do down du during ein eine
    einem einen einer eines el en et except for from gli i il in inside into is l la las le
    les like lo los near nor of off on onto or over past per plus round save since so some
    sur than the through to toward towards un una unas uno unos under underneath une unlike
    until up upon versus via von while with within without yet zu zum
    """.split()  # noqa: SIM905
)


def _ascii_word(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", folded)


def _significant(text: str) -> list[str]:
    words = (_ascii_word(w) for w in text.split())
    return [w for w in words if w and w.lower() not in SKIP_WORDS]


def expected_key(source: dict[str, Any]) -> str:
    """The documented key rule (docs/dataset.md), written independently of any implementation."""
    authors = source.get("authors", [])
    if authors:
        first = authors[0]
        name = first["family"] if "family" in first else _significant(first["literal"])[0]
    else:
        outlet = source.get("publisher") or source.get("container")
        name = _significant(outlet)[0] if outlet else ""
    title = "".join(w[0].upper() + w[1:] for w in _significant(source["title"])[:3])
    year = source["issued"][:4] if "issued" in source else ""
    key = _ascii_word(name).lower() + title + year
    return key[0].lower() + key[1:]


def test_letter_is_the_seed_byte_for_byte() -> None:
    if not SEED_LETTER.exists():
        pytest.skip(f"the shared seed is not here: {SEED_LETTER}")
    assert (LETTER_DATASET / "letter.txt").read_bytes() == SEED_LETTER.read_bytes()


def test_reads_clean_with_the_expected_counts() -> None:
    dataset = read_dataset(LETTER_DATASET)
    assert dataset.document.key == "hrw-2016-07-18-facebook-china"
    assert dataset.document.author == "Kenneth Roth"
    assert dataset.document.publisher == "Human Rights Watch"
    assert dataset.document.published is not None
    assert dataset.document.published.isoformat() == "2016-07-18"
    assert dataset.document.url == (
        "https://www.hrw.org/news/2016/07/18/human-rights-watch-letter-facebook"
    )
    assert [f.number for f in dataset.footnotes] == list(range(1, 14))
    assert len(dataset.sources) == 17
    assert len(dataset.claims) >= 30


def test_footnotes_are_printed_inline_and_exact() -> None:
    for footnote in RAW["footnotes"]:
        start, end = footnote["start"], footnote["end"]
        assert TEXT[start:end] == footnote["text"]
        # printed right after the sentence's punctuation, and ending with its own full stop
        assert TEXT[start - 1] in ".”", footnote["number"]
        assert footnote["text"].endswith(".")
        assert TEXT[end : end + 1] in (" ", "\xa0", "\n"), footnote["number"]


def test_every_work_is_cited_once_and_raw_rebuilds_its_footnote() -> None:
    sources = {s["key"]: s for s in RAW["sources"]}
    cited = [key for f in RAW["footnotes"] for key in f["sources"]]
    assert sorted(cited) == sorted(sources)
    assert [len(f["sources"]) for f in RAW["footnotes"]] == [1, 1, 2, 1, 1, 1, 1, 3, 2, 1, 1, 1, 1]
    for footnote in RAW["footnotes"]:
        assert "; ".join(sources[k]["raw"] for k in footnote["sources"]) == footnote["text"]


def test_source_fields() -> None:
    for source in RAW["sources"]:
        assert source["url"] in source["raw"]
        assert not source["url"].endswith((".", ",", ";", ")"))
        assert SourceKind(source["kind"])
        assert source["title"]
        assert source["title"][0] not in "\"“'‘"
        assert source["title"][-1] not in "\"”',"
        if "issued" in source:
            assert PartialDate.parse(source["issued"]).precision.value == "day"
        for person in source["authors"]:
            assert set(person) in ({"family", "given"}, {"literal"})
    by_key = {s["key"]: s for s in RAW["sources"]}
    assert by_key["tiezziChineseMilitaryDeclares2015"]["title"] == (
        "Chinese Military Declares the Internet an Ideological ‘Battleground’"
    )
    assert by_key["mckenzieChinasAntiTerrorismLaw2016"]["authors"] == [
        {"family": "McKenzie", "given": "Paul"},
        {"family": "Milner", "given": "Gordon"},
        {"family": "Zhang", "given": "Wei"},
    ]
    assert by_key["wongChinaPunishesNearly2015"]["authors"] == [
        {"family": "Wong", "given": "Chun Han"}
    ]
    assert by_key["humanChinaReverseDownward2016"]["authors"] == [{"literal": "Human Rights Watch"}]


def test_second_footnote_title_flaw_is_kept_in_raw_only() -> None:
    (source,) = [s for s in RAW["sources"] if s["key"].startswith("vlastelica")]
    assert source["title"] == "Instagram Reportedly Blocked in China Amid Hong Kong Protests"
    assert source["raw"].startswith("Ryan Vlastelica, Instagram Reportedly Blocked")


def test_access_dates_stated_in_first_and_last_footnotes_only() -> None:
    dataset = read_dataset(LETTER_DATASET)
    first = dataset.footnotes[0].sources
    last = dataset.footnotes[-1].sources
    accessed = {s.key: (s.accessed, s.accessed_basis) for s in dataset.sources if s.accessed}
    assert {k: (d.isoformat(), b) for k, (d, b) in accessed.items()} == {
        first[0]: ("2016-05-26", AccessedBasis.STATED),
        last[0]: ("2016-06-14", AccessedBasis.STATED),
    }


@pytest.mark.parametrize("source", RAW["sources"], ids=lambda s: s["key"])
def test_keys_follow_the_documented_rule(source: dict[str, Any]) -> None:
    assert source["key"] == expected_key(source)


def test_claims_are_anchored_exactly() -> None:
    keys = [c["key"] for c in RAW["claims"]]
    assert len(keys) == len(set(keys))
    for claim in RAW["claims"]:
        assert TEXT[claim["start"] : claim["end"]] == claim["quote"], claim["key"]
        assert claim["statement"].strip()
    starts = [c["start"] for c in RAW["claims"]]
    assert starts == sorted(starts)


def test_each_footnote_supports_the_sentence_it_follows() -> None:
    starts = {f["number"]: f["start"] for f in RAW["footnotes"]}
    footnoted = [c for c in RAW["claims"] if c["footnotes"]]
    assert sorted(n for c in footnoted for n in c["footnotes"]) == list(range(1, 14))
    for claim in footnoted:
        (number,) = claim["footnotes"]
        assert claim["end"] == starts[number], claim["key"]


REQUIRED_CLAIMS = {
    "facebook-mission-statement": "share and make the world more open and connected",
    "instagram-blocked-2014": "Instagram was reportedly blocked",
    "internet-ideological-battlefield": "primary battlefield for ideological struggle",
    "security-laws-2015": "several new security laws",
    "police-embedded-internet-companies": "embed police",
    "weibo-rumor-platform-2016": "In May 2016",
    "judicial-interpretation-2013": "In September 2013",
    "rumor-crackdown": "air pollution, industrial disasters, or stock market troubles",
    "charles-xue-wechat-accounts": "Charles Xue",
    "pu-zhiqiang-conviction-2015": "Pu Zhiqiang",
    "xi-leadership-march-2013": "March 2013",
    "vpn-access-restricted": "virtual private networks",
    "bloggers-real-name-registration": "real name",
    "data-localisation-pressure": "store user data locally",
    "tianjin-warehouse-blast-2015": "Tianjin",
    "wenzhou-train-crash-2011": "Wenzhou",
    "melamine-scandal-2008": "melamine",
    "real-name-policy-criticized": "have long criticized this policy",
    "whatsapp-end-to-end-encryption": "end-to-end encryption",
    "counterterrorism-law-2015": "counterterrorism law, passed in December 2015",
    "local-partner-requirement": "local partner",
    "liu-xiaobo-nobel-imprisoned": "2010 Nobel Peace Prize",
}


@pytest.mark.parametrize(("key", "words"), sorted(REQUIRED_CLAIMS.items()))
def test_required_claim_is_there(key: str, words: str) -> None:
    claims = {c["key"]: c for c in RAW["claims"]}
    assert key in claims
    assert words in claims[key]["quote"]


def test_status_is_derived_not_written() -> None:
    dataset = read_dataset(LETTER_DATASET)
    assert all(c.status is None for c in dataset.claims)
    unsourced = [c for c in dataset.claims if not c.has_sources]
    assert unsourced
    assert all(c.status in (None, ClaimStatus.NEEDS_SOURCE) for c in unsourced)


def test_dataset_file_is_where_the_docs_say(tmp_path: Path) -> None:
    assert (LETTER_DATASET / "README.md").is_file()
    assert read_dataset(LETTER_DATASET / "dataset.toml").document.key == (
        read_dataset(LETTER_DATASET).document.key
    )
