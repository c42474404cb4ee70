"""Relations in one sentence: trigger phrases from the lexicon, with their subject and object mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import combinations, pairwise
from typing import Any

import ontology

from .gazetteer import load_gazetteer
from .mentions import (
    DATELINE_OPENING,
    LISTING_RELATIVE,
    MAKER_NOUN,
    MAKER_THEN_NAME,
    PRODUCT_NOUN_AFTER,
    RELATIVE_ASIDE,
    STATE_BASED_AFTER,
    Mention,
    read_as,
)
from .patterns import Trigger, role_pattern, title_cues, triggers_in, words_of
from .sentences import Sentence

MAX_LEFT_WORDS = 12
MAX_RIGHT_WORDS = 4
_CLAUSE_BREAK = re.compile(
    # ("X is said to be building a stake in Y": a report of X's own act, not a speaker's clause)
    r";|(?<!\.[A-Z])\.\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bafter\b|\bbefore\b|"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\bsaid\b|\bsays\b|:"
    # "a year in which the owner of B ...": a relative clause with a subject of its own
    r"|\b(?:in|of|during|for|under|through)\s+which\s+(?:the|a|an|its|their)\b"
)
# a relative clause whose antecedent is a noun phrase with no name, after other words (not an apposition
# ", a firm that", nor a predicate "is the company that")
_UNNAMED_RELATIVE = re.compile(
    r"^(?!\s*,)(?!\s+(?:is|was|are|were|remains|became|has\s+become|be)\s)[^,;]*?\s(?:a|an|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:that|which)\s+"
    r"(?:(?:would|will|could|can|may|might|has|have|had|is|was|also|now|currently|already)\s+)*$"
)
_WHO_BECAME = re.compile(
    r"\s*,\s*who\s+(?:(?:became|becomes|is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)(?:also\s+)?"
    r"(?:named\s+)?(?:the\s+)?"
)
WHO_RUNS = re.compile(
    r"\s*,\s*who\s+(?:has\s+|had\s+)?(?:also\s+)?(?:run|runs|ran|led|leads|heads|headed|founded|co-founded)\s+"
    r"(?:the\s+)?"
)
_COMPANY_TITLE_GAP = re.compile(r"\s+(?:co-?)?(?:founder|chief\s+executive|CEO|chairman|chair|president|boss|head)\s+")
_RIGHT_BREAK = re.compile(
    r"[;:()\"“”]|(?<!\.[A-Z])\.\s|\b(?:and|but|while|which|who|that|after|before|said|because)\b|,"
    # "a stake in the venture to Kestrel": sold on, not held in
    r"|\s(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:venture|company|business|group|unit|partnership|firm|startup|"
    r"lender|bank|studios?|division|arm|subsidiary|operations?|assets?|stores?|plants?|factories|brands?)\s+to\s"
)
_COMMA_ONLY = re.compile(r"\s*,\s*")
_BID_FOR = re.compile(r"(?:offer|offers|bid|bids|approach|proposal|proposals)\s+for", re.I)
_DESCRIPTION_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+)?(?:maker|owner|operator|parent)\s+of\s+$")
_LISTED_DESCRIPTOR_GAP = re.compile(r"\s*,\s+(?:and\s+)?(?:[a-z][\w-]*\s+){1,2}")
_ITS_GROUP_BEFORE = re.compile(r",\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$")
_POSSESSIVE_ONLY = re.compile(r"['’]s?\s+")
_OPENING_QUOTE = re.compile(r"\s*[\"“]")
_MEMBER_DESCRIBED = re.compile(r"^,\s+(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?=,\s*(?:and|or)\s)")
_DESCRIBED_THEN_SEMICOLON = re.compile(r",\s+(?:its|their|which|who|a|an|the)\b[^;()]{0,90};\s*(?P<and>and\s+)?")
_POSSESSIVE_MARK = re.compile(r"^['’]s?")
_LIST_GLUE = re.compile(
    r"^(?:\s+in\s+(?:19|20)\d\d)?"  # "bought Slack in 2021 and Tableau in 2019": each with its year
    # "publishes the Far Cry series, Anno and ...": a product's kind after its name
    r"(?:\s+(?:series|franchise|games?|shooter|brand|drug|vaccine|chatbot|app|console|smartphone))?"
    # "fined Apple 500 million euros and Meta 200 million euros": each with its amount
    # ("bought Duck Creek for $2.6 billion and EngageSmart for about $4 billion": each for its price)
    r"(?:\s+(?:for\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?[$€£]?[\d.,]+\s*(?:billion|million|bn|m)?"
    r"(?:\s+(?:euros|dollars|pounds|yuan|yen))?)?"
    # ("competes with A, as well as with Paris-based B": the preposition said again)
    r"\s*(?:,\s*(?:and\s+|as well as\s+(?:with\s+|by\s+|from\s+)?|or\s+)?|\s+and\s+|\s*&\s*|\s+or\s+"
    r"|\s+as well as\s+(?:with\s+|by\s+|from\s+)?)"
    # "paying $27.7 billion for Slack in 2021, $15.7 billion for Tableau in 2019 and ...": each with its price
    r"(?:(?:about\s+|roughly\s+|nearly\s+|almost\s+)?[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+for\s+)?"
    # "Jeff Bezos and the chipmaker Nvidia", "Oracle and private equity firm Carlyle"
    # "stakes in data-labelling firm Toloka, database developer ClickHouse and self-driving company Avride"
    # (not "Kenvue, the maker of Tylenol and Band-Aid": a description of the member before, with its own object)
    r"(?:the\s+(?:(?!(?:of|for|in|at|behind|to|with|from|by|on|that|which|who)\s)[a-z][\w-]*\s+){0,2}"
    # "Apple and a resurgent Huawei"
    r"|(?<=and\s)(?:a|an)\s+(?:(?!(?:of|for|in|at|behind|to|with|from|by|on|that|which|who)\s)[a-z][\w-]*\s+){1,2}"
    r"|[A-Z][a-z]+-based\s+"  # "and Paris-based Mistral AI"
    r"|(?:(?<=and\s)|(?<=,\s)|(?<=as\swell\sas\s))(?:[a-z][\w-]*\s+){0,2}"
    r"(?:firm|fund|group|investor|company|startup|giant|chipmaker|maker|developer|operator|provider|publisher|"
    r"retailer|bank|lender|insurer|carrier|airline|broadcaster|miner|producer|manufacturer|distributor|chain|"
    r"brand|studio|utility|grocer|automaker|carmaker|drugmaker|conglomerate)\s+"
    # "suing OpenAI and its biggest investor, Microsoft": the second one described, then named
    # ("accused A and its US partner B": the comma may be left out)
    r"|(?<=and\s)(?:its|their)\s+(?:[A-Za-z][\w.-]*\s+){0,2}(?:investor|backer|partner|parent|owner|rival|customer|"
    r"supplier)s?,?\s+"
    # "against Microsoft and specialists such as Palo Alto Networks and CrowdStrike": a described group listed on
    r"|(?:(?<=and\s)|(?<=as\swell\sas\s))(?:[a-z][\w-]*\s+){0,2}(?:specialists|rivals|competitors|players|firms|"
    r"companies|startups|start-ups|carriers|banks|lenders|insurers|groups|makers|operators|providers|peers|"
    r"investors|backers|customers|clients|suppliers)\s+(?:such\s+as|including|like)\s+"
    # "suing OpenAI and its chief executive, Sam Altman", "accuses A, its chief executive P, and B"
    r"|(?:(?<=and\s)|(?<=,\s))(?:its|their)\s+(?:chief\s+executive(?:\s+officer)?|CEO|(?:co-)?founder|chairman|"
    r"chairwoman|president|boss),?\s+)?$"
)
_PRODUCT_HEADS = (
    r"products|services|equipment|devices|systems|software|solutions|platforms|vaccines?|drugs?|"
    r"fixtures|components|materials|metals|apps|tools|instruments|vehicles|machines|medicines|"
    r"therapies|treatments|appliances|fans|wafers"
)
_BARE_GOODS = frozenset(["products", "services", "solutions", "equipment", "systems", "tools", "devices"])
_PRODUCT_PHRASE = r"(?:[a-z][\w]*(?:-[\w]+)*(?:\s+-\s+[\w]+)?\s+(?:and\s+)?){0,5}?(?:" + _PRODUCT_HEADS + r")"
_OFFERS = re.compile(
    # (not 'makes', 'sells' or 'designs': news says so of goods in passing, "sells software that scans ...", where a
    # filing's 'provides' and 'manufactures' describe the business)
    r"(?P<verb>\b(?:provides|provided|offers|offered|manufactures|manufactured|produces|produced|"
    r"markets|marketed)\b|\ba\s+(?:leading\s+|global\s+|major\s+)?(?:manufacturer|"
    r"provider|developer|maker|supplier|producer|designer)\s+of)\s+(?:a\s+(?:wide\s+)?(?:range|variety)\s+of\s+"
    r"|its\s+|their\s+)?(?P<np>" + _PRODUCT_PHRASE + r"(?:\s+and\s+" + _PRODUCT_PHRASE + r")*)\b"
)
_SINGULAR_S = frozenset(["boss"])  # titles that end in 's' in the singular
_OFF_AFTER = re.compile(r"\s+(?:off|back|on\s+to|onto|out)\b|\s+(?:company|group|firm|vehicle)\s+(?=[A-Z])")
_AND_VERB_ITS = re.compile(
    # ("buy NJOY for $2.75 billion in cash and give up its stake in Juul": the price said first)
    r"(?:\s+for\s+(?:about\s+)?[$€£]?[\d.,]+\s*(?:billion|million|bn|m)?(?:\s+(?:euros|pounds|dollars))?"
    r"(?:\s+in\s+(?:cash|stock|shares|cash\s+and\s+stock))?)?"
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?[a-z]+(?:\s+(?:down|off|up|out|back))?\s+(?:its|their)\s+"
    r"(?:[\w$.,%-]+\s+){0,3}?"
)
_FIRST_PREDICATE_OBJECT = re.compile(r"\b(?:on|in|at|with|from|to|into|onto|by|for)\s+(?:the\s+)?$")
_AND_VERB_BEFORE = re.compile(
    r"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+|now\s+|still\s+)?"
    # ("sold its Kraft Heinz shares and in 2022 bought": a time before the second predicate)
    r"(?:(?:in|by|since)\s+(?:19|20)\d\d\s+|(?:last|this|next)\s+(?:year|month|week)\s+)?"
    r"(?:(?:is|was|are|were|has|have|had|will|would|may|might|could|can|should)\s+(?:also\s+)?(?:been\s+|be\s+)?)?"
    # "... and is in talks to supply", "... and plans to buy": a second predicate with its hedge
    # ("... and has also signed a deal to supply")
    r"(?:(?:signed|struck|reached|inked)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract|pact)\s+to\s+|"
    r"in\s+(?:early\s+|advanced\s+)?(?:talks|discussions)\s+to\s+|(?:set|expected|due|looking|seeking|preparing|"
    r"planning|trying|poised)\s+to\s+|(?:plans|planned|agreed|wants|aims|hopes|intends|expects)\s+to\s+)?$"
)
# "... and is separately in talks with", "... and has a deal with": an auxiliary opens a second predicate
_AND_AUXILIARY = re.compile(
    r",?\s(?:and|but)\s+(?:also\s+|\w+ly\s+)?(?:is|was|are|were|has|have|had|will|would|may|might|could|should)\s+(?:also\s+|\w+ly\s+)?"
    r"(?:been\s+|be\s+)?(?:\w+ly\s+)?(?:(?:now|still|already)\s+)?(?:(?:signed|struck|reached|formed)\s+)?"
    r"(?:(?:a|an|the|its)\s+(?:[\w$.-]+\s+){0,3})?$"
)
MAKER_OF_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?P<noun>maker|developer|creator|owner|publisher)\s+of\s+(?:the\s+)?$"
)
DESCRIBED_THEN_PRONOUN = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:business|unit|division|company|"
    r"subsidiary|brand|operation|arm|maker|startup|firm|venture|chain|network|studio|label)\s+$"
)
_ITS_POST_THEN_NAMED = re.compile(r"\s*(?:its|their)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*,\s*")
_ASIDE_THEN_AND = re.compile(r",\s*(?:which|who|whose)\b[^,;]{1,140},\s*(?:and|as\s+well\s+as)\s+")
_APPOSED_GLUE = re.compile(r",\s+(?:a|an|its|the)\s+[^,;.()]{1,50}?,\s+(?:and\s+|as\s+well\s+as\s+)?")
# a member of a list named between 'the' and the kind of thing it is: "the Paragon+ streaming service, the ..."
_KINDS_IN_A_LIST = (
    r"(?:service|studio|studios|franchise|brand|brands|chain|app|platform|network|channel|label|unit|business|"
    r"division|game|games|series|magazine|newspaper|website|stores|hotels|airline|bank|console|chatbot|assistant|"
    r"line|range|shooter|drink|beer|pizza|water|snacks|cereal|cosmetics|perfume|fragrance|scent|models)"
)
_KIND_THEN_AND = rf"\s+{_KINDS_IN_A_LIST}\s*(?:,\s+and|,|\s+and)\s+"
_KIND_LIST_GLUE = re.compile(
    rf"[\"”]?(?:\s+[a-z][\w-]*){{0,3}}{_KIND_THEN_AND}(?:the|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}[\"“]?"
)
# (without the article: "behind Stone Hearth frozen pizza and Brightwater sparkling water")
# (after 'maker of', any kind of goods: "the maker of Crumbly biscuits, Vantio coffee and Pawsome pet food")
_KIND_LIST_GLUE_BARE = re.compile(
    r"(?:\s+(?!(?:said|says|is|was|are|were|has|had|have|will|which|who|that|and|or|but|in|on|at|for|to|from|"
    r"with|by|of|as)\b)[a-z][\w-]*){1,3}\s*(?:,\s+and|,|\s+and)\s+"
)
_KINDED_FIRST = re.compile(r"\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[\"“]?$")
_BEHIND_BARE = re.compile(r"\b(?:behind|owner\s+of|maker\s+of)\s+$")
_AND_A_NOUN = re.compile(r"\s+and\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}")
_HOLDING_VERB = re.compile(
    r"\b(?:owns|own|owned|holds|hold|held|has|have|had|controls|controlled|bought|buys|took|takes|acquired)\s+"
    r"(?:[\w'’\"“”-]+\s+){0,6}$"
)
_HEAD_AFTER = re.compile(r"\s+(?:parent|owner|parent\s+company)\s+")
# "League of Legends developer Riot Games", "Fortnite maker Epic Games": a product naming its maker
_MAKER_AFTER = re.compile(r"[\"”]?\s+(?:developer|maker|creator|publisher|owner|parent|operator)\s+")
_COME_BEFORE = re.compile(
    r"\b(?:come|comes|came|coming|go|goes|went|flow|flows|flowed|pay|paid|bring|brought|get|got|cut|cuts|cutting|"
    r"scale|scaled|scaling|pull|pulled|pulling|step|stepped|stepping|roll|rolled|rolling|fall|fell|falling|look|"
    r"looked|looking|hold|held|holding|set|setting|push|pushed|pushing|turn|turned|turning|fight|fought|fighting)\s+$"
)
_FUND_NOUN_BEFORE = re.compile(
    r"\b(?:sovereign|wealth|pension|hedge|investment|venture|equity|index|mutual|state|activist|buyout|"
    r"infrastructure|growth|crossover|several|other|some|many|two|three|four)\s+$"
)
# "activist funds including Elliott": the plural noun, followed as a noun is
_FUND_NOUN_AFTER = re.compile(r"\s+(?:including|such\s+as|like|that|which|who|managed|run|led|and|or|are|were)\b")
_PREPOSITION_JUST_BEFORE = re.compile(r"\b(?:with|by|from|to|for|of|alongside)\s+(?:the\s+)?$")
_WHICH_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;]*,")
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have|both|each|together|jointly)\b")
_NOUN_AFTER_VERB_FORM = re.compile(r"\s+(?:round|rounds|vehicle|arm)\b")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")
_TRADED_BEFORE = re.compile(
    r"\b(?:buy|buys|buying|bought|sell|sells|selling|sold|acquire|acquired|acquiring|take|took|taking)\s+$"
)
_FINANCE_TITLE = re.compile(r"\s+(?:executive|executives|chief|director|head|officer|team|minister)\b")
_HEAD_OF_OTHER = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?[a-z]+s?\s+(?:of|behind)\s+(?:the\s+)?$")
# "owned by a consortium of A and B": the group is made of them, its members are the parties
_GROUP_OF = re.compile(r"\b(?:consortium|group|syndicate|coalition|club)\s+of\s+(?:the\s+)?$")
_KIND_OF_MEMBERS = re.compile(r"\s+[a-z]+s\b")  # "a group of LG companies": the members go unnamed
_WHOSE = re.compile(r",\s+whose\s+")
_PRODUCT_KINDS = (
    r"(?:chatbot|assistant|models?|app|platform|chips?|processors?|accelerators?|drug|vaccine|console|headset|"
    r"smartphone|phones?|browser|software|service|agent|engine|robots?)"
)
_KIND_THEN_NAME = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?{_PRODUCT_KINDS}\s+")  # "'s chatbot Pi"
# "Novo's older diabetes treatment Ozempic", "Acme's weight-loss drug Zepra": a kind of product, then its name
_OWNERS_KIND = (
    rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_PRODUCT_KINDS}|treatment|therapy|pill|medicine|spray|injection|"
    r"tablet|shot|game|franchise|series)"
)
_OWNERS_KIND_THEN_NAME = re.compile(_OWNERS_KIND + r"\s+")
# "Empire Wind project", "GoPay digital wallet": the kind of thing a name names, after it
_KIND_AFTER_NAME = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>project|programme|program|app|wallet|platform|chatbot|terminal|"
    r"console|headset|smartphone|drug|vaccine|pill|treatment)\b(?!\s+(?:of|unit|business|division|maker|company)\b)"
)
_OWNERS_KIND_AFTER = re.compile(  # (the kind heads the phrase: not "Orvane's software unit")
    _OWNERS_KIND + r"(?=\s*[,.;:)]|\s*$|\s+(?:for|that|which|used|approved|sold|made|developed|launched|aimed|"
    r"designed|known|called|in|and|to|with|is|was|has|against)\b)"
)
_BARE_COMPANY = re.compile(r"(?i)(?:the|its)\s+(?:company|firm|group)")
_PRODUCT_MODIFIERS = re.compile(
    r"['’]s?\s+(?:(?:latest|newest|new|next-generation|next-gen|flagship|upcoming|own|in-house|custom|popular|"
    r"best-selling|most\s+advanced|older|earlier|current|first|original)\s+){1,2}"
)
_DESCRIBED_BY_PRODUCT = re.compile(r"(?P<product>.+?)\s+(?:maker|developer|creator|owner|parent)$")
# a share ("15%", "9.9 percent") and the words that name a holding ("stake", "shares"), for the patterns below
_PERCENT = r"\d[\d.,]*\s?(?:%|percent|per\s+cent)"
_HOLDING_WORDS = r"stakes?|holdings?|shareholding|interests?|shares"
# a thing of some kind, then its name: "a humanoid robot known as", "a new model, code-named"
# ("will each own 10% of a joint venture called X", "15% of the venture, to be called X": a share of it first)
_KIND_THEN_CALLED = re.compile(
    rf"(?:\s+(?:about\s+|roughly\s+|nearly\s+)?{_PERCENT}\s+of)?"
    r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*\s*,?\s+(?:(?:also|now|internally|informally|"
    r"tentatively)\s+)?(?:to\s+be\s+)?(?:called|named|dubbed|known\s+(?:internally\s+|informally\s+)?as|code-?named|"
    r"branded(?:\s+as)?)\s*,?\s+"
)
_KIND_BEFORE_NAME = re.compile(
    r"\s*(?:the|a|an)\s+(?:[\w.-]+\s+){1,3}(?:platform|startup|start-up|company|firm|group|maker|developer|"
    r"provider|operator|lender|bank|insurer|retailer|chipmaker|designer|manufacturer|supplier|network|app|service|"
    r"studio|publisher|chain)\s+"
)
_AND_A_KIND_NAMED = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,6}(?:as\s+well\s+as|and)\s+(?:a|an|its)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:chatbot|assistant|app|model|platform|service|chip|processor|drug|device|robot|tool|browser|headset|phone|"
    r"smartphone|console|game|agent)\s*,?\s*(?:called\s+|named\s+)?"
)
_DESCRIBED_THEN_NAMED = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,3}(?:creator|maker|developer|owner|operator|parent|startup|start-up|"
    r"company|firm|group|giant|chipmaker|automaker|carmaker|drugmaker|lender|bank|insurer|retailer|rival|unit|"
    r"subsidiary|provider|platform|lab|investor|fund|manufacturer|supplier|network|conglomerate)\s*,\s*"
    r"|\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:firm|company|bank|group|practice)\s+of\s+"  # "the law firm of X"
)
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:(?:a|an|the|now|formerly|itself|which\s+is|also)\s+)?(?:[\w-]+\s+){0,3}")
_POSSESSED_APPOSITION = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s")
# "X will acquire Y and then sell Z", "X paid $1 billion for Y, outbidding Z": the second verb is X's
# ("rescued B during the 2008 financial crisis and still owns 12% of it": a short phrase of time before 'and')
_SECOND_VERB = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d|\s+(?:during|in|after|before|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+)?,?\s+and\s+"
    r"(?:then\s+|later\s+|also\s+|subsequently\s+|still\s+|now\s+)?"
)
_RELATIVE_BEFORE = re.compile(r"(?:,\s+|\s)(?:which|that)\s+$")
_DESCRIBED_RELATIVE = re.compile(r",\s+(?:(?:the|a|an)\s+[^,;]*?\s)?(?:which|that)\s")
_AND_IS_BEFORE = re.compile(
    r"\s+and\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:[\w-]+\s+)?"
)
# "A, B and MGX, a technology investor", "..., the Abu Dhabi investor" (a name inside counts as one word; not
# "the companies": a plural describes every member)
_SINGULAR_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[\w-]*[^\Ws]\s+")
# the comma and article right before a trigger set beside a name: "ByteDance, the owner of", "X, a unit of"
APPOSED_TRIGGER = re.compile(r"\w,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")
_COMMA_AND_ONLY = re.compile(r"\s*,\s*and\s+")
_SINGULAR_APPOSED = re.compile(r"\s*,\s*(?:a|an)\s")
# the comma (and article) that opens an apposition right before its trigger: "C, part of D", "C, a unit of D"
_BARE_APPOSITION = re.compile(r"\s*,\s+(?:now\s+)?(?:a\s+|an\s+)?")
_SINGULAR_OF = re.compile(r"(?:a\s+)?(?:part|unit|division|subsidiary|arm|brand|segment|affiliate|business)\s+of")
_POSSESSED_THING = re.compile(
    r"['’]s?\s+(?:plans?|strategy|strategies|business\s+model|offering|offerings|pitch|push|efforts?|"
    r"growth|revenue|sales|profits?|earnings|success|future|turnaround|bid|offer|deal|approach|case|argument)\b"
)
_COPULA_OR_COMMA = re.compile(r"\b(?:is|was|are|were|became|becomes|remains|remained|as)\b|,")
_COMMA_AND = re.compile(r"\s*,\s*(?:and|or|but|while)\s+(?:\w+\s+){0,2}")
_NEW_CONJUNCT = re.compile(r"\s(?:and|or)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")
_SUBLIST_OPENED = re.compile(r"\b(?:such\s+as|including|like)\s*$")
_PARTICIPLE_NOUN_GAP = re.compile(r"^[^,;]*,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+(?:a|an|the|its|their)\s[^,;]*$")
# "won B after a bidding war with C", ", ending a two-week contest with C": an event the clause subject took part in
_EVENT_NOUN_OPENING = re.compile(
    r"(?:\b(?:after|before|amid|following|during)|,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)


@cache
def _repeated_phrase(preposition: str) -> re.Pattern[str]:
    """What adds an object after a list that a trigger's `preposition` opened: ', and with', 'as well as with',
    after an aside at most ('with Tesla, whose software ..., and with Mobileye')."""
    return re.compile(
        r"(?:['’]s?\s+[\w-]+)?(?:\s+in\s+[\w\s-]{1,40}?)?"
        r"(?:\s*,\s*(?:whose|which|who|led\s+by|owned\s+by|backed\s+by)\b[^;()]{0,120}?,)?"
        rf"(?:,?\s+and|,?\s+as\s+well\s+as)\s+(?:also\s+)?{preposition}\s+(?:the\s+)?"
    )


_REPEATABLE = {"to", "with", "against", "from", "in", "into", "on"}
# "A has invested $13 billion in B since first backing it": a subordinate clause whose -ing verb the main
# clause's subject does
_ADVERBIAL_ING_GAP = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:since|after|before|while|when|by)\s+(?:first\s+|also\s+|initially\s+|later\s+|then\s+)?"
)
# "... of A in 2008 and the 2011 takeover of B": a second deal noun after the object of a first
_AND_THE_NOUN_GAP = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?,?\s+and\s+(?:the|its|a|an)\s+(?:(?:19|20)\d\d\s+|[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"
)
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:purchase|acquisition|takeover|buyout|merger|purchases|acquisitions|takeovers)\s+(?:of|with)\s+(?:the\s+)?$"
    r"|\b(?:deal|bid|offer)\s+for\s+(?:the\s+)?$|\b(?:investment|stake|stakes)\s+in\s+(?:the\s+)?$"
)
_A_SHARE_OF = re.compile(
    rf"^\s*(?:(?:about|roughly|nearly|some|around|almost|over|under)?\s*{_PERCENT}|a\s+(?:majority|minority))\s+of\s+"
)
# a trigger that names a holding and the company it is in ("buy ... stake in", "sell ... shares in")
_STAKE_TRIGGER_END = re.compile(rf"\b(?:{_HOLDING_WORDS})\s+in$")
# after a possessive: the holding in another company ("Renault's 10% stake in", "its remaining shares in")
_ITS_STAKE_AFTER = re.compile(
    rf"['’]s?\s+(?:(?:entire|remaining|whole|roughly|about|nearly|{_PERCENT})\s+)*(?:{_HOLDING_WORDS})\s+in\b"
)
_PARTICIPLE_CLAUSE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?,\s+(?P<verb>[a-z]+ing\s+)?")
_VERB_BEFORE = re.compile(
    r"\b[a-z]+(?:ed|es|e|s|y|ght|ld)\s+(?:the\s+|a\s+|an\s+)?$"
    # "owns self-driving technology developer Avride and ..., and holds": an object described by its kind
    r"|\b[a-z]+(?:ed|es|s|ght)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,3}(?:developer|company|maker|firm|group|"
    r"startup|start-up|provider|operator|lender|bank|insurer|retailer|chain|brand|unit|business|subsidiary|platform)\s+$"
    # "paid $1 billion for startup X and ...", "shares revenue with the company and ..."
    r"|\b(?:for|in|into|from|with|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$"
)
# "... the Comanche Peak plant in Texas to supply": an object's words, then the infinitive of purpose
_PURPOSE_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|which|that|who|is|was|are|were|has|have|had|will|would|may|might|can|could|should|must|"
    r"tr(?:y|ies|ied|ying)|wants?|wanted|plans?|planned|hopes?|hoped|aims?|aimed|needs?|needed|seeks?|sought|"
    r"expects?|expected|agreed|agrees|intends?|intended|decided|decides|struggles?|struggled|races?|raced|"
    r"rushe[ds]|rush|continues?|continued|began|begins|starts?|started|helps?|helped|able|going|set|due|likely|"
    r"about|moved|moves|looks?|looked|looking|working|seeking|trying|offered|offers|promised|pledged|vowed|"
    r"managed|failed|refused|declined|chose|chosen|prepared|ready|poised|allowed|forced|asked|told)\b)[\w-]+){0,5}"
    r"\s+to\s+"
)
_OBJECT_VERB = re.compile(
    r"\b(?:will|would|to|can|could|must|[a-z]+(?:ed|es|s))\s+(?P<verb>[a-z]+)\s+(?:the\s+|a\s+|an\s+|its\s+)?$"
)
# verbs whose object is who acts next: "chose X to supply", "hired X to build"
_CONTROL_VERB = re.compile(
    r"cho(?:ose|se|sen)|select(?:ed|s)?|pick(?:ed|s)?|tap(?:ped|s)?|hire[ds]?|ask(?:ed|s)?|contract(?:ed|s)?|"
    r"commission(?:ed|s)?|appoint(?:ed|s)?|name[ds]?|enlist(?:ed|s)?|engage[ds]?|invite[ds]?|allow(?:ed|s)?|"
    r"let|help(?:ed|s)?|need(?:ed|s)?|want(?:ed|s)?|urge[ds]?|pa(?:y|id|ys)|get|got|gets|persuade[ds]?|"
    r"encourage[ds]?|expect(?:ed|s)?|require[ds]?|force[ds]?|tell|told|tells|signed|sign|signs|use[ds]?|"
    r"paid|approve[ds]?|authori[sz]e[ds]?|cleared?|permit(?:ted|s)?|ordered|order|orders|lets"
)
# a verb of holding or buying takes no object after 'with': "co-owns with Glencore", "bought with partners"
_NO_WITH_OBJECT = frozenset(["invests-in", "owns", "acquires"])
_WITH_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?with\s+(?:the\s+|its\s+|their\s+)?")
_SHARED_HOLDING = frozenset(["co-own", "jointly own"])  # the partner 'with' whom it is held holds it too
_TAKE_OVER = frozenset(["take over"])
_AS_A_POST = re.compile(r"\s+(?:[a-z]+ly\s+)?as\s+(?:its\s+|the\s+|interim\s+|acting\s+)*(?!a\s|an\s)")
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:that|and|but)\s+)(?:we|they|I|it)\s+(?:\w+\s+)?$", re.I)
_CLAUSE_VERB = re.compile(
    r"\s+(?:also\s+)?(?:have|has|had|were|are|was|is|will|would|entered|signed|agreed|announced|said|reported|filed|"
    # "holds 11% of Acme, and Orvane owns close to 9%": a second clause's subject, with its own stake
    r"formed|reached|completed|struck|owns|holds|controls|invests|bought|buys)\b"
)
_TITLE_WORD_AFTER = re.compile(r"\s+(?:Manager|Director|Officer|President|Head|Counsel|Controller|Lead|Executive)\b")
_OBJECT_RELATIVE = re.compile(r",\s*(?:which|that|whom)\s+$")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_LATE_BY = re.compile(  # an adverbial, then the agent: "in 2015 by", "last year by", "for $2 billion by"
    r",?\s+(?:in|on|at|for|under|last|earlier|this|during|early|late|\w+ly|\$[\d.,]+\w*|\d[\w.,]*%?)"
    r"(?:\s+(?!by\b)[\w$.%-]+){0,3}?,?\s+by\s+(?:the\s+)?"
)
# "Jane Roe, a former Google executive", "Jane Roe has been Acme's president"
# "A and B will form a long-term operational partnership": the pair, a verb of forming, a described tie
# "A and B said on Monday they would end their alliance": the two who said it, before the report of it
_THEY_SAID = re.compile(r"\s+(?:said|say|says)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?they\s+[^,;]*$")
_APPOSITIVE_AT = re.compile(
    r"(?:now\s+)?(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?:part|unit|division|subsidiary|arm|affiliate|brand|segment|"
    r"business|owner|parent)\s+of\b|(?:now\s+)?(?:wholly\s+|majority\s+|partly\s+)?owned\s+by\b"
)
_FORMING_GAP = re.compile(
    # ("A and B said on Monday they would end their alliance": a report of what the two do to it)
    r"\s+(?:(?:said|say|says)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?they\s+)?"
    r"(?:(?:will|would|have|has|had|plan\s+to|agreed\s+to|are\s+to|intend\s+to|aim\s+to)\s+)?"
    r"(?:form|formed|forming|create|created|set\s+up|forge|forged|launch|launched|sign|signed|strike|struck|"
    r"enter\s+into|entered\s+into|expand|expanded|extend|extended|deepen|deepened|end|ended|dissolve|dissolved|"
    r"unwind|unwound)\s+"
    r"(?:a|an|the|their|its)\s+(?:(?:[a-z][\w-]*|\d\w*)\s+){0,3}"  # ("their 2M alliance")
)
_PERSON_THEN_POST = re.compile(
    # ("Adam Presser, formerly TikTok's head of operations": a post held before)
    r"(?:,\s*(?:(?:formerly|previously|once|until\s+recently|most\s+recently)\s+)?(?:who\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|will\s+become|is\s+now|"
    # "Jane Roe, who stepped down as Corvax's chief executive": the post she left
    r"(?:stepped|steps|will\s+step)\s+down\s+as|resigned\s+as|retired\s+as|served\s+as|left\s+as|"
    # "Charles Drucker, who returned as Worldpay's chief executive", "who took over as", "who stays on as"
    r"returned\s+as|returns\s+as|took\s+over\s+as|takes\s+over\s+as|stays\s+on\s+as|stayed\s+on\s+as|"
    r"was\s+named|was\s+appointed|has\s+served\s+as)\s+)?"
    r"|\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|will\s+be|will\s+become|serves\s+as|"
    r"served\s+as|has\s+served\s+as|is\s+currently|was\s+previously|is\s+now|stepped\s+down\s+as|"
    r"resigned\s+as|retired\s+as|"
    # "Jane Roe was named Acme's chief executive", "... has been appointed as Acme's first finance chief"
    r"(?:was|is|has\s+been|will\s+be|had\s+been)\s+(?:named|appointed|promoted\s+to|elevated\s+to|hired\s+as|"
    r"picked\s+as|chosen\s+as|tapped\s+as)(?:\s+as)?|(?:took|takes|will\s+take|has\s+taken)\s+over\s+as|"
    r"(?:joined|joins|will\s+join|rejoined)\s+as)\s+)"
    r"(?:(?:a|an|the)\s+)?(?:former\s+|ex-\s*)?(?:(?:longtime|long-time|veteran|senior|top|star|early)\s+)?(?:the\s+)?"
)
_SECOND_POST_TAIL = r"\s+and\s+(?:a|an)\s+(?:former\s+|ex-\s*)?(?:(?:longtime|long-time|veteran|senior|top|early)\s+)?"
_SECOND_POST = re.compile(rf",\s*(?:the\s+)?[^,;()]{{3,70}}?{_SECOND_POST_TAIL}")
_SECOND_POST_AFTER_OWNER = re.compile(rf"['’]s?\s+[^,;()]{{3,60}}?{_SECOND_POST_TAIL}")
_COORDINATED = re.compile(r"\s+and\s+(?:(?:a|an|the|also|as)\s+)?(?:[\w-]+\s+){0,3}")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|by|at|for|with|to|in)\s+(?:the\s+)?$")
_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&|as well as")
_MODIFIER_AFTER = re.compile(r"-(?:owned|backed|controlled|led|funded|based|run)\s+(?:[a-z][\w-]*\s+){0,2}")
OWNED_KIND_THEN_NAME = re.compile(  # "Alphabet's venture arm GV", "Ray Dalton's investment firm Dalton Holdings"
    r"['’]s?\s+(?:(?:[a-z][\w-]*\s+){0,2}(?:firm|company|fund|group|office|vehicle|holding\s+company|arm|unit)\s+)?"
)
_AUXILIARIES = r"(?:(?:is|was|are|were|has|have|had|been|being|will|would|also|now|still|then|later|recently)\s+)*"
_APPOSITION_ASIDE = re.compile(
    r"(?<=\w),\s+(?:(?:a|an|the)\s+[^,;()]{1,60}?|(?:now\s+)?part\s+of\s+[^,;()]{1,50}?|"
    # "P, ex-CEO of X, joined Y", "P, former chairman of X,": a post without an article
    r"(?:former\s+|ex-)?(?:CEO|chief\s+executive|president|chairman|chairwoman|founder|co-founder|head)\s+of\s+"
    r"[^,;()]{1,50}?|[A-Z][^,;()]{0,40}?['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),"
    rf"(?=\s+{_AUXILIARIES}[a-z]+\b)"
)
_AFTER_APPOSITION = re.compile(rf"\s*{_AUXILIARIES}")
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added|wrote|noted)\b")
_SHARE_AFTER = re.compile(
    r"\s+(?:the\s+(?:remaining|other|rest\s+of\s+the)\s+|(?:about|around|roughly|nearly|almost|some)\s+)?"
    r"\d+(?:\.\d+)?\s?(?:%|percent\b)"
)
# ", the social network ": a description whose relative clause has no 'that' ("X, the network Acme bought")
_ZERO_RELATIVE = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,4}")
_REDUCED_ASIDE = re.compile(
    # ("founded in 2022 and backed by ARCH Venture Partners,": a founding year, then the agent)
    r",\s*(?:(?:(?:co-)?founded|started|set\s+up|created|launched)\s+in\s+(?:19|20)\d\d\s+and\s+)?"
    r"(?:(?:co-)?founded|started|set\s+up|created|led|run|chaired|headed|backed|owned|controlled|funded)\s+"
    r"(?:in\s+(?:19|20)\d\d\s+)?by\s+[^,;]*"
    # ("founded by P and funded by his hedge fund, High-Flyer,": the agent's apposition is in the aside too)
    # ("backed by A, B and C,": the agents listed)
    r"(?:,\s+(?:(?:and\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|&|of))*|(?:his|her|its|their)\s+[^,;]{1,40}))*,"
    # "Arcadium, formed from last year's merger of Allkem and Livent, counts ...": where the company came from
    r"|,\s*(?:formed|created|born|spun\s+off|carved\s+out)\s+(?:(?:in\s+(?:19|20)\d\d\s+)?(?:from|through|out\s+of)|"
    r"by\s+(?:the\s+)?(?:merger|combination|union))\s+[^,;]*,"
)
_SINGULAR_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:owns|holds|has|is|controls|invests|competes|makes|sells|buys|"
    r"supplies|develops|runs|operates|plans|employs|partners)\b"
)


def _last_closed(glues: list[str]) -> int:
    """How many glues lead up to the last member a conjunction joined."""
    return max(i + 1 for i, glue in enumerate(glues) if _CONJUNCTION.search(glue))


_ADVERB_PARTICIPLE = re.compile(
    r"\b(?:wholly|majority|minority|partly|partially|jointly|privately|publicly|state|family|indirectly|directly|"
    r"fully|employee)[\s-]*$",
    re.I,
)
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b")
_COMPANY_NOUN_BEFORE_THAT = re.compile(
    # a definite description, or one set beside a name ("Netlist, a small memory designer that accused it"), not
    # a new company ("creating a standalone company that owns Wall's")
    r"(?:,\s+(?:a|an|the)|\b[Tt]he)\s+(?:[\w.,-]+\s+){0,5}?(?:company|firm|group|maker|startup|start-up|designer|developer|provider|operator|lender|bank|insurer|retailer|"
    r"chain|unit|business|subsidiary|carrier|airline|chipmaker|automaker|carmaker|drugmaker|manufacturer|supplier|"
    r"giant|conglomerate|fund|investor)\s+that\s+$"
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|your|this|that|whose)\s+)$", re.I)
_INCLUDING = re.compile(
    r"(?:including|such as|like|notably|especially|namely|among them|for example|"
    r"(?:that|which|who)\s+includ(?:ed|es|e))\s*"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_PARENTHETICAL = re.compile(
    rf"{LISTING_RELATIVE}|"
    r",\s*(?:\w+ing\s+(?:together\s+)?with|in collaboration with|in partnership with|together with|along with|"
    r"alongside|with|including|such as|like|as well as|backed by|led by|owned by|which|who|whose|in which|"
    r"a|an|the|its|now|formerly|once|both|founded|based|started|headquartered|valued|created|launched|owner|parent|"
    r"operator|maker|developer|home)\b[^,;]*?,"
    r"|\([^)]*\)|[—–][^—–]*[—–]"
)
_BASE_CONFIDENCE = {
    "verbs": 0.85,
    "passives": 0.8,
    "nouns": 0.75,
    "symmetric_nouns": 0.7,
    "roles": 0.85,
    "possessive": 0.7,
}


@cache
def _title_between() -> re.Pattern[str]:
    """A job title between two names ("OpenAI's former chief technology officer"), built on first use: the
    lexicon is not read when the module is imported."""
    role = role_pattern().pattern
    # "the startup's founder and chief executive, Jane Roe": two titles, and a comma before the name
    return re.compile(
        r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}?(?:" + role + r")(?:\s+and\s+(?:[a-z-]+\s+){0,2}?(?:" + role + r"))?,?\s+",
        re.I,
    )


@dataclass
class Candidate:
    relation: str
    subject: Mention
    object: Mention
    frame: str
    trigger: str
    confidence: float
    qualifiers: dict[str, Any] = field(default_factory=dict)
    scope: str = ""  # more words whose modality cues apply (a cue after the pair: "A, B set to merge")
    scope_only: bool = False  # the words between the pair are not about it: only `scope` holds its cues


_BRACKET_OPEN_BEFORE = re.compile(r"\([\"“]?$")
# auxiliaries, one of them finite ("A, whose ..., is backed by"), or a verb of intent and 'to': what comes between
# a relative aside and its head's predicate ("A, which backs B, the maker of C, has been racing to catch up with D":
# A races, not B nor C)
_PREDICATE_AFTER_ASIDE = re.compile(
    r"\s*(?:(?:been|being|will|would|also|now|still)\s+)*"
    r"(?:(?:is|was|are|were|has|have|had)\s+(?:(?:is|was|are|were|has|have|had|been|being|will|would|also|now|still)\s+)*"
    r"(?:(?:trying|racing|working|rushing|looking|seeking|scrambling|struggling|hoping|aiming|moving|planning)\s+to\s+)?"
    r"|(?:plans|planned|wants|wanted|hopes|hoped|aims|aimed|seeks|sought|tries|tried|agreed|intends|intended|expects|"
    r"needs|needed)\s+to\s+"
    r"|(?:become|becomes|became|remain|remains|remained)\s+)"  # "Wiz, whose backers ..., will become part of"
)
# the apposition right after a relative aside describes a name in it: ", which backs B, the maker of C,"
_APPOSITION_AFTER_ASIDE = re.compile(r"\s*(?:the|a|an)\s+[^,;]{1,60},")
_SINGULAR_RELATIVE = re.compile(
    r"\s*,\s*(?:which|who|that)\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+|already\s+)?(?:is|was|has|[a-z]+[^s\W]s)\b"
)
_SOLD_ON_TO = re.compile(r",?\s+to\s+(?!be\b|help\b|make\b|build\b|offer\b|develop\b)")


_WORD = re.compile(r"[\w$%€£'’-]+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


# "For Kestrel, the sale is a reset after ...,": the main clause after a fronted phrase, no aside
_CLAUSE_NOT_ASIDE = re.compile(
    r",\s*(?:a|an|the)\s+(?:(?!(?:that|which|who|whose)\s)[\w-]+\s+){1,2}?"
    r"(?:is|was|are|were|has|have|had|will|would|could|can|may|might)\s"
)


def _parenthetical_spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _PARENTHETICAL.finditer(sentence.text)
        if not _CLAUSE_NOT_ASIDE.match(m.group())
    ]


def _inside(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((s for s in spans if s[0] <= position < s[1]), None)


class SentenceRelations:
    """Finds the relations one sentence states between its mentions."""

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        mentions: list[Mention],
        earlier: list[Mention] | None = None,
        document: list[Mention] | None = None,
        earlier_start: int = 0,
    ):
        self.text = text
        self.sentence = sentence
        self.mentions = [m for m in mentions if sentence.start <= m.start < sentence.end]
        self.earlier = earlier or []  # the mentions of the sentence before this one ("the two companies")
        self.earlier_start = earlier_start  # where that sentence starts
        self.document = document or []  # the document's mentions (shared, not copied): those before it count
        self.parentheticals = _parenthetical_spans(sentence)
        self._listable_cache: list[Mention] | None = None
        # "Albertsons, whose chains include Safeway and Vons, is backed by": names said in passing
        self.asides = [
            (sentence.start + a.start(), sentence.start + a.end()) for a in RELATIVE_ASIDE.finditer(sentence.text)
        ]
        # "Acme, founded by Jane Roe, has been owned by B": a reduced relative with its agent is one too
        self.reduced_asides = [
            (sentence.start + a.start(), sentence.start + a.end()) for a in _REDUCED_ASIDE.finditer(sentence.text)
        ]
        self.asides += self.reduced_asides
        # "Acme, a rival of Google, was bought by B", "Acme, Orvane's biggest rival, was bought by B": a description
        # set beside the subject, with a name of its own in it
        self.appositions = [
            (sentence.start + a.start(), sentence.start + a.end()) for a in _APPOSITION_ASIDE.finditer(sentence.text)
        ]

    @cached_property
    def lowered(self) -> str:
        """The sentence in lower case, for the cheap word tests that let constructions skip most sentences."""
        return self.sentence.text.lower()

    @cached_property
    def titles(self) -> list[re.Match[str]]:
        """The job titles in the sentence, in order (the roles and several constructions go through them)."""
        if title_cues().isdisjoint(self.words):
            return []  # (no title's first word: the long pattern cannot match)
        return list(role_pattern().finditer(self.sentence.text))

    @cached_property
    def words(self) -> frozenset[str]:
        """The sentence's words, lower-cased (what trigger and title cues are looked up in)."""
        return words_of(self.sentence.text)

    def has_any(self, *words: str) -> bool:
        """Whether the sentence holds one of these lower-case strings."""
        lowered = self.lowered
        for word in words:  # noqa: SIM110 (a loop, not any() over a generator: asked ~20 times a sentence)
            if word in lowered:
                return True
        return False

    def right_after(self, mention: Mention, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """`pattern` matched right where `mention` ends, within the sentence."""
        return pattern.match(self.text, mention.end, self.sentence.end)

    def between(self, start: int, end: int) -> str:
        return self.text[start:end]

    def _masked(self, start: int, end: int) -> str:
        """The text between, each name in it replaced by one word (so that 'Corp.' ends no clause)."""
        pieces, cursor = [], start
        for mention in self.mentions:
            if start <= mention.start and mention.end <= end:
                pieces += [self.text[cursor : mention.start], "Name"]
                cursor = mention.end
        return "".join(pieces) + self.text[cursor:end]

    def _without_parentheticals(self, start: int, end: int) -> str:
        return self._without(start, end, self.parentheticals)

    def _without(self, start: int, end: int, spans: list[tuple[int, int]]) -> str:
        """The text between two places without the `spans` wholly inside it."""
        pieces, cursor = [], start
        for span_start, span_end in spans:
            if start <= span_start and span_end <= end:
                pieces.append(self.text[cursor:span_start])
                cursor = span_end
        pieces.append(self.text[cursor:end])
        return " ".join(pieces)

    def _glue(self, start: int, end: int) -> str:
        # "Volkswagen, its largest shareholder, and Goldman Sachs": a member's description is no glue
        glue = _MEMBER_DESCRIBED.sub("", _BRACKETED.sub("", self.between(start, end)))
        # "include A, its largest; B, which signed a $22 billion deal; and C": members described, set off by ';'
        described = _DESCRIBED_THEN_SEMICOLON.fullmatch(glue)
        return (", and " if described.group("and") else ", ") if described else glue

    def _listable(self) -> list[Mention]:
        """Mentions that can be list members: not a bracketed short form of the name before it."""
        if self._listable_cache is None:  # (asked for again and again while lists are expanded)
            self._listable_cache = [
                m for m in self.mentions if not _BRACKET_OPEN_BEFORE.search(self.text, max(0, m.start - 2), m.start)
            ]
        return self._listable_cache

    def _expand_left(self, mention: Mention) -> list[Mention]:
        if mention.kind == "reference" and mention.text.lower() in ("it", "they"):
            return [mention]  # "... run on AWS, and it works with B": a pronoun heads a clause, it joins no list
        if _SINGULAR_VERB_AFTER.match(self.text, mention.end):
            return [mention]  # "holds 11% of Acme, and Orvane owns 9% of B": a singular verb has one subject
        group, glues = [mention], list[str]()
        # "Dow Jones, which publishes the Journal, and the Post are owned by": a name in a relative aside is no
        # member, and the aside is no glue
        # (only for a subject list whose verb follows: "... and the Post are both owned by")
        asides = (
            [
                (self.sentence.start + a.start(), self.sentence.start + a.end())
                for a in _WHICH_ASIDE.finditer(self.sentence.text)
                if self.sentence.start + a.end() <= mention.start
            ]
            if _PLURAL_VERB_AFTER.match(self.text, mention.end)
            else []
        )
        listable = [m for m in self._listable() if not any(s < m.start < e for s, e in asides)]
        while True:
            head = self._home_country_start(group[0])
            earlier = [m for m in listable if m.end <= head]
            glue = self._glue(earlier[-1].end, head) if earlier else ""
            glue = _WHICH_ASIDE.sub(",", glue) if asides else glue
            if earlier and earlier[-1].possessive and group[0].possessive:
                glue = _POSSESSIVE_MARK.sub("", glue)  # "Amazon's and Google's investments in": both invest
            if not earlier or not _LIST_GLUE.match(glue):
                break
            group.insert(0, earlier[-1])
            glues.insert(0, glue)
        # "A, B and C": a bare comma joins a list only when a conjunction closes it
        if glues and not _CONJUNCTION.search(glues[-1]):
            return [mention]
        return group

    def _home_country_start(self, mention: Mention) -> int:
        """Where 'Japan's Mitsubishi Heavy Industries' starts: a country named to place a company is part of its
        mention in a list ('BAE Systems, Italy's Leonardo and Japan's Mitsubishi')."""
        country = next((m for m in self.mentions if m.end < mention.start and m.end >= mention.start - 4), None)
        if (
            country is not None
            and country.possessive
            and re.fullmatch(r"['’]s?\s+", self.between(country.end, mention.start))
            # ("Amazon and Alphabet's Google are Anthropic's largest shareholders": an owner named with its company)
            and (
                country.types == ("Location",) or ("Organization" in country.types and "Organization" in mention.types)
            )
        ):
            return country.start
        return mention.start

    def _expand_right(self, mention: Mention) -> list[Mention]:
        group = self._expand_right_list(mention)
        if len(group) > 1 and _CLAUSE_VERB.match(self.text, group[-1].end):
            return group[:1]  # "bought Corvo, Halden and Lumio entered ...": the list is the next clause's subject
        if len(group) > 1 and group[-1].types == ("Person",) and _SPEAKS_AFTER.match(self.text, group[-1].end):
            return group[:-1]  # "..., and its chief executive, Joe Roe, said": the speaker of a new clause
        return group

    def _expand_right_list(self, mention: Mention, through_possessive: bool = False) -> list[Mention]:
        group, glues = [mention], list[str]()
        listable = self._listable()
        while True:
            later = [m for m in listable if m.start >= group[-1].end]
            apposed = _APPOSED_GLUE.match(self.text, group[-1].end, self.sentence.end)
            # ("the Bollore Group, a consortium led by Tencent, and Pershing Square": a described member, then the
            # last one)
            closing = (
                apposed is not None
                and apposed.group().rstrip().endswith(" and")
                and not re.match(r",\s+(?:its|their)\s", apposed.group())  # ("A, its chief executive P, and B")
                and group[-1].types[0] != "Person"
            )
            if apposed is not None and (group[-1].types[0] == "Product" or closing):
                # "developing MET-097i, a GLP-1 injection, and MET-233i, ...": each product described in passing
                later = [m for m in later if m.start >= apposed.end()]
                kind = later[0].types[0] if later else ""
                if later and later[0].start == apposed.end() and (kind == "Product" or (closing and kind != "Person")):
                    group.append(later[0])
                    glues.append(apposed.group())
                    if _CONJUNCTION.search(apposed.group()):
                        break
                    continue
            kinded = (
                _KIND_LIST_GLUE.match(self.text, group[-1].end, self.sentence.end)
                if _KINDED_FIRST.search(self.text, self.sentence.start, group[0].start)
                else None
            ) or (
                _KIND_LIST_GLUE_BARE.match(self.text, group[-1].end, self.sentence.end)
                if _BEHIND_BARE.search(self.text, self.sentence.start, group[0].start)
                else None
            )
            if kinded is not None:
                # "the owner of the Paragon+ streaming service, the Redwater Games studio and the "Starfall"
                # franchise": each member named between 'the' and its kind
                after = next((m for m in listable if m.start >= kinded.end()), None)
                if after is not None and after.start == kinded.end() and after.types[0] != "Person":
                    group.append(after)
                    glues.append(kinded.group())
                    if _CONJUNCTION.search(kinded.group()):
                        break
                    continue
            aside = _ASIDE_THEN_AND.match(self.text, group[-1].end, self.sentence.end)
            if aside is not None:
                # "Amazon, which has invested $8 billion, and Google": the aside is said of one member
                after = next((m for m in listable if m.start >= aside.end()), None)
                if after is not None and after.start == aside.end() and after.types[0] == group[-1].types[0]:
                    group.append(after)
                    glues.append(" and ")
                    break
            glue = self._glue(group[-1].end, later[0].start) if later else ""
            if len(later) > 1 and later[0].types[0] == "Location" and not _LIST_GLUE.match(glue):
                wider = self._glue(group[-1].end, later[1].start)
                if _LIST_GLUE.match(wider):  # "A and its US partner B": the place only describes B
                    later, glue = later[1:], wider
            if not later or not _LIST_GLUE.match(glue):
                break
            if later[0].possessive:  # "Nvidia, SoftBank's Vision Fund and Jeff Bezos": the owned name is listed
                owned = next((m for m in listable if m.start > later[0].end), None)
                if owned is not None and (
                    (
                        # ("Meta's Instagram": a platform run as a business is listed in its own name)
                        (owned.types[0] == "Organization" or load_gazetteer().in_own_name(owned.name))
                        and OWNED_KIND_THEN_NAME.fullmatch(self.between(later[0].end, owned.start))
                    )
                    # "BAE Systems, Italy's Leonardo and Japan's IHI": a country's company
                    or (
                        later[0].types == ("Location",)
                        and "Organization" in owned.types
                        and _POSSESSIVE_ONLY.fullmatch(self.between(later[0].end, owned.start))
                    )
                ):
                    later = [owned]
            person = next((m for m in self.mentions if m.start > later[0].end), None)
            if (
                person is not None
                and "," in glue
                and person.types == ("Person",)
                and _title_between().fullmatch(self.between(later[0].end, person.start))
            ):
                break  # "holds 11% of Acme, and Orvane Chief Executive Jane Roe owns 9%": Orvane names her post
            if (
                person is not None
                and person.types[0] == "Person"
                and person in listable
                and later[0].types[0] == "Organization"
                and _CONJUNCTION.search(glue)
                and _COMPANY_TITLE_GAP.fullmatch(self.between(later[0].end, person.start))
                and _title_between().fullmatch(self.between(later[0].end, person.start))
            ):
                later = [person]  # "from A, B and Amazon founder Jeff Bezos": the company names his post
            if _SHARE_AFTER.match(self.text, later[0].end):
                break  # "owns 51% of A and B the remaining 49%": B holds a share, it is no second object
            if (
                glues
                and _CONJUNCTION.search(glues[-1])
                and "as well as" not in glues[-1] + glue
                and not _SUBLIST_OPENED.search(glues[-1])  # "A and rivals such as B and C": a list in the list
            ):
                break  # "A, B and C" ends at the conjunction's element ...
            if sum("as well as" in g for g in [*glues, glue]) > 1:
                break
            group.append(later[0])
            glues.append(glue)
        # ... unless 'as well as' joins it to a second list: "backed by A and B, as well as C and D"
        if glues and not _CONJUNCTION.search(glues[-1]):
            return group[:1] if not any(_CONJUNCTION.search(g) for g in glues) else group[: 1 + _last_closed(glues)]
        return group

    def left_of(
        self, position: int, fits: tuple[str, ...] = (), avoid: set[str] | None = None, apposition: bool = False
    ) -> list[Mention]:
        """The clause subject before `position`, skipping parentheticals that do not hold `position`
        and mentions whose type cannot fill the role (`fits`)."""
        found = self._left_of(position, fits, avoid, apposition)
        described = _DESCRIPTION_OF_BEFORE.search(self.text, self.sentence.start, found[0].start) if found else None
        if described is not None:
            # "The maker of Peugeot, Fiat and Jeep vehicles will set up ...": the maker acts, not what it makes
            maker = next((m for m in self.mentions if m.kind == "reference" and m.start == described.start()), None)
            if maker is not None and (not fits or set(maker.types) & set(fits)):
                return [maker]
        return found

    def _left_of(
        self, position: int, fits: tuple[str, ...] = (), avoid: set[str] | None = None, apposition: bool = False
    ) -> list[Mention]:
        here = _inside(position, self.parentheticals)
        nearest = True
        for mention in reversed([m for m in self.mentions if m.end <= position]):
            span = _inside(mention.start, self.parentheticals)
            heads = apposition and _APPOSITION_GAP.fullmatch(self.between(mention.end, position))
            if span is not None and span != here and not heads:
                continue  # but "..., which is sold by Corvo, now part of Halden": Corvo heads the apposition
            aside = _inside(mention.start, self.asides) or _inside(mention.start, self._apposed_asides)
            if (  # (not "Kynamro, which is sold by Genzyme, now part of Sanofi": Genzyme heads the apposition)
                aside is not None
                and aside[1] <= position
                and (
                    _PREDICATE_AFTER_ASIDE.fullmatch(self.between(aside[1], position))
                    # "A, whose investors include B and C, develops" (not "A, which is sold by B, now part of C")
                    # ("A, which competes with B, raised money from C": A raised it; but "Kynamro, which is sold
                    # by Genzyme, now part of Sanofi": the apposition after the aside describes Genzyme)
                    or (
                        not self.between(aside[1], position).strip()
                        and not (apposition and _APPOSITIVE_AT.match(self.text, position))
                    )
                )
            ):
                continue  # "A, whose chains include B and C, is backed by D": A is backed
            if nearest and fits and mention.types[0] == "Person" and "Person" not in fits and not apposition:
                employer = self._post_in_aside(mention, position, fits)
                if employer is not None:
                    # "Nikesh Arora, who became Acme's chief executive in 2018, has used acquisitions to take on
                    # B": the person acts for the company the aside gives him
                    return self._expand_left(employer)
            if nearest and fits and mention.types == ("Person",) and "Person" not in fits and not apposition:
                gap = self.between(mention.end, position)
                if _words(gap) <= 3 and not re.search(r"[,;()]|\b(?:and|or|but)\b", gap):
                    # "Chief Executive Jane Roe wants to catch up with B": the person acts, for the company named
                    # with her ("Acme's Jane Roe", "Acme CEO Jane Roe"), not for another one named before
                    employer = self._employer_of(mention, fits)
                    return self._expand_left(employer) if employer is not None else []
            reduced = _inside(mention.start, self.reduced_asides)
            if reduced is not None and reduced[1] <= position:
                continue  # "The startup, backed by A, will also rent servers from B": A is the participle's agent
            apposed = _inside(mention.start, self.appositions)
            if (
                apposed is not None
                and apposed[1] <= position
                and _AFTER_APPOSITION.fullmatch(self.between(apposed[1], position))
            ):
                continue  # the name inside the description is not the predicate's subject
            nearest = False
            if (fits and not set(mention.types) & set(fits)) or (avoid and mention.name in avoid):
                continue
            if "Person" not in fits and self._titles_a_person(mention, position):
                continue  # "X, founded with LinkedIn co-founder Reid Hoffman, had raised": not LinkedIn
            opened = re.search(r",\s*$", self.text[max(0, mention.start - 3) : mention.start])
            if mention.possessive and opened and _POSSESSED_APPOSITION.match(self.between(mention.end, position)):
                continue  # "Microsoft, OpenAI's largest investor, is building": the investor acts, not OpenAI
            gap = self._without_parentheticals(mention.end, position)
            # ("The fund, chaired by P and run by Q, has also built stakes in": the aside's words do not count)
            counted = self._without(mention.end, position, self.reduced_asides) if self.reduced_asides else gap
            if _CLAUSE_BREAK.search(gap) or _words(counted) > MAX_LEFT_WORDS or _PRONOUN_SUBJECT.search(gap):
                return []  # "the CMP deal, we acquired": the subject is the pronoun
            if (" that " in gap or " which " in gap) and _UNNAMED_RELATIVE.search(gap):
                return []  # "pitched A on taking stakes in a joint venture that would operate B": the venture's
            if mention.possessive and mention.kind != "reference":
                owned = [m for m in self.mentions if mention.end < m.start <= mention.end + 4]
                if owned and owned[0].end <= position and owned[0].type == "Product" and mention is not owned[0]:
                    continue
            return self._expand_left(mention)
        return []

    @cached_property
    def _apposed_asides(self) -> list[tuple[int, int]]:
        """Each relative aside with the apposition right after it, which describes a name in it: ', which backs
        B, the maker of C,'."""
        spans = []
        for start, end in self.asides:
            apposition = _APPOSITION_AFTER_ASIDE.match(self.text, end, self.sentence.end)
            if apposition is not None:
                spans.append((start, apposition.end()))
        return spans

    def _titles_a_person(self, mention: Mention, position: int) -> bool:
        """Whether a company only names a person's post before `position`: 'LinkedIn co-founder Reid Hoffman'."""
        person = next((m for m in self.mentions if m.start >= mention.end and m.end <= position), None)
        return (
            person is not None
            and person.types == ("Person",)
            and not mention.possessive
            and _title_between().fullmatch(self.between(mention.end, person.start)) is not None
            # inside a phrase with a preposition ("founded with LinkedIn co-founder P"), before another predicate
            # ("... and had raised"): not the clause's subject
            and _PREPOSITION_JUST_BEFORE.search(self.text, max(self.sentence.start, mention.start - 16), mention.start)
            is not None
            and _AND_VERB_BEFORE.search(self.between(person.end, position)) is not None
        )

    def _post_in_aside(self, person: Mention, position: int, fits: tuple[str, ...]) -> Mention | None:
        """The company a relative aside right after a person gives him a post at ('P, who became Acme's chief
        executive in 2018, ...'), when only a short predicate follows the aside."""
        aside = next((a for a in self.asides if a[0] == person.end and a[1] <= position), None)
        if aside is None or not (_WHO_BECAME.match(self.text, person.end) or WHO_RUNS.match(self.text, person.end)):
            return None
        after = self.between(aside[1], position)
        if _words(after) > 6 or re.search(r"[,;()]|\b(?:and|or|but|said|says)\b", after):
            return None
        inside = [m for m in self.mentions if aside[0] < m.start < aside[1]]
        if not inside or not set(inside[0].types) & set(fits) or inside[0].types == ("Person",):
            return None
        head = self.between(person.end, inside[0].start)
        if WHO_RUNS.fullmatch(head) and not inside[0].possessive and inside[0].types[0] != "Location":
            return inside[0]  # "Thomas Kurian, who has run Google Cloud since 2019, has been trying to ..."
        if not _WHO_BECAME.fullmatch(head) or not inside[0].possessive:
            return None
        end = inside[0].end + (self.text[inside[0].end : inside[0].end + 1] in ("'", "’"))
        return inside[0] if _title_between().match(self.text, end) else None

    def _employer_of(self, person: Mention, fits: tuple[str, ...]) -> Mention | None:
        """The company named right before a person, possessive or with a title between: 'Acme's Jane Roe'."""
        before = [m for m in self.mentions if m.end <= person.start]
        if not before or not set(before[-1].types) & set(fits) or before[-1].types == ("Person",):
            return None
        gap = self.between(before[-1].end, person.start)
        if (before[-1].possessive and not gap.strip(" '’s")) or _title_between().fullmatch(gap):
            return before[-1]
        return None

    def right_of(
        self, position: int, fits: tuple[str, ...] = (), limit: int = MAX_RIGHT_WORDS, employer: bool = False
    ) -> list[Mention]:
        """The object after `position`: near, or introduced by 'including' / 'such as' (`employer`: a company
        whose place-named part is meant, 'heads Aviva's UK operation')."""
        later = [m for m in self.mentions if m.start >= position]
        anchor = position
        for index, mention in enumerate(later):
            gap = self._masked(anchor, mention.start)
            following = later[index + 1] if index + 1 < len(later) else None
            titled = following is not None and _title_between().fullmatch(self.between(mention.end, following.start))
            if fits and not set(mention.types) & set(fits) and (not mention.possessive or titled):
                if _words(gap) > limit or _SOLD_ON_TO.match(self.text, mention.end):
                    return []  # "selling Vodafone Spain to Zegona": what is sold is named, Zegona is no object
                if following is not None and titled:
                    anchor = mention.start  # "founded by former OpenAI chief technology officer Mira Murati"
                    if "Person" in fits and "Person" in following.types:
                        anchor = following.start
                town = STATE_BASED_AFTER.match(self.text, mention.end) if mention.types[0] == "Location" else None
                if town is not None and _words(gap) <= limit:
                    anchor = town.end()  # "had run Canonsburg, Pennsylvania-based Ansys": the place describes Ansys
                continue
            if _INCLUDING.search(gap) and _words(gap) <= limit + 8 and not re.search(r"[;.]\s", gap):
                pass
            elif _OPENING_QUOTE.fullmatch(gap):
                pass  # 'owns "League of Legends" developer Riot Games': a title in quotes
            elif re.fullmatch(r"\s*,\s*(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}", gap) and not re.search(
                r"\b(?:and|or|but|which|who|that|while|is|was|are|were|has|have|had|will|would|said|says)\b", gap
            ):
                pass  # apposition: "the ChatGPT creator, OpenAI", "its parent, Norwegian energy company Nordvik"
            elif _DESCRIBED_THEN_NAMED.fullmatch(gap):
                pass  # "partnered with ChatGPT creator, OpenAI", "bought French chipmaker, Kalray"
            elif _KIND_BEFORE_NAME.fullmatch(gap) and _words(gap) <= limit + 2:
                pass  # "a $1.7 billion purchase of the AI developer platform Weights & Biases"
            elif _AND_A_KIND_NAMED.fullmatch(gap):
                pass  # "develops open-weight language models as well as a consumer chatbot, Le Chat"
            elif _KIND_THEN_CALLED.fullmatch(gap) and _words(gap) <= limit + 5:
                pass  # "unveiled a humanoid robot known as Optimus", "a new model, known internally as Avocado"
            elif mention.types == ("Person",) and _ITS_POST_THEN_NAMED.fullmatch(gap):
                pass  # "has hired its founder and chief executive, Alexandr Wang"
            elif "Person" in fits and mention.types[0] == "Person" and _title_between().fullmatch(" " + gap.lstrip()):
                pass  # "is led by co-founder and Chief Executive Anthony Tan": the person, after the post
            elif _RIGHT_BREAK.search(gap) or _words(_A_SHARE_OF.sub(" ", gap)) > limit:
                return []  # ("own roughly 15% of the enlarged X": the share is no word of the gap)
            members = _GROUP_OF.search(gap) and not _KIND_OF_MEMBERS.match(self.text, mention.end)
            if "Person" in fits and _HEAD_OF_OTHER.search(gap) and not members:
                return []  # "started by the creators of Apache Iceberg": the creators, not Apache Iceberg
            if mention.possessive:
                # (a post in "Aviva's UK and Ireland insurance operation" is Aviva's: the place names where it is)
                owned = [
                    m
                    for m in self.mentions
                    if mention.end < m.start <= mention.end + 4 and not (employer and m.types[0] == "Location")
                ]
                # "controlled by Ray Dalton's investment firm Dalton Holdings": the firm, named after its kind
                owned = owned or [
                    m
                    for m in self.mentions[self.mentions.index(mention) + 1 : self.mentions.index(mention) + 2]
                    if OWNED_KIND_THEN_NAME.fullmatch(self.between(mention.end, m.start)) and "Organization" in m.types
                ]
                if owned:
                    mention = owned[0]
                elif _ITS_STAKE_AFTER.match(self.text, mention.end):
                    return []  # "buy Renault's 10% stake in Nissan": the holding is bought, not Renault
            if _MODIFIER_AFTER.match(self.text, mention.end):  # "buy SoftBank-owned Kestrel": Kestrel is bought
                modified = next((m for m in self.mentions if m.start > mention.end), None)
                if modified is not None and _MODIFIER_AFTER.fullmatch(self.between(mention.end, modified.start)):
                    mention = modified
            headed = _HEAD_AFTER.match(self.text, mention.end)
            if headed is None and "Product" in mention.types:
                headed = _MAKER_AFTER.match(self.text, mention.end)
            head = next((m for m in self.mentions if headed and m.start == headed.end()), None)
            if head is not None and "Organization" in head.types:
                mention = head  # "a unit of Google parent Alphabet": Alphabet
            return self._expand_right(mention)
        return []

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        for trigger in triggers_in(self.sentence.text, self.words) if len(self.mentions) > 1 else ():
            for match in trigger.pattern.finditer(self.sentence.text):
                start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
                inside = [
                    m
                    for m in self.mentions
                    if m.start < end and start < m.end and m.kind != "reference" and m.types != ("Location",)
                ]  # (a place in the gap is no party: "faces competition in China from Huawei")
                company_refs = [m for m in self.mentions if m.kind == "reference" and m.type == "Organization"]
                if trigger.relation == "supplies" and any(start < m.start and m.end < end for m in company_refs):
                    continue  # "sold it to Beta": a company changes hands, nothing is supplied
                if trigger.relation == "supplies" and _STAKE_GOODS.search(self.text, start, end):
                    continue  # "sold a majority stake to B", "sells its shares to B": a holding changes hands
                if trigger.relation == "develops" and any(end < m.start <= end + 2 for m in company_refs):
                    continue  # "sold it", "sells the company": not a product made
                owner = self._owner_in_gap(trigger, start, end, inside)
                # ("buy Renault's stake in Nissan": the seller named in the gap, the object after it)
                sellers = all(m.possessive for m in inside) and _STAKE_TRIGGER_END.search(trigger.phrase)
                if inside and owner is None and not _goods_in_gap(trigger, inside) and not sellers:
                    continue
                if any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken):
                    continue
                determiner = (
                    _DETERMINER_BEFORE.search(self.text[max(0, start - 12) : start])
                    if trigger.frame == "verbs"
                    else None
                )
                # ("the company that makes Quillo", "the firm that built it": 'that' a relative after a company's
                # noun, the verb inflected; not "argued that owning Juniper")
                relative = (
                    determiner is not None
                    and determiner.group().split()[0].lower() == "that"
                    and _COMPANY_NOUN_BEFORE_THAT.search(self.text, max(0, start - 80), start) is not None
                    and match.group().split()[0] != trigger.phrase.split()[0]
                    and not match.group().split()[0].endswith("ing")
                )
                if determiner is not None and not relative:
                    continue  # "the launch", "its own": a noun, not the verb
                if (
                    trigger.frame == "verbs"
                    and match.group().split()[0].endswith("ed")
                    and _BE_BEFORE.search(self.text[max(self.sentence.start, start - 24) : start])
                    and re.search(r"\bby\b", self.text[start : min(self.sentence.end, end + 60)]) is None
                ):
                    continue  # "Kellanova was created last year when Kellogg spun off ...": a passive with no agent
                if (
                    trigger.frame == "verbs"
                    and _ADVERB_PARTICIPLE.search(self.text[max(0, start - 14) : start])
                    and _PARTICIPLE.match(match.group())  # ("the Walton family owns": a verb)
                ):
                    continue  # "a wholly owned subsidiary": an adjective, not the verb
                if trigger.frame == "verbs" and _NOUN_AFTER_VERB_FORM.match(self.text, end):
                    continue  # "a 2021 funding round": the noun's modifier, not the verb
                if (
                    trigger.frame == "verbs"
                    and trigger.phrase in ("hold", "control")
                    and _OFF_AFTER.match(self.text, end)
                ):
                    continue  # "fights to hold off Apple": keeps a rival away; "holding company SK Square": a noun
                if trigger.phrase == "finance" and _FINANCE_TITLE.match(self.text, end):
                    continue  # "a former finance executive at Uber": a post, not funding
                if (
                    trigger.frame == "verbs"
                    and trigger.phrase == "hold"
                    and _POSSESSIVE_BEFORE.search(self.text[max(0, start - 4) : start])
                ):
                    continue  # "Renault's holding in Nissan": a stake (the noun), not ownership
                if trigger.phrase == "part of" and _TRADED_BEFORE.search(self.text[max(0, start - 16) : start]):
                    continue  # "sold part of its holding in X": a share of something, not a parent
                if trigger.phrase in _TAKE_OVER and (
                    _AS_A_POST.match(self.text, end) or self.text.startswith(" from ", end)
                ):
                    continue  # "took over as chief executive", "took over from P": a post, not a takeover
                if trigger.phrase == "back" and _COME_BEFORE.search(self.text[max(0, start - 12) : start]):
                    continue  # "would come back to it": a return, not backing
                fund_verb = trigger.frame == "verbs" and trigger.phrase.startswith(("fund", "financ"))
                if fund_verb and _FUND_NOUN_BEFORE.search(self.text[max(0, start - 20) : start]):
                    continue  # "Singapore's sovereign fund GIC": a fund, not funding
                if fund_verb and match.group().lower() == "funds" and _FUND_NOUN_AFTER.match(self.text, end):
                    continue  # "funds including Elliott", "funds that hold": funds, not funding
                titled = self.text[start].isupper() and start > self.sentence.start
                if titled and _TITLE_WORD_AFTER.match(self.text, end):
                    continue  # "Regional Operations Manager": part of a job title
                if not trigger.phrase.endswith(" by") and re.match(r"\s+by\b", self.text[end : end + 4]):
                    continue  # "led by": the voice is passive, the phrase with "by" decides
                pairs = self._pairs(trigger, start, end) if owner is None else self._owner_pairs(trigger, start, owner)
                if pairs and not (inside and sellers):  # (the seller's own "stake in" is read too)
                    taken.append((start, end))
                for subject, obj in pairs:
                    # "Kestrel and Orvane will create a joint venture": the verb before the noun holds its modality
                    last = max(subject.end, obj.end)
                    lead = self.between(last, start) if trigger.frame == "symmetric_nouns" and last <= start else ""
                    if _BID_FOR.fullmatch(trigger.phrase) and start < min(subject.start, obj.start):
                        lead = match.group()  # "an offer for X from B": the bid before both holds the modality
                    found.append(
                        Candidate(
                            trigger.relation,
                            subject,
                            obj,
                            trigger.frame,
                            match.group(),
                            _BASE_CONFIDENCE[trigger.frame],
                            scope=lead if _words(lead) <= 6 else "",
                        )
                    )
        found += self._roles()
        found += self._possessive_products()
        found += self._maker_descriptions()
        found += self._common_noun_products()
        return found

    def _pairs(self, trigger: Trigger, start: int, end: int) -> list[tuple[Mention, Mention]]:
        if trigger.frame == "symmetric_nouns":
            return self._symmetric_pairs(start, end)
        rel = ontology.load().relations[trigger.relation]
        agent = self._late_agent(trigger, start, end)
        if agent is not None:  # "X was acquired in 2015 by Y"
            left = self.right_of(agent, rel.domain)
            right = self.left_of(start, rel.range, avoid={m.name for m in left})
            return [(s, o) for s in left for o in right if s.name != o.name]
        if trigger.frame == "passives":
            left = self.right_of(end, rel.domain, employer=trigger.relation == "employs")
            if (
                trigger.relation == "owns"
                and left
                and left[0].possessive
                and left[0].start - end <= 5
                and _POSSESSED_THING.match(self.text, left[0].end)
            ):
                left = []  # "a core part of ESPN's plans": part of a thing ESPN has, not of ESPN
            right = self.left_of(start, rel.range, avoid={m.name for m in left}, apposition=True)
            if (
                right
                and _FIRST_PREDICATE_OBJECT.search(self.text, self.sentence.start, right[0].start)
                and _AND_AUXILIARY.fullmatch(self.between(right[-1].end, start))
            ):
                # "Amundi is listed on Euronext Paris and is majority-owned by Credit Agricole": the second predicate
                # is the clause subject's, not said of the object of the first one's preposition
                subject = self._clause_subject(rel.range)
                right = [subject] if subject is not None and subject.end <= right[0].start else right
            if (
                trigger.phrase in ("developer", "maker", "creator")
                and right
                and _LISTED_DESCRIPTOR_GAP.fullmatch(self.between(right[-1].end, start))
            ):
                # "stakes in data-labelling firm Toloka, database developer ClickHouse": 'developer' heads a
                # description of the name after it; only a name right before it ("Fortnite developer Epic") is made
                right = []
            right = self._coordinated_object(right, start, rel.range, {m.name for m in left})
            right = self._relative_antecedent(right, start, rel.range) or right
            if len(right) > 1 and _SINGULAR_RELATIVE.match(self.text, right[-1].end):
                right = right[-1:]  # "A and B, which is owned by C"
            if len(right) > 1 and _SINGULAR_APPOSITION.fullmatch(self._masked(right[-1].end, start)):
                right = right[-1:]  # "A, B and MGX, a technology investor backed by E": the apposition is MGX's
            if (
                right
                and _SINGULAR_OF.fullmatch(trigger.phrase)
                and _NEW_CONJUNCT.search(self.between(right[-1].end, start))
                and not _COPULA_OR_COMMA.search(
                    self.between(right[-1].end, start)
                )  # "is a unit of A and an affiliate of B"
            ):
                right = []  # "buy A for $6.5 billion and the robotics business of B": an unnamed unit of B's
            if (
                len(right) > 1
                and _BARE_APPOSITION.fullmatch(self.between(right[-1].end, start))
                and _SINGULAR_OF.fullmatch(trigger.phrase)
            ):
                right = right[-1:]  # "A, B and Warner Records, part of Warner Music Group,": the last one's
            # "X, which was founded in 2016, had raised money from A, B and C": a relative aside is no apposition
            gap = RELATIVE_ASIDE.sub(" ", self.between(right[-1].end, start)) if right else ""
            apposition = bool(right) and gap.lstrip().startswith(",")
            if apposition and len(left) > 1 and _COMMA_AND.fullmatch(self.between(left[0].end, left[1].start)):
                left = left[:1]  # "X, a unit of A, and B": the apposition closes before B (not "backed by A, B and C")
            if len(right) > 1 and {m.name for m in left} & {m.name for m in right}:
                # "A, B and C, which are all owned by the German group": a description read as one of the list
                # names none of them
                left = []
        else:
            right = self._repeated_preposition(trigger, self.right_of(end, rel.range), rel.range)
            apposed = trigger.frame == "nouns" and APPOSED_TRIGGER.search(self.text, self.sentence.start, start)
            if apposed and len(right) == 2 and _COMMA_AND_ONLY.fullmatch(self.between(right[0].end, right[1].start)):
                right = right[:1]  # "A, the owner of B, and C, whose ...": the apposition closes at the comma
            partners: list[Mention] = []
            with_object = bool(right) and _WITH_GAP.fullmatch(self.between(end, right[0].start)) is not None
            if trigger.frame == "verbs" and trigger.relation in _NO_WITH_OBJECT and with_object:
                # "the mine that Anglo co-owns with Glencore": a partner in owning, not what is owned
                partners, right = (right if trigger.phrase in _SHARED_HOLDING else []), []
            # ("the purchase of O from S": S sells; "by" alone names a buyer, but "an offer for O from B": B bids)
            bid = trigger.relation == "acquires" and _BID_FOR.fullmatch(trigger.phrase) is not None
            agents = r"by" if trigger.relation == "acquires" and not bid else r"by|from"
            left = self._agent_after(right, rel.domain, agents) if trigger.frame == "nouns" else []
            if (
                not left
                and trigger.frame == "nouns"
                and right
                and all(m.types[0] == "Product" for m in right)  # (not "the maker of Peugeot and Fiat": brands owned)
            ):
                # "pressure on the maker of A chocolate bars": the description the trigger's noun heads
                left = [m for m in self.mentions if m.kind == "reference" and m.start < start < m.end <= end][:1]
                left = [m for m in left if set(m.types) & set(rel.domain)]
            # ("a stake in ByteDance, the owner of TikTok": the apposition's head, though it stands in an aside)
            left = left or self.left_of(start, rel.domain, avoid={m.name for m in right}, apposition=bool(apposed))
            if not left and right and trigger.frame == "verbs":
                # "A called off its merger with B and sued its former partner": B, the earlier verb's object, is
                # the one sued; the subject is named before it (however far: the first clause's own words)
                nearest = self.left_of(start, rel.domain)
                if (
                    nearest
                    and nearest[0].name in {m.name for m in right}
                    and self._object_of_earlier_verb(nearest, start)
                ):
                    left = self.left_of(nearest[0].start, rel.domain, avoid={m.name for m in right})
            event = trigger.frame == "nouns" and trigger.relation in ("competes-with", "partners-with")
            if event and not left and right and _EVENT_NOUN_OPENING.search(self.between(self.sentence.start, start)):
                # "JetBlue won Spirit after a bidding war with Frontier": the opening words break the clause
                subject = self._clause_subject(rel.domain)
                left = [subject] if subject is not None and subject.name not in {m.name for m in right} else []
            if (
                event  # a contest, a deal
                and left
                and _PARTICIPLE_NOUN_GAP.search(self.between(left[-1].end, start))
            ):
                # "Pfizer won Metsera, ending a two-week bidding contest with Novo": the contest is Pfizer's
                subject = self._clause_subject(rel.domain)
                left = [subject] if subject is not None and subject.end <= left[0].start else left
            elif (
                trigger.frame == "verbs"
                and left
                and _ADVERBIAL_ING_GAP.fullmatch(self.between(left[-1].end, start))
                and re.match(r"[a-z]+ing\b", self.text[start : start + 30])
            ):
                # "A has invested in B since first backing it in 2019": A does the backing
                subject = self._clause_subject(rel.domain)
                left = [subject] if subject is not None and subject.end <= left[0].start else left
            elif (
                trigger.frame == "nouns"
                and left
                and _AND_THE_NOUN_GAP.fullmatch(self.between(left[-1].end, start))
                and _NOUN_OF_BEFORE.search(self.text, max(self.sentence.start, left[0].start - 30), left[0].start)
            ):
                # "the purchase of A in 2008 and the 2011 takeover of B": the buyer of A buys B, not A
                left = self.left_of(left[0].start, rel.domain, avoid={m.name for m in right}) or left
            elif trigger.frame == "verbs" and left and self._object_before_purpose(left, start):
                # "Vistra will restart the Comanche Peak plant to supply Google": Vistra supplies
                left = self.left_of(left[0].start, rel.domain, avoid={m.name for m in right}) or left
            elif trigger.frame == "verbs" and left and self._object_of_earlier_verb(left, start):
                # "X will acquire Y and then sell Z to W": X, not Y, sells
                left = self.left_of(left[0].start, rel.domain, avoid={m.name for m in right})
            elif (
                trigger.frame == "nouns"
                and left
                and _AND_VERB_ITS.fullmatch(self.between(left[-1].end, start))
                and _VERB_BEFORE.search(self.text[max(self.sentence.start, left[0].start - 60) : left[0].start])
            ):
                # "shrink its subsidiary Cellforce and write down its stake in Rimac": the stake is the subject's
                left = self.left_of(left[0].start, rel.domain, avoid={m.name for m in right}) or left
            elif trigger.frame == "nouns" and left and _AND_A_NOUN.fullmatch(self.between(left[-1].end, start)):
                # "Tencent, which owns A and a large stake in B": the stake is the owner's, not A's
                held = _HOLDING_VERB.search(self.text, self.sentence.start, left[0].start)
                if held is not None:
                    left = self.left_of(held.start(), rel.domain, avoid={m.name for m in right}) or left
            elif left and (
                (trigger.frame == "verbs" and self._second_predicate(left, start))
                or (trigger.frame == "nouns" and _AND_AUXILIARY.search(self.between(left[-1].end, start)))
            ):
                # "A works with B, whose ... , and is separately in talks with C": A is in talks
                # "X, led by P, counts A and B among its backers and competes with C": X competes
                subject = self._clause_subject(rel.domain)
                left = [subject] if subject is not None and subject.end <= left[0].start else left
            if (
                trigger.frame == "nouns"
                and len(left) > 1
                and left[-1].possessive
                and not all(m.possessive for m in left)
            ):
                left = left[-1:]  # "A and B's acquisition of C": B's, not A's ("A's and B's investments": both)
            if len(left) > 1 and _SINGULAR_RELATIVE.match(self.text, left[-1].end):
                left = left[-1:]  # "to take on A and B, which owns C": the verb agrees with B alone
            if (
                apposed
                and len(left) > 1
                and not trigger.phrase.split()[0].endswith("s")
                and apposed.start() + 1 == left[-1].end
            ):
                left = left[-1:]  # "stakes in A and B, the maker of C": the singular apposition is B's
            if trigger.phrase.startswith("which ") and (not left or left[0].types[0] == "Person"):
                # "Imogen Strand, a fund manager at Harlow Capital, which owns ...": 'which' is no person, so the
                # name right before it heads the clause (not "Exor, the holding company of the Agnelli family,
                # which owns": the described company does)
                head = next((m for m in reversed(self.mentions) if m.end <= start), None)
                if (
                    head is not None
                    and set(head.types) & set(rel.domain)
                    and head.types[0] != "Person"
                    and _COMMA_ONLY.fullmatch(self.between(head.end, start))
                    and head.name not in {m.name for m in right}
                ):
                    left = [head]
            if not right and trigger.frame == "verbs" and left:
                right = self._relative_object(left[0], rel.range, start)
            left = left + [m for m in partners if set(m.types) & set(rel.domain)] if right else left
            if trigger.frame == "verbs" and left and right:
                right = [o for o in right if not self._one_of_the_subjects(o, left, start)]
        return [(s, o) for s in left for o in right if s.name != o.name]

    def _one_of_the_subjects(self, referent: Mention, subjects: list[Mention], verb: int) -> bool:
        """'Publishers including A and B have also sued the company': a description after the verb does not stand
        for one of the names the verb has for subject (the resolver, which knows no clauses, may have chosen it)."""
        if referent.kind != "reference" or referent.start < verb or len(subjects) < 2:
            return False
        listed = all(
            re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", self.between(a.end, b.start)) for a, b in pairwise(subjects)
        )  # (a list of the subjects, not "A sued B in 2023, and C ...")
        return listed and referent.name in {m.name for m in subjects}

    def _repeated_preposition(self, trigger: Trigger, right: list[Mention], fits: tuple[str, ...]) -> list[Mention]:
        """'lost ground to A in foundry work and to B in AI chips', 'competes with A and with B': the phrase's
        preposition repeated after 'and' adds another object."""
        preposition = trigger.phrase.split()[-1]
        if not right or preposition not in _REPEATABLE:
            return right
        objects = list(right)
        repeated = _repeated_phrase(preposition)
        while True:
            phrase = repeated.match(self.text, objects[-1].end, self.sentence.end)
            following = next((m for m in self.mentions if phrase and m.start == phrase.end()), None)
            if following is None or not set(following.types) & set(fits):
                return objects
            if following.possessive:  # "and with Blackstone's own QTS unit": the thing owned
                owned = next((m for m in self.mentions if m.start >= following.end), None)
                if (
                    owned is None
                    or _words(self.between(following.end, owned.start)) > 2
                    or not set(owned.types) & set(fits)
                ):
                    return objects
                following = owned
            objects.append(following)

    def _relative_antecedent(self, right: list[Mention], start: int, fits: tuple[str, ...]) -> list[Mention]:
        """The name a relative clause hangs on, where what the clause says is said of it: 'Quillon, which Harbor
        sold to Veltrix' (Quillon was sold, not Harbor); 'TKO, which also controls WWE and is majority-owned by
        Endeavor' (the second predicate is TKO's, not the first predicate's object's)."""
        if not right:
            return []
        if right[0].text.lower() in ("it", "they"):
            # "Motorola in 2012, a handset business it sold to Lenovo": the apposition's name was sold, not 'it'
            described = DESCRIBED_THEN_PRONOUN.search(self.text, self.sentence.start, right[0].start)
            if described is not None:
                head = self._ending_at(described.start(), fits)
                if head and head[0].name != right[0].name:
                    return head
        relative = _RELATIVE_BEFORE.search(self.text, self.sentence.start, right[0].start)
        if relative is not None and not self.between(right[-1].end, start).strip(" ,"):
            head = self._ending_at(relative.start(), fits)
            if not head and self.text[max(self.sentence.start, relative.start() - 4) : relative.start()].endswith(
                "and"
            ):
                # "Spirit, the supplier that builds fuselages and that Boeing sold to Onex": the first clause's name
                first = list(_DESCRIBED_RELATIVE.finditer(self.text, self.sentence.start, relative.start()))
                head = self._ending_at(first[-1].start(), fits) if first else []
            return head
        if not _AND_IS_BEFORE.fullmatch(self.between(right[-1].end, start)):
            return []
        which = list(re.finditer(r",\s+(?:which|that)\s", self.text[self.sentence.start : right[0].start]))
        return self._ending_at(self.sentence.start + which[-1].start(), fits) if which else []

    def _ending_at(self, position: int, fits: tuple[str, ...]) -> list[Mention]:
        """The mention that ends right at `position`, if its type fits."""
        head = next((m for m in reversed(self.mentions) if m.end <= position), None)
        return [head] if head is not None and head.end == position and set(head.types) & set(fits) else []

    def _coordinated_object(
        self, right: list[Mention], start: int, fits: tuple[str, ...], avoid: set[str]
    ) -> list[Mention]:
        """'X is a subsidiary of A and an affiliate of B': the second phrase, like the first, is said of X,
        not of A (the name closing the first phrase)."""
        if not right or not _COORDINATED.fullmatch(self.between(right[-1].end, start)):
            return right
        if not _PREPOSITION_BEFORE.search(self.text[max(self.sentence.start, right[0].start - 12) : right[0].start]):
            return right
        return self.left_of(right[0].start, fits, avoid=avoid | {m.name for m in right}, apposition=True) or right

    def _second_predicate(self, left: list[Mention], start: int) -> bool:
        """Whether the verb at `start` follows 'and' after more words than a name: a second predicate."""
        gap = self.between(left[-1].end, start)
        long_enough = _words(gap) >= 4 or bool(_AND_AUXILIARY.search(gap))  # ("A and has signed": never two subjects)
        return bool(_AND_VERB_BEFORE.search(gap)) and long_enough and not re.search(r"[;:]", gap)

    def _clause_subject(self, fits: tuple[str, ...]) -> Mention | None:
        """The name the sentence opens with (after a fronted phrase at most), if it fits."""
        # (not the place in "The Livingston, New Jersey-based company, ..., counts A among its customers")
        first = next((m for m in self.mentions if m.types[0] != "Location"), None)
        maker = MAKER_THEN_NAME.match(self.text, first.end) if first is not None else None
        if first is not None and maker is not None:
            # "Marlboro maker Altria Group said ...": the maker named after its product opens the clause
            first = next((m for m in self.mentions if m.start == maker.end()), first)
        if first is None or not set(first.types) & set(fits):
            return None
        opening = self.between(self.sentence.start, first.start)
        dateline = DATELINE_OPENING.match(opening)  # "MENLO PARK, California, June 13 - Meta will ..."
        opening = opening[dateline.end() :] if dateline else opening
        return first if _words(opening) <= 4 and "," not in opening.rstrip(", ")[:-1] else None

    def _object_before_purpose(self, left: list[Mention], start: int) -> bool:
        """The subject found is the object of a verb whose purpose the trigger states ('restart the X plant in
        Texas to supply'), not the one the verb asks to act ('chose X to supply': X supplies)."""
        if left[-1].kind == "reference" or not _PURPOSE_GAP.fullmatch(self._masked(left[-1].end, start)):
            return False
        verb = _OBJECT_VERB.search(self.text, max(self.sentence.start, left[0].start - 40), left[0].start)
        return verb is not None and not _CONTROL_VERB.fullmatch(verb.group("verb").lower())

    def _object_of_earlier_verb(self, left: list[Mention], start: int) -> bool:
        gap = self.between(left[-1].end, start)
        clause = _PARTICIPLE_CLAUSE.fullmatch(gap)  # ", outbidding Z", ", beating rival Z"
        participle = clause and (clause.group("verb") or re.match(r"[a-z]+ing\b", self.text[start : start + 30]))
        if not _SECOND_VERB.fullmatch(gap) and not participle:
            return False
        return bool(_VERB_BEFORE.search(self.text[max(self.sentence.start, left[0].start - 40) : left[0].start]))

    def _relative_object(self, subject: Mention, fits: tuple[str, ...], verb: int) -> list[Mention]:
        """'Instagram, which Meta bought in 2012': the object is the name the relative clause hangs on; so is
        the name a description without 'that' is set beside ('X, the social network Acme bought in 2022')."""
        relative = self.text[max(self.sentence.start, subject.start - 10) : subject.start]
        earlier = [m for m in self.mentions if m.end <= subject.start]
        if not earlier or not set(earlier[-1].types) & set(fits):
            return []
        if (
            not subject.possessive
            and re.fullmatch(r"\s+(?:[a-z]+ly\s+|also\s+|had\s+|has\s+)?", self.between(subject.end, verb))
            and _ZERO_RELATIVE.fullmatch(self.between(earlier[-1].end, subject.start))
        ):
            return [earlier[-1]]
        if not _OBJECT_RELATIVE.search(relative) and not re.search(r"[a-z]\s+(?:that|which|whom)\s+$", relative):
            return []
        # ("Adallom, a cloud security firm that Microsoft bought": the name the description is set beside;
        # "X, the Chinese startup that Acme bought": the description, resolved to X)
        if earlier[-1].kind == "reference" and re.fullmatch(
            r"\s+(?:that|which|whom)\s+", self.between(earlier[-1].end, subject.start)
        ):
            return [earlier[-1]]
        if not re.fullmatch(
            r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,4}?)?(?:which|that|whom)\s+",
            self.between(earlier[-1].end, subject.start),
        ):
            return []
        return [earlier[-1]]

    def _owner_in_gap(self, trigger: Trigger, start: int, end: int, inside: list[Mention]) -> Mention | None:
        """'use Oracle's cloud': a possessive name inside a trigger's gap is the trigger's object (not in 'buy
        Renault's stake in Nissan', whose own object comes after it)."""
        if trigger.frame != "verbs" or "..." not in trigger.phrase or len(inside) != 1:
            return None
        if _STAKE_TRIGGER_END.search(trigger.phrase):
            return None
        owner = inside[0]
        return owner if owner.possessive and start < owner.start and owner.end < end else None

    def _owner_pairs(self, trigger: Trigger, start: int, owner: Mention) -> list[tuple[Mention, Mention]]:
        rel = ontology.load().relations[trigger.relation]
        if not set(owner.types) & set(rel.range):
            return []
        return [(s, owner) for s in self.left_of(start, rel.domain, avoid={owner.name}) if s.name != owner.name]

    def _late_agent(self, trigger: Trigger, start: int, end: int) -> int | None:
        """Where the agent of a passive verb starts when words come between: 'was acquired in 2015 by'."""
        if trigger.frame != "verbs" or not _BE_BEFORE.search(self.text[max(self.sentence.start, start - 24) : start]):
            return None
        by = _LATE_BY.match(self.text, end, self.sentence.end)
        return by.end() if by else None

    def _agent_after(self, objects: list[Mention], fits: tuple[str, ...], agent: str = r"by|from") -> list[Mention]:
        """'the acquisition of O by S': the agent of a noun stated after its object, after one of `agent`."""
        if not objects:
            return []
        later = [m for m in self.mentions if m.start >= objects[-1].end and set(m.types) & set(fits)]
        if later and re.fullmatch(
            rf"\s*(?:,\s*)?(?:{agent})\s+(?:the\s+)?", self.between(objects[-1].end, later[0].start)
        ):
            return self._expand_right(later[0])
        return []

    def _symmetric_pairs(self, start: int, end: int) -> list[tuple[Mention, Mention]]:
        after = self.text[end : end + 12].lower()
        if after.startswith((" between", " among")):
            group = self.right_of(end + len(" between") if after.startswith(" between") else end + 6)
        else:
            said = _THEY_SAID.search(self.text, self.sentence.start, start)
            group = self.left_of(said.start() if said is not None else start)
            if len(group) < 2:
                return []
            gap = self.between(group[-1].end, start)
            if (_words(gap) > 4 and not _FORMING_GAP.fullmatch(gap)) or _SINGULAR_APPOSED.match(gap):
                return []  # ("EE and Virgin Media O2, a joint venture of A and B": the last one described)
            if _ITS_GROUP_BEFORE.search(gap):
                return []  # ("with Microsoft and Google, its two biggest rivals": rivals of another, not each other's)
        return [(a, b) for a, b in combinations(group, 2) if a.name != b.name]

    def _roles(self) -> list[Candidate]:
        """'Microsoft CEO Satya Nadella', 'OpenAI's chief executive Sam Altman', 'Nadella, Microsoft's CEO'."""
        found: list[Candidate] = []
        if len(self.mentions) < 2:
            return found
        for match in self.titles:
            start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
            title = match.group()
            inside = next((m for m in self.mentions if m.start < start < m.end), None)
            if inside is not None and self.text[inside.end : end].strip():
                # "Google Cloud chief Thomas Kurian": the name holds the start of 'cloud chief'; the post is the rest
                start, title = inside.end, self.text[inside.end : end].strip()
            before = [m for m in self.mentions if m.end <= start]
            after = [m for m in self.mentions if m.start >= end]
            if not before:
                continue
            org = before[-1]
            person = after[0] if after else None
            gap_before = self.between(org.end, start)
            gap_after = self.between(end, person.start) if person else ";"
            # "former OpenAI researchers including siblings Dario and Daniela Amodei": kin describe the people
            gap_after = re.sub(r"\b(?:siblings|brothers|sisters|twins|cousins)\s+$", "", gap_after)
            if person is not None and org.type == "Person" and person.type != "Person":
                continue
            if (
                person is not None
                and "Person" in person.types
                and _words(gap_before) <= 2
                and not re.search(r"[,;.]", gap_before)
                and _words(gap_after) <= 1
                and not re.search(r"[;.(]|\band\b", gap_after)
                and not ("," in gap_after and _words(gap_after))  # "a former Telekom executive, with Jane Roe"
            ):
                plural = title.endswith("s") and title.lower() not in _SINGULAR_S
                people = self._expand_right_list(person) if plural else [person]
                for one in people:
                    if "Person" in one.types:
                        role = title[:-1] if plural else title
                        # "OpenAI's former chief scientist Jane Roe": 'former' is said of this post
                        found.append(Candidate("employs", org, one, "roles", title, 0.85, {"role": role}, gap_before))
                continue
            # "Sam Altman, OpenAI's chief executive", "Jane Roe, Intel's former chief executive"
            said = gap_before  # "OpenAI's former CTO": 'former' is said of this post
            gap_before = re.sub(
                r"\b(?:former|new|interim|then|incoming|outgoing|longtime|current|deputy|assistant|associate|acting|"
                r"first|second|third|fourth|fifth|other|fellow|sole|founding)\s+",
                "",
                gap_before,
            )
            # ("AT&T's network chief technology officer": one word of the post's own besides the possessive)
            gap_before = re.sub(r"^['’]s?\s+", "", gap_before)
            holder = self._second_post_holder(before, org) if _words(gap_before) <= 1 else None
            if holder is not None:  # "Jane Roe, Quillon's chief strategy officer and a former Uber executive"
                found.append(Candidate("employs", org, holder, "roles", title, 0.75, {"role": title}, said))
            # "Joerg Eberhart, who previously ran Air Dolomiti, was named ITA's chief executive": the person the
            # relative aside is said of, past the name inside it
            link = self.between(before[-2].end, org.start) if len(before) >= 2 else ""
            aside = _inside(before[-2].start, self.asides) if len(before) >= 3 and _words(gap_before) <= 1 else None
            if aside is not None and aside[1] <= org.start:
                person_before = [m for m in before if m.end <= aside[0]]
                if person_before and person_before[-1].types[0] == "Person":
                    link = RELATIVE_ASIDE.sub("", self.between(person_before[-1].end, org.start))
                    before = [*before[:-2], person_before[-1], org]
            if (
                len(before) >= 3
                and re.fullmatch(r"\s+and\s+", link)
                and before[-2].types[0] == "Organization"
                and before[-3].types[0] == "Person"
                and _PERSON_THEN_POST.fullmatch(self.between(before[-3].end, before[-2].start))
                and _words(gap_before) <= 1
            ):
                # "Justin Hotard, a former Intel and Hewlett Packard Enterprise executive": a post at each
                described = self.between(before[-3].end, before[-2].start) + said  # (", a former ": of both)
                for employer in (before[-2], org):
                    found.append(
                        Candidate("employs", employer, before[-3], "roles", title, 0.75, {"role": title}, described)
                    )
            if (
                len(before) >= 2
                and _PERSON_THEN_POST.fullmatch(link)
                and before[-2].types[0] == "Person"
                and _words(gap_before) <= 1
            ):
                found.append(Candidate("employs", org, before[-2], "roles", title, 0.8, {"role": title}, said))
                plural = title.endswith("s") and title.lower() not in _SINGULAR_S
                paired = len(before) >= 3 and "Person" in before[-3].types
                if (
                    plural
                    and paired
                    and re.fullmatch(r",?\s+and\s+|,\s*", self.between(before[-3].end, before[-2].start))
                ):
                    # "Ted Sarandos and Greg Peters, Netflix's co-chief executives"
                    role = title[:-1]
                    found.append(Candidate("employs", org, before[-3], "roles", role, 0.8, {"role": role}, said))
        return found

    def _second_post_holder(self, before: list[Mention], org: Mention) -> Mention | None:
        """The person whose apposition names a first post, then 'and a former ORG TITLE' (before[-1] is ORG)."""
        if (
            len(before) >= 2
            and before[-2].types[0] == "Person"
            and _SECOND_POST.fullmatch(self.between(before[-2].end, org.start))
        ):
            return before[-2]
        if len(before) >= 3 and before[-3].types[0] == "Person" and before[-2].possessive:
            # "Jane Roe, the company's chief strategy officer and a former Uber executive"
            first, second = self.between(before[-3].end, before[-2].start), self.between(before[-2].end, org.start)
            if re.fullmatch(r",\s*(?:the\s+)?", first) and _SECOND_POST_AFTER_OWNER.fullmatch(second):
                return before[-3]
        return None

    def _common_noun_products(self) -> list[Candidate]:
        """'Fox provides suspension products', 'a manufacturer of fiber optic equipment': unnamed products."""
        found = []
        for match in _OFFERS.finditer(self.sentence.text):
            start = self.sentence.start + match.start()
            makers = self.left_of(start, ("Organization",))
            if not makers:
                continue
            for piece in _split_plural_list(match.group("np")):
                if " " not in piece.strip() and piece.strip().lower() in _BARE_GOODS:
                    continue  # "the company already provides services in Ukraine": nothing named
                offset = self.sentence.start + match.start("np") + match.group("np").index(piece)
                product = Mention(offset, offset + len(piece), piece, piece, ("Product",), "guessed")
                for maker in makers:
                    found.append(Candidate("develops", maker, product, "verbs", match.group("verb"), 0.6))
        return found

    def _maker_descriptions(self) -> list[Candidate]:
        """'the ChatGPT maker': the product's known owner develops it (gazetteer knowledge, text evidence)."""
        found = []
        for mention in self.mentions:
            product = self._described_product(mention)
            if product is None or product.type != "Product" or product.kind != "known":
                continue
            match = MAKER_NOUN.match(self.text, product.end)
            owner = load_gazetteer().entities.get(product.name)
            if match is None and owner is not None and owner.owner and mention.kind == "known":
                # "the maker of ChatGPT", "the developer of Fortnite": the noun before the product's name
                before = MAKER_OF_BEFORE.search(self.text, self.sentence.start, product.start)
                if before is not None:
                    maker = Mention(
                        before.start("noun"),
                        product.end,
                        self.text[before.start("noun") : product.end],
                        owner.owner,
                        (load_gazetteer().entities[owner.owner].type,),
                        "reference",
                    )
                    relation = "owns" if before.group("noun") in ("owner", "parent") else "develops"
                    found.append(Candidate(relation, maker, product, "possessive", before.group("noun"), 0.7))
                continue
            if match and owner is not None and owner.owner:
                maker = Mention(
                    product.start,
                    match.end(),
                    self.text[product.start : match.end()],
                    owner.owner,
                    (load_gazetteer().entities[owner.owner].type,),
                    "reference",
                )
                # "the Facebook owner" owns it; "the ChatGPT maker" develops it
                relation = "owns" if match.group().strip() in ("owner", "parent") else "develops"
                found.append(Candidate(relation, maker, product, "possessive", match.group().strip(), 0.7))
        return found

    @staticmethod
    def _described_product(mention: Mention) -> Mention | None:
        """The product a mention names: itself, or the one in 'the ChatGPT maker' (a reference to OpenAI)."""
        if mention.kind != "reference":
            return mention
        described = _DESCRIBED_BY_PRODUCT.match(mention.text)
        known = load_gazetteer().lookup(described.group("product")) if described else None
        if described is None or known is None or known.type != "Product":
            return None
        surface = described.group("product")
        return Mention(mention.start, mention.start + len(surface), surface, known.name, ("Product",), "known")

    def _possessive_products(self) -> list[Candidate]:
        """'Microsoft's Azure': the product belongs to the organisation that makes it."""
        found = []
        for owner in self.mentions:
            whose = _WHOSE.match(self.text, owner.end, self.sentence.end)  # "Agility Robotics, whose Digit robots"
            if not (owner.possessive or whose):
                continue
            if owner.kind == "reference":
                found += self._described_owners_product(owner)
                continue
            reach = whose.end() if whose else owner.end + 4
            owned = [m for m in self.mentions if owner.end < m.start <= reach]
            after = next((m for m in self.mentions if m.start > owner.end), None)
            if not owned and after is not None and _PRODUCT_MODIFIERS.fullmatch(self.between(owner.end, after.start)):
                owned = [after]  # "Nvidia's latest Blackwell processors", "Tesla's next-generation AI6 chips"
            if (
                not owned
                and after is not None
                and "Product" in after.types
                and _OWNERS_KIND_THEN_NAME.fullmatch(self.between(owner.end, after.start))
            ):
                owned = [read_as(after, "Product")]  # "Novo's older diabetes treatment Ozempic": a guess named so
            kind_after = _KIND_AFTER_NAME.match(self.text, after.end) if after is not None else None
            if (
                (not owned or owned == [after])
                and after is not None
                and after.kind == "guessed"
                and after.type != "Product"
                and ("Product" in after.types or "Project" in after.types)
                and kind_after is not None
                and re.fullmatch(r"['’]s?\s+", self.between(owner.end, after.start))
            ):
                # "Equinor's Empire Wind project", "GoTo's GoPay digital wallet": a name its kind of thing follows
                kind = "Project" if kind_after.group("kind") in ("project", "programme", "program") else "Product"
                owned = [read_as(after, kind)]
            before = next((m for m in reversed(self.mentions) if m.end <= owner.start), None)
            if (
                not owned
                and owner.possessive
                and before is not None
                and (before.type == "Product" or (before.kind == "guessed" and "Product" in before.types))
                and re.fullmatch(r",\s+", self.between(before.end, owner.start))
                and _OWNERS_KIND_AFTER.match(self.text, owner.end)
            ):
                owned = [read_as(before, "Product")]  # "Spravato, J&J's nasal spray for depression": set beside it
            named_project = bool(owned) and owned[0].type == "Project" and owned[0].kind == "guessed"
            if owned and (owned[0].type == "Product" or named_project) and "Organization" in owner.types:
                known = load_gazetteer().entities.get(owned[0].name)
                # "Google Cloud's tensor processing units": sold by it, made by Google (but "Google's Vertex AI",
                # made by its Google Cloud, is the parent's)
                if (
                    known is not None
                    and known.owner
                    and owner.name not in owners_of(known.owner)
                    and not known.owner.startswith(owner.name + " ")
                ):
                    continue
                # ("Meta Platforms' Facebook and Instagram": each product of the list)
                for product in self._expand_right_list(owned[0]) if owned[0].type == "Product" else owned[:1]:
                    if product.type in ("Product", "Project"):
                        found.append(Candidate("develops", owner, product, "possessive", "'s", 0.7))
            elif "Organization" in owner.types:
                found += self._possessive_range(owner)
        return found

    def _described_owners_product(self, owner: Mention) -> list[Candidate]:
        """'the startup's chatbot Pi', 'the cloud unit's Trainium chips': the product of the company the
        description refers to, when a kind of product stands beside its name (not after a bare 'the company's',
        too often resolved to the last company named)."""
        if _BARE_COMPANY.fullmatch(owner.text) or "Organization" not in owner.types:
            return []
        kind = _KIND_THEN_NAME.match(self.text, owner.end)  # "'s chatbot Pi" (or "'s Trainium chips")
        after_kind = next((m for m in self.mentions if kind and m.start == kind.end()), None)
        named = after_kind or next((m for m in self.mentions if 0 < m.start - owner.end <= 3), None)
        if named is None or named.type != "Product" or not (kind or PRODUCT_NOUN_AFTER.match(self.text, named.end)):
            return []
        return [Candidate("develops", owner, named, "possessive", "'s", 0.65)]

    def _possessive_range(self, owner: Mention) -> list[Candidate]:
        """'Nvidia's newest processors, including the GB200 and GB300': each named product is the owner's."""
        lead = _OWN_RANGE.match(self.text, owner.end, self.sentence.end)
        if lead is None:
            return []
        found = []
        position = lead.end()
        for mention in [m for m in self.mentions if m.start >= lead.end()]:
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?", self.between(position, mention.start)):
                break
            if mention.type == "Product":
                found.append(Candidate("develops", owner, mention, "possessive", lead.group().strip(), 0.65))
            position = mention.end
        return found


