"""An in-memory index of evidence ids by relation, for a store that has no property index on them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class EvidenceIndex:
    """relation id -> evidence ids, and document -> (relation id, evidence id), as of a store generation.

    Mirrors the store's rule that a document's evidence is replaced or removed as a whole."""

    def __init__(self) -> None:
        self.generation = -1  # the store generation this index reflects; -1: not loaded
        self._by_relation: dict[str, set[str]] = defaultdict(set)
        self._by_document: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def load(self, rows: Iterable[Iterable[str]], generation: int) -> None:
        """Replace the contents with (relation id, evidence id, document id) rows."""
        self._by_relation.clear()
        self._by_document.clear()
        for relation_id, evidence_id, document_id in rows:
            self.add(relation_id, evidence_id, document_id)
        self.generation = generation

    def add(self, relation_id: str, evidence_id: str, document_id: str) -> None:
        self._by_relation[relation_id].add(evidence_id)
        self._by_document[document_id].add((relation_id, evidence_id))

    def forget_document(self, document_id: str) -> None:
        for relation_id, evidence_id in self._by_document.pop(document_id, ()):
            held = self._by_relation[relation_id]
            held.discard(evidence_id)
            if not held:
                del self._by_relation[relation_id]

    def evidence_ids(self, relation_ids: Iterable[str]) -> list[str]:
        return sorted(e for r in relation_ids if r in self._by_relation for e in self._by_relation[r])
