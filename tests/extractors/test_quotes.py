"""Quotes and speakers on short German sentences written for these tests.

Most tests run a small pipeline (layout, mood, quotes) so that they exercise the quote rules
alone, with the extractor's own speaker fallback; the ones marked as integration run the full
language pipeline, where speakers are resolved through the entity extractor.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from lagebild.extractors.quotes import find_marked, quote_data
from lagebild.language.layout import paragraphs
from lagebild.language.pipeline import make_doc
from lagebild.records import Article, Quote


@pytest.fixture(scope="module")
def qnlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_layout_v1", name="lagebild_layout")
    nlp.add_pipe("lagebild_mood_v1", name="lagebild_mood")
    nlp.add_pipe("lagebild_quotes_v1", name="lagebild_quotes")
    return nlp


def run(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(make_doc(nlp, Article(id="t", text=text, paragraphs=paragraphs(text))))
    quotes: list[Quote] = doc._.quotes
    for q in quotes:
        # Every record slices back to the exact source characters.
        assert text[q.start : q.end] == q.text
        for span in [q.speaker_span, q.cue_span, *q.parts]:
            if span is not None:
                assert text[span.start : span.end] == span.text
    return quotes


def only(nlp: Language, text: str) -> Quote:
    quotes = run(nlp, text)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


# ------------------------------------------------------------------ direct quotes and marks


def test_direct_quote_with_cue_after(qnlp: Language) -> None:
    q = only(qnlp, "„Wir bleiben standhaft“, sagte Bürgermeisterin Anna Berger am Abend.")
    assert q.kind == "direct"
    assert q.text == "„Wir bleiben standhaft“"
    assert q.speaker == "Anna Berger"
    assert q.speaker_span is not None and q.speaker_span.text == "Bürgermeisterin Anna Berger"
    assert q.cue == "sagte"


def test_straight_double_quotes(qnlp: Language) -> None:
    q = only(qnlp, '"Die Brücke bleibt gesperrt", sagte Stadtrat Tim Roth.')
    assert q.text == '"Die Brücke bleibt gesperrt"'
    assert q.speaker == "Tim Roth"


def test_german_guillemets(qnlp: Language) -> None:
    q = only(qnlp, "»Wir haben keine Angst«, sagte Gewerkschafter Olaf Reim.")
    assert q.text == "»Wir haben keine Angst«"
    assert q.speaker == "Olaf Reim"


def test_swiss_guillemets(qnlp: Language) -> None:
    q = only(qnlp, "«Die Bahn fährt wieder pünktlich», sagte Bundesrätin Karin Meier.")
    assert q.text == "«Die Bahn fährt wieder pünktlich»"
    assert q.speaker == "Karin Meier"


def test_half_quotation_marks(qnlp: Language) -> None:
    q = only(qnlp, "‚Das ist ein guter Tag für uns‘, sagte Trainerin Lena Wolf.")
    assert q.text == "‚Das ist ein guter Tag für uns‘"
    assert q.speaker == "Lena Wolf"


def test_quote_over_several_sentences(qnlp: Language) -> None:
    q = only(qnlp, "„Wir sind bereit. Jetzt müssen die anderen liefern.“, schrieb Jana Ott auf X.")
    assert q.text == "„Wir sind bereit. Jetzt müssen die anderen liefern.“"
    assert q.speaker == "Jana Ott"
    assert q.channel == "X"


def test_quote_split_by_attribution_is_one_record_per_part(qnlp: Language) -> None:
    text = "„Wir geben nicht auf“, sagte Jana Ott, „denn die Sache ist gerecht.“"
    quotes = run(qnlp, text)
    assert [q.text for q in quotes] == ["„Wir geben nicht auf“", "„denn die Sache ist gerecht.“"]
    assert {(q.speaker, q.cue) for q in quotes} == {("Jana Ott", "sagte")}


def test_two_quoted_parts_joined_by_und(qnlp: Language) -> None:
    text = "„Ich fürchte um die Arbeitsplätze“ und „dass die Löhne sinken“, sagte Betriebsrat Kai Lenz."
    quotes = run(qnlp, text)
    assert [q.text for q in quotes] == ["„Ich fürchte um die Arbeitsplätze“", "„dass die Löhne sinken“"]
    assert {q.speaker for q in quotes} == {"Kai Lenz"}


def test_colon_introduces_direct_quote(qnlp: Language) -> None:
    q = only(qnlp, "Der Verbandschef Udo Brand teilte auf Telegram mit: „Die Ernte ist gerettet.“")
    assert q.kind == "direct"
    assert q.speaker == "Udo Brand"
    assert q.cue == "teilte mit"
    assert q.channel == "Telegram"


def test_speaker_named_in_next_sentence(qnlp: Language) -> None:
    text = "Es könnte „ein schwieriger Winter für die Bauern werden“. So formulierte es Minister Paul Kern am Mittwoch."
    q = only(qnlp, text)
    assert q.text == "„ein schwieriger Winter für die Bauern werden“"
    assert q.speaker == "Paul Kern"
    assert q.cue == "formulierte"


# ------------------------------------------------------------------ indirect speech


def test_indirect_with_cue_after(qnlp: Language) -> None:
    q = only(qnlp, "Die Gespräche würden am Abend fortgesetzt, sagte Regierungssprecher Jan Vogt.")
    assert q.kind == "indirect"
    assert q.text == "Die Gespräche würden am Abend fortgesetzt"
    assert q.speaker == "Jan Vogt"


def test_indirect_with_cue_before(qnlp: Language) -> None:
    q = only(qnlp, "Ministerin Eva Roth sagte am Montag, die Lage sei ernst.")
    assert q.kind == "indirect"
    assert q.text == "die Lage sei ernst"
    assert q.speaker == "Eva Roth"


def test_dass_clause_after_cue_verb_with_correlate(qnlp: Language) -> None:
    q = only(qnlp, "Die Gewerkschaft warnte davor, dass Stellen abgebaut werden könnten.")
    assert q.text == "dass Stellen abgebaut werden könnten"
    assert q.speaker == "Gewerkschaft"


def test_dass_clause_after_cue_noun(qnlp: Language) -> None:
    q = only(qnlp, "Der Fahrgastverband Pro Bahn teilt die Auffassung, dass die Preise zu hoch seien.")
    assert q.text == "dass die Preise zu hoch seien"
    assert q.cue == "Auffassung"
    assert q.speaker is not None and "Pro Bahn" in q.speaker


def test_laut_names_the_source(qnlp: Language) -> None:
    q = only(qnlp, "Laut Polizeisprecher Max Huber wurde bei dem Unfall niemand verletzt.")
    assert q.text == "wurde bei dem Unfall niemand verletzt"
    assert q.speaker == "Max Huber"
    assert q.cue == "Laut"


def test_zufolge_names_the_source(qnlp: Language) -> None:
    q = only(qnlp, "Der Feuerwehr zufolge brach der Brand im Keller aus.")
    assert q.text == "brach der Brand im Keller aus"
    assert q.speaker == "Feuerwehr"


def test_nach_angaben_names_the_source(qnlp: Language) -> None:
    q = only(qnlp, "Nach Angaben der Stadtwerke fällt der Strom am Nachmittag aus.")
    assert q.text == "fällt der Strom am Nachmittag aus"
    assert q.speaker == "Stadtwerke"


def test_nach_with_source_noun(qnlp: Language) -> None:
    q = only(qnlp, "Nach ersten Untersuchungen war ein Kurzschluss die Ursache.")
    assert q.speaker_span is not None and q.speaker_span.text == "ersten Untersuchungen"


def test_so_after_the_statement(qnlp: Language) -> None:
    q = only(qnlp, "Die Lage sei angespannt, so Landrat Peter Fink.")
    assert q.text == "Die Lage sei angespannt"
    assert q.speaker == "Peter Fink"
    assert q.cue == "so"


def test_so_inside_the_statement(qnlp: Language) -> None:
    q = only(qnlp, "Das Angebot sei, so Landrat Peter Fink, nicht annehmbar.")
    assert [p.text for p in q.parts] == ["Das Angebot sei", "nicht annehmbar"]
    assert q.speaker == "Peter Fink"


def test_colon_introduces_indirect_statement(qnlp: Language) -> None:
    q = only(qnlp, "Die Ministerin Eva Roth warnt: Die Reserven müssten aufgefüllt werden.")
    assert q.kind == "indirect"
    assert q.text == "Die Reserven müssten aufgefüllt werden"
    assert q.speaker == "Eva Roth"


def test_wie_clause_before_the_report(qnlp: Language) -> None:
    q = only(qnlp, "Wie die Polizei mitteilte, wurden zwei Autos beschädigt.")
    assert q.text == "wurden zwei Autos beschädigt"
    assert q.speaker == "Polizei"


def test_wie_clause_after_the_report(qnlp: Language) -> None:
    q = only(qnlp, "Das Werk bleibt bis Freitag geschlossen, wie die Firma Brenner bekannt gab.")
    assert q.text == "Das Werk bleibt bis Freitag geschlossen"
    assert q.speaker is not None and "Brenner" in q.speaker


def test_wie_clause_with_an_apposition_of_the_speaker(qnlp: Language) -> None:
    q = only(qnlp, "Die Sonde sei auf Kurs, wie Anna Berg, Leiterin der Mission bei der ESA, betonte.")
    assert q.text == "Die Sonde sei auf Kurs"
    assert q.speaker == "Anna Berg"


def test_demnach_reports_the_last_source(qnlp: Language) -> None:
    text = "Die Polizei teilte mit, der Fahrer sei geflohen. Demnach war er betrunken."
    quotes = run(qnlp, text)
    assert quotes[-1].text == "war er betrunken"
    assert quotes[-1].speaker == "Polizei"


def test_mixed_quote(qnlp: Language) -> None:
    q = only(qnlp, "Der Trainer Ralf Stein sagte, die Mannschaft sei „hungrig wie nie“.")
    assert q.kind == "mixed"
    assert q.text == "die Mannschaft sei „hungrig wie nie“"


def test_quoted_words_in_the_speakers_own_clause(qnlp: Language) -> None:
    q = only(qnlp, "Ministerin Eva Roth wies die Vorwürfe als „haltlos“ zurück.")
    assert q.text == "„haltlos“"
    assert q.speaker == "Eva Roth"


def test_auxiliary_after_comma_and_participle_cue(qnlp: Language) -> None:
    q = only(qnlp, "„Wir bauen das Werk aus“, hatte Konzernchef Jens Kohl im Interview erklärt.")
    assert q.speaker == "Jens Kohl"
    assert q.cue == "erklärt"


def test_so_between_statement_and_cue(qnlp: Language) -> None:
    q = only(qnlp, "„Er ist ein harter Verhandler“, so beschrieb ihn die Gewerkschafterin Ute Sand.")
    assert q.speaker == "Ute Sand"


def test_colon_before_marks_without_known_cue(qnlp: Language) -> None:
    q = only(qnlp, "Die Ministerin Eva Roth reagierte gelassen: „Wir haben alles im Griff.“")
    assert q.kind == "direct"
    assert q.speaker == "Eva Roth"


def test_list_after_colon_is_no_statement(qnlp: Language) -> None:
    assert run(qnlp, "Die Messstelle meldete: Kohlendioxid, Methan oder Stickstoff.") == []


def test_apposition_stays_in_the_speaker_mention(qnlp: Language) -> None:
    q = only(qnlp, "Jan Vogt, ein Sprecher der Stadt, sagte, die Schule werde saniert.")
    assert q.speaker == "Jan Vogt"
    assert q.speaker_span is not None and q.speaker_span.text == "Jan Vogt, ein Sprecher der Stadt"


def test_nach_source_inside_relative_clause_is_no_quote(qnlp: Language) -> None:
    text = "Ein Skandal, der nach bisherigen Erkenntnissen dreißig Hotels betrifft, beschäftigt Japan."
    assert run(qnlp, text) == []


def test_mostly_capitalised_marked_words_are_a_name(qnlp: Language) -> None:
    assert run(qnlp, "Er gewann den Preis „Union pour un Mouvement Populaire“ in Paris.") == []


# ------------------------------------------------------------------ continuation


def test_konjunktiv_i_after_one_narrative_sentence(qnlp: Language) -> None:
    text = (
        "Die Reporterin Lea Brandt berichtete, die Erde habe minutenlang gebebt. "
        "Sirenen heulten über der Stadt. Viele Menschen seien auf die Straße gelaufen."
    )
    quotes = run(qnlp, text)
    assert [q.text for q in quotes][-1] == "Viele Menschen seien auf die Straße gelaufen"
    assert quotes[-1].speaker == "Lea Brandt"


def test_two_narrative_sentences_end_the_report(qnlp: Language) -> None:
    text = (
        "Die Reporterin Lea Brandt berichtete, die Erde habe gebebt. "
        "Sirenen heulten. Hubschrauber kreisten. Viele Menschen seien geflohen."
    )
    quotes = run(qnlp, text)
    # Still reported speech, but whose is no longer clear: the speaker stays open.
    assert quotes[-1].text == "Viele Menschen seien geflohen"
    assert quotes[-1].speaker is None


def test_konjunktiv_i_without_source_is_a_quote_without_speaker(qnlp: Language) -> None:
    q = only(qnlp, "Der Vertrag sei längst unterschrieben.")
    assert q.kind == "indirect"
    assert q.speaker is None


def test_sollen_with_perfect_infinitive_is_reported(qnlp: Language) -> None:
    q = only(qnlp, "Im Hafen sollen drei Lagerhallen abgebrannt sein.")
    assert q.text == "Im Hafen sollen drei Lagerhallen abgebrannt sein"
    assert q.speaker is None


def test_sollen_of_obligation_is_not_reported(qnlp: Language) -> None:
    assert run(qnlp, "Die Schüler sollen morgen pünktlich sein.") == []


def test_konjunktiv_i_idiom_is_no_quote(qnlp: Language) -> None:
    assert run(qnlp, "Wir fahren morgen, es sei denn, es regnet.") == []


def test_konjunktiv_i_idiom_carries_no_report_on(qnlp: Language) -> None:
    text = (
        "Die Regierung teilte mit, die Grenze bleibe geschlossen. "
        "Abspaltungen sind im Völkerrecht nicht geregelt – es sei denn, eine Verfassung erlaubt sie."
    )
    quotes = run(qnlp, text)
    assert [q.speaker for q in quotes] == ["Regierung"]


def test_sei_es_may_carry_a_report_on(qnlp: Language) -> None:
    text = "Die Regierung teilte mit, die Grenze bleibe geschlossen. In Japan sei es schwierig, Ärzte zu finden."
    quotes = run(qnlp, text)
    assert [q.speaker for q in quotes] == ["Regierung", "Regierung"]


def test_reportive_sollen_continues_a_report(qnlp: Language) -> None:
    text = "Die Polizei teilte mit, es sei zu Unruhen gekommen. Dabei sollen zwei Autos gebrannt haben."
    quotes = run(qnlp, text)
    assert len(quotes) == 2
    assert quotes[1].speaker == "Polizei"


def test_modal_of_a_subordinate_clause_continues_no_report(qnlp: Language) -> None:
    text = (
        "Die Regierung werde am Freitag entscheiden, teilte das Ministerium mit. "
        "Der Minister reist nach Brüssel, wo er den Kommissar treffen soll."
    )
    assert [q.text for q in run(qnlp, text)] == ["Die Regierung werde am Freitag entscheiden"]


def test_speech_without_content_lends_its_speaker(qnlp: Language) -> None:
    text = "Die Polizei sprach von einer ruhigen Nacht. In der Innenstadt seien nur zwei Autos beschädigt worden."
    q = only(qnlp, text)
    assert q.text == "In der Innenstadt seien nur zwei Autos beschädigt worden"
    assert q.speaker == "Polizei"


def test_subjunctive_sentence_continues_the_last_speaker(qnlp: Language) -> None:
    text = "Die Bahn teilte mit, der Zugverkehr sei unterbrochen. Ein Ersatzverkehr werde eingerichtet."
    quotes = run(qnlp, text)
    assert [q.text for q in quotes] == ["der Zugverkehr sei unterbrochen", "Ein Ersatzverkehr werde eingerichtet"]
    assert quotes[1].speaker == "Bahn"
    assert quotes[1].cue is None


def test_continued_report_sentences_form_one_statement(qnlp: Language) -> None:
    text = (
        "Die Bahn teilte mit, der Zugverkehr sei unterbrochen. "
        "Ein Ersatzverkehr werde eingerichtet. Die Busse seien kostenlos."
    )
    quotes = run(qnlp, text)
    assert len(quotes) == 2
    assert quotes[1].text == "Ein Ersatzverkehr werde eingerichtet. Die Busse seien kostenlos"
    assert len(quotes[1].parts) == 2


def test_indicative_sentence_ends_the_report(qnlp: Language) -> None:
    text = "Die Bahn teilte mit, der Zugverkehr sei unterbrochen. Viele Pendler kamen zu spät."
    assert len(run(qnlp, text)) == 1


def test_quoted_sentence_continues_the_last_speaker(qnlp: Language) -> None:
    text = "„Wir sind bereit“, sagte Jana Ott. „Jetzt müssen die anderen liefern.“"
    quotes = run(qnlp, text)
    assert len(quotes) == 2
    assert quotes[1].speaker == "Jana Ott"
    assert quotes[1].cue is None


# ------------------------------------------------------------------ headlines


def test_headline_quote_takes_speaker_before_colon(qnlp: Language) -> None:
    text = "Ott: „Wir sind bereit“\nDie Ministerin Jana Ott hat am Montag in Berlin gesprochen.\n"
    quotes = [q for q in run(qnlp, text) if q.headline]
    assert len(quotes) == 1
    assert quotes[0].text == "„Wir sind bereit“"
    assert quotes[0].speaker == "Jana Ott"


def test_subheading_without_marks_is_a_quote(qnlp: Language) -> None:
    text = (
        "Die Ministerin Jana Ott hat am Montag in Berlin gesprochen.\n"
        "Ott: Die Reform kommt noch in diesem Jahr\n"
        "Danach ging es um Geld.\n"
    )
    quotes = [q for q in run(qnlp, text) if q.headline]
    assert len(quotes) == 1
    assert quotes[0].text == "Die Reform kommt noch in diesem Jahr"
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker == "Jana Ott"


def test_headline_quote_after_a_topic_and_a_dash_takes_the_speaker_before_colon(qnlp: Language) -> None:
    text = 'Streit über die Brücke – Ott: "Wir sind bereit"\nDie Ministerin Jana Ott hat am Montag gesprochen.\n'
    quotes = [q for q in run(qnlp, text) if q.headline]
    assert [(q.text, q.speaker) for q in quotes] == [('"Wir sind bereit"', "Jana Ott")]


def test_topic_after_a_dash_with_colon_is_no_quote(qnlp: Language) -> None:
    text = "Unwetter im Süden – Hochwasser: Die Pegel steigen weiter\nIn Passau wurden Sandsäcke verteilt.\n"
    assert [q for q in run(qnlp, text) if q.headline] == []


def test_topic_headline_with_colon_is_no_quote(qnlp: Language) -> None:
    text = "Hochwasser: Die Pegel steigen weiter\nIn Passau wurden Sandsäcke verteilt.\n"
    assert [q for q in run(qnlp, text) if q.headline] == []


# ------------------------------------------------------------------ speakers


def test_surname_resolves_to_full_name(qnlp: Language) -> None:
    text = "Die Forscherin Lea Brandt legte eine Studie vor. „Das Eis schmilzt schneller als gedacht“, sagte Brandt."
    q = only(qnlp, text)
    assert q.speaker == "Lea Brandt"
    assert q.speaker_span is not None and q.speaker_span.text == "Brandt"


def test_role_noun_resolves_to_name_beside_it(qnlp: Language) -> None:
    text = "Die Umweltministerin warnt: Die Flüsse seien zu warm. Die Umweltministerin Eva Roth reist morgen ab."
    quotes = run(qnlp, text)
    assert quotes[0].speaker == "Eva Roth"
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "Die Umweltministerin"


def test_organisation_as_speaker(qnlp: Language) -> None:
    q = only(qnlp, "Im Anschluss teilte die Deutsche Bahn mit, das Treffen sei verschoben worden.")
    assert q.speaker == "Deutsche Bahn"


def test_pronoun_without_antecedent_stays_unresolved(qnlp: Language) -> None:
    q = only(qnlp, "„Das ist falsch“, sagte er.")
    assert q.speaker_span is not None and q.speaker_span.text == "er"


def test_apposition_subject_before_cue(qnlp: Language) -> None:
    q = only(qnlp, "Jan Vogt, ein Sprecher der Stadt, sagte, die Schule werde saniert.")
    assert q.text == "die Schule werde saniert"
    assert q.speaker == "Jan Vogt"


def test_name_in_apposition_after_role_with_place(qnlp: Language) -> None:
    q = only(qnlp, "Der Korrespondent in Rom, Will Grant, berichtete, die Lage sei ruhig.")
    assert q.speaker == "Will Grant"


def test_object_after_cue_is_never_the_speaker(qnlp: Language) -> None:
    text = (
        "Der Sprecher der Vereinigung der Freunde des alten Stadtparks am Ufer des großen Flusses "
        "im Norden der Stadt sagte einem Reporter, der Park sei in Gefahr."
    )
    q = only(qnlp, text)
    assert q.text == "der Park sei in Gefahr"
    assert q.speaker != "Reporter"
    assert q.speaker_span is None or "Reporter" not in q.speaker_span.text


def test_medium_before_verb_is_channel_not_speaker(qnlp: Language) -> None:
    q = only(qnlp, "Der Zeitung Kurier sagte Anna Berger: „Wir brauchen mehr Geld.“")
    assert q.speaker == "Anna Berger"


# ------------------------------------------------------------------ channels


def test_channel_news_agency_zufolge(qnlp: Language) -> None:
    text = "Der Gipfel werde verschoben, sagte Sprecher Jan Vogt der Nachrichtenagentur Tass zufolge."
    q = only(qnlp, text)
    assert q.speaker == "Jan Vogt"
    assert q.channel == "Tass"


def test_channel_broadcaster(qnlp: Language) -> None:
    q = only(qnlp, "Ministerin Eva Roth sagte im ZDF, die Steuern würden nicht erhöht.")
    assert q.channel == "ZDF"


def test_channel_interview_with(qnlp: Language) -> None:
    q = only(qnlp, "Ministerin Eva Roth sagte in einem Interview mit dem ORF, die Grenze bleibe offen.")
    assert q.channel == "ORF"


def test_channel_statement_noun(qnlp: Language) -> None:
    q = only(qnlp, "„Wir stehen zusammen“, sagte Präsident Ivo Marek in seiner Videobotschaft.")
    assert q.channel == "Videobotschaft"


# ------------------------------------------------------------------ not quotes


def test_title_of_work_is_no_quote(qnlp: Language) -> None:
    assert run(qnlp, "Der Film „Das Leben der anderen Leute im Dorf“ läuft heute im Kino.") == []


def test_scare_quotes_around_a_name_are_no_quote(qnlp: Language) -> None:
    assert run(qnlp, "Die „Koalition der Willigen“ trifft sich in Paris.") == []


def test_sogenannte_marks_scare_quotes(qnlp: Language) -> None:
    assert run(qnlp, "Die sogenannte „Bremse für neue Schulden im Land“ gilt weiter.") == []


def test_ironic_single_word_is_no_quote(qnlp: Language) -> None:
    assert run(qnlp, "Die „Reform“ kostet den Staat Milliarden.") == []


def test_nested_marks_stay_inside_the_quote(qnlp: Language) -> None:
    q = only(qnlp, "„Er nannte es ‚einen großen Fehler‘, und das stimmt“, sagte Ute Sand.")
    assert q.text == "„Er nannte es ‚einen großen Fehler‘, und das stimmt“"


def test_negated_cue_is_no_quote(qnlp: Language) -> None:
    assert run(qnlp, "Wie es weitergeht, erläuterten weder die Stadt noch der Investor.") == []


def test_relative_clause_after_cue_is_no_report(qnlp: Language) -> None:
    assert run(qnlp, "Sie sprach vor dem Gebäude, das im Krieg zerstört wurde.") == []


# ------------------------------------------------------------------ bad input


def test_empty_and_blank_text(qnlp: Language) -> None:
    assert run(qnlp, "") == []
    assert run(qnlp, "  \n\n ") == []


def test_unbalanced_mark_stays_in_its_paragraph(qnlp: Language) -> None:
    text = "Sie sagte: „Das ist ein Satz ohne Ende und noch mehr\nDer nächste Absatz ist Bericht.\n"
    for q in run(qnlp, text):
        assert "\n" not in q.text


def test_quote_running_to_the_end_of_the_article(qnlp: Language) -> None:
    text = "Er sagte: „Wir kommen wieder und wir bleiben"
    q = only(qnlp, text)
    assert q.text == "„Wir kommen wieder und wir bleiben"


def test_quote_over_paragraphs_when_the_marks_say_so(qnlp: Language) -> None:
    text = "„Wir kommen wieder.\n„Und wir bleiben lange hier.“, sagte Ute Sand."
    marked = find_marked(text, [(p.start, p.end) for p in paragraphs(text)], quote_data("de"))
    assert [(m.start, m.end) for m in marked] == [(0, text.index("“") + 1)]


def test_quote_closed_in_the_next_paragraph_without_a_new_opening_mark_runs_over_both(qnlp: Language) -> None:
    text = "„Wir kommen wieder.\nUnd wir bleiben lange hier.“, sagte Ute Sand.\nDer Rest ist Bericht."
    marked = find_marked(text, [(p.start, p.end) for p in paragraphs(text)], quote_data("de"))
    assert [(m.start, m.end) for m in marked] == [(0, text.index("“") + 1)]


def test_quote_left_open_before_a_paragraph_that_opens_its_own_stays_in_its_paragraph(qnlp: Language) -> None:
    text = "Sie sagte: „Das ist ein Satz ohne Ende\nDer nächste Absatz zitiert „etwas anderes“ wörtlich."
    marked = find_marked(text, [(p.start, p.end) for p in paragraphs(text)], quote_data("de"))
    assert [text[m.start : m.end] for m in marked] == ["„Das ist ein Satz ohne Ende", "„etwas anderes“"]


def test_mismatched_marks_do_not_crash(qnlp: Language) -> None:
    for text in ["»Hallo“ sagte er« und „dann»", "“Verkehrt herum„, sagte sie.", '"""', "„„„“““", "‚‘’‚"]:
        run(qnlp, text)


