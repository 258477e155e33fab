"""``claims export bibtex|biblatex|csljson|formatted``, ``claims import …``, ``sources rekey``."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.text import Text

from claims.bib.formatted import TextFormat
from claims.bib.service import (
    ExportFormat,
    ImportFormat,
    InvalidBibliography,
    OnConflict,
    export_bibliography,
    export_formatted,
    import_bibliography,
    rekey_sources,
)
from claims.cli._common import Col, plural, print_json, print_table, state, stderr, stdout, warn
from claims.cli.dataset import sources_app
from claims.curation import KeptReason
from claims.errors import InputError

LISTED_AT_MOST = 20  # skipped entries named on stderr; --json has them all

export_app = typer.Typer(
    help="Write the sources as BibTeX, biblatex, CSL-JSON, RIS or formatted references.",
    no_args_is_help=True,
)
import_app = typer.Typer(help="Read sources from a bibliography file.", no_args_is_help=True)

OUTPUT = typer.Option(
    None,
    "--output",
    "-o",
    metavar="FILE",
    help="Write to FILE (replaced only once complete) instead of stdout.",
    dir_okay=False,
)
DOCUMENT = typer.Option(
    None,
    "--document",
    "-d",
    metavar="KEY",
    help="Only the sources this document's claims cite; repeatable.",
)
CLAIM = typer.Option(
    None, "--claim", "-c", metavar="KEY", help="Only the sources this claim cites; repeatable."
)
ASCII = typer.Option(
    False,
    "--ascii",
    help="Write non-ASCII text as LaTeX (BibTeX output always is; for biblatex, CSL-JSON too).",
)


@contextlib.contextmanager
def _destination(output: Path | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside FILE that replaces it only when complete."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    directory = output.resolve().parent
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _export(
    ctx: typer.Context,
    fmt: ExportFormat,
    *,
    output: Path | None,
    document: list[str] | None,
    claims: list[str] | None,
    ascii: bool,
) -> None:
    with state(ctx).database().session(readonly=True) as session, _destination(output) as out:
        summary = export_bibliography(
            session, fmt, out.write, ascii=ascii, document=document, claims=claims or ()
        )
    where = f" to {output}" if output else ""
    stderr.print(Text(f"{plural(summary.entries, 'entry')} ({fmt.value}){where}"), soft_wrap=True)


ON_CONFLICT = typer.Option(
    OnConflict.SKIP,
    "--on-conflict",
    help=(
        "An entry with the key, DOI or URL of a source already held: skip it, update the "
        "held source (its key stays), or fail (nothing is imported)."
    ),
)


@export_app.command("bibtex")
def export_bibtex(
    ctx: typer.Context,
    output: Path | None = OUTPUT,
    document: list[str] | None = DOCUMENT,
    claim: list[str] | None = CLAIM,
    ascii: bool = ASCII,
) -> None:
    """BibTeX for classic styles: @article with journal, @misc with howpublished and
    organization, @techreport; year and month; urldate and a note "Accessed 26 May 2016".

    Example: claims export bibtex -o letter.bib --document hrw-2016-07-18-facebook-china
    """
    _export(ctx, ExportFormat.BIBTEX, output=output, document=document, claims=claim, ascii=ascii)


@export_app.command("biblatex")
def export_biblatex(
    ctx: typer.Context,
    output: Path | None = OUTPUT,
    document: list[str] | None = DOCUMENT,
    claim: list[str] | None = CLAIM,
    ascii: bool = ASCII,
) -> None:
    """biblatex (biber) in UTF-8: @article with journaltitle and entrysubtype newspaper,
    @online with organization, @report; ISO dates; urldate; archived copies in addendum.

    Example: claims export biblatex -o letter.bib
    """
    _export(ctx, ExportFormat.BIBLATEX, output=output, document=document, claims=claim, ascii=ascii)


@export_app.command("csljson")
def export_csljson(
    ctx: typer.Context,
    output: Path | None = OUTPUT,
    document: list[str] | None = DOCUMENT,
    claim: list[str] | None = CLAIM,
    ascii: bool = ASCII,
) -> None:
    """CSL-JSON for pandoc, Zotero and other citeproc processors.

    Example: claims export csljson --claim pu-zhiqiang-conviction -o sources.json
    """
    _export(ctx, ExportFormat.CSLJSON, output=output, document=document, claims=claim, ascii=ascii)


@export_app.command("ris")
def export_ris(
    ctx: typer.Context,
    output: Path | None = OUTPUT,
    document: list[str] | None = DOCUMENT,
    claim: list[str] | None = CLAIM,
) -> None:
    """RIS for Zotero, Mendeley and EndNote: TY NEWS, ELEC, BLOG, RPRT …; AU, TI, T2, PB,
    PY and DA, UR, Y2 (accessed), M3 (genre), DO, LA, N1 (the bibliography's own note).

    Example: claims export ris -o letter.ris --document hrw-2016-07-18-facebook-china
    """
    _export(ctx, ExportFormat.RIS, output=output, document=document, claims=claim, ascii=False)


@export_app.command("formatted")
def export_formatted_command(
    ctx: typer.Context,
    *,
    style: Annotated[
        str,
        typer.Option(
            "--style",
            "-s",
            metavar="STYLE",
            help="A CSL style by name (apa, chicago-notes-bibliography, "
            "modern-language-association, any of the packaged styles) or a .csl file.",
        ),
    ],
    fmt: Annotated[TextFormat, typer.Option("--format", "-f", help="Output format.")] = (
        TextFormat.TEXT
    ),
    notes: Annotated[
        bool,
        typer.Option(
            "--notes",
            help="One note per footnote, in document order, citing what each footnote cites "
            "(a note style then shortens later citations of the same work).",
        ),
    ] = False,
    output: Path | None = OUTPUT,
    document: list[str] | None = DOCUMENT,
    claim: list[str] | None = CLAIM,
) -> None:
    """References formatted in a CSL style (citeproc-py), as text, HTML or Markdown.

    Without --notes, a bibliography of the sources (or of those a document or claims cite)
    in the style's order; with --notes, the document's footnotes as the style writes notes.

    Example: claims export formatted --style chicago-notes-bibliography --notes
    """
    if notes and claim:
        raise InputError("--notes and --claim cannot be combined", hint="use --document KEY")
    with state(ctx).database().session(readonly=True) as session:
        result = export_formatted(
            session, style, fmt, notes=notes, document=document, claims=claim or ()
        )
    with _destination(output) as out:
        out.write(result.text)
    if result.style.renamed_from:
        stderr.print(
            Text(
                f"style {result.style.renamed_from!r} is now {result.style.name!r} "
                "(renamed by the CSL project)"
            ),
            soft_wrap=True,
        )
    kind = "notes" if result.notes else "entries"
    where = f" to {output}" if output else ""
    stderr.print(Text(f"{result.entries} {kind} ({result.style.name}){where}"), soft_wrap=True)


SKIP_INVALID = typer.Option(
    False,
    "--skip-invalid",
    help="Import the valid entries and report the rest (exit 1); by default any invalid "
    "entry stops the import and nothing is written.",
)
AS_JSON = typer.Option(False, "--json", help="Print the summary as JSON on stdout.")
DRY_RUN = typer.Option(
    False,
    "--dry-run",
    help="Print what would be added and, field by field, what would change; write nothing.",
)


@import_app.command("bibtex")
def import_bibtex_command(
    ctx: typer.Context,
    *,
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A .bib file (BibTeX or biblatex, UTF-8).")
    ],
    on_conflict: OnConflict = ON_CONFLICT,
    skip_invalid: bool = SKIP_INVALID,
    as_json: bool = AS_JSON,
    dry_run: bool = DRY_RUN,
) -> None:
    """Add the entries of a .bib file as sources, in one transaction.

    @string macros and # joins are resolved, LaTeX accents decoded (never in URLs), urldate
    or a note "Accessed …" becomes the access date (basis: person), entry types map to kinds,
    fields claims has no column for (keywords, abstract, file …) are kept and exported again.
    Entries without a key get one by the key rule. --on-conflict update changes a field only
    to a different value the file carries: never a value a person set (`claims sources
    edit`), never to a poorer rendering of the same value. Exit 1 if invalid blocks were
    skipped.

    Example: claims import bibtex refs.bib --on-conflict update --dry-run
    """
    _import(
        ctx,
        ImportFormat.BIBTEX,
        file,
        on_conflict,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        as_json=as_json,
    )


@import_app.command("csljson")
def import_csljson_command(
    ctx: typer.Context,
    *,
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A CSL-JSON file (a JSON array of items).")
    ],
    on_conflict: OnConflict = ON_CONFLICT,
    skip_invalid: bool = SKIP_INVALID,
    dry_run: bool = DRY_RUN,
    as_json: bool = AS_JSON,
) -> None:
    """Add the items of a CSL-JSON file (Zotero, Better BibTeX, pandoc) as sources, in one
    transaction, with the same matching and conflict rules as import bibtex.

    Item ids become keys (Zotero's URL ids get one by the key rule); types map to kinds
    (webpage with genre "Press release" is a press release); accessed is stated.

    Example: claims import csljson zotero-export.json --on-conflict update
    """
    _import(
        ctx,
        ImportFormat.CSLJSON,
        file,
        on_conflict,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        as_json=as_json,
    )


@import_app.command("ris")
def import_ris_command(
    ctx: typer.Context,
    *,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A RIS file (UTF-8).")],
    on_conflict: OnConflict = ON_CONFLICT,
    skip_invalid: bool = SKIP_INVALID,
    dry_run: bool = DRY_RUN,
    as_json: bool = AS_JSON,
) -> None:
    """Add the references of a RIS file (Zotero, Mendeley, EndNote) as sources, in one
    transaction, with the same matching and conflict rules as import bibtex.

    "Family, Given" names are persons, names without a comma organisations; DA or PY the
    date, Y2 the access date (stated), M3 the genre. ID, where given, is the key.

    Example: claims import ris mendeley.ris --skip-invalid
    """
    _import(
        ctx,
        ImportFormat.RIS,
        file,
        on_conflict,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        as_json=as_json,
    )


def _import(
    ctx: typer.Context,
    fmt: ImportFormat,
    file: Path,
    on_conflict: OnConflict,
    *,
    skip_invalid: bool,
    dry_run: bool,
    as_json: bool,
) -> None:
    try:
        # a dry run works everything out in the transaction and rolls it back
        with state(ctx).database().session() as session:
            summary = import_bibliography(
                session,
                file,
                fmt,
                on_conflict=on_conflict,
                skip_invalid=skip_invalid,
                dry_run=dry_run,
                list_added=as_json or dry_run,  # else only the count is printed
            )
    except InvalidBibliography as exc:
        # the error line names the first; the others once each, above it
        for failure in exc.failures[1:LISTED_AT_MOST]:
            stderr.print(Text(f"{file}, {failure.describe()}"), soft_wrap=True)
        if len(exc.failures) > LISTED_AT_MOST:
            stderr.print(Text(f"… and {len(exc.failures) - LISTED_AT_MOST} more"))
        raise
    if as_json:
        print_json(summary.as_json())
    elif dry_run:
        for key in summary.added:
            stdout.print(Text(f"add {key}"), soft_wrap=True)
        for u in summary.updated:
            for c in u.changes:
                stdout.print(
                    Text(f"update {u.match.existing}: {c.field}: {c.old!r} -> {c.new!r}"),
                    soft_wrap=True,
                )
    notes = [f"skipped {file}, {f.describe()}" for f in summary.invalid]
    notes += [f"skipped {file}, {m.describe()}" for m in summary.skipped]
    notes += [
        f"{file}, line {line}: entry without a key is now '{key}'" for line, key in summary.keyed
    ]
    notes += [f"warning: {w}" for w in summary.warnings]
    notes += [k.describe() for k in summary.kept if k.reason is KeptReason.PINNED]
    for note in notes[:LISTED_AT_MOST]:
        stderr.print(Text(note), soft_wrap=True)
    if len(notes) > LISTED_AT_MOST:
        stderr.print(Text(f"… and {len(notes) - LISTED_AT_MOST} more (--json lists them all)"))
    for d in summary.dropped:
        warn(f"{file}, {d.describe()}")
    verb = "would be " if dry_run else ""
    stderr.print(
        Text(
            f"{file}: {plural(summary.entries, 'entry')} read; {summary.added_total} {verb}added, "
            f"{len(summary.updated)} {verb}updated, {len(summary.skipped)} already held, "
            f"{len(summary.invalid)} invalid"
            + (f"; {len(summary.unchanged)} held unchanged" if summary.unchanged else "")
        ),
        soft_wrap=True,
    )
    if summary.invalid:
        raise typer.Exit(1)


@sources_app.command("rekey")
def rekey(
    ctx: typer.Context,
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the renames; change nothing."),
    as_json: bool = typer.Option(False, "--json", help="Print the renames as JSON on stdout."),
) -> None:
    """Give every source the citation key the key rule gives it now.

    Keys are otherwise kept once assigned, so manuscripts that cite them keep working; run
    this only when you want new keys (and update the manuscripts and dataset files after).

    Example: claims sources rekey --dry-run
    """
    with state(ctx).database().session() as session:
        summary = rekey_sources(session, dry_run=dry_run)
    if as_json:
        print_json(summary.as_json())
    elif summary.renames:
        print_table(
            [Col("old key", "key"), Col("new key", "key")],
            [(r.old, r.new) for r in summary.renames],
        )
    verb = "would rename" if dry_run else "renamed"
    stderr.print(Text(f"{verb} {len(summary.renames)} of {plural(summary.sources, 'source')}"))
