"""Entity mentions in a document: gazetteer names, unknown names, and descriptions that refer back."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import ontology

from .gazetteer import Gazetteer, load_gazetteer
from .sentences import Sentence


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str  # canonical name
    types: tuple[str, ...]  # preferred type first; more than one when guessed
    kind: str  # "known", "guessed" or "reference"
    possessive: bool = False

    @property
    def type(self) -> str:
        return self.types[0]


def read_as(mention: Mention, kind: str) -> Mention:
    """The mention with `kind` as its preferred type, where context says it is one ('a chatbot called Le Chat')."""
    others = tuple(t for t in mention.types if t != kind)
    return Mention(mention.start, mention.end, mention.text, mention.name, (kind, *others), mention.kind)


_CORPORATE_SUFFIX = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Co(?![\w.-])|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|"
    r"GmbH|AG|SA|S\.A\.|N\.V\.|NV|LP|L\.P\.|PBC|Holdings|Group|Technologies|Labs|Systems|"
    r"Capital|Ventures|Partners|Networks|Network|Bank|Semiconductor|Therapeutics|Pharmaceuticals|"
    r"Biosciences|Software|Robotics|Energy|Motors|Airlines|Industries|Enterprises|Solutions|"
    r"Financial|Healthcare|Communications|Entertainment|Media|Studios|Research|AI|Cloud|Fund|"
    r"Investments|Management|Associates|Laboratories|Pharma|Bio|Biotech|Analytics|Computing|"
    r"Dynamics|Automotive|Devices|Electronics|Services|Trust|Foundation|Institute|University|Initiative|"
    r"Bancorp|Bancshares|Securities|Insurance|Association|Federal|Savings|Logistics|Aviation|Foods|Realty|"
    r"Properties|Resources|Brands|Chemicals|Materials|Petroleum|Mining|Minerals|Steel|Airways|Telecom|"
    r"Hospital|Museum|College|Agency|Bankshares|Mortgage|Advisors|Advisers|Consulting|LLP|L\.L\.P\.|"
    r"S\.p\.\s?A\.|SpA|Pte\.?\s+Ltd\.?|B\.V\.|BV|SE|KG|AB|ASA|Oyj|National\s+Association|N\.A\.|"
    r"Mobility|Health|Data|Security|Semiconductors|Diagnostics|Genomics|Biologics|Aerospace|Payments|Gaming|"
    r"Chemical|Electric|Motor|Power|Batteries|Battery|Pharmaceutical|Telecommunications|Wireless|Mobile|Shipping|"
    r"Construction|Engineering|Technology|Oil|Gas|Farms|Display|Audio|Shipbuilding|Industrial|Nuclear|Freight|Grocers?|"
    r"Storage|Venture"
)
_LEGAL_FORM = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|GmbH|AG|SA|S\.A\.|N\.V\.|NV|"
    r"LP|L\.P\.|PBC|LLP|L\.L\.P\.|S\.p\.\s?A\.|SpA|B\.V\.|BV|SE|AB|ASA|Oyj|N\.A\.|National\s+Association"
)
# legal forms end a name: "Halden Corporation of Denver" is Halden Corporation (of a place);
# "Bank of America" and "University of Chicago" go on.
_LEGAL_FORMS = frozenset(
    [
        "Inc",
        "Incorporated",
        "Corp",
        "Corporation",
        "Co",
        "Ltd",
        "Limited",
        "LLC",
        "PLC",
        "plc",
        "GmbH",
        "AG",
        "SA",
        "NV",
        "LP",
        "LLP",
        "SpA",
        "BV",
        "SE",
        "AB",
        "ASA",
        "Oyj",
        "PBC",
    ]
)
# ("Teva Pharmaceuticals Curacao N.V" as the name run leaves it, its last dot taken for the sentence's or a comma's)
_ORG_SUFFIX_END = re.compile(rf"(?:^|\s)(?:{_CORPORATE_SUFFIX}|N\.V|S\.A|B\.V|L\.P|N\.A)$")


@lru_cache(maxsize=1 << 16)
def _suffix_ends(text: str) -> bool:
    """Whether a corporate suffix ends `text` (asked again and again of the same few words: cached)."""
    return _ORG_SUFFIX_END.search(text) is not None


_INSTITUTION_OF = re.compile(
    r"(?:^|\s)(?:Bank|University|Institute|Museum|College|Hospital|Association|Foundation|Agency|Council)\s+of\s+[A-Z]"
)
# Capitalised words that are not names on their own (sentence openers, titles, months, generic nouns).
_COMMON_WORDS = """
Being Having Making Taking Getting Buying Selling Citing Following Including Excluding Looking Speaking Bringing
Moving Cutting Raising Using Putting Keeping Giving Going Coming Leaving Seeing Turning Facing Combining Expanding
Pushing Focusing Competing Doing Saying Allowing Creating Offering Joining Entering Winning Losing Paying Spending
Reducing Increasing Merging Splitting Shifting Betting Acquiring Owning
French German Chinese American British Japanese Korean South Indian Canadian Israeli Swedish Dutch Swiss
Italian Spanish European Asian Taiwanese Emirati Saudi Australian Brazilian Irish Finnish Norwegian Danish
Nordic Scandinavian Baltic African
Belgian Austrian Polish Russian Singaporean Mexican Turkish Drugmaker Chipmaker Automaker Carmaker
Moroccan Egyptian Nigerian Kenyan Argentine Argentinian Chilean Peruvian Colombian Vietnamese Thai Malaysian
Indonesian Filipino Pakistani Qatari Kuwaiti Greek Portuguese Czech Hungarian Romanian Ukrainian Icelandic
Luxembourgish Bermudian Hongkongese Scottish Welsh Lebanese Jordanian Iranian Iraqi Bangladeshi
Startup Start-up Retailer Rival Software Semiconductor Bank Lender Insurer Investor Investors Billionaire
Board Senior Junior Interim Former Acting General Counsel Managing Partner Partners Executive Executives
A An The This That These Those It Its In On At For From With By Of To And Or But If As While When
Where Why How What Who Which After Before Since Until Although Though However Meanwhile Moreover
Furthermore Also Still Yet So Then Now Today Tomorrow Yesterday Last Next New Recent Recently
Earlier Later Under Over Historically Previously Currently Finally Overall Despite According Adding
Such Both Each Every Many Most Some Several Other Another Our Their His Her We They He She I You
Your My Mr Mrs Ms Dr Sir January February March April May June July August September October
November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
Friday Saturday Sunday CEO CTO CFO COO Chairman Chief Executive President Vice Director Head Founder
Co-founder Officer AI IPO PBC GPU GPUs CPU LLM LLMs API APIs Cloud Source Title Conclusion Summary
Background Update Read Company Companies Inc Corp Group Deal Agreement Partnership Investment Demand Talks Rivals
Project Initiative Stock Shares Infrastructure Technology Tech Data Center Centers Emerging Legal
Financial Diverging Strategic Regulatory Here There Not No Yes Like Unlike Even Just Only Instead
Please Note Image Photo Credit Getty Reuters Bloomberg Big Global National International Senior
Chairwoman Chair Chairs Analysts Analyst Investors Under Among Subsidiaries Series
Acquired Acquires Acquire Acquisition Acquisitions Buys Bought Closes Completes Completed Merge Merger Merges
Announces Announced Appoints Appointments Appointed Names Named Hires Hired Agree Agrees To Sells Sold Wins
Set Plans Launches Opens Confirms Subsidiary Sues Joins Invests Backs Buy Sell Unveils Reports
Controller Manager Treasurer Secretary Assistant Member Trustee Associate Owner Advisor Consultant
Minister Ministers Chancellor Governor Senator Commissioner Mayor
Together Separately Additionally Elsewhere Ultimately Initially Notably Importantly Eventually Already
Combined Collectively Jointly Nonetheless Nevertheless Otherwise Indeed Likewise Similarly Accordingly
Consequently Therefore Thus Hence Me Us Him Them PC PCs All Any
Americans Europeans Canadians Germans Italians Indians Australians Brazilians Mexicans Russians Koreans Asians
Africans Israelis Saudis Emiratis Pakistanis Iraqis Iranians Britons Californians Texans Republicans Democrats
Croatian Serbian Slovak Slovenian Bulgarian Estonian Latvian Lithuanian Cypriot Maltese Kazakh Uzbek Ethiopian
Ghanaian Tunisian Algerian Omani Bahraini Venezuelan Ecuadorian Uruguayan Bolivian Cuban Jamaican Nepali Burmese
Cambodian Mongolian Azerbaijani Armenian Belarusian Emirian Bavarian Catalan Flemish Québécois Texan Californian
Frenchman Frenchwoman Frenchmen Englishman Englishwoman Englishmen Dutchman Dutchwoman Dutchmen Irishman Irishwoman
Scotsman Scotswoman Welshman Welshwoman Briton Swede Swedes Finn Finns Dane Danes Pole Poles Spaniard Spaniards
Swiss-born German-born British-born Indian-born Chinese-born American-born
"""
# adjectives that open a sentence before a lower-case noun ("Domestic rivals such as Huawei ...") but begin names
# elsewhere ("the Southern Environmental Law Center", "Public Sector Pension Investment Board")
_OPENING_ADJECTIVE_WORDS = """
Domestic Foreign Local Regional Smaller Larger Bigger Biggest Largest Major Minor Potential Existing Traditional
Western Eastern Northern Southern Private Public Federal Established Incumbent Prospective Competing Fellow Top
Leading Key Various Numerous Few Fewer Older Younger Newer Cheaper Wealthy Institutional Retail
"""
_OPENING_ADJECTIVES = frozenset(_OPENING_ADJECTIVE_WORDS.split())
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _an_opening_adjective(text: str, start: int, end: int, surface: str) -> bool:
    """'Domestic rivals such as Huawei': a sentence's first word, an adjective before a lower-case noun."""
    return (
        surface in _OPENING_ADJECTIVES
        and not text[:start].strip(" \"'“‘(")
        and _LOWER_WORD_AFTER.match(text, end) is not None
    )


# plural nouns that open a sentence ("Workers at the plant ...") but close a name ("United Auto Workers")
_OPENING_PLURALS = frozenset(
    [
        "Shareholders",
        "Stockholders",
        "Customers",
        "Employees",
        "Officials",
        "Regulators",
        "Lawmakers",
        "Critics",
        "Users",
        "Workers",
        "Traders",
    ]
)
_COMMON = frozenset(_COMMON_WORDS.split()) | _OPENING_PLURALS
# The running heads and section titles of filings and reports, which text extracted from them keeps in the
# middle of sentences ("... as part 48 TABLE OF CONTENTS of its ..."): in capitals, never a name.
_HEADINGS = """
TABLE OF CONTENTS NOTES NOTE TO THE CONSOLIDATED CONDENSED FINANCIAL STATEMENTS STATEMENT SELECTED DATA ITEM PART
EXHIBIT INDEX RISK FACTORS MANAGEMENT'S DISCUSSION AND ANALYSIS BUSINESS PROPERTIES LEGAL PROCEEDINGS SIGNATURES
ANNUAL QUARTERLY REPORT CONTINUED UNAUDITED
"""
_HEADING_WORDS = frozenset(_HEADINGS.split())
# Common words that also begin or fill real names ("Global Mining Holdings PLC", "Credit Suisse Group"):
# they split a capitalised run only when the run does not end in a corporate suffix.
_SOFT_COMMON = frozenset(
    [
        "Grupo",
        "Global",
        "National",
        "International",
        "New",
        "Big",
        "Credit",
        "Financial",
        "Data",
        "Technology",
        "Tech",
        "Strategic",
        "Emerging",
        "Legal",
        "Infrastructure",
        "AI",
        "Software",
        "Semiconductor",
        "Bank",
        "Partners",
        "Investment",
        "Capital",
        "Senior",
        "American",
        "British",
        "European",
        "Asian",
        "Indian",
        "Canadian",
        "Japanese",
        "Chinese",
        "German",
        "French",
        "Swiss",
        "Dutch",
        "Irish",
        "Korean",
        "Australian",
        "Israeli",
        "Swedish",
        "Italian",
        "Spanish",
        "Brazilian",
        "Mexican",
        "Russian",
        "Singaporean",
        "General",
        "Moroccan",
        "Egyptian",
        "Nigerian",
        "Vietnamese",
        "Thai",
        "Malaysian",
        "Indonesian",
        "Greek",
        "Portuguese",
        "Taiwanese",
        "South",
        "Center",
        "Centers",
        "Cloud",
        "Project",
        "Initiative",
        "Group",
        "Company",
        "Companies",
        "Deal",
        "Agreement",
        "Partnership",
        "Source",
    ]
)
_INSTITUTION_HEAD_WORDS = """
Board Authority Commission Partnership Partners League Federation Union Council Committee Administration
Organization Organisation Bureau Conference Society Alliance Exchange Reserve
"""
_INSTITUTION_HEADS = frozenset(_INSTITUTION_HEAD_WORDS.split())  # "National Football League"
# "Public Sector Pension Investment Board": the common words before an institution's head noun are its name's
_INSIDE_NAMES = frozenset(["Global", "International", "Startup"])  # "OpenAI Startup Fund"
_NAME_FINAL = frozenset(
    [
        # (trades that end a company's name and are nobody's surname: "Orvane Lines", "Kestrel Air")
        "Lines",
        "Ships",
        "Alliance",
        "Cable",
        "Zinc",
        "Copper",
        "Poultry",
        "Fusion",
        "Air",
        "Railway",
        "Books",
        "Cars",
        "Pay",
        "Bros",
        "Parts",
        "Bus",
        "Sports",
        "Platinum",
        "Inn",
        "Lodge",
        "Mail",
        "Times",
        "Journal",
        "News",
        "Herald",
        "Tribune",
        "Club",
        "Global",
        "International",
        "Data",
        "Center",
        "Centers",
        "Company",
        "Companies",
        "Initiative",
        "Partnership",
        # an institution's head noun: "Public Sector Pension Investment Board", "Abu Dhabi Investment Authority"
        "Board",
        "Authority",
        "Commission",
        # a trade word that ends a company's name and no person's: "Cipher Mining", "Halvern Compute"
        "Mining",
        "Compute",
        "Computing",
        "Memory",
        "Retail",
        "Pharma",
        "Pharmaceuticals",
        "Therapeutics",
        "Biosciences",
        "Biotech",
        "Logistics",
        "Freight",
        "Networks",
        "Robotics",
        "Energy",
        "Motors",
        "Motor",
        "Security",
        "Optics",
        "Chips",
        "Foundry",
        "Semiconductor",
        "Semiconductors",
        "Software",
        "Technologies",
        "Media",
        "Studios",
        "Games",
        "Entertainment",
        "Airlines",
        "Telecom",
        "Communications",
        "Cloud",
        "Health",
        "Financial",
        "Insurance",
        "Foods",
        "Analytics",
        "Aerospace",
        "Industries",
        "Electronics",
        "Devices",
        "Solutions",
        "Scientific",
        "Interactive",
        "Labs",
        "Systems",
        "Ventures",
        "Capital",
        "Mobile",
        "Wireless",
        "Games",
        "Payments",
        "Health",
        "Publications",
        "Publishing",
        "Pharmacy",
        "Pharmacies",
        "Search",
        "Music",
        "Fashion",
        "Beauty",
        "Cosmetics",
        "Rail",
        "Biologics",
        "Vaccines",
        "Oncology",
        "Satellite",
        "Broadband",
        "Renewables",
        "Gas",
        "Oil",
        "Grid",
        "Stores",
        "Brewing",
        "Brewery",
        "Breweries",
        "Resources",
        "Materials",
        "Airways",
        "Hotels",
        "Resorts",
        "Beverages",
        "Chemicals",
        "Steel",
        "Automotive",
        "Aviation",
        "Dynamics",
        "Engineering",
        "Holdings",
        "Brands",
        "Restaurants",
        "Stores",
        "Realty",
        "Properties",
        "Bancorp",
        "Investments",
        "Management",
        "Shipping",
        "Railways",
        "Railroad",
        "Utilities",
        "Petroleum",
        "Telecommunications",
        "Broadcasting",
        "Pictures",
        "Records",
        "Apparel",
        "Healthcare",
        "Diagnostics",
        "Genomics",
        "Travel",
        # more trade words that close a company's name: "Lumina Photonics", "Arcadium Lithium", "Westline Power"
        "Photonics",
        "Quantum",
        "Medical",
        "Solar",
        "Power",
        "Mobility",
        "Instruments",
        "Microsystems",
        "Silicon",
        "Space",
        "Satellites",
        "Defense",
        "Defence",
        "Automation",
        "Machines",
        "Minerals",
        "Metals",
        "Lithium",
        "Brewing",
        "Assurance",
        "Reinsurance",
        "Lending",
        "Markets",
        "Securities",
        # ("Kestrel Aero", "Pine Auto": no given name and surname)
        "Aero",
        "Auto",
        "Autos",
        "Tech",
        "Technology",
        "Sciences",
        "Biopharma",
        "Bio",
        "Express",
        "Transport",
        "Marine",
        "Cruises",
        "Packaging",
        "Cement",
        "Construction",
        "Infrastructure",
        "Farms",
        "Dairy",
        "Tobacco",
        "Textiles",
        "Homes",
        "Mart",
        "Video",
        "Soft",
        "Streaming",
        "Motors",
        "Trucks",
        "Batteries",
        "Vehicles",
        "Bioscience",
        "Biopharma",
        "Pharmaceutical",
        "Fintech",
        "Cybersecurity",
    ]
)
# capitals and small letters with the accented ones of Latin-1 ("Émile", "Karén", "Timothée"); a streaming
# service's closing "+" ("Paragon+") is part of its name
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAP_WORD = (
    r"(?:S\.p\.\s?A\.|(?:[A-Z]\.){2,}(?=\s+[A-Z])"  # "U.S." going on: "Aspen U.S. Services"
    rf"|[ie][A-Z](?:[\w&'’.-]*[\w])?|(?<![\w-])[a-z][A-Z][a-z]{{2}}(?:[\w&'’.-]*\w)?|[{_UPPER}][\w&'’.+-]*[\w](?:\+(?![\w+]))?(?::[a-z]+\b)?|[A-Z]\.(?=\s+[A-Z])|[A-Z]"
    r"|(?<![\w$.,])\d{1,3}[A-Z][A-Za-z]*[a-z][A-Za-z]*\b"  # "42XFund", "10Xcel": digits, then a capitalised word
    # "7-Eleven": digits, a hyphen and a capitalised word (not "2-Day", "5-Star": a number of units)
    r"|(?<![\w$.,-])\d{1,3}-(?!(?:Day|Week|Month|Year|Hour|Minute|Star|Point|Door|Seat|Game|Step|Part|Inch|Foot|Mile)"
    r"s?\b)[A-Z][a-z]{2,}\b(?!-)"
    rf"|(?<![\w$.,])\d[A-Z](?=\s+(?:{_CORPORATE_SUFFIX})\b))"  # "3G Capital": a digit and a letter opening a name
)
_NAME_RUN = re.compile(
    # ("Martin van den Brink", "Ana de la Cruz": two particles between the names)
    # ("Mohammed bin Salman", "Saad al-Kaabi", "Luiz Inacio da Silva": Arabic, Portuguese and other particles)
    rf"{_CAP_WORD}(?:\s+(?:of|de|for|and|&|van|von|der|la|le|van\s+den|van\s+der|de\s+la|von\s+der|bin|bint|ibn|abu|"
    rf"da|dos|das|du|del|della|ter|ten|zu)\s+{_CAP_WORD}"
    rf"|\s+(?:al|el|ad|ash)-{_CAP_WORD}|\s+{_CAP_WORD}|-{_CAP_WORD}|\s-\s{_CAP_WORD}"
    # "Seven & i Holdings": a small letter joined by '&' inside a name
    rf"|\s+&\s+[a-z]\s+{_CAP_WORD})*"
    # ("Acme, Inc.": a comma before a legal form only, not "Jane Roe, Capital One's chief executive")
    rf"(?:\s+(?:{_CORPORATE_SUFFIX})|,\s+(?:{_LEGAL_FORM})(?![\w-]))?(?:(?:(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd)|(?<=\bCo))\.)?"
)
_ORG_CONTEXT_BEFORE = re.compile(
    r"(?:startup|start-up|company|firm|rival|lab|maker|developer|investor|chipmaker|provider|group|giant|network|"
    r"unicorn|subsidiary|fund|bank|operator|platform|insurer|retailer|manufacturer|supplier|vendor|owner|"
    r"parent|acquirer|incumbent|conglomerate|automaker|carmaker|shipbuilder|planemaker|steelmaker|refiner|miner|"
    r"drugmaker|brewer|airline|carrier|utility|shipper|grocer|broker|lender|asset\s+manager|"
    # "diamond producer De Beers", "sports streamer Fubo", "trading house Itochu", "French publisher Ubisoft"
    r"producer|streamer|publisher|distributor|wholesaler|trading\s+house|studio|contractor|designer|"
    # "a REIT analyst at Green Street": where an analyst works is a firm
    r"(?:analyst|economist|strategist)\s+at|"
    # "rivals such as Luckin Coffee", "clients including Quillon Foods"
    r"(?:rivals|competitors|companies|firms|customers|clients|partners|investors|backers|chains|retailers|banks|"
    # "hotels operate under names including Days Inn, Super 8, La Quinta": brands listed
    r"brands|names|banners|marques|labels)\s+(?:such\s+as|like|including))\s*,?\s*$",
    re.I,
)
_ORG_CONTEXT_AFTER = re.compile(
    # (not "Jane Roe, the president of SoftBank Group": a post in a company, whose name ends the words)
    r"^(?:,\s*(?:a|an|the)\s+(?:(?!of\s|at\s)[\w-]+\s+){0,3}(?:startup|start-up|company|firm|lab|maker|developer|"
    r"provider|unicorn|subsidiary|operator|platform|giant|group|business)(?!['’]s\s)"
    # "Core42, its cloud and data centre unit,": a part of the company 'its' stands for
    r"|,\s*(?:its|their)\s+(?:[\w-]+\s+){0,4}(?:unit|subsidiary|division|arm|affiliate)\s*,"
    r"|'s?\s+(?:(?:two|three|four|five|former|new|longtime)\s+)?(?:CEO|chief|founders?|"
    r"co-founders?|president|chairman|board|shares|stock|investors|employees|staff)|\s+(?:unit|subsidiary|union)\b"
    # "Deutsche Bahn Chief Executive Richard Lutz": a company's post, capitalised, before the holder's name
    r"|(?-i:\s+(?:Chief\s+Executive|Chief\s+[A-Z][a-z]+\s+Officer|CEO|CFO|COO|CTO|Chairman|Chairwoman)\s+[A-Z][a-z])"
    # "Deutsche Bahn has agreed to sell its logistics arm": 'its' is the name's own
    r"|\s+(?:has|have|had)\s+(?:agreed|decided|offered)\s+to\s+(?:sell|buy|acquire|merge|spin\s+off|list)\s+its\b)",
    re.I,
)
_PERSON_CONTEXT_BEFORE = re.compile(
    r"(?:CEO|CTO|CFO|COO|chief executive|chief \w+ officer|(?<!-in-)chief|founder|co-founder|cofounder|president|"
    r"chairman|"
    r"chairwoman|chair|director|executive|expert|analyst|researcher|scientist|engineer|investor|billionaire|"
    r"entrepreneur|head|leader|spokesperson|spokesman|spokeswoman|said|says|told|Mr\.|Ms\.|Mrs\.|Dr\.|"
    r"hired|hires|hire|appointed|named|poached|recruited|according to"
    # a capitalised title before a name: "Samsung Electronics Chairman Lee Jae-yong", "Commerce Secretary H. L."
    r"|\b(?:Chief Executive|Chairman|Chairwoman|President|Vice Chair|Secretary|Minister|Governor|Senator|"
    r"Commissioner|Chancellor|Founder|Co-founder)"
    r")\s*,?\s*$"
)
_PERSON_CONTEXT_AFTER = re.compile(
    r"^(?:,\s*(?:age\s+|aged\s+)?\d{2},|,\s*(?:the\s+|its\s+|a\s+)?(?:[\w'’]+\s+){0,2}(?:CEO|CTO|CFO|COO|chief|founder|co-founder|president|"
    r"chairman|chairwoman|chair|head|director|executive|vice|partner|analyst|researcher|professor|scientist|"
    r"engineer|spokes\w+)\b|\s+(?:said|says|told|wrote|added|noted|explained|joined|left|leads|founded|"
    r"co-founded|stepped))"
)
# the nationality adjectives a description of a company may carry ("the Dutch chipmaker")
_NATIONALITIES = (
    r"American|British|Chinese|French|German|Japanese|Korean|South\sKorean|Taiwanese|Indian|Israeli|Dutch|Swiss|"
    r"Swedish|Canadian|European|Italian|Spanish|Irish|Finnish|Danish|Norwegian|Australian|Saudi|Emirati|Singaporean|"
    r"Russian|Brazilian|Belgian|Austrian|Mexican|Qatari|Kuwaiti|Malaysian|Indonesian|Thai|Vietnamese|Polish|Czech|"
    r"Turkish|South\sAfrican|Argentine|Chilean|Colombian|Portuguese|Greek|Hungarian|Nigerian|Egyptian|Philippine|"
    r"Pakistani|Ukrainian|Luxembourgish|U\.S\.|U\.K\.|US|UK"
)
# one name for one home: "the U.S. drugmaker" and "the American drugmaker" say the same
_SAME_NATION = {"U.S.": "American", "US": "American", "U.K.": "British", "UK": "British", "Korean": "South Korean"}


