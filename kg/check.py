"""`kg check`: is the store consistent, and does the RDF view agree with it? `--repair` fixes what it can.

The store is consistent when every relation has evidence, every evidence node's document and
relation exist, every entity is mentioned by a document, and each relation's aggregates (evidence
count, documents, confidence, qualifiers, evidence ids) are what its evidence gives. The view agrees when it holds
a statement per relation with as many evidence nodes, the same entities and the same documents.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg import rdf
from kg.stores.protocol import EdgeRow, StoreAudit, aggregates

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


@dataclass
class Plan:
    """What `--repair` would do to the store."""

    drop_evidence: set[str] = field(default_factory=set)
    restore: dict[str, EdgeRow] = field(default_factory=dict)
    refresh: dict[str, EdgeRow] = field(default_factory=dict)
    orphans: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.drop_evidence or self.restore or self.refresh or self.orphans)


@dataclass
class Report:
    store: list[str] = field(default_factory=list)  # problems in the store
    view: list[str] = field(default_factory=list)  # disagreements between the view and the store
    plan: Plan = field(default_factory=Plan)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.store and not self.view


def check_store(audit: StoreAudit) -> tuple[list[str], Plan]:
    problems: list[str] = []
    plan = Plan()
    edges = {edge.id: edge for edge in audit.edges}
    evidence: dict[str, list[tuple[str, float, str]]] = defaultdict(list)
    evidence_ids: dict[str, list[str]] = defaultdict(list)
    endpoints: set[str] = set()
    for ev in audit.evidence:
        if ev.document not in audit.documents:
            problems.append(f"evidence {ev.id} (relation {ev.edge.id}) cites document {ev.document!r}, which is gone")
            plan.drop_evidence.add(ev.id)
            if ev.edge.id in edges:
                plan.refresh[ev.edge.id] = edges[ev.edge.id]
            continue
        if ev.edge.id not in edges:
            ends = {ev.edge.subject_id, ev.edge.object_id}
            problems.append(f"evidence {ev.id} supports relation {ev.edge.id}, which is missing")
            if ends <= audit.mentions.keys():
                plan.restore[ev.edge.id] = ev.edge
            else:
                plan.drop_evidence.add(ev.id)
                continue
        evidence[ev.edge.id].append((ev.document, ev.confidence, ev.qualifiers))
        evidence_ids[ev.edge.id].append(ev.id)
        endpoints |= {ev.edge.subject_id, ev.edge.object_id}
    for edge in audit.edges:
        items = evidence.get(edge.id, [])
        if not items:
            problems.append(f"relation {edge.id} ({edge.subject_id} {edge.relation} {edge.object_id}) has no evidence")
            plan.refresh[edge.id] = edge
            continue
        want = aggregates(items) | {"evidence_ids": sorted(evidence_ids[edge.id])}
        held: dict[str, Any] = {
            "count": edge.evidence_count,
            "documents": sorted(edge.documents),
            "confidence": edge.confidence,
            "qualifiers": edge.qualifiers,
            "evidence_ids": sorted(edge.evidence_ids),
        }
        wrong = [
            f"{key} {held[key]!r} (evidence gives {want[key]!r})"
            for key in ("count", "documents", "confidence", "qualifiers", "evidence_ids")
            if (json.loads(held[key]) != json.loads(want[key]) if key == "qualifiers" else held[key] != want[key])
        ]
        if wrong and edge.id not in plan.restore:
            problems.append(f"relation {edge.id}: " + "; ".join(wrong))
            plan.refresh[edge.id] = edge
    for entity_id, documents in sorted(audit.mentions.items()):
        if documents == 0:
            problems.append(f"entity {entity_id} is mentioned by no document")
            if entity_id not in endpoints:
                plan.orphans.add(entity_id)
    return problems, plan


def check_view(graph: KnowledgeGraph, audit: StoreAudit) -> list[str]:
    problems: list[str] = []
    if graph.view.temporary and graph.view.stale:
        graph.reindex()  # a per-process cache (Neo4j) not built yet: build it, then compare
    if graph.view.stale:
        problems.append("RDF view: an update was interrupted or it was never built (rebuilt by --repair or reindex)")
    counts = graph.view.counts()
    evidence: dict[str, int] = defaultdict(int)
    for ev in audit.evidence:
        evidence[ev.edge.id] += 1
    held = counts.statements
    for relation_id in sorted({e.id for e in audit.edges} - held.keys()):
        problems.append(f"RDF view: no statement for relation {relation_id}")
    for relation_id in sorted(held.keys() - {e.id for e in audit.edges}):
        problems.append(f"RDF view: statement {relation_id} has no relation in the store")
    for relation_id in sorted(held.keys() & {e.id for e in audit.edges}):
        if held[relation_id] != evidence[relation_id]:
            problems.append(
                f"RDF view: statement {relation_id} has {held[relation_id]} evidence, the store {evidence[relation_id]}"
            )
    for kind, view_iris, store_iris in (
        ("entity", counts.entities, {rdf.entity_iri(e).value for e in audit.mentions}),
        ("document", counts.documents, {rdf.document_iri(d).value for d in audit.documents}),
    ):
        for iri in sorted(store_iris - view_iris):
            problems.append(f"RDF view: {kind} {iri} is missing")
        for iri in sorted(view_iris - store_iris):
            problems.append(f"RDF view: {kind} {iri} is not in the store")
    return problems


def check(graph: KnowledgeGraph) -> Report:
    audit = graph.store.audit()
    problems, plan = check_store(audit)
    return Report(
        problems,
        check_view(graph, audit),
        plan,
        {
            "documents": len(audit.documents),
            "relations": len(audit.edges),
            "evidence": len(audit.evidence),
            "entities": len(audit.mentions),
        },
    )


def repair(graph: KnowledgeGraph, report: Report) -> list[str]:
    """Apply the report's plan to the store, rebuild the view if it disagreed or the store changed;
    returns what was done."""
    done: list[str] = []
    plan = report.plan
    if plan:
        graph.store.repair(
            drop_evidence=sorted(plan.drop_evidence),
            restore=list(plan.restore.values()),
            refresh=list(plan.refresh.values()),
            orphans=sorted(plan.orphans),
        )
        for count, what in (
            (len(plan.drop_evidence), "evidence nodes dropped (their document or relation ends are gone)"),
            (len(plan.restore), "missing relations re-created from their evidence"),
            (len(plan.refresh), "relations' aggregates recomputed from their evidence (deleted if none left)"),
            (len(plan.orphans), "orphan entities dropped"),
        ):
            if count:
                done.append(f"{count} {what}")
    if plan or report.view:
        counts = graph.reindex()
        done.append(f"RDF view rebuilt: {len(counts.statements)} statements, {counts.triples} triples")
    return done
