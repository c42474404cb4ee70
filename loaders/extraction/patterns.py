"""Trigger patterns compiled from the ontology's lexicon (verb inflection, gaps, frames)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ontology

_IRREGULAR = {
    "buy": ["buys", "bought", "buying"],
    "take": ["takes", "took", "taken", "taking"],
    "make": ["makes", "made", "making"],
    "lead": ["leads", "led", "leading"],
    "get": ["gets", "got", "gotten", "getting"],
    "sell": ["sells", "sold", "selling"],
    "hold": ["holds", "held", "holding"],
    "run": ["runs", "ran", "running"],
    "build": ["builds", "built", "building"],
    "bring": ["brings", "brought", "bringing"],
    "strike": ["strikes", "struck", "striking"],
    "spin": ["spins", "spun", "spinning"],
    "put": ["puts", "putting"],
    "pay": ["pays", "paid", "paying"],
    "give": ["gives", "gave", "given", "giving"],
    "split": ["splits", "splitting"],
    "sue": ["sues", "sued", "suing"],
    "rival": ["rivals", "rivaled", "rivalled", "rivaling", "rivalling"],
    "ship": ["ships", "shipped", "shipping"],
    "tap": ["taps", "tapped", "tapping"],
    "rely": ["relies", "relied", "relying"],
    "ally": ["allies", "allied"],
    "supply": ["supplies", "supplied", "supplying"],
    "vie": ["vies", "vied", "vying"],
    "bankroll": ["bankrolls", "bankrolled", "bankrolling"],
    "snap": ["snaps", "snapped", "snapping"],
    "scoop": ["scoops", "scooped", "scooping"],
    "deepen": ["deepens", "deepened", "deepening"],
    "ink": ["inks", "inked", "inking"],
    "lodge": ["lodges", "lodged", "lodging"],
    "be": ["is", "was", "are", "were", "been"],
    "sign": ["signs", "signed", "signing"],
    "poach": ["poaches", "poached", "poaching"],
    "forge": ["forges", "forged", "forging"],
    "open-source": ["open-sources", "open-sourced", "open-sourcing"],
    "pour": ["pours", "poured", "pouring"],
    "lose": ["loses", "lost", "losing"],
    "overtake": ["overtakes", "overtook", "overtaken", "overtaking"],
    "outsell": ["outsells", "outsold", "outselling"],
    "outbid": ["outbids", "outbidding"],
    "go": ["goes", "went", "gone", "going"],
    "fall": ["falls", "fell", "fallen", "falling"],
    "leapfrog": ["leapfrogs", "leapfrogged", "leapfrogging"],
}
_VAGUE_WITH = frozenset(["lead", "head", "chair", "principal", "executive", "officer", "fellow", "director"])
# a sum counts as one word of a gap ("will invest up to $5 billion and $10 billion in")
GAP = r"(?:[\s\-–—]+(?:[$€£]\d[\d.,]*\s(?:billion|million|trillion)\b|[^\s⟦⟧]+)){0,5}?"


def inflect(verb: str) -> list[str]:
    """Base, third person, past and -ing forms of an English verb."""
    if verb in _IRREGULAR:
        return [verb, *_IRREGULAR[verb]]
    if verb.endswith("e"):
        forms = [verb + "s", verb + "d", verb[:-1] + "ing"]
    elif re.search(r"[^aeiou]y$", verb):
        forms = [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    elif re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        forms = [verb + "es", verb + "ed", verb + "ing"]
    else:
        forms = [verb + "s", verb + "ed", verb + "ing"]
        if re.search(r"[^aeiou][aeiou][bdfglmnprt]$", verb):  # commit -> committed, control -> controlled
            forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return [verb, *forms]


def _phrase_regex(phrase: str, inflect_head: bool) -> str:
    literal = phrase.startswith("=")
    words = phrase.lstrip("=").split()
    parts: list[str] = []
    for index, word in enumerate(words):
        if word == "...":
            parts.append(GAP)
            continue
        if index == 0 and inflect_head and not literal:
            token = "(?:" + "|".join(re.escape(f) for f in sorted(inflect(word), key=len, reverse=True)) + ")"
        else:
            token = re.escape(word)
        if (parts and parts[-1] != GAP) or parts:
            parts.append(r"[\s\-]+")
        parts.append(token)
    # ("ex-president of": a former post is still the post)
    return r"(?:(?<![\w-])|(?<=\bex-))" + "".join(parts) + r"(?![\w-])"


def _cue(phrase: str, inflect_head: bool) -> frozenset[str]:
    """The forms of a phrase's first word, up to any hyphen, lower-cased: a sentence whose `words`
    hold none of them cannot match the phrase, so its regex need not run (most of the lexicon is
    absent from any one sentence)."""
    literal = phrase.startswith("=")
    first = phrase.lstrip("=").split()[0]
    if first == "..." or not re.fullmatch(r"[\w-]+", first):
        return frozenset()
    forms = inflect(first) if inflect_head and not literal else [first]
    return frozenset(f.lower().split("-")[0] for f in forms)


def _later_words(phrase: str) -> frozenset[str]:
    """The words after a phrase's first, split as `_WORD` splits a sentence and lower-cased: a match of the
    phrase holds each of them as a word of its own (they are bounded by spaces, hyphens or the phrase's ends)."""
    words = phrase.lstrip("=").split()[1:]
    return frozenset(piece for word in words if word != "..." for piece in _WORD.findall(word.lower()))


def words_of(text: str) -> frozenset[str]:
    """The words of `text`, lower-cased, split as the cues of triggers and titles are."""
    return frozenset(_WORD.findall(text.lower()))


def triggers_in(text: str, words: frozenset[str] | None = None) -> list[Trigger]:
    """The triggers that may match in `text` (whose `words_of` may be given), in the order of `triggers()`: those
    whose cue (a form of their first word) is among its words, or that have no cue, and whose later words are all
    there."""
    by_cue, uncued = _trigger_index()
    words = words_of(text) if words is None else words
    chosen = set(uncued)
    for word in words:
        chosen.update(by_cue.get(word, ()))
    every = triggers()
    return [every[index] for index in sorted(chosen) if every[index].later <= words]


@cache
def _trigger_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    by_cue: dict[str, list[int]] = {}
    for index, trigger in enumerate(triggers()):
        for form in trigger.cue:
            by_cue.setdefault(form, []).append(index)
    uncued = tuple(index for index, trigger in enumerate(triggers()) if not trigger.cue)
    return {form: tuple(indexes) for form, indexes in by_cue.items()}, uncued


_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Trigger:
    relation: str
    frame: str  # "verbs", "passives", "nouns" or "symmetric_nouns"
    phrase: str
    pattern: re.Pattern[str]
    cue: frozenset[str] = frozenset()  # the first word's forms: a sentence without any cannot match
    later: frozenset[str] = frozenset()  # the other words: a sentence without all of them cannot match


@cache
def triggers() -> tuple[Trigger, ...]:
    """Every trigger of the lexicon, longest phrases first so that they win overlaps."""
    lexicon = ontology.load().lexicon
    found: list[Trigger] = []
    for frame_name in ("verbs", "passives", "nouns", "symmetric_nouns"):
        frame: dict[str, tuple[str, ...]] = getattr(lexicon, frame_name)
        for relation, phrases in frame.items():
            for phrase in phrases:
                regex = _phrase_regex(phrase, inflect_head=frame_name == "verbs")
                cue = _cue(phrase, inflect_head=frame_name == "verbs")
                pattern = re.compile(regex, re.IGNORECASE)
                found.append(Trigger(relation, frame_name, phrase, pattern, cue, _later_words(phrase)))
    for title in lexicon.roles:
        if title in lexicon.verbs.get("partners-with", ()) or title == "partner":
            continue  # "partner of" is a partnership, not a job
        for preposition in lexicon.role_prepositions:
            if preposition == "with" and title in _VAGUE_WITH:
                continue  # "lead with", "head with": not a post
            phrase = f"{title} {preposition}"
            regex = _phrase_regex(phrase, inflect_head=False)
            cue = _cue(phrase, inflect_head=False)
            pattern = re.compile(regex, re.IGNORECASE)
            found.append(Trigger("employs", "passives", phrase, pattern, cue, _later_words(phrase)))
    found.sort(key=lambda t: len(t.phrase), reverse=True)
    return tuple(found)


@cache
def title_cues() -> frozenset[str]:
    """The first word of each job title, lower-cased (and its plural, for a one-word title: 'CEOs'): a sentence
    whose `words_of` hold none of them has no title `role_pattern` can match."""
    cues = set()
    for title in ontology.load().lexicon.roles:
        first = _WORD.findall(title.lower())[0]
        cues.add(first)
        if " " not in title and "-" not in title:
            cues.add(first + "s")
    return frozenset(cues)


@cache
def role_pattern() -> re.Pattern[str]:
    titles = sorted(ontology.load().lexicon.roles, key=len, reverse=True)
    alternation = "|".join(re.escape(t) for t in titles)
    # the plural names several holders: "former OpenAI executives Jane Roe and Tom Poe"
    return re.compile(rf"(?<![\w-])(?:(?:co-|vice\s)?(?:{alternation}))(?:s(?=[\s,]))?(?![\w-])", re.IGNORECASE)