def nation(adjective: str) -> str:
    """The one adjective a home goes by ('U.S.' -> 'American', 'South\nKorean' -> 'South Korean')."""
    adjective = " ".join(adjective.split())
    return _SAME_NATION.get(adjective, adjective)


_REFERENCE = re.compile(
    # ("the Dutch maker of chipmaking equipment" is no product's maker: a generic description, below)
    # ("the Nvidia-backed cloud provider": the backer is a name of its own, the reference what follows it)
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?P<backer>[A-Z][\w.&]*-(?:backed|owned|funded|financed|controlled)\s+)?"
    # "the world's largest contract chipmaker": a superlative description is one too
    r"(?:world['’]s\s+(?:largest|biggest|second-largest|second-biggest|most\s+valuable|leading|top)\s+)?"
    rf"(?:(?!(?:{_NATIONALITIES})\s+maker\b)"
    r"(?P<desc>[\w.-]+(?:\s[\w.-]+)?)\s+(?:maker|developer|creator|owner|parent)|"
    # "the design startup", "the chip company": a kind of company, lower-case words before it
    r"(?:(?:Mc|Mac)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?-based\s+|(?:[A-Z][a-z]+\s){1,2}(?=company|firm|group|automaker|carmaker|airline|carrier|lender|insurer|retailer|"
    r"chipmaker|drugmaker|miner|brewer|startup)|(?:" + _NATIONALITIES + r")\s)?"
    r"(?:(?!(?:first|second|third|only|same|other|new|largest|biggest|two|three)\b)(?:[a-z][a-z-]+|AI)\s+){0,2}?"
    r"(?P<generic>company|firm|startup|start-up|group|fund|giant|tech giant|software giant|search giant|chipmaker|"
    r"biotech|"
    r"miner|utility|brewer|chain|railway|railroad|"
    # ("its foundry business": a modifier of the noun after it, no company)
    r"(?:foundry|refiner|planemaker|steelmaker|shipbuilder|grocer|shipper)(?!\s+(?:business|unit|arm|division|"
    r"operations?|capacity|plants?|customers?|market|industry|sector|services|subsidiary))|"
    # ("the local unit of Taiwan's Pegatron": a unit described by its owner, not one named before)
    r"lab|AI lab|provider|operator|designer|manufacturer|supplier|conglomerate|carmaker|automaker|unit(?!\s+of\b)|"
    r"lender|bank|"
    r"carrier|retailer|insurer|publisher|drugmaker|streamer|broadcaster|airline|maker(?=\s+of\s+[a-zA-Z])))\b"
    r"|(?<![\w'-])(?P<pronoun>[Ii]t)(?![\w'])"
    # "his company": the company the sentence names him at ('HPE chief executive Antonio Neri ... his company')
    r"|\b(?P<his>[Hh]is|[Hh]er)\s+(?:own\s+)?(?:company|firm|employer|startup|group)\b"
    # "called off its merger with Kroger and sued its former partner": the other party named before
    r"|\b[Ii]ts\s+(?:former\s+|erstwhile\s+|would-be\s+|onetime\s+|one-time\s+|jilted\s+)?"
    r"(?P<party>partner|suitor|buyer|acquirer|merger\s+partner)\b(?!\s*,\s*[A-Z])"
    # a sentence that opens on "Its investors include ...": whose they are is said before
    r"|^(?P<its>Its)(?=\s+(?:[\w-]+\s+){0,2}(?:investors?|backers?|shareholders?|customers?|clients?|partners?|rivals?|"
    r"competitors?|suppliers?|tenants|chief|CEO|CFO|CTO|COO|president|founder|co-founder|chairman|chairwoman|head|"
    # "Its managed cloud services run on AWS": what it runs
    r"services|models|workloads|operations|apps)\b"
    # "Its Command models and North agent platform are sold ...": its products, named
    r"|\s+(?:[A-Z][\w.-]*\s+){1,3}(?:models?|chips?|processors?|accelerators?|platforms?|phones?|smartphones?|apps?|"
    r"chatbots?|assistants?|drugs?|vaccines?|consoles?|headsets?|software|services?)\b)"
)
_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
# what follows a sentence-initial one-word name that acts: "Corvo acquired", "Halden's", "GSK, a drugmaker"
_ACTS_NEXT = re.compile(
    # "Vista last year bought ...": a time before the verb
    r"^(?:\s+(?:last|this|earlier\s+this)\s+(?:year|month|week|quarter)\s+(?:bought|acquired|agreed|sold|invested|"
    r"announced|took|signed|launched|raised|hired|sued|paid)\b|['’]s\b|-(?:backed|owned|funded|controlled)\b|\s+and\s+[A-Z]|\s+to\s+(?:buy|acquire|sell|merge|invest|sue|hire|launch|raise|build|take|pay|"
    r"join|partner|exit|list|spin|split|cut|open|close|back|fund)\b|,\s+[A-Z][\w-]+(?:\s-\s[A-Z][\w-]+)?\s+(?:\w+\s+){0,3}(?:merger|[Aa]gree|to\s+[Mm]erge)|\s+(?:CEO|CFO|CTO|COO|[Cc]hief|[Ff]ounder|[Cc]hairman|[Pp]resident|boss)\b|,\s+(?:a|an|the)\s|,\s+(?:which|whose)\s|,\s+(?:founded|co-founded|cofounded|backed|owned|based|headquartered|led|run|headed|started|valued|spun)\s|,\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s|\s+(?:has|have|had|is|was|will|would|said|says|plans|agreed|announced|"
    r"reported|acquired|bought|paid|sold|won|took|struck|completed|signed|launched|invested|owns|operates|develops|makes|sells|led\s+(?:that|the|its)\s|co-led|"
    r"[a-z]+ed\s+(?:a|an|the|to|its|from|with|by|in|on|for|\$|[A-Z][\w.&-]*)|[a-z]{3,}(?:es|s)\s+(?:a|an|the|its|[a-z][a-z-]*\s+[a-z]+))\b)"
)
_NAME_PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "dos", "das", "della", "ter", "ten", "zu"]
)
_NAME_PARTICLES |= {"bin", "bint", "ibn", "abu"}  # Arabic names
# "Mohammed bin Salman", "Saad al-Kaabi": particles only a person's name has between its words
_PERSONS_PARTICLE = re.compile(r"\s(?:bin|bint|ibn)\s|\s(?:al|el|ad|ash)-[A-Z]")
_TITLE_NEXT = re.compile(
    r"^\s+(?:Director|Manager|Officer|Controller|President|Vice|Chief|Head|Partner|Counsel|Treasurer|Secretary|"
    r"Executive|Analyst|Engineer|Editor|Advisor|Adviser)\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:as|the|a|an|its|his|her|their)\s+(?:[A-Z][\w-]*\s+){0,3}$", re.I)
_ARTICLE_ONLY = re.compile(r"\b(?:a|an)\s+$", re.I)
_REGISTERED_IN = re.compile(
    r"^\s+(?:(?:limited\s+liability|public\s+limited|private\s+limited|stock)\s+)?(?:corporation|company|"
    r"partnership|limited\s+partnership|entity)\b"
)
_INITIALLED_NAME = re.compile(
    rf"[{_UPPER}][{_LOWER}]+(?:\s+[A-Z]\.)+\s+(?:Mc|Mac|Van|De|O['’])?[{_UPPER}][{_LOWER}'’-]+(?:[A-Z][{_LOWER}]+)?"
    r"(?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3})?"
)
# "Karén", "Jean-Luc", "McBee", "O'Neil"
_DATELINE_AFTER = re.compile(
    r"\s*(?:--|[—–]|-\s|(?:,\s+[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?,\s+[A-Z][a-z]{2,}\.?\s+\d|\((?:Reuters|AP|AFP|Bloomberg)\))"
)
_LINE_START = re.compile(r"(?:^|\n)\s*$")
# a given name or surname: "Lindqvist", "McAdam", "Jean-Luc", "Jae-yong"
_PLAIN_WORD = re.compile(rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?")
_VERSION = re.compile(
    r"[ -]\d{1,2}(?:\.\d)?[a-z]?(?![\d%$]|,\d)"  # ("iPhone 16e": an edition letter)
    r"(?:\s+(?:Pro|Ultra|Max|Mini|Turbo|Behemoth|Sonnet|Opus|Haiku|Scout|Maverick|Flash))?\b"
)
_UNITS = frozenset(
    [
        "INR",
        "USD",
        "EUR",
        "GBP",
        "RMB",
        "CHF",
        "Rs",
        "M",
        "B",
        "K",
        "GW",
        "MW",
        "KW",
        "GB",
        "TB",
        "PB",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "FY",
        "H1",
        "H2",
    ]
)
_POSSESSIVE = re.compile(r"^(?:['’]s?\b| s\s(?=[a-z]))")
_PLURAL_POSSESSIVE = re.compile(r"['’]\s+(?=[\w$])")  # "Halvern Holdings' parent company"
# "Oslo - based Nordvik": a place that only says where the next name is based
_BASED = re.compile(r"\s?-\s?based\b")


def find_mentions(text: str, sentences: list[Sentence], gazetteer: Gazetteer) -> list[Mention]:
    """All mentions in the document, in order, each resolved to a canonical name."""
    mentions: list[Mention] = []
    seen_full: set[str] = set()
    seen_guesses: dict[str, Mention] = {}
    surnames: set[str] = set()  # of the people named so far: 'Wang' in "by Wang and Lucy Guo" is no given name
    companies: set[str] = set()  # the names of two words or more of the organisations named so far
    recurring = _recurring_names(text)
    terms = frozenset(_DEFINED_TERM.findall(text))  # "high-bandwidth memory (HBM)": HBM is no company, anywhere
    surnamed: set[str] = set()  # people (or guesses that may be) the text has called by their surname alone
    lowercase = _lowercase_names(text)  # "io, the device startup founded by ...": a name in lower case
    for index, sentence in enumerate(sentences):
        found = [_its_government(m, sentence) for m in _known_mentions(sentence, gazetteer, seen_full)]
        found = [m for m in found if not _place_as_given_name(sentence, m, found)]
        for known in found:
            if known.types == ("Person",):
                seen_guesses.setdefault(known.name, known)  # so that a later bare surname is this person
        found += _honorific_mentions(sentence, found, seen_guesses)
        found += [
            _plural_of_known_product(m, gazetteer)
            for m in _guessed_mentions(sentence, found, seen_guesses, recurring)
            if m.text not in terms
        ]
        found += _lowercase_mentions(sentence, found, lowercase)
        found = [_company_short_form(m, seen_full, gazetteer) for m in found]
        if any(_a_guessed_acronym(m) for m in found):
            named = mentions + found
            found = [_acronym_of_named(m, named) for m in found]
        found = [_first_words_of_a_company(m, companies, sentence) for m in found]
        found = [_as_maker(m, text, gazetteer) for m in found]
        references = _references(sentence, found, mentions, gazetteer, sentences)
        found = [m for m in found if not _overlaps(m.start, m.end, references)] + references  # "the Paris firm"
        found = _shared_surnames(sentence, found, surnames)
        found += _person_pronouns(index, sentences, found, mentions, surnamed)
        found.sort(key=lambda m: m.start)
        _parenthetical_aliases(sentence, found, seen_guesses)
        found = [m for m in found if not _BASED.match(text, m.end)]
        found = [_a_family(m, text) for m in found]
        found = _with_model_names(found, text)
        for mention in found:
            mention.possessive = (
                bool(_POSSESSIVE.match(text[mention.end : mention.end + 4]))
                or (mention.text.endswith("s") and _PLURAL_POSSESSIVE.match(text, mention.end) is not None)
                or (mention.kind == "reference" and mention.text == "Its")  # "Its biggest customer is Apple"
            )
        mentions.extend(found)
        companies.update(m.name for m in found if m.types[0] == "Organization" and len(m.name.split()) >= 2)
        surnames.update(m.name.split()[-1] for m in found if m.types[0] == "Person" and " " in m.name)
        surnamed.update(_called_by_surname(found))
    return mentions


# a lower-case word the text sets a company's description beside, after a verb or preposition that takes a company:
# "OpenAI will buy io, the device startup co-founded by Jony Ive" (not "profit rose, the company said")
_LOWERCASE_NAME = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|of|in|into|with|to|from|and|by)\s+"
    r"(?P<name>[a-z][a-z0-9]{1,9})(?=,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:startup|start-up|company|firm|maker|developer|lab|venture)\s+"
    r"(?:co-founded|founded|started|backed|led|run|created|set\s+up|behind|that|which|whose|based)\b)"
)
_NOT_LOWERCASE_NAMES = frozenset(["it", "its", "them", "this", "that", "these", "those", "one", "all", "both", "us"])


