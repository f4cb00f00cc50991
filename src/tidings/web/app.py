"""The FastAPI application: JSON API under /api, server-rendered pages, each page with a JSON twin.

Security model (issue 12): loopback by default (``tidings serve``), read-only unless a token is given,
which then guards the write endpoints; Jinja2 autoescaping for everything that comes from articles
(no ``|safe`` anywhere); static assets are read once into memory, so no request parameter ever reaches
the file system; request bodies, page sizes and query times are bounded; every response carries
security headers with a Content-Security-Policy that allows no inline script.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hmac
import json
import mimetypes
from collections.abc import Callable
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.middleware.base import BaseHTTPMiddleware

from .. import __version__
from ..folding import fold_accents
from .data import Backend, BadRequest, EventFilter, NotFound, QueryTimeout
from .render import article_segments, bar_chart

__all__ = ["create_app", "CSP", "MAX_BODY"]

MAX_BODY = 8 * 1024 * 1024  # bytes of one upload
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
_ID = r"^[A-Za-z0-9:_.\-]{1,120}$"
Limit = Annotated[int, Query(ge=1, le=200, description="Page size (at most 200).")]
Cursor = Annotated[str | None, Query(max_length=400, description="next_cursor of the previous page.")]


# The event filters as one FastAPI dependency (EventFilter's own parameters, checked there): the endpoints that
# filter events share one parameter list.
Filters = Annotated[EventFilter, Depends(EventFilter)]
Dyad = Annotated[str, Query(max_length=7, description="Country pair, ISO alpha-3, e.g. USA-CHN (either direction).")]
DateQ = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]


def _default(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, bytes):
        return v.hex()
    return str(v)


def _public(v: Any) -> Any:
    """Drop the keys pages use internally (``_text``, ``_parts``) from what the JSON API returns."""
    if isinstance(v, dict):
        return {k: _public(x) for k, x in v.items() if not str(k).startswith("_")}
    if isinstance(v, list):
        return [_public(x) for x in v]
    return v


class Json(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(_public(content), ensure_ascii=False, default=_default, separators=(",", ":")).encode()


class Guard(BaseHTTPMiddleware):
    """Security headers on every response; bodies over MAX_BODY refused; Host checked on loopback."""

    def __init__(self, app: Any, *, loopback: bool) -> None:
        super().__init__(app)
        self.loopback = loopback

    async def dispatch(self, request: Request, call_next: Callable) -> Response:
        if self.loopback:  # DNS rebinding: a page on another site cannot reach a loopback server by a name it controls
            host = (
                (request.headers.get("host") or "").rsplit(":", 1)[0]
                if not (request.headers.get("host") or "").startswith("[")
                else (request.headers.get("host") or "").split("]")[0] + "]"
            )
            if host not in LOOPBACK_HOSTS:
                return _secure(Json({"error": "host not allowed"}, status_code=400))
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return _secure(Json({"error": f"request body over {MAX_BODY // (1024 * 1024)} MB"}, status_code=413))
        return _secure(await call_next(request))


def _secure(resp: Response) -> Response:
    for k, v in SECURITY_HEADERS.items():
        resp.headers.setdefault(k, v)
    return resp


def _static() -> dict[str, tuple[bytes, str]]:
    """Every vendored asset, read once: /static/NAME is a dictionary lookup, never a path."""
    out = {}
    for entry in resources.files(__package__).joinpath("static").iterdir():
        if entry.is_file():
            ctype = mimetypes.guess_type(entry.name)[0] or "application/octet-stream"
            out[entry.name] = (entry.read_bytes(), ctype)
    return out


def create_app(backend: Backend, *, token: str | None = None, loopback: bool = True) -> FastAPI:
    """The web app over ``backend``; write endpoints exist only when ``token`` is set."""
    app = FastAPI(
        title="tidings",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        description="A sourced record of international relations. Field names are the exports'.",
    )
    app.add_middleware(Guard, loopback=loopback)
    env = Environment(
        loader=PackageLoader("tidings.web", "templates"),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    static = _static()
    env.globals.update(version=__version__, writable=token is not None)
    env.filters["qs"] = lambda d, **kw: urlencode({k: v for k, v in {**d, **kw}.items() if v not in (None, "")})
    env.filters["safe_url"] = _safe_url
    env.filters["pct"] = lambda v: "" if v is None else f"{float(v):.0%}"
    env.filters["printed_differs"] = printed_differs
    app.state.backend = backend

    def wants_json(request: Request) -> bool:
        return (
            request.url.path.endswith(".json") or "application/json" in request.headers.get("accept", "").split(",")[0]
        )

    def page(request: Request, template: str, data: dict[str, Any], **extra: Any) -> Response:
        if wants_json(request):
            return Json(data)
        html = env.get_template(template).render(request=request, data=data, **extra)
        return HTMLResponse(html)

    def twin(path: str, **kw: Any) -> Callable:
        """Register a page at ``path`` and its JSON twin at ``path``.json."""

        def deco(fn: Callable) -> Callable:
            # The .json route first: /events/{event_id} would otherwise take "e1.json" as the id.
            app.get(path.rstrip("/") + ".json" if path != "/" else "/index.json", include_in_schema=False, **kw)(fn)
            app.get(path, response_class=HTMLResponse, include_in_schema=False, **kw)(fn)
            return fn

        return deco

    # -- errors -----------------------------------------------------------------------------------
    def error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api") or wants_json(request):
            return Json({"error": message}, status_code=status)
        return HTMLResponse(
            env.get_template("error.html").render(request=request, status=status, message=message), status_code=status
        )

    @app.exception_handler(BadRequest)
    async def _bad(request: Request, exc: BadRequest) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(QueryTimeout)
    async def _slow(request: Request, exc: QueryTimeout) -> Response:
        return error(request, 503, f"{exc}; narrow the filters")

    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        return error(request, 400, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    # -- static and API docs ------------------------------------------------------------------------
    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in static:
            raise NotFound(f"no asset {name[:60]}")
        body, ctype = static[name]
        return Response(body, media_type=ctype, headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> Response:
        """The OpenAPI description rendered on the server (Swagger UI would need a CDN and inline script)."""
        return HTMLResponse(env.get_template("api_docs.html").render(request=request, spec=app.openapi()))

    # -- JSON API -----------------------------------------------------------------------------------

    FilterDoc = (
        "Filters: dyad (USA-CHN, either direction), actor (actor_id or ISO alpha-3), type (PLOVER), status (one or "
        "several, comma-separated), "
        "date_from, date_to (YYYY-MM-DD, overlap), issue (topic key), min_sources (independent source groups), "
        "min_confidence (0..1), background (false: leave out history recounted)."
    )

    @app.get(
        "/api/events",
        tags=["events"],
        description="Events (the events export's fields, without mentions). " + FilterDoc,
    )
    def api_events(
        f: Filters,
        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        return Json(backend.events(f, cursor=cursor, limit=limit, desc=order == "desc"))

    @app.get(
        "/api/events/{event_id}",
        tags=["events"],
        description="One event with its mentions (the events export's record).",
    )
    def api_event(event_id: Annotated[str, _path_id()]) -> Response:
        return Json(backend.event(event_id))

    @app.get(
        "/api/timeline", tags=["events"], description="Timeline rows with their best evidence sentence. " + FilterDoc
    )
    def api_timeline(
        f: Filters,
        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        return Json(backend.timeline(f, cursor=cursor, limit=limit, desc=order == "desc"))

    @app.get("/api/mentions", tags=["events"], description="Event mentions (the mentions export's fields).")
    def api_mentions(
        event_id: Annotated[str | None, Query(pattern=_ID)] = None,
        article_id: Annotated[str | None, Query(pattern=_ID)] = None,
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        return Json(backend.mentions(event_id=event_id, article_id=article_id, cursor=cursor, limit=limit))

    @app.get("/api/articles", tags=["articles"], description="Articles (the articles export's fields, without text).")
    def api_articles(
        outlet: Annotated[str | None, Query(max_length=200)] = None, cursor: Cursor = None, limit: Limit = 50
    ) -> Response:
        return Json(backend.articles(cursor=cursor, limit=limit, outlet=outlet))

    @app.get(
        "/api/articles/{article_id}",
        tags=["articles"],
        description="One article with its text and the actors, places, dates and event mentions found in it.",
    )
    def api_article(article_id: Annotated[str, _path_id()]) -> Response:
        return Json(backend.article(article_id))

    @app.get("/api/stories", tags=["stories"], description="Stories (the stories export's fields), latest first.")
    def api_stories(cursor: Cursor = None, limit: Limit = 50) -> Response:
        return Json(backend.stories(cursor=cursor, limit=limit))

    @app.get(
        "/api/stories/{story_id}", tags=["stories"], description="One story, its articles by source group, its events."
    )
    def api_story(story_id: Annotated[str, _path_id()]) -> Response:
        return Json(backend.story(story_id))

    @app.get("/api/actors", tags=["actors"], description="Actors (the actors export's fields), most mentioned first.")
    def api_actors(
        q: Annotated[str | None, Query(max_length=100)] = None, cursor: Cursor = None, limit: Limit = 50
    ) -> Response:
        return Json(backend.actors(cursor=cursor, limit=limit, q=q))

    @app.get("/api/actors/{actor_id}", tags=["actors"], description="One actor: roles with dates, and events.")
    def api_actor(actor_id: Annotated[str, _path_id()]) -> Response:
        return Json(backend.actor(actor_id))

    @app.get(
        "/api/search",
        tags=["search"],
        description="Full-text search over article title, outlet and text (SQLite FTS5, BM25); every word is required.",
    )
    def api_search(
        q: Annotated[str, Query(max_length=200)], cursor: Cursor = None, limit: Annotated[int, Query(ge=1, le=50)] = 20
    ) -> Response:
        return Json(backend.search(q, cursor=cursor, limit=limit))

    @app.get(
        "/api/index",
        tags=["analysis"],
        description="Cooperation–conflict index of a dyad per period "
        "(tidings.analysis.index: quad-class sums and a Goldstein-weighted net, events weighted n_sources x confidence).",
    )
    def api_index(
        dyad: Dyad = "USA-CHN",
        by: Annotated[str, Query(pattern="^(day|week|month)$")] = "week",
        date_from: DateQ = None,
        date_to: DateQ = None,
    ) -> Response:
        return Json(backend.analysis("index", dyad=dyad, by=by, date_from=date_from, date_to=date_to))

    @app.get(
        "/api/channels",
        tags=["analysis"],
        description="Dialogue channels of a dyad: last contact, state "
        "(active, suspended since, resumed on), next planned contact (tidings.analysis.channels).",
    )
    def api_channels(dyad: Dyad = "USA-CHN", date_from: DateQ = None, date_to: DateQ = None) -> Response:
        return Json(backend.analysis("channels", dyad=dyad, date_from=date_from, date_to=date_to))

    @app.get(
        "/api/upcoming",
        tags=["analysis"],
        description="Planned and proposed events with their expected date "
        "and what became of them (tidings.analysis.upcoming); all=true adds plans carried out.",
    )
    def api_upcoming(dyad: Annotated[str | None, Query(max_length=7)] = None, all: bool = False) -> Response:  # noqa: A002
        return Json(backend.analysis("upcoming", dyad=dyad, include_all=all))

    @app.get(
        "/api/brief",
        tags=["analysis"],
        description="Extractive brief with numbered citations of a story "
        "(story=ID) or of a dyad over a period (tidings.analysis.brief).",
    )
    def api_brief(
        story: Annotated[str | None, Query(pattern=_ID)] = None,
        dyad: Annotated[str | None, Query(max_length=7)] = None,
        date_from: DateQ = None,
        date_to: DateQ = None,
    ) -> Response:
        return Json(backend.analysis("brief", story=story, dyad=dyad, date_from=date_from, date_to=date_to))

    @app.get("/api/dyads", tags=["events"], description="Country pairs with the most events.")
    def api_dyads() -> Response:
        return Json({"items": backend.dyads()})

    @app.get("/api/status", tags=["server"], description="Store counts and whether writes are enabled.")
    def api_status() -> Response:
        return Json(
            {
                "version": __version__,
                "writable": token is not None,
                "counts": backend.counts(),
                "search_indexed": backend.search_index.count(),
            }
        )

    # -- writes (token only) ------------------------------------------------------------------------
    def authorise(request: Request) -> None:
        if token is None:
            raise _Refused(403, "this server is read-only: start it with --token to accept uploads and runs")
        given = request.headers.get("authorization", "")
        if not (given.startswith("Bearer ") and hmac.compare_digest(given[7:].encode(), token.encode())):
            raise _Refused(401, "missing or wrong token (send Authorization: Bearer TOKEN)")

    @app.exception_handler(_Refused)
    async def _refused(request: Request, exc: _Refused) -> Response:
        resp = error(request, exc.status, exc.message)
        if exc.status == 401:
            resp.headers["WWW-Authenticate"] = "Bearer"
        return resp

    @app.post(
        "/api/upload",
        tags=["writes"],
        status_code=202,
        description="Ingest the request body (any input form tidings reads: text, HTML, JSON Lines, feed, WARC, "
        "archive; at most 8 MB), then run every stage. Needs the server's token.",
    )
    async def api_upload(request: Request) -> Response:
        authorise(request)
        body = bytearray()
        async for chunk in request.stream():  # counted as it arrives: a missing Content-Length cannot lift the limit
            body += chunk
            if len(body) > MAX_BODY:
                raise _Refused(413, f"request body over {MAX_BODY // (1024 * 1024)} MB")
        if not body:
            raise BadRequest("empty upload")
        return Json(backend.jobs.submit("upload", bytes(body)), status_code=202)

    @app.post(
        "/api/run",
        tags=["writes"],
        status_code=202,
        description="Run every pipeline stage on what is pending. Needs the server's token.",
    )
    def api_run(request: Request) -> Response:
        authorise(request)
        return Json(backend.jobs.submit("run"), status_code=202)

    @app.get("/api/jobs/{job_id}", tags=["writes"], description="State of a write job (queued, running, done, failed).")
    def api_job(job_id: Annotated[str, _path_id(r"^[0-9a-f]{32}$")]) -> Response:
        return Json(backend.jobs.get(job_id))

    # -- pages --------------------------------------------------------------------------------------
    @twin("/")
    def dashboard(request: Request, dyad: Annotated[str, Query(max_length=7)] = "USA-CHN") -> Response:
        f = EventFilter(dyad=dyad)
        data = dashboard_cached(f)
        return page(
            request,
            "dashboard.html",
            data,
            chart=bar_chart(data["events_by_month"]),
            index_chart=index_chart(data["index"], f.dyad),
        )

    def dashboard_data(f: EventFilter) -> dict[str, Any]:
        recent = backend.timeline(EventFilter(dyad=f.dyad, background=False), limit=12, desc=True)["items"]
        # The index and the channels are per dyad; "all countries" (an empty dyad) shows the rest.
        index = backend.analysis("index", dyad=f.dyad, by="month") if f.dyad else {}
        channels = backend.analysis("channels", dyad=f.dyad) if f.dyad else {"channels": []}
        upcoming_all = backend.analysis("upcoming", dyad=f.dyad)
        plans = upcoming_all["plans"]
        upcoming = sorted(
            plans, key=lambda p: (str(p.get("expected_from") or p.get("reported") or ""), p["event_id"]), reverse=True
        )[:10]
        monthly = backend.cached(
            f"monthly:{f.dyad}",
            lambda: backend.rows(
                "SELECT strftime(date_from, '%Y-%m') AS month, quad_class, count(*) AS n FROM events e WHERE "
                + f.sql("e")[0]
                + " AND date_from IS NOT NULL AND NOT background GROUP BY 1, 2 ORDER BY 1",
                f.sql("e")[1],
            ),
        )
        return {
            "dyad": f.dyad,
            "dyads": backend.dyads(),
            "counts": backend.counts(),
            "recent": recent,
            "upcoming": upcoming,
            "upcoming_as_of": upcoming_all.get("as_of"),
            "events_by_month": monthly,
            "index": index,
            "channels": channels["channels"],
            "stories": backend.stories(limit=8)["items"],
        }

    def dashboard_cached(f: EventFilter) -> dict[str, Any]:
        """One result per dyad and store generation: a write job recomputes it before it reports done."""
        return backend.cached(f"dashboard:{f.dyad}", lambda: dashboard_data(f))

    # `tidings serve` computes the default dashboard once at start, so its first visitor does not wait.
    app.state.warm = lambda: dashboard_cached(EventFilter(dyad="USA-CHN"))

    @twin("/timeline")
    def timeline_page(
        request: Request,
        dyad: str | None = None,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002
        status: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        issue: str | None = None,
        min_sources: Annotated[str | None, Query(max_length=4)] = None,
        min_confidence: Annotated[str | None, Query(max_length=6)] = None,
        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        f = EventFilter(
            dyad=dyad,
            actor=actor,
            type=type,
            status=status,
            date_from=date_from,
            date_to=date_to,
            issue=issue,
            min_sources=_num(min_sources, int, "min_sources"),
            min_confidence=_num(min_confidence, float, "min_confidence"),
        )
        data = backend.timeline(f, cursor=cursor, limit=limit, desc=order == "desc")
        data["order"] = order
        return page(request, "timeline.html", data, facets=backend.facets(), dyads=backend.dyads())

    @twin("/events/{event_id}")
    def event_page(request: Request, event_id: Annotated[str, _path_id()]) -> Response:
        e = backend.event(event_id)
        for m in e["mentions"]:
            m["_segments"] = article_segments(
                m["_text"],
                [(m["start"], m["end"], "evidence", None)]
                + (
                    [(m["trigger_start"], m["trigger_end"], "trigger", None)]
                    if m.get("trigger_start") is not None
                    else []
                ),
            )
        return page(request, "event.html", e)

    @twin("/articles/{article_id}")
    def article_page(request: Request, article_id: Annotated[str, _path_id()]) -> Response:
        a = backend.article(article_id)
        spans = [
            (m["start_char"], m["end_char"], "actor", f"/actors/{m['actor_id']}" if m["actor_id"] else None)
            for m in a["actor_mentions"]
        ]
        spans += [(p["start_char"], p["end_char"], "place", None) for p in a["places"]]
        spans += [(t["start_char"], t["end_char"], "time", None) for t in a["timexes"]]
        spans += [(m["start_char"], m["end_char"], "evidence", None) for m in a["event_mentions"]]
        return page(request, "article.html", a, segments=article_segments(a["text"] or "", spans))

    @twin("/stories/{story_id}")
    def story_page(request: Request, story_id: Annotated[str, _path_id()]) -> Response:
        story = backend.story(story_id)
        story["brief"] = backend.analysis("brief", story=story_id)
        return page(request, "story.html", story)

    @twin("/stories")
    def stories_page(request: Request, cursor: Cursor = None, limit: Limit = 50) -> Response:
        return page(request, "stories.html", backend.stories(cursor=cursor, limit=limit))

    @twin("/actors/{actor_id}")
    def actor_page(request: Request, actor_id: Annotated[str, _path_id()]) -> Response:
        return page(request, "actor.html", backend.actor(actor_id))

    @twin("/actors")
    def actors_page(
        request: Request,
        q: Annotated[str | None, Query(max_length=100)] = None,
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        data = backend.actors(cursor=cursor, limit=limit, q=q)
        data["q"] = q
        return page(request, "actors.html", data)

    @twin("/upload")
    def upload_page(request: Request) -> Response:
        return page(request, "upload.html", {"writable": token is not None})

    @twin("/search")
    def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "", cursor: Cursor = None) -> Response:
        data = (
            backend.search(q, cursor=cursor) if q.strip() else {"q": "", "total": 0, "items": [], "next_cursor": None}
        )
        return page(request, "search.html", data)

    return app


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _path_id(pattern: str = _ID) -> Any:
    from fastapi import Path as PathParam

    return PathParam(pattern=pattern)


def _num(v: str | None, kind: type, name: str) -> Any:
    if v in (None, ""):
        return None
    try:
        return kind(v)
    except ValueError:
        raise BadRequest(f"{name} must be a number, not {v[:20]!r}") from None


def index_chart(index: dict[str, Any], dyad: str | None) -> dict[str, Any]:
    """The index's net score per period as a line; each point links to the timeline of its period."""
    from .render import line_chart

    periods = index.get("periods") or []
    chart = line_chart([(p["period"], p["net"]) for p in periods])
    for d, p in zip(chart["dots"], periods):
        d["href"] = "/timeline?" + urlencode(
            {"dyad": dyad or "", "date_from": str(p["start"]), "date_to": str(p["end"])}
        )
        d["title"] = f"{p['period']}: net {p['net']:+.1f} from {p['events']} event(s)"
    return chart


def printed_differs(text: str | None, name: str | None) -> bool:
    """Whether a place as the article prints it ("Gomel", "St Petersburg") says more than the gazetteer's
    name ("Homyel'", "Saint Petersburg"): not when only case, accents or a leading "the" differ
    ("BEIJING", "the Philippines")."""
    if not text or not name:
        return False

    def norm(s: str) -> str:
        s = fold_accents(s).casefold().strip()
        return s[4:] if s.startswith("the ") else s

    return norm(text) != norm(name)


def _safe_url(url: Any) -> str | None:
    """An article's link only when it is http(s): a javascript: or data: URL never becomes an href."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None
