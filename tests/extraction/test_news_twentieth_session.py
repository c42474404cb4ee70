"""Rules of the twentieth session: ownership read from the gazetteer's chain of owners and from the ordinary
wording of business news about parents, holding companies and shareholders. Invented companies, except where
the point is what the gazetteer knows."""

import pytest

from kg.model import Document
from loaders.extraction import RuleExtractor
from loaders.extraction.gazetteer import load_gazetteer
from loaders.extraction.mentions import find_mentions
from loaders.extraction.sentences import split_sentences
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples


def _types(text: str) -> dict[str, str]:
    return {m.name: m.types[0] for m in find_mentions(text, split_sentences(text), load_gazetteer())}


OWNERSHIP = [
    (
        "a_product_of_a_subsidiary_is_its_parents_too",
        "Shoppers can also buy from Rakuten's Viber and Alphabet's YouTube, analysts said.",
        ("Alphabet", "owns", "YouTube"),
    ),
    (
        "each_member_of_a_controlling_group_that_includes_them",
        "Ostrava Motors is controlled by a group of shareholders that includes Halvard Capital, Brenner Holdings "
        "and Zentec Partners.",
        ("Zentec Partners", "owns", "Ostrava Motors"),
    ),
    (
        "each_member_of_a_controlling_consortium",
        "Ostrava Motors is owned by a consortium of Halvard Capital and Brenner Holdings.",
        ("Brenner Holdings", "owns", "Ostrava Motors"),
    ),
    (
        "a_familys_holding_company",
        "Brenner Holdings, the Brenner family's holding company, bought the plant.",
        ("Brenner family", "owns", "Brenner Holdings"),
    ),
    (
        "the_holding_company_of_a_family",
        "Brenner Holdings, the holding company of the Brenner family, bought the plant.",
        ("Brenner family", "owns", "Brenner Holdings"),
    ),
    (
        "a_persons_family_office",
        "Tom Brenner invested through Halvard Capital, Tom Brenner's family office.",
        ("Tom Brenner", "owns", "Halvard Capital"),
    ),
    (
        "a_possessors_part_named_after_its_kind",
        "Kestrel Group's cable unit Vanta Cable is for sale.",
        ("Kestrel Group", "owns", "Vanta Cable"),
    ),
    (
        "its_part_named_after_its_kind",
        "Kestrel Group said its cable unit Vanta Cable is for sale.",
        ("Kestrel Group", "owns", "Vanta Cable"),
    ),
    (
        "whose_part_named_after_its_kind",
        "Kestrel Mining, whose Australian unit Vanta Metals runs a refinery, is expanding.",
        ("Kestrel Mining", "owns", "Vanta Metals"),
    ),
    (
        "each_part_after_a_plural_kind",
        "The deal gives Orvane licences for Kestrel Group's fashion houses Vanta Moda and Lumio Couture.",
        ("Kestrel Group", "owns", "Lumio Couture"),
    ),
    (
        "each_holding_described_by_its_trade",
        "Orvane Holdings also owns pulp maker Vanta Pulp and digital bank Lumio Bank.",
        ("Orvane Holdings", "owns", "Lumio Bank"),
    ),
    (
        "a_described_holding_after_as_well_as",
        "Kestrel Group is the owner of book publisher Vanta Books and travel retailer Lumio Travel, as well as "
        "magazine publisher Zeta Press.",
        ("Kestrel Group", "owns", "Zeta Press"),
    ),
]


def test_its_part_is_not_a_possessed_descriptions() -> None:
    found = triples("Amazon remains the startup's biggest shareholder, and its cloud unit AWS trains its models.")
    assert ("Amazon", "owns", "Amazon Web Services") in {t[:3] for t in found}
    assert not any(t[2] == "Amazon Web Services" and t[0] != "Amazon" for t in found if t[1] == "owns")