def test_two_hundred_quotes_in_one_article(qnlp: Language) -> None:
    text = "\n".join(f"„Der Satz Nummer {i} ist wichtig“, sagte Anna Berger." for i in range(200))
    quotes = run(qnlp, text)
    assert len(quotes) == 200
    assert all(q.speaker == "Anna Berger" for q in quotes)


def test_text_without_sentence_punctuation(qnlp: Language) -> None:
    text = " ".join(["sagte er dass sei so laut Müller zufolge nach Angaben"] * 300)
    run(qnlp, text)


def test_odd_scripts_and_control_characters(qnlp: Language) -> None:
    for text in [
        "مرحبا „بالعالم“ sagte er",
        "你好「世界」, sagte sie.",
        "\x00\x01„\x02“",
        "🙂 „😀 😀 😀 😀“, sagte Ola.",
    ]:
        run(qnlp, text)


def test_huge_article(qnlp: Language) -> None:
    para = "Die Ministerin Eva Roth sagte, die Lage sei ernst. „Wir handeln jetzt“, sagte Roth.\n"
    quotes = run(qnlp, para * 400)
    assert len(quotes) == 800


# ------------------------------------------------------------------ full pipeline


def test_full_pipeline_topic_headline_is_no_quote(nlp: Language) -> None:
    text = "Ukraine: Die Front bewegt sich kaum\nIn der Ukraine wird weiter gekämpft, die Lage bleibt ernst.\n"
    assert [q for q in run(nlp, text) if q.headline] == []


