"""Each module-level pattern and function of the extraction package is defined once: a second definition of the
same name silently replaces the first for every caller that reads it at run time."""

import re
from collections import Counter
from pathlib import Path

import pytest

import loaders.extraction

_PACKAGE = Path(loaders.extraction.__file__).parent
_DEFINITION = re.compile(r"^(_[A-Z][A-Z0-9_]*)\s*(?::[^=]+)?=", re.M)
_FUNCTION = re.compile(r"^def\s+(\w+)\s*\(", re.M)


@pytest.mark.parametrize("module", sorted(p.name for p in _PACKAGE.glob("*.py")))
def test_no_module_constant_is_defined_twice(module: str) -> None:
    names = Counter(_DEFINITION.findall((_PACKAGE / module).read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize("module", sorted(p.name for p in _PACKAGE.glob("*.py")))
def test_no_module_function_is_defined_twice(module: str) -> None:
    names = Counter(_FUNCTION.findall((_PACKAGE / module).read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []
