"""Rules of the fifteenth session: a singular description apposed to the last of a list ('stakes in A and B, the
maker of C') is that member's alone; 'take-private of' is a buyout; 'earlier this year' dates a past event and
makes it no former one; a person named after a preposition inside a founder's aside ('a former adviser to
President P') founded nothing, and a reduced aside ('X, founded by P after he left Y, counts Z as an investor')
lends none of its words to the main clause; a product's kind after its name ('the Far Cry series, Anno and ...')
keeps a list going; 'its next major release, P,' is the company's product. A comma joins a name to a legal form
only ('Acme, Inc.'), not to a trade word ('Jane Roe, Capital One's chief executive' names a person); 'X's own
insurance empire, which includes A' is owned. 'A owns 80% of B; C holds the rest' (', with C holding the
remainder', 'while C owns the remaining 20%'): C holds the other stake, a majority when the first is a minority.
'The Taiwanese foundry' describes a company ('its foundry business' does not); 'A and B, a joint venture of C and
D' makes no partners of A and B. A dateline may name two places ('ATLANTA/NEW YORK, April 17 (Reuters) -'); a
payment or card processor is a company, not a chip; 'sold control of A to B' gives B control and makes nothing;
'British-born' is no name; the share nearest the company ('which bought 55% of A, will own 15% of B') sizes the
holding. Invented companies (and a few real brands the gazetteer knows); the ordinary wording of business news."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

_STAKES_THEN_MAKER = "Moss Capital has also built stakes in Orvane Labs and Kestrel Games, the maker of Pine Quest."
_FOUNDER_ASIDE = (
    "Quill Partners, founded by Dana Whitfield after she left her role as senior adviser to President Joe Biden "
    "in 2022, counts Moss Capital as its largest investor."
)
_SERIES_LIST = "Kestrel Games publishes the Pine Quest series, Orvane Racer and the Star Harbor shooter."

FOUND = [
    ("apposed-maker-is-the-last-members", _STAKES_THEN_MAKER, ("Kestrel Games", "develops", "Pine Quest", "asserted")),
    (
        "list-before-it-still-holds-stakes",
        _STAKES_THEN_MAKER,
        ("Moss Capital", "invests-in", "Orvane Labs", "asserted"),
    ),
    (
        "take-private-is-a-buyout",
        "Moss Capital earlier this year completed its take-private of software group Orvane Labs.",
        ("Moss Capital", "acquires", "Orvane Labs", "asserted"),
    ),
    ("founder-in-a-reduced-aside", _FOUNDER_ASIDE, ("Quill Partners", "employs", "Dana Whitfield", "asserted")),
    (
        "main-clause-keeps-its-own-modality",
        _FOUNDER_ASIDE,
        ("Moss Capital", "invests-in", "Quill Partners", "asserted"),
    ),
    ("series-then-a-second-title", _SERIES_LIST, ("Kestrel Games", "develops", "Orvane Racer", "asserted")),
    ("series-then-a-described-title", _SERIES_LIST, ("Kestrel Games", "develops", "Star Harbor", "asserted")),
    (
        "its-next-release-named",
        "Kestrel Games publishes the Pine Quest series. Its next major release, Pine Quest 7, is due in October.",
        ("Kestrel Games", "develops", "Pine Quest 7", "asserted"),
    ),
]
FOUND += [
    (
        "person-before-a-company-whose-name-ends-in-a-trade-word",
        "Dana Whitfield, Capital One's founder and chief executive, has argued that the deal helps.",
        ("Capital One", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "an-empire-which-includes",
        "The purchase adds to Moss Holdings' own insurance empire, which includes Orvane Insurance.",
        ("Moss Holdings", "owns", "Orvane Insurance", "asserted"),
    ),
]
_REST_HELD = "Moss Media holds a 51% stake in Orvane Network, while Kestrel Holdings owns the remaining 49%."
FOUND += [
    (
        "holds-the-rest-after-a-semicolon",
        "Moss Media owns about 80% of Orvane Network; Kestrel Holdings holds the rest.",
        ("Kestrel Holdings", "invests-in", "Orvane Network", "asserted"),
    ),
    (
        "holding-the-remainder",
        "Moss Media owns 60% of Orvane Network, with Kestrel Holdings holding the remainder.",
        ("Kestrel Holdings", "invests-in", "Orvane Network", "asserted"),
    ),
    ("owns-the-remaining-share", _REST_HELD, ("Kestrel Holdings", "invests-in", "Orvane Network", "asserted")),
    (
        "the-rest-is-a-majority",
        "Moss Media owns 30% of Orvane Network; Kestrel Holdings holds the rest.",
        ("Kestrel Holdings", "owns", "Orvane Network", "asserted"),
    ),
]
FOUND += [
    (
        "a-nationality-and-foundry-describe-a-company",
        "Orvane Semiconductor makes chips for Quill Devices. The Taiwanese foundry, whose largest rivals include "
        "Kestrel Silicon and Intel, is expanding.",
        ("Intel", "competes-with", "Orvane Semiconductor", "asserted"),
    ),
]
_SLASHED_DATELINE = (
    "ATLANTA/NEW YORK, April 17 (Reuters) - Orvane Payments said on Thursday it would buy payment processor "
    "Quillpay from private equity firm Moss Capital for $24 billion."
)
_CONTROL_SOLD = (
    "For Kestrel, the deal ends a retreat that began when it sold control of Quillpay to Moss Capital, five years "
    "after buying the British-born processor for about $43 billion."
)
FOUND += [
    ("a-slashed-dateline-is-no-subject", _SLASHED_DATELINE, ("Orvane Payments", "acquires", "Quillpay", "planned")),
    ("control-sold-to-a-buyer", _CONTROL_SOLD, ("Moss Capital", "owns", "Quillpay", "asserted")),
    (
        "the-share-nearest-the-company-counts",
        "Moss Capital, which bought a 55% stake in Quillpay from Kestrel last year, will receive shares that leave it "
        "owning about 15% of Orvane Payments.",
        ("Moss Capital", "invests-in", "Orvane Payments", "asserted"),
    ),
]
NOT_FOUND = [
    ("plural-list-member-before-is-no-maker", _STAKES_THEN_MAKER, ("Orvane Labs", "develops", "Pine Quest")),
    ("the-one-advised-founded-nothing", _FOUNDER_ASIDE, ("Quill Partners", "employs", "Joe Biden")),
    (
        "the-one-advised-in-an-apposition",
        "Quill Partners was founded by Dana Whitfield, a former adviser to President Joe Biden.",
        ("Quill Partners", "employs", "Joe Biden"),
    ),
]

NOT_FOUND += [
    (
        "a-venture-apposed-to-the-last-name-joins-no-pair",
        "Kestrel Telecom competes with Moss Group's EE and Quill Mobile, a joint venture of Orvane Global and Pine "
        "Telecom.",
        ("EE", "partners-with", "Quill Mobile"),
    ),
    (
        "its-foundry-business-is-no-company",
        "Moss Capital will receive a warrant to buy 5% of Orvane Chips, exercisable only if the company stops owning "
        "at least 51% of its foundry business.",
        ("Orvane Chips", "owns", "Moss Capital"),
    ),
]

NOT_FOUND += [
    ("the-dateline-place-supplies-nothing", _SLASHED_DATELINE, ("Moss Capital", "supplies", "NEW YORK")),
    ("a-payment-processor-is-a-company", _SLASHED_DATELINE, ("Moss Capital", "supplies", "Orvane Payments")),
    ("control-sold-is-nothing-made", _CONTROL_SOLD, ("Kestrel", "develops", "Quillpay")),
    ("british-born-is-no-name", _CONTROL_SOLD, ("British-born", "supplies", "Kestrel")),
]

_FRONTED_FOR = (
    "For Kestrel, the sale is a reset after the collapse of its merger with Orvane Group, the owner of Pinecrest."
)
_OWNER_THEN_ANOTHER = (
    "The deal leaves two giants: Kestrel Luxe, the owner of Dior, and Orvane Group, whose labels include Gucci."
)
_BRAND_SOLD = "Kestrel Group agreed to sell shoe brand Pinecrest to footwear company Moss Shoes for $105 million."
FOUND += [
    ("a-fronted-phrase-opens-no-aside", _FRONTED_FOR, ("Orvane Group", "owns", "Pinecrest", "asserted")),
    ("an-apposed-owner-closes-at-the-comma", _OWNER_THEN_ANOTHER, ("Kestrel Luxe", "owns", "Dior", "asserted")),
    ("a-brand-sold-to-a-described-buyer", _BRAND_SOLD, ("Moss Shoes", "acquires", "Pinecrest", "planned")),
]
NOT_FOUND += [
    ("the-fronted-company-owns-nothing-named-later", _FRONTED_FOR, ("Kestrel", "owns", "Pinecrest")),
    ("the-next-list-member-is-not-owned", _OWNER_THEN_ANOTHER, ("Kestrel Luxe", "owns", "Orvane Group")),
    ("a-brand-sold-is-not-made", _BRAND_SOLD, ("Kestrel Group", "develops", "Pinecrest")),
    (
        "a-name-between-the-and-a-noun-buys-nothing",
        "The Quillon purchase will make Kestrel Group the owner of one of the few large houses left.",
        ("Quillon", "acquires", "Kestrel Group"),
    ),
    (
        "made-the-owner-is-nothing-made",
        "The Quillon purchase will make Kestrel Group the owner of one of the few large houses left.",
        ("Quillon", "develops", "Kestrel Group"),
    ),
    (
        "a-deal-called-off-makes-no-partners",
        "Orvane Brands agreed to buy Quill Fashion last year. Orvane Brands and Quill Fashion make handbags. A federal "
        "judge sided with the agency in October, and the two companies called off the deal in November.",
        ("Orvane Brands", "partners-with", "Quill Fashion"),
    ),
]

_EX_POST = "Dana Whitfield, ex-CEO of Moss Group, joined Orvane Labs."
_THE_POST = "Dana Whitfield, the president of Moss Group, joined Orvane Labs."
_TWO_ITS = (
    "Kestrel makes software. Last year it bought identity specialist Quillon from private equity firm Moss "
    "Capital for $1.5 billion, and in February it acquired Pine Security, a startup."
)
FOUND += [
    (
        "its-named-product-run-on-a-cloud",
        "Orvane runs its Prism security service on Google Cloud infrastructure.",
        ("Orvane", "hosts-on", "Google Cloud", "asserted"),
    ),
    ("an-ex-post-is-a-former-one", _EX_POST, ("Moss Group", "employs", "Dana Whitfield", "former")),
    ("the-ex-post-holder-joins", _EX_POST, ("Orvane Labs", "employs", "Dana Whitfield", "asserted")),
    ("the-president-of-a-group-is-a-person", _THE_POST, ("Moss Group", "employs", "Dana Whitfield", "asserted")),
    (
        "pitted-more-directly-against",
        "The takeover pits Orvane more directly against Kestrel Systems and Quill Identity in identity management.",
        ("Orvane", "competes-with", "Kestrel Systems", "asserted"),
    ),
    ("a-second-it-is-the-first", _TWO_ITS, ("Kestrel", "acquires", "Pine Security", "asserted")),
]
NOT_FOUND += [
    ("a-post-holder-joining-makes-no-partners", _EX_POST, ("Orvane Labs", "partners-with", "Moss Group")),
    ("a-person-is-no-partner", _THE_POST, ("Dana Whitfield", "partners-with", "Orvane Labs")),
    (
        "people-trained-on-products-host-nothing",
        "Moss Systems also agreed to train its consultants on Orvane products as part of a wider partnership.",
        ("Moss Systems", "hosts-on", "Orvane"),
    ),
    ("the-seller-buys-nothing-after", _TWO_ITS, ("Moss Capital", "acquires", "Pine Security")),
]

_MEMBERS = (
    "Orvane Space is also a core member of the Pinewave consortium, alongside Luxembourg's Kestrel Space and Spain's "
    "Quillsat, that is due to build the network."
)
FOUND += [
    ("a-fellow-member-alongside", _MEMBERS, ("Orvane Space", "partners-with", "Kestrel Space", "asserted")),
    ("fellow-members-listed", _MEMBERS, ("Kestrel Space", "partners-with", "Quillsat", "asserted")),
]
NOT_FOUND += [
    (
        "a-described-shipbuilder-is-no-person",
        "Orvane Industries is the main subcontractor on the delayed F126 frigate programme, which is led by Dutch "
        "shipbuilder Marten Naval.",
        ("F126", "employs", "Marten Naval"),
    ),
    (
        "bare-services-are-no-product",
        "A Kestrel spokesperson said the company already provides services in Ukraine.",
        ("Kestrel", "develops", "services"),
    ),
    (
        "infrastructure-sold-is-no-supply",
        "Orvane Sat also plans to sell its ground station infrastructure to Moss Infrastructure.",
        ("Orvane Sat", "supplies", "Moss Infrastructure"),
    ),
    (
        "no-interest-in-a-bid",
        "Jane Roe said Orvane Naval had no interest in making a bid for Kestrel Marine.",
        ("Orvane Naval", "acquires", "Kestrel Marine"),
    ),
]

_INVESTORS_THEN = (
    "Kestrel's largest outside investors at the time of its flotation included Moss Capital and Orvane Partners, "
    "which both backed the company in private rounds."
)
FOUND += [
    ("investors-at-a-time-included", _INVESTORS_THEN, ("Moss Capital", "invests-in", "Kestrel", "asserted")),
    ("the-company-they-both-backed", _INVESTORS_THEN, ("Orvane Partners", "invests-in", "Kestrel", "asserted")),
]
NOT_FOUND += [
    ("a-relative-subject-is-not-its-object", _INVESTORS_THEN, ("Orvane Partners", "invests-in", "Moss Capital"))
]

_EXISTING_BACKERS = (
    "VELDHOVEN, Netherlands/PARIS, Sept 9 (Reuters) - Orvane Litho will invest 1.3 billion euros in Kestrel Labs. "
    "Orvane Litho is leading a 1.7 billion euro funding round that values Kestrel Labs at 11.7 billion euros. "
    "Orvane Litho will own about 11% of the Paris-based company once the round closes. Existing backers Moss "
    "Global, Andreessen Horowitz and Index Ventures are also putting in money, as is Nvidia."
)
_LONG_ASIDE = (
    "Kestrel's biggest outside shareholders include Moss Technologies, which received a roughly 27% stake in the "
    "company when it sold its Southeast Asian operations to Kestrel in 2018, and SoftBank Group."
)
FOUND += [
    ("existing-backers-putting-in-money", _EXISTING_BACKERS, ("Moss Global", "invests-in", "Kestrel Labs", "asserted")),
    ("as-is-one-more-backer", _EXISTING_BACKERS, ("Nvidia", "invests-in", "Kestrel Labs", "asserted")),
    ("a-list-goes-on-past-a-long-aside", _LONG_ASIDE, ("SoftBank", "invests-in", "Kestrel", "asserted")),
]
NOT_FOUND += [
    ("the-leader-of-a-round-is-not-funded", _EXISTING_BACKERS, ("Moss Global", "invests-in", "Orvane Litho")),
    ("a-mixed-dateline-names-no-company", _EXISTING_BACKERS, ("Orvane Litho", "invests-in", "PARIS")),
    ("a-region-adjective-is-no-name", _LONG_ASIDE, ("Kestrel", "develops", "Southeast")),
]

_HEADS_A_PLACED_UNIT = (
    "Jane Roe, who heads Moss Group's UK and Ireland general insurance operation, will take charge of the brands."
)
FOUND += [("heads-a-unit-named-by-its-places", _HEADS_A_PLACED_UNIT, ("Moss Group", "employs", "Jane Roe", "asserted"))]
NOT_FOUND += [
    ("a-place-employs-no-one", _HEADS_A_PLACED_UNIT, ("Ireland", "employs", "Jane Roe")),
    (
        "a-gap-runs-into-no-second-predicate",
        "Kestrel Hotels said it was withdrawing its exchange offer and would no longer seek to nominate directors at "
        "Orvane Hotels' annual meeting.",
        ("Kestrel Hotels", "supplies", "Orvane Hotels"),
    ),
]

FOUND += [
    (
        "acquisitions-including",
        "Kestrel Markets Inc. has been expanding through a series of smaller acquisitions this year, including "
        "Quillpay, an advertising startup.",
        ("Kestrel Markets Inc.", "acquires", "Quillpay", "asserted"),
    ),
    (
        "a-wind-unit-of-siemens-energy",
        "The turbines are made by Siemens Gamesa, the wind unit of Germany's Siemens Energy.",
        ("Siemens Energy", "owns", "Siemens Gamesa", "asserted"),
    ),
]
NOT_FOUND += [
    (
        "an-index-joined-is-no-partner",
        "Kestrel Markets Inc. runs an exchange. The company will join the S&P 500 index later this month, becoming "
        "the first crypto company in the benchmark, S&P Dow Jones Indices said earlier this week.",
        ("Kestrel Markets Inc.", "partners-with", "S&P 500"),
    ),
    (
        "reserves-backing-a-coin-invest-in-nothing",
        "Kestrel shares in the interest income Orvane Pay earns on the reserves backing Quillcoin.",
        ("Orvane Pay", "invests-in", "Quillcoin"),
    ),
]

FOUND += [
    (
        "a-chief-scientific-officer",
        "Kestrel Pharma Chief Scientific Officer Dana Whitfield said in a statement.",
        ("Kestrel Pharma", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "its-acquisition-is-the-company-s-not-the-drug-s",
        "Kestrel Pharma plans to test KX-707 in lung cancer, alone and with conjugates from its 2023 acquisition of "
        "Quill Bio.",
        ("Kestrel Pharma", "acquires", "Quill Bio", "planned"),
    ),
]
NOT_FOUND += [
    (
        "a-drug-code-is-no-partner",
        "Moss Pharma is in talks with Orvane Bio about co-developing BNT327.",
        ("Orvane Bio", "partners-with", "BNT327"),
    ),
    (
        "a-petition-backed-is-no-investment",
        "The administration of President Joe Biden backed Kestrel's petition in a brief filed in December.",
        ("Joe Biden", "invests-in", "Kestrel"),
    ),
]

FOUND += [
    (
        "the-company-after-and-goes-on-with-the-subject",
        "Orvane runs its Prism service on Google Cloud infrastructure, one of the largest relationships of its kind, "
        "and in February the company launched Cortex Shield, a product that combines tools.",
        ("Orvane", "develops", "Cortex Shield", "asserted"),
    ),
    (
        "led-by-a-titled-person",
        "Kestrel Rides Inc., which is listed on Nasdaq and is led by co-founder and Chief Executive Dana Whitfield, "
        "dominates ride-hailing in the region.",
        ("Kestrel Rides Inc.", "employs", "Dana Whitfield", "asserted"),
    ),
]

_HIRED_BOSS = (
    "Kestrel Coffee Inc. has hired Chipotle Mexican Grill boss Jane Roe as its chairman and chief executive, replacing "
    "Tom Poe after barely 17 months in the job."
)
FOUND += [
    ("the-one-replaced-held-the-post", _HIRED_BOSS, ("Kestrel Coffee Inc.", "employs", "Tom Poe", "former")),
    (
        "took-the-helm-from",
        "Jane Roe, who previously ran Kestrel Foods, joined Orvane Coffee in late 2022 and took the helm the following "
        "March from Tom Poe, the longtime boss.",
        ("Orvane Coffee", "employs", "Tom Poe", "former"),
    ),
]
NOT_FOUND += [
    ("the-hire-s-old-company-had-no-predecessor", _HIRED_BOSS, ("Chipotle Mexican Grill", "employs", "Tom Poe"))
]

_BANNERS = (
    "Kestrel Foods, which operates Pinecrest, Quill Market and Orvane Fresh among other banners, said it would buy "
    "back shares."
)
FOUND += [("banners-operated-are-owned", _BANNERS, ("Kestrel Foods", "owns", "Quill Market", "asserted"))]
NOT_FOUND += [("banners-operated-are-not-made", _BANNERS, ("Kestrel Foods", "develops", "Quill Market"))]

FOUND += [
    (
        "a-name-that-sells-its-arm-is-a-company",
        "Kestrel Bahn has agreed to sell its logistics arm Quill Freight to Danish rival Orvane for 14 billion euros. "
        "Dana Whitfield, Kestrel Bahn's chief executive, said the railway would now concentrate on trains.",
        ("Kestrel Bahn", "employs", "Dana Whitfield", "asserted"),
    ),
]

FOUND += [
    (
        "chips-made-for-another-s-processor",
        "Kestrel Memory, a smaller rival to Orvane Chips, began mass-producing HBM3E chips for Nvidia's H200 "
        "processors last year.",
        ("Kestrel Memory", "supplies", "Nvidia", "asserted"),
    ),
    (
        "reliance-on-a-maker-of-its-chips",
        "Jane Roe said the deal would not change Nvidia's reliance on Kestrel Foundry Co., which makes its most "
        "advanced graphics chips.",
        ("Kestrel Foundry Co.", "supplies", "Nvidia", "asserted"),
    ),
]

_MAKER_OPENS = (
    "RICHMOND, Virginia, March 6 (Reuters) - Pinewood maker Kestrel Group said on Monday it would buy e-cigarette "
    "company Orvane Holdings for $2.75 billion in cash and give up its stake in Quill Labs."
)
FOUND += [
    ("the-maker-after-its-product-buys", _MAKER_OPENS, ("Kestrel Group", "acquires", "Orvane Holdings", "planned")),
    ("its-stake-given-up-after-a-price", _MAKER_OPENS, ("Kestrel Group", "invests-in", "Quill Labs", "planned")),
    (
        "a-digit-opens-a-name",
        "3G Capital agreed to buy Orvane Shoes for $9 billion.",
        ("3G Capital", "acquires", "Orvane Shoes", "planned"),
    ),
]
NOT_FOUND += [
    ("the-product-before-its-maker-buys-nothing", _MAKER_OPENS, ("Pinewood", "acquires", "Orvane Holdings")),
    ("the-bought-company-holds-no-stake", _MAKER_OPENS, ("Orvane Holdings", "invests-in", "Quill Labs")),
]

_LOCAL_UNIT = (
    "The latest step came last month, when Kestrel Electronics took a 60% stake in Pegatron Technology India, the "
    "local unit of Taiwan's Pegatron, which operates an iPhone plant near Chennai."
)
FOUND += [
    (
        "a-unit-named-with-its-country",
        _LOCAL_UNIT,
        ("Kestrel Electronics", "owns", "Pegatron Technology India", "asserted"),
    ),
    ("the-local-unit-of-its-parent", _LOCAL_UNIT, ("Pegatron", "owns", "Pegatron Technology India", "asserted")),
]
NOT_FOUND += [
    ("the-parent-is-not-bought-into", _LOCAL_UNIT, ("Kestrel Electronics", "owns", "Pegatron")),
    ("the-buyer-is-no-unit", _LOCAL_UNIT, ("Pegatron", "owns", "Kestrel Electronics")),
    ("a-plant-s-product-is-not-made", _LOCAL_UNIT, ("Pegatron", "develops", "iPhone")),
]

_LISTED_AND_OWNED = "Orvane Asset is listed on Euronext Paris and is majority-owned by Kestrel Bank, which holds 69%."
_FRANCHISES = (
    "Moss Capital Holdings makes funds. It operates a multi-boutique model comprising independent investment "
    "franchises, including Pine Investments, Quill Capital and Orvane Capital Management."
)
FOUND += [
    ("a-second-passive-predicate", _LISTED_AND_OWNED, ("Kestrel Bank", "owns", "Orvane Asset", "asserted")),
]
NOT_FOUND += [
    ("the-first-predicate-s-object-is-not-owned", _LISTED_AND_OWNED, ("Kestrel Bank", "owns", "Euronext Paris")),
    ("franchises-operated-are-not-made", _FRANCHISES, ("Moss Capital Holdings", "develops", "Quill Capital")),
]

_LED_TALKS = (
    "Vice Chairman Dana Whitfield, who has led the negotiations in Washington, has said Kestrel Steel offered to give "
    "the U.S. government a veto over any cuts."
)
FOUND += [
    (
        "a-place-opening-a-hyphened-name",
        "The second suit names Cleveland-Cliffs, its Chief Executive Dana Whitfield and union president Tom Poe.",
        ("Cleveland-Cliffs", "employs", "Dana Whitfield", "asserted"),
    ),
]
NOT_FOUND += [
    ("talks-led-at-a-place-employ-no-one", _LED_TALKS, ("Washington", "employs", "Dana Whitfield")),
    ("offered-to-with-a-verb-supplies-nothing", _LED_TALKS, ("Kestrel Steel", "supplies", "U.S. government")),
]

_TIKTOK = (
    "The dispute pits Kestrel Music Chief Executive Jane Roe against TikTok, whose Chief Executive Shou Zi Chew has "
    "defended the app in Washington."
)
FOUND += [
    ("tiktok-is-a-company-with-a-chief", _TIKTOK, ("TikTok", "employs", "Shou Zi Chew", "asserted")),
    (
        "the-owner-apposed-inside-an-aside",
        "Orvane has divested its holdings in China, including a stake in ByteDance, the owner of TikTok.",
        ("ByteDance", "owns", "TikTok", "asserted"),
    ),
]
NOT_FOUND += [
    ("the-other-chief-is-not-hers", _TIKTOK, ("Kestrel Music", "employs", "Shou Zi Chew")),
    (
        "the-divester-holds-no-stake-in-the-owned",
        "Orvane has divested its holdings in China, including a stake in ByteDance, the owner of TikTok.",
        ("Orvane", "invests-in", "TikTok"),
    ),
]

_CO_PLAINTIFFS = (
    "In October Kestrel Music sued Orvane AI, together with Quill Records and Pine Songs, accusing the startup of "
    "copying song lyrics."
)
FOUND += [("co-plaintiffs-sue-too", _CO_PLAINTIFFS, ("Quill Records", "accuses", "Orvane AI", "asserted"))]
NOT_FOUND += [
    ("a-co-plaintiff-is-no-partner-of-the-sued", _CO_PLAINTIFFS, ("Orvane AI", "partners-with", "Pine Songs")),
    ("the-sued-accuses-no-co-plaintiff", _CO_PLAINTIFFS, ("Orvane AI", "accuses", "Pine Songs")),
]

FOUND += [
    (
        "a-list-goes-on-past-a-described-member",
        "Kestrel's backers include Moss Capital, a fund run by Jane Roe, and Orvane Ventures.",
        ("Orvane Ventures", "invests-in", "Kestrel", "asserted"),
    ),
]

_SOLD_THEN_BOUGHT = (
    "Moss Capital has since sold its Kestrel Foods shares and in 2022 bought window coverings maker Orvane Blinds in "
    "a deal valuing it at about $7.1 billion."
)
FOUND += [
    ("a-second-predicate-after-a-year", _SOLD_THEN_BOUGHT, ("Moss Capital", "acquires", "Orvane Blinds", "asserted")),
    (
        "takeovers-in-the-plural",
        "Moss Capital is best known for the cost-cutting that followed its takeovers of Pine Burgers and Quill Foods.",
        ("Moss Capital", "acquires", "Quill Foods", "asserted"),
    ),
]
NOT_FOUND += [("shares-held-buy-nothing", _SOLD_THEN_BOUGHT, ("Kestrel Foods", "acquires", "Orvane Blinds"))]

_QUOTED_CFO = (
    "Kestrel Freight raised money from a sale of new shares. Kestrel Freight fell. Moss Bank and Quill Bank arranged "
    'the offering. "Investors have shown very strong interest," Chief Financial Officer Dana Whitfield said.'
)
FOUND += [
    ("a-quoted-officer-speaks-for-the-story", _QUOTED_CFO, ("Kestrel Freight", "employs", "Dana Whitfield", "asserted"))
]
NOT_FOUND += [("the-arranging-bank-is-not-hers", _QUOTED_CFO, ("Moss Bank", "employs", "Dana Whitfield"))]

FOUND += [
    (
        "a-trade-word-before-the-unit",
        "Kestrel Toys' Wizards of the Coast games unit has grown.",
        ("Kestrel Toys", "owns", "Wizards of the Coast", "asserted"),
    ),
]
NOT_FOUND += [
    (
        "another-s-business-sold-is-no-supply",
        "Earlier this year Kestrel Toys sold Orvane's music business to private equity firm Moss Capital.",
        ("Kestrel Toys", "supplies", "Orvane"),
    ),
]

_TWO_ACCUSED = (
    "Kestrel bought a stake in Quill Vapes for $12 billion. Kestrel has since written off most of its value, and the "
    "Federal Trade Commission challenged the deal in 2020, accusing the two companies of agreeing to stop competing."
)
_SUED_THEN_THE_TWO = (
    "Orvane AI has sued Kestrel Phones and Quill Labs in a Texas federal court, accusing the two companies of "
    "conspiring to lock up the market."
)
FOUND += [
    ("accusing-the-two-companies", _TWO_ACCUSED, ("Federal Trade Commission", "accuses", "Quill Vapes", "asserted"))
]
NOT_FOUND += [("the-two-sued-accuse-no-one", _SUED_THEN_THE_TWO, ("Quill Labs", "accuses", "Kestrel Phones"))]

FOUND += [
    (
        "its-partner-apposed",
        "Hasbro will continue to make films with Paramount Pictures, its partner on the franchise since 2007.",
        ("Hasbro", "partners-with", "Paramount Pictures", "asserted"),
    ),
    (
        "its-rival-apposed",
        "Hasbro sued Orvane Games Inc., its longtime rival, in March.",
        ("Hasbro", "competes-with", "Orvane Games Inc.", "asserted"),
    ),
]

FOUND += [
    (
        "storage-closes-a-name",
        '"We remain disciplined," Public Storage Chief Executive Joe Russell said in a statement.',
        ("Public Storage", "employs", "Joe Russell", "asserted"),
    ),
]

NOT_FOUND += [
    (
        "an-analyst-s-firm-is-no-employee",
        '"The price is full," said Nadia Ferraro, a REIT analyst at Green Street.',
        ("REIT", "employs", "Green Street"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_fifteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_fifteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


def test_makers_in_the_plural_describe_every_member() -> None:
    found = triples("Orvane Labs and Kestrel Games, the makers of Pine Quest, gained.")
    assert holds(("Orvane Labs", "develops", "Pine Quest", "asserted"), found)
    assert holds(("Kestrel Games", "develops", "Pine Quest", "asserted"), found)


def test_the_rest_carries_its_own_share() -> None:
    found = [
        r for r in RuleExtractor().extract(Document(text=_REST_HELD)).relations if r.subject.name == "Kestrel Holdings"
    ]
    assert [r.qualifiers.get("stake") for r in found] == [0.49]
