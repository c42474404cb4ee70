"""Sentence segmentation with character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "inc",
    "bros",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "no",
    "fig",
    "approx",
    "dept",
    "est",
    "gen",
    "gov",
    "sen",
    "rep",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "a.m",
    "p.m",
    "l.p",
    "l.l.c",
    "l.l.p",
    "n.v",
    "s.a",
    "b.v",
    "n.a",
    "s.p",
    "s.p.a",
}
# a sentence starts with a capital, a digit, or a name written in lower camel case ("xAI", "eBay", "iPhone")
_BOUNDARY = re.compile(
    # (and a lower-case name that opens a sentence: "io was founded ...", "io's backers include ...")
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9]|[a-z][A-Z]|[a-z][a-z0-9]{0,9}(?:['’]s\s|\s+(?:was|is|has|had|will)\s)))|\n\s*\n|\n(?=\s*[#*\-•>]|\s*(?:[A-Z]|[a-z][A-Z]))"
)
_WRAPPED_LINE = 60  # a line this long that ends without punctuation continues on the next line


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_LAST_WORD_DOTTED = re.compile(r"(?:^|[\s(])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.$")
_PLATFORM_LETTER = re.compile(r"\b(?:on|to|via|at|from|by|platform|app)\s+[A-Z]\.$")
_TITLED_INITIALS = re.compile(
    r"\b(?:executive|officer|chairman|chairwoman|chair|founder|president|director|chief|CEO|CFO|"
    r"said|says|by|Mr|Ms|Dr)\s+(?:[A-Z]\.){2,}$"
)


# the initials that end sentences as often as they name something ("... sales in the U.S. The company ...")
_COUNTRY_INITIALS = frozenset(["u.s", "u.k", "e.u", "u.n", "u.a.e", "p.m", "a.m"])


def _ends_with_abbreviation(text: str) -> bool:
    match = _LAST_WORD_DOTTED.search(text)
    if not match:
        return False
    word = match.group(1).lower()
    if len(word) == 1 and _PLATFORM_LETTER.search(text):
        return False  # "wrote in a post on X. Daniel Levy ...": the platform, not a middle initial
    if _TITLED_INITIALS.search(text):
        return True  # "chief executive C.C. Wei": a person's initials after a title, not a sentence's end
    if re.fullmatch(r"[a-z](?:\.[a-z]){1,2}", word) and word not in _COUNTRY_INITIALS:
        return True  # "an analyst at D.A. Davidson", "J.P. Morgan": a name's initials, not a sentence's end
    return word in _ABBREVIATIONS or len(word) == 1


_HEADER_LINE = re.compile(r"^[A-Z][A-Z _-]{1,20}:")


def _continues(text: str, newline: int) -> bool:
    """A long line that ends without punctuation and is no 'HEADER:' line wraps onto the next one."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if _HEADER_LINE.match(line):
        return False
    return len(line) >= _WRAPPED_LINE and line[-1:] not in '.!?:"”)'


def split_sentences(text: str) -> list[Sentence]:
    """Split on sentence punctuation and line breaks; offsets index `text` exactly."""
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.end()
        piece = text[start:end]
        if boundary.group().startswith(".") and _ends_with_abbreviation(piece.rstrip()):
            continue
        if boundary.group() == "\n" and _continues(text, boundary.start()):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start] in " \t\r\n#*->•":
        start += 1
    label = _HEADER_LINE.match(text, start, end)
    if label and label.group().rstrip(":").isupper():
        start = label.end()  # "TITLE: ...": the label is no part of the sentence
        while start < end and text[start] in " \t":
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2:
        sentences.append(Sentence(start, end, text[start:end]))
