"""Store logic shared by the Cypher backends (LadybugDB, Neo4j): one algorithm, small dialect hooks.

Evidence is the source of truth: a relation edge holds aggregates of its evidence (confidence,
qualifiers, documents) and goes when its last evidence goes; an entity goes when no document
mentions it any more. Each document is written in one transaction.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any, NamedTuple

import ontology
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation, Span

from .protocol import (
    CypherResult,
    EdgeRow,
    EntityRecord,
    EvidenceRow,
    RelationFilter,
    StoreAudit,
    WriteSummary,
    aggregates,
)

EVIDENCE_FIELDS = (  # the Evidence node's properties, in the table's column order
    *("id", "relation_id", "relation", "subject_type", "subject_id", "object_type", "object_id", "document"),
    *("text", "start_offset", "end_offset", "subject_start", "subject_end", "object_start", "object_end"),
    *("extractor", "modality", "confidence", "qualifiers", "page"),
)


def evidence_values(rel: Relation, ev: Evidence) -> tuple[Any, ...]:
    """What the store keeps of one piece of evidence, in EVIDENCE_FIELDS order (-1: no span)."""
    subject, obj = ev.subject_span, ev.object_span
    return (
        *(ev.id + "-" + rel.id[4:12], rel.id, rel.relation, rel.subject.type, rel.subject.id, rel.object.type),
        *(rel.object.id, ev.document, ev.text, ev.start, ev.end),
        *(subject.start if subject else -1, subject.end if subject else -1),
        *(obj.start if obj else -1, obj.end if obj else -1),
        *(ev.extractor, str(ev.modality), ev.confidence),
        json.dumps(ev.qualifiers, sort_keys=True) if ev.qualifiers else "{}",
        ev.page if ev.page is not None else -1,
    )


# An edge by its source's key and its own id (`row.s`, `row.id`; format: type, source label, target label).
# Two MATCH clauses: LadybugDB then looks the source up by primary key and reads its adjacency; the one
# pattern `(a {id: row.s})-[r]->(b) WHERE b.id = row.o ...` became a cross product over every edge of the
# type (10x slower at 1M relations, and out of page cache). The relation id names its object already.
EDGE_BY_ID = "MATCH (a:{1} {{id: row.s}}) MATCH (a)-[r:{0}]->(b:{2}) WHERE r.id = row.id "
_EVIDENCE_IDS = 15  # the position of `r.evidence_ids` in `CypherStore._relation_columns`
_EVIDENCE_COLUMNS = [
    *("relation_id", "document", "text", "start_offset", "end_offset", "subject_start", "subject_end"),
    *("object_start", "object_end", "extractor", "modality", "confidence", "qualifiers", "page"),
]


class EdgeKey(NamedTuple):
    """Where a relation edge is: its id, type and both ends (so that it is found by primary keys)."""

    id: str
    relation: str
    subject_type: str
    subject_id: str
    object_type: str
    object_id: str

    @property
    def tables(self) -> tuple[str, str, str]:
        """(Neo4j type, subject label, object label): where the edge is stored, how writes group it."""
        return ontology.load().relations[self.relation].neo4j_type, self.subject_type, self.object_type


def _ordered(groups: dict[Any, list[dict[str, Any]]], *keys: str) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Groups and their rows in key order: concurrent writers then lock nodes in one global order, so
    that no two transactions wait for each other's locks (a deadlock Neo4j would abort)."""
    return [(group, sorted(rows, key=lambda r: [r[k] for k in keys])) for group, rows in sorted(groups.items())]


def _edge_key(relation: Relation) -> EdgeKey:
    return EdgeKey(
        relation.id,
        relation.relation,
        relation.subject.type,
        relation.subject.id,
        relation.object.type,
        relation.object.id,
    )


