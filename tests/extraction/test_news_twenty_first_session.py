"""Rules of the twenty-first session: who takes part in a contest or a deal named by a noun, when the clause
around it is broken by 'after' or a participle; what 'both automakers' and 'the two lenders' do. Invented
companies."""

import pytest

from tests.extraction.cases import holds, named
from tests.extraction.test_relations import triples

EVENTS = [
    (
        "a_contest_after_the_main_verb_is_the_clause_subjects",
        "Halvard Motors won Brenner Robotics after a months-long bidding war with Zentec Labs.",
        ("Halvard Motors", "competes-with", "Zentec Labs"),
    ),
    (
        "a_contest_in_a_participle_clause_after_an_adverbial_one",
        "Halvard Motors has won Brenner Robotics after raising the offer, ending a bruising bidding contest with "
        "Zentec Labs.",
        ("Halvard Motors", "competes-with", "Zentec Labs"),
    ),
]


@pytest.mark.parametrize("text, triple", named(EVENTS))
def test_events(text: str, triple: tuple[str, str, str]) -> None:
    found = triples(text)
    assert holds((*triple, "asserted"), found) or holds((*triple, "former"), found)
    assert not any(t[1] == "competes-with" and "Brenner Robotics" in t[::2] for t in found)


PAIRS = [
    (
        "both_with_a_modified_plural_noun_struggling_against_two_rivals",
        "Halvard Motors and Brenner Motors said on Monday they would merge. Both European automakers are "
        "struggling against Zentec Motors at home and against Orvane Motors in China.",
        [("Halvard Motors", "Zentec Motors"), ("Brenner Motors", "Zentec Motors"), ("Brenner Motors", "Orvane Motors")],
    ),
    (
        "the_two_with_a_plural_noun_fallen_behind",
        "Halvard Bank and Brenner Bank agreed to combine. The two lenders have fallen behind Zentec Capital.",
        [("Halvard Bank", "Zentec Capital"), ("Brenner Bank", "Zentec Capital")],
    ),
]


@pytest.mark.parametrize("text, pairs", named(PAIRS))
def test_the_pair_named_before_competes(text: str, pairs: list[tuple[str, str]]) -> None:
    found = triples(text)
    for one, rival in pairs:
        assert holds((one, "competes-with", rival, "asserted"), found)


def test_a_list_introduced_inside_a_list_is_read_to_its_own_end() -> None:
    found = triples("Zentec Labs competes with Microsoft and specialists such as Orvane Soft and Brenner Soft.")
    for rival in ("Microsoft", "Orvane Soft", "Brenner Soft"):
        assert holds(("Zentec Labs", "competes-with", rival, "asserted"), found)


HIRED_FIRMS = [
    (
        "a_bank_hired_to_help",
        "Orvane Bank, which named a new chief executive last week, has hired Goldman Sachs to help defend itself.",
        ("Goldman Sachs", "supplies", "Orvane Bank"),
    ),
    (
        "a_firm_retained_as_adviser",
        "Halvard Motors has retained investment bank Zentec Capital as its adviser on the sale.",
        ("Zentec Capital", "supplies", "Halvard Motors"),
    ),
]


@pytest.mark.parametrize("text, triple", named(HIRED_FIRMS))
def test_a_firm_hired_for_a_service_supplies_it(text: str, triple: tuple[str, str, str]) -> None:
    assert holds((*triple, "asserted"), triples(text))


def test_staff_hired_from_a_company_are_no_service_it_supplies() -> None:
    found = triples("Halvard Motors has hired Zentec Labs' engineers to run a new unit.")
    assert not any(t[1] == "supplies" for t in found)


def test_a_second_purchase_told_by_added() -> None:
    found = triples(
        "Halvard Motors bought Brenner Robotics, which is based near Denver, in 2015 and added Zentec Labs in 2019."
    )
    assert holds(("Halvard Motors", "acquires", "Zentec Labs", "asserted"), found)
    assert not triples("Halvard Motors bought Brenner Robotics in 2015 and added 300 engineers.") - {
        ("Halvard Motors", "acquires", "Brenner Robotics", "asserted")
    }


def test_the_maker_described_develops_the_goods_named_after_it() -> None:
    found = triples(
        "Halvard Foods cut 2,000 jobs. The shake-up adds to pressure on the maker of Crunchos snack bars, Brewa coffee "
        "and Tailo pet food."
    )
    for product in ("Crunchos", "Brewa", "Tailo"):
        assert holds(("Halvard Foods", "develops", product, "asserted"), found)


