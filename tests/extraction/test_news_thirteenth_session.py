"""Rules of the thirteenth session: goods said to be used by a company ('Kestrel said its processors are now used by
Orvane Labs', 'Its chips are used by A and B, Kestrel said') are supplied by their maker, named with 's, by the
subject 'its' stands for, or by the speaker after; 'one of the biggest customers of Y' names a customer as 'a
customer of Y' does, but a plural with no copula or apposition ('struggled to lure the customers of Y') names
none; a buyer of a stake described before its name ('sold a stake in Beta to private equity firm Moss Partners')
is found, and the seller's hedge ('is in talks to sell') is the buyer's too; a company's arm named after its kind
('led by Kestrel Group's venture arm Moss Ventures') is the member of a list or the leader of a round, and is
owned by the company; a possessor in a list gives way to the name it owns ('backed by A, Kestrel's Vision Fund
and B'). A relative aside with a list inside ('Orvane Labs, whose investors include A, B and C, develops ...') is
skipped whole by the predicate after it, the verb itself or 'will become'; a thing of a kind, then its name
('unveiled a humanoid robot known as Quillo', 'a new model, known internally as Avocado') is the object of the
verb before it. An adjective opening a sentence before a lower-case noun ('Domestic rivals such as ...') is no
name. Two brands listed after 'include', 'owner of' or 'the', or before 'chains' ('whose brands include Quill and
Green Meadow', 'owns the Ralphs and Fred Moss chains') are no two people sharing a surname, and a name guessed a
person's in a company's list of brands is a brand; a relative clause opened by a preposition ('a year in which
the owner of ...') has its own subject. 'its food brands, including A and B' lists what the clause's company
owns, whatever is said of them ('exploring a sale of ...'); 'Network' closes a company's name ('Kestrel's Orvane
Network'); money paid for the rights to show or stream a company's games buys no company. Invented companies; the
ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "goods-of-the-subject-its-stands-for",
        "Kestrel Semiconductor said its wafer-scale processors are now used by Orvane Labs to serve its chatbot.",
        ("Kestrel Semiconductor", "supplies", "Orvane Labs", "asserted"),
    ),
    (
        "goods-named-with-a-possessive",
        "Kestrel Semiconductor's battery cells are also used by Veltrix Motors.",
        ("Kestrel Semiconductor", "supplies", "Veltrix Motors", "asserted"),
    ),
    (
        "goods-of-the-speaker-after",
        "Its chips are used by Orvane Labs and Veltrix Motors, Kestrel Semiconductor said.",
        ("Kestrel Semiconductor", "supplies", "Veltrix Motors", "asserted"),
    ),
    (
        "one-of-the-biggest-customers-of-a-cloud",
        "Orvane Labs is one of the largest customers of Google Cloud.",
        ("Orvane Labs", "hosts-on", "Google Cloud", "asserted"),
    ),
    (
        "among-the-customers-of-a-maker",
        "Veltrix Motors, among the biggest customers of Nvidia, said on Monday it would cut output.",
        ("Nvidia", "supplies", "Veltrix Motors", "asserted"),
    ),
    (
        "a-buyer-described-before-its-name",
        "Kestrel Systems agreed to sell a stake in Orvane Labs to private equity firm Moss Partners.",
        ("Moss Partners", "invests-in", "Orvane Labs", "planned"),
    ),
    (
        "the-sellers-hedge-is-the-buyers",
        "Kestrel Systems is in talks to sell a stake in its Orvane Labs unit to Moss Partners.",
        ("Moss Partners", "invests-in", "Orvane Labs", "exploring"),
    ),
]

_ARM = (
    "The round was led by Kestrel Group's venture arm Moss Ventures, with Pine Capital also taking part, Orvane Labs "
    "said."
)
_ARM_LISTED = (
    "Orvane Labs raised $300 million from investors including Pine Capital and Kestrel Group's venture arm Moss "
    "Ventures."
)
FOUND += [
    ("an-arm-leading-a-round", _ARM, ("Moss Ventures", "invests-in", "Orvane Labs", "asserted")),
    ("the-arm-is-owned", _ARM, ("Kestrel Group", "owns", "Moss Ventures", "asserted")),
    ("an-arm-in-a-list", _ARM_LISTED, ("Moss Ventures", "invests-in", "Orvane Labs", "asserted")),
    (
        "a-possessor-in-a-list-gives-way",
        "Orvane Labs is backed by Pine Capital, Kestrel Group's Moss Fund and Jane Roe.",
        ("Moss Fund", "invests-in", "Orvane Labs", "asserted"),
    ),
    (
        "the-list-goes-on-after-the-possessor",
        "Orvane Labs is backed by Pine Capital, Kestrel Group's Moss Fund and Jane Roe.",
        ("Jane Roe", "invests-in", "Orvane Labs", "asserted"),
    ),
]

_LISTING_ASIDE = (
    "Orvane Labs, whose investors include Kestrel Capital, Pine Capital and Moss Partners, develops the Quillo "
    "assistant."
)
_BECOMES_PART = (
    "Orvane Labs, whose backers include Kestrel Capital, Pine Capital and Moss Partners, will become part of Veltrix "
    "Systems once the takeover closes."
)
FOUND += [
    ("the-head-of-a-listing-aside-acts", _LISTING_ASIDE, ("Orvane Labs", "develops", "Quillo", "asserted")),
    ("the-list-in-the-aside-still-counts", _LISTING_ASIDE, ("Moss Partners", "invests-in", "Orvane Labs", "asserted")),
    ("the-head-becomes-part-of", _BECOMES_PART, ("Veltrix Systems", "owns", "Orvane Labs", "planned")),
    (
        "a-kind-known-as-a-name",
        "Kestrel Motors unveiled a humanoid robot known as Quillo on Thursday.",
        ("Kestrel Motors", "develops", "Quillo", "asserted"),
    ),
    (
        "a-kind-known-internally-as-a-name",
        "Orvane Labs is developing a new model, known internally as Avocado, people familiar with the matter said.",
        ("Orvane Labs", "develops", "Avocado", "asserted"),
    ),
]

_BRANDS = "Orvane Insurance, whose brands include Quillfield and Green Meadow, rebuffed a bid from Kestrel Group."
_OWNER_IN_CLAUSE = (
    "Kestrel Group agreed to buy Orvane Insurance, capping a year in which the owner of the Quillfield and Green "
    "Meadow brands fended off one suitor after another."
)
FOUND += [
    ("a-brand-listed-first", _BRANDS, ("Orvane Insurance", "owns", "Quillfield", "asserted")),
    ("a-brand-that-looks-like-a-person", _BRANDS, ("Orvane Insurance", "owns", "Green Meadow", "asserted")),
    (
        "two-chains-owned",
        "Kestrel Foods, which owns the Ralphs and Fred Moss chains, rejected the claims.",
        ("Kestrel Foods", "owns", "Fred Moss", "asserted"),
    ),
    (
        "the-owner-of-two-brands",
        "Tapestry, the owner of Coach and Kate Spade, agreed to the deal.",
        ("Tapestry", "owns", "Coach", "asserted"),
    ),
]

_BRANDS_FOR_SALE = "Kestrel Foods is exploring a sale of several of its food brands, including Quillmite and Bovra."
FOUND += [
    ("brands-including-after-its", _BRANDS_FOR_SALE, ("Kestrel Foods", "owns", "Bovra", "asserted")),
    (
        "a-network-owned",
        "The show will leave Kestrel Media's Orvane Network, which has aired it for decades.",
        ("Kestrel Media", "owns", "Orvane Network", "asserted"),
    ),
]

_FORMED = (
    "Kestrel Mining agreed to buy Arcadia Lithium for $6 billion. Arcadia, formed from last year's merger of Orvane "
    "Metals and Pine Minerals, counts Veltrix Motors among the customers for its lithium."
)
FOUND += [
    (
        "a-name-with-al",
        "Saad al-Kaabi, Kestrel Energy's chief executive, said talks were at an advanced stage.",
        ("Kestrel Energy", "employs", "Saad al-Kaabi", "asserted"),
    ),
    (
        "a-name-with-bin",
        "Orvane Holdings is chaired by Hamad bin Khalid Al Thani, a cousin of the emir.",
        ("Orvane Holdings", "employs", "Hamad bin Khalid Al Thani", "asserted"),
    ),
    (
        "goods-measured-out-at-length",
        "Kestrel Energy will supply up to 3.5 million tonnes a year of liquefied natural gas to Germany's Orvane Power "
        "under a 15-year contract.",
        ("Kestrel Energy", "supplies", "Orvane Power", "planned"),
    ),
    ("the-company-formed-from-a-merger", _FORMED, ("Arcadia Lithium", "supplies", "Veltrix Motors", "asserted")),
]

_NAMED_PAST_ASIDE = "Jane Roe, who previously ran Moss Airlines, was named Kestrel Airways' chief executive."
FOUND += [
    (
        "was-named-a-companys-chief",
        "Jane Roe was named Orvane Systems' chief executive on Monday.",
        ("Orvane Systems", "employs", "Jane Roe", "asserted"),
    ),
    (
        "was-appointed-as-a-companys-chief",
        "Jane Roe has been appointed as Orvane's first finance chief.",
        ("Orvane", "employs", "Jane Roe", "asserted"),
    ),
    ("named-past-a-relative-aside", _NAMED_PAST_ASIDE, ("Kestrel Airways", "employs", "Jane Roe", "asserted")),
    ("the-aside-keeps-its-own-post", _NAMED_PAST_ASIDE, ("Moss Airlines", "employs", "Jane Roe", "former")),
]

FOUND += [
    (
        "companies-placed-by-their-countries-in-a-list",
        "Germany's Kestrel Werke and France's Orvane Systems formed a partnership to build rail signals.",
        ("Kestrel Werke", "partners-with", "Orvane Systems", "asserted"),
    ),
]

_VENTURE = (
    "Kestrel Motors and Orvane Chemicals will create a joint venture, to be called Pine Mobility, to build cells."
)
FOUND += [
    ("a-founder-of-a-named-venture", _VENTURE, ("Orvane Chemicals", "owns", "Pine Mobility", "planned")),
    ("the-founders-will-partner", _VENTURE, ("Kestrel Motors", "partners-with", "Orvane Chemicals", "planned")),
]

_VANS = "Orvane Retail also buys Kestrel Motors' electric delivery vans."
FOUND += [
    ("goods-of-a-possessive-bought", _VANS, ("Kestrel Motors", "supplies", "Orvane Retail", "asserted")),
    (
        "a-holder-beside-whose-group",
        "The deal throws a lifeline to Kestrel Motors, whose biggest shareholder, Orvane Retail, also buys its vans.",
        ("Orvane Retail", "invests-in", "Kestrel Motors", "asserted"),
    ),
]

FOUND += [
    (
        "a-model-code-after-a-product",
        "Kestrel Electronics unveiled its Quasar S25 smartphones on Wednesday.",
        ("Kestrel Electronics", "develops", "Quasar S25", "asserted"),
    ),
    (
        "edition-words-after-a-number",
        "Orvane Devices said all models would use Kestrel Chips' Nimbus 8 Elite processors.",
        ("Kestrel Chips", "develops", "Nimbus 8 Elite", "asserted"),
    ),
    (
        "whose-goods-already-used-by-a-list",
        "Kestrel Chips, whose custom chips are already used by Google and Meta, told analysts it had new orders.",
        ("Kestrel Chips", "supplies", "Meta", "asserted"),
    ),
]

_OWNS_AND_HOLDS = (
    "Beyond its cloud business, Orvane Group owns self-driving technology developer Pine Drive and data-labelling "
    "company Moss Data, and holds a minority stake in database software maker Quillbase."
)
_AGAINST = (
    "The Nimbus chips power laptops made by Kestrel Computers and Veltrix PC, and go up against processors from "
    "Orvane Semiconductor and Moss Silicon."
)
FOUND += [
    ("the-second-verb-is-the-subjects", _OWNS_AND_HOLDS, ("Orvane Group", "invests-in", "Quillbase", "asserted")),
    (
        "an-analyst-at-a-firm-with-initials",
        '"The deal de-risks the plan," said Alexander Platt, an analyst at D.A. Moss. Orvane declined to comment.',
        ("D.A. Moss", "employs", "Alexander Platt", "asserted"),
    ),
]

_DENIAL = "Kestrel Oil said on Thursday it has no intention of making an offer for Orvane Energy."
_MAKER_OF = "Kestrel Health agreed on Monday to buy Orvane Care, the maker of Quillex and Pine-Aid, for $40 billion."
_ACTIVISTS = (
    "Orvane Care, which has been under pressure from activist investors Moss Value, Pine Point and Quill Capital, "
    "replaced its chief executive in July."
)
FOUND += [
    ("the-buy-of-a-maker", _MAKER_OF, ("Kestrel Health", "acquires", "Orvane Care", "asserted")),
    ("an-activist-under-whose-pressure", _ACTIVISTS, ("Quill Capital", "invests-in", "Orvane Care", "asserted")),
    (
        "an-activist-investor-named-alone",
        "Orvane Energy has been under pressure from activist investor Moss Value, which has built a stake of 5%.",
        ("Moss Value", "invests-in", "Orvane Energy", "asserted"),
    ),
]

FOUND += [
    (
        "the-company-that-makes",
        "Orvane Media, the Beijing-based company that built Quillo, keeps a 19.9% stake.",
        ("Orvane Media", "develops", "Quillo", "asserted"),
    ),
    (
        "an-apposed-designer-that-accused",
        "Kestrel is appealing a verdict won by Moss Memory, a small Irvine-based memory designer that accused it of "
        "infringing patents.",
        ("Moss Memory", "accuses", "Kestrel", "asserted"),
    ),
]

FOUND += [
    (
        "a-companys-investors-including",
        "Affiliates of existing Orvane Media investors, including Moss Capital and Pine Atlantic, hold about 30%.",
        ("Pine Atlantic", "invests-in", "Orvane Media", "asserted"),
    ),
    (
        "formerly-a-companys-post",
        "The venture will be run by Jane Roe, formerly Orvane Media's head of operations.",
        ("Orvane Media", "employs", "Jane Roe", "former"),
    ),
]

FOUND += [
    (
        "a-given-name-like-a-month",
        "Jun Seki is a former Kestrel Motors executive.",
        ("Kestrel Motors", "employs", "Jun Seki", "former"),
    ),
]

FOUND += [
    (
        "a-name-opened-by-national",
        "Shari Roe, whose family company National Quillments had controlled Orvane Pictures for decades, is leaving.",
        ("National Quillments", "owns", "Orvane Pictures", "asserted"),
    ),
    (
        "brands-including-after-of",
        "The deal gives Kestrel Foods control of breakfast brands including Pop-Quills and Eggmo.",
        ("Kestrel Foods", "owns", "Eggmo", "asserted"),
    ),
    (
        "named-as-among-the-first-customers",
        "Kestrel Chips began shipping its new processors. It named Orvane Cloud and Moss Compute as among the first "
        "customers to receive the chips.",
        ("Kestrel Chips", "supplies", "Moss Compute", "asserted"),
    ),
]

FOUND += [
    (
        "two-names-the-second-an-institutions",
        "Kestrel Asset Management and Orvane Pension Investment Board invested in Pine Data.",
        ("Orvane Pension Investment Board", "invests-in", "Pine Data", "asserted"),
    ),
]

_WRITE_DOWN = (
    "The sports-car maker Kestrel Motors said it would shrink its battery subsidiary Cellmoss and write down its "
    "stake in Croatian electric-car firm Orvane Group."
)
_HOLD_OFF = "Kestrel Electronics fights to hold off Orvane Devices and a resurgent Moss Mobile in the premium segment."
FOUND += [
    ("the-second-verbs-its-stake", _WRITE_DOWN, ("Kestrel Motors", "invests-in", "Orvane Group", "planned")),
    ("rivals-held-off", _HOLD_OFF, ("Kestrel Electronics", "competes-with", "Moss Mobile", "asserted")),
]

_PHOTONICS = (
    "Pine Photonics, which was spun out of a university in 2021, has raised $80 million in a round led by Kestrel "
    "Capital, with existing backers Amadeus Ventures and Octopus Partners also taking part. The startup counts "
    "Orvane Chips among early customers for its optical chips."
)
FOUND += [
    ("existing-backers-also-taking-part", _PHOTONICS, ("Octopus Partners", "invests-in", "Pine Photonics", "asserted")),
    ("the-startup-with-a-trade-word-name", _PHOTONICS, ("Pine Photonics", "supplies", "Orvane Chips", "asserted")),
]

_TOGETHER = "Kestrel Partners agreed to buy Orvane Data Centres for $16 billion together with Pine Pension Fund."
FOUND += [("a-co-buyer-together-with", _TOGETHER, ("Pine Pension Fund", "acquires", "Orvane Data Centres", "planned"))]

NOT_FOUND = [
    (
        "a-co-buyer-is-no-partner-of-the-bought",
        _TOGETHER,
        ("Orvane Data Centres", "partners-with", "Pine Pension Fund"),
    ),
    ("the-lead-investor-is-no-startup", _PHOTONICS, ("Kestrel Capital", "supplies", "Orvane Chips")),
    ("the-object-before-holds-no-stake", _WRITE_DOWN, ("Cellmoss", "invests-in", "Orvane Group")),
    ("a-nationality-is-no-company", _WRITE_DOWN, ("Cellmoss", "invests-in", "Croatian")),
    ("held-off-is-not-held", _HOLD_OFF, ("Kestrel Electronics", "owns", "Orvane Devices")),
    (
        "a-bid-fended-off-is-no-rivalry",
        "Orvane Mining fended off a takeover approach from Kestrel Resources.",
        ("Orvane Mining", "competes-with", "Kestrel Resources"),
    ),
    (
        "a-demonym-is-no-company",
        "The app, used by about 170 million Americans, competes with Quillgram.",
        ("Americans", "competes-with", "Quillgram"),
    ),
    (
        "a-gerund-after-that",
        "Kestrel chief executive Jane Roe has argued that owning Orvane Networks would help it compete.",
        ("Jane Roe", "owns", "Orvane Networks"),
    ),
    (
        "a-new-company-that-owns",
        "Kestrel Foods completed the spin-off of its ice-cream division, creating a standalone company that owns "
        "Quillo Ices.",
        ("Kestrel Foods", "owns", "Quillo Ices"),
    ),
    ("the-makers-products-are-not-bought", _MAKER_OF, ("Kestrel Health", "acquires", "Quillex")),
    (
        "legal-challenges-name-no-rival",
        "The deal comes as Orvane Care faces legal challenges over Quillex.",
        ("Orvane Care", "competes-with", "Quillex"),
    ),
    ("an-owned-company-holds-no-stake", _OWNS_AND_HOLDS, ("Pine Drive", "invests-in", "Quillbase")),
    ("a-rivals-processors-supply-no-one", _AGAINST, ("Orvane Semiconductor", "supplies", "Kestrel Computers")),
    (
        "an-edition-word-is-no-product-of-its-own",
        "Orvane Devices said all models would use Kestrel Chips' Nimbus 8 Elite processors.",
        ("Kestrel Chips", "develops", "Elite"),
    ),
    ("goods-bought-buy-no-company", _VANS, ("Orvane Retail", "acquires", "Kestrel Motors")),
    ("the-name-in-the-aside-holds-no-post", _NAMED_PAST_ASIDE, ("Kestrel Airways", "employs", "Moss Airlines")),
    ("the-merged-companies-are-an-aside", _FORMED, ("Orvane Metals", "supplies", "Veltrix Motors")),
    (
        "rights-bought-are-no-company",
        "Orvane Streaming will pay $5 billion for the rights to stream Kestrel Wrestling's weekly show.",
        ("Orvane Streaming", "acquires", "Kestrel Wrestling"),
    ),
    ("brands-are-no-shared-surname", _BRANDS, ("Orvane Insurance", "owns", "Quillfield Meadow")),
    ("the-owner-in-a-relative-clause-is-not-the-buyer", _OWNER_IN_CLAUSE, ("Kestrel Group", "owns", "Quillfield")),
    (
        "an-opening-adjective-is-no-company",
        "Kestrel Semiconductor faces pressure at home. Domestic rivals such as Orvane Chips and Veltrix Systems have "
        "moved to fill the gap.",
        ("Domestic", "competes-with", "Orvane Chips"),
    ),
    ("a-backer-in-the-aside-makes-nothing", _LISTING_ASIDE, ("Kestrel Capital", "develops", "Quillo")),
    ("a-backer-in-the-aside-is-not-bought", _BECOMES_PART, ("Veltrix Systems", "owns", "Pine Capital")),
    ("the-owner-of-the-arm-leads-no-round", _ARM, ("Kestrel Group", "invests-in", "Orvane Labs")),
    ("the-owner-of-the-arm-is-no-investor", _ARM_LISTED, ("Kestrel Group", "invests-in", "Orvane Labs")),
    (
        "customers-lured-are-no-customers-named",
        "Veltrix Motors has fallen behind and struggled to lure the biggest customers of Nvidia.",
        ("Nvidia", "supplies", "Veltrix Motors"),
    ),
    (
        "the-speaker-is-no-user",
        "Its chips are used by Orvane Labs, Kestrel Semiconductor said.",
        ("Kestrel Semiconductor", "supplies", "Kestrel Semiconductor"),
    ),
]


_SELL_ITS = (
    "Kestrel Payments has agreed to buy Orvane Pay for $24 billion and to sell its Pine Issuing business to Moss "
    "Financial."
)
_SAMPLES = (
    "Kestrel Memory has started delivering samples of its HBX4 high-bandwidth memory to Orvane Chips and is in talks "
    "to supply the chips to Moss Silicon."
)
_HOLDING = "Kestrel Memory, a subsidiary of holding company Pine Square, said it would spend $13 billion."
FOUND += [
    (
        "a-named-business-with-a-kind-before-its-noun",
        "Kestrel Health is weighing options for its Quill Formula baby-formula business, including a sale.",
        ("Kestrel Health", "owns", "Quill Formula", "asserted"),
    ),
    ("the-sellers-business", _SELL_ITS, ("Kestrel Payments", "owns", "Pine Issuing", "asserted")),
    (
        "each-member-of-a-buying-consortium",
        "Kestrel Foods announced the $2.8 billion sale of its bottled-water business, Kestrel Waters, to a consortium "
        "of Pine Partners and Moss Equity.",
        ("Moss Equity", "acquires", "Kestrel Waters", "asserted"),
    ),
    ("samples-delivered-past-a-product", _SAMPLES, ("Kestrel Memory", "supplies", "Orvane Chips", "asserted")),
    ("a-hedged-second-predicate", _SAMPLES, ("Kestrel Memory", "supplies", "Moss Silicon", "exploring")),
    ("a-subsidiary-of-a-holding-company", _HOLDING, ("Pine Square", "owns", "Kestrel Memory", "asserted")),
    (
        "heads-a-division-at",
        '"We need capacity," said Kim Joo-seon, who heads the AI infrastructure division at Kestrel Memory.',
        ("Kestrel Memory", "employs", "Kim Joo-seon", "asserted"),
    ),
    (
        "a-role-with-an-acronym",
        "Kestrel Memory has been Orvane Chips' main HBM supplier since 2023.",
        ("Kestrel Memory", "supplies", "Orvane Chips", "asserted"),
    ),
    (
        "a-companys-models-used",
        "Orvane Mobile will use Kestrel AI's Quill models to power a revamped version of its assistant.",
        ("Kestrel AI", "supplies", "Orvane Mobile", "planned"),
    ),
]
NOT_FOUND += [
    ("the-bought-company-owns-not-the-sellers-business", _SELL_ITS, ("Orvane Pay", "owns", "Pine Issuing")),
    ("the-first-customer-supplies-no-one", _SAMPLES, ("Orvane Chips", "supplies", "Moss Silicon")),
    ("a-holding-company-is-held-by-no-one", _HOLDING, ("Kestrel Memory", "owns", "Pine Square")),
]


_DEBUT = "Shares of Kestrel Chips jumped 25% in their Moss Exchange debut, handing its owner, Orvane Group, a win."
FOUND += [
    (
        "a-compound-owner",
        "Kestrel Airways owner Orvane Group has pulled out of the race.",
        ("Orvane Group", "owns", "Kestrel Airways", "asserted"),
    ),
]
NOT_FOUND += [("an-owner-of-what-was-named-further-back", _DEBUT, ("Orvane Group", "owns", "Moss Exchange"))]


_SPUN = (
    "Orvane Mining spun off its platinum business, now called Pine Platinum, in May and is seeking a buyer for its "
    "Quill Diamonds unit."
)
NOT_FOUND += [
    ("the-spun-off-business-owns-no-unit", _SPUN, ("Pine Platinum", "owns", "Quill Diamonds")),
    (
        "proposals-for-a-company-make-nothing",
        "Kestrel Resources made three proposals for Orvane Mining worth up to 38.9 billion pounds in 2024.",
        ("Kestrel Resources", "develops", "Orvane Mining"),
    ),
    (
        "a-companys-shareholders-are-not-the-company",
        "Orvane Mining agreed to merge with Kestrel Resources. The combined group will be owned about 62% by Orvane "
        "Mining shareholders and 38% by Kestrel's.",
        ("Kestrel Resources", "owns", "Orvane Mining"),
    ),
]


FOUND += [
    (
        "aircraft-ordered-from-their-maker",
        "Kestrel Airways ordered 65 more Boeing 777-9 jets on Monday.",
        ("Boeing", "supplies", "Kestrel Airways", "asserted"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_thirteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_thirteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


def test_a_stake_sale_in_talks_is_not_asserted_for_the_buyer() -> None:
    found = triples("Kestrel Systems is in talks to sell a stake in its Orvane Labs unit to Moss Partners.")
    assert ("Moss Partners", "invests-in", "Orvane Labs", "asserted") not in found


def test_brands_for_sale_are_still_owned() -> None:
    assert ("Kestrel Foods", "owns", "Quillmite", "exploring") not in triples(_BRANDS_FOR_SALE)


def test_a_planned_venture_is_no_asserted_partnership() -> None:
    assert ("Kestrel Motors", "partners-with", "Orvane Chemicals", "asserted") not in triples(_VENTURE)


def test_no_intention_of_an_offer_is_a_denial() -> None:
    assert ("Kestrel Oil", "acquires", "Orvane Energy", "negated") in triples(_DENIAL)


def test_a_unit_after_a_second_verb_is_the_subjects() -> None:
    # (its modality still takes the sentence's opening 'spun off': open)
    assert holds_in_any_modality(("Orvane Mining", "owns", "Quill Diamonds"), triples(_SPUN))


def test_a_known_companys_first_word_is_that_company() -> None:
    found = triples("Anglo American agreed to merge with Orvane Mining. Anglo will buy Pine Resources.")
    assert ("Anglo American", "acquires", "Pine Resources", "planned") in found
