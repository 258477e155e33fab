"""The fields a dump writes — pins, explicit citations, proposals, rejected proposals, the
file's SHA-256 — read as documented, and each mistake in them is one issue with its line."""

from __future__ import annotations

from pathlib import Path

from tests.dataset.test_dataset_reader import GOOD, line_of, problems, write

from claims.dataset import read_dataset
from claims.dataset.model import CitationSpec, PinSpec, RejectedSpec

CURATED = (
    GOOD.replace('text = "text.txt"\n', f'text = "text.txt"\nfile_sha256 = "{"ab" * 32}"\n')
    .replace(
        'accessed = "2020-06-02"\n',
        'accessed = "2020-06-02"\npinned = { title = "ana", "extra.pages" = true }\n',
    )
    .replace(
        "footnotes = [1]\n",
        'citations = [{ source = "smithSky2020", footnote = 1, pinpoint = "p. 2" },'
        ' { source = "smithSky2020", position = 3 }]\npinned = ["claim"]\nproposed = true\n',
    )
    + '\n[[rejected_proposals]]\nquote = "The end."\nby = "ana"\n'
)


def test_the_curated_fields_read(tmp_path: Path) -> None:
    dataset = read_dataset(write(tmp_path, CURATED))
    assert dataset.document.file_sha256 == "ab" * 32
    assert dataset.source_pins == {
        "smithSky2020": (PinSpec("title", "ana"), PinSpec("extra.pages", None))
    }
    claim = dataset.claims[0]
    assert claim.citations == (
        CitationSpec("smithSky2020", 1, 1, "p. 2"),
        CitationSpec("smithSky2020", None, 3, None),
    )
    assert claim.pinned == (PinSpec("claim"),)
    assert claim.proposed is True
    assert claim.has_sources
    assert dataset.rejected == (RejectedSpec("The end.", "ana"),)


def test_each_mistake_is_one_issue_on_its_line(tmp_path: Path) -> None:
    toml = (
        CURATED.replace('"ab" * 32', "x")
        .replace(f'file_sha256 = "{"ab" * 32}"', 'file_sha256 = "not hex"')
        .replace('"extra.pages" = true', '"extra.pages" = 3, colour = "ana"')
        .replace("position = 3", "position = 0")
        .replace("proposed = true", 'proposed = "yes"\nfootnotes = [1]')
    )
    found = problems(write(tmp_path, toml))
    lines = [int(p.split(":")[1]) for p in found]
    messages = [p.split(": ", 1)[1] for p in found]
    assert messages == [
        "document: file_sha256 must be 64 lower-case hex digits",
        "source smithSky2020: pinned: extra.pages = 3: give who pinned it, or true",
        "source smithSky2020: pinned: not a field: 'colour'",
        "claim sky-blue: citations[2]: position must be a number, 1 or more",
        "claim sky-blue: give citations, or footnotes and sources, not both",
        "claim sky-blue: proposed must be true or false, not a string",
    ]
    assert lines[0] == line_of(toml, "file_sha256")
    assert lines[1] == lines[2] == line_of(toml, "pinned = {")
    assert lines[3] == line_of(toml, "citations = ")


def test_a_source_key_may_be_any_citation_key(tmp_path: Path) -> None:
    toml = GOOD.replace("smithSky2020", "smith/sky:2020+ü")
    assert read_dataset(write(tmp_path, toml)).sources[0].key == "smith/sky:2020+ü"
    found = problems(write(tmp_path, GOOD.replace("smithSky2020", "smith sky")))
    assert "key 'smith sky' must have no spaces" in found[0]
