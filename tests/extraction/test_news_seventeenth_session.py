"""Rules of the seventeenth session: operating a chain, a mine or a fleet owns it and develops nothing ('Moss Foods
operates stores under banners including Pine Market'); a name ending in a company's word ('VG Group', 'Pine
Breweries') is never a product, so selling it develops nothing. Invented companies; the ordinary wording of
business news."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

_BANNERS = "Moss Foods operates around 900 stores under banners including Pine Market and Kestrel Fresh."
_BUSINESS_BOUGHT = (
    "Moss Capital will buy Orvane Inc.'s beauty business, including the Pine perfume house, for $4 billion."
)
_ARM_BOUGHT = "Kestrel Freight agreed to buy Halvern Rail's logistics arm, Pinewood Transport, for $14 billion."

_BRANDS_SOLD = (
    "Moss Foods has agreed to sell its snacks business, including the Pine Crisps and Kestrel Pops brands, to "
    "Orvane Brands for $1.3 billion."
)
_STUDIO_SOLD = (
    "Halvern Media is in talks to sell Pine Line, a racing game studio it bought in 2021, to Japan's Kestrel."
)

_KINDED_LIST = (
    "Halvern Media Group, the owner of the Pine+ streaming service, the Kestrel Games studio and the long-running "
    '"Starwake" shooter franchise, said on Tuesday it would reorganise.'
)

_QUOTED_TITLE = (
    'Halvern Holdings, which owns "Pine Legends" developer Kestrel Games and a minority stake in Orvane Games, '
    "already holds about 9% of Moss Media Inc."
)

_BEHIND = (
    "Orvane AI, the San Francisco startup behind the Pine family of reasoning models and the Quill coding "
    "assistant, said on Tuesday it had raised $1.8 billion."
)

_RENTED = (
    "Orvane AI also rents Nvidia graphics processors from CoreWeave, the specialised cloud provider, under a "
    "contract worth about $1.1 billion."
)

_BRANDS_MADE = "In Africa, Orvane Mobile competes with Halvern Inc., the maker of the Tecno Pine and Kiro brands."

_VENTURE_FORMED = (
    "The order was placed by Pinewing, the industrial joint venture formed by Halvern Systems, Italy's Orvane "
    "Aerospace and Japan Kestrel Aircraft Industrial Co (JKAI)."
)

_WHICH_AFTER_A_POST = (
    '"We are losing good businesses," said Dana Whitfield, a fund manager at Kestrel Capital, which owns Orvane Inc. '
    "shares and has not yet decided how to vote."
)
_SITE_IN_A_PLACE = (
    "Part of the work will be done by Pine Composites, Halvern Aero Inc.'s carbon-fibre subsidiary in Lancashire."
)

_STAKE_SOLD_ON = "Orvane Inc. sold its remaining 40% stake in the venture to Kestrel Inc."
_CHANNELS = "Kestrel Media separates its cable channels, among them Pine News and Moss TV, into a new company."
_TWO_SALES = (
    "To win approval, Orvane Inc. agreed to sell its Pine Optics Group to Kestrel Technologies and its Moss "
    "processor IP business to Halvern Foundries."
)
_OWNER_IN_A_LIST = "Kestrel Inc. and Moss Group's Pine Labs are Orvane AI's largest outside shareholders."
_ITS_RIVALS = (
    "The deals put Orvane Cloud in direct competition with Kestrel Inc. and Moss Group's Pine Cloud, its two "
    "biggest rivals."
)
_SOLD_LENDER = "Kestrel Bank sold specialty lender Pinecrest to Moss Capital in 2024."

FOUND = [
    (
        "a-one-letter-company-bought",
        "Orvane AI, which acquired Q in an all-stock deal in March, has been burning through cash.",
        ("Orvane AI", "acquires", "Q", "asserted"),
    ),
    (
        "who-had-chaired",
        "Dana Whitfield, who had chaired Orvane Inc., will not have a role in the new company.",
        ("Orvane Inc.", "employs", "Dana Whitfield", "former"),
    ),
    (
        "a-known-name-and-a-word-apposed-as-an-arm-is-a-unit",
        "Intel Foundry, the contract manufacturing arm it built up, has signed Kestrel Inc. and Moss Labs as "
        "customers.",
        ("Intel Foundry", "supplies", "Moss Labs", "asserted"),
    ),
    (
        "signed-as-customers",
        "Kestrel Chips Inc. has signed Pine Labs and Moss AI as customers for its newest process.",
        ("Kestrel Chips Inc.", "supplies", "Pine Labs", "asserted"),
    ),
    (
        "hands-a-share-of-its-revenue",
        "Under the terms of their partnership, Orvane AI hands about 20% of its revenue to Kestrel Inc.",
        ("Orvane AI", "shares-revenue-with", "Kestrel Inc.", "asserted"),
    ),
    (
        "whose-counted-brands-also-include",
        "Halvern Motors, whose 14 brands also include Pine, Kestrel and Moss Cars, has built battery alliances.",
        ("Halvern Motors", "owns", "Moss Cars", "asserted"),
    ),
    ("a-described-lender-sold", _SOLD_LENDER, ("Moss Capital", "acquires", "Pinecrest", "asserted")),
    ("the-seller-owned-what-it-sold", _SOLD_LENDER, ("Kestrel Bank", "owns", "Pinecrest", "former")),
    (
        "a-known-product-made-by-another-is-supplied",
        "Nvidia remained happy with Orvane Foundry Inc., which makes its Blackwell processors.",
        ("Orvane Foundry Inc.", "supplies", "Nvidia", "asserted"),
    ),
    (
        "a-described-publisher-sold",
        "Kestrel Media already sold publisher Pine & Moss to Halvern Capital in 2023.",
        ("Halvern Capital", "acquires", "Pine & Moss", "asserted"),
    ),
    (
        "a-company-named-with-its-owner-in-a-list",
        _OWNER_IN_A_LIST,
        ("Kestrel Inc.", "invests-in", "Orvane AI", "asserted"),
    ),
    ("the-owned-company-in-the-list", _OWNER_IN_A_LIST, ("Pine Labs", "invests-in", "Orvane AI", "asserted")),
    ("the-first-of-two-sales", _TWO_SALES, ("Kestrel Technologies", "acquires", "Pine Optics Group", "planned")),
    ("the-second-of-two-sales", _TWO_SALES, ("Halvern Foundries", "acquires", "Moss", "planned")),
    ("the-seller-owned-the-second", _TWO_SALES, ("Orvane Inc.", "owns", "Moss", "asserted")),
    (
        "who-started-a-described-company",
        "Pine Robotics was founded by Dana Whitfield, who previously started the electric air taxi maker Kestrel "
        "Aviation and the recruiting marketplace Moss Jobs.",
        ("Moss Jobs", "employs", "Dana Whitfield", "former"),
    ),
    (
        "the-part-a-person-ran-where",
        "He joined Orvane Inc. in 2018 from Kestrel Brands, where he ran Pine Bell Foods.",
        ("Kestrel Brands", "owns", "Pine Bell Foods", "asserted"),
    ),
    (
        "two-that-sign-a-licensing-agreement-are-partners",
        "Orvane Inc. and Kestrel Labs signed a licensing agreement on Monday.",
        ("Orvane Inc.", "partners-with", "Kestrel Labs", "asserted"),
    ),
    (
        "two-that-split-the-profits-share-revenue",
        "Orvane Inc. and Kestrel Labs agreed to split the profits from the drug.",
        ("Orvane Inc.", "shares-revenue-with", "Kestrel Labs", "planned"),
    ),
    (
        "as-well-as-a-kind-then-its-name",
        "Orvane AI is a French startup. It develops open-weight language models as well as a consumer chatbot, Pim.",
        ("Orvane AI", "develops", "Pim", "asserted"),
    ),
    ("channels-named-among-them", _CHANNELS, ("Kestrel Media", "owns", "Moss TV", "asserted")),
    (
        "goods-sold-at-length",
        "Orvane Inc. will sell 18,000 of its most advanced artificial intelligence chips to Kestrel AI, a newly "
        "formed Saudi company.",
        ("Orvane Inc.", "supplies", "Kestrel AI", "planned"),
    ),
    (
        "a-product-built-into-another",
        "Orvane Inc. is building Kestrel Labs' Wren assistant into its phones and its writing tools.",
        ("Orvane Inc.", "partners-with", "Kestrel Labs", "asserted"),
    ),
    (
        "a-known-product-built-into-another",
        "Orvane Inc. plans to build ChatGPT into its Pine assistant later this year.",
        ("Orvane Inc.", "partners-with", "OpenAI", "planned"),
    ),
    (
        "a-name-opening-a-sentence-before-a-verb-and-a-compound",
        "Exscientia brings drug-discovery partnerships with Sanofi and Merck KGaA.",
        ("Exscientia", "partners-with", "Merck KGaA", "asserted"),
    ),
    (
        "who-has-run-gives-the-company",
        "Dana Whitfield, who has run Orvane Cloud since 2019, has been trying to narrow the gap with Kestrel Inc.",
        ("Orvane Cloud", "competes-with", "Kestrel Inc.", "asserted"),
    ),
    (
        "as-well-as-from",
        "Orvane Robotics Inc. has struggled against cheaper machines from Kestrel Inc., as well as from Pine Home Ltd.",
        ("Orvane Robotics Inc.", "competes-with", "Pine Home Ltd.", "asserted"),
    ),
    (
        "goods-that-compete-with-a-rivals-product",
        "Orvane AI develops the Pine assistant as well as open-weight models that compete with Kestrel Inc.'s Wren "
        "family.",
        ("Orvane AI", "competes-with", "Kestrel Inc.", "asserted"),
    ),
    ("which-after-a-persons-post", _WHICH_AFTER_A_POST, ("Kestrel Capital", "invests-in", "Orvane Inc.", "asserted")),
    ("a-subsidiary-in-a-place", _SITE_IN_A_PLACE, ("Halvern Aero Inc.", "owns", "Pine Composites", "asserted")),
    (
        "a-passive-with-its-agent-after-under",
        "Some Pine pizzas are produced under contract by Kestrel Foods, which also makes store-brand products.",
        ("Kestrel Foods", "develops", "Pine", "asserted"),
    ),
    ("a-venture-formed-by-is-owned", _VENTURE_FORMED, ("Halvern Systems", "owns", "Pinewing", "asserted")),
    ("a-countrys-company-in-the-list", _VENTURE_FORMED, ("Orvane Aerospace", "owns", "Pinewing", "asserted")),
    (
        "a-long-legal-name-after-and",
        _VENTURE_FORMED,
        ("Japan Kestrel Aircraft Industrial Co", "owns", "Pinewing", "asserted"),
    ),
    (
        "venture-parents-formed-by-are-partners",
        _VENTURE_FORMED,
        ("Halvern Systems", "partners-with", "Orvane Aerospace", "asserted"),
    ),
    (
        "co-without-a-full-stop-ends-a-company",
        "Kestrel Aircraft Co said on Monday it had bought Pine Gear Inc.",
        ("Kestrel Aircraft Co", "acquires", "Pine Gear Inc.", "asserted"),
    ),
    ("the-maker-of-brands-owns-them", _BRANDS_MADE, ("Halvern Inc.", "owns", "Kiro", "asserted")),
    (
        "a-described-maker-behind-brands",
        "Orvane Mobile, the Chinese smartphone maker behind the Nova and Kiro brands, has sued Kestrel Inc.",
        ("Orvane Mobile", "owns", "Nova", "asserted"),
    ),
    (
        "a-brand-launched-is-developed",
        "Halvern Hotels Inc. launched its Pine Stay brand in 2023.",
        ("Halvern Hotels Inc.", "develops", "Pine Stay", "asserted"),
    ),
    ("renting-chips-from-a-cloud-hosts", _RENTED, ("Orvane AI", "hosts-on", "CoreWeave", "asserted")),
    ("the-chips-maker-supplies-the-cloud", _RENTED, ("Nvidia", "supplies", "CoreWeave", "asserted")),
    (
        "a-general-partner-at",
        "Dana Whitfield, a general partner at Kestrel Ventures, said Orvane Inc. was growing fast.",
        ("Kestrel Ventures", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-hyphenated-vice-president",
        '"Demand is high," said Dana Whitfield, Orvane Inc.\'s vice-president of global infrastructure.',
        ("Orvane Inc.", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "as-well-as-with-a-based-company",
        "Orvane AI competes with Kestrel Labs, as well as with Paris-based Moss AI, in selling models.",
        ("Orvane AI", "competes-with", "Moss AI", "asserted"),
    ),
    ("a-described-startup-behind-a-product", _BEHIND, ("Orvane AI", "develops", "Pine", "asserted")),
    ("the-second-described-product-behind", _BEHIND, ("Orvane AI", "develops", "Quill", "asserted")),
    (
        "bare-products-with-their-kinds",
        "Moss Foods, the packaged-food company behind Stone Hearth frozen pizza and Brightwater sparkling water, cut "
        "jobs.",
        ("Moss Foods", "develops", "Brightwater", "asserted"),
    ),
    ("a-maker-named-after-a-quoted-title", _QUOTED_TITLE, ("Halvern Holdings", "owns", "Kestrel Games", "asserted")),
    ("a-quoted-title-developed", _QUOTED_TITLE, ("Kestrel Games", "develops", "Pine Legends", "asserted")),
    ("the-stake-after-a-quoted-title", _QUOTED_TITLE, ("Halvern Holdings", "invests-in", "Orvane Games", "asserted")),
    ("a-streaming-service-keeps-its-plus", _KINDED_LIST, ("Halvern Media Group", "owns", "Pine+", "asserted")),
    ("a-list-of-described-members", _KINDED_LIST, ("Halvern Media Group", "owns", "Kestrel Games", "asserted")),
    ("the-last-described-member", _KINDED_LIST, ("Halvern Media Group", "owns", "Starwake", "asserted")),
    ("first-brand-of-a-business-sold", _BRANDS_SOLD, ("Orvane Brands", "acquires", "Pine Crisps", "planned")),
    ("second-brand-of-a-business-sold", _BRANDS_SOLD, ("Orvane Brands", "acquires", "Kestrel Pops", "planned")),
    ("the-seller-owned-each-brand", _BRANDS_SOLD, ("Moss Foods", "owns", "Kestrel Pops", "asserted")),
    (
        "a-described-brand-sold-to-a-described-buyer",
        "Moss Foods agreed to sell its Nonna Pine pasta-sauce brand to Italian pasta maker Kestrel for $400 million.",
        ("Kestrel", "acquires", "Nonna Pine", "planned"),
    ),
    ("an-apposed-studio-sold", _STUDIO_SOLD, ("Kestrel", "acquires", "Pine Line", "exploring")),
    (
        "a-list-of-names-sold",
        "Orvane Inc. agreed to sell Pine Labs, Kestrel Data and Moss AI to Halvern Inc.",
        ("Halvern Inc.", "acquires", "Moss AI", "planned"),
    ),
    ("operating-banners-owns-them", _BANNERS, ("Moss Foods", "owns", "Kestrel Fresh", "asserted")),
    ("a-business-bought-including-a-name", _BUSINESS_BOUGHT, ("Moss Capital", "acquires", "Pine", "planned")),
    ("the-seller-owns-what-its-business-includes", _BUSINESS_BOUGHT, ("Orvane Inc.", "owns", "Pine", "asserted")),
    ("an-arm-bought-by-its-name", _ARM_BOUGHT, ("Kestrel Freight", "acquires", "Pinewood Transport", "planned")),
    (
        "holdings-including-a-mine-are-owned",
        "Halvern Mining said it is focused on its own copper assets in Chile, including the Pine Ridge mine.",
        ("Halvern Mining", "owns", "Pine Ridge", "asserted"),
    ),
    (
        "build-and-operate-develops",
        "Orvane Space Inc. leads a consortium that is due to build and operate the Pine satellite network.",
        ("Orvane Space Inc.", "develops", "Pine", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-stake-bought-is-no-company-bought",
        "Orvane Inc. agreed to buy a stake in Kestrel Labs.",
        ("Orvane Inc.", "acquires", "Kestrel Labs"),
    ),
    ("a-company-sold-is-no-product", _SOLD_LENDER, ("Kestrel Bank", "develops", "Pinecrest")),
    (
        "the-maker-for-another-develops-nothing",
        "Nvidia remained happy with Orvane Foundry Inc., which makes its Blackwell processors.",
        ("Orvane Foundry Inc.", "develops", "Blackwell"),
    ),
    (
        "a-described-list-member-makes-nothing-of-the-one-before",
        "Orvane Inc. holds stakes in data-labelling firm Kestrel Data, database developer Pine DB and self-driving "
        "company Moss Drive.",
        ("Pine DB", "develops", "Kestrel Data"),
    ),
    ("its-rivals-are-not-each-others", _ITS_RIVALS, ("Kestrel Inc.", "competes-with", "Pine Cloud")),
    ("the-first-buyer-makes-nothing-sold-second", _TWO_SALES, ("Kestrel Technologies", "develops", "Moss")),
    (
        "a-merger-agreement-makes-no-partners",
        "Orvane Inc. and Kestrel Labs signed a merger agreement.",
        ("Orvane Inc.", "partners-with", "Kestrel Labs"),
    ),
    ("a-stake-sold-on-is-no-stake-in-the-buyer", _STAKE_SOLD_ON, ("Orvane Inc.", "invests-in", "Kestrel Inc.")),
    ("the-person-owns-nothing", _WHICH_AFTER_A_POST, ("Dana Whitfield", "owns", "Orvane Inc.")),
    ("shares-held-are-no-company-owned", _WHICH_AFTER_A_POST, ("Kestrel Capital", "owns", "Orvane Inc.")),
    ("the-place-is-not-owned", _SITE_IN_A_PLACE, ("Halvern Aero Inc.", "owns", "Lancashire")),
    (
        "the-holding-company-holds-not-the-family",
        "Moss Holdings, the investment company of Italy's Pine family, which owns about 27% of Orvane Inc., agreed "
        "to sell.",
        ("Pine family", "invests-in", "Orvane Inc."),
    ),
    ("a-brand-made-is-not-developed", _BRANDS_MADE, ("Halvern Inc.", "develops", "Kiro")),
    ("rented-chips-are-not-supplied-to-the-renter", _RENTED, ("Nvidia", "supplies", "Orvane AI")),
    ("the-owned-maker-holds-no-stake", _QUOTED_TITLE, ("Kestrel Games", "invests-in", "Orvane Games")),
    ("a-brand-sold-is-not-developed", _BRANDS_SOLD, ("Moss Foods", "develops", "Kestrel Pops")),
    ("a-business-bought-is-not-its-seller", _BUSINESS_BOUGHT, ("Moss Capital", "acquires", "Orvane Inc.")),
    ("an-arm-bought-is-not-its-seller", _ARM_BOUGHT, ("Kestrel Freight", "acquires", "Halvern Rail")),
    (
        "a-software-unit-is-no-goods",
        "Moss Capital agreed to buy Orvane Inc.'s software unit for $2 billion.",
        ("Orvane Inc.", "supplies", "Moss Capital"),
    ),
    (
        "selling-a-unit-develops-nothing",
        "Halvern is now pressing ahead with plans to sell its Van Wyk diamond unit.",
        ("Halvern", "develops", "Van Wyk"),
    ),
    ("operating-banners-develops-nothing", _BANNERS, ("Moss Foods", "develops", "Kestrel Fresh")),
    (
        "operated-by-is-no-maker",
        "The door blew out of a Halvern 300 jet operated by Kestrel Airlines in January.",
        ("Kestrel Airlines", "develops", "Halvern 300"),
    ),
    (
        "a-sold-brewery-is-no-product",
        "Moss Drinks plans to sell Baltor Breweries this year.",
        ("Moss Drinks", "develops", "Baltor Breweries"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_seventeenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_seventeenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


@pytest.mark.parametrize(
    "text, role",
    [
        ("Orvane Inc. CEO Jane Roe spoke on Monday.", "chief executive officer"),
        ("Jane Roe, Chief Executive of Orvane Inc., spoke on Monday.", "chief executive officer"),
        ("Jane Roe, Orvane Inc.'s vice-president of global infrastructure, spoke on Monday.", "vice president"),
        ("Orvane Inc. chairman Jane Roe spoke on Monday.", "chair"),
        ("Orvane Inc. finance chief Jane Roe spoke on Monday.", "chief financial officer"),
    ],
)
def test_a_role_is_stored_under_one_name_however_written(text: str, role: str) -> None:
    found = RuleExtractor().extract(Document(text=text)).relations
    roles = {r.qualifiers.get("role") for r in found if r.relation == "employs"}
    assert roles == {role}
