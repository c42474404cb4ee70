"""Store logic shared by the Cypher backends (LadybugDB, Neo4j): one algorithm, small dialect hooks.

Evidence is the source of truth: a relation edge holds aggregates of its evidence (confidence,
qualifiers, documents) and goes when its last evidence goes; an entity goes when no document
mentions it any more. Each document is written in one transaction.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import defaultdict
from contextlib import AbstractContextManager
from typing import Any

import ontology
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation, Span

from .protocol import CypherResult, EntityRecord, RelationFilter, WriteSummary


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

    def merged_aliases(self, current: str, new: str) -> str:
        return f"{current} + [a IN {new} WHERE NOT a IN {current}]"

    # -- writes ------------------------------------------------------------------------------------
    def write(self, extraction: Extraction) -> WriteSummary:
        """Store one document's facts in one transaction, replacing what that document said before."""
        document = extraction.document
        summary = WriteSummary(document=document.id)
        with self._transaction():
            existed = bool(self._rows("MATCH (d:Document {id: $id}) RETURN d.id", {"id": document.id}))
            if existed:
                old = {r[0] for r in self._rows("MATCH (e:Evidence {document: $d}) RETURN e.id", {"d": document.id})}
                new = {self._evidence_row(rel, ev)["id"] for rel in extraction.relations for ev in rel.evidence}
                if old == new:
                    summary.unchanged = True
                    return summary
                summary.replaced = True
            affected, mentioned = self._forget_document(document.id)
            self._upsert_document(document)
            entities = {e.id: e for e in extraction.entities}
            for rel in extraction.relations:
                entities.setdefault(rel.subject.id, rel.subject)
                entities.setdefault(rel.object.id, rel.object)
            self._upsert_entities(list(entities.values()))
            self._link_mentions(document.id, list(entities.values()))
            evidence_rows = [self._evidence_row(rel, ev) for rel in extraction.relations for ev in rel.evidence]
            self._insert_evidence(evidence_rows)
            self._merge_edges(extraction.relations)
            affected |= {rel.id for rel in extraction.relations}
            self._refresh_relations(affected)
            self._drop_orphans(mentioned - set(entities))
            summary.entities, summary.relations, summary.evidence = (
                len(entities),
                len(extraction.relations),
                len(evidence_rows),
            )
        return summary

    def delete_document(self, document_id: str) -> bool:
        with self._transaction():
            if not self._rows("MATCH (d:Document {id: $id}) RETURN d.id", {"id": document_id}):
                return False
            affected, mentioned = self._forget_document(document_id)
            self._rows("MATCH (d:Document {id: $id}) DETACH DELETE d", {"id": document_id})
            self._refresh_relations(affected)
            self._drop_orphans(mentioned)
        return True

    def _forget_document(self, document_id: str) -> tuple[set[str], set[str]]:
        """Remove a document's evidence and mentions; return the relations and entities they touched."""
        affected = {
            r[0]
            for r in self._rows("MATCH (e:Evidence {document: $d}) RETURN DISTINCT e.relation_id", {"d": document_id})
        }
        mentioned = {
            r[0] for r in self._rows("MATCH (:Document {id: $d})-[:MENTIONS]->(n) RETURN n.id", {"d": document_id})
        }
        self._rows("MATCH (e:Evidence {document: $d}) DELETE e", {"d": document_id})
        self._rows("MATCH (:Document {id: $d})-[m:MENTIONS]->() DELETE m", {"d": document_id})
        return affected, mentioned

    def _upsert_document(self, document: Document) -> None:
        self._rows(
            "MERGE (d:Document {id: $id}) SET d.title = $title, d.uri = $uri, d.published = $published, "
            "d.language = $language, d.format = $format, d.text = $text, d.metadata = $metadata",
            {
                "id": document.id,
                "title": document.title,
                "uri": document.uri,
                "published": document.published,
                "language": document.language,
                "format": document.format,
                "text": document.text,
                "metadata": json.dumps(document.metadata),
            },
        )

    def _upsert_entities(self, entities: list[Entity]) -> None:
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entity in entities:
            by_type[entity.type].append(
                {"id": entity.id, "name": entity.name, "aliases": entity.aliases, "wikidata": entity.wikidata}
            )
        for label, rows in by_type.items():
            self._rows(
                f"UNWIND $rows AS row MERGE (n:{self.node_labels(label)} {{id: row.id}}) "
                "ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.wikidata = row.wikidata "
                f"ON MATCH SET n.aliases = {self.merged_aliases('n.aliases', 'row.aliases')}",
                {"rows": rows},
            )

    def _link_mentions(self, document_id: str, entities: list[Entity]) -> None:
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entity in entities:
            by_type[entity.type].append({"e": entity.id})
        for label, rows in by_type.items():
            self._rows(
                f"MATCH (d:Document {{id: $d}}) UNWIND $rows AS row MATCH (n:{label} {{id: row.e}}) "
                "MERGE (d)-[m:MENTIONS]->(n) SET m.count = 1",
                {"d": document_id, "rows": rows},
            )

    @staticmethod
    def _evidence_row(rel: Relation, ev: Evidence) -> dict[str, Any]:
        return {
            "id": ev.id + "-" + rel.id[4:12],
            "relation_id": rel.id,
            "document": ev.document,
            "text": ev.text,
            "start_offset": ev.start,
            "end_offset": ev.end,
            "subject_start": ev.subject_span.start if ev.subject_span else None,
            "subject_end": ev.subject_span.end if ev.subject_span else None,
            "object_start": ev.object_span.start if ev.object_span else None,
            "object_end": ev.object_span.end if ev.object_span else None,
            "extractor": ev.extractor,
            "modality": str(ev.modality),
            "confidence": ev.confidence,
            "qualifiers": json.dumps(ev.qualifiers, sort_keys=True),
        }

    def _insert_evidence(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        assignments = ", ".join(f"e.{key} = row.{key}" for key in rows[0] if key != "id")
        self._rows(f"UNWIND $rows AS row MERGE (e:Evidence {{id: row.id}}) SET {assignments}", {"rows": rows})

    def _merge_edges(self, relations: list[Relation]) -> None:
        onto = ontology.load()
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for rel in relations:
            neo4j_type = onto.relations[rel.relation].neo4j_type
            groups[(neo4j_type, rel.subject.type, rel.object.type)].append(
                {
                    "s": rel.subject.id,
                    "o": rel.object.id,
                    "id": rel.id,
                    "relation": rel.relation,
                    "modality": str(rel.modality),
                }
            )
        for (neo4j_type, subject_label, object_label), rows in groups.items():
            self._rows(
                f"UNWIND $rows AS row MATCH (a:{subject_label} {{id: row.s}}), (b:{object_label} {{id: row.o}}) "
                f"MERGE (a)-[r:{neo4j_type} {{id: row.id}}]->(b) SET r.relation = row.relation, "
                "r.modality = row.modality",
                {"rows": rows},
            )

    def _refresh_relations(self, relation_ids: set[str]) -> None:
        """Recompute each relation's aggregates from its evidence; delete relations left without any."""
        if not relation_ids:
            return
        evidence: dict[str, list[list[Any]]] = defaultdict(list)
        for row in self._rows(
            "MATCH (e:Evidence) WHERE e.relation_id IN $ids "
            "RETURN e.relation_id, e.document, e.confidence, e.qualifiers ORDER BY e.document, e.start_offset",
            {"ids": sorted(relation_ids)},
        ):
            evidence[row[0]].append(row)
        gone = sorted(relation_ids - set(evidence))
        if gone:
            self._rows("MATCH ()-[r]->() WHERE r.id IN $ids DELETE r", {"ids": gone})
        rows = []
        for rel_id, items in evidence.items():
            qualifiers: dict[str, Any] = {}
            for item in items:
                qualifiers.update(json.loads(item[3]))
            missing = 1.0
            for item in items:
                missing *= 1.0 - float(item[2])
            rows.append(
                {
                    "id": rel_id,
                    "confidence": round(1.0 - missing, 4),
                    "count": len(items),
                    "documents": sorted({item[1] for item in items}),
                    "qualifiers": json.dumps(qualifiers, sort_keys=True),
                }
            )
        if rows:
            self._rows(
                "UNWIND $rows AS row MATCH ()-[r]->() WHERE r.id = row.id SET r.confidence = row.confidence, "
                "r.evidence_count = row.count, r.documents = row.documents, r.qualifiers = row.qualifiers",
                {"rows": rows},
            )

    def _drop_orphans(self, entity_ids: set[str]) -> None:
        if entity_ids:
            self._rows(
                f"MATCH (n:{self.entity_label}) WHERE n.id IN $ids "
                "AND NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(n) } DETACH DELETE n",
                {"ids": sorted(entity_ids)},
            )

    # -- reads -------------------------------------------------------------------------------------
    def entity(self, entity_id: str) -> EntityRecord | None:
        with self._transaction(read_only=True):
            rows = self._rows(
                f"MATCH (n:{self.entity_label}) WHERE n.id = $id "
                "OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n) "
                f"RETURN n, {self.label('n')}, count(DISTINCT d)",
                {"id": entity_id},
            )
            if not rows:
                return None
            degree = self._rows(
                f"MATCH (n:{self.entity_label})-[r]-(m) WHERE n.id = $id AND {self.rel_type('r')} <> 'MENTIONS' "
                "RETURN count(DISTINCT r.id)",
                {"id": entity_id},
            )
        node, label, documents = rows[0]
        return EntityRecord(_entity(node, label), int(degree[0][0]) if degree else 0, int(documents))

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
        onto = ontology.load()
        clauses, params = [f"{self.rel_type('r')} <> 'MENTIONS'"], dict[str, Any]()
        if where.relation:
            clauses.append(f"{self.rel_type('r')} = $type")
            params["type"] = onto.relation(where.relation).neo4j_type
        if where.subject:
            clauses.append("a.id = $subject")
            params["subject"] = where.subject
        if where.object:
            clauses.append("b.id = $object")
            params["object"] = where.object
        if where.entity:
            params["entity"] = where.entity
            clauses.append(
                {"out": "a.id = $entity", "in": "b.id = $entity"}.get(
                    where.direction, "(a.id = $entity OR b.id = $entity)"
                )
            )
        if where.modality:
            clauses.append("r.modality = $modality")
            params["modality"] = Modality(where.modality).value
        if where.min_confidence is not None:
            clauses.append("r.confidence >= $min_confidence")
            params["min_confidence"] = where.min_confidence
        if where.document:
            clauses.append("$document IN r.documents")
            params["document"] = where.document
        params.update(skip=offset, limit=limit)
        query = (
            f"MATCH (a:{self.entity_label})-[r]->(b:{self.entity_label}) WHERE {' AND '.join(clauses)} "
            f"RETURN a, {self.label('a')}, r, {self.rel_type('r')}, b, {self.label('b')} "
            "ORDER BY r.confidence DESC, r.id SKIP $skip LIMIT $limit"
        )
        with self._transaction(read_only=True):
            rows = self._rows(query, params)
            ids = [row[2]["id"] for row in rows]
            evidence = self._evidence_for(ids)
        return [_relation(row, evidence.get(row[2]["id"], [])) for row in rows]

    def _evidence_for(self, relation_ids: list[str]) -> dict[str, list[Evidence]]:
        found: dict[str, list[Evidence]] = defaultdict(list)
        if not relation_ids:
            return found
        for (node,) in self._rows(
            "MATCH (e:Evidence) WHERE e.relation_id IN $ids RETURN e ORDER BY e.document, e.start_offset",
            {"ids": relation_ids},
        ):
            found[node["relation_id"]].append(_evidence(node))
        return found

    def documents(self, limit: int = 50, offset: int = 0) -> list[Document]:
        with self._transaction(read_only=True):
            rows = self._rows(
                "MATCH (d:Document) RETURN d ORDER BY d.id SKIP $skip LIMIT $limit", {"skip": offset, "limit": limit}
            )
        return [_document(row[0]) for row in rows]

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


def _entity(node: dict[str, Any], label: str) -> Entity:
    return Entity(
        id=node["id"], name=node["name"], type=label, aliases=node.get("aliases") or [], wikidata=node.get("wikidata")
    )


def _evidence(node: dict[str, Any]) -> Evidence:
    def span(start: int | None, end: int | None) -> Span | None:
        return Span(start=start, end=end) if start is not None and end is not None else None

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
