"""Option values converted without pydantic are what typer's own conversion gives, option by
option of every command, errors and their messages included; and a check imports no pydantic."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer._click as click
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer._typing import get_args, get_origin
from typer.core import TyperArgument, TyperOption

from claims.cli import COMMANDS, app, load_command
from claims.cli._coerce import PlainRuntimeParam

WORDS = ["1", "-3", "0", "007", "0.5", "-2.25", "1_000", "1e3", " 2", "2 ", "", "abc", "inf"]
WORDS += ["nan", "+4", "٣", "1.", ".5", "99999999999999999999", "ok", "-", "a\0b"]


def _params() -> list[tuple[str, Any, Any]]:
    found: list[tuple[str, Any, Any]] = []

    def walk(command: Any, path: str) -> None:
        for param in command.params:
            if isinstance(param, (TyperOption, TyperArgument)):
                found.append((f"{path} {param.name}", command, param))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    for name, spec in COMMANDS.items():
        walk(load_command(name, spec), name)
    return found


PARAMS = _params()


def _samples(param: Any, tmp: Path) -> list[Any]:
    annotation = param.type_descriptor.annotation
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    values: list[Any] = [param.default, *WORDS, str(tmp), str(tmp / "missing"), tmp]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        for member in annotation:
            text = str(member.value)
            values += [member, text, text.upper(), text.title(), text + "x"]
    return values


def _outcome(runtime: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        got = runtime._coerce_value(value, param=param, ctx=ctx)
        return "value", (type(got), repr(got))  # repr: nan is not nan's equal
    except BadParameter as exc:
        return "error", exc.format_message()


def test_every_option_but_flags_of_every_command_is_converted_here() -> None:
    plain = [p for _, _, p in PARAMS if isinstance(p._runtime_param, PlainRuntimeParam)]
    assert len(plain) == len(PARAMS)


@pytest.mark.parametrize(("where", "command", "param"), PARAMS, ids=[w for w, _, _ in PARAMS])
def test_the_same_value_or_message_as_typers_own(
    where: str, command: Any, param: Any, tmp_path: Path
) -> None:
    ctx = click.Context(command)
    ours = param._runtime_param
    theirs = build_runtime_param(param.type_descriptor)
    many = param.multiple or param.nargs == -1
    for value in _samples(param, tmp_path):
        given = (value, value) if many and value is not None else value
        if many and isinstance(value, list | tuple):
            given = value
        assert _outcome(ours, given, param, ctx) == _outcome(theirs, given, param, ctx), (
            where,
            value,
        )


NUMBERS = [(where, c, p) for where, c, p in PARAMS if p.type_descriptor.annotation in (int, float)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.-+_e ", max_size=12), st.sampled_from(NUMBERS))
def test_any_number_word_converts_as_typer_does(text: str, case: tuple[str, Any, Any]) -> None:
    _, command, param = case
    ctx = click.Context(command)
    theirs = build_runtime_param(param.type_descriptor)
    assert _outcome(param._runtime_param, text, param, ctx) == _outcome(theirs, text, param, ctx)


def test_a_check_imports_no_pydantic(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'none.db'}"
    code = (
        "import sys\nfrom claims.cli import app\n"
        f"try:\n    app(['--db', {db!r}, 'check', '--json', '--concurrency', '8', '--per-host',"
        " '2', '--host-interval', '0.5', '--fail-on', 'dead', '--exclude', 'x'])\n"
        "except SystemExit:\n    pass\n"
        "print('pydantic' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


def test_a_bad_value_still_gets_typers_message() -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["check", "--concurrency", "many"])
    assert result.exit_code == 2
    assert "--concurrency" in result.output
    assert "valid integer" in result.output
