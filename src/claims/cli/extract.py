"""``claims extract FILE``: footnotes, citations and claims found in a document's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.padding import Padding
from rich.table import Column, Table
from rich.text import Text

from claims.bib.keys import assign_keys
from claims.cli._common import plural, print_json, state, stderr, stdout
from claims.curation import KeptReason, Mode
from claims.curation.review import FlagSync, sync_flags
from claims.dataset import Dataset, load_dataset
from claims.dataset.model import ClaimSpec, DocumentSpec, FootnoteSpec
from claims.errors import InputError
from claims.extract import Extraction
from claims.extract.formats import Format, extract_read, read_document
from claims.extract.proposals import Proposal, propose_uncited
from claims.extract.save import (
    DocumentFields,
    SavePlan,
    claim_keys,
    plan_save,
    proposal_key,
    record_file,
    rejected_proposals,
    review_flags,
)

SHORT_TEXT_CHARS = 70


def _text(value: object | None) -> Text:
    """Data as plain text: never parsed as rich markup (citations hold brackets)."""
    return Text("" if value is None else str(value))


def _short(value: str | None, limit: int = SHORT_TEXT_CHARS) -> str:
    flat = " ".join((value or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{option} {value!r}: not a date (YYYY-MM-DD)") from exc


def _as_dataset(plan: SavePlan, path: Path) -> Dataset:
    """The plan in the dataset loader's terms, so extraction is stored the way data is loaded."""
    doc = plan.document
    return Dataset(
        path=path,
        document=DocumentSpec(
            key=doc.key,
            title=doc.title,
            text=plan.text,
            text_file=path,
            author=doc.author,
            publisher=doc.publisher,
            published=doc.published,
            url=doc.url,
        ),
        footnotes=tuple(
            FootnoteSpec(f.number, f.text, f.start, f.end, f.sources) for f in plan.footnotes
        ),
        sources=plan.sources,
        claims=tuple(
            ClaimSpec(c.key, c.statement, c.quote, c.start, c.end, footnotes=c.footnotes)
            for c in plan.claims
        ),
    )


