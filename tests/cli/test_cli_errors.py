"""Every command, given bad values, says so in one line (plus at most a hint), exits with the
documented code and never shows a traceback; no command that only reads creates a database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from tests.conftest import LETTER_DATASET, Cli, CliResult
from typer.core import TyperArgument, TyperOption

from claims.cli import app
from claims.cli._common import CREATES_DATABASE

LETTER = str(LETTER_DATASET)
CLAIM = "pu-zhiqiang-conviction-2015"
SOURCE = "richardsonDispatchesShowingDiplomatic2015"


def _leaves() -> Iterator[tuple[str, Any]]:
    def walk(prefix: str, cmd: Any) -> Iterator[tuple[str, Any]]:
        if hasattr(cmd, "list_commands"):
            for name in cmd.list_commands(None):
                yield from walk(f"{prefix} {name}".strip(), cmd.get_command(None, name))
        else:
            yield prefix, cmd

    yield from walk("", typer.main.get_command(app))


LEAVES = sorted(_leaves(), key=lambda item: item[0])


def assert_one_line(result: CliResult, code: int = 2) -> str:
    """One ``error:`` line, at most one ``hint:`` line, nothing on stdout, the exit code."""
    assert result.exception is None, result.exception
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert lines, "no message"
    assert lines[0].startswith("error: "), result.stderr
    assert len(lines) <= 2, result.stderr
    if len(lines) == 2:
        assert lines[1].startswith("hint: "), result.stderr
    assert result.exit_code == code, result.stderr
    assert result.stdout == ""
    return lines[0]


@pytest.fixture(scope="module")
def letter_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('letter') / 'claims.db'}"
    assert Cli(url)("load", LETTER).exit_code == 0
    return url


def _bad_values(command: Any) -> Iterator[tuple[str, list[str]]]:
    """An unknown option, then each typed option given a value of the wrong type."""
    yield "unknown option", ["--no-such-option"]
    for param in command.params:
        if not isinstance(param, TyperOption) or param.is_flag or not param.opts:
            continue
        shown = param.display_type(None) if param.metavar is None else param.metavar
        opt = param.opts[0]
        if "|" in str(shown) or getattr(param.type_descriptor, "is_choice", False):
            yield f"{opt} choice", [opt, "bogus-value"]
        elif str(param.metavar) in ("N", "NUMBER"):
            yield f"{opt} number", [opt, "not-a-number"]


def _required_args(command: Any) -> list[str]:
    """Values for the required arguments, so that only the option under test is wrong."""
    values = {"claim_key": CLAIM, "key": CLAIM, "file": LETTER, "path": LETTER}
    args = []
    for param in command.params:
        if isinstance(param, TyperArgument) and param.required:
            args.append(values.get(param.name or "", "x"))
        if isinstance(param, TyperOption) and param.required and param.opts:
            args += [param.opts[0], "verified" if param.name == "verdict" else "x"]
    return args


CASES = [
    pytest.param(path, name, args, id=f"{path}: {name}")
    for path, command in LEAVES
    for name, args in _bad_values(command)
]


@pytest.mark.parametrize(("path", "name", "bad"), CASES)
def test_bad_option_values(letter_url: str, path: str, name: str, bad: list[str]) -> None:
    command = dict(LEAVES)[path]
    result = Cli(letter_url)(*path.split(), *_required_args(command), *bad)
    line = assert_one_line(result)
    assert bad[0] in line or bad[-1] in line, line


@pytest.mark.parametrize(
    "path",
    [
        p
        for p, c in LEAVES
        if any(isinstance(x, (TyperArgument, TyperOption)) and x.required for x in c.params)
    ],
)
def test_missing_required_values(letter_url: str, path: str) -> None:
    line = assert_one_line(Cli(letter_url)(*path.split()))
    assert "missing" in line


# The least a command needs to run, by command path; a command missing here is still run
# with bad values above.
MINIMAL = {
    "archive": ["--endpoint", "http://127.0.0.1:9/save/"],
    "check": ["--no-archive"],
    "claims add": ["hrw-2016-07-18-facebook-china", "--quote", "Facebook"],
    "claims delete": [CLAIM],
    "claims edit": [CLAIM, "--statement", "S"],
    "claims history": [CLAIM],
    "db current": [],
    "db history": [],
    "db downgrade": ["base", "--yes"],
    "export bibtex": [],
    "export biblatex": [],
    "export csljson": [],
    "export formatted": ["--style", "apa"],
    "export ris": [],
    "flags list": [],
    "flags review": [SOURCE],
    "footnotes edit": ["hrw-2016-07-18-facebook-china", "5", "--span", "4777:4955"],
    "footnotes history": ["hrw-2016-07-18-facebook-china", "5"],
    "footnotes list": ["hrw-2016-07-18-facebook-china"],
    "evidence": [CLAIM],
    "history": [CLAIM],
    "lint": [],
    "list": [],
    "proposals accept": [CLAIM],
    "proposals reject": [CLAIM],
    "report": [],
    "show": [CLAIM],
    "sources delete": [SOURCE],
    "sources edit": [SOURCE, "--set", "title=T"],
    "sources history": [SOURCE],
    "sources list": [],
    "sources merge": [SOURCE, "vlastelicaInstagramReportedlyBlocked2014"],
    "sources rekey": ["--dry-run"],
    "sources show": [SOURCE],
    "verify": [CLAIM, "--verdict", "verified", "--by", "ana"],
}


@pytest.mark.parametrize(
    "path", sorted(p for p, _ in LEAVES if p not in CREATES_DATABASE and p in MINIMAL)
)
def test_no_read_command_creates_a_database(tmp_path: Path, path: str) -> None:
    target = tmp_path / "claims.db"
    line = assert_one_line(Cli(f"sqlite:///{target}")(*path.split(), *MINIMAL[path]))
    assert line == f"error: no claims database at sqlite:///{target}"
    assert list(tmp_path.iterdir()) == []


def test_every_command_is_known_to_the_sweep() -> None:
    known = set(MINIMAL) | set(CREATES_DATABASE)
    assert {p for p, _ in LEAVES} - known == set()


@pytest.mark.postgres
def test_a_read_on_an_empty_postgres_schema_creates_no_table(postgres_url: str) -> None:
    from sqlalchemy import create_engine, inspect

    assert_one_line(Cli(postgres_url)("list"))
    engine = create_engine(postgres_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["show", "no-such-claim"], 2, "no claim with key 'no-such-claim'"),
        (["verify", CLAIM, "--verdict", "maybe", "--by", "a"], 2, "'maybe' is not one of"),
        (["db", "upgrade", "bogus"], 2, "revision 'bogus'"),
        (["db", "downgrade", "nonsense", "--yes"], 2, "revision 'nonsense'"),
        (["db", "downgrade", "-1"], 2, "without confirmation"),
        (["lisst"], 2, "no such command 'lisst'"),
        (["list", "--status", "maybe"], 2, "'--status'"),
        (["sources", "list", "--health", "gone"], 2, "'--health'"),
        (["report", "-o", "/nonexistent/dir/r.html"], 2, "cannot write"),
        (["export", "bibtex", "-o", "/nonexistent/dir/x.bib"], 2, "cannot write"),
        (["load", "/nonexistent/dataset"], 2, "no such dataset file"),
        (["extract", "/nonexistent/file.txt"], 2, "no such file"),
        (["import", "bibtex", "/nonexistent/file.bib"], 2, "cannot read"),
        (["check", "--timeout", "-1"], 2, "--timeout"),
        (["check", "--batch", "3"], 2, "--batch"),
        (["check", "--recheck-after", "soon"], 2, "--recheck-after"),
        (["check", "--worker", "--lease", "forever"], 2, "--lease"),
        (
            [
                "extract",
                LETTER + "/letter.txt",
                "--save",
                "--key",
                "k",
                "--published",
                "2016-13-01",
            ],
            2,
            "--published",
        ),
        (["extract", LETTER + "/letter.txt", "--key", "k"], 2, "need --save"),
        (["report", "--format", "pdf"], 2, "'pdf'"),
    ],
)
def test_named_errors(letter_url: str, args: list[str], code: int, expected: str) -> None:
    line = assert_one_line(Cli(letter_url)(*args), code)
    assert expected in line, line


def test_extracting_an_empty_file_saves_nothing(tmp_path: Path, sqlite_cli: Cli) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    line = assert_one_line(sqlite_cli("extract", str(empty), "--save", "--key", "k"))
    assert str(empty) in line
    assert sqlite_cli("list", "--json").stdout.strip() == "[]"


def test_an_empty_document_text_is_one_problem(tmp_path: Path, sqlite_cli: Cli) -> None:
    import shutil

    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    (folder / "letter.txt").write_text("", "utf-8")
    line = assert_one_line(sqlite_cli("load", str(folder)))
    assert line.endswith(f"document: text file is empty: {folder / 'letter.txt'}")


def test_several_problems_are_listed_once_under_one_error_line(
    tmp_path: Path, sqlite_cli: Cli
) -> None:
    import shutil

    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    toml = folder / "dataset.toml"
    text = toml.read_text("utf-8")
    text = text.replace('issued = "2014-09-28"', 'issued = "2014-09-31"')
    text = text.replace('issued = "2015-05-21"', 'issued = "2015-05-32"')
    toml.write_text(text, "utf-8")
    result = sqlite_cli("load", str(folder))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split()[0] for line in lines] == ["error:", f"{toml}:142:", "hint:"]
    assert lines[0].endswith("'2014-09-31' (and 1 more problem, below)")


def test_db_downgrade_minus_one_as_documented(sqlite_cli: Cli) -> None:
    result = sqlite_cli("db", "downgrade", "-1", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "(head is" in sqlite_cli("db", "current").stdout
    assert sqlite_cli("db", "upgrade").exit_code == 0


def test_an_unopenable_database_is_one_line_exit_3(tmp_path: Path) -> None:
    result = Cli(f"sqlite:///{tmp_path}/missing/dir/x.db")("load", LETTER)
    line = assert_one_line(result, 3)
    assert "cannot open database" in line
