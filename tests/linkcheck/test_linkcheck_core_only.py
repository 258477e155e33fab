"""A check runs on SQLAlchemy Core alone: no ORM, no models (9 MiB and 0.2 s of its start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from linkcheck_servers import HOSTS, Servers, html
from sqlalchemy import func, select
from tests.conftest import REPO_ROOT

from claims.db import Database
from claims.enums import LinkHealth, SourceKind
from claims.models import Capture, Link, LinkCheck, Source

# the check as ``python -m claims`` runs it, then what it imported (a check ends with its
# exit handlers, not the interpreter's teardown)
CHECK = """
import atexit, json, runpy, sys
atexit.register(lambda: print(json.dumps(
    ["sqlalchemy.orm" in sys.modules, "claims.models" in sys.modules]), file=sys.stderr))
sys.argv = ["claims", *sys.argv[1:]]
runpy.run_module("claims", run_name="__main__")
"""


@pytest.mark.parametrize("worker", [False, True], ids=["check", "worker"])
def test_a_check_with_captures_imports_no_orm(
    servers: Servers, tmp_path: Path, worker: bool
) -> None:
    url = f"sqlite:///{tmp_path / 'core.db'}"
    database = Database(url)
    with database.session() as session:
        for i, host in enumerate(HOSTS[:2]):
            servers.route(host, f"/story/{i}", html(f"Story {i}", "The text of the story. " * 20))
            session.add(
                Source(
                    key=f"s{i}",
                    kind=SourceKind.WEB_PAGE,
                    title=f"Story {i}",
                    url=servers.url(host, f"/story/{i}"),
                )
            )
        session.add(Source(key="gone", kind=SourceKind.WEB_PAGE, url=servers.url(HOSTS[0], "/x")))
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    env.pop("CLAIMS_ARCHIVE_ENDPOINT", None)
    rounds = ["--worker", "--round", "r1"] if worker else []  # a worker shares rounds on Core
    done = subprocess.run(
        [sys.executable, "-c", CHECK, "--db", url, "check", "--allow-private", "--no-archive",
         "--json", "--fail-on", "never", *rounds],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stderr.strip().splitlines()[-1]) == [False, False], done.stderr
    outcomes = json.loads(done.stdout)["summary"]["outcomes"]
    assert (outcomes["ok"], outcomes["not-found"]) == (2, 1)
    with database.session() as session:  # written as the ORM reads it
        assert session.execute(select(func.count()).select_from(LinkCheck)).scalar_one() == 3
        assert session.execute(select(func.count()).select_from(Capture)).scalar_one() == 2
        health = dict(session.execute(select(Link.url, Link.health)).all())
    assert sorted(health.values()) == [LinkHealth.ALIVE, LinkHealth.ALIVE, LinkHealth.SUSPECT]
