"""Modality cues: what turns "X acquires Y" into planned, considered, reported, former or negated."""

from __future__ import annotations

import re
from functools import cache

import ontology
from kg.model import Modality

# the lexicon's cue lists in the order they are checked, and the modality each gives
_ORDER = ("negated", "considered", "exploring", "given_up", "planned", "former", "reported")
_GIVES = {"given_up": Modality.FORMER}  # "dropped its bid for Y": a plan that is no more


_REPORTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|as|it|has)\s+$", re.I)
# "its previously announced acquisition of X": an earlier announcement, not a fact of the past; a completed
# offer is no longer a plan
_EARLIER_NEWS = re.compile(
    r"\b(?:previously|earlier)[\s-]+(?:announced|disclosed|reported|agreed|signed)\b"
    r"|\b(?:completed|completes|closed|closes|concluded)\s+(?:its|the|their)\s+(?:\w+\s+){0,2}?(?:offer|bid)\b",
    re.I,
)


@cache
def _cue_patterns() -> list[tuple[Modality, re.Pattern[str]]]:
    cues = ontology.load().lexicon.modality
    patterns = []
    for name in _ORDER:
        words = sorted(cues.get(name, ()), key=len, reverse=True)
        if words:
            alternation = "|".join(re.escape(w) for w in words)
            # ("ex-CEO": a cue ending in a hyphen runs into the word it prefixes; any other is a word of its own,
            # not "once-monthly", "may-be")
            pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?:(?<=-)|(?![\w-]))", re.I)
            patterns.append((_GIVES.get(name) or Modality(name), pattern))
    return patterns


@cache
def _speech_after() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in ontology.load().lexicon.modality.get("speech_verbs", ()))
    return re.compile(rf"\s+(?:{verbs})\b", re.I) if verbs else re.compile(r"(?!)")


def _dates_a_statement(modality: Modality, text: str, match: re.Match[str]) -> bool:
    """'has previously said (that) ...': the time cue belongs to the speech verb right after it."""
    return modality is Modality.FORMER and _speech_after().match(text, match.end()) is not None


_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|a|an|the)\s+$", re.I)
_SAID = r"\b(?:said|announced|confirmed|disclosed|stated)\b(?:\s+\w+){0,3}?\s+(?:that\s+)?"
_SAID_IT_WOULD = re.compile(rf"(?P<said>{_SAID}(?:it|they|the\s+\w+))\s+would\b", re.I)
_SAID_BEFORE = re.compile(rf"{_SAID}$", re.I)
_DENIED_BEFORE = re.compile(
    r"\b(?:denied|denies|deny|rejected|dismissed)\s+(?:(?:a|the)\s+)?(?:(?:media\s+|news\s+)?reports?\s+)?(?:that\s+)?$",
    re.I,
)
_WOULD = re.compile(r"^\s*would\b")
_ACCUSATION_NOUN = re.compile(r"['’]s?\s+(?:\w+\s+){0,2}?(?:allegations|accusations|claims|charges|complaints?)\b")
_REJECTED_DEAL = re.compile(
    r"\b(?:rejected|rejecting|rejects|reject)(?=\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w$.,-]+\s+){0,3}?"
    r"(?:takeover|bid|offer|proposal|approach|buyout|merger)\b)",
    re.I,
)
_DEAL_NOUN = re.compile(r"['’]s?\s+(?:[\w$.,-]+\s+){0,3}?(?:takeover|bid|offer|proposal|approach|buyout|merger|deal)\b")
_CONDITION = re.compile(r"\b(?:if|unless|provided|should)\b", re.I)


