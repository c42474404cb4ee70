"""Rules of the eleventh session: the investors a round 'also included'; competition that a company faces from
another, or falls behind it in; a venture founded or set up by companies is theirs in part; co-founders listed as
veterans of an earlier employer; a part named right after 'its ... arm' in a list is owned by the name before
'its', not the other way round; a description set beside the last of a list ('MGX, the Abu Dhabi investor backed
by A') is that name's alone; an infinitive of purpose after an object ('restart the X plant to supply') is done
by the clause's subject; a speaker titled at the end of a sentence ('..., chief executive P said') works for the
sentence's subject; three or more common words closed by an institution's head ('Global Infrastructure Partners')
are a name; what a company co-owns with a partner both hold; the company that sells or makes 'a chip called X'
develops X; companies that 'joined as strategic investors' (or 'agreed to act as anchor investors') invest in the
company spoken of; a place inside a trigger's gap does not block it ('faces competition in China from'); rivals
named in a list stay rivals whatever is done to them; 'its units include A and B' (or 'Acme's brands include')
are owned; 'sets A against B' makes rivals; 'oversaw X at C' is a post at C; 'its chief executive P' right after
a listed name is that name's; a known name and a unit word ('Aramco Digital', 'Sony Semiconductor Solutions')
name a unit of their own; founders listed after ', founded last year by' (up to the main clause's verb); 'took
over as chief executive' is a post, not a takeover; a company that relies or depends on a known company that
rents out no computing buys from it, unless it is for computing ('relies on Google for computing power').
Invented companies; the ordinary wording of business news."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

_ROUND = (
    "Veltrix Labs builds robots in Lyon. It raised 385 million euros in December in a round led by Orvane Capital "
    "that also included Nvidia, Salesforce and Kestrel Partners, valuing it at about $2 billion."
)
_SET_UP = (
    "The buyer is the Harbor Compute Partnership, which was set up last year by BlackRock, its infrastructure arm "
    "Global Infrastructure Partners, Microsoft and MGX, the Abu Dhabi technology investor backed by Mubadala and G42."
)
_FOUNDED_BY_GROUPS = (
    "Kestrel Foundry is a start-up founded in 2022 by eight Japanese companies including Orvane Systems, Kestrel "
    "Motors and NTT."
)
_VETERANS = "Jane Roe founded Veltrix Labs in 2021 with two former Google engineers, Raj Patel and Tom Poe."
_PURPOSE = (
    "Orvane Energy will restart the Kestrel Point plant in Texas to supply electricity to Google's data centres "
    "under a 15-year agreement."
)
_SPEAKER = "Broadcom will sell 10,000 of its newest switches to Veltrix Labs, chief executive Hock Tan said on Tuesday."

FOUND = [
    ("a-round-that-also-included-each-investor", _ROUND, ("Salesforce", "invests-in", "Veltrix Labs", "asserted")),
    (
        "a-round-that-also-included-the-last-investor",
        _ROUND,
        ("Kestrel Partners", "invests-in", "Veltrix Labs", "asserted"),
    ),
    (
        "faces-competition-from",
        "Qualcomm also faces growing competition in smartphones from MediaTek.",
        ("MediaTek", "competes-with", "Qualcomm", "asserted"),
    ),
    (
        "has-fallen-behind",
        "Orvane Systems has fallen behind Lenovo in PCs.",
        ("Orvane Systems", "competes-with", "Lenovo", "asserted"),
    ),
    (
        "a-venture-set-up-by-companies-first",
        _SET_UP,
        ("BlackRock", "invests-in", "Harbor Compute Partnership", "asserted"),
    ),
    (
        "a-venture-set-up-by-companies-through-a-part-named-with-its-owner",
        _SET_UP,
        ("Global Infrastructure Partners", "invests-in", "Harbor Compute Partnership", "asserted"),
    ),
    ("a-venture-set-up-by-companies-last", _SET_UP, ("MGX", "invests-in", "Harbor Compute Partnership", "asserted")),
    ("its-arm-named-after-it-in-a-list", _SET_UP, ("BlackRock", "owns", "Global Infrastructure Partners", "asserted")),
    ("the-description-beside-the-last-name-is-its-own", _SET_UP, ("Mubadala", "invests-in", "MGX", "asserted")),
    (
        "founded-by-companies-including",
        _FOUNDED_BY_GROUPS,
        ("Kestrel Motors", "invests-in", "Kestrel Foundry", "asserted"),
    ),
    (
        "founded-by-companies-with-a-year",
        "Kestrel Foundry was founded in 2019 by Orvane Systems and Veltrix Labs.",
        ("Veltrix Labs", "invests-in", "Kestrel Foundry", "asserted"),
    ),
    ("co-founders-listed-as-veterans", _VETERANS, ("Veltrix Labs", "employs", "Tom Poe", "asserted")),
    ("veterans-of-an-earlier-employer", _VETERANS, ("Google", "employs", "Raj Patel", "former")),
    ("the-subject-acts-for-an-infinitive-of-purpose", _PURPOSE, ("Orvane Energy", "supplies", "Google", "planned")),
    ("a-speaker-at-the-end-works-for-the-subject", _SPEAKER, ("Broadcom", "employs", "Hock Tan", "asserted")),
]

FOUND += [
    (
        "co-owned-in-a-relative-clause",
        "Kestrel Copper, the neighbouring mine that Orvane Mining co-owns with Glencore, is in Chile.",
        ("Orvane Mining", "invests-in", "Kestrel Copper", "asserted"),
    ),
    (
        "co-owned-with-a-partner-who-holds-it-too",
        "Kestrel Copper, the neighbouring mine that Orvane Mining co-owns with Glencore, is in Chile.",
        ("Glencore", "invests-in", "Kestrel Copper", "asserted"),
    ),
    (
        "a-chip-called-x-is-made-by-its-seller",
        "Because of export controls, Broadcom now sells Chinese customers a slower chip called the Tomahawk Lite.",
        ("Broadcom", "develops", "Tomahawk Lite", "asserted"),
    ),
    (
        "a-product-called-x-offered",
        "Kelto Bank offers a debit product called the Kelto Card.",
        ("Kelto Bank", "develops", "Kelto Card", "asserted"),
    ),
]

_JOINED = (
    "Veltrix Labs raised $6 billion on Monday. Nvidia and Advanced Micro Devices, whose chips power the startup's "
    "data centres, joined as strategic investors."
)
_ANCHORS = (
    "Kestrel Holdings will list its shares in New York. Technology companies including Apple, Nvidia and Google had "
    "agreed to act as anchor investors, buying up to $735 million of shares."
)
FOUND += [
    (
        "joined-as-strategic-investors-past-an-aside",
        _JOINED,
        ("AMD", "invests-in", "Veltrix Labs", "asserted"),
    ),
    ("joined-as-strategic-investors-first", _JOINED, ("Nvidia", "invests-in", "Veltrix Labs", "asserted")),
    ("agreed-to-act-as-anchor-investors", _ANCHORS, ("Nvidia", "invests-in", "Kestrel Holdings", "asserted")),
    (
        "joined-as-a-shareholder-in-a-named-company",
        "Orvane Capital joined as a minority shareholder in Kestrel Labs.",
        ("Orvane Capital", "invests-in", "Kestrel Labs", "asserted"),
    ),
]

_UNITS = (
    "Orvane Group is based in Abu Dhabi. Its units include Kestrel42, which provides cloud services, and Veltrix "
    "Labs, the developer of Jais."
)
_PITS = "The push sets OpenAI against Apple, which Jane Roe left in 2019 after nearly three decades, as well as Meta."
_COMPLAINT = (
    "In its complaint, Kestrel Labs accuses OpenAI, its chief executive Sam Altman, and Veltrix of infringing its "
    "trademark."
)
FOUND += [
    (
        "competition-faced-in-a-place-from",
        "Nvidia also faces growing competition in China from Huawei Technologies.",
        ("Huawei", "competes-with", "Nvidia", "asserted"),
    ),
    (
        "rivals-named-after-a-negated-verb-are-still-rivals",
        "OpenAI also asked backers not to fund a handful of competitors, among them Anthropic and Kestrel Labs.",
        ("OpenAI", "competes-with", "Kestrel Labs", "asserted"),
    ),
    ("its-units-include-the-first", _UNITS, ("Orvane Group", "owns", "Kestrel42", "asserted")),
    ("its-units-include-past-a-relative-aside", _UNITS, ("Orvane Group", "owns", "Veltrix Labs", "asserted")),
    (
        "a-companys-brands-include",
        "Orvane Foods' brands include Veltrix Snacks, Kestrel Dairy and Harbor Bakes.",
        ("Orvane Foods", "owns", "Harbor Bakes", "asserted"),
    ),
    ("sets-one-against-another", _PITS, ("OpenAI", "competes-with", "Apple", "asserted")),
    ("sets-one-against-another-past-an-aside", _PITS, ("OpenAI", "competes-with", "Meta", "asserted")),
    (
        "oversaw-a-function-at",
        "Jane Roe previously oversaw engineering at OpenAI.",
        ("OpenAI", "employs", "Jane Roe", "former"),
    ),
    ("its-chief-in-a-list-is-the-name-befores", _COMPLAINT, ("OpenAI", "employs", "Sam Altman", "asserted")),
]

_RAN = "Its chief executive is Tareq Amin, who previously ran Aramco Digital, the technology arm of Saudi Aramco."
FOUND += [
    ("a-known-name-and-a-unit-word-are-a-unit", _RAN, ("Aramco Digital", "employs", "Tareq Amin", "former")),
    ("the-unit-is-its-parents", _RAN, ("Saudi Aramco", "owns", "Aramco Digital", "asserted")),
    (
        "a-known-name-and-two-words-a-trade-word-closes",
        "Sony Group's chip unit, Sony Semiconductor Solutions, holds about 6% of the venture.",
        ("Sony", "owns", "Sony Semiconductor Solutions", "asserted"),
    ),
]

_FOUNDED = (
    "Kestrel AI, founded last year by Jane Roe, a former researcher at Google DeepMind, and two former Meta "
    "scientists, Raj Patel and Tom Poe, has become a leader in Europe."
)
FOUND += [
    ("founders-after-a-reduced-relative-first", _FOUNDED, ("Kestrel AI", "employs", "Jane Roe", "asserted")),
    (
        "founders-after-a-reduced-relative-listed-as-scientists",
        _FOUNDED,
        ("Kestrel AI", "employs", "Tom Poe", "asserted"),
    ),
    (
        "took-over-a-company",
        "Orvane Systems took over Kestrel Labs as part of its expansion.",
        ("Orvane Systems", "acquires", "Kestrel Labs", "asserted"),
    ),
]

FOUND += [
    (
        "relies-on-a-chipmaker-is-bought-from",
        "Nvidia said it relies on Taiwan Semiconductor Manufacturing Co., which makes its most advanced graphics "
        "chips.",
        ("TSMC", "supplies", "Nvidia", "asserted"),
    ),
    (
        "relies-on-for-computing-is-hosting",
        "Veltrix Labs relies on Google for computing power to train its models.",
        ("Veltrix Labs", "hosts-on", "Google", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-founder-described-by-a-possessive-is-no-company-founder",
        "Its valuation trails that of Kestrel Intelligence, the lab co-founded by OpenAI's former chief scientist "
        "Ilya Sutskever.",
        ("OpenAI", "invests-in", "Kestrel Intelligence"),
    ),
    ("the-part-does-not-own-its-owner", _SET_UP, ("Harbor Compute Partnership", "owns", "BlackRock")),
    ("the-description-is-not-the-whole-lists", _SET_UP, ("Mubadala", "invests-in", "Microsoft")),
    ("the-plant-supplies-nothing", _PURPOSE, ("Kestrel Point", "supplies", "Google")),
    ("the-speaker-is-not-the-customers", _SPEAKER, ("Veltrix Labs", "employs", "Hock Tan")),
    (
        "a-verb-before-the-infinitive-keeps-its-subject",
        "Alphabet agreed to buy Veltrix Labs for $3 billion, as the Google parent tries to catch up with Amazon.",
        ("Veltrix Labs", "competes-with", "Amazon"),
    ),
    (
        "the-partner-in-owning-is-not-owned",
        "Kestrel Copper, the neighbouring mine that Orvane Mining co-owns with Glencore, is in Chile.",
        ("Orvane Mining", "invests-in", "Glencore"),
    ),
    (
        "a-chip-called-x-used-is-not-made",
        "Orvane Cloud uses a chip called Trainium.",
        ("Orvane Cloud", "develops", "Trainium"),
    ),
    (
        "a-start-up-called-x-is-no-product",
        "OpenAI and a start-up called Veltrix signed a deal.",
        ("OpenAI", "develops", "Veltrix"),
    ),
    (
        "the-company-in-the-aside-does-not-invest",
        "Nvidia and Broadcom, whose chips power Orvane Cloud's data centres, joined as strategic investors in Veltrix "
        "Labs.",
        ("Orvane Cloud", "invests-in", "Veltrix Labs"),
    ),
    ("its-chief-in-a-list-is-not-the-accusers", _COMPLAINT, ("Kestrel Labs", "employs", "Sam Altman")),
    ("the-person-in-the-aside-is-no-rival", _PITS, ("OpenAI", "competes-with", "Jane Roe")),
    (
        "its-chief-after-and-is-the-subjects",
        "Kestrel Systems builds servers for companies such as Microsoft and Amazon, and its chief executive, Frank "
        "Zhang, joined AMD.",
        ("Amazon", "employs", "Frank Zhang"),
    ),
    ("the-unit-head-is-not-the-parents", _RAN, ("Saudi Aramco", "employs", "Tareq Amin")),
    (
        "took-over-as-a-post-is-no-takeover",
        "Jane Roe took over as chief executive of Orvane Airways last month from Tom Poe, who retired.",
        ("Jane Roe", "acquires", "Orvane Airways"),
    ),
    ("a-forecast-is-no-rival", "Sales fell behind Tesla's forecast.", ("Sales", "competes-with", "Tesla")),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_eleventh_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_eleventh_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


def test_a_person_hired_after_the_founders_is_not_called_a_founder() -> None:
    extraction = RuleExtractor().extract(
        Document(text="Kestrel Labs, founded in 2019 by Jane Roe, hired Tom Poe as CFO.")
    )
    triggers = {r.object.name: r.qualifiers.get("trigger") for r in extraction.relations if r.relation == "employs"}
    assert triggers == {"Jane Roe": "founded in 2019 by", "Tom Poe": "hired"}
