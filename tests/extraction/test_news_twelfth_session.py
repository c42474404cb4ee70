"""Rules of the twelfth session: a list that 'as well as' joins to a second list keeps both ('backed by A and B, as
well as C and D'); a holder or payer named after the first, with a verb or without one ('..., and B owns close to
9%', 'while B invested $200 million and C about $100 million'), holds a stake in the same company unless its
amount names another; a name right before a singular verb heads a clause and joins no list before it ('holds 11%
of Acme, and Orvane owns 9% of B'); a description set beside a name takes a relative clause without 'that' ('X,
the social network Acme bought in 2022'); a reduced relative with its agent ('Acme, founded by Jane Roe, has been
owned by B') is an aside the predicate's subject skips; two names joined by 'and', the second closed by a legal
or trade word ('Kestrel Mobile and Veltrix Holdings'), are two companies unless a common word goes on ('First
Bank and Trust Company'). Invented companies; the ordinary wording of business news."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

_TWO_LISTS = (
    "Orvane Labs is backed by Kestrel Capital, Veltrix Ventures and Harbor Fund, as well as Moss Partners and Pine "
    "Capital."
)
_GAPPED = (
    "Kestrel Capital invested $500 million in Orvane Labs, while Veltrix Ventures invested $200 million and Harbor "
    "Fund about $100 million."
)
_SECOND_STAKE = "Kestrel Capital holds about 11% of Orvane Labs, and Veltrix Ventures owns close to 9%."
_OTHER_STAKE = "Kestrel Capital holds about 11% of Orvane Labs, and Veltrix Ventures owns 9% of Pine Systems."

FOUND = [
    ("the-first-list-before-as-well-as", _TWO_LISTS, ("Harbor Fund", "invests-in", "Orvane Labs", "asserted")),
    ("the-list-after-as-well-as", _TWO_LISTS, ("Pine Capital", "invests-in", "Orvane Labs", "asserted")),
    (
        "one-name-as-well-as-a-list",
        "Orvane Labs competes with Kestrel Systems as well as Veltrix Labs and Harbor Robotics.",
        ("Orvane Labs", "competes-with", "Harbor Robotics", "asserted"),
    ),
    ("a-payer-with-its-own-verb", _GAPPED, ("Veltrix Ventures", "invests-in", "Orvane Labs", "asserted")),
    ("a-payer-with-the-verb-left-out", _GAPPED, ("Harbor Fund", "invests-in", "Orvane Labs", "asserted")),
    ("a-second-holder-with-no-object", _SECOND_STAKE, ("Veltrix Ventures", "invests-in", "Orvane Labs", "asserted")),
    (
        "a-second-holder-of-another-company",
        _OTHER_STAKE,
        ("Veltrix Ventures", "invests-in", "Pine Systems", "asserted"),
    ),
]

_FOUNDED_THEN_OWNED = "Kestrel Podcast Network, founded by Tom Poe, has been owned by Orvane Media since 2020."
FOUND += [
    (
        "a-description-with-no-that-hangs-on-the-name",
        "Users flocked to Veltrix, the social network Orvane Labs bought for $4 billion in 2022.",
        ("Orvane Labs", "acquires", "Veltrix", "asserted"),
    ),
    (
        "a-described-name-with-that",
        "Kestrel, the Chinese startup that Orvane Labs bought in 2021, grew quickly.",
        ("Orvane Labs", "acquires", "Kestrel", "asserted"),
    ),
    (
        "the-founders-aside-is-skipped-by-a-passive",
        _FOUNDED_THEN_OWNED,
        ("Orvane Media", "owns", "Kestrel Podcast Network", "asserted"),
    ),
]

_TWO_OWNED = "Orvane Telecom owns 51% of Kestrel Mobile and Veltrix Holdings, its rivals say."
FOUND += [
    (
        "two-names-joined-by-and-are-two-companies",
        _TWO_OWNED,
        ("Orvane Telecom", "owns", "Veltrix Holdings", "asserted"),
    ),
]

_REMAINING = "Orvane Telecom owns 51% of Kestrel Mobile and Veltrix Holdings the remaining 49%."
FOUND += [
    ("the-holder-of-the-remaining-share", _REMAINING, ("Veltrix Holdings", "invests-in", "Kestrel Mobile", "asserted")),
]

_OUTBID = "Orvane Labs outbid Veltrix Systems for Kestrel Robotics."
FOUND += [
    (
        "a-company-outbid-for-another-is-named-alone",
        _OUTBID,
        ("Orvane Labs", "competes-with", "Veltrix Systems", "asserted"),
    )
]

_NAMED_THEN_SHE = "Orvane Labs named Jane Roe chief executive on Monday. She previously worked at Kestrel Systems."
_PRONOUN_FAR_FROM_BUYING = (
    "Jane Roe runs Orvane Labs. He also addressed reports that larger companies had tried to buy Kestrel Robotics."
)
FOUND += [
    ("she-is-the-person-named-before", _NAMED_THEN_SHE, ("Kestrel Systems", "employs", "Jane Roe", "former")),
    (
        "he-is-the-person-named-last-in-the-sentence",
        "Orvane Labs hired Tom Poe in March, and he previously worked at Veltrix Labs.",
        ("Veltrix Labs", "employs", "Tom Poe", "former"),
    ),
    (
        "a-pronoun-before-a-named-person-joining",
        "Tom Poe runs Orvane Labs. He will be replaced by Jane Roe, a longtime Google engineer who led its maps team "
        "before joining Microsoft earlier this year.",
        ("Microsoft", "employs", "Jane Roe", "asserted"),
    ),
]

_SUING_AND_ITS_CHIEF = "Jane Roe is suing Orvane Labs and its chief executive, Tom Poe, over the deal."
_ACCUSED_LIST = (
    "Kestrel Labs accuses Orvane Labs, its chief executive Tom Poe, and Veltrix Systems of infringing its trademark."
)
_SPEAKER_AFTER_AND = (
    "Orvane Power was spun off from the utility Kestrel Energy in 2022, and its chief executive, Jane Roe, said the "
    "plant would restart."
)
FOUND += [
    ("the-company-and-its-chief-are-both-sued", _SUING_AND_ITS_CHIEF, ("Jane Roe", "accuses", "Tom Poe", "asserted")),
    ("its-chief-inside-a-list-is-a-member", _ACCUSED_LIST, ("Kestrel Labs", "accuses", "Tom Poe", "asserted")),
    ("the-member-after-its-chief", _ACCUSED_LIST, ("Kestrel Labs", "accuses", "Veltrix Systems", "asserted")),
]

FOUND += [
    (
        "a-regulator-opens-an-investigation",
        "The European Commission has opened an investigation into Orvane Labs over its cloud contracts.",
        ("European Commission", "accuses", "Orvane Labs", "asserted"),
    ),
    (
        "a-regulator-is-investigating",
        "The Federal Trade Commission is investigating Orvane Labs.",
        ("Federal Trade Commission", "accuses", "Orvane Labs", "asserted"),
    ),
    (
        "a-regulator-summons",
        "China's Cyberspace Administration summoned Orvane Labs last month over security risks.",
        ("Cyberspace Administration", "accuses", "Orvane Labs", "asserted"),
    ),
]

FOUND += [
    (
        "designing-a-thing-with-a-company",
        "Orvane Labs is also designing its own chip with Broadcom, people familiar with the matter said.",
        ("Orvane Labs", "partners-with", "Broadcom", "asserted"),
    ),
    (
        "a-possessed-thing-designed-with-a-company",
        "Orvane Labs' in-house chips, designed with Broadcom, are an alternative to Nvidia's.",
        ("Orvane Labs", "partners-with", "Broadcom", "asserted"),
    ),
    (
        "two-companies-that-worked-together",
        "Orvane Labs and Kestrel Systems had worked together for years before the takeover.",
        ("Orvane Labs", "partners-with", "Kestrel Systems", "asserted"),
    ),
]

FOUND += [
    (
        "the-two-companies-have-worked-together",
        "Orvane Labs sells its models through Kestrel Cloud. The two companies have worked together since 2021.",
        ("Orvane Labs", "partners-with", "Kestrel Cloud", "asserted"),
    ),
    (
        "the-two-companies-compete-with",
        "Orvane Labs agreed to buy Kestrel Systems. The two companies compete with Veltrix Robotics in Europe.",
        ("Kestrel Systems", "competes-with", "Veltrix Robotics", "asserted"),
    ),
]

_RACING = "Orvane Labs is racing Kestrel Systems and Veltrix Labs to sell AI agents to businesses."
FOUND += [
    ("racing-a-rival", _RACING, ("Orvane Labs", "competes-with", "Veltrix Labs", "asserted")),
    (
        "two-companies-compete-head-to-head",
        "Orvane Labs and Kestrel Systems compete head to head in Europe.",
        ("Orvane Labs", "competes-with", "Kestrel Systems", "asserted"),
    ),
]

_THREE_WAY = (
    "Orvane Labs will buy $30 billion of computing capacity on Microsoft's Azure, under a pact in which Microsoft "
    "and Nvidia will invest up to $5 billion and $10 billion in the AI startup, respectively."
)
FOUND += [
    ("sums-in-a-gap-count-as-one-word", _THREE_WAY, ("Nvidia", "invests-in", "Orvane Labs", "planned")),
    ("the-startup-is-not-a-listed-giant", _THREE_WAY, ("Microsoft", "invests-in", "Orvane Labs", "planned")),
]

_APPOSED_THEN_PASSIVE = [
    ("Lumeo Health, a partner of Google, was acquired by Oracle.", ("Oracle", "acquires", "Lumeo Health"), "Google"),
    (
        "Tessaly AI, a rival to Google, raised new funding from Kestrel Capital.",
        ("Kestrel Capital", "invests-in", "Tessaly AI"),
        "Google",
    ),
    (
        "Pellucid Semiconductor, a supplier to Apple, is being sued by Samsung.",
        ("Samsung", "accuses", "Pellucid Semiconductor"),
        "Apple",
    ),
    (
        "Orvane Labs, a unit of Rivenhall Group, was sued by Meta.",
        ("Meta", "accuses", "Orvane Labs"),
        "Rivenhall Group",
    ),
    (
        "Tessaly AI, a startup backed by Google, was acquired by Microsoft.",
        ("Microsoft", "acquires", "Tessaly AI"),
        "Google",
    ),
]
FOUND += [
    (f"the-subject-beside-its-description-{i}", text, (*triple, "asserted"))
    for i, (text, triple, _) in enumerate(_APPOSED_THEN_PASSIVE)
]
_SUPPLIER_APPOSED = "Pellucid Semiconductor, a Samsung supplier, is backed by SoftBank."

FOUND += [
    (
        "the-company-as-an-object-is-not-its-verbs-subject",
        "Kestrel Systems makes warehouse robots. Amazon agreed to buy the company for $900 million.",
        ("Amazon", "acquires", "Kestrel Systems", "planned"),
    ),
    (
        "it-as-an-object-is-not-its-verbs-subject",
        "Kestrel Systems makes warehouse robots. Amazon plans to buy it.",
        ("Amazon", "acquires", "Kestrel Systems", "planned"),
    ),
]

FOUND += [
    (
        "two-subjects-compete",
        "Ondine Networks and Halcyon Data compete for telecom contracts in Europe.",
        ("Ondine Networks", "competes-with", "Halcyon Data", "asserted"),
    ),
    (
        "three-subjects-are-battling",
        "Orvane Labs, Kestrel Systems and Halvorsen Robotics are battling for warehouse automation contracts.",
        ("Orvane Labs", "competes-with", "Halvorsen Robotics", "asserted"),
    ),
    (
        "two-subjects-have-been-collaborating",
        "Veridian Cloud and Halcyon Data have been collaborating since 2021.",
        ("Veridian Cloud", "partners-with", "Halcyon Data", "asserted"),
    ),
]

_CHIPS_BOUGHT = "Oracle bought Nvidia chips worth $40 billion."
FOUND += [
    ("a-company-named-before-goods-bought-supplies-them", _CHIPS_BOUGHT, ("Nvidia", "supplies", "Oracle", "asserted")),
    (
        "shares-bought-are-a-holding",
        "Kestrel Capital bought Orvane Labs shares last year.",
        ("Kestrel Capital", "invests-in", "Orvane Labs", "asserted"),
    ),
]

_SET_UP_AFTER_LEAVING = "Priya Nair set up Lumeo Health after leaving Google."
FOUND += [
    ("a-person-who-set-up-a-company", _SET_UP_AFTER_LEAVING, ("Lumeo Health", "employs", "Priya Nair", "asserted")),
    ("after-leaving-is-a-former-post", _SET_UP_AFTER_LEAVING, ("Google", "employs", "Priya Nair", "former")),
    (
        "a-person-who-started-a-company",
        "Former Oracle engineer Chen Wei started Veridian Cloud in 2020.",
        ("Veridian Cloud", "employs", "Chen Wei", "asserted"),
    ),
    (
        "stopped-using-is-former",
        "Quillon Systems stopped using Amazon Web Services last year.",
        ("Quillon Systems", "hosts-on", "Amazon Web Services", "former"),
    ),
]

FOUND += [
    (
        "a-cloud-counts-a-customer",
        "Amazon Web Services counts Halcyon Data as a customer.",
        ("Halcyon Data", "hosts-on", "Amazon Web Services", "asserted"),
    ),
    (
        "cloud-customers-include",
        "Oracle's cloud customers include Tessaly AI and Lumeo Health.",
        ("Lumeo Health", "hosts-on", "Oracle", "asserted"),
    ),
    (
        "cloud-services-provided",
        "Microsoft agreed to provide cloud services to Orvane Labs under a five-year contract.",
        ("Orvane Labs", "hosts-on", "Microsoft", "planned"),
    ),
    ("a-chipmaker-counts-a-customer", "TSMC counts Apple as a customer.", ("TSMC", "supplies", "Apple", "asserted")),
]

_RUN_ON_PROCESSORS = "Orvane Labs' robots run on processors from Pellucid Semiconductor."
FOUND += [
    (
        "goods-made-by-a-maker",
        "Orvane Labs' accelerators are made by TSMC.",
        ("TSMC", "supplies", "Orvane Labs", "asserted"),
    ),
    (
        "chips-power-a-companys-data-centres",
        "Nvidia's chips power Tessaly AI's data centres.",
        ("Nvidia", "supplies", "Tessaly AI", "asserted"),
    ),
    (
        "goods-run-on-from-a-maker",
        _RUN_ON_PROCESSORS,
        ("Pellucid Semiconductor", "supplies", "Orvane Labs", "asserted"),
    ),
    (
        "goods-ordered-by-the-maker-named",
        "Orvane Labs ordered 10,000 Nvidia processors for its new data centre.",
        ("Nvidia", "supplies", "Orvane Labs", "asserted"),
    ),
    (
        "a-possessive-goods-supplier",
        "TSMC, Orvane Labs' main chip supplier, raised prices.",
        ("TSMC", "supplies", "Orvane Labs", "asserted"),
    ),
]

FOUND += [
    (
        "taken-to-court",
        "Kestrel Systems took Orvane Labs to court over unpaid fees.",
        ("Kestrel Systems", "accuses", "Orvane Labs", "asserted"),
    ),
    (
        "alleges-that",
        "Kestrel Systems alleges that Orvane Labs copied its software.",
        ("Kestrel Systems", "accuses", "Orvane Labs", "asserted"),
    ),
    (
        "allegations-rejected-were-made",
        "Orvane Labs rejected Kestrel Systems' allegations that it had infringed patents.",
        ("Kestrel Systems", "accuses", "Orvane Labs", "asserted"),
    ),
]

FOUND += [
    (
        "working-on-a-thing-called",
        "Orvane Labs is working on a humanoid robot called Strider.",
        ("Orvane Labs", "develops", "Strider", "asserted"),
    ),
    (
        "developing-a-thing-called-in-commas",
        "Kestrel Systems is developing a chip, called Talon, for data centres.",
        ("Kestrel Systems", "develops", "Talon", "asserted"),
    ),
    (
        "a-takeover-by",
        "Tamsin Mobility agreed to a takeover by Corvax.",
        ("Corvax", "acquires", "Tamsin Mobility", "planned"),
    ),
    (
        "a-trade-word-closes-a-company-name",
        "Amazon Web Services counts Lumeo Health as a customer.",
        ("Lumeo Health", "hosts-on", "Amazon Web Services", "asserted"),
    ),
]

FOUND += [
    (
        "its-biggest-customer-is",
        "Pellucid Semiconductor makes modems. Its biggest customer is Apple.",
        ("Pellucid Semiconductor", "supplies", "Apple", "asserted"),
    ),
    (
        "its-largest-shareholder-is",
        "Orvane Labs makes robots. Its largest shareholder is Kestrel Capital.",
        ("Kestrel Capital", "invests-in", "Orvane Labs", "asserted"),
    ),
]

FOUND += [
    (
        "a-partnership-expanded-on-a-day",
        "Oracle and Tessaly AI expanded their partnership on Monday.",
        ("Oracle", "partners-with", "Tessaly AI", "asserted"),
    ),
]

FOUND += [
    (
        "a-fronted-tie-up",
        "In a tie-up with Oracle, Lumeo Health will offer cloud-based medical records.",
        ("Lumeo Health", "partners-with", "Oracle", "asserted"),
    ),
]

FOUND += [
    (
        "a-threat-to-sue-is-considered",
        "Microsoft threatened to sue Orvane Labs.",
        ("Microsoft", "accuses", "Orvane Labs", "considered"),
    ),
    (
        "unlikely-is-considered",
        "Nvidia is unlikely to supply chips to Corvax, analysts said.",
        ("Nvidia", "supplies", "Corvax", "considered"),
    ),
]

FOUND += [
    (
        "stepped-down-as-a-companys-chief",
        "Jane Roe, who stepped down as Corvax's chief executive in May, has joined Meta.",
        ("Corvax", "employs", "Jane Roe", "former"),
    ),
    (
        "resigned-as-a-companys-officer",
        "Jane Roe resigned as Corvax's finance chief last year.",
        ("Corvax", "employs", "Jane Roe", "former"),
    ),
]

FOUND += [
    (
        "a-description-after-to-is-not-the-clauses-subject",
        "Samsung said it would invest in Pellucid Semiconductor. The South Korean firm will also supply memory to "
        "the chip designer.",
        ("Samsung", "supplies", "Pellucid Semiconductor", "planned"),
    ),
]

FOUND += [
    (
        "a-joint-product-unveiled",
        "Nvidia and Orvane Labs unveiled a joint robot on Monday.",
        ("Nvidia", "partners-with", "Orvane Labs", "asserted"),
    ),
]

_SWITCHED = "Orvane Labs switched from Samsung to TSMC for its chip production."
_MOVED_CLOUDS = "Orvane Labs moved its workloads from Google Cloud to Amazon Web Services."
FOUND += [
    ("switched-to-a-new-supplier", _SWITCHED, ("TSMC", "supplies", "Orvane Labs", "asserted")),
    ("switched-from-an-old-supplier", _SWITCHED, ("Samsung", "supplies", "Orvane Labs", "former")),
    ("moved-to-a-new-cloud", _MOVED_CLOUDS, ("Orvane Labs", "hosts-on", "Amazon Web Services", "asserted")),
    (
        "a-person-moved-between-employers",
        "Jane Roe moved from Google to Meta last year.",
        ("Google", "employs", "Jane Roe", "former"),
    ),
]

FOUND += [
    (
        "unlike-its-rival",
        "Unlike its rival Kestrel Systems, Orvane Labs is profitable.",
        ("Orvane Labs", "competes-with", "Kestrel Systems", "asserted"),
    ),
]

FOUND += [
    (
        "the-round-of-the-company-that-speaks",
        "Investors in the round included Microsoft, Nvidia and Kestrel Capital, Orvane Labs said.",
        ("Kestrel Capital", "invests-in", "Orvane Labs", "asserted"),
    ),
]

FOUND += [
    (
        "its-with-nothing-before-is-the-speakers",
        "Its backers include Kestrel Capital and Pine Partners, Orvane Labs said.",
        ("Pine Partners", "invests-in", "Orvane Labs", "asserted"),
    ),
    (
        "the-company-with-nothing-before-is-the-speaker",
        "The company will be led by Jane Roe, Orvane Labs said.",
        ("Orvane Labs", "employs", "Jane Roe", "planned"),
    ),
]

FOUND += [
    (
        "a-possessed-product-named-in-commas",
        "Orvane Labs' newest robot, Strider, walks on two legs.",
        ("Orvane Labs", "develops", "Strider", "asserted"),
    ),
    (
        "its-product-named-in-commas-opening-a-sentence",
        "Orvane Labs builds robots. Its current machine, Strider 2, walks on two legs.",
        ("Orvane Labs", "develops", "Strider 2", "asserted"),
    ),
]

FOUND += [
    (
        "an-analysts-should-is-considered",
        "Jane Roe, an analyst at Marrow Bank, said Orvane Labs should buy Kestrel Systems.",
        ("Orvane Labs", "acquires", "Kestrel Systems", "considered"),
    ),
    (
        "a-denied-report-is-a-denial",
        "Orvane Labs denied a report that it was in talks to sell itself to Meta.",
        ("Meta", "acquires", "Orvane Labs", "negated"),
    ),
]

_CHEMICAL = (
    "Hanwa Chemical said on Tuesday it would buy a 40% stake in Korvel Batteries, a Polish maker of battery "
    "separators. Hanwa's chief executive, Park Ji-won, said the two companies would also jointly develop separators."
)
FOUND += [
    (
        "a-trade-word-makes-a-speaker-a-company",
        _CHEMICAL,
        ("Hanwa Chemical", "invests-in", "Korvel Batteries", "planned"),
    ),
    ("the-short-form-is-the-full-name", _CHEMICAL, ("Hanwa Chemical", "employs", "Park Ji-won", "asserted")),
]

FOUND += [
    (
        "a-place-and-a-descriptor-before-a-listed-name",
        "Helmstadt Bank, whose largest shareholder is U.S. investor Cerberus, declined to comment.",
        ("Cerberus", "invests-in", "Helmstadt Bank", "asserted"),
    ),
]

_CONTROLLED_BY_FIRM = (
    "Streamwell Media, which is controlled by billionaire Ray Dalton's investment firm Dalton Holdings, competes with "
    "Netflix."
)
FOUND += [
    (
        "the-firm-named-after-its-owners-possessive",
        _CONTROLLED_BY_FIRM,
        ("Dalton Holdings", "owns", "Streamwell Media", "asserted"),
    ),
]

_CELLS_FOR = "Sakuro Motors, which already makes cells for Kestrel Trucks, plans to build a new plant."
FOUND += [("goods-made-for-a-customer", _CELLS_FOR, ("Sakuro Motors", "supplies", "Kestrel Trucks", "asserted"))]

_CARS_MADE_BY = (
    "Veltrix, whose chips are used in cars made by Toyota and BMW, had also drawn interest from rival Pellucid "
    "Semiconductor."
)
FOUND += [
    (
        "a-described-product-made-by",
        "Strider, a robot made by Orvane Labs, walks.",
        ("Orvane Labs", "develops", "Strider", "asserted"),
    ),
    (
        "the-rival-of-the-clause-subject",
        _CARS_MADE_BY,
        ("Veltrix", "competes-with", "Pellucid Semiconductor", "asserted"),
    ),
]

FOUND += [
    (
        "joins-from-a-former-employer",
        "Orvane Labs named Priya Nair as its new chief executive. Nair joins from Kestrel Systems.",
        ("Kestrel Systems", "employs", "Priya Nair", "former"),
    ),
]

FOUND += [
    (
        "part-owned-by-is-a-stake",
        "Andes Minerals, which is part-owned by Chinese battery maker Korvel, also supplies Tesla.",
        ("Korvel", "invests-in", "Andes Minerals", "asserted"),
    ),
]

FOUND += [
    (
        "an-undescribed-maker-as-an-object",
        "Pine Robotics said on Tuesday that Orvane Labs had agreed to invest $200 million in the company. Orvane, "
        "which makes AI chips, will also supply the robot maker with processors.",
        ("Orvane Labs", "supplies", "Pine Robotics", "planned"),
    ),
]

FOUND += [
    (
        "being-acquired-is-planned",
        "Kestrel Foods, the maker of Crunchy Oats cereal, is being acquired by Pine Brands.",
        ("Pine Brands", "acquires", "Kestrel Foods", "planned"),
    ),
]

_OWNED_BOUGHT = "Microsoft-backed Orvane Labs is in talks to buy SoftBank-owned Kestrel Robotics."
FOUND += [
    (
        "the-company-after-its-owners-modifier-is-bought",
        _OWNED_BOUGHT,
        ("Orvane Labs", "acquires", "Kestrel Robotics", "exploring"),
    )
]

_BACKED_THEN_RENTS = (
    "Orvane Labs makes robots. The startup, backed by Andreessen Horowitz, will also rent servers from Pine Compute."
)
FOUND += [
    ("the-subject-past-a-reduced-aside", _BACKED_THEN_RENTS, ("Orvane Labs", "hosts-on", "Pine Compute", "planned"))
]

FOUND += [
    (
        "a-minority-share-owned-by-is-a-stake",
        "Kestrel Motors, which is 30% owned by Orvane Group, plans to list in Hong Kong.",
        ("Orvane Group", "invests-in", "Kestrel Motors", "asserted"),
    ),
    (
        "a-majority-share-owned-by-is-ownership",
        "Kestrel Motors, which is 70% owned by Orvane Group, plans to list in Hong Kong.",
        ("Orvane Group", "owns", "Kestrel Motors", "asserted"),
    ),
]

FOUND += [
    (
        "a-first-word-after-a-full-name-that-may-be-a-person",
        "Walmart has struck a deal with Fernbrook Farms to sell its products. Fernbrook, which is backed by Temasek, "
        "competes with Beyond Meat.",
        ("Temasek", "invests-in", "Fernbrook Farms", "asserted"),
    ),
]

_SELL_BRAND = "Unilever agreed to sell its ice-cream brand Frosty Peak to Brightside Holdings for 900 million euros."
FOUND += [
    ("a-brand-sold-that-could-be-a-name", _SELL_BRAND, ("Brightside Holdings", "acquires", "Frosty Peak", "planned")),
    ("the-seller-owns-the-brand-until-then", _SELL_BRAND, ("Unilever", "owns", "Frosty Peak", "asserted")),
]

NOT_FOUND = [
    (
        "the-agent-of-a-reduced-aside-is-no-subject",
        _BACKED_THEN_RENTS,
        ("Pine Compute", "supplies", "Andreessen Horowitz"),
    ),
    ("the-modifying-owner-is-not-bought", _OWNED_BOUGHT, ("Orvane Labs", "acquires", "SoftBank")),
    (
        "a-complaint-naming-a-defendant-of-a-sued-story-company",
        "A group of authors sued Orvane Labs in federal court in New York. The lawsuit also names Microsoft, Orvane's "
        "largest investor, as a defendant.",
        ("Orvane Labs", "accuses", "Microsoft"),
    ),
    (
        "a-regulator-has-no-rivals",
        "The European Commission fined Kestrel Search 2.4 billion euros for favouring its own shopping service over "
        "rivals such as Veltrix Shop and Pine Market.",
        ("European Commission", "competes-with", "Veltrix Shop"),
    ),
    ("a-noun-made-by-is-not-the-company-before", _CARS_MADE_BY, ("Toyota", "develops", "Veltrix")),
    ("a-customer-is-no-product-made", _CELLS_FOR, ("Sakuro Motors", "develops", "Kestrel Trucks")),
    ("the-owner-of-the-firm-is-not-the-object", _CONTROLLED_BY_FIRM, ("Ray Dalton", "owns", "Streamwell Media")),
    (
        "a-place-before-a-descriptor-is-no-member",
        "Orvane Labs' investors include U.S. investor Kestrel Capital and SoftBank.",
        ("United States", "invests-in", "Orvane Labs"),
    ),
    (
        "a-fronted-settlement-with-an-authority",
        "Under an agreement with the Federal Trade Commission, Orvane Labs will sell two plants.",
        ("Orvane Labs", "partners-with", "Federal Trade Commission"),
    ),
    (
        "a-company-called-is-no-product-worked-on",
        "Orvane Labs is working on a deal with a company called Kestrel.",
        ("Orvane Labs", "develops", "Kestrel"),
    ),
    (
        "alleging-after-a-comma-is-the-clauses-subjects",
        "Pfizer hit back by suing Kestrel Bio and Novo in Delaware, alleging that the biotech had breached its "
        "contract.",
        ("Kestrel Bio", "accuses", "Novo"),
    ),
    ("a-goods-maker-is-no-host", _RUN_ON_PROCESSORS, ("Orvane Labs", "hosts-on", "Pellucid Semiconductor")),
    ("goods-bought-are-no-company-bought", _CHIPS_BOUGHT, ("Oracle", "acquires", "Nvidia")),
    (
        "a-bid-made-develops-nothing",
        "Samsung made a bid for Pellucid Semiconductor.",
        ("Samsung", "develops", "Pellucid Semiconductor"),
    ),
    (
        "two-subjects-competing-with-a-third-are-not-rivals-of-each-other",
        "Orvane Labs and Kestrel Systems compete with Veltrix Labs.",
        ("Orvane Labs", "competes-with", "Kestrel Systems"),
    ),
    (
        "two-subjects-partnered-with-a-third",
        "Orvane Labs and Kestrel Systems have partnered with Nvidia.",
        ("Orvane Labs", "partners-with", "Kestrel Systems"),
    ),
    *[
        (f"the-name-inside-the-description-{i}", text, (triple[0], triple[1], inside))
        for i, (text, triple, inside) in enumerate(_APPOSED_THEN_PASSIVE)
    ],
    ("a-clause-after-the-comma-is-no-apposition", _SUPPLIER_APPOSED, ("SoftBank", "supplies", "Samsung")),
    (
        "a-noun-rival-names-no-rival-after-its-clause",
        "Kestrel Systems, Orvane Labs' biggest rival, was bought by Amazon.",
        ("Amazon", "competes-with", "Orvane Labs"),
    ),
    ("an-investor-does-not-invest-in-its-partner", _THREE_WAY, ("Nvidia", "invests-in", "Microsoft")),
    (
        "racing-to-do-something-is-no-race-against-it",
        "Rivals such as Kestrel Cloud are also racing to secure Nvidia's latest processors.",
        ("Kestrel Cloud", "competes-with", "Nvidia"),
    ),
    (
        "developing-with-a-companys-chips",
        "Orvane Labs develops models with Nvidia chips.",
        ("Orvane Labs", "partners-with", "Nvidia"),
    ),
    (
        "developing-with-funding-from",
        "Orvane Labs developed the drug with funding from Kestrel Capital.",
        ("Orvane Labs", "partners-with", "Kestrel Capital"),
    ),
    (
        "technology-developed-with-is-said-of-the-technology",
        "Rapidus makes chips using technology developed with IBM.",
        ("Rapidus", "partners-with", "IBM"),
    ),
    (
        "investigating-with-help-is-no-accusation",
        "Orvane Labs is investigating the outage with help from Kestrel Security.",
        ("Orvane Labs", "accuses", "Kestrel Security"),
    ),
    ("a-chief-who-speaks-is-no-member", _SPEAKER_AFTER_AND, ("Jane Roe", "owns", "Orvane Power")),
    ("the-pronoun-buys-nothing", _PRONOUN_FAR_FROM_BUYING, ("Jane Roe", "acquires", "Kestrel Robotics")),
    (
        "a-guess-never-called-by-its-surname-is-no-he",
        "Orvane Media bought the rights to Kestrel Fighting Championship events, a deal struck by Tom Poe since he "
        "became chairman.",
        ("Orvane Media", "employs", "Kestrel Fighting Championship"),
    ),
    (
        "a-name-does-not-go-on-with-for",
        _OUTBID,
        ("Orvane Labs", "competes-with", "Veltrix Systems for Kestrel Robotics"),
    ),
    ("a-holder-with-its-share-is-no-second-object", _REMAINING, ("Orvane Telecom", "owns", "Veltrix Holdings")),
    (
        "two-names-joined-by-and-are-not-one",
        _TWO_OWNED,
        ("Orvane Telecom", "owns", "Kestrel Mobile and Veltrix Holdings"),
    ),
    ("the-founder-is-not-owned", _FOUNDED_THEN_OWNED, ("Orvane Media", "owns", "Tom Poe")),
    ("the-second-holder-is-not-held", _SECOND_STAKE, ("Kestrel Capital", "invests-in", "Veltrix Ventures")),
    ("the-held-company-does-not-hold", _OTHER_STAKE, ("Orvane Labs", "invests-in", "Pine Systems")),
    ("a-stake-of-its-own-is-not-the-first-ones", _OTHER_STAKE, ("Veltrix Ventures", "invests-in", "Orvane Labs")),
    (
        "a-list-then-a-new-speaker-is-no-member",
        "Orvane Labs is backed by Kestrel Capital and Veltrix Ventures, Moss Partners said.",
        ("Moss Partners", "invests-in", "Orvane Labs"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_twelfth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_twelfth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


def test_a_sum_paid_without_a_verb_keeps_its_amount() -> None:
    extraction = RuleExtractor().extract(Document(text=_GAPPED))
    amounts = {
        r.subject.name: r.qualifiers["amount"]["value"] for r in extraction.relations if r.relation == "invests-in"
    }
    assert amounts == {"Kestrel Capital": 5e8, "Veltrix Ventures": 2e8, "Harbor Fund": 1e8}


def test_a_share_held_without_a_verb_keeps_its_stake() -> None:
    extraction = RuleExtractor().extract(Document(text=_SECOND_STAKE))
    stakes = {r.subject.name: r.qualifiers.get("stake") for r in extraction.relations}
    assert stakes["Veltrix Ventures"] == pytest.approx(0.09)
