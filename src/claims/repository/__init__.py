"""Query functions over a Session; they never commit (the caller owns the unit of work)."""