def _lowercase_names(text: str) -> frozenset[str]:
    """The names a text writes in lower case, from a company description set beside one ('io, the startup')."""
    return frozenset(
        m.group("name") for m in _LOWERCASE_NAME.finditer(text) if m.group("name") not in _NOT_LOWERCASE_NAMES
    )


def _lowercase_mentions(sentence: Sentence, found: list[Mention], names: frozenset[str]) -> list[Mention]:
    """Each place in the sentence where a lower-case name of the text stands as a word of its own."""
    more: list[Mention] = []
    for name in names:
        for match in re.finditer(rf"(?<![\w./@#-]){re.escape(name)}(?![\w-]|\.\w)", sentence.text):
            start = sentence.start + match.start()
            if not _overlaps(start, start + len(name), found):
                more.append(Mention(start, start + len(name), name, name, ("Organization",), "guessed"))
    return more


# "Galaxy S25", "Snapdragon 8 Elite", "M4 Max": a product line's model code and edition words after its name
_MODEL_AFTER = re.compile(
    r"(?:\s(?:[A-Z]{1,2}\d{1,4}[a-z]?|\d{1,4}))?(?:\s(?:Pro|Max|Ultra|Plus|Mini|Elite|Air|Lite|Edge|Neo|XL|FE|Turbo|Gen\s\d))+"
    r"|\s[A-Z]{1,2}\d{1,4}[a-z]?\b(?![-.]\d)"
)


def _with_model_names(found: list[Mention], text: str) -> list[Mention]:
    """A product mention taken on over its model code and edition words; the mentions those words made go."""
    extended: list[Mention] = []
    for mention in found:
        if extended and extended[-1].end > mention.start:
            continue  # a word the model name before took in ("Elite")
        model = _MODEL_AFTER.match(text, mention.end) if "Product" in mention.types else None
        if model is not None and not mention.possessive and model.end() > mention.end:
            surface = text[mention.start : model.end()]
            name = mention.name + text[mention.end : model.end()]
            types = ("Product",) if mention.kind == "guessed" else mention.types  # a model is a product's
            mention = Mention(mention.start, model.end(), surface, name, types, mention.kind)
        extended.append(mention)
    return extended


# "said Jordan Pierce, an analyst at ...", "Austin Reyes, chief executive of ...": a place's name as a given name
_SURNAME_THEN_PERSON_CONTEXT = re.compile(
    r"\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:analyst|economist|"
    r"strategist|executive|director|officer|spokesman|spokeswoman|spokesperson|partner|founder|co-founder|"
    r"professor|manager|president|chairman|chairwoman|chair|head|lawyer|researcher|investor)\b"
    r"|\s+(?:said|says|told|added)\b)"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$")


def _place_as_given_name(sentence: Sentence, mention: Mention, found: list[Mention]) -> bool:
    """A one-word place known to the gazetteer that opens a person's name ('Jordan Pierce, an analyst at X')."""
    if mention.types != ("Location",) or " " in mention.text:
        return False
    end = mention.end - sentence.start
    surname = _SURNAME_THEN_PERSON_CONTEXT.match(sentence.text, end)
    if surname is None or any(m.start == mention.end + 1 for m in found):
        return False
    return bool(
        _SAID_BEFORE.search(sentence.text, 0, mention.start - sentence.start)
        or re.match(r"\s[A-Z][\w-]+,", sentence.text[end:])
    )


_SAID_IT = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:said|says|added|noted|stated|announced|confirmed|told\s+\w+)"
    r"\s+(?:on\s+\w+\s+)?(?:that\s+)?"
)


def _speaker_of_it(sentence: Sentence, start: int, here: list[Mention]) -> str | None:
    """'Nvidia has said it plans to invest': the organisation that said it, named right before the verb."""
    before = [m for m in here if m.end <= start and m.types[0] == "Organization" and m.kind != "reference"]
    if not before:
        return None
    last = before[-1]
    if _SAID_IT.fullmatch(sentence.text, last.end - sentence.start, start - sentence.start):
        return last.name
    return None


