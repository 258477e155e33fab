"""What the checker may fetch: http(s) only, and public addresses unless told otherwise."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import httpx

ALLOWED_SCHEMES = frozenset({"http", "https"})
MAX_URL_CHARS = 2048
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?$"
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class InvalidUrl(Exception):
    """The URL cannot be fetched as written."""


class PolicyRefusal(Exception):
    """The URL is well formed but policy forbids fetching it."""


class ResolutionFailure(Exception):
    """The host name does not resolve."""


def parse_url(url: str) -> httpx.URL:
    """Parse ``url`` and insist on http(s) with a host; raises InvalidUrl or PolicyRefusal."""
    if len(url) > MAX_URL_CHARS:
        raise InvalidUrl(f"URL longer than {MAX_URL_CHARS} characters")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise InvalidUrl(f"not a valid URL: {exc}") from exc
    if not parsed.scheme:
        raise InvalidUrl("URL has no scheme")
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise PolicyRefusal(f"scheme {parsed.scheme!r} is not checked (http and https only)")
    if not parsed.host:
        raise InvalidUrl("URL has no host")
    raw_host = parsed.raw_host.decode("ascii", "replace")
    if not _HOST.match(raw_host):
        try:
            ipaddress.IPv6Address(raw_host.strip("[]"))
        except ValueError:
            raise InvalidUrl(f"not a valid host name: {parsed.host!r}") from None
    try:
        port = urlsplit(url.strip()).port
    except ValueError as exc:
        raise InvalidUrl(f"not a valid port: {exc}") from exc
    if port == 0:
        raise InvalidUrl("port 0 is not a port")
    return parsed


def is_public_address(address: IPAddress) -> bool:
    """False for loopback, private, link-local, multicast, reserved and other special ranges."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def refuse_address(address: IPAddress, host: str) -> None:
    if not is_public_address(address):
        raise PolicyRefusal(f"{host} resolves to non-public address {address}")


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to; raises ResolutionFailure."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ResolutionFailure(f"cannot resolve {host}: {exc}") from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        # sockaddr[0] is the address text; IPv6 scope ids ("fe80::1%eth0") are dropped
        text = str(sockaddr[0]).split("%", 1)[0]
        addresses.append(ipaddress.ip_address(text))
    if not addresses:
        raise ResolutionFailure(f"{host} has no addresses")
    return addresses


Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]


async def admit(
    url: httpx.URL,
    *,
    allow_private: bool,
    allow_networks: tuple[str, ...] = (),
    resolver: Resolver = resolve,
) -> None:
    """Resolve the URL's host and refuse it unless every address is public.

    Called for the first URL and again for every redirect hop, so a public page cannot
    bounce the checker onto an internal service.
    """
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    addresses = await resolver(host, port)
    if allow_private:
        return
    networks = [ipaddress.ip_network(n, strict=False) for n in allow_networks]
    for address in addresses:
        if any(address in network for network in networks):
            continue
        refuse_address(address, host)


class CachingResolver:
    """Resolves each (host, port) once per run, failures included: a run of 500 URLs on
    one host asks the resolver once, and a host that does not resolve fails fast."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, int], asyncio.Future[list[IPAddress]]] = {}

    async def __call__(self, host: str, port: int) -> list[IPAddress]:
        key = (host.lower(), port)
        future = self._answers.get(key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._answers[key] = future
            try:
                future.set_result(await resolve(host, port))
            except ResolutionFailure as exc:
                future.set_exception(exc)
            except BaseException:
                del self._answers[key]  # cancelled: let the next caller try again
                future.cancel()
                raise
        return await asyncio.shield(future)


async def admitted_addresses(
    host: str,
    port: int,
    *,
    allow_private: bool,
    allow_networks: tuple[str, ...] = (),
    resolver: Resolver = resolve,
) -> list[IPAddress]:
    """The addresses of ``host`` a connection may use: all of them, or a PolicyRefusal.

    The engine connects only to what this returns (from the same per-run resolver the check
    used), so a name that answers differently the second time cannot rebind a connection
    onto an internal address.
    """
    addresses = await resolver(host, port)
    if allow_private:
        return addresses
    networks = [ipaddress.ip_network(n, strict=False) for n in allow_networks]
    for address in addresses:
        if any(address in network for network in networks):
            continue
        refuse_address(address, host)
    return addresses
