"""Options lychee users expect: --exclude, an ignore file, --accept, per-host config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linkcheck_servers import HOSTS, Response, Servers, html
from linkcheck_support import run_checks
from tests.conftest import Cli

from claims.db import Database
from claims.enums import CheckOutcome, SourceKind
from claims.linkcheck import CheckOptions, CheckResult
from claims.linkcheck.options import (
    HostRule,
    parse_status_codes,
    read_host_config,
    read_ignore_file,
)
from claims.models import Source

A, B, C, D, E, F = HOSTS
FAST = CheckOptions(allow_private=True, timeout_s=1.0, host_interval_s=0.0, archive=False)


def run(targets: list[str], options: CheckOptions) -> dict[str, CheckResult]:
    return run_checks(targets, options)


def test_status_codes_and_ranges() -> None:
    assert parse_status_codes("403") == {403}
    assert parse_status_codes("200..204, 403,429") == {200, 201, 202, 203, 204, 403, 429}
    for bad in ("abc", "300..200", "42", "200..1000", "2xx"):
        with pytest.raises(ValueError, match="status"):
            parse_status_codes(bad)


@given(st.lists(st.tuples(st.integers(100, 999), st.integers(0, 50)), min_size=1, max_size=5))
def test_status_ranges_round_trip(ranges: list[tuple[int, int]]) -> None:
    parts = [(low, min(999, low + width)) for low, width in ranges]
    text = ",".join(f"{a}..{b}" for a, b in parts)
    expected = {code for a, b in parts for code in range(a, b + 1)}
    assert parse_status_codes(text) == expected


def test_ignore_file_names_the_bad_line(tmp_path: Path) -> None:
    good = tmp_path / "ignore"
    good.write_text("# private wiki\n\n^https://wiki\\.example/\n  \\.pdf$  \n")
    assert read_ignore_file(good) == ("^https://wiki\\.example/", "\\.pdf$")
    bad = tmp_path / "bad"
    bad.write_text("fine\n(unclosed\n")
    with pytest.raises(ValueError, match=r"bad:2: not a regular expression"):
        read_ignore_file(bad)


def test_host_config_reads_overrides_and_names_mistakes(tmp_path: Path) -> None:
    config = tmp_path / "hosts.toml"
    config.write_text(
        '[hosts."Slow.Example"]\nper_host = 1\ninterval = 0.5\n[hosts.b]\ninterval = 2\n'
    )
    assert dict(read_host_config(config)) == {
        "slow.example": HostRule(1, 0.5),
        "b": HostRule(None, 2.0),
    }
    for text, words in (
        ("[hosts.a]\nper_host = 0\n", "hosts.a.per_host"),
        ("[hosts.a]\nspeed = 1\n", "unknown key 'speed'"),
        ("[other]\n", "unknown table or key 'other'"),
        ("[hosts.a\n", "not valid TOML"),
        ('[hosts.a]\ninterval = "fast"\n', "hosts.a.interval"),
    ):
        config.write_text(text)
        with pytest.raises(ValueError, match=words):
            read_host_config(config)


def test_excluded_urls_are_skipped_without_a_request(servers: Servers) -> None:
    kept = servers.route(A, "/kept", html("Kept"))
    left = servers.route(A, "/private/left", html("Left"))
    options = CheckOptions(**{**FAST.__dict__, "exclude": ("/private/",)})
    results = run([kept, left], options)
    assert results[kept].outcome is CheckOutcome.OK
    assert results[left].outcome is CheckOutcome.SKIPPED
    assert "excluded" in (results[left].error or "")
    assert servers.requests(A, "/private/left") == []


def test_accepted_statuses_are_ok(servers: Servers) -> None:
    walled = servers.route(A, "/walled", html("Forbidden", status=403))
    gone = servers.route(A, "/gone", html("Gone", status=404))
    options = CheckOptions(**{**FAST.__dict__, "accept": parse_status_codes("403")})
    results = run([walled, gone], options)
    assert results[walled].outcome is CheckOutcome.OK
    assert results[walled].status == 403
    assert results[gone].outcome is CheckOutcome.NOT_FOUND


def test_a_host_rule_overrides_the_per_host_limit(servers: Servers) -> None:
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=0.1)
    urls = []
    for host in (A, B):
        servers.route(host, "*", slow)
        urls += [servers.url(host, f"/d/{i}.pdf") for i in range(8)]
    # a generous timeout: with the servers in this process, a loaded machine starved them past 0.5 s
    rules = {"per_host": 3, "host_rules": ((A, HostRule(1)),), "timeout_s": 10.0}
    results = run(urls, CheckOptions(**{**FAST.__dict__, **rules}))
    assert {r.outcome.value for r in results.values()} == {"ok"}, results
    assert servers.peak[A] == 1
    assert servers.peak[B] == 3


def test_cli_options_end_to_end(sqlite_cli: Cli, servers: Servers, tmp_path: Path) -> None:
    urls = {
        "ok": servers.route(A, "/ok", html("Ok")),
        "walled": servers.route(A, "/walled", html("No", status=403)),
        "skip": servers.route(B, "/skip/me", html("Skip")),
        "ignored": servers.route(B, "/ignored", html("Ignored")),
    }
    database = Database(sqlite_cli.url)
    try:
        with database.session() as session:
            for key, url in urls.items():
                session.add(Source(key=key, kind=SourceKind.WEB_PAGE, url=url))
    finally:
        database.dispose()
    ignore = tmp_path / "ignore"
    ignore.write_text("/ignored$\n")
    config = tmp_path / "hosts.toml"
    config.write_text(f'[hosts."{A}"]\nper_host = 1\ninterval = 0\n')
    result = sqlite_cli(
        "check", "--allow-private", "--no-archive", "--json", "--fail-on", "never",
        "--exclude", "/skip/", "--ignore-file", str(ignore), "--accept", "200..299,403",
        "--config", str(config),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    # written result by result, the same text as the document dumped whole
    assert result.stdout == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    outcomes = {r["url"]: r["outcome"] for r in document["results"]}
    assert outcomes == {
        urls["ok"]: "ok",
        urls["walled"]: "ok",
        urls["skip"]: "skipped",
        urls["ignored"]: "skipped",
    }


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--exclude", "(oops"], "not a regular expression"),
        (["--accept", "2xx"], "--accept"),
        (["--ignore-file", "/no/such/file"], "cannot read"),
        (["--config", "/no/such/file.toml"], "cannot read"),
        (["--total-timeout", "0"], "--total-timeout"),
        (["--host-interval", "-1"], "--host-interval"),
    ],
)
def test_cli_option_errors_exit_2(sqlite_cli: Cli, args: list[str], words: str) -> None:
    result = sqlite_cli("check", *args)
    assert result.exit_code == 2, result.stderr
    assert words in result.stderr