_WHOSE_CLAUSE = re.compile(r",\s+whose\s+[^,;]*")
_PERSON_PRONOUN = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)(?![\w'’])")


_SUBJECT_NEXT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|said|says|did|"
    r"does|also|still|now|then|[a-z]+(?:ed|es))\b"
)
_OBJECT_VERB_JUST_BEFORE = re.compile(
    r"\b(?:buy|acquire|purchase|take\s+over|bought|acquired|purchased|sued|sue|suing|back|backed|invest\s+in|"
    r"invested\s+in|fund|funded|hire|hired|sell|sold|merge\s+with|merged\s+with|to|from|with|into|against|"
    r"supply|supplies|supplied|supplying|provide|provides|provided|providing"
    # "will invest up to $5.8 billion in the electric-vehicle maker", "take a 10% stake in the chipmaker"
    r"|invest(?:s|ed|ing)?\s+[^,;]{0,40}?\s+in|(?:stake|holding|shareholding)\s+in)\s+$"
)


def _clause_subject_of_object(sentence: Sentence, start: int, end: int, here: list[Mention]) -> Mention | None:
    """The subject of the verb right before a reference, when the reference is that verb's object ('Amazon
    agreed to buy the company': Amazon); else None."""
    if _SUBJECT_NEXT.match(sentence.text, end - sentence.start) or not _OBJECT_VERB_JUST_BEFORE.search(
        sentence.text, 0, start - sentence.start
    ):
        return None
    return _clause_subject_before(sentence, start, here)


def _closing_speaker(sentence: Sentence, after: int, found: list[Mention]) -> Mention | None:
    """The organisation that speaks at the end of the sentence, after `after`: '..., Orvane Labs said'."""
    return next(
        (
            m
            for m in found
            if m.start > after
            and m.types[0] == "Organization"
            and m.kind != "reference"
            and re.search(r",\s*$", sentence.text[: m.start - sentence.start])
            and re.match(r"\s+(?:said|says|announced)\b", sentence.text[m.end - sentence.start :])
        ),
        None,
    )


def _established(name: str, gazetteer: Gazetteer, or_catalogued: bool = False) -> bool:
    """A company the gazetteer knows by a ticker-like alias ('MSFT', 'AMZN', 'AWS'): no one's 'startup'; with
    `or_catalogued`, also one it gives a Wikidata id (the long-established names it lists)."""
    known = gazetteer.entities.get(name)
    if known is None:
        return False
    return any(re.fullmatch(r"[A-Z]{3,5}", alias) for alias in known.aliases) or (
        or_catalogued and bool(known.wikidata)
    )


def is_person_pronoun(mention: Mention) -> bool:
    """Whether a mention is 'he' or 'she', standing for a person named before."""
    return mention.kind == "reference" and mention.text.lower() in ("he", "she")


def _called_by_surname(mentions: list[Mention]) -> set[str]:
    """The people (or guesses that may be people) these mentions call by their surname alone ('... Geller')."""
    return {m.name for m in mentions if m.types[0] == "Person" and m.text == m.name.split()[-1] != m.name}


def _person_pronouns(
    index: int, sentences: list[Sentence], found: list[Mention], earlier: list[Mention], surnamed: set[str]
) -> list[Mention]:
    """'he', 'she' in `sentences[index]`: the person named last before it in the sentence, else the first person
    of the latest of the two sentences before that names one (the one the story is about: 'Acme named Jane Roe
    chief executive. She joined in 2008 from B'). `earlier` in document order; `surnamed` as _called_by_surname
    found it in them."""
    sentence = sentences[index]
    if not _PERSON_PRONOUN.search(sentence.text):
        return []
    window = sentences[max(0, index - 2)].start
    # a guess that may be a person is one when the text calls it by its surname alone ('Omri Geller ... Geller')
    known = surnamed | _called_by_surname(found)

    def person(m: Mention) -> bool:
        return m.types == ("Person",) or (m.types[0] == "Person" and m.name in known)

    recent = []
    for m in reversed(earlier):  # (only the two sentences before: not the whole document again)
        if m.start < window:
            break
        recent.append(m)
    people = [m for m in reversed(recent) if person(m)]
    previous: Mention | None = None
    if people:
        latest = max(
            (s for s in sentences[max(0, index - 2) : index] if any(s.start <= m.start < s.end for m in people)),
            key=lambda s: s.start,
        )
        previous = next(m for m in people if latest.start <= m.start < latest.end)
    pronouns = []
    for match in _PERSON_PRONOUN.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        here = sorted((m for m in found if m.end <= start and person(m)), key=lambda m: m.start)
        target = here[-1] if here else previous
        if target is not None:
            pronouns.append(Mention(start, end, match.group(), target.name, target.types, "reference"))
    return pronouns


# (not "the Llama family of models", "the Carlson family business": a kind of thing, a company named so)
_FAMILY_AFTER = re.compile(
    r"\s+family\b(?!\s+(?:of|business|businesses|company|firm|office|trust|holding|foundation)\b)"
    r"(?!['’]s\s+(?:company|firm|business))"
)


_GROUP_AS_FAMILY_BEFORE = re.compile(
    r"\b(?:part\s+of|join(?:s|ed|ing)?|welcomed?\s+(?:\w+\s+)?(?:in)?to|brought\s+into)\s+the\s+$"
)


def _a_family(mention: Mention, text: str) -> Mention:
    """'the Agnelli family', 'the Keevil family': a family that owns or controls companies, named as one."""
    after = _FAMILY_AFTER.match(text, mention.end)
    if after is None or mention.types[0] == "Location" or " " in mention.text or mention.kind == "reference":
        return mention
    if mention.kind == "known" and _GROUP_AS_FAMILY_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return mention  # "ITA is now part of the Lufthansa family": the company's group, no family of people
    surface = text[mention.start : after.end()]
    return Mention(mention.start, after.end(), surface, surface, ("Organization",), "guessed")


def _plural_of_known_product(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """'Apple's iPhones': the plural of a known product is that product."""
    if mention.kind == "guessed" and len(mention.text) > 3 and mention.text.endswith("s"):
        known = gazetteer.lookup(mention.text[:-1])
        if known is not None and known.type == "Product":
            mention.name, mention.types, mention.kind = known.name, ("Product",), "known"
    return mention


# an abbreviation in brackets after lowercase words: a term's ("high-bandwidth memory (HBM)"), not a name's
_DEFINED_TERM = re.compile(r"\b[a-z][\w-]*\s+\(([A-Z]{2,6}s?)\)")
_NATIONALITY = re.compile(rf"\b(?:{_NATIONALITIES})\b")


def _nationalities(mentions: list[Mention], sentences: list[Sentence]) -> dict[str, set[str]]:
    """The homes the text gives each name ('Swiss forwarder Panalpina', "Denmark's Novo Nordisk"), or failing
    that the gazetteer."""
    called: dict[str, set[str]] = {}
    starts = [s.start for s in sentences]
    gazetteer = load_gazetteer()
    for mention in mentions:
        if mention.kind == "reference":
            continue
        index = bisect_right(starts, mention.start) - 1  # the sentence that holds the mention
        if index < 0:
            continue
        sentence = sentences[index]
        before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
        adjective = _NATIONALITY_BEFORE.search(before)
        country = _COUNTRY_POSSESSIVE_BEFORE.search(before)
        known = gazetteer.entities.get(country.group(1)) if country is not None else None
        if adjective is not None:
            called.setdefault(mention.name, set()).add(nation(adjective.group(1)))
        elif known is not None and known.type == "Location" and known.nationality:
            called.setdefault(mention.name, set()).add(known.nationality)
    for mention in mentions:
        home = gazetteer.entities.get(mention.name)
        if mention.kind == "known" and mention.name not in called and home is not None and home.nationality:
            called[mention.name] = {home.nationality}
    return called


# "Denmark's Novo Nordisk", "South Korea's Samsung": a country's company
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")


_NATIONALITY_BEFORE = re.compile(rf"\b({_NATIONALITIES})\s+(?:[a-z][\w-]*\s+){{0,2}}$")


def _same_nationality(reference: str, candidates: list[Mention], earlier: list[Mention]) -> list[Mention]:
    """'The Dutch maker' is not the company the text has called 'the French start-up'."""
    said = _NATIONALITY.search(reference)
    if said is None:
        return candidates
    other = set()
    for m in earlier:
        called = _NATIONALITY.search(m.text) if m.kind == "reference" else None
        if called is not None and nation(called.group()) != nation(said.group()):
            other.add(m.name)
    return [m for m in candidates if m.name not in other]


def _home_town_company(
    target: str,
    sentence: Sentence,
    start: int,
    earlier: list[Mention],
    here: list[Mention],
    sentences: list[Sentence],
    gazetteer: Gazetteer,
) -> str:
    """'The McLean, Virginia-based lender': a home town is said of the company the text is about, unless the
    sentence before opened on the company `target` resolved to ('DeepSeek ... . The Hangzhou-based company')."""

    def company(m: Mention) -> bool:
        return m.types[0] == "Organization" and not is_authority(m, gazetteer)

    story = next((m for m in earlier if company(m) and m.kind != "reference"), None)
    if story is None or story.name == target or any(m.name in (story.name, target) for m in here if m.start < start):
        return target
    home = next((x for x in reversed(sentences) if x.end <= sentence.start), None)
    opened = next(
        (
            m
            for m in earlier
            if home is not None
            and m.start >= home.start
            and company(m)
            and len(home.text[: m.start - home.start].split()) <= 1
        ),
        None,
    )
    return target if opened is not None and opened.name == target else story.name


def is_authority(mention: Mention, gazetteer: Gazetteer) -> bool:
    """A government body or regulator the gazetteer flags (`authority = true`)."""
    known = gazetteer.entities.get(mention.name)
    return known is not None and known.authority


def _its_government(mention: Mention, sentence: Sentence) -> Mention:
    """'the U.S. government', 'the UK government': a country's government is an organisation of its own."""
    if mention.types[0] != "Location":
        return mention
    after = re.match(r"\s+government\b", sentence.text[mention.end - sentence.start :])
    if after is None:
        return mention
    end = mention.end + after.end()
    surface = sentence.text[mention.start - sentence.start : end - sentence.start]
    return Mention(mention.start, end, surface, surface, ("Organization",), "guessed")


_APOSTROPHE_S_END = re.compile(r"['’]s?$")
_SHORT_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _first_words_of_a_company(mention: Mention, companies: set[str], sentence: Sentence) -> Mention:
    """'Palo Alto' after 'Palo Alto Networks', 'MP' after 'MP Materials': the first words of a company the text
    has named in full are that company (a place only where no preposition makes it one: 'based in Palo Alto')."""
    surface = _APOSTROPHE_S_END.sub("", mention.text)
    place = mention.kind == "known" and mention.types[0] == "Location"
    acronym = mention.kind == "guessed" and _SHORT_ACRONYM.fullmatch(surface) is not None
    if not (place or acronym):
        return mention  # (a longer guessed name may be another company of a group: 'Acme' and 'Acme Holdings')
    if mention.types[0] == "Location" and re.search(
        r"\b(?:in|at|from|near|of|to)\s+$", sentence.text[: mention.start - sentence.start]
    ):
        return mention
    for name in sorted(companies):
        rest = name[len(surface) :]
        if name.startswith(surface + " ") and name != mention.name and len(rest.split()) <= 2:
            return Mention(
                mention.start, mention.end, mention.text, name, ("Organization",), "known", mention.possessive
            )
    return mention


_SHORTENED_SUFFIX = frozenset(
    ["AI", "Labs", "Lab", "Inc.", "Technologies", "Systems", "Networks", "Group", "Platforms"]
)


def _company_short_form(mention: Mention, seen_full: set[str], gazetteer: Gazetteer) -> Mention:
    """'Scale' after 'Scale AI', 'Meta' after 'Meta Platforms': a guessed word that opens a company's name the
    text has already given in full is that company."""
    if mention.kind != "guessed" or " " in mention.text:
        return mention
    surface = mention.text.rstrip("'’s")
    opened: list[str] = []  # the known companies of two words the text has named in full that this word opens
    for name in seen_full:
        words = name.split()
        known = gazetteer.entities.get(name)
        if words[1:] in (["&", "Co."], ["&", "Co"]) and words[0] == surface and known is not None:
            words = [words[0], "Inc."]  # "Merck" after "Merck & Co": the company, by its first word
        if len(words) != 2 or words[0] != surface or known is None or known.type != "Organization":
            continue
        if words[1] in _SHORTENED_SUFFIX:
            return Mention(
                mention.start, mention.end, mention.text, name, ("Organization",), "known", mention.possessive
            )
        opened.append(name)
    if len(opened) == 1 and len(surface) >= 4:  # "Anglo" after "Anglo American", when no other company begins so
        return Mention(
            mention.start, mention.end, mention.text, opened[0], ("Organization",), "known", mention.possessive
        )
    return mention


_HYPHENED_NAME = re.compile(r"-([A-Z][a-z]+)")


_CODE_NUMBER_AFTER = re.compile(r"-\d")


def _known_mentions(sentence: Sentence, gazetteer: Gazetteer, seen_full: set[str]) -> list[Mention]:
    found = []
    for match in gazetteer.pattern.finditer(sentence.text):
        surface = match.group()
        canonical, needs_full = gazetteer.surfaces[surface]
        if needs_full and canonical not in seen_full:
            continue
        known = gazetteer.entities[canonical]
        joined = _HYPHENED_NAME.match(sentence.text, match.end()) if known.type == "Location" else None
        if joined is not None and joined.group(1) not in gazetteer.surfaces:
            continue  # "Cleveland-Cliffs": a place that opens a hyphened company name
        if known.type == "Organization" and surface.isupper() and _CODE_NUMBER_AFTER.match(sentence.text, match.end()):
            continue  # "AWS-4 licences", "the MSFT-2 bond": an acronym inside a code, not the company
        seen_full.add(canonical)
        start = sentence.start + match.start()
        version = _VERSION.match(sentence.text, match.end()) if known.type == "Product" else None
        if version:  # "Llama 4", "Claude 3.5 Sonnet": a release of a known product, its own entity
            surface += version.group()
            found.append(Mention(start, start + len(surface), surface, surface, ("Product",), "guessed"))
            continue
        found.append(Mention(start, start + len(surface), surface, canonical, (known.type,), "known"))
    return found


_ALIAS_OPEN = re.compile(r"\s*\(\s*(?:the\s+)?[\"“']?$")
_ALIAS_CLOSE = re.compile(r"^[\"”']?\s*\)")


def _parenthetical_aliases(sentence: Sentence, found: list[Mention], seen: dict[str, Mention]) -> None:
    """'Halden, Inc. (Halden)', 'Bright Harbor Solar Ltd (BHSL)': the short form in brackets names
    the entity before it, here and in the rest of the document."""
    offset = sentence.start
    for full, short in pairwise(found):
        if full.kind == "reference" or short.kind != "guessed" or "Person" in full.types[:1]:
            continue
        opening = sentence.text[full.end - offset : short.start - offset]
        if not _ALIAS_OPEN.fullmatch(opening) or not _ALIAS_CLOSE.match(sentence.text[short.end - offset :]):
            continue
        short.name, short.types = full.name, full.types
        if full.kind == "known":
            short.kind = "known"
        seen[short.text] = short


def _overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _honorific_mentions(sentence: Sentence, known: list[Mention], seen: dict[str, Mention]) -> list[Mention]:
    """'Mr. Okafor', 'Dr. Jane Roe': a person, linked to an earlier full name with the same surname."""
    found = []
    for match in _HONORIFIC.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _overlaps(start, end, known):
            continue
        surname = match.group().split()[-1]
        earlier = next((m for m in seen.values() if m.types[0] == "Person" and m.name.split()[-1] == surname), None)
        name = earlier.name if earlier else match.group()
        mention = Mention(start, end, match.group(), name, ("Person",), "guessed")
        seen.setdefault(name, mention)
        found.append(mention)
    return found


_SOFT_PAIR = re.compile(r"\b([A-Z][a-z]+) ([A-Z][A-Za-z]+)\b(?!-)")


def _recurring_names(text: str) -> frozenset[str]:
    """'Global Payments', 'American Tower': a common word and a name-like word that the text puts together
    at least twice are a name of their own, not an adjective before one."""
    pairs = Counter(
        match.group()
        for match in _SOFT_PAIR.finditer(text)
        if match.group(1) in _SOFT_COMMON and match.group(2) not in _COMMON and match.group(2) not in _SOFT_COMMON
    )
    return frozenset(pair for pair, count in pairs.items() if count >= 2)


# trade words that close a brand, not a line of business ("Savings", "Research", "Insurance" begin compounds)
_BRAND_CLOSERS = frozenset(
    [
        "Data",
        "Labs",
        "Systems",
        "Networks",
        "Technologies",
        "Motors",
        "Robotics",
        "Software",
        "AI",
        "Capital",
        "Ventures",
        "Energy",
        "Mining",
        "Therapeutics",
        "Pharmaceuticals",
        "Biosciences",
        "Semiconductor",
        "Computing",
        "Cloud",
        "Analytics",
        "Devices",
        "Electronics",
        "Dynamics",
        "Aviation",
        "Logistics",
        "Compute",
        "Memory",
        "Biotech",
        "Global",
        "Telecom",
        "Media",
        "Retail",
        "Foods",
        "Pharma",
    ]
)
_NOT_TRADE_WORDS = frozenset(["Group", "Holdings", "Associates", "Partners", "Company", "Companies", "Brothers"])


def _a_trade_name(words: list[str]) -> bool:
    """'Orvane Systems', 'Skarvik Capital': two or three capitalised words closed by a trade word."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    trade = bool(_suffix_ends(" " + last)) or last in _NAME_FINAL
    return trade and last not in _LEGAL_FORMS | _NOT_TRADE_WORDS


_TOKEN = re.compile(r"\S+")
_BREAKS_BY_WHAT_FOLLOWS = frozenset(["Prime", "and", "&", "of"])  # words whose break depends on the words after
_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE_END = re.compile(r"['’]s$")


_NAME_OPENING_ADJECTIVES = frozenset(["National", "Global", "International", "General", "United", "Royal", "Federal"])


_SURNAME_NATIONALITIES = frozenset(["French", "English", "German", "Welsh", "Irish", "Scott", "Holland", "Norman"])
_SURNAME_NEXT = re.compile(
    r",\s+[A-Z][a-z]+\s+(?P<next>[A-Z][a-z]+)|\s+(?:and\s+[A-Z][a-z]+\s+(?P<last>[A-Z][a-z]+)|(?:said|says|told)\b)"
)
# what follows a name's "'s" that is no possessive: a list goes on, or the clause ends ("M&M's and Snickers,")
# ("Orvane Capital's and Kestrel Partners' investments": possessives coordinated, the second one owning a noun)
_BRAND_S_AFTER = re.compile(
    r"(?<=[A-Za-z&]['’]s)(?:\s+(?:and|or)\s+[A-Z](?![^,.;]*?\w['’]s?\s)|,\s+(?:and\s+)?[A-Z][\w&'’-]+(?:,|\s+and\b))"
)


@cache
def _a_country(word: str) -> bool:
    """Whether the gazetteer knows `word` as a place ('Japan', 'Korea')."""
    known = load_gazetteer().entities.get(word)
    return known is not None and known.type == "Location"


def _name_pieces(text: str, match: re.Match[str], recurring: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Split a capitalised run into names at words that are not part of one: sentence openers, titles,
    nationality adjectives, 'X-based', and 'and' between two names (kept in 'Procter and Gamble Co.')."""
    tokens = [(match.start() + t.start(), t.group()) for t in _TOKEN.finditer(match.group())]
    run = match.group()
    has_suffix = bool(
        _suffix_ends(run.rstrip(","))
        or _suffix_ends(run.rstrip(".,"))
        or _INSTITUTION_OF.search(run)  # "National Bank of Alaska"
        or (len(tokens) > 2 and run.rstrip(".,").split()[-1] in _INSTITUTION_HEADS)
    )
    piece: list[tuple[int, str]] = []
    pieces: list[list[tuple[int, str]]] = []
    stripped = [t.rstrip(",.") for _, t in tokens]
    for index, (position, token) in enumerate(tokens):
        bare = token.rstrip(",.'’").removesuffix("'s").removesuffix("’s")
        name_word = bool(piece) and bool(_suffix_ends(" " + bare))  # "Capital" in "Thrive Capital"
        # "Crescent Global", "Pinecrest Data", "Acme Imaging Center": a noun that closes a name
        name_word = name_word or (bool(piece) and index == len(tokens) - 1 and bare in _NAME_FINAL)
        name_word = name_word or (bool(piece) and bare in _OPENING_PLURALS)
        # "Liberty Global and ...", "American Express Global Business Travel": inside a run, not opening it
        name_word = name_word or (bool(piece) and bare in _INSIDE_NAMES)
        initial = bool(piece) and _INITIAL.fullmatch(token) is not None  # "Mara J. Lindqvist"
        soft = has_suffix and bare in _SOFT_COMMON
        soft = soft or (bare in _SOFT_COMMON and any(text.startswith(name, position) for name in recurring))
        # "Southern New Jersey", "The New York Times": 'New' before another capitalised word is part of a name
        soft = soft or (bare == "New" and index > 0 and index + 1 < len(tokens) and tokens[index + 1][1][:1].isupper())
        # "National Amusements", "General Atlantic": an adjective opening a run of capitalised words names with them
        soft = soft or (
            bare in _NAME_OPENING_ADJECTIVES
            and index == 0
            and index + 1 < len(tokens)
            and tokens[index + 1][1][:1].isupper()
            and tokens[index + 1][1].rstrip(",.") not in _COMMON
        )
        # "Scot French, Michael Patterson and ...": a nationality word closing a given name's run is a surname
        soft = soft or (
            bare in _SURNAME_NATIONALITIES
            and len(piece) == 1
            and (index == len(tokens) - 1 or stripped[index + 1] == "and")
            and piece[0][1].isalpha()
            and (after_surname := _SURNAME_NEXT.match(text, position + len(token.rstrip(",")))) is not None
            and not _suffix_ends(" " + (after_surname.group("next") or after_surname.group("last") or ""))
        )
        # "Jun Seki", "Jan Koum": a month's short form that is a given name before a surname (months take a day)
        soft = soft or (bare in ("Jan", "Jun") and index + 1 < len(tokens) and tokens[index + 1][1][:1].isupper())
        if bare in _PART_NOUNS and index + 1 < len(tokens) and tokens[index + 1][1] == "of":
            # "an Institutional Division of Acme": a described part of the company named after 'of'
            if not piece or not _DESCRIBED_BEFORE.search(text, 0, piece[0][0]):
                pieces.append(piece)
            piece = []
            continue
        rest = stripped[index + 1 :] if bare in _BREAKS_BY_WHAT_FOLLOWS else []  # (read only after these)
        breaks = (
            (bare in _COMMON and not name_word and not soft and not initial)
            or (bare == "Prime" and rest[:1] == ["Minister"])  # a title, as 'Minister' is
            or bare.endswith("-based")
            or (bare in {"and", "or"} and (not has_suffix or _INITIALLED_NAME.fullmatch(" ".join(t for _, t in piece))))
            or (bare in {"and", "&"} and _two_legal_names([t.rstrip(",.") for _, t in piece], rest))
            # "Leonardo and Japan Aircraft Industrial Enhancement Co": a long legal name of its own after 'and'
            # (not "Sterling and Wilson Renewable Energy Ltd": only a name opening on a country's)
            or (
                bare == "and"
                and len(rest) >= 4
                and len(piece) == 1
                and _a_country(re.sub(r"['’]s$", "", rest[0]))
                and _suffix_ends(" ".join(rest))
            )
            # "TeraWulf and Cipher Mining", "IREN and Core Scientific": a one-word brand is a name of its own
            or (
                bare == "and"
                and len(piece) == 1
                and re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}", piece[0][1]) is not None
            )
            # "Quillon and Orvane Systems": one word, then a name its trade word closes, are two companies
            # ("Sullivan and Cromwell LLP", "Marks and Spencer Group" end in a legal form or a group word)
            or (bare == "and" and len(piece) == 1 and _a_trade_name(rest))
            # "Orvane Data and Kestrel Motors": two names, each closed by its trade word ("Halvern Savings and
            # Loan Association" stays whole: 'Savings' begins a compound, it closes no brand)
            or (
                bare == "and"
                and len(piece) >= 2
                and piece[-1][1].rstrip(",.") in _BRAND_CLOSERS
                and _a_trade_name([t.rstrip(",.") for _, t in piece])
                and _a_trade_name(rest)
            )
            # "Kestrel Mobile and Veltrix Holdings": two words, then a name of its own words, are two companies
            # ("First Bank and Trust Company", "Halvern Oil and Gas Corp." go on with a common word)
            or (
                bare == "and"
                and len(piece) >= 2
                and len(rest) >= 2
                and rest[0][:1].isupper()
                and not {rest[0], piece[0][1]} & (_COMMON | _TRADE_WORDS | _INSIDE_NAMES)
                and _suffix_ends(" " + rest[-1].rstrip(",."))
            )
            # "outbid Veltrix Systems for Kestrel Robotics": a company closed by its trade word is bid for, it does
            # not go on with 'for' ("Center for Strategic Studies", "Partnership for Global Infrastructure" do)
            or (bare == "for" and bool(piece) and _a_trade_name([t.rstrip(",.") for _, t in piece]))
            or (bare == "of" and _two_legal_names([t.rstrip(",.") for _, t in piece], rest, institution_ok=False))
            or (
                bare == "of"
                and bool(piece)
                and _suffix_ends(" " + piece[-1][1].rstrip(",."))
                and piece[-1][1].rstrip(",.") in _LEGAL_FORMS
            )
        )
        if breaks:
            pieces.append(piece)
            piece = []
            continue
        compound = _COMPOUND_TAIL.search(token)
        if compound is not None:  # "Sequoia-backed Acme": two names, the first ends at the hyphen
            piece.append((position, token[: compound.start()]))
            pieces.append(piece)
            piece = []
            continue
        possessor = bare.rstrip(".") in _LEGAL_FORMS or (len(piece) == 1 and not has_suffix_before(tokens, index))
        # "Kuwait's Agility", "Savvy's Scopely": one word owning the name after it ("McDonald's Corp." stays whole)
        following = tokens[index + 1][1].rstrip(",.") if index + 1 < len(tokens) else ""
        possessor = possessor or (not piece and bool(following) and not _suffix_ends(" " + following))
        # "M&M's and Snickers": the 's is the brand's
        possessor = possessor and not _BRAND_S_AFTER.match(text, position + len(token.rstrip(",.")))
        if _POSSESSIVE_END.search(token) and possessor and index + 1 < len(tokens):
            piece.append((position, token[:-2]))  # "Orvane Corp.'s Tessel Robotics": a possessive ends the name
            pieces.append(piece)
            piece = []
            continue
        piece.append((position, token))
        if token.endswith(",") and not has_suffix:
            pieces.append(piece)
            piece = []
    pieces.append(piece)
    for words in pieces:
        while words and words[-1][1].rstrip(",") in {"and", "of", "for", "&", "de", "or"}:
            words = words[:-1]
        while words and words[0][1] in {"and", "of", "for", "&", "de", "or"}:
            words = words[1:]
        if not words:
            continue
        first, last = words[0], words[-1]
        end = last[0] + len(last[1])
        surface = text[first[0] : end]
        if not _BRAND_S_AFTER.match(text, end):
            surface = _POSSESSIVE_END.sub("", surface)
        surface = surface.rstrip(",'’")
        if surface.endswith(".") and not re.search(
            r"\b(?:Inc|Corp|Co|Ltd|L\.P|S\.A|N\.V|N\.A|L\.L\.C|L\.L\.P|B\.V|S\.p\.\s?A)\.$", surface
        ):
            surface = surface[:-1]
        if surface:
            yield first[0], first[0] + len(surface)


_TRADE_WORDS = frozenset(
    [
        "Development",
        "Engineering",
        "Construction",
        "Manufacturing",
        "Trading",
        "Marketing",
        "Distribution",
        "Supply",
        "Exploration",
        "Production",
        "Design",
        "Technology",
        "Loan",
        "Loans",
        "Trust",
        "Casualty",
        "Life",
        "Annuity",
        "Mortgage",
        "Power",
        "Light",
        "Electric",
        "Gas",
        "Water",
        "Refining",
        "Transmission",
        "Storage",
        "Processing",
        "Leasing",
        "Finance",
        "Equipment",
    ]
)
_DEGREES = frozenset(
    [
        "B.A",
        "B.S",
        "M.A",
        "M.S",
        "M.B.A",
        "MBA",
        "J.D",
        "Ph.D",
        "PhD",
        "LL.B",
        "LL.M",
        "B.Sc",
        "M.Sc",
        "B.B.A",
        "B.Com",
        "M.D",
        "CPA",
        "CFA",
        "B.E",
        "M.E",
    ]
)
_INSTITUTIONS = frozenset(
    ["Bank", "University", "Institute", "Museum", "College", "Hospital", "Association", "Foundation", "Agency"]
)
_PART_NOUNS = frozenset(["Division", "Subsidiary", "Unit", "Affiliate", "Segment", "Arm", "Branch"])
_DESCRIBED_BEFORE = re.compile(r"\b(?:a|an|the|its|our|their)\s+$", re.I)


def has_suffix_before(tokens: list[tuple[int, str]], index: int) -> bool:
    """Whether a word before `index` is a legal form or a company-name word ('Lloyd's Banking', no)."""
    return any(_suffix_ends(" " + t.rstrip(",.")) for _, t in tokens[:index])


def _two_legal_names(before: list[str], after: list[str], institution_ok: bool = True) -> bool:
    """'Halvern Logistics LLC and Brightwater Freight Inc.', 'Halvern Bank and Corvane Bank', 'the acquisition
    by Corvane Holdings of Halvern Logistics': two names, each closed by its own legal form or company noun
    ('Procter and Gamble Co.', 'First Bank and Trust Company', 'Bank of New York Mellon Corp.' are one)."""
    if len(before) < 2 or not after or not _suffix_ends(" " + before[-1]):
        return False
    if not institution_ok and (before[-1] in _INSTITUTIONS or not _suffix_ends(" " + after[-1])):
        return False
    if before[-1] in _LEGAL_FORMS:
        return True  # nothing goes on after "LLC"
    named = [w for w in after if w not in _LEGAL_FORMS]
    if not named or _suffix_ends(" " + named[0]):
        return False  # "Bank and Trust Company": company nouns joined into one name
    if named[0] in _TRADE_WORDS:
        return False  # "Halvern Research and Development Corp.", "Halvern Savings and Loan Association"
    # "of" joins no two names but institutions'; "Halvern Logistics and Corvane Holdings" are two
    closed = after[-1] in _LEGAL_FORMS or not institution_ok or _suffix_ends(" " + after[-1])
    closed = closed or after[-1] in _INSTITUTION_HEADS  # "Macquarie Asset Management and ... Investment Board"
    return (closed and len(named) >= 2) or after[-1] == before[-1]


def _after_known_owner(sentence: Sentence, start: int, end: int, known: list[Mention]) -> int:
    """Where a name run starting with a known name ("Google's Vertex AI", "Apple and Xiaomi Corp.") has its
    own name start."""
    owner = next((m for m in known if m.start == sentence.start + start and m.end < sentence.start + end), None)
    if owner is None:
        return start
    tail = re.match(r"(?:['’]s|,?\s+and|,)\s+(?=[A-Z0-9])", sentence.text[owner.end - sentence.start : end])
    return owner.end - sentence.start + tail.end() if tail else start


_LEGAL_NAME_END = re.compile(
    r"\s(?:Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|LLP|GmbH|AG|N\.V\.|LP|L\.P\.|"
    r"Holdings|Group|Capital|Securities|Bank|Bancorp|Partners|Insurance|Trust|Investments|Management)$"
)


_COMPOUND_TAIL = re.compile(
    r"-(?:backed|funded|financed|owned|controlled|made|built|designed|developed|led|based|supported|listed)$"
)


_PARTNERS_VERB = re.compile(r",?\s+(?:Partners|Teams|Collaborates)$")
_NUMBER_AFTER = re.compile(
    r" \d{1,3}(?![\d%$€£]|[.,]\d|\s*(?:%|percent|per\s|million|billion|trillion|years?|months?|days?|weeks?|"
    r"hours?|[GMKT]W|GB|TB|people|employees|staff|jobs|shares|times|crore|lakh|bn\b|mn\b|[mbk]\b|of\b|to\b|and\b|or\b|-|"
    r"st\b|nd\b|rd\b|th\b))"
    r"(?:[a-z](?!\w))?"  # "Pixel 9a", "iPhone 16e": an edition letter
    r"(?:,?\s+(?:Inc\.|Inc\b|LLC|Ltd\.?|Corp\.|Corp\b|L\.P\.|LP|plc|PLC))?"
)
_NOT_NUMBERED = frozenset(
    ["Exhibit", "Item", "Section", "Note", "Form", "Rule", "Schedule", "Article", "Part", "Page", "Table", "Chapter"]
)


def _an_earlier_release(surface: str, seen: dict[str, Mention]) -> bool:
    """Whether the text named a numbered release of this name as a product ('Switch 2', 'Pixel 9')."""
    if " " in surface:
        return False
    return any(
        name.startswith(surface) and m.types[0] == "Product" and _VERSION.fullmatch(name[len(surface) :])
        for name, m in seen.items()
    )


_INITIALS_WORD = re.compile(r"[A-Z]{2,5}|[A-Z]&[A-Z]")


def _initials(name: str) -> str:
    """'Global Infrastructure Partners' -> 'GIP', 'Johnson & Johnson' -> 'JJ' (small words left out)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _a_guessed_acronym(mention: Mention) -> bool:
    return mention.kind == "guessed" and _INITIALS_WORD.fullmatch(mention.text) is not None


def _acronym_of_named(mention: Mention, named: list[Mention]) -> Mention:
    """'GIP' after 'Global Infrastructure Partners', 'J&J' after 'Johnson & Johnson': a guessed acronym is
    the organisation of several words named before whose initials it spells."""
    if not _a_guessed_acronym(mention):
        return mention
    letters = mention.text.replace("&", "")
    for earlier in named:
        if (
            earlier.start < mention.start
            and earlier.types[0] == "Organization"
            and earlier.kind != "reference"
            and len(earlier.name.split()) >= 2
            and _initials(earlier.name) == letters
        ):
            return Mention(mention.start, mention.end, mention.text, earlier.name, earlier.types, mention.kind)
    return mention


def _short_form(surface: str, seen: dict[str, Mention], before: int) -> Mention | None:
    """'Joby' after 'Joby Aviation', 'Novo' after 'Novo Nordisk': the first word of an organisation named in an
    earlier sentence (in the same sentence 'Acme Clearing, a division of Acme' names two)."""
    if " " in surface or surface in _COMMON or surface in seen or len(surface) < 3:
        return None
    # (a guess that may be a person or a company counts: 'Fernbrook Farms ... Fernbrook')
    earlier = [
        m
        for m in seen.values()
        if m.start < before and "Organization" in m.types and m.types != ("Person",) and " " in m.name
    ]
    return next((m for m in earlier if m.name.split()[0] == surface), None)


# one word after a known company's name that names the same company, or an investing arm of its own
_SAME_COMPANY_WORDS = frozenset(
    [
        "Technologies",
        "Technology",
        "Semiconductors",
        "Semiconductor",
        "Electronics",
        "Motor",
        "Motors",
        "Systems",
        "Pharmaceuticals",
        "Therapeutics",
        "Airlines",
        "Industries",
        "Communications",
        "Networks",
        "Platforms",
    ]
)
_ARM_WORDS = frozenset(
    ["Ventures", "Capital", "Fund", "Foundation", "Trust"]
)  # "Salesforce Ventures", "OpenAI Startup Fund"


_AND_INSIDE = re.compile(r"\s(?:and|&)\s")


_PLACE_NAMED_TRADES = frozenset(
    [
        "Manufacturing",
        "Semiconductor",
        "Semiconductors",
        "Electronics",
        "Airlines",
        "Airways",
        "Motors",
        "Steel",
        "Chemicals",
        "Telecommunications",
        "Pharmaceuticals",
        "Shipbuilding",
        "Industries",
        "Petroleum",
        "Mining",
    ]
)


def _yield_to_legal_name(start: int, end: int, surface: str, known: list[Mention]) -> None:
    """'Nvidia Capital Ventures, LLC': a known name that only begins a longer legal name gives way; so do
    the place that ends 'University of California' or 'Royal Institute of Norway' and one inside a company's
    name."""
    inside = [m for m in known if start <= m.start and m.end <= end and (m.start, m.end) != (start, end)]
    if inside and all(m.types[0] == "Location" for m in inside) and not at_start_of_run(surface, inside, start):
        for mention in inside:  # "Entergy Louisiana", "AmTrust Insurance Spain", "Janel Group of Los Angeles"
            known.remove(mention)
    if _INSTITUTION_OF.search(surface):
        for mention in [m for m in known if start < m.start and m.end == end and m.types[0] == "Location"]:
            known.remove(mention)
    # "Japan Advanced Semiconductor Manufacturing", "Korea Shipbuilding Heavy Industries": a place that opens three
    # or more words a trade word closes names the company's home
    traded = len(surface.split()) >= 3 and surface.split()[-1] in _PLACE_NAMED_TRADES
    if _suffix_ends(surface) or traded:  # "Aspen U.S. Services", "Corvane Europe Holdings": a place inside a name
        for mention in [m for m in known if start <= m.start and m.end < end and m.types[0] == "Location"]:
            known.remove(mention)  # and "Alaska Pacific Bank", "Ohio Valley Electric Corporation": at its start
    if _AND_INSIDE.search(surface):
        return
    for mention in [m for m in known if m.start == start and m.end < end and m.types[0] == "Organization"]:
        rest = surface[mention.end - start :].split()
        same = rest[0] in _SAME_COMPANY_WORDS or rest[0].rstrip(".,") in _LEGAL_FORMS | {"Company"} if rest else False
        if len(rest) == 1 and same and not mention.possessive:  # (and "Taiwan Semiconductor Manufacturing Co")
            mention.end, mention.text = end, surface  # "Infineon Technologies", "NXP Semiconductors": the company
            continue
        if 1 <= len(rest) <= 2 and rest[-1] in _ARM_WORDS:
            known.remove(mention)  # "Salesforce Ventures": an investing arm of its own
            continue
        longer = _suffix_ends(surface) and len(surface[mention.end - start :].split()) >= 2
        if _LEGAL_NAME_END.search(surface) or longer:  # "Fidelity National Information Services"
            known.remove(mention)


_ACRONYM = re.compile(r"[A-Z]{2,4}")
# "DGX Cloud", "Aramco Digital", "Sony Music" ("Intel Foundry" but "Microsoft Foundry", a product: not kept)
# "the Intel Foundry unit": what calls a name a unit
UNIT_NOUN_AFTER = re.compile(r"\s+(?:unit|division|subsidiary|arm)\b")
_APPOSED_UNIT_AFTER = re.compile(r",\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?(?:unit|division|subsidiary|arm)\b")
_UNIT_WORDS = frozenset(
    ["Cloud", "Digital", "Research", "Health", "Energy", "Music", "Pictures", "Studios", "Games", "Pharma", "Bank"]
)


def _a_unit_of(rest: list[str], inside: list[Mention], possessive: bool = False) -> bool:
    """The words after a known name that make a unit of its own: a country ("Vodafone Spain"), an acronym
    ("Amex GBT"), a cloud ("DGX Cloud"), a global business ("American Express Global Business Travel")."""
    if not rest:
        return False
    if len(rest) == 1 and inside and all(m.types[0] == "Location" for m in inside):
        return not possessive  # ("makes Mistral Europe's largest AI company": the place's own possessive)
    if len(rest) == 1 and ((_ACRONYM.fullmatch(rest[0]) and rest[0] != "AI") or rest[0] in _UNIT_WORDS):
        return True
    # "Sony Semiconductor Solutions": two words that a trade word closes
    closed = len(rest) == 2 and rest[0] in _SOFT_COMMON and bool(_suffix_ends(" " + rest[1])) and not possessive
    # "Pegatron Technology India": a trade word and the country of the unit
    placed = (
        len(rest) == 2
        and bool(_suffix_ends(" " + rest[0]))
        and bool(inside)
        and inside[-1].types[0] == "Location"
        and not possessive
    )
    return closed or placed or (len(rest) >= 2 and rest[0] in _INSIDE_NAMES)


def _unit_begun_by_known_name(
    sentence: Sentence, start: int, end: int, known: list[Mention]
) -> tuple[int, Mention | None]:
    """The known name that begins the unit a run names ("Vodafone Spain", "Amex GBT", "DGX Cloud"), with where
    the run starts: at that name, even when a word of it was split off ("American Express Global Business
    Travel", whose 'American' opened no piece)."""
    text, offset = sentence.text, sentence.start
    for mention in known:
        if not mention.start <= offset + start < mention.end < offset + end:
            continue
        inside = [k for k in known if mention.end <= k.start < offset + end]
        rest = text[mention.end - offset : end].split()
        if _a_unit_of(rest, inside, bool(_POSSESSIVE.match(text[end : end + 4]))):
            return mention.start - offset, mention
        if (
            len(rest) == 1
            and rest[0][:1].isupper()
            and not inside
            and (UNIT_NOUN_AFTER.match(text, end) or _APPOSED_UNIT_AFTER.match(text, end))
        ):
            # "run through the Intel Foundry unit", "Intel Foundry, the contract manufacturing arm": Intel's unit
            return mention.start - offset, mention
    return start, None


def at_start_of_run(surface: str, inside: list[Mention], start: int) -> bool:
    """Whether the run begins with one of the places in it ('California Resources', 'Ireland'): a place
    named first is kept unless an organisation's suffix ends the run (see _ORG_SUFFIX_END)."""
    return any(m.start == start for m in inside) or len(surface.split()) < 2


_CONTRACT_NEXT = re.compile(r"\s+(?:Agreement|Contract|Indenture|Amendment)\b")


def _not_a_name(text: str, end: int, surface: str) -> bool:
    """A heading ('TABLE OF CONTENTS', 'NOTES TO CONSOLIDATED FINANCIAL STATEMENTS') or the words of a
    contract's title ('Strategic Alliance Agreement'), not a name."""
    words = surface.split()
    if surface.isupper() and len(words) > 1 and all(w.rstrip(",.:") in _HEADING_WORDS for w in words):
        return True
    if _ROUND_NAME.fullmatch(surface):
        return True  # "a Series B round"
    return _CONTRACT_NEXT.match(text, end) is not None and not _suffix_ends(surface)


_ROUND_NAME = re.compile(r"(?:Series|Pre-Series)\s+[A-K]\d?(?:\s+(?:extension|round))?")


def _guessed_mentions(
    sentence: Sentence, known: list[Mention], seen: dict[str, Mention], recurring: frozenset[str]
) -> list[Mention]:
    found: list[Mention] = []
    text = sentence.text
    for match in _NAME_RUN.finditer(text):
        for start, end in _name_pieces(text, match, recurring):
            start = _after_known_owner(sentence, start, end, known)
            surface = text[start:end]
            if _not_a_name(text, end, surface) or _an_opening_adjective(text, start, end, surface):
                continue
            verb = _PARTNERS_VERB.search(text, start, end)
            if verb and re.match(r"\s+[Ww]ith\b", text[end:]):
                end = verb.start()  # "Acme Robotics Partners With Beta": the verb of a headline
                surface = text[start:end]
            numbered = _NUMBER_AFTER.match(text, end)
            if numbered and surface.split()[-1] not in _NOT_NUMBERED | _UNITS and surface not in _COMMON:
                end = numbered.end()  # "Harbor Unit 3", "SolPower 2, Inc.", "iPhone 16"
                surface = text[start:end]
            start, unit = _unit_begun_by_known_name(sentence, start, end, known)
            surface = text[start:end]
            if unit is not None:
                known[:] = [m for m in known if not sentence.start + start <= m.start < sentence.start + end]
            _yield_to_legal_name(sentence.start + start, sentence.start + end, surface, known)
            if _overlaps(sentence.start + start, sentence.start + end, known + found):
                continue
            shortened = _short_form(surface, seen, sentence.start)
            types = shortened.types if shortened else _guess_types(text, start, end, surface)
            if types is not None and types[0] != "Product" and _an_earlier_release(surface, seen):
                types = ("Product", "Organization")  # "the original Switch" after "Switch 2 consoles"
            if types is None and " " not in surface and surface in seen:
                # "platform X" named before: "X's chief executive"; a sentence-initial word named before as
                # this name: "CyberArk itself paid ..." after "acquire CyberArk, the identity-security company"
                types = seen[surface].types
            if types is None and " " not in surface and surface not in _COMMON:
                person = next(
                    (m for m in seen.values() if m.types == ("Person",) and m.name.split()[-1] == surface), None
                )
                types = person.types if person is not None else None  # "Volozh co-founded Yandex": said before
            if types is None:
                continue
            if unit is not None:
                types = unit.types  # a company's unit ("Vodafone Spain" is no person), a product's ("DGX Cloud")
            if _a_place_then_its_region(sentence, end, known):
                types = ("Location",)  # a town, and the same name later in the text too
            name = shortened.name if shortened else surface
            if shortened:
                pass
            elif surface in seen:
                earlier_types = seen[surface].types
                # ("from Deutsche Bahn ... Deutsche Bahn Chief Executive P": a company, once its context says so)
                said_company = (
                    types[0] == "Organization" and earlier_types[0] == "Person" and "Organization" in earlier_types
                )
                name, types = seen[surface].name, types if said_company else earlier_types
                if said_company:
                    seen[surface] = Mention(
                        seen[surface].start, seen[surface].end, seen[surface].text, name, types, "guessed"
                    )
            elif " " not in surface:
                earlier = next((m for m in seen.values() if m.name.split()[-1] == surface), None)
                if earlier is not None:
                    name, types = earlier.name, earlier.types
            mention = Mention(sentence.start + start, sentence.start + end, surface, name, types, "guessed")
            seen.setdefault(name, mention)
            found.append(mention)
    return found


_COMMA_SPACE = re.compile(r",\s+")


def _a_place_then_its_region(sentence: Sentence, end: int, known: list[Mention]) -> bool:
    """'Vineland, New Jersey', 'Dresden, Germany': a name followed by a known state or country (not its
    possessive: 'Siemens, Germany's largest ...', nor a compound: 'Oxylabs, Texas-based X') is a town."""
    comma = _COMMA_SPACE.match(sentence.text, end)
    if comma is None:
        return False
    at = sentence.start + comma.end()  # (matched at `end` in the sentence: its end counts from the start)
    region = next((m for m in known if m.start == at and m.types[0] == "Location"), None)
    # "Oxylabs, Texas-based SerpApi": the region begins another name's description
    return (
        region is not None
        and not region.possessive
        and not sentence.text[region.end - sentence.start :].startswith(("'", "’", "-"))
    )


# consumer goods ("KitKat chocolate bars, Nescafe coffee"): kinds of product a brand is named before
_CONSUMER_GOODS = (
    r"bars|coffee|snacks|drinks|beverages|beers?|cereals?|sodas?|cosmetics|fragrances?|sneakers|cigarettes|"
    r"chocolates?|ketchup|cheese"
)
_PRODUCT_NOUNS = (
    r"(?:platform|platforms|models?|chips?|accelerators?|processors?|GPUs?|TPUs?|chatbots?|assistants?|app|"
    r"apps|software|service|smartphones?|phones?|devices?|headsets?|operating system|(?:web\s+)?browsers?|engines?|"
    r"superchips?|vaccines?|drugs?|consoles?|handsets?|laptops?|tablets?|robotaxis?|robots?|drones?|"
    r"family of models|table format|formats?|frameworks?|databases?|tools?|servers?|sedans?|SUVs?|pickups?|"
    rf"chiplets?|products|systems?|modems?|suites?|cars|vehicles?|jets?|games?|consoles?|{_CONSUMER_GOODS})\b"
)
PRODUCT_NOUN_AFTER = re.compile(rf"\s+{_PRODUCT_NOUNS}")
# "KitKat chocolate bars", "Purina pet food": a brand of consumer goods, one word saying which
_GOODS_AFTER = re.compile(
    rf"\s+[a-z-]+\s+(?:food|{_CONSUMER_GOODS})\b(?!\s+(?:business|unit|division|maker|makers|company|group)\b)"
)
_PRODUCT_LISTED_AFTER = re.compile(
    rf"(?:,\s+[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){{0,2}})*,?\s+and\s+(?:[A-Z][\w+-]*\s+){{1,3}}{_PRODUCT_NOUNS}"
)
# "Red Hat's Ansible automation software", "its Optimus humanoid robots": owned, one word may say what kind
DESCRIBED_PRODUCT_AFTER = re.compile(
    # ("Ansys's PowerArtist power analysis software": two words of kind)
    r"\s+(?:(?!(?:every|each|all|some|many|most|more|other|its|their|and|or|of|for|in|to)\s)[a-z][a-z-]+\s+){1,2}"
    + _PRODUCT_NOUNS
)
_COMPOUND_ADJECTIVE = re.compile(r"-(?:[a-z]+(?:ed|ing)|born|made|built|grown|run|owned|listed|led)$")
_OWNED_BEFORE = re.compile(r"(?:['’]s?|\b(?:[Ii]ts|[Tt]heir|[Tt]he))\s+$")
# "the startup's chatbot Pi", "its weight-loss drug Zepbound": a kind of product right before the name
_PRODUCT_NOUN_BEFORE = re.compile(
    # (not "payment processor Worldpay", "card processor TSYS": a company that processes payments)
    r"\b(?:chatbot|assistant|app|browser|chip|(?<!payment\s)(?<!payments\s)(?<!card\s)processor|accelerator|drug|"
    r"vaccine|console|headset|smartphone|format|framework|database)(?:\s+|,\s+)$"
    # "a slower chip called the Tomahawk Lite", "a debit product called the Kelto Card"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:chip|processor|accelerator|model|chatbot|assistant|app|product|tool|drug|"
    r"vaccine|device|phone|console|browser|game|card|pill|medicine)s?\s+(?:called|named|dubbed|branded)\s+(?:the\s+)?$"
)


# "MET-233i, an experimental drug that ...", "Model Y, its best-selling car.": the apposition says what it is
_BRAND_LIST_BEFORE = re.compile(
    r"\b(?:brands|names|banners|marques|labels|chains)\s+(?:such\s+as|like|including)\s+"
    r"(?:[A-Z0-9][\w'’&+.-]*(?:\s+[A-Z0-9][\w'’&+.-]*){0,3}(?:,\s+(?:and\s+)?|\s+and\s+)){1,6}$"
)
# "the Ralphs and Fred Meyer chains": a business's kind after its name
_BUSINESS_PLURAL_AFTER = re.compile(
    r"\s+(?:chains?|brands|banners|stores|supermarkets|restaurants|hotels|airlines|studios|labels)\b"
)
_DETERMINED_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
_A_MARKET_AFTER = re.compile(r"\s+(?:market|markets|sector|segment|industry|space|business)\b")
_DISEASES = frozenset(["COVID-19", "COVID", "SARS-COV-2", "H5N1", "HIV", "MERS", "RSV", "MPOX", "HPV", "ALS", "ADHD"])
# the words that close the name of a sea, a river or a range ("the Red Sea", "the Permian Basin"), or open one
# before "of" ("the Strait of Hormuz", "the Cape of Good Hope"): a place, never a party to a deal
_WATER_OR_LAND_END = frozenset(
    ["Sea", "Ocean", "River", "Strait", "Straits", "Canal", "Mountains", "Desert", "Peninsula", "Basin", "Valley"]
)
_WATER_OR_LAND_OF = frozenset(["Strait", "Straits", "Gulf", "Cape", "Bay", "Isle", "Sea", "Lake"])
# "Canonsburg, Pennsylvania-based Ansys": a town, then its region describing what follows
STATE_BASED_AFTER = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?-based\b")
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:annual|developer|developers['’]?|user|customer|technology|tech|trade|industry|partner|AI|"
    r"software|gaming)\s+){0,2}(?:conference|summit|convention|expo|exhibition|keynote|trade\s+show)\b"
)
_PRODUCT_APPOSITION_AFTER = re.compile(
    r",\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:drug|pill|injection|vaccine|therapy|treatment|chip|processor|"
    r"chatbot|smartphone|console|headset|video\s+game|game|jet|aircraft|airliner|satellite|car|vehicle|browser|"
    r"tool|app|sedan|SUV|pickup|drone|laptop|tablet)"
    r"(?=\s*[,.;)]|\s+(?:that|which|for|from|meant|designed|used|aimed|to|in|with|made|built|developed)\b)"
)


def at_start(text: str, start: int) -> bool:
    """Whether a name starts its sentence (after an opening quote at most)."""
    return start == 0 or text[:start].strip() in {'"', "“", "'"}


_SERVES_AS_TITLE = re.compile(
    r"^\s+(?:(?:will|has|had|also|continues\s+to|would)\s+)*(?:serve|serves|served|serving|be)\s+as\s+(?:the\s+|its\s+|our\s+"
    r"|their\s+|a\s+|an\s+)?(?:(?:new|interim|acting|group|senior|executive)\s+)*(?:CEO|CFO|COO|CTO|chief\s+\w+|"
    r"president|chairman|chairwoman|chair|treasurer|controller|secretary|general\s+counsel|vice\s+president)\b",
    re.I,
)
_TITLE_LINK = re.compile(r"^\s*(?:,|(?:of|at|for|with|in)\b)")


@cache
def _title_heads() -> frozenset[str]:
    """The last words of the lexicon's job titles ('officer', 'scholar', 'fellow')."""
    return frozenset(title.split()[-1].lower() for title in ontology.load().lexicon.roles)


def _common_words_named(words: list[str]) -> bool:
    """Three or more common words that an institution's head or a trade word closes make a name of their own."""
    closed = words[-1] in _INSTITUTION_HEADS or bool(_suffix_ends(" " + words[-1]))
    return len(words) >= 3 and closed and all(w in _SOFT_COMMON for w in words[:-1])


_PRODUCT_CODE = re.compile(r"[A-Z]{2,5}-?\d{2,4}[A-Za-z]?")
_COMPASS = frozenset(
    [
        "Southeast",
        "Northeast",
        "Southwest",
        "Northwest",
        "Central",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "South",
        "North",
        "East",
        "West",
    ]
)
_REGION_ADJECTIVE = re.compile(r"\s+(?:Asian|European|African|American|Pacific|Atlantic|Mediterranean|Arab|Nordic)\b")


def _guess_types(text: str, start: int, end: int, surface: str) -> tuple[str, ...] | None:
    """Types a name could have from its shape and context; None when it is probably not a name."""
    before, after = text[max(0, start - 40) : start], text[end : end + 60]
    words = surface.split()
    if (
        len(surface) == 1
        and surface.isupper()
        and (_ORG_CONTEXT_BEFORE.search(before) or _BOUGHT_OR_HELD_BEFORE.search(before))
    ):
        return ("Organization", "Product")  # "social media platform X", "xAI, which acquired X in ..."
    if _common_words_named(words):
        return ("Organization", "Product")  # "Global Infrastructure Partners", "AI Infrastructure Partnership"
    if surface.isdigit() or all(w in _COMMON for w in words) or surface in _UNITS or len(surface) < 2:
        return None
    if _COMPOUND_ADJECTIVE.search(surface):
        return None  # "AI-powered", "GPU-rich": a compound adjective, no name
    if _EVENT_AFTER.match(after):
        return None  # "Microsoft's Ignite conference", "its GTC developer conference": an event, no party
    if len(words) == 1 and surface.isupper() and _A_MARKET_AFTER.match(after) and _DETERMINED_BEFORE.search(before):
        return None  # "rivals in the compact SUV market", "the EV sector": a kind of goods, no party
    if STATE_BASED_AFTER.match(after) and not before.rstrip().endswith("-based"):
        # "Canonsburg, Pennsylvania-based Ansys": a town, then its state (not "Lithuania-based Oxylabs, Texas-based
        # SerpApi": a company, then the next one's home)
        return ("Location",)
    if len(words) > 1 and (words[-1] in _WATER_OR_LAND_END or (words[0] in _WATER_OR_LAND_OF and words[1] == "of")):
        return ("Location",)  # "the Red Sea", "the Strait of Hormuz": a sea, a strait, a range
    if _REGION_ADJECTIVE.match(after) and surface in _COMPASS:
        return None  # "its Southeast Asian operations": a region's adjective
    if _PLACE_OF_A_SITE.search(before) and not _suffix_ends(surface):
        return ("Location",)  # "its carbon-fibre subsidiary in Lancashire", "a machining firm in Northamptonshire"
    if surface.upper() in _DISEASES:
        return None  # "its COVID-19 products", "an H5N1 vaccine": a disease, no product of anyone's
    if len(surface) >= 5 and _PRODUCT_CODE.fullmatch(surface):
        return ("Product",)  # "SSGJ-707", "BNT327": a drug's or a chip's code, no company
    if surface.rstrip(".") in _DEGREES:
        return None  # "holds a B.A. from ...": a degree
    if surface.isupper() and after.startswith(":") and (start == 0 or text[start - 1] == "\n"):
        return None  # "TITLE: ...", "SOURCE: ...": a field label at the start of a line
    if surface.isupper() and len(surface) > 2 and _DATELINE_AFTER.match(after) and _LINE_START.search(before):
        return None  # "TOKYO -- ...", "SAN FRANCISCO, Sept 2 (Reuters) -": a dateline's place
    line = text.rfind("\n", 0, start) + 1
    opening = DATELINE_OPENING.match(text[line : line + 80])
    if opening is not None and start < line + opening.end():
        return None  # "SAN FRANCISCO (TechCrunch) — ", "LONDON (FT) - ": the dateline's place and source
    described = DESCRIBED_PRODUCT_AFTER.match(after) and _OWNED_BEFORE.search(before)
    goods = PRODUCT_NOUN_AFTER.match(after) or _GOODS_AFTER.match(after)
    if (goods or described) and not _ORG_CONTEXT_BEFORE.search(before):
        return ("Product", "Organization")  # "the Vertex AI platform", "GB200 accelerators"
    if _OWNED_BEFORE.search(before) and _PRODUCT_LISTED_AFTER.match(after):
        return ("Product", "Organization")  # "Kestrel's Orbit and Vane Cloud products": the kind said once
    if _PRODUCT_NOUN_BEFORE.search(before) or _PRODUCT_APPOSITION_AFTER.match(after):
        return ("Product", "Organization")
    if len(words) > 1 and _COMPANY_ONLY_END.search(surface):
        return ("Organization",)  # "VG Group", "Baltika Breweries", "Halden Inc.": no product is named so
    if _suffix_ends(surface) or _INSTITUTION_OF.search(surface) or (len(words) > 1 and words[-1] in _NAME_FINAL):
        return ("Organization", "Product")  # "... Inc.", "Bank of ...", "Markel International"
    if _ORG_CONTEXT_BEFORE.search(before) or _ORG_CONTEXT_AFTER.search(after):
        return ("Organization", "Product")
    if _BRAND_LIST_BEFORE.search(text, max(0, start - 120), start) or _BUSINESS_PLURAL_AFTER.match(after):
        return ("Organization", "Product")  # "names including Days Inn, Super 8, La Quinta": a later brand listed
    if _TITLE_NEXT.match(after) and _ARTICLE_BEFORE.search(before):
        return None  # "as the Finance Director of": part of a job title
    if words[-1].lower() in _title_heads() and _ARTICLE_BEFORE.search(before) and _TITLE_LINK.match(after):
        return None  # "a Visiting Scholar at", "a Senior Fellow of": a job title, not a name
    if _INITIALLED_NAME.fullmatch(surface):
        return ("Person",)  # "Mara J. Lindqvist": given name, middle initial, surname
    if _ARTICLE_ONLY.search(before) and _REGISTERED_IN.match(after):
        return None  # "a Delaware corporation": where a company is registered, not a party
    if len(words) == 1 and not at_start(text, start) and _SERVES_AS_TITLE.match(after):
        return ("Person",)  # "In his new role, Iyer will serve as the CFO": only a person holds a title
    person_context = _PERSON_CONTEXT_BEFORE.search(before) or _PERSON_CONTEXT_AFTER.search(after)
    named = [w for w in words if w not in _NAME_PARTICLES]  # "Martin van den Brink"
    if 2 <= len(words) <= 7 and _PERSONS_PARTICLE.search(surface) and words[0][:1].isupper():
        return ("Person",)
    if person_context and 2 <= len(words) <= 5 and len(named) >= 2 and all(w[0].isupper() for w in named):
        return ("Person",)
    at_sentence_start = at_start(text, start)
    acronym = re.fullmatch(r"[A-Z]{2,5}", surface) is not None
    if at_sentence_start and len(words) == 1 and not acronym and not _ACTS_NEXT.match(after):
        return None
    if words[0] in _SOFT_COMMON:
        return ("Organization", "Product")  # "Global Payments": no one's given name is 'Global'
    if _BOUGHT_OR_HELD_BEFORE.search(before):
        return ("Organization", "Product")  # "agreed to buy Arcadium Lithium": no person is bought or invested in
    if 2 <= len(named) <= 3 and all(_PLAIN_WORD.fullmatch(w) for w in named):
        return ("Person", "Organization", "Product")
    return ("Organization", "Product", "Project")


# the words that end a company's name and never a product's (not "Cloud", "AI", "Data": "Vertex AI" is a product)
_COMPANY_ONLY_END = re.compile(
    r"\s(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Ltd\.?|Limited|LLC|PLC|plc|GmbH|AG|SA|NV|LP|SpA|Oyj|"
    r"Group|Holdings|Ventures|Partners|Capital|Industries|Enterprises|Bancorp|Bancshares|Investments|Associates|"
    r"Airlines|Airways|Breweries|Brewery|Holding|Bank|Insurance|Pharmaceuticals|Pharma|Therapeutics|Biosciences|"
    r"Technologies|Motors|Telecom|Communications|Semiconductor|Semiconductors|Energy|Petroleum|Resources|Mining|"
    r"Platforms|Networks|Systems|Solutions|Studios|Foods|Brands|Stores|Logistics|Services|Laboratories|Labs|"
    r"Electronics|Devices|Robotics)$"
)
_PLACE_OF_A_SITE = re.compile(
    r"\b(?:subsidiary|unit|plant|factory|firm|company|office|offices|site|facility|headquarters|operations|"
    r"based|located|headquartered|hub|campus|mine|refinery|warehouse|store|stores)\s+in\s+(?:the\s+)?$"
)
_BOUGHT_OR_HELD_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take\s+over|"
    r"took\s+over|takes\s+over|takeover\s+of|acquisition\s+of|purchase\s+of|merger\s+with|merge\s+with|"
    r"merged\s+with|stake\s+in|shares\s+(?:of|in)|invest(?:s|ed|ing)?\s+in)\s+(?:the\s+)?$"
)


def _references(
    sentence: Sentence, found: list[Mention], earlier: list[Mention], gazetteer: Gazetteer, sentences: list[Sentence]
) -> list[Mention]:
    """'the company', 'the ChatGPT maker', 'it': resolved to an organisation mentioned before."""
    references: list[Mention] = []
    for match in _REFERENCE.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if match.group("backer"):
            start = sentence.start + match.end("backer")
        if _overlaps(start, end, [m for m in found if m.type != "Location" and m.kind != "guessed"]):
            continue  # a place or a guess in it gives way: "the Denver company", "the Hsinchu-based group"
        if match.group("generic") and _overlaps(start + len(match.group()) - len(match.group("generic")), end, found):
            continue
        if match.group("generic") == "unit" and match.group().lower().startswith("its"):
            continue  # "agreed to sell its Italian unit to Swisscom": a part of it, not a company named before
        if not (match.group("pronoun") or match.group("its")) and any(
            m.start in (end + 1, end + 2) and not (match.group("generic") and m.types[0] == "Product") for m in found
        ):
            continue  # "the artificial intelligence startup Perplexity": a label of the name that follows
        # (not "hands the U.S. drugmaker Ohtuvayre, an inhaled therapy": a product given to the company)
        target: str | None = None
        apposed = next(
            (
                m
                for m in found
                if m.end <= start
                and re.fullmatch(r"\s*,\s*", sentence.text[m.end - sentence.start : start - sentence.start])
            ),
            None,
        )
        posts = _persons_posts(sentence, sentence.text[: start - sentence.start + 1]) if apposed is not None else []
        bare = len(match.group().split()) <= 2 or re.search(r"[A-Z]|-based\b", match.group()[1:]) is not None
        if apposed is not None and any(s <= apposed.start < e for s, e in posts) and bare:
            # "by Jane Roe, a former president of Intel, the company": her employer, not the company, nor "the Santa
            # Clara-based company" (but "a former head of Seiyu, the supermarket chain once owned by Walmart": a
            # description in small letters of its own is Seiyu's)
            apposed = None
        speaks = re.match(
            r"\s+(?:\w+ly\s+)?(?:said|says|told|added|announced|noted|wrote|stated)\b",
            sentence.text[end - sentence.start :],
        )
        owning = re.match(r"['’]s\s", sentence.text[end - sentence.start :]) is not None
        described = apposed if owning else None  # "DeepMind, the company's AI research unit": another company's
        if owning:
            apposed = None
        parent = gazetteer.entities.get(described.name) if described is not None and match.group("generic") else None
        if parent is not None and parent.owner and parent.owner in gazetteer.entities:
            # "Amazon Web Services, the retailer's cloud division": the owner the gazetteer knows for the unit
            owner = gazetteer.entities[parent.owner]
            references.append(Mention(start, end, match.group(), owner.name, (owner.type,), "reference"))
            continue
        if match.group("generic") and apposed is not None and apposed.types[0] == "Organization" and not speaks:
            # "Founders Fund, the venture firm co-founded by Peter Thiel": the name the description is set beside
            references.append(Mention(start, end, match.group(), apposed.name, apposed.types, "reference"))
            continue
        if match.group("his"):
            target = _employer_named_before(sentence, start, found)
        elif match.group("party"):
            here = [m for m in found if m.end <= start and m.types[0] == "Organization" and m.kind != "reference"]
            subject_name = _sentence_subject(sentence, start, sorted(found + references, key=lambda m: m.start))
            others = [m for m in here if m.name != subject_name]
            target = others[-1].name if subject_name is not None and others else None
        elif match.group("desc"):
            description = match.group()[4:].lower().replace("its ", "")
            target = gazetteer.descriptions.get(description)
            if target is None and match.group("desc")[:1].isupper() and match.group()[:3].lower() == "the":
                # "abandoned Amazon's takeover of the Roomba maker": a product the gazetteer does not know; its
                # maker is the company this sentence names that is not the possessor before it
                named = [
                    m
                    for m in found
                    if m.end <= start
                    and "Organization" in m.types
                    and m.kind != "reference"
                    and not re.match(r"['’]s?\s", sentence.text[m.end - sentence.start :])
                ]
                target = named[-1].name if named else None
            elif target is None and match.group("desc").islower() and match.group()[:3].lower() == "the":
                # "will also supply the robot maker with processors": a maker the gazetteer does not describe is a
                # company named before, not the clause's own subject
                here = sorted(found + references, key=lambda m: m.start)
                subject = _clause_subject_of_object(sentence, start, end, here)
                others = [m for m in earlier + here if subject is None or m.name != subject.name]
                target = _antecedent(sentence, start, others, sentences) if subject is not None else None
        elif re.search(r"[A-Z]", match.group()[1:]) and (
            known_place := gazetteer.descriptions.get(re.sub(r"^(?:the|its)\s+", "", match.group(), flags=re.I).lower())
        ):
            target = known_place  # "the Cupertino company": a home town the gazetteer knows
        else:
            # `earlier` is in document order already; only this sentence's names need ordering
            here = sorted(found + references, key=lambda m: m.start)
            candidates = [m for m in earlier + here if described is None or m.name != described.name]
            if match.group("generic"):  # "the company", "the lender": no regulator is meant
                candidates = [m for m in candidates if not is_authority(m, gazetteer)]
                # "hands the U.S. drugmaker Ohtuvayre, a therapy the London-based biotech developed": a second,
                # different description in the sentence means another company than the first
                described_here = {
                    r.name
                    for r in references
                    if r.text.lower() != match.group().lower()
                    and len(r.text.split()) >= 3
                    and len(match.group().split()) >= 3  # (both qualified: "the company" may mean either)
                }
                candidates = [m for m in candidates if m.name not in described_here] or candidates
                candidates = _same_nationality(match.group(), candidates, earlier)
                # "Amazon, whose investment in the company dates back to 2019": another company than the one 'whose'
                # is said of
                whose = [
                    m
                    for m in here
                    if m.end <= start
                    and _WHOSE_CLAUSE.fullmatch(sentence.text, m.end - sentence.start, start - sentence.start)
                ]
                candidates = [m for m in candidates if not whose or m.name != whose[-1].name] or candidates
            if match.group("generic") == "fund":  # "the fund": a fund named before, not the last company
                candidates = [m for m in candidates if _FUND_NAME.search(m.name)]
            target = _antecedent(sentence, start, candidates, sentences)
            before = sentence.text[: match.start()]  # (before "the", a backer named in it aside)
            if match.group("pronoun") and _OBJECT_VERB_BEFORE.search(before):
                # "..., sent the startup a letter, and Forbes accused it": not the verb's own subject
                target = _object_antecedent(sentence, start, earlier + here) or target
            elif (
                match.group("generic")
                and _PERSON_APPOSITION_BEFORE.search(before)
                and _TITLE_AFTER_POSSESSIVE.match(sentence.text, end - sentence.start)
            ):
                # "..., according to Craig Federighi, the company's senior vice president": its subject's employee
                target = _sentence_subject(sentence, start, here) or target
            elif match.group("generic") and speaks and before.rstrip().endswith(","):
                # "Nebius signed a deal with Meta Platforms, the Amsterdam-based cloud provider said": the speaker
                # is the company the sentence is about, not the name before the comma
                opener = next((m for m in here if m.start < start and m.types[0] == "Organization"), None)
                story = next(
                    (m for m in earlier + here if m.types[0] == "Organization" and m.kind != "reference"), None
                )
                if opener is not None and story is not None and opener.name == story.name:
                    target = opener.name  # (when that company is the one the text began with)
            elif match.group("pronoun") and (said_by := _speaker_of_it(sentence, start, here)) is not None:
                target = said_by  # "..., and Nvidia has said it plans to invest": who said it
            elif match.group("pronoun") and re.match(r"Its\s", sentence.text) and start > sentence.start + 4:
                # "Its cloud services run on AWS, and it works with Google": 'it' is whose the services are
                target = _antecedent(sentence, sentence.start, candidates, sentences) or target
            elif (
                match.group("pronoun")
                or match.group("its")
                or _SUBORDINATE_BEFORE.search(before)
                or (match.group("generic") in ("company", "group", "firm") and _AND_THEN.search(before))
            ):
                # ("A runs its service on B, and in February the company launched C": the subject goes on)
                # "it", and "as the chipmaker tries to ...": the organisation the sentence opens with
                target = _sentence_subject(sentence, start, here) or target
            if "-based " in match.group() and target is not None:
                target = _home_town_company(target, sentence, start, earlier, here, sentences, gazetteer)
            said = _NATIONALITY.search(match.group()) if match.group("generic") else None
            if said is not None and target is not None:
                # "Swiss forwarder Panalpina was bought by DSV, and the Danish group took over GIL": not the one
                # the text called by another nationality
                nations, home = _nationalities(earlier + here, sentences), nation(said.group())
                if nations.get(target, {home}) != {home} and home not in nations[target]:
                    fitting = [m for m in candidates if home in nations.get(m.name, {home})]
                    target = _antecedent(sentence, start, fitting, sentences) if fitting else None
            if (
                match.group("generic") in ("startup", "start-up")
                and target is not None
                and _established(target, gazetteer)
            ):
                # "Microsoft and Nvidia will invest ... in the AI startup": a listed giant is no startup
                grown = [
                    m for m in candidates if not _established(m.name, gazetteer, True) and "Organization" in m.types
                ]
                target = _antecedent(sentence, start, grown, sentences) if grown else target
            if match.group("generic") in ("startup", "start-up") and target is not None:
                # "the startup": the company the text called one ("AI chip startup Groq"), not a giant named since
                called = [m.name for m in earlier + here if m.start < start and _called_a_startup(sentences, m)]
                if called and target not in called:
                    target = called[-1]
            if target is not None and (match.group("pronoun") or match.group("generic")):
                # "Amazon agreed to buy the company", "... to buy it": an object is not its own clause's subject
                subject = _clause_subject_of_object(sentence, start, end, here)
                if subject is not None and subject.name == target:
                    others = [m for m in candidates if m.name != target]
                    target = _antecedent(sentence, start, others, sentences) if others else None
        if target is None and (match.group("pronoun") or match.group("its") or match.group("generic")):
            # "Its backers include A and B, Orvane Labs said": with nothing before, the company that speaks
            speaker = _closing_speaker(sentence, end, found)
            target = speaker.name if speaker is not None else None
        if target is None:
            continue
        types = ("Organization",)
        known = gazetteer.entities.get(target)
        if known is not None:
            types = (known.type,)
        references.append(Mention(start, end, match.group(), target, types, "reference"))
    for match in _ROUND.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        funded = _funded_company(sentence, start, earlier + sorted(found, key=lambda m: m.start), sentences)
        if funded is None:  # "Investors in the round included A and B, Orvane Labs said": the speaker raised it
            funded = _closing_speaker(sentence, end, found)
        if funded is not None and not _overlaps(start, end, [m for m in found if m.kind != "guessed"]):
            references.append(Mention(start, end, match.group(), funded.name, funded.types, "reference"))
    return references


# "the round", "the funding round": the company whose round it is, when the text said who raised money
_ROUND = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:\$?[\d.,]+\s+(?:million|billion)\s+|latest\s+|new\s+|seed\s+|Series\s+[A-Z]\d?\s+)?"
    r"(?:(?:funding\s+|financing\s+|investment\s+|fundraising\s+|equity\s+)?round\b|private\s+placement\b)"
    # "the Series J financing", "the $2 billion financing": a round too (a bare "the financing" may be a loan's)
    r"|\b[Tt]he\s+(?:\$?[\d.,]+\s+(?:million|billion)\s+|latest\s+|Series\s+[A-Z]\d?\s+)(?:equity\s+)?financing\b"
)
_RAISED = re.compile(r"\b(?:raise|raised|raises|raising|closed|closes)\b")
_MONEY_WORDS = re.compile(r"\b(?:round|raise|raised|raises|raising|funding|financing)\b")
# "the startup's latest funding round", "Anduril's previous round": a company's own round
OWNED_ROUND = re.compile(
    r"['’]s?\s+(?:(?:latest|last|new|most\s+recent|previous|recent|first|seed|Series\s+[A-Z]\d?)\s+)*"
    r"(?:funding\s+|financing\s+|investment\s+|fundraising\s+|equity\s+)?round\b"
)
_HOLDER_IN = re.compile(
    # ("led a $300 million funding round in Falcon Robotics": the round's company)
    r"\b(?:shareholder|investor|stake|investment|stakeholder|backer|round|financing|placement)\s+in\s+(?:the\s+)?$"
    r"|\binvest(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?in\s+(?:the\s+)?$"  # "agreed to invest €1.3bn in Mistral AI"
)


