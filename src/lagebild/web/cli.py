"""``lagebild serve``: the web page and the HTTP API on one local port."""

from __future__ import annotations

import click

from lagebild import settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Store file (default: $LAGEBILD_DB or ~/.local/share/lagebild/lagebild.db).",
)
def serve(host: str, port: int, db: str | None) -> None:
    """Serve the timeline, actor pages, network, quote search and the JSON API (/api/, list of endpoints at /api-docs)."""
    import uvicorn

    from lagebild.errors import LagebildError
    from lagebild.web.app import create_app

    try:
        app = create_app(settings.db_path(db))
    except LagebildError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(
        f"lagebild on http://{host}:{port}/  (API: /api/, endpoints: /api-docs, schema: /openapi.json, store: {app.state.db_path})"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
