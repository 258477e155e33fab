"""``claims check``: check the cited links for rot and show what is not alive."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claims.cli._common import (
    json_text,
    print_json,
    skip_teardown,
    state,
    stderr,
    stdout,
    warn,
)
from claims.errors import ClaimsError, NetworkUnavailable
from claims.linkcheck import CheckOptions, LinkReport
from claims.linkcheck.options import (
    DEFAULT_ARCHIVE_ENDPOINT,
    DEFAULT_CONCURRENCY,
    DEFAULT_HOST_INTERVAL_S,
    DEFAULT_PER_HOST,
    DEFAULT_TIMEOUT_S,
    DEFAULT_TOTAL_TIMEOUT_S,
    DEFAULT_WORKER_BATCH,
    DEFAULT_WORKER_LEASE,
    HostRule,
    default_user_agent,
    parse_duration,
    parse_status_codes,
    read_host_config,
    read_ignore_file,
)
from claims.linkcheck.service import (
    SQLITE_CACHE_KIB,
    CheckReport,
    FailOn,
    check_links,
    result_as_json,
    summary_as_json,
)

if TYPE_CHECKING:
    from claims.linkcheck.workers import WorkerOptions

ARCHIVE_ENDPOINT_ENV = "CLAIMS_ARCHIVE_ENDPOINT"
USER_AGENT = default_user_agent()
EXIT_INTERRUPTED = 130  # what shells report for a run ended by Ctrl-C


class RichProgress:
    """A progress bar on stderr: done/total, rate and time left."""

    def __init__(self) -> None:
        # on a terminal only: rich's progress module is a few MiB a check need not load
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskID,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("checking links"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=stderr,
            transient=True,
        )
        self._task: TaskID | None = None

    def start(self, total: int) -> None:
        self._bar.start()
        self._task = self._bar.add_task("check", total=total, rate="")

    def advance(self, report: LinkReport) -> None:
        if self._task is None:
            return
        self._bar.advance(self._task)
        speed = self._bar.tasks[0].speed
        self._bar.update(self._task, rate=f"{speed:.1f}/s" if speed else "")

    def finish(self) -> None:
        self._bar.stop()


def _print_report_json(report: CheckReport, content_changed: list[dict[str, Any]]) -> None:
    """The document of ``report_as_json``, written result by result: at 20,000 links the
    whole document as one string (and its dicts) was a third of the run's memory."""
    out = sys.stdout
    head = {**summary_as_json(report), "content_changed": content_changed}
    out.write('{\n  "summary": ' + json_text(head, 1) + ',\n  "results": [')
    first = True
    for link in report.log:
        out.write(("\n    " if first else ",\n    ") + json_text(result_as_json(link), 2))
        first = False
    out.write("]\n}\n" if first else "\n  ]\n}\n")
    out.flush()


def _render_worker(report: CheckReport) -> None:
    w = report.worker
    if w is None:
        return
    state = "complete" if w.outstanding == 0 else f"{w.outstanding} links left"
    stdout.print(
        f"worker {w.worker_id} in round {w.round_id} (started"
        f" {w.round_started_at:%Y-%m-%d %H:%M:%S} UTC by {w.round_started_by}): {w.batches}"
        f" leases, {w.leased} links leased, {w.lost_leases} taken over by other workers;"
        f" round {state}",
        soft_wrap=True,
        markup=False,
    )


