"""Start-up time of every command: ``claims --version``, ``claims --help`` and each ``--help``.

Usage: python benchmarks/startup.py [--repeat 7] [--import-times]

Each is a fresh ``python -m claims …`` process (what a shell runs), timed from spawn to exit;
the median and the fastest wall time of ``--repeat`` runs, the median CPU time, and the
modules imported are printed. The
bare interpreter (``python -c pass``) and ``import typer`` are measured the same way, for
scale: ``claims --help`` can be no faster than typer's import. ``--import-times`` prints the
slowest imports of ``claims --help`` (``python -X importtime``).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time

TARGET_S = 0.3  # `claims --help` and `claims --version` must start within this


def _commands() -> list[str]:
    import typer.main

    from claims.cli import app

    root = typer.main.get_command(app)
    out: list[str] = []

    def walk(prefix: str, cmd: object) -> None:
        if hasattr(cmd, "list_commands"):
            for name in cmd.list_commands(None):
                walk(f"{prefix} {name}".strip(), cmd.get_command(None, name))  # type: ignore[attr-defined]
        else:
            out.append(prefix)

    walk("", root)
    return out


def _time(argv: list[str], repeat: int) -> tuple[float, float, float]:
    """Median and fastest wall time, and the median CPU time (user + system) of the child:
    on a shared machine the CPU time moves far less with the load than the wall time."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), min(walls), statistics.median(cpus)


def _modules(args: list[str]) -> int:
    code = (
        "import sys; from claims.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        "print(len(sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    return int(done.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--import-times", action="store_true")
    options = parser.parse_args()
    python = sys.executable
    rows: list[tuple[str, float, float, float, str]] = []
    runs: list[tuple[str, list[str], list[str] | None]] = [
        ("python -c pass", [python, "-c", "pass"], None),
        ("python -c 'import typer'", [python, "-c", "import typer"], None),
    ]
    for args in (["--version"], ["--help"], *([*c.split(), "--help"] for c in _commands())):
        runs.append(("claims " + " ".join(args), [python, "-m", "claims", *args], args))
    width = max(len(label) for label, _, _ in runs)
    print(f"{'command':<{width}}  median s  fastest s  cpu s  modules", flush=True)
    for label, argv, args in runs:
        median, best, cpu = _time(argv, options.repeat)
        modules = "" if args is None else str(_modules(args))
        rows.append((label, median, best, cpu, modules))
        print(f"{label:<{width}}  {median:8.3f}  {best:9.3f}  {cpu:5.3f}  {modules:>7}", flush=True)
    typer_s = rows[1][1]
    for label in ("claims --version", "claims --help"):
        median, cpu = next((r[1], r[3]) for r in rows if r[0] == label)
        verdict = "within" if median < TARGET_S else "OVER"
        print(
            f"{label}: {median:.3f} s median wall ({cpu:.3f} s CPU), {verdict} the"
            f" {TARGET_S} s target; {median / typer_s:.2f} x `import typer` in this run"
        )
    if options.import_times:
        done = subprocess.run(
            [python, "-X", "importtime", "-m", "claims", "--help"],
            check=False,
            capture_output=True,
            text=True,
        )
        lines = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
        parsed = []
        for line in lines[1:]:  # the first is the header
            parts = line.split("|")
            parsed.append((int(parts[1]), parts[2].strip()))
        print("slowest imports of claims --help (cumulative µs):")
        for cumulative, name in sorted(parsed, reverse=True)[:15]:
            print(f"  {cumulative:>9,}  {name}")


if __name__ == "__main__":
    main()
