"""`claims --help` and `--version` import no command: not the database layer, not rich."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "alembic", "rich", "httpx", "jinja2", "claims.db", "claims.dataset")


@pytest.mark.parametrize("args", [["--help"], ["--version"], []])
def test_the_root_imports_no_command(args: list[str]) -> None:
    code = (
        "import sys\nfrom claims.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}"
        f" or m in {HEAVY!r}), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr


def test_a_command_loads_only_when_asked() -> None:
    code = (
        "import sys\nfrom claims.cli import app\n"
        "try:\n    app(['db', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('claims.cli.db' in sys.modules, 'claims.cli.check' in sys.modules,"
        " file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "True False", done.stderr
