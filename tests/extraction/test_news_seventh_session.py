"""Rules of the seventh session: a title whose company a pronoun stood for, a product naming its maker, a stake
held beside a company owned, buying into a company, a possessive before a verb, products described in passing
in a list. Invented companies, people and products; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-title-after-a-sentence-about-it-is-held-at-the-company-it-stood-for",
        "Quillon Data sells storage to banks. It has since raised prices twice. The outage is a test for Chief "
        "Executive Jane Roe, a former head of Harbor Systems's cloud unit.",
        ("Quillon Data", "employs", "Jane Roe", "asserted"),
    ),
    (
        "an-owned-company-named-with-its-product",
        "Kestrel Holdings, which owns Skyforge developer Orvane Studios, is based in Oslo.",
        ("Kestrel Holdings", "owns", "Orvane Studios", "asserted"),
    ),
    (
        "a-stake-held-beside-a-company-owned-is-the-owners",
        "Kestrel Holdings, which owns Orvane Studios and a large minority stake in Veltrix Games, is based in Oslo.",
        ("Kestrel Holdings", "invests-in", "Veltrix Games", "asserted"),
    ),
    (
        "buying-into-a-company-is-an-investment",
        "Kestrel Holdings first bought into Veltrix Games in 2019.",
        ("Kestrel Holdings", "invests-in", "Veltrix Games", "asserted"),
    ),
    (
        "a-company-possessed-before-a-verb-is-owned",
        "The rights deal is worth twice what Comcast's NBCUniversal pays today.",
        ("Comcast", "owns", "NBCUniversal", "asserted"),
    ),
    (
        "products-each-described-in-passing-in-a-list",
        "Veltrix Bio is developing VX-101i, a weekly injection, and VX-202i, an experimental drug that mimics a "
        "hormone.",
        ("Veltrix Bio", "develops", "VX-202i", "asserted"),
    ),
    (
        "a-company-owning-a-firm-described-beside-it",
        "Orvane, the Harbor-owned security firm that Quillon Data brought in to investigate, blamed a criminal group.",
        ("Harbor", "owns", "Orvane", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-product-naming-its-maker-is-not-owned",
        "Kestrel Holdings, which owns Skyforge developer Orvane Studios, is based in Oslo.",
        ("Kestrel Holdings", "owns", "Skyforge"),
    ),
    (
        "a-stake-held-beside-a-company-owned-is-not-the-owned-companys",
        "Kestrel Holdings, which owns Orvane Studios and a large minority stake in Veltrix Games, is based in Oslo.",
        ("Orvane Studios", "invests-in", "Veltrix Games"),
    ),
    (
        "buying-into-a-company-is-no-takeover",
        "Kestrel Holdings first bought into Veltrix Games in 2019.",
        ("Kestrel Holdings", "acquires", "Veltrix Games"),
    ),
    (
        "an-owner-compound-does-not-reach-past-a-relative-clause",
        "Orvane, the Harbor-owned security firm that Quillon Data brought in to investigate, blamed a criminal group.",
        ("Harbor", "owns", "Quillon Data"),
    ),
    (
        "an-adverb-opening-a-sentence-is-no-company",
        "Together, the two companies will cover one in five homes, well ahead of rival Veltrix, and the deal is "
        "expected to draw scrutiny.",
        ("Together", "competes-with", "Veltrix"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_seventh_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_seventh_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
