"""How results break ties: scores equal but for float rounding rank as equal."""

from __future__ import annotations

__all__ = ["EXAMPLES", "TIE_DIGITS", "tie"]

EXAMPLES = 5  # linking concepts and meeting topics kept to explain a bridge or a gap
TIE_DIGITS = 12  # scores equal but for float rounding rank as equal, then by name


def tie(score: float) -> float:
    return round(score, TIE_DIGITS)
