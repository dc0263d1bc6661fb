"""The command line: parse arguments, call the library, map errors to a message and an exit code.

Exit codes: 0 all inputs done; 1 the command failed as a whole (no store, no input could be
read); 2 usage error (click's own); 3 some inputs failed, the rest were processed; 130 interrupted.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from lagebild import settings
from lagebild.errors import InputError, LagebildError
from lagebild.ingest import expand_paths, parse_published, read_path
from lagebild.records import Article
from lagebild.store import Store, export_object
from lagebild.web.cli import serve

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 3, 130

# soft_wrap: one message stays one line, so scripts and grep see the input name beside its error.
err = Console(stderr=True, highlight=False, soft_wrap=True)
# Piped output gets a wide table instead of wrapping names into fragments at 80 columns.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def fail(exc: LagebildError) -> NoReturn:
    err.print(f"[red]error[/red] {escape(exc.message)}")
    sys.exit(EXIT_FAILED)


def report(exc: LagebildError) -> None:  # also takes InputError, a LagebildError
    err.print(f"[yellow]skipped[/yellow] {escape(exc.message)}")


def published_option(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_published(value, "--published")
    except InputError as exc:
        raise click.BadParameter(exc.message, param_hint="--published") from exc


def open_store(db: str | None, *, readonly: bool = False) -> Store:
    try:
        return Store.open(settings.db_path(db), readonly=readonly)
    except LagebildError as exc:
        fail(exc)


@dataclass
class Tally:
    stored: int = 0
    skipped: int = 0
    failed: int = 0

    def exit_code(self) -> int:
        if self.failed and not (self.stored or self.skipped):
            return EXIT_FAILED
        return EXIT_PARTIAL if self.failed else EXIT_OK


def articles_from(paths: tuple[str, ...], published: datetime | None, tally: Tally) -> Iterator[Article]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            tally.failed += 1
            report(item)
            continue
        for got in read_path(item, published):
            if isinstance(got, InputError):
                tally.failed += 1
                report(got)
            else:
                yield got


db_option = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Store file (default: $LAGEBILD_DB or ~/.local/share/lagebild/lagebild.db).",
)
model_option = click.option("--model", default=None, help="spaCy pipeline to use instead of the shipped one.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lagebild")
def main() -> None:
    """lagebild: who said what, who meets whom, when and where: from German news articles."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", help="Publication time (ISO 8601) for all inputs, overriding what they say.")
