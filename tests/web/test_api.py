"""The JSON API and the pages' JSON twins, against a real `tidings serve` on the demo store."""

from __future__ import annotations

import http.client
import json
import threading
import urllib.parse
from pathlib import Path

import pytest

import tidings

TOKEN = "test-token-0123456789"  # tests/web/conftest.py starts the writable server with it
from tidings.outputs.events_export import event_records, mention_records
from tidings.outputs.export import STORIES_SQL


@pytest.fixture(scope="module")
def exported(demo_db: Path) -> dict:
    """What the exports say about the demo store (opened read-only; the servers have their own copies)."""
    with tidings.open(demo_db, read_only=True) as t:
        return {"events": {e["event_id"]: e for e in event_records(t.store)},
                "mentions": mention_records(t.store),
                "story_columns": [d[0] for d in t.store.con.execute(STORIES_SQL + " LIMIT 0").description]}


def _all_pages(server, path: str) -> list[dict]:
    items, cursor = [], None
    for _ in range(200):
        sep = "&" if "?" in path else "?"
        page = server.get_json(path + (f"{sep}cursor={cursor}" if cursor else ""))
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("pagination did not end")


def test_event_fields_are_the_exports(server, exported) -> None:
    page = server.get_json("/api/events?limit=5")
    assert page["items"]
    for item in page["items"]:
        exp = exported["events"][item["event_id"]]
        assert set(item) == set(exp) - {"mentions", "_rows"}
        assert item["n_sources"] == exp["n_sources"] and item["type"] == exp["type"]
    one = server.get_json(f"/api/events/{page['items'][0]['event_id']}")
    exp = exported["events"][one["event_id"]]
    assert {m["mention_id"] for m in one["mentions"]} == {m["mention_id"] for m in exp["mentions"]}
    assert set(exp["mentions"][0]) <= set(one["mentions"][0])


def test_mention_fields_are_the_exports(server, exported) -> None:
    page = server.get_json("/api/mentions?limit=3")
    assert set(page["items"][0]) == set(exported["mentions"][0])


def test_story_fields_are_the_exports(server, exported) -> None:
    story = server.get_json("/api/stories?limit=1")["items"][0]
    assert list(story) == exported["story_columns"]


def test_cursor_pagination_returns_every_event_once(server, exported) -> None:
    paged = _all_pages(server, "/api/events?limit=7")
    ids = [e["event_id"] for e in paged]
    assert len(ids) == len(set(ids)) == len(exported["events"])
    desc = [e["event_id"] for e in _all_pages(server, "/api/events?limit=9&order=desc")]
    assert sorted(desc) == sorted(ids)


def test_timeline_filters(server, exported) -> None:
    usa_chn = _all_pages(server, "/api/timeline?dyad=USA-CHN&limit=50")
    want = {e["event_id"] for e in exported["events"].values()
            if {(e["source"] or {}).get("country"), (e["target"] or {}).get("country")} == {"USA", "CHN"}}
    assert {r["event_id"] for r in usa_chn} == want
    assert _all_pages(server, "/api/timeline?dyad=CHN-USA&limit=50") == usa_chn  # either direction
    consult = _all_pages(server, "/api/timeline?dyad=USA-CHN&type=consult")
    assert consult and all(r["type"] == "CONSULT" for r in consult) and len(consult) < len(usa_chn)
    multi = _all_pages(server, "/api/timeline?min_sources=2")
    assert multi and all(r["n_sources"] >= 2 for r in multi)
    assert {r["event_id"] for r in multi} == {k for k, e in exported["events"].items() if e["n_sources"] >= 2}
    dated = _all_pages(server, "/api/events?date_from=2023-01-01&date_to=2023-12-31")
    assert dated and all(e["date_to"] >= "2023-01-01" and e["date_from"] <= "2023-12-31" for e in dated)
    planned = _all_pages(server, "/api/events?status=planned")
    assert planned and all(e["status"] == "planned" for e in planned)
    issue = next(i for e in exported["events"].values() for i in e["issues"])
    with_issue = _all_pages(server, f"/api/events?issue={urllib.parse.quote(issue)}")
    assert with_issue and all(issue in e["issues"] for e in with_issue)
    sure = _all_pages(server, "/api/events?min_confidence=0.8")
    assert all(e["confidence"] >= 0.8 for e in sure) and len(sure) < len(exported["events"])
    actor = _all_pages(server, "/api/events?actor=person:xi-jinping")
    assert actor and all("person:xi-jinping" in ((e["source"] or {}).get("actor_id"), (e["target"] or {}).get("actor_id"))
                         for e in actor)
    history_out = _all_pages(server, "/api/timeline?dyad=USA-CHN&background=false")
    assert history_out and not any(r["background"] for r in history_out) and len(history_out) < len(usa_chn)


