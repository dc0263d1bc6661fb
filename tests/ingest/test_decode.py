import pytest

from lagebild.errors import InputError
from lagebild.ingest import read_bytes, read_path
from lagebild.ingest.decode import decode


def test_utf8_with_bom_is_read() -> None:
    assert decode("\ufeffÄrger in Köln".encode(), "x") == "Ärger in Köln"


def test_latin1_is_detected() -> None:
    text = "Die Bürgermeisterin äußerte sich über die Größe des Straßenfests in München und Düsseldorf."
    assert decode(text.encode("latin-1"), "x") == text


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError) as info:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "bild.png")
    assert info.value.code == "E003" and "bild.png" in info.value.message


def test_empty_input_is_refused() -> None:
    with pytest.raises(InputError) as info:
        decode(b"   \n", "leer.txt")
    assert info.value.code == "E002"


def test_huge_input_is_refused_before_reading(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LAGEBILD_MAX_BYTES", "1000")
    big = tmp_path / "gross.txt"
    big.write_text("Der Rat tagte. " * 500, encoding="utf-8")
    [err] = list(read_path(big))
    assert isinstance(err, InputError) and err.code == "E004"


def test_fifty_megabyte_file_gets_clear_error(tmp_path) -> None:
    big = tmp_path / "riesig.txt"
    with big.open("wb") as fh:
        fh.write(b"Der Rat tagte lange. " * (50 * 1024 * 1024 // 21 + 1))
    [err] = list(read_path(big))
    assert isinstance(err, InputError) and err.code == "E004" and "riesig.txt" in err.message


def test_missing_path_is_reported() -> None:
    [err] = list(read_path("/nicht/da.txt"))
    assert isinstance(err, InputError) and err.code == "E001"


def test_invalid_utf8_is_decoded_without_loss_of_the_article() -> None:
    data = "Der Präsident sagte, er sei zufrieden.".encode("cp1252")
    [article] = list(read_bytes(data, "alt.txt"))
    assert not isinstance(article, InputError)
    assert "Präsident" in article.text