def _field_grid(rows: list[tuple[str, object | None]]) -> Table:
    """Name and value pairs; values fold rather than lose characters (URLs, keys)."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in rows:
        if value is not None and value != "":
            grid.add_row(_text(name), _text(value))
    return grid


def _needing_review(count: int) -> str:
    return "1 citation needs review" if count == 1 else f"{count} citations need review"


def _render(extraction: Extraction, path: Path, proposals: tuple[Proposal, ...] = ()) -> None:
    summary = extraction.summary()
    stdout.print(
        _text(
            f"{path}: {plural(summary['footnotes'], 'footnote')} ({extraction.layout.value} layout)"
        ),
        style="bold",
        soft_wrap=True,
    )
    for footnote in extraction.footnotes:
        stdout.print()
        stdout.print(
            _text(f"footnote {footnote.number} at {footnote.start}:{footnote.end}"), style="bold"
        )
        for c in footnote.citations:
            s = c.source
            head = Text(f"  {footnote.number}.{c.position}  {s.key}  {s.kind.value}  ")
            head.append(
                f"confidence {c.confidence:.2f}" + ("  needs review" if c.needs_review else ""),
                style="bold red" if c.needs_review else "green",
            )
            stdout.print(head, soft_wrap=True)
            accessed = (
                f"{s.accessed.isoformat()} ({s.accessed_basis.value})" if s.accessed else None
            )
            grid = _field_grid(
                [
                    ("title", s.title),
                    ("authors", "; ".join(a.display() for a in s.authors)),
                    ("container", s.container),
                    ("publisher", s.publisher),
                    ("issued", s.issued.iso() if s.issued else None),
                    ("url", s.url),
                    ("accessed", accessed),
                    ("pinpoint", c.pinpoint),
                    ("flags", ", ".join(f.value for f in c.flags)),
                    ("leftover", c.leftover),
                ]
            )
            grid.columns[0].min_width = 9
            stdout.print(Padding(grid, (0, 0, 0, 7)))
    if extraction.claims:
        claims = Table(
            Column("fn", justify="right", no_wrap=True),
            Column("at", no_wrap=True),
            "claim: the words the footnote supports",
            title="claims",
        )
        for claim in extraction.claims:
            claims.add_row(
                _text(claim.footnote),
                _text(f"{claim.start}:{claim.end}"),
                _text(_short(claim.quote)),
            )
        stdout.print()
        stdout.print(claims)
    if extraction.warnings:
        warnings = Table(
            Column("fn", justify="right", no_wrap=True),
            Column("code", no_wrap=True),
            "warning",
            title="warnings",
        )
        for w in extraction.warnings:
            where = f"{w.footnote}.{w.position}" if w.position else str(w.footnote or "")
            warnings.add_row(_text(where), _text(w.code), _text(w.message))
        stdout.print(warnings)
    _render_proposals(proposals)
    stdout.print(
        _text(
            f"{plural(summary['footnotes'], 'footnote')}, "
            f"{plural(summary['citations'], 'citation')} of "
            f"{plural(summary['sources'], 'source')}, {plural(summary['claims'], 'claim')}; "
            + _needing_review(summary["needs_review"])
        ),
        soft_wrap=True,
    )


def _flag_line(flags: FlagSync) -> str:
    line = f"review flags: {flags.raised + flags.still_open} open ({flags.raised} new)"
    if flags.kept_resolved or flags.pinned:
        line += f", {flags.kept_resolved + flags.pinned} already resolved by a person"
    if flags.cleared:
        line += f", {flags.cleared} no longer raised"
    return line + " (`claims flags list`)"


def _render_proposals(proposals: tuple[Proposal, ...]) -> None:
    if not proposals:
        return
    table = Table(
        Column("score", justify="right", no_wrap=True),
        Column("at", no_wrap=True),
        "uncited claim proposed",
        "why",
        title="uncited claims proposed (needs-source)",
    )
    for p in proposals:
        table.add_row(
            _text(f"{p.score:.2f}"),
            _text(f"{p.start}:{p.end}"),
            _text(_short(p.quote, 50)),
            _text(_short(p.reason, 40)),
        )
    stdout.print(table)


def extract(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", help="The document: text (UTF-8), Markdown, HTML, Word .docx or PDF."
        ),
    ],
    *,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="Read FILE as this format (default: chosen by its content and extension).",
            case_sensitive=False,
        ),
    ] = None,
    as_json: bool = typer.Option(False, "--json", help="Print stable JSON on stdout for scripts."),
    save: bool = typer.Option(
        False, "--save", help="Store the result as a document in the database (needs --key)."
    ),
    key: str | None = typer.Option(None, "--key", metavar="KEY", help="Document key for --save."),
    title: str | None = typer.Option(
        None, "--title", metavar="TEXT", help="Document title (default: the file name)."
    ),
    author: str | None = typer.Option(None, "--author", metavar="NAME", help="Document author."),
    publisher: str | None = typer.Option(
        None, "--publisher", metavar="NAME", help="Document publisher."
    ),
    published: str | None = typer.Option(
        None, "--published", metavar="YYYY-MM-DD", help="Date the document was published."
    ),
    url: str | None = typer.Option(None, "--url", metavar="URL", help="Where it was published."),
    strict: bool = typer.Option(
        False, "--strict", help="Exit with code 1 when any citation needs review."
    ),
) -> None:
    """Find the footnotes in a document's text, parse every citation into fields, and anchor
    the sentence each footnote supports as a claim.

    Reads plain text, Markdown ([^1] footnotes), HTML pages (main text only), Word .docx
    (footnotes and endnotes) and PDF with a text layer, chosen by content and extension
    (--format overrides). In plain text, footnotes printed inline right after their
    sentence (web captures) or numbered markers ([1], ¹, (1)) with the notes listed at the
    end are found; page chrome is ignored. Every
    citation is kept with a confidence; those with text left over or a missing title, date
    or URL are flagged for review. --save stores everything as a new document in one
    transaction; saving again with the same --key updates it in place.

    Sentences that state checkable facts (numbers, dates, names, laws, events, reported
    speech) but cite nothing are proposed, each with a score and the reasons; --save stores
    them as claims with status needs-source, marked proposed, to accept or reject with
    `claims proposals accept|reject KEY` (a rejected one is not proposed again).

    Example: claims extract data/hrw-2016-07-18-facebook-china/letter.txt --json
    (or: claims extract report.docx --save --key report-2024)
    """
    if save and not key:
        raise InputError("--save needs --key KEY (the new document's key)")
    if not save and any(v is not None for v in (key, title, author, publisher, published, url)):
        raise InputError("--key, --title, --author, --publisher, --published and --url need --save")
    read = read_document(file, fmt)
    text = read.text
    extraction = extract_read(read, key_rule=assign_keys)
    proposals: tuple[Proposal, ...] = ()
    if not save:
        proposals = propose_uncited(text, extraction)
    saved: dict[str, Any] | None = None
    if save:
        assert key is not None
        fields = DocumentFields(
            key=key,
            title=title or file.stem,
            author=author,
            publisher=publisher,
            published=_date(published, "--published"),
            url=url,
        )
        with state(ctx).database().session() as session:
            rejected = rejected_proposals(session, key)
            proposals = propose_uncited(text, extraction, rejected=rejected)
            before = claim_keys(session, key)
            plan = plan_save(session, extraction, text, fields, proposals)
            result = load_dataset(session, _as_dataset(plan, file), mode=Mode.UPDATE)
            new = frozenset(proposal_key(key, p.quote) for p in proposals) - before
            record_file(session, key, read.sha256, proposed=new)
            flags = sync_flags(session, key, review_flags(plan.extraction))
        for kept in result.kept:
            if kept.reason is KeptReason.PINNED:
                stderr.print(_text(kept.describe()), soft_wrap=True)
        saved = {**result.as_json(), "review_flags": flags.as_json()}
        extraction = plan.extraction  # with the keys its sources were stored under
    if as_json:
        print_json(
            {
                "file": str(file),
                "format": read.format.value,
                "sha256": read.sha256,
                **extraction.as_json(),
                "proposals": [p.as_json() for p in proposals],
                "saved": saved,
            }
        )
    else:
        _render(extraction, file, proposals)
        if saved is not None:
            changed = "saved" if saved["changed"] else "already saved: nothing changed"
            stderr.print(_text(f"{changed} as document {key!r}"), soft_wrap=True)
            stderr.print(_text(_flag_line(flags)), soft_wrap=True)
    if strict and extraction.needs_review:
        raise typer.Exit(1)
