"""Rules read from the misses of leads-3 in the fifth session: a name that opens a sentence after the text
has named it, irregular past tenses after a one-word name. Invented companies and people; the ordinary
wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-name-named-before-opens-a-later-sentence",
        "Harbor Networks agreed to acquire Quillon, the identity-security company. Quillon itself paid about "
        "$1.5 billion last year for Skarvik.",
        ("Quillon", "acquires", "Skarvik", "asserted"),
    ),
    (
        "an-unknown-one-word-name-that-paid",
        "Veltrix paid $300 million for Norvane Labs in 2023.",
        ("Veltrix", "acquires", "Norvane Labs", "asserted"),
    ),
    (
        "a-career-before-the-move-in-a-relative-clause",
        "Mara Lindqvist, who became Harbor Networks' chief executive in 2019 after senior roles at Quillon and "
        "Orvane Systems, has cut costs.",
        ("Quillon", "employs", "Mara Lindqvist", "former"),
    ),
    (
        "every-company-of-the-career-list",
        "Jane Roe joined Veltrix after eight years at Skarvik Capital, Norvane Bank and Kestrel Partners.",
        ("Kestrel Partners", "employs", "Jane Roe", "former"),
    ),
    (
        "one-word-and-a-trade-name-are-two-companies",
        "Mara Lindqvist held senior roles at Quillon and Orvane Systems before she joined Veltrix.",
        ("Orvane Systems", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "the-company-after-a-founders-past-post-is-the-story-company",
        "Veltrix Systems designs chips for servers. Founded in 2017 by Jane Roe, a former president of Quillon, "
        "the Oslo-based company will operate as a subsidiary of Harbor Networks.",
        ("Harbor Networks", "owns", "Veltrix Systems", "planned"),
    ),
    (
        "holders-named-after-a-descriptor",
        "Veltrix's two main shareholders, private equity firm Norvane Capital and Kestrel Partners, will sell "
        "their holdings.",
        ("Norvane Capital", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "its-owners-which-included-a-described-member-and-another",
        "Veltrix Systems failed to raise money from its owners, which included Norvane Capital, its largest "
        "shareholder, and Kestrel Partners.",
        ("Kestrel Partners", "invests-in", "Veltrix Systems", "asserted"),
    ),
    (
        "a-former-partner-in-apposition-dates-nothing",
        "Harbor Networks sued Quillon, its former partner, and Orvane Systems.",
        ("Harbor Networks", "accuses", "Orvane Systems", "asserted"),
    ),
    (
        "a-former-partner-in-apposition-dates-nothing-for-itself",
        "Harbor Networks sued Quillon, its former partner, and Orvane Systems.",
        ("Harbor Networks", "accuses", "Quillon", "asserted"),
    ),
    (
        "while-working-at",
        "Jane Roe designed the format while working at Quillon.",
        ("Quillon", "employs", "Jane Roe", "asserted"),
    ),
    (
        "while-working-at-said-of-a-listed-founders-relative-clause",
        "Tessel was started in 2021 by Jane Roe, Mara Lindqvist and Karl Berg, who designed the format while "
        "working at Quillon.",
        ("Quillon", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "the-group-a-person-co-founded",
        "Karl Berg runs Tessel. Tessel emerged from Quillon Labs, the Nordic internet group Berg co-founded.",
        ("Quillon Labs", "employs", "Karl Berg", "asserted"),
    ),
    (
        "a-one-word-name-then-founded-by",
        "Tessel, founded by Jane Roe and Karl Berg, competes with Harbor Networks.",
        ("Tessel", "employs", "Karl Berg", "asserted"),
    ),
    (
        "former-researchers-including-siblings",
        "Tessel, founded in 2021 by former Quillon researchers including siblings Jane and Mara Roe, competes "
        "with Harbor Networks.",
        ("Quillon", "employs", "Mara Roe", "former"),
    ),
    (
        "the-startup-after-a-second-verb-with-an-irregular-past",
        "Harbor Networks struck a licensing agreement with Quillon AI and brought the chatbot startup's "
        "co-founders, Jane Roe and Karl Berg, back into the fold.",
        ("Quillon AI", "employs", "Karl Berg", "asserted"),
    ),
    (
        "a-cloud-that-trains-anothers-models-hosts-them",
        "Its cloud unit Amazon Web Services trains Quillon's models on clusters of its Trainium chips.",
        ("Quillon", "hosts-on", "Amazon Web Services", "asserted"),
    ),
    (
        "fired-as-a-companys-chief-executive",
        "Regulators are examining the deal after the turmoil, when Jane Roe was briefly fired as Quillon's chief "
        "executive.",
        ("Quillon", "employs", "Jane Roe", "former"),
    ),
    (
        "a-one-word-name-before-a-past-tense-and-a-name",
        "Quillon fired Jane Roe in 2023.",
        ("Quillon", "employs", "Jane Roe", "former"),
    ),
    (
        "a-one-word-name-acquired-a-named-company",
        "Quillon acquired Norvane Labs in 2023.",
        ("Quillon", "acquires", "Norvane Labs", "asserted"),
    ),
    (
        "hardware-bought-from-a-supplier",
        "Quillon Systems bought networking hardware from Orvane Networks.",
        ("Orvane Networks", "supplies", "Quillon Systems", "asserted"),
    ),
    (
        "a-list-described-as-the-groups-it-competes-against",
        "Quillon Systems remains far smaller than Harbor Networks and Orvane Labs, the US groups it competes "
        "against for corporate customers.",
        ("Quillon Systems", "competes-with", "Orvane Labs", "asserted"),
    ),
    (
        "chasing-the-same-customers-as",
        "Quillon Systems is chasing the same customers as Harbor Networks and Orvane Labs.",
        ("Quillon Systems", "competes-with", "Harbor Networks", "asserted"),
    ),
    (
        "a-list-whose-members-are-described-after-commas",
        "Quillon Systems holds stakes in data-labelling firm Tessa Labs, database developer Orvane Data and "
        "self-driving company Kestrel Motors.",
        ("Quillon Systems", "invests-in", "Orvane Data", "asserted"),
    ),
    (
        "two-trade-names-joined-by-and",
        "Quillon Systems holds stakes in Tessa Labs, Orvane Data and Kestrel Motors.",
        ("Quillon Systems", "invests-in", "Kestrel Motors", "asserted"),
    ),
    (
        "a-companys-arm-named-without-a-comma",
        "Quillon's infrastructure arm Tessa Capital bought Kestrel Motors.",
        ("Quillon", "owns", "Tessa Capital", "asserted"),
    ),
    (
        "a-companys-unit-in-apposition",
        "Tessa Capital, Quillon's venture unit, bought Kestrel Motors.",
        ("Quillon", "owns", "Tessa Capital", "asserted"),
    ),
    (
        "the-startups-chatbot-is-its-product",
        "Quillon Systems bought chips. The regulator said the startup's chatbot Tessa had a very small share of "
        "the market.",
        ("Quillon Systems", "develops", "Tessa", "asserted"),
    ),
    (
        "the-cloud-units-chips-named-before-their-kind",
        "Quillon named Amazon Web Services its primary training partner and will use the cloud unit's Trainium "
        "chips to build its models.",
        ("Amazon Web Services", "develops", "Trainium", "asserted"),
    ),
    (
        "counts-a-company-as-its-biggest-customer",
        "Quillon Systems counts Harbor Networks as its biggest customer.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "said-it-would-acquire-is-a-plan",
        "Harbor Networks said on Monday it would acquire Quillon Systems for $2 billion in cash.",
        ("Harbor Networks", "acquires", "Quillon Systems", "planned"),
    ),
    (
        "would-under-a-condition-stays-a-hypothesis",
        "Harbor Networks said Quillon Systems would buy Orvane Labs if the price fell.",
        ("Quillon Systems", "acquires", "Orvane Labs", "considered"),
    ),
    (
        "a-deal-to-buy-from-a-seller-names-the-buyer-first",
        "Harbor Networks signed a deal to buy Quillon Systems from Orvane Labs.",
        ("Harbor Networks", "acquires", "Quillon Systems", "planned"),
    ),
    (
        "held-talks-about-buying-is-exploring",
        "Harbor Networks has held talks about buying Quillon Systems.",
        ("Harbor Networks", "acquires", "Quillon Systems", "exploring"),
    ),
    (
        "denied-that-it-plans-to-buy-is-negated",
        "Harbor Networks denied that it plans to buy Quillon Systems.",
        ("Harbor Networks", "acquires", "Quillon Systems", "negated"),
    ),
    (
        "a-dropped-bid-is-former",
        "Harbor Networks dropped its bid for Quillon Systems.",
        ("Harbor Networks", "acquires", "Quillon Systems", "former"),
    ),
    (
        "considered-dropping-a-bid-is-considered",
        "Harbor Networks considered dropping its bid for Quillon Systems.",
        ("Harbor Networks", "acquires", "Quillon Systems", "considered"),
    ),
    (
        "a-known-cloud-used-is-a-host",
        "Quillon Systems uses Google Cloud to train its models.",
        ("Quillon Systems", "hosts-on", "Google Cloud", "asserted"),
    ),
    (
        "poached-from-a-company-that-employed-her",
        "Quillon Systems poached Jane Roe from Harbor Networks.",
        ("Harbor Networks", "employs", "Jane Roe", "former"),
    ),
    (
        "tapped-to-lead",
        "Quillon Systems has tapped Jane Roe, a veteran of Harbor Networks, to lead its chip unit.",
        ("Quillon Systems", "employs", "Jane Roe", "asserted"),
    ),
    (
        "most-of-its-revenue-from-a-customer",
        "Quillon Systems gets most of its revenue from Harbor Networks.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "took-a-company-private",
        "Harbor Networks took Quillon Systems private in 2020.",
        ("Harbor Networks", "acquires", "Quillon Systems", "asserted"),
    ),
    (
        "to-be-taken-private-by",
        "Quillon Systems agreed to be taken private by Harbor Networks.",
        ("Harbor Networks", "acquires", "Quillon Systems", "planned"),
    ),
    (
        "spun-off-from-a-former-parent",
        "Quillon Systems was spun off from Harbor Networks in 2015.",
        ("Harbor Networks", "owns", "Quillon Systems", "former"),
    ),
    (
        "chips-bought-from-a-supplier",
        "Harbor Networks buys its chips from Quillon Systems.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-common-opening-word-is-no-name",
        "Harbor Networks agreed to acquire Quillon. Meanwhile paid search revenue rose at Skarvik.",
        ("Meanwhile", "acquires", "Skarvik"),
    ),
    (
        "years-of-losses-at-a-company-are-no-career",
        "After years of losses at Skarvik Capital, Jane Roe sold her shares.",
        ("Skarvik Capital", "employs", "Jane Roe"),
    ),
    (
        "a-founders-past-employer-is-not-the-company",
        "Veltrix Systems designs chips for servers. Founded in 2017 by Jane Roe, a former president of Quillon, "
        "the Oslo-based company will operate as a subsidiary of Harbor Networks.",
        ("Harbor Networks", "owns", "Quillon"),
    ),
    (
        "no-one-hosts-on-a-person",
        "Quillon Systems has tapped Jane Roe, a veteran of Harbor Networks, to lead its chip unit.",
        ("Quillon Systems", "hosts-on", "Jane Roe"),
    ),
    (
        "the-seller-in-a-deal-to-buy-is-no-buyer",
        "Harbor Networks signed a deal to buy Quillon Systems from Orvane Labs.",
        ("Orvane Labs", "acquires", "Quillon Systems"),
    ),
    (
        "goods-bought-from-a-company-do-not-buy-it",
        "Harbor Networks signed a deal to buy chips from Quillon Systems.",
        ("Harbor Networks", "acquires", "Quillon Systems"),
    ),
    (
        "the-companys-product-is-not-read-from-a-bare-reference",
        "Quillon Systems bought Orvane Labs. Customers reach the model through the company's Tessa platform.",
        ("Orvane Labs", "develops", "Tessa"),
    ),
    (
        "a-business-sold-is-no-supply",
        "Quillon Systems sold its hardware business to Harbor Networks last year.",
        ("Quillon Systems", "supplies", "Harbor Networks"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_fifth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_fifth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
