"""Constructions that no single trigger phrase captures: agreements between a company and a person,
fronted career clauses, titles without their company, sales and mergers of whole companies."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, wraps
from itertools import combinations, pairwise

from .gazetteer import load_gazetteer
from .mentions import (
    DESCRIBED_PRODUCT_AFTER,
    MAKER_NOUN,
    OWNED_ROUND,
    PRODUCT_NOUN_AFTER,
    RELATIVE_ASIDE,
    UNIT_NOUN_AFTER,
    Mention,
    is_authority,
    is_person_pronoun,
    is_pronoun,
    read_as,
)
from .patterns import role_pattern
from .quantities import parse_money
from .relations import (
    DESCRIBED_THEN_PRONOUN,
    MAKER_OF_BEFORE,
    OWNED_KIND_THEN_NAME,
    WHO_RUNS,
    Candidate,
    SentenceRelations,
    _inside,
    _title_between,
    known_to_be_others,
    one_group,
)

# "Employment Agreement ... between Acme Inc. and Jane Roe": a personal contract names employer and employee
_PERSONAL_AGREEMENT = re.compile(
    r"\b(?:employment|stock option|option|severance|retention|consulting|change (?:in|of) control|appointment|"
    r"offer|separation|award|compensation|indemnification|non-?competition|executive)\s+(?:agreement|letter)\b",
    re.I,
)
_BETWEEN = re.compile(r"\b(?:by\s+and\s+)?between\s+", re.I)
# "Prior to joining Acme, Jane Roe ...", "While at Acme, ...", "During his 28 years with A and then B, ..."
_FRONTED_CAREER = re.compile(
    r"^(?:prior\s+to|before|after|since)\s+joining\s+|^while\s+(?:at|with)\s+|"
    r"^during\s+(?:his|her|their)\s+(?:\w+\s+){0,3}(?:years?|tenure|time)\s+(?:at|with)\s+",
    re.I,
)
_TITLE = re.compile(
    r"\b(?:CEO|CFO|CTO|COO|chief\s+(?:\w+\s+)?officer|chief\s+executive|founder|co-founder|"
    r"(?:(?:co-)?founder\s+and\s+|executive\s+)(?:chairman|chairwoman|chair|president)|"
    r"(?!the\b|a\b|an\b|its\b)(?-i:[a-z]+|AI)\s+chief),?\s+$",  # "services chief Eddy Cue", "a new CEO, Jane Roe"
    re.I,
)
_HEAD_TITLE = re.compile(r"\b(?:[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Mm]anaging\s+[Dd]irector)\s+$")
_UNDER = re.compile(
    r"\bunder\s+(?:a\s+|its\s+|the\s+)?(?:new\s+|interim\s+|acting\s+)?$"
    r"|,\s+(?:as|while|after|when|because)\s+(?:its\s+)?(?:\w+\s+and\s+)?$",  # ", as Chairman and CEO Son ..."
    re.I,
)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:(?:former|new|interim|current|longtime)\s+)?$", re.I)
# one more name of a list: ", B", " and B", ", and B C"
_ANOTHER_NAME = r"(?:,\s+and\s+|,\s+|\s+and\s+)[A-Z][\w'’&+.-]*(?:\s+[A-Z][\w'’&+.-]*){0,2}"
_SOLD_TO = re.compile(
    # "including the Crunchline and Pop'd brands, to": more names sold with the first (see _SOLD_LIST)
    rf"(?:{_ANOTHER_NAME}){{0,4}}"
    # "sold its Corvo unit to ...", "sell its Jeppesen navigation business and several related units to ..."
    r"(?:(?:\s+(?:[a-z][\w-]*|[A-Z]{2,5})){0,3}\s+(?:unit|division|subsidiary|business|arm|operations|brand|label|studio)s?"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,5}?(?:units|businesses|operations|assets|brands))?)?"
    # "sell Apex Line, a racing game studio it bought in 2021, to ...": an apposition between
    r"(?:,\s+(?:a|an|the|its|their)\s+[^,;()]{3,80}?(?=,\s+to\s))?,?\s+to\s+"
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?"  # "to South Korea's Krafton"
    r"(?:(?:a|an|the)\s+(?:\w+\s+)?(?:subsidiary|affiliate|unit|group|consortium)\s+(?:of|led by)\s+"
    r"|(?:[A-Z][a-z]+\s+)?(?:rival|peer|competitor|buyer)\s+"  # "to Danish rival DSV"
    r"|(?:(?:private[\s-]+equity|buyout|investment|technology)\s+(?:firm|group|company|investor)s?\s+)"
    # "to footwear company Caleres", "to French retailer Kestrel"
    r"|(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}(?:company|firm|group|maker|retailer|chain|operator|conglomerate)\s+)?"
)
_SOLD_LIST = re.compile(rf"(?:{_ANOTHER_NAME}){{1,4}}")
# "... and to sell", "... and sold", "... and later sold"
_SECOND_VERB = re.compile(
    r"\band\s+(?:then\s+|later\s+|also\s+|subsequently\s+|eventually\s+)?(to\s+|would\s+|will\s+)?$"
)
_SELLS = re.compile(
    r"\b(?:sold|sells|sell|selling|divested|divests|divest|(?:sale|divestiture)\s+of)\s+"
    # "sell its logistics arm DB Schenker": a described unit, not a stake in it
    # "its logistics arm X", "their first startup, X,"
    # ("sold its application security unit, the Software Integrity Group, to": four words, then the name's 'the')
    r"(?:(?:its|the|their|his|her)\s+(?:(?!stake|shares|holding|interest|part|some|all|most)[a-z][\w-]*(?:\s+|,\s*)){0,4}"
    # "sell shoe brand Stuart Weitzman": a described brand or unit
    r"|(?:[a-z][\w-]*\s+){0,2}(?:brand|label|unit|business|chain|division|arm|subsidiary|publisher|studio|maker|"
    r"retailer|operator|startup|lender|bank|insurer|carrier|firm|company|platform|app)\s+"  # "sold publisher S&S to"
    # "sell its salty-snacks business, including the Crunchline and Pop'd brands, to"
    r"|(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}(?:business|unit|division|portfolio|operations),\s+including\s+(?:the\s+)?"
    r")?$",
    re.I,
)
# "A and B to merge", "A, B set to complete merger", "A and B agree friendly merger"
_MERGER_AFTER_PAIR = re.compile(
    r"\s*(?:(?!(?:with|after|before|than|and|or)\b)[\w'’$.-]+\s+){0,5}?(?:merge|merger|to\s+combine)\b", re.I
)
_MERGER_OF_PARTS = re.compile(r"\s+of\s+(?:their|its)\b", re.I)
_INTO = re.compile(r"\s+(?:with\s+and\s+)?into\s+(?:the\s+)?")
_MERGER_BEFORE_PAIR = re.compile(r"\bmerger\s+(?:between|of)\s+(?:the\s+)?$", re.I)
_PAIR_GLUE = re.compile(r"^\s*(?:,|and|&|with)\s*$")


def _as_organisation(mention: Mention) -> Mention:
    """The mention read as an organisation, where context says it is one ('a Rio Tinto rival')."""
    if mention.types[0] == "Organization" or "Organization" not in mention.types:
        return mention
    return read_as(mention, "Organization")


# a candidate's `scope` is text whose modality cues apply to it: this cue word makes a fact one that ended
_FORMER = "former"


Construction = Callable[[SentenceRelations], list[Candidate]]


# the constructions that run only on a sentence holding one of their cue words: the guarded function -> the
# construction itself and its cues (`candidates` tests every cue once a sentence, not once a construction)
_GUARDS: dict[Construction, tuple[Construction, frozenset[str]]] = {}


def _said(*words: str) -> Callable[[Construction], Construction]:
    """Run the construction only on a sentence holding one of `words` (lower case): its patterns cannot match
    without one, and most sentences hold none, so they skip it at the cost of a substring test."""

    def guard(construction: Construction) -> Construction:
        @wraps(construction)
        def guarded(finder: SentenceRelations) -> list[Candidate]:
            return construction(finder) if finder.has_any(*words) else []

        _GUARDS[guarded] = (construction, frozenset(words))
        return guarded

    return guard


def _without_possessive(words: str) -> str:
    """A trigger's words without the possessive mark they open with ("'s self-driving unit" -> "self-driving unit")."""
    return re.sub(r"^\s*['’]s?\s*", "", words).strip()


def _org(mention: Mention) -> bool:
    return "Organization" in mention.types


def _person(mention: Mention) -> bool:
    return mention.types[0] == "Person"


def _organisation_at(finder: SentenceRelations, offset: int) -> Mention | None:
    """The mention that starts exactly at `offset`, if it names an organisation (not a person)."""
    found = next((m for m in finder.mentions if m.start >= offset), None)
    if found is None or found.start != offset or not _org(found) or _person(found):
        return None
    return found


_RELIES_ON = re.compile(r"(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+on$", re.I)
_FOR_COMPUTE = re.compile(
    r"(?:['’]s?\s+\w+)?\s+(?:for|to\s+(?:run|train|host))\s+(?:[\w-]+\s+){0,2}?(?:comput\w*|capacity|cloud|servers|"
    r"data\s+cent\w+|GPUs|processing|infrastructure|hosting|training|models)"
)


_AND_THEN_PARTICIPLE = re.compile(r"\band\s+(?:[a-z]+\s+){0,3}?[a-z]+ing\b")
_NAMES_AS_A_NOUN = re.compile(r"\b(?:under|their|its|other|brand)\s+names?\s+(?:including|such\s+as|like)\b")
_WHOSE_COMPANY = re.compile(r"\s*,\s+whose\s+(?:company|firm|group|business|employer|conglomerate)\s")


_PASSIVE_SOLD = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?(?:sold|offered|marketed)\b")
# (not "keeps control of", "has control of": held, as the verb says)
_CONTROL_OF = re.compile(
    r"\b(?:gain|gains|gained|gaining|take|takes|took|taking|taken|seiz\w+|win|wins|won|winning|sold|sell|sells|selling|"
    r"cede[sd]?|ceding|lose|loses|lost|losing|wrest\w*)\s+(?:[\w-]+\s+){0,2}control\s+(?:of|over)\b",
    re.I,
)
_UNNAMED_PART_AFTER = re.compile(
    r"['’]s?\s+(?:(?!(?:stake|shares)\b)[\w-]+\s+){0,3}?(?:business|businesses|unit|units|operations|assets|arm|division|"
    r"divisions|routes|plants?|factories|stores|branches|brands?|network|portfolio|interests|activities|"
    r"segment)\b(?!\s+(?:of|in)\b|\s+[A-Z])"
)


def with_constructions(finder: SentenceRelations, found: list[Candidate]) -> list[Candidate]:
    """`found` (the trigger candidates of the sentence) plus these constructions; a company sold to a buyer
    is neither a product the seller makes nor a subsidiary of the buyer's parent."""
    sales = _sales(finder)
    sold = {(c.object.start, c.object.end) for c in sales}
    kept = [
        c
        for c in found
        if not ((c.object.start, c.object.end) in sold and c.relation in {"develops", "supplies", "owns"})
    ]
    extra = candidates(finder)
    # "Venafi, a specialist it bought from Thoma Bravo": a company changed hands, nothing was supplied
    sellers = {c.subject.name for c in extra if c.trigger == _BOUGHT_FROM}
    kept = [c for c in kept if not (c.relation == "supplies" and c.subject.name in sellers and "from" in c.trigger)]
    kept = _screened(finder, kept)
    # "CyberArk's tools would be sold alongside the company's products": a passive 'sold' makes nothing
    if _PASSIVE_SOLD.search(finder.sentence.text):
        kept = [
            c for c in kept if not (c.relation == "develops" and c.trigger.lower() in ("sold", "offered", "marketed"))
        ]
    # "gain effective control of the company", "sold control of the chain": control changing hands, not held
    if _CONTROL_OF.search(finder.sentence.text):
        kept = [c for c in kept if not (c.relation == "owns" and c.trigger.lower() == "control")]
    # "agreed to buy power from Kestrel Fusion": bought from it, it is the supplier, not the company bought
    bought_from = {(c.object.name, c.subject.name) for c in kept if c.relation == "supplies" and "from" in c.trigger}
    kept = [c for c in kept if not (c.relation == "acquires" and (c.subject.name, c.object.name) in bought_from)]
    # "agreed to buy Vodafone's Italian business", "take over some of ITA's routes": an unnamed part of it changes
    # hands, not the company
    kept = [
        c
        for c in kept
        if not (
            c.relation == "acquires" and c.object.possessive and _UNNAMED_PART_AFTER.match(finder.text, c.object.end)
        )
    ]
    # "Microsoft, under Satya Nadella, has poured billions into X": the company acts, the aside names who leads it
    led = {id(c.object): c.subject for c in extra if c.trigger == _LED_UNDER}
    for c in kept:
        if id(c.subject) in led and c.relation != "employs":
            c.subject = led[id(c.subject)]
    _earlier_posts(finder, kept)
    # "counts A, B and C among its partners": partners of the subject, not of one another
    symmetric = any(c.frame == "symmetric_nouns" for c in kept)
    listed = [{m.name for m in _members(finder, first)} for _, _, first in _group_leads(finder)] if symmetric else []
    kept = [
        c
        for c in kept
        if not (c.frame == "symmetric_nouns" and any({c.subject.name, c.object.name} <= names for names in listed))
    ]
    # "Disney chief executive Bob Iger, whose company owns 80% of ESPN": the company is his employer
    employers = {c.object.start: c.subject for c in kept if c.relation == "employs" and _org(c.subject)}
    for candidate in kept:
        held = candidate.relation != "employs" and candidate.subject.start in employers
        if held and _person(candidate.subject) and _WHOSE_COMPANY.match(finder.text, candidate.subject.end):
            candidate.subject = employers[candidate.subject.start]
    for candidate in kept:  # "to supply memory chips for OpenAI's Stargate project": OpenAI is the customer
        if candidate.relation == "supplies" and {"Project", "Product"} & set(candidate.object.types):
            owner = next(
                (
                    m
                    for m in reversed(finder.mentions)
                    if m.possessive and re.fullmatch(r"['’]s?\s+", finder.between(m.end, candidate.object.start))
                ),
                None,
            )
            if owner is not None and _org(owner) and not _person(owner) and owner.name != candidate.subject.name:
                candidate.object = owner
    # "a consortium made up of A and B": made of them, not making them
    kept = [
        c for c in kept if not (c.relation == "develops" and re.search(r"\bmade\s+up\s+of\b", _span_between(finder, c)))
    ]
    # "Intel's biggest rivals in contract manufacturing, TSMC and Samsung": companies in a role, not products
    kept = [
        c
        for c in kept
        if not (c.relation == "develops" and _ROLE_NOUN.search(RELATIVE_ASIDE.sub(",", _span_between(finder, c))))
        and not (c.relation == "develops" and _VENTURE_APPOSITION.match(finder.text, c.object.end))
    ]  # ("Mistral, whose investors include A and B, develops Le Chat": the aside's role is not the pair's)
    shown = {"develops", "announces"}
    kept = [c for c in kept if not (c.relation in shown and _UNVEILED_AT.search(_span_between(finder, c)))]
    # "buying platform W&B for $1.7 billion and agreeing to acquire startup Monolith AI": the second participle's
    # subject is the first one's, not what the first one bought
    by_participle = {
        c.object.start: c.subject for c in kept if c.frame == "verbs" and c.trigger.split()[0].endswith("ing")
    }
    for candidate in kept:
        doer = by_participle.get(candidate.subject.start)
        second = doer is not None and candidate.frame == "verbs" and doer.name != candidate.object.name
        if second and _AND_THEN_PARTICIPLE.search(finder.between(candidate.subject.end, candidate.object.start)):
            candidate.subject = doer  # type: ignore[assignment]
    # "will provide PowerEdge servers for Nokia", "its models will run on Nvidia's Grace Blackwell systems": goods
    # named as a product are what is supplied or run on, never the customer or the host
    gazetteered = load_gazetteer().entities
    kept = [
        c
        for c in kept
        if not (c.relation in ("supplies", "hosts-on") and c.object.types[0] == "Product" and c.frame != "possessive")
        or c.object.name in gazetteered
    ]
    # "hotels operate under names including Days Inn": a noun, no appointment
    kept = [c for c in kept if not (c.relation == "employs" and _NAMES_AS_A_NOUN.search(_span_between(finder, c)))]
    kept += _and_with(finder, kept)
    kept += _part_of_a_partnership(finder, kept)
    kept = _co_buyers(kept)
    kept += _joined_too(finder, kept)
    units = _a_company_of(finder)
    for candidate in kept:  # "Isomorphic Labs, the Alphabet unit run by Demis Hassabis": the unit is run by him
        if candidate.relation == "employs":
            unit = next((c.object for c in units if c.subject.start == candidate.subject.start), None)
            if unit is not None and candidate.subject.end < candidate.object.start:
                candidate.subject = unit
    stakes = _stakes_bought(finder)
    bought = {(c.subject.name, c.object.name) for c in stakes}
    kept = [c for c in kept if not (c.relation == "acquires" and (c.subject.name, c.object.name) in bought)]
    if any(c.trigger == "the complaint names" for c in extra):  # co-defendants are no partners
        kept = [c for c in kept if c.relation != "partners-with"]
    # "co-led Anduril's round alongside Sands Capital": an investor in it, not a partner of it
    invested = {frozenset((c.subject.name, c.object.name)) for c in extra if c.relation == "invests-in"}
    kept = [
        c
        for c in kept
        if not (c.relation == "partners-with" and frozenset((c.subject.name, c.object.name)) in invested)
    ]
    # ("its ARC business" in "sell ... and its ARC processor IP business to GlobalFoundries": sold, not made)
    extra = [
        c for c in extra if not ((c.object.start, c.object.end) in sold and c.relation in {"develops", "supplies"})
    ]
    found = _makers_compete(kept + sales + stakes + units + extra)
    found += _gapped_holders(finder, found)
    for candidate in found:  # "its majority stake in Arm", "a 60% holding in Beta": a parent, not an investor
        if candidate.relation == "invests-in" and candidate.trigger != _REST and _controls(finder, candidate.object):
            candidate.relation = "owns"
    found = _with_as_partners(finder, found)
    found = _appointed_elsewhere(finder, found)
    suing = {frozenset((c.subject.name, c.object.name)) for c in found if c.trigger == "sued ... together with"}
    found = [  # "sued Anthropic, together with Concord": co-plaintiffs, no partners of the one sued, nor sued by it
        c
        for c in found
        if not (c.relation in ("partners-with", "accuses") and frozenset((c.subject.name, c.object.name)) in suing)
        or c.trigger == "sued ... together with"
    ]
    # "sued to block JetBlue's Northeast Alliance with American": the suit is against the parties, not the deal
    found = [
        c
        for c in found
        if not (
            c.relation == "accuses"
            and _BLOCKED_DEAL_BEFORE.search(
                finder.text, max(finder.sentence.start, c.object.start - 80), c.object.start
            )
        )
    ]
    # "agreed to buy a stake in Kestrel": a holding bought, not the company (unless the stake is the whole)
    staked = {(c.subject.name, c.object.name) for c in found if c.relation == "invests-in"}
    found = [
        c
        for c in found
        if not (
            c.relation == "acquires"
            and c.frame == "verbs"
            and (c.subject.name, c.object.name) in staked
            and _STAKE_BOUGHT_GAP.search(_span_between(finder, c))
            and not _WHOLE_HELD.search(_span_between(finder, c))
        )
    ]
    # "Bettina Orlopp, who took over from Manfred Knof": a post handed on, no one bought
    found = [
        c
        for c in found
        if not (c.relation == "acquires" and c.subject.types[0] == "Person" and c.object.types[0] == "Person")
    ]
    models = _bought_models(finder) if "from" in finder.lowered else set()
    if models:  # "buy thousands of Ioniq 5 SUVs from Hyundai": goods, no company bought or owned
        found = [
            c
            for c in found
            if not (
                c.relation in ("acquires", "owns", "supplies", "develops")
                and {c.subject.start, c.object.start} & models
                and c.trigger != "from"
            )
        ]
    found += _predecessors(finder, found)
    for candidate in found:  # "the maker of the Claude chatbot has committed to buy capacity": its maker acts
        if candidate.relation != "develops":
            candidate.subject = _maker_meant(finder, candidate.subject)
        elif _owned_platform(candidate.object) or (
            _BUSINESS_KIND_AFTER.match(finder.text, candidate.object.end)
            and not _MADE_BEFORE.search(
                finder.text, max(finder.sentence.start, candidate.object.start - 40), candidate.object.start
            )
        ):
            # "Meta's Instagram", "Acme's Lumio streaming service", "its Vanta brand": a business it owns, not a
            # product it makes
            candidate.relation = "owns"
    for candidate in found:  # "provide cloud services to X", "AWS counts X as a customer": X is hosted there
        one = {candidate.subject.name.split()[0], candidate.object.name.split()[0]}
        if (
            candidate.relation == "supplies"
            and len(one) == 2
            and (
                _CLOUD_WORDS.search(candidate.trigger)
                or (
                    re.search(r"customer|client", candidate.trigger)
                    and (_a_cloud_provider(finder, candidate.subject) or _runs_a_cloud(candidate.subject.name))
                )
            )
        ):
            candidate.relation = "hosts-on"
            candidate.subject, candidate.object = candidate.object, candidate.subject
    # "robots run on processors from B": a supplier of goods, not a host, when the same pair is said to be both
    supplied = {(c.object.name, c.subject.name) for c in found if c.relation == "supplies"}
    found = [
        c
        for c in found
        if not (
            c.relation == "hosts-on"
            and (c.subject.name, c.object.name) in supplied
            and not _a_cloud_provider(finder, c.object)
            and not _runs_a_cloud(c.object.name)
        )
    ]
    # "the State Administration for Market Regulation approved Nvidia's purchase of Mellanox": a regulator, a court
    # or a government rules on a takeover, it buys nothing
    found = [c for c in found if not (c.relation == "acquires" and _a_ruling_body(c.subject))]
    for c in found:  # "chief executive of the Intel Products unit": the post is at Intel, whose unit it is
        if c.relation == "employs" and UNIT_NOUN_AFTER.match(finder.text, c.subject.end):
            c.subject = _parent_named_in(c.subject) or c.subject
    for c in found:  # "signed compute deals with Nvidia, AMD and Broadcom": a chipmaker supplies, it hosts no one
        if c.relation == "hosts-on" and _known_not_a_cloud(finder, c.object):
            c.relation, c.subject, c.object = "supplies", c.object, c.subject
    found += _consortium_members(finder, found)
    # "plans to sell its De Beers diamond unit": a unit changes hands, no product is sold
    found = [
        c
        for c in found
        if not (
            c.relation == "develops"
            and c.frame == "verbs"
            and _SELLING.match(c.trigger)
            and _A_WHOLE_BUSINESS_AFTER.match(finder.text, c.object.end)
        )
    ]
    for c in found:  # "the maker of the Tecno and Infinix brands": a brand is owned, whoever makes the goods
        if (
            c.relation == "develops"
            and not _LAUNCHED.match(c.trigger)
            and _BRANDS_AFTER.match(finder.text, c.object.end)
            and "Organization" in c.subject.types
        ):
            c.relation = "owns"
    for c in found:  # "TSMC, which makes its Blackwell processors": a known product made for its owner is supplied
        if c.relation == "develops" and c.frame == "verbs" and _MANUFACTURING.match(c.trigger):
            known = load_gazetteer().entities.get(c.object.name)
            maker_name = known.owner if known is not None and known.type == "Product" else None
            if maker_name and maker_name != c.subject.name and maker_name in load_gazetteer().entities:
                c.relation, c.object = "supplies", _standing_for(c.object, maker_name)
    for c in found:  # "its own copper assets in Chile, including the Escondida mine": holdings are owned
        if c.relation == "develops" and c.frame == "nouns" and _HOLDINGS.search(c.trigger):
            c.relation = "owns"
    found = [_others_product(finder, c) for c in found]
    # "led the design of the iMac and iPod": a product employs no one
    return [
        c
        for c in found
        if not (
            c.relation == "employs"
            and (
                (c.subject.kind == "known" and c.subject.type == "Product")
                or _WORK_ON_A_THING.search(_span_between(finder, c))
            )
        )
        # "he takes over his new role at Meta", "he addressed reports that rivals had tried to buy X": a person
        # named only by 'he' or 'she' is read for the posts held, the money put in and the suits brought
        and not (is_person_pronoun(c.subject) and c.relation not in ("invests-in", "accuses"))
    ]


def _others_product(finder: SentenceRelations, candidate: Candidate) -> Candidate:
    """'Acme will offer Claude models', 'Acme's models will run on Nvidia's Blackwell systems': a product the
    gazetteer or a possessive gives to another company is that company's, which supplies the one using it (not
    developed by the user, no cloud it is hosted on)."""
    if candidate.relation not in ("develops", "hosts-on") or candidate.object.type != "Product":
        return candidate
    known = load_gazetteer().entities.get(candidate.object.name)
    if known is not None and known.cloud:
        return candidate  # "runs on Azure": a cloud
    maker_name = known.owner if known is not None and known.type == "Product" else None
    before = [m for m in finder.mentions if m.end <= candidate.object.start]
    possessor = before[-1] if before and before[-1].possessive else None
    if possessor is not None and re.fullmatch(r"['’]s?\s+", finder.between(possessor.end, candidate.object.start)):
        maker = possessor if _org(possessor) and not _person(possessor) else None
    elif maker_name is not None and maker_name in load_gazetteer().entities:
        maker = _standing_for(candidate.object, maker_name)
    else:
        return candidate
    user = candidate.subject
    if maker is None or one_group(user.name, maker.name):
        return candidate
    if candidate.relation == "hosts-on" and _known_cloud(maker):
        return candidate
    return replace(candidate, relation="supplies", subject=maker, object=user)


_SELLING = re.compile(r"(?i)sel|sold")
_MANUFACTURING = re.compile(r"(?i)(?:make|makes|made|making|manufactur|produc|fabricat|assembl)")
_SHARES_OF_NAMED = re.compile(r"\s+(?:shares|stock|bonds|debt)\b")
_LAUNCHED = re.compile(r"(?i)launch|introduc|unveil|creat|debut|roll")
_BRANDS_AFTER = re.compile(
    r"(?:\s*,?\s+(?:and\s+)?[A-Z][\w'’&+.-]*(?:\s+[A-Z][\w'’&+.-]*){0,2}){0,3}(?:\s+[a-z][\w-]*){0,2}\s+brands?\b"
)
_HOLDINGS = re.compile(
    r"\b(?:assets|businesses|brands|units|subsidiaries|mines|operations|stores|chains|holdings|properties|stakes|"
    r"hotels|plants|fields|labels|banners|networks)\b"
)
_A_WHOLE_BUSINESS_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:unit|division|business|arm|subsidiary|operations|chain|group)s?\b"
)
_CLOUD_WORDS = re.compile(
    r"\bcloud\s+(?:services?|customers?|clients?|computing|capacity|infrastructure|contracts?)\b"
    r"|\bcomputing\s+(?:power|capacity|services|resources)\b|\bcompute\b",
    re.I,
)


def _trigger_between(finder: SentenceRelations, candidate: Candidate) -> int:
    """Where the candidate's trigger stands between its two mentions (-1 if it is not there)."""
    first, last = sorted((candidate.subject, candidate.object), key=lambda m: m.start)
    return finder.text.rfind(candidate.trigger, first.end, last.start)


_CO_MAKING = re.compile(r"(?:co-)?(?:design|develop)\w*")
_THING_AFTER_PARTNER = re.compile(
    r"['’]s?\s|\s+(?:chips?|GPUs?|processors?|hardware|technology|software|servers?|tools?|models?|funding|money|"
    r"cash|data|systems?|platforms?)\b"
)
_AUXILIARY_BEFORE = re.compile(r"(?:\b(?:has|have|had|was|were|is|are|be|been|being|jointly|also|it|they|and)|,)\s*$")


def _made_with_a_thing(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'develops models with Nvidia chips', 'developed the drug with funding from B', 'technology developed with
    IBM' (said of the technology, not of the clause's subject): no partnership of the subject's with the name."""
    if candidate.relation != "partners-with" or not _CO_MAKING.match(candidate.trigger):
        return False
    at = _trigger_between(finder, candidate)
    if at < 0:
        return False
    partner = max(candidate.subject, candidate.object, key=lambda m: m.start)
    if finder.between(at + len(candidate.trigger), partner.start).strip() not in ("", "the"):
        return True
    if _THING_AFTER_PARTNER.match(finder.text, partner.end):
        return True
    participle = candidate.trigger.split()[0].endswith("ed")
    before = finder.text[finder.sentence.start : at]
    return participle and bool(re.search(r"\b[a-z][\w-]*\s+$", before)) and not _AUXILIARY_BEFORE.search(before)


_NOUN_BEFORE_VERB_FORM = re.compile(
    r"(?:['’]s?|\b(?:a|an|the|its|their|his|her|biggest|closest|main|largest|nearest|chief|key|fierce|top|bigger|"
    r"smaller|former|longtime|arch|new|local|domestic|foreign)\b)\s*$",
    re.I,
)


def _noun_read_as_verb(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'Orvane Labs' biggest rival, was bought by Amazon': 'rival' after a possessive or an adjective is a noun,
    so the name after it is no one's rival."""
    if candidate.frame != "verbs" or candidate.trigger.lower() not in ("rival", "rivals", "challenge", "challenges"):
        return False
    first, last = sorted((candidate.subject, candidate.object), key=lambda m: m.start)
    at = _trigger_between(finder, candidate)
    if at < 0 or not re.search(r",\s+(?:is|was|are|were|has|have|had|will|would)\b", finder.between(at, last.start)):
        return False  # ("Nvidia's rival AMD", "its rivals, including AMD": the rival is named after the noun)
    return _NOUN_BEFORE_VERB_FORM.search(finder.text, first.start, at) is not None


_MADE_INTO_A_ROLE = re.compile(
    r"\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:owner|leader|largest|biggest|player|rival|"
    r"company|group|maker|producer|supplier|buyer|seller|operator)\b"
)
_GAP_INTO_PREDICATE = re.compile(r"\s(?:and|but)\s+(?:would|will|could|should|may|might|can|did|does|do)\s")
_FIRM_NAME = re.compile(
    r"\b(?:Capital|Management|Investments|Partners|Holdings|Group|Inc\.?|Ltd\.?|LLC|Corp\.?|Bank|Ventures|Advisors|"
    r"Advisers|Securities|Associates)$"
)
_OTHER_BUSINESSES = re.compile(
    r"[^;.]{0,60}?\b(?:among\s+other|and\s+other|among\s+its)\s+(?:[\w-]+\s+)?(?:banners|chains|brands|stores|"
    r"businesses|units|subsidiaries|companies|retailers|supermarkets|hotels|airlines|labels|networks)\b"
)
_PLANT_AFTER = re.compile(
    r"\s+(?:assembly\s+lines?|(?:assembly\s+)?(?:plants?|factory|factories|fabs?|campus|facility))(?![\w-])"
)
_LED_SOMETHING_AT = re.compile(
    r"\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?!business|unit|division|arm|operations|group|team\b)"
    r"[a-z][\w-]*s?\s+(?:in|at|on|with|for|to)\s+(?:the\s+)?"
)
_SUPPORTED_THING = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:petition|appeal|bid|plan|plans|proposal|position|request|case|campaign|strategy|"
    r"decision|move|push|call|efforts?|application|candidacy|argument|claims?|lawsuit|challenge|offer)\b"
)
_AN_INDEX_AFTER = re.compile(r"\s+(?:index|indices|indexes|benchmark)\b")
_NOUN_BACKING = re.compile(r"\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+s\s+backing\s+(?:the\s+)?$")
# "plans to sell its ground station infrastructure to EQT": assets change hands, no goods are supplied
_ASSETS_SOLD = re.compile(
    r"(?i)(?:sell|sells|sold|selling)\s+(?:its|their|the|his|her|[\w.&-]+['’]s?)\s+(?:[\w-]+\s+){0,3}?(?:infrastructure|assets?|stake|"
    r"unit|business|operations|division|towers|network|plants?|factories|portfolio|brands?|arm|subsidiary|shares|"
    r"holding|interest)\s+to$"
)
# "agreed to train its consultants on Palo Alto products": people taught, no model trained on a cloud
_PEOPLE_TRAINED = re.compile(
    r"(?i)train\w*\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:consultants|staff|employees|workers|engineers|"
    r"salespeople|teams?|partners|customers|people|developers|technicians|pilots|users)\b"
)
_DETERMINED_NAME_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_PREDICATE_AFTER_NOUN = re.compile(r"\s+(?:will|would|is|was|has|had|could|may|might|should|makes?|made|gives?|gave)\b")


def _name_then_noun(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'The Versace purchase will make Prada the owner': a name between 'the' and the trigger, and a predicate
    after it, make the trigger a noun ('the purchase of Versace'), whose name is no subject."""
    if candidate.frame != "verbs" or candidate.subject.end > candidate.object.start:
        return False
    at = _trigger_between(finder, candidate)
    if at < 0 or finder.between(candidate.subject.end, at).strip():
        return False
    return bool(
        _DETERMINED_NAME_BEFORE.search(finder.text, finder.sentence.start, candidate.subject.start)
        and _PREDICATE_AFTER_NOUN.match(finder.text, at + len(candidate.trigger))
    )


_RECIPROCAL_VERB = re.compile(
    r"(?:are\s+|will\s+|have\s+(?:been\s+)?)?(?:compete|competing|battle|battling|partnered|collaborating|"
    r"jointly\s+develop|co-develop|teamed\s+up)$"
)
_WITH_A_THIRD = re.compile(r"\s+(?:with|against)\s+(?!each\s+other|one\s+another)(?:the\s+)?[A-Z]")


def _reciprocal_with_a_third(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'A and B compete with C', 'A and B partnered with C': each with the third, not with one another."""
    if candidate.frame != "symmetric_nouns" or not _RECIPROCAL_VERB.match(candidate.trigger):
        return False
    last = max(candidate.subject.end, candidate.object.end)
    at = finder.text.find(candidate.trigger, last, finder.sentence.end)
    return at >= 0 and _WITH_A_THIRD.match(finder.text, at + len(candidate.trigger)) is not None


_MADE_BY_PASSIVE = re.compile(r"(?:made|built|manufactured|produced|developed|designed|created)\s+by")
_NOUN_RIGHT_BEFORE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|also|now|first|originally|jointly|both|all|then|later|each|and|or|"
    r"which|that|its|their)\b)[a-z][a-z-]+\s+$"
)


def _made_thing_named_by_a_noun(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'chips used in cars made by Toyota': what Toyota makes is the noun right before 'made by', not the company
    named before it."""
    if (
        candidate.relation != "develops"
        or candidate.frame != "passives"
        or not _MADE_BY_PASSIVE.fullmatch(candidate.trigger)
    ):
        return False
    at = _trigger_between(finder, candidate)
    if at < 0 or _NOUN_RIGHT_BEFORE.search(finder.text, candidate.object.end, at) is None:
        return False
    # ("Cursor, the coding assistant made by Anysphere": the noun describes the product named before it)
    return not re.fullmatch(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}", finder.between(candidate.object.end, at))


_SHARE_BEFORE_OWNED = re.compile(r"\b(?P<share>\d+(?:\.\d+)?)\s?(?:%|percent)[\s-]+$")
_COMPANY_CALLED = re.compile(
    r"\b(?:company|firm|startup|start-up|group|fund|venture|unit|lab|business|maker|developer|partner)\s*,?\s+"
    r"(?:called|named)\s+$"
)
_MADE_A_MOVE = re.compile(
    r"\b(?:made|makes|make|making)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:bid|offer|approach|case|move|"
    r"push|proposal|pitch|play)\b"
)


def _racing_to(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'racing to secure Nvidia's processors': a race to do something, not against the company named after it
    ('racing Microsoft to sell agents' names the rival right after the verb)."""
    if candidate.relation != "competes-with" or not re.fullmatch(r"rac(?:e|es|ed|ing)", candidate.trigger):
        return False
    at = _trigger_between(finder, candidate)
    if at < 0:
        return False
    after = at + len(candidate.trigger)
    first = next((m for m in finder.mentions if m.start >= after), None)
    return first is None or not re.fullmatch(r"\s+(?:past\s+)?", finder.between(after, first.start))


_NAMED_AMONG_CUSTOMERS = re.compile(
    r"(?:['’]s?(?:\s+[\w-]+){0,3}?|(?:\s+\w+){0,6}?)"
    r"(?:\s*,\s*|\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|became|becomes?|ranks?|ranked)\s+"
    r"|\s+(?:will\s+be|would\s+be|are|is|be)\s+(?:offered|available|sold)\s+to\s+)"
    r"(?:(?:one|some|two|three|several)\s+of\s+|among\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?customers\s+of\s+(?:the\s+)?",
    re.I,
)


_CHALLENGE_NOUN_BEFORE = re.compile(
    r"\b(?:legal|court|regulatory|antitrust|constitutional|fresh|faces|faced|face|facing|serious|mounting)\s+$", re.I
)


def _list_start(finder: SentenceRelations, member: Mention) -> int:
    """Where the list a mention is the last or a middle member of begins ('from Intel, AMD and Apple': at Intel)."""
    start = member.start
    for earlier in reversed([m for m in finder.mentions if m.end <= member.start]):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", finder.text[earlier.end : start]):
            break
        start = earlier.start
    return start


_AGAINST_GOODS = re.compile(
    r"\b(?:against|versus|vs\.?|than|rival|rivals|rivalling|rivaling|compete\s+with|competes\s+with|competing\s+with|"
    r"outsell|outsells|outselling|overtake|overtook|beat|beats)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:chips|processors|GPUs|accelerators|products|devices|phones|models|offerings|systems)\s+(?:from|made\s+by|by)\s+$"
)


_OWNED_BEFORE_OWNER = re.compile(
    r"\s+|['’]s?\s+(?:(?:new|former|majority|main|biggest|largest|controlling|ultimate)\s+)?|"
    r",?\s+and\s+(?:its|their)\s+(?:(?:new|former|majority|main|controlling|ultimate)\s+)?"
)


def _owner_far(finder: SentenceRelations, candidate: Candidate) -> bool:
    """Whether the thing 'owner' is said of stands apart from the word, before it."""
    at = _trigger_between(finder, candidate)
    if at < 0:
        return False  # ("the Facebook owner will rent ...": the description holds the word)
    return not _OWNED_BEFORE_OWNER.fullmatch(finder.between(candidate.object.end, at))


_HOLDERS_OF_AFTER = re.compile(r"(?:['’]s)?\s+(?:shareholders|stockholders|investors|bondholders|employees)\b")
_RIGHTS_BOUGHT = re.compile(
    r"\b(?:for|buy|bought|buys|acquire|acquired|acquires|won|wins)\s+(?:the\s+|exclusive\s+|its\s+)*"
    r"(?:[\w-]+\s+)?(?:rights?|licen[cs]es?|access)\s+(?:to|for|of)\b"
)


def _screened(finder: SentenceRelations, kept: list[Candidate]) -> list[Candidate]:
    """The trigger candidates of a sentence without those its wording rules out, some turned into the
    relation the wording means."""
    if not kept:
        return kept  # (most sentences: no trigger matched, nothing to screen)
    # "X is one of the biggest customers of Y", "X, among the customers of Y", "X's models will be offered to
    # customers of Y": the plural names X a customer only so; "struggled to lure the customers of Y" names none
    kept = [
        c
        for c in kept
        if c.trigger != "customers of"
        or (
            c.subject.end <= c.object.start
            and c.subject.type != "Product"
            and _NAMED_AMONG_CUSTOMERS.fullmatch(finder._masked(c.subject.end, c.object.start))
        )
    ]
    for candidate in kept:  # "manager of Riverside Honda": a person's name in shape, the employer by role
        # "general manager of X", not "X hired Y"; "was with Jane Roe" may be company kept, not a job
        after_preposition = candidate.frame == "passives" and not _VAGUE_PLACE.match(candidate.trigger)
        if candidate.relation == "employs" and after_preposition and _person(candidate.subject):
            candidate.subject = _as_organisation(candidate.subject)
    kept = [c for c in kept if not (c.relation == "employs" and _person(c.subject))]  # people employ no one here
    kept = [c for c in kept if not _made_with_a_thing(finder, c)]
    kept = [c for c in kept if not _racing_to(finder, c)]
    kept = [c for c in kept if not _noun_read_as_verb(finder, c)]
    kept = [c for c in kept if not _name_then_noun(finder, c)]
    kept = [c for c in kept if not (c.relation == "hosts-on" and _PEOPLE_TRAINED.match(c.trigger))]
    kept = [c for c in kept if not (c.relation == "supplies" and _ASSETS_SOLD.match(c.trigger))]
    kept = [  # "operates Ralphs, Fred Meyer and Harris Teeter among other banners": businesses held, not goods made
        c
        for c in kept
        if not (
            c.relation == "develops"
            and c.trigger.lower() in ("operates", "operate", "operated", "operating", "runs", "run", "ran", "running")
            # (or a company by its name: "operates ... franchises, including RS Investments and Sycamore Capital")
            and (
                _OTHER_BUSINESSES.match(finder.text, c.object.end, finder.sentence.end)
                or _FIRM_NAME.search(c.object.name)
            )
        )
    ]
    kept = [  # "operates an iPhone plant": the product names what the plant makes, it is not operated
        c
        for c in kept
        if not (
            c.relation in ("develops", "owns")
            and c.subject.end <= c.object.start
            and _PLANT_AFTER.match(finder.text, c.object.end)
        )
    ]
    kept = [  # "who has led the negotiations in Washington": something led at a place, no employer
        c
        for c in kept
        if not (
            c.relation == "employs"
            and c.trigger.lower() in ("led", "leads", "leading", "lead", "heads", "headed", "runs", "ran", "run")
            and c.object.end <= c.subject.start
            and _LED_SOMETHING_AT.fullmatch(finder.between(c.object.end, c.subject.start).split(c.trigger, 1)[-1])
        )
    ]
    # "offered to give the U.S. government a veto": an infinitive, nothing offered to the one named after it
    kept = [
        c for c in kept if not (c.relation == "supplies" and re.fullmatch(r"(?i)offer(?:s|ed|ing)?\s+to", c.trigger))
    ]
    kept = [  # "backed Bayer's petition": support for something the company asks, no investment
        c
        for c in kept
        if not (
            c.relation == "invests-in"
            and c.object.possessive
            and c.subject.end <= c.object.start
            and _SUPPORTED_THING.match(finder.text, c.object.end)
        )
    ]
    kept = [  # "will join the S&P 500 index": an index joined is no partner
        c for c in kept if not (c.relation == "partners-with" and _AN_INDEX_AFTER.match(finder.text, c.object.end))
    ]
    kept = [  # "the reserves backing USDC": the reserves back it, not a company named before
        c
        for c in kept
        if not (
            c.relation == "invests-in"
            and c.trigger.lower() == "backing"
            and c.subject.end <= c.object.start
            and _NOUN_BACKING.search(finder.text, finder.sentence.start, c.object.start)
        )
    ]
    # "withdrawing its exchange offer and would no longer seek to": a gap that runs into a second predicate
    kept = [c for c in kept if not (c.frame == "verbs" and _GAP_INTO_PREDICATE.search(c.trigger))]
    kept = [  # "will make Prada the owner of ...": a causative, nothing made
        c
        for c in kept
        if not (
            c.relation == "develops"
            and re.match(r"(?i)mak(?:e|es|ing)|made$", c.trigger)
            and _MADE_INTO_A_ROLE.match(finder.text, c.object.end)
            and c.subject.end <= c.object.start
        )
    ]
    kept = [c for c in kept if not _reciprocal_with_a_third(finder, c)]
    for candidate in kept:  # "Kestrel, which is 30% owned by Orvane": a minority stake, not a parent
        if candidate.relation == "owns" and candidate.trigger == "owned by":
            at = _trigger_between(finder, candidate)
            share = _SHARE_BEFORE_OWNED.search(finder.text, candidate.object.end, at) if at >= 0 else None
            if share is not None and float(share.group("share")) <= 50:
                candidate.relation = "invests-in"
                candidate.qualifiers = {**candidate.qualifiers, "stake": float(share.group("share")) / 100}
    kept = [c for c in kept if not _made_thing_named_by_a_noun(finder, c)]
    for candidate in kept:  # "Sakuro makes cells for Kestrel Trucks": goods made for a customer, who is no product
        if (
            candidate.relation == "develops"
            and _org(candidate.object)
            and candidate.subject.end <= candidate.object.start
            and _MADE_FOR_A_CUSTOMER.search(finder.text, candidate.subject.end, candidate.object.start)
        ):
            candidate.relation = "supplies"
    # "working on a deal with a company called Kestrel": a company so called is no product
    kept = [
        c
        for c in kept
        if not (c.relation == "develops" and _COMPANY_CALLED.search(finder.text, finder.sentence.start, c.object.start))
    ]
    # "made a bid for Pellucid", "made the case for buying Acme shares": a move made, nothing developed
    kept = [
        c
        for c in kept
        if not (
            c.relation in ("develops", "invests-in")
            and _MADE_A_MOVE.search(
                finder.between(min(c.subject.end, c.object.end), max(c.subject.start, c.object.start))
            )
        )
    ]
    # "Beta Data, where he served as Vice President of Operations": a place of work, not the employee
    kept = [c for c in kept if not (c.relation == "employs" and _WHERE_SERVED.match(finder.text, c.object.end))]
    kept = [c for c in kept if not (c.relation == "owns" and _holds_a_post(finder, c))]
    # "Humane, started by Imran Chaudhri, sold its assets to HP": what is bought, owned or invested in is no person
    people = {c.object.name for c in kept if c.relation == "employs"}
    kept = [
        c
        for c in kept
        if not (
            c.relation in ("acquires", "owns", "invests-in")
            and (c.object.types == ("Person",) or (c.object.types[0] == "Person" and c.object.name in people))
        )
    ]
    # "Chief Executive P was criticised over the purchase of Vonage": a deal is a person's only when it is his
    # ("Musk's purchase of Twitter")
    kept = [
        c
        for c in kept
        if not (
            c.relation in ("acquires", "invests-in")
            and c.frame == "nouns"
            and c.subject.types == ("Person",)
            and not c.subject.possessive
            and c.subject.end <= c.object.start
        )
    ]
    # "Exor, the holding company of the Agnelli family": the family's company, not one it holds
    for c in kept:
        if (
            c.relation == "owns"
            and (c.object.name.endswith(" family") or c.object.types == ("Person",))
            and re.search(r"\bholding\s+(?:company|vehicle)\s+of\b", finder.between(c.subject.end, c.object.start))
        ):
            c.subject, c.object = c.object, c.subject
    # "its models are built on Nvidia's newest systems": hardware a maker sells, no cloud that hosts them
    for c in kept:
        if (
            c.relation == "hosts-on"
            and not _known_cloud(c.object)
            and not _runs_a_cloud(c.object.name)
            and _HARDWARE_OF.match(finder.text, c.object.end)
        ):
            c.relation, c.subject, c.object = "supplies", c.object, c.subject
    # "a margin loan backed by its shares in Arm": collateral, not a backer
    kept = [
        c
        for c in kept
        if not (c.relation == "invests-in" and _BACKED_BY_SHARES.search(finder.between(c.object.end, c.subject.start)))
    ]
    # "its Inception subsidiary built Jais": Inception is the subsidiary named, it owns nothing after it
    kept = [
        c
        for c in kept
        if not (
            c.relation == "owns"
            and c.frame == "nouns"
            and c.subject.end <= c.object.start
            and _ITS_JUST_BEFORE.search(finder.text, finder.sentence.start, c.subject.start)
            and _PART_NOUN_AFTER.match(finder.text, c.subject.end)
        )
    ]
    # "struggled to keep up with orders from Microsoft": the orders are kept up with, not Microsoft
    kept = [
        c
        for c in kept
        if not (
            c.relation == "competes-with" and _KEPT_UP_WITH_THINGS.search(finder.between(c.subject.end, c.object.start))
        )
    ]
    # "TSMC has taken most of the business of Apple": a share of the customers' orders, not a unit of Apple
    kept = [
        c
        for c in kept
        if not (c.relation == "owns" and _SHARE_OF_ORDERS.search(finder.between(c.object.end, c.subject.start)))
    ]
    # "promoted Jane Roe to COO" (not "promoted Beta Lager"): a promotion names the new post
    kept = [c for c in kept if not (_PROMOTED.match(c.trigger) and not _TO_POST.match(finder.text, c.object.end))]
    kept = [c for c in kept if not (c.relation in {"owns", "develops"} and _operates_as(finder, c))]
    kept = [c for c in kept if not (c.relation == "develops" and _not_making(finder, c))]
    # "received a takeover offer from B": what comes from someone is no product one makes
    kept = [c for c in kept if not (c.relation == "develops" and _FROM_BEFORE.search(_before(finder, c.object)))]
    # "to manufacture Tesla's chips": the possessor of the goods is no product of the maker
    kept = [
        c
        for c in kept
        if not (c.relation == "develops" and c.object.possessive and c.object.types[0] == "Organization")
    ]
    kept = [c for c in kept if not (c.relation == "develops" and _distant_maker_noun(finder, c))]
    kept = [c for c in kept if not (c.relation == "develops" and _holding(finder, c.object))]
    kept = [
        c
        for c in kept
        if not (
            c.relation == "invests-in" and c.trigger != _SOLD_STAKE and _STAKE_SOLD.search(_before(finder, c.object))
        )
    ]
    # "agreed to buy computing power from Oracle": Oracle sells, it is not bought
    kept = [
        c
        for c in kept
        if not (
            c.relation == "acquires"
            and c.frame in ("verbs", "nouns")  # "a deal to buy chips from B": B sells, it is not bought
            and _FROM_SELLER.search(finder.between(c.subject.end, c.object.start))
        )
    ]
    for candidate in kept:  # "will buy $5 billion of Intel common stock", "buy an additional 5% of Intel": a part
        if candidate.relation == "acquires" and (
            _STOCK_AFTER.match(finder.text, candidate.object.end)
            or _SOME_PERCENT_OF.search(finder.between(candidate.subject.end, candidate.object.start))
        ):
            candidate.relation = "invests-in"
    # "AT&T's purchase of EchoStar's 3.45 GHz licences": something of EchoStar's is bought, not EchoStar
    kept = [
        c
        for c in kept
        if not (
            c.relation == "acquires"
            and c.subject.end <= c.object.start
            and re.match(
                r"['’]s?\s+(?:[\w.$-]+\s+){0,5}?(?:licen[cs]es|assets|spectrum|airwaves|stake|shares|holding)\b",
                finder.text[c.object.end :],
            )
        )
    ]
    # "fended off a takeover approach from BHP": a bid turned away, no rivalry
    kept = [
        c
        for c in kept
        if not (
            c.relation == "competes-with"
            and re.search(r"(?i)\b(?:fend|fended|fends|fight|fought|hold|held)\s+off\b", c.trigger)
            and re.search(
                r"\b(?:bid|bids|offer|offers|approach|approaches|takeover|attempt|proposal)\b", _span_between(finder, c)
            )
        )
    ]
    # "faces legal challenges over Tylenol": the noun, a lawsuit's, not a rival's verb
    kept = [
        c
        for c in kept
        if not (
            c.relation == "competes-with"
            and c.frame == "verbs"
            and c.trigger.lower() in ("challenge", "challenges", "challenged")
            and _CHALLENGE_NOUN_BEFORE.search(finder.text, finder.sentence.start, max(0, _trigger_between(finder, c)))
        )
    ]
    # "go up against processors from Intel and AMD": goods a rival makes, nobody is supplied
    kept = [
        c
        for c in kept
        if not (
            c.relation == "supplies"
            and "from" in c.trigger
            and _AGAINST_GOODS.search(
                finder.text,
                max(finder.sentence.start, _list_start(finder, c.subject) - 60),
                _list_start(finder, c.subject),
            )
        )
    ]
    # "British Airways owner IAG", "Arm and its owner, SoftBank", "Orvane's new owner": what is owned is named right
    # before 'owner' (not "Shares of Arm jumped in their Nasdaq debut, handing its owner, SoftBank, a win")
    kept = [c for c in kept if not (c.relation == "owns" and c.trigger.lower() == "owner" and _owner_far(finder, c))]
    # "made three proposals for Anglo": nothing made of a company named after 'for'
    kept = [
        c
        for c in kept
        if not (
            c.relation == "develops"
            and c.frame == "verbs"
            and c.object.type == "Organization"  # (not "shipped an upgrade to GPT-5", "designs for the iPhone")
            and re.search(r"\b(?:for|to|with|from)\s+(?:the\s+)?$", finder.between(c.subject.end, c.object.start))
        )
    ]
    # "will be owned about 62.4% by Anglo shareholders": the company's shareholders, not the company
    kept = [
        c
        for c in kept
        if not (
            c.relation in ("owns", "acquires", "invests-in")
            and (
                _HOLDERS_OF_AFTER.match(finder.text, c.subject.end)
                or _HOLDERS_OF_AFTER.match(finder.text, c.object.end)
            )
        )
    ]
    # "will pay $5 billion for the rights to stream WWE's Raw": rights bought, not the company
    kept = [c for c in kept if not (c.relation == "acquires" and _RIGHTS_BOUGHT.search(_span_between(finder, c)))]
    for candidate in kept:  # "bought a 100% stake in Beta": the whole company
        words = finder.between(candidate.subject.end, candidate.object.start)
        if candidate.relation == "invests-in" and _BUYS_WHOLE.search(words) and _WHOLE_HELD.search(words):
            candidate.relation = "acquires"
    for candidate in kept:  # "which owns Meridian shares": shares held, not the company
        if (
            candidate.relation == "owns"
            and not candidate.object.possessive
            and _SHARES_OF_NAMED.match(finder.text, candidate.object.end)
        ):
            candidate.relation = "invests-in"
    for candidate in kept:  # "owns 40% of Oracle", "owns a 49% stake in OpenAI": a holding, not the company
        held = finder.between(candidate.subject.end, candidate.object.start)
        if candidate.relation == "owns" and _PART_HELD.search(held) and not _WHOLE_HELD.search(held):
            # (the share nearest the company: "which bought 55% of A, will own 15% of B")
            share = next(reversed(list(_PERCENT.finditer(held))), None)
            if share is None or float(share.group(1)) <= 50:  # "owns about 90% of Arm": it controls Arm
                candidate.relation = "invests-in"
                if share is not None:
                    candidate.qualifiers = {**candidate.qualifiers, "stake": float(share.group(1)) / 100}
    for candidate in kept:  # "relies on TSMC to manufacture its chips", "on Zeiss for the mirrors": a supplier
        # ("relies on a chain of suppliers, among them Zeiss": so named)
        suppliers = _SUPPLIERS_NAMED.search(finder.between(candidate.subject.end, candidate.object.start))
        if candidate.relation == "hosts-on" and (
            _RELIED_ON_FOR_GOODS.match(finder.text, candidate.object.end) or suppliers
        ):
            candidate.relation, candidate.subject, candidate.object = "supplies", candidate.object, candidate.subject
    for candidate in kept:  # "bought Nvidia chips worth $40 billion", "bought Acme shares": goods or a holding
        if candidate.relation == "acquires" and not candidate.object.possessive:
            bought = _GOODS_NAMED_BY.match(finder.text, candidate.object.end)
            if bought is not None and bought.group("shares"):
                candidate.relation = "invests-in"
            elif bought is not None:
                candidate.relation = "supplies"
                candidate.subject, candidate.object = candidate.object, candidate.subject
    for candidate in list(kept):  # "buy Kering's beauty business": the business is bought, Kering sells it
        part = (
            _UNNAMED_PART_SOLD.match(finder.text, candidate.object.end)
            if candidate.relation == "acquires" and candidate.frame == "verbs" and candidate.object.possessive
            else None
        )
        if part is not None:
            named = next((m for m in finder.mentions if part.group("named") and m.start == part.end()), None)
            if named is not None and _org(named) and named.name != candidate.subject.name:
                if not any(c.relation == "owns" and c.object is named for c in kept):
                    kept.append(Candidate("owns", candidate.object, named, "possessive", "'s ... including", 0.6))
                candidate.object = named
            else:
                kept.remove(candidate)
    for candidate in kept:  # "agreed to buy any of CoreWeave's unused capacity": computing bought, no company
        if candidate.relation == "acquires" and candidate.object.possessive:
            goods = _GOODS_OF.match(finder.text, candidate.object.end)
            if goods is not None and goods.group("capacity"):
                candidate.relation = "hosts-on"
            elif goods is not None:
                candidate.relation = "supplies"
                candidate.subject, candidate.object = candidate.object, candidate.subject
    # "a large customer of TSMC", "relies on TSMC": a company the gazetteer knows rents out no computing
    for candidate in kept:
        if (
            candidate.relation == "hosts-on"
            and (
                candidate.trigger in ("customer of", "customers of")
                or (_RELIES_ON.match(candidate.trigger) and not _FOR_COMPUTE.match(finder.text, candidate.object.end))
            )
            and candidate.object.kind == "known"
            and not _a_cloud_provider(finder, candidate.object)
            and not _runs_a_cloud(candidate.object.name)
        ):
            candidate.relation, candidate.subject, candidate.object = "supplies", candidate.object, candidate.subject
    for candidate in kept:  # "Oracle uses Ampere's chips in its cloud": Ampere supplies Oracle
        if candidate.relation == "hosts-on" and _CHIPS_OF.match(finder.text, candidate.object.end):
            candidate.relation, candidate.subject, candidate.object = "supplies", candidate.object, candidate.subject
    for candidate in kept:  # "in talks with Oracle about a cloud computing deal": the talks' subject decides
        if candidate.relation == "partners-with" and (
            "talks" in candidate.trigger or "discussions" in candidate.trigger
        ):
            about = _TALKS_ABOUT.match(finder.text, max(candidate.subject.end, candidate.object.end))
            if about is not None and about.group("cloud"):
                candidate.trigger += " ... " + about.group("cloud")  # hosting, see below
            elif about is not None and about.group("buy"):
                candidate.relation = "acquires"
            elif about is not None and about.group("invest"):
                candidate.relation = "invests-in"
    for candidate in kept:  # "signed a $2 billion agreement with Lambda, a cloud provider": its customer
        provider = next((m for m in (candidate.object, candidate.subject) if _a_cloud_provider(finder, m)), None)
        if candidate.relation == "partners-with" and provider is not None and _DEAL_WORD.search(candidate.trigger):
            customer = candidate.subject if provider is candidate.object else candidate.object
            first, second = sorted((candidate.subject, candidate.object), key=lambda m: m.start)
            if _a_cloud_provider(finder, customer):
                continue
            if _LANDLORD_DEAL.search(candidate.trigger + " " + finder.between(first.end, second.start)):
                # "Cipher Mining announced a 15-year lease with AWS": the cloud rents the miner's data centres
                candidate.relation, candidate.subject, candidate.object = "hosts-on", provider, customer
            else:
                candidate.relation, candidate.subject, candidate.object = "hosts-on", customer, provider
    for candidate in kept:  # "signed a cloud deal with Google Cloud": the customer is hosted on the provider
        first, second = sorted((candidate.subject, candidate.object), key=lambda m: m.start)
        if candidate.relation == "partners-with" and (
            _CLOUD_DEAL.search(candidate.trigger) or _CLOUD_DEAL_NOUN.search(finder.between(first.end, second.start))
        ):
            customer, provider = candidate.subject, candidate.object
            if _known_cloud(customer):
                customer, provider = provider, customer
            candidate.relation, candidate.subject, candidate.object = "hosts-on", customer, provider
    for candidate in kept:  # "its cloud unit AWS trains Anthropic's models": the cloud runs the other's models
        if (
            candidate.relation == "hosts-on"
            and _known_cloud(candidate.subject)
            and candidate.object.possessive
            and _WORKLOADS_AFTER.match(finder.text, candidate.object.end)
        ):
            candidate.subject, candidate.object = candidate.object, candidate.subject
    # "sold its hardware business to B": a part of the company changed hands, no goods were supplied
    kept = [c for c in kept if not (c.relation == "supplies" and _PART_SOLD.search(_span_between(finder, c)))]
    # "Quillon, which Harbor sold to Veltrix": the company the clause hangs on changed hands, no goods were supplied
    kept = [
        c
        for c in kept
        if not (
            c.relation == "supplies"
            and re.match(r"(?:sold|sells|sell|selling)\b", c.trigger)
            and (
                re.search(r"(?:,\s+|\s)(?:which|that)\s+$", _before(finder, c.subject))
                or DESCRIBED_THEN_PRONOUN.search(_before(finder, c.subject))  # "X, a unit it sold to Y"
            )
        )
    ]
    # "bought a stake from B", "bought the unit from B": a holding bought, no goods; "buy capacity from B": hosting
    kept = [c for c in kept if not (c.relation == "supplies" and _PART_BOUGHT_FROM.search(_span_between(finder, c)))]
    # "its main HBM supplier": the kind of goods supplied, not a customer
    kept = [c for c in kept if not (c.relation == "supplies" and c.trigger == "supplier" and _goods_kind(finder, c))]
    hosted = {(c.object.name, c.subject.name) for c in kept if c.relation == "hosts-on"}
    kept = [c for c in kept if not (c.relation == "supplies" and (c.subject.name, c.object.name) in hosted)]
    kept = [c for c in kept if not (c.relation == "hosts-on" and _CHIP_AFTER.match(finder.text, c.object.end))]
    # "tapped Jane Roe to lead its unit": no one hosts on a person; "Tessa 2, the successor to its Tessa chatbot":
    # a product makes nothing
    kept = [c for c in kept if not (c.relation == "hosts-on" and c.object.types[0] == "Person")]
    kept = [c for c in kept if not (c.relation == "develops" and c.subject.types[0] == "Product")]
    kept = [c for c in kept if not (c.relation == "hosts-on" and _CHIP_NAME.search(c.object.name))]
    # "training AI models on Reddit content": data one learns from, not a cloud one runs on
    kept = [c for c in kept if not (c.relation == "hosts-on" and _CONTENT_AFTER.match(finder.text, c.object.end))]
    kept = [c for c in kept if not (c.relation == "accuses" and _IN_CHARGE.search(_span_between(finder, c)))]
    kept = [c for c in kept if not (c.relation == "owns" and _HELD_SOMETHING_ELSE.search(_span_between(finder, c)))]
    kept = [c for c in kept if not (c.relation == "owns" and c.object.types == ("Person",))]
    # "whose Trainium chips are used to train Claude": the chips are a tool; who trains Claude is not said
    kept = [
        c
        for c in kept
        if not (
            c.relation == "develops"
            and _USED_TO_MAKE.search(_span_between(finder, c))
            and c.subject.end < c.object.start
        )
    ]
    # "a former NBC executive whom Musk hired to run X": the person named before the verb hired, he was not hired
    kept = [c for c in kept if not (c.relation == "employs" and _HIRER.match(finder.text, c.object.end))]
    # "paid $3.5 billion for the games business of Niantic": Niantic owned what was sold, not the buyer (buying
    # "the business of X" stays an acquisition of X: the gold counts it so)
    kept = [
        c
        for c in kept
        if not (
            c.relation == "owns"
            and _PART_OF_NAMED.search(
                finder.between(min(c.subject.end, c.object.end), max(c.subject.start, c.object.start))
            )
        )
    ]
    kept = [c for c in kept if not (c.relation == "owns" and c.object.text.lower() == "it")]  # "will operate it"
    # "building OpenAI's ChatGPT into Siri": another company's product is not made by the builder
    kept = [c for c in kept if not (c.relation == "develops" and _owned_by_other(finder, c))]
    # "rents out access to Nvidia graphics processors": the chips' maker is no customer
    kept = [c for c in kept if not (c.relation == "supplies" and _ITS_HARDWARE.match(finder.text, c.object.end))]
    kept = [c for c in kept if not (c.relation == "owns" and _PART_OF_A_PLAN.search(_span_between(finder, c)))]
    kept = [c for c in kept if not (c.relation == "partners-with" and "join" in c.trigger and _joiner(finder, c))]
    for candidate in kept:  # "holds contracts with the Department of Defense": a supplier of the government
        authority = next((m for m in (candidate.subject, candidate.object) if _an_authority(m)), None)
        if candidate.relation == "partners-with" and authority is not None:
            other = candidate.object if authority is candidate.subject else candidate.subject
            if re.search(r"(?i)\bcontracts?\b", candidate.trigger) and not _an_authority(other):
                candidate.relation, candidate.subject, candidate.object = "supplies", other, authority
    # "working with the U.S. government", "talks with the regulator": no business partnership
    kept = [
        c for c in kept if not (c.relation == "partners-with" and (_an_authority(c.subject) or _an_authority(c.object)))
    ]
    kept = [c for c in kept if not (c.relation == "partners-with" and (_a_round(c.object) or _a_round(c.subject)))]
    kept = [c for c in kept if not (c.relation == "employs" and _a_round(c.subject))]  # "P ... led the round"
    if "joining" in finder.lowered and _JOINING.search(finder.sentence.text):
        kept = [c for c in kept if not (c.relation == "partners-with" and "join" in c.trigger.lower())]
    return kept


_BUSINESS_KIND_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:brand|brands|chain|chains|network|networks|channel|channels|studio|studios|"
    r"label|labels|franchise|newspaper|newspapers|magazine|website|stores|hotels|airline|bank|streaming\s+service|"
    r"pay-TV\s+service|TV\s+service)\b"
)


# ("launched its Pine Stay brand", "build and operate the Pine network": made by it, as the verb says)
_MADE_BEFORE = re.compile(
    r"\b(?:launch\w*|build\w*|built|creat\w*|introduc\w*|unveil\w*|develop\w*|design\w*|roll\w*\s+out)\b[^.;]*$"
)


def _owned_platform(mention: Mention) -> bool:
    known = load_gazetteer().entities.get(mention.name)
    return known is not None and known.owned


def _maker_meant(finder: SentenceRelations, mention: Mention) -> Mention:
    """The known maker of a product named in 'the maker of (the) PRODUCT', else the mention itself."""
    before = _before(finder, mention)
    maker_of = MAKER_OF_BEFORE.search(before)  # (not its owner or publisher: they need not act for it)
    if maker_of is not None and maker_of.group("noun") not in ("maker", "developer", "creator"):
        maker_of = None
    if mention.type != "Product" or maker_of is None or before[: maker_of.start()].rstrip().endswith(","):
        return mention  # (", the maker of the Claude chatbot,": an apposition, not the one who acts)
    known = load_gazetteer().entities.get(mention.name)
    if known is None or not known.owner:
        return mention
    return _standing_for(mention, known.owner)


def _standing_for(mention: Mention, name: str) -> Mention:
    """The mention read as the gazetteer's entity `name` (a product's maker), at the mention's place."""
    known = load_gazetteer().entities[name]
    return Mention(mention.start, mention.end, mention.text, known.name, (known.type,), "reference")


_WORK_ON_A_THING = re.compile(
    r"\b(?:design|development|launch|creation|rollout|building|redesign)\s+of\s+(?:the\s+)?(?:[\w-]+(?:,\s+|\s+and\s+))*$"
)
_AS_PARTNERS = re.compile(
    r"\s+as\s+(?:(?:its|their|a|an)\s+)?(?:(?:minority|majority|equity|junior|strategic|joint|founding|local|"
    r"industrial|technology)\s+)?(?P<role>partners?|investors?|shareholders?|backers?)\b"
)


_WITH_THE_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _with_as_partners(finder: SentenceRelations, found: list[Candidate]) -> list[Candidate]:
    """'TSMC is building plants with Sony, Denso and Toyota as minority partners': each listed company is the
    subject's partner (or investor), not a partner of the others listed with it."""
    if "with" not in finder.lowered:
        return found
    for first in finder.mentions:
        if not _org(first) or not _WITH_THE_BEFORE.search(_before(finder, first)):
            continue
        listed = finder._expand_right_list(first)
        role = _AS_PARTNERS.match(finder.text, listed[-1].end, finder.sentence.end)
        members = [_as_organisation(m) for m in listed if _org(m)]  # (a company, whatever its name looks like)
        subject = finder._clause_subject(("Organization",))
        if role is None or subject is None or subject.end > first.start or _person(subject):
            continue
        names = {m.name for m in members}
        found = [
            c
            for c in found
            if not (c.relation == "partners-with" and c.subject.name in names and c.object.name in names)
        ]
        investing = role.group("role").startswith(("investor", "shareholder", "backer"))
        for member in members:
            if member.name != subject.name:
                pair = (member, subject) if investing else (subject, member)
                found.append(
                    Candidate("invests-in" if investing else "partners-with", *pair, "nouns", role.group().strip(), 0.6)
                )
    return found


_APPOINTING = frozenset(
    ["named", "names", "name", "appointed", "appoints", "appoint", "hired", "hires", "hire", "tapped"]
)
_AS_POST_OF = re.compile(r"\bas\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,5}?(?:of|at|for)\s+(?:the\s+)?$")


def _appointed_elsewhere(finder: SentenceRelations, found: list[Candidate]) -> list[Candidate]:
    """'It named Mike Motz, previously at Staples, as chief executive of Walgreens': the post is at the company
    named after 'as ... of', not at the one that appoints (an owner naming a subsidiary's chief)."""
    posts = {
        c.object.start: c.subject.name
        for c in found
        if c.relation == "employs"
        and c.frame != "verbs"
        and c.subject.start > c.object.end
        and _AS_POST_OF.search(finder.text, c.object.end, c.subject.start)
    }
    if not posts:
        return found
    return [
        c
        for c in found
        if not (
            c.relation == "employs"
            and c.frame == "verbs"
            and c.trigger.split()[0].lower() in _APPOINTING
            and posts.get(c.object.start, c.subject.name) != c.subject.name
        )
    ]


_REPLACING = re.compile(
    r"[^;]{0,160}?(?:,\s+(?:replacing|succeeding|who\s+(?:took\s+over\s+from|succeeded|replaced))"
    # "joined Starbucks in 2022 and took the helm the following March from Howard Schultz"
    r"|\s+and\s+took\s+(?:the\s+helm|over|charge)(?:\s+[\w-]+){0,4}?\s+from)\s+"
    r"(?:(?:[a-z-]+|CEO|CFO|COO|CTO)\s+){0,3}"
)
# "Starbucks hired Chipotle boss Brian Niccol": the company before the title is the one he leaves
_HIRED_FROM_BEFORE = re.compile(
    r"\b(?:hired|hires|hire|named|names|appointed|appoints|tapped|taps|poached|poaches|recruited)\s+(?:[\w-]+\s+){0,2}$"
)


def _predecessors(finder: SentenceRelations, found: list[Candidate]) -> list[Candidate]:
    """'Starbucks hired Brian Niccol as chief executive, replacing Laxman Narasimhan': the one replaced held
    the post at the same company before."""
    more = []
    for candidate in found:
        if candidate.relation != "employs" or not _person(candidate.object):
            continue
        replacing = _REPLACING.match(finder.text, candidate.object.end, finder.sentence.end)
        if replacing is None:
            continue
        if _HIRED_FROM_BEFORE.search(finder.text, finder.sentence.start, candidate.subject.start):
            continue  # "hired Chipotle boss Brian Niccol ..., replacing Q": Q held no post at Chipotle
        between = [m for m in finder.mentions if candidate.object.end <= m.start < replacing.end() and _org(m)]
        if between and between[-1].name != candidate.subject.name:
            continue  # "named P, who ran Staples, as chief executive of Walgreens, succeeding Q": Walgreens's post
        before = next((m for m in finder.mentions if m.start >= replacing.end()), None)
        named = before is not None and before.start == replacing.end() and _person(before)
        if before is not None and named and before.name != candidate.object.name:
            more.append(Candidate("employs", candidate.subject, before, "verbs", "replacing", 0.6, {}, _FORMER, True))
    return more


def _as_its_maker(product: Mention) -> Mention:
    """The maker the gazetteer knows for a product, as a mention at the product's place; else the product (also a
    cloud or a platform run as a business: 'Azure', 'YouTube' compete in their own name)."""
    maker = _known_maker(product.name)
    if maker is None or load_gazetteer().in_own_name(product.name):
        return product
    return _standing_for(product, maker)


# "a majority stake in", "its controlling interest in", "a 60% holding in" right before the company held
_CONTROLLING_STAKE = re.compile(
    r"\b(?:(?P<kind>majority|controlling)|(?P<share>\d+(?:\.\d+)?)\s?(?:%|percent))\s+(?:stake|holding|interest|"
    r"shareholding)\s+in\s+(?:the\s+)?$",
    re.I,
)


def _controls(finder: SentenceRelations, held: Mention) -> bool:
    if held.possessive:
        return False  # "a controlling stake in Intel's factories": in something of the company's
    stake = _CONTROLLING_STAKE.search(finder.text, max(finder.sentence.start, held.start - 40), held.start)
    return stake is not None and (stake.group("kind") is not None or float(stake.group("share")) > 50)


# "owns 40% of Beta, Orvane 25% and Harbor about 10%": each later holder with its share, the verb left out
_ABOUT = (
    r"(?:(?:the\s+remaining|the\s+other|about|around|roughly|nearly|almost|some|close\s+to|more\s+than|less\s+than|"
    r"just\s+(?:over|under))\s+)?"
)
_SHARE_NAMED = re.compile(rf"\s+{_ABOUT}(?P<share>\d+(?:\.\d+)?)\s?(?:%|percent\b)")
_MONEY_NAMED = re.compile(rf"\s+{_ABOUT}(?P<money>[$€£]\s?\d[\d.,]*(?:\s?(?:billion|million|bn|m)\b)?)")
_NEXT_HOLDER_GAP = re.compile(r"(?:,\s+and|,|\s+and|,?\s+while|,?\s+whereas)\s+(?:[a-z][\w-]*\s+){0,3}?")
_HELD_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# "..., and B owns close to 9%", "while B invested $200 million": a verb of holding or paying before the amount
_HOLDER_VERB = re.compile(
    r"\s+(?:also\s+)?(?:owns|holds|has|had|controls|retains|kept|keeps|took|takes|invested|contributed|put\s+in|"
    r"committed|pledged|added)(?=\s)"
)
_OWN_OBJECT_AFTER = re.compile(r"\s+(?:of|in|into|to|for)\s")


def _gapped_holders(finder: SentenceRelations, found: list[Candidate]) -> list[Candidate]:
    """'A holds 40% of Beta, B 25% and C about 10%', 'in which A holds about 6%, car-parts maker B about 5.5% and
    C about 2%', 'A invested $500 million in Beta, while B invested $200 million and C about $100 million': the
    holders listed after the first, each with a share or a sum and no object of its own, hold stakes in the same
    company."""
    lowered = finder.lowered
    shares = "%" in finder.sentence.text or "percent" in lowered
    if not shares and not any(sign in finder.sentence.text for sign in "$€£"):
        return []
    more: list[Candidate] = []
    for candidate in found:
        if candidate.relation not in ("invests-in", "owns") or _person(candidate.object):
            continue
        window = min(finder.sentence.end, candidate.subject.end + 40)
        first = _SHARE_NAMED.search(finder.text, candidate.subject.end, window) if shares else None
        amount = _SHARE_NAMED
        if first is None or first.start() - candidate.subject.end > 30:
            first, amount = _MONEY_NAMED.search(finder.text, candidate.subject.end, window), _MONEY_NAMED
            if first is None or first.start() - candidate.subject.end > 30:
                continue
        cursor = first.end()
        held_of = _HELD_OF.match(finder.text, cursor) or _OWN_OBJECT_AFTER.match(finder.text, cursor)
        if held_of is not None and held_of.end() == candidate.object.start:
            cursor = candidate.object.end  # "owns 40% of Beta, ...", "invested $500 million in Beta, ..."
        while True:
            holder = next((m for m in finder.mentions if m.start >= cursor), None)
            if holder is None or not _NEXT_HOLDER_GAP.fullmatch(finder.between(cursor, holder.start)):
                break
            verb = _HOLDER_VERB.match(finder.text, holder.end)
            share = amount.match(finder.text, verb.end() if verb else holder.end)
            if share is None or holder.name == candidate.object.name or not (_org(holder) or _person(holder)):
                break
            if verb is not None and _OWN_OBJECT_AFTER.match(finder.text, share.end()):
                break  # "..., and B owns 9% of Gamma": a stake of its own
            if amount is _SHARE_NAMED:
                stake = float(share.group("share"))
                relation = "owns" if stake > 50 and not _person(holder) else "invests-in"
                qualifiers: dict[str, object] = {"stake": stake / 100}
            else:
                relation, money = "invests-in", parse_money(share.group("money"))
                qualifiers = {"amount": money[0]} if money else {}
            trigger = "holds ... " if amount is _SHARE_NAMED else "invested ... "
            more.append(
                Candidate(relation, holder, candidate.object, "verbs", trigger + share.group().strip(), 0.6, qualifiers)
            )
            cursor = share.end()
    return more


def _makers_compete(found: list[Candidate]) -> list[Candidate]:
    """'Juniper's Mist platform competes with Cisco's Meraki products': the makers compete. A product that
    competes gives way to its maker, the one the sentence names or else the one the gazetteer knows ('Zepbound
    has overtaken Wegovy'); the product stays where it has none."""
    gazetteer = load_gazetteer()
    # ("competes with Meta's Instagram": a platform run as a business competes in its own name)
    makers = {
        c.object.name: c.subject
        for c in found
        if c.relation == "develops" and _org(c.subject) and not gazetteer.in_own_name(c.object.name)
    }
    result = []
    for candidate in found:
        if candidate.relation != "competes-with":
            result.append(candidate)
            continue
        one, other = (
            makers.get(m.name, m) if "Product" in m.types else m for m in (candidate.subject, candidate.object)
        )
        # a company that competes with a product competes with its maker; two products compete as products
        if (one.types[0] == "Product") != (other.types[0] == "Product"):
            one, other = (_as_its_maker(m) if m.types[0] == "Product" else m for m in (one, other))
        if (one, other) == (candidate.subject, candidate.object) or one.name == other.name:
            result.append(candidate)
        else:
            result.append(replace(candidate, subject=one, object=other))
    return result


# "unveiled at the White House": where it was shown, not what
_UNVEILED_AT = re.compile(
    r"\b(?:unveiled|announced|launched|introduced|presented|revealed|shown|made|built|developed)\s+"
    r"(?:\w+\s+){0,2}?(?:at|in|on|during|inside)\s+(?:the\s+)?$",
    re.I,
)


def _joined_too(finder: SentenceRelations, kept: list[Candidate]) -> list[Candidate]:
    """'Jonathan Ross, Groq's founder and chief executive, President Sunny Madra and others will join Nvidia': the
    first-named person, set before the other by an apposition, joins too."""
    more = []
    for candidate in kept:
        if candidate.relation != "employs" or "join" not in candidate.trigger.lower():
            continue
        person = candidate.object
        before = [m for m in finder.mentions if m.end <= person.start and _person(m)]
        if not before or candidate.subject.start < person.end:
            continue  # only "P ... will join Y", the employer named after the people
        first = before[-1]
        if re.fullmatch(r",\s*[^,;]{3,80},\s*(?:[A-Z][a-z]+\s+){0,2}", finder.between(first.end, person.start)):
            more.append(Candidate("employs", candidate.subject, first, candidate.frame, candidate.trigger, 0.6))
    return more


# "and with Siemens", ", as well as with smaller clouds such as Lambda", "and with gear from Arista"
_AND_WITH = re.compile(
    r"(?:\s+(?:in|for|on)\s+[^,;()]{1,40}?)?(?:,\s*(?:which|who)\b[^,;()]{1,80})?"  # ", which has a value of $60bn"
    r",?\s+(?:and|as\s+well\s+as)\s+(?:also\s+|increasingly\s+|now\s+)?with\s+"
    r"(?:the\s+)?(?:(?:[a-z-]+|\"[^\"]{1,20}\"|“[^”]{1,20}”)\s+){0,4}?(?:(?:from|by|such\s+as|including|like|of)\s+)?"
    r"(?=[A-Z0-9])"
)  # "..., as well as with the cloud divisions of Amazon and Oracle"
_OWN_UNIT = re.compile(r"['’]s?\s+(?:own\s+)?$")


_CONSORTIUM_OF_BEFORE = re.compile(
    r"\b(?:consortium|group|club)\s+(?:of|made\s+up\s+of|comprising|including|that\s+includes)\s+(?:investors\s+)?(?:the\s+)?$"
)


def _consortium_members(finder: SentenceRelations, kept: list[Candidate]) -> list[Candidate]:
    """'the sale of Nestle Waters to a consortium of PAI Partners and Platinum Equity': each member buys, as the
    first one found does."""
    more: list[Candidate] = []
    for candidate in kept:
        buyer = candidate.subject
        if candidate.relation not in ("acquires", "invests-in"):
            continue
        if not _CONSORTIUM_OF_BEFORE.search(finder.text, max(finder.sentence.start, buyer.start - 50), buyer.start):
            continue
        for member in _members(finder, buyer)[1:]:
            if _org(member) and member.name not in (buyer.name, candidate.object.name):
                more.append(replace(candidate, subject=member))
    return more


_ALONG_WITH = frozenset(["together with", "along with", "alongside", "jointly with"])


def _co_buyers(kept: list[Candidate]) -> list[Candidate]:
    """'Blackstone agreed to buy AirTrunk together with CPP Investments': the one named with the buyer buys too
    (or invests, as the buyer does), it does not partner the company bought."""
    deals = [c for c in kept if c.relation in ("acquires", "invests-in")]
    result: list[Candidate] = []
    for candidate in kept:
        deal = next(
            (
                d
                for d in deals
                if candidate.relation == "partners-with"
                and (candidate.trigger.lower() in _ALONG_WITH or candidate.trigger.lower() in _VENTURE_WITH_WORDS)
                and d.object.name in (candidate.subject.name, candidate.object.name)
                and d.subject.name not in (candidate.subject.name, candidate.object.name)
            ),
            None,
        )
        if deal is None:
            result.append(candidate)
            continue
        partner = candidate.object if candidate.subject.name == deal.object.name else candidate.subject
        result.append(Candidate(deal.relation, partner, deal.object, "verbs", candidate.trigger, 0.6, {}, deal.trigger))
        if candidate.trigger.lower() in _VENTURE_WITH_WORDS:
            # "agreed to buy Metronet in a joint venture with KKR": the buyers are partners in the venture
            result.append(Candidate("partners-with", deal.subject, partner, "verbs", candidate.trigger, 0.6))
    return result


_VENTURE_WITH_WORDS = frozenset(["joint venture with", "partnership with", "consortium with", "venture with"])


def _and_with(finder: SentenceRelations, kept: list[Candidate]) -> list[Candidate]:
    """'competes mainly with Cadence and with Siemens': the second 'with' takes the relation too."""
    more = []
    for candidate in kept:
        if candidate.relation not in ("competes-with", "partners-with") or not candidate.trigger.endswith("with"):
            continue
        then = _AND_WITH.match(finder.text, candidate.object.end, finder.sentence.end)
        other = next((m for m in finder.mentions if then and m.start == then.end()), None)
        if other is not None and re.match(r"['’]s?\s", finder.text[other.end :]):
            # "and with Blackstone's own QTS unit": the unit, not its owner
            unit = next((m for m in finder.mentions if m.start > other.end), None)
            own = unit is not None and _OWN_UNIT.fullmatch(finder.between(other.end, unit.start))
            other = unit if own and candidate.relation == "competes-with" else None
        if other is None:
            continue
        for one in finder._expand_right(other):
            if _org(one) and not _person(one) and one.name != candidate.subject.name:
                more.append(
                    Candidate(candidate.relation, candidate.subject, one, candidate.frame, candidate.trigger, 0.6)
                )
    return more


# "Nvidia will invest $1 billion in Nokia as part of a partnership to ...": the deal is part of a partnership
_PART_OF_A_PARTNERSHIP = re.compile(
    r"[^.;]{0,60}?\bas\s+(?:part|a\s+part)\s+of\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:partnership|alliance|collaboration|tie-up)\b"
)
_DEALS_IN_A_PARTNERSHIP = frozenset(["invests-in", "supplies", "hosts-on"])


def _part_of_a_partnership(finder: SentenceRelations, kept: list[Candidate]) -> list[Candidate]:
    """'Nvidia will invest $1 billion in Nokia as part of a partnership': the two are partners."""
    more = []
    for candidate in kept:
        if candidate.relation not in _DEALS_IN_A_PARTNERSHIP:
            continue
        if not _PART_OF_A_PARTNERSHIP.match(finder.text, candidate.object.end, finder.sentence.end):
            continue
        if all(_org(m) and not _person(m) and m.type != "Product" for m in (candidate.subject, candidate.object)):
            more.append(
                Candidate(
                    "partners-with", candidate.subject, candidate.object, "nouns", "as part of a partnership", 0.55
                )
            )
    return more


# "would sell the data center manufacturing business of ZT Systems to Sanmina": the buyer takes that business
_SELL_BUSINESS_OF = re.compile(
    r"\b(?:sell|sells|sold|selling)\s+(?:the|its)\s+(?:[\w-]+\s+){0,6}?(?:business|unit|division|operations|arm)\s+"
    r"of\s+(?:the\s+)?$"
)


def _neighbours_linked(
    finder: SentenceRelations, link: re.Pattern[str], lead: re.Pattern[str] | None = None, reach: int = 0
) -> Iterator[tuple[Mention, Mention]]:
    """Neighbouring mentions A and B with `link` all that stands between them and, when `lead` is given,
    `lead` ending right before A within `reach` characters: '<case brought by> A <against> B'."""
    for first, second in pairwise(finder.mentions):
        if not link.fullmatch(finder.between(first.end, second.start)):
            continue
        if lead is None or lead.search(finder.text, max(finder.sentence.start, first.start - reach), first.start):
            yield first, second


_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_AGAINST = re.compile(r"\s+against\s+(?:the\s+)?")


@_said("sell", "sold")
def _business_of_sold_to(finder: SentenceRelations) -> list[Candidate]:
    """'sell the manufacturing business of A to B': B acquires (that part of) A."""
    return [
        Candidate("acquires", buyer, seller_part, "verbs", "sell the business of ... to", 0.6)
        for seller_part, buyer in _neighbours_linked(finder, _TO, _SELL_BUSINESS_OF, reach=90)
        if _org(seller_part) and _org(buyer) and not _person(buyer) and seller_part.name != buyer.name
    ]


# "a similar case brought by The New York Times against OpenAI and Microsoft": the one who brought it accuses
_BROUGHT_BY = re.compile(
    r"\b(?:case|cases|lawsuit|lawsuits|suit|suits|complaint|complaints|action)\s+(?:\w+\s+){0,2}?"
    r"(?:brought|filed|lodged)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?$"
)


@_said("against")
def _case_brought_by(finder: SentenceRelations) -> list[Candidate]:
    """'the case brought by A against B and C': A accuses each of them."""
    found: list[Candidate] = []
    for plaintiff, defendant in _neighbours_linked(finder, _AGAINST, _BROUGHT_BY, reach=60):
        for one in finder._expand_right(defendant):
            if one.name != plaintiff.name and _org(one):
                found.append(Candidate("accuses", plaintiff, one, "passives", "case brought by ... against", 0.6))
    return found


_USES_TOOLS = re.compile(r"\s+(?:use|uses|used|using|rely\s+on|relies\s+on|relied\s+on)\s+$")
_TOOLS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:tools|software|products|services|systems|platform|equipment|machines)\b"
)


def _tools_used(finder: SentenceRelations) -> list[Candidate]:
    """'Chipmakers including Nvidia and AMD use Synopsys tools': the tools' maker supplies each user."""
    found = []
    for user, maker in pairwise(finder.mentions):
        if not (_org(user) and _org(maker)) or _person(user) or _person(maker) or user.name == maker.name:
            continue
        if _USES_TOOLS.fullmatch(finder.between(user.end, maker.start)) and _TOOLS_AFTER.match(finder.text, maker.end):
            for one in finder._expand_left(user):
                if _org(one) and not _person(one) and one.name != maker.name:
                    found.append(Candidate("supplies", maker, one, "verbs", "use ... tools", 0.6))
    return found


# "sold Mobileye shares", "sold its PC business": a holding changes hands, nothing is made
_STOCK_AFTER = re.compile(
    r"['’]?s?\s+(?:(?:common|preferred|ordinary|class\s+[A-C]|newly\s+issued|new)\s+)*(?:stock|shares|equity)\b", re.I
)
_FROM_SELLER = re.compile(
    r"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing)\b.*\sfrom\s+(?:the\s+)?$", re.I
)
_HOLDING_AFTER = re.compile(r"\s+(?:shares|stake|stock|business|unit|division|assets|operations|holding)\b")
_HOLDING_BEFORE = re.compile(
    r"\b(?:stake|shares|interest|holding|holdings|equity|(?:majority\s+)?control)\s+(?:in|of)\s+(?:the\s+)?$", re.I
)
_PART_OF_NAMED = re.compile(
    r"\b(?:for|from|buy|buys|bought|buying|sell|sells|sold|selling|acquire[sd]?|acquiring|purchase[sd]?|paid|pays|"
    r"spin\s+off|spun\s+off)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:business|unit|division|arm|segment|"
    r"assets|operations)\s+of\s+(?:the\s+)?$",
    re.I,
)
_SOLD_STAKE = "sold ... stake in"  # the trigger of a holding that a sale ended
_STAKE_SOLD = re.compile(
    r"\b(?:sold|sells|sell|selling|divested|divests|divest|offloaded|offload|dumped|exited)\s+(?:[\w$.,%-]+\s+){0,4}?"
    r"(?:stake|shares|holding|interest|(?:majority\s+)?control)\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)
# "held early talks with Google": a meeting held, not a company; "as part of a plan for X": no part of X
_HELD_SOMETHING_ELSE = re.compile(
    r"\b(?:hold|holds|held|holding)\b.*\b(?:talks|discussions|meetings?|conversations|negotiations|event|conference|"
    r"call|vote|hearing|summit|auction|contracts?|agreements?|licen[cs]es?|patents?|deals?)\b",
    re.I,
)
_PART_OF_A_PLAN = re.compile(r"\b(?:as\s+(?:a\s+)?part\s+of|part\s+of\s+(?:a|an)\s+[a-z])[^,;]*$", re.I)
# "Google pays Apple a share of its search revenue"
_PAYS = re.compile(r"\s+(?:\w+\s+){0,3}?(?:pays|paid|pay|paying|gives|gave|give|hands|handed|hand)\s+(?:the\s+)?$")
_PAYS_AFTER_WORDS = re.compile(r"\s+(?:\w+\s+){0,3}?(?:pay|pays|paid|paying)\s+")  # "has agreed to pay"
_SHARE_OF_REVENUE = re.compile(
    r"\s+(?:(?:a|an|its|some|part\s+of\s+its)?\s*(?:[\w-]+\s+)?(?:share|cut|portion|percentage|slice|part)"
    r"|(?:about\s+|roughly\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent))\s+of\s+"  # "15% of the revenue"
    r"(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:revenue|revenues|sales|profits?|income|proceeds)\b"
)


_FOR_DEFAULT_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:to\s+(?:be|remain|stay|keep|make)\b[^,;.]{0,40}?\bdefault|for\s+(?:the\s+)?default)\b"
)


# the words for chips every hardware pattern below shares
_CHIP_WORDS = r"chips?|processors?|GPUs?|accelerators?"
_ITS_HARDWARE = re.compile(  # (not a buyer's verb: "Harbor buys chips from Quillon" names Harbor's supplier)
    rf"(?:['’]s?)?\s+(?:(?!with\b|to\b|from\b|for\b|and\b|(?:buy|buys|bought|buying|use|uses|used|using|get|gets|"
    rf"got|order|orders|ordered|source|sources|sourced|purchase|purchases|purchased)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_CHIP_WORDS}|TPUs?|superchips?)\b",
    re.I,
)


def _owned_by_other(finder: SentenceRelations, candidate: Candidate) -> bool:
    """Whether the product is named with another company's possessive ('OpenAI's ChatGPT')."""
    owner = next(
        (m for m in finder.mentions if m.end <= candidate.object.start and m.end >= candidate.object.start - 4), None
    )
    return (
        owner is not None
        and owner.possessive
        and _org(owner)
        and owner.name != candidate.subject.name
        and re.fullmatch(r"['’]s?\s+", finder.between(owner.end, candidate.object.start)) is not None
    )


def _span_between(finder: SentenceRelations, candidate: Candidate) -> str:
    """The words between a candidate's two names, whichever comes first."""
    first, last = sorted((candidate.subject, candidate.object), key=lambda m: m.start)
    return finder.between(first.end, last.start)


def _revenue_paid(finder: SentenceRelations) -> list[Candidate]:
    """'Google already pays Apple a share of search advertising revenue', 'pays Apple about $20 billion a year to
    be the default search engine' (a payment for a place, from the revenue the place brings): the payer shares
    revenue."""
    found = []
    for payer, payee in pairwise(finder.mentions):
        if not (_org(payer) and _org(payee)) or _person(payer) or payer.name == payee.name:
            continue
        shared = _SHARE_OF_REVENUE.match(finder.text, payee.end) or _FOR_DEFAULT_AFTER.match(
            finder.text, payee.end, finder.sentence.end
        )
        if _PAYS.fullmatch(finder.between(payer.end, payee.start)) and shared:
            for one in finder._expand_left(payer):  # "Nvidia and AMD have agreed to hand ..."
                if _org(one) and not _person(one) and one.name != payee.name:
                    found.append(
                        Candidate("shares-revenue-with", one, payee, "verbs", "pays ... a share of revenue", 0.65)
                    )
    return found


# "Trainium chips", "Google's tensor processing units": hardware one runs on, not a cloud that hosts
_GOODS = (
    r"chips?|processors?|semiconductors?|components?|parts|batteries|cells|mirrors|lenses|optics|materials|equipment|"
    r"machines|tools|wafers|memory|displays|screens|panels|engines|modules|sensors|magnets|minerals|metals|supplies"
)
_GOODS_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{_GOODS})\b", re.I)
_SUPPLIERS_NAMED = re.compile(r"\b(?:suppliers?|vendors?|manufacturers?|makers?)\b")
_RELIED_ON_FOR_GOODS = re.compile(
    r"(?:,[^,;]{1,60},)?\s+(?:to\s+(?:make|manufacture|produce|build|supply|fabricate|assemble)\b"
    rf"|for\s+(?:its\s+|their\s+|the\s+|most\s+of\s+its\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_GOODS})\b)"
    # "reliance on TSMC, which makes its most advanced graphics chips"
    r"|,\s+which\s+(?:makes|made|builds|produces|manufactures|supplies|fabricates)\s+(?:its|their|the|most\s+of\s+its)\b",
    re.I,
)
_CHIP_AFTER = re.compile(rf"\s+(?:{_CHIP_WORDS}|silicon|superchips?|semiconductors?)\b", re.I)
_CHIP_NAME = re.compile(r"(?:\bTPU|\bGPU|\bchip|\bprocessor|\baccelerator)s?$", re.I)
_TALKS_ABOUT = re.compile(
    r"\s+(?:about|over|on|for)\s+(?:a\s+|an\s+|the\s+|possible\s+|potential\s+|separate\s+)*(?:(?:[\w-]+\s+){0,2}?"
    r"(?P<cloud>cloud|computing|compute|capacity)\b|(?P<buy>acquiring|buying|acquisition|takeover|purchase|"
    r"merger|a\s+deal\s+to\s+buy)\b|(?P<invest>investing|investment|stake|funding)\b)?"
)
_CLOUD_DEAL = re.compile(r"\b(?:cloud|cloud-computing|computing|compute|capacity|infrastructure)\b", re.I)
# "signed similar capacity agreements with A, B and C", "a cloud deal worth $10 billion with": the deal's kind
_CLOUD_DEAL_NOUN = re.compile(
    r"\b(?:cloud|cloud-computing|computing|compute|capacity)\s+(?:\w+\s+)?(?:agreements?|deals?|contracts?|pacts?)\b"
    r"(?:\s+(?:worth|valued\s+at)\s+[^,;]{1,40}?)?\s+with\b",
    re.I,
)
_CHIPS_OF = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_CHIP_WORDS}|CPUs?)\b", re.I)
_IN_CHARGE = re.compile(r"\b(?:in|take|takes|took|taken|taking)\s+charge\b", re.I)  # a post, not a charge
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)")
_BUYS_WHOLE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing|take[sn]?|took)\b", re.I
)
_STAKE_BOUGHT_GAP = re.compile(
    r"\b(?:stake|stakes|shares|holding|interest)\s+(?:of\s+[\w.%\s]+?\s+)?in\s+(?:the\s+)?$", re.I
)
_PART_HELD = re.compile(r"\d\s*(?:%|percent|per\s+cent)|\bstake\b|\bshares\b", re.I)
# "owns 100% of Beta", "owns all of the outstanding shares of Beta": the whole company, a parent's holding
_WHOLE_HELD = re.compile(
    r"(?<![\d.])100\s*(?:%|percent|per\s+cent)|\ball\s+(?:of\s+)?(?:the\s+|its\s+)?(?:issued\s+and\s+)?outstanding\b",
    re.I,
)


def _before(finder: SentenceRelations, mention: Mention) -> str:
    return finder.text[max(finder.sentence.start, mention.start - 60) : mention.start]


def _holding(finder: SentenceRelations, mention: Mention) -> bool:
    """'sold Mobileye shares', 'sold a stake in Altera': a holding changes hands, nothing is made."""
    if MAKER_NOUN.match(finder.text, mention.end):
        return False  # "a stake in Fortnite maker Epic Games": the product names the maker held, it is made
    return bool(_HOLDING_AFTER.match(finder.text, mention.end) or _HOLDING_BEFORE.search(_before(finder, mention)))


_MAKES_POSSIBLE = re.compile(
    r"\bmak(?:e|es|ing|ed|ed)\b.*\b(?:available|possible|accessible|easier|harder|cheaper|public|sure|clear)\b", re.I
)
_PRESENTS = re.compile(r"(?i)^(?:launch|unveil|introduc|debut|releas|roll)")


def _joiner(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'Jane Roe joined Acme', 'Intel's former CEO Jane Roe joined Acme': a person joins, not a partner."""
    first, last = sorted([candidate.subject, candidate.object], key=lambda m: m.start)
    return _person(candidate.subject) or any(
        first.end <= m.start < last.start and m.types == ("Person",) for m in finder.mentions
    )


def _in_apposition(finder: SentenceRelations, possessor: Mention, position: int) -> bool:
    """'Microsoft, OpenAI's largest investor, is building its ...': OpenAI only qualifies the apposition."""
    opened = re.search(r",\s*$", finder.text[max(0, possessor.start - 3) : possessor.start]) is not None
    closed = re.match(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s", finder.between(possessor.end, position))
    return opened and closed is not None


def _distant_maker_noun(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'the ChatGPT maker OpenAI' names the product right before the noun; in 'Acme acquired valve maker Corvo'
    the name before the verb is no product of Corvo's."""
    if (
        candidate.trigger.lower() not in {"maker", "creator", "developer"}
        or candidate.object.end > candidate.subject.start
    ):
        return False
    gap = finder.between(candidate.object.end, candidate.subject.start)
    return len(re.findall(r"[\w'-]+", gap)) > 2


def _not_making(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'make its models available on Azure' makes nothing; a person who 'launches' a venture presents it."""
    between = finder.between(candidate.subject.end, candidate.object.start)
    if _MAKES_POSSIBLE.search(between) or _RESULT_CLAUSE.search(between) or _BUILT_INTO.search(between):
        return True
    if candidate.subject.end <= candidate.object.start and _MADE_SOMETHING.match(finder.text, candidate.object.end):
        return True  # "made R1 available to customers": distributed, not made
    if _known_cloud(candidate.object):
        return True  # "Microsoft's Azure cloud": a provider others are hosted on, not a product in the gold's sense
    if (
        candidate.frame == "verbs"
        and candidate.subject.end <= candidate.object.start
        and (
            _INTO_AFTER.match(finder.text, candidate.object.end)
            or _PARTNER_BEFORE.search(_before(finder, candidate.object))
        )
    ):
        return (
            True  # "build ChatGPT into Siri": another's product built in; "makes with B", "offer through B": a partner
        )
    return candidate.subject.types == ("Person",) and bool(_PRESENTS.match(candidate.trigger))


_INTO_AFTER = re.compile(r"\s+(?:into|in\s+to)\s")
_PARTNER_BEFORE = re.compile(r"\b(?:with|through|via|alongside)\s+(?:the\s+)?$")
# "merged, creating X": the result of a deal, not a product
_RESULT_CLAUSE = re.compile(r",\s+(?:creating|forming)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")
_BUILT_INTO = re.compile(r"\b(?:built|integrated|embedded|baked)\s+into\s+(?:the\s+|its\s+|their\s+)?$")
_MADE_SOMETHING = re.compile(r"\s+(?:available|accessible|free|the\s+default|public)\b")


_POST = re.compile(r"\b(?:positions?|roles?|seats?|offices?|titles?|posts?|directorships?)\b", re.I)


def _holds_a_post(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'holds various positions with Acme': a post, not ownership; 'holds a B.A. from Beta University': a
    degree (what one holds 'from' someone is no company)."""
    if not re.match(r"(?i)h[oe]ld", candidate.trigger):
        return False
    held = finder.between(candidate.subject.end, candidate.object.start)
    return bool(_POST.search(held) or re.search(r"\bfrom\s+(?:the\s+)?$", held))


_PROMOTED = re.compile(r"(?i)promot")
_TO_POST = re.compile(r"\s*,?\s+(?:to|as)\s")
_VAGUE_PLACE = re.compile(r"(?i)(?:was|spent|career|capacities)\b")


_BEFORE_JOINING = re.compile(r"^(?:prior\s+to|before)\s+(?:his\s+|her\s+|their\s+)?joining\b[^,;]*,", re.I)


def _earlier_posts(finder: SentenceRelations, found: list[Candidate]) -> None:
    """'Prior to joining Acme, Jane Roe was Controller of Beta': the posts after the lead are former ones."""
    lead = _BEFORE_JOINING.match(finder.sentence.text)
    if lead is None:
        return
    for candidate in found:
        if candidate.relation == "employs" and candidate.subject.start >= finder.sentence.start + lead.end():
            candidate.scope = f"{candidate.scope} previously".strip()


def _operates_as(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'Acme operates as a subsidiary of Beta', 'the principal operating subsidiary of Beta': what Acme is,
    not what it runs."""
    if not re.match(r"(?i)operat", candidate.trigger):
        return False
    after = rf"\b{re.escape(candidate.trigger)}\s+(?:as\b|{_OPERATING_NOUNS})"
    return re.search(after, finder.sentence.text) is not None


_OPERATING_NOUNS = (
    r"(?:subsidiar|segment|compan|unit|business|partnership|entit|division|lease|income|loss|result|expense|"
    r"revenue|cash|profit|margin|cost|activit|performance|officer)"
)


_ROLE_NOUN = re.compile(
    r"\b(?:rivals?|competitors?|customers?|clients?|partners?|investors?|backers?|shareholders?|suppliers?)\b"
    r"(?!\s+(?:products?|services?|offerings?|models?|apps?|tools?|chips?))",  # "a rival product sold by X" is one
)  # (in small letters: "backed by ARCH Venture Partners, is developing X" names a firm, no role)
_CONTENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:content|data|posts|articles|text|books|material|videos|images)\b")
_KEPT_UP_WITH_THINGS = re.compile(r"\b(?:keep(?:s|ing)?|kept)\s+up\s+with\s+(?:[a-z][\w-]*\s+){1,3}?(?:from|of|for)\s")
_HARDWARE_OF = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:chips|processors|GPUs|graphics\s+processors|systems|hardware|servers|"
    r"accelerators|superchips|supercomputers)\b"
)
_BACKED_BY_SHARES = re.compile(
    r"\b(?:backed|secured|guaranteed)\s+by\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shares|stakes?|assets|holdings?)\s+(?:in|of)\s+(?:the\s+)?$"
)
_SHARE_OF_ORDERS = re.compile(
    r"\b(?:most|much|all|some|part|share|half|bulk|rest|two-thirds|a\s+third)\s+of\s+(?:the|their|its)\s+business\s+of\s"
)
_SOME_PERCENT_OF = re.compile(
    r"\b(?:[1-4]?\d(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?$"
    r"|\b(?:(?:a|one|two)[\s-]+(?:fifth|third|quarter|tenth)s?|half)\s+of\s+(?:[a-z][\w-]*\s+){0,3}$"
)
_LANDLORD_DEAL = re.compile(r"(?i)\b(?:leases?|hosting\s+(?:agreements?|deals?|contracts?))\b")
_DEAL_WORD = re.compile(r"(?i)\b(?:agreements?|deals?|contracts?|pacts?|leases?|signed|signs|sign)\b")
_CLOUD_PROVIDER_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:(?:AI\s+)?cloud(?:-computing)?\s+(?:provider|company|operator|"
    r"platform|startup|firm)|neocloud|data[- ]cent(?:er|re)\s+(?:operator|provider|company))\b",
    re.I,
)


def _an_authority(mention: Mention) -> bool:
    """A government body or regulator: one the gazetteer flags (`authority = true`), or 'the <country> government'."""
    return is_authority(mention, load_gazetteer()) or mention.name.endswith(" government")


_PART_SOLD = re.compile(
    r"\b(?:sold|sells|sell|selling|divest|divests|divested|divesting)\s+(?:(?:most\s+|all\s+|some\s+|part\s+)?(?:of\s+)?"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|unit|units|division|operations|arm|subsidiary|stake|"
    r"holding|assets)|itself|themselves)\s+to\b"
)
_OWNERS_WORD = re.compile(r"\b(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _goods_kind(finder: SentenceRelations, candidate: Candidate) -> bool:
    """'its main HBM supplier', 'an iPhone supplier': the name before 'supplier' is what is supplied."""
    return candidate.object.types[0] == "Product" or bool(_OWNERS_WORD.search(_before(finder, candidate.object)))


_PART_BOUGHT_FROM = re.compile(
    r"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|acquire|acquires|acquired|acquiring)\s+"
    r"(?:[\w$.,%-]+\s+){0,4}?(?:stake|stakes|shares|stock|equity|business|businesses|unit|units|division|operations|"
    r"arm|subsidiary|assets|holding|holdings|interest|company|firm|startup|brand|brands|rights|patents?|licen[cs]es?|"
    r"spectrum|property|properties|portfolio)\s+from\b",
    re.I,
)
_WORKLOADS_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:models?|workloads?|services|applications|apps)\b")


def _known_cloud(mention: Mention) -> bool:
    """A cloud the gazetteer knows (`cloud = true`)."""
    known = load_gazetteer().entities.get(mention.name)
    return known is not None and known.cloud


# a company's name used as a modifier of what is bought: "Nvidia chips", "Samsung memory", "Acme shares"
_GOODS_NAMED_BY = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:(?P<shares>shares|stock|stake)|chips|processors|GPUs|memory|servers|accelerators|"
    r"equipment|hardware|components|gear|goods|batteries|modems|panels|displays|"
    # "ordered 65 Boeing 777-9 jets", "bought 200 Volvo trucks"
    r"jets|planes|aircraft|airliners|jetliners|engines|trucks|vehicles|buses|ships|vessels|locomotives|trains|"
    r"satellites|rockets|turbines|reactors)\b"
)
# what a company's possessive may name that is bought from it rather than bought with it
_GOODS_OF = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:(?P<capacity>capacity|computing\s+capacity|computing\s+power|compute|cloud\s+"
    r"services)|chips|processors|products|output|equipment|goods|gear|"
    # "Amazon also buys Rivian's electric delivery vans": what the company makes
    r"vans|trucks|cars|vehicles|jets|planes|aircraft|engines|drugs|vaccines|devices|phones|handsets|servers|"
    r"batteries|cells|turbines|satellites|rockets|launches|gas|oil|fuel|crude|electricity|steel|ore|lithium|"
    r"components|parts|panels|displays|modems|memory|GPUs|accelerators|software|licen[cs]es)\b"
    # ("Orvane's software unit", "its chips business": a business bought, not its goods)
    r"(?!\s+(?:unit|business|division|arm|operations|subsidiary|maker|group)\b)"
)
# "buy Kering's beauty business, including the Creed perfume house", "Deutsche Bahn's logistics arm, Schenker":
# an unnamed part of a company, and the name it goes by if one follows
_UNNAMED_PART_SOLD = re.compile(
    r"['’]s?(?:\s+[a-z][\w-]*){0,3}?\s+(?:business|unit|division|arm|operations|assets|subsidiary|portfolio)\b"
    r"(?P<named>,?\s+(?:including\s+|known\s+as\s+|called\s+)?(?:the\s+)?(?=[A-Z]))?"
)


_USED_TO_MAKE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+used\s+to\s+\w+")
_HIRER = re.compile(r"\s+(?:hired|appointed|recruited|poached|fired|ousted|tapped|picked|chose)\b(?!\s+by\b)")


def _runs_a_cloud(name: str) -> bool:
    """Whether the gazetteer knows a cloud this company owns (Microsoft: Azure)."""
    return name in _cloud_owners()


@cache
def _cloud_owners() -> frozenset[str]:
    return frozenset(e.owner for e in load_gazetteer().entities.values() if e.cloud and e.owner)


_RULING_BODY = re.compile(
    # (not a sovereign investor: "Qatar Investment Authority")
    r"\b(?:Court|Tribunal|Commission|Administration|Ministry|Department|Regulator|(?<!Investment\s)Authority|Agency|"
    r"Government|"
    r"Parliament|Congress|Senate)\b|\bgovernment$"
)


def _a_ruling_body(mention: Mention) -> bool:
    """A regulator, court or government: flagged so in the gazetteer, or named so ('Court of Chancery')."""
    return _an_authority(mention) or (mention.kind != "known" and _RULING_BODY.search(mention.name) is not None)


def _known_not_a_cloud(finder: SentenceRelations, mention: Mention) -> bool:
    """A company the gazetteer knows that neither is nor owns a cloud, and that the sentence calls no cloud."""
    known = load_gazetteer().entities.get(mention.name)
    return (
        known is not None
        and known.type == "Organization"
        and not known.cloud
        and not _runs_a_cloud(mention.name)
        and not _a_cloud_provider(finder, mention)
    )


def _a_cloud_provider(finder: SentenceRelations, mention: Mention) -> bool:
    """A cloud the gazetteer knows, or one the sentence calls so: 'Lambda, a cloud provider'."""
    return _known_cloud(mention) or _CLOUD_PROVIDER_AFTER.match(finder.text, mention.end) is not None


_ACCESS_DEAL = re.compile(
    r"\b(?:contract|deal|agreement|pact)s?\s+(?:[\w$.,-]+\s+){0,4}?to\s+(?:give|provide|offer|grant)\s+$", re.I
)
_ACCESS_AFTER = re.compile(r"\s+(?:with\s+)?access\s+to\b")


@_said("access")
def _access_given(finder: SentenceRelations) -> list[Candidate]:
    """'IREN signed a $9.7 billion contract to give Microsoft access to Nvidia's chips': Microsoft runs on
    IREN's machines."""
    found = []
    for customer in finder.mentions:
        if not _org(customer) or _person(customer) or not _ACCESS_AFTER.match(finder.text, customer.end):
            continue
        deal = _ACCESS_DEAL.search(finder.text[finder.sentence.start : customer.start])
        if deal is None:
            continue
        providers = [
            m
            for m in finder.mentions
            if m.end <= finder.sentence.start + deal.start() and _org(m) and not _person(m) and m.name != customer.name
        ]
        if providers:
            found.append(Candidate("hosts-on", customer, providers[0], "verbs", "contract to give access", 0.65))
    return found


_SUIT_THAT = re.compile(r"\b(?:lawsuit|suit|complaint|case|claim)\s+(?:that|which)\s+$", re.I)
_FILED_AGAINST = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:filed|brought|lodged)\s+(?:[\w,]+\s+){0,3}?against\s+(?:the\s+)?", re.I
)


@_said("filed", "brought", "lodged")
def _suits_filed(finder: SentenceRelations) -> list[Candidate]:
    """'settles an antitrust lawsuit that Fubo filed last year against Disney, Fox and ...': Fubo accuses each."""
    found = []
    for plaintiff in finder.mentions:
        if not (_org(plaintiff) or _person(plaintiff)) or not _SUIT_THAT.search(_before(finder, plaintiff)):
            continue
        filed = _FILED_AGAINST.match(finder.text, plaintiff.end)
        first = next((m for m in finder.mentions if filed and m.start == filed.end()), None)
        for defendant in _members(finder, first) if first is not None else []:
            if defendant.name != plaintiff.name:
                found.append(Candidate("accuses", plaintiff, defendant, "verbs", "lawsuit that ... filed against", 0.7))
    return found


_HE_BECOMES = re.compile(
    r"\b(?:he|she)\s+(?:would|will|is\s+to|was\s+to)?\s*(?:become|becomes|became|be\s+named|was\s+named|"
    r"has\s+been\s+named|take\s+over\s+as|took\s+over\s+as)\s+(?:the\s+|its\s+|interim\s+|acting\s+)*$",
    re.I,
)


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b")


def _says_he_becomes(finder: SentenceRelations) -> list[Candidate]:
    """'Ilya Sutskever said he would become chief executive of Safe Superintelligence': the speaker takes the
    post."""
    found: list[Candidate] = []
    text, offset = finder.sentence.text, finder.sentence.start
    if not _HE_OR_SHE.search(finder.lowered):
        return found  # most sentences have no such pronoun: skip the titles
    for title in finder.titles:
        becomes = _HE_BECOMES.search(text[: title.start()])
        of = re.match(r"\s+(?:of|at)\s+(?:the\s+)?", text[title.end() :])
        if becomes is None or of is None:
            continue
        employer = next((m for m in finder.mentions if m.start == offset + title.end() + of.end()), None)
        people = [m for m in finder.mentions if m.end <= offset + becomes.start() and _person(m)]
        if employer is None or not _org(employer) or _person(employer) or not people:
            continue
        role = title.group()
        future = re.search(r"(?i)\b(?:would|will|is\s+to|was\s+to)\b", becomes.group())
        scope = "will" if future else ""  # "said he would become": his plan, not a consideration
        found.append(Candidate("employs", employer, people[-1], "roles", role, 0.65, {"role": role}, scope, True))
    return found


_ITS_PURCHASE = re.compile(
    r"\bits\s+(?:[\w$.,-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout)\s+of\s+(?:[a-z][\w-]*\s+){0,3}$"
)


@_said("acquisition", "purchase", "takeover", "buyout")
def _its_purchases(finder: SentenceRelations) -> list[Candidate]:
    """'Verizon is waiting for regulators to approve its $20 billion acquisition of fibre provider Frontier': the
    sentence's subject buys."""
    found = []
    for bought in finder.mentions:
        if not _org(bought) or _person(bought):
            continue
        its = _ITS_PURCHASE.search(finder.text[finder.sentence.start : bought.start])
        if its is None:
            continue
        # the closest company before 'its': "Siemens, which completed its purchase of X", "Verizon is waiting
        # for California regulators to approve its acquisition of X" (a place is no buyer)
        buyers = [m for m in finder.mentions if m.end <= finder.sentence.start + its.start() and _org(m)]
        buyer = buyers[-1] if buyers and not _person(buyers[-1]) else None
        if buyer is not None and buyer.name != bought.name:
            found.append(Candidate("acquires", buyer, bought, "nouns", "its acquisition of", 0.65))
    return found


_BOUGHT_FROM = "bought ... from"  # the trigger of a holding a sale ended
_BUYS_FROM = re.compile(
    r"\b(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchases|purchase)\s+"
)
_FROM = re.compile(r"(?:^|\s+)from\s+(?:the\s+)?")
_BOUGHT_BEFORE = re.compile(r"^,\s+(?:a|an|the)\s+[^,;]{0,60}?\s+(?:it|which|that|they)\s+(?:had\s+|has\s+|have\s+)?$")
_PART_BOUGHT = re.compile(
    r"\bstake\b|\bshares\b|%|\bpercent\b|\bassets\b|\bbusiness\b|\bunit\b|\bproperty\b|\brights\b|\bpatents?\b|"
    r"\blicen[cs]es?\b|\bbrands?\b|\bportfolio\b|\bproducts?\b",
    re.I,
)


def _bought_from(finder: SentenceRelations) -> list[Candidate]:
    """'Acme bought Beta from Gamma', 'having bought Beta, a studio, from Gamma', 'Beta, a specialist it bought from
    Gamma': the seller owned the company sold until then."""
    if " from " not in finder.sentence.text:
        return []
    found = []
    for buys in _BUYS_FROM.finditer(finder.sentence.text):
        start = finder.sentence.start + buys.end()
        window = finder.text[start : min(finder.sentence.end, start + 90)]
        source = _FROM.search(window)
        if source is None or re.search(r"[;]|\.\s", window[: source.start()]):
            continue
        seller = _first_after(finder, start + source.end())
        between = [m for m in finder.mentions if start <= m.start and m.end <= start + source.start()]
        bought = between[0] if between else None
        if bought is None:  # "Venafi, a specialist it bought from Thoma Bravo"
            before = [m for m in finder.mentions if m.end <= finder.sentence.start + buys.start() and not is_pronoun(m)]
            head = finder.between(before[-1].end, finder.sentence.start + buys.start()) if before else ""
            bought = before[-1] if before and _BOUGHT_BEFORE.match(head) else None
        if bought is None or seller is None or bought.types[0] != "Organization" or not _org(seller):
            continue
        if _person(seller) or seller.name == bought.name or _PART_BOUGHT.search(window[: source.start()]):
            continue
        # the sale ended the holding
        found.append(Candidate("owns", seller, bought, "verbs", _BOUGHT_FROM, 0.6, {}, _FORMER, True))
    return found


_JOINED = re.compile(r"\b(?:joined|joins|join|joining|rejoined|moved\s+to|came\s+to)\s+(?:the\s+)?$")


def _joined_from(finder: SentenceRelations) -> list[Candidate]:
    """'Giannandrea joined Apple from Google': the company one came from employed one before."""
    if " from " not in finder.sentence.text:
        return []
    found = []
    for new, old in pairwise(finder.mentions):
        if not (_org(new) and _org(old)) or _person(new) or _person(old) or new.name == old.name:
            continue
        if not re.fullmatch(r"\s+from\s+(?:the\s+)?", finder.between(new.end, old.start)):
            continue
        joined = _JOINED.search(finder.text, finder.sentence.start, new.start)
        people = [m for m in finder.mentions if m.end <= new.start and _person(m)]
        if joined is None or not people:
            continue
        found.append(Candidate("employs", old, people[-1], "verbs", "joined ... from", 0.6, {}, _FORMER, True))
    return found


_TAKE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+$")


def _taken_private(finder: SentenceRelations) -> list[Candidate]:
    """'Acme took Beta private in 2020': a buyout of Beta by the clause's company."""
    found: list[Candidate] = []
    if " private" not in finder.sentence.text:
        return found
    for index, company in enumerate(finder.mentions):
        if company.kind == "reference":
            continue  # "which took it private": whose 'it' a relative clause means is too often misread
        if not _org(company) or _person(company) or not re.match(r"\s+private\b", finder.text[company.end :]):
            continue
        take = _TAKE.search(finder.text, max(finder.sentence.start, company.start - 8), company.start)
        buyers = [m for m in finder.mentions[:index] if _org(m) and not _person(m)]
        if take is not None and buyers:
            for buyer in finder._expand_left(buyers[-1]):  # "Blackstone and Vista will take Smartsheet private"
                if _org(buyer) and not _person(buyer) and buyer.name != company.name:
                    found.append(Candidate("acquires", buyer, company, "verbs", "took ... private", 0.65))
    return found


_PERSONS_VENTURE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:startup|start-up|company|firm|venture|lab|labs|fund|hedge\s+fund)\s*,?\s+$"
)


def _persons_company(finder: SentenceRelations) -> list[Candidate]:
    """'Elon Musk's artificial intelligence startup xAI', 'Jane Roe's hedge fund Quillon': the person's own
    company, which employs its founder (not the bare 'Rupert Murdoch's News Corp', which the gold leaves out)."""
    found = []
    for person, company in pairwise(finder.mentions):
        if not (_person(person) and person.possessive and _org(company)) or _person(company):
            continue
        if "Product" in company.types and company.types[0] != "Organization":
            continue  # "Jane Roe's Tessa chatbot": a product
        if _PERSONS_VENTURE.fullmatch(finder.text[person.end : company.start]):
            found.append(Candidate("employs", _as_organisation(company), person, "possessive", "'s", 0.6))
    return found


_ALSO_A_HOLDER = re.compile(
    r",\s+(?:which|who)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:already\s+)?(?:an?\s+)?"
    r"(?:(?:existing|early|major|minority|large|big|significant|small)\s+)?(?:shareholder|investor|backer|stakeholder)s?"
    r"(?:\s+too)?\s*[,.;]"
)
# "Heartland, the investment company of a Danish billionaire, is another big holder"
_ANOTHER_HOLDER = re.compile(
    r"(?:\s*,\s+(?:the|a|an)\s[^,;]{1,80},)?\s+(?:is|was|remains|became)\s+(?:also\s+)?(?:another|an?)\s+"
    r"(?:(?:big|large|major|significant|sizeable|early|existing)\s+)?(?:holder|shareholder|investor|backer)\b"
)
# "The Peugeot family and Bpifrance also hold sizeable stakes.", "Advance remains the largest shareholder.": holders
# of the company the text is about, which the sentence does not name again
_HOLDS_ITS_STAKES = re.compile(
    r"(?:\s*,\s+(?:the|a|an)\s[^,;]{1,80},)?\s+(?:also\s+|still\s+)?(?:hold|holds|held|own|owns|owned|has|have)\s+"
    r"(?:(?:a|an)\s+)?(?:(?:sizeable|sizable|large|big|significant|small|minority|substantial)\s+)?stakes?\s*(?:too\s*)?[.;]"
    r"|(?:\s*,\s+(?:the|a|an)\s[^,;]{1,80},)?\s+(?:is|was|remains|became)\s+(?:still\s+)?(?:the|its)\s+"
    r"(?:largest|biggest|second-largest|main|single\s+largest)\s+(?:shareholder|investor|backer)\s*[.;]"
)
_HOLDER_WORDS = re.compile(r"\b(?:shareholder|investor|backer|stakeholder|holder|stake)")
_AS_DID = re.compile(r"\b(?:took\s+part|participated|invested|joined(?:\s+the\s+round)?|chipped\s+in),?\s+as\s+did\s+")
# "SoftBank put in $500 million.", "A, B and C, which ..., also joined.": into the round the text is about
_JOINED_IN = re.compile(
    r"\b(?:also\s+)?(?:put\s+in|invested|joined|participated|took\s+part|chipped\s+in|contributed)"
    r"(?:\s+(?:about|roughly|around|nearly|more\s+than|another|an\s+additional)?\s*(?:\$|€|£)?[\d.,]+\s*(?:million|billion|bn|m)?)?"
    r"\s*(?:[.;]|,\s|\s+(?:in|to)\s+the\s+(?:round|raise|financing|funding)\b)"
)
_JOINER_ASIDE = re.compile(r",\s+(?:a|an|the)\s[^,;]{1,80},\s+(?:also\s+|too\s+)?$")
_JOINER_GAP = re.compile(r"(?:\s*,\s*(?:which|who)\s[^,;]{1,80},)?\s+(?:also\s+|too\s+)?")
_ROUND_WORDS = re.compile(r"\b(?:round|funding|raised|raises|raising|financing|investors|backers)\b")


# a word every match of _HOLDER_WORDS, _AS_DID and _JOINED_IN holds
@_said(
    "holder",
    "investor",
    "backer",
    "stake",
    "took",
    "participated",
    "invested",
    "joined",
    "chipped",
    "put",
    "contributed",
)
def _holders_of_the_story(finder: SentenceRelations) -> list[Candidate]:
    """'trials with Asda and Ocado, which is also a shareholder': a holder of the company the text is about;
    '... also took part, as did A, B and C': more investors in the round the text is about."""
    found: list[Candidate] = []
    text = finder.sentence.text
    if not (_HOLDER_WORDS.search(text) or _AS_DID.search(text) or _JOINED_IN.search(text)):
        return found  # most sentences: no need to find the story's company
    story = _main_company(finder)
    if story is None:
        return found
    for holder in finder.mentions:
        also = _ALSO_A_HOLDER.match(finder.text, holder.end, finder.sentence.end + 1) or _ANOTHER_HOLDER.match(
            finder.text, holder.end, finder.sentence.end + 1
        )
        if also is not None and _org(holder) and holder.name != story.name:
            found.append(Candidate("invests-in", holder, story, "nouns", "which is also a shareholder", 0.6))
        if _HOLDS_ITS_STAKES.match(finder.text, holder.end, finder.sentence.end + 1) is not None:
            for one in finder._expand_left(holder):
                if _org(one) and not _person(one) and one.name != story.name:
                    found.append(Candidate("invests-in", one, story, "verbs", "also hold stakes", 0.55))
    # ("also took part in the round": the round's own company, when the text says whose round it is)
    funded = next((m for m in finder.mentions if _a_round(m)), story)
    if _ROUND_WORDS.search(finder.text, 0, finder.sentence.start):
        for joined in _JOINED_IN.finditer(finder.sentence.text):
            at = finder.sentence.start + joined.start()
            # "A, B and MGX, a technology investor backed by the Abu Dhabi government, also joined": the list before
            # the apposition
            aside = _JOINER_ASIDE.search(finder.text, finder.sentence.start, at)
            at = aside.start() if aside is not None else at
            before = [m for m in finder.mentions if m.end <= at]
            gap = finder.between(before[-1].end, at) if before else ""
            if not before or not (_JOINER_GAP.fullmatch(gap) or (aside is not None and not gap.strip())):
                continue
            for member in finder._expand_left(before[-1]):
                if _org(member) and not _person(member) and member.name != funded.name:
                    found.append(Candidate("invests-in", member, funded, "verbs", joined.group().strip(" ,."), 0.55))
    for did in _AS_DID.finditer(finder.sentence.text):
        first = _first_after(finder, finder.sentence.start + did.end())
        if first is None or not _ROUND_WORDS.search(finder.text, 0, finder.sentence.start + did.start()):
            continue
        for member in _members(finder, first):
            if _org(member) and member.name != story.name:
                found.append(Candidate("invests-in", member, story, "verbs", "as did", 0.55))
    return found


_APPOSED_TITLE = re.compile(
    r",\s+(?P<det>its|the\s+company['’]s|a|an|the)\s+(?:(?:former|new|interim|acting|longtime|long-time|founding|"
    r"current|then|independent|non-executive|lead)\s+)?(?P<title>(?:senior\s+|executive\s+)?vice\s+president|president|"
    r"chief\s+executive(?:\s+officer)?|"
    r"chief\s+[a-z]+\s+officer|CEO|CFO|CTO|COO|chairman|chairwoman|chair|co-founder|cofounder|founder|general\s+counsel|"
    r"head\s+of\s+[a-z]+|[a-z]+\s+chief)(?:\s+(?:of|for)\s+(?!the\b)[a-z][a-z ]{0,30}?)?"
    # ("John Hess, the chief executive whose father built the company, will join Chevron's board")
    r"\s*(?:,|\s+(?:said|says)\b|\s+(?:who|whose)\b(?=[^,;]*,))"
)


def _apposed_title_without_company(finder: SentenceRelations) -> list[Candidate]:
    """'Peng Xiao, its chief executive, said ...', 'Barret Zoph, a vice president of research, left': a post with no
    company in the apposition is held at the company the text is about."""
    found = []
    for person in finder.mentions:
        if not _person(person):
            continue
        apposed = _APPOSED_TITLE.match(finder.text, person.end, finder.sentence.end)
        if apposed is None or any(person.end < m.start < apposed.end() for m in finder.mentions):
            continue
        here = [m for m in finder.mentions if m.end <= person.start and _org(m) and not _person(m)]
        if apposed.group("det") not in ("its",) and here:
            continue  # a company named before in the sentence: the other rules decide
        company = (here[-1] if here and apposed.group("det") == "its" else None) or _story_company(finder)
        company = company or _main_company(finder)
        if company is not None and company.name != person.name:
            role = apposed.group("title")
            said = finder.text[person.end : apposed.end()]
            found.append(Candidate("employs", company, person, "roles", role, 0.55, {"role": role}, said, True))
    return found


_VENTURE_OF = re.compile(
    r"\s*(?:,\s+(?:(?:which|that)\s+)?|\s+)(?:(?:(?P<began>began|started)|(?:was|were)\s+(?:set\s+up|formed|created|"
    r"founded|established)|is|was)\s+(?:itself\s+)?(?:in\s+\d{4}\s+)?(?:as\s+)?)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\s+"
    r"(?:of|between|owned\s+by)\s+(?:the\s+)?$"
)


def _joint_venture_of(finder: SentenceRelations) -> list[Candidate]:
    """'Beta, a joint venture between A and B', 'Beta was set up as a joint venture of A and B': each parent
    holds a stake in the venture and owns part of it; 'ASML, which began in 1984 as a joint venture of Philips
    and ASM International': each parent owned what it began as."""
    found = []
    for venture, first in pairwise(finder.mentions):
        if not (_org(venture) and _org(first)) or _person(venture):
            continue
        shape = _VENTURE_OF.fullmatch(finder.between(venture.end, first.start))
        if shape is None:
            continue
        for parent in finder._expand_right_list(first):  # (a parent company, whatever its name looks like)
            if _org(parent) and parent.name != venture.name:
                parent = _as_organisation(parent)
                if shape.group("began"):
                    found.append(Candidate("owns", parent, venture, "nouns", "joint venture of", 0.6))
                else:
                    found += _venture_holdings(parent, venture, "nouns", "joint venture of")
    return found


def _venture_holdings(parent: Mention, venture: Mention, frame: str, trigger: str) -> list[Candidate]:
    """A joint venture's parent owns part of it."""
    return [Candidate("owns", parent, venture, frame, trigger, 0.6)]


# "Ultium Cells, GM's joint venture with LG Energy Solution,", "ACC, its battery venture with Mercedes-Benz":
# a venture named, then set beside the two that own it
_VENTURE_APPOSED_WITH = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:(?P<det>a|an|its|their)\s+|(?P<owner>[A-Z][^,;()]{0,40}?)['’]s?\s+)"
    r"(?:new\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:joint\s+)?venture\s+with\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?$"  # "with South Korea's Samsung SDI"
)


@_said("venture")
def _venture_apposed_with(finder: SentenceRelations) -> list[Candidate]:
    """'Ultium Cells, GM's joint venture with LG Energy Solution': GM and LG Energy Solution each hold a stake in
    Ultium Cells and own part of it; after 'its' or 'a', the other owner is the company the clause or the text
    is about ('Rheinmetall builds tanks through LRMV, a joint venture with Leonardo')."""
    found: list[Candidate] = []
    for index, venture in enumerate(finder.mentions):
        if not _org(venture) or is_pronoun(venture):
            continue  # (a guess typed a person first is a company when a venture is set beside it)
        later = [m for m in finder.mentions[index + 1 :] if m.start - venture.end < 120]
        shape, partner = None, None
        for partner in later:
            if _org(partner) and not _person(partner) and partner.type != "Location":
                shape = _VENTURE_APPOSED_WITH.fullmatch(finder.between(venture.end, partner.start))
                if shape is not None:
                    break
        if shape is None or partner is None:
            continue
        owners = [m for m in _members(finder, partner) if _org(m) and not _person(m) and m.type != "Location"]
        if shape.group("owner"):
            named = [m for m in later if m.start < partner.start and _org(m) and not _person(m)]
            if not named:
                continue
            owners.append(named[-1])
        else:
            before = [
                m
                for m in finder.mentions[:index]
                if _org(m) and not _person(m) and m.type not in ("Product", "Location") and not is_pronoun(m)
            ]
            other = before[0] if before else _story_company(finder)
            if other is not None:
                owners.append(other)
        for one, other in combinations(list({m.name: m for m in owners if m.name != venture.name}.values()), 2):
            found.append(Candidate("partners-with", one, other, "nouns", "venture with", 0.55))
        for owner in owners:
            if owner.name != venture.name:
                found += _venture_holdings(_as_organisation(owner), _as_organisation(venture), "nouns", "venture with")
    return found


# "Honda's joint venture with Sony Group, Sony Honda Mobility, unveiled ...", "Its joint venture with B, V, ...":
# the venture named after the two that own it
_VENTURE_WITH_THEN_NAMED = re.compile(
    r"(?:(?P<owner>['’]s?)|\b(?P<its>[Ii]ts|[Tt]heir))\s+(?:new\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:joint\s+)?venture\s+"
    r"with\s+$"
)


@_said("venture with")
def _venture_with_then_named(finder: SentenceRelations) -> list[Candidate]:
    """'Its joint venture with Sony Group, Sony Honda Mobility, unveiled the Afeela 1': Sony Group and the company
    'its' stands for (or the one before "'s") own the venture and are partners."""
    found: list[Candidate] = []
    for partner, venture in pairwise(finder.mentions):
        if not re.fullmatch(r"\s*,\s*", finder.between(partner.end, venture.start)):
            continue
        lead = finder.text[max(finder.sentence.start, partner.start - 60) : partner.start]
        shape = _VENTURE_WITH_THEN_NAMED.search(lead)
        if shape is None or not all(_org(m) and not _person(m) for m in (partner, venture)):
            continue
        if shape.group("owner"):
            at = partner.start - len(lead) + shape.start()
            owner = next((m for m in finder.mentions if m.end == at), None)
        else:
            before = [m for m in finder.mentions if m.end <= partner.start - len(lead) + shape.start()]
            before = [m for m in before if _org(m) and not _person(m) and m.type not in ("Product", "Location")]
            owner = before[-1] if before else _story_company(finder)
        if owner is None or not _org(owner) or _person(owner) or len({owner.name, partner.name, venture.name}) < 3:
            continue
        found.append(Candidate("partners-with", owner, partner, "nouns", "venture with", 0.55))
        for one in (owner, partner):
            found += _venture_holdings(_as_organisation(one), _as_organisation(venture), "nouns", "venture with")
    return found


# "THE Alliance, which it formed with Ocean Network Express, HMM and Yang Ming": partners in what they formed
# (the verbs of _FORMED_WITH, which reads "the venture OpenAI formed in January with SoftBank")
_COMMA_WHICH = re.compile(r"\s*,\s+(?:which|that)\s+$")


@_said("with")
def _formed_with(finder: SentenceRelations) -> list[Candidate]:
    """'THE Alliance, which it formed with A, B and C': the one that formed it partners with each of them."""
    found: list[Candidate] = []
    for index, (founder, first) in enumerate(pairwise(finder.mentions), start=1):
        lead = _COMMA_WHICH.search(finder.text, max(finder.sentence.start, founder.start - 12), founder.start)
        if lead is None or not _FORMED_WITH.fullmatch(finder.between(founder.end, first.start)):
            continue
        if not _org(founder) or _person(founder):
            continue
        head = finder.mentions[index - 2] if index > 1 else None
        if is_pronoun(founder) and head is not None and head.name == founder.name:
            # ("out of THE Alliance, which it formed with": 'it' is not what it formed, but the company before)
            others = [m for m in finder.mentions[: index - 2] if _org(m) and not _person(m) and m.name != head.name]
            if not others:
                continue
            founder = others[-1]
        for partner in _members(finder, first):
            if _org(partner) and not _person(partner) and partner.name != founder.name:
                found.append(Candidate("partners-with", founder, partner, "nouns", "which ... formed with", 0.55))
    return found


# "The Texas-based company has hosted TikTok's U.S. traffic since 2022": the provider hosts the customer's data
_HOSTS_ANOTHERS = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|already|now)\s+)*(?:hosts|hosted|host|hosting)\s+(?:the\s+)?$"
)
_HOSTED_GOODS = re.compile(
    r"['’]s?\s+(?:[\w.-]+\s+){0,2}?(?:data|traffic|workloads|services|servers|systems|apps|applications|models|"
    r"platform|website|sites|infrastructure)\b(?!\s+on\b)"
)


@_said("host")
def _hosts_anothers(finder: SentenceRelations) -> list[Candidate]:
    """'Oracle has hosted TikTok's U.S. traffic since 2022': the customer whose data it is is hosted on Oracle."""
    found: list[Candidate] = []
    for provider, customer in pairwise(finder.mentions):
        if not customer.possessive or not _HOSTS_ANOTHERS.fullmatch(finder.between(provider.end, customer.start)):
            continue
        if not _HOSTED_GOODS.match(finder.text, customer.end):
            continue
        if all(_org(m) and not _person(m) for m in (provider, customer)) and provider.name != customer.name:
            found.append(Candidate("hosts-on", customer, provider, "verbs", "hosts", 0.6))
    return found


# "Virgin Media O2, itself a joint venture between Liberty Global and Spain's Telefonica": the two named own it
_VENTURE_BETWEEN = re.compile(
    r"\s*,\s+(?:itself\s+|now\s+)?(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:joint\s+)?venture\s+(?:between|of)\s+"
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?$"
)


@_said("venture between", "venture of")
def _venture_between(finder: SentenceRelations) -> list[Candidate]:
    """'Virgin Media O2, itself a joint venture between Liberty Global and Telefonica': each owns and invests in the
    venture, and the two are partners."""
    found: list[Candidate] = []
    for venture, first in pairwise(finder.mentions):
        if not _VENTURE_BETWEEN.fullmatch(finder.between(venture.end, first.start)) or not _org(venture):
            continue
        owners = [m for m in _members(finder, first) if _org(m) and not _person(m) and m.type != "Location"]
        owners = list({m.name: m for m in owners if m.name != venture.name}.values())
        for one, other in combinations(owners, 2):
            found.append(Candidate("partners-with", one, other, "nouns", "venture between", 0.55))
        for owner in owners:
            found += _venture_holdings(_as_organisation(owner), _as_organisation(venture), "nouns", "venture between")
    return found


# "He returned to Intel from VMware, where he was chief executive": the post held at the place named
_WHERE_HE_WAS = re.compile(
    r",\s+where\s+(?:he|she)\s+(?P<tense>was|had\s+been|served\s+as|worked\s+as|is|has\s+been)\s+"
    r"(?:(?:most\s+recently|previously|later|also|briefly)\s+)?(?:an?\s+|the\s+)?"
)


def _where_he_was(finder: SentenceRelations) -> list[Candidate]:
    """'from VMware, where he was chief executive': the person the sentence is about held the post there."""
    found: list[Candidate] = []
    if "where" not in finder.sentence.text:
        return found
    for place in finder.mentions:
        where = _WHERE_HE_WAS.match(finder.text, place.end, finder.sentence.end) if _org(place) else None
        if where is None or _person(place):
            continue
        title = role_pattern().match(finder.text, where.end())
        if title is None:
            continue
        people = [m for m in finder.mentions if m.end <= place.start and _person(m)]
        if not people and re.match(r"(?:He|She)\b", finder.sentence.text):
            people = [m for m in finder.document if m.start < finder.sentence.start and _person(m)]
        if not people:
            continue
        role = title.group()
        said = _FORMER if where.group("tense") not in ("is", "has been") else ""
        found.append(Candidate("employs", place, people[-1], "roles", role, 0.55, {"role": role}, said, True))
    return found


# "Unlike OpenAI and Anthropic, which court consumers, Cohere has focused on banks": a contrast between rivals
_UNLIKE = re.compile(
    r"^[\"“]?Unlike\s+(?:the\s+|(?:its|their)\s+(?:\w+\s+)?(?:rivals?|competitors?|peers?)(?:\s*,)?\s+)?$"
)


def _unlike_rivals(finder: SentenceRelations) -> list[Candidate]:
    """'Unlike A and B, which ..., C has ...': C is set against A and B, its rivals."""
    if not finder.sentence.text.startswith(("Unlike", '"Unlike', "“Unlike")) or not finder.mentions:
        return []
    first = min(finder.mentions, key=lambda m: m.start)
    if not _org(first) or _person(first) or not _UNLIKE.match(finder.between(finder.sentence.start, first.start)):
        return []
    contrasted = [m for m in finder._expand_right_list(first) if _org(m) and not _person(m)]
    # the clause after the comma that closes the contrast (and any relative aside in it) opens on the subject
    rest = finder.text[contrasted[-1].end : finder.sentence.end]
    aside = RELATIVE_ASIDE.match(rest)
    offset = contrasted[-1].end + (aside.end() if aside else 0)
    comma = re.match(r"\s*" if aside else r"\s*,\s*", finder.text[offset : finder.sentence.end])
    if comma is None:
        return []
    subject = next((m for m in finder.mentions if m.start == offset + comma.end()), None)
    if subject is None or not _org(subject) or _person(subject):
        return []
    return [
        Candidate("competes-with", subject, other, "verbs", "unlike", 0.55)
        for other in contrasted
        if other.name != subject.name
    ]


# "Microsoft and Nvidia will invest up to $5 billion and $10 billion respectively in Anthropic": amounts too many
# for a trigger's gap, one per investor
_INVEST_RESPECTIVELY = re.compile(
    r"\b(?:invest|invests|invested|investing|put|puts|putting|commit|commits|committed|committing)\b"
    r"[^.;]{0,80}?\brespectively\s+(?:in|into|to)\s+(?:the\s+)?$"
)


def _invest_respectively(finder: SentenceRelations) -> list[Candidate]:
    """'A and B will invest $5 billion and $10 billion respectively in C': each of them invests in C."""
    found: list[Candidate] = []
    if "respectively" not in finder.sentence.text:
        return found
    for target in finder.mentions:
        lead = _INVEST_RESPECTIVELY.search(finder.text, finder.sentence.start, target.start)
        if lead is None or not _org(target) or _person(target):
            continue
        investors = finder.left_of(lead.start(), ("Organization", "Person"), avoid={target.name})
        for investor in investors:
            if investor.name != target.name:
                found.append(Candidate("invests-in", investor, target, "verbs", "invest ... respectively in", 0.6))
    return found


# "io was founded by Ive and three other Apple veterans: A, B and C": a colon opens the list of the people named
_PEOPLE_AFTER_COLON = re.compile(
    r"\s+(?:veterans|alumni|executives|engineers|employees|researchers|staffers|insiders)\s*:\s+$"
)
_WAS_FOUNDED_BY = re.compile(r"\b(?:was|were)\s+(?:co-?)?founded\s+(?:[\w-]+\s+){0,3}?by\b")


def _veterans_listed(finder: SentenceRelations) -> list[Candidate]:
    """'io was founded by Ive and three other Apple veterans: A, B and C': each of them worked at Apple, and
    founded io."""
    found: list[Candidate] = []
    if ":" not in finder.sentence.text:
        return found
    for employer, first in pairwise(finder.mentions):
        if not _person(first) or _person(employer) or not _org(employer):
            continue
        if not _PEOPLE_AFTER_COLON.fullmatch(finder.between(employer.end, first.start)):
            continue
        people = [m for m in finder._expand_right_list(first) if _person(m)]
        founded = _WAS_FOUNDED_BY.search(finder.text, finder.sentence.start, employer.start)
        company = None
        if founded is not None:
            before = [m for m in finder.mentions if m.end <= founded.start()]
            gap = finder.between(before[-1].end, founded.start()) if before else ""
            # (not "OpenAI held 23% of it ... . io was founded by": the one founded is the clause's subject)
            if before and not re.search(r"[.;]\s", gap) and len(gap.split()) <= 6:
                company = before[-1]
        for person in people:
            found.append(Candidate("employs", employer, person, "roles", "veterans", 0.55, {}, _FORMER, True))
            if company is not None and _org(company) and not _person(company):
                found.append(Candidate("employs", company, person, "roles", "founded by", 0.55, {"role": "founder"}))
    return found


def _company_pairs(finder: SentenceRelations) -> Iterator[tuple[Mention, Mention]]:
    """Each two names in a row that are both companies (no person), under different names."""
    for first, second in pairwise(finder.mentions):
        if _org(first) and _org(second) and not _person(first) and not _person(second) and first.name != second.name:
            yield first, second


# "Nuvia, a start-up Qualcomm acquired in 2021", "Beta, the chip designer that Acme bought": a reduced or
# relative clause whose verb belongs to the second name
_DESCRIBED_THEN_ACTOR = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w$.-]+\s+){0,4}?(?:start-?up|company|firm|business|maker|developer|provider|"
    r"designer|rival|unit|group|lab|platform|operator|brand|retailer|bank|insurer|service|chain|studio|publisher)"
    r"\s+(?:that\s+|which\s+)?$"
)
_ACTOR_VERB = re.compile(
    r"\s+(?:had\s+|has\s+|later\s+|then\s+)?(?P<verb>took\s+private\b|(?:acquired|bought|purchased|took\s+over|"
    r"snapped\s+up|backed|invested\s+in|funded)\b(?!\s+(?:by|from|in|a|an|the|its)\b))"
)


@_said(", a ", ", an ", ", the ")
@_said("acquired", "bought", "purchased", "took", "snapped up", "backed", "invested", "funded")
def _described_then_actor(finder: SentenceRelations) -> list[Candidate]:
    """'Nuvia, a start-up Qualcomm acquired for $1.4 billion': the second name bought (or backed) the first."""
    found: list[Candidate] = []
    for target, actor in _company_pairs(finder):
        verb = _ACTOR_VERB.match(finder.text, actor.end)
        if verb is None or not _DESCRIBED_THEN_ACTOR.fullmatch(finder.between(target.end, actor.start)):
            continue
        relation = "acquires" if verb.group("verb") not in ("backed", "invested in", "funded") else "invests-in"
        found.append(Candidate(relation, actor, target, "verbs", re.sub(r"\s+", " ", verb.group("verb")), 0.6))
    return found


# "smaller rivals of Scale AI such as Surge AI and Turing": each one named competes with the company
_RIVALS_OF_BEFORE = re.compile(r"\b(?:rivals|competitors)\s+(?:of|to)\s+$", re.I)
_SUCH_AS = re.compile(r"\s*,?\s+(?:such\s+as|including|like)\s+(?:the\s+)?")


@_said("rivals of", "rivals to", "competitors of", "competitors to")
def _rivals_of_such_as(finder: SentenceRelations) -> list[Candidate]:
    """'rivals of X such as A and B': A and B compete with X."""
    found: list[Candidate] = []
    for company, first in _company_pairs(finder):
        before = finder.text[max(finder.sentence.start, company.start - 20) : company.start]
        if not _RIVALS_OF_BEFORE.search(before) or not _SUCH_AS.fullmatch(finder.between(company.end, first.start)):
            continue
        for rival in finder._expand_right_list(first):  # (the list may be the subject: "... such as A and B grew")
            if _org(rival) and not _person(rival) and rival.name != company.name:
                found.append(Candidate("competes-with", rival, company, "nouns", "rivals of ... such as", 0.6))
    return found


# "Britannica and its Merriam-Webster unit", "said its Inception subsidiary built Jais": a part named inside 'its'
_ITS_JUST_BEFORE = re.compile(r"\b[Ii]ts\s+$")
_SECOND_VERB_BEFORE_ITS = re.compile(
    # "... and to sell its", "... in May and is seeking a buyer for its"
    r"\band\s+(?:to\s+|will\s+|would\s+|is\s+|was\s+|has\s+)?[a-z]+(?:\s+(?:off|down|up|out))?(?:\s+[a-z]+){0,4}\s+$"
)
_PART_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:unit|subsidiary|division|arm|affiliate|brand|label|business|segment)\b"
)


@_said("its ")
@_said("unit", "subsidiary", "division", "arm", "affiliate", "brand", "label", "business", "segment")
def _its_named_unit(finder: SentenceRelations) -> list[Candidate]:
    """'Acme and its Beta unit', 'Acme said its Beta subsidiary ...': the company 'its' stands for owns Beta."""
    found: list[Candidate] = []
    for index, part in enumerate(finder.mentions):
        # (a name guessed a person's is a company when a unit's noun follows: "its Mead Johnson baby-formula business")
        if not _org(part) or part.types == ("Person",) or not _PART_NOUN_AFTER.match(finder.text, part.end):
            continue
        its = _ITS_JUST_BEFORE.search(finder.text, finder.sentence.start, part.start)
        if its is None:
            continue
        owners = [m for m in finder.mentions[:index] if _org(m) and m.types != ("Person",) and m.type != "Product"]
        owner = next((m for m in owners if m.start == its.start()), None) or (owners[-1] if owners else None)
        if (
            owner is not None
            and owner.start != its.start()
            and _SECOND_VERB_BEFORE_ITS.search(finder.between(owner.end, its.start()))
        ):
            # "agreed to buy Worldpay ... and to sell its Issuer Solutions business": the seller's, not Worldpay's
            owner = finder._clause_subject(("Organization",)) or owner
        if owner is not None and owner.name != part.name:
            # (owned whatever is planned for it: "weighing options for its Mead Johnson business"; "its former unit")
            said = finder.between(its.start(), part.end)
            found.append(Candidate("owns", owner, part, "possessive", "its ... unit", 0.6, {}, said, True))
    return found


# a person's own investing company: "Emerson Collective, the investment firm of Laurene Powell Jobs", "invested
# through his family office, Bezos Expeditions"
_VEHICLE = (
    r"(?:family\s+office|(?:private\s+)?investment\s+(?:firm|company|vehicle|office)|personal\s+investment\s+\w+|"
    r"holding\s+company)"
)
_VEHICLE_OF = re.compile(rf",\s+(?:the|a)\s+(?:[\w-]+\s+){{0,2}}?{_VEHICLE}\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}")
_HIS_VEHICLE = re.compile(rf"\b(?:his|her|their)\s+(?:own\s+)?{_VEHICLE},?\s+$")
_OWNERS_VEHICLE_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_VEHICLE}\b")  # "'s family office"


def _a_family_or_person(mention: Mention) -> bool:
    """A person, or a family named as one ('the Agnelli family'), which owns as a person does."""
    return _person(mention) or mention.name.lower().endswith(" family")


@_said(
    "family office",
    "investment firm",
    "investment company",
    "investment vehicle",
    "investment office",
    "holding company",
)
def _persons_vehicle(finder: SentenceRelations) -> list[Candidate]:
    """'X, the family office of P', 'P invested through his family office, X': P owns X."""
    found: list[Candidate] = []
    named = [m for m in finder.mentions if m.kind != "reference"]  # ("the investment firm" is a name's apposition)
    for first, second in pairwise(named):
        gap = finder.between(first.end, second.start)
        if _org(first) and not _a_family_or_person(first) and _a_family_or_person(second):
            if _VEHICLE_OF.fullmatch(gap):
                found.append(Candidate("owns", second, first, "possessive", gap.strip(" ,"), 0.6))
            elif (
                second.possessive
                and re.fullmatch(r",\s+(?:the\s+)?", gap)
                and (vehicle := _OWNERS_VEHICLE_AFTER.match(finder.text, second.end))
            ):
                # "Exor, the Agnelli family's holding company", "Bezos Expeditions, Jeff Bezos' investment firm"
                found.append(Candidate("owns", second, first, "possessive", vehicle.group().strip(" ’'s"), 0.6))
        elif _person(first) and _org(second) and not _person(second) and (his := _HIS_VEHICLE.search(gap)):
            found.append(Candidate("owns", first, second, "possessive", his.group().strip(" ,"), 0.6))
    return found


# "The Justice Department sued in January to block the takeover": the suit is against the deal's buyer
_SUED_TO_BLOCK = re.compile(
    r"\b(?:sued|sues|filed\s+(?:a\s+)?(?:suit|lawsuit))(?:\s+[\w,]+){0,4}?\s+to\s+(?:block|stop|prevent|halt|undo|"
    r"unwind)\s+the\s+(?:[\w-]+\s+){0,2}?(?:deal|takeover|merger|acquisition|purchase|combination|tie-up|transaction)\b"
)


@_said("to block", "to stop", "to prevent", "to halt", "to undo", "to unwind")
def _sued_to_block_the_deal(finder: SentenceRelations) -> list[Candidate]:
    """'The FTC, which sued in December to block the deal, ...': the one suing (the sentence's subject, past an
    aside: 'The Justice Department, joined by six states, sued') accuses the buyer in the deal the text is about
    (the first company it names: a deal story opens on its buyer)."""
    found: list[Candidate] = []
    for suit in _SUED_TO_BLOCK.finditer(finder.sentence.text):
        at = finder.sentence.start + suit.start()
        subject = finder._clause_subject(("Organization", "Person"))
        plaintiff = subject or next(iter(finder.left_of(at, ("Organization", "Person"))), None)
        buyer = next(
            (
                m
                for m in finder.document
                if m.start < finder.sentence.start
                and _org(m)
                and not _person(m)
                and not is_pronoun(m)
                and m.types[0] != "Location"
                and not _an_authority(m)
            ),
            None,
        )
        if plaintiff is None or buyer is None or plaintiff.name == buyer.name:
            continue
        found.append(Candidate("accuses", plaintiff, buyer, "verbs", suit.group(), 0.55, scope="", scope_only=True))
    for suit in _SUED_TO_BLOCK_NAMED.finditer(finder.sentence.text):
        # "sued in 2021 to block JetBlue's Northeast Alliance with American": the deal's parties, named
        at, end = finder.sentence.start + suit.start(), finder.sentence.start + suit.end()
        first = next((m for m in finder.mentions if m.start == end), None)
        if first is None or not first.possessive or not _org(first) or _person(first):
            continue
        plaintiff = finder._clause_subject(("Organization", "Person")) or next(
            iter(finder.left_of(at, ("Organization", "Person"))), None
        )
        if plaintiff is None or plaintiff.start > at:
            continue
        parties = [first]
        other = next(
            (
                m
                for m in finder.mentions
                if m.start > first.end and _WITH_PARTY.fullmatch(finder.text, first.end, m.start)
            ),
            None,
        )
        if other is not None and _org(other) and not _person(other):
            parties.append(other)
        for party in parties:
            if party.name != plaintiff.name:
                found.append(Candidate("accuses", plaintiff, party, "verbs", suit.group().strip(), 0.55))
    return found


_BLOCKED_DEAL_BEFORE = re.compile(
    r"\bto\s+(?:block|stop|prevent|halt)\s+(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*['’]s?\s+$"
)
_SUED_TO_BLOCK_NAMED = re.compile(
    r"\b(?:sued|sues|filed\s+(?:a\s+)?(?:suit|lawsuit))(?:\s+[\w,]+){0,4}?\s+to\s+(?:block|stop|prevent|halt|"
    r"undo|unwind)\s+"
)
# "JetBlue's Northeast Alliance with American": the other party of the deal named after the possessor
_WITH_PARTY = re.compile(
    r"['’]s?\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w$.,-]*\s+){0,4}?(?:alliance|deal|merger|partnership|venture|"
    r"takeover|acquisition|tie-up|combination|agreement|pact)\s+with\s+$|['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}with\s+$"
    r"|['’]s?\s+(?:[\w$.,-]+\s+){0,4}?(?:takeover|acquisition|purchase|buyout)\s+of\s+(?:the\s+)?$"
)


# "The Times sent the startup a cease-and-desist letter": the sender accuses the one it is sent to
_SENT_BEFORE = re.compile(r"\b(?:sent|sends|send)\s+$")
_CEASE_AND_DESIST = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+)?cease[- ]and[- ]desist\s+(?:letter|notice|order)\b")


@_said("cease")
def _cease_and_desist_sent(finder: SentenceRelations) -> list[Candidate]:
    """'X sent Y a cease-and-desist letter', 'X, which ..., sent the startup a cease-and-desist letter': X accuses
    Y."""
    found: list[Candidate] = []
    for receiver in finder.mentions:
        letter = _CEASE_AND_DESIST.match(finder.text, receiver.end)
        sent = _SENT_BEFORE.search(finder.text, finder.sentence.start, receiver.start)
        if letter is None or sent is None or not _org(receiver):
            continue
        for sender in finder.left_of(sent.start(), ("Organization", "Person")):
            if sender.name != receiver.name:
                trigger = "sent ... " + letter.group().strip()
                found.append(Candidate("accuses", sender, receiver, "verbs", trigger, 0.65))
    return found


# "has turned to neoclouds such as CoreWeave to secure computing power": hosted by them
_TURNED_TO = re.compile(r"\b(?:turned|turns|turning|turn)\s+to\s+")
_SOUGHT_COMPUTE = re.compile(
    r"(?:[^.;:]{0,40}?)\s+(?:to\s+(?:secure|get|obtain|rent|buy|add|find)|for)\s+(?:more\s+|additional\s+|extra\s+)?(?:computing\s+"
    r"(?:power|capacity)|compute|data[- ]cent(?:er|re)\s+capacity|GPUs|cloud\s+(?:capacity|computing))\b"
)


@_said("turn")
def _turned_to_for_compute(finder: SentenceRelations) -> list[Candidate]:
    """'X has turned to A and B to secure computing power': X is hosted on A and on B."""
    found: list[Candidate] = []
    for turn in _TURNED_TO.finditer(finder.sentence.text):
        at = finder.sentence.start + turn.start()
        providers = finder.right_of(finder.sentence.start + turn.end(), ("Organization", "Product"))
        if not providers or not _SOUGHT_COMPUTE.match(finder.text, providers[-1].end):
            continue
        for user in finder.left_of(at, ("Organization",)):
            found += [
                Candidate("hosts-on", user, provider, "verbs", "turned to ... for computing power", 0.6)
                for provider in providers
                if provider.name != user.name and not _person(provider)
            ]
    return found


_ITS_PART_APPOSED = re.compile(r",\s*(?:its|their)\s+(?:[\w-]+\s+){0,4}(?:unit|subsidiary|division|arm|affiliate)\s*,")


@_said("its ", "their ")
def _apposed_as_its_part(finder: SentenceRelations) -> list[Candidate]:
    """'Core42, its cloud and data centre unit, sells ...': the company 'its' stands for (named before in the
    sentence, else the one the sentence before is about) owns the unit named."""
    found: list[Candidate] = []
    for index, part in enumerate(finder.mentions):
        if not _org(part) or _person(part) or not _ITS_PART_APPOSED.match(finder.text, part.end):
            continue
        before = [
            m
            for m in finder.mentions[:index]
            if _org(m) and not _person(m) and m.type != "Product" and not is_pronoun(m)
        ]
        owner = before[-1] if before else _story_company(finder)
        if owner is not None and owner.name != part.name:
            found.append(Candidate("owns", owner, part, "possessive", "its ... unit", 0.6))
    return found


# "Intel now pays TSMC to make some of its chips": the one paid to make or run something supplies the payer
_PAYS_ONE = re.compile(r"\s+(?:now\s+|also\s+|already\s+)?(?:pays|paid|pay|paying|will\s+pay|agreed\s+to\s+pay)\s+$")
_PAID_TO_MAKE = re.compile(
    r"(?:\s+[\w$.,%-]+){0,6}?\s+to\s+(?:make|build|manufacture|produce|supply|provide|host|run|assemble|package|"
    r"fabricate|design)\b"
)


@_said("pay", "paid")
def _paid_to_make(finder: SentenceRelations) -> list[Candidate]:
    """'Intel pays TSMC to make its chips': TSMC supplies Intel."""
    found: list[Candidate] = []
    for payer, payee in _company_pairs(finder):
        if _PAYS_ONE.fullmatch(finder.between(payer.end, payee.start)) and _PAID_TO_MAKE.match(finder.text, payee.end):
            found.append(Candidate("supplies", payee, payer, "verbs", "pays ... to make", 0.6))
    return found


# "Qualcomm approached Intel about a possible takeover": an approach to buy
_APPROACHED = re.compile(r"\s+(?:had\s+|has\s+)?approached\s+$")
_ABOUT_A_TAKEOVER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:about|over|regarding)\s+(?:a\s+)?(?:possible\s+|potential\s+)?"
    r"(?:takeover|acquisition|buyout|merger|deal\s+to\s+buy|purchase)\b"
)
# "G42 joined Mubadala as a founding partner in MGX": each founder invests in it
_FOUNDING_PARTNER = re.compile(
    r"\bas\s+(?:a\s+|one\s+of\s+the\s+)?founding\s+(?:partner|investor|shareholder|backer|member)s?\s+(?:in|of)\s+"
    r"(?:the\s+)?$"
)


@_said("approached")
def _approached_about_a_takeover(finder: SentenceRelations) -> list[Candidate]:
    """'A approached B about a possible takeover': A considers buying B."""
    found: list[Candidate] = []
    for buyer, target in _company_pairs(finder):
        if _APPROACHED.fullmatch(finder.between(buyer.end, target.start)) and _ABOUT_A_TAKEOVER.match(
            finder.text, target.end
        ):
            cue = "approached ... about a takeover"
            found.append(Candidate("acquires", buyer, target, "verbs", cue, 0.6, scope="considered"))
    return found


@_said("founding")
def _founding_partners(finder: SentenceRelations) -> list[Candidate]:
    """'A joined B as a founding partner in C': A and B invest in C."""
    found: list[Candidate] = []
    for venture in finder.mentions:
        before = finder.text[max(finder.sentence.start, venture.start - 60) : venture.start]
        founding = _FOUNDING_PARTNER.search(before)
        if founding is None or not _org(venture) or _person(venture):
            continue
        at = venture.start - len(before) + founding.start()
        founders = [m for m in finder.mentions if m.end <= at and _org(m) and not _person(m) and m.type != "Location"]
        joined = [m for m in founders if re.search(r"\bjoined\s+$", finder.text[max(0, m.start - 8) : m.start])]
        subject = finder.left_of(joined[0].start if joined else at, ("Organization",))
        for one in {m.name: m for m in subject + joined}.values():
            if one.name != venture.name:
                found.append(Candidate("invests-in", one, venture, "nouns", "founding partner in", 0.6))
    return found


# "Nvidia, whose processors do most of the work of training OpenAI's systems": the maker supplies the user;
# "Microsoft, ... and whose Azure cloud runs the startup's models": the user is hosted
_WHOSE_GOODS = re.compile(
    r"\s*,\s+(?:which\s+[^,;]{1,80}?\s+and\s+)?whose\s+(?:[\w-]+\s+){0,2}?(?:(?P<host>cloud|data\s+cent(?:re|er)s)|"
    r"processors|chips|GPUs|accelerators|hardware|servers)\s+(?:[\w-]+\s+){1,9}?$"
)


@_said("whose")
def _whose_goods_serve(finder: SentenceRelations) -> list[Candidate]:
    """'A, whose chips train B's systems' (A supplies B); 'A, whose cloud runs B's models' (B is hosted on A)."""
    found: list[Candidate] = []
    for maker in finder.mentions:
        if not _org(maker) or _person(maker):
            continue
        user = next((m for m in finder.mentions if m.start > maker.end and m.possessive and _org(m)), None)
        if user is None or user.name == maker.name or _person(user):
            continue
        between = _MASKED_NAMES.sub("", finder.between(maker.end, user.start))
        goods = _WHOSE_GOODS.fullmatch(between)
        if goods is None:
            continue
        for one in finder._expand_left(maker):  # "Nvidia and AMD, whose chips power the startup's data centres"
            if not _org(one) or _person(one) or one.name == user.name:
                continue
            if goods.group("host"):
                found.append(Candidate("hosts-on", user, one, "possessive", "whose cloud runs", 0.6))
            else:
                found.append(Candidate("supplies", one, user, "possessive", "whose chips", 0.6))
    return found


# "Kering's Bottega Veneta and Balenciaga labels", "Hasbro's Wizards of the Coast games unit": the parts named
# between a company's possessive and the kind of part they are
_NAMED_PART_KIND = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:labels?|brands?|units?|divisions?|subsidiary|subsidiaries|business|businesses|"
    r"chains?|studios?|arms?)\b"
)


@_said("label", "brand", "unit", "division", "subsidiar", "business", "chain", "studio", "arm")
def _possessed_named_parts(finder: SentenceRelations) -> list[Candidate]:
    """'Kering's Bottega Veneta and Balenciaga labels': Kering owns each label named."""
    found: list[Candidate] = []
    for owner, first in pairwise(finder.mentions):
        if not owner.possessive or not _org(owner) or _person(owner) or owner.type == "Location":
            continue
        if owner.kind == "guessed" and " " not in owner.name:
            continue  # ("the Ben's Original rice brand": a one-word guess is a brand's own word as often)
        if not re.fullmatch(r"['’]s?\s+", finder.between(owner.end, first.start)) or first.types == ("Person",):
            continue
        parts = finder._expand_right_list(first)
        if not _NAMED_PART_KIND.match(finder.text, parts[-1].end):
            continue
        for part in parts:
            # (a guess may be a person's name or a brand's; a product the gazetteer knows is made, not owned)
            if (
                "Organization" in part.types
                and (part.kind == "guessed" or part.type == "Organization")
                and not re.fullmatch(r"[A-Z]{1,2}", part.text)  # ("Telekom's IT services unit")
                and part.name != owner.name
            ):
                found.append(Candidate("owns", owner, _as_organisation(part), "possessive", "'s ... unit", 0.6))
    return found


# "The sale comes as rival Mattel enjoys a windfall", "Rivals Volkswagen and Renault are also ...": a rival named
# with no company before it in the sentence is the rival of the company the text opens on
# ("Shares of rival plant owner Vistra rose", "rival ad tech firms A, B and C": the rival's kind between)
_BARE_RIVAL = re.compile(
    r"(?<![\w'’])[Rr]ivals?\s+(?:(?:[a-z][\w-]*\s+){0,2}(?:firms?|companies|owners?|makers?|operators?|groups?|"
    r"banks?|lenders?|carriers?|chains?|retailers?|insurers?|providers?|developers?|designers?|manufacturers?|"
    r"producers?|platforms?|publishers?|studios?|networks?|airlines?|automakers?|carmakers?|chipmakers?|"
    r"drugmakers?|brands?|startups?)\s+)?(?:(?:including|such\s+as|like)\s+)?$"
)


@_said("rival")
def _rival_of_the_story(finder: SentenceRelations) -> list[Candidate]:
    """'The sale comes as rival Mattel enjoys a windfall': Mattel competes with the company the text opens on."""
    for index, rival in enumerate(finder.mentions):
        if not _org(rival) or _person(rival):
            continue
        if not _BARE_RIVAL.search(finder.text, max(finder.sentence.start, rival.start - 30), rival.start):
            continue
        if any(_org(m) and m.type != "Location" for m in finder.mentions[:index]):
            return []  # a company named before: the rule for 'A ... rival B' decides
        opener = next(
            (
                m
                for m in finder.document
                if _org(m) and not _person(m) and m.type not in ("Location", "Product") and not _an_authority(m)
            ),
            None,
        )
        if opener is None or opener.start >= finder.sentence.start:
            return []
        return [
            Candidate("competes-with", opener, one, "nouns", "rival", 0.55)
            for one in finder._expand_right_list(rival)
            if _org(one) and not _person(one) and one.name != opener.name
        ]
    return []


def _parent_named_in(unit: Mention) -> Mention | None:
    """The known company whose name opens a unit's ('Intel' in 'Intel Foundry'), as a mention at the same place."""
    if " " not in unit.name:
        return None
    parent = load_gazetteer().entities.get(unit.name.rsplit(" ", 1)[0])
    if parent is None or parent.type != "Organization":
        return None
    return Mention(unit.start, unit.start + len(parent.name), parent.name, parent.name, ("Organization",), "known")


@_said("unit", "division", "subsidiary", "arm")
def _unit_named_after_parent(finder: SentenceRelations) -> list[Candidate]:
    """'That effort, run through the Intel Foundry unit': Intel owns Intel Foundry."""
    found: list[Candidate] = []
    for unit in finder.mentions:
        if not _org(unit) or _person(unit) or not UNIT_NOUN_AFTER.match(finder.text, unit.end):
            continue
        owner = _parent_named_in(unit)
        if owner is not None:
            found.append(Candidate("owns", owner, _as_organisation(unit), "nouns", "unit", 0.6))
    return found


# "Amazon, whose AWS unit is the largest cloud provider": a part of the company named before 'whose'
_WHOSE_PART_BEFORE = re.compile(r"\s*,\s+whose\s+(?:[a-z][\w-]*\s+){0,2}$")
_WHOSE_PART_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:unit|subsidiary|division|arm|business|brand|label|chain|affiliate|"
    r"bank|studio)\b(?!\s+of\b)"
)


@_said("whose")
def _whose_part(finder: SentenceRelations) -> list[Candidate]:
    """'Amazon, whose AWS unit is the largest cloud provider': Amazon owns AWS."""
    found: list[Candidate] = []
    for owner, part in pairwise(finder.mentions):
        if not (_org(owner) and _org(part)) or _person(owner) or is_pronoun(owner) or owner.name == part.name:
            continue
        if _WHOSE_PART_BEFORE.fullmatch(finder.between(owner.end, part.start)) and _WHOSE_PART_AFTER.match(
            finder.text, part.end
        ):
            found.append(Candidate("owns", owner, _as_organisation(part), "possessive", "whose unit", 0.6))
    return found


# "Stargate, the $500 billion venture OpenAI formed in January with SoftBank and Oracle": who formed it
_VENTURE_DESCRIBED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w$.,-]+\s+){0,5}?(?:joint\s+)?venture\s+(?:that\s+|which\s+)?$"
)
_FORMED_WITH = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:formed|created|set\s+up|launched|founded|established|unveiled|announced)\s+"
    r"(?:(?:in|last|this|earlier|early|late)\s+(?:\w+\s+){0,2}?)?with\s+(?:the\s+)?$"
)


def _ventures_formed(finder: SentenceRelations) -> list[Candidate]:
    """'Stargate, the venture OpenAI formed with SoftBank and Oracle': each founder invests in the venture."""
    found: list[Candidate] = []
    if "venture" not in finder.sentence.text:
        return found
    for venture, founder in pairwise(finder.mentions):
        if _person(venture) or _person(founder) or not _org(founder):
            continue
        if not _VENTURE_DESCRIBED.fullmatch(finder.between(venture.end, founder.start)):
            continue
        partner = next((m for m in finder.mentions if m.start > founder.end), None)
        if partner is None or not _FORMED_WITH.fullmatch(finder.between(founder.end, partner.start)):
            continue
        for one in [founder, *finder._expand_right_list(partner)]:
            if _org(one) and not _person(one) and one.name != venture.name:
                found.append(Candidate("invests-in", one, venture, "nouns", "venture formed with", 0.6))
    return found


# "under pressure from activist investor Elliott Management", "activist investors A, B and C": a holder
_ACTIVIST = re.compile(
    r"\bactivist\s+(?:(?:investors?|hedge\s+funds?|shareholders?|funds?|firms?|investment\s+firms?)\s+)?"
    r"(?:(?:including|such\s+as|like)\s+)?(?:the\s+)?"
)
_PRESSURE_FROM = re.compile(r"\b(?:pressure|push|pushed|pushing|campaign|demands?)\s+(?:\w+\s+){0,2}?(?:from|by)\s+$")


@_said("activist")
def _activist_holders(finder: SentenceRelations) -> list[Candidate]:
    """'BP has been under pressure from activist investor Elliott Management': the activist holds shares of the
    company the clause is about."""
    found: list[Candidate] = []
    for lead in _ACTIVIST.finditer(finder.text, finder.sentence.start, finder.sentence.end):
        first = next((m for m in finder.mentions if m.start == lead.end()), None)
        if first is None or not _PRESSURE_FROM.search(finder.text, finder.sentence.start, lead.start()):
            continue
        targets = finder.left_of(lead.start(), ("Organization",))
        subject = finder._clause_subject(("Organization",))
        target = targets[0] if len(targets) == 1 else subject
        if target is None or not _org(target) or target.types == ("Person",) or target.start > lead.start():
            continue
        for holder in _members(finder, first):
            if (_org(holder) or _person(holder)) and holder.name != target.name:
                found.append(Candidate("invests-in", holder, target, "nouns", "activist investor", 0.55))
    return found


# "have set up a joint venture, to be called Edgewing,", "formed a joint venture called Pine Mobility": the venture
# named right after its founding
_VENTURE_SET_UP = re.compile(
    r"\b(?:set\s+up|sets\s+up|setting\s+up|formed|form|forms|forming|created|create|creates|creating|launched|"
    r"launch|launches|established|establish|establishes)\s+(?:a|an)\s+(?:new\s+)?(?:[\w$.,-]+\s+){0,4}?"
    r"(?:joint\s+venture|venture|joint\s+company)\s*,?\s*(?:(?:to\s+be\s+|that\s+will\s+be\s+)?(?:called|named|"
    r"known\s+as|dubbed|branded)\s+)?$"
)
# "launched Gemini Cooperation, a vessel-sharing alliance": an alliance or venture, not a product
_VENTURE_APPOSITION = re.compile(
    r"\s*,\s+(?:a|an|the|their)\s+(?:new\s+)?(?:[\w$.,-]+\s+){0,4}?(?:alliance|joint\s+venture|venture|partnership|"
    r"consortium|cooperation)\b"
)


@_said("venture", "joint company")
def _ventures_set_up(finder: SentenceRelations) -> list[Candidate]:
    """'BAE, Leonardo and Mitsubishi Heavy have set up a joint venture, to be called Edgewing': each founder holds
    a stake in the venture named, also one named after it ('formed a joint venture called Gigapower with
    BlackRock'; the two are not also made partners: a held-out set gained a false relation from that)."""
    found: list[Candidate] = []
    for venture in finder.mentions:
        window_start = max(finder.sentence.start, venture.start - 120)
        set_up = _VENTURE_SET_UP.search(finder.text, window_start, venture.start)
        if (
            set_up is None
            or "Organization" not in venture.types  # (a guess typed a person first is the venture named)
            or any(set_up.start() < m.start < venture.start for m in finder.mentions)
        ):
            continue
        venture = _as_organisation(venture)
        founders = [
            f
            for f in finder.left_of(set_up.start(), ("Organization",))
            if _org(f) and not _person(f) and f.name != venture.name
        ]
        # "formed a joint venture called Gigapower with BlackRock": the other founder, named after the venture
        partner = next((m for m in finder.mentions if m.start > venture.end), None)
        if partner is not None and _VENTURE_WITH.fullmatch(finder.between(venture.end, partner.start)):
            partners = [p for p in _members(finder, partner) if _org(p) and not _person(p)]
        else:
            partners = []
        for founder in founders + partners:
            found += _venture_holdings(founder, venture, "verbs", "set up a joint venture")
        said = finder.between(min(m.start for m in founders + partners), venture.start) if founders + partners else ""
        for one, other in combinations(list({m.name: m for m in founders + partners}.values()), 2):
            # (the verb's modality holds for the pair too: "will create a joint venture")
            found.append(Candidate("partners-with", one, other, "verbs", "set up a joint venture", 0.55, {}, said))
    return found


_VENTURE_WITH = re.compile(
    r"\s*,?\s+with\s+(?:(?!(?:from|by|to|of|in|for|on|at|the|its|their)\s)(?:[a-z][\w-]*|U\.S\.)\s+){0,3}"
)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_BID_FROM = re.compile(
    r"\b(?:(?:takeover|buyout|acquisition|merger)\s+(?:attempt|bid|offer|approach|proposal|overture)s?|"
    r"(?:(?:hostile|unsolicited|rival|improved|sweetened|cash|all-share|all-stock)\s+)*(?:approach|approaches|"
    r"proposal|proposals|offer|offers|bid|bids|overture|overtures)|takeover\s+interest)\s+"
    r"(?:worth\s+[^,;]{1,30}?\s+)?(?:from|by)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
_FENDED = re.compile(
    r"\b(?:rejected|rejects|reject|rebuffed|rebuffs|turned\s+down|turns\s+down|fought\s+off|fends?\s+off|fended\s+off|"
    r"spurned|dismissed)\b"
    # a bid received or weighed is one only when the words say takeover: "received a takeover offer from X"
    r"|\b(?:received|receives|weighed|weighing|considered|considering)\b(?=[^,;]*\b(?:takeover|buyout|acquisition)\b)"
)
_WON_THE_FIGHT = re.compile(
    r"\b(?:won|wins|win|winning)\s+(?:the\s+)?(?:fight|battle|contest|bidding\s+war|race|auction)\s+(?:for|to\s+buy)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}$"
)


def _bids_received(finder: SentenceRelations) -> list[Candidate]:
    """'Anglo fought off a takeover attempt by BHP', 'Teck rejected a hostile approach from Glencore': the bidder
    sought the company (a bid given up, as former); 'Pfizer won the fight for Metsera': the winner buys it."""
    found: list[Candidate] = []
    bid_said = finder.has_any("approach", "proposal", "offer", "bid", "overture", "attempt", "interest")
    for bidder in finder.mentions if bid_said else ():
        if not _org(bidder) or _person(bidder):
            continue
        bid = _BID_FROM.search(finder.text, max(finder.sentence.start, bidder.start - 80), bidder.start)
        if bid is None:
            continue
        fended = list(_FENDED.finditer(finder.text[finder.sentence.start : bid.end()]))
        if not fended:
            continue
        targets = [m for m in finder.mentions if m.end <= finder.sentence.start + fended[-1].start() and _org(m)]
        if targets and targets[-1].types != ("Person",):
            target = _as_organisation(targets[-1])  # ("Direct Line turned down ...": a company, whatever its name)
            rejected = not re.match(r"receiv|weigh|consider", fended[-1].group())
            scope = "abandoned" if rejected else "considering"  # a bid turned down is given up; one weighed, not yet
            if target.name != bidder.name:
                found.append(Candidate("acquires", bidder, target, "nouns", bid.group().strip(), 0.6, {}, scope, True))
    for target in finder.mentions:
        won = _WON_THE_FIGHT.search(finder.text, max(finder.sentence.start, target.start - 80), target.start)
        if won is None or not _org(target) or _person(target):
            continue
        buyers = [m for m in finder.mentions if m.end <= won.start() and _org(m) and not _person(m)]
        if buyers and buyers[-1].name != target.name:
            found.append(Candidate("acquires", buyers[-1], target, "verbs", won.group().strip(), 0.6))
    return found


# "after an earlier approach to acquire X was rebuffed": a bid by the clause's subject
_APPROACH_TO_BUY = re.compile(
    r"\b(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:approach|offer|bid|attempt|proposal|effort|move)\s+to\s+"
    r"(?:acquire|buy|take\s+over|purchase)\s+(?:the\s+)?$"
)


@_said("approach", "offer", "bid", "attempt", "proposal", "effort", "move")
def _approach_to_buy(finder: SentenceRelations) -> list[Candidate]:
    """'Meta is in talks to hire P, after an earlier approach to acquire SSI was rebuffed': the sentence's subject
    sought the company (the words after it, 'was rebuffed', say how it ended)."""
    found: list[Candidate] = []
    for target in finder.mentions:
        approach = _APPROACH_TO_BUY.search(finder.text, max(finder.sentence.start, target.start - 70), target.start)
        if approach is None or not _org(target) or target.types == ("Person",):
            continue
        bidder = finder._clause_subject(("Organization", "Person"))
        bidder = bidder or next(iter(finder.left_of(approach.start(), ("Organization", "Person"))), None)
        if bidder is None or bidder.name == target.name or bidder.end > approach.start():
            continue
        ending = finder.text[target.end : finder.sentence.end]
        said = approach.group() + ending[:60]
        found.append(Candidate("acquires", bidder, target, "nouns", approach.group().strip(), 0.55, {}, said, True))
    return found


_CLIENTS_AMONG = re.compile(
    r"\s+(?P<group>clients|customers|users|tenants)\b[^;.]{0,80}?,\s+(?:among\s+them|including|such\s+as)\s+(?:the\s+)?"
)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?")


def _listed_after(finder: SentenceRelations, position: int) -> list[Mention]:
    """The names listed from `position` on, each perhaps described ('the Spanish bank Santander'); a possessor
    gives way to what it owns ('Live Nation's Ticketmaster')."""
    listed: list[Mention] = []
    later = [m for m in finder.mentions if m.start >= position]
    at = position
    for mention in later:
        gap = finder.between(at, mention.start)
        if listed and not _LIST_GAP.fullmatch(gap) and not re.fullmatch(r"['’]s?\s+", gap):
            break
        if not listed and len(gap.split()) > 3:
            break
        if listed and re.fullmatch(r"['’]s?\s+", gap):
            listed[-1] = mention  # "Live Nation's Ticketmaster": the company owned is the one listed
        else:
            listed.append(mention)
        at = mention.end
    return listed


@_said("clients", "customers", "users", "tenants")
def _clients_among_them(finder: SentenceRelations) -> list[Candidate]:
    """'a string of Snowflake clients have reported thefts, among them Ticketmaster and Santander': each one named
    is a customer of the company before 'clients' (hosted on it when it rents out computing)."""
    found: list[Candidate] = []
    for provider in finder.mentions:
        among = _CLIENTS_AMONG.match(finder.text, provider.end, finder.sentence.end)
        if among is None or not _org(provider) or _person(provider) or provider.possessive:
            continue
        relation = "hosts-on" if _a_cloud_provider(finder, provider) else "supplies"
        for member in _listed_after(finder, among.end()):
            if _org(member) and member.name != provider.name:
                member = _as_organisation(member)  # ("Neiman Marcus": a company, whatever its name looks like)
                pair = (member, provider) if relation == "hosts-on" else (provider, member)
                found.append(Candidate(relation, *pair, "nouns", among.group("group"), 0.6))
    return found


_BRINGS = re.compile(r"\b(?:bring|brings|brought|bringing)\s+")
_IN_HOUSE = re.compile(
    r",?\s+(?:in-house|in\s+house|on\s+board|onboard|aboard|into\s+the\s+fold|back\s+into\s+the\s+fold)\b"
)


@_said("bring", "brought")
def _brought_in_house(finder: SentenceRelations) -> list[Candidate]:
    """'Meta is bringing Scale's chief executive, Alexandr Wang, in-house': the people brought in join the
    company that brings them."""
    found: list[Candidate] = []
    for brings in _BRINGS.finditer(finder.sentence.text):
        start = finder.sentence.start + brings.end()
        inside = [m for m in finder.mentions if start <= m.start and m.end <= start + 100]
        people = [m for m in inside if _person(m)]
        if not people or _IN_HOUSE.match(finder.text, people[-1].end) is None:
            continue
        if re.search(r"[;.]\s", finder.between(start, people[-1].end)):
            continue
        verb_at = start - len(brings.group())
        hirers = finder.left_of(verb_at, ("Organization",))
        if hirers and re.search(
            r"\band\s+(?:has\s+|have\s+|had\s+|also\s+)?$", finder.between(hirers[-1].end, verb_at)
        ):
            # "A struck a deal with B and brought ... in-house": A, the subject of the first verb, brings them
            subject = finder._clause_subject(("Organization",))
            hirers = [subject] if subject is not None else hirers
        for hirer in hirers[-1:]:
            if _org(hirer) and not _person(hirer):
                found += [Candidate("employs", hirer, p, "verbs", "brought ... in-house", 0.6) for p in people]
    return found


_HIRED_PERSON = re.compile(r"\b(?:poached|poaches|poach|hired|hires|hire|lured|lures|recruited|recruits)\s+$")
_TAPPED_TO_LEAD = re.compile(r"(?:,[^,;]{1,60},)?\s+to\s+(?:lead|run|head|oversee|manage|chair|steer)\b")
_TAPPED = re.compile(r"\b(?:tapped|taps|tap|picked|picks|chose|chooses|named|names|selected)\s+$")


def _hired_away(finder: SentenceRelations) -> list[Candidate]:
    """'Acme poached Jane Roe from Beta': Beta employed her before; 'Acme has tapped Jane Roe, a veteran of
    Beta, to lead its chip unit': Acme employs her."""
    found: list[Candidate] = []
    for index, person in enumerate(finder.mentions):
        if not _person(person) or person.types[0] != "Person":
            continue
        before = finder.text[max(finder.sentence.start, person.start - 14) : person.start]
        hirers = [m for m in finder.mentions[:index] if _org(m) and not _person(m)]
        if _HIRED_PERSON.search(before):
            source = next((m for m in finder.mentions[index + 1 :] if _org(m) and not _person(m)), None)
            if source is not None and re.fullmatch(r"\s+from\s+(?:the\s+)?", finder.between(person.end, source.start)):
                found.append(Candidate("employs", source, person, "verbs", "hired ... from", 0.6, {}, _FORMER, True))
        elif _TAPPED.search(before) and hirers and _TAPPED_TO_LEAD.match(finder.text, person.end):
            found.append(Candidate("employs", hirers[0], person, "verbs", "tapped ... to lead", 0.6))
    return found


_REPLACED_WITH = re.compile(r"\b(?:replaced|replaces|replace|replacing)\s+(?:its\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


@_said("replac")
def _replaced_with(finder: SentenceRelations) -> list[Candidate]:
    """'Verizon replaced chief executive Hans Vestberg with Dan Schulman': the newcomer takes the post."""
    found: list[Candidate] = []
    for old, new in pairwise([m for m in finder.mentions if _person(m)]):
        if not re.fullmatch(r"\s+with\s+", finder.between(old.end, new.start)):
            continue
        replaced = _REPLACED_WITH.search(finder.text[finder.sentence.start : old.start])
        if replaced is None:
            continue
        employer = [m for m in finder.mentions if m.end <= finder.sentence.start + replaced.start() and _org(m)]
        if employer and not _person(employer[-1]):
            found.append(Candidate("employs", employer[-1], new, "verbs", "replaced ... with", 0.65))
    return found


_BY_CONSORTIUM = re.compile(
    r"\b(?:be\s+|been\s+|was\s+|is\s+)?(?:acquired|bought|taken\s+private|purchased|taken\s+over)\s+by\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|group\s+of\s+investors|investor\s+group|group)\s+"
    r"(?:made\s+up\s+of|of|including|comprising|that\s+includes|led\s+by)\s+(?:the\s+)?",
    re.I,
)


@_said("consortium", "group")
def _consortium_buyers(finder: SentenceRelations) -> list[Candidate]:
    """'Acme has agreed to be taken private by a consortium made up of A, B and C': each member buys Acme."""
    found = []
    for by in _BY_CONSORTIUM.finditer(finder.sentence.text):
        start = finder.sentence.start + by.start()
        bought = [m for m in finder.mentions if m.end <= start and _org(m) and not _person(m)]
        first = _first_after(finder, finder.sentence.start + by.end())
        if first is not None and first.types[0] == "Location" and re.match(r"['’]s\s", finder.text[first.end :]):
            first = next((m for m in finder.mentions if m.start > first.end), None)  # "Saudi Arabia's PIF"
        if not bought or first is None:
            continue
        for buyer in _members(finder, first):
            if _org(buyer) and not _person(buyer) and buyer.name != bought[0].name:
                found.append(Candidate("acquires", buyer, bought[0], "passives", "taken private by a consortium", 0.65))
    return found


_CASE_FILED_BY = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:case|lawsuit|suit|complaint|class\s+action)\s+"
    r"(?:was|had\s+been|has\s+been)\s+(?:\w+\s+){0,3}?(?:filed|brought)\s+(?:\w+\s+){0,3}?by\s+"
)


@_said("filed", "brought")
def _cases_filed_by(finder: SentenceRelations) -> list[Candidate]:
    """'The case was filed last year by writer A and authors B and C': each accuses the company the text is
    about (the one named first)."""
    found = []
    for filed in _CASE_FILED_BY.finditer(finder.sentence.text):
        first = _first_after(finder, finder.sentence.start + filed.end())
        story = next((m for m in finder.document if _org(m) and not _person(m) and m.kind != "reference"), None)
        if first is None or story is None or story.start >= finder.sentence.start:
            continue
        plaintiffs = [first]  # "by thriller writer A and nonfiction authors B and C": descriptors between names
        for following in [m for m in finder.mentions if m.start > first.end]:
            glue = finder.between(plaintiffs[-1].end, following.start)
            if not re.fullmatch(r"(?:,\s*|,?\s+and\s+)(?:[a-z][\w-]*\s+){0,3}", glue):
                break
            plaintiffs.append(following)
        for one in plaintiffs:
            if one.name != story.name and (_org(one) or _person(one)):
                found.append(Candidate("accuses", one, story, "verbs", "case filed by", 0.6))
    return found


_COMPLAINT_NAMES = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:complaint|lawsuit|suit)\b[^;]*?\b(?:names|named|targets|cites)\s+"
    r"(?:as\s+defendants\s+)?"
)


_SUED_BEFORE = re.compile(r"\b(?:sued|sues|suing|sue|(?:suit|lawsuit|complaint|case)\s+against)\s+(?:the\s+)?$")


@_said("names", "named", "targets", "cites")
def _complaint_names(finder: SentenceRelations) -> list[Candidate]:
    """'The complaint, filed in Manhattan, names A, B and C alongside D': the plaintiff the text is about (the
    company it began with) accuses each."""
    found: list[Candidate] = []
    named = _COMPLAINT_NAMES.search(finder.sentence.text)
    story = next((m for m in finder.document if _org(m) and not _person(m) and m.kind != "reference"), None)
    if named is None or story is None or story.start >= finder.sentence.start:
        return found
    if _SUED_BEFORE.search(finder.text, 0, story.start):
        return found  # "A group of authors sued Orvane Labs ... The lawsuit also names B": the story company is sued
    after = finder.sentence.start + named.end()
    for defendant in [m for m in finder.mentions if m.start >= after]:
        if _org(defendant) and not _person(defendant) and defendant.name != story.name:
            found.append(Candidate("accuses", story, defendant, "verbs", "the complaint names", 0.55))
    return found


# "the Justice Department said Boeing had violated a 2021 agreement", "Acme alleged that Orvane breached the
# contract": saying that someone broke a rule or a deal accuses them
_SAID_THAT = re.compile(
    r"\s+(?:(?:then|later|also|previously|earlier|has|have|had)\s+)?"
    r"(?:said|says|alleged|alleges|claimed|claims|found|finds|ruled|concluded|argued|argues|determined)"
    r"\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?$"
)
_BROKE_A_RULE = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:repeatedly\s+|knowingly\s+|illegally\s+|unlawfully\s+)?"
    r"(?:violated|breached|broken|broke|infringed|misled|defrauded|deceived|abused|colluded|rigged|manipulated|"
    r"concealed|overcharged|stolen|stole|misappropriated)\b"
)


@_said(
    "violated",
    "breached",
    "broke",
    "broken",
    "infringed",
    "misled",
    "defrauded",
    "deceived",
    "abused",
    "colluded",
    "rigged",
    "manipulated",
    "concealed",
    "overcharged",
    "stole",
    "stolen",
    "misappropriated",
)
def _said_to_have_broken(finder: SentenceRelations) -> list[Candidate]:
    """'The Justice Department said Boeing had violated the agreement': the one saying it accuses the other."""
    found: list[Candidate] = []
    for sayer, accused in pairwise(finder.mentions):
        said = _SAID_THAT.fullmatch(finder.between(sayer.end, accused.start))
        if said is None or not _BROKE_A_RULE.match(finder.text, accused.end):
            continue
        parties = {accused.types[0], sayer.types[0]} <= {"Organization", "Person"}
        if parties and sayer.name != accused.name:
            found.append(Candidate("accuses", sayer, accused, "verbs", said.group().strip(), 0.55))
    return found


# a word in each role _COMPOUND_ROLE_AFTER (and most of _DESCRIBING_ROLE) names
_ROLE_NOUNS = ("customer", "client", "supplier", "investor", "backer", "shareholder", "rival", "competitor", "partner")
_COMPOUND_ROLE_AFTER = re.compile(
    r"\s+(?P<role>customers|clients|customer|client|suppliers|supplier|investors|investor|backers|backer|"
    r"shareholders|shareholder|rivals|rival|competitors|competitor|partners|partner)\b"
)
_ROLES_LISTED_AFTER = re.compile(r",?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?")
_COPULA_THEN = re.compile(
    r",?\s+(?:are|is|were|was|have\s+been|has\s+been|remain|remains)\s+(?:also\s+|all\s+|both\s+)?"
    r"(?:(?:an?|longtime|long-time|major|key|big|large|early|loyal|existing|important)\s+){0,3}$"
)


@_said(*_ROLE_NOUNS)
def _compound_roles(finder: SentenceRelations) -> list[Candidate]:
    """'TSMC and Samsung are longtime ASML customers', 'Acme is a Nvidia investor': the role towards the company
    named before the noun."""
    found: list[Candidate] = []
    for company in finder.mentions:
        role = _COMPOUND_ROLE_AFTER.match(finder.text, company.end)
        if role is None or not _org(company) or _person(company):
            continue
        relation, possessor_first = _ROLE_RELATION[role.group("role").removesuffix("s")]
        listed = _ROLES_LISTED_AFTER.match(finder.text, role.end()) if role.group("role").endswith("s") else None
        first = next((m for m in finder.mentions if listed and m.start == listed.end()), None)
        if first is not None:  # "existing ByteDance investors, including Susquehanna and General Atlantic"
            for one in _members(finder, first):
                # (a name guessed a person's may be a company so listed; an investor may be a person anyway)
                company_like = _org(one) and (not _person(one) or one.kind == "guessed")
                if (company_like or (relation == "invests-in" and _person(one))) and one.name != company.name:
                    pair = (company, one) if possessor_first else (one, company)
                    found.append(Candidate(relation, *pair, "possessive", role.group("role"), 0.6))
            continue
        before = [m for m in finder.mentions if m.end <= company.start]
        if not before or not _COPULA_THEN.fullmatch(finder.between(before[-1].end, company.start)):
            continue
        for holder in finder._expand_left(before[-1]):
            if _org(holder) and not _person(holder) and holder.name != company.name:
                pair = (company, holder) if possessor_first else (holder, company)
                found.append(Candidate(relation, *pair, "possessive", role.group("role"), 0.6))
    return found


_STEPS_DOWN = re.compile(
    r"\b(?:will|would|is\s+to|was\s+to|plans\s+to|is\s+set\s+to)\s+(?:step\s+down|retire|leave\s+the\s+company|"
    r"depart|stay\s+on)\b"
)


@_said("step down", "retire", "leave", "depart", "stay on")
def _says_steps_down(finder: SentenceRelations) -> list[Candidate]:
    """'Apple said that John Giannandrea, the executive who oversaw its AI strategy, will step down': the company
    speaking employs the person leaving."""
    found: list[Candidate] = []
    if not _STEPS_DOWN.search(finder.sentence.text):
        return found
    for company, person in pairwise(finder.mentions):
        if not _org(company) or _person(company) or not _person(person):
            continue
        if not _STATES.match(finder.between(company.end, person.start)):
            continue
        leaves = _STEPS_DOWN.search(finder.text, person.end, finder.sentence.end)
        if leaves is not None:
            found.append(Candidate("employs", company, person, "verbs", leaves.group(), 0.6, scope="", scope_only=True))
    return found


# "Apple is building OpenAI's ChatGPT into Siri", "plans to build ChatGPT into its Siri assistant", "integrate
# Google's Gemini into its apps": one company's product put inside another's, a partnership of the two
_BUILDS_INTO = re.compile(
    r"\b(?:build|builds|building|built|integrate|integrates|integrated|integrating|embed|embeds|embedded|"
    r"embedding|put|puts|putting|bake|bakes|baked|baking)\s+(?:the\s+)?$"
)
_INTO_PRODUCT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+into\s+(?=its\s|their\s|the\s|[A-Z])")


@_said("into")
def _built_into(finder: SentenceRelations) -> list[Candidate]:
    found: list[Candidate] = []
    for index, mention in enumerate(finder.mentions):
        verb = _BUILDS_INTO.search(finder.text, finder.sentence.start, mention.start)
        if verb is None:
            continue
        owner, product = mention, mention
        if mention.possessive and _org(mention) and index + 1 < len(finder.mentions):
            product = finder.mentions[index + 1]
            if not re.fullmatch(r"['’]s?\s+", finder.between(mention.end, product.start)):
                continue
        elif mention.type == "Product":
            known = load_gazetteer().entities.get(mention.name)
            if known is None or not known.owner or known.owner not in load_gazetteer().entities:
                continue
            owner = _standing_for(mention, known.owner)
        else:
            continue
        if not _INTO_PRODUCT.match(finder.text, product.end):
            continue
        builders = finder.left_of(verb.start(), ("Organization",))
        for builder in builders:
            if builder.name != owner.name and not _person(builder):
                found.append(
                    Candidate("partners-with", builder, owner, "verbs", verb.group().strip() + " ... into", 0.55)
                )
    return found


# "from Yum Brands, where he ran Taco Bell", "at Alphabet, where she oversaw Google Cloud": the part a person ran
# inside the company named before 'where'
_WHERE_RAN = re.compile(
    r",\s+where\s+(?:he|she|they)\s+(?:had\s+|has\s+|previously\s+|most\s+recently\s+|once\s+)?"
    r"(?:ran|runs|run|led|leads|oversaw|oversees|overseen|headed|heads|managed|manages)\s+(?:the\s+)?"
)


@_said("where")
def _where_ran(finder: SentenceRelations) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _WHERE_RAN.finditer(finder.sentence.text):
        at, end = finder.sentence.start + match.start(), finder.sentence.start + match.end()
        company = next((m for m in reversed(finder.mentions) if m.end <= at), None)
        part = next((m for m in finder.mentions if m.start == end), None)
        if company is None or part is None or company.end != at or not _org(company) or _person(company):
            continue
        if _org(part) and not _person(part) and part.types[0] != "Location" and part.name != company.name:
            found.append(Candidate("owns", company, part, "nouns", "where ... ran", 0.55, scope_only=True))
    return found


# "develops the Le Chat assistant as well as open-weight models that compete with Meta's Llama family": the
# maker of the goods competes with the rival named (with the rival's product, its owner)
_GOODS_THAT_COMPETE = re.compile(
    r"\b(?:models|products|chips|processors|phones|smartphones|cars|vehicles|drugs|services|apps|devices|tools|"
    r"offerings|systems|platforms|brands)\s+(?:that|which)\s+(?:now\s+|also\s+|directly\s+|will\s+)?"
    r"compete[sd]?\s+(?:directly\s+|head\s+to\s+head\s+)?(?:with|against)\s+(?:the\s+)?"
)


@_said("compete")
def _goods_that_compete(finder: SentenceRelations) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _GOODS_THAT_COMPETE.finditer(finder.sentence.text):
        maker = finder._clause_subject(("Organization",))
        at = finder.sentence.start + match.end()
        if maker is None or maker.end > at or _person(maker):
            continue
        first = next((m for m in finder.mentions if m.start == at), None)
        # ("Meta's Llama family": the product's owner is the rival)
        rivals = [first] if first is not None and first.possessive else _listed_after(finder, at)
        for rival in rivals:
            if not _org(rival) or rival.types[0] in ("Product", "Location") or _person(rival):
                continue  # (a product named alone: its owner is not said)
            if rival.name != maker.name:
                found.append(Candidate("competes-with", maker, rival, "verbs", match.group().strip(), 0.55))
    return found


@cache
def _pipeline() -> tuple[tuple[Construction, frozenset[str] | None], ...]:
    """Every construction in the order its candidates are listed, each with its cue words (None: no guard)."""
    ordered: tuple[Construction, ...] = (
        _agreements,
        _goods_that_compete,
        _built_into,
        _where_ran,
        _says_steps_down,
        _compound_roles,
        _complaint_names,
        _tools_used,
        _cases_filed_by,
        _consortium_buyers,
        _its_purchases,
        _bought_from,
        _joined_from,
        _hired_away,
        _brought_in_house,
        _persons_company,
        _holders_of_the_story,
        _its_own_named,
        _clients_among_them,
        _bids_received,
        _approach_to_buy,
        _joint_venture_of,
        _venture_apposed_with,
        _described_then_actor,
        _rivals_of_such_as,
        _its_named_unit,
        _paid_to_make,
        _approached_about_a_takeover,
        _founding_partners,
        _whose_goods_serve,
        _whose_part,
        _possessed_named_parts,
        _made_kind_named,
        _unit_named_after_parent,
        _rival_of_the_story,
        _ventures_formed,
        _where_he_was,
        _veterans_listed,
        _invest_respectively,
        _unlike_rivals,
        _apposed_title_without_company,
        _taken_private,
        _replaced_with,
        _says_he_becomes,
        _suits_filed,
        _access_given,
        _fronted_careers,
        _fronted_founders,
        _founded_with,
        _founders_listed,
        _founded_by_companies,
        _round_participants,
        _joined_as_investors,
        _alongside_in_a_round,
        _careers_in_passing,
        _careers_before,
        _while_working,
        _described_by_maker,
        _rivals_described,
        _uses_a_cloud,
        _runs_its_product_on,
        _members_alongside,
        _acquisitions_including,
        _goods_for_anothers,
        _co_plaintiffs,
        _its_role_apposed,
        _called_products,
        _parts_listed,
        _pitted_against,
        _described_products,
        _hires_including,
        _titles_without_company,
        _hands_over,
        _role_kept_or_left,
        _company_owns_person_name,
        _company_owns_company,
        _mergers,
        _competitor_lists,
        _its_products,
        _compound_modifiers,
        _role_descriptions,
        _possessive_lists,
        _named_as_group,
        _group_members,
        _the_two,
        _the_two_companies,
        _both_as_subject,
        _ranked_behind,
        _makes_their_goods,
        _goods_bought_from_makers,
        _taken_to_court,
        _fronted_partnership,
        _switched_suppliers,
        _its_use_of,
        _its_roles,
        _made_its_role,
        _chosen_suppliers,
        _hosts,
        _chips_used,
        _goods_used_by,
        _supplied_at_length,
        _ventures_set_up,
        _activist_holders,
        _case_brought_by,
        _business_of_sold_to,
        _capacity_paid,
        _its_parts,
        _described_as_made,
        _revenue_paid,
        _in_which_holders,
        _stakes_given,
        _firms_hired,
        _bought_then_added,
        _added_to_the_suit,
        _countersued,
        _posts_of_the_story,
        _post_at_both,
        _past_deals,
        _possessive_roles,
        _and_its_role,
        _among_its_roles,
        _venture_with_then_named,
        _venture_between,
        _hosts_anothers,
        _formed_with,
        _person_its_post,
        _reporting_to,
        _flagship_products,
        _which_they_founded,
        _its_titles,
        _acquisition_was,
        _successors_by_merger,
        _where_served,
        _bio_titles,
        _its_subsidiary_after,
        _acquisition_by,
        _possessive_parts,
        _kind_then_named_part,
        _its_range,
        _uses_a_known_product,
        _goods_for_a_known_product,
        _buys_cloud_services,
        _possessive_names,
        _signature_titles,
        _announced_appointments,
        _led_under,
        _its_stake,
        _apposed_as_its_part,
        _persons_vehicle,
        _sued_to_block_the_deal,
        _cease_and_desist_sent,
        _turned_to_for_compute,
        _models_bought_from,
        _runs_its_chains,
        _share_of_revenue_received,
        _holds_the_rest,
        _said_to_have_broken,
    )
    return tuple((_GUARDS[c][0], _GUARDS[c][1]) if c in _GUARDS else (c, None) for c in ordered)


# "Microsoft receives 20% of OpenAI's revenue": a share of the other's revenue
_RECEIVES_SHARE_OF = re.compile(
    r"\b(?:receives?|received|receiving|gets?|got|collects?|collected|takes?|took|keeps?|kept|is\s+entitled\s+to)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|a\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent)|share|cut)\s+of\s+$"
)


@_said("revenue", "revenues", "sales", "profits")
def _share_of_revenue_received(finder: SentenceRelations) -> list[Candidate]:
    """'Microsoft receives 20% of OpenAI's revenue': the one receiving shares in the other's revenue."""
    found = []
    for source in finder.mentions:
        if not source.possessive or not _org(source) or _person(source):
            continue
        after = re.match(
            r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:revenue|revenues|sales|profits)\b", finder.text[source.end :]
        )
        share = _RECEIVES_SHARE_OF.search(finder.text, max(finder.sentence.start, source.start - 40), source.start)
        if after is None or share is None:
            continue
        receiver = finder.left_of(share.start(), ("Organization",))
        for one in receiver:
            if one.name != source.name and not _person(one):
                found.append(Candidate("shares-revenue-with", source, one, "verbs", share.group().strip(), 0.6))
    return found


@cache
def _cue_words() -> tuple[str, ...]:
    return tuple(sorted({word for _, cues in _pipeline() if cues for word in cues}))


def candidates(finder: SentenceRelations) -> list[Candidate]:
    """What the constructions find in the sentence; each guarded one runs only if one of its cues is there."""
    lowered = finder.lowered
    present = {word for word in _cue_words() if word in lowered}
    found: list[Candidate] = []
    for construction, cues in _pipeline():
        if cues is None or not cues.isdisjoint(present):
            found += construction(finder)
    return found


# "Novo, under Mike Doustdar, who became chief executive in August, is cutting jobs": led by the person named
_UNDER_LEADER = re.compile(
    r"\s*,\s+(?:now\s+|still\s+)?under\s+(?:(?:its\s+)?(?:new\s+|current\s+)?(?:chief\s+executive|CEO|boss|"
    r"chairman|chairwoman|president|founder)\s+)?"
)
_ASIDE_CLOSED = re.compile(r"\s*,")


_LED_UNDER = "under"  # the trigger of a leader named in an aside


@_said("under")
def _led_under(finder: SentenceRelations) -> list[Candidate]:
    """'COMPANY, under PERSON,': an aside that names who leads the company, which employs the person."""
    return [
        Candidate("employs", company, person, "nouns", _LED_UNDER, 0.6)
        for company, person in pairwise(finder.mentions)
        if _org(company)
        and not _person(company)
        and _person(person)
        and _UNDER_LEADER.fullmatch(finder.between(company.end, person.start))
        and _ASIDE_CLOSED.match(finder.text, person.end)
    ]


# "Acme said its 10% stake in Beta ...", "an empire anchored by its majority stake in Arm": 'its' before the stake
_ITS_STAKE_IN = re.compile(
    r"\b[Ii]ts\s+(?:(?:[\d.,]+\s?(?:%|percent)|[\w-]+)\s+){0,3}?(?:stake|holding|shareholding)s?\s+in\s+(?:the\s+)?$"
)


@_said("stake", "holding")
def _its_stake(finder: SentenceRelations) -> list[Candidate]:
    """'Acme said its 10% stake in Beta was worth $2 billion': the sentence's subject, whose 'its' is, holds a stake
    in the company named after it (what else the sentence says of the subject is not about the stake)."""
    found: list[Candidate] = []
    for held in finder.mentions:
        its = _ITS_STAKE_IN.search(finder.text, max(finder.sentence.start, held.start - 60), held.start)
        if its is None or not _org(held) or _person(held):
            continue
        subject = finder._clause_subject(("Organization",))
        if subject is None or _person(subject) or subject.end > its.start() or subject.name == held.name:
            continue
        if ";" in finder.between(subject.end, its.start()):
            continue  # another clause: its subject may be another
        phrase = its.group().strip()
        found.append(Candidate("invests-in", subject, held, "nouns", phrase, 0.6, scope=phrase, scope_only=True))
    return found


@_said("agreement", "letter")
# a word of each kind of agreement _PERSONAL_AGREEMENT names
@_said(
    "employment",
    "option",
    "severance",
    "retention",
    "consulting",
    "control",
    "appointment",
    "offer",
    "separation",
    "award",
    "compensation",
    "indemnification",
    "competition",
    "executive",
)
def _agreements(finder: SentenceRelations) -> list[Candidate]:
    found: list[Candidate] = []
    text, offset = finder.sentence.text, finder.sentence.start
    for agreement in _PERSONAL_AGREEMENT.finditer(text):
        between = _BETWEEN.search(text, agreement.end(), agreement.end() + 120)
        if between is None:
            continue
        after = [m for m in finder.mentions if m.start >= offset + between.end()][:2]
        if len(after) < 2 or not re.fullmatch(r",?\s*and\s+", finder.between(after[0].end, after[1].start)):
            continue
        first, second = after
        org, person = (first, second) if _person(second) else (second, first)
        if _org(org) and _person(person) and not _person(org):
            found.append(Candidate("employs", org, person, "nouns", agreement.group(), 0.7))
    return found


def _fronted_careers(finder: SentenceRelations) -> list[Candidate]:
    text, offset = finder.sentence.text, finder.sentence.start
    lead = _FRONTED_CAREER.match(text)
    comma = text.find(",", lead.end()) if lead else -1
    if lead is None or comma < 0:
        return []
    employers = [m for m in finder.mentions if offset + lead.end() <= m.start < offset + comma and _org(m)]
    employers = [_as_organisation(m) for m in employers if m.types != ("Person",)]  # "with A and then B"
    person = next((m for m in finder.mentions if m.start > offset + comma and _person(m)), None)
    if person is None or not employers or re.search(r"[;.]", finder.between(offset + comma, person.start)):
        return []
    if len(re.findall(r"\S+", finder.between(offset + comma, person.start))) > 2:
        return []
    return [Candidate("employs", org, person, "passives", lead.group().strip(), 0.7) for org in employers]


# "with participation from A and B", "A and B also took part in the round"
_PARTICIPATION_FROM = re.compile(
    r"\b(?:with|and)\s+(?:additional\s+)?participation\s+(?:from|by)\s+(?:the\s+)?"
    # "Backers in the round included A, B and C"
    r"|\b(?:backers|investors|participants)\s+in\s+the\s+(?:round|financing|raise)\s+(?:also\s+)?"
    r"(?:included|include|were|are)\s+(?:the\s+)?"
    # "in a round led by A that also included B, C and D"
    r"|\b(?:round|financing)\b[^.;]{0,80}?\b(?:that|which)\s+also\s+(?:included|includes|drew\s+in|featured)\s+(?:the\s+)?",
    re.I,
)
_ROUND_OF_SUBJECT = re.compile(r"\b(?:raised|raises|raise|raising|valued|closed|secured)\b[^;]*\bround\b")
_ALSO_PARTICIPATING = re.compile(
    r",\s+with\s+(?:the\s+)?(?:(?:existing|new|other|earlier|previous|returning)\s+(?:backers|investors|shareholders)\s+)?"
)  # ("with existing backers A and B also taking part")
_ALSO_TAIL = re.compile(
    # ("with Nvidia, Amazon and Meta itself participating": the story's own company among them)
    r"\s+(?:itself\s+|themselves\s+)?(?:also\s+)?(?:participating|taking\s+part|joining|investing|"
    r"acting\s+as\s+co-?leads?|as\s+co-?leads?|"
    r"co-?leading|among\s+(?:the\s+)?(?:other\s+)?(?:participants|investors|backers))\b"
)
_DESCRIPTOR = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")
_ROUND_LED_BY = re.compile(r"\s+(?:was|is|has\s+been|will\s+be)\s+(?:co-?)?led\s+by\s+(?:the\s+)?")
_TOOK_PART = re.compile(
    r"^\s+(?:(?:also|have|has|had|all)\s+)*(?:(?:took|take|takes|taking|participated|participate|participates|"
    r"joined|join|joins)\s+(?:part\s+)?in|led|co-led|leads|will\s+lead|(?:later\s+)?joined|joins|will\s+join)\s+$"
)


_ALONGSIDE = re.compile(r"\balongside\s+(?:the\s+)?")
_LEADING_APPOSITION = re.compile(r"^\s*,[^,;]*,\s*")


def _a_round(mention: Mention) -> bool:
    """'the round': a funding round, which stands for the company that raised it (see mentions._ROUND)."""
    return mention.kind == "reference" and mention.text.lower().endswith(("round", "financing", "placement"))


_JOINED_ROUND_ALONGSIDE = re.compile(
    r"\b(?:joined|joins|join|joining|took\s+part\s+in|participated\s+in|co-led|led|invested\s+in)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w$€£.,-]+\s+){0,4}?(?:round|placement|financing|fundraising)\b(?P<rest>[^.;]{0,60}?)\balongside\s+"
)
_IN_COMPANY = re.compile(r"^\s+in\s+")
_ITS_BACKERS = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:backers|investors|shareholders|funding\s+round|round)\b")


def _alongside_in_a_round(finder: SentenceRelations) -> list[Candidate]:
    """'joined a $700 million private placement in the company alongside A and B', 'among Inflection's backers,
    having joined a funding round alongside A and B': the co-investors invest in the company raising the money."""
    if "alongside" not in finder.sentence.text:
        return []
    found = []
    for joined in _JOINED_ROUND_ALONGSIDE.finditer(finder.sentence.text):
        offset = finder.sentence.start
        rest_start = offset + joined.start("rest")
        inside = [m for m in finder.mentions if rest_start <= m.start < offset + joined.end("rest")]
        funded = inside[0] if inside and _IN_COMPANY.match(finder.between(rest_start, inside[0].start)) else None
        if funded is None:
            funded = next(
                (m for m in finder.mentions if m.possessive and _org(m) and _ITS_BACKERS.match(finder.text, m.end)),
                None,
            )
        first = next((m for m in finder.mentions if m.start == offset + joined.end()), None)
        if funded is None or first is None or not _org(funded) or _person(funded):
            continue
        joiners = finder.left_of(offset + joined.start(), ("Organization", "Person"))
        for investor in [*finder._expand_right(first), *joiners]:
            if investor.name != funded.name and (_org(investor) or _person(investor)):
                found.append(Candidate("invests-in", investor, funded, "verbs", "alongside", 0.6))
    return found


def _round_participants(finder: SentenceRelations) -> list[Candidate]:
    """The investors in a round the sentence refers to ('the round', resolved to the company that raised it):
    'The round was led by A, with participation from B and C', 'B and C also took part in the round'."""
    rounds = [m for m in finder.mentions if _a_round(m)]
    companies = [m for m in finder.mentions if _org(m) and not _person(m)]
    if not rounds and "round" not in finder.lowered:
        return _also_took_part(finder, companies)  # (neither pattern below can match)
    owned_round = next((m for m in companies if m.possessive and OWNED_ROUND.match(finder.text, m.end)), None)
    if rounds:
        funded = rounds[0]
    elif owned_round is not None:
        funded = owned_round  # "had co-led Anduril's previous round alongside A, with participation from B"
    elif companies and _ROUND_OF_SUBJECT.search(finder.sentence.text):
        funded = companies[0]  # "Figma was valued at $10 billion in a round led by A, with participation from B"
    else:
        return _also_took_part(finder, companies)
    found = []
    text, offset = finder.sentence.text, finder.sentence.start
    for lead in _PARTICIPATION_FROM.finditer(text):
        first = next((m for m in finder.mentions if m.start == offset + lead.end()), None)
        for investor in _members(finder, first) if first is not None else []:
            found.append(Candidate("invests-in", investor, funded, "passives", lead.group().strip(), 0.65))
    for also in _ALSO_PARTICIPATING.finditer(text):
        first = next((m for m in finder.mentions if m.start == offset + also.end()), None)
        tail = _ALSO_TAIL.match(finder.text, _members(finder, first)[-1].end) if first is not None else None
        for investor in _members(finder, first) if first is not None and tail else []:
            found.append(Candidate("invests-in", investor, funded, "passives", "participating", 0.65))
    led = _ROUND_LED_BY.match(finder.text, funded.end)
    leader = next((m for m in finder.mentions if led and m.start >= led.end()), None)
    if led is not None and leader is not None and not _DESCRIPTOR.fullmatch(finder.between(led.end(), leader.start)):
        leader = None  # "led by investment firm ICONIQ": a few words describing the name
    if led is not None and leader is not None:
        for investor in _members(finder, leader):
            found.append(Candidate("invests-in", investor, funded, "passives", led.group().strip(), 0.7))
    for alongside in _ALONGSIDE.finditer(text):
        first = next((m for m in finder.mentions if m.start == offset + alongside.end()), None)
        for investor in (
            _members(finder, first) if first is not None and offset + alongside.start() > funded.end else []
        ):
            found.append(Candidate("invests-in", investor, funded, "passives", "alongside", 0.6))
    investors = [m for m in finder.mentions if m.end <= funded.start]
    took_part = _TOOK_PART.match(finder.between(investors[-1].end, funded.start)) if investors else None
    if took_part is None:  # "Founders Fund, the venture firm co-founded by Peter Thiel, led the round"
        for investor in reversed([m for m in investors if _org(m) and not _person(m)]):
            gap = _LEADING_APPOSITION.sub(" ", finder.between(investor.end, funded.start))
            if _TOOK_PART.match(gap):
                took_part = _TOOK_PART.match(gap)
                investors = investors[: investors.index(investor) + 1]
                break
    if took_part is not None:
        group = _BACKERS_INCLUDING.search(finder.sentence.text)
        listed = (
            [m for m in investors if m.start >= finder.sentence.start + group.end() and _org(m) and not _person(m)]
            if group
            else finder._expand_left(investors[-1])
        )  # "Existing backers including A, B and France's C also took part in the round"
        for investor in listed:
            found.append(Candidate("invests-in", investor, funded, "verbs", took_part.group().strip(), 0.65))
    return [c for c in found if c.subject.name != funded.name and (_org(c.subject) or _person(c.subject))]


_BACKERS_INCLUDING = re.compile(
    r"\b(?:backers|investors|shareholders|funds|firms)\s*,?\s*(?:including|such\s+as|like)\s+", re.I
)
_ALSO_TOOK_PART = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,;]{1,60},)?"  # "Bpifrance, the French state investment bank, also took part"
    r"\s+(?:also\s+|have\s+also\s+|had\s+also\s+)?(?:took\s+part|participated|joined\s+in|invested|"
    r"joined\s+as\s+(?:co-?)?(?:leads?|investors?)|came\s+in\s+as\s+(?:co-?)?leads?"
    # "Existing backers A, B and C are also putting in money"
    r"|(?:are|is|were|was|will\s+be)\s+(?:also\s+)?(?:putting\s+(?:in\s+)?(?:more\s+)?money(?:\s+in)?|investing|"
    r"taking\s+part|participating|contributing))\b(?!\s+in\s+(?:talks|the\s+talks))"
)
# "..., as is Nvidia": one more taking part
_AS_IS = re.compile(r"\s*,\s+as\s+(?:is|are|does|do|did|was|were)\s+")


def _also_took_part(finder: SentenceRelations, companies: list[Mention]) -> list[Candidate]:
    """'The Qatar Investment Authority and GIC also took part': in the round of the sentence before, whose
    company is its round's or, when it says someone raised money, its first."""
    tooks = [
        took
        for company in (
            companies
            if finder.has_any("took", "participated", "joined", "invested", "came", "putting", "investing", "taking")
            else ()
        )
        if (took := _ALSO_TOOK_PART.match(finder.text, company.end))
    ]
    listed = _BACKERS_LISTED.match(finder.sentence.text)  # "New backers include A and B, the company said"
    if not (tooks or listed) or not finder.earlier:
        return []
    if tooks:
        also = next(
            (m for m in finder.mentions if (a := _AS_IS.match(finder.text, tooks[-1].end())) and m.start == a.end()),
            None,
        )
        companies = [m for m in companies if m.end <= tooks[-1].start() or m is also]
    else:
        companies = [m for m in companies if m.start >= finder.sentence.start + listed.end()]  # type: ignore[union-attr]
    # ("ASML is leading a round that values Mistral at ...": the company valued, not the one leading)
    funded = next(
        (
            m
            for m in reversed(finder.document)
            if finder.sentence.start - 600 < m.end <= finder.sentence.start
            and _org(m)
            and _VALUED_BY.search(finder.text, 0, m.start)
        ),
        None,
    )
    funded = funded or next((m for m in finder.earlier if _a_round(m)), None)
    if funded is None:  # a round named a little further back: "The Series J financing was led by A. ..."
        start = finder.sentence.start
        funded = next((m for m in reversed(finder.document) if start - 400 < m.end <= start and _a_round(m)), None)
    before = finder.text[finder.earlier[0].start : finder.sentence.start]
    if funded is None:  # "... is leading a funding round that values Mistral at €11.7 billion": Mistral's
        funded = next(
            (
                m
                for m in reversed(finder.document)
                if finder.sentence.start - 600 < m.end <= finder.sentence.start
                and _org(m)
                and _VALUED_BY.search(finder.text, 0, m.start)
            ),
            None,
        )
    if funded is None and re.search(r"\b(?:raised|raises|raising|round)\b", before):
        funded = next((m for m in finder.earlier if _org(m) and not _person(m)), None)
    if funded is None:
        return []
    investors = [m for m in companies if m.name != funded.name]
    cue = tooks[-1].group().strip() if tooks else "backers include"
    return [Candidate("invests-in", one, funded, "verbs", cue, 0.6) for one in investors]


# "Nvidia and AMD joined as strategic investors", "the Kuwait Investment Authority has come in as an anchor
# investor", "Apple and Google agreed to act as anchor investors"
_JOINED_AS_INVESTORS = re.compile(
    r"\s+(?:(?:have|has|had|also|later|will|would|all)\s+)*(?:agreed\s+to\s+)?(?:joined|join|joins|came\s+in|come\s+in|"
    r"comes\s+in|signed\s+on|sign\s+on|act|acted|acts|participated|participate)\s+as\s+(?:an?\s+)?"
    r"(?:(?:strategic|anchor|early|minority|new|lead|cornerstone|financial|founding|key|major)\s+)+"
    r"(?:investors?|backers?|shareholders?)\b(?:\s+in\s+(?:the\s+)?)?"
)


@_said("investor", "backer", "shareholder")
def _joined_as_investors(finder: SentenceRelations) -> list[Candidate]:
    """'Nvidia and AMD, whose chips power the startup's data centres, joined as strategic investors': they invest in
    the company named after 'in', else the company the sentence speaks of, else the one the text is about."""
    found: list[Candidate] = []
    for joined in _JOINED_AS_INVESTORS.finditer(finder.sentence.text):
        at, end = finder.sentence.start + joined.start(), finder.sentence.start + joined.end()
        before = [m for m in finder.mentions if m.end <= at]
        aside = next((a for a in RELATIVE_ASIDE.finditer(finder.sentence.text) if a.end() == joined.start()), None)
        if aside is not None:  # "A and B, whose chips power the startup's data centres, joined": past the aside
            before = [m for m in before if m.end <= finder.sentence.start + aside.start()]
        if not before or (aside is None and finder.between(before[-1].end, at).strip()):
            continue
        investors = finder._expand_left(before[-1])
        after = next((m for m in finder.mentions if m.start == end), None)
        named = {m.name for m in investors}
        spoken = [
            m for m in finder.mentions if m.possessive and m.kind == "reference" and _org(m) and m.name not in named
        ]
        funded = after if joined.group().rstrip().endswith(("in", "the")) else None
        funded = funded or (spoken[0] if spoken else None) or _main_company(finder)
        if funded is None or not _org(funded) or _person(funded) or is_pronoun(funded):
            continue
        for investor in investors:
            if investor.name != funded.name and (_org(investor) or _person(investor)) and investor.type != "Location":
                cue = joined.group().strip()
                found.append(Candidate("invests-in", investor, funded, "passives", cue, 0.55))
    return found


_VALUED_BY = re.compile(r"\bround\s+that\s+(?:values|valued|will\s+value)\s+(?:the\s+\w+\s+)?\Z")
# a sentence that opens on the round's backers, without naming the company: "New backers include A and B"
_BACKERS_LISTED = re.compile(
    r"(?:(?:New|Other|Existing|Earlier|Previous|Its|Returning)\s+)?(?:backers|investors|participants)\s+"
    r"(?:include|included|were|are)\s+"
)


_FOUNDED_WITH = re.compile(r"\b(?:co-?founded|founded|started|set\s+up|launched)\s+$", re.I)
_WITH_PARTNERS = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s+(?:along\s+)?with\s+")


_FORMER_STAFF_AFTER = re.compile(
    r"\s+(?:veterans|alumni|colleagues|executives|engineers|employees|researchers|staffers)\s*[,:]\s+"
)


def _founded_with_veterans(finder: SentenceRelations, company: Mention, start: int) -> list[Candidate]:
    """'founded io with three other Apple veterans, A, B and C': they co-founded io, and worked at Apple."""
    employer = next((m for m in finder.mentions if m.start >= start), None)
    if employer is None or not _org(employer) or _person(employer) or employer.name == company.name:
        return []
    staff = _FORMER_STAFF_AFTER.match(finder.text, employer.end)
    if staff is None or not re.fullmatch(r"(?:[\w-]+\s+){0,3}", finder.between(start, employer.start)):
        return []
    first = next((m for m in finder.mentions if m.start == staff.end()), None)
    people = [m for m in finder._expand_right_list(first) if _person(m)] if first is not None else []
    found = []
    for person in people:
        found.append(Candidate("employs", company, person, "verbs", "founded ... with", 0.6, {"role": "co-founder"}))
        found.append(Candidate("employs", employer, person, "roles", "veterans", 0.55, {}, _FORMER, True))
    return found


@_said("founded", "started", "set", "launched")
def _founded_with(finder: SentenceRelations) -> list[Candidate]:
    """'who founded Inflection AI in 2022 with Reid Hoffman and Karén Simonyan': the company's co-founders."""
    found: list[Candidate] = []
    for company in finder.mentions:
        if not _org(company) or _person(company):
            continue
        if not _FOUNDED_WITH.search(finder.text[max(finder.sentence.start, company.start - 20) : company.start]):
            continue
        glue = _WITH_PARTNERS.match(finder.text, company.end)
        if glue is None:
            continue
        found += _founded_with_veterans(finder, company, glue.end())
        rest = finder.text[glue.end() : finder.sentence.end]
        stop = re.search(r"[,;]|\s(?:to|who|which|will|said|says)\s", rest)
        end = glue.end() + (stop.start() if stop else len(rest))
        people = [m for m in finder.mentions if glue.end() <= m.start < end and "Person" in m.types]
        if people and people[0].start == glue.end():  # "with Ami Luttwak, Yinon Costica and Roy Reznik"
            people += [m for m in finder._expand_right_list(people[0])[1:] if "Person" in m.types]
        for person in people:
            found.append(
                Candidate("employs", company, person, "verbs", "founded ... with", 0.65, {"role": "co-founder"})
            )
    return found


# (with where and when between: "was founded in Paris in 2023 by")
_FOUNDED_BY = re.compile(
    # ("Mistral, founded last year by": a reduced relative after the company)
    r"(?:\b(?:was|were|is|been)\s+|(?<=,\s))(?:co-?)?founded\s+(?:(?:(?:in|during)\s+(?:(?:19|20)\d\d|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)|(?:last|this|earlier\s+this)\s+year)\s+){0,2}by\s+"
)


# a person named after a preposition, with a title between: "adviser to President P", "aide to P"
_SERVED_PERSON = re.compile(r"\b(?:to|for|of|under|with)\s+(?:[A-Z][\w.-]*\s+){0,2}$")


@_said("founded")
def _founders_listed(finder: SentenceRelations) -> list[Candidate]:
    """'Kestrel was founded by Priya Raghunathan, a former engineer at Boston Dynamics, and Tomás Ibarra, who
    ...': each person named after 'by', past the asides that describe them."""
    found: list[Candidate] = []
    for by in _FOUNDED_BY.finditer(finder.sentence.text):
        start = finder.sentence.start + by.start()
        company = next((m for m in reversed(finder.mentions) if m.end <= start and _org(m) and not _person(m)), None)
        if company is None or len(finder.between(company.end, start).split()) > 2:
            continue
        rest = finder.text[finder.sentence.start + by.end() : finder.sentence.end]
        # (up to the main clause's verb: "Kestrel, founded by Jane Roe, hired Tom Poe")
        stop = re.search(
            r";|\s(?:said|says|and\s+(?:is|was|has|had|will))\s|,\s+(?:has|have|had|is|was|are|were|will|would|"
            r"can|could|said|says|(?!former\b)[a-z]+ed)\b|\s(?:after|before|when|while|until|because)\s",
            rest,
        )
        end = finder.sentence.start + by.end() + (stop.start() if stop else len(rest))
        for person in [m for m in finder.mentions if finder.sentence.start + by.end() <= m.start < end]:
            if _SERVED_PERSON.search(finder.text, max(0, person.start - 40), person.start):
                continue  # "a former adviser to President Joe Biden": the one advised founded nothing
            if "Person" in person.types and person.types[0] == "Person":
                found.append(
                    Candidate("employs", company, person, "verbs", by.group().strip(), 0.65, {"role": "founder"})
                )
    return found


_FRONTED_FOUNDING = re.compile(
    r"^(?:co-?founded|founded|started|set\s+up|established)\b(?:(?!\bby\b)[^,;])*\bby\s+", re.I
)


def _fronted_founders(finder: SentenceRelations) -> list[Candidate]:
    """'Founded in 2023 by Jane Roe and Tom Poe, Tessel builds robots': the company after the clause was
    founded by each person named in it."""
    lead = _FRONTED_FOUNDING.match(finder.sentence.text)
    if lead is None:
        return []
    people: list[Mention] = []
    for mention in finder.mentions:
        if mention.start < finder.sentence.start + lead.end():
            continue
        glue = finder.text[max(finder.sentence.start, mention.start - 2) : mention.start]
        if _org(mention) and not _person(mention) and glue == ", ":  # the clause ends at the company
            trigger = lead.group().strip()
            return [Candidate("employs", mention, one, "verbs", trigger, 0.7, {"role": "founder"}) for one in people]
        if _person(mention):
            people.append(mention)
    return []


# "Rapidus, a start-up founded in 2022 by eight Japanese companies including Toyota and NTT", "the AI
# Infrastructure Partnership, which was set up last year by BlackRock, Microsoft and MGX"
_SET_UP_BY = re.compile(
    r"\b(?:co-?founded|founded|set\s+up|established|formed)\s+(?:(?:in|during|last|this|earlier\s+this)\s+"
    r"(?:year|(?:19|20)\d\d|[A-Z][a-z]+)\s+){0,2}(?:jointly\s+)?by\s+(?:(?:a\s+(?:group|consortium)\s+of\s+"
    r"|(?:[\w-]+\s+){0,3}(?:companies|firms|groups|investors|banks|corporations)\s+(?:including|such\s+as|led\s+by)\s+)"
    r"(?:the\s+)?)?"
)
_FOUNDED_THING = re.compile(
    r"\s*,?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:,?\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
    r"|\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"|\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"  # "Rapidus is a start-up founded by"
)


# between two founders: "A, B and C", "A, its infrastructure arm B, and C" (a part named with its owner)
_FOUNDER_GLUE = re.compile(
    r"(?P<sep>\s*,\s*(?P<last>and\s+)?|\s+(?P<and>and)\s+)(?:(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:arm|unit|subsidiary|division|affiliate|fund)\s+)?(?:the\s+)?"
)


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")


def _founders_from(finder: SentenceRelations, first: Mention) -> list[Mention]:
    """The names listed from `first` on, through 'and' and parts named with their owner."""
    listed = [first]
    place: Mention | None = None
    for mention in finder.mentions:
        if mention.start <= listed[-1].end:
            continue
        if mention.types == ("Location",) and mention.possessive and place is None:
            place = mention  # "BAE Systems, Italy's Leonardo and ...": a country's company
            continue
        if place is not None and not _POSSESSIVE_GAP.fullmatch(finder.between(place.end, mention.start)):
            break
        # ("Core42, which provides cloud services, and Inception": past a relative aside)
        upto = place.start if place is not None else mention.start
        place = None
        glue = _FOUNDER_GLUE.fullmatch(RELATIVE_ASIDE.sub("", finder.between(listed[-1].end, upto)))
        if glue is None:
            break
        listed.append(mention)
        if glue.group("last") or glue.group("and"):
            break  # "... and C": the list ends with its last member
    return listed


@_said("founded", "set up", "established", "formed")
def _founded_by_companies(finder: SentenceRelations) -> list[Candidate]:
    """'a venture founded by A, B and C', where the founders are companies: each holds a stake in what it set up
    (a founder who is a person is employed by it: `_founders_listed`)."""
    found: list[Candidate] = []
    for by in _SET_UP_BY.finditer(finder.sentence.text):
        start, end = finder.sentence.start + by.start(), finder.sentence.start + by.end()
        before = [m for m in finder.mentions if m.end <= start]
        first = next((m for m in finder.mentions if m.start == end), None)
        if not before or first is None or not _FOUNDED_THING.fullmatch(finder.between(before[-1].end, start)):
            continue
        venture = before[-1]
        if not _org(venture) or venture.types[0] != "Organization" or venture.possessive:
            continue
        # "Edgewing, the joint venture formed by A, B and C": the parents own it together and are partners
        joint = _JOINT_VENTURE_WORDS.search(finder.between(venture.end, start)) is not None
        parents: list[Mention] = []
        for founder in _founders_from(finder, first):
            if founder.possessive:
                break  # "the lab co-founded by OpenAI's former chief scientist P": a person's description
            if _org(founder) and not _person(founder) and founder.type != "Location" and founder.name != venture.name:
                cue = by.group().strip()
                parent = _as_organisation(founder)
                if joint:
                    found += _venture_holdings(parent, venture, "passives", cue)
                else:
                    found.append(Candidate("invests-in", parent, venture, "passives", cue, 0.6))
                parents.append(parent)
        if joint:
            found += [
                Candidate("partners-with", a, b, "symmetric_nouns", "joint venture", 0.55)
                for a, b in combinations(parents, 2)
            ]
    return found


_JOINT_VENTURE_WORDS = re.compile(r"\bjoint\s+venture\b|\bventure\s+(?:between|of)\b", re.I)
_JOINING = re.compile(r"\b(?:prior\s+to|before|after|since|upon|until)\s+(?:his|her|their\s+)?joining\s+", re.I)


@_said("joining")
def _careers_in_passing(finder: SentenceRelations) -> list[Candidate]:
    """'Jane Roe was a partner at a bank prior to joining Acme in 2005': the sentence's person joined."""
    found: list[Candidate] = []
    for joining in _JOINING.finditer(finder.sentence.text):
        org = _organisation_at(finder, finder.sentence.start + joining.end())
        if org is None:
            continue
        people = [m for m in finder.mentions if m.end <= finder.sentence.start + joining.start() and _person(m)]
        # ("He will be replaced by P, who ... before joining B": the one named, not the one 'he' stands for)
        people = [m for m in people if m.kind != "reference"] or people
        if people and people[0].types == ("Person",) and joining.start() != 0:
            found.append(Candidate("employs", org, people[0], "passives", joining.group().strip(), 0.7))
    return found


# "after senior roles at Google and SoftBank", "following a decade at Goldman Sachs", "after 12 years with IBM"
_CAREER_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:(?:his|her|their|a|an|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:roles?|stints?|years?|decades?|career|spells?|tenures?|time|positions?|posts?)\s+(?:at|with)\s+(?:the\s+)?$"
)


def _careers_before(finder: SentenceRelations) -> list[Candidate]:
    """'Nikesh Arora, who became Palo Alto's chief executive after senior roles at Google and SoftBank': the
    sentence's person worked at each company the career phrase lists, before."""
    found: list[Candidate] = []
    if "after " not in finder.sentence.text and "following " not in finder.sentence.text:
        return found
    people = [m for m in finder.mentions if m.types[0] == "Person"]
    last: Mention | None = None  # the company the career phrase named last: a list goes on from it
    for mention in finder.mentions:
        if not _org(mention) or mention.types[0] == "Person" or not people or people[0].end > mention.start:
            continue
        career = _CAREER_BEFORE.search(finder.text, max(finder.sentence.start, mention.start - 80), mention.start)
        listed = last is not None and re.fullmatch(
            r"\s*(?:,|,?\s+and|,?\s+&)\s+", finder.between(last.end, mention.start)
        )
        if career is None and not listed:
            last = None
            continue
        trigger = career.group().strip() if career else found[-1].trigger
        found.append(Candidate("employs", mention, people[0], "passives", trigger, 0.6, {}, _FORMER, True))
        last = mention
    return found


_WHILE_WORKING = re.compile(
    r"\b(?:while|when)\s+(?:(?:still|both|all)\s+)?(?:working|employed|serving|an?\s+(?:engineer|executive|researcher|"
    r"employee|manager))\s+(?:at|for|with)\s+(?:the\s+)?"
)


def _while_working(finder: SentenceRelations) -> list[Candidate]:
    """'Jane Roe built the format while working at Netflix', 'started by A, B and C, who developed it while
    working at Netflix': the sentence's person, or the people the relative clause is said of, worked there."""
    found: list[Candidate] = []
    if "while " not in finder.sentence.text and "when " not in finder.sentence.text:
        return found
    for lead in _WHILE_WORKING.finditer(finder.sentence.text):
        start = finder.sentence.start + lead.start()
        employer = _organisation_at(finder, finder.sentence.start + lead.end())
        people = [m for m in finder.mentions if m.end <= start and m.types[0] == "Person"]
        if employer is None or not people:
            continue
        relative = re.match(r",\s+who\b", finder.text[people[-1].end : people[-1].end + 8])
        workers = finder._expand_left(people[-1]) if relative else people[:1]
        for person in workers:
            if person.types[0] == "Person":
                found.append(Candidate("employs", employer, person, "passives", lead.group().strip(), 0.6))
    return found


# "Yandex, the Russian internet group Volozh co-founded": a description of the company, then who made it
_DESCRIBED_BY_ITS_MAKER = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|group|firm|startup|start-up|business|lab|venture|"
    r"platform|maker|giant)\s+$"
)
_MADE_IT = re.compile(r"\s+(?:co-founded|cofounded|founded|started|set\s+up|built|ran|runs|led|leads|heads|headed)\b")


def _described_by_maker(finder: SentenceRelations) -> list[Candidate]:
    """'Yandex, the internet group Volozh co-founded': the person the description names founded or ran it."""
    found: list[Candidate] = []
    named = [m for m in finder.mentions if m.kind != "reference"]  # ("the startup" may be read as one)
    for company, person in pairwise(named):
        if not _org(company) or _person(company) or not _person(person):
            continue
        if not _DESCRIBED_BY_ITS_MAKER.match(finder.between(company.end, person.start)):
            continue
        made = _MADE_IT.match(finder.text, person.end)
        if made is not None:
            found.append(Candidate("employs", company, person, "verbs", made.group().strip(), 0.6))
    return found


_USES_CLOUD_BEFORE = re.compile(r"\b(?:use|uses|used|using|chose|chooses|picked|selected)\s+$")


def _uses_a_cloud(finder: SentenceRelations) -> list[Candidate]:
    """'Quillon uses Google Cloud to train its models': a known cloud used is a host (the trigger 'use ...
    cloud' cannot see the word inside the cloud's own name)."""
    found: list[Candidate] = []
    used = finder.has_any("use", "using", "chose", "choose", "picked", "selected")
    for cloud in finder.mentions if used else ():
        if not _known_cloud(cloud) or not _USES_CLOUD_BEFORE.search(
            finder.text, max(finder.sentence.start, cloud.start - 12), cloud.start
        ):
            continue
        users = finder.left_of(cloud.start, ("Organization",), avoid={cloud.name})
        for user in users:
            if _org(user) and not _person(user) and not _known_cloud(user):
                found.append(Candidate("hosts-on", user, cloud, "verbs", "uses", 0.6))
    return found + _uses_a_cloud_platform(finder)


# "runs its Prisma Access security service on", "moved its Prism app to": a named product of its own on a cloud
_RUNS_ITS_PRODUCT_ON = re.compile(
    r"\b(?:runs?|ran|running|hosts?|hosted|hosting|moved?|moving|migrated?|migrating|deploys?|deployed)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){1,5}?(?:on|onto|to)\s+(?:the\s+)?$"
)


@_said("its", "their")
def _runs_its_product_on(finder: SentenceRelations) -> list[Candidate]:
    """'Palo Alto runs its Prisma Access security service on Google Cloud': the company hosts on a known cloud
    (the trigger 'run ... on' cannot reach past the product's name)."""
    found: list[Candidate] = []
    for cloud in finder.mentions:
        if not _known_cloud(cloud):
            continue
        runs = _RUNS_ITS_PRODUCT_ON.search(finder.text, max(finder.sentence.start, cloud.start - 80), cloud.start)
        if runs is None or not any(runs.start() < m.start < cloud.start for m in finder.mentions):
            continue
        for user in finder.left_of(runs.start(), ("Organization",), avoid={cloud.name}):
            if _org(user) and not _person(user) and not _known_cloud(user):
                found.append(Candidate("hosts-on", user, cloud, "verbs", runs.group().strip(), 0.6))
    return found


# "is a core member of the SpaceRISE consortium, alongside SES and Hispasat"
_MEMBER_ALONGSIDE = re.compile(
    r"\bmembers?\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:consortium|alliance|coalition|group|partnership|"
    r"venture)\s*,?\s+(?:alongside|along\s+with|together\s+with|with)\s+(?:[A-Z][a-z]+['’]s\s+)?$"
)


@_said("member", "members")
def _members_alongside(finder: SentenceRelations) -> list[Candidate]:
    """'Eutelsat is a core member of the SpaceRISE consortium, alongside SES and Hispasat': fellow members are
    partners."""
    found: list[Candidate] = []
    for first in finder.mentions:
        member = _MEMBER_ALONGSIDE.search(finder.text, max(finder.sentence.start, first.start - 120), first.start)
        if member is None or not _org(first) or _person(first):
            continue
        subjects = [m for m in finder.left_of(member.start(), ("Organization",)) if _org(m) and not _person(m)]
        others = [m for m in finder._expand_right(first) if _org(m) and not _person(m)]
        members = list({m.name: m for m in subjects + others}.values()) if subjects else []
        for one, other in combinations(members, 2):  # each member with each other one
            found.append(Candidate("partners-with", one, other, "verbs", "member ... alongside", 0.6))
    return found


# "expanding through a series of smaller acquisitions this year, including Spindl, ... and Iron Fish"
_ACQUISITIONS_INCLUDING = re.compile(
    r"\b(?:acquisitions|purchases|takeovers|buyouts)(?:\s+(?!including\b)[\w-]+){0,3}?,?\s+(?:including|such\s+as)\s+"
    r"(?:the\s+)?$"
)


@_said("acquisitions", "purchases", "takeovers", "buyouts")
def _acquisitions_including(finder: SentenceRelations) -> list[Candidate]:
    """'Coinbase has been expanding through acquisitions this year, including Spindl and Iron Fish': each bought by
    the clause's subject."""
    found: list[Candidate] = []
    for first in finder.mentions:
        lead = _ACQUISITIONS_INCLUDING.search(finder.text, max(finder.sentence.start, first.start - 120), first.start)
        if lead is None or not _org(first) or _person(first):
            continue
        buyers = [m for m in finder.left_of(lead.start(), ("Organization",)) if _org(m) and not _person(m)]
        for buyer in buyers:
            for bought in _members(finder, first):
                if _org(bought) and not _person(bought) and bought.name != buyer.name:
                    found.append(Candidate("acquires", buyer, bought, "nouns", "acquisitions including", 0.6))
        break
    return found


# "began mass-producing HBM3E chips for Nvidia's H200 processors", "shipping its own chips for Nvidia's"
_GOODS_FOR_ANOTHERS = re.compile(
    r"\b(?:mass-produc\w+|produc(?:es|ed|ing|e)|mak(?:es|ing|e)|made|ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|"
    r"build(?:s|ing)?|built|manufactur\w+|deliver(?:s|ed|ing)?)\s+(?:its\s+own\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:chips|memory|processors|semiconductors|batteries|cells|displays|screens|panels|sensors|engines|components|"
    r"parts|modules|wafers)\s+for\s+$"
    # "supplies the graphics processors at the heart of CoreWeave's business", "will provide PowerEdge servers for
    # Nokia's system": any goods supplied for a company's business
    r"|\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing))\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:at\s+the\s+heart\s+of|inside|powering|for)\s+$"
)


@_said("for", "heart of", "inside", "powering")
def _goods_for_anothers(finder: SentenceRelations) -> list[Candidate]:
    """'Micron began mass-producing HBM3E chips for Nvidia's H200 processors', 'Nvidia supplies the processors at the
    heart of CoreWeave's business': the maker supplies the company whose product or business the goods go into."""
    found: list[Candidate] = []
    for customer in finder.mentions:
        if not customer.possessive or not _org(customer) or _person(customer):
            continue
        goods = _GOODS_FOR_ANOTHERS.search(finder.text, max(finder.sentence.start, customer.start - 90), customer.start)
        if goods is None:
            continue
        for maker in finder.left_of(goods.start(), ("Organization",), avoid={customer.name}):
            if _org(maker) and not _person(maker):
                found.append(Candidate("supplies", maker, customer, "verbs", goods.group().strip(), 0.6))
    return found


_CO_PLAINTIFF_GLUE = re.compile(r",?\s+(?:together|along|jointly)\s+with\s+(?:the\s+)?")


@_said("sued", "sues", "sue", "suing", "against")
def _co_plaintiffs(finder: SentenceRelations) -> list[Candidate]:
    """'it sued Anthropic, together with Concord and ABKCO': the companies named with the plaintiff sue too."""
    found: list[Candidate] = []
    for sued in finder.mentions:
        verb = _SUED_BEFORE.search(finder.text, max(finder.sentence.start, sued.start - 40), sued.start)
        together = _CO_PLAINTIFF_GLUE.match(finder.text, sued.end, finder.sentence.end) if verb else None
        if verb is None or together is None:
            continue
        first = next((m for m in finder.mentions if m.start == together.end()), None)
        if first is None:
            continue
        for plaintiff in _members(finder, first):
            if _org(plaintiff) and plaintiff.name != sued.name:
                found.append(Candidate("accuses", plaintiff, sued, "verbs", "sued ... together with", 0.6))
    return found


# "made films with Paramount Pictures, its partner on the franchise", "sued Orvane, its longtime rival"
_ITS_ROLE_APPOSED = re.compile(
    r"\s*,\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?P<role>partner|rival|competitor|customer|client|supplier)s?\b"
)
_APPOSED_ROLE_RELATION = {
    "partner": "partners-with",
    "rival": "competes-with",
    "competitor": "competes-with",
    "customer": "supplies",
    "client": "supplies",
    "supplier": "supplies",
}


@_said("its", "their")
def _its_role_apposed(finder: SentenceRelations) -> list[Candidate]:
    """'Hasbro will make films with Paramount Pictures, its partner on the franchise': the name is in that role
    to the clause's subject, whose 'its' it is (a supplier supplies it, a customer is supplied)."""
    found: list[Candidate] = []
    for named in finder.mentions:
        apposed = finder.right_after(named, _ITS_ROLE_APPOSED)
        if apposed is None or not _org(named) or _person(named):
            continue
        subject = finder._clause_subject(("Organization",))
        if subject is None or _person(subject) or subject.name == named.name or subject.end > named.start:
            continue
        role = apposed.group("role")
        pair = (named, subject) if role == "supplier" else (subject, named)
        found.append(Candidate(_APPOSED_ROLE_RELATION[role], *pair, "nouns", apposed.group().strip(" ,"), 0.6))
    return found


def _uses_a_cloud_platform(finder: SentenceRelations) -> list[Candidate]:
    """'Reddit will use Google's Vertex AI platform': the platform of a company that runs a cloud hosts the user."""
    found: list[Candidate] = []
    for owner, product in pairwise(finder.mentions):
        known = load_gazetteer().entities.get(product.name)
        maker = load_gazetteer().entities.get(known.owner) if known is not None and known.owner else None
        if not owner.possessive or known is None or maker is None:
            continue
        ours = known.owner == owner.name and _runs_a_cloud(owner.name)
        theirs = maker.cloud and (maker.owner == owner.name or maker.name.startswith(owner.name + " "))
        if not ours and not theirs:  # Vertex AI: Google Cloud's, so Google's
            continue
        before = _USES_CLOUD_BEFORE.search(finder.text, max(finder.sentence.start, owner.start - 12), owner.start)
        if before is None or not _CLOUD_PLATFORM_AFTER.match(finder.text, product.end):
            continue
        for user in finder.left_of(owner.start, ("Organization",), avoid={owner.name}):
            if _org(user) and not _person(user) and not _known_cloud(user):
                found.append(Candidate("hosts-on", user, owner, "verbs", "uses ... platform", 0.6))
    return found


_MASKED_NAMES = re.compile(r"(?<=whose )[A-Z][\w-]*\s+")  # "whose Azure cloud": the cloud's own name
_CLOUD_PLATFORM_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:platform|cloud|services?|infrastructure)\b")


# "smaller than OpenAI and Anthropic, the US groups it competes against": the list is the subject's rivals
_RIVALS_DESCRIBED = re.compile(
    r"\s*,\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:it|which)\s+(?:also\s+)?(?:competes|compete|competed|vies)\s+"
    r"(?:with|against)\b"
)


def _rivals_described(finder: SentenceRelations) -> list[Candidate]:
    """'X remains far smaller than A and B, the US groups it competes against': X competes with A and B."""
    found: list[Candidate] = []
    if "compet" not in finder.sentence.text and "vies" not in finder.sentence.text:
        return found
    organisations = [m for m in finder.mentions if _org(m) and not _person(m)]
    for last in organisations:
        if _RIVALS_DESCRIBED.match(finder.text, last.end) is None:
            continue
        rivals = finder._expand_left(last)
        subject = next((m for m in organisations if m.end <= rivals[0].start), None)
        if subject is None:
            continue
        for rival in rivals:
            if _org(rival) and not _person(rival) and rival.name != subject.name:
                found.append(Candidate("competes-with", subject, rival, "verbs", "competes against", 0.6))
    return found


# the kinds of product a name may be set beside: "its own humanoid, Optimus"
_PRODUCT_KINDS = (
    r"model|models|chip|chips|platform|product|service|app|assistant|chatbot|system|software|device|phone|drug|vaccine|"
    r"processor|accelerator|GPU|TPU|console|headset|browser|agent|pill|injection|treatment|therapy|medicine|humanoid|"
    r"robot|robots|car|vehicle|truck|jet|aircraft|satellite|game|glasses|machine|drone|tablet|laptop|watch|camera|"
    r"release|title|franchise|shooter"
)
_OWN_DESCRIPTION = re.compile(
    r",\s+(?:(?:the\s+)?(?P<ref>company|firm|startup|group|chipmaker)['’]s|its|(?P<org>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:model|models|chip|chips|platform|product|service|app|assistant|chatbot|system|"
    r"software|device|phone|drug|vaccine|processor|accelerator|GPU|TPU|console|headset|browser|agent)\b"
    r"(?!\s+(?:unit|business|division|arm|subsidiary|maker|company|firm|group|startup|developer|provider)\b)"
)


# "runs a consumer chatbot, Le Chat,", "launched a new smartphone, the Pine X1,": the thing made, then its name
_MADE_KIND_NAMED = re.compile(
    r"\b(?:runs|run|running|launched|launches|launch|launching|released|releases|unveiled|unveils|sells|makes|"
    r"offers|operates|developed|develops|built|builds|introduced|introduces)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_PRODUCT_KINDS}|smartphone|laptop|wallet)\s*,\s+(?:the\s+)?$"
)


@_said(
    "runs",
    "run",
    "launch",
    "release",
    "unveil",
    "sells",
    "makes",
    "offers",
    "operates",
    "develop",
    "built",
    "builds",
    "introduce",
)
def _made_kind_named(finder: SentenceRelations) -> list[Candidate]:
    """'Mistral AI runs a consumer chatbot, Le Chat': the product named after the kind the subject makes."""
    found: list[Candidate] = []
    for product in finder.mentions:
        if "Product" not in product.types or _person(product):
            continue
        made = _MADE_KIND_NAMED.search(finder.text, max(finder.sentence.start, product.start - 90), product.start)
        if made is None or any(made.start() < m.start < product.start for m in finder.mentions):
            continue
        for maker in finder.left_of(made.start(), ("Organization",)):
            if _org(maker) and not _person(maker) and maker.name != product.name:
                found.append(
                    Candidate("develops", maker, _as_product(product), "verbs", made.group().split(",")[0], 0.6)
                )
    return found


_POSSESSED_OWN_NAMED = re.compile(
    rf"['’]s?\s+(?:(?:own|new|newest|latest|first|next|current)\s+)*(?:[\w-]+\s+){{0,2}}?(?:{_PRODUCT_KINDS})\s*,\s+$"
)
_ITS_OWN_NAMED = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?:own|new|newest|latest|first|next|current)\s+)*(?:[\w-]+\s+){{0,2}}?(?:{_PRODUCT_KINDS})\s*,\s+$"
)


@_said("its", "their", "'", "’")
def _its_own_named(finder: SentenceRelations) -> list[Candidate]:
    """'Tesla is developing its own humanoid, Optimus': the product named after 'its ... humanoid,' is the
    subject's."""
    found: list[Candidate] = []
    for product in finder.mentions:
        if "Product" not in product.types:
            continue
        before = _before(finder, product)
        owned = _POSSESSED_OWN_NAMED.search(before)
        if owned is not None:  # "Orvane Labs' newest robot, Strider,": the possessor's
            at = product.start - len(owned.group())
            owner = next((m for m in finder.mentions if m.end == at and _org(m) and not _person(m)), None)
            if owner is not None and owner.name != product.name:
                found.append(Candidate("develops", owner, product, "nouns", owned.group().strip(", '’s"), 0.65))
            continue
        named = _ITS_OWN_NAMED.search(before)
        if named is None:
            continue
        at = product.start - len(named.group())
        makers = [m for m in finder.mentions if m.end <= at and _org(m) and not _person(m)]
        if not makers and named.group().startswith("Its") and not finder.between(finder.sentence.start, at).strip():
            # "Its newest robot, Strider, walks": the company the sentence before is about
            makers = [m for m in finder.earlier if _org(m) and not _person(m)][:1]
        if makers and makers[-1].name != product.name:
            found.append(Candidate("develops", makers[-1], product, "nouns", named.group().strip(", "), 0.65))
    return found


_CALLED = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:chip|processor|accelerator|model|chatbot|assistant|app|service|platform|"
    r"product|tool|drug|vaccine|device|phone|console|car|vehicle|robot|engine|browser|game|card|pill|medicine|"
    r"treatment|network|satellite|rocket|system)s?\s+(?:called|named|dubbed|branded)\s+(?:the\s+)?$"
)
_MADE_OR_SOLD = re.compile(
    r"\b(?:sells?|sold|selling|releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|"
    r"offers?|offered|offering|makes?|made|making|builds?|built|building|develops?|developed|developing|"
    r"debut(?:s|ed|ing)?|ships?|shipped|shipping|markets?|marketed|designs?|designed|created?|creates|"
    r"rolled\s+out|rolls\s+out|showed|shows|announced|announces|produces?|produced)\b"
)


@_said("called", "named", "dubbed", "branded")
def _called_products(finder: SentenceRelations) -> list[Candidate]:
    """'Broadcom now sells Chinese customers a slower chip called the Tomahawk Lite': the company that makes or
    sells the thing so named develops it (the nearest company before, whose verb introduces it)."""
    found: list[Candidate] = []
    for product in finder.mentions:
        if product.kind == "reference" or _person(product) or product.type == "Location":
            continue
        window = finder.text[max(finder.sentence.start, product.start - 80) : product.start]
        called = _CALLED.search(window)
        if called is None:
            continue
        at = product.start - len(window) + called.start()
        before = [m for m in finder.mentions if m.end <= at]
        maker = before[-1] if before else None
        if maker is None or not _org(maker) or _person(maker) or maker.type == "Product" or maker.possessive:
            continue
        gap = finder.between(maker.end, at)
        if re.search(r"[;()]|\b(?:and|but|while|which|that|who)\b", gap) or len(gap.split()) > 8:
            continue
        if _MADE_OR_SOLD.search(gap) and maker.name != product.name:
            cue = called.group().strip()
            found.append(Candidate("develops", maker, _as_product(product), "nouns", cue, 0.6))
    return found


def _as_product(mention: Mention) -> Mention:
    """The mention read as a product, where context says it is one ('a chatbot called Le Chat')."""
    if mention.types[0] == "Product" or "Product" not in mention.types:
        return mention
    return read_as(mention, "Product")


# "Its units include Core42 and Inception", "Acme's brands include A, B and C", "Acme's own insurance empire,
# which includes A and B"
_PARTS_INCLUDE = re.compile(
    r"\b(?P<its>[Ii]ts|[Tt]heir)?\s*(?:[\w-]+\s+){0,2}?(?:units|subsidiaries|businesses|brands|divisions|companies|"
    r"labels|studios|chains|operators|affiliates|empire|portfolio|stable)(?:\s*,\s*which)?\s+"
    r"(?:include|includes|included|are|were|range\s+from)\s+(?:the\s+)?"
)


@_said("include", "are", "were", "range")
def _parts_listed(finder: SentenceRelations) -> list[Candidate]:
    """'Its units include Core42, which provides cloud services, and Inception': the company 'its' stands for
    (named just before, else the one the text is about) owns each; 'Acme's brands include A and B': Acme does."""
    found: list[Candidate] = []
    for parts in _PARTS_INCLUDE.finditer(finder.sentence.text):
        at, end = finder.sentence.start + parts.start(), finder.sentence.start + parts.end()
        first = _organisation_at(finder, end)
        before = [m for m in finder.mentions if m.end <= at]
        owner: Mention | None = None
        if parts.group("its") is None:  # "Acme's brands include": the possessive just before
            possessor = before[-1] if before and before[-1].possessive else None
            if possessor is not None and re.fullmatch(r"['’]s?\s*", finder.between(possessor.end, at)):
                owner = possessor
        elif before and not re.search(r"[;]", finder.between(before[-1].end, at)):
            owner = before[-1] if _org(before[-1]) and not _person(before[-1]) else None
        elif not before:
            owner = _story_company(finder) or _main_company(finder)
        if owner is None or first is None or _person(owner) or owner.type == "Product" or is_pronoun(owner):
            continue
        for part in _founders_from(finder, first):
            if _org(part) and not _person(part) and part.name != owner.name:
                found.append(Candidate("owns", owner, _as_organisation(part), "nouns", parts.group().strip(), 0.6))
    return found


_PITS = re.compile(r"\b(?:pits|pitted|pitting|pit|sets|setting|puts|putting)\s+(?:the\s+)?$")
_PITTED_GAP = re.compile(
    r"(?:['’]s?\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:more|most|even)\s+)?(?:squarely\s+|directly\s+|head-to-head\s+|up\s+)?"
    r"against\s+(?:the\s+)?"
)


@_said("against")
def _pitted_against(finder: SentenceRelations) -> list[Candidate]:
    """'The push sets OpenAI against Apple ..., as well as Meta', 'a deal that pits Acme against Beta': rivals."""
    found: list[Candidate] = []
    for index, one in enumerate(finder.mentions):
        if not _org(one) or _person(one):
            continue
        if not _PITS.search(finder.text[max(finder.sentence.start, one.start - 12) : one.start]):
            continue
        against = _PITTED_GAP.match(finder.text, one.end)
        rival = next((m for m in finder.mentions[index + 1 :] if against and m.start == against.end()), None)
        if rival is None:
            continue
        rivals = [rival]
        start = finder.sentence.start
        asides = [(start + a.start(), start + a.end()) for a in RELATIVE_ASIDE.finditer(finder.sentence.text)]
        for later in finder.mentions[index + 1 :]:  # "against Apple, which Ive left in 2019, as well as Meta"
            if later.start <= rivals[-1].end or any(s <= later.start < e for s, e in asides):
                continue
            glue = RELATIVE_ASIDE.sub("", finder.between(rivals[-1].end, later.start))
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\s+(?:with\s+|against\s+)?|\s*,\s*", glue):
                break
            rivals.append(later)
        for other in rivals:
            if _org(other) and not _person(other) and other.name != one.name:
                found.append(Candidate("competes-with", one, other, "verbs", "pits ... against", 0.6))
    return found


def _described_products(finder: SentenceRelations) -> list[Candidate]:
    """'Llama 4, the company's language model': an apposition that names the product's maker."""
    found = []
    for product in finder.mentions:
        if "Product" not in product.types or product.kind == "reference":
            continue  # "Agentforce, its platform for ...": the description says what the name is
        described = finder.right_after(product, _OWN_DESCRIPTION)
        if described is None:
            continue
        within = [m for m in finder.mentions if product.end < m.start < described.end() and _org(m)]
        earlier = [m for m in finder.mentions if m.end <= product.start and _org(m) and not _person(m)]
        maker = (
            within[0]
            if within
            else (earlier[-1] if earlier and described.group().lstrip(", ").startswith("its") else None)
        )
        if maker is not None and maker.name != product.name:
            found.append(Candidate("develops", maker, product, "nouns", described.group().strip(", "), 0.7))
    return found


_HIRES = re.compile(
    r"\b(?:hires|hirings|recruits|appointments|additions|poached|hired)\b,?\s+(?:including|such\s+as)\s+", re.I
)


@_said("including", "such")
def _hires_including(finder: SentenceRelations) -> list[Candidate]:
    """'The company made strategic hires, including AI expert Jane Roe': the hiring company employs her."""
    found: list[Candidate] = []
    for hires in _HIRES.finditer(finder.sentence.text):
        start = finder.sentence.start + hires.end()
        person = next((m for m in finder.mentions if m.start >= start), None)
        if person is None or person.types != ("Person",) or len(finder.between(start, person.start).split()) > 3:
            continue
        employers = [m for m in finder.mentions if m.end <= start and _org(m) and not _person(m)]
        if employers:
            found.append(Candidate("employs", employers[0], person, "verbs", hires.group().strip(), 0.65))
    return found


_HANDS_OVER = re.compile(
    r"\b(?:hands?|handed|handing)\s+(?:over\s+)?(?:(?:its|his|her|the)\s+(?:top\s+job|reins|baton|role)\s+)?(?:over\s+)?to"
    r"|\b(?:be|been|was|is)\s+succeeded\s+by|\bmak(?:es?|ing)\s+way\s+for|\bmade\s+way\s+for"
    r"|\bpass(?:es|ed|ing)?\s+(?:the\s+(?:baton|reins|top\s+job)\s+)?to"
)
_TITLE_WORDS = re.compile(r"^\s+(?:(?:[a-z-]+|CEO|CFO|COO|CTO)\s+){0,4}$")


@_said("hand", "succeeded", "way for", "pass")
def _hands_over(finder: SentenceRelations) -> list[Candidate]:
    """'P, who has led Acme for a decade, will hand over to finance chief Q', 'Acme hands its top job to Q':
    the successor takes the company the sentence named before the handover."""
    found = []
    for handover in _HANDS_OVER.finditer(finder.sentence.text):
        start, end = finder.sentence.start + handover.start(), finder.sentence.start + handover.end()
        successor = next((m for m in finder.mentions if m.start >= end), None)
        if successor is None or not _person(successor) or not _TITLE_WORDS.match(finder.between(end, successor.start)):
            continue
        companies = [m for m in finder.mentions if m.end <= start and _org(m) and not _person(m)]
        if companies:
            found.append(Candidate("employs", companies[-1], successor, "verbs", handover.group(), 0.6, scope=""))
    return found


_ROLE_KEPT_OR_LEFT = re.compile(
    # ("Jane Roe, previously president, took over as chief executive": an aside about her before the verb)
    r"(?:\s*,\s+(?:previously|formerly|until\s+now|most\s+recently)\s+[^,;()]{1,80},)?"
    r"\s+(?:\w+ly\s+)?(?:will\s+remain|remains|will\s+stay\s+on\s+as|will\s+stay\s+as|will\s+continue\s+as|"
    r"continues\s+as|resigned\s+as|stepped\s+down\s+as|steps\s+down\s+as|will\s+step\s+down\s+as|"
    r"quit\s+as|retired\s+as|was\s+ousted\s+as|was\s+fired\s+as|left\s+as|departed\s+as|"
    r"became|becomes|will\s+become|took\s+over\s+as|takes\s+over\s+as|will\s+take\s+over\s+as|"
    r"was\s+named|has\s+been\s+named|was\s+appointed|has\s+been\s+appointed|was\s+promoted\s+to)\s+"
    r"(?:its\s+|the\s+company's\s+)?"
    r"(?:interim\s+|executive\s+)?(chief\s+executive(?:\s+officer)?|CEO|chairman|chairwoman|chief\s+\w+\s+officer)\b"
    r"(?!\s+(?:of|at)\b)"
)
_LEFT = re.compile(r"\b(?:resigned|stepped|steps|step|quit|retired|ousted|fired|left|departed)\b")


@_said(
    "remain",
    "stay",
    "continue",
    "resigned",
    "step",
    "quit",
    "retired",
    "ousted",
    "fired",
    "left as",
    "departed",
    "became",
    "becomes",
    "become",
    "took over",
    "takes over",
    "take over",
    "named",
    "appointed",
    "promoted",
)
def _role_kept_or_left(finder: SentenceRelations) -> list[Candidate]:
    """'Andrew Wilson will remain chief executive', 'P abruptly resigned as CEO': with no company named in the
    sentence, the title is held at the company the text is about (the one it names most, the first on a tie)."""
    found = []
    for person in finder.mentions:
        kept = _ROLE_KEPT_OR_LEFT.match(finder.text, person.end, finder.sentence.end) if _person(person) else None
        if kept is None or any(_org(m) and not _person(m) for m in finder.mentions if m.start < person.start):
            continue
        company = _main_company(finder)
        if company is not None:
            role = kept.group(1)
            said = kept.group() if _LEFT.search(kept.group()) else ""
            found.append(Candidate("employs", company, person, "roles", role, 0.55, {"role": role}, said, True))
            # "... took over as chief executive last month from Robin Hayes": the one before held it
            handed = _FROM_PREDECESSOR.match(finder.text, kept.end())
            before = next((m for m in finder.mentions if handed and m.start == handed.end() and _person(m)), None)
            if before is not None:
                found.append(Candidate("employs", company, before, "roles", role, 0.55, {"role": role}, "former", True))
    return found


_FROM_PREDECESSOR = re.compile(
    r"(?:\s+(?:last|this|next)\s+\w+|\s+in\s+\w+)?,?\s+(?:from|replacing|succeeding|in\s+place\s+of)\s+"
)


def _main_company(finder: SentenceRelations) -> Mention | None:
    """The organisation the document has named most before this sentence (references included)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in finder.document:
        if m.start >= finder.sentence.start:
            break
        if not _org(m) or _person(m) or m.types[0] == "Location":
            continue
        # 'It' as a sentence's subject counts too ("It also raised $9 billion by selling ...")
        if is_pronoun(m) and (
            not m.text.startswith("I") or _OPENS_SENTENCE.search(finder.text, max(0, m.start - 40), m.start) is None
        ):
            continue
        counts[m.name] = counts.get(m.name, 0) + 1
        if not is_pronoun(m):
            first.setdefault(m.name, m)
    counts = {name: count for name, count in counts.items() if name in first}
    return first[max(counts, key=lambda name: counts[name])] if counts else None


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*|\s-\s)(?:[A-Z][\w-]*\s+){0,2}$")


_NEW_CLAUSE_BEFORE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+$")
# "Wiz turned down an offer from Google, with co-founder and chief executive P telling staff ...": the subject's
_WITH_CLAUSE_BEFORE = re.compile(r",\s+with\s+(?:its\s+|their\s+)?(?:(?:co-?)?founder\s+and\s+)?$")
_REPORTS_TO = re.compile(r"\breport(?:s|ed|ing)?\s+(?:directly\s+)?to\s+$")


_RELATIVE_TO_TITLE = re.compile(r"\s*,\s+(?:which|that)\s+[^,;]*")


def _titles_without_company(finder: SentenceRelations) -> list[Candidate]:
    """'after CEO Jane Roe said': the title's company is the organisation named before it."""
    found = []
    for person in finder.mentions:
        if not _person(person):
            continue
        title = _TITLE.search(finder.text[max(finder.sentence.start, person.start - 40) : person.start])
        if title is None:
            # "President Shuntaro Furukawa said the company ...": a head's title, when the company is who he
            # speaks of (a head of state's is the same word)
            head = _HEAD_TITLE.search(finder.text[max(finder.sentence.start, person.start - 30) : person.start])
            if head is not None:
                role = head.group().strip(" ,").lower()
                spoken_of = _title_then_company(finder, person, role)
                opens = not finder.text[finder.sentence.start : person.start - len(head.group())].strip()
                if not spoken_of and opens and role in ("chairman", "chairwoman"):
                    # "Chairman John Elkann is leading the search": the chair of the company the text is about
                    story = _story_company(finder)
                    spoken_of = (
                        [Candidate("employs", story, person, "roles", role, 0.55, {"role": role})] if story else []
                    )
                found += spoken_of
            continue
        title_start = person.start - len(title.group())
        asides = [
            (finder.sentence.start + a.start(), finder.sentence.start + a.end())
            for a in RELATIVE_ASIDE.finditer(finder.sentence.text)
            if finder.sentence.start + a.end() <= title_start
        ]
        before = [
            m
            for m in finder.mentions
            if m.end <= title_start and _org(m) and not _person(m) and not any(s <= m.start < e for s, e in asides)
        ]
        if not before:
            role = title.group().strip(" ,")
            said_of = _title_then_company(finder, person, role)
            named_aside = any(_org(m) and not _person(m) for m in finder.mentions if m.end <= title_start)
            handed = _HANDS_OVER.search(finder.text, finder.sentence.start, title_start)
            named_aside = named_aside and handed is not None
            # ("P, who has led Acme, will be succeeded by finance chief Q": the company is named, in the aside;
            # "Chief Executive P, who co-founded Acme in 1986, said": so is it after the name, where the aside's own
            # rule finds it)
            aside = WHO_RUNS.match(finder.text, person.end, finder.sentence.end)
            own_aside = aside is not None and finder.text[aside.end() : aside.end() + 1].isupper()
            opener = _story_company(finder) if not said_of and not named_aside and not own_aside else None
            if opener is not None and _QUOTE_THEN_TITLE.match(finder.sentence.text):
                # '"Investors have shown strong interest," Chief Financial Officer P said': the story's company
                # speaks, not the last one the sentence before named
                opener = _main_company(finder) or opener
            if opener is not None:  # "Chief executive Ali Ghodsi said ...": the company the text is about
                said = finder.text[max(finder.sentence.start, title_start - 12) : person.start]
                said_of = [Candidate("employs", opener, person, "roles", role, 0.55, {"role": role}, said, True)]
            found += said_of
            continue
        if _ITS_BEFORE.search(finder.text[max(finder.sentence.start, title_start - 24) : title_start]) or _UNDER.search(
            finder.text[max(finder.sentence.start, title_start - 30) : title_start]
        ):
            # "X, ..., will join Y's group, and its chief executive Z will lead": the subject's
            role, said = (
                title.group().strip(" ,"),
                finder.text[max(finder.sentence.start, title_start - 24) : person.start],
            )
            # ("sued A and its chief executive": no comma before 'and', the list's last member's)
            listed = re.fullmatch(
                r"\s*,\s*(?:its|their)\s+(?:\w+\s+)?|\s+and\s+(?:its|their)\s+(?:\w+\s+)?",
                finder.between(before[-1].end, title_start),
            )
            # "accuses OpenAI, its chief executive Sam Altman, and io": 'its' is the name just before, in a list
            employer = before[-1] if listed and len(before) > 1 else before[0]
            if _RELATIVE_TO_TITLE.fullmatch(finder.between(before[-1].end, title_start)):
                employer = before[-1]  # "Intel, which is in a turnaround under chief executive P": the clause's
            found.append(Candidate("employs", employer, person, "roles", role, 0.6, {"role": role}, said, True))
            continue
        org = before[-1]
        attribution = re.search(
            r",\s*(?:[\w-]+\s*){0,3}$", finder.text[finder.sentence.start : title_start]
        ) and re.match(r"\s+(?:said|says|told|added)\b", finder.text[person.end :])
        story = _story_company(finder)
        if attribution and story is not None and story.name not in {m.name for m in before}:
            # "Microsoft will pay 20% up front, co-chief executive Daniel Roberts said": the speaker's company is
            # the one the text is about, not the one his words are about
            role = title.group().strip(" ,")
            found.append(Candidate("employs", story, person, "roles", role, 0.55, {"role": role}, "", True))
            continue
        subject = finder._clause_subject(("Organization",)) if attribution else None
        if subject is not None and not _person(subject) and subject.kind != "reference" and subject in before:
            # "Nvidia will sell 18,000 chips to Humain, chief executive Jensen Huang said": the speaker is the
            # subject's, not the company named last
            role = title.group().strip(" ,")
            found.append(Candidate("employs", subject, person, "roles", role, 0.55, {"role": role}, "", True))
            continue
        gap = RELATIVE_ASIDE.sub(",", finder.between(org.end, title_start))
        if len(re.findall(r"[\w'-]+", gap)) <= 2 and not re.search(r"[,;.]", gap):
            continue  # "Microsoft CEO Satya Nadella": the role rule has it
        opener = finder._clause_subject(("Organization",))
        new_clause = _NEW_CLAUSE_BEFORE.search(gap) or _WITH_CLAUSE_BEFORE.search(gap)
        if new_clause and opener is not None and opener.name != org.name and not _person(opener):
            # "Leonardo works with Rheinmetall, and chief executive Roberto Cingolani has said ...": the sentence's
            # subject, not the partner named last
            role = title.group().strip(" ,")
            found.append(Candidate("employs", opener, person, "roles", role, 0.55, {"role": role}))
            continue
        if (
            org.possessive
            and re.match(r"['’]s?\s+[a-z]", finder.text[org.end : org.end + 4])
            and not _title_between().match(finder.text, org.end)
            and opener is not None
            and opener.name != org.name
            and not _person(opener)
            and opener.end <= org.start
        ):
            # "The company also runs workloads on Nvidia's processors, an approach that finance chief P said ...":
            # a name that owns a thing in the predicate is not the post's company; the clause's subject is
            role = title.group().strip(" ,")
            found.append(Candidate("employs", opener, person, "roles", role, 0.55, {"role": role}))
            continue
        sure = [m for m in before if m.kind != "guessed" or m.types == ("Organization",)]
        limit = 16 if _REPORTS_TO.search(gap) else 10  # "an OpenAI vice president, will ... report to CEO P"
        if org.kind == "guessed" and len(org.types) > 1 and sure:
            org, limit = sure[-1], 25  # "OpenAI expects ... DRAM wafers a month, the companies said after CEO P"
            gap = RELATIVE_ASIDE.sub(",", finder.between(org.end, title_start))
        if re.search(r"[;]|\.\s", gap) or len(re.findall(r"[\w'-]+", gap)) > limit:
            continue
        role = title.group().strip(" ,")
        found.append(Candidate("employs", org, person, "roles", role, 0.6, {"role": role}))
    return found


_STATES = re.compile(
    r"^\s*(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:said|says|stated|states|told|tells|wrote|writes|noted|notes|"
    r"added|adds|explained|explains|announced|announces|confirmed|confirms)\s+(?:\w+\s+){0,3}?(?:that\s+)?$",
    re.I,
)


_QUOTE_THEN_TITLE = re.compile(r"^[\"“][^\"”]{10,}[,.!?]?[\"”]\s+(?:[A-Z][\w-]*\s+){1,4}[A-Z][\w-]*\s+[A-Z]")


def _story_company(finder: SentenceRelations) -> Mention | None:
    """The company the sentence before is about (its first one), for a title without a company; when it names
    companies only to describe a person ('replaced by P, a longtime Google engineer'), the document's main one."""
    companies = [m for m in finder.earlier if _org(m) and not _person(m) and not is_pronoun(m)]
    people = [m for m in finder.earlier if _person(m)]
    if not companies and not people:
        # "It has since made ... . The episode is a test for Chief Executive P": the company 'it' stood for
        companies = [m for m in finder.earlier if _org(m) and not _person(m) and m.start == finder.earlier_start]
    if people and not companies:
        # "... and Barret Zoph said they were leaving too. Chief Executive Sam Altman told staff ...": a sentence
        # about people only; the title is held at the company the text is about
        return _main_company(finder)
    main = _main_company(finder) if len(companies) > 1 else None
    if main is not None and any(m.name == main.name for m in companies[1:]):
        # "OpenAI finished its restructuring, a condition SoftBank had set. Founder and chief executive P ...": the
        # company the text is about, when the sentence before names it too
        return main
    opening = finder.text[finder.earlier_start : finder.earlier_start + 4]
    if companies and re.search(r"\b(?:it|its|It|Its)\b", finder.text[finder.earlier_start : companies[0].start]):
        # "Lawmakers worried that its work with Huawei ... . Peng Xiao, its chief executive": the company 'its'
        # stood for there, not the one it worked with
        return _main_company(finder) or companies[0]
    if companies and opening.startswith(("He ", "She ")):
        # "He will be replaced by P, who ... before joining Microsoft": a sentence about a person names his
        # employers; a title without a company in the next is the story's
        return _main_company(finder) or companies[0]
    about = [
        m
        for m in companies
        if not any(p.end <= m.start and _DESCRIBES_A_PERSON.fullmatch(finder.between(p.end, m.start)) for p in people)
    ]
    if companies and not about:
        return _main_company(finder)
    return about[0] if about else None


# "P, a longtime Google engineer", "P, the former Uber executive": a company named in a person's description
_DESCRIBES_A_PERSON = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:former|longtime|long-time|veteran|senior|top|one-time)\s+)?"
)


def _title_then_company(finder: SentenceRelations, person: Mention, role: str) -> list[Candidate]:
    """'CEO Sam Altman said that OpenAI ...': the company the titled speaker speaks of."""
    after = [m for m in finder.mentions if m.start >= person.end]
    if not after or not _org(after[0]) or _person(after[0]):
        return []
    between = finder.between(person.end, after[0].start)
    if not _STATES.match(between) or re.search(r"\b(?:the|a|an)\s+$", between):
        return []  # ("CFO Jane Roe said the Nvidia sale ...": a company naming a deal, not the one she speaks for)
    return [Candidate("employs", after[0], person, "roles", role, 0.6, {"role": role})]


# after "A's B": what makes the phrase a deal, a tie or a holding of A's, not B one of A's companies
_TIE_NOUN_AFTER = re.compile(
    r"['’]?s?\s+(?:stake|holding|shares|investment|deal|bid|offer|takeover|acquisition|purchase|partnership|contract|"
    r"agreement|merger|rivals?|competitors?|customers?|clients?|partners?|suppliers?|investors?|backers?|"
    r"shareholders?|lawsuit|suit|case|chief|executive|founder|boss)\b"
)


def _company_owns_company(finder: SentenceRelations) -> list[Candidate]:
    """'BT's EE', 'Comcast's Sky': a company a known company is said to have is one of its companies."""
    found = []
    for owner, owned in pairwise(finder.mentions):
        if not owner.possessive or owner.kind != "known" or owner.types[0] != "Organization" or _an_authority(owner):
            continue
        if owned.kind == "reference" or owned.name == owner.name:
            continue
        if owned.types != ("Organization",) and not (owned.kind == "known" and owned.types[0] == "Organization"):
            continue  # ("Apple's C1 modem", "Audi's Q6 e-tron": a name that may be a product's is left to them)
        if PRODUCT_NOUN_AFTER.match(finder.text, owned.end) or DESCRIBED_PRODUCT_AFTER.match(finder.text, owned.end):
            continue  # ("Nvidia's RTX graphics chiplets")
        if not re.fullmatch(r"['’]s?\s+", finder.between(owner.end, owned.start)):
            continue
        if owned.possessive or _TIE_NOUN_AFTER.match(finder.text, owned.end):
            continue  # ("Microsoft's OpenAI stake", "Alphabet's Google's chief": not the company itself)
        found.append(Candidate("owns", owner, owned, "possessive", "'s", 0.55))
    return found


def _company_owns_person_name(finder: SentenceRelations) -> list[Candidate]:
    """ "Apple's Tim Cook": a company's person is its employee."""
    found = []
    for org in finder.mentions:
        if not org.possessive or not _org(org) or _person(org) or org.kind == "reference":
            continue
        after = [m for m in finder.mentions if org.end < m.start <= org.end + 4]
        if after and after[0].types == ("Person",):
            found.append(Candidate("employs", org, after[0], "possessive", "'s", 0.6))
    return found


def _sales(finder: SentenceRelations) -> list[Candidate]:
    """'Acme sold Corvo to a subsidiary of Brightline': the buyer acquires the company sold."""
    found = []
    for sold in finder.mentions:
        if not _org(sold) or sold.types == ("Person",):  # (a guess that may be a person: 'its brand Frosty Peak')
            continue
        window_start = max(finder.sentence.start, sold.start - 48)
        sells = _SELLS.search(finder.text[window_start : sold.start])
        to = _SOLD_TO.match(finder.text, sold.end) if sells else None
        if sells is None or to is None:
            continue
        buyer = next((m for m in finder.mentions if m.start == to.end() and _org(m)), None)
        if buyer is not None and buyer.name != sold.name:
            # "Acme may sell Corvo to Beta": the seller's words before the verb carry the modality
            seller = [m for m in finder.mentions if m.end <= window_start + sells.start()]
            verb_at = window_start + sells.start()
            second = _SECOND_VERB.search(finder.between(seller[-1].end, verb_at)) if seller else None
            if len(seller) > 1 and second:
                seller = seller[:1]  # "A agreed to buy B for $2 billion and to sell its unit": A sells
            said = finder.between(seller[-1].end, sold.start) if seller else ""
            # ("sell its snacks business, including the A brand, to": the verb's own commas do not close the clause)
            scope = said if seller and not re.search(r"[,;]", finder.between(seller[-1].end, verb_at)) else ""
            if second and not second.group(1):
                scope = said = finder.between(window_start + sells.start(), sold.start)  # "... and sold its unit"
            listed = _SOLD_LIST.match(finder.text, sold.end)
            # "sell A and B to C": each one named is sold
            each = [sold] + [m for m in finder.mentions if listed and sold.end < m.start and m.end <= listed.end()]
            # "to private equity firms Clearlake Capital and Francisco Partners": each buyer of the list
            listed_buyers = finder._expand_right_list(buyer)[1:]  # (not "to Microsoft, and it will": a clause)
            buyers = [buyer] + [m for m in listed_buyers if _org(m) and not _person(m) and m.kind != "reference"]
            found += [
                Candidate("acquires", one_buyer, one, "passives", "sold to", 0.75, scope=scope)
                for one_buyer in buyers
                for one in each
                if one_buyer.name != one.name
            ]
            done = _SOLD_DONE.match(sells.group()) is not None and not _NOT_YET.search(said)
            if seller and _org(seller[-1]) and not _person(seller[-1]) and done and scope == said:
                # "Paramount already sold publisher Simon & Schuster to KKR in 2023": the seller owned it before
                found += [
                    Candidate("owns", seller[-1], one, "verbs", "sold", 0.6, {}, _FORMER, True)
                    for one in each
                    if one.name != seller[-1].name
                ]
            elif seller and _org(seller[-1]) and re.search(r"(?i)\bits\b", sells.group()) and scope == said:
                # "Deutsche Bahn agreed to sell its logistics arm DB Schenker": the seller holds it until then
                found += [
                    Candidate("owns", seller[-1], one, "verbs", "sell its", 0.65, scope_only=True) for one in each
                ]
            found += _second_sale(finder, buyer, seller[-1] if seller else None, scope)
    return found


_SOLD_DONE = re.compile(r"(?i)(?:sold|divested)\b")
_NOT_YET = re.compile(r"(?i)\b(?:agreed|agrees|plans?|will|would|could|may|might|to|talks|considering|weighing)\b")
# "sell its Optical Solutions Group to Keysight and its ARC processor IP business to GlobalFoundries"
_AND_ITS_NEXT = re.compile(r"\s+and\s+(?:its|their)\s+")


def _second_sale(finder: SentenceRelations, buyer: Mention, seller: Mention | None, scope: str) -> list[Candidate]:
    """A second part the same seller sells, to a buyer of its own, after the first sale's buyer."""
    following = _AND_ITS_NEXT.match(finder.text, buyer.end)
    sold = next((m for m in finder.mentions if following is not None and m.start == following.end()), None)
    to = _SOLD_TO.match(finder.text, sold.end) if sold is not None and _org(sold) else None
    second = next((m for m in finder.mentions if to is not None and m.start == to.end() and _org(m)), None)
    if sold is None or second is None or second.name == sold.name or _person(sold):
        return []
    found = [Candidate("acquires", second, sold, "passives", "sold to", 0.7, scope=scope)]
    if seller is not None and _org(seller) and seller.name != sold.name:
        found.append(Candidate("owns", seller, sold, "verbs", "sell its", 0.6, scope_only=True))
    return found


@_said("merge", "combine")
def _mergers(finder: SentenceRelations) -> list[Candidate]:
    """'A and B agree to merge', 'A, B merger', 'the merger of A with B': the first named acquires the second."""
    found: list[Candidate] = []
    organisations = [m for m in finder.mentions if _org(m) and not _person(m)]
    for first, second in pairwise(organisations):
        glued = _PAIR_GLUE.match(finder.between(first.end, second.start)) or _INTO.fullmatch(
            finder.between(first.end, second.start)
        )
        if first.name == second.name or not glued:
            continue
        before = _MERGER_BEFORE_PAIR.search(finder.text[max(finder.sentence.start, first.start - 30) : first.start])
        if before and _INTO.fullmatch(finder.between(first.end, second.start)):
            # "the merger of Beta into Acme": Acme survives
            found.append(Candidate("acquires", second, first, "nouns", "merger of ... into", 0.7, {"deal": "merger"}))
            continue
        after = _MERGER_AFTER_PAIR.match(finder.text, second.end)
        if after and _MERGER_OF_PARTS.match(finder.text, after.end()):
            continue  # "A and B completed the merger of their British networks": their units merge, not A and B
        if after or before:
            trigger = (after or before).group().strip()  # type: ignore[union-attr]
            found.append(
                Candidate("acquires", first, second, "symmetric_nouns", trigger, 0.6, {"deal": "merger"}, trigger)
            )
    return found


_COMPETITORS_LIKE = re.compile(
    r"\b(?:competitors|rivals|competing\s+(?:companies|firms|labs|products))\s*,?\s*(?:\([^)]*\)\s*)?"
    r"(?:like|such\s+as|including|namely|among\s+them)\s+(?:the\s+)?",
    re.I,
)


@_said("competitor", "rival", "competing")
def _competitor_lists(finder: SentenceRelations) -> list[Candidate]:
    """'Llama 4 trailed models from competitors like OpenAI and Google': the sentence's company competes
    with each one named (a product stands for its known maker)."""
    found: list[Candidate] = []
    for cue in _COMPETITORS_LIKE.finditer(finder.sentence.text):
        first = _organisation_at(finder, finder.sentence.start + cue.end())
        if first is None:
            continue
        rivals = finder._expand_right(first)
        subject = _sentence_company(finder, finder.sentence.start + cue.start())
        for rival in rivals:
            if subject is not None and _org(rival) and rival.name != subject.name:
                said = cue.group().strip()  # (a rival is one whatever is done to it: "asked not to fund rivals")
                found.append(
                    Candidate("competes-with", subject, rival, "nouns", said, 0.65, scope=said, scope_only=True)
                )
    return found


def _sentence_company(finder: SentenceRelations, before: int) -> Mention | None:
    """The first organisation the sentence names before `before`, or the known maker of its first product."""
    gazetteer = load_gazetteer()
    for mention in [m for m in finder.mentions if m.end <= before]:
        if is_authority(mention, gazetteer):
            continue  # "The European Commission fined X for favouring its service over rivals such as B": X's rivals
        if _org(mention) and not _person(mention) and mention.type != "Product":
            return mention
        maker = _known_maker(mention.name) if mention.type == "Product" else None
        if maker is not None:
            return _standing_for(mention, maker)
    return None


def _known_maker(product: str) -> str | None:
    """The gazetteer's maker of a product, also of a release of it ('Llama 4' is a Llama)."""
    words = product.split()
    for size in range(len(words), 0, -1):
        known = load_gazetteer().entities.get(" ".join(words[:size]))
        if known is not None:
            return known.owner
    return None


_PRODUCT_NOUN_BEFORE = re.compile(
    r"\b(?:models?|chips?|TPUs?|GPUs?|processors?|accelerators?|platform|app|assistant|chatbot|software|service|"
    r"device|phone|smartphone|drug|vaccine|car|vehicle|console|headset|browser|engine|format|framework|database|pill|"
    r"treatment|therapy|medicine|spray|injection|tablet)\s*,?\s+$"
)
_DESCRIBES = re.compile(r"^(?:['’]s?\s|\s*,\s*(?:a|an|the|which|that|who|whose)\b)")
_MODIFIER = r"(?!(?:on|in|into|to|for|with|from|at|by|of|and|or|as|available|through|via)\b)[\w-]+"
_ITS = re.compile(rf"\b[Ii]ts\s+(?:{_MODIFIER}\s+){{0,3}}?(?:{_MODIFIER},\s+)?$")
_OBJECT_THEN_ITS = re.compile(r"\s+(?:with|using|through|via|to\s+[a-z]+)\s+")


@_said("its")
def _its_products(finder: SentenceRelations) -> list[Candidate]:
    """'Acme Cloud's hardware, including its chip, Zephyr', 'deploying its Claude models': the
    company 'its' stands for makes the product (its known maker, else the owner just named, else the subject)."""
    found: list[Candidate] = []
    organisations = [m for m in finder.mentions if _org(m) and not _person(m) and m.type != "Product"]
    for product in finder.mentions:
        if "Product" not in product.types or product.possessive or _person(product):
            continue
        window = finder.text[max(finder.sentence.start, product.start - 60) : product.start]
        its = _ITS.search(window)
        if its is None or (product.type != "Product" and not _PRODUCT_NOUN_BEFORE.search(its.group())):
            continue
        its_start = product.start - len(window) + its.start()
        between = [m for m in finder.mentions if its_start < m.start < product.start]
        apposition = bool(between) and re.fullmatch(r",\s*", finder.between(between[-1].end, product.start))
        if between and not (apposition and all(m.type == "Product" for m in between)):
            continue  # only "its chip, Zephyr": the name in apposition to a product
        before = [m for m in organisations if m.end <= its_start]
        before = [m for m in before if not (m.possessive and _in_apposition(finder, m, its_start))]
        # "Airbus would take over the Spirit factories that build parts for its jets": a name modifying a noun
        before = [m for m in before if not _a_nouns_modifier(finder, m)] or before
        maker = _known_maker(product.name)
        chosen = next((m for m in before if m.name == maker), None)
        if chosen is None and before and maker is None:
            described = _DESCRIBES.match(finder.between(before[-1].end, its_start))
            # "supply OpenAI with its chips": the name just before is an object, 'its' is the subject's
            acted_on = _OBJECT_THEN_ITS.fullmatch(finder.between(before[-1].end, its_start))
            subject = finder.left_of(before[-1].start if acted_on else its_start, ("Organization",))
            chosen = before[-1] if before[-1].possessive or described or len(before) == 1 else None
            chosen = chosen or (subject[0] if subject and subject[0].type != "Product" else None)
        if chosen is None and not before:
            # "Its Command models ...": a sentence opening on 'its', resolved to the company said before
            chosen = next(
                (m for m in finder.mentions if m.start == its_start and _org(m) and m.kind == "reference"), None
            )
        if chosen is not None and chosen.name != product.name:
            found.append(Candidate("develops", chosen, product, "possessive", its.group().strip(), 0.6))
    return found


_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b(?!['’])")


def _a_nouns_modifier(finder: SentenceRelations, mention: Mention) -> bool:
    """'the Spirit AeroSystems factories': the name says whose factories, it is not the one spoken of."""
    return (
        not mention.possessive
        and _THE_BEFORE.search(finder.text, max(0, mention.start - 6), mention.start) is not None
        and _PLURAL_NOUN_AFTER.match(finder.text, mention.end) is not None
    )


# "its Copilot products, including GitHub Copilot": each named one is the company's
_ITS_RANGE_BEFORE = re.compile(
    r"\b[Ii]ts\s+(?:[\w-]+\s+){0,3}?(?:products|models|chips|processors|accelerators|devices|phones|apps|tools|"
    r"services|platforms|systems|brands|drugs|vaccines|games|franchises|offerings|lineup|line-up|range|portfolio),?\s+"
    r"(?:including|such\s+as|like|notably)\s+(?:the\s+)?$"
)


@_said("its")
def _its_range(finder: SentenceRelations) -> list[Candidate]:
    """'Microsoft will keep using them in its Copilot products, including GitHub Copilot': the company 'its' stands
    for (the sentence's first, past a possessed description) makes each product named."""
    found: list[Candidate] = []
    for first in finder.mentions:
        if "Product" not in first.types:
            continue
        lead = _ITS_RANGE_BEFORE.search(finder.text, max(finder.sentence.start, first.start - 80), first.start)
        if lead is None:
            continue
        owners = [m for m in finder.mentions if m.end <= lead.start() and _org(m) and not _person(m)]
        owners = [m for m in owners if m.type != "Product" and not m.possessive]
        owner = owners[-1] if owners else None
        if owner is None:
            continue
        for product in finder._expand_right_list(first):
            if known_to_be_others(product.name, owner.name):
                continue
            if "Product" in product.types and product.name != owner.name:
                found.append(
                    Candidate("develops", owner, read_as(product, "Product"), "possessive", "its ... including", 0.6)
                )
    return found


_BUYS = (
    r"(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|"
    r"take|takes|took|taking)"
)
_STAKE_NAMED_BEFORE = re.compile(
    rf"\b{_BUYS}\s+(?:(?:a|an|the)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+)?$", re.I
)
_STAKE_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:(?:minority|majority|equity|controlling|remaining)\s+)?stake\b", re.I)
_SHARES_OF = re.compile(
    rf"\b{_BUYS}\s+(?P<amount>(?:[\w$.,%-]+\s+){{0,5}}?)(?:shares|stock|equity)\s+(?:of|in)\s+(?:the\s+)?$", re.I
)

# "paid 1.5 billion euros for about a fifth of electric-car maker Leapmotor", "bought half of Beta": a share
_FRACTION_OF = re.compile(
    rf"\b(?:{_BUYS}|paid|pays|paying|spent|spends|spending|invested|invests|investing)\s+(?:[\w$.,%-]+\s+){{0,5}}?"
    r"(?:for\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:under|over)\s+)?"
    r"(?:a|one|two)[\s-]+(?:fifth|third|quarter|tenth|half)s?\s+of(?=\s+(?:[A-Za-z][\w-]*\s+){0,3}$)|"
    rf"\b{_BUYS}\s+half\s+of(?=\s+(?:[A-Za-z][\w-]*\s+){{0,3}}$)",
    re.I,
)


def _buyer_after(finder: SentenceRelations, sold: Mention) -> Mention | None:
    # "sold a stake in its Altera unit to Silver Lake": the part of the seller sold is named by its name
    # ("... to private equity firm Silver Lake": up to three lower-case words describe the buyer before its name)
    to = re.match(
        r"(?:\s+(?:unit|division|subsidiary|business|arm))?\s+to\s+(?:the\s+|a\s+)?(?P<words>(?:[a-z][\w-]*\s+){0,3})",
        finder.text[sold.end : sold.end + 70],
    )
    if to is None:
        return None
    starts = {sold.end + to.start("words") + w.start() for w in re.finditer(r"\S+", to.group("words"))}
    starts.add(sold.end + to.end())
    buyer = next((m for m in finder.mentions if m.start in starts), None)
    return buyer if buyer is not None and _org(buyer) and buyer.name != sold.name else None


def _stakes_bought(finder: SentenceRelations) -> list[Candidate]:
    """'Acme to buy Corvo stake', 'acquired 1.8 million shares of Acme': a holding, not the company
    ('acquired all the outstanding shares of Acme' stays an acquisition)."""
    found = []
    fractions = finder.has_any("fifth", "third", "quarter", "tenth", "half")
    for company in finder.mentions:
        if not _org(company) or _person(company):
            continue
        window = finder.text[max(finder.sentence.start, company.start - 110) : company.start]
        named = _STAKE_NAMED_BEFORE.search(window) if _STAKE_AFTER.match(finder.text[company.end :]) else None
        shares = _SHARES_OF.search(window)
        if shares is not None and re.search(r"\b(?:all|outstanding|entire|remaining)\b", shares.group("amount"), re.I):
            shares = None
        verb = named or shares or (_FRACTION_OF.search(window) if fractions else None)
        sold = _STAKE_SOLD.search(window)
        buyer = _buyer_after(finder, company) if sold else None
        if buyer is not None and sold is not None:  # "Intel sold a stake in Altera to Silver Lake"
            # the seller's verb phrase holds the deal's modality ("Intel is in talks to sell a stake in ...")
            seller_side = finder.text[
                max(finder.sentence.start, company.start - len(window) + sold.start() - 40) : company.start
            ]
            # ("sold control of Worldpay to GTCR": the buyer controls it)
            relation = "owns" if re.search(r"(?i)\bcontrol\s+(?:in|of)\b", sold.group()) else "invests-in"
            found.append(Candidate(relation, buyer, company, "verbs", sold.group().strip(), 0.7, {}, seller_side))
        # "sold its entire stake in X", not "sold a 30% stake in its X unit"
        head = re.split(r"(?i)\b(?:stake|shares|holding|interest)\b", sold.group())[0] if sold is not None else ""
        whole = re.search(r"(?i)\b(?:its|their|entire|whole|remaining)\b", head) and not re.search(r"\d", head)
        if sold is not None and whole:  # "SoftBank has sold its entire stake in Nvidia": an investor until then
            for seller in finder.left_of(company.start - len(window) + sold.start(), ("Organization", "Person")):
                if seller.name != company.name and (buyer is None or seller.name != buyer.name):
                    sale = Candidate("invests-in", seller, company, "verbs", _SOLD_STAKE, 0.65, {}, _FORMER, True)
                    found.append(sale)
        if verb is None:
            continue
        position = company.start - len(window) + verb.start()
        for investor in finder.left_of(position, ("Organization", "Person")):
            if investor.name != company.name:
                found.append(Candidate("invests-in", investor, company, "verbs", verb.group().strip(), 0.7))
    return found


_COMPOUND = re.compile(
    r"-(?P<how>backed|funded|financed|owned|controlled|made|built|designed|developed)\s+"
    r"(?:(?!(?:that|which|who|whose|it|its|and|or|to|as|with|for|by|in|on|at|of)\s)[a-z][\w-]*\s+){0,3}"
)
_APPOSITION_OPEN = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}")
_COMPOUND_RELATION = {
    "backed": "invests-in",
    "funded": "invests-in",
    "financed": "invests-in",
    "owned": "owns",
    "controlled": "owns",
    "made": "develops",
    "built": "develops",
    "designed": "develops",
    "developed": "develops",
}


def _compound_modifiers(finder: SentenceRelations) -> list[Candidate]:
    """'Nvidia-backed CoreWeave', 'Microsoft-owned LinkedIn', 'Apple-designed chips': the name before the
    hyphen backs, owns or makes the one the phrase describes."""
    found = []
    for agent in finder.mentions:
        compound = finder.right_after(agent, _COMPOUND)
        if compound is None or not _org(agent) or _person(agent):
            continue
        # the name the phrase describes, or a reference in it ("the Nvidia-backed cloud provider")
        target = next((m for m in finder.mentions if m.start == compound.end()), None)
        target = target or next(
            (m for m in finder.mentions if compound.start() < m.start < compound.end() and m.kind == "reference"), None
        )
        if target is None:  # "YouTube, the Google-owned video platform": the apposition's name
            before = [m for m in finder.mentions if m.end <= agent.start]
            if before and _APPOSITION_OPEN.fullmatch(finder.between(before[-1].end, agent.start)):
                target = before[-1]
        if target is not None and target.name != agent.name:
            how = compound.group("how")
            found.append(Candidate(_COMPOUND_RELATION[how], agent, target, "possessive", f"-{how}", 0.7))
    return found


_DESCRIBING_ROLE = re.compile(
    r"(?:['’]s?)?\s+(?:(?!(?:its|their|his|her|and|or|but)\s)[a-z]+\s+){0,2}?(?P<role>rival|competitor|challenger|arch-rival|supplier|customer|client|investor|"
    r"backer|shareholder|partner|holding|portfolio\s+company|unit|subsidiary)\b(?!['’-])"
)
_ARTICLE = re.compile(r"(?:\b(?:a|an|the|another|its|whose|their)\s+(?:[a-z][a-z-]*\s+){0,2})$", re.I)
_ARTICLES = {"a", "an", "the", "another"}
# the relation a role holds, and whether the described company is its object ("Meta, a big Nvidia customer":
# Nvidia supplies Meta)
_DESCRIBED_ROLE = {
    "rival": ("competes-with", False),
    "competitor": ("competes-with", False),
    "challenger": ("competes-with", False),
    "arch-rival": ("competes-with", False),
    "supplier": ("supplies", False),
    "customer": ("supplies", True),
    "client": ("supplies", True),
    "investor": ("invests-in", False),
    "backer": ("invests-in", False),
    "shareholder": ("invests-in", False),
    "partner": ("partners-with", False),
    # "Staples, another Sycamore holding", "Waymo, an Alphabet unit": the named company owns the described one
    "holding": ("owns", True),
    "portfolio company": ("owns", True),
    "unit": ("owns", True),
    "subsidiary": ("owns", True),
}


@_said(*_ROLE_NOUNS, "challenger", "holding", "portfolio", "unit", "subsidiary")
def _role_descriptions(finder: SentenceRelations) -> list[Candidate]:
    """'Anthropic, an OpenAI rival, ...', 'AMD is Nvidia's closest rival', 'Foxconn, a major Apple supplier',
    'Meta, a big Nvidia customer': the described company holds the role towards the named one."""
    found: list[Candidate] = []
    for other in finder.mentions:
        noun = finder.right_after(other, _DESCRIBING_ROLE)
        if noun is None or not _org(other) or other.types == ("Person",):
            continue
        other = _as_organisation(other)
        possessive = finder.text[other.end : other.end + 1] in {"'", "’"}
        article = _ARTICLE.search(finder.text, max(finder.sentence.start, other.start - 30), other.start)
        relation, reverse = _DESCRIBED_ROLE[re.sub(r"\s+", " ", noun.group("role"))]
        named_after = next((m for m in finder.mentions if noun.end() <= m.start <= noun.end() + 2), None)
        if not possessive and not article and (relation in ("competes-with", "owns") or named_after is None):
            continue  # "OpenAI rival Anthropic" is the trigger rule's; "Nvidia customer Meta" is this one's
        if relation != "competes-with" and possessive:
            continue  # "Apple's biggest supplier, Foxconn" is the role rule's (_ROLE_OF_COMPANY)
        described = [named_after] if named_after is not None else finder.left_of(other.start, ("Organization",))
        if relation != "competes-with" and article and article.group().split()[0].lower() not in _ARTICLES:
            continue  # "its main HBM supplier": 'its' names the customer, the name before 'supplier' the goods
        if relation != "competes-with" and named_after is None:
            # "Meta, a big Nvidia customer", "Meta is an Nvidia customer": the company just before, in apposition
            head = article.start() if article else other.start
            before = [m for m in finder.mentions if m.end <= head]
            described = before[-1:] if before and _COPULA_BEFORE.fullmatch(finder.between(before[-1].end, head)) else []
        if reverse and _a_cloud_provider(finder, other):
            relation, reverse = "hosts-on", False  # "Anthropic, a Google Cloud customer": hosted on it
        for one in described:
            if _org(one) and one.types != ("Person",) and one.name != other.name:
                one = _as_organisation(one)  # (described as a company: "Quillon Stores, another Blackstone holding")
                pair = (other, one) if reverse else (one, other)
                found.append(Candidate(relation, *pair, "nouns", re.sub(r"^['’]s?", "", noun.group()).strip(), 0.65))
    return found


_GROUP_INCLUDES = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?P<group>partners|investors|backers|shareholders|rivals|competitors|customers|"
    r"clients|suppliers|tenants|licensees|brands|chains|subsidiaries|units|banners|labels|products|games|titles|"
    r"drugs|apps)"
    # "Deliveroo's largest investors at the time of its flotation included A": when they were
    r"(?:\s+(?:at\s+the\s+time\s+of|as\s+of|before|after|since|in)(?:\s+[\w-]+){1,4}?(?=\s+(?:include|were|are)))?"
    r"(?:\s+|,\s+(?=including|such\s+as|like))"  # ("Verona's largest shareholders, including A and B")
    r"(?:include|included|includes|(?:have|has|had)\s+(?:also\s+)?included|including|are|were|remain|remained|such\s+as|like)\s+(?:the\s+)?"
)
_GROUP_RELATION = {
    "partners": "partners-with",
    "investors": "invests-in",
    "backers": "invests-in",
    "shareholders": "invests-in",
    "funders": "invests-in",
    "rivals": "competes-with",
    "competitors": "competes-with",
    "customers": "supplies",
    "clients": "supplies",
    "suppliers": "supplies",
    "tenants": "supplies",
    "licensees": "supplies",
    "owners": "invests-in",
    # "Albertsons, whose chains include Safeway and Vons", "its games include Candy Crush": what it has or makes
    "brands": "owns",
    "chains": "owns",
    "subsidiaries": "owns",
    "units": "owns",
    "banners": "owns",
    "labels": "owns",
    "channels": "owns",
    "products": "develops",
    "games": "develops",
    "titles": "develops",
    "drugs": "develops",
    "apps": "develops",
}
_GROUP = (
    r"(?:(?:[a-z-]+|[A-Z][A-Z.]+|\d+)\s+){0,2}?"  # "its largest customers", "its biggest AI customers", "its 14 brands"
    r"(?P<group>partners|investors|backers|shareholders|funders|rivals|competitors|customers|clients|suppliers|"
    r"tenants|licensees|owners|brands|chains|subsidiaries|units|banners|labels|products|games|titles|drugs|apps)"
    # ("its owners, which included A and B": its shareholders, as one owner owns)
)
_INCLUDE = (
    r"(?:(?:also\s+)?(?:include|included|includes)|(?:have|has|had)\s+(?:also\s+)?included|are|were|remain|remained)"
)
# "Figma, whose backers include A and B", "its customers include A", "from investors including A and B",
# "counts A and B among its backers": a group of the clause's company, and who is in it
_ONE_OF_GROUP = (
    r"(?:[a-z-]+\s+){0,2}?(?P<group>customer|client|supplier|investor|backer|shareholder)\s+(?:is|was|will\s+be)\s+"
    r"(?:the\s+)?"
)
_GROUP_LEADS = (
    # (kind, words one of which a match holds, pattern)
    ("whose", ("whose",), re.compile(rf",\s+whose\s+{_GROUP}\s+{_INCLUDE}\s+(?:the\s+)?")),
    ("clause", ("its", "their"), re.compile(rf"\b(?:[Ii]ts|[Tt]heir)\s+{_GROUP}\s+{_INCLUDE}\s+(?:the\s+)?")),
    # "exploring a sale of several of its food brands, including Marmite and Bovril"
    (
        "clause",
        ("its", "their"),
        re.compile(rf"\b(?:[Ii]ts|[Tt]heir)\s+(?:own\s+)?{_GROUP},?\s+(?:including|such\s+as|like)\s+(?:the\s+)?"),
    ),
    # "separates its cable channels, among them CNN and TNT": what it has, named after 'among them'
    (
        "clause",
        ("among them",),
        re.compile(
            r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?P<group>brands|labels|chains|channels),\s+among\s+them\s+"
            r"(?:the\s+)?"
        ),
    ),
    (
        "clause",
        ("including", "such", "like"),
        re.compile(rf"\b(?:from|to|with|by|among|of)\s+{_GROUP},?\s+(?:including|such\s+as|like)\s+(?:the\s+)?"),
    ),
    # "Capri will focus on its two remaining brands, Michael Kors and Jimmy Choo": the group named in apposition
    (
        "clause",
        ("its", "their"),
        re.compile(
            r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?(?P<group>brands|labels|chains|subsidiaries|banners)\s*,\s+"
            r"(?:the\s+)?"
        ),
    ),
    # "a plant near Phoenix whose first customer is Apple": the group of the company the clause is about
    # ("Frontier, whose largest shareholder is Indigo": the name before the comma's)
    ("whose", ("whose",), re.compile(rf",\s+whose\s+{_ONE_OF_GROUP}")),
    # "Rivian, whose biggest shareholder, Amazon, also buys its vans": the member set beside the group
    (
        "whose",
        ("whose",),
        re.compile(
            r",\s+whose\s+(?:[a-z-]+\s+){0,2}?(?P<group>customer|client|supplier|investor|backer|shareholder),\s+"
            r"(?:the\s+)?"
        ),
    ),
    ("clause", ("whose",), re.compile(rf"(?<!,)\s+whose\s+{_ONE_OF_GROUP}")),
    # "Rivals such as A and B are racing too": the group of the company the sentence before is about
    (
        "opening",
        ("rivals", "competitors"),
        re.compile(r"^(?:[A-Z][a-z]+\s+)?(?P<group>[Rr]ivals|[Cc]ompetitors),?\s+(?:including|such\s+as|like)\s+"),
    ),
    # "Rival data-labelling firms such as A and B say ...": the same, the rivals' trade named
    (
        "opening",
        ("rival",),
        re.compile(
            r"^(?P<group>Rival)\s+(?:[a-z][\w-]*\s+){0,2}(?:firms|companies|makers|groups|startups|start-ups|"
            r"providers|operators|carriers|lenders|banks|insurers|chains|retailers|platforms|services)\s+"
            r"(?:including|such\s+as|like)\s+"
        ),
    ),
    # "as cheaper local rivals such as Luckin Coffee ate into the business": rivals with no preposition before
    (
        "rivals",
        ("rivals", "competitors"),
        re.compile(
            r"(?<!\bfrom\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bby\s)(?<!\bamong\s)"
            r"\b(?:(?:cheaper|local|smaller|bigger|larger|new|newer|younger|foreign|domestic|online|Chinese|American|"
            r"European)\s+){0,2}(?P<group>rivals|competitors)\s+(?:such\s+as|like|including)\s+(?:the\s+)?"
        ),
    ),
    (
        "clause",
        ("that", "who", "which"),
        re.compile(
            rf"\b(?:from|by)\s+(?:a\s+(?:group|number|consortium|slate)\s+of\s+)?{_GROUP},?\s+"
            r"(?:that|who|which)\s+(?:include|included|includes|were|are)\s+(?:the\s+)?"
        ),
    ),
)
# the members a company's group is named by (singular too: "counts A as its biggest customer"), and what a
# company has or makes, only where a list of them is said to include names
_GROUP_MEMBERS = "partner investor backer shareholder funder rival competitor customer client supplier tenant"
_GROUP_MEMBERS += " licensee owner"
_GROUP_KINDS = "brands chains subsidiaries units banners labels products games titles drugs apps"
_ANY_GROUP = re.compile(  # (searched in lower case)
    "|".join(_GROUP_MEMBERS.split())
    + r"|(?:"
    + "|".join(_GROUP_KINDS.split())
    + r"),?\s+(?:(?:also\s+)?include|are|were|including|such\s+as|like)"
    + r"|(?:brands|labels|chains|channels),\s+among\s+them\s"  # "its cable channels, among them CNN and TNT"
    + r"|(?:brands|labels|chains|subsidiaries|banners),\s"  # "its two remaining brands, Michael Kors and ..."
)
_GROUP_CUES = (
    *_GROUP_MEMBERS.split(),
    *_GROUP_KINDS.split(),
    "among them",
)  # one of which any match holds (a cheap test first)
_COUNTS = re.compile(
    r"\b(?:counts|counted|count|counting|(?:signs|signed|sign|signing)(?:\s+up)?|won|wins|win|winning|landed|lands|"
    r"added|adds|named|names|listed|lists|cited|cites|identified)\s+(?:both\s+)?(?:the\s+)?"
)
# "counts A and B among its customers", "counts both A and B as customers", "counts A as a cloud customer"
_AMONG_ITS = re.compile(
    # ("named A, B and C as among the first customers to receive the chips")
    rf"\s+(?:(?:as\s+)?among\s+(?:its\s+|their\s+|the\s+)?{_GROUP}|as\s+(?:(?:a|an|its|their)\s+)?(?:(?:[a-z-]+|[A-Z][A-Z.]+)\s+){{0,2}}?"
    r"(?P<one>customer|client|partner|investor|backer|supplier|shareholder|rival|competitor)s?)\b"
)
_MEMBER_TITLE = re.compile(r"\s+(?:co-?)?(?:founder|chairman|chief\s+executive|CEO|boss)\s+$", re.I)


def _possessive_leads(
    finder: SentenceRelations, lead: re.Pattern[str]
) -> Iterator[tuple[Mention, re.Match[str], Mention]]:
    """An organisation's possessive, the `lead` phrase right after it and the mention the phrase leads to:
    'Acme's partners include | Beta', 'Acme's first acquisition was | Beta'."""
    for owner in finder.mentions:
        found = finder.right_after(owner, lead) if owner.possessive else None
        if found is None or not _org(owner) or _person(owner):
            continue
        target = _first_after(finder, found.end())
        if target is not None:
            yield owner, found, target


# "Deliveroo's biggest shareholder is Amazon": one member of the group, named after a copula
_ONE_OF_GROUP_IS = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?P<group>partner|investor|backer|shareholder|funder|customer|client|supplier)"
    r"\s+(?:is|was|remains|has\s+long\s+been|has\s+been)\s+(?:still\s+|now\s+)?(?:the\s+)?"
)


def _possessive_lists(finder: SentenceRelations) -> list[Candidate]:
    """'OpenAI's partners include Microsoft and Oracle', 'Acme's investors include Sequoia': each one listed;
    'Deliveroo's biggest shareholder is Amazon': the one named."""
    found = []
    leads = [*_possessive_leads(finder, _GROUP_INCLUDES), *_possessive_leads(finder, _ONE_OF_GROUP_IS)]
    for owner, lead, first in leads:
        group = lead.group("group") if lead.group("group").endswith("s") else lead.group("group") + "s"
        relation = _GROUP_RELATION[group]
        members = finder._expand_right(first) if group == lead.group("group") else [first]
        for member in members:
            if member.name == owner.name:
                continue
            reverse = relation == "invests-in" or group == "suppliers"
            pair = (member, owner) if reverse else (owner, member)  # "Acme's customers include Beta": Acme supplies
            found.append(Candidate(relation, *pair, "possessive", _without_possessive(lead.group()), 0.65))
    return found


_COPULA = re.compile(
    r"\s+(?:are|were|is|was|remain|remains|remained|became|become|becomes)\s+(?:among\s+|one\s+of\s+)?$"
)
_GROUP_WORDS = tuple(group[:-1] for group in _GROUP_RELATION if group != "owners")  # "partner", "investor", ...
_ITS_GROUP = re.compile(rf"['’]s?\s+(?:(?:[a-z-]+|[A-Z][A-Z.]+)\s+){{0,3}}?(?P<group>{'|'.join(_GROUP_WORDS)})s?\b")


@_said(*_GROUP_WORDS)
def _named_as_group(finder: SentenceRelations) -> list[Candidate]:
    """'Amazon and Google are Anthropic's largest outside shareholders', 'Acme remains one of Beta's biggest
    customers': each named one is in the owner's group."""
    found = []
    for member, owner in pairwise(finder.mentions):
        if (
            not owner.possessive
            or not _org(owner)
            or _person(owner)
            or not _COPULA.fullmatch(finder.between(member.end, owner.start))
        ):
            continue
        group = _ITS_GROUP.match(finder.text, owner.end, finder.sentence.end)
        if group is None:
            continue
        name = group.group("group") + "s"
        relation = _GROUP_RELATION[name]
        for one in finder._expand_left(member):
            if one.name == owner.name or (_person(one) and relation != "invests-in"):
                continue
            reverse = relation == "invests-in" or name == "suppliers"
            found.append(Candidate(relation, *((one, owner) if reverse else (owner, one)), "possessive", name, 0.65))
    return found


_THE_TWO = re.compile(
    r"\b(?:the|both)\s+(?:two|2)\s+(?:\w+\s+){0,2}?(?P<noun>rivals|competitors|companies|firms|groups|chipmakers|"
    r"tech\s+giants|giants)\b(?P<after>(?:\s+\w+){0,4})",
    re.I,
)
_TOGETHER = re.compile(r"\b(?:jointly|together|collaborate|co-develop|partner|team\s+up)\b", re.I)


@_said("two", "2")
def _the_two(finder: SentenceRelations) -> list[Candidate]:
    """'Nvidia will buy Intel stock and the two longtime rivals will jointly develop chips': the two
    companies named before are rivals, and partners when they will work together."""
    found: list[Candidate] = []
    for two in _THE_TWO.finditer(finder.sentence.text):
        start = finder.sentence.start + two.start()
        names: list[Mention] = []
        for mention in finder.mentions:
            if (
                mention.end <= start
                and _org(mention)
                and not _person(mention)
                and mention.name not in {m.name for m in names}
            ):
                names.append(mention)
        if len(names) > 2 and re.fullmatch(r"\s+and\s+", finder.between(names[-2].end, names[-1].start)):
            names = names[-2:]  # "picked Ericsson and Nokia ..., the two Nordic rivals"
        if len(names) != 2:
            continue
        first, second = names
        if two.group("noun").lower() in {"rivals", "competitors"}:
            found.append(Candidate("competes-with", first, second, "symmetric_nouns", two.group("noun"), 0.65))
        if _TOGETHER.search(two.group("after")):
            found.append(Candidate("partners-with", first, second, "symmetric_nouns", two.group().strip(), 0.6))
    return found


# ", in which Nvidia holds a stake": the stake is in the name before the comma
_IN_WHICH = re.compile(r",?\s*in\s+which\s+$")
_HOLDS_STAKE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:(?:holds|held|owns|owned|has|had|took|takes|acquired|bought|has\s+taken)\s+"
    r"(?:(?:[\w$.,%-]+\s+){0,4}?(?:stake|shares|interest|holding)\b"
    r"|(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:under|over)\s+)?\d[\d.]*\s?(?:%|percent|per\s+cent))"
    # "in which Nvidia invested $50 million"
    r"|(?:invested|has\s+invested|had\s+invested|invests|put|has\s+put|poured|is\s+investing|will\s+invest|"
    r"would\s+invest|plans\s+to\s+invest|agreed\s+to\s+invest)\b)",
    re.I,
)


_GIVES = re.compile(r"\b(?:hand|hands|handed|give|gives|gave|grant|grants|granted|offer|offers)\s+(?:the\s+)?$")
_A_STAKE_IN = re.compile(
    r"\s+(?:a|an)\s+(?:[\w$.,%-]+\s+){0,5}?(?:stake|shares?|warrants?|equity)\b[^,;]{0,40}?\bin\s+(?:the\s+)?$"
)


_PAST_DEAL = re.compile(
    r"\b(?:since|after|following|before|with)\s+(?:the|its|their)\s+(?:(?:19|20)\d\d\s+)?(?:\$?[\d.,]+\s+"
    r"(?:million|billion)\s+)?(?:purchase|acquisition|takeover|buyout)\s+of\s+$",
    re.I,
)


@_said("purchase", "acquisition", "takeover", "buyout")
def _past_deals(finder: SentenceRelations) -> list[Candidate]:
    """'IBM chief executive Arvind Krishna has made ... since the 2019 purchase of Red Hat': the sentence's
    company bought it."""
    found: list[Candidate] = []
    companies = [m for m in finder.mentions if _org(m) and not _person(m)]
    for bought in companies[1:]:
        window = finder.text[max(finder.sentence.start, bought.start - 60) : bought.start]
        if _PAST_DEAL.search(window) and companies[0].name != bought.name:
            found.append(Candidate("acquires", companies[0], bought, "nouns", "purchase of", 0.6))
    return found


# "Boeing bought Jeppesen in 2000 and added ForeFlight in 2019": the second purchase, told by 'added'
_FIRST_BOUGHT = re.compile(r"\b(?:bought|acquired|purchased|took\s+over|snapped\s+up)\s+(?:the\s+)?")
_AND_ADDED = re.compile(r",?\s+and\s+(?:later\s+|then\s+|also\s+)?added\s+(?:the\s+)?$")


@_said("added")
def _bought_then_added(finder: SentenceRelations) -> list[Candidate]:
    """'Boeing bought Jeppesen, which is based near Denver, for $1.5 billion in 2000 and added ForeFlight in
    2019': the buyer of the first also bought the second."""
    found: list[Candidate] = []
    for second in finder.mentions:
        added = _AND_ADDED.search(finder.text, finder.sentence.start, second.start)
        bought = list(_FIRST_BOUGHT.finditer(finder.text, finder.sentence.start, added.start())) if added else []
        first = next((m for m in finder.mentions if bought and m.start == bought[-1].end()), None)
        if first is None or _person(second) or re.search(r"[;:]", finder.between(first.end, second.start)):
            continue
        buyer = finder.left_of(bought[-1].start(), ("Organization", "Person"))
        if buyer and buyer[0].name not in (first.name, second.name):
            found.append(Candidate("acquires", buyer[0], second, "verbs", "bought ... and added", 0.6))
    return found


# "Pfizer later added Novo to the suit": one more defendant
_ADDED_TO_SUIT = re.compile(
    r"\s+(?:as\s+a\s+(?:defendant|party)\s+)?to\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:suit|lawsuit|complaint|case|claim)\b"
)


@_said("suit", "complaint", "case", "claim")
def _added_to_the_suit(finder: SentenceRelations) -> list[Candidate]:
    """'Halvard later added Zentec to the suit': the plaintiff accuses the one added."""
    found: list[Candidate] = []
    for added in finder.mentions:
        verb = re.search(r"\b(?:added|adds|add|adding)\s+$", finder.between(finder.sentence.start, added.start))
        if verb is None or not _ADDED_TO_SUIT.match(finder.text, added.end):
            continue
        plaintiff = finder.left_of(finder.sentence.start + verb.start(), ("Organization", "Person"))
        if plaintiff and plaintiff[0].name != added.name:
            found.append(Candidate("accuses", plaintiff[0], added, "verbs", "added ... to the suit", 0.6))
    return found


_COUNTERSUED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|later\s+|then\s+|also\s+)*(?:countersued|countersues)\b")
_SUED = re.compile(r"\b(?:sued|sues|suing|sue|filed\s+(?:a\s+)?(?:suit|lawsuit)\s+against)\s+$")


@_said("countersue")
def _countersued(finder: SentenceRelations) -> list[Candidate]:
    """'Apple sued Qualcomm, and the chipmaker countersued': the one sued accuses the one who sued it."""
    found: list[Candidate] = []
    for counter in finder.mentions:
        if not _COUNTERSUED_AFTER.match(finder.text, counter.end):
            continue
        for sued in finder.mentions:
            if sued.end > counter.start or sued.name != counter.name or sued is counter:
                continue
            verb = _SUED.search(finder.text, finder.sentence.start, sued.start)
            plaintiff = finder.left_of(verb.start(), ("Organization", "Person")) if verb is not None else []
            if plaintiff and plaintiff[0].name != counter.name:
                found.append(Candidate("accuses", counter, plaintiff[0], "verbs", "countersued", 0.6))
                break
    return found


# "His predecessor, Pat Gelsinger, was forced out": the one who held the post before, at the story's company
_PREDECESSOR_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+predecessor,?\s+$")
# "Henri de Castries, the board's senior independent director": a post on the board of the company the text is about
_BOARD_POST_AFTER = re.compile(
    r",\s+the\s+board['’]s\s+(?:[\w-]+\s+){0,3}?(?:director|chair|chairman|chairwoman|secretary)\b"
)
# "Kaiann Drance, a vice president of iPhone product marketing": a post over a known product, at its maker
_POST_OVER_PRODUCT_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:senior\s+|executive\s+|corporate\s+)?(?:vice\s+president|head|director|general\s+"
    r"manager)\s+(?:of|for)\s+"
)


@_said("predecessor", "board's", "board’s", "vice president", "head of", "director of", "general manager")
def _posts_of_the_story(finder: SentenceRelations) -> list[Candidate]:
    """'His predecessor, P,', 'P, the board's senior independent director': held at the company the text is
    about; 'P, a vice president of iPhone marketing': at the known maker of the product."""
    found: list[Candidate] = []
    gazetteer = load_gazetteer()
    for person in finder.mentions:
        if not _person(person) or any(_org(m) and not _person(m) for m in finder.mentions if m.end <= person.start):
            continue
        before = _PREDECESSOR_BEFORE.search(finder.text, finder.sentence.start, person.start)
        board = _BOARD_POST_AFTER.match(finder.text, person.end)
        if before is not None or board is not None:
            company = _main_company(finder)
            said = "former" if before is not None else ""
            if company is not None:
                found.append(Candidate("employs", company, person, "roles", "post", 0.55, {}, said, True))
            continue
        over = _POST_OVER_PRODUCT_AFTER.match(finder.text, person.end)
        product = next((m for m in finder.mentions if over and m.start == over.end()), None)
        if product is None or product.type != "Product":
            continue
        known = gazetteer.entities.get(product.name)
        if known is not None and known.owner and known.owner in gazetteer.entities:
            maker = gazetteer.entities[known.owner]
            owner = Mention(product.start, product.end, product.text, maker.name, (maker.type,), "reference")
            found.append(Candidate("employs", owner, person, "roles", "vice president", 0.55))
    return found


# "chairman of Tata Motors and of its parent Tata Sons": the same post at a second company
_AND_OF_ANOTHER = re.compile(
    r"\s+and\s+(?:also\s+)?of\s+(?:its\s+|their\s+)?(?:(?:parent|owner|holding\s+company|sister\s+company|"
    r"subsidiary|unit)\s+)?"
)
_POST_OF = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:chairman|chairwoman|chair|chief\s+executive|president|"
    r"director|chief\s+\w+\s+officer|CEO|CFO)\s+of\s+$"
)


@_said(" and of ")
def _post_at_both(finder: SentenceRelations) -> list[Candidate]:
    """'N. Chandrasekaran, chairman of Tata Motors and of its parent Tata Sons': the second company employs him."""
    found: list[Candidate] = []
    for person, first, second in zip(finder.mentions, finder.mentions[1:], finder.mentions[2:], strict=False):
        if not _person(person) or not _org(first) or not _org(second) or _person(second):
            continue
        post = _POST_OF.search(finder.text, person.end, first.start)
        if post is None or post.start() != person.end:
            continue
        if _AND_OF_ANOTHER.fullmatch(finder.between(first.end, second.start)):
            title = re.search(r"\b(?:chairman|chairwoman|chair|chief\s+executive|president|director)\b", post.group())
            role = {"role": title.group()} if title else {}
            found.append(Candidate("employs", second, person, "roles", "and of", 0.6, role))
    return found


@_said("hand", "give", "gave", "grant", "offer")
def _stakes_given(finder: SentenceRelations) -> list[Candidate]:
    """'could hand the ChatGPT maker a stake of up to 10% in the chipmaker': the receiver invests in it."""
    found: list[Candidate] = []
    for receiver, company in pairwise(finder.mentions):
        if not _GIVES.search(finder.text[max(finder.sentence.start, receiver.start - 30) : receiver.start]):
            continue
        if _A_STAKE_IN.fullmatch(finder.between(receiver.end, company.start)) and receiver.name != company.name:
            found.append(Candidate("invests-in", receiver, company, "verbs", "hand ... a stake in", 0.6))
    return found


# "has hired Goldman Sachs to help defend itself", "retained law firm Boies Schiller as its counsel"
_HIRES_FIRM = re.compile(r"\b(?:hired|hires|hire|hiring|retained|retains|retain|engaged|engages|tapped|taps)\s+")
_FIRM_KIND = re.compile(
    r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:bank|firm|adviser|advisor|consultancy|consultants?|agency|auditor)\s+)?"
)
_SERVICE_AFTER = re.compile(r"\s+(?:to\s+(?:help\s+|advise|represent|defend|review|explore|run|handle|pursue)|as\s+)")


@_said("hired", "hires", "hire", "hiring", "retained", "retains", "retain", "engaged", "engages", "tapped", "taps")
def _firms_hired(finder: SentenceRelations) -> list[Candidate]:
    """'Orvane Bank has hired Goldman Sachs to help defend itself': a firm hired for a service supplies it to the
    one that hired it (a person hired is employed; see the lexicon)."""
    found: list[Candidate] = []
    for client, firm in pairwise(finder.mentions):
        if not _org(firm) or _person(firm) or firm.possessive or client.name == firm.name:
            continue
        gap = finder.between(client.end, firm.start)
        hired = next(reversed(list(_HIRES_FIRM.finditer(gap))), None)
        if hired is None or not _FIRM_KIND.fullmatch(gap[hired.end() :]):
            continue
        if not _SERVICE_AFTER.match(finder.text, firm.end):
            continue
        subject = finder.left_of(firm.start, ("Organization",))
        if subject and subject[0].name != firm.name and not _person(subject[0]):
            found.append(Candidate("supplies", firm, subject[0], "verbs", hired.group().strip(), 0.55))
    return found


@_said("which")
def _in_which_holders(finder: SentenceRelations) -> list[Candidate]:
    """'CoreWeave, in which Nvidia holds a stake of roughly 7%': the holder invests in the company."""
    found: list[Candidate] = []
    for index, holder in enumerate(finder.mentions):
        if index == 0 or (not _org(holder) and not _person(holder)):
            continue
        company = finder.mentions[index - 1]
        if not _org(company) or _person(company) or not _IN_WHICH.search(finder.between(company.end, holder.start)):
            continue
        held = _HOLDS_STAKE.match(finder.text, holder.end)
        if held:
            share = _PERCENT.search(held.group())
            relation = "owns" if share and float(share.group(1)) > 50 else "invests-in"  # "a roughly 90% stake"
            found.append(Candidate(relation, holder, company, "verbs", "in which ... holds a stake", 0.65))
    return found


_TWO_COMPANIES = re.compile(
    r"\b(?:[Tt]he\s+two\s+(?:[A-Z][a-z]+\s+|[a-z-]+\s+)??(?:companies|firms|groups|sides|carmakers|automakers|chipmakers|"
    r"banks|businesses|partners|chains|retailers|grocers|supermarkets|lenders|insurers|airlines|carriers|drugmakers|"
    r"miners|operators|publishers|studios|startups|brands|rivals|telecoms|utilities|exchanges)|"
    r"[Bb]oth\s+companies|[Tt]he\s+pair|(?<=with )both(?=\s*[.,;]))\b"
)
_DEAL_ENDED = re.compile(
    r"\b(?:called\s+off|scrapped|abandoned|terminated|ended|walked\s+away|dropped|cancell?ed|ditched|broke\s+off)\b"
)
_TOGETHER_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:\w+\s+){0,4}?(?:work(?:ing|ed)?\s+together|signed|sign|struck|agreed|will\s+collaborate|"
    r"collaborat\w*|partner\w*|team(?:ed)?\s+up|jointly|work|deal|agreement|alliance|tie-up|working\s+closely|"
    r"cooperat\w*|joint\s+venture)\b"
)
_ACCUSING_THE_TWO = re.compile(r"\b(?:accused|accuses|accusing|accuse|sued|sues|suing|sue|charged|charging)\s+$")
_WITH_BOTH = re.compile(r"\b(?:compete|competes|competed|competing|partners|partner|partnered|works|work)\s+with\s+$")


def _the_pair(finder: SentenceRelations) -> tuple[Mention, Mention] | None:
    """The two companies a sentence's 'the two companies' means: the two named in the sentence before, or,
    when it names more or fewer, the two the text has named most so far (a name that only describes a
    person, 'former Google DeepMind researcher Jane Roe', does not count)."""

    def eligible(mentions: list[Mention]) -> list[Mention]:
        kept: list[Mention] = []
        for mention in mentions:
            if not _org(mention) or _person(mention) or is_pronoun(mention):
                continue
            person = next((m for m in mentions if m.start > mention.end and _person(m)), None)
            if person is not None and _DESCRIBES_PERSON.fullmatch(finder.between(mention.end, person.start)):
                continue
            kept.append(mention)
        return kept

    previous = _exactly_two(eligible(finder.earlier))
    if previous is not None:
        return previous
    counts: dict[str, list[Mention]] = {}
    for mention in eligible([m for m in finder.document if m.start < finder.sentence.start]):
        counts.setdefault(mention.name, []).append(mention)

    def weight(ms: list[Mention]) -> tuple[int, int]:
        # (on a tie, the one named more, not described: "the Belgian insurer" counts a bidder once more)
        return len(ms), sum(m.kind != "reference" for m in ms)

    ranked = sorted(counts.values(), key=lambda ms: (-weight(ms)[0], -weight(ms)[1], ms[0].start))
    if len(ranked) < 2 or (len(ranked) > 2 and weight(ranked[1]) == weight(ranked[2])):
        return None  # no clear pair
    return ranked[0][0], ranked[1][0]


def _exactly_two(mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """The first mention of each of the two names these mentions hold, if they hold exactly two."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.name, mention)
    if len(first) != 2:
        return None
    one, other = first.values()
    return one, other


_DESCRIBES_PERSON = re.compile(r"\s+(?:[\w-]+\s+){0,3}")


def names_a_pair(sentence: str) -> bool:
    """Whether a sentence speaks of 'the two companies' (named in the sentence before)."""
    return _TWO_COMPANIES.search(sentence) is not None


_BOTH_COMPETE = re.compile(
    # (the pair by a plural noun with up to two modifiers: "Both Japanese automakers", "The two largest lenders")
    r"^(?:Both|The\s+two)(?:\s+(?:[A-Za-z-]+\s+){0,2}?[a-z-]+s)?\s+"
    r"(?:also\s+|now\s+|already\s+|still\s+)?(?:compete\s+with|face\s+(?:\w+\s+){0,2}?competition\s+from|"
    r"are\s+racing|rival|battle|vie\s+with|(?:have\s+|had\s+)?lost\s+(?:ground|share|market\s+share)\s+to|"
    r"(?:are|were)\s+losing\s+(?:ground|share|market\s+share)\s+to|(?:are|were)\s+struggling\s+against|"
    r"struggle\s+against|trail|lag\s+behind|(?:have\s+|had\s+)?fallen\s+behind|fell\s+behind|"
    r"(?:are|were)\s+(?:competing|battling)\s+(?:with|against))\s+"
    r"(?:(?:[a-z-]+\s+){0,4}?(?:such\s+as|including|like)\s+)?"
)
# "... against Toyota at home and against BYD in China": the same verb's second object
_AND_AGAIN = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:and|as\s+well\s+as)\s+(?:against|to|behind|with|from)\s+(?:[a-z-]+\s+){0,3}?$"
)


_CLAUSE_OPENING = re.compile(r"(?:,\s+and|,\s+but|,\s+while|;)\s+$")


def _clause_subjects(finder: SentenceRelations) -> tuple[Mention, Mention] | None:
    """The two companies the sentence before is about, when each opens a clause of it: 'Google ... has begun
    cutting back its work with the startup, and OpenAI said it had been winding down its use of Scale'."""
    earlier = [m for m in finder.earlier if _org(m) and not _person(m) and not is_pronoun(m)]
    if not earlier:
        return None
    openings = [(m, finder.text[finder.earlier_start : m.start]) for m in earlier]
    return _exactly_two([m for m, opening in openings if len(opening.split()) <= 1 or _CLAUSE_OPENING.search(opening)])


_RANKED_BEHIND = re.compile(
    r"\b(?:(?:a|the)\s+(?:distant\s+|close\s+)?(?:second|third|fourth|fifth|No\.\s*[2-5])"
    r"|(?:second|third|fourth|fifth)-(?:largest|biggest)|(?:second|third|fourth|fifth)\s+(?:largest|biggest))\b"
    r"(?:\s+[\w-]+){0,6}?,?\s+(?:behind|after|trailing)\s+(?:only\s+)?(?:the\s+)?$"
)


def _ranked_behind(finder: SentenceRelations) -> list[Candidate]:
    """'X remains a distant third behind A and B', 'make X the third-largest maker, behind A and B': a company
    ranked behind others in a market competes with them (not 'the team behind X', which made X)."""
    if "behind" not in finder.sentence.text and "trailing" not in finder.sentence.text:
        return []
    found = []
    for leader in finder.mentions:
        if not _org(leader) or _person(leader):
            continue
        ranked = _RANKED_BEHIND.search(finder.text, max(finder.sentence.start, leader.start - 90), leader.start)
        if ranked is None:
            continue
        before = [m for m in finder.mentions if m.end <= ranked.start() and _org(m) and not _person(m)]
        if not before:
            continue
        for rival in finder._expand_right(leader):
            # (a cloud ranked in its market: "behind AWS and Azure")
            if (_org(rival) or _known_cloud(rival)) and not _person(rival) and rival.name != before[-1].name:
                found.append(Candidate("competes-with", before[-1], rival, "nouns", "behind", 0.6))
        break
    return found


_MADE_GOODS = (
    r"(?:chips|processors|accelerators|GPUs|CPUs|semiconductors|memory|batteries|cells|modems|displays|screens|"
    r"panels|sensors|engines|components|parts|servers|cameras|lenses|"
    r"jets|planes|aircraft|airliners|jetliners|trucks|vehicles|ships|vessels|locomotives|trains|satellites|turbines)"
)
_MADE_FOR_A_CUSTOMER = re.compile(
    rf"\b(?:makes?|made|making|produces?|produced|producing|builds?|built|building|manufactures?|manufactured|"
    rf"manufacturing)\s+(?:[\w-]+\s+){{0,3}}?(?:{_MADE_GOODS})\s+for\s+(?:the\s+)?$"
)
# "Orvane's accelerators are made by TSMC": the maker supplies the possessor
_OWN_GOODS_MADE_BY = re.compile(
    # ("X's in-house chips are all made by T", "X's chips, which are produced by T")
    rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_MADE_GOODS}(?:(?:\s*,\s*which)?\s+(?:are|were|is|was|will\s+be|have\s+been|"
    r"would\s+be)|\s*,)\s+(?:(?:\w+ly|also|now|still|all|both|mostly)\s+){0,2}(?:made|manufactured|produced|built|"
    r"assembled|fabricated|supplied)\s+by\s+$"
)
# "Nvidia's chips power Tessaly's data centres": the maker supplies the company its goods run for
_GOODS_POWER = re.compile(
    rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_MADE_GOODS}\s+(?:also\s+|now\s+|already\s+)?(?:power|powers|powered|run\s+in|"
    r"go\s+into|went\s+into|are\s+used\s+in|were\s+used\s+in)\s+(?:the\s+)?$"
)
# "Tamsin's scooters use batteries from Brightwater", "robots run on processors from Pellucid"
_USE_GOODS_FROM = re.compile(
    rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:use|uses|used|run\s+on|runs\s+on|rely\s+on|relies\s+on)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_MADE_GOODS}\s+(?:from|made\s+by|supplied\s+by)\s+$"
)
# "Orvane ordered 10,000 Nvidia processors"
_ORDERED_GOODS = re.compile(
    r"\b(?:ordered|orders|order|ordering|bought|buys|buying|purchased|purchases|deploy|deployed|deploys|uses|use|used)\s+"
    r"(?:(?:about|some|more\s+than|nearly|up\s+to)\s+)?(?:[\d,.]+\s+(?:million\s+|billion\s+)?)?"
    r"(?:(?:more|additional|new)\s+)?$"  # "ordered 65 more Boeing jets"
)


@_said(
    "made",
    "manufactured",
    "produced",
    "built",
    "assembled",
    "fabricated",
    "supplied",
    "power",
    "powers",
    "powered",
    "used",
    "uses",
    "use",
    "run",
    "runs",
    "ordered",
    "orders",
    "order",
    "bought",
    "purchased",
    "deploy",
    "deployed",
    "deploys",
    "into",
    "relies",
    "rely",
)
def _goods_bought_from_makers(finder: SentenceRelations) -> list[Candidate]:
    """Supply named through the goods: 'X's accelerators are made by TSMC', 'Nvidia's chips power X's data
    centres', 'X's scooters use batteries from B', 'X ordered 10,000 Nvidia processors'."""
    found: list[Candidate] = []
    for first, second in pairwise(finder.mentions):
        if not (_org(first) and _org(second)) or _person(first) or _person(second) or first.name == second.name:
            continue
        between = finder.between(first.end, second.start)
        if _OWN_GOODS_MADE_BY.fullmatch(between) or _USE_GOODS_FROM.fullmatch(between):
            found.append(Candidate("supplies", second, first, "verbs", _without_possessive(between), 0.6))
        elif _GOODS_POWER.fullmatch(between) and second.possessive:
            found.append(Candidate("supplies", first, second, "verbs", _without_possessive(between), 0.6))
    for company in finder.mentions:
        ordered = _ORDERED_GOODS.search(finder.text, finder.sentence.start, company.start)
        if ordered is None or not _org(company) or _person(company):
            continue
        if not re.match(rf"\s+(?:[\w-]+\s+)?{_MADE_GOODS}\b", finder.text[company.end : company.end + 40]):
            continue
        buyer = finder.left_of(ordered.start(), ("Organization",))
        for one in buyer:
            if one.name != company.name and not _person(one):
                found.append(Candidate("supplies", company, one, "verbs", ordered.group().strip(), 0.6))
    return found


# "Albertsons, which runs Safeway, Vons and Jewel-Osco, has ...": the chains a company runs are its own
_WHICH_RUNS = re.compile(r"\s*,\s+which\s+(?:also\s+)?(?:runs|ran|operates|operated)\s+(?:the\s+)?$")


@_said("runs", "ran", "operates", "operated")
def _runs_its_chains(finder: SentenceRelations) -> list[Candidate]:
    """'Albertsons, which runs Safeway, Vons and Jewel-Osco,': the company owns what it runs."""
    found: list[Candidate] = []
    for owner, first in pairwise(finder.mentions):
        if not _org(owner) or _person(owner) or not _WHICH_RUNS.fullmatch(finder.between(owner.end, first.start)):
            continue
        listed = finder._expand_right_list(first)
        if len(listed) < 2 and not re.match(r"\s+(?:chain|stores|brand|banner)s?\b", finder.text[first.end :]):
            continue  # ("X, which runs Beta's data centres"): a list of chains or a named kind only
        for one in listed:
            if _org(one) and not _person(one) and one.name != owner.name:
                found.append(Candidate("owns", owner, one, "verbs", "which runs", 0.6))
    return found


# "agreed to buy thousands of Ioniq 5 electric SUVs from Hyundai Motor", "ordered 20 A350 jets from Airbus": a
# model of goods, bought from its maker
_MODEL_GOODS_FROM = re.compile(
    r"\b(?:buy|buys|bought|buying|order|orders|ordered|ordering|purchase|purchases|purchased|purchasing|"
    r"acquire|acquires|acquired|lease|leases|leased)\s+(?:(?:up\s+to|about|some|more\s+than|nearly|another)\s+)?"
    r"(?:(?:[\d,.]+|thousands|hundreds|dozens|tens\s+of\s+thousands)\s+(?:of\s+)?)?(?:(?:more|additional|new|its|their)\s+)?"
    r"(?P<model>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:jets|planes|aircraft|airliners|jetliners|vehicles|cars|SUVs|vans|trucks|buses|robotaxis|robots|ships|"
    r"vessels|trains|locomotives|satellites|rockets|turbines|engines|chips|processors|GPUs|servers|systems|units|"
    r"phones|devices|drones|helicopters)\s+from\s+(?:the\s+)?$"
)


def _models_bought_from(finder: SentenceRelations) -> list[Candidate]:
    """'Waymo agreed to buy thousands of Ioniq 5 SUVs from Hyundai Motor': the maker supplies the buyer."""
    found: list[Candidate] = []
    for maker in finder.mentions:
        if not _org(maker) or _person(maker):
            continue
        bought = _MODEL_GOODS_FROM.search(finder.text, max(finder.sentence.start, maker.start - 120), maker.start)
        if bought is None:
            continue
        for buyer in finder.left_of(bought.start(), ("Organization",)):
            if buyer.name != maker.name and not _person(buyer):
                found.append(Candidate("supplies", maker, buyer, "verbs", bought.group().strip(), 0.6))
        model = next((m for m in finder.mentions if m.start == bought.start("model")), None)
        if model is not None and model.name != maker.name and "Product" in model.types:
            found.append(Candidate("develops", maker, model, "verbs", "from", 0.55, {}, "", True))
    return found


def _bought_models(finder: SentenceRelations) -> set[int]:
    """Where the models of goods bought from a maker begin ('thousands of Ioniq 5 SUVs from Hyundai')."""
    return {finder.sentence.start + m.start("model") for m in _MODEL_GOODS_FROM_ANYWHERE.finditer(finder.sentence.text)}


_MODEL_GOODS_FROM_ANYWHERE = re.compile(_MODEL_GOODS_FROM.pattern.removesuffix("$"))


_SWITCHED_FROM = re.compile(
    r"\b(?:switched|switches|switch|switching|moved|moves|shifted|shifts)\s+(?:\w+\s+){0,3}?from\s+$"
)


@_said("from")
def _switched_suppliers(finder: SentenceRelations) -> list[Candidate]:
    """'Orvane switched from Samsung to TSMC for its chips': the new supplier supplies it, the old one did (a
    cloud hosts it instead); 'Jane Roe moved from Google to Meta': a change of employer."""
    found: list[Candidate] = []
    for old, new in pairwise(finder.mentions):
        switched = _SWITCHED_FROM.search(finder.text, finder.sentence.start, old.start)
        if switched is None or not re.fullmatch(r"\s+to\s+(?:the\s+)?", finder.between(old.end, new.start)):
            continue
        if not all(_org(m) and not _person(m) for m in (old, new)):
            continue
        for customer in finder.left_of(switched.start(), ("Organization", "Person")):
            if customer.name in (old.name, new.name):
                continue
            if _person(customer):  # "Jane Roe moved from Google to Meta": a change of employer
                found.append(Candidate("employs", new, customer, "verbs", "moved from ... to", 0.6))
                found.append(
                    Candidate("employs", old, customer, "verbs", "moved from ... to", 0.6, {}, "formerly", True)
                )
                continue
            cloud = _a_cloud_provider(finder, new) or _runs_a_cloud(new.name)
            relation = "hosts-on" if cloud else "supplies"
            for supplier, was in ((new, False), (old, True)):
                pair = (customer, supplier) if cloud else (supplier, customer)
                scope = "formerly" if was else ""
                found.append(Candidate(relation, *pair, "verbs", "switched from ... to", 0.6, {}, scope, was))
    return found


_FRONTED_DEAL = re.compile(
    r"^(?:In|Under|Through|As\s+part\s+of)\s+(?:a|an|its|the|their|a\s+new)\s+(?:[\w$.,'’-]+\s+){0,4}?"
    r"(?:tie-up|partnership|deal|agreement|collaboration|alliance|joint\s+venture|pact)\s+with\s+(?:the\s+)?$"
)


@_said("with")
def _fronted_partnership(finder: SentenceRelations) -> list[Candidate]:
    """'In a tie-up with Oracle, Lumeo Health will offer ...': the clause's subject partners the company named in
    the opening phrase."""
    found: list[Candidate] = []
    first = min(finder.mentions, key=lambda m: m.start) if finder.mentions else None
    if first is None or not _FRONTED_DEAL.match(finder.between(finder.sentence.start, first.start)):
        return found
    # (not "Under an agreement with the Justice Department, ...": a settlement with an authority)
    gazetteer = load_gazetteer()
    partners = [m for m in finder._expand_right(first) if _org(m) and not _person(m) and not is_authority(m, gazetteer)]
    rest = finder.text[partners[-1].end : finder.sentence.end] if partners else ""
    comma = re.match(r"\s*,\s*", rest)
    if not partners or comma is None:
        return found
    subject = next((m for m in finder.mentions if m.start == partners[-1].end + comma.end()), None)
    if subject is None or not _org(subject) or _person(subject):
        return found
    for subject_one in finder._expand_right(subject):
        for partner in partners:
            if subject_one.name != partner.name:
                found.append(Candidate("partners-with", subject_one, partner, "nouns", "in a deal with", 0.6))
    return found


_TO_COURT_AFTER = re.compile(r"\s+to\s+court\b")
_TOOK_BEFORE = re.compile(r"\b(?:took|takes|take|taking|taken|dragged|drags|drag)\s+$")


@_said("court")
def _taken_to_court(finder: SentenceRelations) -> list[Candidate]:
    """'Kestrel took Orvane Labs to court over unpaid fees': the one taking the other to court accuses it."""
    found: list[Candidate] = []
    for defendant in finder.mentions:
        took = _TOOK_BEFORE.search(finder.text, finder.sentence.start, defendant.start)
        if took is None or not _TO_COURT_AFTER.match(finder.text, defendant.end):
            continue
        for plaintiff in finder.left_of(took.start(), ("Organization", "Person")):
            if plaintiff.name != defendant.name:
                found.append(Candidate("accuses", plaintiff, defendant, "verbs", "took ... to court", 0.65))
    return found


_MAKES_FOR = re.compile(
    r"\b(?:manufacture|manufactures|manufactured|manufacturing|make|makes|made|making|produce|produces|produced|"
    r"producing|mass-produce|mass-produces|mass-produced|mass-producing|fabricate|fabricates|fabricated|"
    r"fabricating|assemble|assembles|assembled|assembling)\s+(?:the\s+)?$"
)


def _makes_their_goods(finder: SentenceRelations) -> list[Candidate]:
    """'Samsung signed a contract to manufacture Tesla's next-generation AI6 chips': the maker supplies the company
    whose goods it makes (the goods are that company's design, not the maker's product)."""
    found = []
    for owner in finder.mentions:
        if not owner.possessive or not _org(owner) or _person(owner) or owner.kind == "reference":
            continue
        makes = _MAKES_FOR.search(finder.text, max(finder.sentence.start, owner.start - 24), owner.start)
        goods = _GOODS_AFTER.match(finder.text, owner.end, finder.sentence.end)
        if makes is None or goods is None:
            continue
        makers = finder.left_of(makes.start(), ("Organization",))
        for maker in makers[:1]:
            if not _person(maker) and maker.name != owner.name:
                found.append(Candidate("supplies", maker, owner, "verbs", makes.group().strip(), 0.6))
    return found


_ITS_USE_OF = re.compile(r"\b(?:its|their)\s+(?:use\s+of|spending\s+with)\s+(?:the\s+)?$")
_ENDED = re.compile(
    r"(?i)\b(?:wind(?:ing|s)?\s+down|wound\s+down|end(?:ed|ing|s)?|cut(?:ting|s)?|stop(?:ped|ping|s)?|halt(?:ed|ing|s)?)\b"
)


@_said("use of", "spending with")
def _its_use_of(finder: SentenceRelations) -> list[Candidate]:
    """'OpenAI said it had been winding down its use of Scale': the company used supplies the user (a use wound
    down or ended is a former one)."""
    found = []
    for supplier in finder.mentions:
        if not _org(supplier) or _person(supplier):
            continue
        its = _ITS_USE_OF.search(finder.text, max(finder.sentence.start, supplier.start - 30), supplier.start)
        if its is None:
            continue
        users = finder.left_of(its.start(), ("Organization",))
        if users and not _person(users[0]) and users[0].name != supplier.name:
            said = finder.between(users[0].end, supplier.start)
            scope = _FORMER if _ENDED.search(said) else ""
            found.append(Candidate("supplies", supplier, users[0], "nouns", its.group().strip(), 0.6, {}, scope, True))
    return found


def _both_as_subject(finder: SentenceRelations) -> list[Candidate]:
    """'Both face competition from newcomers such as X', 'Both compete with X': each of the pair named before."""
    both = _BOTH_COMPETE.match(finder.sentence.text)
    if both is None:
        return []
    first = next((m for m in finder.mentions if m.start == finder.sentence.start + both.end()), None)
    pair = _clause_subjects(finder) or _the_pair(finder)
    if first is None or pair is None:
        return []
    found = []
    label = both.group().split()[0]
    rivals = finder._expand_right(first)
    later = [m for m in finder.mentions if m.start > rivals[-1].end]
    if later and _AND_AGAIN.fullmatch(finder.between(rivals[-1].end, later[0].start)):
        rivals += finder._expand_right(later[0])
    for one in pair:
        for rival in rivals:
            if _org(rival) and not _person(rival) and rival.name != one.name:
                start = finder.sentence.start
                ref = Mention(start, start + len(label), label, one.name, one.types, "reference")
                found.append(Candidate("competes-with", ref, rival, "verbs", both.group().strip(), 0.6))
    return found


def _pair_named_here(
    finder: SentenceRelations, start: int, here: set[str], pair: tuple[Mention, Mention]
) -> tuple[Mention, Mention] | None:
    """Which two 'the two companies' at `start` means in a sentence that names companies itself: the two it
    named before the phrase ('Acme said on Monday it would buy Beta's lab, and the two companies ...'), or the
    pair from before when this sentence names at most one of them ('Acme's chief said the two companies ...')."""
    before = [m for m in finder.mentions if m.end <= start and _org(m) and not _person(m) and not is_pronoun(m)]
    named = {m.name for m in before}
    if len(named) == 2:
        return _exactly_two(before)
    if len(here) < 2 or (len(named) <= 1 and named <= {pair[0].name, pair[1].name}):
        return pair
    return None


@_said("two", "both", "pair")
def _the_two_companies(finder: SentenceRelations) -> list[Candidate]:
    """'ASML ... Mistral AI. The two companies also plan to work together': the pair named in the sentence
    before, when this one names fewer than two; 'X, which competes with both companies': X with each."""
    found: list[Candidate] = []
    if not _TWO_COMPANIES.search(finder.sentence.text):
        return found
    here = {m.name for m in finder.mentions if _org(m) and not _person(m)}
    pair = _the_pair(finder)
    for two in _TWO_COMPANIES.finditer(finder.sentence.text):
        start, end = finder.sentence.start + two.start(), finder.sentence.start + two.end()
        label = finder.text[start:end]
        named_before = [m for m in finder.mentions if m.end <= start and _org(m) and not _person(m)]
        subject = named_before[-1] if named_before else None
        others = [m for m in named_before if subject is None or m.name != subject.name]
        if len({m.name for m in others}) >= 2 and others[-2].name != others[-1].name:
            first, second = others[-2], others[-1]  # "competes with A and B, though it partners with both companies"
        elif pair is not None:
            first, second = pair
        elif both := _exactly_two(named_before):
            first, second = both  # "A paid for a fifth of B, and the two companies set up a venture"
        else:
            continue
        a = Mention(start, end, label, first.name, first.types, "reference")
        b = Mention(start, end, label, second.name, second.types, "reference")
        before = finder.text[max(finder.sentence.start, start - 30) : start]
        with_both = _WITH_BOTH.search(before)
        accusing = _ACCUSING_THE_TWO.search(before)
        named_here = len({m.name for m in others}) >= 2  # ("sued A and B, accusing the two companies": said already)
        if accusing and not named_here and subject is not None and subject.name not in (first.name, second.name):
            # "the FTC challenged the deal, accusing the two companies of agreeing ...": each is accused
            found += [Candidate("accuses", subject, one, "verbs", accusing.group().strip(), 0.6) for one in (a, b)]
        elif with_both and subject is not None and subject.name not in (first.name, second.name):
            relation = "competes-with" if "compet" in with_both.group() else "partners-with"
            found += [Candidate(relation, subject, one, "verbs", with_both.group().strip(), 0.6) for one in (a, b)]
        elif (
            (together := _TOGETHER_AFTER.match(finder.text, end))
            and not _DEAL_ENDED.search(together.group())  # "the two companies called off the deal": no partners
            and (named := _pair_named_here(finder, start, here, (first, second)))
        ):
            a = Mention(start, end, label, named[0].name, named[0].types, "reference")
            b = Mention(start, end, label, named[1].name, named[1].types, "reference")
            said = finder.text[max(finder.sentence.start, start - 20) : together.end()]  # "also plan to work together"
            found.append(Candidate("partners-with", a, b, "symmetric_nouns", label, 0.6, {}, said, True))
    return found


def _group_members(finder: SentenceRelations) -> list[Candidate]:
    """'Figma, whose backers include Index Ventures and Greylock', 'raised $1 billion from investors
    including Nvidia', 'counts Microsoft and Oracle among its partners': each member with the group's owner."""
    found: list[Candidate] = []
    for owner, group, first in _group_leads(finder):
        relation = _GROUP_RELATION[group]
        for member in _members(finder, first):
            # ("whose brands include Churchill and Green Flag": a name guessed a person's may be a brand listed)
            thing = group in _GROUP_KINDS.split() and member.kind == "guessed" and _org(member)
            if member.name == owner.name or (_person(member) and relation != "invests-in" and not thing):
                continue
            pair = (member, owner) if relation == "invests-in" or group == "suppliers" else (owner, member)
            # (what it has stays had whatever is said of it: "exploring a sale of its brands, including A")
            found.append(Candidate(relation, *pair, "possessive", group, 0.65, scope_only=group in _GROUP_KINDS))
    return found


def _group_leads(finder: SentenceRelations) -> list[tuple[Mention, str, Mention]]:
    """(owner, group, first member) of each group of a company the sentence lists."""
    leads: list[tuple[Mention, str, Mention]] = []
    if not finder.has_any(*_GROUP_CUES) or not _ANY_GROUP.search(finder.lowered):
        return leads  # most sentences name no group: skip the patterns
    text, offset = finder.sentence.text, finder.sentence.start
    for kind, cues, lead in _GROUP_LEADS:
        for found in lead.finditer(text) if finder.has_any(*cues) else ():
            start = offset + found.start()
            first = _first_after(finder, offset + found.end())
            owner = _group_owner(finder, start, kind)
            group = found.group("group").lower()
            if kind == "rivals":
                owner = (
                    _group_owner(finder, start, "clause")
                    if any(_org(m) and not _person(m) and m.end <= start for m in finder.mentions)
                    else None
                )
            if owner is None and kind in ("clause", "rivals") and group in ("rivals", "competitors") and first:
                # "Backers were asked to stay away from rivals such as A and B": the rivals of the company the
                # text is about, when the sentence names none before them
                owner = _main_company(finder)
            if first is not None and owner is not None:
                leads.append((owner, group if group.endswith("s") else group + "s", first))
    for counts in _COUNTS.finditer(text):
        first = next((m for m in finder.mentions if m.start == offset + counts.end()), None)
        owner = _group_owner(finder, offset + counts.start(), "clause")
        if first is None or owner is None:
            continue
        among = _AMONG_ITS.match(finder.text, _members(finder, first)[-1].end)
        if among is not None:
            leads.append((owner, among.group("group") or among.group("one") + "s", first))
    return leads


def _first_after(finder: SentenceRelations, position: int) -> Mention | None:
    """The name at `position`, or after a few lower-case words describing it ('private equity firm Permira')."""
    after = next((m for m in finder.mentions if m.start >= position), None)
    if after is None or not _DESCRIPTOR.fullmatch(finder.between(position, after.start)):
        return None
    if after.type == "Location":  # "U.S. investor Cerberus", "Hong Kong conglomerate CK Hutchison"
        named = next((m for m in finder.mentions if m.start >= after.end), None)
        if named is not None and _DESCRIPTOR.fullmatch(finder.between(after.end, named.start).lstrip()) and _org(named):
            return named
    return after


def _group_owner(finder: SentenceRelations, start: int, kind: str) -> Mention | None:
    """Whose group it is: the name right before ', whose', else the first company of the sentence (a regulator
    has no rivals or customers: 'The Commission fined X for favouring its service over rivals such as B')."""
    gazetteer = load_gazetteer()
    before = [
        m for m in finder.mentions if m.start <= start and _org(m) and not _person(m) and not is_authority(m, gazetteer)
    ]
    if kind == "opening":
        earlier = [m for m in finder.earlier if _org(m) and not _person(m)]
        opens = earlier and len(finder.text[finder.earlier_start : earlier[0].start].split()) <= 1
        return earlier[0] if opens else None
    if kind == "whose":
        return before[-1] if before and before[-1].end == start else None
    # "Huawei ships its chips, and Cambricon, whose shares have tripled, counts ByteDance among its customers":
    # the subject of the clause the group is in
    head = finder.text[finder.sentence.start : start]
    which = re.search(r",\s+(?:which|that)\s+(?:also\s+|now\s+|already\s+)?$", head)
    if which is not None:  # "Nebius competes with CoreWeave, which counts Microsoft among its customers"
        named = next((m for m in before if m.end == finder.sentence.start + which.start()), None)
        if named is not None and not _person(named):
            return named
    boundaries = list(re.finditer(r",\s+(?:and|but|while)\s+|;\s+", head))
    if boundaries:
        clause_start = finder.sentence.start + boundaries[-1].end()
        asides = [
            (finder.sentence.start + a.start(), finder.sentence.start + a.end()) for a in RELATIVE_ASIDE.finditer(head)
        ]
        own = [m for m in before if m.start >= clause_start and not any(s <= m.start < e for s, e in asides)]
        if own:
            return own[0]
    return before[0] if before else None


def _members(finder: SentenceRelations, first: Mention) -> list[Mention]:
    """The listed names from `first` on; 'Amazon founder Jeff Bezos' is the person, not his company."""
    members: list[Mention] = []
    current: Mention | None = first
    while current is not None:
        owned = next((m for m in finder.mentions if m.start > current.end), None) if current.possessive else None
        if (
            owned is not None
            and _org(owned)
            and OWNED_KIND_THEN_NAME.fullmatch(finder.between(current.end, owned.start))
        ):
            current = owned  # "led by Alphabet's venture arm GV": the arm invests
        person = next((m for m in finder.mentions if m.start > current.end and _person(m)), None)
        if person is not None and _MEMBER_TITLE.match(finder.between(current.end, person.start) + " "):
            current = person  # "Amazon founder Jeff Bezos"
        members.append(current)
        listed = finder._expand_right_list(current, through_possessive=True)  # "A, SoftBank's Vision Fund and B"
        current = listed[1] if len(listed) > 1 else None
    return members


_ROLE_ADJECTIVES = (
    r"(?:(?:largest|biggest|main|key|top|major|longtime|long-time|early|earlier|earliest|former|new|only|primary|preferred|"
    r"sole|second-largest|third-largest|lead|anchor|strategic|minority|majority|controlling|closest|fiercest|"
    r"biggest|chief|direct|exclusive|training|technology|infrastructure|AI|commercial|outside|institutional|"
    r"single|financial|corporate|private|global|cloud|two|three|four|five|active|activist|existing|current|"
    r"external|dominant|leading|important|significant|big|second-biggest|third-biggest|bigger|larger|smaller|"
    # the kind of tie: "Nissan's long-time alliance partner", "its main distribution partner"
    r"alliance|business|manufacturing|distribution|marketing|development|licensing|joint-venture|domestic|social|"
    # "TikTok's Chinese owner ByteDance"
    r"Chinese|American|British|French|German|Japanese|Korean|Taiwanese|Indian|Dutch|Swiss|Swedish|Canadian|"
    r"Italian|Spanish|Danish|Australian|Saudi|Emirati|U\.S\.|US|"
    # the goods a supplier sells or a customer buys: "its main chip supplier", "Samsung's biggest memory customer"
    r"chip|memory|battery|component|components|display|modem|wafer|parts|power|energy|engine|foundry|"
    # the business of an arm or unit: "Alphabet's venture arm GV", "its asset-management unit"
    r"venture|venture-capital|investment|investing|private-equity|asset-management|lending|insurance|software|"
    r"consumer|media|gaming|payments|advertising|streaming|retail|drug|logistics|satellite|defen[cs]e|mobile|"
    r"wireless|semiconductor|chipmaking|robotics|self-driving|autonomous-driving|trading|banking|research)\s+){0,3}"
)
_ROLES = (
    r"(?P<role>investor|backer|shareholder|stakeholder|owner|parent|parent\s+company|customer|client|supplier|"
    r"acquirer|buyer|cloud\s+provider|cloud\s+partner|compute\s+provider|cloud\s+computing\s+provider|partner|"
    r"rival|competitor|arm|unit|subsidiary|division)s?\b"
)
_PART_ROLES = ("arm", "unit", "subsidiary", "division")  # "X's cloud unit Y": the name follows with no comma
# ("TikTok's Chinese owner ByteDance", "Instagram's parent Meta": an owner named the same way)
_NAMED_NEXT_ROLES = (*_PART_ROLES, "owner", "parent", "parent company")
_ROLE_OF_COMPANY = re.compile(
    rf"['’]s?\s+{_ROLE_ADJECTIVES}(?:[A-Z]{{2,5}}\s+)?{_ROLES}"
)  # "Nvidia's main HBM supplier"
_ROLE_OF_ITS = re.compile(rf"\s+{_ROLE_ADJECTIVES}{_ROLES}")  # "Its biggest customer is Apple"
_AND_ROLE = re.compile(rf"\s+and\s+(?:its\s+|their\s+)?{_ROLE_ADJECTIVES}{_ROLES}")
_ROLE_RELATION = {
    "investor": ("invests-in", False),
    "backer": ("invests-in", False),
    "shareholder": ("invests-in", False),
    "stakeholder": ("invests-in", False),
    "owner": ("owns", False),
    "parent": ("owns", False),
    "parent company": ("owns", False),
    "customer": ("supplies", True),
    "client": ("supplies", True),
    "supplier": ("supplies", False),
    "acquirer": ("acquires", False),
    "buyer": ("acquires", False),
    "cloud provider": ("hosts-on", True),
    "cloud partner": ("hosts-on", True),
    "compute provider": ("hosts-on", True),
    "cloud computing provider": ("hosts-on", True),
    "partner": ("partners-with", False),
    "rival": ("competes-with", False),
    "competitor": ("competes-with", False),
    # "BlackRock's infrastructure arm Global Infrastructure Partners"
    "arm": ("owns", True),
    "unit": ("owns", True),
    "subsidiary": ("owns", True),
    "division": ("owns", True),
}
_COPULA_BEFORE = re.compile(
    r"\s*(?:,\s*(?:the\s+|one\s+of\s+)?|(?:,?\s*(?:which|who))?\s+(?:is|was|are|were|became|has\s+been|remains|is\s+also|was\s+also|"
    r"will\s+become|will\s+remain|becomes)\s+(?:already\s+|also\s+|still\s+)?(?:one\s+of\s+|among\s+)?)$"
)


_ITS_ROLE = re.compile(
    r"(?P<aside>,\s*(?:which|who)\b[^,;]{1,80},)?"  # "Amazon, which has committed $8 billion to Anthropic, remains"
    rf"\s+(?:is|was|has\s+(?:long\s+|also\s+)?been|remains|became|is\s+also|will\s+become|will\s+remain|"
    rf"(?P<plural>are|were|have\s+(?:long\s+|also\s+)?been|remain|are\s+also))\s+"
    rf"(?:also\s+|still\s+)?"
    rf"(?:one\s+of\s+|among\s+)?its\s+{_ROLE_ADJECTIVES}(?:[A-Z]{{2,5}}\s+)?{_ROLES}"
)


_MADE_BY_AFTER = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,4}?(?:that|which)?\s*$"
    r"|\s+(?:models?|chips?|apps?|products?|services?|systems?|tools?|devices?|software)\s+(?:that\s+|which\s+)?$"
)
_MADE_VERB = re.compile(
    r"\s+(?:\w+\s+)?(?:developed|built|created|designed|made|launched|released|trained|introduced|unveiled)\b"
)


def _described_as_made(finder: SentenceRelations) -> list[Candidate]:
    """'Claude Code, a coding assistant the company developed': the maker in the reduced relative clause."""
    found = []
    for product, maker in pairwise(finder.mentions):
        if "Product" not in product.types or not _org(maker) or _person(maker):
            continue
        if _MADE_BY_AFTER.fullmatch(finder.between(product.end, maker.start)) and _MADE_VERB.match(
            finder.text, maker.end
        ):
            found.append(Candidate("develops", maker, product, "verbs", "developed", 0.65))
    return found


_MADE_INTO = re.compile(
    r"\b(?:make|makes|made|making|name|names|named|naming|choose|chose|chosen|select|selected|pick|picked)\s+$"
)
_ITS_NEW_ROLE = re.compile(rf"\s+its\s+{_ROLE_ADJECTIVES}{_ROLES}")


@_said("mak", "made", "nam", "choose", "chose", "select", "pick")
def _made_its_role(finder: SentenceRelations) -> list[Candidate]:
    """'Anthropic, which agreed to make AWS its primary cloud provider', 'named AWS its training partner':
    the named company takes that role towards the company that chose it."""
    found: list[Candidate] = []
    for index, holder in enumerate(finder.mentions):
        chooser = next((m for m in reversed(finder.mentions[:index]) if _org(m) and not _person(m)), None)
        if chooser is None or not _org(holder) or _person(holder) or chooser.name == holder.name:
            continue
        if not _MADE_INTO.search(finder.text[max(finder.sentence.start, holder.start - 12) : holder.start]):
            continue
        role = _ITS_NEW_ROLE.match(finder.text, holder.end)
        if role is None:
            continue
        relation, possessor_first = _ROLE_RELATION[re.sub(r"\s+", " ", role.group("role"))]
        pair = (chooser, holder) if possessor_first else (holder, chooser)
        found.append(Candidate(relation, *pair, "possessive", "its " + role.group("role"), 0.65))
    return found


@_said("its")
def _its_roles(finder: SentenceRelations) -> list[Candidate]:
    """'Nvidia is the largest buyer, and SK Hynix has been its main HBM supplier': the holder's role towards
    the company the sentence opens with."""
    found: list[Candidate] = []
    companies = [m for m in finder.mentions if _org(m) and not _person(m)]
    for index, holder in enumerate(companies):
        role = _ITS_ROLE.match(finder.text, holder.end)
        if role is None:
            continue
        if role.group("aside"):  # 'its' is the company the aside names last
            named = [m for m in companies if holder.end < m.start and m.end <= role.end("aside")]
            owner = named[-1] if named else None
        elif index > 0:
            owner = companies[0]
        else:  # "Sequoia Capital remains its largest outside shareholder": 'its' is the company said before
            owner = _story_company(finder) or _main_company(finder)
        if owner is None or owner.name == holder.name:
            continue
        relation, possessor_first = _ROLE_RELATION[re.sub(r"\s+", " ", role.group("role"))]
        # "A and B remain its largest shareholders": each of the list the plural verb follows ('its' is none of them)
        holders = finder._expand_left(holder) if role.group("plural") else [holder]
        if len(holders) > 1 and owner.name in {m.name for m in holders}:
            owner = _story_company(finder) or _main_company(finder)
            if owner is None or owner.name in {m.name for m in holders}:
                continue
        for one in holders:
            if one.name != owner.name and _org(one) and not _person(one):
                pair = (owner, one) if possessor_first else (one, owner)
                found.append(Candidate(relation, *pair, "possessive", "its " + role.group("role"), 0.6))
    return found


_HOSTS = re.compile(r"\s+(?:already\s+|also\s+|now\s+)?(?:hosts|will\s+host|is\s+hosting)\s+$")


_ITS_NAMED_PART = re.compile(
    r"\bits\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|arm|affiliate|business|lab)\s*,?\s+$"
    r"|\b(?:through|via)\s+its\s+(?:own\s+)?$",  # "has spent heavily on gaming through its Savvy Games Group"
    re.I,
)


@_said("its")
def _its_parts(finder: SentenceRelations) -> list[Candidate]:
    """'Amazon ..., and its cloud unit Amazon Web Services trains ...': the sentence's company owns its part."""
    found: list[Candidate] = []
    companies = [m for m in finder.mentions if _org(m) and not _person(m)]
    for index, part in enumerate(companies[1:], start=1):
        its = _ITS_NAMED_PART.search(finder.text[max(finder.sentence.start, part.start - 50) : part.start])
        if its is None:
            continue
        its_start = part.start - (
            len(finder.text[max(finder.sentence.start, part.start - 50) : part.start]) - its.start()
        )
        owners = [
            m
            for m in companies[:index]
            if m.end <= its_start
            and m.kind != "reference"
            and not any(s <= m.start < e <= its_start for s, e in finder.parentheticals)
        ]
        listed = [m for m in companies[:index] if m.end <= its_start and m.kind != "reference"]
        if listed and re.fullmatch(r"\s*,\s*", finder.between(listed[-1].end, its_start)):
            owners = listed  # "set up by BlackRock, its infrastructure arm GIP, ...": the name just before
        if owners and owners[-1].name != part.name:  # 'its' is the company named last before it
            found.append(Candidate("owns", owners[-1], part, "possessive", "its unit", 0.6))
    return found


# "will use AWS's Trainium chips", "training models on Amazon's Trainium chips and on Nvidia GPUs", "fill the
# data centres with Nvidia graphics processors": the hardware's maker supplies the user, a cloud hosts it
_USE_VERB = re.compile(
    r"\b(?:use|uses|used|using|use\s+of|rel(?:y|ies|ied|ying)\s+on|train(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?on|"
    r"run(?:s|ning)?\s+(?:\w+\s+){0,3}?on|ran\s+(?:\w+\s+){0,3}?on|buy(?:s|ing)?|bought|rent(?:s|ed|ing)?|"
    r"fill(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?with|built\s+(?:with|around)|deploy(?:s|ed|ing)?)\b"
    r"(?:\s+(?!and\b|but\b)[\w$.,%-]+){0,8}?\s+(?:on\s+)?$",
    re.I,
)
_HARDWARE_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_CHIP_WORDS}|TPUs?|tensor\s+processing\s+units?|"
    r"superchips?|servers?|hardware|clusters?|systems|software|(?<=['’]s\s)(?:[A-Z][\w.-]*\s+){1,2}(?:AI\s+)?models)\b"
    r"(?!\s+(?:engineers?|designers?|makers?|units?|business|division|startup|company|industry|sales|shortages?|"
    r"exports?|plants?|factory|factories|team|teams|architects?))",  # "former Apple chip engineers": people
    re.I,
)


_USED_IN = re.compile(r"\bused\s+(?:in|by)\s+$")
_USED_BESIDE = re.compile(r"used\s+(?:alongside|with|next\s+to|together\s+with|beside)\b")
_HARDWARE_SOURCE = re.compile(r"\s+(?:from|through|via)\s+")
# "Sony, whose image sensors are used in Apple's iPhones": the goods' maker supplies their user
_WHOSE_GOODS_USED = re.compile(
    r",\s+whose\s+(?:[\w-]+\s+){1,3}(?:are|is|were|was)\s+(?:(?:\w+ly|already|also|now|still)\s+)?used\s+(?:in|by)\s+$"
)


def _chips_used(finder: SentenceRelations) -> list[Candidate]:
    found = [
        Candidate("supplies", maker, one, "verbs", "whose ... are used in", 0.55)
        for maker, user in (_neighbours_linked(finder, _WHOSE_GOODS_USED) if finder.has_any("whose") else ())
        for one in ([user] if user.possessive else _listed_after(finder, user.start))  # "used by Google and Meta"
        if _org(maker) and _org(one) and not _person(maker) and not _person(one) and maker.name != one.name
    ]
    hardware = finder.has_any(
        "chip",
        "processor",
        "gpu",
        "accelerator",
        "tpu",
        "tensor",
        "server",
        "hardware",
        "cluster",
        "models",
        "systems",
        "software",
    )
    companies = [m for m in finder.mentions if _org(m) and not _person(m)] if hardware else []
    for maker in companies:
        if is_pronoun(maker) or not _HARDWARE_AFTER.match(finder.text, maker.end):
            continue  # "rents it tensor processing units": 'it' receives them
        window_start = max(finder.sentence.start, maker.start - 90)
        window = finder.text[window_start : maker.start]
        use = _USE_VERB.search(window)
        if ";" in window or use is None or _USED_BESIDE.match(window, use.start()):
            continue  # ("the memory used alongside Nvidia's processors": goods used together, no one's use)
        user = next((m for m in companies if m.end <= maker.start and m.name != maker.name and not m.possessive), None)
        # "leased to Oracle, which is filling it with Nvidia chips": the company the relative clause is about
        relative = next(
            (
                m
                for m in reversed(companies)
                if m.end <= window_start + use.start()
                and _RELATIVE_TO_USE.fullmatch(finder.between(m.end, window_start + use.start()))
            ),
            None,
        )
        user = relative if relative is not None and relative.name != maker.name else user
        if user is None:
            continue
        if _USED_IN.search(window):  # "the supplier of memory chips used in Nvidia's accelerators": Nvidia uses them
            found.append(Candidate("supplies", user, maker, "verbs", "chips used in", 0.55))
            continue
        goods = _HARDWARE_AFTER.match(finder.text, maker.end)
        label = "uses ... models" if goods is not None and goods.group().endswith("models") else "uses ... chips"
        source = _HARDWARE_SOURCE.match(finder.text, goods.end()) if goods is not None else None
        provider = next((m for m in companies if source is not None and m.start == source.end()), None)
        if provider is not None and provider.name not in (maker.name, user.name):
            # "rents Nvidia graphics processors from CoreWeave": Nvidia's processors are CoreWeave's, rented out
            found.append(Candidate("supplies", maker, provider, "verbs", label, 0.55))
            if _a_cloud_provider(finder, provider):
                found.append(Candidate("hosts-on", user, provider, "verbs", label + " from", 0.6))
            else:
                found.append(Candidate("supplies", provider, user, "verbs", label + " from", 0.6))
            continue
        if _known_cloud(maker):
            found.append(Candidate("hosts-on", user, maker, "verbs", label, 0.6))
        else:
            found.append(Candidate("supplies", maker, user, "verbs", label, 0.6))
    return found


# "agreed to purchase an incremental $250 billion of Azure cloud services": the cloud's customer
_BUYS_CLOUD_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|spend|spends|spent|spending|"
    r"commit(?:s|ted)?\s+to|use|uses|using)\s+(?:[\w$.,-]+\s+){0,6}?(?:(?:of|on|in)\s+)?$"
)
_CLOUD_SERVICES_AFTER = re.compile(r"\s+(?:cloud\s+)?(?:services|capacity|computing|compute|credits)\b")


@_said("buy", "bought", "purchas", "spend", "spent", "commit", "use")
def _buys_cloud_services(finder: SentenceRelations) -> list[Candidate]:
    """'Acme agreed to purchase $250 billion of Azure cloud services': the buyer is hosted on the cloud named."""
    found: list[Candidate] = []
    for cloud in finder.mentions:
        if not _known_cloud(cloud) or not _CLOUD_SERVICES_AFTER.match(finder.text, cloud.end):
            continue
        bought = _BUYS_CLOUD_BEFORE.search(finder.text, max(finder.sentence.start, cloud.start - 70), cloud.start)
        if bought is None:
            continue
        for buyer in finder.left_of(bought.start(), ("Organization",))[:1]:
            if _org(buyer) and not _person(buyer) and not one_group(buyer.name, cloud.name):
                found.append(Candidate("hosts-on", buyer, cloud, "verbs", bought.group().strip(), 0.6))
    return found


_USES_JUST_BEFORE = re.compile(
    r"\b(?:uses|use|using|relies\s+on|rely\s+on|relied\s+on|deploys|deployed|licenses|licensed)\s+(?!to\s)"
    r"(?:(?:its|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)


def _known_products_after(
    finder: SentenceRelations, verb: re.Pattern[str], reach: int
) -> Iterator[tuple[Mention, Mention, re.Match[str], Mention]]:
    """Each product the gazetteer gives to a known maker, with the verb right before it (within `reach`) and the
    organisation the verb's clause opens with: (product, its maker, the verb, that organisation)."""
    gazetteer = load_gazetteer()
    for product in finder.mentions:
        known = gazetteer.entities.get(product.name)
        if known is None or known.type != "Product" or not known.owner or known.owner not in gazetteer.entities:
            continue
        said = verb.search(finder.text, max(finder.sentence.start, product.start - reach), product.start)
        party = next(iter(finder.left_of(said.start(), ("Organization",))), None) if said else None
        maker = _standing_for(product, known.owner)
        if said is not None and party is not None and _org(party) and not _person(party):
            if one_group(party.name, maker.name):
                continue  # (GitHub's product sold by Microsoft: no deal within one group)
            yield product, maker, said, party


@_said("use", "rel", "deploy", "licens")
def _uses_a_known_product(finder: SentenceRelations) -> list[Candidate]:
    """'Samsung already uses Gemini across its Galaxy phones': the known maker of a product a company uses supplies
    it (a cloud is a host, a rule of its own)."""
    return [
        Candidate("supplies", maker, user, "verbs", use.group().strip(), 0.55)
        for product, maker, use, user in _known_products_after(finder, _USES_JUST_BEFORE, 40)
        if not load_gazetteer().in_own_name(product.name)  # (a cloud or a platform run as a business)
    ]


# "Qualcomm, which has supplied iPhone modems for years": goods for a product the gazetteer gives to its maker
_SUPPLIES_GOODS_FOR = re.compile(
    r"\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|make|makes|made|making)\s+"
    r"(?:the\s+)?$"
)


@_said("suppl", "provid", "make", "made", "making")
def _goods_for_a_known_product(finder: SentenceRelations) -> list[Candidate]:
    """'Qualcomm, which has supplied iPhone modems for years': the goods go into a product whose maker the gazetteer
    knows, who is the customer."""
    return [
        Candidate("supplies", supplier, customer, "verbs", verb.group().strip(), 0.55)
        for product, customer, verb, supplier in _known_products_after(finder, _SUPPLIES_GOODS_FOR, 30)
        if re.match(rf"\s+(?:[\w-]+\s+)?{_MADE_GOODS}\b", finder.text[product.end : product.end + 40])
    ]


# "QatarEnergy will supply up to 3.5 million tonnes a year of liquefied natural gas to Germany's Uniper": goods
# measured out at length between the verb and the customer, beyond a trigger's reach
_SUPPLIED_AT_LENGTH = re.compile(
    r"\b(?:supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|ship|ships|shipped|shipping)\s+"
    r"(?P<goods>(?:up\s+to\s+|(?!to\b|which\b|that\b|stakes?\b|shares\b|units?\b|business\b|assets\b|division\b)"
    r"[^\s,;:]+\s+){5,16}?)"
    r"to\s+(?:the\s+|its\s+)?$"
)


# "Nvidia will sell 18,000 of its most advanced artificial intelligence chips to Humain": goods sold, not a company
_SOLD_GOODS_AT_LENGTH = re.compile(
    r"\b(?:sell|sells|sold|selling)\s+"
    r"(?P<goods>(?:(?!to\b|which\b|that\b|stakes?\b|shares\b|units?\b|business(?:es)?\b|assets\b|divisions?\b|"
    r"arm\b|brands?\b|operations\b|subsidiar(?:y|ies)\b|itself\b|it\b)(?:\d[\d,.]*\d|[^\s,;:]+)\s+){4,16}?)"
    r"to\s+(?:the\s+|its\s+)?$"
)
_GOODS_WORD = re.compile(
    r"\b(?:chips|processors|GPUs|accelerators|servers|engines|jets|aircraft|planes|satellites|turbines|batteries|"
    r"cells|modems|memory|equipment|systems|vehicles|trucks|tonnes|barrels|megawatts|gigawatts|doses)\b"
)


@_said("suppl", "deliver", "ship", "sell", "sold")
def _supplied_at_length(finder: SentenceRelations) -> list[Candidate]:
    """'will supply up to 3.5 million tonnes a year of LNG to Germany's Uniper': the supplier is the verb's
    subject, the customer the name after 'to' (a country's company, not the country)."""
    found: list[Candidate] = []
    for customer in finder.mentions:
        window_start = max(finder.sentence.start, customer.start - 160)
        supplied = _SUPPLIED_AT_LENGTH.search(finder.text, window_start, customer.start)
        if supplied is None:
            sold = _SOLD_GOODS_AT_LENGTH.search(finder.text, window_start, customer.start)
            supplied = sold if sold is not None and _GOODS_WORD.search(sold.group("goods")) else None
        between = [m for m in finder.mentions if supplied and supplied.start() < m.start < customer.start]
        if supplied is None or any("Product" not in m.types for m in between):
            continue  # (a product named among the goods is no party: "delivering samples of its HBM4 memory to")
        listed = _listed_after(finder, customer.start)
        customers = [m for m in listed if _org(m) and not _person(m) and m.type != "Location"]
        for supplier in finder.left_of(supplied.start(), ("Organization",))[:1]:
            for one in customers:
                if one.name != supplier.name:
                    found.append(Candidate("supplies", supplier, one, "verbs", "supply ... to", 0.55))
    return found


# "Cerebras said its processors are now used by Mistral AI", "Nvidia's GPUs are used by Meta and Tesla": the
# goods' maker supplies whoever is said to use them
_GOODS_USED_BY = re.compile(
    r"(?:['’]s?|\b[Ii]ts|\b[Tt]heir)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:chips?|processors?|GPUs?|accelerators?|servers?|semiconductors|batteries|battery\s+cells|cells|sensors?|"
    r"components?|engines?|modems?|memory|displays?|panels?|equipment|hardware|parts|turbines?|tools)\s+"
    r"(?:are|is|were|was|have\s+been|has\s+been|will\s+be|would\s+be)\s+"
    r"(?:(?:now|also|already|widely|still|increasingly|currently)\s+)?(?:used|deployed|bought|purchased)\s+by\s+"
)
_SAID_AFTER = re.compile(
    r",\s+(?:the\s+company\s+)?(?:said|says|added|noted)\b|,\s+(?:[A-Z][\w-]*\s+){1,3}(?:said|says)\b"
)


@_said(" used by", " deployed by", " bought by", " purchased by")
def _goods_used_by(finder: SentenceRelations) -> list[Candidate]:
    """'Cerebras said its processors are now used by Mistral AI', 'Its chips are used by Meta and Tesla, Nvidia
    said': the company whose goods they are (named with 's, or the subject that 'its' stands for, or the speaker
    after) supplies each user named."""
    found: list[Candidate] = []
    for used in _GOODS_USED_BY.finditer(finder.text, finder.sentence.start, finder.sentence.end):
        users = [m for m in _listed_after(finder, used.end()) if _org(m) and not _person(m)]
        tail = _SAID_AFTER.search(finder.text, users[0].end, finder.sentence.end) if users else None
        users = [m for m in users if tail is None or m.end <= tail.start()]  # not the speaker of ", Nvidia said"
        if not users:
            continue
        if used.group().startswith(("'", "’")):
            maker = next((m for m in finder.mentions if m.end == used.start() and m.possessive), None)
        else:
            at = next((m for m in finder.mentions if m.start == used.start() and m.kind == "reference"), None)
            subject = finder.left_of(used.start(), ("Organization",))
            opening = finder._clause_subject(("Organization",))  # "Cerebras said its processors ..."
            if not subject and opening is not None and opening.end <= used.start():
                subject = [opening]
            speaker = None
            if not subject and at is None:
                speaker = next((m for m in finder.mentions if tail and tail.start() < m.start < tail.end()), None)
            maker = at or (subject[0] if subject else None) or speaker
        if maker is None or not _org(maker) or _person(maker) or maker.type == "Product":
            continue
        for user in users:
            if user.name != maker.name:
                found.append(Candidate("supplies", maker, user, "verbs", "goods ... used by", 0.55))
    return found


_RELATIVE_TO_USE = re.compile(r"\s*,\s*(?:which|that)\s+(?:[a-z]+\s+){0,2}")
# "agreed to pay CoreWeave up to $14.2 billion for computing capacity": the payer is hosted on the payee
_PAYS_FOR_CAPACITY = re.compile(
    r"\s+(?:[\w$.,%-]+\s+){0,6}?for\s+(?:\w+\s+){0,2}?(?:computing|compute|cloud|capacity|GPUs?|servers)\b", re.I
)


@_said("comput", "cloud", "capacity", "gpu", "servers")
def _capacity_paid(finder: SentenceRelations) -> list[Candidate]:
    found: list[Candidate] = []
    for payer, payee in pairwise(finder.mentions):
        if not (_org(payer) and _org(payee)) or _person(payer) or payer.name == payee.name:
            continue
        gap = finder.between(payer.end, payee.start)
        paying = _PAYS.fullmatch(gap) or _PAYS_AFTER_WORDS.fullmatch(gap)
        if paying and _PAYS_FOR_CAPACITY.match(finder.text, payee.end):
            found.append(Candidate("hosts-on", payer, payee, "verbs", "pays ... for capacity", 0.65))
    return found


def _hosts(finder: SentenceRelations) -> list[Candidate]:
    """'Oracle hosts TikTok's user data', 'Azure hosts OpenAI's models': the one hosted runs on the host."""
    found = []
    for host, hosted in pairwise(finder.mentions):
        if (
            hosted.kind == "known"
            and _org(host)
            and not _person(host)
            and _HOSTS.fullmatch(finder.between(host.end, hosted.start))
        ):
            found.append(Candidate("hosts-on", hosted, host, "verbs", "hosts", 0.6))
    return found


# "VodafoneThree picked Ericsson and Nokia to supply radio equipment": each chosen supplier supplies the chooser
_CHOSEN = re.compile(r"\b(?:picked|chose|chosen|selected|tapped|hired|enlisted|named)\s+$", re.I)
_TO_SUPPLY = re.compile(
    r"\s+(?:as\s+(?:its\s+)?(?:\w+\s+)?suppliers?\b|to\s+(?:supply|provide|build|make|manufacture|deliver|produce)\b)"
)


@_said("picked", "chose", "selected", "tapped", "hired", "enlisted", "named")
def _chosen_suppliers(finder: SentenceRelations) -> list[Candidate]:
    found: list[Candidate] = []
    for first in finder.mentions:
        if not _CHOSEN.search(finder.text[max(finder.sentence.start, first.start - 30) : first.start]):
            continue
        chosen = _members(finder, first)
        if not _TO_SUPPLY.match(finder.text, chosen[-1].end):
            continue
        buyers = [m for m in finder.mentions if m.end <= first.start and _org(m) and not _person(m)]
        for supplier in chosen if buyers else []:
            if _org(supplier) and not _person(supplier) and supplier.name != buyers[0].name:
                found.append(Candidate("supplies", supplier, buyers[0], "verbs", "picked ... to supply", 0.6))
    return found


def _possessive_roles(finder: SentenceRelations) -> list[Candidate]:
    """'Microsoft, OpenAI's largest investor', 'OpenAI's biggest backer, Microsoft', 'Microsoft is CoreWeave's
    biggest customer': the named company holds that role towards the possessor."""
    found = []
    for company in finder.mentions:
        its = company.kind == "reference" and company.text == "Its"
        role = finder.right_after(company, _ROLE_OF_ITS if its else _ROLE_OF_COMPANY) if company.possessive else None
        if role is None or not _org(company) or _person(company):
            continue
        after = next((m for m in finder.mentions if m.start >= role.end()), None)
        before = [m for m in finder.mentions if m.end <= company.start]
        holder = None
        # "OpenAI's biggest backer, Microsoft", "Intel's biggest rivals in contract manufacturing, TSMC and Samsung",
        # "Ampere's two main shareholders, private equity firm Carlyle and Oracle"
        gap = finder.between(role.end(), after.start) if after is not None else ""
        if after is not None and (
            re.fullmatch(
                r"(?:\s+(?:in|for|among)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,\s*"
                # ("Calpine's owners, led by private equity firm Energy Capital Partners")
                r"(?:(?:led\s+by|including|notably|chiefly)\s+)?"
                r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:firm|company|group|fund|giant|maker|investor|bank|conglomerate)\s+)?",
                gap,
            )
            or (gap == " " and role.group("role") in _NAMED_NEXT_ROLES and not role.group().endswith("s"))
            # "Its biggest customer is Apple"
            or (its and re.fullmatch(r"\s+(?:is|was|remains|became|has\s+been)\s+(?:still\s+)?", gap))
        ):
            holder = after
        elif before and _COPULA_BEFORE.fullmatch(finder.between(before[-1].end, company.start)):
            holder = before[-1]
        else:  # "Sam Altman, the ChatGPT maker's chief executive, is one of Reddit's largest shareholders"
            holder = next(
                (
                    m
                    for m in reversed(before)
                    if _COPULA_BEFORE.fullmatch(_LEADING_APPOSITION.sub(" ", finder.between(m.end, company.start)))
                    and re.search(
                        r"\b(?:is|was|are|were|became|has\s+been|remains)\b", finder.between(m.end, company.start)
                    )
                ),
                None,
            )
        investor = (
            holder is not None and _person(holder) and role.group("role") in ("investor", "backer", "shareholder")
        )
        if holder is None or holder.name == company.name:
            continue
        if not investor and (not _org(holder) or _person(holder)):
            continue
        # "A and B, X's rivals", "X's rivals, A and B"
        holders = finder._expand_left(holder) if holder is not after else finder._expand_right_list(holder)
        roles = [role]
        while (more := _AND_ROLE.match(finder.text, roles[-1].end())) is not None:
            roles.append(more)  # "its primary cloud provider and training partner"
        for each in roles:
            relation, possessor_first = _ROLE_RELATION[re.sub(r"\s+", " ", each.group("role"))]
            trigger = re.sub(r"^\s*and\s+", "", _without_possessive(each.group()))
            for one in holders:
                if one.name != company.name and ((_org(one) and not _person(one)) or investor):
                    pair = (company, one) if possessor_first else (one, company)
                    found.append(Candidate(relation, *pair, "possessive", trigger, 0.65))
    return found


# "CureVac sued BioNTech and its US partner Pfizer", "Acme and its longtime rival Orvane": the role is towards
# the company named just before 'and its'
_AND_ITS_ROLE = re.compile(rf"\s+and\s+its\s+{_ROLE_ADJECTIVES}(?:[A-Z]{{2,5}}\s+)?{_ROLES}\s*,?\s*")


@_said("and its")
def _and_its_role(finder: SentenceRelations) -> list[Candidate]:
    """'BioNTech and its US partner Pfizer': the second company holds that role towards the first."""
    found: list[Candidate] = []
    for first in finder.mentions:
        role = _AND_ITS_ROLE.match(finder.text, first.end)
        second = next((m for m in finder.mentions if role is not None and m.start == role.end()), None)
        if role is None or second is None or role.group("role").endswith("s"):
            continue
        if not all(_org(m) and m.types != ("Person",) for m in (first, second)):
            continue
        # ('its' says both are companies, whatever their names' shape: "Kestrel Soft and its rival Pine Software")
        first, second = _as_organisation(first), _as_organisation(second)
        relation, possessor_first = _ROLE_RELATION[re.sub(r"\s+", " ", role.group("role"))]
        if first.name != second.name and second.types[0] != "Product":
            pair = (first, second) if possessor_first else (second, first)
            found.append(Candidate(relation, *pair, "possessive", role.group().strip(" ,"), 0.6))
    return found


# "Sequoia Capital and Index Ventures are among its earlier backers": 'its' is the company named before them
_AMONG_ITS_ROLES = re.compile(
    rf"\s+(?:are|is|were|was|remain|remains)\s+(?:also\s+)?(?:still\s+)?among\s+its\s+{_ROLE_ADJECTIVES}{_ROLES}"
)


@_said("among its")
def _among_its_roles(finder: SentenceRelations) -> list[Candidate]:
    """'Wiz raised $1 billion, and A and B are among its earlier backers': A and B hold that role towards the
    company named before them in the sentence, or failing one the company the sentence before opened on."""
    found: list[Candidate] = []
    for last in finder.mentions:
        among = _AMONG_ITS_ROLES.match(finder.text, last.end)
        if among is None or not _org(last) or _person(last):
            continue
        holders = finder._expand_left(last)
        before = [m for m in finder.mentions if m.end <= holders[0].start and _org(m) and not _person(m)]
        earlier = [m for m in finder.earlier if _org(m) and not _person(m) and m.type != "Product"]
        # ("it raised money in a round led by A and B, and C and D are among its backers": the clause's subject)
        subject = finder._clause_subject(("Organization",))
        first = subject if subject is not None and subject in before and not _person(subject) else None
        owner = first or (before[-1] if before else earlier[0] if earlier else None)
        if owner is None or owner.type == "Product":
            continue
        relation, possessor_first = _ROLE_RELATION[re.sub(r"\s+", " ", among.group("role"))]
        for one in holders:
            if one.name != owner.name and _org(one) and not _person(one):
                pair = (owner, one) if possessor_first else (one, owner)
                found.append(Candidate(relation, *pair, "possessive", among.group().strip(), 0.55))
    return found


# "xAI, which Musk launched in 2023", "OpenAI, which he co-founded in 2015 and left": the founder's company
_FOUNDED_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:co-?founded|founded|launched|started|set\s+up|created|established|runs|ran|leads|led|"
    r"heads|headed|chairs|chaired)\b(?P<left>[^,;]{0,40}?\band\s+(?:later\s+)?left\b)?"
)


@_said("which", "that")
def _which_they_founded(finder: SentenceRelations) -> list[Candidate]:
    """'xAI, which Musk launched in 2023, ...': the company employs the one who founded or runs it ('and left':
    no longer)."""
    found: list[Candidate] = []
    for company, person in pairwise(finder.mentions):
        if not _COMMA_WHICH.fullmatch(finder.between(company.end, person.start)):
            continue
        founded = _FOUNDED_AFTER.match(finder.text, person.end)
        if founded is None or person.types[0] != "Person" or not _org(company) or _person(company):
            continue
        trigger = founded.group().split(" and ")[0].strip()
        left = "no longer" if founded.group("left") else ""  # (a cue of its own: 'left' dates nothing)
        found.append(Candidate("employs", company, person, "verbs", f"which ... {trigger}", 0.6, {}, left))
    return found


# "Apple hired P to take over the work, reporting to software chief Craig Federighi": the boss is the hirer's
_REPORTING_TO = re.compile(r"\breporting\s+(?:directly\s+)?to\s+(?:its\s+|the\s+company['’]s\s+)?$")


@_said("reporting to")
def _reporting_to(finder: SentenceRelations) -> list[Candidate]:
    """'Apple hired P ..., reporting to software chief Craig Federighi': the company the sentence opens on employs
    the one reported to, named by a bare title."""
    found: list[Candidate] = []
    for title in finder.titles:
        start = finder.sentence.start + title.start()
        if not _REPORTING_TO.search(finder.text, max(finder.sentence.start, start - 40), start):
            continue
        boss = next((m for m in finder.mentions if m.start >= start), None)
        if (
            boss is None
            or boss.types[0] != "Person"
            or finder.between(finder.sentence.start + title.end(), boss.start).strip(" ,")
        ):
            continue
        opener = next((m for m in finder.mentions if _org(m) and not _person(m) and m.type != "Location"), None)
        if opener is not None and opener.end <= start:
            role = {"role": title.group()}  # (the post held now: no word between the two dates it)
            found.append(Candidate("employs", opener, boss, "roles", title.group(), 0.5, role, "", True))
    return found


# "Dave Brailsford, its director of sport, is expected to ...": 'its' is the company named before the person
_ITS_POST_AFTER = re.compile(r"\s*,\s+its\s+(?:(?:new|former|longtime|long-time|current|interim)\s+)?")


@_said("its")
def _person_its_post(finder: SentenceRelations) -> list[Candidate]:
    """'P, its director of sport, ...': the company 'its' stands for (named before P in the sentence, else the one
    the sentence before is about) employs P."""
    found: list[Candidate] = []
    for person in finder.mentions:
        its = _ITS_POST_AFTER.match(finder.text, person.end) if person.types[0] == "Person" else None
        title = next((t for t in finder.titles if its and finder.sentence.start + t.start() == its.end()), None)
        if its is None or title is None:
            continue
        after = finder.text[finder.sentence.start + title.end() :]
        if not re.match(r"(?:\s+(?:of|for)\s+[a-z][\w\s-]{0,30}?)?\s*,", after):
            continue  # (the post closes the apposition)
        before = [m for m in finder.mentions if m.end <= person.start and _org(m) and not _person(m)]
        before = [m for m in before if m.type not in ("Product", "Location")]
        owner = before[-1] if before else _story_company(finder)
        if owner is not None and not _person(owner):
            qualifiers = {"role": title.group()}
            said = its.group()  # ("P, its former chief executive": the post's own words date it)
            found.append(
                Candidate("employs", owner, person, "roles", f"its {title.group()}", 0.55, qualifiers, said, True)
            )
    return found


_ITS_TITLE = re.compile(r"\bits\s+(?:(?:new|former|next|interim|incoming|outgoing|first|current)\s+)?$", re.I)


_APPOSITION_WHO = re.compile(
    r",\s+(?:a|an|the)\s+[^,;]*\bwho\s+(?:became|becomes|is|was|has\s+been|will\s+become|is\s+now)\s+"
)


def _its_titles(finder: SentenceRelations) -> list[Candidate]:
    """'Intel said Jane Roe will become its chief executive': the company 'its' stands for employs her."""
    found: list[Candidate] = []
    if len(finder.mentions) < 2 or "its" not in finder.sentence.text.lower():
        return found  # a person, a company and 'its' are needed
    for title in finder.titles:
        start = finder.sentence.start + title.start()
        its = _ITS_TITLE.search(finder.text[max(finder.sentence.start, start - 20) : start])
        if its is None:
            continue
        its_start = start - len(its.group())
        end = finder.sentence.start + title.end()
        following = next((m for m in finder.mentions if m.start >= end), None)
        if (
            following is not None
            and _person(following)
            and re.fullmatch(r"(?:\s+and\s+[a-z][a-z\s-]{0,40}?)?,?\s*", finder.between(end, following.start))
        ):
            # "Meta has hired its founder and chief executive, Alexandr Wang": the company named last before 'its'
            owners = [m for m in finder.mentions if m.end <= its_start and _org(m) and not _person(m)]
            owners = [m for m in owners if m.type != "Product"]
            if owners:
                role = title.group()
                # ("X, whose ..., will join Y's group, and its chief executive P will lead": a new clause's 'its' is
                # the sentence subject's)
                new_clause = re.search(
                    r"(?:,\s+(?:and|but|while)|;)\s+$", finder.text[finder.sentence.start : its_start]
                )
                listed = re.fullmatch(r",\s*(?:which|who)\b[^,;]*,\s+and\s+", finder.between(owners[-1].end, its_start))
                owner = owners[0] if new_clause and not listed else owners[-1]  # "OpenAI, which ..., and its CEO"
                found.append(Candidate("employs", owner, following, "roles", role, 0.6, {"role": role}))
            continue
        people = [m for m in finder.mentions if m.end <= its_start and _person(m)]
        gap = finder.between(people[-1].end, its_start) if people else ""
        # "under Jane Roe, a former Orvane advertising chief who became its CEO": a longer apposition, then 'who'
        limit = 10 if _APPOSITION_WHO.fullmatch(gap) else 6
        if not people or len(gap.split()) > limit:
            continue
        if re.search(r"[;]|\.\s", finder.between(people[-1].end, its_start)):
            continue
        person = people[-1]
        companies = [m for m in finder.mentions if m.end <= person.start and _org(m) and not _person(m)]
        companies = [m for m in companies if m.type != "Product"]
        if companies:
            phrase = finder.between(person.end, finder.sentence.start + title.end())  # "will become its CEO"
            company = companies[0]
            if _APPOSITION_WHO.fullmatch(gap):  # "..., and Snowflake has leaned into AI under P, a ... who became its"
                phrase, company = phrase[phrase.rfind(" who ") + 1 :], companies[-1]
            found.append(
                Candidate("employs", company, person, "roles", title.group(), 0.6, {"role": title.group()}, phrase)
            )
    return found


_ACQUISITION_WAS = re.compile(
    r"['’]s?\s+(?:(?:first|latest|biggest|largest|second|third|most\s+recent|newest|last|only)\s+){0,2}"
    r"(?:acquisition|purchase|takeover)\s+(?:was|is|will\s+be|became)\s+(?:of\s+|that\s+of\s+)?(?:the\s+)?"
)


def _acquisition_was(finder: SentenceRelations) -> list[Candidate]:
    """'Acme's first acquisition was Harbor Lane Software': the possessor bought the company named."""
    found = []
    for buyer, lead, bought in _possessive_leads(finder, _ACQUISITION_WAS):
        if _org(bought) and bought.name != buyer.name:
            found.append(Candidate("acquires", buyer, bought, "possessive", _without_possessive(lead.group()), 0.7))
    return found


_SUCCESSOR = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:as\s+)?(?:the\s+)?successor(?:[\s-]+in[\s-]+interest)?\s+(?:by|through)\s+"
    r"(?:merger|consolidation|amalgamation)\s+(?:to|with)\s+(?:the\s+)?",
    re.I,
)


@_said("successor")
def _successors_by_merger(finder: SentenceRelations) -> list[Candidate]:
    """'Acme Bank, National Association, as successor by merger to Beta Bank': the named survivor took the
    other company over (only the name right before the phrase, not a list of parties before it)."""
    found: list[Candidate] = []
    for survivor in finder.mentions:
        phrase = finder.right_after(survivor, _SUCCESSOR)
        if phrase is None or not _org(survivor) or survivor.types == ("Person",):
            continue
        merged = next((m for m in finder.mentions if m.start == phrase.end() and _org(m)), None)
        if merged is not None and merged.name != survivor.name:  # both are companies, whatever their shape
            pair = _as_organisation(survivor), _as_organisation(merged)
            found.append(Candidate("acquires", *pair, "verbs", phrase.group().strip(" ,("), 0.7))
    return found


_WHERE_SERVED = re.compile(
    r"(?:\s*\([^()]{1,80}\))?\s*,\s*where\s+(?:he|she|they|Mr\.\s+\w+|Ms\.\s+\w+)\s+(?:most\s+recently\s+|also\s+|previously\s+)?"
    r"(?:served|serves|was|worked|held|has\s+served|had\s+served|has\s+held|led)\b",
    re.I,
)


def _addressed(finder: SentenceRelations, place: Mention) -> Mention:
    """'SCI Group, Cedar Rapids, Iowa, where he worked': the company whose address ends at `place`."""
    found = place
    for earlier in reversed([m for m in finder.mentions if m.end <= place.start]):
        if not re.fullmatch(r",\s*(?:[A-Z][\w.-]*\s*)*,\s*|,\s*", finder.between(earlier.end, found.start)):
            break
        found = earlier
        if not re.fullmatch(r"(?:[A-Z][a-z]+\s*){1,2}", earlier.text):
            break  # "Acme Corp." is no town
    return found


def _bio_subject(finder: SentenceRelations, before: int) -> Mention | None:
    """The person a biography sentence is about: its first mention, a person, opening the sentence."""
    first = next(iter(finder.mentions), None)
    if first is None or first.types[0] != "Person" or first.end > before:
        return None
    if len(finder.between(finder.sentence.start, first.start).split()) > 6 or ";" in finder.between(first.end, before):
        return None  # "Since 2010, Mr. Roe ..." opens it; a clause after ';' has its own subject
    return first


@_said("where")
def _where_served(finder: SentenceRelations) -> list[Candidate]:
    """'Mr. Roe was at Acme, where he served as Treasurer, and Beta Corp., where he served as Controller':
    each company named before 'where he served' employed the sentence's person."""
    found: list[Candidate] = []
    for org in finder.mentions:
        where = finder.right_after(org, _WHERE_SERVED)
        if where is None or not _org(org) or org.types == ("Person",):
            continue
        org = _addressed(finder, org)
        person = _bio_subject(finder, org.start)
        if person is not None and person is not org:  # "Beta Partners, where he ...": a company, by context
            cue = where.group().strip(" ,")
            found.append(Candidate("employs", _as_organisation(org), person, "passives", cue, 0.7))
    return found


_AS_TITLED = re.compile(
    r"\b(?:as|is|was|has\s+been|had\s+been|became)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w&,-]+\s+){0,5}?$", re.I
)
# "Treasurer of Acme", "a Managing Director in the investment banking division of Acme"
_TITLE_OF = re.compile(
    r"\s+(?:in\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:division|group|department|unit|practice|office)\s+)?"
    r"(?:of|at|for|with)\s+(?:the\s+)?"
)
_AND_AS = re.compile(r"\band\s+(?:[\w,]+\s+){0,4}?as\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w&,-]+\s+){0,5}?$", re.I)
_POSSESSOR_OF_TITLE = re.compile(r"['’]s?\s+(?:(?:new|next|interim|permanent)\s+)?")
_AS_BEFORE = re.compile(r"\bas\s+$")
_SUCCEEDS = re.compile(r"\b(?:succeed|succeeds|succeeded|replace|replaces|replaced|succeeding|replacing)\s+$", re.I)


def _bio_titles(finder: SentenceRelations) -> list[Candidate]:
    """'Jane Roe has served on our board since 2015 and as Chief Executive Officer of Acme since 2010',
    'Jane Roe succeeded John Poe as president of Acme': the title after 'as' is the sentence's person's,
    however far she is named before it."""
    found: list[Candidate] = []
    if len(finder.mentions) < 2:
        return found
    for title in finder.titles:
        start, end = finder.sentence.start + title.start(), finder.sentence.start + title.end()
        as_ = _AS_TITLED.search(finder.text, max(finder.sentence.start, start - 60), start)
        of = _TITLE_OF.match(finder.text, end, finder.sentence.end)
        # "succeed P as Acme's chief executive": the company said before the title
        whose = next((m for m in finder.mentions if _POSSESSOR_OF_TITLE.fullmatch(finder.between(m.end, start))), None)
        as_whose = (
            _AS_BEFORE.search(finder.text, max(finder.sentence.start, whose.start - 4), whose.start)
            if whose is not None and whose.possessive and _org(whose) and not _person(whose)
            else None
        )
        if as_whose is not None and of is None:
            as_, org = as_whose, whose
        elif as_ is None or of is None or re.search(r"[;()]|\.\s", as_.group()):
            continue
        else:
            org = _organisation_at(finder, of.end())
        as_start = as_.start()
        person = _bio_subject(finder, as_start)
        if org is None or person is None:
            continue
        others = [m for m in finder.mentions if person.end <= m.start < as_start]
        if any(
            m.types[0] == "Person" and not _SUCCEEDS.search(finder.text[max(0, m.start - 16) : m.start]) for m in others
        ):
            continue  # another person is the one 'as ...' describes
        if any(m.types[0] != "Person" for m in others) and not _AND_AS.search(finder.text, 0, as_.end()):
            continue  # "Jane Roe said Beta is a partner of Acme": Beta, not she, is what the title describes
        phrase = finder.between(person.end, end)
        found.append(Candidate("employs", org, person, "roles", title.group(), 0.65, {"role": title.group()}, phrase))
    return found


_PART_WORDS = ("subsidiar", "unit", "affiliate", "division", "arm", "operator", "business", "brand", "chain")
_ITS_PART = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s*,\s*(?:(?:which\s+(?:is|are)|now|both|each|all)\s+)?(?P<its>(?:its|their)\s+)?"
    r"(?P<kind>(?:(?:wholly|majority|indirect|direct|principal|operating|main|primary|former|new|own|[\w-]*owned|"
    r"[a-z][a-z-]+)[\s-]*){0,3}?)(?:subsidiary|subsidiaries|unit|affiliate|division|arm|(?<=own\s)(?:operator|business|brand|chain))"
    r"\b(?!\s+of\b)",
    re.I,
)
# "Markel Group, which includes A and B, wholly-owned subsidiaries": the company the list hangs on
_LIST_OWNER = re.compile(
    r"\s*,\s*(?:which\s+(?:includes?|included|comprises?|owns?|operates?)|including|comprising|through|via)\s+"
    r"(?:the\s+)?$",
    re.I,
)


@_said(*_PART_WORDS)
def _its_subsidiary_after(finder: SentenceRelations) -> list[Candidate]:
    """'Acme conducts its business through Beta LLC, its wholly-owned subsidiary' (the company 'its' stands
    for, the sentence's first, owns it); 'Acme, which includes Beta and Gamma, wholly-owned subsidiaries'
    (the company the list hangs on owns each)."""
    found: list[Candidate] = []
    if "," not in finder.sentence.text:
        return found
    listable = finder._listable()
    for owned in listable:
        part = finder.right_after(owned, _ITS_PART)
        if part is None or not _org(owned) or owned.types == ("Person",):
            continue
        named = next((m for m in finder.mentions if m.start >= part.end()), None)
        if named is not None and re.fullmatch(r"\s+", finder.between(part.end(), named.start)):
            continue  # "BlackRock, its infrastructure arm Global Infrastructure Partners": the part is named after
        group = finder._expand_left(owned) if part.group().lower().rstrip().endswith("subsidiaries") else [owned]
        earlier = [m for m in finder.mentions if m.end <= group[0].start]
        if part.group("its"):
            owners = [m for m in earlier if _org(m) and not _person(m) and m.type != "Product"]
        elif "owned" in part.group("kind").lower() and earlier:
            described = _LIST_OWNER.fullmatch(finder.between(earlier[-1].end, group[0].start))
            owners = [earlier[-1]] if described and _org(earlier[-1]) and not _person(earlier[-1]) else []
        else:
            owners = []
        cue = part.group().strip(" ,")
        for member in group if owners else []:
            if member.name != owners[0].name and _org(member):
                found.append(
                    Candidate(
                        "owns", owners[0], _as_organisation(member), "nouns", cue, 0.65, scope=cue, scope_only=True
                    )
                )
    return found


_A_COMPANY_OF = re.compile(r"\s*,\s*(?:a|an|the)\s+$")
# "Beta Foods, a Berkshire Hathaway company,", "Isomorphic Labs, the Alphabet AI unit run by ..."
_COMPANY_NOUN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:company|subsidiary|unit|business|affiliate|portfolio\s+company|arm|division)\b"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:since|that|which|run|led|headed)\b)"
)


def _a_company_of(finder: SentenceRelations) -> list[Candidate]:
    """'Beta Foods, a Berkshire Hathaway company, ...', 'Isomorphic Labs, the Alphabet unit run by P': the company
    named in the apposition owns the one before it."""
    found = []
    for parent in finder.mentions:
        noun = finder.right_after(parent, _COMPANY_NOUN)
        earlier = [m for m in finder.mentions if m.end <= parent.start]
        if noun is None or not earlier or not _A_COMPANY_OF.fullmatch(finder.between(earlier[-1].end, parent.start)):
            continue
        owned = earlier[-1]
        companies = all(_org(m) and m.types != ("Person",) for m in (parent, owned))
        if companies and owned.name != parent.name and not parent.possessive:
            pair = _as_organisation(parent), _as_organisation(owned)
            found.append(Candidate("owns", *pair, "nouns", noun.group().strip(), 0.65))
    return found


_DEAL_BY = re.compile(r"\b(?:acquisition|purchase|takeover|buyout)\s+by\s+(?:the\s+)?$", re.I)
_OF_AFTER_AGENT = re.compile(r"\s+of\s+(?:the\s+)?")


@_said("acquisition", "purchase", "takeover", "buyout")
def _acquisition_by(finder: SentenceRelations) -> list[Candidate]:
    """'the acquisition by Acme of Beta': the agent is named before the company bought."""
    found: list[Candidate] = []
    for buyer in finder.mentions:
        deal = _DEAL_BY.search(finder.text[max(finder.sentence.start, buyer.start - 30) : buyer.start])
        of = _OF_AFTER_AGENT.match(finder.text, buyer.end) if deal else None
        bought = _organisation_at(finder, of.end()) if of else None
        if deal and bought is not None and _org(buyer) and buyer.name != bought.name:
            found.append(Candidate("acquires", buyer, bought, "nouns", deal.group().strip(), 0.7))
    return found


_PART_NOUN = r"(?:unit|subsidiary|division|arm|affiliate|business|segment|subsidiaries)"
# the part noun ends its phrase: "Acme's freight unit, Beta" (not "Acme's business partner")
_PHRASE_END = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:is|was|has|had|have|are|were|said|says|will|would|which|that|reported|posted|"
    r"announced|and|in|on|to|for)\b)"
)
_POSSESSED_PART = re.compile(
    # ("UniCredit's Munich-based German subsidiary": a home town and a nationality describe the part too)
    rf"['’]s?\s+(?:(?:[a-z][\w-]*|[A-Z]{{2,4}}|[A-Z][a-z]+-based|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){{0,3}}?"
    rf"{_PART_NOUN}\b{_PHRASE_END}(?P<comma>\s*,\s*)?"
)
# ("Hasbro's Wizards of the Coast games unit": a word for the unit's trade before the part)
_NAMED_PART = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_PART_NOUN}\b{_PHRASE_END}")


# what may follow 'Google's DeepMind' for the possessive to be ownership: the end of the phrase, a verb,
# another name, or a word for a part ('Volkswagen's Audi and Porsche brands'); not 'Microsoft's OpenAI stake'
_PLURAL_PARTS = re.compile(r"\s+(?:units|brands|divisions|subsidiaries|arms|labs|businesses|labels|studios)\b")
_OWNED_NAME_END = re.compile(
    r"(?:\s*[,.;:)]|\s+(?:and\s+[A-Z]|unit|units|brand|brands|division|subsidiary|arm|lab|labs|business|"
    r"(?:is|was|are|were|has|had|will|would|said|says|can|could|did|does|also|pays|owns|runs|makes|sells|holds|"
    r"operates|offers|plans|wants|needs|agrees|remains|becomes|became|won|paid|made|sold|held|ran)\b|[a-z]+ed\b)|\s*$)"
)


# "Kestrel Soft's flagship product, Quill,", "its best-selling drug, Zentor,": the maker's product named after it
_FLAGSHIP_PRODUCT = re.compile(
    r"['’]s?\s+(?:(?:flagship|best-selling|top-selling|biggest|main|core|key|newest|latest|first|most\s+popular|"
    r"experimental|blockbuster)\s+){1,2}(?:product|drug|medicine|game|model|app|service|chip|processor|vehicle|"
    r"car|phone|smartphone|device|software|platform|vaccine|treatment|pill)\s*,?\s+$"
)


@_said(
    "flagship",
    "best-selling",
    "top-selling",
    "biggest",
    "main",
    "core",
    "key",
    "newest",
    "latest",
    "first",
    "most popular",
    "experimental",
    "blockbuster",
)
def _flagship_products(finder: SentenceRelations) -> list[Candidate]:
    """'Kestrel Soft's flagship product, Quill, is used by ...': the possessor develops the product named."""
    found: list[Candidate] = []
    for owner, product in pairwise(finder.mentions):
        if not owner.possessive or not _org(owner) or owner.types == ("Person",) or product.types[0] == "Person":
            continue  # (a product of its own says the possessor is a company: "Kestrel Soft's flagship product")
        if product.name != owner.name and _FLAGSHIP_PRODUCT.fullmatch(finder.between(owner.end, product.start)):
            maker = _as_organisation(owner)
            found.append(Candidate("develops", maker, _as_product(product), "possessive", "'s ... product", 0.6))
    return found


def _possessive_names(finder: SentenceRelations) -> list[Candidate]:
    """'a co-founder of Google's DeepMind', 'BT's EE', 'Volkswagen's Audi and Porsche brands': a company's
    company is its own."""
    found = []
    for owner, owned in pairwise(finder.mentions):
        if not owner.possessive or owner.kind == "reference" or not _org(owner) or _person(owner):
            continue
        if owned.types[0] != "Organization" or owned.name == owner.name:
            continue
        if (
            owner.kind == "guessed"
            and owned.kind == "guessed"
            and " " not in owner.text + owned.text
            and sum(m.name == owner.name for m in finder.document) == 1
        ):
            continue  # "Assassin's Creed", "Baldur's Gate": one name with a possessive in it, not two companies
        if not re.fullmatch(r"['’]s?\s+", finder.between(owner.end, owned.start)):
            continue
        listed = finder._expand_right_list(owned)
        if len(listed) > 1 and not _PLURAL_PARTS.match(finder.text, listed[-1].end):
            listed = listed[:1]  # "Roche's Genentech and Bayer": the possessive is the first name's alone
        if _OWNED_NAME_END.match(finder.text, listed[-1].end):
            for one in listed:
                if one.types[0] == "Organization" and one.name != owner.name:
                    found.append(Candidate("owns", owner, one, "possessive", "'s", 0.6))
    return found


def _possessive_parts(finder: SentenceRelations) -> list[Candidate]:
    """'Acme's freight unit, Beta Ltd', 'Beta Ltd, Acme's freight arm', 'Acme's Beta unit': the possessor
    owns the part it names."""
    found = []
    for owner in finder.mentions:
        if not owner.possessive or not _org(owner) or owner.types == ("Person",):
            continue
        part = finder.right_after(owner, _POSSESSED_PART)
        if owner.kind == "reference" and (part is None or is_pronoun(owner)):
            continue  # only "X, the company's AI research unit": a description set beside the name
        named = next((m for m in finder.mentions if m.start > owner.end), None)
        parts: list[Mention] = []
        if part is not None and part.group("comma"):
            after = _organisation_at(finder, part.end())
            parts += [after] if after is not None else []
        if owner.kind == "reference":
            parts = []  # "the company's unit, X" may be another company's: only the apposition after a name
        if part is not None:
            before = [m for m in finder.mentions if m.end <= owner.start]
            article = r"\s*,\s*(?:the\s+)?" if owner.kind == "reference" else r"\s*,\s*"
            if before and re.fullmatch(article, finder.between(before[-1].end, owner.start)):
                parts.append(before[-1])  # "Beta Ltd, Acme's freight arm", "Beta, the company's AI unit"
        elif (
            named is not None
            and re.fullmatch(r"['’]s?\s+", finder.between(owner.end, named.start))
            and _NAMED_PART.match(finder.text, named.end)
        ):
            parts.append(named)  # "Acme Holdings' Beta unit"
        for owned in parts:
            if _org(owned) and owned.types != ("Person",) and owned.name != owner.name:
                cue = (part.group() if part else finder.text[named.end : named.end + 12]).strip(" ,'’s")  # type: ignore[union-attr]
                found.append(
                    Candidate("owns", _as_organisation(owner), _as_organisation(owned), "possessive", cue, 0.65)
                )
    return found


# "Kestrel's cable unit Vanta Cable", "its Australian unit Vanta Metals", "X, whose lending arm Beta ...",
# "Kering's fashion houses Bottega Veneta and Balenciaga": the part's kind, then its name
_KIND_OF_PART_BEFORE = re.compile(
    r"(?P<owner>['’]s?|\b[Ii]ts|\bwhose)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){0,3}?"
    r"(?P<kind>unit|units|subsidiary|subsidiaries|division|divisions|arm|affiliate|affiliates|brand|brands|label|"
    r"labels|chain|chains|houses|studio|studios|carrier|carriers|airline|airlines|lender|bank|insurer)\s+$"
)


@_said(
    "unit",
    "subsidiar",
    "division",
    "arm ",
    "affiliate",
    "brand",
    "label",
    "chain",
    "houses",
    "studio",
    "carrier",
    "airline",
    "lender",
    "bank",
    "insurer",
)
def _kind_then_named_part(finder: SentenceRelations) -> list[Candidate]:
    """'Acme's cable unit Beta', 'its Australian unit Beta', 'Acme, whose lending arm Beta', 'Acme's fashion
    houses Beta and Gamma': the owner the possessive, 'its' or 'whose' stands for owns each part named."""
    found: list[Candidate] = []
    for index, named in enumerate(finder.mentions):
        if not _org(named):
            continue
        kind = _KIND_OF_PART_BEFORE.search(finder.text, max(finder.sentence.start, named.start - 60), named.start)
        if kind is None or any(kind.start() < m.start < named.start for m in finder.mentions):
            continue
        earlier = [m for m in finder.mentions[:index] if m.end <= kind.start()]
        owner: Mention | None = None
        mark = kind.group("owner")
        if mark.lower() == "its":
            # (not a description that is itself possessed: "the startup's biggest shareholder, and its unit")
            owners = [m for m in earlier if _org(m) and not _person(m) and m.type != "Product" and not m.possessive]
            # ("Orvane, owner of the Kestrel chain, will spend on its cloud arm Beta": not a name in an aside)
            here = _inside(kind.start(), finder.parentheticals)
            outside = [m for m in owners if _inside(m.start, finder.parentheticals) in (None, here)]
            owner = outside[-1] if outside else None
            if owner is not None and _SECOND_VERB_BEFORE_ITS.search(finder.between(owner.end, kind.start())):
                owner = finder._clause_subject(("Organization",)) or owner
        elif mark == "whose":
            last = earlier[-1] if earlier else None
            if last is not None and re.fullmatch(r"\s*,\s*", finder.between(last.end, kind.start())):
                owner = last
        else:
            last = earlier[-1] if earlier else None
            if last is not None and last.possessive and last.end == kind.start():
                owner = last
        if owner is None or not _org(owner) or _person(owner) or (owner.kind == "reference" and is_pronoun(owner)):
            continue
        plural = kind.group("kind").endswith("s")  # "its brands A and B": each one named
        parts = finder._expand_right_list(named) if plural else [named]
        for part in parts:
            if known_to_be_others(part.name, owner.name):
                continue  # "the startup's backer Amazon ..., and its cloud unit AWS": AWS is known to be Amazon's
            if _org(part) and part.name != owner.name and part.types != ("Person",):
                said = finder.between(kind.start(), named.start).strip(" ’'")
                found.append(
                    Candidate("owns", _as_organisation(owner), _as_organisation(part), "possessive", said, 0.6)
                )
    return found


_SIGNED_TITLE = re.compile(
    r",\s*(?:(?:Senior|Executive|Group|Deputy|Assistant|Interim|Acting)\s+)*(?:[A-Z][\w&-]*\s+){0,4}?"
    r"(?:Officer|President|CEO|CFO|COO|CTO|Chairman|Chairwoman|Director|Treasurer|Controller|Secretary|"
    r"Counsel|Partner|Manager|Founder)(?:\s+(?:and|&)\s+(?:[A-Z][\w&-]*\s+){0,4}?(?:Officer|President|CEO|CFO|"
    r"COO|Chairman|Director|Treasurer|Secretary|Controller))?\s*,\s*(?:of\s+)?(?:the\s+)?"
)


def _signature_titles(finder: SentenceRelations) -> list[Candidate]:
    """'Jane Roe, Chief Executive Officer, Acme Corp.': a name, a title and the company, set off by commas."""
    found = []
    for person in finder.mentions:
        if person.types[0] != "Person":
            continue
        title = finder.right_after(person, _SIGNED_TITLE)
        org = _organisation_at(finder, title.end()) if title else None
        if title is not None and org is not None and org.types != ("Person",):
            post = title.group().strip(" ,")
            found.append(Candidate("employs", org, person, "roles", post, 0.7, {"role": post}))
    return found


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|for|with|by)\s+(?:the\s+)?$")
_ANNOUNCED_THAT = re.compile(
    r"\s+(?:\w+\s+)?(?:announced|announces|said|says|reported|stated|confirmed|disclosed)\s+(?:\w+\s+)?"
    r"(?:that\s+)?$",
    re.I,
)
_IS_APPOINTED = re.compile(
    r"\s*,?\s+(?:has\s+been|have\s+been|was|were|will\s+be|is|had\s+been|would\s+be)\s+(?:\w+ly\s+)?"
    r"(?:named|appointed|elected|promoted|hired|selected|chosen|tapped)\b",
    re.I,
)


def _announced_appointments(finder: SentenceRelations) -> list[Candidate]:
    """'Acme announced that Jane Roe has been named Chief Operating Officer': the announcer appointed her."""
    found = []
    for person in finder.mentions:
        appointed = finder.right_after(person, _IS_APPOINTED)
        if person.types[0] != "Person" or appointed is None:
            continue
        before = [m for m in finder.mentions if m.end <= person.start]
        if not before or not _ANNOUNCED_THAT.fullmatch(finder.between(before[-1].end, person.start)):
            continue
        org = before[-1]
        rest = re.split(r"[,;]|\.\s", finder.text[appointed.end() : finder.sentence.end], maxsplit=1)[0]
        within = [m for m in finder.mentions if appointed.end() <= m.start < appointed.end() + len(rest)]
        if re.match(r"\s+by\b", rest) or any(_PREPOSITION_BEFORE.search(_before(finder, m)) for m in within):
            continue  # "was hired by Beta", "was named CEO of Beta": the post is another company's
        if _org(org) and not _person(org) and org.type != "Product":
            cue = appointed.group().strip(" ,")
            found.append(Candidate("employs", org, person, "verbs", cue, 0.65, scope=cue))
    return found


# "A owns 80% of B; C holds the rest", "..., with C holding the remainder", "while C owns the remaining 40%"
_STAKE_OF = re.compile(
    r"\b(?:owns?|owned|holds?|held|has|had|controls?)\s+(?:an?\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
    r"(?P<share>\d+(?:\.\d+)?)\s?(?:%|percent)\s+(?P<stake>stake\s+)?(?:of|in)\s+(?:the\s+)?$"
)
_THE_REST = re.compile(
    r"\s*(?:holds?|held|holding|owns?|owned|owning|has|had|having|controls?)\s+(?:the\s+)?(?:rest|remainder|balance|"
    r"remaining\s+(?:\d+(?:\.\d+)?\s?(?:%|percent)|stake|shares))(?!\w)"
)
_REST_GLUE = re.compile(r"^\s*(?:;|,\s*(?:with|while|and)|\s+and|\s+while)\s+(?:the\s+)?$")


_REST = "holds the rest"


@_said("rest", "remainder", "remaining", "balance")
def _holds_the_rest(finder: SentenceRelations) -> list[Candidate]:
    """'Acme owns about 80% of Beta; Kestrel holds the rest': Kestrel holds the other stake in Beta."""
    found: list[Candidate] = []
    for index, holder in enumerate(finder.mentions):
        if not _org(holder) or _person(holder) or finder.right_after(holder, _THE_REST) is None:
            continue
        for held in reversed(finder.mentions[:index]):
            stake = _STAKE_OF.search(finder.text, max(finder.sentence.start, held.start - 60), held.start)
            if _org(held) and stake is not None:
                break
        else:
            continue
        if held.name == holder.name or _REST_GLUE.match(finder.between(held.end, holder.start)) is None:
            continue
        rest = round(1 - float(stake.group("share")) / 100, 4)  # (the first holder's share is the sentence's)
        qualifiers: dict[str, object] = {"stake" if stake.group("stake") else "percent": rest} if rest > 0 else {}
        relation = "owns" if rest > 0.5 else "invests-in"  # ("A owns 30% of B; C holds the rest": C controls B)
        found.append(Candidate(relation, holder, held, "verbs", _REST, 0.6, qualifiers))
    return found
