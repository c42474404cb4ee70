"""Rules of the nineteenth session: what capitalised words are not parties (a man's nationality, a sea, a
strait), read off the false positives of released probe sets. Invented companies; the ordinary wording of
business news."""

import pytest

from loaders.extraction.gazetteer import load_gazetteer
from loaders.extraction.mentions import find_mentions
from loaders.extraction.sentences import split_sentences
from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples


def _types(text: str) -> dict[str, str]:
    return {m.name: m.types[0] for m in find_mentions(text, split_sentences(text), load_gazetteer())}


@pytest.mark.parametrize("word", ["Frenchman", "Dutchman", "Briton", "Spaniard", "Englishwoman"])
def test_a_persons_nationality_is_no_party(word: str) -> None:
    text = f"Rossi, a {word} who joined Kestrel Foods in 1986, lasted a year in the top job."
    assert word not in _types(text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Militants began targeting ships in the Red Sea, Kestrel Shipping said.", "Red Sea"),
        ("Kestrel Shipping diverted vessels around the Cape of Good Hope.", "Cape of Good Hope"),
        ("Tankers from Orvane Marine avoid the Strait of Hormuz.", "Strait of Hormuz"),
        ("Orvane Energy drills in the Permian Basin.", "Permian Basin"),
    ],
)
def test_a_sea_a_strait_or_a_basin_is_a_place(text: str, place: str) -> None:
    assert _types(text)[place] == "Location"


def test_a_joint_venture_named_after_a_known_company_is_a_name_of_its_own() -> None:
    text = "Kestrel Soft will hold 15% of the venture, to be called TikTok Falcon Joint Venture, while others own it."
    assert _types(text)["TikTok Falcon Joint Venture"] == "Organization"


@pytest.mark.parametrize(
    "name", ["Orvane Holding", "Kestrel Bank", "Pine Energy", "Moss Therapeutics", "Pine Platforms", "Moss Studios"]
)
def test_a_company_word_closing_a_name_is_no_persons(name: str) -> None:
    text = f"Pine Bio said {name} is a unit of Kestrel Soft."
    assert _types(text)[name] == "Organization"
    assert holds_in_any_modality(("Kestrel Soft", "owns", name), triples(text))


