"""Property-based: no text crashes the extractor, and what it finds always points into the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Document
from loaders.extraction import RuleExtractor, split_sentences

WORDS = st.sampled_from(
    [
        "Microsoft",
        "OpenAI",
        "invested",
        "in",
        "acquired",
        "the",
        "company",
        "Inc.",
        ",",
        "and",
        "Mr.",
        "Okafor",
        "CEO",
        "of",
        "not",
        "$5",
        "billion",
        "partnership",
        "with",
        "its",
        "Llama",
        "4",
        "\n",
        "\n\n",
        "(",
        ")",
        "—",
        "'s",
        "Zephyr",
        "Labs",
        "provides",
        "services",
    ]
)
news_like = st.lists(WORDS, max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), news_like))
def test_no_text_crashes_the_extractor_and_evidence_indexes_the_text(text):
    if not text.strip():
        return
    extraction = RuleExtractor().extract(Document(text=text))
    for relation in extraction.relations:
        for evidence in relation.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
            for span in (evidence.subject_span, evidence.object_span):
                assert span is not None and 0 <= span.start <= span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_sentences_are_ordered_slices_of_the_text(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
