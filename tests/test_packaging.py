"""A non-editable install into a fresh virtual environment finds its migrations."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import InstalledWheel


@pytest.mark.slow
def test_wheel_install_ships_migrations(installed_wheel: InstalledWheel, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CLAIMS_DATABASE_URL")}
    claims = installed_wheel.env_dir / "bin" / "claims"
    created = subprocess.run(
        [claims, "--db", f"sqlite:///{outside / 'x.db'}", "db", "upgrade"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    result = subprocess.run(
        [claims, "--db", f"sqlite:///{outside / 'x.db'}", "db", "current"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("(head)")
    where = subprocess.run(
        [installed_wheel.python, "-c", "import claims.db as d; print(d.migrations_dir())"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "site-packages" in where
    assert "_migrations" in where
