"""JSON-LD files of known facts (each top-level node's index kept for its evidence), and plain `.json`:
JSON-LD, or a list of objects read like JSON Lines rows (subject/relation/object facts, or documents)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import LoaderError
from kg.model import Document, Extraction

from .tabular import MAX_DEPTH, _depth, from_rows
from .text import read_text
from .triples import Triple, facts_from_graph

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, i: int) -> int:
    match = _SPACE.match(text, i)
    return match.end() if match else i


def _array_items(text: str, i: int) -> list[tuple[Any, int, int]]:
    """Each element of the JSON array starting at `i`, with its offsets (the text is known to be valid JSON)."""
    items, i = [], _skip(text, i + 1)
    while text[i] != "]":
        value, end = _DECODER.raw_decode(text, i)
        items.append((value, i, end))
        i = _skip(text, end)
        if text[i] == ",":
            i = _skip(text, i + 1)
    return items


def _member(text: str, i: int, wanted: str) -> int | None:
    """Offset of the value of key `wanted` in the JSON object starting at `i` (the last one if repeated)."""
    found, i = None, _skip(text, i + 1)
    while text[i] != "}":
        key, i = _DECODER.raw_decode(text, i)
        i = _skip(text, _skip(text, i) + 1)  # past the colon
        if key == wanted:
            found = i
        _, i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
    return found


def _parse(path: Path, text: str) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise LoaderError(f"{path}: line {error.lineno}: not JSON ({error.msg})") from error
    except RecursionError as error:
        raise LoaderError(f"{path}: nested deeper than {MAX_DEPTH} levels") from error
    if _depth(value) > MAX_DEPTH:
        raise LoaderError(f"{path}: nested deeper than {MAX_DEPTH} levels")
    return value


def _remote_context(value: Any) -> bool:
    """A context that rdflib would fetch from the network (a URL or an @import)."""
    if isinstance(value, dict):
        return any(
            (key == "@context" and (isinstance(item, str) or _has_string(item)))
            or key == "@import"
            or _remote_context(item)
            for key, item in value.items()
        )
    return isinstance(value, list) and any(_remote_context(item) for item in value)


def _has_string(context: Any) -> bool:
    return isinstance(context, str) or (isinstance(context, list) and any(isinstance(c, str) for c in context))


def is_jsonld(value: Any) -> bool:
    if isinstance(value, list):
        return any(is_jsonld(item) for item in value)
    return isinstance(value, dict) and any(key in value for key in ("@context", "@graph", "@id", "@type"))


def _nodes(text: str, value: Any) -> tuple[Any, list[tuple[Any, int, int]]]:
    """The shared context and each top-level node with its offsets."""
    start = _skip(text, 0)
    if isinstance(value, list):
        return None, _array_items(text, start)
    graph_at = _member(text, start, "@graph") if isinstance(value.get("@graph"), list) else None
    if graph_at is None:
        return None, [(value, start, len(text.rstrip()))]
    return value.get("@context"), _array_items(text, graph_at)


def load_jsonld_text(path: Path, text: str, value: Any) -> Extraction:
    if _remote_context(value):
        raise LoaderError(f"{path}: remote JSON-LD contexts are not fetched; put the context in the file")
    if not isinstance(value, dict | list):
        raise LoaderError(f"{path}: JSON-LD must be an object or a list of objects")
    context, nodes = _nodes(text, value)
    graph = Graph()
    places: dict[Triple, tuple[int, int, int]] = {}
    base = path.resolve().as_uri()
    for index, (node, start, end) in enumerate(nodes):
        if not isinstance(node, dict):
            raise LoaderError(f"{path}: node {index} is not a JSON object")
        if context:
            node = {**node, "@context": [context, node["@context"]] if "@context" in node else context}
        own = Graph(bind_namespaces="none")  # a graph per node: cheap without the default prefixes
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser uses ConjunctiveGraph
                own.parse(data=json.dumps(node), format="json-ld", base=base)
        except Exception as error:  # rdflib raises many kinds on bad input; the file and node are named
            raise LoaderError(f"{path}: node {index}: not valid JSON-LD ({type(error).__name__}: {error})") from error
        for triple in own:
            places.setdefault(triple, (index, start, end))
            graph.add(triple)
    if isinstance(context, dict):  # the file's prefixes, for the triples named in errors
        for prefix, namespace in context.items():
            if isinstance(namespace, str) and not prefix.startswith("@") and namespace.endswith(("#", "/")):
                graph.bind(prefix, namespace, override=False)

    def locate(triples: list[Triple]) -> tuple[int, int, dict[str, Any]]:
        found = sorted(places.get(t, (0, 0, 0)) for t in triples)
        index, start, end = found[0]
        return start, end, {"index": index}

    return facts_from_graph(path, text, graph, locate, "jsonld")


def load_jsonld(path: Path) -> list[Extraction]:
    text = read_text(path)
    return [load_jsonld_text(path, text, _parse(path, text))]


def load_json(path: Path) -> list[Document | Extraction]:
    """JSON-LD, or a list of objects: facts (subject, relation, object) or documents (a text field)."""
    text = read_text(path)
    value = _parse(path, text)
    if is_jsonld(value):
        return [load_jsonld_text(path, text, value)]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise LoaderError(f"{path}: expected JSON-LD or a list of objects (subject/relation/object, or text)")
    return from_rows(path, text, _array_items(text, _skip(text, 0)))
