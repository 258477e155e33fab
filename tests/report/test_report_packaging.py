"""The wheel ships the report's templates and JSON schema, and they load from an install."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from tests.conftest import InstalledWheel

SHIPPED = (
    "claims/report/templates/report.html.j2",
    "claims/report/templates/report.css",
    "claims/report/templates/report.js",
    "claims/report/report.schema.json",
)


@pytest.mark.slow
def test_wheel_ships_templates_and_schema(installed_wheel: InstalledWheel, tmp_path: Path) -> None:
    names = set(zipfile.ZipFile(installed_wheel.wheel).namelist())
    assert set(SHIPPED) <= names

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = (
        "import claims.report.html as h, claims.report as r;"
        "print(h.__file__);"
        "h.environment().get_template(h.TEMPLATE);"
        "print(len(h._asset('report.css')) > 0, len(h._asset('report.js')) > 0);"
        "print(r.load_schema()['$id'])"
    )
    out = subprocess.run(
        [installed_wheel.python, "-c", probe],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert "site-packages" in out[0]
    assert out[1] == "True True"
    assert out[2] == "claims-report-v1"
