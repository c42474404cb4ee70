"""Extraction as a table: sentence in, (subject, relation, object, modality) out."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from tests.extraction.cases import named


def triples(text: str) -> set[tuple[str, str, str, str]]:
    extraction = RuleExtractor().extract(Document(text=text))
    return {(r.subject.name, r.relation, r.object.name, str(r.modality)) for r in extraction.relations}


CASES = [
    (
        "active-verb",
        "Amazon invested $4 billion in Anthropic last year.",
        ("Amazon", "invests-in", "Anthropic", "asserted"),
    ),
    (
        "nominalisation",
        "Nvidia's investment in CoreWeave has grown.",
        ("Nvidia", "invests-in", "CoreWeave", "asserted"),
    ),
    ("passive", "Mistral AI is backed by Microsoft.", ("Microsoft", "invests-in", "Mistral AI", "asserted")),
    (
        "acquisition",
        "Microsoft acquired Activision Blizzard in 2023.",
        ("Microsoft", "acquires", "Activision Blizzard", "asserted"),
    ),
    ("planned", "Alphabet plans to acquire Databricks.", ("Alphabet", "acquires", "Databricks", "planned")),
    ("considered", "Meta considered suing Apple over privacy rules.", ("Meta", "accuses", "Apple", "considered")),
    (
        "exploring",
        "Apple is exploring a partnership with Anthropic.",
        ("Anthropic", "partners-with", "Apple", "exploring"),
    ),
    ("negated", "Oracle does not compete with Nvidia.", ("Nvidia", "competes-with", "Oracle", "negated")),
    (
        "hosts-on",
        "Anthropic runs its models on Amazon Web Services.",
        ("Anthropic", "hosts-on", "Amazon Web Services", "asserted"),
    ),
    ("role", "Microsoft CEO Satya Nadella spoke on Monday.", ("Microsoft", "employs", "Satya Nadella", "asserted")),
    ("role-of", "Sam Altman, chief executive of OpenAI, spoke first.", ("OpenAI", "employs", "Sam Altman", "asserted")),
    ("develops", "Anthropic develops Claude.", ("Anthropic", "develops", "Claude", "asserted")),
    (
        "unknown-startup",
        "Microsoft invested in Zephyr Robotics Inc. this spring.",
        ("Microsoft", "invests-in", "Zephyr Robotics Inc.", "asserted"),
    ),
    (
        "relative-clause",
        "The deal gives Amazon a stake in Anthropic, which runs on Google Cloud.",
        ("Anthropic", "hosts-on", "Google Cloud", "asserted"),
    ),
    # a time cue on a speech verb dates the statement, not the fact stated
    (
        "previously-stated",
        "Orvane Corp. has previously stated that it owns Kestrel Mining Ltd outright.",
        ("Orvane Corp.", "owns", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "once-said",
        "Orvane Corp. once said that it owns Kestrel Mining Ltd outright.",
        ("Orvane Corp.", "owns", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "previously-owned",
        "Orvane Corp. previously owned Kestrel Mining Ltd outright.",
        ("Orvane Corp.", "owns", "Kestrel Mining Ltd", "former"),
    ),
]


@pytest.mark.parametrize("text, expected", named(CASES))
def test_sentence_gives_relation(text, expected):
    assert expected in triples(text)


def test_coordinated_subjects_each_get_the_relation():
    found = triples("Nvidia and Cisco invested in xAI.")
    assert {("Nvidia", "invests-in", "xAI", "asserted"), ("Cisco", "invests-in", "xAI", "asserted")} <= found


def test_parenthetical_partners_are_partners_not_announcers():
    found = triples("Oracle, in collaboration with Nvidia and Cisco, announced Stargate.")
    assert ("Oracle", "announces", "Stargate", "asserted") in found
    assert ("Cisco", "partners-with", "Oracle", "asserted") in found
    assert not any(t[0] == "Nvidia" and t[1] == "announces" for t in found)


def test_the_company_refers_back_to_the_last_organisation():
    found = triples("Nvidia reported record sales. The company also acquired Run:ai Labs.")
    assert ("Nvidia", "acquires", "Run:ai Labs", "asserted") in found or any(
        t[0] == "Nvidia" and t[1] == "acquires" for t in found
    )


def test_a_sentence_without_a_trigger_gives_nothing():
    assert triples("Microsoft and OpenAI are based in the United States.") == set()


def test_evidence_points_at_the_sentence_and_both_mentions():
    text = "Intro line here.\nApple acquired Shazam Inc. in 2018."
    relation = RuleExtractor().extract(Document(text=text)).relations[0]
    evidence = relation.evidence[0]
    assert text[evidence.start : evidence.end] == evidence.text == "Apple acquired Shazam Inc. in 2018."
    assert evidence.subject_span and text[evidence.subject_span.start : evidence.subject_span.end] == "Apple"
    assert evidence.object_span and text[evidence.object_span.start : evidence.object_span.end] == "Shazam Inc."
    assert relation.qualifiers["dates"] == ["2018"]


def test_money_is_normalised_into_the_qualifiers():
    relation = RuleExtractor().extract(Document(text="SoftBank invested $2.5 billion in OpenAI.")).relations[0]
    assert relation.qualifiers["amount"] == {"value": 2.5e9, "currency": "USD", "text": "$2.5 billion"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kestrel provides avionics systems and repair services to airlines.",
            {("Kestrel", "develops", "avionics systems"), ("Kestrel", "develops", "repair services")},
        ),
        (
            "Halvard Corp., a manufacturer of industrial and marine equipment, reported results.",
            {("Halvard Corp.", "develops", "industrial and marine equipment")},
        ),
    ],
    ids=["provides-list", "manufacturer-of"],
)
def test_unnamed_products_after_offering_verbs(text, expected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected <= found


def test_the_passive_voice_decides_the_direction():
    found = triples("Stargate is a company led by SoftBank and OpenAI, said Donald Trump.")
    assert not any(r == "employs" for _, r, _, _ in found)


def test_a_product_description_names_its_maker():
    assert ("OpenAI", "develops", "ChatGPT", "asserted") in triples("Investors backed the ChatGPT maker on Monday.")


CONSTRUCTIONS = [
    (
        "personal-agreement",
        "This Employment Agreement is made between Quillon Systems Inc. and Maria Delgado.",
        ("Quillon Systems Inc.", "employs", "Maria Delgado", "asserted"),
    ),
    (
        "fronted-career",
        "Prior to joining Harwick Labs Inc., Peter Olsen led sales at a bank.",
        ("Harwick Labs Inc.", "employs", "Peter Olsen", "asserted"),
    ),
    (
        "joining-in-passing",
        "Peter Olsen was a partner at a law firm prior to joining Harwick Labs Inc. in 2005.",
        ("Harwick Labs Inc.", "employs", "Peter Olsen", "asserted"),
    ),
    (
        "positions-with",
        "Maria Delgado holds several positions with Quillon Systems Inc. and its affiliates.",
        ("Quillon Systems Inc.", "employs", "Maria Delgado", "asserted"),
    ),
    (
        "described-product",
        "Google reported results on Monday. Analysts were unimpressed by Gemini 9, the company's newest model.",
        ("Google", "develops", "Gemini 9", "asserted"),
    ),
    (
        "possessive-range",
        "Buyers want Nvidia's fastest accelerators, including the H200 and B200, this year.",
        ("Nvidia", "develops", "B200", "asserted"),
    ),
    (
        "possessive-then-own-name",
        "Developers reach models through Google Cloud's Vertex AI platform.",
        ("Google Cloud", "develops", "Vertex AI", "asserted"),
    ),
    (
        "hires-including",
        "Microsoft made several hires, including AI expert Mustafa Suleyman, last year.",
        ("Microsoft", "employs", "Mustafa Suleyman", "asserted"),
    ),
    (
        "title-then-company",
        "CEO Maria Delgado said that Quillon Systems Inc. will open two plants.",
        ("Quillon Systems Inc.", "employs", "Maria Delgado", "asserted"),
    ),
    (
        "sold-to-subsidiary",
        "Orvane Corp. sold Bellweather Tools Inc. to a subsidiary of Tarrant Holdings Inc. in May.",
        ("Tarrant Holdings Inc.", "acquires", "Bellweather Tools Inc.", "asserted"),
    ),
    (
        "merger-pair",
        "Shareholders approved the Corvel Inc. and Dunmore Corp. merger on Friday.",
        ("Corvel Inc.", "acquires", "Dunmore Corp.", "asserted"),
    ),
    (
        "initialled-person-in-agreement",
        "Exhibit 10.4 Severance Agreement, dated March 3, 2019, between Quillon Systems Inc. and Harold T. Brennick.",
        ("Quillon Systems Inc.", "employs", "Harold T. Brennick", "asserted"),
    ),
    (
        "institution-of-place",
        "In 2004, Harbor Trust Bank acquired First Bank of Wyoming.",
        ("Harbor Trust Bank", "acquires", "First Bank of Wyoming", "asserted"),
    ),
    (
        "italian-legal-form",
        "Lucia Ferri has been Chief Executive Officer of Navale Tirrenica S.p.A. since 2016.",
        ("Navale Tirrenica S.p.A.", "employs", "Lucia Ferri", "asserted"),
    ),
    (
        "partnership-legal-form",
        "Orvane Corp. bought Denholm Audit Partners LLP last year.",
        ("Orvane Corp.", "acquires", "Denholm Audit Partners LLP", "asserted"),
    ),
    (
        "name-closing-noun",
        "Tarrant Holdings Inc. acquired Kestrel Imaging Center in June.",
        ("Tarrant Holdings Inc.", "acquires", "Kestrel Imaging Center", "asserted"),
    ),
    (
        "described-then-named",
        "Last year Oracle teamed up with database maker, Quillon Systems Inc., on a new service.",
        ("Oracle", "partners-with", "Quillon Systems Inc.", "asserted"),
    ),
    (
        "competitors-like",
        "Analysts compared Samsung with competitors like Apple and Xiaomi Corp. this week.",
        ("Samsung", "competes-with", "Xiaomi", "asserted"),
    ),
    (
        "competitors-of-a-known-product",
        "Gemini 3 was measured against rivals such as Anthropic and Mistral AI.",
        ("Google", "competes-with", "Mistral AI", "asserted"),
    ),
    (
        "its-product",
        "Harwick Labs Inc. stopped selling its Corvex sensor chips in Europe.",
        ("Harwick Labs Inc.", "develops", "Corvex", "asserted"),
    ),
    (
        "its-product-in-apposition",
        "Buyers rely on Quillon Systems Inc.'s cloud, including its newest processor, Talon.",
        ("Quillon Systems Inc.", "develops", "Talon", "asserted"),
    ),
    (
        "known-name-begins-legal-name",
        "Brightwell Inc. was acquired in 2015 by Goldman Sachs Asset Management Group, Inc.",
        ("Goldman Sachs Asset Management Group, Inc.", "acquires", "Brightwell Inc.", "asserted"),
    ),
    (
        "merger-pair-with-words-between",
        "Corvel Inc., Dunmore Corp. set to complete merger",
        ("Corvel Inc.", "acquires", "Dunmore Corp.", "planned"),
    ),
    (
        "stake-named-before",
        "Siemens to buy Tarrant Holdings Inc. stake for $2 billion",
        ("Siemens", "invests-in", "Tarrant Holdings Inc.", "planned"),
    ),
    (
        "shares-of",
        "Orvane Corp. has acquired 2.5 million shares of Kestrel Mining Ltd through open-market purchases.",
        ("Orvane Corp.", "invests-in", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "boards-of-both",
        "Harold T. Brennick sat as a director on the boards of both Orvane Corp. and Kestrel Mining Ltd from 2011.",
        ("Kestrel Mining Ltd", "employs", "Harold T. Brennick", "asserted"),
    ),
    (
        "partner-with-the-firm-of",
        "Mr. Brennick was a partner with the law firm of Denholm Audit Partners LLP for a decade.",
        ("Denholm Audit Partners LLP", "employs", "Mr. Brennick", "asserted"),
    ),
    (
        "title-with",
        "Lucia Ferri, an economist with Orvane Corp., expects rates to fall.",
        ("Orvane Corp.", "employs", "Lucia Ferri", "asserted"),
    ),
    (
        "commercialized-by",
        "Patients can take Velmora, which is commercialized by Harwick Labs Inc. in Europe.",
        ("Harwick Labs Inc.", "develops", "Velmora", "asserted"),
    ),
    (
        "backed-compound",
        "Tarrant-backed Kestrel Mining Ltd opened a mine.",
        ("Tarrant", "invests-in", "Kestrel Mining Ltd", "asserted"),
    ),
    ("owned-compound", "Oracle-owned Cerner cut prices.", ("Oracle", "owns", "Cerner", "asserted")),
    (
        "article-rival-apposition",
        "Kestrel Mining Ltd, a Rio Tinto rival, opened a mine.",
        ("Kestrel Mining Ltd", "competes-with", "Rio Tinto", "asserted"),
    ),
    (
        "possessive-rival",
        "Qualcomm is Broadcom's closest rival.",
        ("Broadcom", "competes-with", "Qualcomm", "asserted"),
    ),
    (
        "possessive-partners-include",
        "Harwick Labs Inc.'s partners include Oracle and Orvane Corp.",
        ("Harwick Labs Inc.", "partners-with", "Orvane Corp.", "asserted"),
    ),
    (
        "possessive-investors-include",
        "Kestrel Mining Ltd's investors include Sequoia Capital and Tarrant Holdings Inc.",
        ("Tarrant Holdings Inc.", "invests-in", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "raised-from",
        "Kestrel Mining Ltd raised $40 million from Tarrant Holdings Inc. last year.",
        ("Tarrant Holdings Inc.", "invests-in", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "person-then-possessive-title",
        "Lucia Ferri, Orvane Corp.'s chief financial officer, declined to comment.",
        ("Orvane Corp.", "employs", "Lucia Ferri", "asserted"),
    ),
    (
        "person-then-former-company-title",
        "Lucia Ferri, a former Orvane Corp. executive, joined Siemens in May.",
        ("Orvane Corp.", "employs", "Lucia Ferri", "former"),
    ),
    (
        "object-relative-clause",
        "Kestrel Mining Ltd, which Orvane Corp. bought in 2019, opened a mine.",
        ("Orvane Corp.", "acquires", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "subject-relative-clause-at-start",
        "Tarrant, which acquired Kestrel Mining Ltd last year, reported earnings.",
        ("Tarrant", "acquires", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "possessive-role-apposition",
        "Siemens, Kestrel Mining Ltd's largest investor, declined to comment.",
        ("Siemens", "invests-in", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "possessive-role-copula",
        "Oracle is Kestrel Mining Ltd's biggest customer.",
        ("Kestrel Mining Ltd", "supplies", "Oracle", "asserted"),
    ),
    (
        "its-title",
        "Orvane Corp. said Lucia Ferri will become its chief executive in May.",
        ("Orvane Corp.", "employs", "Lucia Ferri", "planned"),
    ),
    (
        "possessive-former-title",
        "Lucia Ferri, Orvane Corp.'s former chief executive, declined to comment.",
        ("Orvane Corp.", "employs", "Lucia Ferri", "former"),
    ),
    (
        "competition-from",
        "Orvane Corp. faces competition from Tarrant Holdings Inc. and Siemens.",
        ("Orvane Corp.", "competes-with", "Tarrant Holdings Inc.", "asserted"),
    ),
    (
        "round-was-led-by",
        "Kestrel Mining Ltd's $40 million round was led by Tarrant Holdings Inc.",
        ("Tarrant Holdings Inc.", "invests-in", "Kestrel Mining Ltd", "asserted"),
    ),
    (
        "apposition-after-relative-clause",
        "Doctors prescribe Velmora, which is sold by Kestrel Pharma, now part of Orvane Corp., in Europe.",
        ("Orvane Corp.", "owns", "Kestrel Pharma", "asserted"),
    ),
    (
        "numbered-name",
        "In 2010, Tarrant Holdings Inc. agreed to purchase Redwood Unit 3 from a utility.",
        ("Tarrant Holdings Inc.", "acquires", "Redwood Unit 3", "planned"),
    ),
    (
        "numbered-legal-name",
        "Kestrel Solar 2, Inc., a wholly owned subsidiary of Orvane Corp., signed a loan.",
        ("Orvane Corp.", "owns", "Kestrel Solar 2, Inc.", "asserted"),
    ),
    (
        "new-inside-a-name",
        "Orvane Corp. named Lucia Ferri president of Southern New Mexico Division.",
        ("Southern New Mexico Division", "employs", "Lucia Ferri", "asserted"),
    ),
    (
        "nationality-before-name",
        "Tarrant Holdings Inc. completed its acquisition of Peruvian Copper Exploration Company.",
        ("Tarrant Holdings Inc.", "acquires", "Copper Exploration Company", "asserted"),
    ),
    (
        "reacquire",
        "In 2012, Orvane Corp. reacquired Kestrel Pharma from a fund.",
        ("Orvane Corp.", "acquires", "Kestrel Pharma", "asserted"),
    ),
    (
        "initialled-person-before-and",
        "Exhibit 10.2 Employment Agreement by and between Harold T. Brennick and Tarrant Holdings Group, Inc.",
        ("Tarrant Holdings Group, Inc.", "employs", "Harold T. Brennick", "asserted"),
    ),
    (
        "person-shaped-employer-after-title",
        "Harold T. Brennick, 61, is the Owner and General Manager of Brennick Ford, a job he took in 1990.",
        ("Brennick Ford", "employs", "Harold T. Brennick", "asserted"),
    ),
    (
        "headline-partners-with",
        "Kestrel Pharma's Subsidiary, Redwood Labs Group, Partners With Siemens AG on Trials",
        ("Kestrel Pharma", "owns", "Redwood Labs Group", "asserted"),
    ),
    (
        "first-acquisition-was",
        "Orvane Corp.'s first acquisition was Redwood Mining LLC in 1999.",
        ("Orvane Corp.", "acquires", "Redwood Mining LLC", "asserted"),
    ),
    (
        "career-with-a-then-b",
        "During her 20 years with Kestrel Pharma and then Redwood Labs, Ms. Ferri ran sales.",
        ("Redwood Labs", "employs", "Ms. Ferri", "asserted"),
    ),
    (
        "general-in-a-name",
        "General Dynamics acquired Redwood Mining LLC in 2018.",
        ("General Dynamics", "acquires", "Redwood Mining LLC", "asserted"),
    ),
    (
        "lowercase-i-name",
        "Kestrel Pharma launched iDose, its new insulin pump, in 2021.",
        ("Kestrel Pharma", "develops", "iDose", "asserted"),
    ),
    (
        "majority-owned-by",
        "Redwood Labs, the Dutch lab majority-owned by Orvane Corp., opened a plant.",
        ("Orvane Corp.", "owns", "Redwood Labs", "asserted"),
    ),
    (
        "subject-before-possessive-apposition",
        "Tarrant Holdings Inc., Kestrel Pharma's largest investor, is building its own Talon chips.",
        ("Tarrant Holdings Inc.", "develops", "Talon", "asserted"),
    ),
]


@pytest.mark.parametrize("text, expected", named(CONSTRUCTIONS))
def test_constructions_without_a_single_trigger(text, expected):
    assert expected in triples(text)


def test_a_company_sold_to_a_buyer_is_not_a_product_of_the_seller():
    found = triples("Orvane Corp. sold Bellweather Tools Inc. to Tarrant Holdings Inc. last year.")
    assert not any(o == "Bellweather Tools Inc." and r in {"develops", "supplies"} for _, r, o, _ in found)


def test_a_person_who_joins_is_no_partner_and_holds_no_company():
    found = triples("Peter Olsen worked at Orvane Corp. before joining Harwick Labs Inc. last year.")
    assert not any(r == "partners-with" for _, r, _, _ in found)
    held = triples("Maria Delgado holds several positions with Quillon Systems Inc. and its affiliates.")
    assert not any(r == "owns" for _, r, _, _ in held)


def test_the_company_skips_organisations_named_in_an_aside():
    found = triples(
        "Oracle trimmed two divisions (among them teams at Cerner and NetSuite), "
        "and the company said it is deepening its partnership with Nvidia."
    )
    assert ("Nvidia", "partners-with", "Oracle", "asserted") in found  # symmetric: stored in name order
    assert not any(s in ("Cerner", "NetSuite") for s, _, _, _ in found)


def test_a_place_of_registration_is_no_party():
    found = triples("Brightwell Holdings Limited, a Bermuda corporation and subsidiary of Orvane Corp., filed.")
    assert ("Orvane Corp.", "owns", "Brightwell Holdings Limited", "asserted") in found
    assert not any(o == "Bermuda" for _, _, o, _ in found)


def test_making_something_available_is_not_making_it():
    found = triples("Orvane Corp. agreed with Microsoft to make its tools available on Azure.")
    assert not any(r == "develops" for _, r, _, _ in found)


def test_buying_all_shares_is_an_acquisition_not_a_stake():
    found = triples("Orvane Corp. acquired all the outstanding shares of Kestrel Mining Ltd in 2020.")
    assert not any(r == "invests-in" for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Microsoft hired former Orvane Corp. engineer Lucia Ferri.",
            ("Microsoft", "employs", "Lucia Ferri", "asserted"),
        ),
        (
            "Lucia Ferri, who previously worked at Orvane Corp., joined Siemens.",
            ("Siemens", "employs", "Lucia Ferri", "asserted"),
        ),
        (
            "Lucia Ferri, who previously worked at Orvane Corp., joined Siemens.",
            ("Orvane Corp.", "employs", "Lucia Ferri", "former"),
        ),
    ],
)
def test_former_belongs_to_the_employer_it_precedes(text, expected):
    assert expected in triples(text)


def test_shares_sold_are_not_a_product():
    assert not any(r == "develops" for _, r, _, _ in triples("Intel sold Mobileye shares to investors."))


def test_a_company_reporting_results_is_no_hedge():
    found = triples("Orvane Corp., which owns Kestrel Mining Ltd, reported higher earnings.")
    assert ("Orvane Corp.", "owns", "Kestrel Mining Ltd", "asserted") in found


def test_former_title_of_another_company_does_not_make_the_new_job_former():
    found = triples("Lucia Ferri, the former chief executive of Orvane Corp., joined Siemens AG.")
    assert ("Siemens AG", "employs", "Lucia Ferri", "asserted") in found
    assert ("Orvane Corp.", "employs", "Lucia Ferri", "former") in found


@pytest.mark.parametrize(
    "text",
    [
        "Following the Kestrel deal, we acquired Redwood Mining LLC, a subsidiary of Kestrel Pharma.",
        "After Orvane Corp.'s purchase of Redwood Mining LLC, Kestrel Pharma and Tarrant Holdings Inc. signed a pact.",
    ],
)
def test_no_acquirer_beyond_a_pronoun_or_into_the_next_clause(text):
    found = triples(text)
    assert not any(r == "acquires" and s == "Kestrel Pharma" for s, r, _, _ in found)
    assert not any(r == "acquires" and o == "Tarrant Holdings Inc." for _, r, o, _ in found)


def test_a_capitalised_trigger_inside_a_job_title_is_no_relation():
    found = triples("Lucia Ferri served as Regional Subsidiaries Manager of Orvane Corp. until 2010.")
    assert not any(r == "owns" for _, r, _, _ in found)


def test_a_maker_noun_after_a_verb_does_not_reach_back_for_its_product():
    found = triples("In 2013, Orvane Corp. acquired oilfield pump maker Redwood Industries for $3 billion.")
    assert ("Orvane Corp.", "acquires", "Redwood Industries", "asserted") in found
    assert not any(r == "develops" and o == "Orvane Corp." for _, r, o, _ in found)


def test_a_person_who_joins_makes_no_partnership_of_a_former_employer():
    found = triples("Former Orvane Corp. chief executive Lucia Ferri, who left in May, joined Redwood Labs Inc.")
    assert ("Redwood Labs Inc.", "employs", "Lucia Ferri", "asserted") in found
    assert ("Orvane Corp.", "employs", "Lucia Ferri", "former") in found
    assert not any(r == "partners-with" for _, r, _, _ in found)


def test_a_second_verb_keeps_the_first_subject():
    found = triples("Tarrant Holdings Inc. will acquire Kestrel Pharma and then sell two plants to Redwood Labs Inc.")
    assert ("Tarrant Holdings Inc.", "acquires", "Kestrel Pharma", "planned") in found
    assert not any(s == "Kestrel Pharma" for s, _, _, _ in found)


def test_a_company_named_again_by_its_first_word():
    found = triples("Shares of Kestrel Aviation rose. Kestrel competes with Redwood Labs Inc. in air taxis.")
    assert ("Kestrel Aviation", "competes-with", "Redwood Labs Inc.", "asserted") in found or (
        "Redwood Labs Inc.",
        "competes-with",
        "Kestrel Aviation",
        "asserted",
    ) in found


def test_a_one_letter_name_after_a_description():
    found = triples(
        "Orvane Corp. has acquired messaging platform Q for $2 billion. Lucia Ferri, Q's chief executive, agreed."
    )
    assert ("Orvane Corp.", "acquires", "Q", "asserted") in found
    assert ("Q", "employs", "Lucia Ferri", "asserted") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Orvane Corp. sold a stake in Kestrel Pharma to Tarrant Holdings Inc. last year.",
            ("Tarrant Holdings Inc.", "invests-in", "Kestrel Pharma", "asserted"),
        ),
        (
            "Redwood Labs co-founder Lucia Ferri owns about 30% of Redwood Labs Inc. today.",
            ("Lucia Ferri", "invests-in", "Redwood Labs Inc.", "asserted"),
        ),
        (
            "Redwood Labs Inc. will use Oracle's cloud to train models.",
            ("Redwood Labs Inc.", "hosts-on", "Oracle", "planned"),
        ),
        (
            "Lucia Ferri, Orvane Corp.'s former finance chief, founded Redwood Labs Inc. in May.",
            ("Redwood Labs Inc.", "employs", "Lucia Ferri", "asserted"),
        ),
    ],
)
def test_holdings_owners_and_posts(text, expected):
    assert expected in triples(text)


def test_a_stake_sold_is_neither_a_product_nor_a_new_investment_of_the_seller():
    found = triples("Orvane Corp. sold a stake in Kestrel Pharma to Tarrant Holdings Inc. last year.")
    assert not any(s == "Orvane Corp." and r in {"develops", "invests-in"} for s, r, _, _ in found)


def test_it_refers_to_the_organisation_the_sentence_opens_with():
    found = triples("Orvane Corp. said it would buy Kestrel Pharma, its largest deal since it bought Redwood Labs Inc.")
    assert ("Orvane Corp.", "acquires", "Redwood Labs Inc.", "asserted") in found
    assert not any(s == "Kestrel Pharma" and r == "acquires" for s, r, _, _ in found)


def test_a_title_case_headline_infinitive_is_a_plan():
    assert ("Orvane Corp.", "acquires", "Kestrel Pharma", "planned") in triples("Orvane Corp. to Buy Kestrel Pharma")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Helix Robotics, whose backers include Tarrant Holdings Inc. and Orvane Corp., hired 40 engineers.",
            {
                ("Tarrant Holdings Inc.", "invests-in", "Helix Robotics"),
                ("Orvane Corp.", "invests-in", "Helix Robotics"),
            },
        ),
        (
            "Kestrel Pharma Inc. raised $80 million from investors including Orvane Corp. and Tarrant Holdings Inc.",
            {
                ("Orvane Corp.", "invests-in", "Kestrel Pharma Inc."),
                ("Tarrant Holdings Inc.", "invests-in", "Kestrel Pharma Inc."),
            },
        ),
        (
            "Redwood Labs Inc. counts Orvane Corp. and Nvidia founder Jensen Huang among its early backers.",
            {("Orvane Corp.", "invests-in", "Redwood Labs Inc."), ("Jensen Huang", "invests-in", "Redwood Labs Inc.")},
        ),
        (
            "Redwood Labs Inc. rents out its servers to customers such as Orvane Corp. and Tarrant Holdings Inc.",
            {
                ("Redwood Labs Inc.", "supplies", "Orvane Corp."),
                ("Redwood Labs Inc.", "supplies", "Tarrant Holdings Inc."),
            },
        ),
    ],
)
def test_the_members_of_a_company_s_group_are_each_related_to_it(text, expected):
    assert expected <= {(s, r, o) for s, r, o, _ in triples(text)}


def test_partners_counted_by_a_company_are_its_partners_not_one_another_s():
    found = triples("Orvane Corp. counts Tarrant Holdings Inc. and Kestrel Pharma Inc. among its partners.")
    pairs = {frozenset((s, o)) for s, r, o, _ in found if r == "partners-with"}
    assert pairs == {
        frozenset(("Orvane Corp.", "Tarrant Holdings Inc.")),
        frozenset(("Orvane Corp.", "Kestrel Pharma Inc.")),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # accented letters are letters of a name
        ("Karén Oduya, Orvane Corp.'s chief scientist, left in May.", ("Orvane Corp.", "employs", "Karén Oduya")),
        ("Émile Varga, the chief executive of Orvane Corp., spoke first.", ("Orvane Corp.", "employs", "Émile Varga")),
        # the headline form of a title: "<area> chief"
        ("Lucia Ferri, Orvane Corp.'s finance chief, resigned.", ("Orvane Corp.", "employs", "Lucia Ferri")),
        ("Orvane Corp. chief Lucia Ferri declined to comment.", ("Orvane Corp.", "employs", "Lucia Ferri")),
    ],
)
def test_names_and_titles_in_their_news_forms(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known product's maker described by it is the company, in any relation
        (
            "OpenAI has a new deal. The ChatGPT developer will rent servers from Redwood Labs Inc.",
            ("OpenAI", "hosts-on", "Redwood Labs Inc."),
        ),
        ("Orvane Corp. invested in the Claude maker in 2024.", ("Orvane Corp.", "invests-in", "Anthropic")),
        # two given names share the surname after them
        (
            "Tessel Robotics was started by Priya and Arjun Mehta in 2021.",
            ("Tessel Robotics", "employs", "Priya Mehta"),
        ),
        # a plural title before a list of names: each of them holds it
        (
            "Orvane Corp. executives Jane Roe and Tom Poe will present the plan.",
            ("Orvane Corp.", "employs", "Tom Poe"),
        ),
        # a fronted founding clause: the company after it was founded by each person in it
        (
            "Founded in 2019 by former Orvane Corp. engineers Jane Roe and Tom Poe, Tessel Robotics makes arms.",
            ("Tessel Robotics", "employs", "Tom Poe"),
        ),
        (
            "Tessel Robotics has taken millions of dollars from Orvane Corp.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics will buy $2 billion of computing capacity on Microsoft's Azure.",
            ("Tessel Robotics", "hosts-on", "Microsoft Azure"),
        ),
    ],
)
def test_descriptions_shared_names_and_fronted_clauses(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


def test_what_is_bought_from_a_company_does_not_make_it_acquired():
    found = triples("Tessel Robotics agreed to buy computing power from Orvane Corp. for $3 billion.")
    assert not any(r == "acquires" for _, r, _, _ in found)
    assert ("Tessel Robotics", "hosts-on", "Orvane Corp.", "planned") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics raised $40 million this week. The round was led by Orvane Corp., with participation "
            "from Tarrant Holdings Inc. and Kestrel Pharma Inc.",
            {"Orvane Corp.", "Tarrant Holdings Inc.", "Kestrel Pharma Inc."},
        ),
        (
            "Orvane Corp. became the largest shareholder in Tessel Robotics after a $40 million funding round. "
            "Tarrant Holdings Inc. and Kestrel Pharma Inc. also took part in the round.",
            {"Orvane Corp.", "Tarrant Holdings Inc.", "Kestrel Pharma Inc."},
        ),
        ("Tessel Robotics raised $40 million on Monday. Orvane Corp. led the round.", {"Orvane Corp."}),
    ],
)
def test_the_round_is_the_round_of_the_company_that_raised_it(text, expected):
    investors = {s for s, r, o, _ in triples(text) if r == "invests-in" and o == "Tessel Robotics"}
    assert investors == expected


def test_a_round_with_no_company_raising_money_before_it_is_nobody_s():
    assert not any(
        r == "invests-in" for _, r, _, _ in triples("Tessel Robotics makes arms. Orvane Corp. led the round.")
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics, the startup founded by former Orvane Corp. chief technology officer Jane Roe, hired 40.",
            ("Tessel Robotics", "employs", "Jane Roe", "asserted"),
        ),
        (
            "Tessel Robotics, the lab co-founded by Orvane Corp.'s former chief scientist Jane Roe, hired 40.",
            ("Orvane Corp.", "employs", "Jane Roe", "former"),
        ),
    ],
)
def test_a_name_after_its_employer_and_title_is_the_person_meant(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Orvane Corp. remains Tessel Robotics' primary cloud provider and training partner.",
            {("Tessel Robotics", "hosts-on", "Orvane Corp."), ("Orvane Corp.", "partners-with", "Tessel Robotics")},
        ),
        (
            "Orvane Corp., one of Tessel Robotics' largest customers, cut its orders.",
            {("Tessel Robotics", "supplies", "Orvane Corp.")},
        ),
        (
            "Orvane Corp. backs Kestrel Pharma Inc., one of Tessel Robotics' fiercest rivals.",
            {("Kestrel Pharma Inc.", "competes-with", "Tessel Robotics")},
        ),
    ],
)
def test_a_role_towards_a_company_named_by_its_possessive(text, expected):
    assert expected <= {(s, r, o) for s, r, o, _ in triples(text)}


def test_a_company_described_with_adjectives_is_still_the_company():
    found = triples(
        "Tessel Robotics hired Jane Roe. The robotics startup, whose backers include Orvane Corp., is growing."
    )
    assert ("Orvane Corp.", "invests-in", "Tessel Robotics", "asserted") in found


def test_a_title_without_company_belongs_to_the_subject_not_to_a_name_in_an_aside():
    found = triples(
        "Tessel Robotics, which was valued in a round led by Orvane Corp., will continue under interim CEO Jane Roe."
    )
    assert ("Tessel Robotics", "employs", "Jane Roe", "asserted") in found
    assert not any(s == "Orvane Corp." and r == "employs" for s, r, _, _ in found)


def test_what_will_continue_holds_now():
    assert ("Orvane Corp.", "invests-in", "Tessel Robotics", "asserted") in triples(
        "Orvane Corp. will remain a major shareholder in Tessel Robotics."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # shares bought are a holding, not the company
        (
            "Orvane Corp. will buy $5 billion of Tessel Robotics common stock.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics", "planned"),
        ),
        # "the two rivals": the two companies named before
        (
            "Orvane Corp. bought Tessel Robotics shares and the two longtime rivals will jointly build arms.",
            ("Orvane Corp.", "competes-with", "Tessel Robotics", "asserted"),
        ),
        (
            "Tessel Robotics, in which Orvane Corp. holds a stake of about 9%, makes arms.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics", "asserted"),
        ),
        # "its chief executive" is the subject's, and what the sentence says will happen is not about the post
        (
            "Tessel Robotics will become part of Orvane Corp.'s robotics group, and its chief executive Jane Roe "
            "will lead it.",
            ("Tessel Robotics", "employs", "Jane Roe", "asserted"),
        ),
        # a description in a subordinate clause is the company the sentence opens with
        (
            "Orvane Corp. agreed to buy Tessel Robotics, as the chipmaker tries to catch up with Kestrel Pharma Inc.",
            ("Orvane Corp.", "competes-with", "Kestrel Pharma Inc.", "asserted"),
        ),
        # a description after a preposition is not the subject of its own clause
        (
            "Orvane Corp. bid for Tessel Robotics. Tessel Robotics will keep selling power to the cloud provider.",
            ("Tessel Robotics", "supplies", "Orvane Corp.", "asserted"),
        ),
        (
            "Orvane Corp. is trying to close the gap with Tessel Robotics.",
            ("Orvane Corp.", "competes-with", "Tessel Robotics", "asserted"),
        ),
    ],
)
def test_holdings_pairs_and_descriptions_in_news_leads(text, expected):
    found = triples(text)
    symmetric = {(o, r, s, m) for s, r, o, m in found if r in {"competes-with", "partners-with"}}
    assert expected in found | symmetric


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Orvane Corp. agreed to buy Kestrel Pharma on Monday. The Denver company, which bought Tessel Robotics "
            "in 2021 and Redwood Labs Inc. in 2019, expects the deal to close in May.",
            {("Orvane Corp.", "acquires", "Tessel Robotics"), ("Orvane Corp.", "acquires", "Redwood Labs Inc.")},
        ),
        (
            "Shares of Tessel Robotics and Redwood Labs Inc., Orvane Corp.'s rivals in robotics, rose.",
            {
                ("Tessel Robotics", "competes-with", "Orvane Corp."),
                ("Redwood Labs Inc.", "competes-with", "Orvane Corp."),
            },
        ),
        (
            "Tessel Robotics raised $70 million from a group of investors that included Orvane Corp. and "
            "Kestrel Pharma Inc.",
            {
                ("Orvane Corp.", "invests-in", "Tessel Robotics"),
                ("Kestrel Pharma Inc.", "invests-in", "Tessel Robotics"),
            },
        ),
        (
            "Tessel Robotics was valued at $1 billion in a 2024 funding round led by Orvane Corp., with participation "
            "from Kestrel Pharma Inc.",
            {
                ("Orvane Corp.", "invests-in", "Tessel Robotics"),
                ("Kestrel Pharma Inc.", "invests-in", "Tessel Robotics"),
            },
        ),
        (
            "Tessel Robotics raised $70 million in a Series B round. The round was led by Orvane Corp., with Kestrel "
            "Pharma Inc. also participating. Redwood Labs Inc. later joined the round.",
            {
                ("Orvane Corp.", "invests-in", "Tessel Robotics"),
                ("Kestrel Pharma Inc.", "invests-in", "Tessel Robotics"),
                ("Redwood Labs Inc.", "invests-in", "Tessel Robotics"),
            },
        ),
        (
            "Tessel Robotics grew fast. The company paid $90 million for robotics startup Redwood Labs Inc. in 2023 "
            "and bought Kestrel Pharma Inc. in 2024.",
            {
                ("Tessel Robotics", "acquires", "Redwood Labs Inc."),
                ("Tessel Robotics", "acquires", "Kestrel Pharma Inc."),
            },
        ),
    ],
)
def test_rounds_purchases_and_lists_in_longer_sentences(text, expected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected <= found | {(o, r, s) for s, r, o in found if r == "competes-with"}


def test_the_round_is_not_a_partner_and_a_series_is_not_a_company():
    found = triples("Tessel Robotics raised $70 million in a Series B round. Orvane Corp. later joined the round.")
    assert not any(r == "partners-with" for _, r, _, _ in found)
    assert not any("Series B" in (s, o) for s, _, o, _ in found)


def test_founders_of_something_are_not_that_thing():
    found = triples("Tessel Robotics bought Redwood Labs Inc., the company started by the creators of Apache Kafka.")
    assert not any(r == "employs" and o == "Apache Kafka" for _, r, o, _ in found)


def test_a_home_town_the_gazetteer_knows_names_the_company():
    found = triples('"We are ready," said Jane Roe, the chief operating officer of the Cupertino company.')
    assert ("Apple", "employs", "Jane Roe", "asserted") in found


@pytest.mark.parametrize(
    "text, company",
    [
        ("Jane Roe is the treasurer of Entergy Louisiana.", "Entergy Louisiana"),
        ("Jane Roe, a director of Tessel Insurance Spain, resigned.", "Tessel Insurance Spain"),
        ("Jane Roe ran the Kestrel Group of Los Angeles until 2019.", "Kestrel Group of Los Angeles"),
    ],
)
def test_a_place_inside_a_company_s_name_is_part_of_the_name(text, company):
    assert any(s == company and r == "employs" for s, r, _, _ in triples(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Orvane Corp. is the largest buyer of parts, and Tessel Robotics has been its main supplier since 2022.",
            ("Tessel Robotics", "supplies", "Orvane Corp."),
        ),
        (
            "Orvane Corp. picked Tessel Robotics and Kestrel Pharma Inc. to supply parts for the new line.",
            ("Kestrel Pharma Inc.", "supplies", "Orvane Corp."),
        ),
        (
            "Tessel Robotics counts Orvane Corp. among its largest tenants.",
            ("Tessel Robotics", "supplies", "Orvane Corp."),
        ),
        ("Oracle already hosts TikTok's user data in Texas.", ("TikTok", "hosts-on", "Oracle")),
        (
            "Tessel Robotics competes with Kestrel Pharma Inc., the Orvane-owned lab.",
            ("Orvane", "owns", "Kestrel Pharma Inc."),
        ),
    ],
)
def test_roles_choices_hosting_and_owned_appositions(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


def test_a_company_hosting_an_event_hosts_no_tenant():
    assert not any(r == "hosts-on" for _, r, _, _ in triples("Orvane Corp. hosts its annual Build conference in May."))


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        (
            "Orvane Corp. owns about 90% of Tessel Robotics.",
            ("Orvane Corp.", "owns", "Tessel Robotics"),
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
        ),
        (
            "Orvane Corp. owns about 30% of Tessel Robotics.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
            ("Orvane Corp.", "owns", "Tessel Robotics"),
        ),
        (
            "Kestrel Pharma Inc., the drug unit of Tessel parent Orvane Corp., hired Jane Roe.",
            ("Orvane Corp.", "owns", "Kestrel Pharma Inc."),
            ("Tessel", "owns", "Kestrel Pharma Inc."),
        ),
        (
            "Orvane Corp. and Tarrant Holdings Inc. completed the merger of their British networks.",
            None,
            ("Orvane Corp.", "acquires", "Tarrant Holdings Inc."),
        ),
        (
            "Tessel Robotics will use Orvane Corp.'s Halo chips to train its models.",
            None,
            ("Tessel Robotics", "hosts-on", "Halo"),
        ),
    ],
)
def test_majorities_heads_and_parts(text, expected, unexpected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected is None or expected in found
    assert unexpected not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jane Roe, a co-founder of Orvane Corp.'s Tessel Robotics, left.",
            ("Orvane Corp.", "owns", "Tessel Robotics"),
        ),
        ("Parts go to Volkswagen's Audi and Porsche brands.", ("Volkswagen Group", "owns", "Porsche")),
        (
            "Tessel Robotics, led by Jane Roe, counts Orvane Corp. among its backers and competes with Kestrel Pharma.",
            ("Tessel Robotics", "competes-with", "Kestrel Pharma"),
        ),
    ],
)
def test_a_company_s_company_and_a_second_predicate(text, expected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected in found | {(o, r, s) for s, r, o in found if r == "competes-with"}


def test_a_possessive_before_a_deal_noun_is_not_ownership():
    assert not any(r == "owns" for _, r, _, _ in triples("Analysts praised Microsoft's OpenAI stake on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Corp. has held early talks with Tessel Robotics about a supply deal.",
        "Orvane Corp. will invest $9 million in Tessel Robotics as part of a plan for Kestrel Pharma Inc. to grow.",
    ],
)
def test_talks_held_and_part_of_a_plan_are_no_ownership(text):
    assert not any(r == "owns" for _, r, _, _ in triples(text))


def test_a_share_of_revenue_paid_is_revenue_shared():
    found = triples("Orvane Corp. already pays Tessel Robotics a share of its advertising revenue.")
    assert ("Orvane Corp.", "shares-revenue-with", "Tessel Robotics", "asserted") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics raised $50 million in a new funding round. The Series B round was led by investment "
            "firm Orvane Corp., with Kestrel Pharma Inc. acting as co-lead.",
            {
                ("Orvane Corp.", "invests-in", "Tessel Robotics"),
                ("Kestrel Pharma Inc.", "invests-in", "Tessel Robotics"),
            },
        ),
        (
            "Tessel Robotics raised money. Orvane Corp. remains the startup's biggest outside shareholder.",
            {("Orvane Corp.", "invests-in", "Tessel Robotics")},
        ),
        (
            "Tessel Robotics raised money. Orvane Corp.'s Kestrel Pharma Inc. has put $3 million into the company.",
            {("Kestrel Pharma Inc.", "invests-in", "Tessel Robotics")},
        ),
        (
            "Orvane Corp. is the biggest shareholder, and its cloud unit Kestrel Cloud Inc. trains the models.",
            {("Orvane Corp.", "owns", "Kestrel Cloud Inc.")},
        ),
        (
            "Orvane Corp. grew fast. Sales rose on Tessel Coder, a coding assistant the company developed in May.",
            {("Orvane Corp.", "develops", "Tessel Coder")},
        ),
        (
            "Tessel Robotics is growing. Jane Roe, the company's chief financial officer, said so.",
            {("Tessel Robotics", "employs", "Jane Roe")},
        ),
    ],
)
def test_references_in_predicates_rounds_and_reduced_relatives(text, expected):
    assert expected <= {(s, r, o) for s, r, o, _ in triples(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kestrel Pharma and Tessel Robotics, both owned by Jane Roe's Orvane Corp., sued the robotics startup "
            "Redwood Labs Inc. on Monday.",
            {
                ("Orvane Corp.", "owns", "Tessel Robotics"),
                ("Kestrel Pharma", "accuses", "Redwood Labs Inc."),
                ("Tessel Robotics", "accuses", "Redwood Labs Inc."),
            },
        ),
        (
            "Tessel Robotics was founded in 2022 by Jane Roe. Its investors include Nvidia founder Jensen Huang and "
            "the chipmaker Orvane Corp.",
            {("Jensen Huang", "invests-in", "Tessel Robotics"), ("Orvane Corp.", "invests-in", "Tessel Robotics")},
        ),
        (
            "Kestrel Pharma sent the startup Tessel Robotics a letter, and Orvane Corp. accused it of copying.",
            {("Orvane Corp.", "accuses", "Tessel Robotics")},
        ),
        (
            "Orvane Corp. bought Tessel Robotics and later sold it to Kestrel Pharma.",
            {("Kestrel Pharma", "acquires", "Tessel Robotics")},
        ),
    ],
)
def test_asides_labels_and_pronouns(text, expected):
    assert expected <= {(s, r, o) for s, r, o, _ in triples(text)}


def test_a_company_sold_on_is_not_supplied_or_made():
    found = triples("Orvane Corp. bought Tessel Robotics and later sold it to Kestrel Pharma.")
    assert not any(r in {"supplies", "develops"} for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jane Roe, who founded Tessel Robotics in 2021 with Orvane Corp. co-founder Tom Poe and former Kestrel "
            "researcher Ann McBride, will lead it.",
            {("Tessel Robotics", "employs", "Tom Poe"), ("Tessel Robotics", "employs", "Ann McBride")},
        ),
        (
            "Tessel Robotics said it would sell to businesses under a new chief executive, Sean Whitlow.",
            {("Tessel Robotics", "employs", "Sean Whitlow")},
        ),
        (
            "Orvane Corp. was already among Tessel Robotics' backers when it grew.",
            {("Orvane Corp.", "invests-in", "Tessel Robotics")},
        ),
        (
            "Tessel Robotics' largest shareholders are private equity firm Orvane Capital and Kestrel Pharma.",
            {("Orvane Capital", "invests-in", "Tessel Robotics"), ("Kestrel Pharma", "invests-in", "Tessel Robotics")},
        ),
        (
            "Tessel Robotics bought a unit. The Denver-based company has been under pressure from shareholders, "
            "including Orvane Capital, and it competes with Kestrel Pharma.",
            {("Tessel Robotics", "competes-with", "Kestrel Pharma")},
        ),
    ],
)
def test_co_founders_new_chiefs_and_holders(text, expected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected <= found | {(o, r, s) for s, r, o in found if r == "competes-with"}


def test_a_surname_is_not_taken_for_a_given_name():
    found = triples("Orvane Corp. was co-founded in 2017 with Brian Venturo and Brannin McBee by Jane Roe.")
    assert not any("Venturo McBee" in (s, o) for s, _, o, _ in found)


def test_a_description_as_object_is_not_its_own_clause_s_subject_and_the_trigger_s_amount_wins():
    extraction = RuleExtractor().extract(
        Document(
            text="Tessel Robotics signed a $900 million contract to supply Orvane Corp., and Orvane Corp. will take "
            "a $35 million stake in the robotics company."
        )
    )
    stake = next(r for r in extraction.relations if r.relation == "invests-in")
    assert (stake.subject.name, stake.object.name) == ("Orvane Corp.", "Tessel Robotics")
    assert stake.qualifiers["amount"]["value"] == 35_000_000


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics rents out chips. Orvane Corp., which owns roughly 6% of the company, sells it parts.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics grew. Its other investors include Kestrel Capital, a fund that has backed the company "
            "since 2021.",
            ("Kestrel Capital", "invests-in", "Tessel Robotics"),
        ),
    ],
)
def test_the_company_in_a_relative_clause_is_another_company(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics, which agreed to make Orvane Corp. its primary cloud provider, raised money.",
            ("Tessel Robotics", "hosts-on", "Orvane Corp."),
        ),
        (
            "Tessel Robotics named Orvane Corp. its training partner.",
            ("Orvane Corp.", "partners-with", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics shares revenue with Kestrel Pharma and runs its models on Orvane Corp.'s cloud.",
            ("Tessel Robotics", "hosts-on", "Orvane Corp."),
        ),
        ("Jane Roe, Orvane Corp.'s deputy general counsel, said so.", ("Orvane Corp.", "employs", "Jane Roe")),
    ],
)
def test_roles_given_second_predicates_and_deputies(text, expected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected in found | {(o, r, s) for s, r, o in found if r == "partners-with"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "TOKYO -- Orvane Corp. will buy chip designer Tessel Robotics, as Chairman and CEO Jane Roe deepens "
            "her bet.",
            ("Orvane Corp.", "employs", "Jane Roe"),
        ),
        (
            "Tessel designs chips based on Kestrel Pharma, the British chip designer in which Orvane Corp. holds a "
            "roughly 90% stake.",
            ("Orvane Corp.", "owns", "Kestrel Pharma"),
        ),
        (
            "Orvane Corp. uses Tessel Robotics' chips in its data centres.",
            ("Tessel Robotics", "supplies", "Orvane Corp."),
        ),
        (
            "Orvane Corp. has been growing. It teamed up with Tessel Robotics in January. Last year it bought "
            "Kestrel Pharma.",
            ("Orvane Corp.", "acquires", "Kestrel Pharma"),
        ),
    ],
)
def test_datelines_majority_stakes_chips_used_and_agentive_it(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


def test_in_charge_is_no_charge_and_a_dateline_is_no_company():
    found = triples("TOKYO -- Jane Roe, who founded Tessel Robotics, will remain in charge of Tessel's operations.")
    assert not any(r == "accuses" for _, r, _, _ in found)
    assert not any("TOKYO" in (s, o) for s, _, o, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cloud (gazetteer: cloud = true) hosts the one using its chips; a chipmaker supplies it
        (
            "Tessel Robotics named Google Cloud its partner and will use the cloud unit's TPUs for its models.",
            ("Tessel Robotics", "hosts-on", "Google Cloud"),
        ),
        (
            "Tessel Robotics said it would keep training models on Orvane Corp.'s Halo chips.",
            ("Orvane Corp.", "supplies", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics plans to fill its new data centres with thousands of Orvane Corp. graphics processors.",
            ("Orvane Corp.", "supplies", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics has agreed to pay CoreWeave up to $1.2 billion for computing capacity through 2030.",
            ("Tessel Robotics", "hosts-on", "CoreWeave"),
        ),
        (
            "Orvane Corp. has counted Tessel Robotics and Kestrel Pharma among customers for its chips.",
            ("Orvane Corp.", "supplies", "Kestrel Pharma"),
        ),
    ],
)
def test_hardware_used_and_capacity_bought(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kestrel Pharma has taken a friendlier line with Orvane Corp. lately. In May the two companies signed a "
            "licensing agreement.",
            ("Kestrel Pharma", "partners-with", "Orvane Corp.", "asserted"),
        ),
        (
            "Orvane Corp. will invest $5 million in Tessel Robotics. Kestrel Pharma, which competes with both "
            "companies, saw its shares fall.",
            ("Kestrel Pharma", "competes-with", "Tessel Robotics", "asserted"),
        ),
        (
            "Orvane Corp. led a round in Tessel Robotics. Orvane Corp. paid Tessel Robotics. Tessel Robotics, led by "
            "former Kestrel Pharma engineer Jane Roe, competes with Redwood Labs Inc. and Halden Corp. in Europe. "
            "The two companies also plan to work together.",
            ("Orvane Corp.", "partners-with", "Tessel Robotics", "planned"),
        ),
        (
            "Tessel Robotics, founded in 2021 by former Orvane Corp. engineers, competes directly with Kestrel Pharma.",
            ("Tessel Robotics", "competes-with", "Kestrel Pharma", "asserted"),
        ),
    ],
)
def test_the_two_companies_and_asides_before_the_verb(text, expected):
    found = triples(text)
    assert expected in found | {(o, r, s, m) for s, r, o, m in found if r in {"competes-with", "partners-with"}}


def test_may_the_month_is_no_hedge():
    assert ("Orvane Corp.", "acquires", "Tessel Robotics", "asserted") in triples(
        "In May Orvane Corp. bought Tessel Robotics."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics raised money. Orvane Corp. brought the robotics startup's co-founders, Jane Roe and Tom "
            "Poe, back into the fold.",
            ("Tessel Robotics", "employs", "Tom Poe"),
        ),
        (
            "Tessel Robotics raised money. Chief executive Jane Roe said it would hire.",
            ("Tessel Robotics", "employs", "Jane Roe"),
        ),
        (
            "Tessel Robotics was founded by Jane Roe, a former engineer at Orvane Corp., and Tom Poe, who previously "
            "worked at Kestrel Pharma.",
            ("Tessel Robotics", "employs", "Tom Poe"),
        ),
        (
            "Orvane Corp. will invest. Its chief financial officer Jane Roe will join the board.",
            ("Orvane Corp.", "employs", "Jane Roe"),
        ),
        (
            "Elon Musk sued Orvane Corp. in May. Musk helped found Orvane Corp. in 2015.",
            ("Orvane Corp.", "employs", "Elon Musk"),
        ),
    ],
)
def test_founders_and_officers_in_longer_articles(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


def test_an_apposition_describes_the_name_before_it_not_the_next_one():
    found = triples(
        "Tessel Robotics was founded by Jane Roe, a former Orvane Corp. researcher, and Tom Poe, who worked at Kestrel."
    )
    assert not any(s == "Orvane Corp." and o == "Tom Poe" for s, _, o, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics said it had raised $13 million. The Series A round was led by investment firm Orvane "
            "Capital. Kestrel Pharma and Singapore's sovereign fund Halden Capital also took part, the company said.",
            ("Halden Capital", "invests-in", "Tessel Robotics"),
        ),
        (
            "Orvane Corp. and private equity firm Kestrel Capital, Tessel Robotics' two main shareholders, will sell.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics will supply chips to Orvane Corp. under a deal that could also hand Orvane Corp. a "
            "stake of up to 10% in the chipmaker.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
        ),
    ],
)
def test_rounds_joined_holders_listed_and_stakes_handed(text, expected):
    assert expected in {(s, r, o) for s, r, o, _ in triples(text)}


def test_a_fund_named_is_no_funding_and_mutual_is_no_fund():
    assert not any(
        r == "invests-in" for _, r, _, _ in triples("Kestrel Pharma and the sovereign fund Halden Capital met.")
    )
    assert ("Liberty Mutual", "acquires", "Nationale Borg", "asserted") in triples(
        "Liberty Mutual acquired Nationale Borg."
    )


@pytest.mark.parametrize(
    "text, unexpected",
    [
        (
            "Orvane Corp. is building Kestrel Pharma's Halo assistant into its phones.",
            ("Orvane Corp.", "develops", "Halo"),
        ),
        (
            "Much of what Orvane Corp. invests would come back to Tessel Robotics.",
            ("Orvane Corp.", "invests-in", "Tessel Robotics"),
        ),
        (
            "Tessel Robotics rents out access to thousands of Orvane Corp. processors.",
            ("Tessel Robotics", "supplies", "Orvane Corp."),
        ),
    ],
)
def test_others_products_returns_and_chips_rented(text, unexpected):
    assert unexpected not in {(s, r, o) for s, r, o, _ in triples(text)}


def test_a_supplier_of_processors_to_a_customer_is_kept():
    assert ("Tessel Robotics", "supplies", "Orvane Corp.", "planned") in triples(
        "Tessel Robotics has agreed to supply Orvane Corp. with Halo graphics processors."
    )


def test_the_company_is_the_one_the_text_is_about_when_the_sentence_before_opens_on_a_passer_by():
    found = triples(
        "Tessel Robotics raised $40 million. Tessel Robotics will hire. Tessel Robotics plans a plant. "
        "Kestrel Capital and Halden Capital also took part. The Denver-based company said it had bought Redwood "
        "Labs Inc. in May."
    )
    assert ("Tessel Robotics", "acquires", "Redwood Labs Inc.", "asserted") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tessel Robotics competes with Kestrel Pharma and Redwood Labs Inc. in Europe, although it also partners "
            "with both companies on software.",
            ("Tessel Robotics", "partners-with", "Kestrel Pharma"),
        ),
        (
            "Tessel Robotics formed a venture with Volkswagen Group, under which the German carmaker will invest "
            "$5 million in Tessel Robotics.",
            ("Volkswagen Group", "invests-in", "Tessel Robotics"),
        ),
        ("Orvane Corp., which absorbed the social network X in March, grew.", ("Orvane Corp.", "acquires", "X")),
    ],
)
def test_both_companies_nationalities_and_one_letter_names(text, expected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected in found | {(o, r, s) for s, r, o in found if r == "partners-with"}


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        (
            "Tessel Robotics was started by Alexandr Wang. Tessel Robotics was founded in 2016 by Wang and Lucy Guo.",
            ("Tessel Robotics", "employs", "Lucy Guo"),
            ("Tessel Robotics", "employs", "Wang Guo"),
        ),
        (
            "Orvane Group, owner of the Kestrel supermarket chain, will spend 11 billion euros on its cloud arm "
            "Tessel Cloud Inc.",
            ("Orvane Group", "owns", "Tessel Cloud Inc."),
            ("Kestrel", "owns", "Tessel Cloud Inc."),
        ),
        (
            "Tessel Robotics was sued. Kestrel Pharma, which is itself suing Orvane Corp. over patents, sent the "
            "startup a letter this month, and Halden Corp. accused it of copying.",
            ("Halden Corp.", "accuses", "Tessel Robotics"),
            ("Halden Corp.", "accuses", "Kestrel Pharma"),
        ),
    ],
)
def test_surnames_asides_and_objects_across_clauses(text, expected, unexpected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected in found
    assert unexpected not in found


def test_a_title_with_no_company_in_its_sentence_belongs_to_the_company_of_the_sentence_before():
    found = triples("Orvane Corp. has hired Jane Roe. Roe will report directly to chief executive Tom Poe.")
    assert ("Orvane Corp.", "employs", "Tom Poe", "asserted") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Orvane Corp. is in discussions with Tessel Robotics about a joint product.",
            ("Orvane Corp.", "partners-with", "Tessel Robotics", "exploring"),
        ),
        (
            "Orvane Corp. is in talks with Kestrel Cloud about a cloud computing deal.",
            ("Orvane Corp.", "hosts-on", "Kestrel Cloud", "exploring"),
        ),
        (
            "Orvane Corp. is in advanced talks with Tessel Robotics about an acquisition.",
            ("Orvane Corp.", "acquires", "Tessel Robotics", "exploring"),
        ),
    ],
)
def test_talks_are_explored_and_their_subject_decides_the_relation(text, expected):
    assert expected in triples(text)


def test_his_company_is_the_one_he_is_named_at():
    found = triples(
        "Orvane Corp. chief executive Jane Roe said buying Tessel Robotics would help her company compete with "
        "Kestrel Pharma."
    )
    assert ("Orvane Corp.", "competes-with", "Kestrel Pharma", "asserted") in found | {
        (o, r, s, m) for s, r, o, m in found if r == "competes-with"
    }


def test_a_product_sold_by_a_company_that_does_not_make_it_is_not_its_product():
    found = triples("Tessel Robotics will use Google Cloud's tensor processing units.")
    assert not any(r == "develops" and s == "Google Cloud" for s, r, _, _ in found)


def test_a_past_deal_named_by_its_noun_is_the_sentence_s_company_s():
    found = triples(
        "Orvane Corp. chief executive Jane Roe has made robotics the centrepiece since the 2019 purchase of "
        "Tessel Robotics."
    )
    assert ("Orvane Corp.", "acquires", "Tessel Robotics", "asserted") in found
    assert not any(r == "develops" for _, r, _, _ in found)  # "made robotics the centrepiece" makes nothing


def test_existing_backers_including_a_list_took_part_in_the_round():
    found = triples(
        "Tessel Robotics raised money in a funding round. Existing backers including Orvane Corp., Kestrel "
        "Capital and France's Halden Fund also took part in the round, according to Tessel Robotics."
    )
    investors = {s for s, r, o, _ in found if r == "invests-in" and o == "Tessel Robotics"}
    assert investors == {"Orvane Corp.", "Kestrel Capital", "Halden Fund"}


def test_a_name_described_as_its_platform_is_its_product():
    found = triples("Orvane Corp. has been pushing Tessa, its platform for building agents.")
    assert ("Orvane Corp.", "develops", "Tessa", "asserted") in found


def test_a_product_before_its_maker_and_verb_is_the_maker_s():
    found = triples("Jane Roe was let down by the Halo 4 models Orvane Corp. released in April.")
    assert ("Orvane Corp.", "develops", "Halo 4", "asserted") in found


def test_a_company_s_short_form_after_its_full_name_is_the_same_company():
    extraction = RuleExtractor().extract(
        Document(
            text="Orvane Corp. invested in Tessel AI. Tessel confirmed the deal, and Jane Roe, Tessel's CFO, spoke."
        )
    )
    names = {e.name for e in extraction.entities if e.type == "Organization"}
    assert "Tessel" not in names
    assert any(r.subject.name == "Tessel AI" and r.relation == "employs" for r in extraction.relations)


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        (
            "Tessel Robotics was carved out of Kestrel Pharma, the Dutch group, in 2024 and is led by Jane Roe.",
            ("Tessel Robotics", "employs", "Jane Roe"),
            ("Kestrel Pharma", "employs", "Jane Roe"),
        ),
        (
            "Orvane Corp. bought Tessel, a startup founded by former Kestrel Pharma chip engineers, and has used its "
            "designs in its processors.",
            ("Orvane Corp.", "acquires", "Tessel"),
            ("Kestrel Pharma", "supplies", "Orvane Corp."),
        ),
        (
            "Orvane Corp. said it would grow. Kestrel Pharma chief Jane Roe said the deal would not change things.",
            ("Kestrel Pharma", "employs", "Jane Roe"),
            ("Orvane Corp.", "employs", "Jane Roe"),
        ),
    ],
)
def test_coordinated_passives_chip_engineers_and_named_chiefs(text, expected, unexpected):
    found = {(s, r, o) for s, r, o, _ in triples(text)}
    assert expected in found
    assert unexpected not in found


def test_the_company_of_a_person_quoted_after_the_subject_is_the_subject():
    found = triples(
        "Orvane Corp. is in discussions with Kestrel Pharma about a deal, according to Jane Roe, the company's "
        "senior vice president of software."
    )
    assert ("Orvane Corp.", "employs", "Jane Roe", "asserted") in found
    assert not any(s == "Kestrel Pharma" and r == "employs" for s, r, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Pharma, which had planned to pay Tessel Robotics for data, has begun cutting back its work with it.",
        "Orvane Corp. has put money into Tessel Robotics and also rents it tensor processing units.",
    ],
)
def test_cutting_back_is_no_backing_and_it_supplies_no_chips(text):
    found = triples(text)
    assert not any(r == "invests-in" and s == "Kestrel Pharma" for s, r, _, _ in found)
    assert not any(r == "supplies" and o == "Orvane Corp." for _, r, o, _ in found)