_OWN_RANGE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:processors|chips|models|products|accelerators|GPUs|devices|services|"
    r"platforms|tools|apps|brands|drugs|vaccines|vehicles|phones|systems|offerings|lineup|line-up|family),?\s+"
    r"(?:including|such\s+as|like|namely)\s+(?:the\s+)?"
)


def owners_of(name: str) -> list[str]:
    """The organisation and those above it in the gazetteer: Google, then Alphabet ("Alphabet's YouTube")."""
    chain: list[str] = []
    entities = load_gazetteer().entities
    while name and name not in chain:
        chain.append(name)
        known = entities.get(name)
        name = known.owner if known is not None and known.owner else ""
    return chain


def one_group(one: str, other: str) -> bool:
    """Whether one of the two is above the other in the gazetteer (GitHub and Microsoft): no deal between them."""
    return one in owners_of(other) or other in owners_of(one)


def known_to_be_others(thing: str, owner: str) -> bool:
    """Whether the gazetteer gives the thing to an owner outside `owner`'s chain ('AWS' is Amazon's, not Acme's)."""
    known = load_gazetteer().entities.get(thing)
    return known is not None and known.owner is not None and owner not in owners_of(known.owner)


def choose_types(candidate: Candidate) -> tuple[str, str] | None:
    """The first subject and object types the ontology allows for this relation, if any."""
    rel = ontology.load().relations[candidate.relation]
    for subject_type in candidate.subject.types:
        for object_type in candidate.object.types:
            if rel.allows(subject_type, object_type):
                return subject_type, object_type
    return None


def _split_plural_list(phrase: str) -> list[str]:
    """'precious metals and refining services' -> two products; 'electronic and optic equipment' and 'precious
    and non-precious metals' stay one: only a plural noun before 'and' ends a product (not -ous, -ss, -is, -us)."""
    pieces = re.split(r"(?<=[a-z][^sui]s)\s+and\s+", phrase)
    return [p.strip() for p in pieces if p.strip()]


# what a supply verb's gap holds when a holding is sold, not goods ("sold a majority stake to", "its shares to")
_STAKE_GOODS = re.compile(rf"\b(?:{_HOLDING_WORDS}|equity|a\s+minority|a\s+majority)\b")


def _goods_in_gap(trigger: Trigger, inside: list[Mention]) -> bool:
    """'sells its Halo chips to Tamsin Labs': products named in a supply verb's gap are the goods, no party."""
    return trigger.relation == "supplies" and "..." in trigger.phrase and all(m.type == "Product" for m in inside)
