"""Rules read from the misses of a set that was held out until the fourth session (articles-2): datelines with
any source, institutions named by common words, titles before a name, an object pronoun after a participle,
rounds, lists after a relative aside, and a person who acts for no company named with her. Invented companies
and people; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-dateline-with-any-source",
        "OSLO (Nordic Wire) — Fjordline said on Tuesday it has agreed to buy Skarv Data.",
        ("Fjordline", "acquires", "Skarv Data", "planned"),
    ),
    (
        "an-institution-named-by-common-words",
        "The Northland Teachers Pension Investment Board invested $300 million in Veltro Robotics.",
        ("Northland Teachers Pension Investment Board", "invests-in", "Veltro Robotics", "asserted"),
    ),
    (
        "a-participle-object-is-not-the-sentence-subject",
        "Harbor Media and the Daily Ledger sued the search startup Quillon on Monday, accusing it of copying "
        "their articles.",
        ("Harbor Media", "accuses", "Quillon", "asserted"),
    ),
    (
        "backers-in-the-round-included",
        "Veltro Robotics raised $200 million. Backers in the round included Harbor Ventures, Northgate Capital "
        "and Kestrel Partners.",
        ("Northgate Capital", "invests-in", "Veltro Robotics", "asserted"),
    ),
    (
        "a-longtime-company-engineer",
        "Jane Roe, a longtime Orvane Systems engineer, will lead the team.",
        ("Orvane Systems", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-known-name-with-its-trade-word-keeps-a-list-together",
        "Kestrel Robotics signed partnership deals with Toyota Motor and Halden Electronics.",
        ("Kestrel Robotics", "partners-with", "Halden Electronics", "asserted"),
    ),
    (
        "a-known-name-with-its-trade-word-is-that-company",
        "Kestrel Robotics signed partnership deals with Toyota Motor and Halden Electronics.",
        ("Kestrel Robotics", "partners-with", "Toyota", "asserted"),
    ),
    (
        "lawsuits-against",
        "Orvane Systems has filed lawsuits against Quillon over its chatbot.",
        ("Orvane Systems", "accuses", "Quillon", "asserted"),
    ),
    (
        "a-relative-aside-is-no-apposition-that-cuts-a-list",
        "Kestrel Labs, which was founded in 2016, had raised money from Harbor Ventures, Northgate Capital and "
        "Veltro Partners.",
        ("Veltro Partners", "invests-in", "Kestrel Labs", "asserted"),
    ),
    (
        "former-company-employees-including",
        "The startup was founded by former Orvane Systems employees including Jane Roe and Tom Berg.",
        ("Orvane Systems", "employs", "Tom Berg", "former"),
    ),
    (
        "cut-ties-ends-a-partnership",
        "Brightline Telecom cut ties with Quill Data last year.",
        ("Brightline Telecom", "partners-with", "Quill Data", "former"),
    ),
    (
        "the-company-is-not-one-named-in-a-relative-aside",
        "Jane Roe, who ran Orvane Systems' research lab until May, will oversee Kestrel Labs' research. The "
        "company also named Tom Berg as its chief financial officer.",
        ("Kestrel Labs", "employs", "Tom Berg", "asserted"),
    ),
    (
        "a-sentence-opening-on-its-products",
        "Kestrel Labs has raised $50 million. Its Quill models are popular with banks.",
        ("Kestrel Labs", "develops", "Quill", "asserted"),
    ),
    (
        "its-customers-have-included",
        "Quill Data supplies labeled data to many AI developers, and its customers have included Orvane Systems, "
        "Kestrel Labs and Zeta Labs.",
        ("Quill Data", "supplies", "Kestrel Labs", "asserted"),
    ),
    (
        "two-titles-and-a-comma-before-the-name",
        "Orvane Systems has agreed to invest $2 billion in Quill Data and will bring on the startup's founder and "
        "chief executive, Jane Roe, to lead a new unit.",
        ("Orvane Systems", "employs", "Jane Roe", "planned"),
    ),
    (
        "its-own-format-named",
        "Quill Data, which counts Orvane Systems among its backers, maintains its own format, Larch Lake, and said "
        "it would make the two compatible.",
        ("Quill Data", "develops", "Larch Lake", "asserted"),
    ),
    (
        "an-apposition-then-who-became-its-chief",
        "Kestrel Labs bought Veltro for $1 billion a year ago, and Zeta Labs has leaned into AI under Jane Roe, a "
        "former Orvane Systems advertising chief who became its CEO in February.",
        ("Zeta Labs", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-title-without-company-after-a-sentence-about-a-person",
        "Kestrel Labs said its research chief Tom Berg is stepping down. Kestrel Labs thanked him.\n\nHe will be "
        "replaced by Jane Roe, a longtime Orvane Systems engineer who joined Zeta Labs last year.\n\nRoe will "
        "report to software chief Ana Ruiz.",
        ("Kestrel Labs", "employs", "Ana Ruiz", "asserted"),
    ),
    (
        "chips-used-in-a-customers-products",
        "Halden Memory, the main supplier of memory chips used in Orvane Systems' accelerators, will build a plant.",
        ("Halden Memory", "supplies", "Orvane Systems", "asserted"),
    ),
    (
        "a-term-abbreviation-is-no-company-later-either",
        "Halden Memory is the main supplier of high-bandwidth memory (HBM) chips. HBM, which stacks dies, is "
        "scarce. The company competes with Quill Data.",
        ("Halden Memory", "competes-with", "Quill Data", "asserted"),
    ),
    (
        "as-well-as-with-the-divisions-of-after-a-relative-clause",
        "Quill Data competes with Kestrel Cloud, which has a market value of roughly $60 billion, as well as with "
        "the cloud divisions of Orvane Systems and Zeta Labs.",
        ("Quill Data", "competes-with", "Zeta Labs", "asserted"),
    ),
    (
        "remains-its-cloud-provider-after-a-relative-aside",
        "Orvane Cloud, which has committed $8 billion to Kestrel Labs, remains its primary cloud provider and "
        "training partner, the startup said.",
        ("Kestrel Labs", "hosts-on", "Orvane Cloud", "asserted"),
    ),
    (
        "whose-goods-are-used-by",
        "Halden Optics, whose lenses are widely used by Orvane Systems, raised money.",
        ("Halden Optics", "supplies", "Orvane Systems", "asserted"),
    ),
    (
        "the-plural-of-a-known-product-is-that-product",
        "Halden Optics makes lenses for Apple's iPhones.",
        ("Apple", "develops", "iPhone", "asserted"),
    ),
    (
        "investors-took-part-in-a-round-that-values-a-company",
        "Orvane Systems is leading a funding round that values Quill Data at $11 billion. Existing investors "
        "including Harbor Ventures and Bluefin, the state investment bank, also took part.",
        ("Bluefin", "invests-in", "Quill Data", "asserted"),
    ),
    (
        "a-subject-list-around-a-relative-aside",
        "Harbor Media, which publishes The Daily Ledger, and the Evening Post are both owned by Orvane Holdings.",
        ("Orvane Holdings", "owns", "Harbor Media", "asserted"),
    ),
    (
        "a-case-brought-by-a-against-b-and-c",
        "The suit follows a similar case brought by Harbor Media against Quillon Labs and Orvane Systems last year.",
        ("Harbor Media", "accuses", "Orvane Systems", "asserted"),
    ),
    (
        "the-business-of-a-sold-to-b",
        "Orvane Systems said it would sell the data center manufacturing business of Quill Data to Kestrel Labs "
        "for $3 billion.",
        ("Kestrel Labs", "acquires", "Quill Data", "asserted"),
    ),
    (
        "through-its-named-company",
        "Orvane Capital, which has spent heavily on gaming through its Quill Games Group, bought Zeta Labs.",
        ("Orvane Capital", "owns", "Quill Games Group", "asserted"),
    ),
    (
        "a-holding-in-a-company-is-a-stake",
        "Zeta Labs had explored buying part of Orvane Systems' holding in Quill Data.",
        ("Orvane Systems", "invests-in", "Quill Data", "asserted"),
    ),
    (
        "a-list-whose-second-member-is-described-then-named",
        "Harbor Media is suing Quillon and its biggest investor, Orvane Systems, over its chatbot.",
        ("Harbor Media", "accuses", "Orvane Systems", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "the-source-of-a-dateline-is-no-party",
        "OSLO (Nordic Wire) — Fjordline said on Tuesday it has agreed to buy Skarv Data.",
        ("Nordic Wire", "acquires", "Skarv Data"),
    ),
    (
        "the-place-of-a-dateline-is-no-party",
        "OSLO (Nordic Wire) — Fjordline said on Tuesday it has agreed to buy Skarv Data.",
        ("OSLO", "acquires", "Skarv Data"),
    ),
    (
        "a-participle-object-does-not-accuse",
        "Harbor Media and the Daily Ledger sued the search startup Quillon on Monday, accusing it of copying "
        "their articles.",
        ("Quillon", "accuses", "Harbor Media"),
    ),
    (
        "a-minister-is-a-person-not-an-employer",
        "Prime Minister Ana Ruiz said Orvane Systems would hire 500 engineers.",
        ("Prime Minister Ana Ruiz", "employs", "Orvane Systems"),
    ),
    (
        "a-person-before-the-verb-acts-not-a-company-named-earlier",
        "After the purchase of Quill Data, Chief Executive Jane Roe wants to compete with Zeta Labs in robots.",
        ("Quill Data", "competes-with", "Zeta Labs"),
    ),
    (
        "a-town-before-its-state-is-a-place",
        "Orvane Systems will build a chip plant in Millbrook, New Jersey, with Halden Electronics.",
        ("Orvane Systems", "develops", "Millbrook"),
    ),
    (
        "a-finance-executive-holds-a-post",
        "Kestrel Labs named Tom Berg, a former finance executive at Orvane Systems, as its chief financial officer.",
        ("Tom Berg", "invests-in", "Orvane Systems"),
    ),
    (
        "who-became-its-chief-is-not-the-first-clause-company",
        "Kestrel Labs bought Veltro for $1 billion a year ago, and Zeta Labs has leaned into AI under Jane Roe, a "
        "former Orvane Systems advertising chief who became its CEO in February.",
        ("Kestrel Labs", "employs", "Jane Roe"),
    ),
    (
        "chips-used-in-a-customers-products-do-not-supply-the-maker",
        "Halden Memory, the main supplier of memory chips used in Orvane Systems' accelerators, will build a plant.",
        ("Orvane Systems", "supplies", "Halden Memory"),
    ),
    (
        "a-town-stays-a-place-when-named-again",
        "Capacity will come from a new data center in Millbrook, New Jersey, which Quill Data is building. Quill "
        "Data said it would finance the Millbrook buildout with cash.",
        ("Quill Data", "invests-in", "Millbrook"),
    ),
    (
        "a-region-is-no-partner",
        "Quill Data has also held talks with investors in the Middle East.",
        ("Quill Data", "partners-with", "Middle East"),
    ),
    (
        "a-name-in-a-relative-aside-is-no-member-of-the-subject-list",
        "Harbor Media, which publishes The Daily Ledger, and the Evening Post are both owned by Orvane Holdings.",
        ("Orvane Holdings", "owns", "Daily Ledger"),
    ),
    (
        "a-company-naming-a-persons-post-in-a-phrase-is-no-subject",
        "Kestrel Labs, which was founded in 2022 with Orvane co-founder Jane Roe and had raised $1.3 billion from "
        "investors including Harbor Ventures and Zeta Capital, has since pivoted.",
        ("Harbor Ventures", "invests-in", "Orvane"),
    ),
    (
        "along-with-is-no-partnership",
        "Orvane Systems brought on Quill Data co-founders Jane Roe and Tom Berg along with most of the startup's "
        "staff.",
        ("Orvane Systems", "partners-with", "Tom Berg"),
    ),
    (
        "part-of-a-holding-is-no-parent",
        "Orvane Systems sold part of its holding in Quill Data.",
        ("Quill Data", "owns", "Orvane Systems"),
    ),
    (
        "a-holding-in-a-company-is-no-ownership",
        "Zeta Labs had explored buying part of Orvane Systems' holding in Quill Data.",
        ("Orvane Systems", "owns", "Quill Data"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_released_set_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_released_set_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
