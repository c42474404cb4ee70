"""Bulk load: many documents into an empty LadybugDB store at once, through COPY FROM Parquet.

The rows are the ones `CypherStore.write_many` would store (the same entities with merged aliases, the
same evidence, the same relation aggregates, the same mentions), computed in Python and handed to the
engine as Parquet files, table by table. COPY skips the per-row Cypher work that bounds `write_many`,
but it is not a transaction: so the database is built in a file of its own beside the store's and
takes its place only when complete (`LadybugStore.bulk_load`). A crash leaves the store as it was.

Each part is handed on as a COPY statement as soon as it is written, in an order the engine accepts
(documents and evidence as they come, then entities, mentions and relations), so that the caller can
copy one part while the next is prepared.

Memory holds the entities, one small tuple per evidence and the rows of one table part at a time;
documents and evidence go to Parquet files as they come.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

import ontology
from kg.model import Entity, Extraction

from .cypher_store import EVIDENCE_FIELDS, EdgeKey, _edge_key, evidence_values, figures
from .protocol import WriteSummary

PART_ROWS = 50_000  # rows per Parquet file: COPY of one part stays well inside the buffer pool

_DOCUMENT_COLUMNS = ("id", "title", "uri", "published", "language", "format", "text", "metadata")
_QUALIFIERS = EVIDENCE_FIELDS.index("qualifiers")  # the evidence row's qualifiers JSON
_INTEGERS = {"start_offset", "end_offset", "subject_start", "subject_end", "object_start", "object_end", "page"}


Copy = Callable[[str], None]  # takes a COPY statement, to run now or later in the order given


class _Parts:
    """Rows of one table, written as numbered Parquet files of at most PART_ROWS rows, each handed to
    `copy` as the statement that loads it into `table` (`options`: the ends of a relationship table)."""

    def __init__(self, folder: Path, name: str, schema: pa.Schema, copy: Copy, table: str, options: str = ""):
        self.folder, self.name, self.schema = folder, name, schema
        self.copy, self.table, self.options = copy, table, options
        self.rows: list[tuple[Any, ...]] = []  # values in the schema's column order
        self.files = 0

    def add(self, row: tuple[Any, ...]) -> None:
        rows = self.rows
        rows.append(row)
        if len(rows) >= PART_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        path = self.folder / f"{self.name}-{self.files:05d}.parquet"
        columns = [list(column) for column in zip(*self.rows, strict=True)]
        pq.write_table(pa.table(columns, schema=self.schema), path)
        self.files += 1
        self.rows = []
        self.copy(f"COPY {self.table} FROM '{_quoted(path)}'{self.options}")


def _schema(columns: Iterable[str]) -> pa.Schema:
    kinds = {"confidence": pa.float64(), "evidence_count": pa.int64(), "count": pa.int64()}
    kinds |= {name: pa.int64() for name in _INTEGERS}
    kinds |= {name: pa.list_(pa.string()) for name in ("aliases", "documents", "evidence_ids")}
    return pa.schema([(name, kinds.get(name, pa.string())) for name in columns])


@dataclass
class _Relation:
    key: EdgeKey
    modality: str
    items: dict[str, tuple[str, int, float, str]] = field(default_factory=dict)  # by evidence id, as figures()


@dataclass
class Prepared:
    """What a bulk load reports, and what it leaves to the usual write path."""

    summaries: list[WriteSummary]
    repeated: list[Extraction]  # later versions of documents already in the load: written afterwards


def prepare(extractions: Iterable[Extraction], folder: Path, copy: Copy) -> Prepared:
    """Turn extractions into Parquet parts under `folder`, handing `copy` the statement that loads each
    part as soon as it is written (nodes before the edges between them). The first version of each
    document goes in the load; a later one with the same id is returned in `repeated`, to replace it
    through the usual write path (so that the end state is the one `write_many` gives).

    The cycle collector is paused meanwhile: the rows made here hold no cycles, and each collection
    would walk every object the caller holds (halves the time with 20k extractions in memory)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _prepare(extractions, folder, copy)
    finally:
        if paused:
            gc.enable()


