"""The web page: timeline, actor pages, who-met-whom network, quote search, highlighted sources.

Server-rendered with Jinja2 (autoescaping on: every text from an article is shown as text, so an
article containing ``<script>`` cannot run it); a few lines of own JavaScript, no CDN, works offline.
"""

from __future__ import annotations

import itertools
import math
import sqlite3
import unicodedata
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild.api.app import Conn, Day, clean_errors, connection, create_api, error_response
from lagebild.errors import LagebildError
from lagebild.resolve import queries
from lagebild.resolve.names import quote_tokens

_HERE = Path(str(resources.files("lagebild.web")))
env = Environment(
    loader=FileSystemLoader(str(_HERE / "templates")),
    autoescape=select_autoescape(["html", "svg"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

env.filters["same_words"] = lambda a, b: quote_tokens(str(a)) == quote_tokens(str(b))


def bare(text: str) -> str:
    """A quote without its own quotation marks, so the page can set them once."""
    marks = "\"'„‚"
    return (
        str(text)
        .strip()
        .strip("".join(c for c in set(str(text)) if unicodedata.category(c) in ("Pi", "Pf")) + marks)
        .strip()
    )


env.filters["bare"] = bare

pages = APIRouter(include_in_schema=False)
Offset = Annotated[int, Query(ge=0, le=2**62)]
Text = Annotated[str | None, Query(max_length=500)]
PAGE = 50
PAGE_EVENTS = 50


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(env.get_template(name).render(**context), status_code=status)


def create_app(db_path: str | Path | None = None) -> FastAPI:
    """The API plus the web page over one store."""
    app = create_api(db_path)
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    app.include_router(pages)

    async def _web_errors(request: Request, exc: Exception) -> Response:
        if isinstance(exc, LagebildError):
            status = 404 if exc.code == "E041" else 400
            code, message = exc.code, exc.message
        elif isinstance(exc, StarletteHTTPException):
            status, message = exc.status_code, str(exc.detail)
            code = "E041" if status == 404 else "E040"
        else:
            status, code, message = 400, "E040", "the request does not validate"
        path = request.url.path
        if path.startswith(("/api/", "/openapi")) or path == "/api":
            json_response: JSONResponse = error_response(status, code, message)
            return json_response
        return render("error.html", status=status, message=message)

    async def _validation(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api") and isinstance(exc, RequestValidationError):
            return error_response(422, "E040", "the request does not validate", clean_errors(exc.errors()))
        return render("error.html", status=422, message="Ungültige Angabe in der Adresse.")

    app.add_exception_handler(LagebildError, _web_errors)
    app.add_exception_handler(StarletteHTTPException, _web_errors)
    app.add_exception_handler(RequestValidationError, _validation)
    return app


# -- timeline chart -------------------------------------------------------------------------------


def timeline_chart(events: list[dict[str, Any]], width: int = 1000) -> dict[str, Any]:
    """An SVG layout: one lane per event type, x by day, hollow dashed marks for planned events."""
    dated = [(e, date.fromisoformat(e["date"] or e["anchor_day"])) for e in events]
    first = min((d for _, d in dated), default=date.today())
    last = max((d for _, d in dated), default=first)
    span = max((last - first).days, 1)
    left, right = 90, width - 30
    lanes = sorted({e["type"] for e, _ in dated})
    lane_y = {t: 40 + 28 * i for i, t in enumerate(lanes)}
    axis_y = 40 + 28 * len(lanes)
    marks = []
    for e, d in dated:
        x = left + (right - left) * (d - first).days / span
        names = ", ".join(p["name"] or "" for p in e["participants"])
        title = f"{d.isoformat()} · {e['status']} · {e['type']} · {names} · {e['source_count']} Quelle(n)"
        marks.append(
            {
                "id": e["id"],
                "day": d.isoformat(),
                "x": round(x, 1),
                "y": lane_y[e["type"]],
                "r": min(6 + 2 * int(e["source_count"]), 14),
                "status": e["status"],
                "title": title,
            }
        )
    step = max(1, math.ceil(span / 10))
    ticks = []
    for i in range(0, span + 1, step):
        day = date.fromordinal(first.toordinal() + i)
        ticks.append({"x": round(left + (right - left) * i / span, 1), "label": day.strftime("%d.%m.")})
    return {
        "width": width,
        "height": axis_y + 30,
        "left": left,
        "axis_y": axis_y,
        "lanes": [{"label": t, "y": lane_y[t]} for t in lanes],
        "marks": marks,
        "ticks": ticks,
    }


@pages.get("/", response_class=HTMLResponse)
def timeline_page(conn: Conn, since: Day = None, until: Day = None, offset: Offset = 0) -> HTMLResponse:
    page = queries.list_events(conn, since=since, until=until, limit=PAGE_EVENTS, offset=offset)
    return render(
        "timeline.html",
        page=page,
        chart=timeline_chart(queries.event_marks(conn, since=since, until=until)) if page.items else None,
        since=since,
        until=until,
        stats=queries.stats(conn),
    )


@pages.get("/timeline.svg")
def timeline_svg(conn: Conn, since: Day = None, until: Day = None) -> Response:
    """The timeline chart as a standalone SVG file, for a report or a slide."""
    marks = queries.event_marks(conn, since=since, until=until)
    body = env.get_template("timeline.svg").render(
        chart=timeline_chart(marks), events=len(marks), since=since, until=until
    )
    return Response(
        body, media_type="image/svg+xml", headers={"Content-Disposition": 'inline; filename="lagebild-timeline.svg"'}
    )


@pages.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API's endpoints with their parameters, from the OpenAPI schema, without a CDN."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                }
            )
    return render(
        "api_docs.html",
        endpoints=endpoints,
        title=schema["info"]["title"],
        description=schema["info"].get("description", ""),
    )


@pages.get("/actors", response_class=HTMLResponse)
def actors_page(conn: Conn, q: Text = None, offset: Offset = 0) -> HTMLResponse:
    return render("actors.html", page=queries.list_actors(conn, q=q, limit=PAGE, offset=offset), q=q)


@pages.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(conn: Conn, actor_id: int) -> HTMLResponse:
    actor = queries.get_actor(conn, actor_id)
    if actor is None:
        raise LagebildError("E041", f"no actor with id {actor_id}")
    return render(
        "actor.html",
        actor=actor,
        quotes=queries.search_quotes(conn, actor=actor_id, limit=100, oldest_first=True),
        events=queries.list_events(conn, actor=actor_id, limit=100),
    )


@pages.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    conn: Conn,
    q: Text = None,
    speaker: Text = None,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    id: int | None = None,
    offset: Offset = 0,
) -> HTMLResponse:
    if id is not None:
        one = queries.get_quote(conn, id)
        page = queries.Page([one] if one else [], 1 if one else 0, 1, 0)
    else:
        page = queries.search_quotes(
            conn, q=q, speaker=speaker, outlet=outlet, since=since, until=until, limit=PAGE, offset=offset
        )
    f = {"q": q, "speaker": speaker, "outlet": outlet, "since": since, "until": until}
    return render("quotes.html", page=page, f=f, query=urlencode({k: v for k, v in f.items() if v}))


@pages.get("/network", response_class=HTMLResponse)
def network_page(conn: Conn, since: Day = None, until: Day = None) -> HTMLResponse:
    net = queries.network(conn, since=since, until=until, limit=300)
    size = 760
    center, radius = size / 2, size / 2 - 130
    nodes = []
    pos: dict[int, tuple[float, float]] = {}
    count = max(len(net["nodes"]), 1)
    for i, n in enumerate(net["nodes"]):
        angle = 2 * math.pi * i / count - math.pi / 2
        x, y = center + radius * math.cos(angle), center + radius * math.sin(angle)
        pos[n["id"]] = (x, y)
        right = math.cos(angle) >= 0
        nodes.append(
            {
                **n,
                "x": round(x, 1),
                "y": round(y, 1),
                "r": 5 + min(int(math.sqrt(n["mention_count"] or 1)), 9),
                "tx": round(x + (14 if right else -14), 1),
                "ty": round(y + 4, 1),
                "anchor": "start" if right else "end",
            }
        )
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = []
    for e in net["edges"]:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        edges.append(
            {
                **e,
                "x1": round(x1, 1),
                "y1": round(y1, 1),
                "x2": round(x2, 1),
                "y2": round(y2, 1),
                "width": 1 + 1.5 * min(e["weight"], 6),
                "label": f"{names.get(e['source'])} – {names.get(e['target'])}: {e['weight']} Ereignis(se)",
            }
        )
    return render("network.html", nodes=nodes, edges=edges, size=size, since=since, until=until)


@pages.get("/articles", response_class=HTMLResponse)
def articles_page(conn: Conn, q: Text = None, offset: Offset = 0) -> HTMLResponse:
    return render("articles.html", page=queries.list_articles(conn, q=q, limit=PAGE, offset=offset), q=q)


def segments(
    text: str, p_start: int, p_end: int, sup: tuple[int, int] | None, span: tuple[int, int] | None
) -> list[dict[str, Any]]:
    """One paragraph cut into plain text, the supporting sentence, and the exact fact span in it."""
    cuts = {p_start, p_end}
    for pair in (sup, span):
        if pair:
            cuts |= {min(max(pair[0], p_start), p_end), min(max(pair[1], p_start), p_end)}
    points = sorted(cuts)
    out: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(points):
        if a >= b:
            continue
        kind = "plain"
        if span and span[0] <= a and b <= span[1]:
            kind = "span"
        elif sup and sup[0] <= a and b <= sup[1]:
            kind = "support"
        out.append({"kind": kind, "text": text[a:b], "first": False})
    for seg in out:
        if seg["kind"] != "plain":
            seg["first"] = True
            break
    return out


@pages.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    article_id: str,
    conn: sqlite3.Connection = Depends(connection),  # noqa: B008
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> HTMLResponse:
    art = queries.get_article(conn, article_id)
    if art is None:
        raise LagebildError("E041", f"no article with id {article_id[:80]!r}")
    text: str = art["text"]
    paras = art["paragraphs"] or [{"start": 0, "end": len(text), "kind": "body"}]
    span = sup = None
    if start is not None and end is not None and start < end <= len(text):
        span = (start, end)
        sup = queries.sentence_around(text, start, end, paras)
        sup = (min(sup[0], start), max(sup[1], end))
    rendered = [{"kind": p["kind"], "segments": segments(text, p["start"], p["end"], sup, span)} for p in paras]
    return render("article.html", article=art, paragraphs=rendered)
