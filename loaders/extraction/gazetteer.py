"""Known entities from the ontology's gazetteer file (plus an optional user file), matched in text."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import ontology


@dataclass(frozen=True)
class KnownEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    owner: str | None = None
    descriptions: tuple[str, ...] = ()
    cloud: bool = False  # rents out computing: a customer of it is hosted on it
    authority: bool = False  # a government body or regulator: never "the company" a description refers to
    owned: bool = False  # a platform its owner runs as a business (YouTube, Instagram): owned, not developed
    nationality: str | None = None  # "Danish": a company's home, a country's adjective ("the Danish drugmaker")


@dataclass
class Gazetteer:
    entities: dict[str, KnownEntity] = field(default_factory=dict)
    # surface form -> (canonical name, needs an earlier full mention in the document)
    surfaces: dict[str, tuple[str, bool]] = field(default_factory=dict)
    pattern: re.Pattern[str] = re.compile(r"(?!x)x")
    descriptions: dict[str, str] = field(default_factory=dict)  # "windows maker" -> Microsoft

    def in_own_name(self, name: str) -> bool:
        """A cloud or a platform run as a business ('Azure', 'YouTube'): it competes, and is owned, in its own name."""
        known = self.entities.get(name)
        return known is not None and (known.cloud or known.owned)

    def lookup(self, surface: str) -> KnownEntity | None:
        hit = self.surfaces.get(surface) or self.surfaces.get(surface.lower())
        return self.entities[hit[0]] if hit else None


def _read(path: Path) -> list[KnownEntity]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    known = []
    for type_name, rows in data.items():
        entity_type = ontology.load().entity_class(type_name).name
        for row in rows:
            known.append(
                KnownEntity(
                    name=row["name"],
                    type=entity_type,
                    aliases=tuple(row.get("aliases", ())),
                    wikidata=row.get("wikidata"),
                    owner=row.get("owner"),
                    descriptions=tuple(row.get("describe", ())),
                    cloud=bool(row.get("cloud", False)),
                    authority=bool(row.get("authority", False)),
                    owned=bool(row.get("owned", False)),
                    nationality=row.get("nationality"),
                )
            )
    return known


@cache
def load_gazetteer(extra: str | None = None) -> Gazetteer:
    """The packaged gazetteer, extended by `extra` or `KG_GAZETTEER` (a TOML file in the same shape)."""
    files = [ontology.ONTOLOGY_DIR / "gazetteer.toml"]
    user_file = extra or os.environ.get("KG_GAZETTEER")
    if user_file:
        files.append(Path(user_file))
    gazetteer = Gazetteer()
    for path in files:
        for entity in _read(path):
            gazetteer.entities[entity.name] = entity
    for entity in gazetteer.entities.values():
        gazetteer.surfaces[entity.name] = (entity.name, False)
        last = entity.name.split()[-1]
        for alias in entity.aliases:
            is_short = entity.type == "Person" and alias == last
            gazetteer.surfaces.setdefault(alias, (entity.name, is_short))
        for description in entity.descriptions:
            gazetteer.descriptions[description.lower()] = entity.name
        if entity.owner:
            for noun in ("maker", "developer", "creator", "owner", "parent"):
                gazetteer.descriptions.setdefault(f"{entity.name.lower()} {noun}", entity.owner)
    gazetteer.pattern = re.compile(rf"(?<![\w@#/])(?:{trie_regex(gazetteer.surfaces)})(?![\w])")
    return gazetteer


def trie_regex(words: Iterable[str]) -> str:
    """One regex for a set of literal strings, as a trie of their characters: the engine follows one branch per
    character instead of trying every string at every position (a flat alternation of the gazetteer's ~2,500
    surfaces took 3 ms an article). A longer string is tried before its prefix, as in a longest-first
    alternation, and backtracking still falls back to the prefix."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        alternation = "|".join(branches)
        if ends:
            return f"(?:{alternation})?"  # the longer string first, then the one ending here
        return alternation if len(branches) == 1 else f"(?:{alternation})"

    return pattern(trie)