def as_reported_plan(scope: str, before: str, sentence: str) -> str:
    """'said on Monday it would acquire Y' is a plan reported in the past tense, not a hypothesis ('would'
    alone is one): its 'would' reads as 'will', unless a condition hangs on it ('would buy it if ...'); 'denied
    that it plans to' is a denial. `before`: the words before the pair, where 'said' or 'denied' stands when the
    pair's subject is 'it'."""
    if _DENIED_BEFORE.search(before) and _DEAL_NOUN.match(scope):
        # "shareholders rejected CoreWeave's takeover of Core Scientific": the bid was made and failed
        scope = "bid rebuffed " + scope
    elif _DENIED_BEFORE.search(before) and not _ACCUSATION_NOUN.match(scope):
        # ("rejected Kestrel's allegations that it ...": the allegations were made; it is they that are denied)
        scope = "denied " + scope  # "denied that it plans to buy Y": the denial is said of the pair's 'it'
    if _CONDITION.search(sentence):
        return scope
    scope = _SAID_IT_WOULD.sub(r"\g<said> will", scope)
    return _WOULD.sub("will", scope, count=1) if _SAID_BEFORE.search(before) else scope


# ", previously head of retail at Staples,": a past post set aside, which dates nothing said beyond it
_PAST_ASIDE = re.compile(r",\s+(?:previously|formerly|until\s+recently)\s+[^,;()]{1,120},(?=\s*\S)", re.I)
# "will continue to", "will remain": what holds now goes on, it is not a plan
_GOES_ON = re.compile(r"\b(?:will|would|is\s+set\s+to|plans\s+to)\s+(?:continue|remain|stay|keep)\b", re.I)


# "earlier this year", "earlier on Monday": when a past event happened, which still holds
_EARLIER_WHEN = re.compile(r"\s+(?:this|last|in|on|that)\b", re.I)


# what 'used to' follows when it is a passive of 'use' (a purpose), not the habitual past
_USED_FOR = re.compile(r"\b(?:(?:is|are|was|were|be|been|being)|[a-z]{3,}s)\s+$")


def _a_purpose(text: str, cue: re.Match[str]) -> bool:
    """'the lasers used to generate EUV light', 'are used to train': 'used to' as a purpose, not the past."""
    return cue.group().lower() == "used to" and _USED_FOR.search(text, 0, cue.start()) is not None


def detect_modality(scope: str, sentence: str = "") -> tuple[Modality, str | None]:
    """Modality from cues in `scope` (the words linking subject and object), then sentence adverbials."""
    scope, sentence = _EARLIER_NEWS.sub("announced", scope), _EARLIER_NEWS.sub("announced", sentence)
    scope = _REJECTED_DEAL.sub("bid rebuffed", scope)  # "rejected a takeover bid from X": a bid made, and failed
    scope = _GOES_ON.sub("continues", scope)
    scope = _PAST_ASIDE.sub(",", scope)
    for modality, pattern in _cue_patterns():
        for cue in pattern.finditer(scope):
            if cue.group() == "May":
                continue  # the month ("In May the two companies signed"), not the modal verb
            if _a_purpose(scope, cue):
                continue
            if cue.group().lower() == "earlier" and _EARLIER_WHEN.match(scope, cue.end()):
                continue
            if not _dates_a_statement(modality, scope, cue):
                return modality, cue.group()
    opening = _PAST_ASIDE.sub(",", sentence)[:40]
    for modality, pattern in _cue_patterns():
        if modality in (Modality.FORMER, Modality.REPORTED) and (match := pattern.search(opening)):
            if match.group().lower() == "reported" and not _REPORTED_PASSIVE.search(opening[: match.start()]):
                continue  # "X, which owns Y, reported earnings": a company reporting, not a hedge
            if _dates_a_statement(modality, opening, match):
                continue
            if _a_purpose(opening, match):
                continue
            if match.group().lower() == "earlier" and _EARLIER_WHEN.match(opening, match.end()):
                continue
            if _DETERMINER_BEFORE.search(opening, 0, match.start()):
                continue  # "sued Quillon, its former partner": the cue describes a noun, it dates no statement
            return modality, match.group()
    return Modality.ASSERTED, None
