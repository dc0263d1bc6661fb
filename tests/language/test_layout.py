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


def test_headline_ending_in_a_quoted_word_is_a_heading() -> None:
    assert kinds('Opposition spricht von "Pfusch"\nDie Regierung einigte sich.') == ["headline", "teaser"]
    assert kinds("Er sagte: „Wir kommen.“\nDann ging er.") == ["teaser", "body"]


def test_long_line_without_punctuation_is_body() -> None:
    assert kinds("Ein Satz.\n" + "wort " * 60) == ["teaser", "body"]


def sents(nlp: Language, text: str) -> list[str]:
    from lagebild.language import make_doc
    from lagebild.records import Article

    doc = nlp(make_doc(nlp, Article(id="t", text=text, paragraphs=paragraphs(text))))
    # A line break is a sentence of its own (see test_line_break_stands_apart_from_the_parse).
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_abbreviations_and_dates_do_not_end_sentences(nlp: Language) -> None:
    text = "Am 01.12.2025 kamen u.a. Vertreter aus Nr. 5 und Dr. Meier. Dann ging es los."
    assert sents(nlp, text) == ["Am 01.12.2025 kamen u.a. Vertreter aus Nr. 5 und Dr. Meier.", "Dann ging es los."]


def test_ordinal_before_month_does_not_end_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Die Wahl ist am 1. Dezember. Danach wird gezählt.")) == 2


def test_initial_does_not_end_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Präsident Donald J. Trump sprach. Alle hörten zu.")) == 2


def test_one_letter_platform_name_after_its_noun_ends_the_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Er schrieb auf der Plattform X. Ungarns Regierung schwieg.")) == 2


def test_closing_quote_stays_with_its_sentence(nlp: Language) -> None:
    assert sents(nlp, "„Wir sind bereit.“ Das sagte sie.") == ["„Wir sind bereit.“", "Das sagte sie."]


def test_line_break_stands_apart_from_the_parse(nlp: Language) -> None:
    from lagebild.language import make_doc
    from lagebild.records import Article

    text = "Wie das Amt mitteilte, telefonierten beide am Montag miteinander.\nDer Text geht weiter.\n"
    doc = nlp(make_doc(nlp, Article(id="t", text=text, paragraphs=paragraphs(text))))
    breaks = [s for s in doc.sents if not s.text.strip()]
    assert [s.text for s in breaks] == ["\n", "\n"]
    assert all(t.head.i == t.i or not t.head.is_space for t in doc if not t.is_space)


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


def test_headline_run_into_article_starts_a_sentence(nlp: Language) -> None:
    assert sents(nlp, "Firma baut Personal ab Der Vorstand bestätigte die Pläne.") == [
        "Firma baut Personal ab",
        "Der Vorstand bestätigte die Pläne.",
    ]


def test_headline_run_into_preposition_starts_a_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Wahl verschoben Im Herbst wird neu gewählt.")) == 2


def test_party_and_magazine_names_do_not_split(nlp: Language) -> None:
    assert len(sents(nlp, "Sie wählte die Partei Die Linke und las im Magazin Der Spiegel davon.")) == 1
    assert len(sents(nlp, "Das berichtet Die Zeit am Montag.")) == 1


def test_formal_address_does_not_split(nlp: Language) -> None:
    assert len(sents(nlp, "Können Sie uns helfen, fragte die Frau.")) == 1
    assert len(sents(nlp, "Wir danken Ihnen für Ihre Hilfe.")) == 1


def test_nominalised_opener_does_not_split(nlp: Language) -> None:
    assert len(sents(nlp, "Über das Wie wird noch gestritten.")) == 1


def test_capitalised_text_and_english_titles_do_not_split(nlp: Language) -> None:
    assert len(sents(nlp, "Sie riefen STOPPT DIE WAHL vor dem Rathaus.")) == 1
    assert len(sents(nlp, "Er sang Born In The USA vor vollem Haus.")) == 1


