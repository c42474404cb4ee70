"""Rules of the tenth session: a name said in a relative aside, or in the apposition right after one, is not
the subject of the main clause's predicate when a finite verb (and 'trying to', 'plans to') follows the aside;
coordinated possessives ('A's and B's investments in C') are each a subject of the noun; a one-word name set
beside 'its ... unit' is an organisation, owned by the company 'its' stands for; a person's family office or
investment firm is the person's; a suit "to block the deal" accuses the buyer the story opened on; a
cease-and-desist letter sent accuses its receiver; a company that turned to providers for computing power is
hosted on them; chips used in a relative clause are used by the company the clause is about.
Invented companies; the ordinary wording of business news."""

import pytest

from tests.extraction.cases import holds, holds_in_any_modality, named
from tests.extraction.test_relations import triples

FOUND = [
    (
        "the-head-before-an-aside-and-its-apposition-acts",
        "Orvane Data, which put $1 billion into Anthropic, the developer of the Claude models, is trying to catch up "
        "with Snowflake and Oracle.",
        ("Orvane Data", "competes-with", "Snowflake", "asserted"),
    ),
    (
        "the-head-before-an-aside-acts",
        "Kestrel Cloud, which bought Veltrix Labs last year, has been trying to compete with Orvane Systems.",
        ("Kestrel Cloud", "competes-with", "Orvane Systems", "asserted"),
    ),
    (
        "coordinated-possessives-each-invest",
        "Regulators are reviewing Orvane Capital's and Kestrel Partners' investments in Veltrix Labs.",
        ("Orvane Capital", "invests-in", "Veltrix Labs", "asserted"),
    ),
    (
        "coordinated-possessives-each-invest-the-last-too",
        "Regulators are reviewing Orvane Capital's and Kestrel Partners' investments in Veltrix Labs.",
        ("Kestrel Partners", "invests-in", "Veltrix Labs", "asserted"),
    ),
    (
        "a-unit-set-beside-its-owner-in-the-sentence-before",
        "Orvane Group is based in Oslo. Veltrix42, its cloud and data centre unit, sells services in Norway.",
        ("Orvane Group", "owns", "Veltrix42", "asserted"),
    ),
    (
        "a-unit-set-beside-its-owner-named-before-in-the-sentence",
        "Orvane Group said on Monday that Veltrix42, its software subsidiary, would hire 500 people.",
        ("Orvane Group", "owns", "Veltrix42", "asserted"),
    ),
    (
        "the-investment-firm-of-a-person-is-hers",
        "Veltrix Labs' backers include Orvane Capital, the investment firm of Jane Roe.",
        ("Jane Roe", "owns", "Orvane Capital", "asserted"),
    ),
    (
        "invested-through-her-family-office",
        "Jane Roe invested through her family office, Roe Ventures, and Kestrel Capital also took part.",
        ("Jane Roe", "owns", "Roe Ventures", "asserted"),
    ),
    (
        "a-suit-to-block-the-deal-accuses-its-buyer",
        "Orvane Systems agreed to buy Kestrel Networks for $14 billion last year. The Justice Department, joined by "
        "six states and the District of Columbia, sued in January to block the takeover.",
        ("Justice Department", "accuses", "Orvane Systems", "asserted"),
    ),
    (
        "a-regulator-which-sued-to-block-the-deal",
        "Orvane Systems agreed to buy Kestrel Networks. The Federal Trade Commission, which sued in December to "
        "block the deal, lost its bid for an injunction.",
        ("Federal Trade Commission", "accuses", "Orvane Systems", "asserted"),
    ),
    (
        "a-cease-and-desist-letter-sent",
        "The Daily Ledger sent Kestrel Labs a cease-and-desist letter this month.",
        ("Daily Ledger", "accuses", "Kestrel Labs", "asserted"),
    ),
    (
        "a-cease-and-desist-letter-sent-after-an-aside",
        "Search startup Orvane Labs was founded in 2022. The Daily Ledger, which is itself suing Kestrel Media over "
        "copyright, sent the startup a cease-and-desist letter this month.",
        ("Daily Ledger", "accuses", "Orvane Labs", "asserted"),
    ),
    (
        "turned-to-providers-for-computing-power",
        "Orvane Labs has turned to cloud providers such as CoreWeave and Nscale to secure computing power.",
        ("Orvane Labs", "hosts-on", "Nscale", "asserted"),
    ),
    (
        "turned-to-a-provider-for-capacity",
        "Orvane Labs turned to Oracle for more computing capacity.",
        ("Orvane Labs", "hosts-on", "Oracle", "asserted"),
    ),
    (
        "chips-used-by-the-company-a-relative-clause-is-about",
        "The campus is being developed by Kestrel Energy and leased to Orvane Cloud, which is filling it with Nvidia "
        "chips.",
        ("Nvidia", "supplies", "Orvane Cloud", "asserted"),
    ),
]

NOT_FOUND = [
    (
        "the-company-in-the-aside-does-not-act",
        "Orvane Data, which put $1 billion into Anthropic, the developer of the Claude models, is trying to catch up "
        "with Snowflake and Oracle.",
        ("Anthropic", "competes-with", "Snowflake"),
    ),
    (
        "nor-does-the-product-in-the-apposition",
        "Orvane Data, which put $1 billion into Anthropic, the developer of the Claude models, is trying to catch up "
        "with Snowflake and Oracle.",
        ("Claude", "competes-with", "Oracle"),
    ),
    (
        "only-the-last-of-a-list-before-one-possessive",
        "Orvane Capital and Kestrel Partners' investment in Veltrix Labs doubled.",
        ("Orvane Capital", "invests-in", "Veltrix Labs"),
    ),
    (
        "a-unit-does-not-own-its-owner",
        "Orvane Group is based in Oslo. Veltrix42, its cloud and data centre unit, sells services in Norway.",
        ("Veltrix42", "owns", "Orvane Group"),
    ),
    (
        "a-company-described-after-a-persons-office-is-not-hers",
        "Jane Roe invested through her family office, Roe Ventures, and Kestrel Capital also took part.",
        ("Jane Roe", "owns", "Kestrel Capital"),
    ),
    (
        "the-aside-joining-the-suit-is-not-its-subject",
        "Orvane Systems agreed to buy Kestrel Networks for $14 billion last year. The Justice Department, joined by "
        "six states and the District of Columbia, sued in January to block the takeover.",
        ("District of Columbia", "accuses", "Orvane Systems"),
    ),
    (
        "turning-to-someone-for-advice-is-no-hosting",
        "Orvane Labs turned to Kestrel Partners for advice on the sale.",
        ("Orvane Labs", "hosts-on", "Kestrel Partners"),
    ),
    (
        "chips-used-in-a-relative-clause-not-by-the-first-company",
        "The campus is being developed by Kestrel Energy and leased to Orvane Cloud, which is filling it with Nvidia "
        "chips.",
        ("Nvidia", "supplies", "Kestrel Energy"),
    ),
]


@pytest.mark.parametrize("text, expected", named(FOUND))
def test_tenth_session_construction_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert holds(expected, triples(text))


@pytest.mark.parametrize("text, absent", named(NOT_FOUND))
def test_tenth_session_construction_not_over_read(text: str, absent: tuple[str, str, str]) -> None:
    assert not holds_in_any_modality(absent, triples(text))
