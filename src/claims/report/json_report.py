"""The report as JSON: a documented, versioned contract (``report.schema.json`` beside this)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

from claims.report.summary import ClaimRow, Report, SourceRef
from claims.repository.verifications import ArchivedCopy

REPORT_VERSION = 1
SCHEMA_FILE = "report.schema.json"


def iso_datetime(value: dt.datetime | None) -> str | None:
    """UTC, to the second, with a Z: ``2016-05-26T12:00:00Z``."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _source(ref: SourceRef) -> dict[str, Any]:
    return {"key": ref.key, "title": ref.title, "url": ref.url, "health": ref.state}


def _claim(row: ClaimRow) -> dict[str, Any]:
    last = None
    if row.last_verdict is not None:
        last = {
            "verdict": row.last_verdict.value,
            "by": row.last_reviewer,
            "at": iso_datetime(row.last_verified_at),
        }
    return {
        "key": row.key,
        "document": row.document,
        "status": row.status.value,
        "statement": row.statement,
        "sources": row.sources,
        "last_verification": last,
    }


def _copy(copy: ArchivedCopy) -> dict[str, Any]:
    return {
        "source": copy.source_key,
        "url": copy.url,
        "health": copy.health.value,
        "service": copy.service,
        "archive_url": copy.archive_url,
        "archived_at": iso_datetime(copy.archived_at),
        "original_status": copy.original_status,
    }


def report_to_json(report: Report) -> dict[str, Any]:
    return {
        "report_version": REPORT_VERSION,
        "generated_at": iso_datetime(report.generated_at),
        "document": report.document,
        "documents": [
            {"key": d.key, "title": d.title, "claims": d.claims, "sources": d.sources}
            for d in report.documents
        ],
        "summary": {
            "claims": report.total_claims,
            "sources": report.total_sources,
            "links": len(report.links),
            "claims_by_status": {s.value: n for s, n in report.claims_by_status.items()},
            "sources_by_health": dict(report.sources_by_health),
            "claims_at_risk": len(report.claims_at_risk),
            "sources_without_accessed": len(report.sources_without_accessed),
            "lint_findings": None if report.lint is None else len(report.lint),
            "archived_copies": len(report.archived_copies),
            "review_flags": len(report.review_flags),
        },
        "claims": [_claim(row) for row in report.claims],
        "claims_at_risk": [
            {
                "key": c.key,
                "document": c.document,
                "status": c.status.value,
                "statement": c.statement,
                "reason": c.reason.value,
                "sources": [_source(s) for s in c.sources],
            }
            for c in report.claims_at_risk
        ],
        "sources_without_accessed": [_source(s) for s in report.sources_without_accessed],
        "lint": (
            None
            if report.lint is None
            else [
                {
                    "rule": f.rule,
                    "subject": f.subject,
                    "key": f.key,
                    "field": f.field,
                    "message": f.message,
                }
                for f in report.lint
            ]
        ),
        "review_flags": [
            {
                "subject": f.target,
                "key": f.key,
                "document": f.document,
                "field": f.field,
                "reason": f.reason,
                "detail": f.detail,
                "footnote": f.footnote,
                "raised_at": iso_datetime(f.created_at),
            }
            for f in report.review_flags
        ],
        "archived_copies": [_copy(c) for c in report.archived_copies],
        "links": [
            {
                "url": link.url,
                "health": link.health.value,
                "last_checked_at": iso_datetime(link.last_checked_at),
                "sources": list(link.sources),
            }
            for link in report.links
        ],
    }


def render_json(report: Report) -> str:
    return json.dumps(report_to_json(report), indent=2, ensure_ascii=False) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every ``--format json`` output satisfies."""
    text = resources.files("claims.report").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
