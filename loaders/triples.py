"""Known facts as RDF (Turtle, JSON-LD) in the ontology's terms, turned into an Extraction.

Two shapes are read, alone or together:
- plain triples `<a> kg:invests-in <b>`, the entities named by rdfs:label and typed by an ontology class;
- statement nodes as `kg export --format turtle|jsonld` writes them (a kg:Statement with kg:subject,
  kg:relation, kg:object and optionally kg:modality, kg:confidence, kg:qualifiers), which also carry
  relations in other modalities than `asserted`.
Each relation's evidence is the file, at the place that states it (a line or a node index).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pydantic import ValidationError as PydanticError
from rdflib import OWL, RDF, RDFS, BNode, Graph, URIRef
from rdflib.term import Node

import ontology
from kg.errors import KGError, LoaderError
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation

from .tabular import _entity

KG = ontology.KG
WIKIDATA = "http://www.wikidata.org/entity/"
# Predicates that describe entities, statements, evidence or documents rather than state a relation.
STRUCTURAL = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    OWL.sameAs,
    *(KG[name] for name in ("alias", "subject", "relation", "object", "modality", "confidence", "qualifiers")),
    *(KG[name] for name in ("evidence", "document", "text", "start", "end", "uri")),
}
STATEMENT_PARTS = (KG.subject, KG.relation, KG.object, KG.modality, KG.confidence, KG.qualifiers)

Triple = tuple[Node, Node, Node]
# Where a set of triples is stated: (start, end) offsets into the file text and the qualifiers naming the place.
Locate = Callable[[list[Triple]], tuple[int, int, dict[str, Any]]]


def _show(graph: Graph, triple: Triple) -> str:
    return " ".join(term.n3(graph.namespace_manager) for term in triple)


class _Facts:
    """Reads the relations of one parsed graph; every error names the file, the place and the triple."""

    def __init__(self, path: Path, graph: Graph, locate: Locate):
        self.path, self.graph, self.locate = path, graph, locate
        self.onto = ontology.load()
        self.by_iri = {rel.iri: rel for rel in self.onto.relations.values()}
        self.classes = {cls.iri: cls.name for cls in self.onto.classes.values()}

    def fail(self, triples: list[Triple], reason: str) -> LoaderError:
        _, _, place = self.locate(triples)
        where = ", ".join(f"{key} {value}" for key, value in place.items())
        shown = triples[0]
        if shown[1] == RDF.type and shown[2] == KG.Statement:  # show what the statement states
            s, p, o = (self.graph.value(shown[0], part) for part in STATEMENT_PARTS[:3])
            shown = (s, p, o) if s is not None and p is not None and o is not None else shown
        return LoaderError(f"{self.path}: {where}: {reason} ({_show(self.graph, shown)})")

    def entity(self, node: Node, allowed: tuple[str, ...], triples: list[Triple]) -> Entity:
        label = self.graph.value(node, RDFS.label)
        if label is not None:
            name = str(label).strip()
        elif isinstance(node, URIRef) and not str(node).startswith(ontology.ENTITY_BASE):
            name = unquote(str(node).rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        else:
            raise self.fail(triples, f"{node.n3(self.graph.namespace_manager)} has no rdfs:label")
        types = []
        for type_node in self.graph.objects(node, RDF.type):
            if str(type_node) in self.classes:
                types.append(self.classes[str(type_node)])
            elif str(type_node).startswith(str(KG)) and type_node not in (KG.Statement, KG.Evidence, KG.Document):
                raise self.fail(triples, f"unknown entity type {type_node.n3(self.graph.namespace_manager)}")
        fitting = [t for t in types if t in allowed] or types
        if not fitting:
            return _entity(name, None, allowed)
        aliases = sorted(str(a) for a in self.graph.objects(node, KG.alias))
        same = [str(s)[len(WIKIDATA) :] for s in self.graph.objects(node, OWL.sameAs) if str(s).startswith(WIKIDATA)]
        return Entity(name=name, type=fitting[0], aliases=aliases, wikidata=same[0] if same else None)

    def relation(
        self, document: Document, triples: list[Triple], subject: Node, predicate: Node, obj: Node, **extra: Any
    ) -> Relation:
        rel = self.by_iri.get(str(predicate))
        if rel is None:
            known = ", ".join(f"kg:{r}" for r in self.onto.relations)
            raise self.fail(triples, f"unknown relation {predicate.n3(self.graph.namespace_manager)}; known: {known}")
        modality = Modality(extra.get("modality") or "asserted")
        confidence = float(extra.get("confidence", 1.0))
        qualifiers: dict[str, Any] = extra.get("qualifiers") or {}
        start, end, place = self.locate(triples)
        evidence = Evidence(
            document=document.id,
            text=document.text[start:end],
            start=start,
            end=end,
            extractor="facts",
            qualifiers={**qualifiers, **place},
            modality=modality,
            confidence=confidence,
        )
        return Relation(
            subject=self.entity(subject, rel.domain, triples),
            relation=rel.id,
            object=self.entity(obj, rel.range, triples),
            qualifiers=qualifiers,
            modality=modality,
            confidence=confidence,
            evidence=[evidence],
        )

    def statement_triples(self, node: Node) -> list[Triple]:
        return [
            (node, RDF.type, KG.Statement),
            *((node, p, o) for p in STATEMENT_PARTS for o in self.graph.objects(node, p)),
        ]

    def statement(self, document: Document, node: Node) -> Relation:
        triples = self.statement_triples(node)
        parts = {p: self.graph.value(node, p) for p in STATEMENT_PARTS}
        missing = [p.n3(self.graph.namespace_manager) for p in STATEMENT_PARTS[:3] if parts[p] is None]
        if missing:
            raise self.fail(triples, f"statement without {', '.join(missing)}")
        extra: dict[str, Any] = {}
        if parts[KG.modality] is not None:
            extra["modality"] = str(parts[KG.modality])
        if parts[KG.confidence] is not None:
            extra["confidence"] = str(parts[KG.confidence])
        if parts[KG.qualifiers] is not None:
            extra["qualifiers"] = json.loads(str(parts[KG.qualifiers]))
            if not isinstance(extra["qualifiers"], dict):
                raise ValueError("kg:qualifiers is not a JSON object")
        subject, predicate, obj = parts[KG.subject], parts[KG.relation], parts[KG.object]
        assert subject is not None and predicate is not None and obj is not None
        return self.relation(document, triples, subject, predicate, obj, **extra)

    def claims(self) -> list[Triple]:
        """Triples that state a relation: an entity-valued predicate outside the structural vocabulary."""
        skipped = {*self.graph.subjects(RDF.type, KG.Statement), *self.graph.subjects(RDF.type, KG.Evidence)}
        return [
            (s, p, o)
            for s, p, o in self.graph
            if isinstance(o, URIRef | BNode)
            and p not in STRUCTURAL
            and s not in skipped
            and not str(s).startswith(str(KG))  # ontology definitions copied into the file
        ]

    def _key(self, triples: list[Triple], kind: int) -> tuple[int, int, int, str]:
        start, end, _ = self.locate(triples)
        return kind, start, end, " ".join(map(str, triples[0]))

    def extraction(self, document: Document) -> Extraction:
        # statements first, so that a statement's modality and confidence win over its plain triple; then file order
        items: list[tuple[tuple[int, int, int, str], list[Triple], Callable[[], Relation]]] = []
        for node in set(self.graph.subjects(RDF.type, KG.Statement)):
            triples = self.statement_triples(node)
            items.append((self._key(triples, 0), triples, partial(self.statement, document, node)))
        for triple in self.claims():
            items.append((self._key([triple], 1), [triple], partial(self.relation, document, [triple], *triple)))
        items.sort(key=lambda item: item[0])
        found: dict[str, Relation] = {}
        for _, triples, make in items:
            try:
                relation = make()
            except KGError:
                raise
            except PydanticError as error:
                raise self.fail(
                    triples, "; ".join(e["msg"].removeprefix("Value error, ") for e in error.errors())
                ) from error
            except (ValueError, KeyError, TypeError) as error:
                raise self.fail(triples, str(error)) from error
            found.setdefault(relation.id, relation)  # a statement and its plain triple are one relation
        if not found:
            raise LoaderError(f"{self.path}: no relations in the ontology's terms (e.g. kg:invests-in)")
        return Extraction(document=document, relations=list(found.values()))


def facts_from_graph(path: Path, text: str, graph: Graph, locate: Locate, syntax: str) -> Extraction:
    """The relations the graph states, validated against the ontology, with the file as their evidence."""
    document = Document(text=text, title=path.name, format="facts", metadata={"path": str(path), "syntax": syntax})
    return _Facts(path, graph, locate).extraction(document)