def test_every_page_has_a_json_twin(server) -> None:
    ev = server.get_json("/api/events?limit=1")["items"][0]["event_id"]
    art = server.get_json("/api/articles?limit=1")["items"][0]["article_id"]
    story = server.get_json("/api/stories?limit=1")["items"][0]["story_id"]
    actor = server.get_json("/api/actors?limit=1")["items"][0]["actor_id"]
    for path in ["/", "/timeline?dyad=USA-CHN", f"/events/{ev}", f"/articles/{art}", f"/stories/{story}", "/stories",
                 f"/actors/{actor}", "/actors", "/search?q=tariffs"]:
        html = server.get(path)
        assert html.status == 200 and html.headers["content-type"].startswith("text/html"), path
        p, _, q = path.partition("?")
        twin = server.get((p.rstrip("/") or "/index") + ".json" + ("?" + q if q else ""))
        accept = server.get(path, headers={"Accept": "application/json"})
        assert twin.status == accept.status == 200, path
        assert twin.json() == accept.json(), path
    assert server.get_json("/index.json")["dyad"] == "USA-CHN"
    spec = server.get_json("/api/openapi.json")
    assert {"/api/events", "/api/timeline", "/api/search", "/api/index", "/api/channels", "/api/upcoming",
            "/api/brief", "/api/upload"} <= set(spec["paths"])
    assert server.get("/api/docs").status == 200


def test_dashboard_shows_us_china_with_traceable_claims(server) -> None:
    dash = server.get_json("/index.json")
    assert dash["recent"] and all(r["evidence"] for r in dash["recent"])
    html = server.get("/").text
    for r in dash["recent"]:  # every claim links to its event page, whose first mention carries the sentence
        assert f'/events/{r["event_id"]}#evidence' in html
        ev = server.get_json(f"/api/events/{r['event_id']}")
        assert any(" ".join(m["sentence_text"].split()) == r["evidence"] for m in ev["mentions"])


def test_search_finds_words_and_survives_query_syntax(server) -> None:
    res = server.get_json("/api/search?q=fentanyl")
    assert res["total"] >= 1
    for item in res["items"]:
        art = server.get_json(f"/api/articles/{item['article_id']}")
        assert "fentanyl" in ((art["text"] or "") + (art["title"] or "")).lower()
    for hostile_q in ['"unbalanced', "NEAR(a b", "tariff*", "a AND OR", "title:x", "-", "'; DROP TABLE articles; --"]:
        r = server.get("/api/search?q=" + urllib.parse.quote(hostile_q))
        assert r.status == 200, (hostile_q, r.body)
    assert server.get("/api/search?q=" + "x" * 201).status == 400


def test_security_headers_and_csp(server) -> None:
    r = server.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>', "")
    assert server.get("/api/status").headers["content-security-policy"] == csp


def test_no_parameter_reaches_the_file_system(server) -> None:
    for path in ["/static/..%2f..%2f__init__.py", "/static/../app.py", "/static/%2e%2e%2fdata.py", "/static/style.css%00",
                 "/articles/..%2f..%2fetc%2fpasswd", "/static/templates"]:
        r = server.get(path)
        assert r.status in (400, 404), (path, r.status)
        assert b"import" not in r.body and b"root:" not in r.body
    assert server.get("/static/style.css").status == 200