def _funded_company(
    sentence: Sentence, position: int, mentions: list[Mention], sentences: list[Sentence]
) -> Mention | None:
    """Whose round 'the round' is: in the closest sentence up to here that speaks of raising money, the
    company that raised it (its first organisation) or the one invested in ('shareholder in X'); `mentions` in
    document order."""
    for home in reversed([s for s in sentences if s.start <= position][-6:]):
        here = home.text[: position - home.start] if home.start <= position < home.end else home.text
        if not _MONEY_WORDS.search(here):
            continue
        inside = [
            m
            for m in mentions
            if home.start <= m.start < home.start + len(here) and m.types[0] == "Organization" and m.kind != "reference"
        ]
        held = [
            m for m in inside if _HOLDER_IN.search(home.text[max(0, m.start - home.start - 30) : m.start - home.start])
        ]
        if held:
            return held[0]
        for whose in OWNED_ROUND.finditer(here):  # "which led the startup's latest funding round"
            owner = next(
                (
                    m
                    for m in mentions
                    if m.end == home.start + whose.start() and m.types[0] == "Organization" and m.start >= home.start
                ),
                None,
            )
            if owner is not None:
                return owner
        raised = _RAISED.search(here)
        if raised and inside:
            return inside[0]
        referred = [  # "The startup raised $750 million in September": the company 'the startup' is
            m
            for m in mentions
            if home.start <= m.start < home.start + (raised.start() if raised else 0)
            and m.kind == "reference"
            and m.types[0] == "Organization"
            and not m.text.lower().endswith(("round", "financing", "placement"))
        ]
        if referred:
            return referred[0]
    return None


