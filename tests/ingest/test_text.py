from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from lagebild.errors import InputError
from lagebild.ingest import article_from_text, content_id, parse_published

BERLIN = ZoneInfo("Europe/Berlin")
ARTICLE = "Stand: 03.02.2025 09:15 Uhr\nMinister besucht Hafen\nDer Minister kam am Morgen an. Er lobte die Arbeiter.\n"


def test_stand_line_gives_publication_time_in_berlin() -> None:
    a = article_from_text(ARTICLE)
    assert a.published == datetime(2025, 2, 3, 9, 15, tzinfo=BERLIN)
    assert a.published.utcoffset().total_seconds() == 3600


def test_stand_line_with_date_only() -> None:
    a = article_from_text("Stand: 03.07.2025\nDer Rat tagte.")
    assert a.published == datetime(2025, 7, 3, 0, 0, tzinfo=BERLIN)


def test_date_only_header_gives_publication_date() -> None:
    a = article_from_text("01.12.2025\nMinister besucht Hafen\n\nDer Minister kam am Morgen an.\n")
    assert a.published == datetime(2025, 12, 1, 0, 0, tzinfo=BERLIN)
    assert a.title == "Minister besucht Hafen"
    assert [p.kind for p in a.paragraphs][:2] == ["dateline", "headline"]


def test_date_header_with_month_name_weekday_and_time() -> None:
    a = article_from_text("Montag, 1. Dezember 2025, 16:51 Uhr\nMinister besucht Hafen\nDer Minister kam an.\n")
    assert a.published == datetime(2025, 12, 1, 16, 51, tzinfo=BERLIN)


def test_wire_date_header_with_place_and_agency() -> None:
    a = article_from_text("Bern, 3.12.2025 (sda)\nBundesrat berät\nDer Bundesrat tagte.\n")
    assert a.published == datetime(2025, 12, 3, 0, 0, tzinfo=BERLIN)


def test_date_header_after_a_headline_that_ends_in_a_quotation() -> None:
    a = article_from_text('Opposition spricht von "Pfusch"\n\nWien, 28.11.2025\n\nDie Regierung einigte sich.\n')
    assert a.published == datetime(2025, 11, 28, tzinfo=BERLIN)


def test_wire_dateline_run_into_the_first_paragraph_gives_publication_date() -> None:
    a = article_from_text("Cassis trifft Lawrow\n\nGenf, 2. Dezember 2025 (sda) – Der Bundesrat empfing Lawrow.\n")
    assert a.published == datetime(2025, 12, 2, tzinfo=BERLIN)
    a = article_from_text("Bern, 5.12.2025 (SDA) Der Bundesrat hat am Freitag beraten.\n")
    assert a.published == datetime(2025, 12, 5, tzinfo=BERLIN)


def test_dateline_with_the_month_written_without_its_umlaut() -> None:
    a = article_from_text(
        "Plan vorgelegt\n\nBRUESSEL, 19. Marz 2027 (Reuters) - Die Kommission legte einen Plan vor.\n"
    )
    assert a.published == datetime(2027, 3, 19, tzinfo=BERLIN)


def test_date_opening_a_sentence_is_no_wire_dateline() -> None:
    assert article_from_text("Rat tagt\n\nAm 2. Dezember 2025 – so der Plan – tagt der Rat.\n").published is None


def test_iso_date_header() -> None:
    assert article_from_text("2025-12-01\nRat tagt\nDer Rat tagte.\n").published == datetime(2025, 12, 1, tzinfo=BERLIN)


def test_headline_with_a_date_inside_is_no_date_header() -> None:
    a = article_from_text("Am 1. Dezember 2025 traf Merz Macron\nDie beiden sprachen lange.\n")
    assert a.published is None
    assert a.title == "Am 1. Dezember 2025 traf Merz Macron"


def test_malformed_stand_date_names_the_line() -> None:
    with pytest.raises(InputError) as info:
        article_from_text("Stand: 31.02.2025 10:00 Uhr\nDer Rat tagte.", source="x.txt")
    assert info.value.code == "E007"
    assert "31.02.2025" in info.value.message and "x.txt" in info.value.message


def test_given_publication_time_overrides_stand_line() -> None:
    when = datetime(2024, 1, 1, 12, tzinfo=BERLIN)
    assert article_from_text(ARTICLE, published=when).published == when


def test_same_content_gives_same_id() -> None:
    assert content_id(ARTICLE) == content_id(ARTICLE.replace("\n", "\r\n") + "\n\n")
    assert content_id(ARTICLE) != content_id(ARTICLE + "Noch ein Satz.")


def test_headline_is_title() -> None:
    assert article_from_text(ARTICLE).title == "Minister besucht Hafen"


def test_empty_text_is_refused() -> None:
    with pytest.raises(InputError) as info:
        article_from_text("  \n ", source="leer.txt")
    assert info.value.code == "E002"


def test_iso_publication_without_zone_is_local() -> None:
    assert parse_published("2025-12-01T16:51", "x").utcoffset().total_seconds() == 3600


def test_malformed_published_option_is_refused() -> None:
    with pytest.raises(InputError) as info:
        parse_published("gestern", "--published")
    assert info.value.code == "E007" and "--published" in info.value.message


def test_published_year_far_outside_range_is_refused() -> None:
    with pytest.raises(InputError):
        parse_published("9999-01-01", "--published")
