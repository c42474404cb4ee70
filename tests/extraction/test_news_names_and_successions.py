"""Names, references, successions, rivalries and partnerships read since the third session: text in, (subject,
relation, object, modality) out (either order for a symmetric relation). The companies and people are invented; the
wording is the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-common-word-that-recurs-with-a-name-is-part-of-it",
        "Global Remit has agreed to buy Paylane for $2 billion. The deal makes the enlarged Global Remit the "
        "largest processor in Europe.",
        ("Global Remit", "acquires", "Paylane", "planned"),
    ),
    (
        "a-known-first-word-gives-way-to-a-longer-company-name",
        "Acme Corp. agreed to sell its Card Solutions business to Intel Payment Processing Services.",
        ("Intel Payment Processing Services", "acquires", "Card Solutions", "planned"),
    ),
    (
        "a-second-verb-phrase-sells-what-the-subject-owns",
        "Acme Corp. has agreed to buy Zeta Labs for $2 billion and to sell its Card Solutions business to "
        "Orbit Holdings for $1 billion.",
        ("Acme Corp.", "owns", "Card Solutions", "asserted"),
    ),
    (
        "a-coordinated-past-sale-is-asserted",
        "Acme Corp. agreed to buy Zeta Labs and sold its Card Solutions unit to Orbit Holdings.",
        ("Orbit Holdings", "acquires", "Card Solutions", "asserted"),
    ),
    (
        "the-company-after-a-sentence-naming-another-in-passing",
        "Kestrel Games sold 2 million Orbit 2 consoles in a week. The successor to the original Orbit runs on a "
        "processor designed by Nvidia. President Aiko Tanaka said the company would keep its forecast.",
        ("Kestrel Games", "employs", "Aiko Tanaka", "asserted"),
    ),
    (
        "hands-over-to-a-successor",
        "Peter Vandel, who has led Orvane Systems for a decade, will hand over to chief business officer "
        "Lise Marchand in April.",
        ("Orvane Systems", "employs", "Lise Marchand", "planned"),
    ),
    (
        "succeeded-by",
        "Mara Lind, who has run Zentrix since 2015, will be succeeded by finance chief Tom Berg.",
        ("Zentrix", "employs", "Tom Berg", "planned"),
    ),
    (
        "who-has-run",
        "Mara Lind, who has run Zentrix since 2015, will be succeeded by finance chief Tom Berg.",
        ("Zentrix", "employs", "Mara Lind", "asserted"),
    ),
    (
        "hands-its-top-job-to",
        "Brightline Telecom hands its top job to operating chief Sam Patel next month.",
        ("Brightline Telecom", "employs", "Sam Patel", "asserted"),
    ),
    (
        "resigned-as-chief-executive-of-the-company-in-the-story",
        "Orvane Motors and Kestrel will build a battery plant in Spain. The plant is due to open in 2027, Orvane "
        "Motors said. The news came days after Lena Marsh abruptly resigned as chief executive.",
        ("Orvane Motors", "employs", "Lena Marsh", "former"),
    ),
    (
        "will-remain-chief-executive-of-the-company-named-most",
        "Tessel Games agreed to be taken private by Orvane Capital. Tessel Games makes racing games. Halden Bank "
        "has committed $2 billion of debt. Ana Ruiz will remain chief executive.",
        ("Tessel Games", "employs", "Ana Ruiz", "asserted"),
    ),
    (
        "lost-ground-to",
        "Varnex Corp. has lost ground to Quillon Systems in servers.",
        ("Varnex Corp.", "competes-with", "Quillon Systems", "asserted"),
    ),
    (
        "struggled-against-goods-from",
        "Varnex Corp. has struggled against cheaper machines from Quillon Systems.",
        ("Varnex Corp.", "competes-with", "Quillon Systems", "asserted"),
    ),
    (
        "held-early-talks-with",
        "Halden Corp. has held early talks with Tessel Labs about a chip deal.",
        ("Halden Corp.", "partners-with", "Tessel Labs", "exploring"),
    ),
    (
        "collaborations-with-a-list",
        "The deal adds to Halden Corp.'s existing collaborations with Tessel Labs and Orvane Systems.",
        ("Halden Corp.", "partners-with", "Orvane Systems", "asserted"),
    ),
    (
        "capacity-agreements-are-hosting",
        "Halden Corp. has signed similar capacity agreements with Tessel Cloud and Orvane Systems over the past year.",
        ("Halden Corp.", "hosts-on", "Orvane Systems", "asserted"),
    ),
    (
        "an-auxiliary-after-and-opens-a-second-predicate",
        "Halden Corp. already works with Orvane Systems, whose Quill assistant is built into its phones, and is "
        "separately in discussions with Tessel Labs.",
        ("Halden Corp.", "partners-with", "Tessel Labs", "exploring"),
    ),
    (
        "and-has-signed-an-agreement-with",
        "Halden Corp. works with Orvane Systems and has signed a $2 billion agreement with Tessel Labs.",
        ("Halden Corp.", "partners-with", "Tessel Labs", "asserted"),
    ),
    (
        "and-with-goods-from",
        "Halden Corp. competes with Orvane Systems and with gear from Tessel Networks.",
        ("Halden Corp.", "competes-with", "Tessel Networks", "asserted"),
    ),
    (
        "and-with-a-rivals-own-unit",
        "Halden Corp. competes with Orvane Systems and with Tessel Group's own Quill unit.",
        ("Halden Corp.", "competes-with", "Quill", "asserted"),
    ),
    (
        "as-well-as-with-described-rivals",
        'Halden Corp. competes with Orvane Systems in storage, as well as with smaller "neoclouds" such as '
        "Brightline Compute.",
        ("Halden Corp.", "competes-with", "Brightline Compute", "asserted"),
    ),
    (
        "the-two-european-groups",
        "Halden Corp. and Corvo Motors met in May. The two European groups said they would keep working together "
        "on software.",
        ("Halden Corp.", "partners-with", "Corvo Motors", "asserted"),
    ),
    (
        "the-two-companies-in-a-sentence-naming-one-of-them",
        "Halden Corp. bought a stake in Corvo Motors. Halden CEO Jane Roe said the two companies would keep "
        "working closely on batteries.",
        ("Halden Corp.", "partners-with", "Corvo Motors", "asserted"),
    ),
    (
        "a-companys-customers-included",
        "Drax Corp.'s customers included automaker Velto Motors.",
        ("Drax Corp.", "supplies", "Velto Motors", "asserted"),
    ),
    (
        "counts-both-as-customers",
        "Korvane Cloud counts both Belltide Labs and Ostrava Systems as customers.",
        ("Korvane Cloud", "supplies", "Ostrava Systems", "asserted"),
    ),
    (
        "among-its-largest-ai-customers",
        "Halden Corp. counts Orvane Systems and Tessel Labs among its largest AI customers.",
        ("Halden Corp.", "supplies", "Tessel Labs", "asserted"),
    ),
    (
        "producing-goods-for",
        "Fabrica Corp. has started producing processors for Velto Motors.",
        ("Fabrica Corp.", "supplies", "Velto Motors", "asserted"),
    ),
    (
        "bought-from-a-seller-that-owned-it",
        "Kestrel Games bought Quillon Studios, a studio known for ports, from Embracer Group last year.",
        ("Embracer Group", "owns", "Quillon Studios", "former"),
    ),
    (
        "a-company-it-bought-from",
        "Orvane Systems paid $1.5 billion for Venafix, a security specialist it bought from private equity firm "
        "Halden Capital.",
        ("Halden Capital", "owns", "Venafix", "former"),
    ),
    (
        "a-makers-latest-product",
        "Chipco Inc.'s latest Zephyr processors sold out within a day.",
        ("Chipco Inc.", "develops", "Zephyr", "asserted"),
    ),
    (
        "whose-product",
        "Velto Robotics, whose Quill robots work in warehouses, raised $300 million.",
        ("Velto Robotics", "develops", "Quill", "asserted"),
    ),
    (
        "relying-on-a-maker-to-manufacture-is-supply",
        "Halden Corp. relies on Fabrica Semiconductor to manufacture its chips.",
        ("Fabrica Semiconductor", "supplies", "Halden Corp.", "asserted"),
    ),
    (
        "relying-on-a-maker-for-parts-is-supply",
        "Halden Corp. relies on Zeiss Optics, in which it holds a stake, for the precision mirrors.",
        ("Zeiss Optics", "supplies", "Halden Corp.", "asserted"),
    ),
    (
        "relying-on-a-cloud-for-computing-is-hosting",
        "Halden Corp. relies on Quill Cloud for computing power.",
        ("Halden Corp.", "hosts-on", "Quill Cloud", "asserted"),
    ),
    (
        "a-cloud-deal-worth-an-amount-with",
        "Halden Corp. signed a cloud deal worth more than $10 billion with Google Cloud.",
        ("Halden Corp.", "hosts-on", "Google Cloud", "asserted"),
    ),
    (
        "a-cloud-leasing-a-landlords-data-centres",
        "Drax Mining announced a 15-year, $5.5 billion lease with Amazon Web Services.",
        ("Amazon Web Services", "hosts-on", "Drax Mining", "asserted"),
    ),
    (
        "hosting-agreements-with-a-cloud",
        "Velto Data has signed hosting agreements with Fluidstack.",
        ("Fluidstack", "hosts-on", "Velto Data", "asserted"),
    ),
    (
        "contracts-with-a-government-body",
        "Halden Corp. holds contracts with the Department of Defense.",
        ("Halden Corp.", "supplies", "Department of Defense", "asserted"),
    ),
    (
        "a-capitalised-title-before-a-hyphenated-name",
        "Sam Patel met Orvane Group Chairman Lee Jae-won in Seoul.",
        ("Orvane Group", "employs", "Lee Jae-won", "asserted"),
    ),
    (
        "joined-from-a-former-employer",
        "Mara Lind joined Halden Corp. from Orvane Systems in 2020.",
        ("Orvane Systems", "employs", "Mara Lind", "former"),
    ),
    (
        "a-reference-of-another-nationality-is-another-company",
        "Halden Corp. agreed to invest $1 billion in Quillon, becoming the largest shareholder in the French "
        "software start-up. The Dutch maker of chipmaking equipment will take a stake of about 11 per cent. Its "
        "chief financial officer Roger Dassel will join the board.",
        ("Halden Corp.", "employs", "Roger Dassel", "asserted"),
    ),
    (
        "sold-its-entire-stake",
        "Halden Group has sold its entire stake in Orvane Systems for $5.8 billion.",
        ("Halden Group", "invests-in", "Orvane Systems", "former"),
    ),
    (
        "owns-a-stake-of-some-percent-in",
        "Nvidia, which owns a stake of roughly 6% in Quill Compute, remains its most important supplier.",
        ("Nvidia", "invests-in", "Quill Compute", "asserted"),
    ),
    (
        "named-as-a-companys-shareholders",
        "Halden Corp. and Orvane Systems are Quillon's largest outside shareholders.",
        ("Orvane Systems", "invests-in", "Quillon", "asserted"),
    ),
    (
        "one-of-a-companys-customers",
        "Halden Corp. remains one of Orvane Systems' biggest customers.",
        ("Orvane Systems", "supplies", "Halden Corp.", "asserted"),
    ),
    (
        "the-round-of-an-investment-some-sentences-back",
        "Halden Corp. has agreed to invest $1 billion in Quillon as part of a $1.7 billion funding round. The "
        "Dutch company will hold about 11 per cent. Its finance chief will join the board. The two companies also "
        "signed a supply agreement. They will work on sensors. Existing backers including Orvane Ventures and "
        "Tessel Partners also took part in the round, according to Quillon.",
        ("Tessel Partners", "invests-in", "Quillon", "asserted"),
    ),
    (
        "competes-with-both",
        "Orvane Memory and Tessel Chips dominate the market. Halden Semiconductor, the largest American memory "
        "maker, competes with both.",
        ("Halden Semiconductor", "competes-with", "Tessel Chips", "asserted"),
    ),
    (
        "both-face-competition-from",
        "Orvane Labs bought Tessel Bio in May. Both face competition from newcomers such as Quill Therapeutics.",
        ("Tessel Bio", "competes-with", "Quill Therapeutics", "asserted"),
    ),
    (
        "both-means-the-two-clause-subjects-before",
        "Halden Labs, which had planned to pay Quill Data $200 million, has begun cutting back its work with the "
        "startup, and Orvane AI said it had been winding down its use of Quill Data. Both are racing Tessel "
        "Robotics to build better models.",
        ("Orvane AI", "competes-with", "Tessel Robotics", "asserted"),
    ),
    (
        "co-investors-alongside-in-a-placement",
        "Halden Capital joined a $700 million private placement in Quill Compute in December alongside Orvane "
        "Ventures and Tessel Partners.",
        ("Tessel Partners", "invests-in", "Quill Compute", "asserted"),
    ),
    (
        "co-investors-alongside-in-a-companys-round",
        "Halden Corp. was already among Quillon's backers, having joined a $1.3 billion funding round last June "
        "alongside Orvane Ventures.",
        ("Orvane Ventures", "invests-in", "Quillon", "asserted"),
    ),
    (
        "a-distant-third-behind",
        "Halden Cloud remains a distant third behind Orvane Systems and Tessel Labs in the market for cloud storage.",
        ("Halden Cloud", "competes-with", "Tessel Labs", "asserted"),
    ),
    (
        "the-third-largest-behind",
        "The deal would make Halden Corp. the third-largest gaming company by revenue, behind Orvane Systems "
        "and Tessel Labs.",
        ("Halden Corp.", "competes-with", "Orvane Systems", "asserted"),
    ),
    (
        "the-publisher-of",
        "Halden Games, the publisher of Quill Quest, paid $3.5 billion for the games business of Orvane Systems.",
        ("Halden Games", "develops", "Quill Quest", "asserted"),
    ),
    (
        "a-companys-mobile-brand",
        "Subscribers to Halden's Quill Mobile will be able to connect to Orvane's satellites.",
        ("Halden", "owns", "Quill Mobile", "asserted"),
    ),
    (
        "a-companys-company-before-a-copula",
        "Halden Corp. and Orvane Group's Quill Labs are Tessel Robotics' largest outside shareholders.",
        ("Orvane Group", "owns", "Quill Labs", "asserted"),
    ),
    (
        "the-owner-of-a-known-product-owns-it",
        "Meta signed a cloud deal with Google. Under it, the Facebook owner will rent servers from Google Cloud.",
        ("Meta", "owns", "Facebook", "asserted"),
    ),
    (
        "a-name-beside-the-companys-unit",
        "Halden Corp. licensed the startup's models. Sam Patel will join Quill Labs, the company's AI research "
        "unit, with a group of researchers.",
        ("Halden Corp.", "owns", "Quill Labs", "asserted"),
    ),
    (
        "manufacturing-another-companys-chips",
        "Halden Electronics has signed a $16.5 billion contract to manufacture Orvane Motors' next-generation Q6 "
        "chips at its new factory.",
        ("Halden Electronics", "supplies", "Orvane Motors", "asserted"),
    ),
    (
        "a-use-wound-down",
        "Orvane AI said it had been winding down its use of Quill Data for months.",
        ("Quill Data", "supplies", "Orvane AI", "former"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


NOT_FOUND = [
    (
        "a-nationality-said-once-is-not-part-of-the-name",
        "The deal gives Japanese Kestrel a foothold in Europe.",
        ("Japanese Kestrel", "develops", "Europe"),
    ),
    (
        "the-object-of-the-first-verb-is-not-the-seller",
        "Acme Corp. has agreed to buy Zeta Labs for $2 billion and to sell its Card Solutions business to "
        "Orbit Holdings for $1 billion.",
        ("Zeta Labs", "owns", "Card Solutions"),
    ),
    (
        "a-head-of-state-is-no-employee",
        "Orvane Systems will build a plant in Ohio. President Dana Whitfield said the plant would create jobs.",
        ("Orvane Systems", "employs", "Dana Whitfield"),
    ),
    (
        "a-company-in-the-aside-is-not-the-story-company",
        "Orvane Systems will open a lab. Mara Lind, who has run Zentrix since 2015, will be succeeded by finance "
        "chief Tom Berg.",
        ("Orvane Systems", "employs", "Tom Berg"),
    ),
    (
        "a-role-of-a-named-company-is-not-the-story-companys",
        "Orvane Systems will open a lab. Lena Marsh resigned as chief executive of Zentrix last year.",
        ("Orvane Systems", "employs", "Lena Marsh"),
    ),
    (
        "co-investors-alongside-are-no-partners",
        "Halden Corp. joined the $300 million round alongside Orvane Capital and Tessel Ventures.",
        ("Halden Corp.", "partners-with", "Orvane Capital"),
    ),
    (
        "a-capacity-deal-is-no-partnership",
        "Halden Corp. has signed similar capacity agreements with Tessel Cloud and Orvane Systems over the past year.",
        ("Halden Corp.", "partners-with", "Orvane Systems"),
    ),
    (
        "the-first-object-is-not-the-second-predicates-subject",
        "Halden Corp. already works with Orvane Systems, whose Quill assistant is built into its phones, and is "
        "separately in discussions with Tessel Labs.",
        ("Orvane Systems", "partners-with", "Tessel Labs"),
    ),
    (
        "a-unit-is-the-rival-not-its-owner",
        "Halden Corp. competes with Orvane Systems and with Tessel Group's own Quill unit.",
        ("Halden Corp.", "competes-with", "Tessel Group"),
    ),
    (
        "a-company-sold-is-not-supplied",
        "Orvane Systems paid $1.5 billion for Venafix, a security specialist it bought from private equity firm "
        "Halden Capital.",
        ("Halden Capital", "supplies", "Orvane Systems"),
    ),
    (
        "rights-bought-from-are-no-company",
        "Orvane Systems bought the Quill intellectual property from Halden Group.",
        ("Halden Group", "owns", "Quill"),
    ),
    (
        "made-available-is-not-made",
        "Velto Labs made Quill 2 available to customers on Monday.",
        ("Velto Labs", "develops", "Quill 2"),
    ),
    (
        "a-merger-creating-a-company-develops-nothing",
        "Velto Corp. and Drax Inc. completed their merger, creating VeltoDrax.",
        ("Velto Corp.", "develops", "VeltoDrax"),
    ),
    (
        "a-cloud-provider-label-is-no-product",
        "The deal values cloud provider Nimbra Systems at $3 billion.",
        ("Nimbra Systems", "develops", "cloud"),
    ),
    (
        "a-cloud-platform-is-hosting-not-a-product",
        "OpenAI has relied on Microsoft's Azure cloud platform for its computing needs.",
        ("Microsoft", "develops", "Microsoft Azure"),
    ),
    (
        "a-government-is-no-business-partner",
        "Halden Corp. said it is working with the U.S. government to protect its technology.",
        ("Halden Corp.", "partners-with", "U.S. government"),
    ),
    (
        "selling-a-stake-is-no-exit",
        "Intel sold a stake in Altera to Silver Lake.",
        ("Intel", "invests-in", "Altera"),
    ),
    (
        "the-team-behind-a-company-is-no-rival",
        "The team behind Quill Labs, the second startup Halden Corp. backed, launched a product.",
        ("Halden Corp.", "competes-with", "Quill Labs"),
    ),
    (
        "the-seller-of-a-business-does-not-own-the-buyer",
        "Halden Games, the publisher of Quill Quest, paid $3.5 billion for the games business of Orvane Systems.",
        ("Orvane Systems", "owns", "Halden Games"),
    ),
    (
        "the-owner-of-a-product-does-not-develop-it",
        "Meta signed a cloud deal with Google. Under it, the Facebook owner will rent servers from Google Cloud.",
        ("Meta", "develops", "Facebook"),
    ),
    (
        "the-owner-of-the-goods-is-no-product",
        "Halden Electronics will make Orvane Motors' batteries.",
        ("Halden Electronics", "develops", "Orvane Motors"),
    ),
]


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