def test_full_pipeline_resolves_speakers(nlp: Language) -> None:
    text = (
        "Die Ministerin Eva Roth besuchte am Montag das Klinikum in Kassel.\n"
        "„Die Pflege braucht mehr Geld“, sagte Roth nach dem Rundgang.\n"
    )
    quotes = run(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Eva Roth"
    assert quotes[0].article_id == "t"


def test_opinion_phrase_with_vertreten_is_a_cue(qnlp: Language) -> None:
    quotes = run(qnlp, "Die Anwältin hatte die Auffassung vertreten, die Frist sei abgelaufen.")
    assert [q.text for q in quotes] == ["die Frist sei abgelaufen"]
    assert quotes[0].kind == "indirect" and quotes[0].cue is not None


def test_haelt_es_fuer_moeglich_dass_is_a_cue(qnlp: Language) -> None:
    quotes = run(qnlp, "Der Bürgermeister hält es für möglich, dass die Brücke im Sommer öffnet.")
    assert [q.text for q in quotes] == ["dass die Brücke im Sommer öffnet"]


def test_zeigte_sich_ueberzeugt_dass_is_a_cue(qnlp: Language) -> None:
    quotes = run(qnlp, "Die Trainerin zeigte sich überzeugt, dass ihr Team aufsteigen werde.")
    assert [q.text for q in quotes] == ["dass ihr Team aufsteigen werde"]


def test_possibility_without_a_person_is_no_cue(qnlp: Language) -> None:
    assert run(qnlp, "Es ist möglich, dass der Zug heute ausfällt.") == []


def test_hiess_es_closes_the_report_without_a_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Eine Einigung sei noch nicht in Sicht, hieß es am Abend.")
    assert [q.text for q in quotes] == ["Eine Einigung sei noch nicht in Sicht"]
    assert quotes[0].speaker is None and quotes[0].cue == "hieß"


def test_hiess_es_aus_names_the_source_as_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Eine Einigung sei noch nicht in Sicht, hieß es aus der Behörde.")
    assert [q.text for q in quotes] == ["Eine Einigung sei noch nicht in Sicht"]
    assert quotes[0].speaker == "Behörde" and quotes[0].cue == "hieß"
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "der Behörde"


def test_fronted_source_of_hiess_es_is_the_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Aus dem Ministerium hieß es, die Lage sei ernst.")
    assert [(q.text, q.speaker) for q in quotes] == [("die Lage sei ernst", "Ministerium")]


def test_source_in_a_wie_es_clause_is_the_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Wie es aus der Behörde hieß, soll die Brücke im Mai öffnen.")
    assert [q.speaker for q in quotes] == ["Behörde"]


def test_document_of_heisst_es_gives_its_author_as_speaker(nlp: Language) -> None:
    quotes = run(nlp, "In der Pressemitteilung des WWF heißt es, dass die Bären geschützt werden müssten.\n")
    assert [q.speaker for q in quotes] == ["WWF"]


def test_time_after_in_is_no_source(nlp: Language) -> None:
    quotes = run(nlp, "In der Nacht hieß es, die Lage sei ernst.\n")
    assert [(q.text, q.speaker) for q in quotes] == [("die Lage sei ernst", None)]


def test_full_pipeline_subject_of_an_active_perfect_is_the_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    # The shipped parser labels "Glos" a passive subject here; "hatte" shows the verb is active.
    quotes = run(nlp, "Glos hatte in einem Interview gesagt, die Koalitionsfraktionen müssten gehört werden.\n")
    assert [q.speaker for q in quotes] == ["Glos"]


def test_full_pipeline_participle_without_auxiliary_gets_no_passive_subject_as_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Zebroide, auch Zebra-Pferde genannt, sind Kreuzungen („Hybride“) zwischen Zebras und Pferden.\n")
    assert all(q.speaker is None for q in quotes)


def test_full_pipeline_verb_after_a_copula_clause_shares_its_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(
        nlp, "Podolski war ebenfalls anwesend und sagte bei der Gelegenheit, er freue sich über den Wechsel.\n"
    )
    assert [q.speaker for q in quotes] == ["Podolski"]


def test_adverb_before_the_subject_of_an_as_clause(qnlp: Language) -> None:
    quotes = run(qnlp, "Wie schon die Behörde sagte, ist eine Ansteckung unwahrscheinlich.")
    assert [q.speaker for q in quotes] == ["Behörde"]


def test_sich_herausstellen_is_no_speech(nlp: Language) -> None:
    assert run(nlp, "Der angebliche Zünder stellte sich als Attrappe heraus.\n") == []


def test_zuschreiben_is_no_speech(nlp: Language) -> None:
    assert run(nlp, "Die Polizei schreibt den Rückgang der Einbrüche der Streife zu.\n") == []


def test_writing_music_is_no_speech(nlp: Language) -> None:
    assert run(nlp, "Der Komponist schrieb einige Titel für den Film.\n") == []


def test_object_es_leaves_the_subject_the_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Aus Sicht der Kammer hält es der Präsident für möglich, dass die Zinsen sinken.")
    assert [q.speaker for q in quotes] == ["Präsident"]


def test_passive_cue_closes_the_report_without_a_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Die Reparatur könne Wochen dauern, wird befürchtet.")
    assert [q.text for q in quotes] == ["Die Reparatur könne Wochen dauern"]
    assert quotes[0].speaker is None


def _needs_parser(nlp: Language) -> None:
    if "parser" not in nlp.pipe_names:
        pytest.skip("needs the trained model's parser")


def test_full_pipeline_konjunktiv_homograph_with_third_person_subject_reports(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Der Senator verteidigte den Entwurf. Er halte die Regeln für angemessen.\n"
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == ["Er halte die Regeln für angemessen"]


def test_full_pipeline_first_person_homograph_is_no_report(nlp: Language) -> None:
    _needs_parser(nlp)
    assert run(nlp, "Ich halte die Regeln für angemessen.\n") == []


def test_full_pipeline_parsed_subject_with_article_is_the_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Das bayerische Umweltamt teilte mit, dass die Messwerte gesunken seien.\n")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None
    assert quotes[0].speaker_span.text == "Das bayerische Umweltamt"


def test_full_pipeline_news_agency_subject_is_the_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Nachrichtenagentur Ansa meldete, dass der Hafen geschlossen worden sei.\n")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None
    assert quotes[0].speaker_span.text.endswith("Ansa")


def test_full_pipeline_relative_clause_is_not_part_of_the_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Dem Sender sagte Vogt, die Brücke werde im Mai fertig.\n")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None
    assert "Brücke" not in quotes[0].speaker_span.text


def test_surname_with_capitalised_particle_is_the_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "Von der Heide betonte, die Schulen seien gut ausgestattet.")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "Von der Heide"


def test_von_phrase_of_an_impersonal_frame_is_the_source(qnlp: Language) -> None:
    quotes = run(qnlp, "Von der Regierung hieß es, die Lage sei ernst.")
    assert len(quotes) == 1
    assert quotes[0].speaker == "Regierung"


def test_full_pipeline_masculine_medium_as_subject_speaks(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Der Radiosender Alpha berichtete, die Regierung habe getagt.\n")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None and "Radiosender Alpha" in quotes[0].speaker_span.text


def test_full_pipeline_coordinated_cue_verb_shares_the_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Trainerin bedankte sich bei ihrem Team und sagte: „Wir haben das verdient.“\n")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "Die Trainerin"


def test_laut_with_source_in_quotation_marks(qnlp: Language) -> None:
    quotes = run(qnlp, "Laut „Radio Nord“ zogen tausende Menschen durch die Stadt.")
    assert [q.text for q in quotes] == ["zogen tausende Menschen durch die Stadt"]
    assert quotes[0].speaker_span is not None and "Radio Nord" in quotes[0].speaker_span.text


def test_full_pipeline_source_phrase_in_mid_sentence_before_predicative(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Tausend Menschen wurden nach Angaben des Roten Kreuzes obdachlos.\n")
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "des Roten Kreuzes"
    assert any("obdachlos" in p.text for p in quotes[0].parts)


def test_so_with_truncated_compound_sources(qnlp: Language) -> None:
    quotes = run(qnlp, "Zwei Männer wurden verletzt, so Polizei- und Feuerwehrkreise.")
    assert [q.text for q in quotes] == ["Zwei Männer wurden verletzt"]
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "Polizei- und Feuerwehrkreise"


def test_reportive_perfect_before_an_infinitive_clause(qnlp: Language) -> None:
    quotes = run(qnlp, "Er soll aus dem Wagen gestiegen sein, um zu fliehen.")
    assert [q.text for q in quotes] == ["Er soll aus dem Wagen gestiegen sein, um zu fliehen"]
    assert quotes[0].speaker is None


def test_quoted_medium_name_inside_the_frame_does_not_end_it(qnlp: Language) -> None:
    quotes = run(
        qnlp, "Der Redakteur Jan Kurz kritisiert in der Zeitung „Nordblatt“, die Aktion erinnere an alte Zeiten."
    )
    assert [q.text for q in quotes] == ["die Aktion erinnere an alte Zeiten"]
    assert quotes[0].cue == "kritisiert"


def test_role_shared_by_two_named_people_leaves_speaker_open() -> None:
    from lagebild.pipeline import extract

    text = "Ministerin Anna Berg und Ministerin Clara Voss kamen. „Wir helfen“, sagte die Ministerin."
    [quote] = extract(text, published="2025-12-03").quotes
    assert quote.speaker not in {"Anna Berg", "Clara Voss"}


def test_short_role_finds_the_one_holder_of_the_compound_role() -> None:
    from lagebild.pipeline import extract

    text = "Die Außenministerin Anna Berg sprach in Wien. „Wir helfen“, sagte die Ministerin."
    [quote] = extract(text, published="2025-12-03").quotes
    assert quote.speaker == "Anna Berg"


def test_full_pipeline_opening_mark_left_on_the_previous_sentence_starts_a_new_quote(nlp: Language) -> None:
    _needs_parser(nlp)
    text = (
        "Die Sprecherin Lena Hofmann sagte danach, man habe noch keine Einigung erzielt. "
        '"Manche Punkte sind lösbar, andere nicht", sagte Hofmann.\n'
    )
    quotes = run(nlp, text)
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("indirect", "man habe noch keine Einigung erzielt", "sagte"),
        ("direct", '"Manche Punkte sind lösbar, andere nicht"', "sagte"),
    ]
    assert all(q.speaker == "Lena Hofmann" for q in quotes)


def test_indirect_clause_ends_at_its_sentence_before_a_marked_quote(qnlp: Language) -> None:
    text = "Die Sprecherin Lena Hofmann sagte danach, man habe keine Einigung erzielt. „Manche Punkte sind lösbar“, sagte sie."
    quotes = run(qnlp, text)
    assert [q.text for q in quotes] == ["man habe keine Einigung erzielt", "„Manche Punkte sind lösbar“"]


def test_full_pipeline_trailing_cue_after_mistagged_konjunktiv_is_not_in_the_quote(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Bürgermeister Jonas Keller eröffnete die Sitzung. Die Stadt brauche eine neue Brücke, sagte er.\n"
    quotes = run(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.kind, q.text, q.cue) == ("indirect", "Die Stadt brauche eine neue Brücke", "sagte")
    assert q.speaker_span is not None and q.speaker_span.text == "er"
    assert q.speaker in {"Jonas Keller", None}


def test_full_pipeline_trailing_cue_subject_is_never_the_subject_of_the_content(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Stadt brauche eine neue Brücke, sagte er.\n")
    assert len(quotes) == 1
    assert quotes[0].text == "Die Stadt brauche eine neue Brücke"
    # No antecedent for "er": the speaker stays open rather than taken from inside the report.
    assert quotes[0].speaker is None
    named = run(nlp, "Die Gemeinde brauche mehr Geld, sagte Bürgermeister Jonas Keller.\n")
    assert len(named) == 1
    assert named[0].text == "Die Gemeinde brauche mehr Geld"
    assert named[0].speaker == "Jonas Keller"


def test_konjunktiv_i_modal_with_umlaut_continues_a_direct_quote(qnlp: Language) -> None:
    text = "„Wir brauchen mehr Personal“, sagte Stadträtin Eva Brandt. Die Stadt müsse rasch handeln, nicht erst im Herbst."
    quotes = run(qnlp, text)
    assert [q.text for q in quotes] == [
        "„Wir brauchen mehr Personal“",
        "Die Stadt müsse rasch handeln, nicht erst im Herbst",
    ]
    assert quotes[1].speaker == "Eva Brandt"


def test_full_pipeline_cue_form_without_content_does_not_end_a_report(nlp: Language) -> None:
    _needs_parser(nlp)
    text = (
        "Sprecher Paul Lorenz sagte am Montag, die Sitzung werde am Abend beginnen. Man erwarte eine lange Debatte.\n"
    )
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [
        "die Sitzung werde am Abend beginnen",
        "Man erwarte eine lange Debatte",
    ]
    assert all(q.speaker == "Paul Lorenz" for q in quotes)


# ------------------------------------------------------------------ speech acts without content


def _reported(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "reported"]


def test_full_pipeline_speech_act_without_content_is_reported(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Bürgermeisterin Anna Berger warnte vor einer Schließung des Hallenbads.\n"
    quotes = run(nlp, text)
    assert [q.kind for q in quotes] == ["reported"]
    q = quotes[0]
    assert q.text == text.strip()
    assert q.speaker == "Anna Berger"
    assert q.cue == "warnte"


def test_full_pipeline_separable_speech_verb_is_reported(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Landesregierung sagte den Gemeinden weitere Hilfe zu.\n")
    assert [q.kind for q in quotes] == ["reported"]


def test_full_pipeline_stance_of_a_party_is_reported(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die SPD will an der Rente mit 63 festhalten.\n")
    assert [q.kind for q in quotes] == ["reported"]
    assert quotes[0].speaker == "SPD"


def test_full_pipeline_shown_stance_is_no_statement_of_its_own(nlp: Language) -> None:
    _needs_parser(nlp)
    assert run(nlp, "Bürgermeisterin Lena Vogt zeigte sich nach der Abstimmung enttäuscht.\n") == []


def test_full_pipeline_konjunktiv_after_a_shown_stance_is_the_same_speakers(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Minister Paul Kessler zeigte sich zuversichtlich. Er gehe davon aus, dass die Brücke im Mai öffne.\n"
    quotes = run(nlp, text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Paul Kessler")]


def test_full_pipeline_shown_stance_of_an_unnamed_person_gives_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Der Patient zeigte sich nach der Operation erleichtert. Er habe keine Schmerzen mehr.\n")
    assert [q.speaker for q in quotes] == [None]


def test_full_pipeline_intention_of_an_unnamed_person_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    assert _reported(run(nlp, "Der Einbrecher wollte mit dem Fahrrad fliehen.\n")) == []


def test_full_pipeline_conversation_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    assert _reported(run(nlp, "Der Astronaut Tim Berger sprach zehn Minuten mit seiner Frau.\n")) == []


def test_full_pipeline_victims_of_a_storm_are_no_speakers(nlp: Language) -> None:
    _needs_parser(nlp)
    assert _reported(run(nlp, "Zwölf Todesopfer forderte ein Sturm an der Küste.\n")) == []


def test_full_pipeline_passive_subject_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    assert _reported(run(nlp, "Der Bürgermeister wurde am Montag scharf kritisiert.\n")) == []


def test_full_pipeline_cue_in_subordinate_clause_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Dass die Partei den Vorschlag ablehnt, ist ein deutliches Signal an die Wähler.\n"
    assert _reported(run(nlp, text)) == []


def test_reported_statements_are_kept_apart_in_the_scorer_format() -> None:
    from lagebild.records import Extraction

    art = Article(id="a", text="x")
    said = Quote(text="Sie warnte vor Eile.", start=0, end=20, kind="reported")
    quoted = Quote(text="„Eile schadet“", start=21, end=35, kind="direct")
    d = Extraction(article=art, quotes=[said, quoted]).to_dict()
    assert [q["kind"] for q in d["quotes"]] == ["direct"]
    assert [q["kind"] for q in d["reported"]] == ["reported"]


# ------------------------------------------------------------------ reports around an inserted frame


def test_full_pipeline_report_goes_on_after_an_inserted_cue(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Lage sei ernst, sagte der Minister, man werde aber schnell reagieren.\n")
    assert [q.text for q in quotes] == ["Die Lage sei ernst", "man werde aber schnell reagieren"]
    assert {q.cue for q in quotes} == {"sagte"}


def test_full_pipeline_relative_clause_after_an_inserted_cue_is_no_report(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Lage sei ernst, sagte der Minister, der gerade aus Rom kam.\n")
    assert [q.text for q in quotes] == ["Die Lage sei ernst"]


def test_full_pipeline_only_the_subjunctive_subordinate_clause_is_reported_without_a_source(
    nlp: Language,
) -> None:
    _needs_parser(nlp)
    text = "Die Kasse verlor den Prozess, weil sie ihre Kunden nicht informiert habe.\n"
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == ["weil sie ihre Kunden nicht informiert habe"]


def test_full_pipeline_colon_after_inverted_cue_gives_the_marked_words(nlp: Language) -> None:
    _needs_parser(nlp)
    text = (
        "Nachdem er gefragt wurde, was seine Partei unterscheide, entgegnete Tim Roth empört: "
        "„Das ist eine Frechheit. Ich gehe jetzt.“\n"
    )
    quotes = run(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„Das ist eine Frechheit. Ich gehe jetzt.“")]
    assert quotes[0].speaker == "Tim Roth"


def test_full_pipeline_colon_hands_over_to_two_marked_statements(nlp: Language) -> None:
    _needs_parser(nlp)
    text = (
        "Die Forscherin Eva Kern erläutert die These, die geprüft werden soll, so: "
        "„Es gibt zwei Arten von Teilchen“, und fügt hinzu: „Wir wissen bald mehr.“\n"
    )
    quotes = run(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "„Es gibt zwei Arten von Teilchen“"),
        ("direct", "„Wir wissen bald mehr.“"),
    ]


def test_full_pipeline_making_history_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    assert _reported(run(nlp, "Vor hundert Jahren schrieb der Erfinder Karl Benz Automobilgeschichte.\n")) == []


def test_full_pipeline_role_before_name_is_a_named_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Der tschechische Künstler Martin Zet will tausend Bücher sammeln.\n")
    assert [q.kind for q in quotes] == ["reported"]
    assert quotes[0].speaker == "Martin Zet"


def test_full_pipeline_lead_in_before_a_colon_is_not_part_of_the_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = _reported(run(nlp, "Rente: Die SPD will an der Rente mit 63 festhalten.\n"))
    assert [q.text for q in quotes] == ["Die SPD will an der Rente mit 63 festhalten."]


# ------------------------------------------------------------------ more frames


def test_full_pipeline_capitalised_words_named_as_predicate_are_the_speakers(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Der Minister Paul Weber bezeichnete den Plan als „Unsinn“.\n")
    assert (q.kind, q.text, q.speaker) == ("direct", "„Unsinn“", "Paul Weber")


def test_full_pipeline_capitalised_name_in_marks_is_no_quote(nlp: Language) -> None:
    _needs_parser(nlp)
    assert [q for q in run(nlp, "Der Wirt Paul Weber nannte den Bären „Bruno“.\n") if q.kind == "direct"] == []


def test_full_pipeline_coordinated_verb_shares_the_subject_for_marked_words(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Die Firma Lenz bestätigte den Bericht nicht und nannte ihn „reine Spekulation“.\n"
    quotes = [q for q in run(nlp, text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["„reine Spekulation“"]


def test_full_pipeline_impersonal_passive_cue_before_dass(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Es wird angenommen, dass die Behörde Anklage erheben wird.\n")
    assert (q.kind, q.text, q.speaker) == ("indirect", "dass die Behörde Anklage erheben wird", None)


def test_full_pipeline_document_that_provides_is_a_source(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Der Beschluss sieht vor, dass ein Ausschuss die Kandidaten auswählt.\n")
    assert q.text == "dass ein Ausschuss die Kandidaten auswählt"
    assert q.cue == "sieht vor"


def test_full_pipeline_cue_noun_with_infinitive_clause(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Die Ministerin machte den Vorschlag, Verkäuferinnen zu Erzieherinnen umzuschulen.\n")
    assert q.text == "Verkäuferinnen zu Erzieherinnen umzuschulen"


def test_full_pipeline_fronted_object_is_no_statement_before_the_cue(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Den Währungsfonds, dessen Gremien diese Woche tagen, forderte er auf, die Zahlungen auszusetzen.\n"
    assert [q.text for q in run(nlp, text)] == ["die Zahlungen auszusetzen"]


def test_full_pipeline_blame_is_a_reported_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Regierungsvertreter machen die Opposition für die Gewalt verantwortlich.\n")
    assert [q.kind for q in quotes] == ["reported"]


def test_full_pipeline_separable_zu_infinitive_after_a_cue(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Der Präsident hatte angekündigt, bei der Wahl erneut anzutreten.\n")
    assert (q.kind, q.text, q.cue) == ("indirect", "bei der Wahl erneut anzutreten", "angekündigt")


def test_full_pipeline_decision_with_infinitive_is_reported_content(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Die Bundeswehr hat entschieden, das Tanklager aufzugeben.\n")
    assert q.text == "das Tanklager aufzugeben"


def test_full_pipeline_findings_with_dass_are_reported_content(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Die Ermittlungen ergaben, dass der Bus gebrannt hatte.\n")
    assert q.text == "dass der Bus gebrannt hatte"


def test_full_pipeline_decision_without_content_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    assert run(nlp, "Der Rat beschloss am Montag den Haushalt.\n") == []


def test_full_pipeline_cue_in_brackets_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Vor zwei Jahren schien der Konzern den Auftrag schon sicher zu haben (die Zeitung Bote berichtete).\n"
    assert _reported(run(nlp, text)) == []


def test_full_pipeline_abstract_noun_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Veranstaltung forderte, die Wahrheit über die Atomenergie zu verbreiten.\n")
    assert [q.speaker for q in quotes] == [None]


def test_object_phrase_is_no_speaker(qnlp: Language) -> None:
    quotes = run(qnlp, "„Wir gehen nicht“, sagte einen Tag später der Vorsitzende.")
    assert all(q.speaker_span is None or not q.speaker_span.text.startswith("einen") for q in quotes)


def test_full_pipeline_particle_fused_with_correlate(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Politische Beobachter wiesen daraufhin, dass die Regierung das Gesetz ändern werde.\n")
    assert (q.kind, q.text, q.cue) == ("indirect", "dass die Regierung das Gesetz ändern werde", "wiesen hin")


def test_full_pipeline_fronted_object_is_no_speaker_of_a_speech_act(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Diesen Einwand ließ das Gericht nicht gelten und nahm die Klage zur Entscheidung an.\n"
    assert _reported(run(nlp, text)) == []


def test_full_pipeline_calling_the_police_is_no_statement(nlp: Language) -> None:
    _needs_parser(nlp)
    assert _reported(run(nlp, "Die Nachbarin Eva Lenz rief sofort die Polizei.\n")) == []


def test_full_pipeline_place_in_a_prepositional_phrase_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = _reported(run(nlp, "Sehr deutlich für die Ukraine sprach eine Besucherin aus Kiew.\n"))
    assert all(q.speaker != "Ukraine" for q in quotes)


def test_full_pipeline_stance_word_must_stand_in_the_verbs_clause(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Der Politiker Tim Roth hält sich in Kapstadt auf, wo er um Hilfe für seine Partei wirbt.\n"
    assert _reported(run(nlp, text)) == []


def test_full_pipeline_dative_source_after_laut_is_the_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Der Roman sei laut einem Jury-Mitglied eine kluge und komische Geschichte.\n")
    assert [q.speaker_span.text if q.speaker_span else None for q in quotes] == ["einem Jury-Mitglied"]


def test_full_pipeline_fronted_object_before_a_colon_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    text = (
        "Den Unmut der Partei brachte die Sprecherin der Fraktion, Anna Berg, zum Ausdruck: „Es gibt keinen Grund.“\n"
    )
    assert [q.speaker for q in run(nlp, text)] == ["Anna Berg"]


def test_full_pipeline_nameless_phrase_before_the_verb_yields_to_a_named_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Die praktische Anwendung der Regel stellte der Vorsitzende Franz Müntefering in Frage: „Das geht nicht.“\n"
    assert [q.speaker for q in run(nlp, text)] == ["Franz Müntefering"]


def test_full_pipeline_name_in_apposition_after_a_role_with_its_body(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Der Direktor des Katastrophenamtes, Smith Dharmmasaroj, sagte, die Menschen seien gewarnt worden.\n"
    assert [q.speaker for q in run(nlp, text)] == ["Smith Dharmmasaroj"]


def test_full_pipeline_pronoun_wins_over_a_fronted_dative_the_parser_calls_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Der Politik schlug er vor, sich an anderen Ländern zu orientieren.\n")
    assert [q.speaker_span.text if q.speaker_span else None for q in quotes] == ["er"]


def test_full_pipeline_sentence_adverb_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Sinngemäß hofft Musk also, dass der nächste Start bald erfolgt.\n")
    assert [q.speaker for q in quotes] == ["Musk"]


def test_full_pipeline_group_word_stays_the_subject_of_a_speech_act(nlp: Language) -> None:
    _needs_parser(nlp)
    reported = _reported(run(nlp, "Beide riefen gemeinsam zum Kampf gegen den Klimawandel auf.\n"))
    assert [q.speaker_span.text if q.speaker_span else None for q in reported] == ["Beide"]


def test_full_pipeline_subject_of_the_reported_clause_is_not_the_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    q = only(nlp, "Der 58-Jährige habe darin geschrieben, er müsse seine Kinder retten.\n")
    assert q.speaker_span is not None and q.speaker_span.text == "Der 58-Jährige"


def test_subject_with_its_relative_clause_before_the_cue_is_no_statement(qnlp: Language) -> None:
    text = (
        "Hubert Primus, der bei der Stiftung für die Studie verantwortlich ist, wies den Vorwurf zurück. "
        "In Zeiten knapper Kassen sei die Studie richtig."
    )
    quotes = [q for q in run(qnlp, text) if q.kind != "reported"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("In Zeiten knapper Kassen sei die Studie richtig", "Hubert Primus")
    ]


def test_reported_main_clause_before_the_cue_stays_a_statement(qnlp: Language) -> None:
    q = only(qnlp, "Die Lage, die Regierung habe versagt, sei ernst, sagte der Vorsitzende Jan Roth.")
    assert q.speaker == "Jan Roth"


def test_cue_verb_in_swiss_spelling(qnlp: Language) -> None:
    quotes = run(qnlp, "Der Kanzler werde am Montag kommen, hiess es aus Regierungskreisen.")
    assert [(q.text, q.cue) for q in quotes] == [("Der Kanzler werde am Montag kommen", "hiess")]


def test_own_source_phrase_gives_the_clause_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Die Polizei nahm nach eigenen Angaben drei Personen fest.\n")
    assert [(q.speaker, q.cue) for q in quotes] == [("Polizei", "nach eigenen Angaben")]


def test_own_source_phrase_is_never_the_speaker(qnlp: Language) -> None:
    for text in (
        "Die Polizei nahm nach eigenen Angaben drei Personen fest.",
        "Eigenen Angaben zufolge verlor der Konzern Geld.",
    ):
        assert all(q.speaker is None or "Angaben" not in q.speaker for q in run(qnlp, text))


def test_medium_after_a_speaker_is_whom_it_was_said_to(nlp: Language) -> None:
    (q,) = run(nlp, "Die Hamas werde nicht teilnehmen, sagte ein Hamas-Sprecher der Nachrichtenagentur AFP.\n")
    assert q.speaker != "AFP"
    assert q.channel == "AFP"


def test_next_sentence_pointing_back_names_the_source(qnlp: Language) -> None:
    quotes = run(qnlp, "Drei Menschen wurden verletzt. Das teilte die Polizei am Abend mit.")
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [("Drei Menschen wurden verletzt", "Polizei", "indirect")]


def test_next_sentence_with_a_pronoun_speaker_points_nowhere(qnlp: Language) -> None:
    assert run(qnlp, "Der Zug kam spät. Das sagte er.") == []


def test_medium_title_in_quotation_marks_after_the_frame_is_the_channel(qnlp: Language) -> None:
    for text in (
        "Das sei gut, sagte Wadephul der „Bild am Sonntag“.",
        'Das sei gut, sagte Wadephul dem "Tagesspiegel".',
    ):
        (q,) = run(qnlp, text)
        assert q.channel in ("Bild am Sonntag", "Tagesspiegel")


def test_source_medium_in_quotation_marks(qnlp: Language) -> None:
    (q,) = run(qnlp, "Nach Informationen der „Süddeutschen Zeitung“ will die Regierung sparen.")
    assert q.text == "will die Regierung sparen"
    assert q.speaker is not None and q.speaker.startswith("Süddeutsche")


def test_common_noun_source_in_its_dictionary_form(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Netanjahu telefonierte mit Trump. Nach Angaben seines Büros ging es um die Geiseln.\n")
    assert [q.speaker for q in quotes] == ["Büro"]


def test_root_adjective_without_copula_is_the_clause_verb(nlp: Language) -> None:
    _needs_parser(nlp)
    quotes = run(nlp, "Nach Informationen des Spiegel plant die Bundesregierung eine Konferenz.\n")
    assert [(q.speaker, q.text) for q in quotes] == [("Spiegel", "plant die Bundesregierung eine Konferenz")]


def test_closing_so_phrase_is_no_content_and_names_who_spoke_for_the_group(nlp: Language) -> None:
    text = (
        "Die Grünen bemängelten, das Gesetz bleibe hinter den Erwartungen zurück, so Fraktionsvize Agnieszka Brugger.\n"
    )
    (q,) = run(nlp, text)
    assert (q.text, q.speaker) == ("das Gesetz bleibe hinter den Erwartungen zurück", "Agnieszka Brugger")


def test_closing_so_phrase_keeps_a_person_who_spoke(nlp: Language) -> None:
    (q,) = run(nlp, "Friedrich Merz betonte, das Gesetz bleibe, so der Kanzler.\n")
    assert (q.text, q.speaker) == ("das Gesetz bleibe", "Friedrich Merz")


def test_unnamed_source_phrase_gives_no_speaker(qnlp: Language) -> None:
    text = "Das Ministerium teilte mit, Kiew werde nicht nachgeben. Dem Vernehmen nach soll Selenskyj bald reisen."
    quotes = run(qnlp, text)
    assert [(q.speaker, q.cue) for q in quotes][-1] == (None, "Dem Vernehmen nach")


def test_own_source_phrase_in_a_sentence_whose_root_is_no_verb_ends(nlp: Language) -> None:
    # The parser hangs this sentence from "allerdings": the search for the verb must stop at the root.
    text = "Auch Konkurrent Telekom prüft nach eigenen Angaben einen Sondertarif - allerdings als eine von mehreren Optionen.\n"
    assert all(q.speaker != "Angaben" for q in run(nlp, text))


def test_possessive_relative_clause_belongs_to_the_subject(nlp: Language) -> None:
    _needs_parser(nlp)
    text = "Ministerpräsident Olaf Lies (SPD), dessen Land Anteile an VW hält, forderte den Konzern auf, die Pläne zu überdenken.\n"
    assert [(q.speaker, q.text) for q in run(nlp, text)] == [("Olaf Lies", "die Pläne zu überdenken")]


def test_seat_of_a_speaking_body_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    (q,) = run(nlp, "Er werde sich mit Blume treffen, teilte die Staatskanzlei in Hannover mit.\n")
    assert q.speaker == "Staatskanzlei in Hannover"


def test_named_medium_after_the_speaker_is_the_channel(qnlp: Language) -> None:
    for text, medium in (
        ("Das sei gut, sagte Merz der Rheinischen Post.", "Rheinischen Post"),
        ("Das sei gut, sagte sie gegenüber dem NDR.", "NDR"),
    ):
        (q,) = run(qnlp, text)
        assert q.channel == medium
        assert q.speaker != medium


def test_place_in_the_role_of_the_speaker_is_no_speaker(nlp: Language) -> None:
    _needs_parser(nlp)
    (q,) = run(nlp, "Das sei falsch, sagte Niedersachsens Ministerpräsident Olaf Lies.\n")
    assert q.speaker == "Olaf Lies"


def test_surname_that_is_a_role_word_stays_the_name(nlp: Language) -> None:
    (q,) = run(nlp, "Das sei gut, sagte Wolfgang Richter.\n")
    assert q.speaker == "Wolfgang Richter"


def test_surname_alone_first_in_the_article_is_the_speaker_when_read_as_a_name(nlp: Language) -> None:
    # The parse may take the lone first word for an adverb; the entity layer reads it as a person.
    (q,) = run(nlp, "Wadephul sagte, die Gespräche seien schwierig.")
    assert q.speaker == "Wadephul"


def test_adverb_first_in_the_sentence_stays_no_speaker(nlp: Language) -> None:
    quotes = run(nlp, "Ähnlich äußerte sich, die Gespräche seien schwierig.")
    assert all(q.speaker != "Ähnlich" for q in quotes)


def test_medium_right_after_the_cue_is_the_channel_in_the_nominative(nlp: Language) -> None:
    (q,) = run(nlp, "Merz sagte der Rheinischen Post, er sei zuversichtlich.")
    assert (q.speaker, q.channel) == ("Merz", "Rheinische Post")


def test_medium_after_a_role_noun_is_the_speakers_body_not_a_channel(nlp: Language) -> None:
    (q,) = run(nlp, "Ein Sprecher der Rheinischen Post sagte, die Zeitung erscheine weiter.")
    assert q.channel is None


def test_role_with_a_country_in_its_compound_is_no_country_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Der US-Präsident sagte, die Lage sei ernst.")
    assert q.speaker == "US-Präsident"


def test_party_politician_is_no_party_speaker(nlp: Language) -> None:
    quotes = run(nlp, "Die CDU will den Plan stoppen. Ein CDU-Politiker sagte, die Lage sei ernst.")
    assert quotes[-1].speaker == "CDU-Politiker"


def test_spokesperson_speaks_for_the_body_in_the_compound(nlp: Language) -> None:
    (q,) = run(nlp, "„Die Lage ist ernst“, sagte der Kremlsprecher.")
    assert q.speaker == "Kreml"


def test_role_in_the_compound_resolves_to_the_person_named_with_it(nlp: Language) -> None:
    quotes = run(nlp, "US-Präsident Donald Trump traf am Montag Putin. „Die Lage ist ernst“, sagte der US-Präsident.")
    assert quotes[-1].speaker == "Donald Trump"


def test_relative_clause_with_a_name_after_the_cue_object_is_no_indirect_quote(nlp: Language) -> None:
    quotes = run(nlp, "Er kritisierte die Regierung, die Selenskyj am Montag in Kiew empfing.")
    assert all(q.kind != "indirect" for q in quotes)


def test_austrian_agency_written_out_is_the_channel(nlp: Language) -> None:
    text = "Wie ein Sprecher des Bundeskanzleramts der Austria Presse Agentur bestätigte, wird Stocker am Donnerstag reisen."
    (q,) = run(nlp, text)
    # The name as the text writes it (the gazetteer files it as "APA", kept as an alias).
    assert q.channel == "Austria Presse Agentur"


def test_medium_after_a_spokesperson_whose_word_names_the_body_is_no_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Das bestätigte ein Regierungssprecher der Deutschen Presse-Agentur.")
    assert q.speaker == "Regierungssprecher"


def test_place_after_a_role_is_where_it_spoke_not_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Merz werde am Donnerstag in Kiew erwartet, teilte ein Regierungssprecher in Berlin mit.")
    assert q.speaker == "Regierungssprecher"


def test_low_opening_mark_closed_by_a_straight_mark_is_one_quote(qnlp: Language) -> None:
    q = only(qnlp, '„Das ist ein Fehler", sagte Wadephul.')
    assert (q.text, q.kind, q.speaker) == ('„Das ist ein Fehler"', "direct", "Wadephul")


def test_guillemets_with_spaces_inside_are_a_quote(qnlp: Language) -> None:
    q = only(qnlp, "« Nous sommes prêts », sagte Macron.")
    assert (q.text, q.kind, q.speaker) == ("« Nous sommes prêts »", "direct", "Macron")


def test_single_straight_marks_are_a_direct_quote(qnlp: Language) -> None:
    q = only(qnlp, "Kallas sagte: 'Europa muss mitreden.'")
    assert (q.text, q.kind) == ("'Europa muss mitreden.'", "direct")


def test_apostrophes_mark_no_quote() -> None:
    from lagebild.extractors.quotes import find_marked, quote_data

    for text in ["Merz' Plan geht's an. Er sagte, 's ist gut.", "Die Pläne von Merz' Regierung."]:
        assert find_marked(text, [(0, len(text))], quote_data("de")) == []


def test_two_commas_and_two_apostrophes_are_a_quote(qnlp: Language) -> None:
    q = only(qnlp, "Kremlsprecher Peskow sagte: ,,Es gibt keine Grundlage''.")
    assert (q.text, q.kind, q.speaker) == (",,Es gibt keine Grundlage''", "direct", "Peskow")


def test_typewriter_marks_are_a_quote(qnlp: Language) -> None:
    q = only(qnlp, "``Wir sind bereit'', sagte Merz.")
    assert (q.text, q.kind, q.speaker) == ("``Wir sind bereit''", "direct", "Merz")


def test_name_of_the_speaker_ends_before_a_preposition(nlp: Language) -> None:
    (q,) = run(nlp, "„Wir sind bereit“, sagte Macron auf Französisch.")
    assert q.speaker == "Macron"


def test_cue_of_a_relative_clause_frames_nothing(nlp: Language) -> None:
    text = "Ein hoher Beamter, den die New York Times zitiert, kommentierte, die Erklärung sei ein Signal."
    (q,) = run(nlp, text)
    assert q.cue == "kommentierte" and q.speaker != "New York Times"


def test_object_of_an_active_quoting_verb_speaks_and_its_subject_is_the_channel(nlp: Language) -> None:
    (q,) = run(nlp, "Die Nachrichtenagentur Tass zitierte Peskow mit den Worten: „Wir sehen keine Grundlage.“")
    assert (q.speaker, q.channel, q.kind) == ("Peskow", "Tass", "direct")


def test_subject_of_a_passive_quoting_verb_speaks(nlp: Language) -> None:
    (q,) = run(nlp, "Peskow wird mit den Worten zitiert, man sehe keine Grundlage.")
    assert q.speaker == "Peskow"


def test_subject_of_another_passive_cue_is_spoken_about_not_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Der Ministerin wird vorgeworfen, sie habe das Parlament belogen.")
    assert q.speaker is None
    assert run(nlp, "Der Wahlkommission wird eine gezielte Verschleppungstaktik vorgeworfen.") == []


def test_name_in_apposition_closing_a_so_frame_is_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Der Angriff sei eine Strafe, so der Sprecher der Taliban, Ehsanullah Ehsan.")
    assert (q.text, q.speaker) == ("Der Angriff sei eine Strafe", "Ehsanullah Ehsan")


def test_no_one_as_subject_says_nothing(nlp: Language) -> None:
    quotes = run(nlp, "Es sei nur eine Frage der Zeit, und keiner könne sagen, was passiere.")
    assert all(q.speaker != "keiner" and q.cue != "sagen" for q in quotes)


def test_spokesperson_after_the_cue_speaks_for_the_body_in_the_genitive_without_a_parse(qnlp: Language) -> None:
    # Without the parse (or where it takes the phrase for an object) the words alone must keep
    # the body the spokesperson speaks for.
    (q,) = run(qnlp, "„Wir prüfen das“, sagte eine Sprecherin des Innenministeriums.")
    assert q.speaker_span is not None and q.speaker_span.text == "eine Sprecherin des Innenministeriums"
    assert q.speaker is not None and q.speaker.startswith("Innenministerium")


def test_genitive_source_is_named_in_the_nominative(nlp: Language) -> None:
    (q,) = run(nlp, "Laut einer Meldung des Belgrader Staatsfernsehens haben sich beide geeinigt.")
    assert q.speaker == "Belgrader Staatsfernsehen"
    (q,) = run(nlp, "Nach Angaben des Sprechers des Ministeriums wurden drei Personen festgenommen.")
    assert q.speaker == "Sprecher des Ministeriums"


def test_place_in_an_attribute_of_the_object_does_not_make_it_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Die Süddeutsche Zeitung kommentiert die Gespräche in Moskau: „Putin spielt auf Zeit.“")
    assert q.speaker == "Süddeutsche Zeitung"


def test_newspaper_named_in_quotation_marks_speaks(nlp: Language) -> None:
    (q,) = run(nlp, 'Die "Frankfurter Allgemeine Zeitung" sieht das anders: «Verhandeln ist ein Fortschritt.»')
    assert q.speaker == "Frankfurter Allgemeine Zeitung"
    (q,) = run(nlp, 'Im "Tagesspiegel" heißt es, der Kanzler müsse nun Führung zeigen.')
    assert (q.speaker, q.kind) == ("Tagesspiegel", "indirect")


def test_lower_case_name_the_entity_layer_knows_speaks(nlp: Language) -> None:
    (q,) = run(nlp, 'Die "taz" meint: "Die Europäer stehen am Rand und schauen zu."')
    assert q.speaker == "taz"


def test_answer_in_a_printed_interview_is_the_named_persons_words(nlp: Language) -> None:
    text = (
        "Die EU-Außenbeauftragte Kaja Kallas war am Montag in Brüssel.\n\n"
        "Frage: Sitzt Europa mit am Tisch?\n\n"
        "Kallas: Wir sind eng eingebunden. Ohne Europa kann es keinen Frieden geben.\n\n"
        "Frage: Was halten Sie von dem Plan?"
    )
    (q,) = run(nlp, text)
    assert q.speaker == "Kaja Kallas" and q.kind == "direct"
    assert q.text == "Wir sind eng eingebunden. Ohne Europa kann es keinen Frieden geben."


def test_name_and_number_in_a_list_are_no_interview_answer(nlp: Language) -> None:
    text = "Die Werte der Umfrage vom Dienstag:\n\nFriedrich Merz: 28 Prozent\n\nAlice Weidel: 22 Prozent"
    assert run(nlp, text) == []


def test_impersonal_as_clause_after_the_report_names_its_source(nlp: Language) -> None:
    (q,) = run(nlp, "Die Gespräche seien konstruktiv gewesen, wie es aus dem Kanzleramt hieß.")
    assert (q.speaker, q.kind) == ("Kanzleramt", "indirect")


def test_pronoun_after_a_quotation_naming_someone_else_is_the_last_subject(nlp: Language) -> None:
    text = (
        "Präsident Wolodymyr Selenskyj forderte mehr Flugabwehr. "
        '"Jeder Angriff zeigt, dass Putin keinen Frieden will", schrieb er auf Telegram.'
    )
    q = run(nlp, text)[-1]
    assert (q.speaker, q.channel) == ("Wolodymyr Selenskyj", "Telegram")


def test_konjunktiv_the_tagger_missed_after_a_noun_opening_the_clause(nlp: Language) -> None:
    (q,) = run(
        nlp, "Kremlsprecher Dmitri Peskow sagte der Agentur Interfax, Russland greife nur militärische Ziele an."
    )
    assert (q.kind, q.text, q.channel) == ("indirect", "Russland greife nur militärische Ziele an", "Interfax")


def test_dash_joining_two_headline_statements_is_no_part_of_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, 'Regierung einigt sich auf Budget – Opposition spricht von "Pfusch"\n\nDer Rat tagte.')
    assert q.speaker == "Opposition"


def test_cue_of_the_first_headline_statement_frames_nothing_after_the_dash(nlp: Language) -> None:
    (q,) = run(nlp, "Landtag beschließt Haushalt – Opposition spricht von «Kahlschlag»\n\nDer Rat tagte.")
    assert (q.speaker, q.cue) == ("Opposition", "spricht")


def test_wire_dateline_is_no_part_of_the_statement_a_later_frame_points_back_to(nlp: Language) -> None:
    _needs_parser(nlp)
    text = (
        "Bern, 5. August 2026 – Ministerin Lea Falk hat mit dem Präsidenten telefoniert. "
        "Das teilte das Ministerium am Mittwoch mit.\n"
    )
    (q,) = run(nlp, text)
    assert q.text.startswith("Ministerin Lea Falk hat")


def test_person_after_a_long_genitive_and_a_role_is_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "Das Treffen finde im Mai statt, sagte Oberösterreichs Landeshauptmann Jonas Berger.\n")
    assert q.speaker == "Jonas Berger"


def test_plural_role_with_a_body_in_its_word_is_the_speaker_not_the_body(nlp: Language) -> None:
    _needs_parser(nlp)
    (q,) = run(nlp, "Die Slowakei gab ihren Widerstand auf, sagten EU-Diplomaten.\n")
    assert q.speaker == "EU-Diplomaten"


def test_gemaess_names_the_source_as_laut_does(nlp: Language) -> None:
    (q,) = run(nlp, "Gemäss Polizei wurde bei dem Unfall niemand verletzt.\n")
    assert (q.speaker, q.cue) == ("Polizei", "Gemäss")


def test_gemaess_in_the_sense_of_in_accordance_with_names_no_source(nlp: Language) -> None:
    assert run(nlp, "Gemäß dem Koalitionsvertrag sinkt die Steuer. Das Recht wurde gemäß der Scharia geändert.\n") == []


def test_plural_speaker_of_an_as_clause_stays_plural(nlp: Language) -> None:
    _needs_parser(nlp)
    (q,) = run(nlp, "Die Slowakei gab ihren Widerstand auf, wie EU-Diplomaten bestätigten.\n")
    assert q.speaker == "EU-Diplomaten"


def test_adverb_after_the_name_closes_a_so_frame(nlp: Language) -> None:
    (q,) = run(nlp, "Die Kosten für die junge Generation seien zu hoch, so Winkel weiter.")
    assert (q.text, q.speaker, q.cue) == ("Die Kosten für die junge Generation seien zu hoch", "Winkel", "so")


def test_speaking_pronoun_continues_the_subject_not_its_object(nlp: Language) -> None:
    text = (
        "Arbeitsministerin Bärbel Bas warnte die Union vor einem Scheitern. "
        "Gegenüber dem Hauptstadtstudio erklärte sie, das Paket sei vereinbart."
    )
    q = run(nlp, text)[-1]
    assert (q.speaker, q.kind) == ("Bärbel Bas", "indirect")


def test_surname_opening_with_its_particle_after_the_cue_speaks(nlp: Language) -> None:
    (q,) = run(nlp, "Die Lage sei ernst, sagte von der Leyen.")
    assert (q.text, q.speaker) == ("Die Lage sei ernst", "von der Leyen")
    (q,) = run(nlp, "Die Lage sei ernst, erfuhr man von der Regierung.")
    assert q.speaker != "von der Regierung"


def test_paper_in_quotation_marks_after_the_name_is_the_channel(nlp: Language) -> None:
    text = "Wie Außenminister Johann Wadephul der „Frankfurter Allgemeinen Zeitung“ sagte, sei Europa bereit."
    (q,) = run(nlp, text)
    assert (q.speaker, q.channel) == ("Johann Wadephul", "Frankfurter Allgemeine Zeitung")


def test_preposition_before_the_source_is_no_part_of_it(nlp: Language) -> None:
    (q,) = run(nlp, "Nach Ansicht von Experten ist eine Einigung unwahrscheinlich.")
    assert q.speaker == "Experten"


def test_subjectless_cue_names_its_source_with_a_preposition(nlp: Language) -> None:
    (q,) = run(nlp, "Aus Sicherheitskreisen verlautete, eine Einigung sei nahe.")
    assert (q.speaker, q.text) == ("Sicherheitskreise", "eine Einigung sei nahe")
    (q,) = run(nlp, "Wie aus Regierungskreisen verlautete, sei eine Einigung nahe.")
    assert q.speaker == "Regierungskreise"


def test_plural_source_stays_plural(nlp: Language) -> None:
    (q,) = run(nlp, "Nach Angaben von Diplomaten ist eine Einigung nahe.")
    assert q.speaker == "Diplomaten"


def test_plural_source_in_the_dative_is_named_in_the_nominative_plural(nlp: Language) -> None:
    (q,) = run(nlp, "Medienberichten zufolge ist eine Einigung nahe.")
    assert q.speaker == "Medienberichte"


def test_report_after_a_colon_without_a_cue_verb_is_the_subjects(nlp: Language) -> None:
    text = 'Miersch lobte die Rede. Linnemann sah das anders: Scholz betreibe "Geschichtsklitterung".'
    q = run(nlp, text)[-1]
    assert (q.speaker, q.text) == ("Linnemann", 'Scholz betreibe "Geschichtsklitterung"')


def test_colon_before_a_list_of_facts_is_no_report(nlp: Language) -> None:
    assert run(nlp, "Die Bilanz des Tages: drei Tote und zehn Verletzte.") == []


def test_first_of_two_coordinated_speakers_names_the_statement(nlp: Language) -> None:
    (q,) = run(nlp, "„Das ist gut“, sagten Merz und Macron.")
    assert q.speaker == "Merz"
    assert q.speaker_span is not None and q.speaker_span.text == "Merz und Macron"


def test_verbless_headline_after_a_persons_name_is_their_words(nlp: Language) -> None:
    text = "Selenskyj: Keine Gebietsabtretungen\n\nPräsident Wolodymyr Selenskyj lehnte jede Abtretung ab."
    q = run(nlp, text)[0]
    assert (q.text, q.speaker, q.kind) == ("Keine Gebietsabtretungen", "Wolodymyr Selenskyj", "direct")
    assert all(q.text != "28 Prozent" for q in run(nlp, "Merz: 28 Prozent\n\nFriedrich Merz liegt vorn."))


def test_the_paper_stands_for_the_medium_named_last(nlp: Language) -> None:
    text = (
        "Die „Frankfurter Allgemeine Zeitung“ sieht die Ukraine als Verliererin. "
        "Die Munitionsinitiative stehe nun zur Disposition, warnt das Blatt."
    )
    q = run(nlp, text)[-1]
    assert (q.speaker, q.text) == (
        "Frankfurter Allgemeine Zeitung",
        "Die Munitionsinitiative stehe nun zur Disposition",
    )


def test_paper_in_quotation_marks_after_the_verb_speaks(nlp: Language) -> None:
    (q,) = run(nlp, "Gelassener urteilt die „taz“: „Wer jetzt den Untergang ausruft, hat vier Jahre verschlafen.“")
    assert q.speaker == "taz"


def test_cue_without_anyone_after_a_report_goes_on_with_its_speaker(nlp: Language) -> None:
    text = (
        "Im „Tagesspiegel“ heißt es, Pavel habe klug gehandelt. "
        "Nun müsse sich zeigen, ob die Lösung „mehr als ein Trick“ sei."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Tagesspiegel", "Tagesspiegel"]


def test_interview_headline_and_a_quote_inside_an_answer(nlp: Language) -> None:
    text = (
        "„Wir sitzen nicht am Katzentisch“\n\n"
        "Die EU-Außenbeauftragte Kaja Kallas war am Freitag in Brüssel.\n\n"
        "Frage: Gibt es Fortschritte?\n\n"
        "Kallas: Das sagt Moskau seit Monaten. Juri Uschakow hat erklärt, ein Kompromiss sei „noch nicht gefunden“."
    )
    quotes = run(nlp, text)
    assert quotes[0].speaker == "Kaja Kallas"
    assert ("Juri Uschakow", "mixed") in {(q.speaker, q.kind) for q in quotes}


def test_possessive_before_a_source_noun_names_its_person(nlp: Language) -> None:
    text = "Botschafter Serhij Nykyforow begrüßte die Einladung. Nach seinen Worten soll es um Vermögen gehen."
    q = run(nlp, text)[-1]
    assert (q.speaker, q.kind) == ("Serhij Nykyforow", "indirect")


def test_time_after_the_name_is_no_part_of_the_speaker(nlp: Language) -> None:
    (q,) = run(nlp, "„Wir müssen alle sparen“, sagte Marterbauer am Montagabend.")
    assert q.speaker == "Marterbauer"


def test_konjunktiv_after_a_fronted_phrase_carries_on_the_report(nlp: Language) -> None:
    text = (
        "Die Länder hätten mehr ausgegeben als vereinbart, so der Minister. "
        "Ohne verbindliche Obergrenzen drohe Österreich eine Verschärfung des Verfahrens."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Minister", "Minister"]


def test_subject_before_the_auxiliary_of_a_perfect_cue_speaks(nlp: Language) -> None:
    text = "Dessen Landeschef Thomas Keil hatte noch am Vortag erklärt, seine Partei wolle „nicht Mehrheitsbeschaffer“ sein."
    (q,) = run(nlp, text)
    assert q.speaker == "Thomas Keil"


def test_role_names_the_one_holder_named_before_it(nlp: Language) -> None:
    text = (
        "Bundesaußenminister Johann Wadephul reiste nach Kairo. "
        "Der Minister betonte, Deutschland wolle helfen. "
        "Israels Außenminister Gideon Saar äußerte sich nicht."
    )
    assert run(nlp, text)[0].speaker == "Johann Wadephul"


def test_pronoun_right_after_a_report_is_its_speaker(nlp: Language) -> None:
    text = (
        "Bundesaußenminister Johann Wadephul reiste nach Kairo. Die Hamas müsse ihre Waffen abgeben. "
        "Der Minister betonte, Deutschland wolle helfen. „Ohne Entwaffnung gibt es keinen Frieden“, sagte er."
    )
    assert run(nlp, text)[-1].speaker == "Johann Wadephul"


def test_definite_role_right_after_a_persons_statement_is_that_person(nlp: Language) -> None:
    text = (
        'Vizekanzler Lars Klingbeil sprach von einem "guten Tag". '
        "Die Milliarden könnten nun fließen, sagte der SPD-Chef."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Lars Klingbeil", "Lars Klingbeil"]


def test_pronoun_with_a_medium_after_it_speaks_to_the_medium(nlp: Language) -> None:
    text = "Wadephul kam aus Kiew zurück. Die G7 seien sich einig, sagte er der Deutschen Presse-Agentur."
    (q,) = run(nlp, text)
    # The medium by the fullest name the article writes (the gazetteer's "dpa" is its alias).
    assert (q.speaker, q.channel) == ("Wadephul", "Deutsche Presse-Agentur")


def test_medium_named_by_adjective_and_noun_is_whom_it_was_said_to(nlp: Language) -> None:
    text = 'Markus Söder war zufrieden. "Das ist ein gutes Signal", sagte der bayerische Ministerpräsident dem Bayerischen Rundfunk.'
    (q,) = run(nlp, text)
    assert q.speaker == "Markus Söder"


def test_reflexive_cue_frames_the_quoted_words_after_it(nlp: Language) -> None:
    (q,) = run(nlp, "Die Ministerin Elisabeth Wallner zeigte sich „dankbar für das Vertrauen“.")
    assert (q.speaker, q.cue) == ("Elisabeth Wallner", "zeigte sich")


def test_age_epithet_after_a_report_is_its_speaker(nlp: Language) -> None:
    text = (
        "Elisabeth Wallner zeigte sich „dankbar für das Vertrauen“. "
        "Sie wolle rasch mit den Bauern sprechen, sagte die 47-Jährige der APA."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Elisabeth Wallner", "Elisabeth Wallner"]


def test_demonym_epithet_after_the_one_person_named_is_that_person(nlp: Language) -> None:
    text = (
        "Der japanische Außenminister Toshimitsu Motegi warb für eine engere Abstimmung. "
        "Die Sicherheit Europas sei „untrennbar“ mit Asien verbunden, sagte der Japaner."
    )
    assert run(nlp, text)[-1].speaker == "Toshimitsu Motegi"


def test_spokesperson_after_a_report_is_someone_else(nlp: Language) -> None:
    text = "Kanzler Friedrich Merz sprach von einem „guten Tag“. Die Gespräche gingen weiter, sagte der Sprecher."
    assert run(nlp, text)[-1].speaker != "Friedrich Merz"


def test_as_clause_inside_the_quote_frames_nothing(nlp: Language) -> None:
    text = "«Wir kaufen so viele Jets, wie wir bezahlen können», sagte Martin Pfister vor den Medien."
    (q,) = run(nlp, text)
    assert q.speaker == "Martin Pfister"


def test_particle_after_a_long_subject_closes_the_cue(nlp: Language) -> None:
    text = (
        "Verteidigungsminister Martin Pfister sprach vor den Medien. Die Sicherheit bleibe gewährleistet, fügte "
        "der Vorsteher des Departements für Verteidigung, Bevölkerungsschutz und Sport an."
    )
    assert run(nlp, text)[-1].speaker == "Martin Pfister"


def test_apposed_name_after_a_descriptive_subject_speaks(nlp: Language) -> None:
    text = "„Sie sparen bei den Schwachen“, sagte die Haushälterin der Linken, Ines Albers."
    (q,) = run(nlp, text)
    assert q.speaker == "Ines Albers"


def test_pronoun_after_the_verb_of_a_colon_frame_is_its_subject(nlp: Language) -> None:
    text = (
        "Cem Özdemir räumte die Niederlage ein. Einer Koalition unter CDU-Führung wolle er sich nicht "
        "verweigern: „Wir sind bereit, Verantwortung zu übernehmen.“"
    )
    assert (run(nlp, text)[-1].speaker or "").endswith("Özdemir")


def test_source_groups_stay_plural(nlp: Language) -> None:
    (q,) = run(nlp, "Aus Teilnehmerkreisen verlautete, die Debatte sei laut geworden.")
    assert q.speaker == "Teilnehmerkreise"


def test_talk_with_someone_frames_no_indicative_clause(nlp: Language) -> None:
    text = "Am Vormittag hat er mit Friedrich Merz gesprochen, am Montag reist er nach Paris."
    assert run(nlp, text) == []


def test_interview_label_before_a_colon_is_no_speaker(nlp: Language) -> None:
    text = "Frage: Ihr Koalitionspartner wirft Ihnen vor, die Steuer zum Symbol zu machen."
    (q,) = run(nlp, text)
    assert q.speaker != "Frage"


def test_word_ending_like_a_work_noun_makes_no_title(nlp: Language) -> None:
    text = "Kremlsprecher Dmitri Peskow nannte das Treffen in einer ersten Reaktion «eine Runde von Leuten, die keinen Frieden wollen»."
    (q,) = run(nlp, text)
    assert q.speaker == "Dmitri Peskow"


def test_attributive_time_word_before_the_role_stays_in_the_subject(nlp: Language) -> None:
    (q,) = run(nlp, "Die damalige Bundeskanzlerin Angela Merkel widersprach, sie teile diese Sicht nicht.")
    assert q.speaker == "Angela Merkel"


def test_impersonal_cue_after_a_frame_sentence_carries_on_its_source(nlp: Language) -> None:
    text = (
        "Kanzler Friedrich Merz hat mit Donald Trump telefoniert. Das teilte Regierungssprecher Stefan Kornelius mit. "
        "Beide hätten über den Nahen Osten gesprochen, hieß es."
    )
    assert run(nlp, text)[-1].speaker == "Stefan Kornelius"


def test_noun_in_the_reported_clause_does_not_block_the_pronoun_cue(nlp: Language) -> None:
    text = (
        "EU-Kommissionspräsidentin Ursula von der Leyen stellte ihren Plan vor. "
        "Bis 2030 solle die EU verteidigungsbereit sein, sagte sie."
    )
    assert run(nlp, text)[-1].speaker == "Ursula von der Leyen"


def test_celebrating_something_as_quoted_words_is_a_quote(nlp: Language) -> None:
    (q,) = run(nlp, "NATO-Generalsekretär Mark Rutte feierte das als „historischen Schritt“.")
    assert (q.speaker, q.cue) == ("Mark Rutte", "feierte")


def test_epithet_with_a_place_after_it_is_the_person_just_named(nlp: Language) -> None:
    text = (
        "Bundesaußenminister Johann Wadephul rief die Partner zur Geschlossenheit auf. "
        '"Wer jetzt zögert, hilft Putin", sagte der CDU-Politiker in Luxemburg.'
    )
    assert run(nlp, text)[-1].speaker == "Johann Wadephul"


def test_holder_named_after_a_role_of_another_body_speaks(nlp: Language) -> None:
    text = (
        "US-Präsident Donald Trump erhebt Zölle. Der Präsident des Bundesverbands der Deutschen Industrie (BDI), "
        "Peter Leibinger, sagte dem Handelsblatt, viele Betriebe stünden „mit dem Rücken zur Wand“."
    )
    assert run(nlp, text)[-1].speaker == "Peter Leibinger"


def test_country_adjective_before_a_source_noun_is_the_source(nlp: Language) -> None:
    (q,) = run(nlp, "Eine weitere Runde könnte nach ukrainischen Angaben Anfang Mai stattfinden.")
    assert q.speaker == "Ukraine"


def test_ticker_time_stamp_before_a_headline_quote_is_skipped(nlp: Language) -> None:
    text = '17.45 Uhr: Merz: "Nicht um jeden Preis"\nBundeskanzler Friedrich Merz hat das Ergebnis als ernüchternd bezeichnet.\n'
    assert run(nlp, text)[0].text == '"Nicht um jeden Preis"'


def test_second_verb_quoting_its_object_shares_the_first_verbs_subject(nlp: Language) -> None:
    text = "Leipzigs Oberbürgermeister Burkhard Jung begrüßte die Zusage, nannte sie aber einen „Tropfen auf den heißen Stein“."
    (q,) = run(nlp, text)
    assert (q.text, q.speaker) == ("„Tropfen auf den heißen Stein“", "Burkhard Jung")


def test_place_demonym_epithet_is_the_person_just_named(nlp: Language) -> None:
    text = (
        "Fraktionschef Thomas Aeschi sprach von einem «Gewerkschaftsboss». "
        "Man werde Maillard an seinen Taten messen, sagte der Zuger."
    )
    assert run(nlp, text)[-1].speaker == "Thomas Aeschi"


def test_quoting_verb_with_a_pronoun_object_quotes_the_one_it_stands_for(nlp: Language) -> None:
    text = (
        "Staatschef Xi Jinping empfing die Gäste. Die Nachrichtenagentur Xinhua zitierte ihn mit den Worten, "
        'China und Europa sollten "Partner und nicht Rivalen" sein.'
    )
    q = run(nlp, text)[-1]
    assert (q.speaker, q.channel) == ("Xi Jinping", "Xinhua")


def test_document_without_author_carries_on_the_body_that_spoke(nlp: Language) -> None:
    text = (
        "Chinas Außenministerium hat die Kritik zurückgewiesen. "
        '"China ist nicht die Ursache der Probleme", hieß es in einer Erklärung. '
        "Die EU solle ihre Märkte offen halten, so das Ministerium."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Chinas Außenministerium", "Chinas Außenministerium"]


def test_medium_in_marks_after_the_pronoun_cue_is_the_channel(nlp: Language) -> None:
    text = (
        "Landeshauptmann Thomas Stelzer wies die Kritik zurück. Die Länder trügen die Hauptlast, "
        "sagte er den „Oberösterreichischen Nachrichten“."
    )
    q = run(nlp, text)[-1]
    assert (q.text, q.speaker) == ("Die Länder trügen die Hauptlast", "Thomas Stelzer")


def test_pronoun_after_the_cue_speaks_past_a_fronted_object_with_its_infinitive(nlp: Language) -> None:
    text = (
        "Morgan Tsvangirai analysierte die Lage. Die Bestrebungen der Regierung, ihre Macht zu erhalten, "
        "bezeichnete er als einen „Akt des politischen Verbrechertums“."
    )
    assert run(nlp, text)[-1].speaker == "Morgan Tsvangirai"


def test_reflexive_cue_without_quoted_words_frames_nothing(nlp: Language) -> None:
    assert run(nlp, "Ein ähnliches Bild zeigte sich an den Schweizer Börsen, wo die Kurse fielen.") == []


def test_second_verb_after_und_quoting_its_object_shares_the_subject(nlp: Language) -> None:
    text = "Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“."
    (q,) = run(nlp, text)
    assert q.speaker == "CCE"


def test_particle_verb_opening_a_reported_sentence_is_no_frame(nlp: Language) -> None:
    text = (
        "Der oberste Gerichtshof wertete die Zahlung als „treupflichtwidrige Verschwendung“. "
        "Dieses stelle eine Treueverletzung gegenüber den Eigentümern, den Aktionären, dar."
    )
    assert len(run(nlp, text)) == 2


def test_medium_after_gegenueber_is_whom_it_was_said_to(nlp: Language) -> None:
    (q,) = run(nlp, 'Man sei "jederzeit gesprächsbereit", erklärte der Sprecher des Ministeriums gegenüber der APA.')
    assert (q.speaker, q.channel) == ("Ministerium", "APA")


def test_spokesperson_of_a_kind_of_body_speaks_for_the_one_named_before(nlp: Language) -> None:
    text = (
        "Das Kabinett werde ihn in den Ruhestand versetzen, teilte das Innenministerium mit. "
        "Reinhardt hatte am Dienstag mit Dobrindt telefoniert, wie ein Ministeriumssprecher bestätigte."
    )
    assert run(nlp, text)[-1].speaker == "Innenministerium"


def test_council_title_with_a_place_adjective_is_the_person_just_reported(nlp: Language) -> None:
    text = (
        "Parteipräsident Marcel Dettling wertete das Resultat als Absage an einen «teuren Ausbau». "
        "«Am Schluss bezahlt der Mittelstand», so der Schwyzer Nationalrat."
    )
    assert run(nlp, text)[-1].speaker == "Marcel Dettling"


def test_channel_fronted_before_the_cue(nlp: Language) -> None:
    (q,) = run(nlp, "Im ZDF sagte Ministerin Eva Roth, die Steuern würden nicht erhöht.")
    assert (q.speaker, q.channel) == ("Eva Roth", "ZDF")


def test_interview_with_a_paper_in_quotation_marks_fronted_is_the_channel(nlp: Language) -> None:
    text = 'Im Gespräch mit der "Rheinischen Post" sagte Eva Roth, die Reform komme zu spät.'
    (q,) = run(nlp, text)
    assert (q.speaker, q.channel) == ("Eva Roth", "Rheinische Post")


def test_medium_noun_with_its_name_in_quotation_marks_is_the_channel(qnlp: Language) -> None:
    q = only(qnlp, 'Der Zeitung "Bild" sagte Eva Roth, sie sei zuversichtlich.')
    assert q.channel == "Bild"


def test_prepositional_phrase_before_a_headline_colon_is_no_speaker(nlp: Language) -> None:
    text = "Nach der Landtagswahl: Roth sondiert mit allen Parteien\n\nErfurt. Die Gespräche beginnen am Montag."
    assert all(q.speaker != "Nach der Landtagswahl" for q in run(nlp, text))
    assert run(nlp, text) == []


def test_place_adjective_of_another_country_is_not_the_role_holder_just_reported(nlp: Language) -> None:
    text = (
        "Der ukrainische Präsident Ivan Koval sprach in Kiew. Koval sagte, man sei bereit. "
        "Der russische Präsident sagte dagegen, es gebe nichts zu besprechen."
    )
    assert [q.speaker for q in run(nlp, text)][-1] != "Ivan Koval"


def test_regional_role_of_another_land_goes_to_the_person_just_named(nlp: Language) -> None:
    text = (
        "Nordrhein-Westfalens Ministerpräsident Jan Hoff hat seine Partei kritisiert. "
        "Hoff sagte, die Partei dürfe die Rentner nicht vergessen. "
        "CSU-Chef Max Brandl äußerte sich ähnlich. "
        "Im ZDF sagte der bayerische Ministerpräsident, die Koalition müsse bis zum Sommer liefern."
    )
    assert run(nlp, text)[-1].speaker == "Max Brandl"


def test_relative_clause_after_a_cue_form_is_no_content(nlp: Language) -> None:
    text = (
        "Ministerin Eva Roth sagte, die Koalition müsse bis zum Sommer liefern. "
        "Andernfalls drohe ein Vertrauensverlust, der kaum wieder gutzumachen sei."
    )
    last = run(nlp, text)[-1]
    assert (last.speaker, last.cue) == ("Eva Roth", None)
    assert last.text.startswith("Andernfalls")


def test_closing_as_clause_of_an_agency_is_the_channel_of_marked_words(nlp: Language) -> None:
    (q,) = run(
        nlp, "Minister Pavel Orlow bezeichnete die Gespräche als «nützlich», wie die Nachrichtenagentur Tass meldete."
    )
    assert (q.kind, q.text, q.speaker, q.channel) == ("direct", "«nützlich»", "Pavel Orlow", "Tass")


def test_closing_as_clause_of_an_agency_is_cut_from_a_report(nlp: Language) -> None:
    (q,) = run(nlp, "Minister Pavel Orlow sagte, die Gespräche seien nützlich gewesen, wie Tass meldete.")
    assert (q.text, q.channel) == ("die Gespräche seien nützlich gewesen", "Tass")


def test_as_clause_with_an_object_is_part_of_the_report(qnlp: Language) -> None:
    q = only(qnlp, "Roth sagte, sie verstehe nicht, wie Berger das erklärte.")
    assert q.text == "sie verstehe nicht, wie Berger das erklärte"


def test_countering_verb_with_its_particle_is_a_cue(nlp: Language) -> None:
    (q,) = run(nlp, "Fraktionsvize Jan Hoff hielt dagegen, der Entwurf gehe nicht weit genug.")
    assert (q.speaker, q.cue, q.text) == ("Jan Hoff", "hielt dagegen", "der Entwurf gehe nicht weit genug")


def test_gave_to_consider_is_a_cue(qnlp: Language) -> None:
    q = only(qnlp, "Ministerin Eva Roth gab zu bedenken, die Kosten stiegen weiter.")
    assert q.text == "die Kosten stiegen weiter"


def test_interview_answer_opening_without_a_verb_is_the_persons_words(nlp: Language) -> None:
    text = (
        "Finanzminister Jan Hoff im Gespräch\n\n"
        "Herr Hoff, wie ernst nehmen Sie die Drohung?\n\n"
        "Hoff: Sehr ernst. Aber wir lassen uns nicht erpressen."
    )
    quotes = run(nlp, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Jan Hoff", "Sehr ernst. Aber wir lassen uns nicht erpressen.")]


def test_platform_x_before_a_capitalised_word_ends_the_sentence(nlp: Language) -> None:
    text = '"Europa hat geliefert", schrieb Ratspräsident Rui Costa auf der Plattform X. Ungarns Regierung schwieg.'
    (q,) = run(nlp, text)
    assert (q.text, q.speaker, q.channel) == ('"Europa hat geliefert"', "Rui Costa", "X")


def test_lead_in_before_a_colon_is_no_part_of_the_speakers_phrase(nlp: Language) -> None:
    text = (
        'Kritik kam von den Grünen: Deren Sprecherin Agnes Prammer nannte das Paket "verfassungsrechtlich bedenklich".'
    )
    (q,) = run(nlp, text)
    assert (q.speaker, q.kind) == ("Agnes Prammer", "direct")


def test_verb_of_judging_with_its_predicate_in_marks_quotes_the_judge(nlp: Language) -> None:
    (q,) = run(nlp, 'Präsident Louis Marchand lobte die Schweiz als "verlässlichen Nachbarn".')
    assert (q.text, q.speaker, q.cue, q.kind) == ('"verlässlichen Nachbarn"', "Louis Marchand", "lobte", "direct")


def test_stance_verb_with_marks_but_no_predicate_stays_a_reported_act(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Article(id="t", text='Die Partei will "keine Experimente".')))
    assert doc._.quotes[0].kind == "reported"


def test_negation_after_a_source_phrase_belongs_to_the_statement(nlp: Language) -> None:
    (q,) = run(nlp, "Premier Viktor Horvat trug den Beschluss nach Angaben der Diplomaten nicht mit.")
    assert (q.speaker, q.cue) == ("Diplomaten", "nach Angaben")
    assert q.parts[-1].text == "nicht mit"


def test_spokesperson_of_his_house_speaks_for_the_person_named_before(nlp: Language) -> None:
    text = (
        "Ministerin Eva Roth wies die Vorwürfe zurück. "
        "Die Reform sichere die Versorgung, erklärte eine Sprecherin ihres Ministeriums."
    )
    assert run(nlp, text)[-1].speaker == "Eva Roth"


def test_plural_konjunktiv_ii_after_a_quote_carries_the_report_on(nlp: Language) -> None:
    text = (
        'Parteichef Jan Hoff wies die Darstellung zurück: "Wir sind bis zuletzt verhandlungsbereit gewesen." '
        "Die Freiheitlichen hätten auf Maximalforderungen beharrt, unter anderem beim Innenministerium."
    )
    last = run(nlp, text)[-1]
    assert (last.speaker, last.kind) == ("Jan Hoff", "indirect")
    assert last.text.startswith("Die Freiheitlichen hätten")


def test_plural_konjunktiv_ii_with_we_is_the_authors_conditional(nlp: Language) -> None:
    text = 'Parteichef Jan Hoff sagte: "Das reicht nicht." Wir hätten von ihm mehr erwartet.'
    assert [q.speaker for q in run(nlp, text) if q.text.startswith("Wir")] in ([], [None])


def test_statement_noun_after_a_preposition_of_time_is_no_channel(qnlp: Language) -> None:
    assert only(qnlp, "Roth sagte nach dem Gespräch, die Lieferung komme.").channel is None
    assert only(qnlp, "Roth sagte in ihrer Rede, die Lieferung komme.").channel == "Rede"


def test_quotation_after_a_sentence_about_the_last_speaker_is_theirs(nlp: Language) -> None:
    text = (
        '"Wir geben nicht nach", sagte Kanzler Jan Hoff am Dienstag in Berlin.\n\n'
        'Zugleich warb er für Gespräche. "Die Tür für Verhandlungen bleibt offen."'
    )
    last = run(nlp, text)[-1]
    assert (last.text, last.speaker) == ('"Die Tür für Verhandlungen bleibt offen."', "Jan Hoff")


def test_quotation_after_a_sentence_about_someone_else_stays_unattributed(nlp: Language) -> None:
    text = (
        '"Wir geben nicht nach", sagte Kanzler Jan Hoff am Dienstag in Berlin.\n\n'
        'Die Ministerin Eva Roth schwieg dazu. "Die Tür für Verhandlungen bleibt offen."'
    )
    last = run(nlp, text)[-1]
    assert last.text == '"Die Tür für Verhandlungen bleibt offen."' and last.speaker != "Jan Hoff"


def test_wire_opening_without_a_date_is_no_speaker(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Article(id="t", text="PARIS (AFP) - Präsident Louis Marchand hat Härte angekündigt.")))
    assert [q.speaker for q in doc._.quotes] == ["Louis Marchand"]


def test_unattributed_headline_quote_is_the_speakers_whose_words_contain_it(nlp: Language) -> None:
    text = (
        "Parteichef im Interview: »Wir müssen ehrlicher werden«\n\n"
        "Hamburg – »Wir müssen ehrlicher werden, was geht und was nicht«, sagte Parteichef Felix Ranke."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Felix Ranke", "Felix Ranke"]


def test_verb_of_deciding_is_no_cue_of_marked_words(nlp: Language) -> None:
    text = (
        "»Wir müssen ehrlicher werden«, sagte Parteichef Felix Ranke. "
        "Die Partei habe zu oft »über die Köpfe der Menschen hinweg« entschieden."
    )
    last = run(nlp, text)[-1]
    assert (last.speaker, last.kind, last.cue) == ("Felix Ranke", "mixed", None)


def test_coined_phrase_after_warning_of_an_is_the_speakers_words(nlp: Language) -> None:
    text = "Die Abgeordnete Britta Lenz warnte vor einem »Rechtsruck light«, so die Nachrichtenagentur dpa."
    (q,) = run(nlp, text)
    assert (q.text, q.speaker, q.channel) == ("»Rechtsruck light«", "Britta Lenz", "dpa")


def test_reproaching_verb_with_its_particle_is_a_cue(nlp: Language) -> None:
    text = (
        "Auch der Abgeordnete Tobias Amann zeigte sich wenig überzeugt. "
        "„Sie erinnern sich an erstaunlich wenig“, hielt er dem Zeugen vor."
    )
    q = run(nlp, text)[-1]
    assert (q.speaker, q.cue) == ("Tobias Amann", "hielt vor")


def test_epithet_goes_to_the_one_holder_of_its_role_not_the_last_speaker(nlp: Language) -> None:
    text = (
        "Der frühere Verkehrsminister Harald Kern sagte am Donnerstag als Zeuge aus. "
        "„Sie erinnern sich an erstaunlich wenig“, hielt ihm der Abgeordnete Tobias Amann vor. "
        "Der Ex-Minister konterte knapp: „Ich erinnere mich an das, was wichtig war.“"
    )
    assert [q.speaker for q in run(nlp, text)][-1] == "Harald Kern"


def test_cue_in_the_konjunktiv_is_part_of_what_the_indicative_cue_frames(nlp: Language) -> None:
    (q,) = run(nlp, 'Der Bund als Eigentümer erwarte "klare Ergebnisse", sagte Minister Paul Schenk in Koblenz.')
    assert (q.speaker, q.cue, q.kind) == ("Paul Schenk", "sagte", "mixed")
    assert q.text == 'Der Bund als Eigentümer erwarte "klare Ergebnisse"'


def test_answer_after_a_question_lead_in_is_the_marked_words(nlp: Language) -> None:
    (q,) = run(nlp, "Auf die Frage, ob er zurücktreten werde, sagte Minister Paul Schenk: „Nein.“")
    assert (q.text, q.speaker, q.kind) == ("„Nein.“", "Paul Schenk", "direct")


def test_medium_name_with_a_preposition_is_one_source(nlp: Language) -> None:
    (q,) = run(nlp, "Laut Bild am Sonntag plant Minister Paul Schenk eine Reise.")
    assert (q.speaker, q.text) == ("Bild am Sonntag", "plant Minister Paul Schenk eine Reise")


def test_verb_read_as_an_adverb_after_a_quoted_medium_still_makes_a_report(nlp: Language) -> None:
    (q,) = run(nlp, 'Nach Informationen des "Spiegel" plant die Regierung neue Schulden.')
    assert (q.speaker, q.text) == ("Spiegel", "plant die Regierung neue Schulden")


def test_defending_is_a_speech_act_whose_konjunktiv_follows(nlp: Language) -> None:
    text = (
        "«Das geht nicht», sagte Nationalrat Franz Gruber in der Debatte.\n\n"
        "Bundesrat Ivo Marek verteidigte die Haltung der Regierung. "
        "Die Schweiz müsse «handlungsfähig bleiben», auch in Krisenzeiten."
    )
    last = run(nlp, text)[-1]
    assert (last.speaker, last.kind) == ("Ivo Marek", "mixed")


def test_konjunktiv_after_narration_in_a_new_paragraph_stays_with_no_speaker(nlp: Language) -> None:
    text = (
        "«Das geht nicht», sagte Nationalrat Franz Gruber.\n\n"
        "Die Vorlage geht nun an den Ständerat. "
        "Die Schweiz müsse «handlungsfähig bleiben», auch in Krisenzeiten."
    )
    last = run(nlp, text)[-1]
    assert (last.speaker, last.kind) == (None, "mixed")


def test_possessive_statement_label_before_a_colon_names_the_speaker(nlp: Language) -> None:
    text = (
        "Der Außenminister Hakan Demir war in Kiew und Moskau gewesen. Sein Fazit: „Beide Seiten wollen weiter reden.“"
    )
    q = run(nlp, text)[-1]
    assert (q.text, q.speaker, q.cue) == ("„Beide Seiten wollen weiter reden.“", "Hakan Demir", "Fazit")


def test_source_phrase_ends_before_a_second_common_noun(nlp: Language) -> None:
    (q,) = run(nlp, "Er soll nach Angaben aus Regierungskreisen Botschafter in London werden.")
    assert q.speaker == "Regierungskreise"
    assert q.parts[-1].text == "Botschafter in London werden"


def test_body_of_a_place_is_the_source_not_the_place(nlp: Language) -> None:
    (q,) = run(nlp, "Nach Angaben der Stadtverwaltung Kiew wurden zwei Drohnen abgeschossen.")
    assert q.speaker == "Stadtverwaltung Kiew"


def test_organisation_with_a_preposition_in_its_name_is_one_source(nlp: Language) -> None:
    (q,) = run(nlp, "Nach Angaben des Bundesamts für Statistik stiegen die Preise.")
    assert (q.speaker, q.text) == ("Bundesamt für Statistik", "stiegen die Preise")


def test_name_right_after_the_perfect_auxiliary_speaks(nlp: Language) -> None:
    (q,) = run(nlp, "Vor seiner Abreise hatte Macron gesagt, er wolle mit Xi sprechen.")
    assert (q.speaker, q.text) == ("Macron", "er wolle mit Xi sprechen")


def test_pronoun_before_a_verb_of_rejecting_points_to_no_statement(nlp: Language) -> None:
    quotes = run(nlp, "Reichinnek forderte eine Vermögensteuer. Das lehnte Merz ab.")
    assert not any(q.speaker == "Merz" and q.kind == "indirect" for q in quotes)


def test_pronoun_before_a_verb_of_saying_points_to_the_statement(nlp: Language) -> None:
    (q,) = run(nlp, "Die Steuer wird erhöht. Das bestätigte Merz.")
    assert (q.speaker, q.text) == ("Merz", "Die Steuer wird erhöht")


def test_participle_under_a_konjunktiv_auxiliary_is_part_of_the_report(nlp: Language) -> None:
    (q,) = run(nlp, "Der Gesandte Tom Baker werde ebenfalls erwartet, berichtete die Zeitung „Haaretz“.")
    assert (q.speaker, q.text) == ("Haaretz", "Der Gesandte Tom Baker werde ebenfalls erwartet")


def test_paper_named_in_marks_right_after_the_cue_speaks(nlp: Language) -> None:
    text = "Die Zeitung „Haaretz“ ist gut informiert. Baker werde erwartet, berichtete „Haaretz“."
    q = run(nlp, text)[-1]
    assert (q.speaker, q.text, q.kind) == ("Haaretz", "Baker werde erwartet", "indirect")


def test_paper_that_speaks_is_no_channel_besides_itself(nlp: Language) -> None:
    (q,) = run(nlp, "Die Lage sei ernst, schrieb der „Spiegel“.")
    assert (q.speaker, q.channel) == ("Spiegel", None)


def test_report_may_open_with_a_preposition_that_is_no_conjunction(nlp: Language) -> None:
    (q,) = run(nlp, "Kubilius sagte, seit Januar hätten 14 Staaten Interesse angemeldet.")
    assert (q.kind, q.text) == ("indirect", "seit Januar hätten 14 Staaten Interesse angemeldet")


def test_dated_sollen_after_a_report_is_a_schedule(nlp: Language) -> None:
    text = "Kubilius sagte, 14 Staaten hätten Interesse angemeldet. Die Regierungschefs sollen am Donnerstag beraten."
    assert [q.text for q in run(nlp, text) if q.kind != "reported"] == ["14 Staaten hätten Interesse angemeldet"]


def test_defending_something_as_marked_words_quotes_them(nlp: Language) -> None:
    (q,) = run(nlp, "Klubobmann Yannick Shetty verteidigte die Einsparungen als „alternativlos“.")
    assert (q.text, q.speaker, q.kind) == ("„alternativlos“", "Yannick Shetty", "direct")


def test_verb_of_naming_quotes_its_second_object_in_marks(nlp: Language) -> None:
    (q,) = run(nlp, "Peskow nannte die Lieferungen eine „Eskalation“.")
    assert (q.text, q.speaker, q.kind) == ("„Eskalation“", "Peskow", "direct")


def test_organisation_headline_without_a_position_is_no_quote(nlp: Language) -> None:
    text = "Nationalrat: Debatte über Budget beginnt\n\nWien – Im Nationalrat hat am Dienstag die Debatte begonnen."
    assert [q for q in run(nlp, text) if q.kind != "reported"] == []


def test_organisation_headline_with_a_modal_is_its_position(nlp: Language) -> None:
    text = "SPD: Rente muss steigen\n\nBerlin – Die SPD hat ein Konzept vorgelegt."
    q = run(nlp, text)[0]
    assert (q.speaker, q.text, q.kind) == ("SPD", "Rente muss steigen", "direct")


def test_he_inside_a_report_is_the_one_named_in_the_reported_clause(nlp: Language) -> None:
    text = "Eine Zeugin sagte aus, Reuß habe von einem Umsturz gesprochen. „Wir sollten bereit sein“, habe er gesagt."
    assert run(nlp, text)[-1].speaker == "Reuß"


def test_adjective_between_als_and_the_marks_keeps_them_a_predicate(nlp: Language) -> None:
    (q,) = run(nlp, "Putin hatte den Plan am Freitag als mögliche „Grundlage“ für eine Einigung bezeichnet.")
    assert (q.text, q.speaker, q.kind) == ("„Grundlage“", "Putin", "direct")


def test_quantity_object_before_a_comma_leaves_the_clause_after_it_unsaid(nlp: Language) -> None:
    assert [q for q in run(nlp, "Herr Söder sagt viel, wenn der Tag lang ist.") if q.kind != "reported"] == []


def test_impersonal_cue_with_marked_words_right_after_a_statement_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "Der Krankenkassenverband Santésuisse kritisierte die Pläne. "
        "Diese gingen «in die falsche Richtung», hiess es in einer Mitteilung."
    )
    q = run(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("mixed", "Santésuisse")


def test_office_with_a_possessive_speaks_for_its_holder(nlp: Language) -> None:
    text = "Der frühere Kanzler Olaf Scholz legt sein Mandat nieder. Das teilte sein Büro am Freitag mit."
    (q,) = [q for q in run(nlp, text) if q.kind != "reported"]
    assert q.speaker == "Olaf Scholz"


def test_name_right_after_a_noun_the_parse_ends_the_subject_with_speaks(nlp: Language) -> None:
    (q,) = run(nlp, "„Wir sind noch nicht am Ziel“, sagte EZB-Praesidentin Christine Lagarde in Frankfurt.")
    assert q.speaker == "Christine Lagarde"


def test_adverbial_of_the_frame_ends_the_speakers_phrase(nlp: Language) -> None:
    (q,) = run(nlp, "Die Hintergründe seien noch unklar, sagte ein Sprecher der Staatsanwaltschaft auf Anfrage.")
    assert q.speaker == "Staatsanwaltschaft"


def test_cue_of_a_relative_clause_does_not_frame_marked_words(nlp: Language) -> None:
    (q,) = run(nlp, "Die CSU, die geklagt hatte, sprach von einem „großen Erfolg“.")
    assert (q.speaker, q.cue) == ("CSU", "sprach")


def test_place_and_dash_opening_the_report_are_no_part_of_what_was_said(nlp: Language) -> None:
    for text, said in [
        ("Faeser warnt\n\nBerlin - „Die Lage ist ernst“, sagte Faeser.", "„Die Lage ist ernst“"),
        ("Faeser warnt\n\nBerlin - Die Lage sei ernst, sagte Faeser.", "Die Lage sei ernst"),
    ]:
        assert run(nlp, text)[-1].text == said


def test_paper_in_marks_after_the_speakers_name_is_whom_it_was_said_to(nlp: Language) -> None:
    for text, said_by, said_to in [
        (
            '"Das Paket kostet Milliarden", sagte JU-Chef Johannes Winkel der "Rheinischen Post".',
            "Johannes Winkel",
            "Rheinische Post",
        ),
        ("„Wir müssen reden“, sagte Merz der „Süddeutschen Zeitung“.", "Merz", "Süddeutsche Zeitung"),
    ]:
        (q,) = run(nlp, text)
        assert (q.speaker, q.channel) == (said_by, said_to)


def test_source_noun_with_a_bare_article_points_back_to_the_source_just_named(nlp: Language) -> None:
    text = "Nach Angaben der Polizei wurden drei Menschen verletzt. Den Angaben zufolge war der Täter bewaffnet."
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Polizei", "Polizei"]


def test_report_goes_on_after_a_sentence_that_only_names_its_source(nlp: Language) -> None:
    text = (
        "Trump und Putin haben telefoniert. Das teilte Kremlberater Juri Uschakow mit. "
        "Es sei ein „offener und sachlicher Austausch“ gewesen."
    )
    assert [q.speaker for q in run(nlp, text) if q.kind != "reported"] == ["Juri Uschakow", "Juri Uschakow"]


def test_apposition_after_a_role_phrase_names_the_speaker_whatever_the_sentence_before(nlp: Language) -> None:
    text = (
        "Merz sprach von einem Signal. Der Vorsitzende der Konferenz, Niedersachsens Regierungschef "
        "Olaf Lies, sagte, die Länder hätten sich durchgesetzt."
    )
    assert run(nlp, text)[-1].speaker == "Olaf Lies"


def test_dateline_before_a_source_phrase_is_no_part_of_the_report(nlp: Language) -> None:
    text = "Anschlag vereitelt\nMagdeburg - Die Polizei hat nach eigenen Angaben einen Anschlag verhindert."
    q = run(nlp, text)[-1]
    assert q.text.startswith("Die Polizei")


def test_list_of_speakers_after_the_cue_is_no_part_of_what_they_said(nlp: Language) -> None:
    text = (
        "Nach dem Ministerrat sagten Bundeskanzler Christian Stocker (ÖVP), Vizekanzler Andreas Babler (SPÖ) "
        "und Außenministerin Beate Meinl-Reisinger (NEOS), man werde sich bald einigen."
    )
    (q,) = run(nlp, text)
    assert (q.text, q.speaker) == ("man werde sich bald einigen", "Christian Stocker")


def test_fronted_place_of_writing_with_its_relative_clause_is_no_statement(nlp: Language) -> None:
    text = 'In einem Schreiben, das dem "Spiegel" vorliegt, heißt es, man müsse "die Arbeitsweise ändern".'
    (q,) = run(nlp, text)
    assert q.text == 'man müsse "die Arbeitsweise ändern"'


def test_generic_pronoun_right_after_a_report_is_its_speaker(nlp: Language) -> None:
    text = (
        "Die SPD stehe zur Koalition, sagte Generalsekretär Tim Klüssendorf. "
        "Allerdings erwarte man von der Union, dass sie sich an Absprachen halte."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Tim Klüssendorf", "Tim Klüssendorf"]


def test_generic_pronoun_with_no_report_before_names_no_one(nlp: Language) -> None:
    (q,) = run(nlp, "Man erwarte eine Einigung, sagte ein Teilnehmer. \n\nIn Berlin deutete man an, man sei bereit.")[
        -1:
    ]
    assert q.speaker is None


def test_person_named_before_the_cue_speaks_rather_than_a_dative_the_parser_took(nlp: Language) -> None:
    text = (
        "Der Bundestag hat debattiert.\n"
        "AfD-Fraktionschefin Alice Weidel warf der Regierung vor, die Bundeswehr vernachlässigt zu haben."
    )
    assert run(nlp, text)[-1].speaker == "Alice Weidel"


def test_source_phrase_ends_before_als(nlp: Language) -> None:
    (q,) = run(nlp, "Annalena Baerbock wird nach Angaben aus Parteikreisen als Gastrednerin erwartet.")
    assert q.speaker_span is not None and q.speaker_span.text == "Parteikreisen"


def test_document_of_the_one_who_just_spoke_is_theirs(nlp: Language) -> None:
    text = (
        "Der Gesetzgeber müsse nachbessern, entschied der Erste Senat am Dienstag. "
        "In der Begründung heißt es, die Lasten dürften nicht verschoben werden."
    )
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Erste Senat", "Erste Senat"]
    assert quotes[-1].speaker_span is not None and quotes[-1].speaker_span.text == "der Begründung"


def test_second_cue_of_the_same_subject_frames_what_follows_it(nlp: Language) -> None:
    for text, second in [
        ("Merz sagte, er habe mit Macron telefoniert, und fügte hinzu: „Wir sind uns einig.“", "„Wir sind uns einig.“"),
        ("Merz sagte, er habe mit Macron telefoniert, und fügte hinzu, man sei sich einig.", "man sei sich einig"),
    ]:
        first, then = run(nlp, text)
        assert (first.text, then.text) == ("er habe mit Macron telefoniert", second)
        assert (first.speaker, then.speaker, then.cue) == ("Merz", "Merz", "fügte hinzu")


def test_back_reference_inside_the_first_clause_reports_the_source_before(nlp: Language) -> None:
    text = (
        "Laut dem Bericht ist die Lage ernst. "
        "Im Detail sollen die Dienste demnach das Recht besitzen, Daten abzufragen."
    )
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Bericht", "Bericht"]
    assert quotes[-1].cue == "demnach"


def test_text_written_without_umlauts_keeps_its_cues_and_speakers(nlp: Language) -> None:
    (q,) = run(nlp, "Ein Hamas-Sprecher erklaerte dagegen, die Entwaffnung sei eine rote Linie.")
    assert (q.cue, q.speaker) == ("erklaerte", "Hamas")


def test_document_a_statement_comes_from_speaks_for_its_author(nlp: Language) -> None:
    for text in [
        "Aus einem Bericht des Finanzministeriums geht hervor, dass die Regierung die Steuer senken will.",
        "Wie aus einem Bericht des Finanzministeriums hervorgeht, will die Regierung die Steuer senken.",
        "Die Regierung will die Steuer senken. Das geht aus einem Bericht des Finanzministeriums hervor.",
    ]:
        q = [q for q in run(nlp, text) if q.kind != "reported"][-1]
        assert (q.speaker, q.text.startswith("hervorgeht")) == ("Finanzministerium", False)


def test_council_that_speaks_before_a_member_is_named_is_the_council(nlp: Language) -> None:
    text = (
        "Der Bundesrat hat am Mittwoch entschieden, die Gespräche mit der EU fortzusetzen. "
        "Bundesrat Ignazio Cassis informierte danach die Medien."
    )
    assert run(nlp, text)[0].speaker == "Bundesrat"


def test_paper_s_name_in_marks_after_its_noun_is_the_source_not_a_quote(nlp: Language) -> None:
    for text in (
        "Nach Informationen der Zeitung «Le Monde» führt er bereits Gespräche mit mehreren Kandidaten.",
        "Nach Informationen von „Le Monde“ führt er bereits Gespräche mit mehreren Kandidaten.",
    ):
        (q,) = run(nlp, text)
        assert (q.speaker, q.kind, q.text) == (
            "Le Monde",
            "indirect",
            "führt er bereits Gespräche mit mehreren Kandidaten",
        )


def test_demonym_of_estonia_after_a_report_is_its_speaker(nlp: Language) -> None:
    text = (
        "Die EU hat neue Sanktionen beschlossen, teilte die EU-Außenbeauftragte Kaja Kallas mit. "
        '"Wir erhöhen den Druck", sagte die Estin.'
    )
    assert run(nlp, text)[-1].speaker == "Kaja Kallas"


def test_epithet_framing_the_sentence_before_is_the_person_it_names(nlp: Language) -> None:
    text = (
        "Die Zürcher Regierungsrätin Jacqueline Fehr tritt per Ende Mai zurück. "
        "Das gab die SP-Politikerin am Donnerstag bekannt."
    )
    assert [q.speaker for q in run(nlp, text)] == ["Jacqueline Fehr"]


def test_clause_of_place_after_a_place_name_is_no_report(nlp: Language) -> None:
    text = "Am Dienstag wird Selenskyj in London erwartet, wo er mit Premierminister Keir Starmer zusammentreffen soll."
    assert run(nlp, text) == []


def test_apposed_name_before_the_medium_it_was_said_to_is_the_speaker(nlp: Language) -> None:
    text = '"Wir stimmen nicht zu", sagte der Chef der Jungen Gruppe, Pascal Reddig, der Deutschen Presse-Agentur.'
    assert run(nlp, text)[0].speaker == "Pascal Reddig"


def test_source_opening_the_sentence_after_a_place_line_leaves_it_out_of_the_report(nlp: Language) -> None:
    text = "Berlin - Den Angaben des Statistischen Bundesamtes zufolge ist die Inflation im November gestiegen."
    (q,) = run(nlp, text)
    assert q.text == "ist die Inflation im November gestiegen"


def test_closing_impersonal_frame_is_no_part_of_the_report_and_names_its_channel(nlp: Language) -> None:
    text = "Xi habe betont, die Taiwan-Frage sei der Kern der Interessen Chinas, hieß es in einer Mitteilung."
    (q,) = run(nlp, text)
    assert q.text == "die Taiwan-Frage sei der Kern der Interessen Chinas"
    assert (q.speaker, q.channel) == ("Xi", "Mitteilung")


def test_state_reached_before_a_colon_is_no_speaker(nlp: Language) -> None:
    quotes = run(nlp, "Die Personalie ist entschieden: Neuer Außenminister wird Johann Wadephul.")
    assert all(q.speaker != "Personalie" for q in quotes)


def test_spokesperson_of_a_body_named_by_its_kind_in_the_genitive_speaks_for_the_one_before(nlp: Language) -> None:
    text = (
        "Die Hamas warf Israel vor, die Waffenruhe zu brechen. "
        "Ein Sprecher der Organisation sagte, man werde die Vermittler informieren."
    )
    quotes = run(nlp, text)
    assert quotes[-1].speaker == "Hamas"


def test_liveblog_entry_between_plus_signs_gives_the_headline_quote(nlp: Language) -> None:
    text = '+++ 12:05 Uhr: Kreml: "Keine Fortschritte" +++\nPeskow sieht bei den Gesprächen keine Fortschritte.'
    (q,) = run(nlp, text)
    assert (q.text, q.speaker) == ('"Keine Fortschritte"', "Kreml")


def test_having_it_passed_on_is_speaking(nlp: Language) -> None:
    text = "Macron ließ über seinen Sprecher ausrichten, Europa sei stärker, als manche glauben."
    (q,) = run(nlp, text)
    assert (q.speaker, q.text) == ("Macron", "Europa sei stärker, als manche glauben")


def test_konjunktiv_found_by_its_ending_continues_a_speech_act(nlp: Language) -> None:
    text = (
        "Der Grünen-Politiker Anton Hofreiter warf der Regierung Zögerlichkeit vor. "
        'Wer jetzt zaudere, "lädt Putin zu weiteren Angriffen ein".'
    )
    assert run(nlp, text)[-1].speaker == "Anton Hofreiter"


def test_office_of_a_role_speaks_for_the_one_named_in_it(nlp: Language) -> None:
    text = (
        "Landeshauptmann Mario Kunasek hat die Landesrätin entlassen. "
        "Grund seien wiederholte Alleingänge, teilte das Büro des Landeshauptmanns mit."
    )
    assert run(nlp, text)[-1].speaker == "Mario Kunasek"


def test_medium_after_the_speakers_apposition_is_the_channel(nlp: Language) -> None:
    text = 'Die Lage sei ernst, sagte Anna Berg, Sprecherin des Ministeriums, der "Süddeutschen Zeitung".'
    (q,) = run(nlp, text)
    assert (q.speaker, q.channel) == ("Anna Berg", "Süddeutsche Zeitung")