def test_the_maker_of_brands_named_as_companies_develops_none_of_them() -> None:
    found = triples("Halvard Motors grew. Sales rose at the maker of Peugeot, Fiat and Jeep vehicles.")
    assert not any(t[1] == "develops" and t[2] in ("Peugeot", "Fiat") for t in found)


ACCUSED = [
    (
        "one_added_to_a_suit",
        "Halvard Labs later added Zentec Labs to the suit, accusing its rival of copying its designs.",
        [("Halvard Labs", "Zentec Labs")],
    ),
    (
        "the_two_chains_sued",
        "Halvard Mart and Zentec Mart agreed to merge. The FTC, which sued the two chains in February, argued the deal "
        "would raise prices.",
        [("Federal Trade Commission", "Halvard Mart"), ("Federal Trade Commission", "Zentec Mart")],
    ),
    (
        "a_partner_named_after_its_country",
        "Halvard Labs has accused Zentec Labs and its US partner Orvane Labs of infringing its patents.",
        [("Halvard Labs", "Zentec Labs"), ("Halvard Labs", "Orvane Labs")],
    ),
]


@pytest.mark.parametrize("text, pairs", named(ACCUSED))
def test_accused(text: str, pairs: list[tuple[str, str]]) -> None:
    found = triples(text)
    for accuser, accused in pairs:
        assert holds((accuser, "accuses", accused, "asserted"), found)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Motors paid 1.5 billion euros for a fifth of Zentec Motors, and the two companies set up a joint "
        "venture to sell its cars abroad.",
        "Halvard Motors raised its investment in Zentec Motors on Tuesday, as the two carmakers formally launched a "
        "joint venture to develop software.",
    ],
)
def test_the_two_named_in_the_same_sentence_set_up_a_venture(text: str) -> None:
    assert holds(("Halvard Motors", "partners-with", "Zentec Motors", "asserted"), triples(text))


def test_the_two_who_said_they_would_end_their_alliance_are_partners() -> None:
    found = triples(
        "The move comes a year after Halvard Lines and Zentec Lines said they would end their 2M alliance in January."
    )
    assert any(
        t[:3]
        in {("Halvard Lines", "partners-with", "Zentec Lines"), ("Zentec Lines", "partners-with", "Halvard Lines")}
        for t in found
    )


def test_a_description_after_a_second_verb_is_not_the_subject_of_both() -> None:
    found = triples("Nvidia will invest $5 billion in Intel and work with the struggling chipmaker on processors.")
    assert holds(("Nvidia", "partners-with", "Intel", "planned"), found)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Labs sued Zentec Labs in May, accusing it of copying designs, and Zentec Labs countersued in June.",
        "Halvard Labs is suing Zentec Labs over the contract, and Zentec Labs has countersued, accusing it of fraud.",
    ],
)
def test_the_one_sued_who_countersues_accuses_the_plaintiff(text: str) -> None:
    found = triples(text)
    assert holds(("Zentec Labs", "accuses", "Halvard Labs", "asserted"), found)
    assert holds(("Halvard Labs", "accuses", "Zentec Labs", "asserted"), found)


def test_a_town_and_its_region_before_a_company_describe_it() -> None:
    found = triples("Halvard Motors bought Canonsburg, Pennsylvania-based Zentec Labs in 2024.")
    assert holds(("Halvard Motors", "acquires", "Zentec Labs", "asserted"), found)
    found = triples(
        "Jane Roe, who had run Canonsburg, Pennsylvania-based Zentec Labs since 2017, said the deal was good."
    )
    assert any(t[:3] == ("Zentec Labs", "employs", "Jane Roe") for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Air cut routes on Monday. Jane Roe, previously president, took over as chief executive last month "
        "from Tom Poe, who retired.",
        "Halvard Air cut routes on Monday. Jane Roe became chief executive last month, replacing Tom Poe.",
    ],
)
def test_a_post_taken_over_at_the_company_the_text_is_about(text: str) -> None:
    found = triples(text)
    assert holds(("Halvard Air", "employs", "Jane Roe", "asserted"), found)
    assert holds(("Halvard Air", "employs", "Tom Poe", "former"), found)


