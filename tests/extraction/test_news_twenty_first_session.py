"""Rules of the twenty-first session: who takes part in a contest or a deal named by a noun, when the clause
around it is broken by 'after' or a participle. Invented companies."""

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
