"""Sentences, quantities and modality cues."""

import pytest

from kg.model import Modality
from loaders.extraction.gazetteer import load_gazetteer
from loaders.extraction.mentions import find_mentions
from loaders.extraction.modality import detect_modality
from loaders.extraction.quantities import extract_qualifiers, parse_money
from loaders.extraction.sentences import split_sentences


def test_sentences_keep_offsets_and_do_not_split_on_abbreviations():
    text = "Microsoft Corp. invested in OpenAI. Apple Inc. did not.\n\nNew paragraph here."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Microsoft Corp. invested in OpenAI.",
        "Apple Inc. did not.",
        "New paragraph here.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_platform_letter_ends_a_sentence_where_a_middle_initial_does_not():
    posted = split_sentences(
        "She wrote in a post on X. Jon Marsh will become president. Warner Bros. Discovery agreed."
    )
    assert [s.text for s in posted] == [
        "She wrote in a post on X.",
        "Jon Marsh will become president.",
        "Warner Bros. Discovery agreed.",
    ]
    assert len(split_sentences("The deal was signed by Mara J. Lindqvist on Monday.")) == 1


def test_a_sentence_may_start_with_a_name_in_lower_camel_case():
    text = "Samsung cut prices. xAI raised money.\neBay listed it. Prices rose 3.5 percent. iPhone sales fell."
    assert [s.text for s in split_sentences(text)] == [
        "Samsung cut prices.",
        "xAI raised money.",
        "eBay listed it.",
        "Prices rose 3.5 percent.",
        "iPhone sales fell.",
    ]


def test_headings_are_their_own_sentences_but_wrapped_lines_are_not():
    text = "# Money\nMicrosoft invested in OpenAI in 2019 and again in 2021, and its stake gives it\na say."
    assert [s.text for s in split_sentences(text)] == [
        "Money",
        "Microsoft invested in OpenAI in 2019 and again in 2021, and its stake gives it\na say.",
    ]


def test_a_field_label_line_is_a_sentence_without_its_label():
    text = "TITLE: Harwick Labs opens a plant in a town far from the coast on a cold morning\nThe plant opened."
    first, second = split_sentences(text)
    assert first.text.startswith("Harwick Labs") and text[first.start : first.end] == first.text
    assert second.text == "The plant opened."


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("$500 billion", 5e11, "USD"),
        ("€1.2bn", 1.2e9, "EUR"),
        ("US$40 million", 4e7, "USD"),
        ("300 million dollars", 3e8, "USD"),
        ("$1,250,000", 1.25e6, "USD"),
    ],
)
def test_money_amounts_are_numbers_with_a_currency(text, value, currency):
    assert parse_money(f"a deal of {text} was signed")[0] | {"text": None} == {
        "value": value,
        "currency": currency,
        "text": None,
    }


def test_share_changes_and_deadlines_are_normalised():
    found = extract_qualifiers("will trim its share from today's 35% to roughly 15% by 2031")
    assert found["share_from"] == 0.35 and found["share_to"] == 0.15 and found["end_date"] == "2031"


def test_periods_are_normalised():
    assert extract_qualifiers("a five-year agreement")["duration"] == {"value": 5, "unit": "year", "text": "five-year"}


@pytest.mark.parametrize(
    "scope, expected",
    [
        (" has reportedly considered accusing ", Modality.CONSIDERED),
        (" does not compete with ", Modality.NEGATED),
        (" plans to acquire ", Modality.PLANNED),
        (" is in talks to buy ", Modality.EXPLORING),
        (" formerly owned ", Modality.FORMER),
        (" reportedly bought ", Modality.REPORTED),
        (" bought ", Modality.ASSERTED),
    ],
)
def test_modality_cues(scope, expected):
    assert detect_modality(scope)[0] is expected


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text, split_sentences(text), load_gazetteer())]


def test_two_given_names_share_the_surname_that_follows_them():
    assert _names("The lab was started by Priya and Arjun Mehta.") == ["Priya Mehta", "Arjun Mehta"]


def test_a_name_before_and_keeps_its_own_identity():
    assert _names("The suit names Microsoft and Jane Roe.") == ["Microsoft", "Jane Roe"]
    assert _names("Priya and Arjun Mehta founded it.")[0] == "Priya"  # a sentence's first word: no guess