MAKERS = [
    (
        "each_brand_a_maker_is_named_for_whatever_its_goods",
        "The cuts add to pressure on Kestrel Foods, the maker of Crumbly biscuits, Vantio coffee and Pawsome pet food.",
        ("Kestrel Foods", "develops", "Pawsome"),
    ),
    (
        "each_brand_a_company_is_behind",
        "Kestrel Foods, the company behind Crumbly biscuits and Vantio coffee, cut prices.",
        ("Kestrel Foods", "develops", "Vantio"),
    ),
    (
        "a_name_before_products_is_a_product",
        "He said the tools would be sold alongside Kestrel Soft's Orbit products.",
        ("Kestrel Soft", "develops", "Orbit"),
    ),
    (
        "each_name_before_the_kind_said_once",
        "He said the tools would be sold alongside Kestrel Soft's Orbit and Vane Cloud products.",
        ("Kestrel Soft", "develops", "Orbit"),
    ),
]


def test_its_is_not_the_name_that_modifies_a_noun() -> None:
    found = triples(
        "Under the deal, Orvane Aero takes over the Kestrel Aerostructures factories that build parts for its V350 "
        "jets."
    )
    assert ("Orvane Aero", "develops", "V350") in {t[:3] for t in found}
    assert ("Kestrel Aerostructures", "develops", "V350") not in {t[:3] for t in found}


@pytest.mark.parametrize("text, triple", named(MAKERS))
def test_makers(text: str, triple: tuple[str, str, str]) -> None:
    assert holds((*triple, "asserted"), triples(text))


def test_a_group_of_unnamed_members_buys_no_company_whose_assets_it_bought() -> None:
    found = triples("Kodak's display assets were sold to a group of Zentec companies in 2009.")
    assert not any(relation == "acquires" for _, relation, _, _ in found)


@pytest.mark.parametrize("text, triple", named(OWNERSHIP))
def test_ownership(text: str, triple: tuple[str, str, str]) -> None:
    assert holds((*triple, "asserted"), triples(text))


def test_a_model_number_keeps_its_edition_letter() -> None:
    text = "Kestrel Labs unveiled the Vanta 16e, its cheapest phone, on Monday."
    names = {m.name for m in find_mentions(text, split_sentences(text), load_gazetteer())}
    assert "Vanta 16e" in names


def test_an_ordinal_is_no_edition_letter() -> None:
    text = "Kestrel Labs marked the Vanta 16th anniversary on Monday."
    names = {m.name for m in find_mentions(text, split_sentences(text), load_gazetteer())}
    assert not any(name.startswith("Vanta 16") for name in names)


def test_the_maker_of_brands_acts_not_its_brands() -> None:
    found = triples(
        "Kestrel Motors agreed to buy a stake in Orvane Auto. The maker of Vanta, Lumio and Zeta vehicles will also "
        "set up a joint venture, Orvane International, in which it will hold 51%."
    )
    founders = {subject for subject, relation, obj, _ in found if obj == "Orvane International"}
    assert founders == {"Kestrel Motors"}


def test_a_share_said_before_both_parties_is_not_theirs() -> None:
    text = "Orvane Media owns about 66% of Kestrel Group, the owner of book publisher Vanta Books."
    relations = {(r.subject.name, r.object.name): r for r in RuleExtractor().extract(Document(text=text)).relations}
    assert relations[("Orvane Media", "Kestrel Group")].qualifiers["percent"] == 0.66
    assert "percent" not in relations[("Kestrel Group", "Vanta Books")].qualifiers


def test_an_offer_for_a_company_from_bidders_is_theirs() -> None:
    found = {t[:3] for t in triples("Kestrel Telecom received an offer for Vanta Cable from Orvane Capital.")}
    assert ("Orvane Capital", "acquires", "Vanta Cable") in found
    assert ("Kestrel Telecom", "acquires", "Vanta Cable") not in found


@pytest.mark.parametrize("opening", ["Being listed", "Having bought", "Making chips", "Selling the unit"])
def test_a_gerund_opening_a_quote_is_no_name(opening: str) -> None:
    text = f'"{opening} here puts us on an equal footing," Chief Executive Tom Brenner said.'
    assert opening.split()[0] not in _types(text)