# "Dario and Daniela Amodei": a given name joined to a full name shares its surname
_GIVEN_NAME_AND = re.compile(rf"(?<![\w.'’-])([{_UPPER}][{_LOWER}]+)\s+and\s+$")


# what lists things a company owns or sells, not people: "whose brands include Churchill and Green Flag"
_THINGS_LISTED_BEFORE = re.compile(
    r"\b(?:include|includes|included|including|owns|owned|own|owner\s+of|parent\s+of|maker\s+of|such\s+as|the"
    # "owns pet food brands Pedigree and Royal Canin": a kind of thing, then its names
    r"|brands|labels|chains|banners|products|drugs|games|titles|shows|apps|services|platforms|models)\s+$"
)
_KIND_AFTER = re.compile(r"\s+(?:chains|brands|stores|labels|banners|networks|shows|titles|lines|ranges)\b")


def _shared_surnames(
    sentence: Sentence, found: list[Mention], surnames: frozenset[str] | set[str] = frozenset()
) -> list[Mention]:
    """`found`, where 'former executives Dario and Daniela Amodei' names Dario Amodei too (a lone given name
    guessed as some other name gives way; a surname of someone named before does not: 'by Wang and Lucy Guo')."""
    shared: list[Mention] = []
    for person in found:
        words = person.name.split()
        if person.types[0] != "Person" or len(words) != 2:
            continue
        before = sentence.text[max(0, person.start - sentence.start - 30) : person.start - sentence.start]
        given = _GIVEN_NAME_AND.search(before)
        if given is None or given.group(1) in _COMMON or given.group(1).lower() in _title_heads():
            continue
        if given.group(1) in surnames:
            continue
        start = person.start - len(given.group(0))
        if _THINGS_LISTED_BEFORE.search(sentence.text, 0, start - sentence.start) or _KIND_AFTER.match(
            sentence.text, person.end - sentence.start
        ):
            continue  # "owner of Coach and Kate Spade", "the Ralphs and Fred Meyer chains": two brands
        end = start + len(given.group(1))
        if at_start(sentence.text, start - sentence.start):
            continue
        if any(m.start <= start < m.end and m.kind == "known" for m in found):
            continue  # "against Disney, Fox and Warner Bros": a company named, not a given name
        if any(
            m.start < end and start < m.end and (m.kind != "guessed" or (m.start, m.end) != (start, end)) for m in found
        ):
            continue  # a known name there ('Microsoft and Jane Roe')
        name = f"{given.group(1)} {words[1]}"
        shared.append(Mention(start, end, given.group(1), name, ("Person",), "guessed"))
    taken = {(m.start, m.end) for m in shared}
    return [m for m in found if (m.start, m.end) not in taken] + shared


