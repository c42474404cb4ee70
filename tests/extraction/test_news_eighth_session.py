"""Rules of the eighth session: names that other names begin or that hold a colon, a company's unit named after
it, sales to a buyer, joint ventures as stakes, fractions bought, shareholders in a relative clause, a company
described and then bought. Invented companies, people and products; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-name-with-a-colon-in-it",
        "Tarn:io raised $40 million in a round led by Kestrel Capital.",
        ("Kestrel Capital", "invests-in", "Tarn:io", "asserted"),
    ),
    (
        "a-plural-noun-closes-a-name",
        "The Harbor Dock Workers union, led by Jane Roe, accused Quillon Freight of breaking its promises.",
        ("Harbor Dock Workers", "employs", "Jane Roe", "asserted"),
    ),
    (
        "global-inside-a-name-before-and",
        "Veltrix Media is a joint venture of Kestrel Global and Orvane Telecom.",
        ("Kestrel Global", "owns", "Veltrix Media", "asserted"),
    ),
    (
        "a-joint-venture-set-up-between-two-companies-is-owned-by-each",
        "Quillon Logistics was set up in 2014 as a joint venture between Kestrel Holdings and Orvane Partners.",
        ("Orvane Partners", "owns", "Quillon Logistics", "asserted"),
    ),
    (
        "what-a-company-began-as-each-parent-owned",
        "Veltrix, which began in 1990 as a joint venture of Kestrel Holdings and Orvane Systems, now sells lasers.",
        ("Kestrel Holdings", "owns", "Veltrix", "asserted"),
    ),
    (
        "a-known-company-and-a-country-name-its-unit",
        "Vodafone agreed to sell Vodafone Portugal to Kestrel Telecom for 2 billion euros.",
        ("Kestrel Telecom", "acquires", "Vodafone Portugal", "planned"),
    ),
    (
        "a-known-company-and-an-acronym-name-another-company",
        "Amex QTS bought Quillon Travel last year.",
        ("Amex QTS", "acquires", "Quillon Travel", "asserted"),
    ),
    (
        "a-known-company-then-global-and-more-words-is-a-company-of-its-own",
        "American Express Global Corporate Payments's planned $300 million purchase of Quillon Pay was blocked.",
        ("American Express Global Corporate Payments", "acquires", "Quillon Pay", "planned"),
    ),
    (
        "a-known-product-and-cloud-is-a-service-of-its-own",
        "Customers can rent the chips through Nvidia's DGX Cloud service.",
        ("Nvidia", "develops", "DGX Cloud", "asserted"),
    ),
    (
        "selling-a-unit-to-a-buyer-described-first",
        "The new chief has been reshaping Kestrel Telecom, selling Vodafone Malta to investment firm Orvane "
        "Capital for up to 5 billion euros.",
        ("Orvane Capital", "acquires", "Vodafone Malta", "asserted"),
    ),
    (
        "paying-for-a-fraction-of-a-described-company-is-a-stake",
        "Kestrel Motors paid 1.5 billion euros last year for about a fifth of Chinese electric-car maker Veltrix.",
        ("Kestrel Motors", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "buying-half-of-a-company-is-a-stake",
        "Kestrel Motors bought half of Veltrix Robotics in 2020.",
        ("Kestrel Motors", "invests-in", "Veltrix Robotics", "asserted"),
    ),
    (
        "a-largest-shareholder-in-a-relative-clause",
        "Orvane Holdings, which is Kestrel Motors' largest shareholder, backed the plan.",
        ("Orvane Holdings", "invests-in", "Kestrel Motors", "asserted"),
    ),
    (
        "a-largest-shareholder-after-an-apposition-and-a-relative-clause",
        "Jane Roe runs Orvane Holdings, the Roe family's holding company, which is Kestrel Motors' largest "
        "shareholder with a stake of about 15%.",
        ("Orvane Holdings", "invests-in", "Kestrel Motors", "asserted"),
    ),
    (
        "a-company-described-and-then-bought",
        "Harbor Systems sued over designs from Veltrix Chips, a start-up Quillon Semiconductor acquired for "
        "$1.4 billion in 2021.",
        ("Quillon Semiconductor", "acquires", "Veltrix Chips", "asserted"),
    ),
    (
        "a-relative-aside-is-skipped-to-reach-the-passive-subject",
        "Quillon Foods, whose chains include Veltrix Market and Harbor Grocer, is backed by buyout firm Kestrel "
        "Capital.",
        ("Kestrel Capital", "invests-in", "Quillon Foods", "asserted"),
    ),
    (
        "it-after-a-sentence-opening-its-is-whose-the-thing-is",
        "Quillon Cloud sells database software. Its managed services run on Amazon Web Services, and it works "
        "closely with Google Cloud.",
        ("Quillon Cloud", "partners-with", "Google Cloud", "asserted"),
    ),
    (
        "a-possessed-name-before-a-described-kind-of-product",
        "The tools will be bundled with Harbor Systems's Tessel automation software.",
        ("Harbor Systems", "develops", "Tessel", "asserted"),
    ),
    (
        "its-name-before-a-described-kind-of-product",
        "Kestrel Motors designs its chips in-house for its cars and its Zephyr humanoid robots.",
        ("Kestrel Motors", "develops", "Zephyr", "asserted"),
    ),
    (
        "whose-chains-include-names-what-it-owns",
        "Quillon Foods, whose chains include Veltrix Retail and Harbor Foods, is backed by Kestrel Capital.",
        ("Quillon Foods", "owns", "Harbor Foods", "asserted"),
    ),
    (
        "whose-titles-include-names-what-it-makes",
        "Kestrel Games, whose titles include Skyforge and Moonfall, was bought last year.",
        ("Kestrel Games", "develops", "Moonfall", "asserted"),
    ),
    (
        "its-own-operator-is-owned-and-the-plan-is-not-its-modality",
        "Kestrel Telecom plans to combine the business with Veltrix Fibre, its own operator in Italy.",
        ("Kestrel Telecom", "owns", "Veltrix Fibre", "asserted"),
    ),
    (
        "licensing-technology-from-a-company-is-a-partnership",
        "Kestrel Chips agreed to license technology from Veltrix Labs.",
        ("Kestrel Chips", "partners-with", "Veltrix Labs", "planned"),
    ),
    (
        "startup-inside-a-name-after-a-known-company",
        "Veltrix Robotics raised $20 million from the OpenAI Startup Fund and Kestrel Capital.",
        ("OpenAI Startup Fund", "invests-in", "Veltrix Robotics", "asserted"),
    ),
    (
        "the-justice-department-as-the-press-names-it",
        "The Justice Department sued Quillon Travel on Friday.",
        ("Justice Department", "accuses", "Quillon Travel", "asserted"),
    ),
    (
        "narrowing-the-gap-with-a-company-is-competing",
        "Kestrel Motors is trying to narrow the gap with Veltrix Motors in batteries.",
        ("Kestrel Motors", "competes-with", "Veltrix Motors", "asserted"),
    ),
    (
        "a-bidding-war-with-a-company-is-competing",
        "Kestrel Pharma won a bidding war with Veltrix Therapeutics for the biotech.",
        ("Kestrel Pharma", "competes-with", "Veltrix Therapeutics", "asserted"),
    ),
    (
        "keeping-up-with-a-company-is-competing",
        "Quillon Media tries to keep up with Netflix and Harbor Studios.",
        ("Quillon Media", "competes-with", "Harbor Studios", "asserted"),
    ),
    (
        "rivals-of-a-company-such-as-others",
        "Smaller rivals of Kestrel Data such as Veltrix Labs and Harbor Systems have grown fast.",
        ("Harbor Systems", "competes-with", "Kestrel Data", "asserted"),
    ),
    (
        "a-company-apposed-as-its-described-unit-is-owned",
        "Kestrel Chips plans to sell a stake in Veltrix Logic, its programmable chip unit, to Harbor Capital.",
        ("Kestrel Chips", "owns", "Veltrix Logic", "asserted"),
    ),
    (
        "its-named-subsidiary-is-owned",
        "Kestrel Holdings said its Veltrix Labs subsidiary built the model.",
        ("Kestrel Holdings", "owns", "Veltrix Labs", "asserted"),
    ),
    (
        "in-which-a-pronoun-owns-a-majority",
        "Kestrel Group sold shares. It expanded a loan backed by its shares in Veltrix Chips, the British chip "
        "designer in which it owns about 90%.",
        ("Kestrel Group", "owns", "Veltrix Chips", "asserted"),
    ),
    (
        "models-built-on-a-chipmakers-systems-are-supplied-not-hosted",
        "Quillon's models are built on Kestrel Chips's newest systems.",
        ("Kestrel Chips", "supplies", "Quillon", "asserted"),
    ),
    (
        "paying-a-company-to-make-something-is-being-supplied",
        "Veltrix Semiconductor now pays Kestrel Foundry to make some of its chips.",
        ("Kestrel Foundry", "supplies", "Veltrix Semiconductor", "asserted"),
    ),
    (
        "a-family-is-named-as-one-owner",
        "The Roe family, which controls Kestrel Mining, has backed the deal.",
        ("Roe family", "owns", "Kestrel Mining", "asserted"),
    ),
    (
        "a-family-that-owns-a-company",
        "The Roe family owns Kestrel Holdings.",
        ("Roe family", "owns", "Kestrel Holdings", "asserted"),
    ),
    (
        "the-holding-company-of-a-family-is-the-familys",
        "Kestrel Holdings, the investment holding company of Italy's Roe family, agreed to sell.",
        ("Roe family", "owns", "Kestrel Holdings", "asserted"),
    ),
    (
        "a-stake-in-a-product-maker-still-names-what-the-maker-makes",
        "Tencent holds a large minority stake in Fortnite maker Epic Games.",
        ("Epic Games", "develops", "Fortnite", "asserted"),
    ),
    (
        "a-unit-in-which-a-company-is-investing",
        "Kestrel Games will move its franchises into a new subsidiary in which Veltrix Holdings is investing "
        "1.2 billion euros.",
        ("Veltrix Holdings", "invests-in", "Kestrel Games", "planned"),
    ),
    (
        "approaching-a-company-about-a-takeover-considers-buying-it",
        "Kestrel Chips approached Veltrix Semiconductor about a possible takeover in September.",
        ("Kestrel Chips", "acquires", "Veltrix Semiconductor", "considered"),
    ),
    (
        "joining-another-as-a-founding-partner-in-a-vehicle-is-investing-in-it",
        "Last month Kestrel Group joined Orvane Capital, Oslo's state investment fund, as a founding partner in "
        "Veltrix Ventures, a new vehicle for AI investments.",
        ("Orvane Capital", "invests-in", "Veltrix Ventures", "asserted"),
    ),
    (
        "using-the-platform-of-a-company-that-runs-a-cloud-is-being-hosted",
        "Quillon will use Google's Vertex AI platform to improve search on its site.",
        ("Quillon", "hosts-on", "Google", "planned"),
    ),
    (
        "a-company-whose-chips-train-anothers-systems-supplies-it",
        "Kestrel Chips, whose processors do most of the work of training Veltrix Labs's systems, invested too.",
        ("Kestrel Chips", "supplies", "Veltrix Labs", "asserted"),
    ),
    (
        "a-company-whose-cloud-runs-anothers-models-hosts-it",
        "Harbor Systems, which has poured $2 billion into Veltrix Labs and whose cloud runs the startup's "
        "models, added more.",
        ("Veltrix Labs", "hosts-on", "Harbor Systems", "asserted"),
    ),
    (
        "holders-that-also-hold-stakes-hold-them-in-the-story-company",
        "Kestrel Motors makes cars in Europe. Its chairman runs the group. The state bank Orvane Capital also holds "
        "a sizeable stake.",
        ("Orvane Capital", "invests-in", "Kestrel Motors", "asserted"),
    ),
    (
        "a-trade-word-makes-a-two-word-name-a-company",
        "Kestrel Media sells ads. Orvane Publications, the owner of Veltrix Magazines, remains the largest "
        "shareholder.",
        ("Orvane Publications", "invests-in", "Kestrel Media", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-family-of-products-is-no-family",
        "Veltrix, which develops the Tessel family of open models, has been trying to catch up.",
        ("Tessel family", "develops", "Veltrix"),
    ),
    (
        "a-country-is-no-rival",
        "Kestrel Oil said it earned its rights by taking on the exploration risk in Guyana.",
        ("Kestrel Oil", "competes-with", "Guyana"),
    ),
    (
        "shares-pledged-for-a-loan-are-no-backer",
        "Kestrel Group sold shares. It expanded a loan backed by its shares in Veltrix Chips, the British chip "
        "designer in which it owns about 90%.",
        ("Veltrix Chips", "invests-in", "Kestrel Group"),
    ),
    (
        "a-named-subsidiary-owns-nothing-after-it",
        "Kestrel Holdings said its Veltrix Labs subsidiary built Tessel.",
        ("Veltrix Labs", "owns", "Tessel"),
    ),
    (
        "keeping-up-with-orders-from-a-company-is-no-rivalry",
        "Kestrel Chips has struggled to keep up with orders from Veltrix Labs and Harbor Systems.",
        ("Kestrel Chips", "competes-with", "Harbor Systems"),
    ),
    (
        "licence-terms-are-no-licence-from-what-follows",
        "Harbor Systems sued Kestrel Chips, alleging that it breached licence terms when it used designs from "
        "Veltrix Labs.",
        ("Kestrel Chips", "partners-with", "Veltrix Labs"),
    ),
    (
        "a-compound-adjective-is-no-product",
        "Quillon sued the startup Veltrix Labs, accusing it of copying articles to feed its AI-powered search engine.",
        ("Veltrix Labs", "develops", "AI-powered"),
    ),
    (
        "a-quantifier-before-a-kind-of-product-is-no-name",
        "Nearly every smartphone processor is built on Kestrel Chips technology.",
        ("Nearly", "hosts-on", "Kestrel Chips"),
    ),
    (
        "a-singular-relative-verb-agrees-with-the-last-name-only",
        "Quillon Foods wants to take on Harbor Grocer and Veltrix Market, which owns Kestrel Farms.",
        ("Harbor Grocer", "owns", "Kestrel Farms"),
    ),
    (
        "names-in-a-relative-aside-are-not-the-passive-subject",
        "Quillon Foods, whose chains include Veltrix Market and Harbor Grocer, is backed by buyout firm Kestrel "
        "Capital.",
        ("Kestrel Capital", "invests-in", "Veltrix Market"),
    ),
    (
        "a-pronoun-clause-is-no-list-member",
        "Quillon Cloud sells database software. Its managed services run on Amazon Web Services, and it works "
        "closely with Google Cloud.",
        ("Amazon Web Services", "partners-with", "Google Cloud"),
    ),
    (
        "most-of-the-business-of-customers-is-no-unit-of-theirs",
        "Kestrel Foundry, which controls two-thirds of the market, has taken most of the business of Veltrix Chips "
        "and Harbor Devices.",
        ("Harbor Devices", "owns", "Kestrel Foundry"),
    ),
    (
        "a-plural-noun-opening-a-sentence-is-no-name",
        "Workers at Quillon Freight went on strike, and Harbor Dock bought Quillon Freight.",
        ("Workers", "acquires", "Quillon Freight"),
    ),
    (
        "a-country-with-its-own-possessive-is-no-unit",
        "The funding makes Mistral Europe's most valuable AI company, ahead of Veltrix Labs.",
        ("Mistral Europe", "competes-with", "Veltrix Labs"),
    ),
    (
        "the-ai-after-a-known-company-is-still-that-company",
        "Microsoft AI hired Jane Roe from Veltrix Labs.",
        ("Microsoft AI", "employs", "Jane Roe"),
    ),
    (
        "a-unit-sold-to-a-buyer-is-no-product-of-the-seller",
        "Kestrel Telecom agreed to sell Kestrel Telecom Italia to Orvane Networks for 8 billion euros.",
        ("Kestrel Telecom", "develops", "Orvane Networks"),
    ),
    (
        "the-founders-of-a-seller-are-not-bought",
        "Veltrix, started by former Kestrel designers Jane Roe and Mara Lindqvist, sold most of its assets to "
        "Harbor Systems.",
        ("Harbor Systems", "acquires", "Jane Roe"),
    ),
    (
        "a-person-criticised-over-a-purchase-did-not-buy",
        "Kestrel Telecom chief executive Jane Roe was criticised over the purchase of Veltrix Networks.",
        ("Jane Roe", "acquires", "Veltrix Networks"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_eighth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_eighth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
