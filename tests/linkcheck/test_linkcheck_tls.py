"""https checks against a real TLS server on loopback, with a test CA named by SSL_CERT_FILE.

The engine verifies servers with a context built when a run first needs one (claims.linkcheck
.tls), not with the contexts aiohttp made at its import, which trust nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import os
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from linkcheck_servers import Servers, html
from linkcheck_support import run_checks

from claims.enums import CheckOutcome
from claims.linkcheck import CheckOptions, CheckTarget
from claims.linkcheck.checker import Checker
from claims.linkcheck.tls import default_ca_paths_blank

x509 = pytest.importorskip("cryptography.x509")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

TLS_HOST = "127.0.0.8"
OPTIONS = CheckOptions(allow_private=True, timeout_s=2.0, host_interval_s=0.0, archive=False)


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: tuple[str, ec.EllipticCurvePrivateKey]
) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer[0]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
    )


def _write_ca(tmp: Path, name: str) -> tuple[Path, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        _certificate(name, key, (name, key))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp / f"{name}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """An https page on TLS_HOST whose certificate a test CA issued: (URL, that CA's file,
    another CA's file)."""
    tmp = tmp_path_factory.mktemp("tls")
    ca_file, ca_key = _write_ca(tmp, "claims-test-ca")
    other_ca, _ = _write_ca(tmp, "claims-other-ca")
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        _certificate(TLS_HOST, key, ("claims-test-ca", ca_key))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(TLS_HOST))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    chain = tmp / "server.pem"
    chain.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        + leaf.public_bytes(serialization.Encoding.PEM)
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain)
    page = html("Over TLS").body
    assert isinstance(page, bytes)

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await reader.readline()
            while (await reader.readline()) not in (b"\r\n", b""):
                pass
            # the page, and a 404 for any other path (the soft-404 probe's)
            found = request_line.split(b" ")[1:2] == [b"/page"]
            body = page if found else b"no such page"
            writer.write(
                (b"HTTP/1.1 200 OK\r\n" if found else b"HTTP/1.1 404 Not Found\r\n")
                + b"Content-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    server = asyncio.run_coroutine_threadsafe(
        asyncio.start_server(serve, TLS_HOST, 0, ssl=context), loop
    ).result(10)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"https://{TLS_HOST}:{port}/page", ca_file, other_ca
    finally:

        async def close() -> None:
            server.close()

        asyncio.run_coroutine_threadsafe(close(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def _check(url: str, servers: Servers) -> dict[str, CheckOutcome]:
    alive = servers.route(servers.hosts[0], "/alive", html("Alive"))  # online, whatever https does
    return {u: r.outcome for u, r in run_checks([url, alive], OPTIONS).items()}


def test_https_page_is_verified_with_the_ca_bundle_of_the_environment(
    tls_server: tuple[str, Path, Path], servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_file, _ = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    assert _check(url, servers)[url] is CheckOutcome.OK


def test_https_page_of_an_untrusted_issuer_is_a_tls_error(
    tls_server: tuple[str, Path, Path], servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _, other_ca = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(other_ca))
    assert _check(url, servers)[url] is CheckOutcome.TLS_ERROR


def test_a_run_without_https_loads_no_ca_bundle(servers: Servers) -> None:
    alive = servers.route(servers.hosts[0], "/plain", html("Plain"))

    async def go() -> bool:
        async def sink(_result: object) -> None:
            return None

        async with Checker(OPTIONS) as checker:
            await checker.run([CheckTarget(alive)], sink)
            return checker.engine.tls_loading

    assert asyncio.run(go()) is False


def test_blank_ca_paths_restore_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", "/somewhere/ca.pem")
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with default_ca_paths_blank():
        assert ssl.create_default_context().cert_store_stats()["x509_ca"] == 0
    assert os.environ["SSL_CERT_FILE"] == "/somewhere/ca.pem"
    assert "SSL_CERT_DIR" not in os.environ