def test_the_speaker_after_a_quote_opening_on_a_gerund_works_for_the_story_company() -> None:
    text = (
        'Shares of Kestrel Foods rose on Thursday. "Being listed in New York puts us on an equal footing," '
        "Chief Executive Tom Brenner said at the exchange."
    )
    assert ("Kestrel Foods", "employs", "Tom Brenner") in {t[:3] for t in triples(text)}


def test_a_successor_as_the_companys_chief_executive() -> None:
    found = triples("Greg Abel will succeed Warren Buffett as Kestrel Capital's chief executive.")
    assert ("Kestrel Capital", "employs", "Greg Abel") in {t[:3] for t in found}


def test_buying_a_companys_unnamed_business_is_not_buying_the_company() -> None:
    found = {t[:3] for t in triples("Kestrel Telecom agreed in March to buy Orvane's Italian business.")}
    assert ("Kestrel Telecom", "acquires", "Orvane") not in found


def test_buying_goods_from_a_company_is_not_buying_it() -> None:
    found = {t[:3] for t in triples("Orvane Cloud has agreed to buy power from fusion startup Kestrel Fusion.")}
    assert ("Kestrel Fusion", "supplies", "Orvane Cloud") in found
    assert ("Orvane Cloud", "acquires", "Kestrel Fusion") not in found


def test_filling_pens_for_a_drugmaker_supplies_it() -> None:
    found = {t[:3] for t in triples("Kestrel Pharma already filled pens for Orvane Bio at its plant.")}
    assert ("Kestrel Pharma", "supplies", "Orvane Bio") in found


def test_a_streaming_service_or_brand_is_owned_not_developed() -> None:
    found = {t[:3] for t in triples("Kestrel Media will combine its Lumio Plus streaming service with Vanta Sports.")}
    assert ("Kestrel Media", "owns", "Lumio Plus") in found
    assert ("Kestrel Media", "develops", "Lumio Plus") not in found


def test_its_chief_executive_after_a_sued_company_is_that_companys() -> None:
    found = {t[:3] for t in triples("Kestrel Bio has sued Orvane Pharma and its chief executive, Tom Brenner.")}
    assert ("Orvane Pharma", "employs", "Tom Brenner") in found
    assert ("Kestrel Bio", "employs", "Tom Brenner") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Capital would gain effective control of Orvane Zinc alongside Lumio Metals.",
        "Lumio Retail, which sold control of Orvane Stores in 2021, keeps a 10% stake.",
    ],
)
def test_control_changing_hands_is_no_holding(text: str) -> None:
    assert not any(relation == "owns" and obj.startswith("Orvane") for _, relation, obj, _ in triples(text))


def test_control_kept_is_a_holding() -> None:
    found = {t[:3] for t in triples("The Brenner family keeps control of Orvane Foods through a trust.")}
    assert ("Brenner family", "owns", "Orvane Foods") in found


def test_a_majority_of_a_described_company_is_owned() -> None:
    found = {t[:3] for t in triples("Kestrel Foods holds a majority of chicken producer Orvane Poultry.")}
    assert ("Kestrel Foods", "owns", "Orvane Poultry") in found


@pytest.mark.parametrize("name", ["Pilgrim's Pride", "Assassin's Creed", "Victoria's Secret"])
def test_a_known_name_with_a_possessive_inside_stays_whole(name: str) -> None:
    assert name in _types(f"Analysts said {name} would gain from the deal with Kestrel Foods.")


def test_another_companys_model_offered_is_supplied_not_developed() -> None:
    found = {t[:3] for t in triples("Kestrel Electronics will offer Claude models to customers of its cloud platform.")}
    assert ("Anthropic", "supplies", "Kestrel Electronics") in found
    assert ("Kestrel Electronics", "develops", "Claude") not in found