FOUND = [
    (
        "a-known-companys-company-is-its-own",
        "The merger leaves the combined group to compete with BT's EE and with smaller operators.",
        ("BT", "owns", "EE", "asserted"),
    ),
    (
        "the-round-in-a-company-is-its-round",
        "Pine Capital and Halvern Partners led a $300 million funding round in Falcon Robotics, valuing the startup "
        "at $3 billion. Existing investors Kestrel Ventures and Orvane Ventures also took part in the round.",
        ("Orvane Ventures", "invests-in", "Falcon Robotics", "asserted"),
    ),
    (
        "buying-a-holders-stake-invests-in-the-company-it-is-in",
        "Kestrel Electronics agreed to buy Orvane Motors' 10% stake in Pine Motors.",
        ("Kestrel Electronics", "invests-in", "Pine Motors", "planned"),
    ),
    (
        "the-seller-holds-the-stake-until-then",
        "Kestrel Electronics agreed to buy Orvane Motors' 10% stake in Pine Motors.",
        ("Orvane Motors", "invests-in", "Pine Motors", "asserted"),
    ),
    (
        "a-share-of-the-enlarged-company",
        "Once the deal closes, Kestrel Capital will own roughly 15% of the enlarged Orvane Pay.",
        ("Kestrel Capital", "invests-in", "Orvane Pay", "planned"),
    ),
    (
        "goods-used-by-each-company-listed",
        "Orvane Chips' accelerators are used by Kestrel Soft and Pine Platforms.",
        ("Orvane Chips", "supplies", "Pine Platforms", "asserted"),
    ),
    (
        "each-holds-a-share-of-a-venture-to-be-called",
        "Kestrel Soft, private equity firm Orvane Capital and investor Pine Labs will each hold 15% of the venture, "
        "to be called Falcon Ventures.",
        ("Orvane Capital", "invests-in", "Falcon Ventures", "planned"),
    ),
    (
        "each-owns-a-share-of-a-joint-venture-called",
        "In Dresden, Kestrel Motors, Orvane Chips and Pine Semiconductors will each own 10% of a joint venture "
        "called Falcon Semiconductor.",
        ("Pine Semiconductors", "invests-in", "Falcon Semiconductor", "planned"),
    ),
    (
        "a-price-paid-once-buys",
        "Kestrel Mobile paid $1 billion for Orvane AI in 2020.",
        ("Kestrel Mobile", "acquires", "Orvane AI", "asserted"),
    ),
    (
        "the-first-buyer-sold-the-next-one",
        "Kestrel Soft acquired Orvane Media in 2019 and later sold Pine Labs to Halvern Capital.",
        ("Kestrel Soft", "owns", "Pine Labs", "former"),
    ),
    (
        "the-founder-in-the-aside-is-employed-there",
        "Orvane Holdings will invest in Kestrel Games. Chief Executive Yves Marchand, who co-founded Kestrel Games "
        "in 1986, said the deal was fair.",
        ("Kestrel Games", "employs", "Yves Marchand", "asserted"),
    ),
    (
        "a-second-deal-noun-has-the-first-ones-buyer",
        "Kestrel Soft built its empire through acquisitions, including the $3.1 billion purchase of Orvane Media "
        "in 2008 and the 2011 takeover of Pine Labs.",
        ("Kestrel Soft", "acquires", "Pine Labs", "asserted"),
    ),
    (
        "a-rival-of-a-kind-competes-with-the-story",
        "Kestrel Energy said profit rose. Shares of rival plant owner Orvane Power rose as well.",
        ("Kestrel Energy", "competes-with", "Orvane Power", "asserted"),
    ),
    (
        "rivals-of-a-kind-in-a-list",
        "Kestrel Soft said profit rose. Shares of rival ad tech firms Orvane Media, Pine Media and Halvern Media "
        "rose after the ruling.",
        ("Kestrel Soft", "competes-with", "Halvern Media", "asserted"),
    ),
]
NOT_FOUND = [
    (
        "a-companys-stake-in-another-is-no-unit",
        "Kestrel Media bought Comcast's NBCUniversal stake.",
        ("Comcast", "owns", "NBCUniversal"),
    ),
    (
        "a-known-acronym-inside-a-code-is-no-company",
        "Kestrel Aero will pay $8 billion for EchoStar's AWS-4 licences.",
        ("EchoStar", "owns", "Amazon Web Services"),
    ),
    (
        "investors-in-the-round-not-in-the-story-company",
        "Kestrel Bank said profit rose. Kestrel Bank will open branches. Pine Capital led a $300 million funding "
        "round in Falcon Robotics. Existing investors Kestrel Ventures and Orvane Ventures also took part in the "
        "round.",
        ("Orvane Ventures", "invests-in", "Kestrel Bank"),
    ),
    (
        "buying-a-holders-stake-buys-no-holder",
        "Kestrel Electronics agreed to buy Orvane Motors' 10% stake in Pine Motors.",
        ("Kestrel Electronics", "acquires", "Orvane Motors"),
    ),
    (
        "buying-a-holders-stake-is-no-stake-in-the-holder",
        "Kestrel Electronics bought part of Orvane Motors' stake in Pine Motors.",
        ("Kestrel Electronics", "invests-in", "Orvane Motors"),
    ),
    (
        "the-first-deals-object-buys-nothing",
        "Kestrel Soft built its empire through acquisitions, including the $3.1 billion purchase of Orvane Media "
        "in 2008 and the 2011 takeover of Pine Labs.",
        ("Orvane Media", "acquires", "Pine Labs"),
    ),
    (
        "the-company-after-the-verb-is-none-of-its-subjects",
        "Kestrel Foods said sales fell. Publishers including Orvane Media and Pine Media have also sued the company.",
        ("Pine Media", "accuses", "Orvane Media"),
    ),
    (
        "a-titled-founder-works-where-his-aside-says",
        "Orvane Holdings will invest in Kestrel Games. Chief Executive Yves Marchand, who co-founded Kestrel Games "
        "in 1986, said the deal was fair.",
        ("Orvane Holdings", "employs", "Yves Marchand"),
    ),
    (
        "a-stake-in-its-studios-sold-to-a-buyer",
        "Kestrel Games agreed to sell a stake in its studios to Orvane Holdings.",
        ("Kestrel Games", "invests-in", "Orvane Holdings"),
    ),
    (
        "nobody-is-hosted-on-its-own-cloud",
        "Kestrel Telecom signed a cloud deal with Microsoft, and its billing systems will move to Microsoft's Azure "
        "cloud next year.",
        ("Microsoft", "hosts-on", "Microsoft Azure"),
    ),
    (
        "the-bank-rescued-does-not-hold-the-stake-the-rescuer-holds",
        "Orvane Bank said it would fight. The government, which rescued Halvern Bank during the 2008 financial "
        "crisis and still owns roughly 12% of Orvane Bank, said it will sell no more shares.",
        ("Halvern Bank", "invests-in", "Orvane Bank"),
    ),
    (
        "the-company-bought-is-not-the-seller-of-the-next",
        "Kestrel Soft acquired Orvane Media in 2019 and later sold Pine Labs to Halvern Capital.",
        ("Orvane Media", "owns", "Pine Labs"),
    ),
    (
        "a-yearly-fee-buys-nothing",
        "Kestrel Mobile was expected to pay about $1 billion a year for a custom Falcon model from Orvane AI.",
        ("Kestrel Mobile", "acquires", "Falcon"),
    ),
    (
        "a-rival-bid-is-no-rival-company-here",
        "Kestrel Soft said profit rose. A rival bid from Orvane Media failed.",
        ("Kestrel Soft", "competes-with", "Orvane Media"),
    ),
    (
        "a-sea-is-nobodys-product",
        "Kestrel Shipping has diverted vessels since rebels began targeting ships in the Red Sea.",
        ("Kestrel Shipping", "develops", "Red Sea"),
    ),
    (
        "the main-clause-subject-backs-since-first-backing",
        "Orvane AI said on Monday it would restructure. Kestrel Soft has invested some $13 billion in the "
        "San Francisco-based lab since first backing it in 2019.",
        ("Orvane AI", "invests-in", "Kestrel Soft"),
    ),
    (
        "a-stake-sold-is-no-supply",
        "Orvane Pay sold a majority stake to Kestrel Capital last year.",
        ("Orvane Pay", "supplies", "Kestrel Capital"),
    ),
    (
        "shares-sold-are-no-supply",
        "Orvane Chips sells shares to Kestrel Capital every year.",
        ("Orvane Chips", "supplies", "Kestrel Capital"),
    ),
]


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_nineteenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_nineteenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))
