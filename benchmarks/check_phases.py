"""Where the wall time of ``claims check`` goes: start-up, network phase, end.

The same loopback hosts and check as benchmarks/side_by_side.py (2,000 URLs over 20 hosts
answering after 100 ms); the servers note when they send their first and last answers, so a
run splits into start-up (spawn to first request), the network phase (first request to last
answer) and the end (last answer to exit). Prints one line per run.

``--against SRC`` runs another checkout's ``src`` (by PYTHONPATH, its bytecode written first)
in turn with this one, for before/after figures of the same minutes.

``--imports`` also prints the floor under the start-up: the wall time of a Python that only
imports what a check imports (the GC off, as a one-command process runs), and of each of its
large libraries alone, the median of ``--repeat`` runs.

Usage: python benchmarks/check_phases.py [--urls 2000] [--repeat 3] [--setting equal|defaults]
       [--against ../main/src] [--imports] [-- EXTRA CLAIMS CHECK OPTIONS]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import side_by_side as sbs
from loopback_hosts import LoopbackHosts


class TimedHosts(LoopbackHosts):
    """Loopback hosts that note the time of their first and last answers."""

    first: float | None = None
    last: float | None = None

    def reset(self) -> None:
        self.first = self.last = None
        self.stats.reset()

    async def _reply(self, writer, method, status, body):  # type: ignore[no-untyped-def,override]
        now = time.perf_counter()
        if self.first is None:
            self.first = now
        self.last = now
        await LoopbackHosts._reply(writer, method, status, body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--setting", choices=("equal", "defaults", "both"), default="both")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--against", type=Path, help="another checkout's src directory")
    parser.add_argument("--imports", action="store_true", help="also print the import floor")
    parser.add_argument("extra", nargs="*")
    args = parser.parse_args()
    sbs.compile_claims()
    if args.imports:
        print_import_floor(args.python, args.repeat)
    codes: list[tuple[str, str | None]] = [("this", None)]
    if args.against is not None:
        compileall.compile_dir(args.against / "claims", quiet=1)
        codes.append(("against", str(args.against.resolve())))
    latency = 0.1
    settings = ("defaults", "equal") if args.setting == "both" else (args.setting,)
    rows: dict[str, list[tuple[float, float, float, float, float]]] = {
        f"{c} {s}": [] for s in settings for c, _ in codes
    }
    with TimedHosts(20, latency) as hosts, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        urls = hosts.urls(args.urls)
        for _ in range(args.repeat):
            for setting, (code_name, src) in [(s, c) for s in settings for c in codes]:
                if src is None:
                    os.environ.pop("PYTHONPATH", None)
                else:
                    os.environ["PYTHONPATH"] = src
                hosts.reset()
                db = sbs.prepare_claims_db(work, urls)
                argv = [args.python, "-m", "claims", "--db", db, "check", "--allow-private"]
                argv += ["--no-archive", "--json", "--fail-on", "never", *args.extra]
                if setting == "equal":
                    argv += ["--concurrency", "64", "--per-host", "64", "--host-interval", "0"]
                spawned = time.perf_counter()
                wall, cpu, rss, code = sbs.timed(argv, cwd=work, stdout=work / "out.json")
                ended = spawned + wall
                Path(db.removeprefix("sqlite:///")).unlink()
                if hosts.first is None or hosts.last is None:
                    raise SystemExit(f"claims check sent no request (exit {code})")
                start = hosts.first - latency - spawned
                net = hosts.last - hosts.first + latency
                end = ended - hosts.last
                rows[f"{code_name} {setting}"].append((wall, start, net, end, cpu))
                print(
                    f"{code_name:7} {setting:8} wall {wall:5.2f} s = start {start:4.2f}"
                    f" + network {net:4.2f} + end {end:4.2f}; CPU {cpu:4.2f} s, {rss:3.0f} MiB,"
                    f" exit {code}",
                    flush=True,
                )
    for setting, got in rows.items():
        med = [statistics.median(col) for col in zip(*got, strict=True)]
        print(
            f"{setting:16} median wall {med[0]:.2f} start {med[1]:.2f} network {med[2]:.2f}"
            f" end {med[3]:.2f} CPU {med[4]:.2f}"
        )
    return 0


# what `claims check` imports before its first request, and its large libraries alone
IMPORTS = {
    "python alone": "",
    "sqlalchemy": "sqlalchemy",
    "aiohttp, as claims imports it (no CA bundle)": "claims.linkcheck.client",
    "typer": "typer",
    "claims check, all of it": "claims.cli, claims.cli.check",
}


def print_import_floor(python: str, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, modules in IMPORTS.items():
            code = f"import gc; gc.disable(); import {modules}" if modules else "pass"
            walls = [
                sbs.timed([python, "-c", code], cwd=Path(tmp))[0] for _ in range(max(repeat, 3))
            ]
            print(f"import floor: {name:45} {statistics.median(walls):.3f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
