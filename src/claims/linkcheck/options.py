"""Settings of a link check run, each default carrying its unit."""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims import PROJECT_URL, __version__

DEFAULT_CONCURRENCY = 32
DEFAULT_PER_HOST = 2
# at most twenty request starts a second to one host (LinkChecker allows ten)
DEFAULT_HOST_INTERVAL_S = 0.05
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_REDIRECTS = 10
DEFAULT_MAX_RETRIES = 2
DEFAULT_BACKOFF_BASE_S = 1.0
DEFAULT_BACKOFF_MAX_S = 30.0
DEFAULT_RETRY_AFTER_CAP_S = 60.0
# the most one URL may take, retries and Retry-After waits included (never less than timeout)
DEFAULT_TOTAL_TIMEOUT_S = 60.0
# a round's worker (claims.linkcheck.workers): links leased at a time, and for how long
DEFAULT_WORKER_BATCH = 100
DEFAULT_WORKER_LEASE = dt.timedelta(seconds=60)
# enough for <title> and an error page's wording; bodies are never read whole
DEFAULT_BODY_PREFIX_BYTES = 64 * 1024
# compressed bytes read before giving up on a body that inflates to nothing useful
DEFAULT_RAW_BODY_CAP_BYTES = 1024 * 1024
DEFAULT_RECHECK_AFTER = dt.timedelta(hours=24)
DEFAULT_DEAD_AFTER_CHECKS = 3
DEFAULT_DEAD_AFTER_SPAN = dt.timedelta(days=3)
DEFAULT_DRIFT_THRESHOLD = 0.5  # title similarity (0..1) below which a page has drifted
DEFAULT_SOFT_404_SIMILARITY = 0.9  # page vs random-sibling similarity that means "same page"
# distinct hosts that must all fail to resolve or connect before we call ourselves offline
DEFAULT_OFFLINE_HOSTS = 3
DEFAULT_ARCHIVE_ENDPOINT = "https://archive.org/wayback/available"
DEFAULT_ARCHIVE_TIMEOUT_S = 20.0


def default_user_agent() -> str:
    """``claims/VERSION (+PROJECT_URL)``: identifies us to site operators."""
    return f"claims/{__version__} (+{PROJECT_URL})"


@dataclass(frozen=True)
class HealthPolicy:
    """When a run of failures turns a link from suspect to dead."""

    dead_after_checks: int = DEFAULT_DEAD_AFTER_CHECKS
    dead_after_span: dt.timedelta = DEFAULT_DEAD_AFTER_SPAN

    def __post_init__(self) -> None:
        if self.dead_after_checks < 1:
            raise ValueError("dead_after_checks must be at least 1")
        if self.dead_after_span < dt.timedelta(0):
            raise ValueError("dead_after_span must not be negative")


@dataclass(frozen=True)
class HostRule:
    """Per-host overrides of the run's per-host limit and interval (from a config file)."""

    per_host: int | None = None
    interval_s: float | None = None


@dataclass(frozen=True)
class CheckOptions:
    """Everything that shapes one run of the checker; immutable once built."""

    concurrency: int = DEFAULT_CONCURRENCY
    per_host: int = DEFAULT_PER_HOST
    host_interval_s: float = DEFAULT_HOST_INTERVAL_S
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base_s: float = DEFAULT_BACKOFF_BASE_S
    backoff_max_s: float = DEFAULT_BACKOFF_MAX_S
    retry_after_cap_s: float = DEFAULT_RETRY_AFTER_CAP_S
    total_timeout_s: float = DEFAULT_TOTAL_TIMEOUT_S
    body_prefix_bytes: int = DEFAULT_BODY_PREFIX_BYTES
    raw_body_cap_bytes: int = DEFAULT_RAW_BODY_CAP_BYTES
    user_agent: str = field(default_factory=default_user_agent)
    # GET first reads the title in one request; HEAD first saves only a body prefix
    head_first: bool = False
    allow_private: bool = False
    # networks fetched even without allow_private (an intranet range, a test server)
    allow_networks: tuple[str, ...] = ()
    drift_threshold: float = DEFAULT_DRIFT_THRESHOLD
    soft_404_similarity: float = DEFAULT_SOFT_404_SIMILARITY
    detect_soft_404: bool = True
    offline_hosts: int = DEFAULT_OFFLINE_HOSTS
    archive: bool = True
    archive_endpoint: str = DEFAULT_ARCHIVE_ENDPOINT
    archive_timeout_s: float = DEFAULT_ARCHIVE_TIMEOUT_S
    recheck_after: dt.timedelta = DEFAULT_RECHECK_AFTER
    force: bool = False
    health: HealthPolicy = field(default_factory=HealthPolicy)
    # URLs matching any of these (re.search) are not fetched: recorded as skipped
    exclude: tuple[str, ...] = ()
    # statuses that count as success besides 2xx (e.g. 403 for a site that walls every bot)
    accept: frozenset[int] = frozenset()
    # per-host overrides, by lower-case host name
    host_rules: tuple[tuple[str, HostRule], ...] = ()

    def __post_init__(self) -> None:
        positive = {
            "concurrency": self.concurrency,
            "per_host": self.per_host,
            "timeout_s": self.timeout_s,
            "total_timeout_s": self.total_timeout_s,
            "body_prefix_bytes": self.body_prefix_bytes,
            "raw_body_cap_bytes": self.raw_body_cap_bytes,
            "offline_hosts": self.offline_hosts,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value}")
        non_negative = {
            "host_interval_s": self.host_interval_s,
            "max_redirects": self.max_redirects,
            "max_retries": self.max_retries,
            "backoff_base_s": self.backoff_base_s,
            "backoff_max_s": self.backoff_max_s,
            "retry_after_cap_s": self.retry_after_cap_s,
        }
        for name, value in non_negative.items():
            if value < 0:
                raise ValueError(f"{name} must not be negative, got {value}")
        if not 0.0 <= self.drift_threshold <= 1.0:
            raise ValueError("drift_threshold must lie between 0 and 1")
        if not 0.0 <= self.soft_404_similarity <= 1.0:
            raise ValueError("soft_404_similarity must lie between 0 and 1")
        for network in self.allow_networks:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError as exc:
                raise ValueError(f"not a network: {network!r}") from exc
        if self.total_timeout_s < self.timeout_s:
            # one request may always take its --timeout
            object.__setattr__(self, "total_timeout_s", self.timeout_s)
        if self.recheck_after < dt.timedelta(0):
            raise ValueError("recheck_after must not be negative")
        for pattern in self.exclude:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {pattern!r} ({exc})") from exc
        for host, rule in self.host_rules:
            if rule.per_host is not None and rule.per_host <= 0:
                raise ValueError(f"per_host for {host} must be positive")
            if rule.interval_s is not None and rule.interval_s < 0:
                raise ValueError(f"interval for {host} must not be negative")