POSTS = [
    (
        "a_predecessor_held_the_post_before",
        "Halvard Motors named Jane Roe chief executive in March. Her predecessor, Tom Poe, was forced out in December.",
        ("Halvard Motors", "employs", "Tom Poe", "former"),
    ),
    (
        "a_post_on_the_board_of_the_company_the_text_is_about",
        "Halvard Motors is looking for a new chief. Tom Poe, the board's senior independent director, said views had "
        "differed.",
        ("Halvard Motors", "employs", "Tom Poe", "asserted"),
    ),
    (
        "a_post_over_a_known_product_at_its_maker",
        "Sales rose on Wednesday. Jane Roe, a vice president of iPhone product marketing, said demand was strong.",
        ("Apple", "employs", "Jane Roe", "asserted"),
    ),
]


@pytest.mark.parametrize("text, expected", named(POSTS))
def test_posts_held_at_a_company_not_named_beside_them(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


def test_the_same_post_at_a_second_company() -> None:
    found = triples("Jane Roe, chairman of Halvard Motors and of its parent Halvard Holdings, said sales rose.")
    assert holds(("Halvard Motors", "employs", "Jane Roe", "asserted"), found)
    assert holds(("Halvard Holdings", "employs", "Jane Roe", "asserted"), found)


def test_a_relative_aside_right_before_the_predicate_is_not_its_subject() -> None:
    found = triples(
        "Orvane AI, which competes with Zentec AI, raised $1 billion from investors led by Halvard Capital."
    )
    assert holds(("Halvard Capital", "invests-in", "Orvane AI", "asserted"), found)
    assert not any(t[1] == "invests-in" and t[2] == "Zentec AI" for t in found)
    found = triples("Kestrel Pharma, which is sold by Zentec Bio, now part of Halvard Group, grew.")
    assert holds(("Halvard Group", "owns", "Zentec Bio", "asserted"), found)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, Halvard Bank's chief economist, said rates would fall.",
        "Halvard Bank chief economist Jane Roe said rates would fall.",
    ],
)
def test_a_chief_economist_keeps_the_whole_title(text: str) -> None:
    from kg.model import Document
    from loaders.extraction import RuleExtractor

    employs = [r for r in RuleExtractor().extract(Document(text=text)).relations if r.relation == "employs"]
    assert [r.qualifiers.get("role") for r in employs] == ["chief economist"]


def test_a_stake_sold_is_not_also_asserted_by_the_same_sentence() -> None:
    found = triples("Halvard Motors sold its stake in Brenner Batteries to Zentec Capital last year.")
    assert ("Halvard Motors", "invests-in", "Brenner Batteries", "former") in found
    assert ("Halvard Motors", "invests-in", "Brenner Batteries", "asserted") not in found
    assert ("Zentec Capital", "invests-in", "Brenner Batteries", "asserted") in found


def test_its_unit_is_a_part_of_it_not_a_company_named_before() -> None:
    found = triples(
        "The Orvane union said it feared job cuts. Halvard Telecom has agreed to sell its Italian unit to Zentec "
        "Telecom for 8 billion euros."
    )
    assert not any(t[1] == "acquires" and t[2] == "Orvane" for t in found)


def test_a_two_letter_name_opening_on_a_small_i_is_kept_whole() -> None:
    found = triples("Lebara runs on Zentec Telecom's network, and iD Mobile, the Halvard-owned brand, uses another.")
    assert holds(("Halvard", "owns", "iD Mobile", "asserted"), found)


def test_part_of_a_companys_family_is_its_group() -> None:
    found = triples('Lufthansa bought Zentec Air. "Zentec Air is now part of the Lufthansa family," its chief said.')
    assert holds(("Lufthansa", "owns", "Zentec Air", "asserted"), found)
    assert not any("Lufthansa family" in (t[0], t[2]) for t in found)


def test_a_release_of_a_known_product_keeps_its_edition_letter() -> None:
    found = triples("Apple on Wednesday unveiled the iPhone 16e, a $599 phone.")
    assert holds(("Apple", "announces", "iPhone 16e", "asserted"), found)


def test_goods_used_alongside_anothers_are_no_supply() -> None:
    found = triples(
        "Zentec Memory said it had sold out its memory chips for next year, as demand for the stacked memory used "
        "alongside Nvidia's processors grows."
    )
    assert not any(t[1] == "supplies" for t in found)


def test_no_company_competes_with_its_own_product() -> None:
    found = triples(
        "Jane Roe, who co-founded OpenAI in 2015 but left its board later, launched Zentec AI and has pitched it as an "
        "alternative to ChatGPT."
    )
    assert not any(t[1] == "competes-with" and {t[0], t[2]} == {"OpenAI", "ChatGPT"} for t in found)