def test_headline_ending_in_a_quotation_runs_into_an_opener(nlp: Language) -> None:
    assert len(sents(nlp, "Streit um „Bündnis für Arbeit“ Die Gewerkschaft lehnt ab.")) == 2


def test_wire_dateline_after_a_headline_starts_a_sentence(nlp: Language) -> None:
    assert sents(nlp, "Neue Zölle gegen China BRÜSSEL, 6. Juli (dpa). Die EU erhöht die Zölle.") == [
        "Neue Zölle gegen China",
        "BRÜSSEL, 6. Juli (dpa).",
        "Die EU erhöht die Zölle.",
    ]
    assert sents(nlp, "Bahn streikt DEN HAAG (AFP). Der Streik dauert an.")[1] == "DEN HAAG (AFP)."


def test_wire_dateline_of_several_capitalised_words_is_one_start(nlp: Language) -> None:
    text = "Das meldete die Agentur RIO DE JANEIRO, 5. Juli (dpa). Die Regierung schweigt."
    assert sents(nlp, text)[1] == "RIO DE JANEIRO, 5. Juli (dpa)."


def test_bracket_standing_as_a_sentence_ends_before_a_capital(nlp: Language) -> None:
    text = "Die Koalition hält. (Siehe auch Seite 3) Der Kanzler schweigt."
    assert sents(nlp, text) == ["Die Koalition hält.", "(Siehe auch Seite 3)", "Der Kanzler schweigt."]


def test_bracket_inside_a_sentence_ends_nothing(nlp: Language) -> None:
    text = "Die Koalition (Union und SPD) Berlins hält."
    assert sents(nlp, text) == [text]


def test_omission_mark_ends_no_sentence(nlp: Language) -> None:
    text = "„Wir werden [...] Nicht-Mitglieder nie aufgeben“, sagte er."
    assert sents(nlp, text) == [text]


def test_roman_numeral_before_a_date_is_no_dateline(nlp: Language) -> None:
    assert len(sents(nlp, "Es folgte König Ludwig XVI, 21. Januar 1793 hingerichtet, als Letzter.")) == 1


def test_straight_quote_after_a_period_opens_the_next_sentence(nlp: Language) -> None:
    assert sents(nlp, 'Das war ein Witz. "Bitte kommen Sie morgen." Er ging.') == [
        "Das war ein Witz.",
        '"Bitte kommen Sie morgen."',
        "Er ging.",
    ]


def test_quotation_straight_after_another_starts_a_sentence(nlp: Language) -> None:
    assert sents(nlp, '"Kein Kommentar" "Wir prüfen den Fall"') == ['"Kein Kommentar"', '"Wir prüfen den Fall"']


def test_abbreviation_in_brackets_after_a_quoted_name_does_not_split(nlp: Language) -> None:
    text = "Der Chef der „Allianz für Wandel“ (AfW) kündigte Proteste an."
    assert sents(nlp, text) == [text]


def test_noun_homograph_of_a_preposition_does_not_split(nlp: Language) -> None:
    text = "Die Läufer waren auf markierten Wegen unterwegs."
    assert sents(nlp, text) == [text]


def test_number_after_an_article_is_an_ordinal(nlp: Language) -> None:
    assert len(sents(nlp, "Er wurde der 45. Präsident des Landes.")) == 1
    assert len(sents(nlp, "Die 27. Strafkammer tagte lange.")) == 1


def test_list_number_does_not_end_its_sentence(nlp: Language) -> None:
    assert sents(nlp, "Erstens gilt das. 2. Die Kosten steigen.") == ["Erstens gilt das.", "2. Die Kosten steigen."]


def test_abbreviation_written_with_a_space_does_not_end_a_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Die Stadt wurde um 500 v. Chr. gegründet.")) == 1
    assert len(sents(nlp, "Es gibt z. B. Äpfel.")) == 1


def test_emoticon_ends_its_sentence(nlp: Language) -> None:
    assert sents(nlp, "Das Essen war gut :-) Wir kommen wieder.") == ["Das Essen war gut :-)", "Wir kommen wieder."]