def test_running_on_a_makers_chips_is_supply_not_hosting() -> None:
    found = {t[:3] for t in triples("Kestrel Labs' models will run on Nvidia's Blackwell systems.")}
    assert ("Nvidia", "supplies", "Kestrel Labs") in found
    assert ("Kestrel Labs", "hosts-on", "Blackwell") not in found


def test_a_product_of_a_subsidiary_sold_by_its_parent_stays_the_parents() -> None:
    found = {t[:3] for t in triples("Windsurf feared GitHub Copilot, a rival product sold by Microsoft.")}
    assert not any(relation == "supplies" and obj == "Microsoft" for _, relation, obj in found)


def test_using_a_known_product_is_supplied_by_its_maker() -> None:
    found = {t[:3] for t in triples("Kestrel Electronics already uses Gemini across its Galaxy devices.")}
    assert ("Google", "supplies", "Kestrel Electronics") in found


def test_chips_used_to_train_a_model_supply_no_one_named_before() -> None:
    found = {t[:3] for t in triples("Kestrel Cloud, whose Vanta chips are used to train Claude, invested $8 billion.")}
    assert not any(relation == "supplies" and subject == "Anthropic" for subject, relation, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Labs' in-house chips are all manufactured by Orvane Semiconductor.",
        "The deal does not cover Kestrel Labs' chips, which are produced by Orvane Semiconductor.",
    ],
)
def test_a_companys_goods_made_by_another_are_supplied(text: str) -> None:
    assert ("Orvane Semiconductor", "supplies", "Kestrel Labs") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text, cloud",
    [
        ("Kestrel Labs has agreed to purchase an incremental $250 billion of Azure cloud services.", "Microsoft Azure"),
        ("Kestrel Labs spent $2 billion on Google Cloud services last year.", "Google Cloud"),
    ],
)
def test_buying_a_clouds_services_is_being_hosted_on_it(text: str, cloud: str) -> None:
    assert ("Kestrel Labs", "hosts-on", cloud) in {t[:3] for t in triples(text)}


def test_members_described_and_set_off_by_semicolons_are_each_listed() -> None:
    text = (
        "CoreWeave said demand was strong. Its customers include Kestrel Labs, its largest; Orvane Media, which "
        "signed contracts worth $22 billion; and Lumio Soft, which struck a deal in September."
    )
    found = {t[:3] for t in triples(text)}
    assert {("Orvane Media", "hosts-on", "CoreWeave"), ("Lumio Soft", "hosts-on", "CoreWeave")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Soft said Halvard Capital and Orvane Fund remain its largest shareholders.",
        "Kestrel Soft said sales rose. Halvard Capital and Orvane Fund remain its largest shareholders.",
    ],
)
def test_each_of_a_list_that_remain_its_shareholders(text: str) -> None:
    found = {t[:3] for t in triples(text)}
    assert {("Halvard Capital", "invests-in", "Kestrel Soft"), ("Orvane Fund", "invests-in", "Kestrel Soft")} <= found
    assert ("Orvane Fund", "invests-in", "Halvard Capital") not in found


def test_ending_up_with_a_share_is_an_investment() -> None:
    found = {t[:3] for t in triples("Halvard Capital will end up with about 15% of Kestrel Soft.")}
    assert ("Halvard Capital", "invests-in", "Kestrel Soft") in found


@pytest.mark.parametrize(
    "name",
    [
        "Orvane Lines",
        "Zeta Ships",
        "Vanta Alliance",
        "Kestrel Air",
        "Vanta Cable",
        "Lumio Sports",
        "Zeta Bros",
        "Orvane Mail",
        "Grupo Vantador",
    ],
)
def test_a_name_ending_in_a_trade_is_no_persons(name: str) -> None:
    assert _types(f"The deal was welcomed by {name} on Monday.")[name] != "Person"


def test_each_company_an_alliance_was_formed_with() -> None:
    text = (
        "The move takes Kestrel Shipping out of the Vanta Alliance, which it formed with Orvane Lines and Zeta Ships."
    )
    found = {t[:3] for t in triples(text)}
    assert {
        ("Kestrel Shipping", "partners-with", "Orvane Lines"),
        ("Kestrel Shipping", "partners-with", "Zeta Ships"),
    } <= found


