"""A line of a printed layout: its text, alignment and size (what the receipt layout makes and the encoders print)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    text: str
    align: str = "left"
    big: bool = False
    bold: bool = False
