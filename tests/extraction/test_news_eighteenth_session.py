"""Rules of the eighteenth session, read off two new probe sets of wire-style articles (tech deals; business
beyond tech): taking control of a company buys it; the kind of tie before a role ('Nissan's long-time alliance
partner'); 'A and its partner B'; names such as '7-Eleven' and 'Seven & i Holdings'; 'once-monthly' dates
nothing; an aside with a founding year and a backer; saying someone violated a deal accuses them; a company's
home from "Denmark's Acme" or the gazetteer decides which one 'the Danish drugmaker' is; 'A and B are among its
earlier backers'; a deal made 'as part of a partnership'. Invented companies; the ordinary wording of business
news."""

import pytest

from loaders.extraction.gazetteer import load_gazetteer
from loaders.extraction.mentions import find_mentions
from loaders.extraction.sentences import split_sentences
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "taking-full-control-buys",
        "Kestrel Media took full control of Pine Streaming Inc. after agreeing in 2023 to buy out its partner.",
        ("Kestrel Media", "acquires", "Pine Streaming Inc.", "asserted"),
    ),
    (
        "a-company-that-took-control",
        "Dana Whitfield, whose Orvane Capital took control of Halvern Studios in August, said the offer was fair.",
        ("Orvane Capital", "acquires", "Halvern Studios", "asserted"),
    ),
    (
        "the-kind-of-tie-before-partner",
        "Kestrel Motors, Pine Motors' long-time alliance partner, said it would study any offer.",
        ("Kestrel Motors", "partners-with", "Pine Motors", "asserted"),
    ),
    (
        "a-second-role-in-the-apposition",
        "Kestrel Motors, Pine Motors' long-time alliance partner and largest shareholder with about 36%, said it "
        "would study any offer.",
        ("Kestrel Motors", "invests-in", "Pine Motors", "asserted"),
    ),
    (
        "a-bigger-domestic-rival",
        "Halvern Bank is Moss Bank's bigger domestic rival in lending to mid-sized firms.",
        ("Halvern Bank", "competes-with", "Moss Bank", "asserted"),
    ),
    (
        "a-company-and-its-partner",
        "Orvane Therapeutics has accused Kestrel Bio and its US partner Halvern Pharma of copying its patents.",
        ("Kestrel Bio", "partners-with", "Halvern Pharma", "asserted"),
    ),
    (
        "a-company-and-its-supplier",
        "Kestrel Motors and its main supplier Orvane Inc. signed the deal on Monday.",
        ("Orvane Inc.", "supplies", "Kestrel Motors", "asserted"),
    ),
    (
        "a-name-opening-on-digits-and-a-hyphen",
        "Kestrel Retail, which runs the 9-Eleven chain, agreed to buy Pine Stores Inc.",
        ("Kestrel Retail", "owns", "9-Eleven", "asserted"),
    ),
    (
        "a-small-letter-joined-by-an-ampersand",
        "Orvane Foods has withdrawn its proposal to buy Pine & i Holdings, the owner of Moss Mart.",
        ("Orvane Foods", "acquires", "Pine & i Holdings", "former"),
    ),
    (
        "once-monthly-is-a-dose-not-a-past",
        "Kestrel Bio is developing KB-101, a once-monthly injectable drug, and KB-233, an amylin analog.",
        ("Kestrel Bio", "develops", "KB-233", "asserted"),
    ),
    (
        "a-founding-year-then-the-backer-in-an-aside",
        "Kestrel Bio, founded in 2022 and backed by Pine Venture Partners, is developing KB-101, a weight-loss drug.",
        ("Kestrel Bio", "develops", "KB-101", "asserted"),
    ),
    (
        "said-to-have-violated-an-agreement",
        "In May, the Justice Department said Kestrel Aero had violated a 2021 agreement with prosecutors.",
        ("Justice Department", "accuses", "Kestrel Aero", "asserted"),
    ),
    (
        "alleged-to-have-breached-a-contract",
        "Orvane Mining alleged that Pine Coal Inc. breached the sale agreement.",
        ("Orvane Mining", "accuses", "Pine Coal Inc.", "asserted"),
    ),
    (
        "seeking-damages",
        "Orvane Mining has said it will seek damages from Pine Coal Inc. through arbitration.",
        ("Orvane Mining", "accuses", "Pine Coal Inc.", "planned"),
    ),
    (
        "a-countrys-company-is-its-nationalitys",
        "Denmark's Kestrel Pharma made a bid for France's Pine Bio on Monday. Pine Bio then said the Danish "
        "drugmaker had broken merger rules.",
        ("Pine Bio", "accuses", "Kestrel Pharma", "asserted"),
    ),
    (
        "a-known-companys-home-from-the-gazetteer",
        "Novo Nordisk made a bid for Orvane Bio on Monday. Pfizer then said the Danish drugmaker had broken merger "
        "rules.",
        ("Pfizer", "accuses", "Novo Nordisk", "asserted"),
    ),
    (
        "a-post-whose-first-word-closes-the-companys-name",
        "Orvane Cloud chief Dana Whitfield has spent heavily to narrow the gap with larger rivals.",
        ("Orvane Cloud", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-company-which-a-person-launched",
        "Orvane AI, which Dana Whitfield launched in 2023, took over Kestrel Social in March.",
        ("Orvane AI", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-company-which-he-co-founded-and-left",
        "Mark Whitfield sued Orvane AI on Monday. The case is the latest front in Whitfield's feud with Orvane AI, "
        "which he co-founded in 2015 and left three years later.",
        ("Orvane AI", "employs", "Mark Whitfield", "former"),
    ),
    (
        "an-event-is-no-party",
        "The news came at the opening of Orvane Inc.'s Ignite conference, where the company also unveiled Pine "
        "Agent, a tool for managing software agents.",
        ("Orvane Inc.", "announces", "Pine Agent", "asserted"),
    ),
    (
        "founded-with-a-list-of-co-founders",
        "Dana Whitfield founded Orvane Security in 2020 with Ami Roe, Yinon Kestrel and Roy Pine.",
        ("Orvane Security", "employs", "Yinon Kestrel", "asserted"),
    ),
    (
        "a-former-executive-of-two-companies",
        "Kestrel Networks named Justin Hotard, a former Intel and Hewlett Packard Enterprise executive, as its head.",
        ("Hewlett Packard Enterprise", "employs", "Justin Hotard", "former"),
    ),
    (
        "owners-led-by-a-firm",
        "Kestrel Energy will pay $4.5 billion in cash to Pine Power's owners, led by private equity firm Moss "
        "Capital Partners, and will take on its debt.",
        ("Moss Capital Partners", "owns", "Pine Power", "asserted"),
    ),
    (
        "its-joint-venture-with-a-partner-then-named",
        "Kestrel Motors makes cars. Its joint venture with Orvane Group, Pine Mobility Inc., unveiled a sedan at a "
        "trade show.",
        ("Orvane Group", "owns", "Pine Mobility Inc.", "asserted"),
    ),
    (
        "its-joint-venture-partners",
        "Kestrel Motors makes cars. Its joint venture with Orvane Group, Pine Mobility Inc., unveiled a sedan at a "
        "trade show.",
        ("Kestrel Motors", "partners-with", "Orvane Group", "asserted"),
    ),
    (
        "a-described-chain-beside-a-persons-former-post",
        "Kestrel Retail is led by Dana Whitfield, a former head of Pine Mart, the supermarket chain once owned by "
        "Orvane Stores, who joined in March.",
        ("Orvane Stores", "owns", "Pine Mart", "former"),
    ),
    (
        "whose-company-owns",
        "Kestrel Media chief executive Dana Whitfield, whose company owns 80% of Pine Sports, plans a new service.",
        ("Kestrel Media", "owns", "Pine Sports", "asserted"),
    ),
    (
        "it-after-and-is-the-subject-after-a-time-phrase",
        "Over the past year Orvane AI has struck capacity agreements with Kestrel Cloud and Pine Compute, and it has "
        "lined up chips from Moss Semiconductor.",
        ("Moss Semiconductor", "supplies", "Orvane AI", "asserted"),
    ),
    (
        "goods-at-the-heart-of-a-companys-business",
        "Kestrel Chips, which supplies the graphics processors at the heart of Orvane Cloud's business, is also one "
        "of its shareholders.",
        ("Kestrel Chips", "supplies", "Orvane Cloud", "asserted"),
    ),
    (
        "servers-provided-for-a-companys-system",
        "Pine Systems Inc. will provide its servers for Orvane Networks' radio system.",
        ("Pine Systems Inc.", "supplies", "Orvane Networks", "planned"),
    ),
    (
        "a-unit-described-in-four-words-sold-to-two-firms",
        "Kestrel Design last year sold its application security unit, the Pine Integrity Group, to private equity "
        "firms Orvane Capital and Moss Partners.",
        ("Moss Partners", "acquires", "Pine Integrity Group", "asserted"),
    ),
    (
        "an-owner-with-its-nationality-named-next",
        "Pine Media's Chinese owner Kestrel Dance Ltd. has signed binding agreements.",
        ("Kestrel Dance Ltd.", "owns", "Pine Media", "asserted"),
    ),
    (
        "a-platform-run-as-a-business-competes-in-its-own-name",
        "Pine Video competes with Meta's Instagram for advertisers.",
        ("Pine Video", "competes-with", "Instagram", "asserted"),
    ),
    (
        "each-platform-of-a-list-competes-in-its-own-name",
        "Pine Video Inc., which has 170 million users, competes with Meta Platforms' Instagram and Alphabet's YouTube "
        "for advertisers.",
        ("Pine Video Inc.", "competes-with", "YouTube", "asserted"),
    ),
    (
        "a-joint-venture-between-two",
        "Pine Mobile competes with Orvane O2, itself a joint venture between Kestrel Global and Spain's Moss Telecom.",
        ("Kestrel Global", "owns", "Orvane O2", "asserted"),
    ),
    (
        "a-joint-venture-between-two-partners",
        "Pine Mobile competes with Orvane O2, itself a joint venture between Kestrel Global and Spain's Moss Telecom.",
        ("Kestrel Global", "partners-with", "Moss Telecom", "asserted"),
    ),
    (
        "hotels-under-names-including",
        "Kestrel Hotels, whose 9,000 hotels operate under names including Pine Inn, Super 9, La Moss and Orvane, "
        "rejected the approach.",
        ("Kestrel Hotels", "owns", "La Moss", "asserted"),
    ),
    (
        "rival-firms-of-a-trade-opening-a-sentence",
        "Orvane Data labels images for AI labs. Rival data-labelling firms such as Pine Labels and Moss Labs say "
        "inquiries have jumped.",
        ("Moss Labs", "competes-with", "Orvane Data", "asserted"),
    ),
    (
        "a-second-participle-shares-the-first-ones-subject",
        "Kestrel Cloud has been on an acquisition spree, buying developer platform Pine Weights for about $1.7 "
        "billion and agreeing this month to acquire software startup Moss AI.",
        ("Kestrel Cloud", "acquires", "Moss AI", "asserted"),
    ),
    (
        "who-returned-as-its-chief",
        "Dana Whitfield, who returned as Orvane Pay's chief executive after the buyout, will oversee the merger.",
        ("Orvane Pay", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-companys-counterpart",
        "His Kestrel Shipping counterpart, Rolf Pine, said the carrier would stay independent.",
        ("Kestrel Shipping", "employs", "Rolf Pine", "asserted"),
    ),
    (
        "a-person-then-its-post",
        "Kestrel Group owns Pine Nice. Dana Whitfield, its director of sport, is expected to lead the new club.",
        ("Kestrel Group", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-person-then-its-former-post",
        "Kestrel Group makes chips. Dana Whitfield, its former chief executive, now runs Orvane Inc.",
        ("Kestrel Group", "employs", "Dana Whitfield", "former"),
    ),
    (
        "two-form-a-described-partnership",
        "Kestrel Shipping and Pine Lines will form a long-term operational partnership from February 2025, the "
        "groups said.",
        ("Kestrel Shipping", "partners-with", "Pine Lines", "planned"),
    ),
    (
        "an-alliance-which-it-formed-with-others",
        "The move takes Kestrel Shipping out of the Blue Alliance, which it formed with Pine Lines, Moss Ocean "
        "Express and Orvane Marine.",
        ("Kestrel Shipping", "partners-with", "Moss Ocean Express", "asserted"),
    ),
    (
        "a-company-and-its-rival-whatever-the-names-shape",
        "Kestrel Soft and its rival Pine Software both reported results on Tuesday.",
        ("Kestrel Soft", "competes-with", "Pine Software", "asserted"),
    ),
    (
        "specialists-such-as-listed-on",
        "Kestrel Cloud competes with Pine Systems, as well as specialists such as Moss Security.",
        ("Kestrel Cloud", "competes-with", "Moss Security", "asserted"),
    ),
    (
        "the-publisher-behind-a-series",
        "Kestrel Games, the publisher behind the Starfall and Moonrise series, reported higher sales.",
        ("Kestrel Games", "develops", "Moonrise", "asserted"),
    ),
    (
        "a-drug-being-tested",
        "Kestrel Bio has been testing KB-101, an experimental obesity pill, in a late-stage trial.",
        ("Kestrel Bio", "develops", "KB-101", "asserted"),
    ),
    (
        "a-flagship-product-named",
        "Kestrel Soft's flagship product, Quill, is used by 2 million firms.",
        ("Kestrel Soft", "develops", "Quill", "asserted"),
    ),
    (
        "a-provider-hosts-a-customers-traffic",
        "Kestrel Cloud runs data centres. The Texas-based company has hosted Pine Video's U.S. traffic since 2022.",
        ("Pine Video", "hosts-on", "Kestrel Cloud", "asserted"),
    ),
    (
        "a-takeover-rejected-by-shareholders-was-bid",
        "Pine Mining shareholders have rejected Kestrel Cloud's all-stock takeover of the bitcoin miner, killing "
        "the deal.",
        ("Kestrel Cloud", "acquires", "Pine Mining", "former"),
    ),
    (
        "a-takeover-bid-from-a-company-rejected",
        "Pine Resources rejected a takeover bid from Kestrel Mining in 2023.",
        ("Kestrel Mining", "acquires", "Pine Resources", "former"),
    ),
    (
        "a-hostile-pursuit-abandoned",
        "Kestrel Hotels abandoned its hostile pursuit of Pine Resorts Inc. on Tuesday.",
        ("Kestrel Hotels", "acquires", "Pine Resorts Inc.", "former"),
    ),
    (
        "reporting-to-a-bare-title",
        "Kestrel Mobile hired Dana Whitfield, previously a vice president at Pine Soft and before that a longtime "
        "Orvane engineer, to take over the work, reporting to software chief Mark Holloway.",
        ("Kestrel Mobile", "employs", "Mark Holloway", "asserted"),
    ),
    (
        "a-hire-after-a-long-past-aside-is-now",
        "Kestrel Mobile hired Dana Whitfield, previously a vice president at Pine Soft and before that a longtime "
        "Orvane engineer, to take over the work, reporting to software chief Mark Holloway.",
        ("Kestrel Mobile", "employs", "Dana Whitfield", "asserted"),
    ),
    (
        "a-product-described-in-two-words",
        "Kestrel Design agreed to sell its optics unit, along with Pine Sim's PowerGrid power analysis software, to "
        "Orvane Test.",
        ("Pine Sim", "develops", "PowerGrid", "asserted"),
    ),
    (
        "among-its-earlier-backers",
        "Orvane AI raised $1 billion last year, and Kestrel Capital and Pine Ventures are among its earlier backers.",
        ("Pine Ventures", "invests-in", "Orvane AI", "asserted"),
    ),
    (
        "among-its-backers-after-a-sentence-about-it",
        "Orvane AI makes data-labelling software. Kestrel Capital is among its biggest shareholders.",
        ("Kestrel Capital", "invests-in", "Orvane AI", "asserted"),
    ),
    (
        "with-others-participating-in-a-raise",
        "Orvane AI last year raised $1 billion in a round led by Kestrel Capital, with Pine Ventures and Moss "
        "Partners itself participating.",
        ("Pine Ventures", "invests-in", "Orvane AI", "asserted"),
    ),
    (
        "an-investment-as-part-of-a-partnership",
        "Kestrel Chips will invest $1 billion in Orvane Networks as part of a partnership to bring AI into mobile "
        "networks.",
        ("Kestrel Chips", "partners-with", "Orvane Networks", "planned"),
    ),
    (
        "a-company-and-its-arm",
        "The lawsuit was filed by Kestrel Labs and its social media arm Pine Media Inc. in a Texas court.",
        ("Kestrel Labs", "owns", "Pine Media Inc.", "asserted"),
    ),
]

NOT_FOUND: list[tuple[str, str, tuple[str, str, str]]] = [
    (
        "controlling-is-not-buying",
        "Kestrel Media controls Pine Streaming Inc. through a holding company.",
        ("Kestrel Media", "acquires", "Pine Streaming Inc."),
    ),
    (
        "a-company-and-its-subsidiaries-name-none",
        "Kestrel Motors and its subsidiaries Orvane Inc. and Pine Ltd. were fined.",
        ("Kestrel Motors", "partners-with", "Orvane Inc."),
    ),
    (
        "said-to-have-grown-is-no-accusation",
        "Orvane Mining said Pine Coal Inc. had grown quickly since 2021.",
        ("Orvane Mining", "accuses", "Pine Coal Inc."),
    ),
    (
        "part-of-a-plan-is-no-partnership",
        "Kestrel Chips will invest $1 billion in Orvane Networks as part of its plan to expand in Europe.",
        ("Kestrel Chips", "partners-with", "Orvane Networks"),
    ),
    (
        "a-conference-owns-nothing",
        "The deal was announced as Kestrel Chips held its GTC developer conference in Washington.",
        ("Kestrel Chips", "owns", "GTC"),
    ),
    (
        "a-disease-is-nobodys-product",
        "Kestrel Pharma's COVID-19 products collapsed last year.",
        ("Kestrel Pharma", "develops", "COVID-19"),
    ),
    (
        "servers-supplied-are-no-customer",
        "Pine Systems Inc. will provide Zephyr Edge servers for Orvane Networks' radio system.",
        ("Pine Systems Inc.", "supplies", "Zephyr Edge"),
    ),
    (
        "hosting-its-data-on-another-is-no-hosting-of-the-first",
        "Pine Video hosts Kestrel Cloud's data on Orvane servers.",
        ("Kestrel Cloud", "hosts-on", "Pine Video"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_eighteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_eighteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


@pytest.mark.parametrize("name", ["Kestrel Aero", "Pine Auto", "Orvane Tech", "Moss Marine"])
def test_a_trade_word_closes_a_company_name_and_no_persons(name: str) -> None:
    text = f"A court said {name} had broken the rules."
    found = {m.name: m.types[0] for m in find_mentions(text, split_sentences(text), load_gazetteer())}
    assert found[name] == "Organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Orvane AI agreed to buy Pine Cloud, Alimentation Couche-Tard said.", "Alimentation Couche-Tard"),
        ("Trading house Itochu pulled out of the deal.", "Itochu"),
        (
            "The deal with Kestrel Pharmaceuticals Curacao N.V., a unit of Orvane, ended.",
            "Kestrel Pharmaceuticals Curacao N.V",
        ),
    ],
)
def test_names_read_whole_and_as_companies(text: str, name: str) -> None:
    found = {m.name: m.types[0] for m in find_mentions(text, split_sentences(text), load_gazetteer())}
    assert found.get(name) == "Organization"
