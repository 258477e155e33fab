"""Slow HTTP hosts on loopback addresses for link-checker benchmarks (127.0.0.1 … 127.0.0.N).

Each host answers every request after a fixed latency and counts the requests it has in flight,
so a benchmark can report the peak per host as the server saw it. Like a real site, it serves
its pages (``/page/N`` for the URLs handed out, each with its own title and text) and answers
404 for any other path, such as the made-up sibling URL a soft-404 check asks for.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

ROBOTS_PATH = "/robots.txt"


@dataclass
class HostStats:
    in_flight: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    peak: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    requests: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    methods: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    not_found: int = 0  # requests for paths that are not pages
    first_at: float | None = None  # time.monotonic() of the first and the last request
    last_at: float | None = None

    def reset(self) -> None:
        self.first_at = self.last_at = None
        self.in_flight.clear()
        self.peak.clear()
        self.requests.clear()
        self.methods.clear()
        self.not_found = 0

    @property
    def peak_per_host(self) -> int:
        return max(self.peak.values(), default=0)

    @property
    def total_requests(self) -> int:
        return sum(self.requests.values())


class LoopbackHosts:
    """N hosts on 127.0.0.1 … 127.0.0.N, one port, answering after ``latency_s``."""

    def __init__(self, hosts: int = 20, latency_s: float = 0.1) -> None:
        self.addresses = [f"127.0.0.{i}" for i in range(1, hosts + 1)]
        self.latency_s = latency_s
        self.stats = HostStats()
        self.pages = 0  # /page/0 … /page/(pages - 1) exist, over all hosts
        self.port = _free_port(self.addresses)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._servers: list[asyncio.Server] = []

    def urls(self, count: int) -> list[str]:
        self.pages = max(self.pages, count)
        return [
            f"http://{self.addresses[i % len(self.addresses)]}:{self.port}/page/{i}"
            for i in range(count)
        ]

    def __enter__(self) -> LoopbackHosts:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _start(self) -> None:
        for address in self.addresses:
            server = await asyncio.start_server(
                lambda r, w, a=address: self._serve(a, r, w), address, self.port, backlog=1024
            )
            self._servers.append(server)

    async def _stop(self) -> None:
        for server in self._servers:
            server.close()
            await server.wait_closed()

    async def _serve(
        self, host: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while True:
                request_line = await reader.readline()
                if not request_line:
                    break
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                method, path, _ = request_line.decode("latin-1").split(" ", 2)
                if path == ROBOTS_PATH:
                    await self._reply(writer, method, 404, b"not found")
                    continue
                self.stats.last_at = time.monotonic()
                if self.stats.first_at is None:
                    self.stats.first_at = self.stats.last_at
                self.stats.in_flight[host] += 1
                self.stats.requests[host] += 1
                self.stats.methods[method] += 1
                self.stats.peak[host] = max(self.stats.peak[host], self.stats.in_flight[host])
                try:
                    await asyncio.sleep(self.latency_s)
                finally:
                    self.stats.in_flight[host] -= 1
                number = path.removeprefix("/page/")
                if path.startswith("/page/") and number.isdigit() and int(number) < self.pages:
                    title = f"Article {number} on {host}"
                    body = (
                        f"<html><head><title>{title}</title></head>"
                        f"<body><h1>{title}</h1><p>The text of article {number}.</p></body></html>"
                    )
                    await self._reply(writer, method, 200, body.encode())
                else:
                    self.stats.not_found += 1
                    page = "<html><head><title>Not found</title></head><body>No such page.</body>"
                    await self._reply(writer, method, 404, (page + "</html>").encode())
        except (ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    @staticmethod
    async def _reply(writer: asyncio.StreamWriter, method: str, status: int, body: bytes) -> None:
        reason = "OK" if status == 200 else "Not Found"
        head = (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nLinkChecker: benchmark\r\n\r\n"
        )
        writer.write(head.encode() + (b"" if method == "HEAD" else body))
        await writer.drain()


def _free_port(addresses: list[str]) -> int:
    for _ in range(50):
        probe = socket.socket()
        probe.bind((addresses[0], 0))
        port = int(probe.getsockname()[1])
        probe.close()
        try:
            for address in addresses:
                s = socket.socket()
                s.bind((address, port))
                s.close()
        except OSError:
            continue
        return port
    raise RuntimeError("no port free on every loopback address")
