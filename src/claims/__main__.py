"""Entry point for ``python -m claims``."""

from __future__ import annotations

from claims.cli import main

if __name__ == "__main__":
    main()
