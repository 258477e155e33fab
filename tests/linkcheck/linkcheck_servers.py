"""Real HTTP servers on several loopback addresses, standing for several hosts (test helper)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

HOSTS = tuple(f"127.0.0.{i}" for i in range(2, 8))


@dataclass
class Request:
    host: str
    method: str
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class Response:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Callable[[], AsyncIterator[bytes]] = b""
    delay_s: float = 0.0


Handler = Callable[[Request], Awaitable[Response] | Response]


def html(title: str, text: str = "", status: int = 200, **headers: str) -> Response:
    body = f"<!doctype html><html><head><title>{title}</title></head><body>{text}</body></html>"
    return Response(status, {"Content-Type": "text/html; charset=utf-8", **headers}, body.encode())


class Servers:
    """One asyncio HTTP/1.1 server per loopback address, in a background thread.

    Routes are ``(host, path) -> handler``; a handler for ``(host, "*")`` answers every
    other path of that host. The servers count requests in flight per host, so tests can
    see the per-host limit from the server's side.
    """

    def __init__(self, hosts: tuple[str, ...] = HOSTS) -> None:
        self.hosts = hosts
        self.ports: dict[str, int] = {}
        self.routes: dict[tuple[str, str], Handler] = {}
        self.log: list[Request] = []
        self.in_flight: dict[str, int] = defaultdict(int)
        self.peak: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._servers: list[asyncio.Server] = []

    # -- lifecycle --------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)

    async def _start(self) -> None:
        for host in self.hosts:
            server = await asyncio.start_server(lambda r, w, h=host: self._serve(h, r, w), host, 0)
            self.ports[host] = server.sockets[0].getsockname()[1]
            self._servers.append(server)

    def stop(self) -> None:
        async def close() -> None:
            for server in self._servers:
                server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    # -- helpers for tests ------------------------------------------------------------
    def url(self, host: str, path: str) -> str:
        return f"http://{host}:{self.ports[host]}{path}"

    def route(self, host: str, path: str, handler: Handler | Response) -> str:
        if isinstance(handler, Response):
            fixed = handler
            self.routes[(host, path)] = lambda _req: fixed
        else:
            self.routes[(host, path)] = handler
        return self.url(host, path)

    def requests(self, host: str | None = None, path: str | None = None) -> list[Request]:
        with self._lock:
            return [
                r
                for r in self.log
                if (host is None or r.host == host)
                and (path is None or r.path.split("?", 1)[0] == path)
            ]

    def reset(self) -> None:
        with self._lock:
            self.routes.clear()
            self.log.clear()
            self.in_flight.clear()
            self.peak.clear()

    # -- serving ----------------------------------------------------------------------
    async def _serve(
        self, host: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        counted = False
        try:
            line = await reader.readline()
            parts = line.decode("latin-1").split()
            if len(parts) != 3:
                writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                return
            method, target, _version = parts
            headers: dict[str, str] = {}
            while True:
                raw = await reader.readline()
                if raw in (b"\r\n", b"\n", b""):
                    break
                name, _, value = raw.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            request = Request(host, method, target, headers, time.monotonic())
            with self._lock:
                self.log.append(request)
                self.in_flight[host] += 1
                self.peak[host] = max(self.peak[host], self.in_flight[host])
                counted = True
            path = target.split("?", 1)[0]
            handler = self.routes.get((host, path)) or self.routes.get((host, "*"))
            if handler is None:
                response = Response(404, {"Content-Type": "text/plain"}, b"no route")
            else:
                answer = handler(request)
                response = await answer if asyncio.iscoroutine(answer) else answer  # type: ignore[assignment]
            if response.delay_s:
                await asyncio.sleep(response.delay_s)
            await self._write(writer, method, response)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            if counted:
                with self._lock:
                    self.in_flight[host] -= 1
            try:
                writer.close()
                await writer.wait_closed()
            except (ConnectionError, OSError):
                pass

    async def _write(self, writer: asyncio.StreamWriter, method: str, response: Response) -> None:
        headers = {"Connection": "close", **response.headers}
        streaming = callable(response.body)
        if not streaming:
            assert isinstance(response.body, bytes)
            headers.setdefault("Content-Length", str(len(response.body)))
        head = f"HTTP/1.1 {response.status} X\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        writer.write(head.encode("latin-1") + b"\r\n")
        if method == "HEAD":
            await writer.drain()
            return
        if streaming:
            assert callable(response.body)
            async for chunk in response.body():
                writer.write(chunk)
                await writer.drain()
        else:
            assert isinstance(response.body, bytes)
            writer.write(response.body)
            await writer.drain()