# "the ChatGPT maker", "its Claude developer": a known product named to describe the company behind it
MAKER_NOUN = re.compile(r"\s+(?:maker|developer|creator|owner|parent)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.I)


def _as_maker(mention: Mention, text: str, gazetteer: Gazetteer) -> Mention:
    """A known product in 'the <product> maker' stands for its known owner: the description is the company
    (the product and its maker are still read from it, see SentenceRelations._maker_descriptions)."""
    if mention.kind != "known" or mention.type != "Product":
        return mention
    noun = MAKER_NOUN.match(text, mention.end)
    known = gazetteer.entities.get(mention.name)
    if noun is None or known is None or not known.owner or known.owner not in gazetteer.entities:
        return mention
    if not _DETERMINER_BEFORE.search(text[max(0, mention.start - 8) : mention.start]):
        return mention  # "ChatGPT maker OpenAI": the name follows, the description is only its label
    owner = gazetteer.entities[known.owner]
    return Mention(mention.start, noun.end(), text[mention.start : noun.end()], owner.name, (owner.type,), "reference")


# a verb whose object 'it' is ("accused it", "sued it"), not one that reports ("said it would")
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?!(?:said|added|noted|announced|stated|claimed|argued|warned|confirmed|reported|explained|believed|"
    r"expected|hoped|insisted|denied|disclosed|indicated|signalled|signaled|acknowledged|estimated)\b)"
    r"(?:[a-z]+ed|sued|bought|sold|took|led|won|hit|beat|fought|sought|accusing|suing|blaming|urging|asking|pressing|"
    r"forcing|charging|ordering|barring|valuing|acquiring|buying|overtaking)\s+$"
)


def _object_antecedent(sentence: Sentence, position: int, mentions: list[Mention]) -> str | None:
    """What an object 'it' stands for: the organisation named or referred to last before the verb's subject."""
    here = [m for m in mentions if m.start < position and m.types[0] == "Organization"]
    inside = [m for m in here if m.start >= sentence.start]
    if len(inside) < 2:
        return None
    # "A bought B and later sold it": a second predicate's subject is the sentence's
    coordinated = re.search(
        r"\b(?:and|but)\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?\w+\s+$",
        sentence.text[: position - sentence.start],
    )
    # "A sued B on Monday, accusing it of ...": a participle after a comma has the sentence's subject
    participle = re.search(r",\s*(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+$", sentence.text[: position - sentence.start])
    subject = inside[0] if coordinated or participle else inside[-1]
    others = [m for m in inside if m.name != subject.name]
    return others[-1].name if others else None


_NEW_PREDICATE = re.compile(
    r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:will|would|has|have|had|is|was|plans|agreed|[a-z]+ed|[a-z]+s|"
    r"brought|bought|sold|took|made|won|paid|struck|led|began|sent|gave|got|held|kept|left|set|put|cut|hired|"
    # "will invest in Intel and work with the chipmaker": a second verb after the modal of the first
    r"work|team|partner|collaborate|build|develop|make|sell|buy|use|supply|provide|offer|help|take|join|launch|"
    r"create|form|invest|acquire|merge|compete|expand|deploy)\b"
)
_SAME_CLAUSE = re.compile(r"[^,;]*|,\s*(?:which|who|that)\b[^,;]*|,\s*(?:a|an|the)\s[^,;]*\b(?:that|which|who)\b[^,;]*")


def _clause_subject_before(sentence: Sentence, position: int, mentions: list[Mention]) -> Mention | None:
    """The organisation (named or referred to) closest before `position` in the same clause, the subject
    of the verb an object at `position` depends on."""
    here = sentence.text[: position - sentence.start]
    asides = [a.span() for a in RELATIVE_ASIDE.finditer(here)]
    before = [
        m
        for m in mentions
        if sentence.start <= m.start
        and m.end <= position
        and m.types[0] == "Organization"
        and not is_pronoun(m)
        and not any(s <= m.start - sentence.start < e for s, e in asides)
    ]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    raw = sentence.text[last.end - sentence.start : position - sentence.start]
    gap = RELATIVE_ASIDE.sub("", raw) if RELATIVE_ASIDE.match(raw) else raw  # ", which ...," skipped
    if _NEW_PREDICATE.search(gap):  # "A named B its partner and will use the cloud unit's chips": A uses them
        return min(before, key=lambda m: m.start)
    return last if _SAME_CLAUSE.fullmatch(gap) else None


def _possessor_of(sentence: Sentence, mention: Mention, mentions: list[Mention]) -> set[str]:
    """'Alphabet' in "Alphabet's Google": a possessive name right before `mention`."""
    return {
        m.name
        for m in mentions
        if sentence.start <= m.start
        and m.end <= mention.start
        and re.fullmatch(r"['’]s?\s+", sentence.text[m.end - sentence.start : mention.start - sentence.start])
    }


# ", which is itself suing OpenAI and Microsoft," closed before a reference: its names are not what it means
# "Mistral, whose investors include Microsoft, Nvidia and Andreessen Horowitz, develops": a relative aside with a
# list inside, whose commas do not close it
LISTING_RELATIVE = (
    r",\s*(?:which|who|whose)\b[^,;]*?\b(?:include|includes|included|including|counts?|counted|such\s+as)\s+"
    r"[A-Z][^,;]*(?:,\s+(?:and\s+)?[A-Z][^,;]*)+,"
    # "..., which has been under pressure from activist investors Starboard Value, Third Point and TOMS Capital,"
    r"|,\s*(?:which|who|whose)\b[^,;]*?\s[A-Z][^,;]*(?:,\s+[A-Z][^,;]*)+,?\s+and\s+[A-Z][^,;]*,"
)
RELATIVE_ASIDE = re.compile(rf"{LISTING_RELATIVE}|,\s*(?:which|who|whose)\b[^,;]*,")
_PERSONS_POST_ASIDE = re.compile(
    r"(?<=[a-z’'])\s*,\s+(?:a|an)\s+(?:former\s+|longtime\s+|onetime\s+|veteran\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:president|executive|chief|CEO|founder|co-founder|director|engineer|partner|head|chairman|chairwoman|"
    r"officer|employee|veteran|alumnus|alumna|manager|researcher|scientist)\s+(?:of|at)\s+[^,;]*,"
)


def _persons_posts(sentence: Sentence, text: str) -> list[tuple[int, int]]:
    """Where a person's post aside (", a former president of Intel,") stands in `text`, the sentence's text up to
    some point: document offsets."""
    return [(sentence.start + a.start(), sentence.start + a.end()) for a in _PERSONS_POST_ASIDE.finditer(text)]


_RELATIVE_SUBJECT_SO_FAR = re.compile(
    r"\s*,\s*(?:which|who|that)\s+(?:both\s+|all\s+|each\s+|also\s+|later\s+|had\s+|have\s+|has\s+)*[a-z]+\s+"
    r"(?:in\s+|into\s+)?(?:the\s+)?"
)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
APPOSITION_SO_FAR = re.compile(r"\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){1,4}")
_FOR_A_STAKE = re.compile(
    r"\s+(?:for|in\s+exchange\s+for|in\s+return\s+for)\s+(?:a|an)\s+(?:[\w$.,%-]+\s+){0,3}?stake\s+in\s+", re.I
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|from|for|into|by|against|on|of|in|remains|remained|is|was|became|becomes|has\s+been|"
    r"[a-z]{3,}ed|[a-z]{3,}ing|owns|backs|funds|sues|buys|acquires|sent|gave|told|made|took|bought|sold|sued|paid|won|beat|led|"
    r"left|brought|struck|kept|met|sought|hit)\s+(?:(?:\$?[\d.,]+\s+(?:million|billion)\s+|[\d.]+%\s+|"
    r"roughly\s+|about\s+|a\s+|an\s+)*(?:stake|share|interest|investment)\s+(?:in|of)\s+)?$",
    re.I,
)
_AND_THEN = re.compile(
    r",\s+and\s+(?:(?:in|on|last|this|earlier|later)\s+(?:[A-Z][a-z]+|year|month|week|(?:19|20)\d\d)\s+)?$"
)
_SUBORDINATE_BEFORE = re.compile(
    r",?\s+(?:as|while|because|since|after|before|when|although|though|so\s+that)\s+$", re.I
)


_PRONOUNS = frozenset(["it", "its"])
_PERSON_APPOSITION_BEFORE = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][\w'’-]+)+,\s+$")
_TITLE_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}?(?:chief|CEO|CFO|CTO|COO|president|head|director|officer|counsel|founder|"
    r"co-founder|chairman|chairwoman|spokes\w+|executive|engineer|scientist|researcher)\b"
)
_EMPLOYER_TITLE = re.compile(
    r"^\s+(?:co-)?(?:chief\s+\w+(?:\s+officer)?|CEO|CFO|CTO|COO|president|chairman|founder|boss)\s+$", re.I
)


