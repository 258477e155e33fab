"""Export from and import into real databases (SQLite and PostgreSQL): round trips, filters,
matching, conflicts, all-or-nothing, keys."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from bib_support import FIXTURES, REALWORLD, clear_sources, source_lists, storable, store_sources
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.bib.service import (
    ExportFormat,
    InvalidBibliography,
    OnConflict,
    export_bibliography,
    import_bibtex,
    normalize_doi,
    rekey_sources,
)
from claims.db import Database
from claims.errors import ConflictError, InputError, NotFoundError
from claims.models import Link, Snapshot, Source
from claims.records import SourceRecord
from claims.repository import bibliography as repo
from claims.urls import normalize_url


def _export(session: Session, fmt: ExportFormat, **kwargs: object) -> str:
    out = io.StringIO()
    export_bibliography(session, fmt, out.write, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("fmt", [ExportFormat.BIBTEX, ExportFormat.BIBLATEX])
def test_letter_round_trip_through_a_fresh_database(
    letter_db: Database, fresh: Database, tmp_path: Path, fmt: ExportFormat
) -> None:
    with letter_db.session() as session:
        first = _export(session, fmt)
    assert first.count("\n@") == 16
    path = tmp_path / "letter.bib"
    path.write_text(first, encoding="utf-8")
    with fresh.session() as session:
        summary = import_bibtex(session, path)
    assert len(summary.added) == 17
    assert summary.clean
    with fresh.session() as session:
        assert _export(session, fmt) == first


def test_export_filters(letter_db: Database) -> None:
    with letter_db.session() as session:
        everything = _export(session, ExportFormat.BIBTEX)
        of_letter = _export(session, ExportFormat.BIBTEX, document="hrw-2016-07-18-facebook-china")
        assert of_letter == everything
        one = _export(session, ExportFormat.CSLJSON, claims=["pu-zhiqiang-conviction-2015"])
        assert '"id": "richardsonDispatchesShowingDiplomatic2015"' in one
        assert one.count('"id"') == 1
        with pytest.raises(NotFoundError, match="no document with key 'nope'"):
            _export(session, ExportFormat.BIBTEX, document="nope")
        with pytest.raises(NotFoundError, match="no claim with key 'nope'"):
            _export(session, ExportFormat.BIBTEX, claims=["pu-zhiqiang-conviction-2015", "nope"])


def test_export_cites_the_latest_archived_copy(letter_db: Database) -> None:
    with letter_db.session() as session:
        link = session.scalars(
            select(Link).where(Link.url == normalize_url("http://investor.fb.com/faq.cfm"))
        ).one()
        for year in (2016, 2017):
            session.add(
                Snapshot(
                    link=link,
                    archive_url=f"https://web.archive.org/web/{year}0526/http://investor.fb.com/faq.cfm",
                    archived_at=dt.datetime(year, 5, 26, tzinfo=dt.UTC),
                )
            )
    with letter_db.session() as session:
        bibtex = _export(session, ExportFormat.BIBTEX)
        biblatex = _export(session, ExportFormat.BIBLATEX)
        csl = _export(session, ExportFormat.CSLJSON)
    latest = "https://web.archive.org/web/20170526/http://investor.fb.com/faq.cfm"
    assert f"note = {{Accessed 26 May 2016. Archived at {latest}}}" in bibtex
    assert f"addendum = {{Archived at {latest}}}" in biblatex
    assert f'"archive_location": "{latest}"' in csl


def _write(tmp_path: Path, text: str, name: str = "in.bib") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Source)) or 0


def test_import_matches_by_key_then_doi_then_url(letter_db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
@article{vlastelicaInstagramReportedlyBlocked2014, title = {Same Key}}
@misc{other1, title = {Same URL}, url = {HTTP://WWW.Reuters.com:80/article/us-china-instagram-idUSKCN0HN0VW20140928#frag}}
@misc{brandNew, title = {New}, doi = {10.1000/XYZ}, url = {http://example.org/new}}
@misc{brandNewTwin, title = {New again}, doi = {https://doi.org/10.1000/xyz}}
""",
    )
    with letter_db.session() as session:
        summary = import_bibtex(session, path)
    assert summary.added == ("brandNew",)
    assert [(m.key, m.existing, m.by) for m in summary.skipped] == [
        (
            "vlastelicaInstagramReportedlyBlocked2014",
            "vlastelicaInstagramReportedlyBlocked2014",
            "key",
        ),
        ("other1", "vlastelicaInstagramReportedlyBlocked2014", "URL"),
        ("brandNewTwin", "brandNew", "DOI as an earlier entry"),
    ]
    again = _write(tmp_path, "@misc{x, title = {By DOI}, doi = {doi:10.1000/Xyz}}", "again.bib")
    with letter_db.session() as session:
        (match,) = import_bibtex(session, again).skipped
    assert (match.existing, match.by) == ("brandNew", "DOI")
    assert normalize_doi("https://dx.doi.org/10.1/AB") == "10.1/ab"


