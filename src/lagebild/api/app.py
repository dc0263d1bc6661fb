"""The HTTP API: JSON under /api/, one error shape, OpenAPI schema at /openapi.json.

Reads use a short-lived read-only SQLite connection per request (WAL lets them run beside an
ingest); an ingest (POST /api/articles) runs the language pipeline and saves the article with
cross-article resolution in one transaction, so concurrent writers (threads or processes) queue
on SQLite's lock and nothing is lost.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild import settings
from lagebild.errors import CODES, InputError, LagebildError, StoreError
from lagebild.resolve import catch_up, install, queries
from lagebild.store import Store

# Largest POST body accepted; a bigger one is refused before it is read whole.
MAX_BODY_BYTES = 5_000_000
MAX_PAGE = 500
INTERNAL = ("E000", "internal error")


class ErrorDetail(BaseModel):
    status: int
    code: str
    title: str
    message: str
    errors: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """The one shape of every error answer."""

    error: ErrorDetail


class PageBody(BaseModel):
    """A page of a list: the items, how many there are in all, and the window asked for."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class ArticleIn(BaseModel):
    """A new article: its text and what is known about it (JSON body of POST /api/articles)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text, headline first.")
    published: str | None = Field(None, description="Publication time, ISO 8601 (e.g. 2025-12-01T16:51:00+01:00).")
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=2000, description="Where the text came from (file, feed).")
    id: str | None = Field(
        None, max_length=200, pattern=r"^[A-Za-z0-9._:-]+$", description="Stable id; default: a hash of the text."
    )


class IngestOut(BaseModel):
    id: str
    stored: bool
    quotes: int
    events: int
    entities: int


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed request (bad date, bad JSON, bad query)."},
    404: {"model": ErrorBody, "description": "No such item."},
    422: {"model": ErrorBody, "description": "Parameters or body fail validation."},
}


def error_response(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None) -> JSONResponse:
    title = CODES.get(code) or (INTERNAL[1] if code == INTERNAL[0] else "error")
    body = ErrorDetail(status=status, code=code, title=title, message=message, errors=errors)
    return JSONResponse({"error": body.model_dump(exclude_none=True)}, status_code=status)


def _status_of(exc: LagebildError) -> int:
    if exc.code == "E041":
        return 404
    if exc.code == "E004":
        return 413
    if isinstance(exc, StoreError):
        return 503
    return 400


def clean_errors(errors: Any) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        out.append(
            {"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        )
    return out


class Ingestor:
    """Runs the language pipeline (loaded once, on first use) and saves with resolution."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = threading.Lock()
        self._pipeline: Any = None

    def __call__(self, item: ArticleIn) -> IngestOut:
        from lagebild.ingest import article_from_text, parse_published
        from lagebild.pipeline import Pipeline

        when: datetime | None = parse_published(item.published, "published") if item.published else None
        article = article_from_text(
            item.text,
            source=item.source or "api",
            published=when,
            article_id=item.id,
            outlet=item.outlet,
            url=item.url,
            title=item.title,
        )
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline()
            extraction = self._pipeline.process(article)
        store = install(Store.open(self.db_path))
        try:
            result = store.save(extraction)
        finally:
            store.close()
        return IngestOut(
            id=result.article_id,
            stored=result.stored,
            quotes=len(extraction.quotes),
            events=len(extraction.events),
            entities=len(extraction.entities),
        )