def test_emoticon_after_final_mark_stays_with_its_sentence(nlp: Language) -> None:
    assert sents(nlp, "Danke für alles! :) Gäste sind willkommen.") == ["Danke für alles! :)", "Gäste sind willkommen."]


def test_emoticon_before_lower_case_word_does_not_split(nlp: Language) -> None:
    assert len(sents(nlp, "Das ist gut ;-) wirklich.")) == 1


def test_dash_written_against_the_next_word_opens_a_sentence(nlp: Language) -> None:
    assert sents(nlp, "Die Zahlen stiegen. -Wie passt das zusammen?") == [
        "Die Zahlen stiegen.",
        "-Wie passt das zusammen?",
    ]
    assert sents(nlp, "Er ging. -- Präsident Lind sprach.") == ["Er ging.", "-- Präsident Lind sprach."]


def test_numbered_list_run_into_a_sentence_stays_one_sentence(nlp: Language) -> None:
    text = "Die Wahl: 1. ÖVP mit 26 Prozent, 2. FPÖ mit 24 Prozent und 3. SPÖ mit 21 Prozent. Die Grünen folgen."
    assert sents(nlp, text) == [
        "Die Wahl: 1. ÖVP mit 26 Prozent, 2. FPÖ mit 24 Prozent und 3. SPÖ mit 21 Prozent.",
        "Die Grünen folgen.",
    ]


def test_rank_after_a_verb_still_ends_its_sentence(nlp: Language) -> None:
    assert sents(nlp, "Huber wurde 2. Schiffer wurde 3. Maier gewann.") == [
        "Huber wurde 2.",
        "Schiffer wurde 3.",
        "Maier gewann.",
    ]


def test_number_of_three_digits_after_an_article_is_an_ordinal(nlp: Language) -> None:
    assert len(sents(nlp, "Er spielte in der 296. Folge der Serie mit.")) == 1
    assert len(sents(nlp, "Er setzte ein 13. Monatsgehalt durch.")) == 1


def test_ordinal_joined_to_another_ordinal(nlp: Language) -> None:
    assert len(sents(nlp, "Die Krankheit tritt zwischen dem 50. und 70. Lebensjahr auf.")) == 1


def test_ordinal_inside_quotation_marks_after_its_article(nlp: Language) -> None:
    assert len(sents(nlp, "Am Platz wurde die „4. Winterwelt“ eröffnet.")) == 1


def test_number_before_a_club_name_is_an_ordinal(nlp: Language) -> None:
    assert len(sents(nlp, "Hertha BSC verlor gegen den 1. FC Köln mit 0:1.")) == 1
    assert len(sents(nlp, "Hertha BSC - 1. FC Kaiserslautern 3:0")) == 1


def test_number_at_a_sentence_end_still_ends_it(nlp: Language) -> None:
    assert sents(nlp, "Sie feierte den 60. Der Bruder kam auch.") == ["Sie feierte den 60.", "Der Bruder kam auch."]


def test_initials_written_together_do_not_end_a_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Sie las den Roman von J.D. Salinger.")) == 1
    assert len(sents(nlp, "Er traf Minister V.K. Jairath in Delhi.")) == 1


def test_initial_after_another_initial(nlp: Language) -> None:
    assert len(sents(nlp, "Andrew S. W. Thomas flog mit.")) == 1


def test_abbreviation_in_brackets_after_a_legal_form(nlp: Language) -> None:
    assert len(sents(nlp, "Der Chaos Computer Club e.V. (CCC) lud ein.")) == 1


def test_place_with_its_region_abbreviated(nlp: Language) -> None:
    assert len(sents(nlp, "Er lebt in Freiburg i. Br. und arbeitet dort.")) == 1


def test_abbreviation_the_tokenizer_splits_does_not_end_a_sentence(nlp: Language) -> None:
    assert len(sents(nlp, "Der Abg. Müller sprach lange.")) == 1