def _render(report: CheckReport) -> None:
    from rich.table import Table  # not for --json: rich's tables are a tenth of the imports

    _render_worker(report)
    table = Table("outcome", "links", title="Outcomes")
    for outcome, count in report.outcome_counts().items():
        if count:
            table.add_row(outcome, str(count))
    health = Table("health", "links", title="Health")
    for name, count in report.health_counts().items():
        if count:
            health.add_row(name, str(count))
    not_due = report.cited_links - report.due
    stdout.print(
        f"{report.checked} of {report.due} due links checked in {report.elapsed_s:.1f} s"
        f" ({not_due} checked recently, skipped)"
    )
    if report.checked:
        stdout.print(table)
        stdout.print(health)
    problems = report.not_alive()
    if problems:
        # plain lines, never wrapped, so every URL can be copied whole
        stdout.print("\nNot alive:", style="bold")
        for r in sorted(problems, key=lambda r: (r.health.value, r.result.url)):
            stdout.print(
                f"  {r.health.value:<12} {r.result.outcome.value:<18} {r.result.url}",
                soft_wrap=True,
                markup=False,
            )
            stdout.print(f"      sources: {', '.join(r.sources)}", soft_wrap=True, markup=False)
            if r.result.error:
                stdout.print(f"      why: {r.result.error}", soft_wrap=True, markup=False)
            if r.archive is not None:
                stdout.print(
                    f"      archived copy ({r.archive.timestamp:%Y-%m-%d}): {r.archive.url}",
                    soft_wrap=True,
                    markup=False,
                )
    for r in report.drifted():
        warn(
            f"{r.result.url}: title drifted to {r.result.title!r}"
            f" (similarity {r.result.title_similarity:.2f})"
        )
    for r in report.moved():
        stdout.print(
            f"moved: {r.result.url} → {r.result.suggested_url}", soft_wrap=True, markup=False
        )