def test_on_conflict_update_keeps_key_and_curator_fields(
    letter_db: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "@article{renamedKey, author = {Vlastelica, Ryan and Doe, Jane}, title = {New Title},"
        " journal = {Reuters}, date = {2014-09-29},"
        " url = {http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928}}",
    )
    with letter_db.session() as session:
        summary = import_bibtex(session, path, on_conflict=OnConflict.UPDATE)
    assert [u.match.existing for u in summary.updated] == [
        "vlastelicaInstagramReportedlyBlocked2014"
    ]
    with letter_db.session() as session:
        (record,) = [
            r.record
            for r in repo.iter_export_rows(session)
            if r.record.key == "vlastelicaInstagramReportedlyBlocked2014"
        ]
    assert record.title == "New Title"
    assert [c.family for c in record.contributors] == ["Vlastelica", "Doe"]
    assert record.issued is not None
    assert record.issued.iso() == "2014-09-29"
    assert record.raw is not None
    assert record.raw.startswith("Ryan Vlastelica")
    assert record.note == "As printed, the title lacks its opening quotation mark."  # kept


def test_on_conflict_fail_writes_nothing(letter_db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "@misc{aNewOne, title = {New}}\n@misc{douChinaEmbedInternet2015, title = {Again}}\n",
    )
    with letter_db.session() as session, pytest.raises(ConflictError) as caught:
        import_bibtex(session, path, on_conflict=OnConflict.FAIL)
    assert "line 2: entry 'douChinaEmbedInternet2015' is already held (same key)" in str(
        caught.value
    )
    assert "nothing was imported" in str(caught.value)
    with letter_db.session() as session:
        assert _count(session) == 17


def test_invalid_blocks_stop_the_import_unless_skipped(database: Database) -> None:
    path = FIXTURES / "broken.bib"
    with database.session() as session, pytest.raises(InvalidBibliography) as caught:
        import_bibtex(session, path)
    assert str(caught.value).startswith(f"{path}, line 8: entry 'unbalanced': ")
    assert len(caught.value.failures) == 6
    assert caught.value.exit_code == 2
    with database.session() as session:
        assert _count(session) == 0
    with database.session() as session:
        summary = import_bibtex(session, path, skip_invalid=True)
    assert summary.added == ("good1", "noKey", "good2")  # the keyless entry got one by the rule
    assert summary.keyed == ((25, "noKey"),)
    assert len(summary.invalid) == 6


def test_keyless_entries_get_free_keys(database: Database, tmp_path: Path) -> None:
    entry = "@misc{,\n author = {Doe, Jane}, title = {A Study of Things}, year = 2020}\n"
    path = _write(tmp_path, "@misc{doeStudyThings2020, title = {Taken}}\n" + entry * 2)
    with database.session() as session:
        summary = import_bibtex(session, path)
    assert summary.added == ("doeStudyThings2020", "doeStudyThings2020a", "doeStudyThings2020b")


