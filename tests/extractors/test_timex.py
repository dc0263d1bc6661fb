"""The temporal tagger: each rule family on short sentences of our own.

Reference time throughout: Monday 2025-12-01 16:51 in Berlin (CET), unless a test says otherwise.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extractors.timex import TimexTagger, discourse_anchor, reference_date, tag_text
from lagebild.records import Article, Timex

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2025, 12, 1, 16, 51, tzinfo=CET)
MONDAY_MORNING = datetime(2025, 12, 1, 10, 0, tzinfo=CET)


def tag(text: str, published: datetime | None = MONDAY) -> list[Timex]:
    found = tag_text(text, published)
    for t in found:
        assert text[t.start : t.end] == t.text
    return found


def one(text: str, published: datetime | None = MONDAY) -> Timex:
    found = tag(text, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def values(text: str, published: datetime | None = MONDAY) -> list[str]:
    return [t.value for t in tag(text, published)]


# -- written dates -----------------------------------------------------------------------------
def test_written_date_with_year() -> None:
    t = one("Die Konferenz beginnt am 3. März 2026 in Wien.")
    assert (t.text, t.type, t.value) == ("3. März 2026", "DATE", "2026-03-03")


def test_numeric_date() -> None:
    assert values("Der Vertrag wurde am 01.12.2024 unterzeichnet.") == ["2024-12-01"]


def test_numeric_date_with_two_digit_year() -> None:
    assert values("Die Frist läuft bis 3.4.26.") == ["2026-04-03"]


def test_numeric_day_and_month_takes_the_nearest_year() -> None:
    assert values("Die Anmeldung ist bis 15.1. möglich.") == ["2026-01-15"]


def test_date_and_clock_time_in_a_dateline() -> None:
    t = one("Stand: 01.12.2025 16:51 Uhr")
    assert (t.type, t.value) == ("TIME", "2025-12-01T16:51")


def test_month_and_year() -> None:
    assert values("Die Reform gilt seit Dezember 2024.") == ["2024-12"]


def test_austrian_month_names() -> None:
    assert values("Die Schulen öffnen am 7. Jänner wieder.") == ["2026-01-07"]
    assert values("Im Feber wird gewählt.") == ["2026-02"]


def test_month_written_without_its_umlaut() -> None:
    assert values("Der Gipfel beginnt am 19. Marz 2027.") == ["2027-03-19"]
    assert values("Der Gipfel beginnt am 19. Maerz 2027.") == ["2027-03-19"]


def test_time_words_written_without_umlauts() -> None:
    assert values("Die Inflation sinkt erst Anfang naechsten Jahres.") == values(
        "Die Inflation sinkt erst Anfang nächsten Jahres."
    )
    assert values("Die Wahl ist uebermorgen.") == values("Die Wahl ist übermorgen.")


def test_swiss_parliamentary_session_is_the_month_it_is_held_in() -> None:
    assert values("Der Nationalrat berät die Vorlage in der Wintersession.") == ["2025-12"]
    assert values("In der Sommersession 2027 kommt das Geschäft in den Rat.") == ["2027-06"]


def test_week_of_a_month_is_the_iso_week_holding_most_of_its_days() -> None:
    assert values("In der ersten Dezemberwoche soll abgestimmt werden.") == ["2025-W49"]
    assert values("Gewählt wird in der letzten Februarwoche.") == ["2026-W09"]


def test_tags_darauf_is_one_expression() -> None:
    t = tag("Am Montag kam er an. Tags darauf reiste er ab.")[-1]
    assert (t.text, t.value) == ("Tags darauf", "2025-12-02")


def test_weekday_abbreviation_only_before_a_date() -> None:
    t = one("Die Sitzung ist am Fr., 5. Dezember.")
    assert (t.text, t.value) == ("Fr., 5. Dezember", "2025-12-05")


def test_part_of_a_written_date() -> None:
    t = one("In der Nacht des 14. November brannte die Scheune.")
    assert (t.text, t.type, t.value) == ("Nacht des 14. November", "TIME", "2025-11-14TNI")


def test_list_of_days_with_comma_and_und() -> None:
    assert values("Sitzungen am 11., 18., und 25. März.") == ["2026-03-11", "2026-03-18", "2026-03-25"]


def test_list_of_days_shares_the_month() -> None:
    found = tag("Der Markt öffnet am 3., 4. und 5. Dezember.")
    assert [(t.text, t.value) for t in found] == [
        ("3.", "2025-12-03"),
        ("4.", "2025-12-04"),
        ("5. Dezember", "2025-12-05"),
    ]


def test_narrated_year_carries_within_the_sentence() -> None:
    assert values("Im März 1992 verlor die Statue die Nase, im April kam sie in den Hof.") == ["1992-03", "1992-04"]


def test_relative_year_overrides_an_older_year_in_the_sentence() -> None:
    text = "Die Schau gibt es seit 1998, sie wird in diesem Jahr am 27. April eröffnet."
    assert values(text, datetime(2012, 1, 15, tzinfo=CET)) == ["1998", "2012", "2012-04-27"]


def test_past_month_goes_back_a_year() -> None:
    assert values("Im Dezember hatte die Regierung noch anders entschieden.", datetime(2026, 3, 2, tzinfo=CET)) == [
        "2025-12"
    ]


def test_month_takes_the_year_of_heuer_in_its_clause() -> None:
    assert values("Heuer im Jänner war es kalt.", MONDAY_MORNING) == ["2025", "2025-01"]
    assert values("In diesem Jahr war es im Jänner kalt.", MONDAY_MORNING) == ["2025", "2025-01"]


def test_month_takes_a_past_or_next_year_word_in_its_clause() -> None:
    assert values("Vergangenes Jahr im März sank die Zahl.", MONDAY_MORNING) == ["2024", "2024-03"]
    assert values("Im März des Vorjahres sank die Zahl.", MONDAY_MORNING) == ["2024-03", "2024"]
    assert values("Nächstes Jahr im März wird gewählt.", MONDAY_MORNING) == ["2026", "2026-03"]


def test_year_word_in_another_clause_does_not_fix_the_month() -> None:
    assert values("Heuer gab es Schnee, im Jänner wird gewählt.", MONDAY_MORNING) == ["2025", "2026-01"]


def test_month_in_a_past_clause_is_never_ahead() -> None:
    # The next January is nearer in the calendar, but the clause speaks of the past.
    assert values("Im Jänner war es kalt.", MONDAY_MORNING) == ["2025-01"]


def test_ordinal_period_does_not_end_the_sentence_without_a_doc() -> None:
    # Read without a Doc, "3." must not cut "begann" off from the date it dates.
    assert values("Am 3. März begann der Kurs.", MONDAY_MORNING) == ["2025-03-03"]


def test_tense_does_not_move_a_date_a_year_from_a_close_one() -> None:
    # Reported "soll" is no future: the 28 November five days before stays in this year.
    assert values("Am 28. November soll er den Wagen gestohlen haben.", datetime(2025, 12, 3, tzinfo=CET)) == [
        "2025-11-28"
    ]


# -- weekdays by tense and mood ----------------------------------------------------------------
def test_weekday_with_soll_stattfinden_points_forward() -> None:
    assert values("Das Treffen soll am Dienstag in Genf stattfinden.") == ["2025-12-02"]


def test_weekday_with_bereits_and_past_tense_points_back() -> None:
    assert values("Gespräche gab es bereits am Sonntag in Rom.") == ["2025-11-30"]


def test_weekday_with_strong_past_tense_points_back() -> None:
    assert values("Die Ministerin trat am Freitag zurück.") == ["2025-11-28"]


def test_weekday_with_perfekt_points_back() -> None:
    assert values("Die Delegation hat am Donnerstag verhandelt.") == ["2025-11-27"]


def test_weekday_with_futur_points_forward() -> None:
    assert values("Der Kanzler wird am Donnerstag nach Paris reisen.") == ["2025-12-04"]


def test_weekday_of_publication_is_that_day() -> None:
    assert values("Die Minister berieten am Montag in Brüssel.") == ["2025-12-01"]


def test_next_and_last_weekday() -> None:
    assert values("Am kommenden Montag wird gewählt.") == ["2025-12-08"]
    assert values("Am vergangenen Montag wurde gewählt.") == ["2025-11-24"]


def test_weekday_with_part_of_day_is_a_time() -> None:
    t = one("Der Rat wird am Dienstagabend entscheiden.")
    assert (t.type, t.value) == ("TIME", "2025-12-02TEV")


def test_clause_decides_not_the_whole_sentence() -> None:
    found = tag("Der Sprecher, der am Freitag zurücktrat, soll am Mittwoch ersetzt werden.")
    assert [t.value for t in found] == ["2025-11-28", "2025-12-03"]


def test_weekday_uses_morphology_when_present() -> None:
    from spacy.lang.de import German

    nlp = German()
    doc = nlp.make_doc("Der Rat tagt am Donnerstag.")
    for tok in doc:
        tok.pos_ = "VERB" if tok.text == "tagt" else "X"
    doc[2].set_morph("Tense=Past|VerbForm=Fin")
    doc._.published = MONDAY
    TimexTagger()(doc)
    assert [t.value for t in doc._.timexes] == ["2025-11-27"]


def test_weekday_without_tense_cue_takes_the_nearest() -> None:
    assert values("Das Konzert am Donnerstag im Stadtsaal.") == ["2025-12-04"]


def test_adjective_in_en_before_a_noun_is_no_past_tense() -> None:
    # "regelrechten" is an adjective, not a weak past form: the clause says nothing about tense.
    assert values("Die Pässe werden während der Sommermonate von regelrechten Lawinen überrollt.") == ["2026-SU"]


def test_capitalised_noun_is_no_verb_form() -> None:
    # "Boten" (messengers) is not "boten" (offered).
    assert values("Die Boten kommen am Donnerstag.") == ["2025-12-04"]


def test_fused_separable_verb_is_past_tense() -> None:
    assert values("Es war der Sprecher, der am Donnerstag zurücktrat.") == ["2025-11-27"]


def analysed(text: str, verbs: dict[str, tuple[str, str, str]]) -> list[str]:
    """Values on a Doc whose verbs carry the given (POS, morphology, lemma), as a trained model
    would set them; every other token is tagged X."""
    from spacy.lang.de import German

    doc = German().make_doc(text)
    for tok in doc:
        pos, morph, lemma = verbs.get(tok.text, ("X", "", ""))
        tok.pos_ = pos
        if morph:
            tok.set_morph(morph)
        if lemma:
            tok.lemma_ = lemma
    doc._.published = MONDAY_MORNING
    TimexTagger()(doc)
    return [t.value for t in doc._.timexes]


PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


def test_present_tense_weekday_lies_ahead() -> None:
    verbs = {"trifft": ("VERB", PRESENT, "treffen")}
    assert analysed("Rubio trifft sich am Sonntag mit Lawrow.", verbs) == ["2025-12-07"]


def test_present_tense_on_the_publication_weekday_is_that_day() -> None:
    verbs = {"reist": ("VERB", PRESENT, "reisen")}
    assert analysed("Merz reist am Montag nach Rom.", verbs) == ["2025-12-01"]


def test_present_tense_clause_outweighs_a_past_clause_beside_it() -> None:
    verbs = {"kommt": ("VERB", PRESENT, "kommen"), "teilte": ("VERB", PAST, "teilen")}
    assert analysed("Die Delegation kommt am Samstag, teilte das Amt mit.", verbs) == ["2025-12-06"]


def test_past_tag_on_an_unlemmatized_form_yields_to_the_lexicon() -> None:
    # The model read "reist" as a preterite but could not lemmatize it: the lexicon knows no
    # such preterite, so the clause is present tense and the Wednesday lies ahead.
    verbs = {"reist": ("VERB", PAST, "reist")}
    assert analysed("Merz reist am Mittwoch nach Rom.", verbs) == ["2025-12-03"]


def test_present_tag_on_a_known_preterite_yields_to_the_lexicon() -> None:
    verbs = {"trafen": ("VERB", "Mood=Ind|Number=Plur|Person=3|Tense=Pres", "trafen")}
    assert analysed("Am Mittwoch trafen sich die Minister in Rom.", verbs) == ["2025-11-26"]


def test_past_tag_without_verb_form_or_mood_is_a_participle() -> None:
    verbs = {
        "wird": ("AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres", "werden"),
        "trainiert": ("VERB", "Tense=Past", "trainieren"),
    }
    assert analysed("Am Samstag wird in der Halle trainiert.", verbs) == ["2025-12-06"]


def test_understood_past_tag_points_back() -> None:
    verbs = {"reiste": ("VERB", PAST, "reisen")}
    assert analysed("Merz reiste am Mittwoch nach Rom.", verbs) == ["2025-11-26"]


def test_present_tense_weekday_lies_ahead_without_a_model() -> None:
    assert values("Rubio trifft sich am Sonntag mit Lawrow.", MONDAY_MORNING) == ["2025-12-07"]
    assert values("Merz reist am Mittwoch nach Rom.", MONDAY_MORNING) == ["2025-12-03"]
    assert values("Der Gipfel beginnt am Donnerstag.", MONDAY_MORNING) == ["2025-12-04"]


def test_word_in_t_that_is_no_verb_says_nothing_about_tense() -> None:
    # "nicht" has the shape of a present form; without a verb the Sunday is the nearest one.
    assert values("Und nicht am Sonntag.", MONDAY_MORNING) == ["2025-11-30"]


def test_past_clause_keeps_a_weekday_back_without_a_model() -> None:
    assert values("Rubio traf sich am Sonntag mit Lawrow.", MONDAY_MORNING) == ["2025-11-30"]


def test_perfekt_auxiliary_is_no_present_tense() -> None:
    verbs = {
        "hat": ("AUX", PRESENT, "haben"),
        "gewählt": ("VERB", "VerbForm=Part", "wählen"),
    }
    # The weekday's clause has no verb; in the sentence "hat" is the auxiliary of a Perfekt.
    text = "Am Sonntag, nach langem Streit, hat die Partei einen neuen Chef gewählt."
    assert analysed(text, verbs) == ["2025-11-30"]


def test_present_tense_verb_nearer_than_a_past_cue_in_the_sentence() -> None:
    # The weekday's own clause has no verb; the nearest verb of the sentence is a present.
    verbs = {"kommt": ("VERB", PRESENT, "kommen"), "wurde": ("AUX", PAST, "werden")}
    text = "Am Mittwoch, so heißt es, kommt der Minister, wie gestern mitgeteilt wurde."
    assert analysed(text, verbs)[0] == "2025-12-03"


def test_focus_particle_before_another_expression_is_no_past_cue() -> None:
    # "Schon heute" is "as early as today": it says nothing about the Wednesday's clause.
    assert values("Schon heute steht fest: Am Mittwoch tagt der Rat.", MONDAY_MORNING) == [
        "2025-12-01",
        "2025-12-03",
    ]


# -- days relative to publication --------------------------------------------------------------
def test_relative_days() -> None:
    assert values("Heute berät der Rat, morgen der Senat, übermorgen das Parlament.") == [
        "2025-12-01",
        "2025-12-02",
        "2025-12-03",
    ]


def test_yesterday_evening_is_a_time() -> None:
    t = one("Der Beschluss fiel gestern Abend.")
    assert (t.text, t.type, t.value) == ("gestern Abend", "TIME", "2025-11-30TEV")


def test_morning_noun_is_not_tomorrow() -> None:
    t = one("Am Morgen wurde das Ergebnis bekannt.")
    assert (t.text, t.type, t.value) == ("Morgen", "TIME", "2025-12-01TMO")


def test_auch_heute_noch_is_the_present() -> None:
    assert values("Davon zehrt das Land auch heute noch.", MONDAY_MORNING) == ["PRESENT_REF"]
    assert values("Heute noch immer gilt die Regel.", MONDAY_MORNING) == ["PRESENT_REF"]


def test_heute_noch_alone_is_later_today() -> None:
    assert values("Heute noch wird entschieden.", MONDAY_MORNING) == ["2025-12-01"]


def test_until_today_is_the_present() -> None:
    assert values("Der Streit dauert bis heute an.") == ["PRESENT_REF"]


# -- the discourse anchor ----------------------------------------------------------------------
def test_clock_time_takes_the_date_mentioned_before() -> None:
    found = tag("Das Gespräch soll am Donnerstag stattfinden. Es beginnt um 18 Uhr.")
    clock = found[1]
    assert (clock.value, clock.anchor) == ("2025-12-04T18:00", f"{found[0].start}:{found[0].end}")


def test_half_of_day_takes_the_date_through_dann() -> None:
    text = (
        "Die Runde soll am Dienstag in Moskau tagen. Der Präsident wird dann den Gesandten sehen. "
        "Das Gespräch werde in der zweiten Tageshälfte stattfinden."
    )
    assert values(text)[-1] == "2025-12-02TAF"


def test_clock_time_after_um_continues_the_story() -> None:
    found = tag("Am Freitag beginnt das Rennen. Die Strecke ist vereist. Um 9 Uhr startet die Qualifikation.")
    assert found[-1].value == "2025-12-05T09:00"


def test_listing_clock_time_stays_on_the_publication_day() -> None:
    found = tag("Der Rat tagt am Mittwoch. Konzert im Stadtsaal. Lesung im Rathaus, 20 Uhr.")
    assert found[-1].value == "2025-12-01T20:00"


def test_discourse_anchor_for_dann() -> None:
    text = "Am Mittwoch trifft sie den Präsidenten. Dann reist sie nach Rom."
    found = tag(text)
    anchor = discourse_anchor(found, text.index("Dann"))
    assert anchor is not None and anchor.value == "2025-12-03"


def test_day_before_counts_from_the_anchor_once() -> None:
    text = "Am Freitag siegte sie. Am Tag zuvor war sie Zweite. Den Sieg vom Vortag feierte sie."
    assert values(text, datetime(2025, 12, 8, tzinfo=CET)) == ["2025-12-05", "2025-12-04", "2025-12-04"]


def test_day_before_reaches_back_across_sentences() -> None:
    text = "Am Freitag siegte sie. Es regnete. Der Wind drehte. Die Sonne kam. Am Tag zuvor war sie Zweite."
    assert values(text, datetime(2025, 12, 8, tzinfo=CET)) == ["2025-12-05", "2025-12-04"]


def test_so_many_days_later_counts_from_the_anchor() -> None:
    text = "Am 3. März 2025 wurde er verhaftet. Zwei Tage später kam er frei."
    found = tag(text)
    assert (found[1].text, found[1].value, found[1].anchor) == ("Zwei Tage später", "2025-03-05", "3:15")


def test_ordinal_week_counts_from_the_anchor() -> None:
    text = "Das Lager begann am 1. Juli. In der ersten Woche wurde gebastelt, in der dritten Woche geschwommen."
    assert values(text, MONDAY_MORNING) == ["2025-07-01", "2025-W27", "2025-W29"]


def test_week_after_counts_from_the_anchor() -> None:
    text = "Der Kurs startete am 3. März. In der Woche darauf kamen die Prüfungen."
    assert values(text, MONDAY_MORNING) == ["2025-03-03", "2025-W11"]


def test_ordinal_week_without_anchor_is_unknown() -> None:
    assert values("In der zweiten Woche gab es Streit.", MONDAY_MORNING) == ["XXXX-WXX"]


def test_last_week_is_not_counted_from_the_anchor() -> None:
    assert values("Am 3. März begann es. In der letzten Woche wurde gewählt.", MONDAY_MORNING) == [
        "2025-03-03",
        "2025-W48",
    ]


def test_so_many_days_later_without_anchor_is_a_duration() -> None:
    assert values("Zwei Tage später trat er zurück.") == ["P2D"]


def test_so_many_minutes_later_is_a_moment_of_unknown_time() -> None:
    t = one("Das Spiel drehte sich, und zwei Minuten später stand es unentschieden.")
    assert (t.text, t.type, t.value) == ("zwei Minuten später", "TIME", "XXXX-XX-XXTXX:XX")


def test_so_many_hours_later_does_not_take_the_anchor_day() -> None:
    text = "Am 3. März 2025 brach das Feuer aus. Vier Stunden später war es gelöscht."
    assert values(text) == ["2025-03-03", "XXXX-XX-XXTXX:XX"]


def test_range_of_days_lies_in_the_year_of_its_closing_date() -> None:
    found = values("Die Ausstellung läuft vom 3. bis 7. Mai.", datetime(2025, 8, 24, tzinfo=CET))
    assert len(found) == 2 and found[0][:4] == found[1][:4], found


# -- clock times and parts of the day ----------------------------------------------------------
def test_clock_time_after_a_list_of_days_is_on_no_one_day() -> None:
    text = "Die Messe wird am 12. und 13. März 2026 geöffnet sein, von 9 bis 17 Uhr."
    assert values(text) == ["2026-03-12", "2026-03-13", "T09:00", "T17:00"]


def test_clock_time_after_a_range_of_days_is_on_no_one_day() -> None:
    assert values("Gespielt wird vom 4. bis 8. März 2026, jeweils um 20 Uhr.")[-1] == "T20:00"


def test_clock_time_after_weekday_and_date_apposition_keeps_the_day() -> None:
    assert values("Die Lesung ist am Donnerstag, 4. Dezember, um 19.30 Uhr.") == ["2025-12-04", "2025-12-04T19:30"]


def test_clock_time_after_jeweils_is_on_no_one_day() -> None:
    assert values("Das Museum öffnet jeweils um 10 Uhr.") == ["T10:00"]


def test_clock_time_after_wochentags_is_on_no_one_day() -> None:
    assert values("Das Büro ist wochentags von 8 bis 12 Uhr besetzt.") == ["T08:00", "T12:00"]


def test_clock_times() -> None:
    assert values("Die Sitzung beginnt um 14.30 Uhr.") == ["2025-12-01T14:30"]
    assert values("Einlass ab 20 Uhr.") == ["2025-12-01T20:00"]


def test_clock_time_range_gives_two_times() -> None:
    found = tag("Geöffnet von 10-18 Uhr.")
    assert [(t.text, t.value) for t in found] == [("10", "2025-12-01T10:00"), ("18 Uhr", "2025-12-01T18:00")]


def test_coordinated_clock_times_share_the_final_uhr() -> None:
    assert values("Die Sendung läuft um 14.00 und 17.40 Uhr.", MONDAY_MORNING) == [
        "2025-12-01T14:00",
        "2025-12-01T17:40",
    ]
    assert values("Der Markt ist von 8.30-12 und 14-18 Uhr offen.", MONDAY_MORNING) == [
        "2025-12-01T08:30",
        "2025-12-01T12:00",
        "2025-12-01T14:00",
        "2025-12-01T18:00",
    ]


def test_number_before_a_word_starting_with_uhr_is_no_clock_time() -> None:
    assert values("Die Seiten 3 und 4 Uhrzeiten zeigen.", MONDAY_MORNING) == []


def test_clock_time_with_evening_adverb() -> None:
    assert values("Der Zug kam um 8 Uhr abends an.") == ["2025-12-01T20:00"]


def test_night_before_a_weekday() -> None:
    t = one("In der Nacht zum Dienstag wird mit Frost gerechnet.")
    assert (t.text, t.type, t.value) == ("Nacht zum Dienstag", "TIME", "2025-12-01TNI")


def test_parts_of_day() -> None:
    assert values("Nachts fiel Schnee.") == ["2025-12-01TNI"]
    assert values("Am Abend sprach der Präsident.") == ["2025-12-01TEV"]


# -- weeks, weekends, months, years ------------------------------------------------------------
def test_weeks_are_iso_weeks() -> None:
    assert values("In der vergangenen Woche stieg der Preis.") == ["2025-W48"]
    assert values("Nächste Woche wird abgestimmt.") == ["2025-W50"]
    assert values("Diese Woche ist entscheidend.") == ["2025-W49"]


def test_weekends() -> None:
    assert values("Am kommenden Wochenende wird gestreikt.") == ["2025-W49-WE"]
    assert values("Am Wochenende hatten Tausende demonstriert.") == ["2025-W48-WE"]
    assert values("Am Wochenende soll gestreikt werden.") == ["2025-W49-WE"]


def test_weekend_in_the_present_tense_is_the_coming_one(nlp: Language) -> None:
    from lagebild.pipeline import extract

    wednesday = datetime(2025, 12, 3, 10, 0, tzinfo=CET)
    text = "Was passiert, wenn die Gespräche am Wochenende scheitern? Am Wochenende hatten Tausende demonstriert."
    assert [t.value for t in extract(text, wednesday).timexes] == ["2025-W49-WE", "2025-W48-WE"]


def test_start_middle_end_modifiers() -> None:
    t = one("Ende November stiegen die Zahlen.")
    assert (t.value, t.mod) == ("2025-11", "END")
    t = one("Anfang 2026 soll das Gesetz gelten.")
    assert (t.value, t.mod) == ("2026", "START")
    t = one("Mitte des Jahres war es ruhig.")
    assert (t.value, t.mod) == ("2025", "MID")
    t = one("Mitte nächster Woche wird entschieden.")
    assert (t.value, t.mod) == ("2025-W50", "MID")


def test_relative_years_and_heuer() -> None:
    assert values("Heuer wird mehr gebaut als im Vorjahr.") == ["2025", "2024"]
    assert values("Im nächsten Jahr steigen die Beiträge.") == ["2026"]
    assert values("Die heurige Ernte war gut.") == ["2025"]


def test_end_of_the_year_after_a_narrated_year_is_that_year() -> None:
    found = tag("Erst 1991 erhielt die Statue den Status. Ab Ende des Jahres stand sie im Park.", MONDAY_MORNING)
    assert [(t.value, t.mod) for t in found] == [("1991", None), ("1991", "END")]


def test_end_of_the_year_after_a_recent_year_is_this_year() -> None:
    found = tag("Der Umsatz stieg 2024 kräftig. Ende des Jahres soll gewählt werden.", MONDAY_MORNING)
    assert [t.value for t in found] == ["2024", "2025"]


def test_end_of_this_year_never_refers_back() -> None:
    found = tag("Erst 1991 erhielt die Statue den Status. Ende dieses Jahres wird sie versetzt.", MONDAY_MORNING)
    assert [t.value for t in found] == ["1991", "2025"]


def test_relative_month() -> None:
    assert values("Im vergangenen Monat sank die Inflation.") == ["2025-11"]


def test_relative_month_name_is_the_nearest_such_month() -> None:
    # Reference: December 2025.
    assert values("Die Anhörung hatte im vergangenen Oktober stattgefunden.") == ["2025-10"]
    assert values("Im letzten Dezember war es ruhiger.") == ["2024-12"]
    assert values("Im kommenden Januar wird entschieden.") == ["2026-01"]
    assert values("Im kommenden März soll gewählt werden.") == ["2026-03"]


def test_relative_month_name_keeps_the_preposition_outside() -> None:
    assert one("Das war im vergangenen Oktober.").text == "vergangenen Oktober"


def test_month_compound_after_a_relative_adjective_is_no_month() -> None:
    assert values("Am letzten März-Wochenende wird gewählt.") == []


def test_seasons() -> None:
    assert values("Im Frühjahr 2026 wird gewählt.") == ["2026-SP"]
    assert values("Im Sommer hatte es kaum geregnet.") == ["2025-SU"]
    assert values("Im kommenden Sommer soll die Brücke fertig sein.") == ["2026-SU"]
    assert values("Im Herbst vergangenen Jahres kam es zum Bruch.") == ["2024-FA"]


def test_quarters_and_halves() -> None:
    assert values("Im dritten Quartal wuchs die Wirtschaft.") == ["2025-Q3"]
    assert values("In der zweiten Jahreshälfte 2026 soll es besser werden.") == ["2026-H2"]


def test_quarter_without_tense_or_year_is_the_nearer_one() -> None:
    # Written on 1 December 2025: the first quarter three quarters back is less likely than the next.
    assert values("Bis Ende des ersten Quartals müsse eine Lösung her.") == ["2026-Q1"]
    assert values("Die Zahlen des vierten Quartals stehen noch aus.", datetime(2026, 2, 2, tzinfo=CET)) == ["2025-Q4"]


def test_decades_and_centuries() -> None:
    assert values("In den 1990er-Jahren zog sie nach Bozen.") == ["199"]
    t = one("Mitte der siebziger Jahre zog sie nach Graz.")
    assert (t.value, t.mod) == ("197", "MID")
    assert values("Die Kirche stammt aus dem 15. Jahrhundert.") == ["14"]


def test_bare_year_and_count() -> None:
    assert values("Seit 2008 hat sich die Zahl verdoppelt.") == ["2008"]
    assert values("Es kamen 2000 Menschen.") == []


def test_count_before_the_year_it_counts_in_is_no_year() -> None:
    assert values("Davon starben 2000 im Jahr 2011.", MONDAY_MORNING) == ["2011"]


def test_number_at_the_start_of_a_measured_range_is_no_year() -> None:
    assert values("Der Bogen erreicht 2000 bis 3000 Grad.", MONDAY_MORNING) == []


def test_span_of_years_is_not_one_year() -> None:
    assert values("In der Saison 2007/08 wurde er Meister.") == []
    assert values("Er wurde Weltmeister (2005/2010).") == ["2005", "2010"]


def test_degree_word_between_preposition_and_easter_holiday() -> None:
    assert values("Bis spätestens Ostern soll das Gesetz stehen.") == ["2026-04-05"]


def test_holidays() -> None:
    assert values("Zu Weihnachten ruht die Arbeit.") == ["2025-12-25"]
    assert values("Nach Ostern soll das Gesetz kommen.") == ["2026-04-05"]


# -- durations, sets, vague references ---------------------------------------------------------
def test_duration_with_modifier() -> None:
    t = one("Er regiert seit mehr als 25 Jahren.")
    assert (t.text, t.type, t.value, t.mod) == ("mehr als 25 Jahren", "DURATION", "P25Y", "MORE_THAN")


def test_durations() -> None:
    assert values("Die Sitzung dauerte drei Stunden.") == ["PT3H"]
    assert values("Sie wartet seit Jahren.") == ["PXY"]
    t = one("Die Reise dauerte rund zwei Wochen.")
    assert (t.value, t.mod) == ("P2W", "APPROX")


def test_relative_stretch_of_years() -> None:
    assert values("In den vergangenen zwei Jahren stiegen die Mieten.") == ["P2Y"]
    assert values("In den vergangenen Jahren stiegen die Mieten.") == ["PXY"]


def test_range_of_durations_shares_the_unit() -> None:
    found = tag("Das Verfahren dauert sechs bis acht Monate.")
    assert [(t.text, t.value) for t in found] == [("sechs", "P6M"), ("acht Monate", "P8M")]


def test_number_instead_of_another_shares_the_unit() -> None:
    assert values("Die Firma wollte 50 statt 30 Jahre Laufzeit.", MONDAY_MORNING) == ["P50Y", "P30Y"]


def test_age_is_no_duration() -> None:
    assert values("Die beiden Männer sind 22 Jahre alt.") == []


def test_speed_per_hour_is_no_set() -> None:
    assert values("Der Sturm erreichte 150 Kilometer pro Stunde.") == []


def test_sets() -> None:
    t = one("Der Ausschuss tagt jeden Montag.")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-1")
    assert values("Die Zeitung erscheint täglich.") == ["P1D"]
    assert values("Der Markt ist montags geschlossen.") == ["XXXX-WXX-1"]
    assert values("Die Gruppe trifft sich einmal im Monat.") == ["P1M"]
    t = one("Die Beratung ist jeden dritten Mittwoch im Monat geöffnet.")
    assert (t.text, t.type, t.value) == ("jeden dritten Mittwoch im Monat", "SET", "P1M")


def test_every_so_many_units_is_a_set() -> None:
    t = one("Die Kommission tagt alle zwei Wochen.")
    assert (t.text, t.type, t.value) == ("alle zwei Wochen", "SET", "P2W")


def test_rate_after_an_amount_is_a_set() -> None:
    t = one("Er verdient weitere 400 Euro im Monat.")
    assert (t.text, t.type, t.value) == ("im Monat", "SET", "P1M")


def test_vague_references() -> None:
    assert values("Derzeit wird verhandelt.") == ["PRESENT_REF"]
    assert values("Damit er nicht in ein paar Jahren wiederkommt.") == ["FUTURE_REF"]
    assert values("Kürzlich wurde der Plan bekannt.") == ["PAST_REF"]
    assert values("Damals war alles anders.") == ["PAST_REF"]


def test_heute_with_knowing_is_the_present_age() -> None:
    assert values("Wie wir heute wissen, war die Brücke nie sicher.") == ["PRESENT_REF"]


def test_knowing_before_heute_is_the_present_age() -> None:
    assert values("Das weiß man heute besser als damals.") == ["PRESENT_REF", "PAST_REF"]


def test_heute_in_an_anniversary_subjunctive_stays_the_day() -> None:
    assert values("Heute wäre der Dichter hundert Jahre alt geworden.") == ["2025-12-01"]


# -- what is not a time expression -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Friedrich Merz sprach im Bundestag.",
        "Stefan Mai kritisierte den Plan.",
        "Die Gemeinde Ostern liegt am Fluss.",
        "Die Bauern, mit denen so viele sprachen, kamen.",
        "Mo und Fr sind zwei Kürzel.",
        "Er belegte den 3. Platz.",
        "Der Krieg muss so schnell wie möglich beendet werden.",
        "Es könnte eine entscheidende Woche werden.",
        "Die Sieger des Jahres feierten.",
    ],
)
def test_no_time_expression(text: str) -> None:
    assert tag(text) == []


# -- bad input ---------------------------------------------------------------------------------
def test_without_publication_date_relative_values_stay_relative() -> None:
    found = tag("Gestern tagte der Rat, am Dienstag der Senat, in der vergangenen Woche die Kammer.", None)
    assert [t.value for t in found] == ["XXXX-XX-XX", "XXXX-WXX-2", "XXXX-WXX"]


def test_without_publication_date_absolute_values_resolve() -> None:
    assert values("Am 3. März 2026 wird gewählt.", None) == ["2026-03-03"]
    assert values("Im März wird gewählt.", None) == ["XXXX-03"]


def test_impossible_date_is_not_a_date() -> None:
    assert values("Der Termin 31.02.2025 ist falsch.") == []
    assert values("Er kam am 30. Februar.") == []


def test_years_outside_1800_to_2200_are_no_years() -> None:
    assert values("Im Jahr 2500 und im Jahr 1750.") == []


def test_publication_day_is_read_in_its_own_time_zone() -> None:
    late_new_york = datetime(2025, 12, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert values("Gestern wurde gewählt.", late_new_york) == ["2025-11-30"]
    same_instant_utc = late_new_york.astimezone(UTC)
    assert values("Gestern wurde gewählt.", same_instant_utc) == ["2025-12-01"]


def test_reference_date_accepts_a_plain_date() -> None:
    assert reference_date(date(2025, 12, 1)) == date(2025, 12, 1)
    assert reference_date(None) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "„Unbalanced »quotes« ‚am Montag",
        "北京 2025年 周一 مرحبا 🙂🙂",
        "\x00\x01 am 3.",
        "1." * 5000,
        "Im Mai. " + "3., " * 3000,
        "a" * 100_000,
        "Am MİTTWOCH im JUNİ ſeit Jahren",
    ],
)
def test_bad_input_does_not_crash(text: str) -> None:
    for t in tag_text(text, MONDAY):
        assert text[t.start : t.end] == t.text


def test_huge_input_keeps_exact_offsets() -> None:
    text = "Am Dienstag soll die Runde tagen, am 3. März 2026 der Gipfel. " * 3000
    found = tag_text(text, MONDAY)
    assert len(found) == 6000
    assert all(text[t.start : t.end] == t.text for t in found)


# -- the spaCy component -----------------------------------------------------------------------
def test_component_writes_doc_timexes(nlp: Language) -> None:
    from lagebild.language.pipeline import make_doc

    article = Article(id="a1", text="Das Treffen soll am Dienstag stattfinden.", published=MONDAY)
    doc: Doc = nlp(make_doc(nlp, article))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Dienstag", "2025-12-02")]


def test_weekday_in_a_papers_name_is_no_date(nlp: Language) -> None:
    from lagebild.language.pipeline import make_doc

    text = "Das sagte er der „Welt am Sonntag“. Er reist am Sonntag ab."
    doc: Doc = nlp(make_doc(nlp, Article(id="a1", text=text, published=MONDAY)))
    assert [t.start for t in doc._.timexes] == [text.rindex("Sonntag")]


def test_component_and_records_pickle() -> None:
    import pickle

    tagger = pickle.loads(pickle.dumps(TimexTagger("de")))
    assert tagger.lang == "de"
    found = tag("Am Dienstag um 18 Uhr.")
    assert pickle.loads(pickle.dumps(found)) == found


def test_component_is_registered(nlp: Language) -> None:
    assert "lagebild_timex" in nlp.pipe_names
    assert nlp.pipe_names.index("lagebild_timex") > nlp.pipe_names.index("lagebild_layout")


@pytest.mark.shared
def test_seed_timeline_has_the_moscow_meeting_in_the_afternoon(nlp: Language, shared_dir: object) -> None:
    from pathlib import Path

    from lagebild.language.pipeline import make_doc

    text = (Path(str(shared_dir)) / "seeds" / "000_e268a12336e5f0d3.txt").read_text(encoding="utf-8")
    doc = nlp(make_doc(nlp, Article(id="seed", text=text, published=MONDAY)))
    by_text = {t.text: t.value for t in doc._.timexes}
    assert by_text["Dienstag"] == "2025-12-02"
    assert by_text["der zweiten Tageshälfte"] == "2025-12-02TAF"
    assert by_text["Sonntag"] == "2025-11-30"
    assert by_text["Freitag"] == "2025-11-28"


def test_perfekt_with_participle_the_model_misreads_points_back() -> None:
    from lagebild.pipeline import extract

    for text in [
        "Der Präsident hat am Dienstagabend den Gesandten im Palast empfangen.",
        "Die Ministerin ist am Dienstag in Dublin mit dem Premier zusammengetroffen.",
    ]:
        [t] = [x for x in extract(text, published="2025-12-03T09:00+01:00").timexes if "Dienstag" in x.text]
        assert t.value.startswith("2025-12-02"), (text, t.value)


def test_present_tense_after_a_bracketed_party_lies_ahead() -> None:
    from lagebild.pipeline import extract

    text = "Berlin, 12. Januar 2027 (AFP) – Außenminister Johann Wadephul (CDU) reist am Mittwoch nach China."
    [t] = [x for x in extract(text).timexes if x.text == "Mittwoch"]
    assert t.value == "2027-01-13"


def test_verb_under_a_modal_of_likelihood_looks_ahead() -> None:
    from lagebild.pipeline import extract

    text = "Der Nationalrat dürfte das Geschäft im März beraten."
    [t] = extract(text, published="2025-12-10T10:00+01:00").timexes
    assert t.value == "2026-03"


def test_strong_past_the_model_reads_as_present_points_back() -> None:
    from lagebild.pipeline import extract

    # The model tags "starben" Tense=Pres; the dictionary lemma "sterben" shows the past stem.
    text = "Bei dem Brand starben am Sonntag zwei Menschen."
    [t] = extract(text, published="2025-12-03T09:00+01:00").timexes
    assert t.value == "2025-11-30"


def test_course_of_the_week_is_the_current_week() -> None:
    assert values("Die Berater sollen im Laufe der Woche eintreffen.") == ["2025-W49"]


def test_course_of_the_month_is_the_current_month() -> None:
    assert values("Im Laufe des Monats soll der Bericht erscheinen.") == ["2025-12"]


def test_weekday_of_next_week_is_in_next_week() -> None:
    # Monday 1 December: "Dienstag nächster Woche" is 9 December, not the coming Tuesday.
    assert values("Das Treffen soll am Dienstag nächster Woche stattfinden.") == ["2025-12-09"]


def test_weekday_of_last_week_is_in_last_week() -> None:
    assert values("Am Freitag vergangener Woche hatte er abgesagt.") == ["2025-11-28"]


def test_weekday_of_the_coming_week_with_article() -> None:
    assert values("Die Abstimmung ist für Donnerstag der kommenden Woche angesetzt.") == ["2025-12-11"]


def test_perfekt_after_a_wire_dateline_points_back() -> None:
    from lagebild.pipeline import extract

    text = "Moskau (Reuters) - Peskow hat am Sonntagabend Berichte über ein geplantes Treffen dementiert.\n"
    [t] = extract(text, published="2025-11-24T09:00+01:00").timexes
    assert t.value == "2025-11-23TEV"


def test_announced_zu_infinitive_looks_forward() -> None:
    from lagebild.pipeline import extract

    text = "Der Minister kündigte an, am Mittwoch mit der Ministerin zu beraten.\n"
    [t] = extract(text, published="2026-02-02T10:00+01:00").timexes
    assert t.value == "2026-02-04"


def test_tried_zu_infinitive_keeps_the_past() -> None:
    from lagebild.pipeline import extract

    text = "Er hatte versucht, am Mittwoch anzurufen.\n"
    [t] = extract(text, published="2026-02-02T10:00+01:00").timexes
    assert t.value == "2026-01-28"


def test_former_office_is_no_time_reference() -> None:
    assert values("Der frühere Verteidigungsminister trat zurück.") == []


def test_days_ago_is_a_date_with_its_preposition() -> None:
    t = one("Er wurde vor drei Tagen entlassen.")
    assert (t.text, t.type, t.value) == ("vor drei Tagen", "DATE", "2025-11-28")


def test_weeks_from_now_is_the_week() -> None:
    assert values("In zwei Wochen beginnt der Gipfel.") == ["2025-W51"]


def test_years_ahead_in_a_future_clause_is_the_year() -> None:
    assert values("Das Gesetz soll in zwei Jahren in Kraft treten.") == ["2027"]


def test_years_ago_are_a_year_with_the_preposition() -> None:
    t = one("Vor 90 Jahren wurde die Stadt gegründet.")
    assert (t.text, t.type, t.value) == ("Vor 90 Jahren", "DATE", "1935")


def test_months_ago_are_a_month() -> None:
    assert values("Vor drei Monaten trat er zurück.") == ["2025-09"]


def test_since_a_month_looks_back_past_a_focus_adverb() -> None:
    assert values("Spätestens seit Oktober weiß man es besser.", datetime(2026, 2, 6, tzinfo=CET)) == ["2025-10"]


def test_planned_for_a_weekday_looks_ahead() -> None:
    assert values("Die Rückkehr ist für Donnerstag geplant.") == ["2025-12-04"]


def test_konjunktiv_ii_of_werden_looks_ahead() -> None:
    text = "Die Minister würden sich Ende März erneut treffen."
    assert values(text, datetime(2026, 2, 14, tzinfo=CET)) == ["2026-03"]


def test_swiss_edge_of_month_without_article() -> None:
    assert values("Die Gespräche sollen bis Ende Monat abgeschlossen sein.") == ["2025-12"]


def test_clock_time_takes_the_day_later_in_its_sentence() -> None:
    text = "Es war schon nach 21 Uhr, als Klingbeil am Donnerstagabend ans Rednerpult trat."
    assert values(text, datetime(2025, 11, 28, 7, 30, tzinfo=CET)) == ["2025-11-27T21:00", "2025-11-27TEV"]


def test_part_of_day_in_a_past_clause_takes_no_day_to_come() -> None:
    text = "Der Landtag tritt am 5. Mai zusammen. Merz gratulierte Hagel am Abend telefonisch."
    assert values(text, datetime(2026, 3, 8, 22, 45, tzinfo=CET)) == ["2026-05-05", "2026-03-08TEV"]


def test_stretch_in_a_clause_that_looks_back_is_no_date() -> None:
    t = one("Die Zahl hat sich in zwei Wochen verdoppelt.")
    assert (t.type, t.value) == ("DURATION", "P2W")


def test_day_a_stretch_started_on_is_no_anchor_for_the_day_before() -> None:
    found = tag(
        "Sybiha ist seit Montag in Brüssel. Witkoff hatte am Vortag Putin getroffen.", MONDAY + timedelta(days=2)
    )
    assert [t.value for t in found] == ["2025-12-01", "2025-12-02"]


def test_day_before_in_a_past_clause_counts_from_no_day_to_come() -> None:
    text = "Ein Treffen soll am Donnerstag stattfinden. Keil hatte noch am Vortag erklärt, er wolle nicht."
    found = tag(text, datetime(2025, 11, 24, 14, tzinfo=CET))
    assert [t.value for t in found] == ["2025-11-27", "2025-11-23"]


def test_weeks_ago_are_the_week() -> None:
    assert values("Vor einer Woche hatten Umfragen die Partei vorn gesehen.") == ["2025-W48"]


def test_time_inside_a_quotation_keeps_the_speakers_perspective() -> None:
    text = 'Sein Land brauche "Luftabwehr jetzt, nicht erst im Herbst", sagte er.'
    assert values(text, datetime(2026, 4, 20, 12, tzinfo=CET))[-1] == "2026-FA"


def test_eve_is_the_evening_before_the_date_last_mentioned() -> None:
    assert values("Am Montag kam Witkoff an. Am Vorabend hatte er in Doha beraten.") == ["2025-12-01", "2025-11-30TEV"]


def test_month_after_fuer_is_a_month() -> None:
    assert values("Das nächste Treffen ist für März geplant.") == ["2026-03"]


def test_night_between_two_written_days_is_the_night_of_the_first() -> None:
    (t,) = tag("In der Nacht vom 18. auf den 19. Dezember tagt der Ausschuss.")
    assert (t.text, t.value) == ("Nacht vom 18. auf den 19. Dezember", "2025-12-18TNI")


def test_week_after_next_and_week_before_last() -> None:
    assert values("Der Rat befasst sich übernächste Woche damit.") == ["2025-W51"]
    assert values("Vorletzte Woche war es ruhig.") == ["2025-W47"]


def test_swiss_anfangs_is_the_start_of_a_period() -> None:
    t = one("Anfangs Dezember wird gewählt.")
    assert (t.value, t.mod) == ("2025-12", "START")
    t = one("Seit anfangs Jahr gilt die Regel.")
    assert (t.value, t.mod) == ("2025", "START")


def test_focus_particle_before_a_preposition_and_article_is_no_past_cue() -> None:
    # "bereits in der Nacht zu Donnerstag" is "as early as", the future auxiliary decides.
    assert values("Der Ausschuss wird bereits in der Nacht zu Donnerstag tagen.") == ["2025-12-03TNI"]


def test_year_of_a_goal_is_not_the_year_a_look_back_starts_in() -> None:
    text = "Die Schulden sollen bis Mitte 2027 sinken. Seit Anfang des Jahres seien die Einnahmen gestiegen."
    assert values(text) == ["2027", "2025"]


def test_present_plural_shaped_like_a_participle_without_an_auxiliary_looks_ahead(nlp: Language) -> None:
    from lagebild.pipeline import extract

    found = extract("Am Montag beraten die Außenminister in Brüssel.", published="2025-12-14T12:00+01:00").timexes
    assert [t.value for t in found] == ["2025-12-15"]


def test_time_dating_the_noun_of_a_seit_phrase_lies_behind() -> None:
    assert values("Es ist ihr zweiter Besuch seit ihrem Amtsantritt im März.") == ["2025-03"]


def test_new_year_is_the_year_to_come() -> None:
    assert values("Die Koalition werde im neuen Jahr eine Lösung finden.") == ["2026"]


def test_new_year_early_in_a_year_is_the_year_just_begun() -> None:
    assert values("Im neuen Jahr soll alles besser werden.", datetime(2026, 1, 10, 12, tzinfo=CET)) == ["2026"]


def test_turn_of_the_year_is_new_years_day() -> None:
    assert values("Zum Jahreswechsel tritt das Gesetz in Kraft.") == ["2026-01-01"]


def test_course_of_the_day_is_the_publication_day() -> None:
    assert values("Im Laufe des Tages wird eine Erklärung erwartet.") == ["2025-12-01"]


def test_course_of_the_day_in_a_look_back_is_the_day_told() -> None:
    text = "Am Samstag demonstrierten Tausende. Im Laufe des Tages kam es zu Zusammenstößen."
    assert values(text) == ["2025-11-29", "2025-11-29"]


def test_weekday_a_thing_is_set_for_lies_ahead() -> None:
    # "angesetzt" after "ist" reads as a Perfekt; "für" puts the day on the schedule.
    assert values("Die nächste Runde ist für Donnerstag angesetzt.") == ["2025-12-04"]


def test_season_after_a_conditional_of_koennen_lies_ahead(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = "Der Prozess könnte im Frühjahr beginnen."
    assert [t.value for t in extract(text, MONDAY).timexes] == ["2026-SP"]


def test_date_a_thing_is_set_for_lies_ahead_unless_the_clause_tells_of_the_past() -> None:
    assert values("Neuwahlen sind für den 29. Oktober geplant.") == ["2026-10-29"]
    assert values("Die für den 20. November geplante Sitzung fiel aus.") == ["2025-11-20"]


def test_day_a_thing_is_put_off_to_lies_ahead_though_told_in_the_past() -> None:
    wednesday = datetime(2025, 12, 3, 10, 0, tzinfo=CET)
    assert values("Die Beratungen wurden auf Januar vertagt.", wednesday) == ["2026-01"]
    assert values("Die Sitzung wurde auf Montag verschoben.", wednesday) == ["2025-12-08"]


def test_night_before_a_date_is_no_day_put_off_to() -> None:
    assert values("Doch in der Nacht auf den 28. Juli verschwand er.")[-1] == "2025-07-28"


def test_rule_words_match_in_plain_letters_too() -> None:
    assert values("Trump hat ihn fuer uebernaechste Woche eingeladen.") == ["2025-W51"]
    assert values("Ein weiteres Treffen ist fuer Januar geplant.") == ["2026-01"]


def test_month_one_is_invited_for_lies_ahead_whatever_the_tense() -> None:
    assert values("Trump hat Xi für April nach Washington eingeladen.") == ["2026-04"]
    assert values("Die Zahlen für April hatte das Amt vorgelegt.") == ["2025-04"]


def test_day_set_now_lies_ahead_whatever_the_participle_looks_like(nlp: Language) -> None:
    from lagebild.pipeline import extract

    # The tagger reads "sind … angesetzt" as a Perfekt; the present copula tells a schedule.
    (t,) = extract("Neuwahlen sind für den 29. Oktober angesetzt.", MONDAY).timexes
    assert t.value == "2026-10-29"
