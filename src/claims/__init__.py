"""claims: a structured citation-and-claims database."""

from __future__ import annotations

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/claims-project/claims"