def test_unreadable_files(database: Database, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.bib"
    latin1.write_bytes(b"@misc{a,\n title = {Caf\xe9}}\n")
    with database.session() as session, pytest.raises(InputError, match="line 2: not UTF-8"):
        import_bibtex(session, latin1)
    with database.session() as session, pytest.raises(InputError, match="cannot read"):
        import_bibtex(session, tmp_path / "missing.bib")


def test_import_real_world_file(database: Database) -> None:
    path = REALWORLD / "retorquere__zotero-better-bibtex__Bulk_performance_test.bib"
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    with database.session() as session:
        summary = import_bibtex(session, path, skip_invalid=True)
    assert len(summary.invalid) == 1
    # entries for a work already added (same DOI or URL) are not added twice
    assert len(summary.added) + len(summary.skipped) == 1240
    assert all(m.by.endswith("earlier entry") for m in summary.skipped)
    with database.session() as session:
        assert _count(session) == len(summary.added)
        accessed = session.scalar(select(func.count()).where(Source.accessed.is_not(None)))
        assert accessed
        assert accessed > 100


@pytest.mark.parametrize(
    "name",
    [
        "plk__biblatex__biblatex-examples.bib",
        "retorquere__zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib",
    ],
)
def test_real_world_round_trip_through_a_fresh_database(
    database: Database, fresh: Database, tmp_path: Path, name: str
) -> None:
    path = REALWORLD / name
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    with database.session() as session:
        import_bibtex(path=path, session=session, skip_invalid=True)
    for fmt in (ExportFormat.BIBTEX, ExportFormat.BIBLATEX):
        with database.session() as session:
            first = _export(session, fmt)
        exported = _write(tmp_path, first, f"first-{fmt.value}.bib")
        with fresh.session() as session:
            clear_sources(session)
            summary = import_bibtex(session, exported, on_conflict=OnConflict.FAIL)
            assert summary.clean
            assert summary.skipped == ()
        with fresh.session() as session:
            assert _export(session, fmt) == first


def test_rekey(letter_db: Database) -> None:
    with letter_db.session() as session:
        assert rekey_sources(session).renames == ()  # the curated keys follow the rule
    with letter_db.session() as session:
        # swap two titles: both keys must change, through each other's names
        a, b = (
            session.scalars(select(Source).where(Source.key == k)).one()
            for k in ("douChinaEmbedInternet2015", "humanChinaNewBan2015")
        )
        a.title, b.title = "Something Else Entirely", "China to Embed Internet Police in Tech Firms"
    with letter_db.session() as session:
        dry = rekey_sources(session, dry_run=True)
        assert {(r.old, r.new) for r in dry.renames} == {
            ("douChinaEmbedInternet2015", "douSomethingElseEntirely2015"),
            ("humanChinaNewBan2015", "humanChinaEmbedInternet2015"),
        }
    with letter_db.session() as session:
        assert session.scalar(select(Source.id).where(Source.key == "humanChinaNewBan2015"))
        rekey_sources(session)
    with letter_db.session() as session:
        assert session.scalar(select(Source.id).where(Source.key == "humanChinaEmbedInternet2015"))
        assert rekey_sources(session).renames == ()


# ------------------------------------------------------------------ generated sources


@settings(max_examples=25)
@given(
    records=source_lists(max_size=4),
    fmt=st.sampled_from([ExportFormat.BIBTEX, ExportFormat.BIBLATEX]),
)
def test_generated_sources_round_trip_through_the_database(
    database: Database, tmp_path: Path, records: list[SourceRecord], fmt: ExportFormat
) -> None:
    records = storable(records)
    with database.session() as session:
        clear_sources(session)
        store_sources(session, records)
        first = _export(session, fmt)
    path = tmp_path / "generated.bib"
    path.write_text(first, encoding="utf-8")
    with database.session() as session:
        clear_sources(session)
        summary = import_bibtex(session, path, on_conflict=OnConflict.FAIL)
        assert summary.clean
        skipped = {m.key for m in summary.skipped}  # the same URL twice is one work
        again = _export(session, fmt)
    if not skipped:
        assert again == first
    else:
        assert all(r.url for r in records if r.key in skipped)


# ------------------------------------------------------------------ streaming


@pytest.mark.parametrize("size", [1, 2, 7])
def test_pieces_parse_as_the_whole_file_does(size: int) -> None:
    from claims.bib.reader import BlockReader, chunks_of, parse_bibliography

    files = [*FIXTURES.glob("*.bib"), *REALWORLD.glob("*.bib")]
    assert len(files) >= 3
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        whole = parse_bibliography(text)
        lines = [line + "\n" for line in text.split("\n")]  # lines end at "\n" only, as read
        pieces = list(BlockReader().read(chunks_of(lines, size)))
        assert [p for p in pieces if not hasattr(p, "record")] == list(whole.failures), path
        assert [p for p in pieces if hasattr(p, "record")] == list(whole.entries), path


@pytest.mark.parametrize("size", [1, 2, 7])
def test_pieces_are_the_same_from_lines_and_from_texts_of_many_lines(size: int) -> None:
    from claims.bib.reader import chunks_of
    from claims.bib.service import read_lines, read_texts

    for path in [*FIXTURES.glob("*.bib"), *REALWORLD.glob("*.bib")]:
        by_lines = list(chunks_of(read_lines(path), size))
        for text_size in (1, 300, 1 << 16):  # a line at a time, a few, the whole file
            assert list(chunks_of(read_texts(path, text_size), size)) == by_lines, path


def test_a_late_invalid_entry_undoes_earlier_batches(database: Database, tmp_path: Path) -> None:
    from claims.bib.service import IMPORT_BATCH

    n = IMPORT_BATCH * 2 + 10
    text = "".join(f"@misc{{k{i},\n  title = {{Work {i}}},\n}}\n\n" for i in range(n))
    path = tmp_path / "late.bib"
    path.write_text(text + "@misc{broken,\n  title = {no end\n", encoding="utf-8")
    with database.session() as session, pytest.raises(InvalidBibliography) as caught:
        import_bibtex(session, path)
    assert caught.value.failures[0].line == 4 * n + 1
    with database.session() as session:
        assert _count(session) == 0
    with database.session() as session:
        summary = import_bibtex(session, path, skip_invalid=True)
    assert len(summary.added) == n


@given(st.lists(st.integers(1, 300), max_size=60), st.integers(0, 310))
def test_id_ranges_hold_exactly_the_ids_added(ids: list[int], probe: int) -> None:
    from claims.bib.service import IdRanges

    ranges = IdRanges()
    held: set[int] = set()
    for start in range(0, len(ids), 7):  # batch by batch, as the import adds them
        ranges.update(ids[start : start + 7])
        held.update(ids[start : start + 7])
    assert (probe in ranges) == (probe in held)
    assert all(i in ranges for i in held)
    assert len(ranges) == len(held)


def test_a_later_batch_finds_an_earlier_entry_in_the_database(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims.bib import service

    monkeypatch.setattr(service, "IMPORT_BATCH", 2)
    bib = tmp_path / "twins.bib"
    bib.write_text(
        "@misc{a, title = {A}, url = {https://example.org/a}}\n"
        "@misc{b, title = {B}, url = {https://example.org/b}}\n"
        "@misc{d, title = {D}, url = {https://example.org/d}}\n"
        "@misc{e, title = {E}, url = {https://example.org/d#x}}\n"  # d's, in the same batch
        "@misc{c, title = {C}, url = {https://example.org/a}}\n",  # a's, two batches on
        encoding="utf-8",
    )
    with database.session() as session:
        clear_sources(session)
        summary = service.import_bibtex(session, bib)
    assert summary.added == ("a", "b", "d")
    assert [(m.line, m.key, m.existing, m.by) for m in summary.skipped] == [
        (4, "e", "d", "URL as an earlier entry"),
        (5, "c", "a", "URL as an earlier entry"),
    ]


def _duplicates_file(n: int, seed: int) -> tuple[str, list[str]]:
    """n entries over several pieces and import batches, some keys used again far apart,
    some without a key, a few invalid."""
    import random

    rng = random.Random(seed)
    blocks, keys = [], []
    for i in range(n):
        roll = rng.random()
        if roll < 0.05 and keys:
            key = rng.choice(keys)  # used before: a duplicate
        elif roll < 0.07:
            key = ""
        else:
            key = f"k{i}"
            keys.append(key)
        year = "forthcoming" if rng.random() < 0.01 else str(1990 + i % 30)
        blocks.append(
            f"@misc{{{key},\n  title = {{Work {i}}},\n  year = {{{year}}},\n"
            f"  url = {{https://example.org/{i}}},\n}}\n"
        )
    return "\n".join(blocks), keys


@pytest.mark.parametrize("skip_invalid", [True, False])
def test_duplicate_keys_across_pieces_and_batches(
    database: Database, tmp_path: Path, skip_invalid: bool
) -> None:
    """The importer finds keys used again in later pieces (in the database, by the ids it
    added) as the reader holding every key finds them, piece by piece."""
    from claims.bib.reader import BlockReader, FailedBlock, chunks_of

    text, _ = _duplicates_file(2_600, seed=3)
    path = _write(tmp_path, text)
    read = list(BlockReader(track_keys=True).read(chunks_of(text.splitlines(keepends=True))))
    expected = [(f.line, f.key, f.reason) for f in read if isinstance(f, FailedBlock)]
    entries = len(read) - len(expected)
    assert sum("duplicate key" in r for _, _, r in expected) > 100
    with database.session() as session:
        clear_sources(session)
        if not skip_invalid:
            with pytest.raises(InvalidBibliography) as caught:
                import_bibtex(session, path)
            got = [(f.line, f.key, f.reason) for f in caught.value.failures]
            assert got == expected
            assert _count(session) == 0
            return
        summary = import_bibtex(session, path, skip_invalid=True, list_added=False)
        assert [(f.line, f.key, f.reason) for f in summary.invalid] == expected
        assert summary.entries == entries
        assert summary.added == ()  # counted, not listed
        assert summary.added_total == _count(session) == entries


def test_a_key_used_again_after_a_held_match_is_a_duplicate(
    letter_db: Database, tmp_path: Path
) -> None:
    # the first entry is skipped (the source is held); the second, pieces later, is refused
    filler = "".join(f"@misc{{f{i}, title = {{F {i}}}}}\n" for i in range(1_200))
    text = (
        "@misc{douChinaEmbedInternet2015, title = {Again}}\n"
        + filler
        + "@misc{douChinaEmbedInternet2015, title = {Once more}}\n"
    )
    path = _write(tmp_path, text)
    with letter_db.session() as session:
        summary = import_bibtex(session, path, skip_invalid=True)
    assert [f.describe() for f in summary.invalid] == [
        "line 1202: entry 'douChinaEmbedInternet2015': duplicate key (first used at line 1)"
    ]
    assert summary.entries == 1_201
    assert len(summary.added) == 1_200
