"""JSON Lines and CSV: either documents (a text column plus metadata columns) or known facts
(subject, relation, object columns), which go straight into the graph with the row as evidence."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticError

import ontology
from kg.errors import LoaderError
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation

from .extraction.gazetteer import load_gazetteer
from .text import read_text

TEXT_COLUMNS = ("text", "body", "content", "article")
FACT_COLUMNS = {"subject", "relation", "object"}
MAX_DEPTH = 20


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def _rows_from_jsonl(path: Path, text: str) -> list[tuple[dict[str, Any], int, int]]:
    rows, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise LoaderError(f"{path}: line {number} is not JSON ({error.msg})") from error
        except RecursionError as error:  # (the parser's own stack gave out before our depth check)
            raise LoaderError(f"{path}: line {number} is nested deeper than {MAX_DEPTH} levels") from error
        if not isinstance(value, dict):
            raise LoaderError(f"{path}: line {number} is not a JSON object")
        if _depth(value) > MAX_DEPTH:
            raise LoaderError(f"{path}: line {number} is nested deeper than {MAX_DEPTH} levels")
        rows.append((value, start, start + len(line.rstrip("\n"))))
    return rows


def _rows_from_csv(path: Path, text: str) -> list[tuple[dict[str, Any], int, int]]:
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    try:
        reader = csv.DictReader(io.StringIO(text))
        rows: list[tuple[dict[str, Any], int, int]] = []
        for record in reader:
            index = min(reader.line_num - 1, len(lines) - 1)
            row = {k.strip(): v for k, v in record.items() if k}
            rows.append((row, starts[index], starts[index] + len(lines[index].rstrip("\r\n"))))
    except csv.Error as error:
        raise LoaderError(f"{path}: malformed CSV ({error})") from error
    return rows


def load_table(path: Path) -> list[Document | Extraction]:
    text = read_text(path)
    rows = _rows_from_jsonl(path, text) if path.suffix.lower() in {".jsonl", ".ndjson"} else _rows_from_csv(path, text)
    return from_rows(path, text, rows)


def from_rows(path: Path, text: str, rows: list[tuple[dict[str, Any], int, int]]) -> list[Document | Extraction]:
    """Facts when the rows have subject/relation/object, else documents from a text column."""
    if not rows:
        raise LoaderError(f"{path}: no rows")
    columns = set(rows[0][0])
    if columns >= FACT_COLUMNS:
        return [_facts(path, text, rows)]
    text_column = next((c for c in TEXT_COLUMNS if c in columns), None)
    if text_column is None:
        raise LoaderError(f"{path}: needs a text column ({', '.join(TEXT_COLUMNS)}) or subject/relation/object")
    documents: list[Document | Extraction] = []
    for number, (row, _, _) in enumerate(rows, start=1):
        body = str(row.get(text_column) or "").strip()
        if not body:
            continue
        extra = {k: v for k, v in row.items() if k not in {text_column, "title", "url", "uri", "published", "date"}}
        documents.append(
            Document(
                text=body,
                title=row.get("title") or f"{path.stem} row {number}",
                uri=row.get("url") or row.get("uri"),
                published=row.get("published") or row.get("date"),
                format=path.suffix.lstrip(".").lower(),
                metadata={"path": str(path), "row": number, **extra},
            )
        )
    return documents


def _entity(name: str, type_name: str | None, allowed: tuple[str, ...]) -> Entity:
    known = load_gazetteer().lookup(name)
    if type_name:
        return Entity(name=name, type=type_name)
    if known is not None and known.type in allowed:
        return Entity(name=known.name, type=known.type, aliases=list(known.aliases), wikidata=known.wikidata)
    return Entity(name=name, type=allowed[0] if "Organization" not in allowed else "Organization")


def _facts(path: Path, text: str, rows: list[tuple[dict[str, Any], int, int]]) -> Extraction:
    document = Document(text=text, title=path.name, format="facts", metadata={"path": str(path)})
    relations = []
    for number, (row, start, end) in enumerate(rows, start=1):
        try:
            rel_type = ontology.load().relation(str(row["relation"]))
            subject = _entity(str(row["subject"]).strip(), row.get("subject_type") or None, rel_type.domain)
            obj = _entity(str(row["object"]).strip(), row.get("object_type") or None, rel_type.range)
            qualifiers = {
                k: v
                for k, v in row.items()
                if k not in FACT_COLUMNS | {"subject_type", "object_type", "modality", "confidence"}
                and v not in (None, "")
            }
            modality = Modality(row.get("modality") or "asserted")
            confidence = float(row.get("confidence") or 1.0)
            evidence = Evidence(
                document=document.id,
                text=text[start:end],
                start=start,
                end=end,
                extractor="facts",
                qualifiers={**qualifiers, "row": number},
                modality=modality,
                confidence=confidence,
            )
            relations.append(
                Relation(
                    subject=subject,
                    relation=rel_type.id,
                    object=obj,
                    qualifiers=qualifiers,
                    modality=modality,
                    confidence=confidence,
                    evidence=[evidence],
                )
            )
        except (PydanticError, ValueError, KeyError, TypeError) as error:
            raise LoaderError(f"{path}: row {number}: {error}") from error
    return Extraction(document=document, relations=relations)
