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
]


@pytest.mark.parametrize("text, triple", named(OWNERSHIP))
def test_ownership(text: str, triple: tuple[str, str, str]) -> None:
    assert holds((*triple, "asserted"), triples(text))
