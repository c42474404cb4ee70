"""Rules of the sixteenth session: a brand whose name ends in "'s" keeps it when a list goes on ('the maker of
Orvane's and Pine Crisps'); 'It' inside a hyphenated name ('Crunch-It') is no pronoun; a guessed acronym is the
organisation named before whose initials it spells ('Harbor Infrastructure Partners ... HIP's chief executive').
A joint venture's parents both hold a stake in it and own part of it: 'V, a joint venture of A and B', 'V is
itself a joint venture between A and B', 'formed a joint venture called V with B', and a venture set beside its
parents: 'V, A's joint venture with B', 'V, its battery venture with B and C', 'V, a joint venture with B'.
An arbitration claim against a company accuses it; leading a consortium with others makes partners. Invented
companies; the ordinary wording of business news."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

_BRANDS = "Moss Foods, the family-owned maker of Orvane's and Pine Crisps, agreed to buy Kestrel Snacks Inc."
_CRUNCH = "Kestrel Snacks Inc., the company behind Pine Crisps and Crunch-It, agreed to be bought by Moss Foods."
_ACRONYM = (
    "Moss Capital agreed to buy Harbor Infrastructure Partners for $3 billion; HIP's chief executive, "
    "Dana Whitfield, will join Moss Capital's board."
)
_VENTURE_OF = "Orvane Mobile is itself a joint venture between Kestrel Telecom Inc. and Pine Cable Corp."
_VENTURE_POSSESSED = (
    "The cells are built by Tessel Cells Inc., Halvern Motors' joint venture with South Korea's Orvane Energy Corp., "
    "at plants in Ohio."
)
_VENTURE_ITS = (
    "Halvern Motors said Tessel Cells Inc. (TCI), its battery venture with Orvane Energy Corp. and Pine Power Ltd., "
    "operates a plant in France."
)
_VENTURE_A = "Halvern Motors builds trucks through Tessel Vehicles Inc., a joint venture with Orvane Defence Corp."
_VENTURE_CALLED = "Kestrel Telecom Inc. formed a joint venture called Pine Fiber with Moss Capital last year."

FOUND = [
    ("brand-ending-in-s-in-a-list", _BRANDS, ("Moss Foods", "develops", "Orvane's", "asserted")),
    ("hyphenated-name-ending-in-it", _CRUNCH, ("Kestrel Snacks Inc.", "develops", "Crunch-It", "asserted")),
    (
        "acronym-of-a-company-named-before",
        _ACRONYM,
        ("Harbor Infrastructure Partners", "employs", "Dana Whitfield", "asserted"),
    ),
    ("venture-between-two-owned", _VENTURE_OF, ("Kestrel Telecom Inc.", "owns", "Orvane Mobile", "asserted")),
    ("venture-between-two-owned-by-each", _VENTURE_OF, ("Pine Cable Corp.", "owns", "Orvane Mobile", "asserted")),
    ("possessor-of-a-venture-owns-it", _VENTURE_POSSESSED, ("Halvern Motors", "owns", "Tessel Cells Inc.", "asserted")),
    (
        "partner-in-a-venture-owns-it",
        _VENTURE_POSSESSED,
        ("Orvane Energy Corp.", "owns", "Tessel Cells Inc.", "asserted"),
    ),
    ("its-venture-is-the-subjects", _VENTURE_ITS, ("Halvern Motors", "owns", "Tessel Cells Inc.", "asserted")),
    ("its-venture-with-two", _VENTURE_ITS, ("Pine Power Ltd.", "owns", "Tessel Cells Inc.", "asserted")),
    ("a-venture-with-one", _VENTURE_A, ("Halvern Motors", "owns", "Tessel Vehicles Inc.", "asserted")),
    (
        "a-venture-with-one-partner-owns",
        _VENTURE_A,
        ("Orvane Defence Corp.", "owns", "Tessel Vehicles Inc.", "asserted"),
    ),
    ("venture-called-owned-by-founder", _VENTURE_CALLED, ("Kestrel Telecom Inc.", "owns", "Pine Fiber", "asserted")),
    ("venture-called-owned-by-partner", _VENTURE_CALLED, ("Moss Capital", "owns", "Pine Fiber", "asserted")),
    (
        "a-kind-made-then-its-name",
        "The startup Orvane AI sells its models to businesses and runs a consumer chatbot, Pim Chat, which rivals "
        "others.",
        ("Orvane AI", "develops", "Pim Chat", "asserted"),
    ),
    (
        "launched-a-kind-then-the-name",
        "Orvane Inc. launched a new smartphone, the Pine X1, last week.",
        ("Orvane Inc.", "develops", "Pine X1", "asserted"),
    ),
    (
        "a-nordic-legal-form-ends-a-name-before-its-possessive",
        "In April, the administration halted Halvern Energy ASA's Pine Wind project off New York.",
        ("Halvern Energy ASA", "develops", "Pine Wind", "asserted"),
    ),
    (
        "a-named-project-after-a-possessive",
        "In April, the administration halted Halvern Energy's Pine Wind project off New York.",
        ("Halvern Energy", "develops", "Pine Wind", "asserted"),
    ),
    (
        "a-round-with-its-time-then-led-by",
        "Orvane Inc. raised $50 million in a round last year led by Kestrel Ventures.",
        ("Kestrel Ventures", "invests-in", "Orvane Inc.", "asserted"),
    ),
    (
        "said-to-be-building-a-stake",
        "Activist investor Moss Capital is said to be building a stake in Orvane Payments Inc.",
        ("Moss Capital", "invests-in", "Orvane Payments Inc.", "reported"),
    ),
    (
        "lifted-its-position-in",
        "Kestrel Bank AG has lifted its position in Orvane Bank AG to about 28%, the Italian lender said.",
        ("Kestrel Bank AG", "invests-in", "Orvane Bank AG", "asserted"),
    ),
    (
        "unit-named-after-its-parent",
        "That effort, run through the Intel Foundry unit, has so far failed.",
        ("Intel", "owns", "Intel Foundry", "asserted"),
    ),
    (
        "a-post-in-a-unit-named-after-its-parent",
        "Dana Whitfield will remain chief executive of the Intel Products unit.",
        ("Intel", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-name-opening-on-a-small-letter",
        "Kestrel Bank AG also owns a majority stake in mOrvane, one of Poland's biggest retail lenders.",
        ("Kestrel Bank AG", "owns", "mOrvane", "asserted"),
    ),
    (
        "left-as-chief-executive",
        "Orvane Inc. cut jobs. In March, Sam Porter left as chief executive.",
        ("Orvane Inc.", "employs", "Sam Porter", "former"),
    ),
    (
        "its-brands-named-in-apposition",
        "After the sale, Moss Holdings Inc. will focus on its two remaining brands, Pine Atelier and Kestrel Maison.",
        ("Moss Holdings Inc.", "owns", "Kestrel Maison", "asserted"),
    ),
    (
        "venture-founders-are-partners",
        _VENTURE_CALLED,
        ("Kestrel Telecom Inc.", "partners-with", "Moss Capital", "asserted"),
    ),
    (
        "venture-parents-are-partners",
        _VENTURE_POSSESSED,
        ("Halvern Motors", "partners-with", "Orvane Energy Corp.", "asserted"),
    ),
    (
        "arbitration-claim-accuses",
        "Halvern Oil Corp. has filed an arbitration claim against Tessel Energy Inc. over a stake in an oil field.",
        ("Halvern Oil Corp.", "accuses", "Tessel Energy Inc.", "asserted"),
    ),
    (
        "consortium-with-makes-partners",
        "The dispute centres on the Orvane block, where Halvern Oil Corp. leads a consortium with Tessel Energy Inc.",
        ("Halvern Oil Corp.", "partners-with", "Tessel Energy Inc.", "asserted"),
    ),
]

FOUND += [
    (
        "place-as-a-given-name",
        '"Investors are paying for it," said Jordan Pierce, an analyst at Halvern Research Inc.',
        ("Halvern Research Inc.", "employs", "Jordan Pierce", "asserted"),
    ),
    (
        "whose-unit-is-owned",
        "The deal gives Orvane Inc., whose Kestrel Bank subsidiary lends to farmers, a foothold in Asia.",
        ("Orvane Inc.", "owns", "Kestrel Bank", "asserted"),
    ),
]

FOUND += [
    (
        "owners-kind-then-product",
        "Demand for Orvane Pharma Inc.'s older diabetes treatment Zepravo has outstripped supply.",
        ("Orvane Pharma Inc.", "develops", "Zepravo", "asserted"),
    ),
    (
        "product-apposed-to-its-owners-kind",
        "He said the pill would sit alongside Nasoryl, Orvane Pharma Inc.'s nasal spray for depression.",
        ("Orvane Pharma Inc.", "develops", "Nasoryl", "asserted"),
    ),
    (
        "its-pill-named",
        "Kestrel Bio Inc. won approval for its schizophrenia pill Cobrexa.",
        ("Kestrel Bio Inc.", "develops", "Cobrexa", "asserted"),
    ),
    (
        "chairman-opening-a-sentence",
        "Halvern Motors Inc. is looking for a new chief executive. Chairman Sam Porter is leading an interim "
        "committee until a successor is named.",
        ("Halvern Motors Inc.", "employs", "Sam Porter", "asserted"),
    ),
]

_TWO_PRICES = (
    "Moss Equity last year bought insurance software provider Orvane Systems for $2.6 billion and payments company "
    "Kestrel Pay for about $4 billion."
)
FOUND += [
    (
        "two-buyers-take-a-company-private",
        "Private equity firms Moss Equity Partners and Halvern Capital will take Orvane Systems Inc. private.",
        ("Moss Equity Partners", "acquires", "Orvane Systems Inc.", "planned"),
    ),
    (
        "a-surname-that-is-a-nationality",
        "Kestrel Partners' three founders, Dana Whitfield, Scot French and Sam Porter, will join Moss Capital.",
        ("Kestrel Partners", "employs", "Scot French", "asserted"),
    ),
    ("each-object-with-its-price", _TWO_PRICES, ("Moss Equity", "acquires", "Kestrel Pay", "asserted")),
]

_LABELS = "The deal gives Orvane Beauty Inc. licences for Kestrel Group's Pine Atelier and Moss Maison labels."
_RIVAL = "Halvern Toys Inc. sold its film unit. The sale comes as rival Kestrel Games Inc. enjoys a windfall."
FOUND += [
    ("labels-named-after-a-possessive", _LABELS, ("Kestrel Group", "owns", "Moss Maison", "asserted")),
    (
        "unit-named-after-a-possessive",
        "Dana Whitfield ran Halvern Toys Inc.'s Pine Wizards games unit before taking the top job.",
        ("Halvern Toys Inc.", "owns", "Pine Wizards", "asserted"),
    ),
    ("bare-rival-is-the-openers", _RIVAL, ("Halvern Toys Inc.", "competes-with", "Kestrel Games Inc.", "asserted")),
    (
        "bare-rivals-listed",
        "Halvern Motors Inc. cut prices. Rivals Kestrel Auto Corp. and Moss Motors Ltd. are also turning to suppliers.",
        ("Halvern Motors Inc.", "competes-with", "Moss Motors Ltd.", "asserted"),
    ),
]

_SHAREHOLDER = (
    "Orvane Foods Inc.'s biggest shareholder is Kestrel Capital, whose investment in the company dates back to a "
    "$575 million funding round it led in 2019."
)
FOUND += [
    (
        "capitalised-post-after-a-company-named-before",
        "Moss Logistics agreed to buy Orvane Freight from Lindqvist Mercer. "
        '"The sale lets us cut debt," Lindqvist Mercer Chief Executive Dana Whitfield said.',
        ("Lindqvist Mercer", "employs", "Dana Whitfield", "asserted"),
    ),
    ("biggest-shareholder-is", _SHAREHOLDER, ("Kestrel Capital", "invests-in", "Orvane Foods Inc.", "asserted")),
    (
        "largest-customer-is",
        "Orvane Chips Inc.'s largest customer is Kestrel Phones Corp.",
        ("Orvane Chips Inc.", "supplies", "Kestrel Phones Corp.", "asserted"),
    ),
    (
        "a-known-units-described-owner",
        "Orvane Inc. runs its ordering platform on Amazon Web Services, the retailer's cloud division.",
        ("Amazon", "owns", "Amazon Web Services", "asserted"),
    ),
]

_CHIP_DEALS = "OpenAI has also signed large compute deals with Nvidia, AMD and Broadcom."
FOUND += [
    ("a-chipmakers-compute-deal-supplies", _CHIP_DEALS, ("Nvidia", "supplies", "OpenAI", "asserted")),
    (
        "it-is-who-said-it",
        "Orvane Labs signed deals with Kestrel Chips Inc., and Moss Capital has said it plans to invest up to "
        "$100 million in Orvane Labs.",
        ("Moss Capital", "invests-in", "Orvane Labs", "planned"),
    ),
]

_OWNED_SUBJECT = (
    "Moss Group's Orvane Cloud Inc. agreed to buy Kestrel Security Inc., as it tries to close the gap with larger "
    "rival Halvern Cloud Corp."
)
_BOTH = (
    "Orvane Insurance Inc.'s takeover of Kestrel Cover Ltd. was cleared on Tuesday. Kestrel Cover Ltd. had rebuffed "
    "an earlier approach from Moss Assurance SA, the Belgian insurer, last year. Orvane Insurance Inc.'s chief "
    "executive said the enlarged group would cut jobs. Shares in Halvern Mutual Inc., which competes with both "
    "companies for car cover, slipped 2%."
)
_NATIONS = (
    "Swiss forwarder Orvane Freight AG was bought by Kestrel Logistics A/S in 2019, and the Danish group took over "
    "Moss Cargo Ltd. in 2021."
)
FOUND += [
    (
        "a-described-nationality-picks-its-company",
        _NATIONS,
        ("Kestrel Logistics", "acquires", "Moss Cargo Ltd.", "asserted"),
    ),
    (
        "passive-kept-beside-the-described-one",
        _NATIONS,
        ("Kestrel Logistics", "acquires", "Orvane Freight AG", "asserted"),
    ),
    (
        "a-streaming-service-is-owned",
        "Its streaming business competes with Netflix and Walt Disney's Disney+.",
        ("Disney", "owns", "Disney+", "asserted"),
    ),
    (
        "a-relative-clause-under-its-chief",
        "Moss Chips Inc. has not made an offer, and it is unclear whether Orvane Semi Inc., which is in a costly "
        "turnaround under chief executive Dana Whitfield, would be receptive.",
        ("Orvane Semi Inc.", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-home-town-and-a-kind-describe-a-company",
        "Halvern Motors Inc. cut costs. Dana Whitfield, the Detroit automaker's chief executive, said so.",
        ("Halvern Motors Inc.", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "both-companies-the-named-pair",
        _BOTH,
        ("Halvern Mutual Inc.", "competes-with", "Kestrel Cover Ltd.", "asserted"),
    ),
    (
        "a-passive-with-a-late-agent-still-reads",
        "Orvane Labs was started in 2020 by Dana Whitfield and Sam Porter.",
        ("Orvane Labs", "employs", "Sam Porter", "asserted"),
    ),
    (
        "it-is-the-owned-subject",
        _OWNED_SUBJECT,
        ("Orvane Cloud Inc.", "competes-with", "Halvern Cloud Corp.", "asserted"),
    ),
]

NOT_FOUND = [
    ("possessive-before-a-noun-stays-one", "Orvane's chief executive left.", ("Orvane's", "employs", "Orvane")),
    (
        "venture-is-no-partner-of-its-parent",
        _VENTURE_POSSESSED,
        ("Orvane Energy Corp.", "partners-with", "Tessel Cells Inc."),
    ),
    ("acronym-is-no-company-of-its-own", _ACRONYM, ("HIP", "employs", "Dana Whitfield")),
    (
        "a-units-kind-is-no-product",
        "The deal includes Kestrel Labs, Orvane Inc.'s drug unit.",
        ("Orvane Inc.", "develops", "Kestrel Labs"),
    ),
    (
        "a-head-of-state-works-for-no-company",
        "Orvane Inc. sells chips in China. President Lu Wen met officials.",
        ("Orvane Inc.", "employs", "Lu Wen"),
    ),
    (
        "a-regulator-has-no-rivals",
        "The Justice Department sued Orvane Travel Inc. on Monday. Rival Kestrel Travel Inc. declined to comment.",
        ("Justice Department", "competes-with", "Kestrel Travel Inc."),
    ),
    (
        "a-made-product-is-no-owned-unit",
        "Microsoft's Azure cloud unit grew.",
        ("Microsoft", "owns", "Azure"),
    ),
    (
        "a-one-word-guess-owns-no-brand",
        "Moss Foods Inc. also sells the Ben's Original rice brand.",
        ("Ben", "owns", "Original"),
    ),
    (
        "the-company-in-a-whose-clause-is-another",
        _SHAREHOLDER,
        ("Orvane Foods Inc.", "invests-in", "Kestrel Capital"),
    ),
    (
        "the-described-owner-is-not-the-clause-subject",
        "Orvane Inc. runs its ordering platform on Amazon Web Services, the retailer's cloud division.",
        ("Orvane Inc.", "owns", "Amazon Web Services"),
    ),
    ("a-chipmaker-hosts-no-one", _CHIP_DEALS, ("OpenAI", "hosts-on", "Broadcom")),
    ("it-is-not-the-owner", _OWNED_SUBJECT, ("Moss Group", "competes-with", "Halvern Cloud Corp.")),
    (
        "a-known-project-is-not-made",
        "Kestrel Chips Inc. will supply chips for OpenAI's Stargate project.",
        ("OpenAI", "develops", "Stargate"),
    ),
    ("not-the-company-of-another-nationality", _NATIONS, ("Orvane Freight AG", "acquires", "Moss Cargo Ltd.")),
    (
        "a-regulator-buys-nothing",
        "Halvern Chips Inc. has been accused by Ruritania's Market Regulation Commission of breaching the law in "
        "connection with its 2020 purchase of Orvane Networks Ltd.",
        ("Market Regulation Commission", "acquires", "Orvane Networks Ltd."),
    ),
    (
        "a-passive-with-no-agent-makes-nothing",
        "Orvane Foods Inc. was created last year when Kestrel Co. spun off its cereal business.",
        ("Orvane Foods Inc.", "develops", "Kestrel Co."),
    ),
    (
        "a-us-state-competes-with-no-one",
        "Orvane Inc., based in Bellevue, Washington, sells planning software, competing with Kestrel Labs Inc.",
        ("Washington", "competes-with", "Kestrel Labs Inc."),
    ),
    (
        "taking-over-from-a-person-buys-nothing",
        "Dana Whitfield, a former chief executive of Orvane Inc., the maker of Pine Crisps, took over from "
        "longtime Kestrel Coffee Co. leader Sam Porter in March.",
        ("Pine Crisps", "acquires", "Kestrel Coffee Co."),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_sixteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_sixteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


def test_a_possessive_before_a_noun_is_still_one() -> None:
    found = triples("Moss Foods bought Orvane's snack unit, Pine Crisps Inc., last year.")
    assert not any(t[0] == "Orvane's" or t[2] == "Orvane's" for t in found)


def test_each_object_keeps_the_price_said_after_it() -> None:
    found = RuleExtractor().extract(Document(text=_TWO_PRICES)).relations
    prices = {r.object.name: r.qualifiers["amount"]["value"] for r in found if r.relation == "acquires"}
    assert prices == {"Orvane Systems": 2.6e9, "Kestrel Pay": 4e9}