class CypherStore(ABC):
    """The store protocol for any backend that runs Cypher; subclasses give the dialect and I/O."""

    uri: str
    entity_label = "Entity"

    # -- backend hooks -----------------------------------------------------------------------------
    @abstractmethod
    def _rows(self, query: str, parameters: dict[str, Any] | None = None) -> list[list[Any]]:
        """Run a query inside the current transaction; nodes and relationships as property dicts."""

    @abstractmethod
    def _transaction(self, read_only: bool = False) -> AbstractContextManager[None]: ...

    @abstractmethod
    def cypher(
        self,
        query: str,
        parameters: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_ms: int | None = None,
    ) -> CypherResult: ...

    @abstractmethod
    def close(self) -> None: ...

    def label(self, variable: str) -> str:
        return f"label({variable})"

    def rel_type(self, variable: str) -> str:
        return f"label({variable})"

    def lower(self, expression: str) -> str:
        return f"lower({expression})"

    def node_labels(self, label: str) -> str:
        return label

    def lists_overlap(self, list_expression: str, parameter: str) -> str:
        return f"list_has_any({list_expression}, {parameter})"

    # -- writes ------------------------------------------------------------------------------------
    # A store with one writer (LadybugDB) may CREATE what it found absent; a shared server MERGEs, so that
    # two writers adding the same node or edge at once do not duplicate it.
    create_verb = "MERGE"

    def write(self, extraction: Extraction) -> WriteSummary:
        """Store one document's facts in one transaction, replacing what that document said before."""
        return self.write_many([extraction])[0]

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary]:
        """Store several documents in one transaction (all or none), with a constant number of queries.

        Every lookup goes by key (UNWIND ... MATCH by id), never a scan with a list test, so that the
        cost of a batch does not grow with the store."""
        # the last version of a document in a batch wins: by id, and by source URI (a changed text at the
        # same address is a new version of that document)
        by_uri = {e.document.uri: e for e in extractions if e.document.uri}
        latest = {e.document.id: e for e in extractions if not e.document.uri or by_uri[e.document.uri] is e}
        summaries = {doc_id: WriteSummary(document=doc_id) for doc_id in latest}
        with self._transaction():
            existing = {
                r[0]
                for r in self._rows("UNWIND $ids AS i MATCH (d:Document {id: i}) RETURN d.id", {"ids": sorted(latest)})
            }
            for uri, ids in self._versions(sorted(by_uri)).items():
                current = by_uri[uri].document.id
                summaries[current].superseded = sorted(i for i in ids if i != current)
                summaries[current].replaced = bool(summaries[current].superseded)
            gone = sorted(i for s in summaries.values() for i in s.superseded)
            if existing:
                old: dict[str, set[str]] = defaultdict(set)
                for doc_id, ev_id in self._rows(
                    "UNWIND $ids AS i MATCH (e:Evidence) WHERE e.document = i RETURN e.document, e.id",
                    {"ids": sorted(existing)},
                ):
                    old[doc_id].add(ev_id)
                for doc_id in existing:
                    new = {self._evidence_row(r, ev)["id"] for r in latest[doc_id].relations for ev in r.evidence}
                    if old[doc_id] == new and not summaries[doc_id].superseded:
                        summaries[doc_id].unchanged = True
                        del latest[doc_id]
                    else:
                        summaries[doc_id].replaced = True
            if latest:
                self._write_documents(list(latest.values()), existing & set(latest), summaries, gone)
        return list(summaries.values())

    def naming(self, entity_id: str) -> list[str]:
        with self._transaction(read_only=True):
            rows = self._rows(
                "MATCH (d:Document)-[:MENTIONS]->(n) WHERE n.id = $id RETURN DISTINCT d.id ORDER BY d.id",
                {"id": entity_id},
            )
        return [row[0] for row in rows]

    def versions(self, uris: list[str]) -> dict[str, list[str]]:
        with self._transaction(read_only=True):
            return self._versions(uris)

    def _versions(self, uris: list[str]) -> dict[str, list[str]]:
        """(Neo4j finds them by its index on Document.uri; LadybugDB, which indexes primary keys only, keeps a
        table keyed by URI instead: LadybugStore._versions.)"""
        found: dict[str, list[str]] = defaultdict(list)
        if uris:
            for uri, doc_id in self._rows(
                "MATCH (d:Document) WHERE d.uri IN $uris RETURN d.uri, d.id ORDER BY d.id", {"uris": uris}
            ):
                found[uri].append(doc_id)
        return dict(found)

    def _write_documents(
        self, batch: list[Extraction], replaced: set[str], summaries: dict[str, WriteSummary], gone: list[str]
    ) -> None:
        """Write a batch's documents; `replaced` are stored under the same ids, `gone` are earlier versions
        (the same source URI, another text) that leave the store."""
        forget = sorted(replaced | set(gone))
        affected, mentioned = self._forget_documents(forget) if forget else ({}, set())
        if gone:
            self._forget_uris(gone)
            self._rows("UNWIND $ids AS i MATCH (d:Document {id: i}) DETACH DELETE d", {"ids": gone})
        self._upsert_documents([e.document for e in batch])
        entities: dict[str, Entity] = {}
        mentions: list[tuple[str, Entity]] = []
        for extraction in batch:
            own = {e.id: e for e in extraction.entities}
            for rel in extraction.relations:
                own.setdefault(rel.subject.id, rel.subject)
                own.setdefault(rel.object.id, rel.object)
            for entity in own.values():
                first = entities.setdefault(entity.id, entity)
                extra = [a for a in dict.fromkeys(entity.aliases) if a not in first.aliases]
                if extra:  # the same entity named otherwise in another document of the batch
                    entities[entity.id] = first.model_copy(update={"aliases": [*first.aliases, *extra]})
                mentions.append((extraction.document.id, entity))
            summary = summaries[extraction.document.id]
            summary.entities, summary.relations = len(own), len(extraction.relations)
            summary.evidence = sum(len(r.evidence) for r in extraction.relations)
        relations = [r for e in batch for r in e.relations]
        created = self._write_entities(list(entities.values()))
        self._link_mentions(mentions)
        evidence = list(
            {row["id"]: row for row in (self._evidence_row(r, ev) for r in relations for ev in r.evidence)}.values()
        )
        if self.create_verb == "MERGE":
            # a shared server: lock the edges first (MERGE), so that the evidence counted next includes
            # whatever another writer committed for them meanwhile
            shared = self._merge_edges(relations, evidence)
            self._create_nodes("Evidence", evidence)
            self._refresh_relations(set(affected.values()) | {_edge_key(r) for r in relations if r.id in shared})
        else:
            self._write_edges(relations, evidence, affected, created)
            self._create_nodes("Evidence", evidence)
        self._drop_orphans(mentioned - set(entities))

    def delete_document(self, document_id: str) -> bool:
        with self._transaction():
            if not self._rows("MATCH (d:Document {id: $id}) RETURN d.id", {"id": document_id}):
                return False
            affected, mentioned = self._forget_documents([document_id])
            self._forget_uris([document_id])
            self._rows("MATCH (d:Document {id: $id}) DETACH DELETE d", {"id": document_id})
            self._write_edges([], [], affected, set())
            self._drop_orphans(mentioned)
        return True

    def _forget_documents(self, document_ids: list[str]) -> tuple[dict[str, EdgeKey], set[str]]:
        """Remove documents' evidence and mentions; return the relations and entities they touched."""
        ids = {"ids": document_ids}
        affected = {
            row[0]: EdgeKey(*row)
            for row in self._rows(
                "UNWIND $ids AS i MATCH (e:Evidence) WHERE e.document = i RETURN DISTINCT e.relation_id, e.relation, "
                "e.subject_type, e.subject_id, e.object_type, e.object_id",
                ids,
            )
        }
        mentioned = {
            r[0] for r in self._rows("UNWIND $ids AS i MATCH (d:Document {id: i})-[:MENTIONS]->(n) RETURN n.id", ids)
        }
        self._rows("UNWIND $ids AS i MATCH (e:Evidence) WHERE e.document = i DELETE e", ids)
        self._rows("UNWIND $ids AS i MATCH (d:Document {id: i})-[m:MENTIONS]->() DELETE m", ids)
        return affected, mentioned

    def _upsert_documents(self, documents: list[Document]) -> None:
        rows = [
            {
                "id": d.id,
                "title": d.title,
                "uri": d.uri,
                "published": d.published,
                "language": d.language,
                "format": d.format,
                "text": d.text,
                "metadata": json.dumps(d.metadata),
            }
            for d in sorted(documents, key=lambda d: d.id)
        ]
        self._rows(
            "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d.title = row.title, d.uri = row.uri, "
            "d.published = row.published, d.language = row.language, d.format = row.format, d.text = row.text, "
            "d.metadata = row.metadata",
            {"rows": rows},
        )
        self._record_uris(documents)

    def _record_uris(self, documents: list[Document]) -> None:  # noqa: B027 (a hook: nothing to do on Neo4j)
        """Keep what finds a document by its source URI (Neo4j: its index on Document.uri, nothing to do)."""

    def _forget_uris(self, document_ids: list[str]) -> None:  # noqa: B027 (a hook: nothing to do on Neo4j)
        """Forget the source URIs of documents that leave the store (see _record_uris)."""

    def _create_nodes(self, labels: str, rows: list[dict[str, Any]]) -> None:
        """New nodes (`labels` as a pattern, e.g. `Organization:Entity`), one row of properties each, `id` first."""
        if not rows:
            return
        if self.create_verb == "CREATE":
            fields = ", ".join(f"{key}: row.{key}" for key in rows[0])
            query = f"UNWIND $rows AS row CREATE (n:{labels} {{{fields}}})"
        else:
            fields = ", ".join(f"n.{key} = row.{key}" for key in rows[0] if key != "id")
            query = f"UNWIND $rows AS row MERGE (n:{labels} {{id: row.id}}) SET {fields}"
        self._rows(query, {"rows": rows})

    def _create_edges(self, rel_type: str, source: str, target: str, rows: list[dict[str, Any]]) -> None:
        """New edges between nodes found by id (row fields `s`, `o`); the other fields are properties."""
        if not rows:
            return
        keys = [key for key in rows[0] if key not in ("s", "o")]
        ends = f"UNWIND $rows AS row MATCH (a:{source} {{id: row.s}}) MATCH (b:{target} {{id: row.o}}) "
        if self.create_verb == "CREATE":
            fields = ", ".join(f"{key}: row.{key}" for key in keys)
            query = ends + f"CREATE (a)-[r:{rel_type} {{{fields}}}]->(b)"
        else:
            pattern = f"(a)-[r:{rel_type} {{id: row.id}}]->(b)" if "id" in keys else f"(a)-[r:{rel_type}]->(b)"
            fields = ", ".join(f"r.{key} = row.{key}" for key in keys if key != "id")
            query = ends + f"MERGE {pattern} SET {fields}"
        self._rows(query, {"rows": rows})

    def _write_entities(self, entities: list[Entity]) -> set[str]:
        """Create the entities the store lacks, add new aliases to the others; return the ids created."""
        by_type: dict[str, dict[str, Entity]] = defaultdict(dict)
        for entity in entities:
            by_type[entity.type][entity.id] = entity
        created: set[str] = set()
        for label, wanted in sorted(by_type.items()):
            stored = dict(
                self._rows(
                    f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id, n.aliases", {"ids": sorted(wanted)}
                )
            )
            fresh = sorted((e for e in wanted.values() if e.id not in stored), key=lambda e: e.id)
            self._create_nodes(
                self.node_labels(label),
                [{"id": e.id, "name": e.name, "aliases": e.aliases, "wikidata": e.wikidata} for e in fresh],
            )
            created.update(e.id for e in fresh)
            grown = []
            for entity_id, current in stored.items():
                merged = list(current or [])
                merged += [a for a in dict.fromkeys(wanted[entity_id].aliases) if a not in merged]
                if len(merged) != len(current or []):
                    grown.append({"id": entity_id, "aliases": merged})
            if grown:
                self._rows(
                    f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n.aliases = row.aliases", {"rows": grown}
                )
        return created

    def _link_mentions(self, mentions: list[tuple[str, Entity]]) -> None:
        """MENTIONS edges; a document's earlier mentions were removed first, so each is new."""
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for document_id, entity in mentions:
            by_type[entity.type].append({"s": document_id, "o": entity.id, "count": 1})
        for label, rows in _ordered(by_type, "o", "s"):
            self._create_edges("MENTIONS", "Document", label, rows)

    @staticmethod
    def _evidence_row(rel: Relation, ev: Evidence) -> dict[str, Any]:
        return dict(zip(EVIDENCE_FIELDS, evidence_values(rel, ev), strict=True))

    def _merge_edge_rows(self, edges: list[tuple[EdgeKey, str]]) -> None:
        """Create the relation edges that are missing (both ends must exist); set type and modality."""
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for key, modality in edges:
            groups[key.tables].append(
                {"s": key.subject_id, "o": key.object_id, "id": key.id, "relation": key.relation, "modality": modality}
            )
        for (neo4j_type, subject_label, object_label), rows in _ordered(groups, "id"):
            self._rows(
                f"UNWIND $rows AS row MATCH (a:{subject_label} {{id: row.s}}) MATCH (b:{object_label} {{id: row.o}}) "
                f"MERGE (a)-[r:{neo4j_type} {{id: row.id}}]->(b) SET r.relation = row.relation, "
                "r.modality = row.modality",
                {"rows": rows},
            )

    def _merge_edges(self, relations: list[Relation], evidence: list[dict[str, Any]]) -> set[str]:
        """MERGE the batch's relation edges (which locks both ends) with the aggregates of the batch's own
        `evidence`, one statement per edge type; then one read (by the relation_id index) returns the ids of
        those whose stored evidence goes beyond it (another document's, another writer's), and those without
        evidence in the batch: they are refreshed once the batch's evidence is stored. A new edge is neither,
        so the store reads no evidence back and rewrites no edge for it."""
        items: dict[str, dict[str, tuple[Any, ...]]] = defaultdict(dict)
        for ev in evidence:
            item = (ev["document"], ev["start_offset"], ev["confidence"], ev["qualifiers"])
            items[ev["relation_id"]][ev["id"]] = item
        onto = ontology.load()
        rows: dict[str, tuple[tuple[str, str, str], dict[str, Any]]] = {}
        for rel in relations:  # a relation given twice: the later one sets the modality, as MERGE ... SET would
            group = (onto.relations[rel.relation].neo4j_type, rel.subject.type, rel.object.type)
            own = items.get(rel.id, {})
            row = {"s": rel.subject.id, "o": rel.object.id, "id": rel.id, "relation": rel.relation}
            rows[rel.id] = (group, row | {"modality": str(rel.modality), "evidence": sorted(own)} | figures(own))
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for group, row in rows.values():
            groups[group].append(row)
        for (neo4j_type, subject_label, object_label), group_rows in _ordered(groups, "id"):
            self._rows(
                f"UNWIND $rows AS row MATCH (a:{subject_label} {{id: row.s}}) MATCH (b:{object_label} {{id: row.o}}) "
                f"MERGE (a)-[r:{neo4j_type} {{id: row.id}}]->(b) SET r.relation = row.relation, "
                "r.modality = row.modality, r.confidence = row.confidence, r.evidence_count = row.evidence_count, "
                "r.documents = row.documents, r.qualifiers = row.qualifiers, r.evidence_ids = row.evidence_ids",
                {"rows": group_rows},
            )
        shared = {rel_id for rel_id in rows if not items.get(rel_id)}
        checks = [{"id": rel_id, "evidence": row["evidence"]} for rel_id, (_, row) in sorted(rows.items())]
        shared.update(
            found
            for (found,) in self._rows(
                "UNWIND $rows AS row MATCH (e:Evidence) USING INDEX e:Evidence(relation_id) "
                "WHERE e.relation_id = row.id AND NOT e.id IN row.evidence RETURN DISTINCT row.id",
                {"rows": checks},
            )
        )
        return shared

    def _refresh_relations(self, edges: set[EdgeKey], *, scan: bool = False) -> None:
        """Recompute each relation's aggregates from its evidence; delete relations left without any.
        `scan`: find the evidence by its `relation_id`, not by the ids the edge lists (repairs)."""
        self._write_edges([], [], {edge.id: edge for edge in edges}, set(), scan=scan)

    def _write_edges(
        self,
        relations: list[Relation],
        evidence: list[dict[str, Any]],
        affected: dict[str, EdgeKey],
        created: set[str],
        *,
        scan: bool = False,
    ) -> None:
        """Bring relation edges in line with their evidence: the batch's new `evidence` (not stored yet)
        plus what the store holds. New edges are created, changed ones get fresh aggregates, edges left
        without evidence (`affected` by a removal) are deleted."""
        keys = dict(affected)
        modality = {}
        for rel in relations:
            keys.setdefault(rel.id, _edge_key(rel))
            modality[rel.id] = str(rel.modality)
        # a relation with an end created in this batch cannot have stored evidence: no need to look
        maybe_stored = sorted(
            rel_id for rel_id, key in keys.items() if key.subject_id not in created and key.object_id not in created
        )
        items: dict[str, dict[str, tuple[Any, ...]]] = defaultdict(dict)  # by evidence id: each counts once
        stored: set[str] = set(affected)
        if maybe_stored:
            for rel_id, ev_id, document, start, confidence, qualifiers in self._stored_evidence(
                {rel_id: keys[rel_id] for rel_id in maybe_stored}, scan=scan
            ):
                items[rel_id][ev_id] = (document, start, confidence, qualifiers)
                stored.add(rel_id)
        for ev in evidence:
            item = (ev["document"], ev["start_offset"], ev["confidence"], ev["qualifiers"])
            items[ev["relation_id"]][ev["id"]] = item
        fresh: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        updates: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        deletions: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for rel_id, key in keys.items():
            group = key.tables
            row: dict[str, Any] = {"s": key.subject_id, "o": key.object_id, "id": rel_id}
            if not items.get(rel_id):
                deletions[group].append(row)
                continue
            row.update(figures(items[rel_id]))
            if rel_id in stored:
                updates[group].append(row)
            else:
                fresh[group].append(row | {"relation": key.relation, "modality": modality[rel_id]})
        match = "UNWIND $rows AS row " + EDGE_BY_ID
        for group, rows in _ordered(deletions, "id"):
            self._rows(match.format(*group) + "DELETE r", {"rows": rows})
        for group, rows in _ordered(updates, "id"):
            self._rows(
                match.format(*group) + "SET r.confidence = row.confidence, r.evidence_count = row.evidence_count, "
                "r.documents = row.documents, r.qualifiers = row.qualifiers, r.evidence_ids = row.evidence_ids",
                {"rows": rows},
            )
        for (rel_type, source, target), rows in _ordered(fresh, "id"):
            self._create_edges(rel_type, source, target, rows)

    def _stored_evidence(self, edges: dict[str, EdgeKey], *, scan: bool = False) -> list[list[Any]]:
        """(relation id, evidence id, document, start, confidence, qualifiers) of the stored evidence of
        these relations: by the `relation_id` index (Neo4j), which also sees evidence another writer stored.
        `scan` asks for every Evidence node naming the relation, whatever its edge lists (a repair)."""
        return self._rows(
            "UNWIND $ids AS i MATCH (e:Evidence) WHERE e.relation_id = i "
            "RETURN e.relation_id, e.id, e.document, e.start_offset, e.confidence, e.qualifiers",
            {"ids": sorted(edges)},
        )

    def _drop_orphans(self, entity_ids: set[str]) -> None:
        if entity_ids:
            self._rows(
                f"UNWIND $ids AS i MATCH (n:{self.entity_label}) WHERE n.id = i "
                "AND NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(n) } DETACH DELETE n",
                {"ids": sorted(entity_ids)},
            )

    def repair(
        self, *, drop_evidence: list[str], restore: list[EdgeRow], refresh: list[EdgeRow], orphans: list[str]
    ) -> None:
        with self._transaction():
            if drop_evidence:
                self._rows("MATCH (e:Evidence) WHERE e.id IN $ids DELETE e", {"ids": sorted(drop_evidence)})
            self._merge_edge_rows([(_row_key(edge), edge.modality) for edge in restore])
            self._refresh_relations({_row_key(edge) for edge in [*restore, *refresh]}, scan=True)
            self._drop_orphans(set(orphans))

    # -- reads -------------------------------------------------------------------------------------
    def footprint(self, document_ids: list[str]) -> tuple[set[str], set[str]]:
        ids = {"ids": sorted(document_ids)}
        with self._transaction(read_only=True):
            query = "MATCH (e:Evidence) WHERE e.document IN $ids RETURN DISTINCT e.relation_id"
            relations = {r[0] for r in self._rows(query, ids)}
            entities = {
                r[0] for r in self._rows("MATCH (d:Document)-[:MENTIONS]->(n) WHERE d.id IN $ids RETURN n.id", ids)
            }
        return relations, entities

    def relations_by_id(self, relation_ids: list[str]) -> list[Relation]:
        """Found from their evidence (one read, indexed on Neo4j), then each edge by its ends' primary keys."""
        if not relation_ids:
            return []
        groups: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        with self._transaction(read_only=True):
            for (node,) in self._rows(
                "MATCH (e:Evidence) WHERE e.relation_id IN $ids RETURN e ORDER BY e.document, e.start_offset",
                {"ids": sorted(set(relation_ids))},
            ):
                evidence[node["relation_id"]].append(_evidence(node))
                neo4j_type = ontology.load().relations[node["relation"]].neo4j_type
                group = (neo4j_type, node["subject_type"], node["object_type"])
                groups[group][node["relation_id"]] = {
                    "id": node["relation_id"],
                    "s": node["subject_id"],
                    "o": node["object_id"],
                }
            rows: list[list[Any]] = []
            for (neo4j_type, subject_label, object_label), found in groups.items():
                rows += self._rows(
                    "UNWIND $rows AS row " + EDGE_BY_ID.format(neo4j_type, subject_label, object_label) + " "
                    f"RETURN a, {self.label('a')}, r, {self.rel_type('r')}, b, {self.label('b')}",
                    {"rows": list(found.values())},
                )
        return [_relation(row, evidence[row[2]["id"]]) for row in rows]

    def entities_by_id(self, entity_ids: list[str]) -> list[Entity]:
        classes = ontology.load().classes
        by_label: dict[str, list[str]] = defaultdict(list)
        for entity_id in set(entity_ids):
            prefix = entity_id.split(":", 1)[0]
            for label in [c for c in classes if c.lower() == prefix] or list(classes):
                by_label[label].append(entity_id)
        found: list[Entity] = []
        with self._transaction(read_only=True):
            for label, ids in by_label.items():
                rows = self._rows(f"MATCH (n:{label}) WHERE n.id IN $ids RETURN n", {"ids": sorted(ids)})
                found += [_entity(row[0], label) for row in rows]
        return found

    def audit(self) -> StoreAudit:
        entity = self.entity_label
        with self._transaction(read_only=True):
            edges = [
                replace(
                    _edge_row(row[:7]),
                    evidence_count=int(row[7] or 0),
                    documents=tuple(row[8] or ()),
                    confidence=float(row[9] or 0.0),
                    qualifiers=row[10] or "{}",
                    evidence_ids=tuple(row[11] or ()),
                )
                for row in self._rows(
                    f"MATCH (a:{entity})-[r]->(b:{entity}) WHERE {self.rel_type('r')} <> 'MENTIONS' "
                    f"RETURN r.id, r.relation, {self.label('a')}, a.id, {self.label('b')}, b.id, r.modality, "
                    "r.evidence_count, r.documents, r.confidence, r.qualifiers, r.evidence_ids"
                )
            ]
            evidence = [
                EvidenceRow(row[0], _edge_row(row[1:8]), row[8], float(row[9]), row[10])
                for row in self._rows(
                    "MATCH (e:Evidence) RETURN e.id, e.relation_id, e.relation, e.subject_type, e.subject_id, "
                    "e.object_type, e.object_id, e.modality, e.document, e.confidence, e.qualifiers "
                    "ORDER BY e.document, e.start_offset"
                )
            ]
            documents = {row[0] for row in self._rows("MATCH (d:Document) RETURN d.id")}
            mentions = {
                row[0]: int(row[1])
                for row in self._rows(
                    f"MATCH (n:{entity}) OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n) RETURN n.id, count(d)"
                )
            }
        return StoreAudit(edges, evidence, documents, mentions)

    def entity(self, entity_id: str) -> EntityRecord | None:
        with self._transaction(read_only=True):
            label = self._label_of(entity_id)
            rows = self._rows(
                f"MATCH (n:{label}) WHERE n.id = $id "
                "OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n) "
                f"RETURN n, {self.label('n')}, count(DISTINCT d)",
                {"id": entity_id},
            )
            if not rows:
                return None
            degree = self._rows(
                f"MATCH (n:{label})-[r]-(m) WHERE n.id = $id AND {self.rel_type('r')} <> 'MENTIONS' "
                "RETURN count(DISTINCT r.id)",
                {"id": entity_id},
            )
        node, label, documents = rows[0]
        return EntityRecord(_entity(node, label), int(degree[0][0]) if degree else 0, int(documents))

    def has_entity(self, entity_id: str) -> bool:
        with self._transaction(read_only=True):
            label = self._label_of(entity_id)
            return label != self.entity_label or bool(
                self._rows(f"MATCH (n:{label}) WHERE n.id = $id RETURN n.id", {"id": entity_id})
            )

    def search_entities(
        self, query: str | None = None, type_: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Entity]:
        labels = [ontology.load().entity_class(type_).name] if type_ else list(ontology.load().classes)
        needle = (query or "").lower()
        found: list[Entity] = []
        with self._transaction(read_only=True):
            for label in labels:
                for (node,) in self._rows(
                    f"MATCH (n:{label}) WITH n, $q AS q WHERE q = '' OR {self.lower('n.name')} CONTAINS q "
                    f"OR any(a IN n.aliases WHERE {self.lower('a')} CONTAINS q) RETURN n ORDER BY n.name",
                    {"q": needle},
                ):
                    found.append(_entity(node, label))
        found.sort(key=lambda e: (e.name.lower() != needle, not e.name.lower().startswith(needle), e.name))
        return found[offset : offset + limit]

    def relations(self, where: RelationFilter, limit: int = 50, offset: int = 0) -> list[Relation]:
        """Relations matching `where`, by confidence (highest first) then id, with their evidence.

        A lookup anchored on an entity reads that entity's edges only and orders them here: a sort in
        the engine (TOP_K over whole nodes) cost more than the lookup itself. "Either end" runs as two
        directed lookups, since `a.id = $x OR b.id = $x` cannot use the id index and scans every edge.
        Rows are plain values (edge and end properties), cheaper to return than whole nodes and edges;
        the anchor's class is looked up by key first (`_label_of`)."""
        clauses, params = self._relation_clauses(where)
        # (subject end, object end, extra clause) per directed lookup: the entity ids anchoring each end
        anchors: list[tuple[str | None, str | None, str]] = []
        if where.entity and where.direction not in ("out", "in"):
            anchors = [(where.entity, where.object, "a.id = $entity"), (where.subject, where.entity, "b.id = $entity")]
        elif where.subject or where.object or where.entity:
            out = where.entity if where.direction == "out" else None
            into = where.entity if where.direction == "in" else None
            anchors = [(where.subject or out, where.object or into, "")]
        edge = f"r:{params['type']}" if where.relation else "r"
        columns = f"RETURN {self._relation_columns()}"
        with self._transaction(read_only=True):
            if anchors:
                found: dict[str, list[Any]] = {}
                for subject, object_, extra in anchors:
                    a, b = self._label_of(subject), self._label_of(object_)
                    query = f"MATCH (a:{a})-[{edge}]->(b:{b}) WHERE " + " AND ".join(filter(None, [*clauses, extra]))
                    found.update((row[0], row) for row in self._rows(f"{query} {columns}", params))
                rows = sorted(found.values(), key=lambda row: (-(row[3] or 0.0), row[0]))
                rows = rows[offset : offset + limit]
            else:
                params["stop"] = offset + limit  # no SKIP: LadybugDB 0.22 crashes on a large SKIP after ORDER BY
                match = f"MATCH (a:{self.entity_label})-[{edge}]->(b:{self.entity_label}) WHERE "
                query = match + " AND ".join(clauses) + f" {columns} ORDER BY r.confidence DESC, r.id LIMIT $stop"
                rows = self._rows(query, params)[offset:]
            return self._with_evidence(rows)

    def _label_of(self, entity_id: str | None) -> str:
        """The class holding `entity_id` when its id prefix names it (`organization:...`) and it is there,
        else the label of every entity. One primary-key lookup: a pattern over every class table made
        the engine scan them all to find one node."""
        if entity_id is not None:
            prefix = entity_id.split(":", 1)[0]
            for cls in ontology.load().classes:
                if cls.lower() == prefix and self._rows(f"MATCH (n:{cls} {{id: $id}}) RETURN n.id", {"id": entity_id}):
                    return cls
        return self.entity_label

    def _scan_clauses(self, where: RelationFilter) -> tuple[list[str], dict[str, Any]]:
        """`_relation_clauses` with "either end" of `entity` as one condition, for reads that scan anyway."""
        clauses, params = self._relation_clauses(where)
        if where.entity and where.direction not in ("out", "in"):
            clauses.append("(a.id = $entity OR b.id = $entity)")
        return clauses, params

    def _relation_clauses(self, where: RelationFilter) -> tuple[list[str], dict[str, Any]]:
        """WHERE clauses over `(a)-[r]->(b)` and their parameters; "either end" of `entity` is left out."""
        clauses, params = [f"{self.rel_type('r')} <> 'MENTIONS'"], dict[str, Any]()
        if where.relation:
            clauses.append(f"{self.rel_type('r')} = $type")
            params["type"] = ontology.load().relation(where.relation).neo4j_type
        if where.subject:
            clauses.append("a.id = $subject")
            params["subject"] = where.subject
        if where.object:
            clauses.append("b.id = $object")
            params["object"] = where.object
        if where.entity:
            params["entity"] = where.entity
            if where.direction in ("out", "in"):
                clauses.append("a.id = $entity" if where.direction == "out" else "b.id = $entity")
        if where.modality:
            clauses.append("r.modality = $modality")
            params["modality"] = Modality(where.modality).value
        if where.min_confidence is not None:
            clauses.append("r.confidence >= $min_confidence")
            params["min_confidence"] = where.min_confidence
        if where.document:
            clauses.append("$document IN r.documents")
            params["document"] = where.document
        if where.since or where.until:
            dated = self._published_between(where.since, where.until)
            # (no document in the range: no relation; an empty list parameter has no element type to bind)
            clauses.append(self.lists_overlap("r.documents", "$dated") if dated else "false")
            if dated:
                params["dated"] = dated
        return clauses, params

    def _published_between(self, since: str | None, until: str | None) -> list[str]:
        """The ids of the documents published in [since, until] (ISO dates compare as text)."""
        bounds = [("d.published >= $since", since), ("d.published <= $until", until)]
        condition = " AND ".join(["d.published IS NOT NULL"] + [c for c, value in bounds if value])
        with self._transaction(read_only=True):
            rows = self._rows(f"MATCH (d:Document) WHERE {condition} RETURN d.id", {"since": since, "until": until})
        return [row[0] for row in rows]

    def iter_relations(self, where: RelationFilter, page_size: int = 1000) -> Iterator[Relation]:
        """Every relation matching `where`, read a page at a time: per relation type, by keyset on the
        relationship id (`r.id > last`, an index seek in Neo4j), so each page costs about the same and
        memory holds one page. Each page is its own read transaction: not a snapshot of the whole store."""
        _check_page_size(page_size)
        clauses, params = self._scan_clauses(where)
        onto = ontology.load()
        types = (
            [onto.relation(where.relation).neo4j_type]
            if where.relation
            else sorted({rel.neo4j_type for rel in onto.relations.values()})
        )
        for neo4j_type in types:
            after = ""
            while True:
                with self._transaction(read_only=True):
                    rows = self._rows(
                        f"MATCH (a:{self.entity_label})-[r:{neo4j_type}]->(b:{self.entity_label}) "
                        f"WHERE {' AND '.join(clauses)} AND r.id > $after "
                        f"RETURN {self._relation_columns()} ORDER BY r.id LIMIT $page",
                        {**params, "after": after, "page": page_size},
                    )
                    page = self._with_evidence(rows)
                yield from page
                if len(rows) < page_size:
                    break
                after = rows[-1][0]

    def _relation_columns(self) -> str:
        """The columns `_with_evidence` reads, over `(a)-[r]->(b)`: plain values, cheaper than whole nodes."""
        ends = ", ".join(f"{v}.id, {v}.name, {v}.aliases, {v}.wikidata, {self.label(v)}" for v in "ab")
        return f"r.id, r.relation, r.modality, r.confidence, r.qualifiers, {ends}, r.evidence_ids"

    def _with_evidence(self, rows: list[list[Any]]) -> list[Relation]:
        """Relations from rows of `_relation_columns`, in their order, with their evidence (inside a transaction).

        The evidence comes by primary key from each relation's `evidence_ids`, so a page costs the same
        at any store size; an edge written before relations listed them is looked up by `relation_id`."""
        columns = ", ".join(f"e.{name}" for name in _EVIDENCE_COLUMNS)
        keys = sorted({i for row in rows for i in row[_EVIDENCE_IDS] or ()})
        unlisted = sorted({row[0] for row in rows if row[_EVIDENCE_IDS] is None})
        found = []
        if keys:
            found = self._rows(f"UNWIND $ids AS i MATCH (e:Evidence {{id: i}}) RETURN {columns}", {"ids": keys})
        if unlisted:
            found += self._rows(
                f"UNWIND $ids AS rid MATCH (e:Evidence) WHERE e.relation_id = rid RETURN {columns}", {"ids": unlisted}
            )
        evidence: dict[str, list[list[Any]]] = defaultdict(list)
        for item in found:
            evidence[item[0]].append(item)
        relations = []
        entities: dict[str, Entity] = {}  # an entity at the end of several relations is built once
        for row in rows:
            items = sorted(evidence.get(row[0], []), key=lambda e: (e[1], e[3], e[4], e[2]))
            listed = [_evidence(dict(zip(_EVIDENCE_COLUMNS, item, strict=True))) for item in items]
            relations.append(_relation_from_columns(row, listed, entities))
        return relations

    def documents(self, limit: int = 50, offset: int = 0) -> list[Document]:
        with self._transaction(read_only=True):
            rows = self._rows("MATCH (d:Document) RETURN d ORDER BY d.id LIMIT $stop", {"stop": offset + limit})
        return [_document(row[0]) for row in rows[offset:]]

    def iter_documents(self, page_size: int = 1000) -> Iterator[Document]:
        """Every document once, by id, a page at a time."""
        yield from (_document(node) for node in self._nodes_by_id("Document", page_size))

    def iter_entities(self, page_size: int = 1000) -> Iterator[Entity]:
        """Every entity once, class by class and by id within a class, a page at a time."""
        for label in ontology.load().classes:
            yield from (_entity(node, label) for node in self._nodes_by_id(label, page_size))

    def _nodes_by_id(self, label: str, page_size: int) -> Iterator[dict[str, Any]]:
        """The nodes of one label in id order, each page read after the last id seen (no offset to skip)."""
        _check_page_size(page_size)
        after = ""
        while True:
            with self._transaction(read_only=True):
                rows = self._rows(
                    f"MATCH (n:{label}) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $n",
                    {"after": after, "n": page_size},
                )
            yield from (row[0] for row in rows)
            if len(rows) < page_size:
                return
            after = rows[-1][0]["id"]

    def extraction(self, document_id: str) -> Extraction | None:
        """What the store holds from one document, in the shape an extractor gives (for sync and export)."""
        document = self.document(document_id)
        if document is None:
            return None
        with self._transaction(read_only=True):
            rows = self._rows(
                f"MATCH (:Document {{id: $d}})-[:MENTIONS]->(n) RETURN n, {self.label('n')}", {"d": document_id}
            )
        entities = [_entity(node, label) for node, label in rows]
        relations = []
        for relation in self.relations(RelationFilter(document=document_id), limit=10**9):
            own = [e for e in relation.evidence if e.document == document_id]
            relations.append(relation.model_copy(update={"evidence": own}))
        return Extraction(document=document, entities=entities, relations=relations)

    def document(self, document_id: str) -> Document | None:
        with self._transaction(read_only=True):
            rows = self._rows("MATCH (d:Document {id: $id}) RETURN d", {"id": document_id})
        return _document(rows[0][0]) if rows else None

    def stats(self) -> dict[str, Any]:
        onto = ontology.load()
        with self._transaction(read_only=True):
            entities = {cls: int(self._rows(f"MATCH (n:{cls}) RETURN count(n)")[0][0]) for cls in onto.classes}
            relations = {
                rel.id: int(self._rows(f"MATCH ()-[r:{rel.neo4j_type}]->() RETURN count(r)")[0][0])
                for rel in onto.relations.values()
            }
            documents = int(self._rows("MATCH (d:Document) RETURN count(d)")[0][0])
            evidence = int(self._rows("MATCH (e:Evidence) RETURN count(e)")[0][0])
        return {
            "store": self.uri,
            "documents": documents,
            "entities": entities,
            "relations": relations,
            "evidence": evidence,
            "entity_total": sum(entities.values()),
            "relation_total": sum(relations.values()),
        }


