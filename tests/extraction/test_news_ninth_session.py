"""Rules of the ninth session: a company an aside says someone leads ('Acme, under Jane Roe, ...'), a company
described and then taken private, a company that competes with a product competing with the product's maker,
the subject's stake named by 'its', a majority stake as a parent's, the title in a 'with' clause as the
subject's, suppliers relied on, 'used to' as a purpose, and
holders listed with their shares after the first.
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
    (
        "its-stake-is-the-subjects",
        "Kestrel Holdings said its 10% stake in Veltrix Systems was worth $2 billion.",
        ("Kestrel Holdings", "invests-in", "Veltrix Systems", "asserted"),
    ),
    (
        "its-stake-is-not-the-object-of-the-verb-before",
        "Kestrel Holdings agreed to buy Orvane Labs, adding to a group built around its stake in Veltrix Systems.",
        ("Kestrel Holdings", "invests-in", "Veltrix Systems", "asserted"),
    ),
    (
        "a-majority-stake-makes-a-parent",
        "Kestrel Holdings' majority stake in Veltrix Systems is worth more than the group itself.",
        ("Kestrel Holdings", "owns", "Veltrix Systems", "asserted"),
    ),
    (
        "more-than-half-makes-a-parent",
        "Kestrel Holdings bought a 60% stake in Veltrix Systems.",
        ("Kestrel Holdings", "owns", "Veltrix Systems", "asserted"),
    ),
    (
        "a-minority-stake-is-an-investment",
        "Kestrel Holdings bought a 20% stake in Veltrix Systems.",
        ("Kestrel Holdings", "invests-in", "Veltrix Systems", "asserted"),
    ),
    (
        "a-controlling-stake-in-a-companys-plants-is-no-parent-of-the-company",
        "Officials urged Kestrel Foundry to take a controlling stake in Veltrix Chips's factories.",
        ("Kestrel Foundry", "invests-in", "Veltrix Chips", "planned"),
    ),
    (
        "an-adjective-before-the-role-in-an-apposition",
        "Kestrel Capital, Veltrix Robotics's largest active shareholder, had campaigned against the offer.",
        ("Kestrel Capital", "invests-in", "Veltrix Robotics", "asserted"),
    ),
    (
        "a-with-clause-title-is-the-subjects",
        "Veltrix Security turned down an offer from Google, with co-founder and chief executive Jane Roe telling "
        "staff the company would list its shares instead.",
        ("Veltrix Security", "employs", "Jane Roe", "asserted"),
    ),
    (
        "relying-on-named-suppliers-is-being-supplied",
        "Veltrix Lithography relies on a chain of specialist suppliers, among them Kestrel Optics, which makes the "
        "mirrors.",
        ("Kestrel Optics", "supplies", "Veltrix Lithography", "asserted"),
    ),
    (
        "used-to-after-a-plural-noun-is-a-purpose-not-the-past",
        "Kestrel Optics sells the mirrors used to focus the light to Veltrix Lithography.",
        ("Kestrel Optics", "supplies", "Veltrix Lithography", "asserted"),
    ),
    (
        "used-to-after-the-subject-is-the-past",
        "Kestrel Holdings used to own Veltrix Systems.",
        ("Kestrel Holdings", "owns", "Veltrix Systems", "former"),
    ),
    (
        "founded-in-a-place-and-a-year-by-several",
        "Veltrix was founded in Lisbon in 2021 by Jane Roe, a former engineer at Kestrel Systems, and Tom Poe and "
        "Mara Lindqvist.",
        ("Veltrix", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "a-legal-form-after-a-known-name-is-the-same-company",
        "Kestrel Chips has lost ground to Taiwan Semiconductor Manufacturing Co in contract manufacturing and to "
        "Nvidia in AI chips.",
        ("Kestrel Chips", "competes-with", "Nvidia", "asserted"),
    ),
    (
        "its-services-opening-a-sentence-are-the-companys-before",
        "Veltrix Data sells database software. Its managed services run on Amazon Web Services and Microsoft Azure.",
        ("Veltrix Data", "hosts-on", "Microsoft Azure", "asserted"),
    ),
    (
        "holders-listed-with-their-shares-and-no-verb",
        "Kestrel Holdings owns 40% of Veltrix Systems, Orvane Capital 25% and Harbor Partners about 10%.",
        ("Harbor Partners", "invests-in", "Veltrix Systems", "asserted"),
    ),
    (
        "holders-listed-after-in-which",
        "Veltrix Foundry is a venture in which Kestrel Holdings holds about 6%, car-parts maker Orvane Motors about "
        "5.5% and Harbor Partners about 2%.",
        ("Orvane Motors", "invests-in", "Veltrix Foundry", "asserted"),
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
    (
        "a-controlling-stake-in-a-companys-plants-makes-no-parent",
        "Officials urged Kestrel Foundry to take a controlling stake in Veltrix Chips's factories.",
        ("Kestrel Foundry", "owns", "Veltrix Chips"),
    ),
    (
        "a-with-clause-title-is-not-the-bidders",
        "Veltrix Security turned down an offer from Google, with co-founder and chief executive Jane Roe telling "
        "staff the company would list its shares instead.",
        ("Google", "employs", "Jane Roe"),
    ),
    (
        "relying-on-named-suppliers-is-no-hosting",
        "Veltrix Lithography relies on a chain of specialist suppliers, among them Kestrel Optics, which makes the "
        "mirrors.",
        ("Veltrix Lithography", "hosts-on", "Kestrel Optics"),
    ),
    (
        "a-later-percentage-of-something-else-is-no-holding",
        "Kestrel Holdings owns 40% of Veltrix Systems, and Orvane Capital shares rose 5% on Monday.",
        ("Orvane Capital", "invests-in", "Veltrix Systems"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_ninth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_ninth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
