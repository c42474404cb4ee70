"""Normalised qualifiers: money, percentages, dates and periods found near a relation."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,
}
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "pounds": "GBP",
}
_MONEY = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥|USD|EUR|GBP)\s?(?P<num>\d+(?:[.,]\d+)*)\s*(?P<scale>thousand|million|billion|trillion|"
    r"mln|bln|mn|bn|tn|[kmbt])?\b"
    r"|(?P<num2>\d+(?:[.,]\d+)*)\s*(?P<scale2>thousand|million|billion|trillion|bn|mn)?\s*"
    r"(?P<cur2>dollars|euros|pounds|yen|USD|EUR)\b",
    re.IGNORECASE,
)
_VAGUE_MONEY = re.compile(r"\b(multi-?billion|multi-?million|billions|millions)(?:[- ]dollar)?\b", re.I)
_PERCENT = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.I)
_FROM_TO = re.compile(
    r"from\s+(?:the\s+|today's\s+|its\s+)?(?:current\s+|present\s+|existing\s+)?"
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+)?(?P<a>\d+(?:\.\d+)?)\s?(?:%|percent)"
    r"\s+to\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?(?P<b>\d+(?:\.\d+)?)\s?(?:%|percent)",
    re.I,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_BY_YEAR = re.compile(r"\b(by|until|through|before)\s+(?:the\s+end\s+of\s+)?(19[5-9]\d|20[0-4]\d)\b", re.I)
_SINCE_YEAR = re.compile(r"\b(since|from|starting in|beginning in)\s+(19[5-9]\d|20[0-4]\d)\b", re.I)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "multi": 0,
    "multiple": 0,
}
_PERIOD = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|multi)"
    r"[- ](?P<unit>year|month|week|day)s?\b",
    re.I,
)
_STAKE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent)\s+(?:stake|share|interest|ownership)", re.I)


def parse_money(text: str) -> list[dict[str, Any]]:
    """`$500 billion` -> {"value": 5e11, "currency": "USD", "text": "$500 billion"}."""
    found: list[dict[str, Any]] = []
    for match in _MONEY.finditer(text):
        number = match.group("num") or match.group("num2")
        currency = match.group("cur") or match.group("cur2") or ""
        scale = (match.group("scale") or match.group("scale2") or "").lower()
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            continue
        value *= _SCALE.get(scale, 1.0)
        found.append(
            {
                "value": value,
                "currency": _CURRENCY.get(currency.lower(), currency.upper()),
                "text": match.group().strip(),
            }
        )
    return found


def extract_qualifiers(text: str) -> dict[str, Any]:
    """Qualifiers found in a stretch of text (usually the evidence sentence)."""
    # a sentence is asked once per relation in it and a trigger once per use: the answer is cached, and each
    # caller gets a copy of its own
    return {
        key: dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value
        for key, value in _qualifiers(text).items()
    }


@lru_cache(maxsize=4096)
def _qualifiers(text: str) -> dict[str, Any]:
    qualifiers: dict[str, Any] = {}
    money = parse_money(text)
    if money:
        qualifiers["amount"] = money[0]
    elif vague := _VAGUE_MONEY.search(text):
        qualifiers["amount"] = {"text": vague.group(), "value": None}
    if change := _FROM_TO.search(text):
        qualifiers["share_from"] = float(change.group("a")) / 100
        qualifiers["share_to"] = float(change.group("b")) / 100
    elif stake := _STAKE.search(text):
        qualifiers["stake"] = float(stake.group("num")) / 100
    elif percent := _PERCENT.search(text):
        qualifiers["percent"] = float(percent.group("num")) / 100
    if by := _BY_YEAR.search(text):
        qualifiers["end_date"] = by.group(2)
    if since := _SINCE_YEAR.search(text):
        qualifiers["start_date"] = since.group(2)
    years = sorted(set(_YEAR.findall(text)))
    if years and "end_date" not in qualifiers and "start_date" not in qualifiers:
        qualifiers["dates"] = years
    if period := _PERIOD.search(text):
        n = period.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 0)
        unit = period.group("unit").lower()
        qualifiers["duration"] = {"value": count or None, "unit": unit, "text": period.group()}
    return qualifiers
