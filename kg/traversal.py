"""Neighbourhoods and shortest paths over any store, through its relation lookups (depth <= 3)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from kg.model import Entity, Relation
from kg.stores import RelationFilter, Store

MAX_FAN_OUT = 500  # relations read per entity per step


@dataclass
class Subgraph:
    nodes: dict[str, Entity] = field(default_factory=dict)
    edges: dict[str, Relation] = field(default_factory=dict)


def _touching(store: Store, entity_id: str, relation: str | None) -> list[Relation]:
    return store.relations(RelationFilter(entity=entity_id, relation=relation), limit=MAX_FAN_OUT)


def neighbourhood(store: Store, entity_id: str, depth: int, relation: str | None = None) -> Subgraph:
    """Everything within `depth` hops of an entity, following relations either way."""
    graph = Subgraph()
    frontier = [entity_id]
    seen = {entity_id}
    for _ in range(depth):
        following: list[str] = []
        for current in frontier:
            for rel in _touching(store, current, relation):
                graph.edges[rel.id] = rel
                for end in (rel.subject, rel.object):
                    graph.nodes.setdefault(end.id, end)
                    if end.id not in seen:
                        seen.add(end.id)
                        following.append(end.id)
        frontier = following
    if entity_id not in graph.nodes:
        record = store.entity(entity_id)
        if record is not None:
            graph.nodes[entity_id] = record.entity
    return graph


def shortest_paths(store: Store, start: str, goal: str, max_length: int, limit: int = 5) -> list[list[Relation]]:
    """Up to `limit` shortest paths (as relation lists) from `start` to `goal`, at most `max_length` long."""
    if start == goal:
        return [[]]
    parents: dict[str, list[tuple[str, Relation]]] = {start: []}
    depth = {start: 0}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if depth[current] >= max_length or (goal in depth and depth[current] >= depth[goal]):
            continue
        for rel in _touching(store, current, None):
            other = rel.object.id if rel.subject.id == current else rel.subject.id
            if other not in depth:
                depth[other] = depth[current] + 1
                parents[other] = [(current, rel)]
                queue.append(other)
            elif depth[other] == depth[current] + 1:
                parents[other].append((current, rel))
    if goal not in parents:
        return []
    paths: list[list[Relation]] = []

    def walk(node: str, suffix: list[Relation]) -> None:
        if len(paths) >= limit:
            return
        if node == start:
            paths.append(list(reversed(suffix)))
            return
        for parent, rel in parents[node]:
            walk(parent, [*suffix, rel])

    walk(goal, [])
    return paths
