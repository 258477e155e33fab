"""Quotation marks: which ones open, which close, and where a quoted title ends."""

from __future__ import annotations

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
OPENING_SINGLE = "‘‹"
CLOSING_SINGLE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_QUOTES = OPENING_DOUBLE + CLOSING_DOUBLE + OPENING_SINGLE + CLOSING_SINGLE + "\"'"
_BEFORE_OPENING = " \t\n([{—–-/\x1f"


def straight_opens(text: str, i: int) -> bool:
    """A straight quote opens when it starts a word: after a space (or nothing), before a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _BEFORE_OPENING and not after.isspace()


def is_opening_double(text: str, i: int) -> bool:
    ch = text[i]
    return ch in OPENING_DOUBLE or (ch == STRAIGHT_DOUBLE and straight_opens(text, i))


def is_closing_double(text: str, i: int) -> bool:
    ch = text[i]
    return ch in CLOSING_DOUBLE or (ch == STRAIGHT_DOUBLE and not straight_opens(text, i))


def is_opening_single(text: str, i: int) -> bool:
    ch = text[i]
    return (ch in OPENING_SINGLE or ch == STRAIGHT_SINGLE) and straight_opens(text, i)


def is_closing_single(text: str, i: int) -> bool:
    """A closing single quote, told from an apostrophe by what follows it (not a letter)."""
    ch = text[i]
    if ch not in CLOSING_SINGLE and ch != STRAIGHT_SINGLE:
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isalnum() and not before.isspace()


def find_closing_double(text: str, start: int, end: int) -> int | None:
    """Where the double quote opened at ``start`` closes (nested pairs skipped), or None."""
    depth = 0
    for i in range(start + 1, end):
        if is_opening_double(text, i):
            depth += 1
        elif is_closing_double(text, i):
            if depth == 0:
                return i
            depth -= 1
    return None


def find_closing_single(text: str, start: int, end: int) -> int | None:
    """Where the single quote opened at ``start`` closes: a closing mark before a separator."""
    for i in range(start + 1, end):
        if is_closing_single(text, i):
            after = text[i + 1] if i + 1 < end else " "
            if after in " ,.;:)\x1f" or after.isspace():
                return i
    return None
