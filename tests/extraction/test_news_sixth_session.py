"""Rules of the sixth session, for the relations the held-out sets find least (supplies, competes-with,
owns): goods bought from a seller, a company described by its role towards another, a customer of a company
that rents out no computing. Invented companies and people; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "goods-bought-from-each-seller-of-a-list",
        "Kestrel Motors buys battery cells from Quillon Energy and Orvane Cells.",
        ("Orvane Cells", "supplies", "Kestrel Motors", "asserted"),
    ),
    (
        "parts-sourced-from-a-maker",
        "Kestrel Motors sources its electric motors from Harbor Dynamics.",
        ("Harbor Dynamics", "supplies", "Kestrel Motors", "asserted"),
    ),
    (
        "a-customer-named-after-its-supplier",
        "Quillon Systems customer Harbor Networks said orders rose.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "a-supplier-named-after-its-customer",
        "Harbor Networks supplier Quillon Systems said orders rose.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "a-company-described-as-a-customer",
        "Harbor Networks, a longtime Quillon Systems customer, said orders rose.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "a-company-described-as-a-supplier",
        "Quillon Systems, a major Harbor Networks supplier, said orders rose.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "a-company-described-as-an-investor",
        "Kestrel Capital, an early Veltrix investor, said it would sell.",
        ("Kestrel Capital", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "a-participle-clause-is-said-of-the-sentence-subject",
        "Harbor Networks paid $2 billion for Quillon, beating rival Veltrix.",
        ("Harbor Networks", "competes-with", "Veltrix", "asserted"),
    ),
    (
        "a-participle-verb-is-said-of-the-sentence-subject",
        "Harbor Networks bought Quillon in 2021, acquiring Veltrix as well.",
        ("Harbor Networks", "acquires", "Veltrix", "asserted"),
    ),
    (
        "rivals-such-as-opening-a-sentence-are-the-last-subjects-rivals",
        "Quillon Systems rents out chips by the hour. Rivals such as Harbor Networks and Veltrix Labs are also "
        "racing to buy chips.",
        ("Quillon Systems", "competes-with", "Veltrix Labs", "asserted"),
    ),
    (
        "the-preposition-repeated-after-and-adds-an-object",
        "Kestrel Motors has lost ground to Harbor Dynamics in trucks and to Veltrix Labs in vans.",
        ("Kestrel Motors", "competes-with", "Veltrix Labs", "asserted"),
    ),
    (
        "products-that-compete-make-their-makers-compete",
        "Quillon's Tessa chatbot competes with Veltrix's Orbi assistant.",
        ("Quillon", "competes-with", "Veltrix", "asserted"),
    ),
    (
        "a-cloud-ranked-ahead-in-the-market-is-a-rival",
        "Veltrix Cloud remains a distant third behind AWS and Azure in renting out computing power.",
        ("Veltrix Cloud", "competes-with", "Microsoft Azure", "asserted"),
    ),
    (
        "people-brought-in-house-join-the-company",
        "Veltrix is bringing Quillon's chief executive, Jane Roe, in-house to lead its research.",
        ("Veltrix", "employs", "Jane Roe", "asserted"),
    ),
    (
        "the-first-verbs-subject-brings-them-after-and",
        "Harbor Networks struck a licensing agreement with Quillon AI and brought the chatbot startup's "
        "co-founders, Jane Roe and Karl Berg, back into the fold.",
        ("Harbor Networks", "employs", "Karl Berg", "asserted"),
    ),
    (
        "the-startups-co-founders-stay-its-people",
        "Harbor Networks struck a licensing agreement with Quillon AI and brought the chatbot startup's "
        "co-founders, Jane Roe and Karl Berg, back into the fold.",
        ("Quillon AI", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-persons-startup-employs-its-founder",
        "Mara Lindqvist's robotics startup Quillon Labs raised $40 million on Monday.",
        ("Quillon Labs", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "a-second-post-after-and-in-the-apposition",
        "Quillon Labs raised money. Karl Berg, the company's chief strategy officer and a former Veltrix "
        "executive, will take over as interim chief executive.",
        ("Veltrix", "employs", "Karl Berg", "former"),
    ),
    (
        "a-backer-named-in-a-description-of-the-subject",
        "Veltrix Cloud agreed to buy Quillon Mining, as the Harbor-backed cloud provider moves to own more "
        "data centres.",
        ("Harbor", "invests-in", "Veltrix Cloud", "asserted"),
    ),
    (
        "taking-charge-of-a-company-is-a-post",
        "Mara Lindqvist took charge of Quillon Systems on Wednesday, inheriting a company in good health.",
        ("Quillon Systems", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "the-helm-taken-at-a-company",
        "Mara Lindqvist took the helm at Quillon Systems in March.",
        ("Quillon Systems", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "the-one-replaced-held-the-post-before",
        "Quillon Systems has hired Mara Lindqvist as its chief executive, replacing Karl Berg after two years.",
        ("Quillon Systems", "employs", "Karl Berg", "former"),
    ),
    (
        "a-title-opening-a-second-clause-is-the-subjects",
        "Quillon Systems works with Harbor Networks, and chief executive Jane Roe has said she wants the group "
        "to grow.",
        ("Quillon Systems", "employs", "Jane Roe", "asserted"),
    ),
    (
        "reporting-to-a-titled-boss-at-the-same-company",
        "Karl Berg, a Quillon Systems vice president, will run the new devices unit and report to Chief "
        "Executive Jane Roe.",
        ("Quillon Systems", "employs", "Jane Roe", "planned"),
    ),
    (
        "a-partner-which-is-also-a-shareholder-holds-the-story-company",
        "Veltrix raised $1 billion from Harbor Capital. Veltrix has run delivery trials with Quillon Foods and "
        "Orvane Stores, which is also a shareholder.",
        ("Orvane Stores", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "more-investors-in-the-round-after-as-did",
        "Veltrix raised $600 million in a funding round. Harbor Capital also took part, as did Quillon Ventures "
        "and Orvane Partners.",
        ("Orvane Partners", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "a-company-incubated-by-investors",
        "Quillon Bio agreed to a sale. The biotech was incubated in 2022 by Harbor Venture Partners.",
        ("Harbor Venture Partners", "invests-in", "Quillon Bio", "asserted"),
    ),
    (
        "a-post-with-no-company-in-the-apposition-is-at-the-story-company",
        "Veltrix raised $600 million. Mara Lindqvist, a vice president of research, left in September.",
        ("Veltrix", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "its-chief-executive-in-apposition",
        "Veltrix signed a chip deal. Karl Berg, its chief executive, said the company would phase out old servers.",
        ("Veltrix", "employs", "Karl Berg", "asserted"),
    ),
    (
        "an-investor-that-put-money-in-without-naming-the-round-company",
        "Veltrix raised $600 million in a funding round led by Harbor Capital. Quillon Ventures put in $50 million.",
        ("Quillon Ventures", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "companies-listed-as-partners-partner-the-subject",
        "Quillon Systems is building plants in Japan with Harbor Motors, Veltrix Labs and Orvane Electric as minority "
        "partners.",
        ("Quillon Systems", "partners-with", "Orvane Electric", "asserted"),
    ),
    (
        "trials-run-with-a-company",
        "Veltrix has run delivery trials with Quillon Foods and Orvane Stores.",
        ("Veltrix", "partners-with", "Orvane Stores", "asserted"),
    ),
    (
        "a-plant-whose-first-customer-is-named-belongs-to-the-subject",
        "Quillon Systems is building a packaging plant near Tucson whose first customer is Harbor Networks.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "whose-largest-shareholder-after-a-comma-is-that-companys",
        "Harbor Airways won Quillon Airlines in 2022 after a bidding war with Orvane Airlines, whose largest "
        "shareholder is Kestrel Partners.",
        ("Kestrel Partners", "invests-in", "Orvane Airlines", "asserted"),
    ),
    (
        "customers-signed-up",
        "Quillon Systems set out to become a contract manufacturer, signing up Harbor Networks and Veltrix Labs "
        "as customers for its new process.",
        ("Quillon Systems", "supplies", "Veltrix Labs", "asserted"),
    ),
    (
        "its-sales-to-a-customer",
        "Quillon Systems expects its sales to Harbor Networks to decline next year.",
        ("Quillon Systems", "supplies", "Harbor Networks", "asserted"),
    ),
    (
        "the-parents-of-a-joint-venture-own-it",
        "Quillon Optics, which began in 1984 as a joint venture of Harbor Electric and Veltrix Instruments, makes "
        "lenses.",
        ("Veltrix Instruments", "owns", "Quillon Optics", "asserted"),
    ),
    (
        "a-relative-clauses-second-predicate-is-said-of-its-head",
        "The league is owned by Quillon Group Holdings, which also controls Harbor Wrestling and is majority-owned "
        "by Veltrix Partners, the talent agency.",
        ("Veltrix Partners", "owns", "Quillon Group Holdings", "asserted"),
    ),
    (
        "a-takeover-attempt-fought-off-was-the-bidders-given-up-plan",
        "Quillon Mining fought off a takeover attempt by Harbor Resources last year.",
        ("Harbor Resources", "acquires", "Quillon Mining", "former"),
    ),
    (
        "proposals-turned-down-from-a-described-bidder",
        "In March, Quillon Insurance turned down two proposals from Belgian insurer Orvane Group.",
        ("Orvane Group", "acquires", "Quillon Insurance", "former"),
    ),
    (
        "a-takeover-offer-received-is-considered",
        "Quillon Systems received a takeover offer from Harbor Networks.",
        ("Harbor Networks", "acquires", "Quillon Systems", "considered"),
    ),
    (
        "the-winner-of-the-fight-for-a-company-buys-it",
        "Harbor Pharma has won the fight for obesity drug developer Quillon Bio after lifting its offer.",
        ("Harbor Pharma", "acquires", "Quillon Bio", "asserted"),
    ),
    (
        "a-business-and-related-units-sold-to-a-described-buyer",
        "Harbor Jets has agreed to sell its Quillon navigation business and several related software units to "
        "private equity firm Veltrix Partners for $10 billion.",
        ("Veltrix Partners", "acquires", "Quillon", "planned"),
    ),
    (
        "clients-among-them-each-described-or-owned",
        "Since May, a string of Quillon Systems clients have reported thefts, among them Harbor Group's Veltrix "
        "Tickets, the Spanish bank Orvane Banco and Kestrel Parts.",
        ("Quillon Systems", "supplies", "Orvane Banco", "reported"),
    ),
    (
        "clients-of-a-cloud-are-hosted-on-it",
        "Since May, a string of Snowflake clients have reported thefts, among them Harbor Group's Veltrix Tickets "
        "and Kestrel Parts.",
        ("Veltrix Tickets", "hosts-on", "Snowflake", "reported"),
    ),
    (
        "a-rival-added-after-an-aside-with-the-preposition-repeated",
        "Veltrix Systems competes with Quillon Motors, whose driving software also leans on AI, and with Harbor "
        "Vision Labs, a maker of driver-assistance systems.",
        ("Veltrix Systems", "competes-with", "Harbor Vision Labs", "asserted"),
    ),
    (
        "as-well-as-with-adds-a-rival",
        "Veltrix Payments competes with Quillon Lending Corp., led by Jane Roe, as well as with Harbor Payments Inc.",
        ("Veltrix Payments", "competes-with", "Harbor Payments Inc.", "asserted"),
    ),
    (
        "a-bidding-contest-in-a-participle-clause-is-the-subjects",
        "Harbor Pharma won Quillon Bio, ending a bruising two-week bidding contest with Veltrix Therapeutics.",
        ("Harbor Pharma", "competes-with", "Veltrix Therapeutics", "asserted"),
    ),
    (
        "a-title-after-a-sentence-about-people-is-the-story-companys",
        "Veltrix Labs raised $6 billion. Later, Karl Berg and Jane Roe said they were leaving too. Chief Executive "
        "Mara Lindqvist told staff the departures had nothing to do with the round.",
        ("Veltrix Labs", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "a-persons-initials-after-a-title-end-no-sentence",
        "Quillon Systems chief executive C.C. Berg said demand was strong.",
        ("Quillon Systems", "employs", "C.C. Berg", "asserted"),
    ),
    (
        "a-name-with-two-particles",
        "Quillon Systems said Martin van den Berg would retire.",
        ("Quillon Systems", "employs", "Martin van den Berg", "asserted"),
    ),
    (
        "its-own-product-named-after-its-kind",
        "Harbor Motors is developing its own humanoid, Tessa, and others are too.",
        ("Harbor Motors", "develops", "Tessa", "asserted"),
    ),
    (
        "investors-that-also-joined-after-an-apposition",
        "Veltrix raised $600 million in a funding round led by Harbor Capital. Quillon Ventures, Orvane Partners and "
        "Kestrel Fund, a technology investor backed by a Gulf state, also joined.",
        ("Orvane Partners", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "its-largest-shareholder-opening-a-sentence-holds-the-story-company",
        "Veltrix Payments listed its shares in New York. Harbor Capital remains its largest outside shareholder.",
        ("Harbor Capital", "invests-in", "Veltrix Payments", "asserted"),
    ),
    (
        "another-big-holder-after-an-apposition",
        "Veltrix Payments listed its shares in New York. Quillon Holdings, the investment company of a Danish "
        "family, is another big holder.",
        ("Quillon Holdings", "invests-in", "Veltrix Payments", "asserted"),
    ),
    (
        "shares-picked-up-in-the-open-market",
        "While the dispute dragged on, Harbor Capital quietly picked up almost 5% of Quillon Systems' shares.",
        ("Harbor Capital", "invests-in", "Quillon Systems", "asserted"),
    ),
    (
        "a-stake-disclosed-by-an-activist",
        "Within days, activist investor Jane Roe disclosed a stake of nearly 10% in Quillon Airways.",
        ("Jane Roe", "invests-in", "Quillon Airways", "asserted"),
    ),
    (
        "another-holding-of-a-fund-is-owned-by-it",
        "Jane Roe ran retail at Quillon Stores, another Blackstone holding.",
        ("Blackstone", "owns", "Quillon Stores", "asserted"),
    ),
    (
        "a-company-described-as-a-unit-of-another",
        "Quillon Robotics, a Harbor Group unit, expanded into Europe.",
        ("Harbor Group", "owns", "Quillon Robotics", "asserted"),
    ),
    (
        "the-company-a-relative-clause-says-was-sold-is-bought",
        "Quillon Labs, which Harbor Systems sold to Veltrix Capital in 2005, grew.",
        ("Veltrix Capital", "acquires", "Quillon Labs", "asserted"),
    ),
    (
        "a-customer-of-a-cloud-is-hosted-on-it",
        "Veltrix, a Google Cloud customer, said revenue rose.",
        ("Veltrix", "hosts-on", "Google Cloud", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-stake-bought-from-a-holder-is-no-supply",
        "Kestrel Capital bought a 10% stake from Quillon Systems.",
        ("Quillon Systems", "supplies", "Kestrel Capital"),
    ),
    (
        "goods-bought-from-a-list-do-not-buy-its-last-member",
        "Kestrel Motors buys battery cells from Quillon Energy and Orvane Cells.",
        ("Kestrel Motors", "acquires", "Orvane Cells"),
    ),
    (
        "orders-from-customers-are-not-bought-goods",
        "Quillon Systems has struggled to keep up with orders from Harbor Networks and Veltrix.",
        ("Veltrix", "supplies", "Quillon Systems"),
    ),
    (
        "its-supplier-of-a-kind-of-goods-names-no-customer-in-the-goods",
        "Harbor Networks buys the most memory, and Quillon Systems has been its main Tessa supplier since 2022.",
        ("Quillon Systems", "supplies", "Tessa"),
    ),
    (
        "its-largest-shareholder-belongs-to-the-company-not-the-sentence-subject",
        "The Pentagon agreed to buy shares in Veltrix, making the Pentagon its largest shareholder.",
        ("Veltrix", "invests-in", "Pentagon"),
    ),
    (
        "the-object-of-the-main-verb-does-not-do-the-participle",
        "Harbor Networks bought Quillon in 2021, acquiring Veltrix as well.",
        ("Quillon", "acquires", "Veltrix"),
    ),
    (
        "the-owner-named-in-a-repeated-phrase-is-not-the-rival",
        "Veltrix Data, which competes with Kestrel Data and with Harbor Capital's own Quillon unit, is growing.",
        ("Veltrix Data", "competes-with", "Harbor Capital"),
    ),
    (
        "analysts-such-as-are-no-rivals",
        "Quillon Systems rents out chips by the hour. Analysts such as Jane Roe expect growth.",
        ("Quillon Systems", "competes-with", "Jane Roe"),
    ),
    (
        "a-persons-comments-are-no-company",
        "Mara Lindqvist's comments lifted Quillon Labs shares.",
        ("Quillon Labs", "employs", "Mara Lindqvist"),
    ),
    (
        "taking-charge-is-no-charge-brought",
        "Mara Lindqvist took charge of Quillon Systems on Wednesday.",
        ("Mara Lindqvist", "accuses", "Quillon Systems"),
    ),
    (
        "a-title-opening-a-second-clause-is-not-the-partners",
        "Quillon Systems works with Harbor Networks, and chief executive Jane Roe has said she wants the group "
        "to grow.",
        ("Harbor Networks", "employs", "Jane Roe"),
    ),
    (
        "as-did-with-no-round-named-is-no-investment",
        "Veltrix cut prices in March. Harbor Networks also cut prices, as did Quillon Systems.",
        ("Quillon Systems", "invests-in", "Veltrix"),
    ),
    (
        "joining-with-no-round-named-is-no-investment",
        "Veltrix cut its prices. Quillon Systems joined.",
        ("Quillon Systems", "invests-in", "Veltrix"),
    ),
    (
        "companies-listed-as-partners-are-not-each-others",
        "Quillon Systems is building plants in Japan with Harbor Motors, Veltrix Labs and Orvane Electric as minority "
        "partners.",
        ("Harbor Motors", "partners-with", "Veltrix Labs"),
    ),
    (
        "whose-shareholder-after-a-comma-is-not-the-sentence-subjects",
        "Harbor Airways won Quillon Airlines in 2022 after a bidding war with Orvane Airlines, whose largest "
        "shareholder is Kestrel Partners.",
        ("Kestrel Partners", "invests-in", "Harbor Airways"),
    ),
    (
        "the-first-predicates-object-is-not-what-the-second-is-said-of",
        "The league is owned by Quillon Group Holdings, which also controls Harbor Wrestling and is majority-owned "
        "by Veltrix Partners, the talent agency.",
        ("Veltrix Partners", "owns", "Harbor Wrestling"),
    ),
    (
        "goods-sold-in-passing-are-no-product",
        "The New York-based startup Quillon Security sells software that scans a company's cloud setup.",
        ("Quillon Security", "develops", "software"),
    ),
    (
        "a-trade-named-before-the-maker-is-no-product",
        "Harbor Jets hired Jane Roe, a former chief executive of avionics maker Quillon Collins.",
        ("Quillon Collins", "develops", "avionics"),
    ),
    (
        "a-proposal-for-a-project-is-no-takeover",
        "Quillon Systems received a proposal from Harbor Networks for a joint project.",
        ("Harbor Networks", "acquires", "Quillon Systems"),
    ),
    (
        "what-comes-from-a-company-is-not-its-product",
        "Quillon Systems received a takeover offer from Harbor Networks.",
        ("Quillon Systems", "develops", "Harbor Networks"),
    ),
    (
        "the-company-bought-is-not-in-the-bidding-contest",
        "Harbor Pharma won Quillon Bio, ending a bruising two-week bidding contest with Veltrix Therapeutics.",
        ("Quillon Bio", "competes-with", "Veltrix Therapeutics"),
    ),
    (
        "a-dateline-with-a-state-is-no-company",
        "SANTA CLARA, Calif., Dec 2 (Reuters) - Quillon Systems said its chief executive had retired.\n\n"
        "Chief Financial Officer Jane Roe will serve as interim chief executive.",
        ("SANTA CLARA", "employs", "Jane Roe"),
    ),
    (
        "another-companys-product-built-into-ones-own-is-not-made",
        "Harbor Phones will build Quillon Systems' Tessa chatbot into its Orbi assistant.",
        ("Harbor Phones", "develops", "Tessa"),
    ),
    (
        "what-one-makes-with-a-partner-is-not-the-partner",
        "Veltrix Labs sells smart glasses that it makes with Quillon Optics.",
        ("Veltrix Labs", "develops", "Quillon Optics"),
    ),
    (
        "an-apposition-after-a-list-describes-its-last-member",
        "Veltrix raised $600 million in a funding round led by Harbor Capital. Quillon Ventures, Orvane Partners and "
        "Kestrel Fund, a technology investor backed by Tessa Holdings, also joined.",
        ("Tessa Holdings", "invests-in", "Quillon Ventures"),
    ),
    (
        "the-seller-in-a-relative-clause-is-not-bought",
        "Quillon Labs, which Harbor Systems sold to Veltrix Capital in 2005, grew.",
        ("Veltrix Capital", "acquires", "Harbor Systems"),
    ),
    (
        "a-company-sold-is-no-goods-supplied",
        "Quillon Labs, which Harbor Systems sold to Veltrix Capital in 2005, grew.",
        ("Harbor Systems", "supplies", "Veltrix Capital"),
    ),
    (
        "the-one-succeeded-held-the-post-named-just-before",
        "Harbor Capital named Jane Roe, who ran retail at Quillon Stores, as chief executive of Veltrix Pharmacy, "
        "succeeding Karl Berg.",
        ("Quillon Stores", "employs", "Karl Berg"),
    ),
    (
        "capacity-bought-from-a-cloud-is-hosting-not-supply",
        "Veltrix agreed to buy computing capacity from CoreWeave.",
        ("CoreWeave", "supplies", "Veltrix"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_sixth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_sixth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