_DURATION_UNITS_S = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> dt.timedelta:
    """``90s``, ``30m``, ``24h``, ``3d``, ``1w`` (or a bare number of seconds) as a timedelta.

    Raises:
        ValueError: naming the value when it is not a non-negative duration.
    """
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _DURATION_UNITS_S else "s"
    number = value[:-1] if value[-1:] in _DURATION_UNITS_S else value
    try:
        amount = float(number)
    except ValueError:
        raise ValueError(f"not a duration (use e.g. 90s, 30m, 24h, 3d): {text!r}") from None
    if amount < 0 or not math.isfinite(amount):
        raise ValueError(f"not a non-negative duration: {text!r}")
    return dt.timedelta(seconds=amount * _DURATION_UNITS_S[unit])


def parse_status_codes(text: str) -> frozenset[int]:
    """``200..299,403`` as a set of statuses (ranges inclusive, lychee's notation).

    Raises:
        ValueError: naming the part that is not a status or a range of statuses.
    """
    codes: set[int] = set()
    for raw in text.split(","):
        part = raw.strip()
        if not part:
            continue
        low, sep, high = part.partition("..")
        try:
            first = int(low)
            last = int(high) if sep else first
        except ValueError:
            raise ValueError(f"not a status or a range like 200..299: {part!r}") from None
        if not 100 <= first <= last <= 999:
            raise ValueError(f"not a range of HTTP statuses (100..999): {part!r}")
        codes.update(range(first, last + 1))
    return frozenset(codes)


def read_ignore_file(path: Path) -> tuple[str, ...]:
    """One regular expression per line; blank lines and lines starting with # are skipped.

    Raises:
        ValueError: naming the file and line of a pattern that does not compile, or the file
            when it cannot be read.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from exc
    patterns = []
    for number, line in enumerate(lines, 1):
        pattern = line.strip()
        if not pattern or pattern.startswith("#"):
            continue
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{path}:{number}: not a regular expression: {exc}") from None
        patterns.append(pattern)
    return tuple(patterns)


def read_host_config(path: Path) -> tuple[tuple[str, HostRule], ...]:
    """Per-host overrides from a TOML file::

        [hosts."example.org"]
        per_host = 1        # requests in flight at most
        interval = 0.5      # seconds between request starts

    Raises:
        ValueError: naming the file and the key that is wrong.
    """
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML: {exc}") from exc
    unknown = set(data) - {"hosts"}
    if unknown:
        raise ValueError(f"{path}: unknown table or key {sorted(unknown)[0]!r} (only [hosts.NAME])")
    hosts = data.get("hosts", {})
    if not isinstance(hosts, dict):
        raise ValueError(f"{path}: hosts must be a table of [hosts.NAME] tables")
    rules = []
    for host, table in hosts.items():
        where = f"{path}: hosts.{host}"
        if not isinstance(table, dict):
            raise ValueError(f"{where} must be a table")
        extra = set(table) - {"per_host", "interval"}
        if extra:
            raise ValueError(f"{where}: unknown key {sorted(extra)[0]!r} (per_host, interval)")
        per_host = table.get("per_host")
        interval = table.get("interval")
        if per_host is not None and (
            not isinstance(per_host, int) or isinstance(per_host, bool) or per_host <= 0
        ):
            raise ValueError(f"{where}.per_host must be a positive whole number")
        if interval is not None and (
            not isinstance(interval, int | float) or isinstance(interval, bool) or interval < 0
        ):
            raise ValueError(f"{where}.interval must be a number of seconds, not negative")
        rules.append(
            (
                host.lower().rstrip("."),
                HostRule(per_host, float(interval) if interval is not None else None),
            )
        )
    return tuple(rules)
