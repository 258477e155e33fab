"""What the checker may fetch: http(s) only, and public addresses unless told otherwise."""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import idna
from yarl import URL

ALLOWED_SCHEMES = frozenset({"http", "https"})
MAX_URL_CHARS = 2048
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?$"
)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DOTTED_QUAD = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+")
# what ipaddress.IPv4Address accepts of a dotted quad (no leading zeros), without its cost
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_IPV4 = re.compile(rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# in a resolution failure's message when the resolver did not answer (EAI_AGAIN): evidence
# that the network, not the site, is down (see claims.linkcheck.offline)
RESOLVER_OUTAGE = "no answer from the resolver"


class InvalidUrl(Exception):
    """The URL cannot be fetched as written."""


class PolicyRefusal(Exception):
    """The URL is well formed but policy forbids fetching it."""


class ResolutionFailure(Exception):
    """The host name does not resolve."""


def _punycode_decodes(host: str) -> bool:
    """Whether every ``xn--`` label of ``host`` is well-formed Punycode (IDNA 2003 may allow
    what IDNA 2008 forbids, such as emoji: ``xn--ls8h.la``)."""
    for label in host.rstrip(".").split("."):
        if label.lower().startswith("xn--"):
            body = label[4:]
            if not body or body.endswith("-"):
                return False
            try:
                decoded = codecs.decode(body.encode("ascii"), "punycode")
            except (UnicodeError, ValueError):
                return False
            if not decoded or decoded.isascii():
                return False
    return True


def host_text(parsed: URL) -> str:
    """The host as the checker names it: decoded when it starts with an ``xn--`` label, else
    as encoded in the URL (``a.xn--ls8h.la`` stays so). Raises UnicodeError (IDNA 2008)."""
    raw_host = parsed.raw_host or ""
    if raw_host.startswith("xn--"):
        return str(idna.decode(raw_host))
    return raw_host


def _host_text(parsed: URL) -> str:
    """The URL's host, decoded; a host IDNA cannot decode is the URL's failure, not the run's."""
    raw_host = parsed.raw_host or ""
    try:
        host = host_text(parsed)
        if not _punycode_decodes(raw_host):  # only a leading xn-- label is decoded above
            raise ValueError("malformed Punycode in an xn-- label")
        return host
    except (UnicodeError, ValueError) as exc:  # idna.IDNAError and its kin
        if _HOST.match(raw_host) and _punycode_decodes(raw_host):
            raise PolicyRefusal(
                f"host {raw_host!r} is not a valid IDNA 2008 name ({exc}); it is not checked"
            ) from exc
        raise InvalidUrl(f"not a valid host name: {raw_host!r} ({exc})") from exc


def _refuse_as_written(url: str) -> None:
    """What the URL parser would mend but a cited URL must not carry: control characters
    (a tab inside a host name is not dropped), a host IDNA 2008 cannot encode (IDNA 2003
    would) and a dotted quad that is no IPv4 address."""
    control = _CONTROL.search(url)
    if control is not None:
        raise InvalidUrl(
            f"not a valid URL: control character {control.group()!r} at position {control.start()}"
        )
    try:
        split = urlsplit(url.strip())
        hostname = split.hostname or ""
        port = split.port
    except ValueError as exc:
        raise InvalidUrl(f"not a valid port: {exc}") from exc
    if port == 0:
        raise InvalidUrl("port 0 is not a port")
    if not hostname.isascii():
        try:
            idna.encode(hostname)
        except idna.IDNAError as exc:
            raise InvalidUrl(f"not a valid URL: invalid IDNA host name {hostname!r}") from exc
    elif _DOTTED_QUAD.match(hostname) and not _IPV4.fullmatch(hostname):
        try:
            ipaddress.IPv4Address(hostname)
        except ValueError:
            raise InvalidUrl(f"not a valid IPv4 address: {hostname!r}") from None


def parse_url(url: str) -> URL:
    """Parse ``url`` and insist on http(s) with a host; raises InvalidUrl or PolicyRefusal.

    Credentials (``user:pass@``) are dropped from the URL returned: the checker never sends
    a cited URL's user name or password to anyone.
    """
    if len(url) > MAX_URL_CHARS:
        raise InvalidUrl(f"URL longer than {MAX_URL_CHARS} characters")
    _refuse_as_written(url)
    try:
        parsed = URL(url)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise InvalidUrl(f"not a valid URL: {exc}") from exc
    if not parsed.scheme:
        raise InvalidUrl("URL has no scheme")
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise PolicyRefusal(f"scheme {parsed.scheme!r} is not checked (http and https only)")
    if not _host_text(parsed):
        raise InvalidUrl("URL has no host")
    if parsed.raw_user is not None or parsed.raw_password is not None:
        parsed = parsed.with_user(None)
    raw_host = parsed.raw_host or ""
    if not _HOST.match(raw_host):
        try:
            ipaddress.IPv6Address(raw_host.strip("[]"))
        except ValueError:
            raise InvalidUrl(f"not a valid host name: {parsed.host!r}") from None
    return parsed


# IPv6 ranges that carry an IPv4 address in their last 32 bits: the IPv4 address decides
_EMBEDS_IPV4_LOW32 = tuple(
    ipaddress.IPv6Network(n)
    for n in (
        "::/96",  # IPv4-compatible (deprecated): ::127.0.0.1 is ::7f00:1
        "::ffff:0:0:0/96",  # IPv4-translated (SIIT)
        "64:ff9b::/96",  # NAT64, well-known prefix
    )
)
# NAT64 for local use only (RFC 8215): never a public destination
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address stands for: mapped, compatible, translated,
    NAT64, 6to4 and Teredo forms all reach an IPv4 host."""
    found: list[ipaddress.IPv4Address] = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    if any(address in network for network in _EMBEDS_IPV4_LOW32) and int(address) > 1:
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def is_public_address(address: IPAddress) -> bool:
    """False for loopback, private, link-local, multicast, reserved and other special ranges,
    and for IPv6 forms that embed such an IPv4 address (``::7f00:1``, ``2002:7f00:1::1``)."""
    if isinstance(address, ipaddress.IPv6Address):
        if address in _NAT64_LOCAL:
            return False
        embedded = embedded_ipv4(address)
        if embedded:
            return all(is_public_address(inner) for inner in embedded)
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
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:  # no answer at all, not "no such name"
            raise ResolutionFailure(f"cannot resolve {host}: {RESOLVER_OUTAGE} ({exc})") from exc
        raise ResolutionFailure(f"cannot resolve {host}: {exc}") from exc
    except UnicodeError as exc:
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
    url: URL,
    *,
    allow_private: bool,
    allow_networks: tuple[str, ...] = (),
    resolver: Resolver = resolve,
) -> None:
    """Resolve the URL's host and refuse it unless every address is public.

    Called for the first URL and again for every redirect hop, so a public page cannot
    bounce the checker onto an internal service.
    """
    host = host_text(url)
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
