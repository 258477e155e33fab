"""The wheel ships the report's templates and JSON schema, and they load from an install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT

SHIPPED = (
    "claims/report/templates/report.html.j2",
    "claims/report/templates/report.css",
    "claims/report/templates/report.js",
    "claims/report/report.schema.json",
)


@pytest.mark.slow
def test_wheel_ships_templates_and_schema(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(wheels),
            str(REPO_ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("claims-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert set(SHIPPED) <= names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # the installed claims first, then this environment's dependencies
    env["PYTHONPATH"] = os.pathsep.join(
        [str(target), *[p for p in sys.path if "site-packages" in p]]
    )
    probe = (
        "import claims.report.html as h, claims.report as r;"
        "print(h.__file__);"
        "h.environment().get_template(h.TEMPLATE);"
        "print(len(h._asset('report.css')) > 0, len(h._asset('report.js')) > 0);"
        "print(r.load_schema()['$id'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert out[0].startswith(str(target))
    assert out[1] == "True True"
    assert out[2] == "claims-report-v1"
