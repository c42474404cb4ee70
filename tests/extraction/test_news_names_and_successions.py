"""Names, references and successions read since the third session: text in, (subject, relation, object,
modality) out. The companies and people are invented; the wording is the ordinary wording of business news."""

import pytest

from tests.extraction.test_relations import triples

FOUND = [
    (
        "a-common-word-that-recurs-with-a-name-is-part-of-it",
        "Global Remit has agreed to buy Paylane for $2 billion. The deal makes the enlarged Global Remit the "
        "largest processor in Europe.",
        ("Global Remit", "acquires", "Paylane", "planned"),
    ),
    (
        "a-known-first-word-gives-way-to-a-longer-company-name",
        "Acme Corp. agreed to sell its Card Solutions business to Intel Payment Processing Services.",
        ("Intel Payment Processing Services", "acquires", "Card Solutions", "planned"),
    ),
    (
        "a-second-verb-phrase-sells-what-the-subject-owns",
        "Acme Corp. has agreed to buy Zeta Labs for $2 billion and to sell its Card Solutions business to "
        "Orbit Holdings for $1 billion.",
        ("Acme Corp.", "owns", "Card Solutions", "asserted"),
    ),
    (
        "a-coordinated-past-sale-is-asserted",
        "Acme Corp. agreed to buy Zeta Labs and sold its Card Solutions unit to Orbit Holdings.",
        ("Orbit Holdings", "acquires", "Card Solutions", "asserted"),
    ),
    (
        "the-company-after-a-sentence-naming-another-in-passing",
        "Kestrel Games sold 2 million Orbit 2 consoles in a week. The successor to the original Orbit runs on a "
        "processor designed by Nvidia. President Aiko Tanaka said the company would keep its forecast.",
        ("Kestrel Games", "employs", "Aiko Tanaka", "asserted"),
    ),
    (
        "hands-over-to-a-successor",
        "Peter Vandel, who has led Orvane Systems for a decade, will hand over to chief business officer "
        "Lise Marchand in April.",
        ("Orvane Systems", "employs", "Lise Marchand", "planned"),
    ),
    (
        "succeeded-by",
        "Mara Lind, who has run Zentrix since 2015, will be succeeded by finance chief Tom Berg.",
        ("Zentrix", "employs", "Tom Berg", "planned"),
    ),
    (
        "who-has-run",
        "Mara Lind, who has run Zentrix since 2015, will be succeeded by finance chief Tom Berg.",
        ("Zentrix", "employs", "Mara Lind", "asserted"),
    ),
    (
        "hands-its-top-job-to",
        "Brightline Telecom hands its top job to operating chief Sam Patel next month.",
        ("Brightline Telecom", "employs", "Sam Patel", "asserted"),
    ),
    (
        "resigned-as-chief-executive-of-the-company-in-the-story",
        "Orvane Motors and Kestrel will build a battery plant in Spain. The plant is due to open in 2027, Orvane "
        "Motors said. The news came days after Lena Marsh abruptly resigned as chief executive.",
        ("Orvane Motors", "employs", "Lena Marsh", "former"),
    ),
    (
        "will-remain-chief-executive-of-the-company-named-most",
        "Tessel Games agreed to be taken private by Orvane Capital. Tessel Games makes racing games. Halden Bank "
        "has committed $2 billion of debt. Ana Ruiz will remain chief executive.",
        ("Tessel Games", "employs", "Ana Ruiz", "asserted"),
    ),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in FOUND], ids=[c[0] for c in FOUND])
def test_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text)


NOT_FOUND = [
    (
        "a-nationality-said-once-is-not-part-of-the-name",
        "The deal gives Japanese Kestrel a foothold in Europe.",
        ("Japanese Kestrel", "develops", "Europe"),
    ),
    (
        "the-object-of-the-first-verb-is-not-the-seller",
        "Acme Corp. has agreed to buy Zeta Labs for $2 billion and to sell its Card Solutions business to "
        "Orbit Holdings for $1 billion.",
        ("Zeta Labs", "owns", "Card Solutions"),
    ),
    (
        "a-head-of-state-is-no-employee",
        "Orvane Systems will build a plant in Ohio. President Dana Whitfield said the plant would create jobs.",
        ("Orvane Systems", "employs", "Dana Whitfield"),
    ),
    (
        "a-company-in-the-aside-is-not-the-story-company",
        "Orvane Systems will open a lab. Mara Lind, who has run Zentrix since 2015, will be succeeded by finance "
        "chief Tom Berg.",
        ("Orvane Systems", "employs", "Tom Berg"),
    ),
    (
        "a-role-of-a-named-company-is-not-the-story-companys",
        "Orvane Systems will open a lab. Lena Marsh resigned as chief executive of Zentrix last year.",
        ("Orvane Systems", "employs", "Lena Marsh"),
    ),
]


@pytest.mark.parametrize("text, absent", [(c[1], c[2]) for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in {t[:3] for t in triples(text)}
