"""Every setting, declared once with its default and help (as trafilatura's ``settings.py``).

Shipped defaults first, then a user config file (``LAGEBILD_CONFIG`` or
``~/.config/lagebild/config.toml``), then environment variables ``LAGEBILD_<NAME>``, then
command-line options. ``tests/test_settings.py`` fails when a setting is not documented in README.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        str(Path("~/.local/share/lagebild/lagebild.db")),
        "Path of the embedded SQLite store; created on first use.",
    ),
    Setting(
        "model",
        "",
        "spaCy pipeline to use instead of the shipped one: an installed package name "
        "(e.g. de_core_news_lg) or a path. Empty means the pipeline shipped inside lagebild.",
    ),
    Setting("language", "de", "Language of the input articles (a folder under lagebild/lang)."),
    Setting(
        "matrix_library",
        "numpy",
        "Matrix products of the statistical pipeline on the CPU: numpy (its BLAS; about 1.5 times "
        "faster than blis where numpy comes from PyPI) or blis (thinc's default).",
    ),
    Setting("timezone", "Europe/Berlin", "Time zone for publication times given without one."),
    Setting("max_bytes", 20_000_000, "Inputs larger than this many bytes are refused."),
    Setting("max_chars", 1_000_000, "Article texts longer than this many characters are refused."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _config_file() -> Path:
    env = os.environ.get("LAGEBILD_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path("~/.config/lagebild/config.toml").expanduser()


def _coerce(setting: Setting, raw: Any) -> Any:
    if isinstance(setting.default, int) and not isinstance(raw, int):
        try:
            return int(raw)
        except ValueError as exc:
            raise LagebildError("E008", f"setting {setting.name} needs a whole number, got {raw!r}") from exc
    return raw


def get(name: str) -> Any:
    """The effective value of a setting: environment over config file over default."""
    setting = _BY_NAME[name]
    env = os.environ.get(f"LAGEBILD_{name.upper()}")
    if env is not None and env != "":
        return _coerce(setting, env)
    path = _config_file()
    if path.is_file():
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise LagebildError("E008", f"config file is not valid TOML: {exc}", str(path)) from exc
        if name in data:
            return _coerce(setting, data[name])
    return setting.default


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    return Path(override if override else get("db")).expanduser()
