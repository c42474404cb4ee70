"""HTML pages: the main text without navigation, scripts and boilerplate, with the page's metadata."""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from kg.errors import LoaderError
from kg.model import Document

from .text import read_text

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template, figure"
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt", "dd"}
_META_DATE = ("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date")


def _meta(tree: HTMLParser, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attribute}="{name}"]')
            if node is not None and node.attributes.get("content"):
                return str(node.attributes["content"]).strip()
    return None


def _main(tree: HTMLParser) -> Node | None:
    for selector in ("article", "main", '[role="main"]', "body"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.root


def html_to_document(markup: str, source: str, uri: str | None = None) -> Document:
    tree = HTMLParser(markup)
    for node in tree.css(_DROP):
        node.decompose()
    root = _main(tree)
    if root is None:
        raise LoaderError(f"{source}: no HTML content")
    blocks = []
    for node in root.traverse(include_text=False):
        if node.tag in _BLOCKS and not any(p.tag in _BLOCKS for p in _ancestors(node, root)):
            text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if text:
                blocks.append(text)
    if not blocks:
        text = re.sub(r"\s+", " ", root.text(separator=" ")).strip()
        blocks = [text] if text else []
    if not blocks:
        raise LoaderError(f"{source}: the page has no readable text")
    title_node = tree.css_first("title")
    title = _meta(tree, "og:title") or (title_node.text().strip() if title_node else None)
    canonical = tree.css_first('link[rel="canonical"]')
    html_node = tree.css_first("html")
    return Document(
        text="\n\n".join(blocks),
        title=title or None,
        format="html",
        uri=uri or (str(canonical.attributes.get("href")) if canonical is not None else None) or _meta(tree, "og:url"),
        published=_meta(tree, *_META_DATE),
        language=(
            str(html_node.attributes.get("lang"))
            if html_node is not None and html_node.attributes.get("lang")
            else None
        ),
        metadata={"author": _meta(tree, "author", "article:author")} if _meta(tree, "author", "article:author") else {},
    )


def _ancestors(node: Node, root: Node) -> list[Node]:
    found = []
    current = node.parent
    while current is not None and current is not root and current.tag != "-undef":
        found.append(current)
        current = current.parent
    return found


def load_html(path: Path) -> list[Document]:
    document = html_to_document(read_text(path), str(path))
    return [document.model_copy(update={"metadata": {**document.metadata, "path": str(path)}})]