def figures(items: dict[str, tuple[Any, ...]]) -> dict[str, Any]:
    """A relation edge's aggregates from its evidence items by id: (document, start, confidence, qualifiers)."""
    ordered = sorted(items.values(), key=lambda item: (item[0], item[1]))
    result = aggregates([(item[0], float(item[2]), item[3]) for item in ordered])
    result["evidence_count"] = result.pop("count")
    result["evidence_ids"] = sorted(items)
    return result


def _edge_row(row: list[Any]) -> EdgeRow:
    """An edge from [id, relation, subject type, subject id, object type, object id(, modality)]."""
    return EdgeRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6] if len(row) > 6 else "")


def _row_key(edge: EdgeRow) -> EdgeKey:
    return EdgeKey(edge.id, edge.relation, edge.subject_type, edge.subject_id, edge.object_type, edge.object_id)


def _check_page_size(page_size: int) -> None:
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")


def _entity(node: dict[str, Any], label: str) -> Entity:
    return Entity(
        id=node["id"], name=node["name"], type=label, aliases=node.get("aliases") or [], wikidata=node.get("wikidata")
    )


def _evidence(node: dict[str, Any]) -> Evidence:
    def span(start: int | None, end: int | None) -> Span | None:
        if start is None or end is None or start < 0 or end < 0:  # -1 marks "no span" (typed columns)
            return None
        return Span(start=start, end=end)

    return Evidence(
        document=node["document"],
        text=node["text"],
        start=node["start_offset"],
        end=node["end_offset"],
        extractor=node["extractor"],
        subject_span=span(node.get("subject_start"), node.get("subject_end")),
        object_span=span(node.get("object_start"), node.get("object_end")),
        qualifiers=json.loads(node.get("qualifiers") or "{}"),
        modality=Modality(node["modality"]),
        confidence=node["confidence"],
        page=node["page"] if (node.get("page") or -1) > 0 else None,  # -1 (or absent, on Neo4j): no page
    )


