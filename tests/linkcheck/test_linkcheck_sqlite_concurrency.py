"""SQLite under concurrent use: a check run beside ``claims load`` and ``claims verify``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from linkcheck_servers import HOSTS, Response, Servers
from sqlalchemy import func, select
from tests.conftest import LETTER_DATASET, REPO_ROOT

from claims.db import Database
from claims.enums import SourceKind
from claims.models import LinkCheck, Source, Verification

LINKS = 40
CLAIM = "facebook-blocked-in-china"

# The second process: load the letter and record verdicts, through the command line, over and
# over until told to stop; every command must succeed.
EDITOR = """
import sys, pathlib
from claims.cli import app
url, dataset, claim, stop = sys.argv[1], sys.argv[2], sys.argv[3], pathlib.Path(sys.argv[4])
rounds = 0
while rounds < 3 or not stop.exists():
    for args in (["load", dataset], ["verify", claim, "--verdict", "verified", "--by", "ed"]):
        try:
            app(["--db", url, *args, "--json"], standalone_mode=False)
        except SystemExit as exc:
            if exc.code:
                raise
    rounds += 1
print(f"rounds={rounds}", file=sys.stderr)
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    env.pop("CLAIMS_ARCHIVE_ENDPOINT", None)
    return env


@pytest.mark.slow
def test_a_check_run_and_load_and_verify_at_the_same_time(servers: Servers, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=0.2)
    database = Database(url)
    try:
        with database.session() as session:
            for i in range(LINKS):
                host = HOSTS[i % 4]
                servers.route(host, "*", slow)
                session.add(
                    Source(key=f"s{i}", kind=SourceKind.REPORT, url=servers.url(host, f"/{i}.pdf"))
                )
        keys = [f"s{i}" for i in range(LINKS)]  # only these: the letter's links are not ours
        subprocess.run(
            [sys.executable, "-m", "claims", "--db", url, "load", str(LETTER_DATASET)],
            check=True,
            env=_env(),
            cwd=REPO_ROOT,
            capture_output=True,
        )
        stop = tmp_path / "stop"
        editor = subprocess.Popen(
            [sys.executable, "-c", EDITOR, url, str(LETTER_DATASET), CLAIM, str(stop)],
            env=_env(),
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        check = subprocess.Popen(
            [sys.executable, "-m", "claims", "--db", url, "check", *keys, "--allow-private",
             "--no-archive", "--per-host", "1", "--json"],
            env=_env(),
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        out, err = check.communicate(timeout=90)
        stop.touch()
        _, edit_err = editor.communicate(timeout=90)
        assert check.returncode == 0, err
        assert editor.returncode == 0, edit_err
        assert json.loads(out)["summary"]["checked"] == LINKS
        with database.session(readonly=True) as s:
            checks = s.execute(
                select(func.count(), func.min(LinkCheck.checked_at), func.max(LinkCheck.checked_at))
            ).one()
            verdicts = s.execute(
                select(func.count(), func.min(Verification.at), func.max(Verification.at))
            ).one()
        assert checks[0] == LINKS
        assert f"rounds={verdicts[0]}" in edit_err
        assert verdicts[0] >= 3
        # the two really ran at the same time: verdicts were recorded while checks were
        assert verdicts[1] < checks[2]
        assert verdicts[2] > checks[1]
    finally:
        database.dispose()
