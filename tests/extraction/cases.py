"""Helpers for the tables of extraction cases: (name, text, expected triple) rows, and a symmetric match."""

from __future__ import annotations

from typing import Any

import pytest

import ontology


def named(cases: list[tuple[str, str, tuple[str, ...]]]) -> list[Any]:
    """pytest parameters (text, triple), each with its case's name as its id."""
    return [pytest.param(text, triple, id=name) for name, text, triple in cases]


def holds(expected: tuple[str, str, str, str], found: set[tuple[str, str, str, str]]) -> bool:
    """The triple, or for a relation the ontology declares symmetric the same one in either order."""
    subject, relation, obj, modality = expected
    symmetric = ontology.load().relations[relation].symmetric
    return expected in found or (symmetric and (obj, relation, subject, modality) in found)


def holds_in_any_modality(triple: tuple[str, str, str], found: set[tuple[str, str, str, str]]) -> bool:
    """`holds` for a (subject, relation, object) triple, whatever modality it was found with."""
    return holds((*triple, ""), {(*t[:3], "") for t in found})
