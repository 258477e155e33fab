"""HTTP engine candidates for the link checker, side by side on the same loopback URL list.

2,000 URLs over 20 loopback hosts that answer after 100 ms. Each candidate GETs every URL once
(reading at most a 64 KiB prefix of the body, as the checker does) with a global cap and a
per-host cap on requests in flight, in a fresh process of its own, so its wall time, CPU time
(user + sys) and peak RSS are its own; the servers run in another process.

    python benchmarks/engine_candidates.py [--urls 2000] [--hosts 20] [--concurrency 64]
        [--per-host 64] [--repeat 3] [--only aiohttp,httpx,httpx-per-host,httpx2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PREFIX_BYTES = 64 * 1024


async def _run_all(
    urls: list[str], concurrency: int, fetch: Callable[[str], Awaitable[int]]
) -> int:
    queue = iter(urls)
    ok = 0

    async def worker() -> None:
        nonlocal ok
        for url in queue:
            if await fetch(url) == 200:
                ok += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return ok


async def candidate_aiohttp(urls: list[str], concurrency: int, per_host: int) -> int:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=per_host)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def fetch(url: str) -> int:
            async with session.get(url, allow_redirects=False) as response:
                await response.content.read(PREFIX_BYTES)
                return response.status

        return await _run_all(urls, concurrency, fetch)


async def candidate_httpx(urls: list[str], concurrency: int, per_host: int) -> int:
    import httpx

    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits) as client:

        async def fetch(url: str) -> int:
            async with client.stream("GET", url) as response:
                async for _chunk in response.aiter_raw():
                    break
                return response.status_code

        return await _run_all(urls, concurrency, fetch)


async def candidate_httpx_per_host(urls: list[str], concurrency: int, per_host: int) -> int:
    import httpx

    clients: dict[str, httpx.AsyncClient] = {}
    limits = httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host)

    async def fetch(url: str) -> int:
        host = httpx.URL(url).netloc
        client = clients.get(host)
        if client is None:
            client = clients[host] = httpx.AsyncClient(limits=limits)
        async with client.stream("GET", url) as response:
            async for _chunk in response.aiter_raw():
                break
            return response.status_code

    try:
        return await _run_all(urls, concurrency, fetch)
    finally:
        for client in clients.values():
            await client.aclose()


async def candidate_httpx2(urls: list[str], concurrency: int, per_host: int) -> int:
    import httpx2  # type: ignore[import-not-found]

    limits = httpx2.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency)
    async with httpx2.AsyncClient(limits=limits) as client:

        async def fetch(url: str) -> int:
            async with client.stream("GET", url) as response:
                async for _chunk in response.aiter_raw():
                    break
                return int(response.status_code)

        return await _run_all(urls, concurrency, fetch)


CANDIDATES = {
    "aiohttp": candidate_aiohttp,
    "httpx": candidate_httpx,
    "httpx-per-host": candidate_httpx_per_host,
    "httpx2": candidate_httpx2,
}


def child(args: argparse.Namespace) -> None:
    urls = json.loads(Path(args.url_file).read_text())
    started = time.perf_counter()
    ok = asyncio.run(CANDIDATES[args.child](urls, args.concurrency, args.per_host))
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "ok": ok,
                "wall_s": wall,
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "rss_mib": usage.ru_maxrss / 1024,
            }
        )
    )


def serve(hosts: int, latency_s: float) -> None:
    """Serve in this process until stdin closes; print the port, then stats per request."""
    from loopback_hosts import LoopbackHosts

    with LoopbackHosts(hosts, latency_s) as servers:
        servers.urls(10**6)
        print(servers.port, flush=True)
        for _line in sys.stdin:
            print(json.dumps({"peak": servers.stats.peak_per_host}), flush=True)
            servers.stats.reset()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--per-host", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default=",".join(CANDIDATES))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url-file", help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, args.latency_ms / 1000)
        return 0
    if args.child:
        child(args)
        return 0

    server = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            "--hosts",
            str(args.hosts),
            "--latency-ms",
            str(args.latency_ms),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None
    assert server.stdout is not None
    port = int(server.stdout.readline())
    urls = [f"http://127.0.0.{i % args.hosts + 1}:{port}/page/{i}" for i in range(args.urls)]
    url_file = Path(f"/tmp/engine-candidates-{os.getpid()}.json")
    url_file.write_text(json.dumps(urls))
    bound = args.urls * args.latency_ms / 1000 / min(args.concurrency, args.per_host * args.hosts)
    rows = []
    try:
        for _ in range(args.repeat):
            for name in args.only.split(","):
                proc = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        name,
                        "--url-file",
                        str(url_file),
                        "--concurrency",
                        str(args.concurrency),
                        "--per-host",
                        str(args.per_host),
                    ],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                server.stdin.write("stats\n")
                server.stdin.flush()
                peak = json.loads(server.stdout.readline())["peak"]
                if proc.returncode != 0:
                    print(f"  {name}: failed: {proc.stderr.strip().splitlines()[-1:]}")
                    continue
                row = json.loads(proc.stdout)
                row.update(name=name, peak=peak)
                rows.append(row)
                print(
                    f"  {name:15} wall {row['wall_s']:6.2f} s  cpu {row['cpu_s']:6.2f} s  "
                    f"rss {row['rss_mib']:5.1f} MiB  peak/host {peak}  ok {row['ok']}",
                    file=sys.stderr,
                )
    finally:
        server.stdin.close()
        server.wait(10)
        url_file.unlink()
    print(
        f"\n{args.urls} URLs, {args.hosts} hosts, {args.latency_ms} ms, "
        f"{args.concurrency} in flight, {args.per_host} per host; bound {bound:.2f} s; "
        f"{time.strftime('%Y-%m-%d %H:%M')}, "
        f"load {os.getloadavg()[0]:.1f}\n"
    )
    print("| engine | wall s (best) | wall / bound | CPU s (best) | peak RSS MiB | peak/host |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name in args.only.split(","):
        mine = [r for r in rows if r["name"] == name]
        if not mine:
            continue
        best = min(mine, key=lambda r: r["wall_s"])
        cpu = min(r["cpu_s"] for r in mine)
        rss = max(r["rss_mib"] for r in mine)
        print(
            f"| {name} | {best['wall_s']:.2f} | {best['wall_s'] / bound:.2f} | {cpu:.2f} | "
            f"{rss:.0f} | {best['peak']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
