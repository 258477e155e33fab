"""The guard that keeps tests on loopback works."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkGuardError, _violations


def test_public_address_is_refused() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkGuardError):
        sock.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
    sock.close()
    _violations.clear()  # this refusal was the point of the test


def test_public_name_lookup_is_refused() -> None:
    with pytest.raises(NetworkGuardError):
        socket.getaddrinfo("example.com", 80)
    _violations.clear()


def test_invalid_names_fail_like_a_resolver() -> None:
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("nowhere.invalid", 80)


def test_loopback_is_allowed() -> None:
    server = socket.socket()
    server.bind(("127.0.0.3", 0))
    server.listen()
    client = socket.create_connection(server.getsockname(), timeout=2)
    client.close()
    server.close()
