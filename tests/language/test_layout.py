from spacy.language import Language

from lagebild.language.layout import paragraphs

ARTICLE = (
    "Stand: 05.06.2025 12:00 Uhr\n"
    "Neue Brücke eröffnet\n"
    "Die Stadt hat am Montag die neue Brücke eröffnet. Sie kostete 20 Mio. Euro.\n"
    "Bürgermeisterin lobt Bauarbeiter\n"
    "Die Bürgermeisterin dankte u.a. den Arbeitern. Sie sprach vom 1. Juni als Stichtag.\n"
    "Müller: „Ein großer Tag“\n"
)


def kinds(text: str) -> list[str]:
    return [p.kind for p in paragraphs(text)]


def test_paragraph_kinds_follow_news_layout() -> None:
    assert kinds(ARTICLE) == ["dateline", "headline", "teaser", "subheading", "body", "subheading"]


def test_paragraph_offsets_slice_the_lines() -> None:
    text = "  Titel ohne Punkt  \nErster Absatz mit Punkt.\n"
    first, second = paragraphs(text)
    assert text[first.start : first.end] == "Titel ohne Punkt"
    assert text[second.start : second.end] == "Erster Absatz mit Punkt."


def test_colon_quote_headline_is_a_heading() -> None:
    assert kinds("Selenskyj: „Der Frieden muss halten“\nEr sprach in Kiew.") == ["headline", "teaser"]


def test_long_line_without_punctuation_is_body() -> None:
    assert kinds("Ein Satz.\n" + "wort " * 60) == ["teaser", "body"]


def sents(nlp: Language, text: str) -> list[str]:
    from lagebild.language import make_doc
    from lagebild.records import Article

    doc = nlp(make_doc(nlp, Article(id="t", text=text, paragraphs=paragraphs(text))))
    return [s.text.strip() for s in doc.sents]


def test_abbreviations_and_dates_do_not_end_sentences(nlp: Language) -> None:
    text = "Am 01.12.2025 kamen u.a. Vertreter aus Nr. 5 und Dr. Meier. Dann ging es los."
    assert sents(nlp, text) == ["Am 01.12.2025 kamen u.a. Vertreter aus Nr. 5 und Dr. Meier.", "Dann ging es los."]


def test_ordinal_before_month_does_not_end_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Die Wahl ist am 1. Dezember. Danach wird gezählt.")) == 2


def test_initial_does_not_end_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Präsident Donald J. Trump sprach. Alle hörten zu.")) == 2


def test_closing_quote_stays_with_its_sentence(nlp: Language) -> None:
    assert sents(nlp, "„Wir sind bereit.“ Das sagte sie.") == ["„Wir sind bereit.“", "Das sagte sie."]


def test_line_break_ends_a_sentence(nlp: Language) -> None:
    assert sents(nlp, "Titel ohne Punkt\nDer Text beginnt hier.") == ["Titel ohne Punkt", "Der Text beginnt hier."]


def test_odd_input_does_not_crash(nlp: Language) -> None:
    for text in ["", "x" * 200_000, "Путин сказал. 🙂 ‏مرحبا. \x07\x1b", "...!!!???", "„", "\n\n\n"]:
        sents(nlp, text)


def test_one_letter_name_before_sentence_opener_ends_sentence(nlp: Language) -> None:
    assert sents(nlp, "Sie schrieb auf X. Der Präsident antwortete.") == [
        "Sie schrieb auf X.",
        "Der Präsident antwortete.",
    ]


def test_long_text_is_segmented_in_linear_time(nlp: Language) -> None:
    from lagebild.language import make_doc
    from lagebild.language.layout import LayoutComponent
    from lagebild.records import Article

    text = "Der Rat tagte lange. " * 5000
    doc = make_doc(nlp, Article(id="t", text=text, paragraphs=paragraphs(text)))
    doc = LayoutComponent("de")(doc)
    assert sum(1 for _ in doc.sents) == 5000


def test_typewriter_quotes_close_and_open_sentences(nlp: Language) -> None:
    assert sents(nlp, "``Wir bleiben.'' Das sagte er. ``Gut.''") == ["``Wir bleiben.''", "Das sagte er.", "``Gut.''"]
