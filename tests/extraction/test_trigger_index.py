"""The cue index that picks which lexicon triggers to try on a sentence never drops one that matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extraction.patterns import inflect, triggers, triggers_in


def _sentence(phrase: str, form: int) -> str:
    words = phrase.lstrip("=").split()
    forms = inflect(words[0])
    words[0] = forms[form % len(forms)] if not phrase.startswith("=") else words[0]
    return "Acme Corp. " + " ".join("swiftly" if w == "..." else w for w in words) + " Beta Inc. on Monday."


def test_every_trigger_is_tried_on_a_sentence_that_holds_its_phrase():
    for trigger in triggers():
        for form in range(3):
            text = _sentence(trigger.phrase, form)
            if trigger.pattern.search(text):
                assert trigger in triggers_in(text), trigger.phrase
                assert trigger in triggers_in(text.upper()), trigger.phrase


_VOCABULARY = sorted({word for t in triggers() for word in t.phrase.lstrip("=").split() if word != "..."})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_VOCABULARY, "Acme", ",", "-", "co-", "the"]), min_size=1, max_size=12))
def test_no_matching_trigger_is_left_out(words: list[str]):
    text = " ".join(words)
    chosen = set(triggers_in(text))
    for trigger in triggers():
        if trigger.pattern.search(text):
            assert trigger in chosen, (trigger.phrase, text)


def test_triggers_keep_their_lexicon_order():
    text = "Acme agreed to acquire Beta and invested in Gamma, a partner of Delta."
    order = {t: i for i, t in enumerate(triggers())}
    chosen = triggers_in(text)
    assert chosen and [order[t] for t in chosen] == sorted(order[t] for t in chosen)