def _prepare(extractions: Iterable[Extraction], folder: Path, copy: Copy) -> Prepared:
    documents = _Parts(folder, "Document", _schema(_DOCUMENT_COLUMNS), copy, "Document")
    evidence = _Parts(folder, "Evidence", _schema(EVIDENCE_FIELDS), copy, "Evidence")
    entities: dict[str, Entity] = {}
    aliases: dict[str, list[str]] = {}
    mentions: dict[str, list[tuple[str, str]]] = defaultdict(list)  # entity class -> (document, entity)
    relations: dict[str, _Relation] = {}
    seen_evidence: set[str] = set()
    summaries: list[WriteSummary] = []
    repeated: list[Extraction] = []
    loaded: set[str] = set()
    for extraction in extractions:
        document = extraction.document
        if document.id in loaded:
            repeated.append(extraction)
            continue
        loaded.add(document.id)
        documents.add(
            (
                *(document.id, document.title, document.uri, document.published, document.language),
                *(document.format, document.text, json.dumps(document.metadata)),
            )
        )
        own = {e.id: e for e in extraction.entities}
        for rel in extraction.relations:
            own.setdefault(rel.subject.id, rel.subject)
            own.setdefault(rel.object.id, rel.object)
        for entity in own.values():
            _merge_entity(entities, aliases, entity)
            mentions[entity.type].append((document.id, entity.id))
        summary = WriteSummary(document=document.id, entities=len(own), relations=len(extraction.relations))
        summary.evidence = sum(len(r.evidence) for r in extraction.relations)
        summaries.append(summary)
        for rel in extraction.relations:
            entry = relations.get(rel.id)
            if entry is None:
                entry = relations[rel.id] = _Relation(_edge_key(rel), str(rel.modality))
            for ev in rel.evidence:
                row = evidence_values(rel, ev)
                if row[0] in seen_evidence:
                    continue
                seen_evidence.add(row[0])
                evidence.add(row)
                entry.items[row[0]] = (ev.document, ev.start, ev.confidence, row[_QUALIFIERS])
    documents.flush()
    evidence.flush()
    entity_schema = _schema(("id", "name", "aliases", "wikidata"))
    for cls in ontology.load().classes:
        part = _Parts(folder, cls, entity_schema, copy, cls)
        for entity in entities.values():
            if entity.type == cls:
                part.add((entity.id, entity.name, aliases[entity.id], entity.wikidata))
        part.flush()
    mention_schema = _schema(("from", "to", "count"))
    for cls, pairs in sorted(mentions.items()):
        part = _Parts(folder, f"MENTIONS-{cls}", mention_schema, copy, "MENTIONS", _ends("Document", cls))
        for document_id, entity_id in pairs:
            part.add((document_id, entity_id, 1))
        part.flush()
    _relation_parts(relations.values(), folder, copy)
    return Prepared(summaries, repeated)


def _ends(source: str, target: str) -> str:
    return f" (from='{source}', to='{target}')"


def _merge_entity(entities: dict[str, Entity], aliases: dict[str, list[str]], entity: Entity) -> None:
    """The first version of an entity keeps its name; later ones add the aliases it lacks, in order."""
    if entity.id not in entities:
        entities[entity.id] = entity
        aliases[entity.id] = list(entity.aliases)
        return
    if entity.aliases:
        merged = aliases[entity.id]
        merged += [a for a in dict.fromkeys(entity.aliases) if a not in merged]


def _relation_parts(relations: Iterable[_Relation], folder: Path, copy: Copy) -> None:
    columns = (
        *("from", "to", "id", "relation", "modality", "confidence", "qualifiers", "evidence_count", "documents"),
        "evidence_ids",
    )
    parts: dict[tuple[str, str, str], _Parts] = {}
    for entry in relations:
        if not entry.items:
            continue
        key = entry.key
        group = key.tables
        if group not in parts:
            rel_type, source, target = group
            parts[group] = _Parts(folder, "-".join(group), _schema(columns), copy, rel_type, _ends(source, target))
        found = figures(entry.items)
        parts[group].add(
            (
                *(key.subject_id, key.object_id, key.id, key.relation, entry.modality, found["confidence"]),
                *(found["qualifiers"], found["evidence_count"], found["documents"], found["evidence_ids"]),
            )
        )
    for _, part in sorted(parts.items()):
        part.flush()


def _quoted(path: Path) -> str:
    text = str(path)
    if "'" in text:
        raise ValueError(f"{text}: a quote in a bulk-load path")
    return text