@model_option
def extract(files: tuple[str, ...], published: str | None, model: str | None) -> None:
    """Print one JSON object per article (entities, quotes, time expressions, events); no store needed.

    FILES are text, HTML, JSON Lines or RSS/Atom files, folders or glob patterns.
    """
    from lagebild.language import get_nlp
    from lagebild.pipeline import Pipeline

    when = published_option(published)
    tally = Tally()
    try:
        pipeline = Pipeline(nlp=get_nlp(model))
        for article in articles_from(files, when, tally):
            try:
                result = pipeline.process(article)
            except LagebildError as exc:
                tally.failed += 1
                report(exc)
                continue
            sys.stdout.write(json.dumps(export_object(result), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            tally.stored += 1
    except LagebildError as exc:
        fail(exc)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(tally.exit_code())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication time (ISO 8601) for all inputs, overriding what they say.")
@db_option
@model_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], published: str | None, db: str | None, model: str | None, quiet: bool) -> None:
    """Read articles into the store: files, folders (walked) and glob patterns.

    Each article is stored with all its facts, or not at all; the same content is stored once,
    so an interrupted run is finished by running it again.
    """
    from lagebild.language import get_nlp
    from lagebild.pipeline import Pipeline, ingest_paths
    from lagebild.resolve import install

    when = published_option(published)
    # Each stored article updates the cross-article picture inside its own transaction.
    store = install(open_store(db))
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )
    task = progress.add_task("ingest", total=None)

    def on_file(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    try:
        with progress:
            summary = ingest_paths(
                paths, store, Pipeline(nlp=get_nlp(model)), published=when, on_error=report, on_file=on_file
            )
    except KeyboardInterrupt:
        stored = store.count("articles")
        store.close()
        err.print(
            f"interrupted: the store holds {stored} articles, each complete; run the same command again to finish"
        )
        sys.exit(EXIT_INTERRUPTED)
    except LagebildError as exc:
        store.close()
        fail(exc)
    store.close()
    err.print(
        f"{summary.stored} stored, {summary.skipped} already in the store, {summary.failed} failed  ({store.path})"
    )
    sys.exit(Tally(summary.stored, summary.skipped, summary.failed).exit_code())


def _print(rows: list[dict[str, Any]], as_json: bool, table: Table, cells: Any) -> None:
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    for r in rows:
        table.add_row(*cells(r))
    out.print(table)


@main.command()
@click.option("--speaker", help="Speaker name or part of it (surname finds the full name).")
@click.option("--search", help="Words in the quote (full-text search).")
@click.option("--since", help="Articles published on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Articles published on or before this day (YYYY-MM-DD).")
@click.option("--outlet", help="Only this outlet.")
@click.option(
    "--kind",
    type=click.Choice(["direct", "indirect", "mixed", "reported"]),
    help="Only this kind of statement (reported: a speech act named without its content).",
)
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--per-article", is_flag=True, help="One row per article's quote instead of one per statement.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@db_option
def quotes(
    speaker: str | None,
    search: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    kind: str | None,
    limit: int,
    per_article: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """Who said what: each statement once, with speaker, kind, cue, channel and every source.

    The same statement reported by several outlets is one row listing all of them; --per-article
    gives one row per article's quote instead. --speaker matches any known spelling of a name.
    """
    from lagebild.resolve.queries import search_quotes

    store = open_store(db, readonly=True)
    try:
        if per_article:
            rows = store.quotes(
                speaker=speaker, search=search, since=since, until=until, outlet=outlet, kind=kind, limit=limit
            )
        else:
            rows = search_quotes(
                store.conn, q=search, speaker=speaker, since=since, until=until, outlet=outlet, kind=kind, limit=limit
            ).items
    except LagebildError as exc:
        fail(exc)
    if per_article:
        table = Table("published", "speaker", "kind", "quote", "cue / channel", "source", show_lines=True)
        _print(
            rows,
            as_json,
            table,
            lambda r: (
                (r["published"] or "")[:16],
                r["speaker"] or "(unresolved)",
                r["kind"],
                r["text"],
                " / ".join(x for x in (r["cue"], r["channel"]) if x),
                f"{r['source']}:{r['start']}-{r['end']}",
            ),
        )
        return
    table = Table("first published (UTC)", "speaker", "kind", "quote", "cue / channel", "sources", show_lines=True)
    _print(rows, as_json, table, _story_quote_cells)


def _story_quote_cells(r: dict[str, Any]) -> tuple[str, ...]:
    first = r["sources"][0] if r["sources"] else {}
    sources = "\n".join(
        f"{(s['published'] or '')[:16]} {s['outlet'] or s['article_id']} [{s['start']}-{s['end']}]"
        for s in r["sources"]
    )
    return (
        (r["first_published"] or "")[:16],
        r["actor_name"] or r["speaker"] or "(unresolved)",
        r["kind"],
        r["text"],
        " / ".join(x for x in (first.get("cue"), first.get("channel")) if x),
        sources,
    )


@main.command()
@click.option("--since", help="Events on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this day (YYYY-MM-DD).")
@click.option("--type", "event_type", help="Only this event type (meeting, talks, call, travel, visit, ...).")
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(1, 1_000_000))
@click.option("--per-article", is_flag=True, help="One row per article's report instead of one per happening.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@db_option
def timeline(
    since: str | None,
    until: str | None,
    event_type: str | None,
    limit: int,
    per_article: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """Events in date order: who meets whom, when and where, each happening once with all its sources.

    The status shows how reports changed ("planned -> happened"); dates or places on which sources
    disagree are marked. An undated event sits at the day it was first reported.
    """
    from lagebild.resolve.queries import list_events

    store = open_store(db, readonly=True)
    try:
        if per_article:
            rows = store.timeline(since=since, until=until, type=event_type, limit=limit)
        else:
            rows = list_events(store.conn, type=event_type, since=since, until=until, limit=limit).items
    except LagebildError as exc:
        fail(exc)
    if per_article:
        table = Table("date", "status", "type", "participants", "place", "source", show_lines=True)
        _print(
            rows,
            as_json,
            table,
            lambda r: (
                r["date"] or f"({r['sort_date']}, undated; published)",
                r["status"],
                r["type"],
                ", ".join(r["participants"]),
                r["place"] or "",
                f"{r['source']}:{r['trigger_start']}-{r['trigger_end']}",
            ),
        )
        return
    table = Table("date", "status", "type", "participants", "place", "sources", show_lines=True)
    _print(rows, as_json, table, _story_event_cells)


def _story_event_cells(r: dict[str, Any]) -> tuple[str, ...]:
    history: list[str] = []
    for src in r["sources"]:
        if not history or history[-1] != src["status"]:
            history.append(src["status"])
    date = r["date"] or f"(undated; first reported {r['anchor_day']})"
    if r["date_disputed"]:
        date += " (sources disagree: " + ", ".join(r["dates_reported"]) + ")"
    place = r["place"] or ""
    if r["place_disputed"]:
        place += " (sources disagree: " + ", ".join(r["places_reported"]) + ")"
    sources = "\n".join(
        f"{(s['published'] or '')[:10]} {s['outlet'] or s['article_id']}: {s['status']}" for s in r["sources"]
    )
    return (
        date,
        " -> ".join(history),
        r["type"],
        ", ".join(p["name"] or "?" for p in r["participants"]),
        place,
        sources,
    )


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option(
    "--table",
    type=click.Choice(["quotes", "events", "entities", "timexes"]),
    default="quotes",
    show_default=True,
    help="For csv and parquet: which facts, one row each with provenance columns.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@db_option
def export(fmt: str, table: str, output: str | None, db: str | None) -> None:
    """Export the store: JSON Lines (one object per article, as `extract`), CSV or Parquet."""
    store = open_store(db, readonly=True)
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs --output FILE")
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(list(store.rows(table))), output)
        return
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "jsonl":
            for obj in store.export():
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            writer: Any = None
            for row in store.rows(table):
                if writer is None:
                    writer = csv.DictWriter(fh, fieldnames=list(row))
                    writer.writeheader()
                writer.writerow(row)
    finally:
        if output:
            fh.close()


main.add_command(serve)

if __name__ == "__main__":
    main()
