"""News constructions read since the third and fourth news sets (tests/data/news/articles-3, leads-3): text in,
(subject, relation, object, modality) out. The companies and people are invented."""

import pytest

from tests.extraction.cases import named
from tests.extraction.test_relations import triples

# a home-town description two sentences after the company it stands for
_THE_LENDER_COMPETES = (
    "The Richmond, Virginia-based lender plans to move its cards onto the network, putting it in competition with Visa."
)

FOUND = [
    (
        "led-since-by",
        "Orvane Systems, based in Dayton, Ohio, had been led since 2017 by Mara Lindqvist.",
        ("Orvane Systems", "employs", "Mara Lindqvist", "former"),
    ),
    (
        "who-became-its-title",
        "The talks involved Tomas Brandt, who became Kestrel Pharma's chief executive in March.",
        ("Kestrel Pharma", "employs", "Tomas Brandt", "asserted"),
    ),
    (
        "two-people-one-plural-title",
        "Jana Novak and Pieter Holm, Tessel Robotics' co-chief executives, said they expected approval.",
        ("Tessel Robotics", "employs", "Jana Novak", "asserted"),
    ),
    (
        "a-veteran-of-is-a-former-employee",
        "Orvane Systems said it had hired Ravi Menon, a veteran of Kestrel Pharma, to run its lab.",
        ("Kestrel Pharma", "employs", "Ravi Menon", "former"),
    ),
    (
        "he-would-become",
        "Lena Okafor said on Friday she would become chief executive of Tessel Robotics, the startup she founded.",
        ("Tessel Robotics", "employs", "Lena Okafor", "planned"),
    ),
    (
        "replaced-with",
        "Halvern Telecom on Monday replaced chief executive Jon Marsh with Ada Quinn, a member of its board.",
        ("Halvern Telecom", "employs", "Ada Quinn", "asserted"),
    ),
    (
        "the-round-named-as-financing",
        "Tessel Robotics said it had raised $900 million. The Series D financing was led by Orvane Capital.",
        ("Orvane Capital", "invests-in", "Tessel Robotics", "asserted"),
    ),
    (
        "co-leads-joined",
        "Tessel Robotics raised $900 million. The Series D financing was led by Orvane Capital. "
        "Brightline Partners and Halden Fund joined as co-leads.",
        ("Halden Fund", "invests-in", "Tessel Robotics", "asserted"),
    ),
    (
        "new-backers-include",
        "Tessel Robotics raised $900 million. The Series D financing was led by Orvane Capital. "
        "New backers include Brightline Partners and Halden Fund, the Denver company said.",
        ("Brightline Partners", "invests-in", "Tessel Robotics", "asserted"),
    ),
    (
        "the-startup-raised-then-that-round",
        "Kestrel Pharma named a new chief. The startup raised $750 million in May. Orvane Capital led that round, "
        "with Brightline Partners and Halden Fund among the participants.",
        ("Halden Fund", "invests-in", "Kestrel Pharma", "asserted"),
    ),
    (
        "possessive-round-alongside",
        "Orvane Capital co-led Tessel Robotics' previous round alongside Halden Fund.",
        ("Halden Fund", "invests-in", "Tessel Robotics", "asserted"),
    ),
    (
        "investor-past-an-apposition",
        "Tessel Robotics raised $2 billion in a funding round. Orvane Capital, the venture firm co-founded by "
        "Jon Marsh, led the round with a $1 billion commitment.",
        ("Orvane Capital", "invests-in", "Tessel Robotics", "asserted"),
    ),
    (
        "contract-to-give-access",
        "Halvern Compute signed a $2 billion contract to give Kestrel Pharma access to its most advanced chips.",
        ("Kestrel Pharma", "hosts-on", "Halvern Compute", "asserted"),
    ),
    (
        "agreement-with-a-cloud-provider",
        "Kestrel Pharma signed a multibillion-dollar agreement with Halvern Compute, a cloud provider.",
        ("Kestrel Pharma", "hosts-on", "Halvern Compute", "asserted"),
    ),
    (
        "stake-of-percent-in",
        "Orvane Capital holds a stake of about 14% in Tessel Robotics.",
        ("Orvane Capital", "invests-in", "Tessel Robotics", "asserted"),
    ),
    (
        "sell-its-described-unit-to-a-described-rival",
        "Halvern Group has agreed to sell its logistics arm Kestrel Freight to Danish rival Orvane Logistics.",
        ("Orvane Logistics", "acquires", "Kestrel Freight", "planned"),
    ),
    (
        "the-seller-owns-the-unit-it-sells",
        "Halvern Group has agreed to sell its logistics arm Kestrel Freight to Danish rival Orvane Logistics.",
        ("Halvern Group", "owns", "Kestrel Freight", "asserted"),
    ),
    (
        "in-which-invested",
        "Kestrel Pharma, in which Orvane Capital invested $50 million in 2023, trains its models on Halvern Cloud.",
        ("Orvane Capital", "invests-in", "Kestrel Pharma", "asserted"),
    ),
    (
        "the-subject-past-an-in-which-aside",
        "Kestrel Pharma, in which Orvane Capital invested $50 million in 2023, runs its models on Halvern Cloud.",
        ("Kestrel Pharma", "hosts-on", "Halvern Cloud", "asserted"),
    ),
    (
        "the-unit-apposition",
        "Rivals include Kestrel Labs, the Orvane Group unit run by Jon Marsh.",
        ("Orvane Group", "owns", "Kestrel Labs", "asserted"),
    ),
    (
        "the-unit-is-run-by-the-person",
        "Rivals include Kestrel Labs, the Orvane Group unit run by Jon Marsh.",
        ("Kestrel Labs", "employs", "Jon Marsh", "asserted"),
    ),
    (
        "lawsuit-that-x-filed-against",
        "The deal settles a lawsuit that Tessel Media filed last year against Orvane Studios and Halden Films.",
        ("Tessel Media", "accuses", "Halden Films", "asserted"),
    ),
    (
        "fined",
        "The European Commission fined Orvane Systems 1.8 billion euros on Monday.",
        ("European Commission", "accuses", "Orvane Systems", "asserted"),
    ),
    (
        "supply-for-a-possessed-project",
        "Halvern Memory signed an agreement to supply memory chips for Kestrel AI's Beacon project.",
        ("Halvern Memory", "supplies", "Kestrel AI", "asserted"),
    ),
    (
        "its-acquisition-of-a-described-company",
        "Halvern Telecom is waiting for California regulators to approve its $20 billion acquisition of fibre "
        "provider Orvane Networks.",
        ("Halvern Telecom", "acquires", "Orvane Networks", "asserted"),
    ),
    (
        "the-startup-behind",
        "Tessel Labs, the startup behind the coding agent Quill, said it had agreed to acquire Orvane Code.",
        ("Tessel Labs", "develops", "Quill", "asserted"),
    ),
    (
        "it-after-a-dateline",
        "SAN FRANCISCO, July 14 (Reuters) - Tessel Labs, the startup behind the coding agent Quill, said on "
        "Monday it had agreed to acquire Orvane Code.",
        ("Tessel Labs", "acquires", "Orvane Code", "planned"),
    ),
    (
        "a-plan-called-off-is-former",
        "In December, Halvern Systems called off its $20 billion purchase of design software company Kestrel Design.",
        ("Halvern Systems", "acquires", "Kestrel Design", "former"),
    ),
    (
        "a-second-it-is-the-first-its",
        "Tessel Media sued a rival last year. It licenses data to Orvane Search under a deal worth $60 million, "
        "and it struck a similar agreement with Halden AI in May.",
        ("Halden AI", "partners-with", "Tessel Media", "asserted"),
    ),
    (
        "buying-goods-worth-from",
        "Orvane Devices has agreed to buy $500 million worth of magnets from Halden Materials.",
        ("Halden Materials", "supplies", "Orvane Devices", "planned"),
    ),
    (
        "a-person-among-the-largest-shareholders",
        "Jon Marsh, the Halden AI maker's chief executive, is one of Tessel Media's largest shareholders.",
        ("Jon Marsh", "invests-in", "Tessel Media", "asserted"),
    ),
    (
        "hand-a-government-a-percentage-of-revenue",
        "Orvane Semiconductor and Halden Electronics have agreed to hand the U.S. government 15% of the revenue "
        "from those sales.",
        ("Halden Electronics", "shares-revenue-with", "U.S. government", "planned"),
    ),
    (
        "counts-among-customers-in-its-own-clause",
        "Orvane Semiconductor ships its accelerators in volume, and Halden Electronics, whose shares have "
        "tripled, counts Tessel Media among its biggest customers.",
        ("Halden Electronics", "supplies", "Tessel Media", "asserted"),
    ),
    (
        "stakes-in-two-brands",
        "Orvane Systems has gone further, taking equity stakes in TeraBolt and Cipher Mining.",
        ("Orvane Systems", "invests-in", "TeraBolt", "asserted"),
    ),
    (
        "a-speakers-title-belongs-to-the-story-company",
        "Halvern Compute signed a $9 billion contract with Orvane Systems. The chips go to Halvern Compute's site. "
        "Orvane Systems will pay 20% up front, co-chief executive Jon Marsh said.",
        ("Halvern Compute", "employs", "Jon Marsh", "asserted"),
    ),
    (
        "taken-private-by-a-consortium",
        "Tessel Games has agreed to be taken private by a consortium made up of Norway's Fjord Fund, Orvane "
        "Capital and Halden Partners.",
        ("Fjord Fund", "acquires", "Tessel Games", "planned"),
    ),
    (
        "a-surname-opening-a-sentence",
        "Mara Lindqvist, Orvane Systems' founder, said demand was strong. Lindqvist co-founded Tessel Labs in 2009.",
        ("Tessel Labs", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "a-home-town-is-said-of-the-story-company",
        "Tessel Bank completed its purchase of Orvane Cards. Regulators including the Federal Reserve approved it. "
        + _THE_LENDER_COMPETES,
        ("Tessel Bank", "competes-with", "Visa", "asserted"),
    ),
    (
        "the-case-was-filed-by",
        "Tessel Labs agreed to settle a class action. The case was filed last year by thriller writer Mara Lindqvist "
        "and nonfiction authors Jon Marsh and Ada Quinn.",
        ("Ada Quinn", "accuses", "Tessel Labs", "asserted"),
    ),
    (
        "the-company-as-an-object-is-not-the-clauses-subject",
        "Halden Music sued Tessel Labs in 2023, and Orvane Media filed a lawsuit in June accusing the company of "
        "copying its site.",
        ("Orvane Media", "accuses", "Tessel Labs", "asserted"),
    ),
    (
        "a-regulator-is-not-the-lender",
        "Tessel Bank completed its purchase of Orvane Cards. The Federal Reserve and the OCC approved the deal. "
        + _THE_LENDER_COMPETES,
        ("Tessel Bank", "competes-with", "Visa", "asserted"),
    ),
    (
        "set-up-by",
        "Tessel Security was set up in 2020 by Mara Lindqvist and three colleagues.",
        ("Tessel Security", "employs", "Mara Lindqvist", "asserted"),
    ),
    (
        "sold-their-first-startup-to",
        "Its founders sold their first startup, Quillon, to Orvane Systems in 2015.",
        ("Orvane Systems", "acquires", "Quillon", "asserted"),
    ),
    (
        "using-a-companys-tools",
        "Chipmakers including Orvane Semiconductor and Halden Electronics use Tessel Software tools.",
        ("Tessel Software", "supplies", "Halden Electronics", "asserted"),
    ),
    (
        "and-with",
        "Tessel Design competes mainly with Orvane Systems and with Halden Electronics.",
        ("Halden Electronics", "competes-with", "Tessel Design", "asserted"),
    ),
    (
        "the-complaint-names",
        "Tessel Media sued Orvane Search on Wednesday. The complaint, filed in federal court, names Texas-based "
        "Quillon and Halden Data alongside Orvane Search.",
        ("Tessel Media", "accuses", "Halden Data", "asserted"),
    ),
    (
        "buying-a-minority-percentage-is-a-stake",
        "Orvane Capital will receive a warrant to buy an additional 5% of Tessel Chips at $20 a share.",
        ("Orvane Capital", "invests-in", "Tessel Chips", "planned"),
    ),
    (
        "longtime-x-customers",
        "Orvane Semiconductor and Halden Electronics are longtime Tessel Optics customers.",
        ("Tessel Optics", "supplies", "Halden Electronics", "asserted"),
    ),
    (
        "rivals-in-a-market-then-a-list",
        "Tessel Chips' biggest rivals in contract manufacturing, Orvane Semiconductor and Halden Electronics, "
        "spend more.",
        ("Halden Electronics", "competes-with", "Tessel Chips", "asserted"),
    ),
    (
        "the-first-named-joins-too",
        "Jon Marsh, Tessel Labs' founder and chief executive, President Ada Quinn and other members of the team "
        "will join Orvane Systems.",
        ("Orvane Systems", "employs", "Jon Marsh", "planned"),
    ),
    (
        "the-company-says-p-will-step-down",
        "Tessel Labs said on Monday that Jon Marsh, the executive who has overseen its research since 2018, will "
        "step down.",
        ("Tessel Labs", "employs", "Jon Marsh", "asserted"),
    ),
    (
        "a-place-that-opens-a-companys-name",
        "Mountain View Robotics agreed to buy Orvane Labs. Jon Marsh, Mountain View's chief executive, said so.",
        ("Mountain View Robotics", "employs", "Jon Marsh", "asserted"),
    ),
    (
        "an-acronym-that-opens-a-companys-name",
        "KTX Materials signed a deal with Orvane Labs. Jon Marsh, KTX's chairman, said so.",
        ("KTX Materials", "employs", "Jon Marsh", "asserted"),
    ),
    (
        "the-maker-of-an-unknown-product",
        "Halvern Retail and Tessel Home have abandoned Halvern Retail's planned takeover of the Sweepo maker.",
        ("Halvern Retail", "acquires", "Tessel Home", "planned"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_news_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text)


NOT_FOUND = [
    (
        "a-title-then-with-is-not-the-titles-holder",
        "Halvern Telecom hands its top job to Ada Quinn, a former Orvane Systems executive, with Jon Marsh moving on.",
        ("Orvane Systems", "employs", "Jon Marsh"),
    ),
    (
        "a-possessive-is-the-first-names-alone",
        "The deal adds to existing collaborations with Orvane Group's Kestrel Bio and Halden Pharma.",
        ("Orvane Group", "owns", "Halden Pharma"),
    ),
    (
        "leading-a-round-is-no-job",
        "Tessel Robotics raised $2 billion. Orvane Capital, the venture firm co-founded by Jon Marsh, led the round.",
        ("Tessel Robotics", "employs", "Jon Marsh"),
    ),
    (
        "co-investors-are-no-partners",
        "Orvane Capital co-led Tessel Robotics' previous round alongside Halden Fund.",
        ("Tessel Robotics", "partners-with", "Halden Fund"),
    ),
    (
        "a-place-of-unveiling-is-not-made",
        "Beacon, a joint venture with Orvane Group and Halden Systems unveiled at the White House, aims to build.",
        ("Orvane Group", "develops", "White House"),
    ),
    (
        "a-stake-sold-is-no-acquisition-of-the-company",
        "Halvern Group sold its stake in Kestrel Freight to Orvane Logistics.",
        ("Orvane Logistics", "acquires", "Kestrel Freight"),
    ),
    (
        "a-consortium-made-up-of-is-not-made",
        "Tessel Games has agreed to be taken private by a consortium made up of Orvane Capital and Halden Partners.",
        ("Tessel Games", "develops", "Halden Partners"),
    ),
    (
        "holding-contracts-with-is-no-ownership",
        "Tessel Robotics also holds contracts with the Department of Defense.",
        ("Tessel Robotics", "owns", "Department of Defense"),
    ),
    (
        "and-with-a-possessor-is-not-the-rival",
        "Tessel Design competes with Orvane Systems and with Halden Group's own Quillon unit.",
        ("Tessel Design", "competes-with", "Halden Group"),
    ),
    (
        "training-on-content-is-no-hosting",
        "Orvane Search said it does not train its models on Tessel Media content.",
        ("Orvane Search", "hosts-on", "Tessel Media"),
    ),
    (
        "co-defendants-are-no-partners",
        "Tessel Media sued Orvane Search on Wednesday. The complaint names Quillon and Halden Data alongside "
        "Orvane Search.",
        ("Halden Data", "partners-with", "Orvane Search"),
    ),
    (
        "buying-a-companys-licences-is-not-buying-it",
        "The deal follows Tessel Telecom's $23 billion purchase of Orvane Networks' 600 MHz licences.",
        ("Tessel Telecom", "acquires", "Orvane Networks"),
    ),
    (
        "a-country-possessive-is-no-owner",
        "The Danish company bought Brelo, the logistics unit of Norway's Fjordline, for about $4.2 billion.",
        ("Norway", "owns", "Fjordline"),
    ),
]


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_news_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in {t[:3] for t in triples(text)}