def test_limits(server) -> None:
    assert server.get("/api/events?limit=201").status == 400
    assert server.get("/api/events?cursor=not-a-cursor").status == 400
    assert server.get("/api/timeline?dyad=USA").status == 400
    assert server.get("/api/events?date_from=yesterday").status == 400
    # A body over 8 MB is refused from its Content-Length, before a byte of it is read.
    con = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    con.putrequest("POST", "/api/upload")
    con.putheader("Authorization", f"Bearer {TOKEN}")
    con.putheader("Content-Length", str(8 * 1024 * 1024 + 1))
    con.endheaders()
    assert con.getresponse().status == 413
    con.close()
    assert server.get("/", headers={"Host": "attacker.example"}).status == 400  # DNS rebinding


def test_writes_refused_without_the_token(server, readonly_server) -> None:
    before = server.get_json("/api/status")["counts"]["articles"]
    assert server.upload(b"Some article text.").status == 401
    assert server.upload(b"Some article text.", token="wrong-token-000").status == 401
    assert server.request("POST", "/api/run").status == 401
    ro = readonly_server.upload(b"Some article text.", token=TOKEN)
    assert ro.status == 403 and "read-only" in ro.json()["error"]
    assert readonly_server.request("POST", "/api/run").status == 403
    assert server.get_json("/api/status")["counts"]["articles"] == before


def test_store_grows_while_serving(server, hostile) -> None:
    """An upload is ingested and run by the server itself: readers never see an error, new events appear."""
    stop, statuses = threading.Event(), []

    def read() -> None:
        while not stop.is_set():
            statuses.append(server.get("/api/timeline?dyad=USA-CHN&order=desc&limit=20").status)

    before = server.get_json("/api/status")["counts"]
    text = ("BEIJING, June 2, 2024 - Chinese Defense Minister Dong Jun met U.S. Defense Secretary Lloyd Austin in "
            "Singapore on Saturday, the Pentagon said. Dong warned Austin over Taiwan during the meeting.")
    reader = threading.Thread(target=read)
    reader.start()
    try:
        r = server.upload(json.dumps({"id": "grow-1", "title": "Dong and Austin meet in Singapore", "outlet": "Test Wire",
                                      "published": "2024-06-02", "text": text}).encode() + b"\n", token=TOKEN)
        assert r.status == 202
        job = server.wait_job(r.json()["job_id"])
    finally:
        stop.set()
        reader.join()
    assert job["state"] == "done", job
    assert statuses and set(statuses) == {200}
    after = server.get_json("/api/status")["counts"]
    assert after["articles"] == before["articles"] + 1 and after["events"] > before["events"]
    found = server.get_json("/api/search?q=pentagon+singapore+dong")
    art = next(i for i in found["items"] if i["title"] == "Dong and Austin meet in Singapore")
    mentions = server.get_json(f"/api/mentions?article_id={art['article_id']}")["items"]
    assert mentions and all(m["event_id"] for m in mentions)
    # A reader's refresh shows the new events: their pages, and the timeline of their days.
    for eid in {m["event_id"] for m in mentions}:
        ev = server.get_json(f"/api/events/{eid}")
        assert any(m["article_id"] == art["article_id"] for m in ev["mentions"]), ev
        page = server.get(f"/events/{eid}")
        assert page.status == 200 and "Dong" in page.text
    on_days = server.get_json("/api/timeline?date_from=2024-05-25&date_to=2024-06-02&limit=200")["items"]
    assert {m["event_id"] for m in mentions} & {i["event_id"] for i in on_days}


def test_hostile_article_is_escaped(server, hostile) -> None:
    html = server.get(f"/articles/{hostile['article_id']}").text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Times" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html
    api = server.get_json(f"/api/articles/{hostile['article_id']}")
    assert '<script>alert("pwned")</script>' in api["text"]  # the data is kept as written; only the page escapes it