def _worker_options(
    worker: bool,
    *,
    batch: int | None,
    lease: str | None,
    worker_id: str | None,
    round_id: str | None,
) -> WorkerOptions | None:
    given = {"--batch": batch, "--lease": lease, "--worker-id": worker_id, "--round": round_id}
    if not worker:
        for name, value in given.items():
            if value is not None:
                raise typer.BadParameter(
                    "only a worker takes this option (add --worker)", param_hint=name
                )
        return None
    if batch is not None:
        _positive(batch, "--batch")
    lease_for = DEFAULT_WORKER_LEASE
    if lease is not None:
        try:
            lease_for = parse_duration(lease)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--lease") from exc
        _positive(lease_for.total_seconds(), "--lease")
    from claims.linkcheck.workers import WorkerOptions, default_worker_id  # workers only

    try:
        return WorkerOptions(
            worker_id=worker_id or default_worker_id(),
            round_id=round_id,
            batch=batch or DEFAULT_WORKER_BATCH,
            lease=lease_for,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--worker-id/--round") from exc


def _filters(
    exclude: list[str] | None, ignore_file: Path | None, accept: str | None, config: Path | None
) -> tuple[tuple[str, ...], frozenset[int], tuple[tuple[str, HostRule], ...]]:
    patterns = tuple(exclude or ())
    try:
        if ignore_file is not None:
            patterns += read_ignore_file(ignore_file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--ignore-file") from exc
    try:
        accepted = parse_status_codes(accept) if accept is not None else frozenset()
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--accept") from exc
    try:
        rules = read_host_config(config) if config is not None else ()
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--config") from exc
    return patterns, accepted, rules


def _content_changes(database: Any, report: CheckReport) -> list[Any]:
    """The evidence signals of the links this run checked (their pages' passages)."""
    from claims.evidence.captures import content_changes_of

    return content_changes_of(database, (r.link_id for r in report.log if r.link_id is not None))


def _positive(value: float, name: str) -> None:
    if value <= 0:
        raise typer.BadParameter(f"must be positive, got {value:g}", param_hint=name)


def check(
    ctx: typer.Context,
    source_keys: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SOURCE_KEYS]...", help="Check only these sources' links (default: all)."
        ),
    ] = None,
    *,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="Requests in flight at most, over all hosts.")
    ] = DEFAULT_CONCURRENCY,
    per_host: Annotated[
        int, typer.Option("--per-host", help="Requests in flight at most to one host.")
    ] = DEFAULT_PER_HOST,
    host_interval: Annotated[
        float,
        typer.Option("--host-interval", help="Seconds between request starts to one host."),
    ] = DEFAULT_HOST_INTERVAL_S,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds one request may take, body included.")
    ] = DEFAULT_TIMEOUT_S,
    total_timeout: Annotated[
        float,
        typer.Option(
            "--total-timeout",
            help="Seconds one URL may take in all, retries and Retry-After waits included"
            " (at least --timeout).",
        ),
    ] = DEFAULT_TOTAL_TIMEOUT_S,
    recheck_after: Annotated[
        str,
        typer.Option(
            "--recheck-after",
            help="Skip links checked more recently than this (90s, 30m, 24h, 3d); "
            "failures are always rechecked.",
        ),
    ] = "24h",
    force: Annotated[
        bool, typer.Option("--force", help="Recheck every link, however recent.")
    ] = False,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a checked link is dead, failing (suspect or dead), or never.",
            case_sensitive=False,
        ),
    ] = FailOn.FAILING,
    user_agent: Annotated[
        str | None, typer.Option("--user-agent", help=f"User-Agent header [default: {USER_AGENT}].")
    ] = None,
    archive_endpoint: Annotated[
        str,
        typer.Option(
            "--archive-endpoint",
            envvar=ARCHIVE_ENDPOINT_ENV,
            help="Wayback Machine availability API (or a stand-in) for archived copies.",
        ),
    ] = DEFAULT_ARCHIVE_ENDPOINT,
    no_archive: Annotated[
        bool,
        typer.Option("--no-archive", help="Do not look for archived copies of links not alive."),
    ] = False,
    no_capture: Annotated[
        bool,
        typer.Option(
            "--no-capture",
            help="Keep no capture of the pages read and look for no content changes (faster).",
        ),
    ] = False,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Also fetch loopback, private and link-local addresses (local test servers).",
        ),
    ] = False,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            help="Do not fetch URLs matching this regular expression (recorded as skipped);"
            " repeatable.",
        ),
    ] = None,
    ignore_file: Annotated[
        Path | None,
        typer.Option(
            "--ignore-file", help="A file of --exclude patterns, one a line (# comments)."
        ),
    ] = None,
    accept: Annotated[
        str | None,
        typer.Option(
            "--accept",
            help="Statuses that count as ok besides 2xx, e.g. 403 or 200..299,403,429.",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help='TOML file of per-host overrides: [hosts."example.org"] per_host = 1,'
            " interval = 0.5 (seconds).",
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print one JSON document on stdout (an error object when it stops)."
        ),
    ] = False,
    worker: Annotated[
        bool,
        typer.Option(
            "--worker",
            help="Share a round with other workers on one database: lease the links of free"
            " hosts until the round has none left.",
        ),
    ] = False,
    batch: Annotated[
        int | None,
        typer.Option(
            "--batch",
            help=f"Links a worker leases at a time, at most [default: {DEFAULT_WORKER_BATCH}].",
        ),
    ] = None,
    lease: Annotated[
        str | None,
        typer.Option(
            "--lease",
            help="How long a worker's lease lasts unless renewed (a killed worker's links"
            f" return after it) [default: {DEFAULT_WORKER_LEASE.total_seconds():g}s].",
        ),
    ] = None,
    worker_id: Annotated[
        str | None,
        typer.Option("--worker-id", help="This worker's name [default: host:pid:random]."),
    ] = None,
    round_id: Annotated[
        str | None,
        typer.Option(
            "--round",
            help="The round to join or start [default: the --recheck-after window, e.g."
            " the UTC day for 24h].",
        ),
    ] = None,
) -> None:
    """Check the cited URLs for rot: careful verdicts over time, archived copies near access.

    Each unique URL is checked once per run (one GET, reading a capped prefix), politely
    (--per-host, --host-interval), with soft-404, redirect-to-home, bot-wall and title-drift
    detection. A link is dead only after 3 failing checks spanning 3 days; suspect before.
    Results are committed in groups at least every half second, so an interrupted run
    resumes where it stopped. Exit codes: 0 no checked link failing,
    1 some failing (see --fail-on), 2 usage error, 3 offline or database unreachable,
    130 interrupted.

    With --worker, several processes (on several machines) share a round on one database:
    each leases batches of the round's links, and a killed worker's links return to the pool
    when its lease runs out; no link is checked twice in a round.

    Example: claims check --concurrency 16 --recheck-after 3d --json > links.json

    Example: claims --db postgresql+psycopg://host/claims check --worker --round nightly
    """
    skip_teardown()  # every thread and process of a check ends before it returns
    for value, name in ((concurrency, "--concurrency"), (per_host, "--per-host")):
        _positive(value, name)
    _positive(timeout, "--timeout")
    _positive(total_timeout, "--total-timeout")
    if host_interval < 0:
        raise typer.BadParameter(
            f"must not be negative, got {host_interval:g}", param_hint="--host-interval"
        )
    try:
        recheck = parse_duration(recheck_after)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--recheck-after") from exc
    patterns, accepted, rules = _filters(exclude, ignore_file, accept, config)
    try:
        options = CheckOptions(
            concurrency=concurrency,
            per_host=per_host,
            host_interval_s=host_interval,
            timeout_s=timeout,
            total_timeout_s=total_timeout,
            recheck_after=recheck,
            force=force,
            user_agent=user_agent or default_user_agent(),
            archive=not no_archive,
            archive_endpoint=archive_endpoint,
            allow_private=allow_private,
            exclude=patterns,
            accept=accepted,
            host_rules=rules,
        )
    except ValueError as exc:  # a pattern that does not compile
        raise typer.BadParameter(str(exc), param_hint="--exclude") from exc
    worker_options = _worker_options(
        worker, batch=batch, lease=lease, worker_id=worker_id, round_id=round_id
    )
    if worker_options is not None and source_keys:
        raise typer.BadParameter(
            "a worker checks the whole round; leave out the source keys",
            param_hint="SOURCE_KEYS",
        )
    database = state(ctx).database(sqlite_cache_kib=SQLITE_CACHE_KIB)
    progress: Any = None
    if not as_json and sys.stderr.isatty() and not os.environ.get("CI"):
        progress = RichProgress()
    from claims.evidence.captures import page_recorder

    try:
        with page_recorder(database) if not no_capture else contextlib.nullcontext() as on_page:
            if worker_options is None:
                report = check_links(
                    database,
                    source_keys=tuple(source_keys or ()),
                    options=options,
                    progress=progress,
                    on_page=on_page,
                )
            else:
                from claims.linkcheck.workers import run_worker

                report = run_worker(
                    database, worker_options, options=options, progress=progress, on_page=on_page
                )
    except ClaimsError as exc:
        if as_json:
            # scripts read stdout: the error as an object there too (stderr has the line)
            kind = "offline" if isinstance(exc, NetworkUnavailable) else type(exc).__name__
            print_json(
                {
                    "error": {
                        "kind": kind,
                        "message": exc.message,
                        "hint": exc.hint,
                        "exit_code": exc.exit_code,
                    }
                }
            )
        raise
    if report.worker is not None:
        from claims.linkcheck.workers import round_settings_differ

        joined = report.worker.round_id
        for name, value in round_settings_differ(report, options).items():
            warn(f"round {joined} was started with {name}={value}; the round's setting applies")
    changed = [] if no_capture else _content_changes(database, report)
    if as_json:
        _print_report_json(report, [c.as_json() for c in changed])
    else:
        from claims.cli.evidence import render_changes  # rich, which --json does not need

        _render(report)
        render_changes(changed)
    if report.interrupted:
        stderr.print(
            f"interrupted: {report.checked} of {report.due} checks recorded;"
            " run the command again to check the rest"
        )
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.found_problems(fail_on):
        raise typer.Exit(1)
