"""Link checker throughput: 2,000 URLs over 20 loopback hosts that answer after 100 ms.

Prints, for each mode, the wall time, its ratio to the ideal bound
(URLs × latency ÷ effective concurrency), the requests sent, the peak number of requests
in flight per host as the servers saw it, and the checker's peak memory (max RSS).

    PYTHONPATH=src python benchmarks/linkcheck_bench.py [--urls 2000] [--hosts 20]

The servers run in a process of their own so they do not share the checker's CPU or memory;
each mode runs in a fresh process so its peak memory is its own. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

LATENCY_S = 0.1
ROOT = Path(__file__).resolve().parent.parent


# --- the servers (run with --serve) ------------------------------------------------------


def serve(hosts: int, latency_s: float) -> None:
    in_flight: dict[str, int] = defaultdict(int)
    peak: dict[str, int] = defaultdict(int)
    requests: dict[str, int] = defaultdict(int)

    async def handle(host: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await reader.readline()
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            method, target, _ = line.decode("latin-1").split()
            if target == "/__stats":
                body = json.dumps({"peak": dict(peak), "requests": dict(requests)}).encode()
                peak.clear()
                requests.clear()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
                return
            in_flight[host] += 1
            requests[host] += 1
            peak[host] = max(peak[host], in_flight[host])
            try:
                await asyncio.sleep(latency_s)
                if "claims-probe-" in target:
                    status, title = "404 Not Found", "Not found"
                else:
                    status, title = "200 OK", f"Article {target}"
                body = (
                    f"<!doctype html><html><head><title>{title}</title></head>"
                    f"<body><p>{title}: some text.</p></body></html>"
                ).encode()
                head = (
                    f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                ).encode()
                writer.write(head if method == "HEAD" else head + body)
                await writer.drain()
            finally:
                in_flight[host] -= 1
        except (ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        ports = {}
        for i in range(1, hosts + 1):
            host = f"127.0.0.{i}"
            server = await asyncio.start_server(
                lambda r, w, h=host: handle(h, r, w), host, 0, backlog=1024
            )
            ports[host] = server.sockets[0].getsockname()[1]
        print(json.dumps(ports), flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        threading.Thread(
            target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stop.set)), daemon=True
        ).start()
        await stop.wait()

    asyncio.run(main())


# --- one measured mode (run with --mode) -------------------------------------------------


def urls_for(ports: dict[str, int], count: int) -> list[str]:
    hosts = sorted(ports)
    return [
        f"http://{hosts[i % len(hosts)]}:{ports[hosts[i % len(hosts)]]}/articles/{i}"
        for i in range(count)
    ]


def run_mode(mode: str, ports: dict[str, int], count: int, knobs: dict[str, float]) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from claims.linkcheck import CheckOptions, CheckResult, CheckTarget
    from claims.linkcheck.checker import Checker

    options = CheckOptions(
        allow_private=True, archive=False, head_first=mode != "get-only", **knobs
    )
    urls = urls_for(ports, count)
    outcomes: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    if mode == "service+sqlite":
        from claims.db import Database
        from claims.enums import SourceKind
        from claims.linkcheck.service import check_links
        from claims.models import Source

        with tempfile.TemporaryDirectory() as tmp:
            database = Database(f"sqlite:///{tmp}/bench.db")
            with database.session() as session:
                session.add_all(
                    Source(key=f"s{i}", kind=SourceKind.WEB_PAGE, url=url)
                    for i, url in enumerate(urls)
                )
            started = time.perf_counter()
            report = check_links(database, options=options)
            for link in report.links:
                outcomes[link.result.outcome.value] += 1
            database.dispose()
    else:

        async def go() -> None:
            async def sink(result: CheckResult) -> None:
                outcomes[result.outcome.value] += 1

            async with Checker(options) as checker:
                await checker.run([CheckTarget(u) for u in urls], sink)

        asyncio.run(go())
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    maxrss_mib = usage.ru_maxrss / 1024
    cpu_s = usage.ru_utime + usage.ru_stime
    print(
        json.dumps(
            {
                "wall_s": wall,
                "maxrss_mib": maxrss_mib,
                "cpu_s": cpu_s,
                "outcomes": outcomes,
                "concurrency": options.concurrency,
                "per_host": options.per_host,
                "host_interval_s": options.host_interval_s,
            }
        )
    )


# --- the driver --------------------------------------------------------------------------


def fetch_stats(ports: dict[str, int]) -> dict[str, dict[str, int]]:
    import urllib.request

    host, port = next(iter(ports.items()))
    with urllib.request.urlopen(f"http://{host}:{port}/__stats", timeout=5) as answer:
        stats: dict[str, dict[str, int]] = json.load(answer)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--modes", default="head+get,get-only,service+sqlite")
    parser.add_argument("--concurrency", type=int, help="default: the checker's (32)")
    parser.add_argument("--per-host", type=int, help="default: the checker's (2)")
    parser.add_argument("--host-interval-ms", type=float, help="default: the checker's (50)")
    parser.add_argument("--knobs", default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--ports", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, LATENCY_S)
        return
    if args.mode:
        run_mode(args.mode, json.loads(args.ports), args.urls, json.loads(args.knobs))
        return

    knobs: dict[str, float] = {}
    if args.concurrency is not None:
        knobs["concurrency"] = args.concurrency
    if args.per_host is not None:
        knobs["per_host"] = args.per_host
    if args.host_interval_ms is not None:
        knobs["host_interval_s"] = args.host_interval_ms / 1000
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--hosts", str(args.hosts)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert server.stdout is not None
    assert server.stdin is not None
    ports = json.loads(server.stdout.readline())
    print(
        f"linkcheck benchmark: {args.urls} URLs over {args.hosts} loopback hosts, "
        f"{LATENCY_S * 1000:.0f} ms per answer; {os.cpu_count()} CPUs; "
        f"{time.strftime('%Y-%m-%d')}; load average {os.getloadavg()[0]:.2f} at start"
    )
    header = (
        f"{'mode':<16}{'wall s':>8}{'ideal s':>9}{'ratio':>7}{'requests':>10}"
        f"{'req ideal s':>12}{'peak/host':>10}{'CPU s':>7}{'max RSS MiB':>12}"
    )
    print(header)
    try:
        for mode in args.modes.split(","):
            done = subprocess.run(
                [sys.executable, __file__, "--mode", mode, "--ports", json.dumps(ports),
                 "--urls", str(args.urls), "--knobs", json.dumps(knobs)],
                capture_output=True, text=True, env=env, check=True,
            )  # fmt: skip
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            stats = fetch_stats(ports)
            requests = sum(stats["requests"].values())
            peak = max(stats["peak"].values())
            per_host_rate = min(
                figures["per_host"], LATENCY_S / max(figures["host_interval_s"], 1e-9)
            )
            effective = min(figures["concurrency"], args.hosts * per_host_rate)
            ideal = args.urls * LATENCY_S / effective
            request_ideal = requests * LATENCY_S / effective
            print(
                f"{mode:<16}{figures['wall_s']:>8.2f}{ideal:>9.2f}"
                f"{figures['wall_s'] / ideal:>7.2f}{requests:>10}{request_ideal:>12.2f}"
                f"{peak:>10}{figures['cpu_s']:>7.1f}{figures['maxrss_mib']:>12.1f}"
            )
            bad = {k: v for k, v in figures["outcomes"].items() if k != "ok"}
            if bad:
                print(f"  unexpected outcomes: {bad}")
    finally:
        server.stdin.close()
        server.wait(10)
    print(
        "ideal = URLs × latency ÷ effective concurrency, effective = min(concurrency, "
        "hosts × min(per-host, latency ÷ host interval)); requests include HEADs and one "
        "soft-404 probe per host directory"
    )


if __name__ == "__main__":
    main()
