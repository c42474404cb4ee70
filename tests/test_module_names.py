"""A module-level name is bound once: the extraction modules hold hundreds of patterns, and a second pattern
under a name already taken silently replaces the first one for every rule that uses it (ruff does not flag a
rebound constant)."""

import ast
from pathlib import Path

import pytest

PACKAGES = ["kg", "api", "loaders", "ontology"]
MODULES = sorted(p for package in PACKAGES for p in (Path(__file__).parent.parent / package).rglob("*.py"))


def _bound_twice(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(p.parent.parent.parent)))
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    assert _bound_twice(ast.parse(module.read_text(encoding="utf-8"))) == []


def test_a_rebound_pattern_is_found() -> None:
    assert _bound_twice(ast.parse("A = 1\nB: int = 2\nA = 3\n")) == ["A"]
