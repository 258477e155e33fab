"""Every problem in a dataset is reported with its file and line, all at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import LETTER_DATASET

from claims.dataset import DatasetInvalid, read_dataset
from claims.enums import AccessedBasis, ClaimStatus, ContributorRole
from claims.errors import InputError

TEXT = 'Intro. The sky is blue.Smith, "Sky," Daily, May 1, 2020, https://ex.test/a. The end.'

GOOD = """\
format = 1

[document]
key = "doc"
title = "A document"
text = "text.txt"
published = "2020-06-01"

[[footnotes]]
number = 1
sources = ["smithSky2020"]
text = 'Smith, "Sky," Daily, May 1, 2020, https://ex.test/a.'

[[sources]]
key = "smithSky2020"
kind = "news-article"
title = "Sky"
authors = [{ family = "Smith", given = "Ann" }, { literal = "Sky Watch" }]
container = "Daily"
issued = "2020-05"
url = "https://ex.test/a"
accessed = "2020-06-02"

[[claims]]
key = "sky-blue"
statement = "The sky is blue."
quote = "The sky is blue."
start = 7
end = 23
footnotes = [1]

[[claims]]
key = "intro"
statement = "There is an intro."
quote = "Intro."
start = 0
end = 6
"""


def write(tmp_path: Path, toml: str, text: str = TEXT) -> Path:
    folder = tmp_path / "ds"
    folder.mkdir(exist_ok=True)
    (folder / "dataset.toml").write_text(toml, encoding="utf-8")
    (folder / "text.txt").write_bytes(text.encode("utf-8"))
    return folder


def problems(folder: Path) -> list[str]:
    with pytest.raises(DatasetInvalid) as info:
        read_dataset(folder)
    assert info.value.exit_code == 2
    return [str(i) for i in info.value.issues]


def line_of(toml: str, needle: str, occurrence: int = 1) -> int:
    hits = [n for n, line in enumerate(toml.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def test_good_dataset_reads(tmp_path: Path) -> None:
    dataset = read_dataset(write(tmp_path, GOOD))
    (source,) = dataset.sources
    assert source.issued is not None
    assert source.issued.iso() == "2020-05"
    assert source.accessed_basis is AccessedBasis.PERSON  # typed by a curator, not stated
    assert source.contributors[1].literal == "Sky Watch"
    assert {c.role for c in source.contributors} == {ContributorRole.AUTHOR}
    (footnote,) = dataset.footnotes
    assert TEXT[footnote.start : footnote.end] == footnote.text  # located when not given
    assert [c.key for c in dataset.claims] == ["sky-blue", "intro"]
    assert dataset.claims[1].status is None
    assert not dataset.claims[1].has_sources


def test_unknown_source_key_names_file_and_line(tmp_path: Path) -> None:
    toml = GOOD.replace('sources = ["smithSky2020"]', 'sources = ["smithSky2020", "nobody2020"]')
    folder = write(tmp_path, toml)
    found = problems(folder)
    where = f"{folder / 'dataset.toml'}:{line_of(toml, 'nobody2020')}"
    assert found == [f"{where}: footnote 1: unknown source key 'nobody2020'"]


def test_unknown_source_key_on_its_own_line_in_a_long_list(tmp_path: Path) -> None:
    toml = GOOD.replace(
        'sources = ["smithSky2020"]', 'sources = [\n  "smithSky2020",\n  "nobody2020",\n]'
    )
    found = problems(write(tmp_path, toml))
    assert found[0].split(":")[1] == str(line_of(toml, '"nobody2020"'))


def test_quote_not_found(tmp_path: Path) -> None:
    toml = GOOD.replace('quote = "The sky is blue."', 'quote = "The sky is green."')
    found = problems(write(tmp_path, toml))
    assert len(found) == 1
    assert found[0].endswith("claim sky-blue: quote not found in the document text")
    assert f"dataset.toml:{line_of(toml, 'sky is green')}:" in found[0]


def test_quote_at_wrong_offsets_says_where_it_is(tmp_path: Path) -> None:
    toml = GOOD.replace("start = 7\nend = 23", "start = 8\nend = 24")
    (found,) = problems(write(tmp_path, toml))
    assert found.endswith("claim sky-blue: quote is not at 8:24; it occurs at 7:23")
    assert f"dataset.toml:{line_of(toml, 'start = 8')}:" in found


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ('issued = "2020-05"', 'issued = "May 2020"', "malformed issued date"),
        ('issued = "2020-05"', 'issued = "2020-13"', "malformed issued date"),
        ('issued = "2020-05"', 'issued = "2020-02-30"', "malformed issued date"),
        ('accessed = "2020-06-02"', 'accessed = "2020-06"', "accessed needs a full date"),
        ('published = "2020-06-01"', 'published = "1/6/2020"', "malformed published date"),
    ],
)
def test_malformed_date(tmp_path: Path, before: str, after: str, message: str) -> None:
    toml = GOOD.replace(before, after)
    (found,) = problems(write(tmp_path, toml))
    assert message in found
    assert f"dataset.toml:{line_of(toml, after)}:" in found


def test_duplicate_source_key(tmp_path: Path) -> None:
    block = GOOD[GOOD.index("[[sources]]") : GOOD.index("[[claims]]")]
    toml = GOOD.replace(block, block + block)
    found = problems(write(tmp_path, toml))
    first, second = line_of(toml, 'key = "smithSky2020"'), line_of(toml, 'key = "smithSky2020"', 2)
    assert found == [
        f"{tmp_path / 'ds' / 'dataset.toml'}:{second}: duplicate source key 'smithSky2020'"
        f" (first at line {first})"
    ]


def test_duplicate_claim_key_and_footnote_number(tmp_path: Path) -> None:
    toml = GOOD.replace('key = "intro"', 'key = "sky-blue"')
    footnote = GOOD[GOOD.index("[[footnotes]]") : GOOD.index("[[sources]]")]
    toml = toml.replace(footnote, footnote + footnote)
    found = problems(write(tmp_path, toml))
    assert len(found) == 2
    assert (
        f":{line_of(toml, 'number = 1', 2)}: duplicate footnote number 1 (first at line"
        in (found[0])
    )
    second = line_of(toml, 'key = "sky-blue"', 2)
    assert f":{second}: duplicate claim key 'sky-blue'" in found[1]


def test_all_problems_are_reported_together_in_file_order(tmp_path: Path) -> None:
    toml = (
        GOOD.replace('kind = "news-article"', 'kind = "newspaper"')
        .replace("footnotes = [1]", "footnotes = [1, 9]")
        .replace('url = "https://ex.test/a"', 'url = "https://ex.test/a."')
        .replace('statement = "There is an intro."', 'statment = "There is an intro."')
    )
    found = problems(write(tmp_path, toml))
    lines = [int(f.split(":")[1]) for f in found]
    assert lines == sorted(lines)
    text = "\n".join(found)
    assert "kind 'newspaper' is not one of news-article, press-release" in text
    assert "claim sky-blue: unknown footnote 9" in text
    assert "url ends with punctuation" in text
    assert "claim intro: unknown field 'statment'" in text
    assert "claim intro: missing required field 'statement'" in text


def test_author_shapes(tmp_path: Path) -> None:
    toml = GOOD.replace(
        '{ literal = "Sky Watch" }', '{ literal = "Sky Watch", family = "X" }, { given = "Bo" }'
    )
    found = problems(write(tmp_path, toml))
    assert any("an organisation is one literal name, alone" in f for f in found)
    assert any("a person needs a family name" in f for f in found)


def test_blank_quote_is_refused(tmp_path: Path) -> None:
    toml = GOOD.replace('quote = "Intro."', 'quote = " "').replace("end = 6", "end = 7")
    (found,) = problems(write(tmp_path, toml))
    assert found.endswith("claim intro: quote is empty or blank")


def test_type_errors_are_named(tmp_path: Path) -> None:
    toml = GOOD.replace("start = 7", 'start = "7"').replace("format = 1", "format = 2")
    found = problems(write(tmp_path, toml))
    assert any("start must be an integer, not a string" in f for f in found)
    assert any("dataset: format must be 1, not 2" in f for f in found)


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    toml = GOOD.replace('title = "Sky"', 'title = "Sky')
    line = line_of(toml, 'title = "Sky')
    with pytest.raises(InputError, match=rf"dataset.toml:{line}: not valid TOML"):
        read_dataset(write(tmp_path, toml))


def test_missing_dataset_and_text_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such dataset file"):
        read_dataset(tmp_path / "nowhere")
    folder = write(tmp_path, GOOD.replace('text = "text.txt"', 'text = "gone.txt"'))
    (found,) = problems(folder)
    assert "text file not found" in found


def test_needs_source_status_with_sources_is_a_contradiction(tmp_path: Path) -> None:
    toml = GOOD.replace("footnotes = [1]", 'footnotes = [1]\nstatus = "needs-source"')
    (found,) = problems(write(tmp_path, toml))
    assert "status needs-source but the claim cites sources" in found
    good = GOOD.replace("end = 6\n", 'end = 6\nstatus = "disputed"\n')
    assert read_dataset(write(tmp_path, good)).claims[1].status is ClaimStatus.DISPUTED


def test_offsets_count_code_points_of_the_bytes_as_stored(tmp_path: Path) -> None:
    """CRLF and non-ASCII text: offsets are into the exact text, never a newline-translated one."""
    text = "Ligne un.\r\nL’été est chaud.Doe, “Été,” https://ex.test/e."
    toml = (
        GOOD.replace(
            "text = 'Smith, \"Sky,\" Daily, May 1, 2020, https://ex.test/a.'",
            "text = 'Doe, “Été,” https://ex.test/e.'",
        )
        .replace('quote = "The sky is blue."', 'quote = "L’été est chaud."')
        .replace("start = 7\nend = 23", "start = 11\nend = 27")
        .replace('quote = "Intro."', 'quote = "Ligne un.\\r\\n"')
        .replace("end = 6", "end = 11")
    )
    dataset = read_dataset(write(tmp_path, toml, text))
    assert dataset.document.text == text
    assert dataset.footnotes[0].start == 27


def test_footnote_text_that_occurs_twice_needs_offsets(tmp_path: Path) -> None:
    text = TEXT + ' Smith, "Sky," Daily, May 1, 2020, https://ex.test/a.'
    (found,) = problems(write(tmp_path, GOOD, text))
    assert "footnote text occurs 2 times in the document text; give start and end" in found


def test_errors_in_the_letter_copy(tmp_path: Path) -> None:
    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    path = folder / "dataset.toml"
    toml = path.read_text("utf-8").replace(
        'sources = ["richardsonDispatchesShowingDiplomatic2015"]',
        'sources = ["richardsonDispatchesShowingDiplomatic2016"]',
    )
    path.write_text(toml, "utf-8")
    found = problems(folder)
    line = line_of(toml, "richardsonDispatchesShowingDiplomatic2016")
    key = "richardsonDispatchesShowingDiplomatic2016"
    assert found == [f"{path}:{line}: footnote 10: unknown source key '{key}'"]
