from lagebild.errors import InputError
from lagebild.ingest import read_bytes

PAGE = """<html><head><title>Gipfel in Genf</title>
<meta property="article:published_time" content="2025-03-04T10:00:00+01:00"></head>
<body><nav>Menü</nav><article><h1>Gipfel in Genf</h1>
<p>Die Außenminister trafen sich am Montag in Genf zu langen Gesprächen über die Lage in der Region.</p>
<p>„Wir haben Fortschritte gemacht“, sagte die Gastgeberin nach dem Treffen vor der Presse.</p>
</article><footer>Impressum</footer></body></html>"""


def test_html_page_gives_article_text_title_and_date() -> None:
    [a] = list(read_bytes(PAGE.encode(), "genf.html", fmt="html"))
    assert not isinstance(a, InputError)
    assert a.title == "Gipfel in Genf"
    assert a.text.startswith("Gipfel in Genf\n")
    assert "Fortschritte" in a.text and "Impressum" not in a.text
    assert a.published is not None and a.published.date().isoformat() == "2025-03-04"
    assert a.paragraphs[0].kind == "headline"


def test_html_without_article_is_reported() -> None:
    [err] = list(read_bytes(b"<html><body><nav>x</nav></body></html>", "leer.html", fmt="html"))
    assert isinstance(err, InputError) and err.code == "E006" and "leer.html" in err.message


def test_broken_html_does_not_crash() -> None:
    page = (
        b"<html><body><p>Der Rat beschloss am Montag neue Regeln f\xc3\xbcr die Fischerei in der Ostsee.<div><p>Offen"
    )
    got = list(read_bytes(page, "kaputt.html", fmt="html"))
    assert len(got) == 1
