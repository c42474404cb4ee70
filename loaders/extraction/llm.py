"""An optional extractor that asks an OpenAI-compatible chat endpoint (e.g. a local server) for relations.

The prompt is built from the ontology. Every proposed relation is checked against the text and the
ontology (`llm_check`); what fails is counted, logged and kept in `rejected`, never stored. An answer
that is not JSON of the expected shape, or an endpoint that keeps failing, raises `ExtractorError`
naming the document: its extraction is then absent as a whole rather than stored with gaps.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

import httpx

import ontology
from kg.errors import ExtractorError
from kg.model import Document, Entity, Extraction, Modality, Relation

from .llm_check import Chunk, Rejected, Rejection, check, chunks
from .sentences import Sentence, split_sentences

log = logging.getLogger(__name__)

ANSWER_SHAPE = (
    '{"relations": [{"subject": {"name": "...", "type": "...", "text": "..."}, "relation": "...", '
    '"object": {"name": "...", "type": "...", "text": "..."}, "modality": "...", '
    '"qualifiers": {"amount": "..."}, "evidence": "..."}]}'
)


def system_prompt() -> str:
    """Instructions listing the ontology's types, relations and the model's modalities (no other list)."""
    onto = ontology.load()
    classes = "\n".join(f"- {c.name}: {c.comment or c.label}" for c in onto.classes.values())
    relations = "\n".join(
        f"- {r.id} ({r.label}): subject {'|'.join(r.domain)} -> object {'|'.join(r.range)}"
        + (" [symmetric]" if r.symmetric else "")
        for r in onto.relations.values()
    )
    modalities = ", ".join(m.value for m in Modality)
    return (
        "You extract typed relations between named entities from a text, for a knowledge graph.\n\n"
        f"Entity types:\n{classes}\n\nRelations (id: allowed subject types -> allowed object types):\n"
        f"{relations}\n\nModality, one of: {modalities}. {Modality.__doc__}\n\n"
        f"Answer with one JSON object and nothing else, in this shape:\n{ANSWER_SHAPE}\n"
        "- evidence: the sentence that states the relation, copied exactly from the text.\n"
        "- subject.text / object.text: the name exactly as written in that sentence; name: its usual full name.\n"
        "- Only the relation ids, types and modalities listed above. Leave out what does not fit.\n"
        "- qualifiers: optional details stated in the sentence (amount, date, role, stake), as strings.\n"
        '- No relation in the text: {"relations": []}.'
    )


def parse_answer(content: str) -> list[Any]:
    """The list of items in a model's answer; ValueError says what is wrong with it."""
    text = content.strip()
    fenced = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", text, re.DOTALL)
    if fenced:
        text = fenced.group(1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"the answer is not JSON ({error.msg} at char {error.pos}): {content[:120]!r}") from None
    if isinstance(data, dict) and isinstance(data.get("relations"), list):
        return list(data["relations"])
    if isinstance(data, list):
        return data
    raise ValueError(f"the answer is JSON but has no 'relations' list: {content[:120]!r}")


class LLMExtractor:
    """Relations from `POST {base_url}/chat/completions`, each checked before it is kept."""

    name = "llm"

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 60.0,
        retries: int = 2,
        backoff_s: float = 1.0,
        chunk_chars: int = 4000,
    ):
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.chunk_chars = chunk_chars
        self.json_mode = True  # dropped once if the server refuses response_format
        self.rejected: list[Rejection] = []  # every item turned down by this extractor, oldest first
        self.kept = 0  # items that became (or merged into) a relation

    def extract(self, document: Document) -> Extraction:
        sentences = split_sentences(document.text)
        relations: dict[str, Relation] = {}
        with httpx.Client(timeout=self.timeout_s) as client:
            for chunk in chunks(sentences, self.chunk_chars):
                content = self._complete(client, document, chunk)
                try:
                    items = parse_answer(content)
                except ValueError as error:
                    raise ExtractorError(f"{_name(document)}: llm chunk {chunk.index}: {error}") from None
                for item in items:
                    relation = self._check(item, document, chunk, sentences)
                    if relation is not None:
                        _merge(relations, relation)
        entities: dict[str, Entity] = {}
        for relation in relations.values():
            entities.setdefault(relation.subject.id, relation.subject)
            entities.setdefault(relation.object.id, relation.object)
        return Extraction(document=document, entities=list(entities.values()), relations=list(relations.values()))

    def _check(self, item: Any, document: Document, chunk: Chunk, sentences: list[Sentence]) -> Relation | None:
        try:
            relation = check(item, document, chunk, sentences)
        except Rejected as rejected:
            self.rejected.append(Rejection(document.id, chunk.index, rejected.reason, rejected.detail, item))
            log.warning("%s: llm chunk %d: rejected (%s): %s", _name(document), chunk.index, rejected.reason, rejected)
            return None
        self.kept += 1
        return relation

    def _payload(self, document: Document, chunk: Chunk) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": system_prompt()},
                {"role": "user", "content": "Text:\n" + document.text[chunk.start : chunk.end]},
            ],
        }
        if self.json_mode:
            payload["response_format"] = {"type": "json_object"}
        return payload

    def _complete(self, client: httpx.Client, document: Document, chunk: Chunk) -> str:
        """The answer's text; retries on 429, 5xx, timeouts and refused connections."""
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        where = f"{_name(document)}: llm chunk {chunk.index}"
        problem = ""
        attempt = 0
        while attempt <= self.retries:
            try:
                response = client.post(self.url, json=self._payload(document, chunk), headers=headers)
            except httpx.TimeoutException:
                problem = f"no answer within {self.timeout_s:g} s"
            except httpx.TransportError as error:
                problem = f"cannot reach {self.url}: {error}"
            else:
                status = response.status_code
                if status == 400 and self.json_mode and "response_format" in response.text:
                    self.json_mode = False  # this server has no JSON mode; ask again without it
                    continue
                if status < 400:
                    return _content(response, where)
                problem = f"HTTP {status} from {self.url}: {response.text[:200]}"
                if status != 429 and status < 500:
                    raise ExtractorError(f"{where}: {problem}")
            attempt += 1
            if attempt <= self.retries:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
        raise ExtractorError(f"{where}: gave up after {self.retries + 1} attempts: {problem}")


def _content(response: httpx.Response, where: str) -> str:
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ExtractorError(f"{where}: not a chat completion: {response.text[:200]!r}") from None
    if not isinstance(content, str):
        raise ExtractorError(f"{where}: the completion has no text content")
    return content


def _merge(relations: dict[str, Relation], relation: Relation) -> None:
    existing = relations.get(relation.id)
    if existing is None:
        relations[relation.id] = relation
    elif relation.evidence[0].id not in {e.id for e in existing.evidence}:
        existing.evidence.extend(relation.evidence)
        existing.qualifiers = {**relation.qualifiers, **existing.qualifiers}


def _name(document: Document) -> str:
    return document.uri or document.title or document.id
