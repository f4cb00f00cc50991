"""Browser tests: Playwright driving Debian's chromium against a real `tidings serve` on the demo store.

Screenshots are kept as test artifacts in $TIDINGS_SCREENSHOTS or a new temp dir (the path is printed;
run with -s to see it). No browser is downloaded: the tests use /usr/bin/chromium (.ci/run installs it with apt-get).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

@pytest.fixture(scope="module")
def shots() -> Path:
    """Where the screenshots go: $TIDINGS_SCREENSHOTS (CI keeps it as an artifact), else a new temp dir.
    Not pytest's tmp_path, which is pruned after three sessions."""
    d = Path(os.environ["TIDINGS_SCREENSHOTS"]) if os.environ.get("TIDINGS_SCREENSHOTS") else \
        Path(tempfile.mkdtemp(prefix="tidings-screenshots-"))
    d.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {d}")
    return d


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that records script errors, CSP violations, dialogs and any request leaving loopback."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(90_000)  # a shared, loaded machine
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: pg.problems.append(f"console: {m.text}") if m.type == "error" else None)
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda r: None if r.url.startswith(server.url) else pg.problems.append(f"external request: {r.url}"))
    yield pg
    context.close()


def test_dashboard(page, server, shots) -> None:
    page.goto(server.url + "/")
    assert page.locator("h1").inner_text().replace("\u2009", " ") == "USA – CHN"
    assert page.locator("svg.chart rect").count() > 5
    rows = page.locator("table.events tr.event-row")
    assert rows.count() > 0
    assert page.locator("ul.upcoming li").count() > 0
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)
    # Every claim is one click from its sentence: follow the first row's evidence.
    evidence = rows.first.locator("td.evidence a").inner_text().strip("“”")
    rows.first.locator("td.evidence a").click()
    page.wait_for_url("**/events/**")
    mark = page.locator("details.mention[open] mark.evidence").first
    assert mark.is_visible()
    highlighted = " ".join(page.locator("details.mention[open] mark.evidence").all_inner_texts())
    assert " ".join(evidence.split())[:60] in " ".join(highlighted.split())
    assert not page.problems, page.problems


def test_filter_timeline(page, server, shots) -> None:
    page.goto(server.url + "/timeline?dyad=USA-CHN")
    all_rows = page.locator("tr.event-row").count()
    page.select_option("select[name=type]", "CONSULT")
    page.fill("input[name=min_sources]", "2")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**type=CONSULT**")
    rows = page.locator("tr.event-row")
    assert 0 < rows.count() < all_rows
    for i in range(rows.count()):
        assert rows.nth(i).locator("a.event-link").inner_text() == "CONSULT"
        assert int(rows.nth(i).locator("td.num").inner_text().split()[0]) >= 2
    page.screenshot(path=str(shots / "timeline-filtered.png"), full_page=True)
    assert not page.problems, page.problems


def test_event_sentence_highlighted_in_its_article(page, server, shots) -> None:
    ev = server.get_json("/api/events?dyad=USA-CHN&min_sources=2&limit=1")["items"][0]
    detail = server.get_json(f"/api/events/{ev['event_id']}")
    page.goto(server.url + f"/events/{ev['event_id']}#evidence")
    first = page.locator("details.mention").first
    sentence = " ".join(detail["mentions"][0]["sentence_text"].split())
    marked = " ".join(" ".join(first.locator("mark.evidence").all_inner_texts()).split())
    assert sentence[:80] in marked
    assert first.locator("mark.evidence").first.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    # The article text around it is there too, unmarked.
    assert len(first.locator(".article-text").inner_text()) > len(sentence) + 50
    # Other mentions open on click and show their own sentence.
    if page.locator("details.mention").count() > 1:
        second = page.locator("details.mention").nth(1)
        second.locator("summary").click()
        assert second.locator("mark.evidence").first.is_visible()
    page.screenshot(path=str(shots / "event.png"), full_page=True)
    assert not page.problems, page.problems


def test_search(page, server, shots) -> None:
    page.goto(server.url + "/")
    page.fill("header form.search input[name=q]", "fentanyl precursor")
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=fentanyl**")
    results = page.locator("li.result")
    assert results.count() >= 1
    hits = [t.lower() for t in page.locator("li.result mark.hit").all_inner_texts()]
    assert any(h.startswith("fentanyl") for h in hits) and any(h.startswith("precursor") for h in hits)
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    results.first.locator("a").first.click()
    page.wait_for_url("**/articles/**")
    assert "fentanyl" in page.locator("article.article-text").inner_text().lower()
    assert not page.problems, page.problems


def test_hostile_article_renders_as_text(page, server, hostile, shots) -> None:
    page.goto(server.url + f"/articles/{hostile['article_id']}")
    assert page.locator("h1").inner_text() == 'Beijing responds <script>alert("title")</script> to Washington'
    body = page.locator("article.article-text")
    assert '<script>alert("pwned")</script>' in body.inner_text()
    assert "<img src=x onerror=alert(1)>" in body.inner_text()
    assert body.locator("script, img").count() == 0 and page.locator("main img, main script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=str(shots / "hostile-article.png"), full_page=True)
    assert not page.problems, page.problems  # no alert() dialog, no script error


def test_write_without_token_is_refused(page, server, readonly_server, shots, tmp_path) -> None:
    article = tmp_path / "new.txt"
    article.write_text("WASHINGTON, May 2, 2024 - Nobody may add this article without the token.\n", encoding="utf-8")
    before = server.get_json("/api/status")["counts"]["articles"]
    before_ro = readonly_server.get_json("/api/status")["counts"]["articles"]
    page.goto(server.url + "/upload")
    page.set_input_files("input[name=file]", str(article))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#upload-result.refused")
    assert "Refused (401)" in page.locator("#upload-result").inner_text()
    page.screenshot(path=str(shots / "write-refused.png"))
    page.fill("input[name=token]", "a-wrong-token")
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#upload-result.refused")
    assert "Refused (401)" in page.locator("#upload-result").inner_text()
    page.goto(readonly_server.url + "/upload")  # a server without --token refuses any token
    page.fill("input[name=token]", "test-token-0123456789")
    page.set_input_files("input[name=file]", str(article))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#upload-result.refused")
    assert "Refused (403)" in page.locator("#upload-result").inner_text()
    assert "read-only" in page.locator("#upload-result").inner_text()
    assert server.get_json("/api/status")["counts"]["articles"] == before
    assert readonly_server.get_json("/api/status")["counts"]["articles"] == before_ro
