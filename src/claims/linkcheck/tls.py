"""The engine's TLS context: the CA bundle loaded once, when a run has an https URL to fetch.

aiohttp builds two default contexts when it is imported, each loading the system CA bundle
(0.47 G instructions, about 70 ms, of a check's start-up in 2026-12), and the engine used
one of them. It is now imported with OpenSSL's default CA paths pointing at nothing, so those
two load no certificate and are never used: every https request gets ``verified_context()``,
built in a thread (OpenSSL loads the bundle without holding the GIL) as soon as a run knows it
has an https URL, and not at all by a run that has none.
"""

from __future__ import annotations

import contextlib
import os
import ssl
from collections.abc import Iterator


@contextlib.contextmanager
def default_ca_paths_blank() -> Iterator[None]:
    """Within the block, OpenSSL's default CA file and directory (``SSL_CERT_FILE``,
    ``SSL_CERT_DIR``) point at nothing: a context made there trusts no certificate."""
    paths = ssl.get_default_verify_paths()
    names = (paths.openssl_cafile_env, paths.openssl_capath_env)
    saved = {name: os.environ.get(name) for name in names}
    try:
        for name in names:
            os.environ[name] = os.devnull
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def verified_context() -> ssl.SSLContext:
    """What aiohttp's own verified context is: Python's default client context (the CA bundle
    of the environment as it is now, host names checked), speaking HTTP/1.1."""
    context = ssl.create_default_context()
    context.set_alpn_protocols(("http/1.1",))
    return context
