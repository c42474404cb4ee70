"""Rules of the seventh session: a title whose company a pronoun stood for, a product naming its maker, a stake
held beside a company owned, buying into a company, a possessive before a verb, products described in passing
in a list. Invented companies, people and products; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-title-after-a-sentence-about-it-is-held-at-the-company-it-stood-for",
        "Quillon Data sells storage to banks. It has since raised prices twice. The outage is a test for Chief "
        "Executive Jane Roe, a former head of Harbor Systems's cloud unit.",
        ("Quillon Data", "employs", "Jane Roe", "asserted"),
    ),
    (
        "an-owned-company-named-with-its-product",
        "Kestrel Holdings, which owns Skyforge developer Orvane Studios, is based in Oslo.",
        ("Kestrel Holdings", "owns", "Orvane Studios", "asserted"),
    ),
    (
        "a-stake-held-beside-a-company-owned-is-the-owners",
        "Kestrel Holdings, which owns Orvane Studios and a large minority stake in Veltrix Games, is based in Oslo.",
        ("Kestrel Holdings", "invests-in", "Veltrix Games", "asserted"),
    ),
    (
        "buying-into-a-company-is-an-investment",
        "Kestrel Holdings first bought into Veltrix Games in 2019.",
        ("Kestrel Holdings", "invests-in", "Veltrix Games", "asserted"),
    ),
    (
        "a-company-possessed-before-a-verb-is-owned",
        "The rights deal is worth twice what Comcast's NBCUniversal pays today.",
        ("Comcast", "owns", "NBCUniversal", "asserted"),
    ),
    (
        "products-each-described-in-passing-in-a-list",
        "Veltrix Bio is developing VX-101i, a weekly injection, and VX-202i, an experimental drug that mimics a "
        "hormone.",
        ("Veltrix Bio", "develops", "VX-202i", "asserted"),
    ),
    (
        "a-title-after-a-sentence-about-its-work-with-another-company-is-held-at-the-story-company",
        "Quillon Labs sells cloud software. Quillon Labs was founded in 2018. Lawmakers worried that its work with "
        "Harbor Systems could leak data. Jane Roe, its chief executive, said it would stop.",
        ("Quillon Labs", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-name-opening-with-digits",
        "Jane Roe said the company would stop, and its 42VFund investment arm has sold a stake in TikTok owner "
        "ByteDance.",
        ("42VFund", "invests-in", "ByteDance", "asserted"),
    ),
    (
        "the-maker-of-a-known-product",
        "Investors now value the maker of ChatGPT at $157 billion.",
        ("OpenAI", "develops", "ChatGPT", "asserted"),
    ),
    (
        "rivals-such-as-after-a-sentence-subject-that-is-no-company-are-the-story-companys",
        "Quillon Labs raised $2 billion. Quillon Labs said the money would pay for chips. Backers were asked to stay "
        "away from rivals such as Harbor Systems and Veltrix Labs, one person said.",
        ("Quillon Labs", "competes-with", "Veltrix Labs", "asserted"),
    ),
    (
        "a-customer-of-a-chipmaker-is-supplied-not-hosted",
        "Veltrix said it would remain a large customer of Taiwan Semiconductor Manufacturing Co, which makes its "
        "chips.",
        ("TSMC", "supplies", "Veltrix", "asserted"),
    ),
    (
        "capacity-bought-from-a-company-is-hosting",
        "Kestrel has also agreed to buy any of Quillon Cloud's unused capacity through 2032.",
        ("Kestrel", "hosts-on", "Quillon Cloud", "planned"),
    ),
    (
        "a-business-described-then-sold-by-it",
        "The price dwarfs the $2 billion Kestrel paid for Quillon Mobile in 2012, a handset business it sold to "
        "Veltrix two years later.",
        ("Veltrix", "acquires", "Quillon Mobile", "asserted"),
    ),
    (
        "a-company-described-as-a-customer-of-a-cloud-owner-is-hosted",
        "Veltrix is a big customer of Microsoft.",
        ("Veltrix", "hosts-on", "Microsoft", "asserted"),
    ),
    (
        "a-possessed-fund-in-a-list-of-backers-is-the-member",
        "Veltrix Labs counts Nvidia, SoftBank's Vision Fund and Amazon founder Jeff Bezos among its backers.",
        ("SoftBank Vision Fund", "invests-in", "Veltrix Labs", "asserted"),
    ),
    (
        "backers-that-remain-with-a-relative-aside-after-the-first",
        "Veltrix's largest backers remain Kestrel Capital, which has invested $8 billion, and Harbor Ventures, which "
        "has put in $3 billion.",
        ("Harbor Ventures", "invests-in", "Veltrix", "asserted"),
    ),
    (
        "a-company-trailing-others-competes-with-them",
        "Oracle trails Amazon Web Services and Google Cloud in the cloud market.",
        ("Oracle", "competes-with", "Google Cloud", "asserted"),
    ),
    (
        "each-founder-of-a-venture-formed-with-others-invests-in-it",
        "Capacity will sit in data centres built under Skyline, the venture Quillon formed in January with Harbor "
        "Systems and Veltrix.",
        ("Veltrix", "invests-in", "Skyline", "asserted"),
    ),
    (
        "the-company-that-formed-a-venture-invests-in-it",
        "Capacity will sit in data centres built under Skyline, the venture Quillon formed in January with Harbor "
        "Systems and Veltrix.",
        ("Quillon", "invests-in", "Skyline", "asserted"),
    ),
    (
        "its-founder-named-after-the-post-is-the-last-companys",
        "Kestrel Platforms Inc. will invest $14 billion in Veltrix Data for a 49% stake in the startup and has hired "
        "its founder and chief executive, Jane Roe, to run a new unit.",
        ("Veltrix Data", "employs", "Jane Roe", "asserted"),
    ),
    (
        "the-company-hiring-the-founder-employs-her-too",
        "Kestrel Platforms Inc. will invest $14 billion in Veltrix Data for a 49% stake in the startup and has hired "
        "its founder and chief executive, Jane Roe, to run a new unit.",
        ("Kestrel Platforms Inc.", "employs", "Jane Roe", "planned"),
    ),
    (
        "a-co-founder-and-chairman-is-employed",
        "The rally added $200 billion to Kestrel Systems's market value and made co-founder and chairman Jane Roe the "
        "richest person in the state.",
        ("Kestrel Systems", "employs", "Jane Roe", "asserted"),
    ),
    (
        "each-deal-of-a-list-with-its-price",
        "Kestrel has grown through acquisitions, paying $27 billion for Quillon Chat in 2021, $15 billion for "
        "Harbor Analytics in 2019 and $6 billion for Veltrix Soft in 2018.",
        ("Kestrel", "acquires", "Veltrix Soft", "asserted"),
    ),
    (
        "a-company-still-its-biggest-customer",
        "Kestrel Cloud grew fast. Harbor Systems, which paid 62% of Kestrel Cloud's revenue last year, is still its "
        "biggest customer.",
        ("Kestrel Cloud", "supplies", "Harbor Systems", "asserted"),
    ),
    (
        "a-post-with-a-word-of-its-own-after-a-possessive",
        "Jane Roe, Kestrel Telecom's network chief technology officer, described the deal as bold.",
        ("Kestrel Telecom", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-post-after-a-possessive-reference",
        "Kestrel Telecom signed the deal. Jane Roe, the carrier's network chief technology officer, described it as "
        "bold.",
        ("Kestrel Telecom", "employs", "Jane Roe", "asserted"),
    ),
    (
        "an-independent-chair-apposed-without-a-company",
        "Quillon Chips said its chief executive had retired. Jane Roe, the independent chair, becomes interim "
        "executive chair.",
        ("Quillon Chips", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-title-apposed-then-a-relative-clause",
        "Quillon Oil Corp. agreed to the deal. Jane Roe, the chief executive whose father built the company, will "
        "join the buyer's board.",
        ("Quillon Oil Corp.", "employs", "Jane Roe", "asserted"),
    ),
    (
        "a-company-selling-itself-is-acquired",
        "Kestrel Bio Inc. originally agreed in September to sell itself to Pfizer for $47.50 a share.",
        ("Pfizer", "acquires", "Kestrel Bio Inc.", "asserted"),
    ),
    (
        "a-company-selling-most-of-its-assets-is-acquired",
        "Humane Inc. sold most of its assets to HP for $116 million in February.",
        ("HP", "acquires", "Humane Inc.", "asserted"),
    ),
    (
        "a-second-relative-clause-after-and-hangs-on-the-same-name",
        "Boeing is closing its purchase of Quillon Aero, the Wichita-based supplier that builds fuselages and that "
        "Boeing sold to buyout firm Onex in 2005.",
        ("Onex", "acquires", "Quillon Aero", "asserted"),
    ),
    (
        "a-second-predicate-after-a-dateline-is-the-subjects",
        "MENLO PARK, California, June 13 - Kestrel Platforms Inc. will invest $14 billion in Veltrix Data for a 49% "
        "stake in the data-labelling startup and has hired its founder and chief executive, Jane Roe, to run a unit.",
        ("Kestrel Platforms Inc.", "employs", "Jane Roe", "planned"),
    ),
    (
        "a-bare-title-after-a-sentence-naming-the-story-company-second-is-held-there",
        "Quillon Group sold its stake in Harbor Chips. Quillon Group also sold part of Veltrix. Veltrix finished its "
        "restructuring last month, meeting a condition Quillon Group had set. Founder and chief executive Jane Roe "
        "is also behind a new venture.",
        ("Quillon Group", "employs", "Jane Roe", "asserted"),
    ),
    (
        "where-she-was-chief-executive-after-a-sentence-about-her",
        "Jane Roe ran Intel for three years. She had returned to Intel in 2021 from VMware, where she was chief "
        "executive, having started at the company in 1979.",
        ("VMware", "employs", "Jane Roe", "former"),
    ),
    (
        "where-he-was-a-post-in-the-same-sentence",
        "Karl Berg spent 16 years at Google, where he was most recently head of engineering for its assistant.",
        ("Google", "employs", "Karl Berg", "former"),
    ),
    (
        "veterans-listed-after-a-colon-worked-at-the-company-named",
        "Quillon Devices was founded last year by Jane Roe and three other Apple veterans: Karl Berg, Mia Lind and "
        "Tang Wei.",
        ("Apple", "employs", "Mia Lind", "former"),
    ),
    (
        "veterans-listed-after-a-colon-founded-the-company",
        "Quillon Devices was founded last year by Jane Roe and three other Apple veterans: Karl Berg, Mia Lind and "
        "Tang Wei.",
        ("Quillon Devices", "employs", "Tang Wei", "asserted"),
    ),
    (
        "amounts-given-respectively-to-one-company",
        "Kestrel Systems and Harbor Chips will invest up to $5 billion and $10 billion respectively in Veltrix Labs, "
        "the companies said.",
        ("Harbor Chips", "invests-in", "Veltrix Labs", "planned"),
    ),
    (
        "the-maker-of-a-known-product-acts-as-its-maker",
        "The maker of the Claude chatbot has committed to buy $30 billion of computing capacity from Microsoft's "
        "Azure cloud.",
        ("Anthropic", "hosts-on", "Microsoft Azure", "planned"),
    ),
    (
        "the-maker-of-the-product-at-a-sentence-start-develops-it",
        "The maker of the Claude chatbot has committed to buy $30 billion of computing capacity from Microsoft's "
        "Azure cloud.",
        ("Anthropic", "develops", "Claude", "asserted"),
    ),
    (
        "rivals-such-as-with-no-preposition-are-the-story-companys",
        "Sales at Quillon Coffee Inc. fell. The chain raised prices. Sales fell as customers balked at higher prices "
        "and cheaper local rivals such as Harbor Brew ate into the business in China.",
        ("Quillon Coffee Inc.", "competes-with", "Harbor Brew", "asserted"),
    ),
    (
        "a-foundry-making-processors-for-a-list-of-customers",
        "Quillon Foundry makes processors for Harbor Devices, Veltrix Labs and Kestrel Systems, among others.",
        ("Quillon Foundry", "supplies", "Kestrel Systems", "asserted"),
    ),
    (
        "a-superlative-description-refers-to-the-company-before",
        "Quillon Foundry said it would invest more. The world's largest contract chipmaker makes processors for "
        "Harbor Devices and Veltrix Labs, among others.",
        ("Quillon Foundry", "supplies", "Veltrix Labs", "asserted"),
    ),
    (
        "each-company-fined-with-its-amount",
        "European Union regulators fined Quillon Apps 500 million euros and Harbor Social 200 million euros on "
        "Wednesday.",
        ("European Commission", "accuses", "Harbor Social", "asserted"),
    ),
    (
        "a-parent-named-for-its-units-product",
        "Reddit will use Google's Vertex AI platform to improve search on its own site.",
        ("Google", "develops", "Vertex AI", "asserted"),
    ),
    (
        "a-chip-model-is-a-product-of-its-own",
        "OpenAI will deploy AMD's MI450 chips from the second half of 2026.",
        ("AMD", "develops", "MI450", "asserted"),
    ),
    (
        "its-product-named-before-a-web-browser",
        "Amazon sued Veltrix AI on Tuesday, accusing the startup of letting its Skylark web browser shop on Amazon's "
        "store.",
        ("Veltrix AI", "develops", "Skylark", "asserted"),
    ),
    (
        "a-platform-run-as-a-business-is-owned",
        "Viewers can now watch the games on Google's YouTube.",
        ("Google", "owns", "YouTube", "asserted"),
    ),
    (
        "each-product-of-a-possessive-list",
        "Meta's Threads and Messenger apps gained users in March.",
        ("Meta", "develops", "Messenger", "asserted"),
    ),
    (
        "a-release-described-by-a-longer-possessive-phrase",
        "Kestrel is closing the gap after Llama 4, Meta's latest family of open-weight models, got a lukewarm "
        "reception.",
        ("Meta", "develops", "Llama 4", "asserted"),
    ),
    (
        "a-company-set-against-others-with-unlike",
        "Unlike Quillon AI and Harbor Labs, which court consumers with chatbots, Veltrix Systems has focused on banks.",
        ("Veltrix Systems", "competes-with", "Harbor Labs", "asserted"),
    ),
    (
        "customers-counted-in-a-relative-clause-are-its-antecedents",
        "Quillon Cloud competes with Harbor Compute, which counts both Veltrix Labs and Kestrel Systems as "
        "customers, and with other neoclouds.",
        ("Harbor Compute", "supplies", "Kestrel Systems", "asserted"),
    ),
    (
        "a-firm-described-then-bought-in-a-relative-clause",
        "The founders first built Orvane, a cloud security firm that Kestrel Systems bought in 2015.",
        ("Kestrel Systems", "acquires", "Orvane", "asserted"),
    ),
    (
        "a-company-owning-a-firm-described-beside-it",
        "Orvane, the Harbor-owned security firm that Quillon Data brought in to investigate, blamed a criminal group.",
        ("Harbor", "owns", "Orvane", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "a-product-naming-its-maker-is-not-owned",
        "Kestrel Holdings, which owns Skyforge developer Orvane Studios, is based in Oslo.",
        ("Kestrel Holdings", "owns", "Skyforge"),
    ),
    (
        "a-stake-held-beside-a-company-owned-is-not-the-owned-companys",
        "Kestrel Holdings, which owns Orvane Studios and a large minority stake in Veltrix Games, is based in Oslo.",
        ("Orvane Studios", "invests-in", "Veltrix Games"),
    ),
    (
        "buying-into-a-company-is-no-takeover",
        "Kestrel Holdings first bought into Veltrix Games in 2019.",
        ("Kestrel Holdings", "acquires", "Veltrix Games"),
    ),
    (
        "an-owner-compound-does-not-reach-past-a-relative-clause",
        "Orvane, the Harbor-owned security firm that Quillon Data brought in to investigate, blamed a criminal group.",
        ("Harbor", "owns", "Quillon Data"),
    ),
    (
        "a-company-naming-a-persons-post-after-a-comma-and-is-no-second-object",
        "Kestrel Holdings holds about 11% of Quillon Labs, and Veltrix Chief Executive Jane Roe owns close to 9%.",
        ("Kestrel Holdings", "invests-in", "Veltrix"),
    ),
    (
        "a-title-after-a-sentence-about-its-work-with-another-company-is-not-the-partners",
        "Quillon Labs sells cloud software. Quillon Labs was founded in 2018. Lawmakers worried that its work with "
        "Harbor Systems could leak data. Jane Roe, its chief executive, said it would stop.",
        ("Harbor Systems", "employs", "Jane Roe"),
    ),
    (
        "a-capacity-in-gigawatts-is-no-name",
        "OpenAI plans 30GW of computing capacity by 2030.",
        ("OpenAI", "develops", "30GW"),
    ),
    (
        "capacity-bought-from-a-company-is-no-takeover",
        "Kestrel has also agreed to buy any of Quillon Cloud's unused capacity through 2032.",
        ("Kestrel", "acquires", "Quillon Cloud"),
    ),
    (
        "a-business-described-then-sold-by-it-is-not-the-sellers-sale-of-itself",
        "The price dwarfs the $2 billion Kestrel paid for Quillon Mobile in 2012, a handset business it sold to "
        "Veltrix two years later.",
        ("Veltrix", "acquires", "Kestrel"),
    ),
    (
        "a-person-before-hired-did-the-hiring",
        "Nobody spoke of Jane Roe, a former Veltrix advertising chief whom Karl Berg hired to run Quillon in 2023.",
        ("Veltrix", "employs", "Karl Berg"),
    ),
    (
        "a-company-naming-a-sale-after-a-speakers-words-is-not-the-speakers",
        "Quillon Group sold its stake. Chief financial officer Jane Roe said the Nvidia sale did not reflect any "
        "concern.",
        ("Nvidia", "employs", "Jane Roe"),
    ),
    (
        "a-quoted-feature-name-is-no-company",
        'The retailer has been testing a "Buy for Me" feature that purchases goods on a shopper\'s behalf.',
        ("Buy", "acquires", "Me"),
    ),
    (
        "chips-used-to-train-a-model-do-not-make-their-maker-its-developer",
        "Kestrel, whose Trainium chips are used to train Claude, grew.",
        ("Kestrel", "develops", "Claude"),
    ),
    (
        "the-trailing-twelve-months-are-no-rivalry",
        "Revenue over the trailing 12 months rose at Oracle.",
        ("Oracle", "competes-with", "12"),
    ),
    (
        "a-stake-in-the-startup-invested-in-is-no-reverse-stake",
        "Kestrel Platforms Inc. will invest $14 billion in Veltrix Data for a 49% stake in the startup.",
        ("Veltrix Data", "invests-in", "Kestrel Platforms Inc."),
    ),
    (
        "its-chief-executive-in-a-new-clause-is-the-subjects",
        "Veltrix Data, whose customers include big clouds, will become part of Kestrel's server group, and its chief "
        "executive Jane Roe will lead the unit.",
        ("Kestrel", "employs", "Jane Roe"),
    ),
    (
        "funds-including-investors-are-no-funding",
        "Investors have pressed Salesforce since activist funds including Elliott Management and Starboard Value took "
        "stakes in 2023.",
        ("Salesforce", "invests-in", "Elliott Management"),
    ),
    (
        "a-company-selling-itself-supplies-nothing",
        "Kestrel Bio Inc. originally agreed in September to sell itself to Pfizer for $47.50 a share.",
        ("Kestrel Bio Inc.", "supplies", "Pfizer"),
    ),
    (
        "a-second-relative-clause-after-and-does-not-sell-the-subject",
        "Boeing is closing its purchase of Quillon Aero, the Wichita-based supplier that builds fuselages and that "
        "Boeing sold to buyout firm Onex in 2005.",
        ("Onex", "acquires", "Boeing"),
    ),
    (
        "a-known-product-employs-no-one",
        "Jane Roe spent nearly three decades at the company and led the design of the iMac, iPod and iPhone.",
        ("iMac", "employs", "Jane Roe"),
    ),
    (
        "a-game-title-with-a-possessive-is-no-ownership",
        "The new company will own Assassin's Creed, Far Cry and the studios that make them.",
        ("Assassin", "owns", "Creed"),
    ),
    (
        "a-plural-noun-opening-a-sentence-is-no-company",
        "Shareholders will receive $11 a share from selling the company's stake in Veltrix Health.",
        ("Shareholders", "invests-in", "Veltrix Health"),
    ),
    (
        "a-units-possessive-is-no-maker-of-the-parents-product",
        "Anthropic will use up to 1 million of Google Cloud's tensor processing units.",
        ("Google Cloud", "develops", "TPU"),
    ),
    (
        "a-platform-run-as-a-business-is-not-developed",
        "Viewers can now watch the games on Google's YouTube.",
        ("Google", "develops", "YouTube"),
    ),
    (
        "unlike-a-time-is-no-rivalry",
        "Unlike last year, Veltrix Systems grew its sales.",
        ("Veltrix Systems", "competes-with", "last year"),
    ),
    (
        "customers-counted-in-a-relative-clause-are-not-the-sentence-subjects",
        "Quillon Cloud competes with Harbor Compute, which counts both Veltrix Labs and Kestrel Systems as "
        "customers, and with other neoclouds.",
        ("Quillon Cloud", "supplies", "Kestrel Systems"),
    ),
    (
        "an-adverb-opening-a-sentence-is-no-company",
        "Together, the two companies will cover one in five homes, well ahead of rival Veltrix, and the deal is "
        "expected to draw scrutiny.",
        ("Together", "competes-with", "Veltrix"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_seventh_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_seventh_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