def create_api(db_path: str | Path | None = None) -> FastAPI:
    """The JSON API over the store at ``db_path`` (default: the ``db`` setting); creates it if new."""
    path = Path(settings.db_path(str(db_path) if db_path else None)).expanduser()
    # Create and migrate once, so reads can use read-only connections; fold in articles saved
    # without the resolution hook (``lagebild ingest``), so the page shows every stored article.
    with Store.open(path) as store:
        catch_up(store.conn)
    app = FastAPI(
        title="lagebild",
        version="0.1.0",
        description="Who said what, who meets whom, when and where, across German news articles. Every fact "
        "carries its sources: article id, outlet, publication time and the supporting character span.",
        responses=ERRORS,
        # Swagger UI and ReDoc load their scripts from a CDN; lagebild works offline, so the
        # schema is served as JSON and the web page renders its own endpoint list (/api-docs).
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = path
    app.state.ingest = Ingestor(path)
    install_error_handlers(app)
    app.include_router(router)
    return app


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LagebildError)
    async def _lagebild(request: Request, exc: LagebildError) -> JSONResponse:
        return error_response(_status_of(exc), exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "E040", "the request does not validate", clean_errors(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "E041" if exc.status_code == 404 else "E040"
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(sqlite3.OperationalError)
    async def _sqlite(request: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        if "locked" in str(exc) or "busy" in str(exc):
            return error_response(503, "E021", "the store is busy; try again")
        return error_response(400, "E040", f"the query could not be run: {exc}")

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        return error_response(500, INTERNAL[0], f"{type(exc).__name__}; the request was not completed")


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    path: Path = request.app.state.db_path
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 30000")
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=2**62, description="Items to skip.")]
Day = Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")]
Text = Annotated[str | None, Query(max_length=500)]

router = APIRouter(prefix="/api")


def _not_found(what: str, key: object) -> LagebildError:
    return LagebildError("E041", f"no {what} with id {str(key)[:80]!r}")


@router.get("/", summary="What is in the store, and where to look")
def index(conn: Conn) -> dict[str, Any]:
    return {
        "counts": queries.stats(conn),
        "links": {
            "articles": "/api/articles",
            "actors": "/api/actors",
            "events": "/api/events",
            "timeline": "/api/timeline",
            "quotes": "/api/quotes",
            "network": "/api/network",
            "schema": "/openapi.json",
        },
    }


@router.get("/articles", response_model=PageBody, summary="Articles, newest first")
def articles(
    conn: Conn,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    q: Annotated[str | None, Query(max_length=500, description="Words in title or text.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return queries.list_articles(
        conn, outlet=outlet, since=since, until=until, q=q, limit=limit, offset=offset
    ).to_dict()


@router.get("/articles/{article_id}", summary="One article: text, paragraphs, and the facts found in it")
def article(conn: Conn, article_id: str) -> dict[str, Any]:
    found = queries.get_article(conn, article_id)
    if found is None:
        raise _not_found("article", article_id)
    return found


@router.post(
    "/articles",
    status_code=201,
    response_model=IngestOut,
    summary="Ingest a new article",
    responses={
        413: {"model": ErrorBody, "description": "Body too large."},
        200: {"model": IngestOut, "description": "Already stored."},
    },
)
async def ingest(request: Request) -> Any:
    """Extract and store one article (JSON body, see ArticleIn); 201 when new, 200 when it was stored before."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise InputError("E004", f"request body of {int(declared):,} bytes is over the limit of {MAX_BODY_BYTES:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise InputError("E004", f"request body is over the limit of {MAX_BODY_BYTES:,} bytes")
        chunks.append(chunk)
    try:
        data = json.loads(b"".join(chunks).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("E040", f"the body is not JSON: {exc}") from exc
    try:
        item = ArticleIn.model_validate(data)
    except ValidationError as exc:
        return error_response(422, "E040", "the article does not validate", clean_errors(exc.errors()))
    result: IngestOut = await run_in_threadpool(request.app.state.ingest, item)
    return JSONResponse(result.model_dump(), status_code=201 if result.stored else 200)


@router.get("/actors", response_model=PageBody, summary="Actors with roles, quote and event counts")
def actors(
    conn: Conn,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or spelling.")] = None,
    type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return queries.list_actors(conn, q=q, type=type, limit=limit, offset=offset).to_dict()


@router.get("/actors/{actor_id}", summary="One actor: names, roles over time with sources, counts")
def actor(conn: Conn, actor_id: int) -> dict[str, Any]:
    found = queries.get_actor(conn, actor_id)
    if found is None:
        raise _not_found("actor", actor_id)
    return found


@router.get(
    "/actors/{actor_id}/quotes", response_model=PageBody, summary="An actor's statements over time, oldest first"
)
def actor_quotes(
    conn: Conn, actor_id: int, since: Day = None, until: Day = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    if queries.get_actor(conn, actor_id) is None:
        raise _not_found("actor", actor_id)
    page = queries.search_quotes(
        conn, actor=actor_id, since=since, until=until, limit=limit, offset=offset, oldest_first=True
    )
    return page.to_dict()


@router.get("/actors/{actor_id}/events", response_model=PageBody, summary="Events an actor took part in")
def actor_events(
    conn: Conn, actor_id: int, since: Day = None, until: Day = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    if queries.get_actor(conn, actor_id) is None:
        raise _not_found("actor", actor_id)
    return queries.list_events(conn, actor=actor_id, since=since, until=until, limit=limit, offset=offset).to_dict()


EventType = Annotated[str | None, Query(max_length=40, description="meeting, talks, call, travel, visit, ...")]
Status = Annotated[str | None, Query(pattern="^(planned|happened|ongoing)$")]


@router.get("/events", response_model=PageBody, summary="Events, each once with all its reports")
def events(
    conn: Conn,
    type: EventType = None,
    actor: Annotated[int | None, Query(description="Actor id taking part.")] = None,
    since: Day = None,
    until: Day = None,
    place: Text = None,
    status: Status = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    page = queries.list_events(
        conn, type=type, actor=actor, since=since, until=until, place=place, status=status, limit=limit, offset=offset
    )
    return page.to_dict()


@router.get("/events/{event_id}", summary="One event: status history, dates and places as each source gave them")
def event(conn: Conn, event_id: int) -> dict[str, Any]:
    found = queries.get_event(conn, event_id)
    if found is None:
        raise _not_found("event", event_id)
    return found


@router.get("/timeline", response_model=PageBody, summary="The timeline: events in date order, planned and happened")
def timeline(
    conn: Conn, since: Day = None, until: Day = None, status: Status = None, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    return queries.list_events(conn, since=since, until=until, status=status, limit=limit, offset=offset).to_dict()


@router.get(
    "/quotes", response_model=PageBody, summary="Quote search (full text), each statement once with its sources"
)
def quotes(
    conn: Conn,
    q: Annotated[
        str | None, Query(max_length=500, description="Words in the quote; operators are taken literally.")
    ] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    actor: int | None = None,
    since: Day = None,
    until: Day = None,
    outlet: Text = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect|mixed|reported)$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    page = queries.search_quotes(
        conn,
        q=q,
        speaker=speaker,
        actor=actor,
        since=since,
        until=until,
        outlet=outlet,
        kind=kind,
        limit=limit,
        offset=offset,
    )
    return page.to_dict()


@router.get("/quotes/{quote_id}", summary="One statement with every source that reports it")
def quote(conn: Conn, quote_id: int) -> dict[str, Any]:
    found = queries.get_quote(conn, quote_id)
    if found is None:
        raise _not_found("quote", quote_id)
    return found


@router.get("/network", summary="Who met whom: actors and the events that connect them")
def network(
    conn: Conn,
    since: Day = None,
    until: Day = None,
    limit: Limit = 200,
    people_only: Annotated[bool, Query(description="Only people (no countries or bodies).")] = True,
) -> dict[str, Any]:
    return queries.network(conn, since=since, until=until, limit=limit, people_only=people_only)
