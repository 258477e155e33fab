"""CPU per URL of ``claims check``, without its start-up: (CPU at N - CPU at 200) / (N - 200).

Wall times on a shared machine say more about the neighbours than about the checker; CPU time
of the process tree (the check and its text-extraction process) differs less from run to run,
and the difference of two runs removes the start-up (imports, migrations check, the due-links
query). Same loopback hosts as benchmarks/side_by_side.py (20 hosts answering after 100 ms),
64 in flight and 64 per host. ``--python`` runs another checkout's interpreter (for example
main's ``.venv/bin/python``) in the same run, for a before/after ratio. Prints figures.

Usage: python benchmarks/check_cpu.py [--urls 2000] [--repeat 3] [--python PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import side_by_side as sbs
from loopback_hosts import LoopbackHosts

SMALL = 200


def run(python: str, hosts: LoopbackHosts, work: Path, count: int) -> tuple[float, float, float]:
    """CPU s, peak RSS MiB and wall s of one check of ``count`` URLs."""
    db = sbs.prepare_claims_db(work, hosts.urls(count)[:count])
    argv = [python, "-m", "claims", "--db", db, "check", "--allow-private", "--no-archive"]
    argv += ["--json", "--fail-on", "never", "--concurrency", "64", "--per-host", "64"]
    argv += ["--host-interval", "0"]
    wall, cpu, rss, code = sbs.timed(argv, cwd=work, stdout=work / "out.json")
    if code != 0:
        raise SystemExit(f"claims check exited with {code}")
    Path(db.removeprefix("sqlite:///")).unlink()
    return cpu, rss, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    per_url = []
    sbs.compile_claims()
    with LoopbackHosts(20, 0.1) as hosts, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for rep in range(args.repeat):
            small = run(args.python, hosts, work, SMALL)
            large = run(args.python, hosts, work, args.urls)
            ms = (large[0] - small[0]) / (args.urls - SMALL) * 1000
            per_url.append(ms)
            print(
                f"run {rep + 1}: {SMALL} URLs {small[0]:.2f} s CPU, {small[1]:.0f} MiB; "
                f"{args.urls} URLs {large[0]:.2f} s CPU, {large[1]:.0f} MiB, "
                f"{large[2]:.2f} s wall; "
                f"{ms:.3f} ms CPU per URL",
                flush=True,
            )
    print(f"CPU per URL: {min(per_url):.3f} to {max(per_url):.3f} ms over {len(per_url)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
