"""Own exports read back change no field: into the same database with --on-conflict update,
and into a fresh one; on the letter and on generated sources (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from claims.bib.service import ExportFormat, OnConflict, export_bibliography, import_bibtex
from claims.db import Database
from claims.models import Contributor, Link, Source
from claims.records import SourceRecord
from claims.repository import bibliography as repo
from tests.bib.bib_support import source_lists
from tests.conftest import Cli, ok_json

DIALECTS = ["bibtex", "biblatex"]
# what a bibliography never carries: remarks about the source, the claims citing it, its checks
NOT_IN_A_BIBLIOGRAPHY = {"raw", "note", "claims", "citations", "link", "health"}


def snapshot(cli: Cli) -> dict[str, Any]:
    """``sources list --json`` and ``sources show --json`` of every source."""
    listed = ok_json(cli, "sources", "list")
    shown = {s["key"]: ok_json(cli, "sources", "show", s["key"]) for s in listed}
    return {"list": listed, "show": shown}


@pytest.mark.parametrize("dialect", DIALECTS)
def test_own_export_then_update_changes_no_field(loaded: Cli, tmp_path: Path, dialect: str) -> None:
    before = snapshot(loaded)
    path = tmp_path / f"letter.{dialect}.bib"
    assert loaded("export", dialect, "-o", str(path)).exit_code == 0
    summary = ok_json(loaded, "import", "bibtex", str(path), "--on-conflict", "update")
    assert summary["updated"] == []
    assert len(summary["unchanged"]) == 17
    assert summary["dropped"] == []
    assert snapshot(loaded) == before


@pytest.mark.parametrize("dialect", DIALECTS)
def test_own_export_into_a_fresh_database(
    loaded: Cli, tmp_path: Path, fresh_url: str, dialect: str
) -> None:
    before = snapshot(loaded)
    path = tmp_path / f"letter.{dialect}.bib"
    assert loaded("export", dialect, "-o", str(path)).exit_code == 0
    fresh = Cli(fresh_url)
    summary = ok_json(fresh, "import", "bibtex", str(path))
    assert len(summary["added"]) == 17
    after = snapshot(fresh)
    assert [s["key"] for s in after["list"]] == [s["key"] for s in before["list"]]
    for key, held in before["show"].items():
        got = after["show"][key]
        for name, value in held.items():
            if name in NOT_IN_A_BIBLIOGRAPHY:
                continue
            if name == "accessed_basis" and value == "stated":
                # the letter prints these dates; a .bib file's dates are a person's
                assert got[name] == "person", key
                continue
            assert got[name] == value, (key, name)


def test_dry_run_prints_the_diff_and_writes_nothing(loaded: Cli, tmp_path: Path) -> None:
    before = snapshot(loaded)
    path = tmp_path / "changed.bib"
    path.write_text(
        "@article{vlastelicaInstagramReportedlyBlocked2014, title = {A New Title},"
        " journal = {Reuters}, keywords = {china, censorship}}\n",
        encoding="utf-8",
    )
    result = loaded("import", "bibtex", str(path), "--on-conflict", "update", "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert (
        "update vlastelicaInstagramReportedlyBlocked2014: title: "
        "'Instagram Reportedly Blocked in China Amid Hong Kong Protests' -> 'A New Title'"
    ) in result.stdout
    assert "extra.keywords: None -> 'china, censorship'" in result.stdout
    assert "1 would be updated" in result.stderr
    assert snapshot(loaded) == before


def test_poorer_renderings_never_replace_held_values(loaded: Cli, tmp_path: Path) -> None:
    path = tmp_path / "poorer.bib"
    path.write_text(
        # straight quotes, the publisher as the outlet, a generic type, a year for a day
        "@misc{richardsonDispatchesShowingDiplomatic2015,"
        " title = {Dispatches: Showing Diplomatic Solidarity at Lawyer's Trial in China},"
        " howpublished = {Human Rights Watch}, year = {2015},"
        " url = {https://www.hrw.org/news/2015/12/11/"
        "dispatches-showing-diplomatic-solidarity-lawyers-trial-china}}\n",
        encoding="utf-8",
    )
    before = ok_json(loaded, "sources", "show", "richardsonDispatchesShowingDiplomatic2015")
    summary = ok_json(loaded, "import", "bibtex", str(path), "--on-conflict", "update")
    assert summary["updated"] == []
    kept = {k["field"] for k in summary["unchanged"][0]["kept"]}
    assert {"title", "container", "kind", "issued"} <= kept
    after = ok_json(loaded, "sources", "show", "richardsonDispatchesShowingDiplomatic2015")
    assert after == before


def test_unmapped_fields_are_kept_and_exported_back(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "zotero.bib"
    path.write_text(
        "@article{doe2020, author = {Doe, Jane}, title = {Title}, journal = {Outlet},"
        " year = {2020}, keywords = {a, b}, abstract = {What it says.},"
        " file = {paper.pdf}, groups = {reading}, crossref = {parent2019}}\n",
        encoding="utf-8",
    )
    assert cli("import", "bibtex", str(path)).exit_code == 0
    extra = ok_json(cli, "sources", "show", "doe2020")["extra"]
    assert extra == {
        "abstract": "What it says.",
        "crossref": "parent2019",
        "file": "paper.pdf",
        "groups": "reading",
        "keywords": "a, b",
    }
    out = cli("export", "bibtex").stdout
    for line in (
        "  abstract = {What it says.},",
        "  crossref = {parent2019},",
        "  file = {paper.pdf},",
        "  groups = {reading},",
        "  keywords = {a, b},",
    ):
        assert line in out


def test_a_dropped_field_is_named_in_a_warning(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "two-outlets.bib"
    path.write_text(
        "@article{doe2020, title = {Title}, journal = {Outlet}, booktitle = {Another},"
        " year = {2020}}\n",
        encoding="utf-8",
    )
    result = cli("import", "bibtex", str(path))
    assert result.exit_code == 0
    assert "warning:" in result.stderr
    assert "entry 'doe2020': dropped booktitle" in result.stderr


def test_access_dates_from_a_bib_file_are_a_persons(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "accessed.bib"
    path.write_text(
        "@online{page, title = {Page}, url = {https://example.org/}, urldate = {2020-01-02}}\n",
        encoding="utf-8",
    )
    assert cli("import", "bibtex", str(path)).exit_code == 0
    shown = ok_json(cli, "sources", "show", "page")
    assert (shown["accessed"], shown["accessed_basis"]) == ("2020-01-02", "person")


# ------------------------------------------------------------------ generated sources


def _storable(records: list[SourceRecord]) -> list[SourceRecord]:
    from dataclasses import replace

    def clean(v: str | None) -> str | None:  # PostgreSQL text cannot hold NUL
        return v.replace("\x00", "") if v is not None else None

    out = []
    seen_urls: set[str] = set()
    for r in records:
        url = clean(r.url)
        if url is not None:  # one work per URL, else the import matches them to each other
            url = f"{url}/{r.key}"
            if url in seen_urls:
                url = None
            else:
                seen_urls.add(url)
        people = tuple(
            replace(c, family=clean(c.family), given=clean(c.given), literal=clean(c.literal))
            for c in r.contributors
        )
        out.append(
            replace(
                r,
                title=clean(r.title),
                container=clean(r.container),
                publisher=clean(r.publisher),
                url=url,
                note=clean(r.note),
                doi=f"{clean(r.doi)}/{r.key}" if r.doi else None,
                contributors=people,
                extra={k: v.replace("\x00", "") for k, v in r.extra.items()},
            )
        )
    return out


@settings(max_examples=20)
@given(
    records=source_lists(max_size=4),
    fmt=st.sampled_from([ExportFormat.BIBTEX, ExportFormat.BIBLATEX]),
)
def test_generated_sources_survive_their_own_export_and_update(
    database: Database, tmp_path: Path, records: list[SourceRecord], fmt: ExportFormat
) -> None:
    import io

    records = _storable(records)
    with database.session() as session:
        session.execute(delete(Contributor))
        session.execute(delete(Source))
        session.execute(delete(Link))
        links = repo.get_or_add_links(
            session, [u for r in records if r.url and (u := _normal(r.url))]
        )
        for r in records:
            repo.add_source(session, r, links.get(_normal(r.url) or "") if r.url else None)
        session.flush()
        before = [row.record for row in repo.iter_export_rows(session)]
        out = io.StringIO()
        export_bibliography(session, fmt, out.write)
    path = tmp_path / "generated.bib"
    path.write_text(out.getvalue(), encoding="utf-8")
    with database.session() as session:
        summary = import_bibtex(session, path, on_conflict=OnConflict.UPDATE)
        assert summary.clean
        assert summary.added == ()
        assert summary.updated == (), [u.changes for u in summary.updated]
        after = [row.record for row in repo.iter_export_rows(session)]
    assert after == before


def _normal(url: str | None) -> str | None:
    from claims.urls import normalize_url

    if not url:
        return None
    try:
        return normalize_url(url)
    except ValueError:
        return None


def test_snapshot_is_json(loaded: Cli) -> None:
    assert json.dumps(snapshot(loaded))


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex", "csljson", "ris"])
def test_an_access_date_from_any_bibliography_is_a_persons(
    loaded: Cli, tmp_path: Path, fresh_url: str, dialect: str
) -> None:
    """Read into a fresh database an access date is one a person recorded; read back over the
    letter (which prints it: ``stated``) it keeps the held basis, and changes no field."""
    alert = "mckenzieChinasAntiTerrorismLaw2016"
    before = snapshot(loaded)
    assert before["show"][alert]["accessed_basis"] == "stated"
    path = tmp_path / f"letter.{dialect}"
    assert loaded("export", dialect, "-o", str(path)).exit_code == 0
    reader = "bibtex" if dialect == "biblatex" else dialect
    summary = ok_json(loaded, "import", reader, str(path), "--on-conflict", "update")
    assert summary["updated"] == []
    assert snapshot(loaded) == before
    fresh = Cli(fresh_url)
    assert fresh("import", reader, str(path)).exit_code == 0
    shown = ok_json(fresh, "sources", "show", alert)
    assert (shown["accessed"], shown["accessed_basis"]) == ("2016-06-14", "person")
