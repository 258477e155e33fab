"""Every command has help with an example and is documented in the README."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer.main

from claims.cli import app
from tests.conftest import REPO_ROOT


def _commands() -> Iterator[tuple[str, Any]]:
    root = typer.main.get_command(app)

    def walk(prefix: str, cmd: Any) -> Iterator[tuple[str, Any]]:
        if hasattr(cmd, "list_commands"):  # a group; the root loads its commands on demand
            for name in cmd.list_commands(None):
                yield from walk(f"{prefix} {name}".strip(), cmd.get_command(None, name))
        else:
            yield prefix, cmd

    yield from walk("", root)


COMMANDS = sorted(_commands(), key=lambda item: item[0])


def test_root_help_lists_groups_with_one_line_each() -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    root: Any = typer.main.get_command(app)
    for name in root.list_commands(None):
        cmd = root.get_command(None, name)
        assert re.search(rf"^\s+{name}\s+\S", result.stdout, re.M), name
        assert cmd.get_short_help_str(), name


def test_the_listed_help_is_the_commands_own() -> None:
    """`claims --help` shows COMMANDS' lines without importing the commands: they must agree."""
    from claims.cli import COMMANDS

    root: Any = typer.main.get_command(app)
    for name, spec in COMMANDS.items():
        own = root.get_command(None, name).get_short_help_str(limit=1000)
        assert own.startswith(spec.help.removesuffix("…")), (name, own)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_has_help_with_example(path: str, command: Any) -> None:
    assert command.help, f"claims {path} has no help"
    assert "Example:" in command.help, f"claims {path} --help has no example"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS])
def test_command_is_in_readme(path: str) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"claims {path}" in readme, f"README does not document `claims {path}`"
