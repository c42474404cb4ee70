"""The gazetteer's trie regex finds exactly what a longest-first alternation of the same names finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extraction.gazetteer import load_gazetteer, trie_regex


def _flat(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w@#/])(?:{alternation})(?![\w])")


def _trie(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@#/])(?:{trie_regex(words)})(?![\w])")


def test_a_longer_name_wins_and_its_prefix_remains_when_it_does_not_fit():
    words = ["Intel", "Intel Corp.", "Intel Capital", "Meta", "Meta Platforms"]
    text = "Intel Corp. and Intel Capital backed Meta; Intel Corpus and Meta Platforms Inc. did not."
    assert [m.group() for m in _trie(words).finditer(text)] == [
        "Intel Corp.",
        "Intel Capital",
        "Meta",
        "Intel",
        "Meta Platforms",
    ]


_NAMES = st.lists(st.text(alphabet="AbC .&-", min_size=1, max_size=6).filter(str.strip), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_NAMES, st.text(alphabet="AbC .&-x", max_size=40))
def test_the_trie_matches_like_the_flat_alternation(words: list[str], text: str) -> None:
    flat = [(m.start(), m.group()) for m in _flat(words).finditer(text)]
    assert [(m.start(), m.group()) for m in _trie(words).finditer(text)] == flat


def test_the_packaged_gazetteer_finds_its_names_in_running_text():
    gazetteer = load_gazetteer()
    text = "Microsoft Corp. invested in OpenAI, and Amazon Web Services hosts Anthropic."
    assert [m.group() for m in gazetteer.pattern.finditer(text)] == [
        "Microsoft Corp.",
        "OpenAI",
        "Amazon Web Services",
        "Anthropic",
    ]
