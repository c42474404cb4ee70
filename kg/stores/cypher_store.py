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
from typing import Any, NamedTuple

import ontology
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation, Span

from .protocol import CypherResult, EntityRecord, RelationFilter, WriteSummary


class EdgeKey(NamedTuple):
    """Where a relation edge is: its id, type and both ends (so that it is found by primary keys)."""

    id: str
    relation: str
    subject_type: str
    subject_id: str
    object_type: str
    object_id: str


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

    def merged_aliases(self, current: str, new: str) -> str:
        return f"{current} + [a IN {new} WHERE NOT a IN {current}]"

    # -- writes ------------------------------------------------------------------------------------
    def write(self, extraction: Extraction) -> WriteSummary:
        """Store one document's facts in one transaction, replacing what that document said before."""
        return self.write_many([extraction])[0]

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary]:
        """Store several documents in one transaction (all or none), with a constant number of queries."""
        latest = {e.document.id: e for e in extractions}  # the last version of a document in a batch wins
        summaries = {doc_id: WriteSummary(document=doc_id) for doc_id in latest}
        with self._transaction():
            existing = {
                r[0] for r in self._rows("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id", {"ids": sorted(latest)})
            }
            if existing:
                old: dict[str, set[str]] = defaultdict(set)
                for doc_id, ev_id in self._rows(
                    "MATCH (e:Evidence) WHERE e.document IN $ids RETURN e.document, e.id", {"ids": sorted(existing)}
                ):
                    old[doc_id].add(ev_id)
                for doc_id in existing:
                    new = {self._evidence_row(r, ev)["id"] for r in latest[doc_id].relations for ev in r.evidence}
                    if old[doc_id] == new:
                        summaries[doc_id].unchanged = True
                        del latest[doc_id]
                    else:
                        summaries[doc_id].replaced = True
            if latest:
                self._write_documents(list(latest.values()), existing & set(latest), summaries)
        return list(summaries.values())

    def _write_documents(self, batch: list[Extraction], replaced: set[str], summaries: dict[str, WriteSummary]) -> None:
        affected, mentioned = self._forget_documents(sorted(replaced)) if replaced else (set(), set())
        self._upsert_documents([e.document for e in batch])
        entities: dict[str, Entity] = {}
        mentions: list[tuple[str, Entity]] = []
        for extraction in batch:
            own = {e.id: e for e in extraction.entities}
            for rel in extraction.relations:
                own.setdefault(rel.subject.id, rel.subject)
                own.setdefault(rel.object.id, rel.object)
            for entity in own.values():
                entities.setdefault(entity.id, entity)
                mentions.append((extraction.document.id, entity))
            summary = summaries[extraction.document.id]
            summary.entities, summary.relations = len(own), len(extraction.relations)
            summary.evidence = sum(len(r.evidence) for r in extraction.relations)
        relations = [r for e in batch for r in e.relations]
        self._upsert_entities(list(entities.values()))
        self._link_mentions(mentions)
        self._insert_evidence([self._evidence_row(rel, ev) for rel in relations for ev in rel.evidence])
        self._merge_edges(relations)
        affected |= {_edge_key(rel) for rel in relations}
        self._refresh_relations(affected)
        self._drop_orphans(mentioned - set(entities))

    def delete_document(self, document_id: str) -> bool:
        with self._transaction():
            if not self._rows("MATCH (d:Document {id: $id}) RETURN d.id", {"id": document_id}):
                return False
            affected, mentioned = self._forget_documents([document_id])
            self._rows("MATCH (d:Document {id: $id}) DETACH DELETE d", {"id": document_id})
            self._refresh_relations(affected)
            self._drop_orphans(mentioned)
        return True

    def _forget_documents(self, document_ids: list[str]) -> tuple[set[EdgeKey], set[str]]:
        """Remove documents' evidence and mentions; return the relations and entities they touched."""
        ids = {"ids": document_ids}
        affected = {
            EdgeKey(*row)
            for row in self._rows(
                "MATCH (e:Evidence) WHERE e.document IN $ids RETURN DISTINCT e.relation_id, e.relation, "
                "e.subject_type, e.subject_id, e.object_type, e.object_id",
                ids,
            )
        }
        mentioned = {
            r[0] for r in self._rows("MATCH (d:Document)-[:MENTIONS]->(n) WHERE d.id IN $ids RETURN n.id", ids)
        }
        self._rows("MATCH (e:Evidence) WHERE e.document IN $ids DELETE e", ids)
        self._rows("MATCH (d:Document)-[m:MENTIONS]->() WHERE d.id IN $ids DELETE m", ids)
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
            for d in documents
        ]
        self._rows(
            "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d.title = row.title, d.uri = row.uri, "
            "d.published = row.published, d.language = row.language, d.format = row.format, d.text = row.text, "
            "d.metadata = row.metadata",
            {"rows": rows},
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

    def _link_mentions(self, mentions: list[tuple[str, Entity]]) -> None:
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for document_id, entity in mentions:
            by_type[entity.type].append({"d": document_id, "e": entity.id})
        for label, rows in by_type.items():
            self._rows(
                f"UNWIND $rows AS row MATCH (d:Document {{id: row.d}}) MATCH (n:{label} {{id: row.e}}) "
                "MERGE (d)-[m:MENTIONS]->(n) SET m.count = 1",
                {"rows": rows},
            )

    @staticmethod
    def _evidence_row(rel: Relation, ev: Evidence) -> dict[str, Any]:
        return {
            "id": ev.id + "-" + rel.id[4:12],
            "relation_id": rel.id,
            "relation": rel.relation,
            "subject_type": rel.subject.type,
            "subject_id": rel.subject.id,
            "object_type": rel.object.type,
            "object_id": rel.object.id,
            "document": ev.document,
            "text": ev.text,
            "start_offset": ev.start,
            "end_offset": ev.end,
            "subject_start": ev.subject_span.start if ev.subject_span else -1,
            "subject_end": ev.subject_span.end if ev.subject_span else -1,
            "object_start": ev.object_span.start if ev.object_span else -1,
            "object_end": ev.object_span.end if ev.object_span else -1,
            "extractor": ev.extractor,
            "modality": str(ev.modality),
            "confidence": ev.confidence,
            "qualifiers": json.dumps(ev.qualifiers, sort_keys=True),
        }

    def _insert_evidence(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # the documents' earlier evidence was removed first, and ids are unique per document: CREATE is safe
        unique = list({row["id"]: row for row in rows}.values())
        fields = ", ".join(f"{key}: row.{key}" for key in rows[0])
        self._rows(f"UNWIND $rows AS row CREATE (e:Evidence {{{fields}}})", {"rows": unique})

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
                f"UNWIND $rows AS row MATCH (a:{subject_label} {{id: row.s}}) MATCH (b:{object_label} {{id: row.o}}) "
                f"MERGE (a)-[r:{neo4j_type} {{id: row.id}}]->(b) SET r.relation = row.relation, "
                "r.modality = row.modality",
                {"rows": rows},
            )

    def _refresh_relations(self, edges: set[EdgeKey]) -> None:
        """Recompute each relation's aggregates from its evidence; delete relations left without any."""
        if not edges:
            return
        evidence: dict[str, list[list[Any]]] = defaultdict(list)
        for found in self._rows(
            "MATCH (e:Evidence) WHERE e.relation_id IN $ids "
            "RETURN e.relation_id, e.document, e.confidence, e.qualifiers ORDER BY e.document, e.start_offset",
            {"ids": sorted({edge.id for edge in edges})},
        ):
            evidence[found[0]].append(found)
        updates: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        deletions: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for edge in edges:
            group = (ontology.load().relations[edge.relation].neo4j_type, edge.subject_type, edge.object_type)
            row: dict[str, Any] = {"id": edge.id, "s": edge.subject_id, "o": edge.object_id}
            items = evidence.get(edge.id)
            if not items:
                deletions[group].append(row)
                continue
            qualifiers: dict[str, Any] = {}
            missing = 1.0
            for item in items:
                qualifiers.update(json.loads(item[3]))
                missing *= 1.0 - float(item[2])
            row.update(
                confidence=round(1.0 - missing, 4),
                count=len(items),
                documents=sorted({item[1] for item in items}),
                qualifiers=json.dumps(qualifiers, sort_keys=True),
            )
            updates[group].append(row)
        match = "UNWIND $rows AS row MATCH (a:{1} {{id: row.s}})-[r:{0}]->(b:{2}) WHERE b.id = row.o AND r.id = row.id "
        for group, rows in deletions.items():
            self._rows(match.format(*group) + "DELETE r", {"rows": rows})
        for group, rows in updates.items():
            self._rows(
                match.format(*group) + "SET r.confidence = row.confidence, r.evidence_count = row.count, "
                "r.documents = row.documents, r.qualifiers = row.qualifiers",
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

    def has_entity(self, entity_id: str) -> bool:
        with self._transaction(read_only=True):
            return bool(self._rows(f"MATCH (n:{self.entity_label}) WHERE n.id = $id RETURN n.id", {"id": entity_id}))

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
        Edges come with their ends' ids; the end nodes are then fetched by key."""
        clauses, params = self._relation_clauses(where)
        anchors = []
        if where.entity and where.direction not in ("out", "in"):
            anchors = [[*clauses, "a.id = $entity"], [*clauses, "b.id = $entity"]]
        elif where.subject or where.object or where.entity:
            anchors = [clauses]
        match = f"MATCH (a:{self.entity_label})-[r]->(b:{self.entity_label}) WHERE "
        columns = f"RETURN a.id, {self.label('a')}, r, {self.rel_type('r')}, b.id, {self.label('b')}"
        with self._transaction(read_only=True):
            if anchors:
                found = {
                    row[2]["id"]: row
                    for anchor in anchors
                    for row in self._rows(match + " AND ".join(anchor) + " " + columns, params)
                }
                rows = sorted(found.values(), key=lambda row: (-(row[2].get("confidence") or 0.0), row[2]["id"]))
                rows = rows[offset : offset + limit]
            else:
                params["stop"] = offset + limit  # no SKIP: LadybugDB 0.22 crashes on a large SKIP after ORDER BY
                query = match + " AND ".join(clauses) + f" {columns} ORDER BY r.confidence DESC, r.id LIMIT $stop"
                rows = self._rows(query, params)[offset:]
            nodes = self._nodes_by_id([(row[0], row[1]) for row in rows] + [(row[4], row[5]) for row in rows])
            evidence = self._evidence_for([row[2]["id"] for row in rows])
        return [
            _relation([nodes[a], a_label, r, kind, nodes[b], b_label], evidence.get(r["id"], []))
            for a, a_label, r, kind, b, b_label in rows
        ]

    def _nodes_by_id(self, wanted: list[tuple[str, str]]) -> dict[str, dict[str, Any]]:
        """Entity nodes by (id, class), one primary-key lookup per class: returning whole nodes from a
        multi-class pattern made the engine scan every entity table."""
        by_label: dict[str, set[str]] = defaultdict(set)
        for node_id, label in wanted:
            by_label[label].add(node_id)
        found: dict[str, dict[str, Any]] = {}
        for label, ids in by_label.items():
            for (node,) in self._rows(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n", {"ids": sorted(ids)}):
                found[node["id"]] = node
        return found

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
        return clauses, params

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
            rows = self._rows("MATCH (d:Document) RETURN d ORDER BY d.id LIMIT $stop", {"stop": offset + limit})
        return [_document(row[0]) for row in rows[offset:]]

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
