"""Rules of the eighteenth session, read off two new probe sets of wire-style articles (tech deals; business
beyond tech): taking control of a company buys it. Invented companies; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "taking-full-control-buys",
        "Kestrel Media took full control of Pine Streaming Inc. after agreeing in 2023 to buy out its partner.",
        ("Kestrel Media", "acquires", "Pine Streaming Inc.", "asserted"),
    ),
    (
        "a-company-that-took-control",
        "Dana Whitfield, whose Orvane Capital took control of Halvern Studios in August, said the offer was fair.",
        ("Orvane Capital", "acquires", "Halvern Studios", "asserted"),
    ),
]

NOT_FOUND: list[tuple[str, str, tuple[str, str, str]]] = [
    (
        "controlling-is-not-buying",
        "Kestrel Media controls Pine Streaming Inc. through a holding company.",
        ("Kestrel Media", "acquires", "Pine Streaming Inc."),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_eighteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_eighteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
