"""The web viewer in a real browser (Debian chromium, headless, driven by Playwright) against a real server."""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from ..conftest import EXAMPLES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="no chromium here")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = tmp_path_factory.mktemp("viewer") / "store"
    subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(EXAMPLES), "--store", str(store)], check=True, capture_output=True
    )
    page_file = store.parent / "graph.html"  # exported before serving: the embedded store has one process at a time
    subprocess.run(
        [sys.executable, "-m", "kg", "export", "--format", "html", "-o", str(page_file), "--store", str(store)],
        check=True,
        capture_output=True,
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    yield url, page_file
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "Debian chromium is required in CI"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser.new_page(viewport={"width": 1400, "height": 900})
        browser.close()


def click_investment_edge(page) -> None:
    """Click the Microsoft -> OpenAI investment edge with the mouse, as a person would."""
    page.wait_for_function("window.kgViewer.edges('[relation = \"invests-in\"]').length > 0")
    page.select_option("#relation", "invests-in")  # the filter hides the parallel edges a click could hit
    for _attempt in range(3):  # a click during a canvas redraw can be lost; a person clicks again
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        position = page.evaluate("""() => {
            const cy = window.kgViewer;
            const edge = cy.edges('[relation = "invests-in"]').filter(e => e.source().data('label') === 'Microsoft')[0];
            const box = cy.container().getBoundingClientRect();
            const mid = edge.renderedMidpoint();
            return {x: box.left + mid.x, y: box.top + mid.y};
        }""")
        page.mouse.move(position["x"], position["y"], steps=5)
        page.mouse.click(position["x"], position["y"], delay=80)
        try:
            page.wait_for_selector("#panel blockquote.evidence", timeout=3000)
            return
        except Exception:
            continue


def test_search_expand_and_read_the_evidence_of_an_investment(served, page):
    url, _ = served
    page.goto(url + "/")
    page.fill("#q", "OpenAI")
    page.click("#search button")
    page.click("#results li[data-id='organization:openai']")
    click_investment_edge(page)
    page.wait_for_selector("#panel blockquote.evidence")
    evidence = page.inner_text("#panel")
    assert "Microsoft invests-in OpenAI" in evidence
    assert "Microsoft invested in OpenAI in 2019" in evidence
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viewer.png"))


def test_the_exported_html_page_works_offline_from_a_file(served, page):
    _, out = served
    assert "http" not in Path(out).read_text().split("window.KG_DATA")[0].split("<script>")[0]
    page.goto(out.as_uri())
    page.fill("#q", "OpenAI")
    page.click("#search button")
    page.click("#results li[data-id='organization:openai']")
    click_investment_edge(page)
    page.wait_for_selector("#panel blockquote.evidence")
    assert "Microsoft invested in OpenAI in 2019" in page.inner_text("#panel")
