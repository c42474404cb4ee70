"""Rules of the twentieth session: ownership read from the gazetteer's chain of owners and from the ordinary
wording of business news about parents, holding companies and shareholders. Invented companies, except where
the point is what the gazetteer knows."""

import pytest

from tests.extraction.cases import holds, named
from tests.extraction.test_relations import triples

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
]


def test_a_group_of_unnamed_members_buys_no_company_whose_assets_it_bought() -> None:
    found = triples("Kodak's display assets were sold to a group of Zentec companies in 2009.")
    assert not any(relation == "acquires" for _, relation, _, _ in found)


@pytest.mark.parametrize("text, triple", named(OWNERSHIP))
def test_ownership(text: str, triple: tuple[str, str, str]) -> None:
    assert holds((*triple, "asserted"), triples(text))