def _relation(row: list[Any], evidence: list[Evidence]) -> Relation:
    a, a_label, r, _type, b, b_label = row
    return Relation(
        id=r["id"],
        subject=_entity(a, a_label),
        relation=r["relation"],
        object=_entity(b, b_label),
        qualifiers=json.loads(r.get("qualifiers") or "{}"),
        modality=Modality(r["modality"]),
        confidence=min(1.0, r.get("confidence") or 0.0),
        evidence=evidence,
    )


def _relation_from_columns(row: list[Any], evidence: list[Evidence], entities: dict[str, Entity]) -> Relation:
    """A relation from a row of `CypherStore._relation_columns` (extra columns after them are ignored);
    its ends are taken from, or added to, `entities` (by id)."""
    ends = []
    for start in (5, 10):
        entity = entities.get(row[start])
        if entity is None:
            node = dict(zip(("id", "name", "aliases", "wikidata"), row[start : start + 4], strict=True))
            entity = entities[row[start]] = _entity(node, row[start + 4])
        ends.append(entity)
    return Relation(
        id=row[0],
        subject=ends[0],
        relation=row[1],
        object=ends[1],
        qualifiers=json.loads(row[4] or "{}"),
        modality=Modality(row[2]),
        confidence=min(1.0, row[3] or 0.0),
        evidence=evidence,
    )


def _document(node: dict[str, Any]) -> Document:
    return Document(
        id=node["id"],
        text=node["text"] or "",
        title=node.get("title"),
        uri=node.get("uri"),
        published=node.get("published"),
        language=node.get("language"),
        format=node.get("format") or "text",
        metadata=json.loads(node.get("metadata") or "{}"),
    )
