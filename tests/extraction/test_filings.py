"""Constructions of annual reports and financial news: sentence in, (subject, relation, object, modality) out.
The companies and people are invented."""

import pytest

from tests.extraction.cases import named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "asset-purchase",
        "Corvane Holdings acquired substantially all of the assets of Halvern Logistics in 2018.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "assets-and-liabilities",
        "Corvane Holdings purchased certain assets and assumed certain liabilities of Halvern Logistics, Inc.",
        ("Corvane Holdings", "acquires", "Halvern Logistics, Inc.", "asserted"),
    ),
    (
        "all-outstanding-shares",
        "Corvane Holdings acquired all of the outstanding shares of Halvern Logistics.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "definitive-agreement-is-a-plan",
        "Corvane Holdings entered into a definitive agreement to acquire Halvern Logistics.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "planned"),
    ),
    (
        "previously-announced-is-no-past",
        "Corvane Holdings said it has completed its previously announced acquisition of Halvern Logistics.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "merged-with-and-into",
        "Halvern Logistics was merged with and into Corvane Holdings.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "merger-of-into",
        "The merger of Halvern Logistics into Corvane Holdings was completed in June.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "will-merge-into",
        "Halvern Logistics will merge into Corvane Holdings next year.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "planned"),
    ),
    (
        "sale-of-to",
        "Brightwater Group completed the sale of Halvern Logistics to Corvane Holdings.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "successor-by-merger",
        "The lenders are Tamsin Capital Corporation, Orrel Bank, LLC and Corvane Bank, National Association, "
        "as successor by merger to Brightwater Savings Bank, as agent.",
        ("Corvane Bank, National Association", "acquires", "Brightwater Savings Bank", "asserted"),
    ),
    (
        "successor-in-interest-bracketed",
        "Corvane Trust Company (as successor in interest by merger to Brightwater Trust Company) is the trustee.",
        ("Corvane Trust Company", "acquires", "Brightwater Trust Company", "asserted"),
    ),
    (
        "owns-all-outstanding-stock",
        "Corvane Holdings owns all of the outstanding common stock of Halvern Logistics.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "owns-one-hundred-percent",
        "Corvane Holdings owns 100% of Halvern Logistics.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "sole-shareholder",
        "Corvane Holdings is the sole shareholder of Halvern Logistics.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "capitalised-division-of",
        "Halvern Logistics, an Operating Division of Corvane Holdings, opened a depot.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "subsidiaries-listed-by-legal-name",
        "Corvane Holdings, Inc. and its wholly-owned subsidiaries, Halvern Logistics LLC and Brightwater "
        "Freight Inc., provide shipping services.",
        ("Corvane Holdings, Inc.", "owns", "Brightwater Freight Inc.", "asserted"),
    ),
    (
        "institute-of-a-known-country",
        "Tamsin Pharma will merge with Orrel Institute of India's wholly - owned subsidiary Halvern Vaccines Ltd.",
        ("Orrel Institute of India", "owns", "Halvern Vaccines Ltd.", "asserted"),
    ),
    (
        "its-subsidiary-in-apposition",
        "Corvane Holdings conducts its business through Halvern Logistics, its wholly-owned subsidiary.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "a-parent-company-company",
        "Halvern Logistics, a Corvane Holdings company, opened a depot in Leeds.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "owned-percent-by",
        "Corvane Holdings is owned 60% by Brightwater Group.",
        ("Brightwater Group", "owns", "Corvane Holdings", "asserted"),
    ),
    (
        "second-phrase-of-the-same-subject",
        "Corvane Holdings is a wholly owned subsidiary of Brightwater Group and an affiliate of Tallis Capital.",
        ("Tallis Capital", "owns", "Corvane Holdings", "asserted"),
    ),
    (
        "sold-on-after-an-acquisition",
        "Halvern Logistics was acquired by Corvane Holdings and later sold to Brightwater Group.",
        ("Brightwater Group", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "modal-sale-keeps-its-modality",
        "Corvane Holdings may sell Halvern Logistics to Brightwater Group.",
        ("Brightwater Group", "acquires", "Halvern Logistics", "considered"),
    ),
    (
        "acquisition-by-of",
        "The acquisition by Corvane Holdings of Halvern Logistics closed in May.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "whole-stake-bought",
        "Corvane Holdings bought a 100% stake in Halvern Logistics.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "possessed-unit-named-after",
        "Corvane Holdings' freight unit, Halvern Logistics, reported higher sales.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "possessed-arm-in-apposition",
        "Halvern Logistics, Corvane Holdings' freight arm, reported higher sales.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "possessed-name-then-unit",
        "Corvane Holdings' Halvern unit reported higher sales.",
        ("Corvane Holdings", "owns", "Halvern", "asserted"),
    ),
    (
        "plural-possessive-parent",
        "Corvane Holdings, Halvern Logistics' parent company, reported earnings.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "signature-block",
        "Jane Corlett, Chief Executive Officer, Halvern Logistics, Inc., signed the letter.",
        ("Halvern Logistics, Inc.", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "possessive-title-after-copula",
        "Jane Corlett has been Halvern Logistics' President since 2012.",
        ("Halvern Logistics", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "announced-that-named",
        "Halvern Logistics, Inc. announced that Jane Corlett has been named Chief Operating Officer.",
        ("Halvern Logistics, Inc.", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "announced-that-will-be-named",
        "Halvern Logistics said Jane Corlett will be appointed Chief Operating Officer.",
        ("Halvern Logistics", "employs", "Jane Corlett", "planned"),
    ),
    (
        "acquirer-of",
        "Corvane Holdings, the acquirer of Halvern Logistics, reported earnings.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "boards-listed-with-different-company-nouns",
        "Ms. Corlett is a director of Halvern Logistics and Corvane Holdings.",
        ("Corvane Holdings", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "title-in-a-division-of",
        "From 2001 to 2005, Mr. Aldous was a Managing Director in the investment banking division of Halvern "
        "Securities.",
        ("Halvern Securities", "employs", "Mr. Aldous", "asserted"),
    ),
    (
        "retired-from",
        "Mr. Aldous retired from Halvern Logistics in 2015.",
        ("Halvern Logistics", "employs", "Mr. Aldous", "former"),
    ),
    (
        "degree-is-no-clause-end",
        "Mr. Aldous holds a B.A. from Halvern University and worked at Corvane Holdings.",
        ("Corvane Holdings", "employs", "Mr. Aldous", "asserted"),
    ),
    (
        "an-offer-is-a-plan",
        "Corvane Holdings made a $2 billion offer for Halvern Logistics.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "planned"),
    ),
    (
        "a-completed-offer-is-no-plan",
        "Corvane Holdings completed its tender offer for Halvern Logistics.",
        ("Corvane Holdings", "acquires", "Halvern Logistics", "asserted"),
    ),
    (
        "controlling-shareholder",
        "Corvane Holdings is the controlling shareholder of Halvern Logistics.",
        ("Corvane Holdings", "owns", "Halvern Logistics", "asserted"),
    ),
    (
        "headline-boss",
        "Halvern boss Jane Corlett said the plan was on track.",
        ("Halvern", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "prior-to-that-is-former",
        "Jane Corlett served as Treasurer of Corvane Holdings and, prior to that, as Controller of Halvern Logistics.",
        ("Halvern Logistics", "employs", "Jane Corlett", "former"),
    ),
    (
        "posts-before-joining-are-former",
        "Prior to joining Halvern Logistics, Ms. Corlett was Controller of Corvane Holdings.",
        ("Corvane Holdings", "employs", "Ms. Corlett", "former"),
    ),
    (
        "the-company-joined-is-current",
        "Prior to joining Halvern Logistics, Ms. Corlett was Controller of Corvane Holdings.",
        ("Halvern Logistics", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "its-subsidiaries-listed",
        "Corvane Holdings operates through Halvern Logistics LLC and Brightwater Freight LLC, its wholly-owned "
        "subsidiaries.",
        ("Corvane Holdings", "owns", "Halvern Logistics LLC", "asserted"),
    ),
    (
        "which-includes-wholly-owned-subsidiaries",
        "We sell in Europe through Orrel International, which includes Halvern Logistics Limited and Brightwater "
        "Freight Company Limited (BFCL), wholly - owned subsidiaries.",
        ("Orrel International", "owns", "Brightwater Freight Company Limited", "asserted"),
    ),
    (
        "banks-listed",
        "Ms. Corlett worked for Halvern Bank and Brightwater Bank.",
        ("Brightwater Bank", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "brokers-listed",
        "Mr. Aldous has also been a banker with Halvern Securities and Corvane Securities, Inc.",
        ("Halvern Securities", "employs", "Mr. Aldous", "asserted"),
    ),
    (
        "known-bank-in-a-list",
        "Ms. Corlett worked for JP Morgan Chase and Halvern Bank.",
        ("Halvern Bank", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "second-title-in-a-list",
        "Jane Corlett chairs the Halvern Foundation and is a Visiting Fellow at the Corvane Institute.",
        ("Corvane Institute", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "appointment-of",
        "Halvern Logistics announced the appointment of Jane Corlett as Chief Financial Officer.",
        ("Halvern Logistics", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "career-at",
        "Ms. Corlett began her career at Halvern Logistics.",
        ("Halvern Logistics", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "where-he-served",
        "Mr. Aldous worked at Halvern Logistics, where he served as Treasurer, and Corvane Freight, where he "
        "served as Controller.",
        # (past service, as at Halvern in the same sentence: the sentence no longer also asserts it)
        ("Corvane Freight", "employs", "Mr. Aldous", "former"),
    ),
    (
        "where-he-worked-after-an-address",
        "Earlier, Mr. Aldous was treasurer of Halvern Freight Group, Leeds, Yorkshire, where he worked for a decade.",
        ("Halvern Freight Group", "employs", "Mr. Aldous", "former"),
    ),
    (
        "where-he-served-after-an-aside",
        "Mr. Aldous was at Halvern Logistics, where he served as Treasurer, and Tamsin Analytics (now part of "
        "Halvern Logistics), where he served as Vice President of Sales for two years.",
        ("Tamsin Analytics", "employs", "Mr. Aldous", "asserted"),
    ),
    (
        "surname-who-will-serve-as-a-title",
        "From May, Aldous will serve as the CFO for Halvern Logistics Ltd (HLL) and Corvane Air Ltd (CAL).",
        ("Corvane Air Ltd", "employs", "Aldous", "planned"),
    ),
    (
        "second-post-of-a-biography",
        "Jane Corlett has served as a member of our board of directors since 2015 and as Chief Executive "
        "Officer of Halvern Logistics since 2010.",
        ("Halvern Logistics", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "succeeded-as",
        "Jane Corlett succeeded Tobin Aldous as chief executive of Halvern Logistics.",
        ("Halvern Logistics", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "promoted",
        "Halvern Logistics promoted Jane Corlett to chief operating officer.",
        ("Halvern Logistics", "employs", "Jane Corlett", "asserted"),
    ),
    (
        "managing-partner",
        "Ms. Corlett is the founder and managing partner of Brightwater Ventures.",
        ("Brightwater Ventures", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "various-capacities",
        "Ms. Corlett served in various capacities at Halvern Logistics, most recently as Treasurer.",
        ("Halvern Logistics", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "was-with",
        "Ms. Corlett was with Halvern Logistics from 2001 to 2008.",
        ("Halvern Logistics", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "retired-as-is-former",
        "Jane Corlett retired as chief executive of Halvern Logistics in 2019.",
        ("Halvern Logistics", "employs", "Jane Corlett", "former"),
    ),
    (
        "spent-years-at",
        "Ms. Corlett spent 12 years with Halvern Logistics in various finance roles.",
        ("Halvern Logistics", "employs", "Ms. Corlett", "asserted"),
    ),
    (
        "adjectives-sharing-one-head",
        "Halvern Metals provides precious and semi-precious metals to dental laboratories.",
        ("Halvern Metals", "develops", "precious and semi-precious metals", "asserted"),
    ),
    (
        "a-contract-title-is-no-party",
        "Orrel Pharma signed a Master Supply Agreement with Tamsin Biotech in March.",
        ("Orrel Pharma", "partners-with", "Tamsin Biotech", "asserted"),
    ),
    (
        "place-inside-a-company-name",
        "Corvane U.S. Services is a Delaware corporation that provides administrative services to the group.",
        ("Corvane U.S. Services", "develops", "administrative services", "asserted"),
    ),
    (
        "a-suffix-glued-to-a-name-is-not-one",  # the full stop ends the sentence, not an abbreviated 'Corp.'
        "Brightwell Systems closed its purchase of TallowCorp.",
        ("Brightwell Systems", "acquires", "TallowCorp", "asserted"),
    ),
    (
        "a-suffix-of-its-own-keeps-its-stop",
        "Brightwell Systems acquired Tallow Holding Corp.",
        ("Brightwell Systems", "acquires", "Tallow Holding Corp.", "asserted"),
    ),
    (
        "its-after-an-object-is-the-subjects",
        "Corvane Semiconductor struck a deal to supply Tamsin Labs with its Halo chips.",
        ("Corvane Semiconductor", "develops", "Halo", "asserted"),
    ),
    (
        "its-after-a-subject-is-that-subjects",
        "Corvane Semiconductor said Tamsin Labs will deploy its Vela assistant.",
        ("Tamsin Labs", "develops", "Vela", "planned"),
    ),
    (
        "a-stake-in-a-unit-sold-to-a-buyer",
        "Corvane Corp. sold a 30% stake in its Halvern Optics unit to Tamsin Capital LLC.",
        ("Tamsin Capital LLC", "invests-in", "Halvern Optics", "asserted"),
    ),
    (
        "a-unit-sold-to-a-buyer",
        "Corvane Corp. sold its Halvern Optics unit to Tamsin Capital LLC.",
        ("Tamsin Capital LLC", "acquires", "Halvern Optics", "asserted"),
    ),
    (
        "a-product-named-between-seller-and-buyer-is-the-goods",
        "Corvane Semiconductor sells its Halo chips to Tamsin Labs.",
        ("Corvane Semiconductor", "supplies", "Tamsin Labs", "asserted"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text)


NOT_FOUND = [
    (
        "the-seller-of-a-stake-is-not-its-investor",
        "Corvane Corp. sold a 30% stake in its Halvern Optics unit to Tamsin Capital LLC.",
        ("Corvane Corp.", "invests-in", "Halvern Optics"),
    ),
    (
        "its-is-not-the-customers",
        "Corvane Semiconductor struck a deal to supply Tamsin Labs with its Halo chips.",
        ("Tamsin Labs", "develops", "Halo"),
    ),
    (
        "successor-is-only-the-name-before",
        "The lenders are Tamsin Capital Corporation and Corvane Bank, National Association, as successor by "
        "merger to Brightwater Savings Bank.",
        ("Tamsin Capital Corporation", "acquires", "Brightwater Savings Bank"),
    ),
    (
        "where-clause-of-a-town",
        "Earlier, Mr. Aldous was treasurer of Halvern Freight Group, Leeds, Yorkshire, where he worked for a decade.",
        ("Yorkshire", "employs", "Mr. Aldous"),
    ),
    (
        "as-title-of-another-person",
        "Jane Corlett said Tobin Aldous will serve as chief executive of Halvern Logistics.",
        ("Halvern Logistics", "employs", "Jane Corlett"),
    ),
    (
        "operates-as-is-no-ownership",
        "Halvern Logistics operates as a subsidiary of Corvane Holdings.",
        ("Halvern Logistics", "owns", "Corvane Holdings"),
    ),
    (
        "coordinated-phrase-not-said-of-the-first-parent",
        "Corvane Holdings is a wholly owned subsidiary of Brightwater Group and an affiliate of Tallis Capital.",
        ("Tallis Capital", "owns", "Brightwater Group"),
    ),
    (
        "owned-percent-by-keeps-its-direction",
        "Corvane Holdings is owned 60% by Brightwater Group.",
        ("Corvane Holdings", "invests-in", "Brightwater Group"),
    ),
    (
        "place-of-work-is-no-employee",
        "Mr. Aldous was at Halvern Logistics, where he served as Treasurer, and Tamsin Analytics (now part of "
        "Halvern Logistics), where he served as Vice President of Sales for two years.",
        ("Sales", "employs", "Tamsin Analytics"),
    ),
    (
        "a-company-serving-as-a-distributor",
        "Halvern will serve as the exclusive distributor for Corvane Freight.",
        ("Corvane Freight", "employs", "Halvern"),
    ),
    (
        "with-a-person-is-no-job",
        "Jane Corlett was with Tobin Aldous when the deal was signed.",
        ("Tobin Aldous", "employs", "Jane Corlett"),
    ),
    (
        "operating-subsidiary-runs-nothing",
        "Halvern Logistics is the principal operating subsidiary of Corvane Holdings.",
        ("Halvern Logistics", "owns", "Corvane Holdings"),
    ),
    (
        "bank-of-a-city-stays-one-name",
        "Jane Corlett worked at the Royal Bank of Freedonia Corporation for ten years.",
        ("Freedonia Corporation", "employs", "Jane Corlett"),
    ),
    (
        "a-degree-is-no-holding",
        "Mr. Aldous holds a B.A. from Halvern University and worked at Corvane Holdings.",
        ("Mr. Aldous", "owns", "Halvern University"),
    ),
    (
        "savings-and-loan-is-one-name",
        "Jane Corlett worked at Halvern Savings and Loan Association for ten years.",
        ("Loan Association", "employs", "Jane Corlett"),
    ),
    (
        "a-company-is-the-partner",
        "Jane Corlett said Corvane Freight is a partner of Halvern Logistics.",
        ("Halvern Logistics", "employs", "Jane Corlett"),
    ),
    (
        "hired-by-another-company",
        "Halvern Logistics said Jane Corlett was hired by Corvane Holdings.",
        ("Halvern Logistics", "employs", "Jane Corlett"),
    ),
    (
        "named-to-another-companys-post",
        "Halvern Logistics said Jane Corlett was named chief executive of Corvane Holdings.",
        ("Halvern Logistics", "employs", "Jane Corlett"),
    ),
    (
        "promoting-a-product",
        "Halvern Logistics promoted Brightwater Lager at the fair.",
        ("Halvern Logistics", "employs", "Brightwater Lager"),
    ),
    (
        "business-partner-is-no-unit",
        "Brightwater Lager, Corvane Holdings' business partner, grew.",
        ("Corvane Holdings", "owns", "Brightwater Lager"),
    ),
    (
        "merging-into-unnamed-subsidiaries",
        "Tamsin Freight agreed to be acquired by Corvane Holdings and to merge into one of the Merger Subsidiaries.",
        ("Subsidiaries", "acquires", "Tamsin Freight"),
    ),
    (
        "part-held-stays-an-investment",
        "Corvane Holdings owns 40% of Halvern Logistics.",
        ("Corvane Holdings", "owns", "Halvern Logistics"),
    ),
    (
        "merging-parties-own-nothing",
        "Orrel Pharma said its unit Halvern Labs Ltd will merge with Corvane Group's wholly - owned subsidiary "
        "Tamsin Biotech Ltd.",
        ("Halvern Labs Ltd", "owns", "Tamsin Biotech Ltd"),
    ),
    (
        "one-name-with-and",
        "Jane Corlett worked at Procter and Gamble Co. for ten years.",
        ("Procter", "employs", "Jane Corlett"),
    ),
    (
        "an-adjective-is-no-product",
        "Halvern Metals provides precious and semi-precious metals to dental laboratories.",
        ("Halvern Metals", "develops", "precious"),
    ),
    (
        "words-of-a-contract-title-are-no-name",
        "We entered into a Strategic Alliance Agreement with Corvane Holdings, a subsidiary of Orrel Group.",
        ("Alliance", "partners-with", "Corvane Holdings"),
    ),
    (
        "a-running-head-is-no-name",
        "Orrel Pharma makes medical devices 52 NOTES TO CONSOLIDATED FINANCIAL STATEMENTS and sells them in Europe.",
        ("Orrel Pharma", "develops", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"),
    ),
]


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in {t[:3] for t in triples(text)}