def _employer_named_before(sentence: Sentence, position: int, found: list[Mention]) -> str | None:
    """'HPE chief executive Antonio Neri has argued that ... his company': HPE."""
    ordered = sorted((m for m in found if m.start < position), key=lambda m: m.start)
    for org, person in pairwise(ordered):
        between = sentence.text[org.end - sentence.start : person.start - sentence.start]
        if org.types[0] == "Organization" and person.types[0] == "Person" and _EMPLOYER_TITLE.match(between):
            return org.name
    return None


# "It would be Salesforce's biggest purchase": an 'it' before a copula is the deal or the fact, not a company
_COPULA_AFTER = re.compile(r"\s+(?:is|was|would\s+be|will\s+be|could\s+be|has\s+been|had\s+been|may\s+be|might\s+be)\b")


def is_pronoun(mention: Mention) -> bool:
    """Whether a mention is 'it' or 'its' (a reference that never names a company on its own)."""
    return mention.text.lower() in _PRONOUNS


_TIME_LEAD = re.compile(
    r"(?:(?:Last|This|Earlier\s+this|Later\s+that|That|Next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
    r"|(?:In|On|By|Since)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?"
    # "Over the past year", "In the past two years", "For years"
    r"|(?:Over|In|During)\s+the\s+(?:past|last)\s+(?:(?:two|three|few|several)\s+)?(?:year|month|decade)s?|For\s+years)"
    r",?\s+"
)


# "Marlboro maker Altria Group": the maker named after its product
MAKER_THEN_NAME = re.compile(r"\s+(?:maker|owner|developer|creator|publisher|operator)\s+")


def _sentence_subject(sentence: Sentence, position: int, found: list[Mention]) -> str | None:
    """'Salesforce said it would buy Informatica, its biggest deal since it bought Slack': 'it' is the
    organisation the sentence opens with."""
    # a description may open it ("The San Francisco-based company ..., and it competes"); a pronoun may not
    opener = next((m for m in found if m.start < position), None)
    if (
        opener is not None
        and is_pronoun(opener)
        # ("Last year it bought A from B, and in February it acquired C": a short time phrase may come first)
        and (opener.start == sentence.start or _TIME_LEAD.fullmatch(sentence.text, 0, opener.start - sentence.start))
        and not _COPULA_AFTER.match(sentence.text, opener.end - sentence.start)  # "It would be X's biggest deal"
    ):
        return opener.name  # "It licenses data to Google ..., and it struck a deal with OpenAI": the first 'It''s
    first = next((m for m in found if not is_pronoun(m) and m.start < position), None)
    maker = MAKER_THEN_NAME.match(sentence.text, first.end - sentence.start) if first is not None else None
    if first is not None and maker is not None:
        # "Marlboro maker Altria Group said it would buy NJOY": the maker named after its product is the subject
        first = next((m for m in found if m.start == sentence.start + maker.end() and m.start < position), first)
    if (
        first is not None
        and first.types[0] == "Organization"
        and _POSSESSIVE.match(sentence.text[first.end - sentence.start :])
    ):
        # "Alphabet's Google agreed to buy Wiz, as it tries to ...": the company owned is the subject
        owned = next((m for m in found if m.start > first.end and m.start < position), None)
        if (
            owned is not None
            and owned.types[0] == "Organization"
            and re.fullmatch(r"['’]s?\s+", sentence.text[first.end - sentence.start : owned.start - sentence.start])
        ):
            first = owned
    if first is None or first.types[0] != "Organization":
        return None
    opening = DATELINE_OPENING.sub("", sentence.text[: first.start - sentence.start])
    return first.name if len(opening.split()) <= 2 or _TIME_LEAD.fullmatch(opening) else None


# "SAN FRANCISCO, July 14 (Reuters) - ": where and when, before the sentence's own first word
DATELINE_OPENING = re.compile(
    # "SANTA CLARA, Calif., Dec 2 (Reuters) - ": the place, its state or country, the date, the source ("ATLANTA/NEW
    # YORK", "VELDHOVEN, Netherlands/PARIS": two places)
    r"^[A-Z][A-Z.'/ -]+(?:,\s+[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?(?:/[A-Z][A-Z.' -]+)?(?=,))?"
    r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?(?:,\s+\d{4})?"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*"
)


def _in_brackets(text: str, offset: int) -> bool:
    """Whether `offset` of `text` lies inside a parenthesis closed before the text ends: an aside."""
    opened = text.rfind("(", 0, offset)
    return opened >= 0 and text.rfind(")", 0, offset) < opened and text.find(")", offset) >= 0


_STARTUP_BEFORE = re.compile(r"\b(?:startup|start-up)\s+$")
_STARTUP_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:startup|start-up)\b")


def _called_a_startup(sentences: list[Sentence], mention: Mention) -> bool:
    """Whether the text calls this organisation a startup where it names it: 'startup X', 'X, an AI startup'."""
    if mention.kind == "reference" or mention.types[0] != "Organization":
        return False
    home = next((s for s in sentences if s.start <= mention.start < s.end), None)
    if home is None:
        return False
    start, end = mention.start - home.start, mention.end - home.start
    return bool(_STARTUP_BEFORE.search(home.text[max(0, start - 30) : start]) or _STARTUP_AFTER.match(home.text[end:]))


_IN_PASSING = re.compile(r"\b(?:designed|made|built|supplied|developed|manufactured|produced|powered)\s+by\s+$")


def _subject_before(
    first: Mention, home: Sentence, mentions: list[Mention], sentences: list[Sentence]
) -> Mention | None:
    """'Nintendo sold ... . The successor to the Switch runs on a processor designed by Nvidia. President P said
    the company ...': when the sentence before names its first organisation in passing, after a preposition, the
    company is the subject of one of the two sentences before that, if one opens on an organisation (only after
    a maker's 'by': other prepositions named the company the text went on about as often as not)."""
    if first.possessive or not _IN_PASSING.search(home.text[: first.start - home.start]):
        return None  # ("complicated by Microsoft's own models": what the sentence is about)
    before = [s for s in sentences if s.end <= home.start][-2:]
    for sentence in reversed(before):
        here = [m for m in mentions if sentence.start <= m.start < sentence.end and not is_pronoun(m)]
        opening = sentence.text[: here[0].start - sentence.start] if here else ""
        if here and here[0].types[0] == "Organization" and len(opening.split()) <= 2:
            return here[0]
    return None


_DESCRIPTION_OPENS = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}")
_DESCRIPTION_CLOSES = re.compile(r"(?:['’]s?)?(?:\s+[a-z][\w-]*){1,3},")
_FUND_NAME = re.compile(r"\b(?:Fund|Funds|Capital|Investment|Investments|Partners|Management|Authority|Holdings)\b")
_QUALIFIES_A_DEAL = re.compile(
    r"\s+(?:deal|agreement|investment|partnership|tie-up|pact|contract|merger|takeover|transaction|bid|offer)\b"
)


def _antecedent(sentence: Sentence, position: int, mentions: list[Mention], sentences: list[Sentence]) -> str | None:
    """The organisation 'the company' or 'it' refers to: the last one earlier in the same sentence,
    else the subject (first organisation) of the closest earlier sentence that names one; `mentions` in
    document order."""
    organisations = [
        m for m in mentions if m.start < position and m.kind != "reference" and m.types[0] == "Organization"
    ]
    if not organisations:
        return None
    here = sentence.text[: position - sentence.start]
    # "Founded by Jane Roe, a former president of Intel, the company ...": a person's past employer is not what
    # the sentence goes on to call "the company"
    posts = _persons_posts(sentence, here)
    organisations = [m for m in organisations if not any(s <= m.start < e for s, e in posts)] or organisations
    if organisations[-1].start >= sentence.start:
        asides = [a.span() for a in RELATIVE_ASIDE.finditer(here)]
        outside = [
            m
            for m in organisations
            if m.start >= sentence.start
            and not _in_brackets(here, m.start - sentence.start)
            and not any(s <= m.start - sentence.start < e for s, e in asides)
        ]
        # "Alongside the Microsoft deal, the company released": a name that qualifies a deal is not what the
        # sentence goes on to call "the company"
        qualifying = [m for m in outside if _QUALIFIES_A_DEAL.match(sentence.text, m.end - sentence.start)]
        # "Rivian, a Tesla competitor, agreed ...": a name inside a description of another is not what is referred to
        qualifying += [
            m
            for before, m in pairwise(outside)
            if _DESCRIPTION_OPENS.fullmatch(sentence.text, before.end - sentence.start, m.start - sentence.start)
            and _DESCRIPTION_CLOSES.match(sentence.text, m.end - sentence.start)
        ]
        if qualifying and len(qualifying) < len(organisations):
            outside = [m for m in outside if m not in qualifying]
            organisations = [m for m in organisations if m not in qualifying]
        # "Tessel Coder, a coding assistant the company developed": an apposition describes its name, the
        # company in it is another
        if outside and _RELATIVE_SUBJECT_SO_FAR.fullmatch(here[outside[-1].end - sentence.start :]):
            # "A and B, which both backed the company": the relative clause's subjects are not its object
            relative = [outside[-1]]
            for before in reversed(outside[:-1]):
                if not _LIST_JOIN.fullmatch(
                    sentence.text, before.end - sentence.start, relative[0].start - sentence.start
                ):
                    break
                relative.insert(0, before)
            if len(relative) < len(organisations):
                outside = [m for m in outside if m not in relative]
                organisations = [m for m in organisations if m not in relative]
        described = bool(outside) and APPOSITION_SO_FAR.fullmatch(here[outside[-1].end - sentence.start :])
        if described:
            outside = outside[:-1]
            organisations = [m for m in organisations if m.start < sentence.start] + outside
        earlier = [m for m in organisations if m.start < sentence.start]
        if not outside and not described and not qualifying:
            return organisations[-1].name  # only names in brackets: the last of them
        if outside and _FOR_A_STAKE.fullmatch(here[outside[-1].end - sentence.start :]):
            # "will invest $14 billion in Scale AI for a 49% stake in the startup": the company invested in
            return outside[-1].name
        if _OBJECT_BEFORE.search(here):
            # an object is not its clause's own subject (nor that subject's possessor): "the ChatGPT maker
            # will take a stake in the cloud provider", "Nvidia, which owns 6% of the company"
            subject = _clause_subject_before(sentence, position, mentions)
            if subject is not None:
                taken = {subject.name} | _possessor_of(sentence, subject, mentions)
                outside = [m for m in outside if m.name not in taken]
        if outside:
            return outside[-1].name
        if not earlier:
            return None
        organisations = earlier  # "Core Scientific will provide capacity to the cloud provider": another one
    last = organisations[-1]
    home = next((s for s in sentences if s.start <= last.start < s.end), None)
    if home is None:
        return last.name
    # its subject: the first organisation named there, or referred to ("The round was led by A": the round's)
    opening = [
        m
        for m in mentions
        if home.start <= m.start < home.end
        and m.types[0] == "Organization"
        and m.start < position
        and (not is_pronoun(m) or not _COPULA_AFTER.match(home.text, m.end - home.start))
    ]
    # "Pineau, who ran Meta's lab, will oversee Cohere's research. The company ...": not a name in a relative aside
    asides = [a.span() for a in RELATIVE_ASIDE.finditer(home.text)]
    opening = [m for m in opening if not any(s <= m.start - home.start < e for s, e in asides)] or opening
    first = opening[0] if opening else next(m for m in organisations if m.start >= home.start)
    chosen = (_subject_before(first, home, mentions, sentences) or first).name
    # the company the text is about, when the sentence before opens on one it names in passing
    counts: dict[str, int] = {}
    for m in mentions:
        if m.start < position and m.types[0] == "Organization" and not is_pronoun(m):
            counts[m.name] = counts.get(m.name, 0) + 1
    main = max(counts, key=lambda name: counts[name]) if counts else chosen
    return main if counts.get(chosen, 0) == 1 and counts[main] >= 3 else chosen
