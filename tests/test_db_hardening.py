"""PostgreSQL takes what SQLite takes, identically; the trail refuses raw SQL (issue 18.4, 18.6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from claims.db import Database
from claims.enums import SourceKind, Verdict
from claims.errors import ConflictError
from claims.models import Claim, Document, Footnote, Source, Verification
from tests.conftest import LETTER_DATASET, Cli, ok_json

# --- NUL ---------------------------------------------------------------------------------


def test_nul_in_a_document_is_stored_as_a_replacement_character(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    letter = (LETTER_DATASET / "letter.txt").read_text(encoding="utf-8")
    body = letter.replace("Facebook", "Face\x00book")  # in the text and in the notes
    assert body.count("\x00") > 3
    path.write_text(body, encoding="utf-8")
    saved = ok_json(cli, "extract", str(path), "--save", "--key", "nul-doc", "--title", "T\x00")
    assert saved["saved"] is not None
    database = Database(cli.url)
    try:
        with database.session() as session:
            document = session.scalars(select(Document).where(Document.key == "nul-doc")).one()
            assert "\x00" not in document.text
            assert document.text == body.replace("\x00", "\ufffd")  # same length: offsets hold
            assert document.title == "T\ufffd"
            notes = session.scalars(select(Footnote.text)).all()
            assert notes
            assert all("\x00" not in n for n in notes)
    finally:
        database.dispose()


def test_nul_in_any_bound_string_is_replaced(database: Database) -> None:
    with database.session() as session:
        session.add(Source(key="nul", kind=SourceKind.OTHER, title="a\x00b", extra={"x": "c\x00"}))
    with database.session() as session:
        source = session.scalars(select(Source)).one()
        assert source.title == "a\ufffdb"
        assert source.extra == {"x": "c\x00"}  # JSON escapes it: kept exactly


# --- long values in a .bib ---------------------------------------------------------------

LONG_ENTRIES = {
    "url": "@online{longurl, title={T}, url={https://example.org/" + "a" * 2100 + "}}",
    "doi": "@article{longdoi, title={T}, doi={10.1000/" + "d" * 320 + "}}",
    "author family name": "@book{longname, title={T}, author={" + "N" * 320 + ", Jane}}",
    "key": "@book{" + "k" * 210 + ", title={T}}",
}


@pytest.mark.parametrize("field", list(LONG_ENTRIES))
def test_bib_values_longer_than_their_column_are_refused_in_one_line(
    cli: Cli, tmp_path: Path, field: str
) -> None:
    path = tmp_path / "long.bib"
    path.write_text("@book{fine, title={Fine}}\n" + LONG_ENTRIES[field] + "\n", encoding="utf-8")
    result = cli("import", "bibtex", str(path))
    assert result.exit_code == 2, result.stderr
    assert result.exception is None
    first = result.stderr.splitlines()[0]
    assert f"field '{field}' is " in first
    assert "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr

    skipped = cli("import", "bibtex", str(path), "--skip-invalid", "--json")
    assert skipped.exit_code == 1, skipped.stderr
    assert "Traceback" not in skipped.stderr
    keys = [s["key"] for s in ok_json(cli, "sources", "list")]
    assert keys == ["fine"]


# --- the trail against raw SQL -------------------------------------------------------------


def _claim_with_verdict(database: Database) -> tuple[int, int, int]:
    with database.session() as session:
        document = Document(key="d", title="D", text="Facebook is blocked.", text_hash="0" * 64)
        source = Source(key="s", kind=SourceKind.OTHER, title="S")
        claim = Claim(key="c", document=document, quote="Facebook", start=0, end=8, statement="x")
        session.add_all([document, source, claim])
        session.flush()
        entry = Verification(
            claim_id=claim.id,
            verdict=Verdict.VERIFIED,
            reviewer="ana",
            source_id=source.id,
            at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        )
        session.add(entry)
        session.flush()
        return claim.id, source.id, entry.id


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE verification SET verdict = 'disputed'",
        "UPDATE verification SET note = 'edited'",
        "UPDATE verification SET source_id = NULL",  # the source still exists
        "DELETE FROM verification",
    ],
)
def test_raw_sql_cannot_change_or_delete_the_trail(database: Database, statement: str) -> None:
    _claim_with_verdict(database)
    with pytest.raises(ConflictError, match="append-only"), database.session() as session:
        session.execute(text(statement))
    with database.session() as session:
        entry = session.scalars(select(Verification)).one()
        assert entry.verdict is Verdict.VERIFIED
        assert entry.note is None
        assert entry.source_id is not None


def test_foreign_keys_still_act_on_the_trail(database: Database) -> None:
    claim_id, source_id, _entry = _claim_with_verdict(database)
    with database.session() as session:
        session.execute(text("DELETE FROM source WHERE id = :id"), {"id": source_id})
    with database.session() as session:
        assert session.scalars(select(Verification.source_id)).one() is None  # SET NULL
    with database.session() as session:
        session.execute(text("DELETE FROM claim WHERE id = :id"), {"id": claim_id})
    with database.session() as session:
        assert session.scalars(select(Verification)).all() == []  # CASCADE
