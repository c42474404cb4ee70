"""Rules of the fourteenth session: an apposition naming one parent ('part of D', 'a unit of D') after a list of
three describes only the last of them, and the list stays the subject of the verb after it; a name that qualifies
a deal ('Alongside the Kestrel deal, the company released ...') is not what 'the company' refers to; a relative
clause whose antecedent is an unnamed noun phrase ('on taking stakes in a joint venture that would operate ...')
has that noun as its subject, not a name before it; a company that names someone 'as chief executive of' another
company appoints no employee of its own; a past post set aside (', previously head of retail at Beta,') dates
only what it holds; a place that opens three or more capitalised words a trade word closes ('Japan Orvane
Semiconductor Manufacturing') is the company's home, inside its name; a person whose relative aside gives him a
post ('P, who became Acme's chief executive in 2018, has used acquisitions to take on B') acts for that company.
A lower-case word set beside a company's description after a verb or preposition that takes a company ('will buy
qx, the device startup co-founded by ...') is a name wherever the text uses it, and a sentence may open on it
('qx was founded ...', "qx's backers include ..."). A company that names the post of the person listed last
('from A, B and Kestrel founder Jane Roe') is not itself a member. A bare title after a thing a name owns in the
predicate ('runs workloads on Pine Systems' processors, an approach that Chief Financial Officer P said') is the
clause subject's post; 'and has also signed a deal to supply' is a second predicate of the subject; 'It' opening
a sentence counts for the company the text is about; 'and the robotics business of B' after another object is an
unnamed unit of B's. A reduced aside takes in its agent's apposition ('funded by her hedge fund, Pine Capital,')
and its listed agents ('backed by A, B and C,'): all are agents, none the subject of the predicate after it. A
payment 'to be the default search engine' and '20% of B's revenue' received are revenue shares; goods a rival
makes ('go up against processors from A, B and C') supply no one, whichever member names them. A maker described
after 'invest ... in' is a company named before, not the clause's subject nor a name inside another's description
('Orvane, a Kestrel competitor,'); a model of goods bought from a company ('buy thousands of Quill 5 SUVs from
Pine') is supplied and made by it, neither bought as a company nor formerly owned. A second, different
description in a sentence ('gives the U.S. drugmaker Quillex, a therapy the London-based biotech developed') is
another company than the first, and a product after a description is given to it, not its name; "X's largest
shareholders, including A and B" lists investors; 'Merck' after 'Merck & Co' is that company. 'Its former
partner' after a deal with another company is that company; a subsidiary may be described by its home town and
nationality ('Kestrel Bank's Munich-based German subsidiary'); 'owns pet food brands Quill and Royal Pine' names
two brands, no person; 'X, which runs A, B and C,' owns them; a company's Foundation or Trust is an owner of its
own; a second predicate after a modal ('and may acquire') is the subject's, and one in the past tense ('and sued
its former partner') takes no hedge of the first. 'P, who took over from Q' gives Q the post before, and buys no
one; 'the fund' refers to a fund named before. 'A core part of X's plans' makes nothing part of X. 'and B has
long been one of its largest customers' is the clause subject's customer; 'handles production for' and 'makes
parts for' supply. 'formed a joint venture called V with B' makes B a holder of V too; 'agreed to buy X in a
joint venture with B' makes B a buyer of X and a partner of the subject. 'sued to block A's alliance with B' or
'A's acquisition of B' accuses A and B, not the deal. Invented companies (and a few real brands the gazetteer
knows); the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

_LIST_PART_OF = (
    "Quill Records, Orvane Music and Pine Records, part of Kestrel Media, filed a lawsuit against Veltrix Labs in "
    "federal court."
)
_DEAL_QUALIFIER = (
    "Orvane Labs was founded in Paris two years ago. Alongside the Kestrel Systems deal, the company released "
    "Orvane Large, a model it says rivals the best."
)
_UNNAMED_VENTURE = (
    "Quill Foundry has pitched Veltrix Chips, Orvane Devices and Pine Silicon on taking stakes in a joint venture "
    "that would operate Kestrel Semiconductor's plants."
)
_NAMED_AS_CHIEF_OF = (
    "Moss Capital completed its buyout of Orvane Pharmacy last month. It named Jane Roe, previously head of retail "
    "at Quill Stores, another Moss holding, as chief executive of Orvane Pharmacy."
)

FOUND = [
    ("each-member-of-the-list-sues", _LIST_PART_OF, ("Quill Records", "accuses", "Veltrix Labs", "asserted")),
    ("the-first-member-sues-too", _LIST_PART_OF, ("Orvane Music", "accuses", "Veltrix Labs", "asserted")),
    ("the-apposition-names-the-last-ones-parent", _LIST_PART_OF, ("Kestrel Media", "owns", "Pine Records", "asserted")),
    (
        "a-unit-of-after-a-list",
        "Orvane Taxi, Quill Rides and Pine Robotaxi, a unit of Kestrel Motors, sued the city of Springfield.",
        ("Kestrel Motors", "owns", "Pine Robotaxi", "asserted"),
    ),
    (
        "both-part-of-names-every-member",
        "Brands such as Quill Trucks and Pine Vans, both part of Kestrel Motors, lost market share.",
        ("Kestrel Motors", "owns", "Quill Trucks", "asserted"),
    ),
    ("the-company-is-not-the-deals-partner", _DEAL_QUALIFIER, ("Orvane Labs", "develops", "Orvane Large", "asserted")),
    (
        "the-appointed-post-is-at-the-named-company",
        _NAMED_AS_CHIEF_OF,
        ("Orvane Pharmacy", "employs", "Jane Roe", "asserted"),
    ),
    ("the-past-post-is-former", _NAMED_AS_CHIEF_OF, ("Quill Stores", "employs", "Jane Roe", "former")),
    ("the-owner-of-a-holding-still-owns-it", _NAMED_AS_CHIEF_OF, ("Moss Capital", "owns", "Quill Stores", "asserted")),
    (
        "the-subject-is-a-named-company-that",
        "Kestrel Chips is the company that supplies processors to Orvane Labs.",
        ("Kestrel Chips", "supplies", "Orvane Labs", "asserted"),
    ),
    (
        "a-company-that-apposition-still-acts",
        "Kestrel Chips, a company that designs processors, also supplies Orvane Labs.",
        ("Kestrel Chips", "supplies", "Orvane Labs", "asserted"),
    ),
    (
        "appointed-as-its-own-chief",
        "Orvane Pharmacy named Jane Roe as its chief executive on Monday.",
        ("Orvane Pharmacy", "employs", "Jane Roe", "asserted"),
    ),
    (
        "formerly-of-aside-dates-nothing-after-it",
        "Jane Roe, formerly of Quill Stores, joined Orvane Pharmacy in May.",
        ("Orvane Pharmacy", "employs", "Jane Roe", "asserted"),
    ),
]

NOT_FOUND = [
    ("the-parent-does-not-own-every-member", _LIST_PART_OF, ("Kestrel Media", "owns", "Quill Records")),
    ("the-parent-does-not-sue", _LIST_PART_OF, ("Kestrel Media", "accuses", "Veltrix Labs")),
    ("the-deal-partner-makes-nothing", _DEAL_QUALIFIER, ("Kestrel Systems", "develops", "Orvane Large")),
    ("the-venture-operates-not-the-pitched", _UNNAMED_VENTURE, ("Veltrix Chips", "owns", "Kestrel Semiconductor")),
    ("the-venture-operates-not-the-last-pitched", _UNNAMED_VENTURE, ("Pine Silicon", "owns", "Kestrel Semiconductor")),
    ("the-owner-appoints-no-employee-of-its-own", _NAMED_AS_CHIEF_OF, ("Moss Capital", "employs", "Jane Roe")),
]


FOUND += [
    (
        "a-place-opening-a-traded-name",
        "The plant is run by Japan Orvane Semiconductor Manufacturing, a venture majority-owned by Kestrel Foundry.",
        ("Kestrel Foundry", "owns", "Japan Orvane Semiconductor Manufacturing", "asserted"),
    ),
]


FOUND += [
    (
        "a-person-acts-for-the-post-his-aside-names",
        "Jane Roe, who became Kestrel Networks' chief executive in 2018 after senior roles at Orvane Systems, has "
        "used acquisitions to take on Pine Security and Quill Defense.",
        ("Kestrel Networks", "competes-with", "Quill Defense", "asserted"),
    ),
]
NOT_FOUND += [
    (
        "the-past-employer-in-the-aside-does-not-act",
        "Jane Roe, who became Kestrel Networks' chief executive in 2018 after senior roles at Orvane Systems, has "
        "used acquisitions to take on Pine Security and Quill Defense.",
        ("Orvane Systems", "competes-with", "Pine Security"),
    ),
]


_LOWER_CASE_NAME = (
    "Kestrel Labs will buy qx, the device startup co-founded by former Orvane design chief Jane Roe, in an "
    "all-stock deal. Kestrel Labs already held about 20% of qx. qx was founded in 2024 by Roe and John Poe. "
    "qx's backers include Moss Ventures."
)
FOUND += [
    ("a-lower-case-name-beside-its-description", _LOWER_CASE_NAME, ("Kestrel Labs", "acquires", "qx", "planned")),
    ("the-lower-case-name-again-later", _LOWER_CASE_NAME, ("Kestrel Labs", "invests-in", "qx", "asserted")),
    ("a-lower-case-name-opens-a-sentence", _LOWER_CASE_NAME, ("qx", "employs", "John Poe", "asserted")),
    ("and-its-possessive-opens-the-next", _LOWER_CASE_NAME, ("Moss Ventures", "invests-in", "qx", "asserted")),
]
NOT_FOUND += [
    ("a-sentence-per-lower-case-opening", _LOWER_CASE_NAME, ("qx", "employs", "Moss Ventures")),
    (
        "a-lower-case-word-before-said-is-no-name",
        "Kestrel Labs said profit rose in the quarter. Profit rose, the company said on Monday, after sales to Orvane "
        "Systems grew.",
        ("rose", "supplies", "Orvane Systems"),
    ),
]


_FOUNDER_LISTED = (
    "Orvane Robotics raised $675 million from investors including Pine Capital, Quill Ventures and Kestrel "
    "founder Jane Roe."
)
FOUND += [
    ("a-listed-person-named-by-her-post", _FOUNDER_LISTED, ("Jane Roe", "invests-in", "Orvane Robotics", "asserted"))
]
NOT_FOUND += [
    ("the-company-naming-her-post-is-not-listed", _FOUNDER_LISTED, ("Kestrel", "invests-in", "Orvane Robotics"))
]


_FINANCE_CHIEF = (
    "Orvane Labs trains its models on Kestrel chips. The company also runs workloads on Pine Systems' graphics "
    "processors, an approach that Chief Financial Officer Jane Roe said keeps it flexible."
)
_SIGNED_TO_SUPPLY = (
    "Orvane Cloud counts Kestrel Labs and Pine Systems among its largest customers and has also signed a deal to "
    "supply computing capacity to Quill Search."
)
FOUND += [
    ("a-bare-title-after-a-possessed-thing", _FINANCE_CHIEF, ("Orvane Labs", "employs", "Jane Roe", "asserted")),
    (
        "signed-a-deal-to-is-a-second-predicate",
        _SIGNED_TO_SUPPLY,
        ("Quill Search", "hosts-on", "Orvane Cloud", "asserted"),
    ),
]
NOT_FOUND += [
    ("the-possessor-of-the-thing-employs-no-one", _FINANCE_CHIEF, ("Pine Systems", "employs", "Jane Roe")),
    ("the-listed-customers-supply-nothing", _SIGNED_TO_SUPPLY, ("Pine Systems", "supplies", "Quill Search")),
    ("nor-are-they-hosts", _SIGNED_TO_SUPPLY, ("Quill Search", "hosts-on", "Pine Systems")),
]


_ITS_STORY = (
    "Kestrel Group has sold its entire stake in Orvane Chips for $5 billion, the investor said on Tuesday, sending "
    "Orvane Chips shares down 3%. The group said Orvane Chips remained a good business. It also raised $9 billion "
    "by selling part of its holding in Pine Telecom. Chief financial officer Jane Roe said the sale did not reflect "
    "any concern."
)
_UNNAMED_BUSINESS = (
    "Kestrel Group agreed to buy chip designer Orvane Computing for $6.5 billion and the robotics business of "
    "Pine Industries for $5.4 billion."
)
FOUND += [
    ("it-as-subject-counts-for-the-story", _ITS_STORY, ("Kestrel Group", "employs", "Jane Roe", "asserted")),
    (
        "the-business-of-after-a-list-member-apposition",
        "Quill Labs, Moss Robotics and Orvane Robotics, a business of Kestrel Group, opened a plant.",
        ("Kestrel Group", "owns", "Orvane Robotics", "asserted"),
    ),
]
NOT_FOUND += [
    ("the-company-named-most-is-not-the-speakers", _ITS_STORY, ("Orvane Chips", "employs", "Jane Roe")),
    (
        "an-unnamed-business-of-owns-no-earlier-object",
        _UNNAMED_BUSINESS,
        ("Pine Industries", "owns", "Orvane Computing"),
    ),
]


_FUNDED_BY_ITS_FUND = (
    "Orvane AI, founded in 2023 by Jane Roe and funded by her quantitative hedge fund, Pine Capital, released its "
    "Quill reasoning model on Monday."
)
_BACKED_BY_THREE = "Orvane Labs, backed by Sequoia, Kestrel Capital and Accel, released its Quill model."
FOUND += [
    ("the-aside-takes-its-agents-apposition", _FUNDED_BY_ITS_FUND, ("Orvane AI", "develops", "Quill", "asserted")),
    ("the-funder-named-in-apposition", _FUNDED_BY_ITS_FUND, ("Pine Capital", "invests-in", "Orvane AI", "asserted")),
    ("every-listed-backer-in-an-aside", _BACKED_BY_THREE, ("Accel", "invests-in", "Orvane Labs", "asserted")),
    ("the-subject-after-a-listed-aside-acts", _BACKED_BY_THREE, ("Orvane Labs", "develops", "Quill", "asserted")),
]
NOT_FOUND += [
    ("the-funder-in-the-aside-does-not-release", _FUNDED_BY_ITS_FUND, ("Pine Capital", "develops", "Quill")),
    ("nor-does-a-backer", _BACKED_BY_THREE, ("Kestrel Capital", "develops", "Quill")),
    (
        "an-apposition-closes-before-and",
        "Orvane Labs, a unit of Kestrel Group, and Pine Systems signed a deal.",
        ("Kestrel Group", "owns", "Pine Systems"),
    ),
]


FOUND += [
    (
        "paid-to-be-the-default",
        "The deal is lucrative. Kestrel Labs pays Orvane Devices about $20 billion a year to be the default search "
        "engine on its phones.",
        ("Kestrel Labs", "shares-revenue-with", "Orvane Devices", "asserted"),
    ),
    (
        "a-share-of-the-others-revenue",
        "The deal was signed in May. Under the deal, Kestrel Cloud receives 20% of Orvane Labs' revenue until 2030.",
        ("Orvane Labs", "shares-revenue-with", "Kestrel Cloud", "asserted"),
    ),
]
NOT_FOUND += [
    (
        "a-payment-for-goods-shares-nothing",
        "Kestrel Search paid Orvane Devices $5 million for the patents.",
        ("Kestrel Search", "shares-revenue-with", "Orvane Devices"),
    ),
    (
        "a-rivals-goods-listed-supply-no-one",
        "Its chips power laptops made by Quill Computers, Pine Devices and Moss PC, and go up against processors from "
        "Kestrel Semiconductor, Orvane Micro Devices and Veltrix.",
        ("Veltrix", "supplies", "Pine Devices"),
    ),
]


_INVEST_IN_THE_MAKER = (
    "Orvane Motors, a Kestrel Auto competitor, agreed last year to form a joint venture with Pine Motor Group, under "
    "which the German carmaker will invest up to $5.8 billion in the electric-vehicle maker."
)
_MODELS_BOUGHT = "Veltrix Mobility has also agreed to buy thousands of Quill 5 electric SUVs from Pine Motor Group."
FOUND += [
    (
        "invested-in-the-maker-the-sentence-opens-on",
        _INVEST_IN_THE_MAKER,
        ("Pine Motor Group", "invests-in", "Orvane Motors", "planned"),
    ),
    ("a-model-bought-from-its-maker", _MODELS_BOUGHT, ("Pine Motor Group", "supplies", "Veltrix Mobility", "planned")),
    ("the-maker-makes-the-model", _MODELS_BOUGHT, ("Pine Motor Group", "develops", "Quill 5", "asserted")),
]
NOT_FOUND += [
    ("nor-in-the-rival-it-is-described-by", _INVEST_IN_THE_MAKER, ("Pine Motor Group", "invests-in", "Kestrel Auto")),
    ("a-model-is-no-company-bought", _MODELS_BOUGHT, ("Veltrix Mobility", "acquires", "Quill 5")),
    ("nor-one-formerly-owned", _MODELS_BOUGHT, ("Pine Motor Group", "owns", "Quill 5")),
]


_TWO_DESCRIPTIONS = (
    "Kestrel Pharma agreed to buy Orvane Therapeutics for $10 billion. The deal gives the U.S. drugmaker Quillex, a "
    "therapy that the London-based biotech developed."
)
FOUND += [
    (
        "a-second-description-is-another-company",
        _TWO_DESCRIPTIONS,
        ("Orvane Therapeutics", "develops", "Quillex", "asserted"),
    ),
    (
        "largest-shareholders-including",
        "Orvane Therapeutics' largest shareholders, including Pine Holdings and Moss Capital, have backed the offer.",
        ("Moss Capital", "invests-in", "Orvane Therapeutics", "asserted"),
    ),
    (
        "a-first-word-after-an-and-co-name",
        "Merck & Co agreed to buy Orvane Therapeutics. Jane Roe, Merck's chief executive, praised the deal.",
        ("Merck & Co.", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-brand-with-an-apostrophe-is-one-name",
        "Moss Capital agreed to buy Jersey Mike's Subs, the sandwich chain, for $8 billion.",
        ("Moss Capital", "acquires", "Jersey Mike's Subs", "planned"),
    ),
]
NOT_FOUND += [
    ("the-buyer-did-not-develop-it", _TWO_DESCRIPTIONS, ("Kestrel Pharma", "develops", "Quillex")),
]


_SUED_ITS_PARTNER = (
    "Orvane Foods on Wednesday called off its $24.6 billion merger with Kestrel Markets and sued its former partner, "
    "accusing it of sabotaging the deal."
)
FOUND += [
    (
        "its-former-partner-is-the-other-party",
        _SUED_ITS_PARTNER,
        ("Orvane Foods", "accuses", "Kestrel Markets", "asserted"),
    ),
    (
        "a-subsidiary-described-by-town-and-nationality",
        "A combination would unite Orvane Bank with Pine Bank, Kestrel Bank's Munich-based German subsidiary.",
        ("Kestrel Bank", "owns", "Pine Bank", "asserted"),
    ),
    (
        "a-kind-of-brands-then-two-names",
        "Kestrel Foods also owns pet food brands Quill and Royal Pine as well as the Moss chain of clinics.",
        ("Kestrel Foods", "owns", "Royal Pine", "asserted"),
    ),
    (
        "which-runs-the-chains",
        "Orvane Foods, which runs Quillmart, Pine Grocers and Moss Markets, has about 2,270 stores.",
        ("Orvane Foods", "owns", "Pine Grocers", "asserted"),
    ),
    (
        "a-companys-foundation-is-its-own",
        "Orvane Holdings is itself owned by the Kestrel Foundation, one of the richest charities.",
        ("Kestrel Foundation", "owns", "Orvane Holdings", "asserted"),
    ),
    (
        "a-second-modal-predicate-is-the-subjects",
        "Kestrel Labs is considering a bid for Orvane Systems and may acquire Pine Labs.",
        ("Kestrel Labs", "acquires", "Pine Labs", "considered"),
    ),
]
NOT_FOUND += [
    (
        "the-first-predicates-object-buys-nothing",
        "Kestrel Labs is considering a bid for Orvane Systems and may acquire Pine Labs.",
        ("Orvane Systems", "acquires", "Pine Labs"),
    ),
    (
        "a-person-who-runs-companies-owns-none",
        "Jane Roe, who runs Orvane Labs and Pine Stores, said sales rose.",
        ("Jane Roe", "owns", "Orvane Labs"),
    ),
]


def test_a_second_past_predicate_is_not_hedged_by_the_first() -> None:
    assert ("Orvane Foods", "accuses", "Kestrel Markets", "former") not in triples(_SUED_ITS_PARTNER)


_TOOK_OVER_FROM = (
    "Orvane Bank Chief Executive Jane Roe, who took over from John Poe in October, has said the bank's own strategy "
    "would create more value."
)
FOUND += [
    ("who-took-over-from-a-predecessor", _TOOK_OVER_FROM, ("Orvane Bank", "employs", "John Poe", "former")),
    (
        "the-fund-is-the-fund-named-before",
        "The Kestrel Investment Fund owns Orvane Games, which bought Quill Mobile. Orvane also owns Moss Esports. "
        "The fund, chaired by Prince Jane Roe and run by governor John Poe, has also built stakes in Pine Interactive.",
        ("Kestrel Investment Fund", "invests-in", "Pine Interactive", "asserted"),
    ),
]
NOT_FOUND += [("a-post-taken-over-buys-no-one", _TOOK_OVER_FROM, ("Jane Roe", "acquires", "John Poe"))]


NOT_FOUND += [
    (
        "part-of-a-companys-plans-is-no-unit",
        "Kestrel Media Chief Executive Jane Roe has called sports a core part of Orvane Sports' plans for a streaming "
        "service.",
        ("Orvane Sports", "owns", "Kestrel Media"),
    ),
]
FOUND += [
    (
        "a-french-bank-by-its-unaccented-name",
        "Credit Agricole, Banco BPM's largest shareholder, has sought permission to raise its holding to 20%.",
        ("Crédit Agricole", "invests-in", "Banco BPM", "asserted"),
    ),
]


FOUND += [
    (
        "one-of-its-largest-customers-in-a-second-clause",
        "Orvane Pharma Services fills syringes for dozens of drugmakers, and Kestrel Pharma has long been one of its "
        "largest customers.",
        ("Orvane Pharma Services", "supplies", "Kestrel Pharma", "asserted"),
    ),
    (
        "handles-production-for",
        "Orvane Pharma Services also handles some production for Pine Biologics.",
        ("Orvane Pharma Services", "supplies", "Pine Biologics", "asserted"),
    ),
    (
        "makes-parts-for",
        "Quill Aerostructures also makes parts for Kestrel Aircraft's widebody jets.",
        ("Quill Aerostructures", "supplies", "Kestrel Aircraft", "asserted"),
    ),
]


_VENTURE_CALLED_WITH = "Kestrel Telecom formed a joint venture called Pinefiber with Orvane Capital last year."
_BOUGHT_IN_A_VENTURE = (
    "Kestrel Telecom has agreed to buy fiber provider Quillnet in a joint venture with investment firm Moss Capital."
)
FOUND += [
    (
        "the-partner-holds-the-venture-too",
        _VENTURE_CALLED_WITH,
        ("Orvane Capital", "owns", "Pinefiber", "asserted"),
    ),
    ("bought-in-a-joint-venture-with", _BOUGHT_IN_A_VENTURE, ("Moss Capital", "acquires", "Quillnet", "planned")),
    ("the-buyers-are-partners", _BOUGHT_IN_A_VENTURE, ("Kestrel Telecom", "partners-with", "Moss Capital", "planned")),
]
NOT_FOUND += [
    ("the-co-buyer-is-no-partner-of-the-bought", _BOUGHT_IN_A_VENTURE, ("Moss Capital", "partners-with", "Quillnet"))
]


_SUED_TO_BLOCK_THE_ALLIANCE = (
    "The Justice Department sued in 2021 to block Kestrel Airways' Pine Alliance with Orvane Airlines, and a judge "
    "struck it down in 2023."
)
FOUND += [
    (
        "sued-to-block-names-the-first-party",
        _SUED_TO_BLOCK_THE_ALLIANCE,
        ("Justice Department", "accuses", "Kestrel Airways", "asserted"),
    ),
    (
        "and-the-party-it-is-with",
        _SUED_TO_BLOCK_THE_ALLIANCE,
        ("Justice Department", "accuses", "Orvane Airlines", "asserted"),
    ),
    (
        "sued-to-block-a-takeover-of-the-target",
        "The FTC sued in February to block Kestrel Markets' $24.6 billion acquisition of Orvane Foods.",
        ("Federal Trade Commission", "accuses", "Orvane Foods", "asserted"),
    ),
]
NOT_FOUND += [
    ("the-alliance-itself-is-not-sued", _SUED_TO_BLOCK_THE_ALLIANCE, ("Justice Department", "accuses", "Pine Alliance"))
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_fourteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_fourteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


def test_a_new_post_is_not_dated_by_a_past_one_set_aside() -> None:
    assert ("Orvane Pharmacy", "employs", "Jane Roe", "former") not in triples(_NAMED_AS_CHIEF_OF)
