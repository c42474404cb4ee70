"""Extraction files (`*.extraction.jsonl`): what `kg extract --format extraction` wrote on a worker machine,
read back without extracting again, so that extraction and writing can run on different machines.

One Extraction a line, with the versions of the inputs that decide ids (`made_with`): entity ids come
from canonical names (gazetteer) and types (ontology), so a file made with other versions would add
near-duplicates of existing entities. Such a file is refused, naming what differs.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticError

import ontology
from kg.errors import LoaderError
from kg.model import Extraction

SUFFIX = ".extraction.jsonl"


def _digest(paths: list[Path]) -> str:
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]


@cache
def made_with() -> dict[str, str]:
    """Short hashes of the ontology, lexicon and gazetteer (with KG_GAZETTEER's file) in use here."""
    gazetteer = [ontology.ONTOLOGY_DIR / "gazetteer.toml"]
    if os.environ.get("KG_GAZETTEER"):
        gazetteer.append(Path(os.environ["KG_GAZETTEER"]))
    return {
        "ontology": _digest([ontology.ONTOLOGY_DIR / "kg.ttl"]),
        "lexicon": _digest([ontology.ONTOLOGY_DIR / "lexicon.toml"]),
        "gazetteer": _digest(gazetteer),
    }


def extraction_line(extraction: Extraction) -> str:
    """One line of an extraction file (no newline)."""
    data = extraction.model_dump(mode="json")
    return json.dumps({"made_with": made_with(), **data}, ensure_ascii=False, sort_keys=True)


def _parse(path: Path, number: int, line: str) -> Extraction:
    where = f"{path}: line {number}"
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise LoaderError(f"{where} is not JSON ({error.msg})") from error
    except RecursionError as error:
        raise LoaderError(f"{where} is nested too deeply to be an extraction") from error
    if not isinstance(data, dict) or "document" not in data:
        raise LoaderError(f"{where} is not an extraction (a JSON object with a document)")
    theirs, ours = data.pop("made_with", None), made_with()
    if not isinstance(theirs, dict):
        raise LoaderError(f"{where} does not say which ontology and gazetteer made it (no made_with)")
    differ = sorted(name for name in ours if theirs.get(name) != ours[name])
    if differ:
        detail = ", ".join(f"{name} {theirs.get(name)} here {ours[name]}" for name in differ)
        raise LoaderError(f"{where} was extracted with another {' and '.join(differ)} ({detail}); extract it again")
    try:
        extraction = Extraction.model_validate(data)
    except PydanticError as error:
        reasons = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}" for e in error.errors()[:3]
        )
        raise LoaderError(f"{where}: {reasons}") from error
    document = extraction.document.id
    for relation in extraction.relations:
        for evidence in relation.evidence:
            if evidence.document != document:
                raise LoaderError(f"{where}: evidence of {relation.id} points at {evidence.document}, not {document}")
    return extraction


def load_extractions(path: Path) -> list[Extraction]:
    """The extractions of a file, all or none: a bad line fails the file, naming the line."""
    try:
        with path.open(encoding="utf-8") as lines:
            found = [_parse(path, number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    except OSError as error:
        raise LoaderError(f"{path}: cannot read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise LoaderError(f"{path}: not valid UTF-8 (byte {error.start})") from error
    if not found:
        raise LoaderError(f"{path}: no extractions")
    return found