def test_cached_results_are_recomputed_by_the_write(demo_db, tmp_path, monkeypatch) -> None:
    """The dashboard and the analyst outputs are cached per store generation, and a write job computes the
    next generation's results before it reports done: the first dashboard after an upload is answered from
    the cache, shows the new events, and equals the outputs computed afresh on the store as it now is."""
    import shutil

    from fastapi.testclient import TestClient

    from tidings import analysis
    from tidings.web.app import create_app
    from tidings.web.data import Backend

    db = tmp_path / "cache.duckdb"
    shutil.copy(demo_db, db)
    backend = Backend(db, writable=True)
    try:
        client = TestClient(create_app(backend, token=TOKEN), base_url="http://127.0.0.1")
        before = client.get("/index.json?dyad=USA-CHN").json()
        assert client.get("/api/channels?dyad=USA-CHN").status_code == 200
        text = ("WASHINGTON, March 2, 2025 - Secretary of State Antony Blinken will travel to Beijing in April to meet "
                "Chinese Foreign Minister Wang Yi, the State Department said on Sunday. Blinken and Wang agreed on "
                "Saturday to resume talks on fentanyl, officials said.")
        record = {"id": "cache-1", "title": "Blinken to visit Beijing in April", "outlet": "Test Wire",
                  "published": "2025-03-02", "text": text}
        r = client.post("/api/upload", content=(json.dumps(record) + "\n").encode(),
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/octet-stream"})
        assert r.status_code == 202, r.text
        backend.jobs.wait_idle(timeout=600)
        job = client.get(f"/api/jobs/{r.json()['job_id']}").json()
        assert job["state"] == "done", job
        assert job["summary"]["cache_refreshed"]["results"] >= 4  # dashboard, index, channels, upcoming, ...

        calls = []
        for name in ("index", "channels", "upcoming", "brief"):
            real = getattr(analysis, name)
            monkeypatch.setattr(analysis, name, lambda *a, _n=name, _f=real, **kw: calls.append(_n) or _f(*a, **kw))
        after = client.get("/index.json?dyad=USA-CHN").json()
        assert calls == []  # the first dashboard after the write: computed by the write, not by this request
        new = {e["event_id"] for e in after["recent"]} - {e["event_id"] for e in before["recent"]}
        article = client.get("/api/search?q=blinken+april+beijing").json()["items"][0]["article_id"]
        mentioned = {m["event_id"] for m in client.get(f"/api/mentions?article_id={article}").json()["items"]}
        assert new and new <= mentioned  # the new events are on it
        assert after["counts"]["articles"] == before["counts"]["articles"] + 1
        monkeypatch.undo()
        con = backend.store.con.cursor()
        con.execute("USE store")
        assert after["channels"] == analysis.channels(con, dyad="USA-CHN")["channels"]
        assert after["index"] == analysis.index(con, dyad="USA-CHN", by="month")
        fresh = analysis.upcoming(con, dyad="USA-CHN")
        assert after["upcoming_as_of"] == fresh["as_of"] and {p["event_id"] for p in after["upcoming"]} <= {
            p["event_id"] for p in fresh["plans"]}
        assert client.get("/api/channels?dyad=USA-CHN").json() == analysis.channels(con, dyad="USA-CHN")
    finally:
        backend.close()


def test_event_page_shows_the_place_as_printed_where_it_differs(server, exported) -> None:
    """The event page and its JSON twin carry the export's location, printed form included; the page shows
    it beside the gazetteer's name only where it says more ("U.S." for United States), not for a change of
    case or a leading "the" ("BEIJING", "the Philippines")."""
    from markupsafe import escape

    from tidings.web.app import printed_differs

    assert printed_differs("Gomel", "Homyel'") and printed_differs("St Petersburg", "Saint Petersburg")
    assert not printed_differs("BEIJING", "Beijing") and not printed_differs("the Philippines", "Philippines")
    assert not printed_differs("Zürich", "Zurich") and not printed_differs(None, "Minsk")
    differing = [e for e in exported["events"].values()
                 if e["location"] and printed_differs(e["location"]["text"], e["location"]["name"])]
    assert differing, "the demo corpus prints some place otherwise than the gazetteer names it"
    e = differing[0]
    assert server.get_json(f"/api/events/{e['event_id']}")["location"] == e["location"]
    html = server.get(f"/events/{e['event_id']}").text
    assert f"(printed “{escape(e['location']['text'])}”)" in html
    same = next((e for e in exported["events"].values() if e["location"] and e["location"]["text"]
                 and not printed_differs(e["location"]["text"], e["location"]["name"])), None)
    if same is not None:
        assert "(printed “" not in server.get(f"/events/{same['event_id']}").text