def test_an_approach_to_acquire_is_the_subjects_bid() -> None:
    text = (
        "Kestrel Soft is also in talks to hire Tom Brenner, after an earlier approach to acquire Vanta Labs was "
        "rebuffed."
    )
    found = triples(text)
    assert any(t[:3] == ("Kestrel Soft", "acquires", "Vanta Labs") and t[3] != "asserted" for t in found)


def test_each_product_its_range_includes() -> None:
    text = "Kestrel Chips said its newest processors, including the Blaze X and Storm Z, would ship in May."
    found = {t[:3] for t in triples(text)}
    assert {("Kestrel Chips", "develops", "Blaze X"), ("Kestrel Chips", "develops", "Storm Z")} <= found


@pytest.mark.parametrize(
    "text, rival",
    [
        ("Kestrel Pay ranks behind Orvane Pay and Zeta Pay in online payments.", "Zeta Pay"),
        (
            "The purchase would leave Kestrel Pay better placed against Orvane Pay, the other big listed group.",
            "Orvane Pay",
        ),
    ],
)
def test_ranking_behind_or_placed_against_a_rival(text: str, rival: str) -> None:
    assert holds_in_any_modality(("Kestrel Pay", "competes-with", rival), triples(text))


def test_a_list_owned_by_a_description_is_not_owned_by_one_of_its_members() -> None:
    text = (
        "Kestrel Airlines bought a stake in Vanta Air. The carrier joins Orvane Airlines, Lumio Airways and Zeta "
        "Airlines, which are all owned by the German group."
    )
    owned = {(s, o) for s, r, o, _ in triples(text) if r == "owns"}
    members = {"Orvane Airlines", "Lumio Airways", "Zeta Airlines"}
    assert not any(s in members and o in members for s, o in owned)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kestrel Foods owns chains such as Lumio Market and Harris Teeter.", "Harris Teeter"),
        ("Kestrel Foods runs the Ralphs and Fred Meyer chains.", "Fred Meyer"),
    ],
)
def test_a_chain_named_after_a_person_is_a_business(text: str, name: str) -> None:
    assert _types(text)[name] == "Organization"


def test_goods_for_a_known_product_supply_its_maker() -> None:
    found = {t[:3] for t in triples("Orvane Semiconductor, which has supplied iPhone modems for years, expects less.")}
    assert ("Orvane Semiconductor", "supplies", "Apple") in found


def test_goods_made_by_another_in_a_reduced_relative() -> None:
    text = "Analysts say Kestrel Labs' in-house chips, all manufactured by Orvane Semiconductor, give it control."
    assert ("Orvane Semiconductor", "supplies", "Kestrel Labs") in {t[:3] for t in triples(text)}


def test_using_a_companys_software_is_its_supply() -> None:
    found = {t[:3] for t in triples("Kestrel Bank uses Orvane Soft software for payments.")}
    assert ("Orvane Soft", "supplies", "Kestrel Bank") in found


def test_goods_that_would_be_sold_alongside_products_make_none() -> None:
    text = "He said Kestrel Soft's tools would be sold alongside the company's Vanta and Lumio Cloud products."
    assert not any(s == "Kestrel Soft" and r == "develops" for s, r, _, _ in triples(text))


def test_among_its_backers_is_the_clause_subjects_not_the_rounds_leaders() -> None:
    text = (
        "Last May Kestrel Soft raised $1 billion in a round led by Orvane Capital, Lumio Partners and Zeta Capital "
        "that valued it at $12 billion, and Halvard Capital and Brenner Ventures are among its earlier backers."
    )
    found = {t[:3] for t in triples(text)}
    assert ("Halvard Capital", "invests-in", "Kestrel Soft") in found
    assert ("Halvard Capital", "invests-in", "Lumio Partners") not in found
