"""Rules of the ninth session: a company an aside says someone leads ('Acme, under Jane Roe, ...'), a company
described and then taken private, a company that competes with a product competing with the product's maker.
Invented companies and people (products the gazetteer knows); the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "the-person-a-company-is-under-leads-it",
        "Intel, under Jane Roe, who became chief executive in March, is cutting 5,000 jobs.",
        ("Intel", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-titled-leader-in-the-aside",
        "Microsoft, under chief executive Jane Roe, has doubled its spending on data centres.",
        ("Microsoft", "employs", "Jane Roe", "asserted"),
    ),
    (
        "the-company-acts-not-the-leader-in-the-aside",
        "Oracle, under Jane Roe, invested $2 billion in Kestrel Robotics.",
        ("Oracle", "invests-in", "Kestrel Robotics", "asserted"),
    ),
    (
        "a-company-described-and-then-taken-private",
        "The studio is owned by Veltrix Media, the film and music company that Kestrel Capital took private in 2023.",
        ("Kestrel Capital", "acquires", "Veltrix Media", "asserted"),
    ),
    (
        "a-company-competing-with-a-known-product-competes-with-its-maker",
        "Kestrel Pharma competes with Keytruda in lung cancer.",
        ("Kestrel Pharma", "competes-with", "Merck & Co.", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "the-leader-in-the-aside-is-not-the-investor",
        "Oracle, under Jane Roe, invested $2 billion in Kestrel Robotics.",
        ("Jane Roe", "invests-in", "Kestrel Robotics"),
    ),
    (
        "under-a-deal-is-no-leader",
        "Kestrel Robotics, under a deal signed in May, will supply Veltrix Motors.",
        ("Kestrel Robotics", "employs", "Veltrix Motors"),
    ),
    (
        "a-company-competing-with-a-product-does-not-compete-with-the-product",
        "Kestrel Pharma competes with Keytruda in lung cancer.",
        ("Kestrel Pharma", "competes-with", "Keytruda"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_ninth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_ninth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