def test_abbreviation_that_is_also_a_word_needs_a_number(nlp: Language) -> None:
    assert len(sents(nlp, "Sie berufen sich auf Art. 51 der Charta.")) == 1
    assert sents(nlp, "Er macht es auf seine Art. Dann geht er.") == ["Er macht es auf seine Art.", "Dann geht er."]


def test_abbreviation_that_often_ends_a_sentence_ends_one_before_an_opener(nlp: Language) -> None:
    assert sents(nlp, "Es gab Äpfel, Birnen usw. Die Preise stiegen.") == [
        "Es gab Äpfel, Birnen usw.",
        "Die Preise stiegen.",
    ]
    assert len(sents(nlp, "Die Firma Acme Ltd. gab Zahlen bekannt.")) == 1


def test_long_list_of_joined_ordinals_does_not_crash(nlp: Language) -> None:
    text = "Am " + " und ".join(f"{i % 90 + 1}." for i in range(3000)) + " Tag kam er."
    doc = nlp(text)
    # No ordinal ends a sentence: only the cut of over-long runs does, every 400 words.
    assert [len(s) for s in doc.sents][:-1] == [400] * 15


def test_capitalised_opener_after_a_semicolon_starts_a_sentence(nlp: Language) -> None:
    assert sents(nlp, "Der Kampf dürfte hart sein; Der Kindergarten wurde eröffnet.") == [
        "Der Kampf dürfte hart sein;",
        "Der Kindergarten wurde eröffnet.",
    ]
    assert len(sents(nlp, "Er kam spät; die Sitzung lief schon.")) == 1
    assert len(sents(nlp, "Die Grünen kamen auf 19 Prozent; Die Linke auf 9 Prozent.")) == 1


def test_wire_dateline_with_an_agency_is_no_part_of_the_first_sentence(nlp: Language) -> None:
    text = "Kiew/Moskau (dpa) - Bei einem Angriff wurden drei Menschen verletzt. Das teilte die Polizei mit."
    assert sents(nlp, text)[:2] == ["Kiew/Moskau (dpa) -", "Bei einem Angriff wurden drei Menschen verletzt."]


def test_dash_after_a_bracket_inside_a_sentence_ends_nothing(nlp: Language) -> None:
    text = "Er traf Vertreter der Agentur (dpa) - und sprach lange mit ihnen."
    assert sents(nlp, text) == [text]


def test_run_without_any_mark_is_cut_after_four_hundred_words() -> None:
    import spacy

    from lagebild.language.layout import _cut_long_runs, _Tokens

    doc = _Tokens.of(spacy.blank("de")(" ".join(["wort"] * 900)))
    starts = [i == 0 for i in range(len(doc.words))]
    _cut_long_runs(doc, starts)
    assert [i for i, s in enumerate(starts) if s] == [0, 400, 800]


def test_list_of_nine_hundred_names_with_commas_is_not_cut() -> None:
    import spacy

    from lagebild.language.layout import _cut_long_runs, _Tokens

    doc = _Tokens.of(spacy.blank("de")(", ".join(["Gast"] * 900)))
    starts = [i == 0 for i in range(len(doc.words))]
    _cut_long_runs(doc, starts)
    assert starts.count(True) == 1


def test_sentence_of_over_a_thousand_words_is_cut_after_a_comma() -> None:
    import spacy

    from lagebild.language.layout import _cut_long_runs, _Tokens

    doc = _Tokens.of(spacy.blank("de")(", ".join(["Gast Wirt"] * 600)))
    starts = [i == 0 for i in range(len(doc.words))]
    _cut_long_runs(doc, starts)
    cuts = [i for i, s in enumerate(starts) if s]
    assert len(cuts) == 2 and doc.words[cuts[1] - 1] == ","


def test_ordinary_long_sentence_is_not_cut(nlp: Language) -> None:
    clause = "die Kommission prüft die Vorschläge der Mitgliedstaaten sorgfältig"
    text = "Der Rat erklärte, " + ", ".join([clause] * 12) + "."
    assert len(sents(nlp, text)) == 1
