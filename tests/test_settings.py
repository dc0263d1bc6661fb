from pathlib import Path

import pytest

from lagebild import settings
from lagebild.errors import CODES, LagebildError

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_documented_in_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [s.name for s in settings.SETTINGS if f"| `{s.name}` |" not in text]
    assert missing == []


def test_environment_overrides_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('timezone = "Europe/Vienna"\nmax_chars = 5\n', encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_CONFIG", str(cfg))
    assert settings.get("timezone") == "Europe/Vienna" and settings.get("max_chars") == 5
    monkeypatch.setenv("LAGEBILD_TIMEZONE", "Europe/Zurich")
    assert settings.get("timezone") == "Europe/Zurich"


def test_broken_config_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("timezone = \n", encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_CONFIG", str(cfg))
    with pytest.raises(LagebildError) as info:
        settings.get("timezone")
    assert str(cfg) in info.value.message


def test_error_codes_are_documented_in_readme() -> None:
    text = README.read_text(encoding="utf-8")
    assert all(code[:3] in text for code in CODES)


def test_unknown_error_code_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown error code"):
        LagebildError("E999", "x")
