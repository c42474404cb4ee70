"""Turtle files of known facts: parsed with rdflib, each triple's line kept for its evidence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import MutableSequence
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax, RDFSink, SinkParser

from kg.errors import LoaderError
from kg.model import Extraction

from .text import read_text
from .triples import Triple, facts_from_graph


class _LineParser(SinkParser):
    """rdflib's Turtle parser, noting where each triple's object ends (rdflib has no public hook for this)."""

    def __init__(self, sink: RDFSink, base: str):
        super().__init__(sink, baseURI=base, turtle=True)
        self.ends: dict[int, tuple[Any, int]] = {}  # id(term) -> (term kept alive, end offset)
        self.last = 0
        self.offsets: dict[Triple, int] = {}

    def object(self, argstr: str, i: int, res: MutableSequence[Any]) -> int:
        before = len(res)
        end: int = super().object(argstr, i, res)
        if end >= 0:
            for term in res[before:]:
                self.ends[id(term)] = (term, end)
            self.last = end
        return end

    def makeStatement(self, quadruple: Any) -> None:
        formula, predicate, subject, obj = quadruple
        sink: RDFSink = self._store
        triple = (sink.normalise(formula, subject), sink.normalise(formula, predicate), sink.normalise(formula, obj))
        self.offsets.setdefault(triple, self.ends.get(id(obj), (None, self.last))[1])
        super().makeStatement(quadruple)


def parse_turtle(path: Path, text: str) -> tuple[Graph, dict[Triple, int]]:
    """The graph and, for each triple, the offset just past its object."""
    graph = Graph()
    parser = _LineParser(RDFSink(graph), path.resolve().as_uri())
    try:
        parser.loadBuf(text)
    except BadSyntax as error:
        raise LoaderError(f"{path}: line {error.lines + 1}: not valid Turtle ({error._why})") from error
    except Exception as error:  # rdflib raises many kinds on bad input; the file is named either way
        raise LoaderError(f"{path}: not valid Turtle ({type(error).__name__}: {error})") from error
    for prefix, namespace in parser._bindings.items():
        graph.bind(prefix, namespace, override=False)
    return graph, parser.offsets


def load_turtle(path: Path) -> list[Extraction]:
    text = read_text(path)
    graph, offsets = parse_turtle(path, text)
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def locate(triples: list[Triple]) -> tuple[int, int, dict[str, Any]]:
        lines = [bisect_right(line_starts, max(offsets.get(t, 0) - 1, 0)) for t in triples]
        first, last = min(lines), max(lines)
        start = line_starts[first - 1]
        end = line_starts[last] if last < len(line_starts) else len(text)
        return start, start + len(text[start:end].rstrip("\r\n")), {"line": first}

    return [facts_from_graph(path, text, graph, locate, "turtle")]
