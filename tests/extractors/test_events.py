"""Events within one article, each rule on a short sentence of our own.

Most tests set ``doc._.entities`` and ``doc._.timexes`` themselves, so that they test the event logic
alone, whatever the actors and time components find; a few go through the whole pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from lagebild.extractors import entities as entities_module
from lagebild.extractors.events import extract_events
from lagebild.ingest import article_from_text
from lagebild.language.pipeline import LAGEBILD_PIPES, make_doc
from lagebild.records import Article, Entity, Event, Role, Span, Timex

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module", params=["shipped", "blank"])
def pipeline(request: pytest.FixtureRequest, nlp: Language) -> Language:
    """Every rule must hold with the trained model (POS, morphology, parser) and without it."""
    if request.param == "shipped":
        return nlp
    blank = spacy.blank("de")
    blank.add_pipe("lagebild_layout_v1", name="lagebild_layout", first=True)
    for name, factory in LAGEBILD_PIPES:
        blank.add_pipe(factory, name=name)
    return blank


PUBLISHED = datetime(2025, 12, 1, 16, 0, tzinfo=BERLIN)  # a Monday

Names = dict[str, tuple[str, Iterable[str]]]


def _doc(nlp: Language, text: str, names: Names | None = None, timexes: Iterable[tuple[str, str]] = ()) -> Doc:
    """A Doc through layout and the model, with entities/timexes located by string search in ``text``."""
    article = article_from_text(text, published=PUBLISHED, article_id="t")
    doc = make_doc(nlp, article)
    own = {"lagebild_entities", "lagebild_timex", "lagebild_quotes", "lagebild_events"}
    for name, proc in nlp.pipeline:
        # The statistical model and layout run; what events reads from colleagues is set below.
        if name not in own:
            doc = proc(doc)
    taken: list[tuple[int, int]] = []
    entities = []
    forms = sorted(
        ((form, name, etype) for name, (etype, fs) in (names or {}).items() for form in [name, *fs]),
        key=lambda f: -len(f[0]),
    )
    by_name: dict[str, Entity] = {}
    for form, name, etype in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            ent = by_name.setdefault(name, Entity(name, etype))  # type: ignore[arg-type]
            ent.mentions.append(Span(m.start(), m.end(), m.group()))
    entities = list(by_name.values())
    doc._.entities = entities
    recs = []
    for surface, value in timexes:
        start = text.index(surface)
        ttype = "TIME" if "T" in value[4:] else "DATE"
        recs.append(Timex(surface, start, start + len(surface), ttype, value))  # type: ignore[arg-type]
    doc._.timexes = recs
    return doc


def _events(
    nlp: Language, text: str, names: Names | None = None, timexes: Iterable[tuple[str, str]] = ()
) -> list[Event]:
    return extract_events(_doc(nlp, text, names, timexes))


PUTIN: Names = {"Wladimir Putin": ("PER", ["Putin"]), "Steve Witkoff": ("PER", ["Witkoff"])}


def test_modal_verb_trigger_is_a_planned_meeting_with_subject_and_object(pipeline: Language) -> None:
    evs = _events(
        pipeline, "Am Donnerstag soll Putin den Gesandten Witkoff treffen.", PUTIN, [("Donnerstag", "2025-12-04")]
    )
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.status, ev.date) == ("meeting", "planned", "2025-12-04")
    assert set(ev.participants) == {"Wladimir Putin", "Steve Witkoff"}


def test_future_auxiliary_makes_a_meeting_planned(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Putin wird Witkoff in Sankt Petersburg treffen.", PUTIN)
    assert ev.status == "planned"


def test_past_tense_verb_is_a_happened_meeting_with_place(pipeline: Language) -> None:
    names: Names = {"Olaf Scholz": ("PER", ["Scholz"]), "Giorgia Meloni": ("PER", ["Meloni"]), "Rom": ("LOC", [])}
    (ev,) = _events(pipeline, "Scholz traf Meloni in Rom.", names)
    assert (ev.type, ev.status, ev.place) == ("meeting", "happened", "Rom")
    assert ev.participants == ["Olaf Scholz", "Giorgia Meloni"]


def test_encounter_reading_of_treffen_is_no_meeting(pipeline: Language) -> None:
    names: Names = {"Annalena Baerbock": ("PER", ["Baerbock"])}
    assert _events(pipeline, "Baerbock trifft auf Widerstand in der eigenen Partei.", names) == []


def test_separable_particle_resignation(pipeline: Language) -> None:
    names: Names = {"Christine Lambrecht": ("PER", ["Lambrecht"])}
    (ev,) = _events(pipeline, "Lambrecht trat am Montag überraschend zurück.", names, [("Montag", "2025-12-01")])
    assert (ev.type, ev.status, ev.date, ev.participants) == (
        "resignation",
        "happened",
        "2025-12-01",
        ["Christine Lambrecht"],
    )


def test_stem_without_its_particle_is_no_resignation(pipeline: Language) -> None:
    names: Names = {"Christine Lambrecht": ("PER", ["Lambrecht"])}
    assert _events(pipeline, "Lambrecht trat am Abend vor die Presse.", names) == []


def test_treffen_with_the_particle_ein_is_an_arrival_not_a_meeting(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Kiew": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz traf am Montag in Kiew ein.", names, [("Montag", "2025-12-01")])
    assert (ev.type, ev.place, ev.date, ev.participants) == ("travel", "Kiew", "2025-12-01", ["Friedrich Merz"])


def test_arrival_participle_is_travel(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Kiew": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz ist am Montag in Kiew eingetroffen.", names, [("Montag", "2025-12-01")])
    assert (ev.type, ev.status, ev.place) == ("travel", "happened", "Kiew")


def test_article_ein_is_no_separated_particle(pipeline: Language) -> None:
    names: Names = {"Wladimir Putin": ("PER", ["Putin"]), "Steve Witkoff": ("PER", ["Witkoff"])}
    (ev,) = _events(pipeline, "Putin traf Witkoff und ein Dutzend Berater.", names)
    assert ev.type == "meeting"


def test_phrase_of_a_time_expression_is_no_participant(pipeline: Language) -> None:
    (ev,) = _events(
        pipeline, "Zwei Berater sollen im Laufe der Woche eintreffen.", timexes=[("Laufe der Woche", "2025-W49")]
    )
    assert (ev.type, ev.participants, ev.date) == ("travel", ["Zwei Berater"], "2025-W49")


def test_name_after_a_time_expression_is_the_object(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Putin traf am Dienstag Witkoff.", PUTIN, [("Dienstag", "2025-12-02")])
    assert (ev.type, ev.participants) == ("meeting", ["Wladimir Putin", "Steve Witkoff"])


def test_organisation_named_after_its_building_is_the_venue(pipeline: Language) -> None:
    names: Names = {**PUTIN, "Kreml": ("ORG", [])}
    (ev,) = _events(pipeline, "Putin empfing Witkoff im Kreml.", names)
    # The city, as other reports of the meeting name it; the span shows the building.
    assert (ev.type, ev.place) == ("meeting", "Moskau")
    assert ev.place_span is not None and ev.place_span.text == "Kreml"


def test_other_organisation_after_in_is_no_place(pipeline: Language) -> None:
    names: Names = {**PUTIN, "Gazprom": ("ORG", [])}
    (ev,) = _events(pipeline, "Putin empfing Witkoff bei Gazprom.", names)
    assert ev.place is None


def test_wo_clause_meets_at_the_place_and_on_the_date_of_the_clause_before(pipeline: Language) -> None:
    names: Names = {"Johann Wadephul": ("PER", ["Wadephul"]), "Kaja Kallas": ("PER", []), "Brüssel": ("LOC", [])}
    text = "Wadephul reist am Mittwoch nach Brüssel, wo er Kaja Kallas treffen soll."
    evs = {ev.type: ev for ev in _events(pipeline, text, names, [("Mittwoch", "2025-12-03")])}
    assert (evs["meeting"].place, evs["meeting"].date) == ("Brüssel", "2025-12-03")
    assert "Kaja Kallas" in evs["meeting"].participants


def test_wo_clause_keeps_its_own_date(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Wolodymyr Selenskyj": ("PER", ["Selenskyj"])}
    names["Kiew"] = ("LOC", [])
    text = "Merz reiste am Montag nach Kiew, wo er am Freitag Selenskyj traf."
    evs = {ev.type: ev for ev in _events(pipeline, text, names, [("Montag", "2025-12-01"), ("Freitag", "2025-11-28")])}
    assert (evs["meeting"].place, evs["meeting"].date) == ("Kiew", "2025-11-28")


MERZ: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Wolodymyr Selenskyj": ("PER", ["Selenskyj"])}


def test_sprechen_with_a_named_partner_is_talks(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Merz will am Dienstag mit Selenskyj sprechen.", MERZ, [("Dienstag", "2025-12-02")])
    assert (ev.type, ev.status, ev.participants) == ("talks", "planned", ["Friedrich Merz", "Wolodymyr Selenskyj"])


def test_sprechen_without_a_named_partner_is_no_event(pipeline: Language) -> None:
    assert _events(pipeline, "Merz sprach von einem Erfolg.", MERZ) == []
    assert _events(pipeline, "Selenskyj sprach mit Journalisten über die Lage.", MERZ) == []


def test_sprechen_with_family_is_no_talks(pipeline: Language) -> None:
    names: Names = {**MERZ, "Charlotte Merz": ("PER", [])}
    assert _events(pipeline, "Merz sprach mit seiner Frau Charlotte Merz.", names) == []


def test_dort_takes_the_place_named_just_before(pipeline: Language) -> None:
    names: Names = {**MERZ, "Kiew": ("LOC", [])}
    text = "Merz ist in Kiew eingetroffen. Dort will er mit Selenskyj sprechen."
    evs = {ev.type: ev for ev in _events(pipeline, text, names)}
    assert evs["talks"].place == "Kiew"


def test_dort_takes_the_date_of_the_clause_naming_the_place(pipeline: Language) -> None:
    text = "Merz ist am Montag nach Rom gereist. Dort traf er Macron."
    evs = {ev.type: ev for ev in _events(pipeline, text, ROME, [("Montag", "2025-12-01")])}
    assert (evs["meeting"].place, evs["meeting"].date) == ("Rom", "2025-12-01")


def test_dort_keeps_a_date_of_its_own(pipeline: Language) -> None:
    text = "Merz ist am Montag nach Rom gereist. Dort traf er am Dienstag Macron."
    evs = {ev.type: ev for ev in _events(pipeline, text, ROME, [("Montag", "2025-12-01"), ("Dienstag", "2025-12-02")])}
    assert (evs["meeting"].place, evs["meeting"].date) == ("Rom", "2025-12-02")


def test_dort_without_a_place_before_gives_none(pipeline: Language) -> None:
    names: Names = {**MERZ, "Frankreich": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz lobte Frankreich. Dort sprach er mit Selenskyj.", names)
    assert ev.place is None


ROME: Names = {
    "Friedrich Merz": ("PER", ["Merz"]),
    "Emmanuel Macron": ("PER", ["Macron"]),
    "Rom": ("LOC", []),
    "Paris": ("LOC", []),
}


def test_second_of_two_coordinated_verbs_keeps_its_own_date_and_shares_the_subject(pipeline: Language) -> None:
    text = "Merz traf Macron und reiste am Montag nach Rom weiter."
    evs = {ev.type: ev for ev in _events(pipeline, text, ROME, [("Montag", "2025-12-01")])}
    assert (evs["meeting"].date, evs["meeting"].participants) == (None, ["Friedrich Merz", "Emmanuel Macron"])
    assert (evs["travel"].date, evs["travel"].place, evs["travel"].participants) == (
        "2025-12-01",
        "Rom",
        ["Friedrich Merz"],
    )


def test_coordinated_verb_after_a_comma_shares_the_main_clause_subject(pipeline: Language) -> None:
    text = "Merz war in Paris, wo er Macron traf, und reiste am Montag weiter."
    evs = {ev.type: ev for ev in _events(pipeline, text, ROME, [("Montag", "2025-12-01")])}
    assert (evs["travel"].participants, evs["travel"].date) == (["Friedrich Merz"], "2025-12-01")


def test_coordinated_names_stay_one_clause(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Merz und Macron trafen sich am Montag in Paris.", ROME, [("Montag", "2025-12-01")])
    assert (ev.participants, ev.date, ev.place) == (["Friedrich Merz", "Emmanuel Macron"], "2025-12-01", "Paris")


def test_bracketed_party_after_the_subject_keeps_the_clause_whole(pipeline: Language) -> None:
    names: Names = {**ROME, "CDU": ("ORG", [])}
    (ev,) = _events(pipeline, "Merz (CDU) ist am Montag nach Rom gereist.", names, [("Montag", "2025-12-01")])
    assert (ev.type, ev.participants, ev.place, ev.date) == ("travel", ["Friedrich Merz"], "Rom", "2025-12-01")


def test_bracketed_aside_with_a_verb_still_separates(pipeline: Language) -> None:
    # The relative clause inside the brackets has a verb: Macron, not Merz, came from Rome.
    (ev,) = _events(pipeline, "Merz traf Macron (der aus Rom kam) in Paris.", ROME)
    assert (ev.type, ev.participants, ev.place) == ("meeting", ["Friedrich Merz", "Emmanuel Macron"], "Paris")


def test_subject_after_a_fronted_call_with_a_partner_took_part(pipeline: Language) -> None:
    names: Names = {**ROME, "Wolodymyr Selenskyj": ("PER", ["Selenskyj"])}
    text = "Nach einem Telefonat mit Selenskyj sagte Merz, man stehe an der Seite der Ukraine."
    (ev,) = _events(pipeline, text, names)
    assert (ev.type, ev.participants) == ("call", ["Friedrich Merz", "Wolodymyr Selenskyj"])


def test_subject_after_a_fronted_meeting_of_others_takes_no_part(pipeline: Language) -> None:
    names: Names = {**ROME, "Dmitri Peskow": ("PER", ["Peskow"]), "Olaf Scholz": ("PER", ["Scholz"])}
    (ev,) = _events(pipeline, "Nach einem Treffen von Macron und Scholz sagte Peskow, das sei unwichtig.", names)
    assert ev.participants == ["Emmanuel Macron", "Olaf Scholz"]


def test_verb_before_a_role_and_name_is_no_attributive_adjective() -> None:
    from lagebild.pipeline import extract

    text = "Am Montag telefonierte Präsident Wladimir Putin mit Xi Jinping."
    (ev,) = extract(text, published="2025-12-01T16:00+01:00").events
    assert (ev.type, ev.participants, ev.date) == ("call", ["Wladimir Putin", "Xi Jinping"], "2025-12-01")


def test_days_ago_date_the_happening_from_the_publication_day() -> None:
    from lagebild.pipeline import extract

    (ev,) = extract("Merz traf Macron vor drei Tagen in Paris.", published="2025-12-03T10:00+01:00").events
    assert (ev.date, ev.status) == ("2025-11-30", "happened")
    assert ev.date_span is not None and ev.date_span.text == "vor drei Tagen"


def test_weeks_ahead_date_the_happening_to_the_week() -> None:
    from lagebild.pipeline import extract

    (ev,) = extract("Merz will Macron in zwei Wochen in Paris treffen.", published="2025-12-03T10:00+01:00").events
    assert (ev.date, ev.status) == ("2025-W51", "planned")


def test_vague_or_qualified_durations_give_no_date() -> None:
    from lagebild.pipeline import extract

    for text in ["Merz traf Macron vor wenigen Tagen in Paris.", "Merz traf Macron vor mehr als einem Jahr in Paris."]:
        (ev,) = extract(text, published="2025-12-03T10:00+01:00").events
        assert ev.date is None, text


def test_subject_before_an_embedded_relative_clause_resigns(pipeline: Language) -> None:
    names: Names = {"Markus Söder": ("PER", ["Söder"])}
    (ev,) = _events(pipeline, "Der Sprecher von Söder, der die Kampagne geplant hatte, trat gestern zurück.", names)
    assert ev.type == "resignation"
    assert ev.participants == ["Sprecher von Söder"]


def test_passive_dismissal_of_an_unnamed_group(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Der Skandal weitete sich aus, drei Staatssekretäre wurden entlassen.")
    assert (ev.type, ev.status, ev.participants) == ("dismissal", "happened", ["drei Staatssekretäre"])


def test_appointment_by_participle(pipeline: Language) -> None:
    names: Names = {"Katherina Reiche": ("PER", ["Reiche"])}
    (ev,) = _events(pipeline, "Reiche wurde zur Wirtschaftsministerin ernannt.", names)
    assert (ev.type, ev.status) == ("appointment", "happened")


def test_participants_from_zwischen_x_und_y(pipeline: Language) -> None:
    names: Names = {"Armenien": ("LOC", []), "Aserbaidschan": ("LOC", []), "Washington": ("LOC", [])}
    (ev,) = _events(pipeline, "Verhandlungen zwischen Armenien und Aserbaidschan gab es in Washington.", names)
    assert ev.type == "talks"
    assert ev.participants == ["Armenien", "Aserbaidschan"]
    assert ev.place == "Washington"


def test_participants_from_mit_x(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"])}
    (ev,) = _events(pipeline, "Merz telefonierte am Sonntag mit Macron.", names, [("Sonntag", "2025-11-30")])
    assert (ev.type, ev.date, ev.status) == ("call", "2025-11-30", "happened")
    assert set(ev.participants) == {"Friedrich Merz", "Emmanuel Macron"}


def test_genitive_group_after_a_noun_trigger(pipeline: Language) -> None:
    (ev,) = _events(
        pipeline, "Vor einem Treffen der EU-Agrarminister am Montag gab es Proteste.", None, [("Montag", "2025-12-01")]
    )
    assert (ev.type, ev.participants, ev.date) == ("meeting", ["EU-Agrarminister"], "2025-12-01")


def test_light_verb_subject_takes_part_in_noun_trigger(pipeline: Language) -> None:
    names: Names = {"Marco Rubio": ("PER", ["Rubio"])}
    (ev,) = _events(pipeline, "Rubio leitete die Gespräche in Genf.", names)
    assert ev.type == "talks"
    assert ev.participants == ["Marco Rubio"]


def test_teilnehmen_sentence_adds_participants_to_the_happening_before(pipeline: Language) -> None:
    names: Names = {
        "Kanada": ("LOC", []),
        "Mexiko": ("LOC", []),
        "Mark Carney": ("PER", ["Carney"]),
        "Claudia Sheinbaum": ("PER", ["Sheinbaum"]),
    }
    text = "Gespräche zwischen Kanada und Mexiko gab es am Sonntag. Daran nahmen Carney und Sheinbaum teil."
    (ev,) = _events(pipeline, text, names, [("Sonntag", "2025-11-30")])
    assert ev.participants == ["Kanada", "Mexiko", "Mark Carney", "Claudia Sheinbaum"]


def test_relation_target_of_a_role_is_no_participant(pipeline: Language) -> None:
    names: Names = {
        "Thorsten Frei": ("PER", ["Frei"]),
        "Friedrich Merz": ("PER", ["Merz"]),
        "Paris": ("LOC", []),
    }
    (ev,) = _events(pipeline, "Frei reist im Auftrag von Kanzler Merz nach Paris.", names)
    assert (ev.type, ev.participants, ev.place, ev.status) == ("travel", ["Thorsten Frei"], "Paris", "ongoing")


def test_apposition_after_a_role_with_relation_still_takes_part(pipeline: Language) -> None:
    names: Names = {
        "Steve Witkoff": ("PER", ["Witkoff"]),
        "Donald Trump": ("PER", ["Trump"]),
        "Jared Kushner": ("PER", ["Kushner"]),
    }
    text = (
        "Die Gespräche fanden in Genf statt. Daran nahm neben Witkoff auch der Schwiegersohn von Trump, Kushner, teil."
    )
    evs = _events(pipeline, text, names)
    assert len(evs) == 1
    assert evs[0].participants == ["Steve Witkoff", "Jared Kushner"]


def test_travel_place_is_the_destination_not_the_origin(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Berlin": ("LOC", []), "Irland": ("LOC", [])}
    (ev,) = _events(pipeline, "Selenskyj reist von Berlin nach Irland weiter.", names)
    assert (ev.type, ev.place, ev.status) == ("travel", "Irland", "ongoing")


def test_place_after_in_der_naehe_von(pipeline: Language) -> None:
    names: Names = {"Marco Rubio": ("PER", ["Rubio"]), "Andrij Jermak": ("PER", ["Jermak"]), "Genf": ("LOC", [])}
    (ev,) = _events(pipeline, "Rubio traf Jermak in der Nähe von Genf.", names)
    assert ev.place == "Genf"


def test_place_without_entity_types_is_a_capitalised_word_after_in(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Zwei Unterhändler reisten nach Doha.")
    assert ev.place == "Doha"
    assert ev.participants == ["Zwei Unterhändler"]


def test_idiom_after_nach_is_no_place(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Nach Angaben der Regierung wurden zwei Minister entlassen.")
    assert ev.place is None


def test_date_comes_from_the_clause_of_the_trigger(pipeline: Language) -> None:
    names: Names = {"Kaja Kallas": ("PER", ["Kallas"]), "Marco Rubio": ("PER", ["Rubio"])}
    text = "Kallas kritisierte am Freitag die Lage, später traf sie Rubio."
    evs = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert len(evs) == 1
    assert evs[0].date is None


def test_time_value_gives_its_day_as_the_date(pipeline: Language) -> None:
    (ev,) = _events(
        pipeline, "Das Treffen der Außenminister soll am Abend beginnen.", None, [("am Abend", "2025-12-01TEV")]
    )
    assert ev.date == "2025-12-01"


def test_dann_takes_the_date_named_before(pipeline: Language) -> None:
    text = "Am Mittwoch beginnt der Gipfel. Dann will Putin Witkoff treffen."
    (ev,) = _events(pipeline, text, PUTIN, [("Am Mittwoch", "2025-12-03")])
    assert (ev.date, ev.status) == ("2025-12-03", "planned")


def test_bereits_makes_it_happened(pipeline: Language) -> None:
    names: Names = {
        "Ursula von der Leyen": ("PER", ["von der Leyen", "Von der Leyen"]),
        "Mark Rutte": ("PER", ["Rutte"]),
    }
    (ev,) = _events(pipeline, "Von der Leyen und Rutte haben bereits ein Telefonat geführt.", names)
    assert (ev.type, ev.status) == ("call", "happened")
    assert set(ev.participants) == {"Ursula von der Leyen", "Mark Rutte"}


def test_present_tense_with_a_future_date_is_planned(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Putin trifft am Freitag Witkoff.", PUTIN, [("am Freitag", "2025-12-05")])
    assert ev.status == "planned"


def test_present_tense_with_a_past_date_is_happened(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Am Samstag trifft Putin Witkoff.", PUTIN, [("Am Samstag", "2025-11-29")])
    assert ev.status == "happened"


def test_teaser_body_and_definite_noun_are_one_event(pipeline: Language) -> None:
    names = {**PUTIN, "Moskau": ("LOC", [])}
    text = (
        "Morgen wird in Moskau verhandelt. Dann soll Putin Witkoff treffen.\n"
        "Das Treffen, auf das viele warten, soll am Dienstag in Moskau stattfinden. "
        "Putin wird Witkoff dann treffen. Das Gespräch werde am Nachmittag stattfinden."
    )
    timexes = [("Morgen", "2025-12-02"), ("am Dienstag", "2025-12-02"), ("am Nachmittag", "2025-12-02TAF")]
    evs = _events(pipeline, text, names, timexes)
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.place, ev.date, ev.status) == ("meeting", "Moskau", "2025-12-02", "planned")
    assert [m.text for m in ev.mentions] == ["treffen", "Treffen", "treffen", "Gespräch"]


def test_definite_noun_skips_an_event_on_another_date(pipeline: Language) -> None:
    names: Names = {**PUTIN, "Kaja Kallas": ("PER", ["Kallas"]), "Marco Rubio": ("PER", ["Rubio"])}
    text = (
        "Putin soll Witkoff am Dienstag treffen. Kallas traf Rubio am Montag. Das Treffen soll am Dienstag stattfinden."
    )
    timexes = [("am Dienstag", "2025-12-02"), ("am Montag", "2025-12-01")]
    evs = _events(pipeline, text, names, timexes)
    assert len(evs) == 2
    assert [m.text for m in evs[0].mentions] == ["treffen", "Treffen"]


def test_same_people_on_another_date_are_two_events(pipeline: Language) -> None:
    text = "Putin traf Witkoff am Montag. Putin traf Witkoff auch am Freitag."
    evs = _events(pipeline, text, PUTIN, [("am Montag", "2025-11-24"), ("am Freitag", "2025-11-28")])
    assert [e.date for e in evs] == ["2025-11-24", "2025-11-28"]


def test_visit_noun_in_the_travel_sentence_is_the_same_trip(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Irland": ("LOC", [])}
    (ev,) = _events(pipeline, "Selenskyj reist nach Irland – zu seinem ersten Besuch dort.", names)
    assert [m.text for m in ev.mentions] == ["reist", "Besuch"]


def test_format_noun_gives_the_type_of_a_generic_talks_verb(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Keir Starmer": ("PER", ["Starmer"])}
    (ev,) = _events(pipeline, "In einer Videoschalte wurde mit Merz und Starmer über die Lage beraten.", names)
    assert ev.type == "call"
    assert ev.participants == ["Friedrich Merz", "Keir Starmer"]


def test_compound_head_is_a_trigger(pipeline: Language) -> None:
    names: Names = {"Israel": ("LOC", []), "Hamas": ("ORG", [])}
    (ev,) = _events(pipeline, "Die Waffenstillstandsverhandlungen zwischen Israel und der Hamas laufen.", names)
    assert ev.type == "talks"


def test_word_ending_like_a_noncompounding_trigger_is_none(pipeline: Language) -> None:
    names: Names = {"Robert Habeck": ("PER", ["Habeck"])}
    assert _events(pipeline, "Habeck kritisierte die Benzinpreise mit deutlichen Worten.", names) == []


def test_pronoun_subject_continues_the_person_before(pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the actors component's resolver: the first person of the closest earlier sentence.
    monkeypatch.delattr(entities_module, "resolve_reference", raising=False)
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Emmanuel Macron": ("PER", ["Macron"])}
    text = "Selenskyj ist in Europa unterwegs. Zunächst traf er Macron."
    (ev,) = _events(pipeline, text, names)
    assert ev.participants == ["Emmanuel Macron", "Wolodymyr Selenskyj"]


def test_pronoun_follows_the_actors_resolver_and_its_doubt(pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Emmanuel Macron": ("PER", ["Macron"])}
    text = "Selenskyj ist in Europa unterwegs. Zunächst traf er Macron."
    monkeypatch.setattr(entities_module, "resolve_reference", lambda doc, s, e: Entity("Kaja Kallas", "PER"))
    (ev,) = _events(pipeline, text, names)
    assert ev.participants == ["Emmanuel Macron", "Kaja Kallas"]
    # An unsure resolver is not second-guessed: the pronoun stays out.
    monkeypatch.setattr(entities_module, "resolve_reference", lambda doc, s, e: None)
    (ev,) = _events(pipeline, text, names)
    assert ev.participants == ["Emmanuel Macron"]


def test_speaker_of_a_report_is_no_participant(pipeline: Language) -> None:
    names = {**PUTIN, "Dmitri Peskow": ("PER", ["Peskow"])}
    text = "Putin wird Witkoff morgen treffen, sagte Kremlsprecher Peskow."
    (ev,) = _events(pipeline, text, names)
    assert "Dmitri Peskow" not in ev.participants


def test_genitive_before_a_role_is_no_participant(pipeline: Language) -> None:
    names: Names = {
        "Wolodymyr Selenskyj": ("PER", []),
        "Frankreich": ("LOC", ["Frankreichs"]),
        "Emmanuel Macron": ("PER", ["Macron"]),
    }
    (ev,) = _events(pipeline, "Wolodymyr Selenskyj traf Frankreichs Staatschef Macron.", names)
    assert "Frankreich" not in ev.participants


def test_trigger_without_participants_gives_no_event(pipeline: Language) -> None:
    assert _events(pipeline, "Es wird verhandelt. Verhandlungen sind schwierig.") == []


def test_every_span_slices_back_to_the_text(pipeline: Language) -> None:
    names = {**PUTIN, "Moskau": ("LOC", [])}
    text = "Putin soll Witkoff am Dienstag in Moskau treffen. Das Treffen soll lange dauern."
    doc = _doc(pipeline, text, names, [("am Dienstag", "2025-12-02")])
    (ev,) = extract_events(doc)
    spans = [ev.trigger, *ev.participant_spans, *ev.mentions]
    spans += [s for s in (ev.place_span, ev.date_span, ev.sentence) if s is not None]
    assert len(spans) >= 7
    for sp in spans:
        assert text[sp.start : sp.end] == sp.text


def test_doc_ents_are_used_when_no_entities_were_written(pipeline: Language) -> None:
    doc = _doc(pipeline, "Scholz traf Meloni in Rom.")
    doc._.entities = []
    doc.ents = [SpacySpan(doc, 0, 1, label="PER"), SpacySpan(doc, 2, 3, label="PER"), SpacySpan(doc, 4, 5, label="LOC")]
    (ev,) = extract_events(doc)
    assert (ev.participants, ev.place) == (["Scholz", "Meloni"], "Rom")


def test_quotation_marks_of_every_kind_do_not_hide_the_event(pipeline: Language) -> None:
    names: Names = {"Karin Keller-Sutter": ("PER", ["Keller-Sutter"]), "Scott Bessent": ("PER", ["Bessent"])}
    text = '«Wir sprachen offen», sagte Keller-Sutter, nachdem sie Bessent in "Genf" getroffen hatte.'
    (ev,) = _events(pipeline, text, names)
    assert ev.type == "meeting"
    assert "Scott Bessent" in ev.participants


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "„„„ »« ‚", "Встреча Путина и Уиткоффа состоялась в Москве.", "لقاء في القاهرة", "Treffen" * 500],
)
def test_odd_input_does_not_crash(pipeline: Language, text: str) -> None:
    doc = pipeline(make_doc(pipeline, Article(id="odd", text=text, published=PUBLISHED)))
    assert isinstance(doc._.events, list)


def test_two_hundred_triggers_do_not_crash(pipeline: Language) -> None:
    names: Names = {f"Person{i}": ("PER", []) for i in range(200)}
    text = " ".join(f"Person{i} traf Person{(i + 1) % 200} in Bonn." for i in range(200))
    evs = _events(pipeline, text, names)
    assert 100 <= len(evs) <= 200
    assert all(e.type == "meeting" for e in evs)


def test_list_of_five_hundred_names_is_one_event(pipeline: Language) -> None:
    guests = [f"Gast{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(500)]
    names: Names = {g: ("PER", []) for g in guests}
    text = "An dem Gipfel nahmen teil: " + ", ".join(guests) + "."
    text = "Der Gipfel fand in Bonn statt. " + text
    evs = _events(pipeline, text, names)
    assert len(evs) == 1
    assert len(evs[0].participants) == 500


def test_pipeline_writes_events_end_to_end(pipeline: Language) -> None:
    article = article_from_text("Am Freitag wurden zwei Minister entlassen.", published=PUBLISHED)
    doc = pipeline(make_doc(pipeline, article))
    (ev,) = doc._.events
    assert (ev.type, ev.participants, ev.status) == ("dismissal", ["zwei Minister"], "happened")


def test_denied_happening_is_no_event(pipeline: Language) -> None:
    names: Names = {"Wladimir Putin": ("PER", []), "Wolodymyr Selenskyj": ("PER", [])}
    text = "Ein Treffen zwischen Wladimir Putin und Wolodymyr Selenskyj ist nicht geplant."
    assert _events(pipeline, text, names) == []


def test_merely_possible_happening_is_no_event(pipeline: Language) -> None:
    names: Names = {"Wladimir Putin": ("PER", []), "Donald Trump": ("PER", [])}
    text = "Ein Treffen zwischen Wladimir Putin und Donald Trump sei möglich."
    assert _events(pipeline, text, names) == []


def test_object_of_an_active_dismissal_takes_part(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Der Präsident entließ am Freitag seinen Innenminister.")
    assert ev.participants == ["Präsident", "Innenminister"]


def test_name_after_a_place_name_is_not_governed_by_its_preposition(pipeline: Language) -> None:
    names: Names = {"Annalena Baerbock": ("PER", ["Baerbock"]), "Dmytro Kuleba": ("PER", []), "Kiew": ("LOC", [])}
    (ev,) = _events(pipeline, "Baerbock hat in Kiew ihren Amtskollegen Dmytro Kuleba getroffen.", names)
    assert (ev.participants, ev.place, ev.status) == (["Annalena Baerbock", "Dmytro Kuleba"], "Kiew", "happened")


def test_partner_of_a_noun_inside_a_travel_clause_is_not_a_traveller(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Giorgia Meloni": ("PER", ["Meloni"]), "Rom": ("LOC", [])}
    evs = _events(pipeline, "Merz reist zu Gesprächen mit Meloni nach Rom.", names)
    travel = next(e for e in evs if e.type == "travel")
    assert (travel.participants, travel.place) == (["Friedrich Merz"], "Rom")


def test_subject_of_the_clause_made_the_visit_named_by_a_noun(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Kiew": ("LOC", [])}
    (ev,) = _events(pipeline, "Bei einem Besuch in Kiew sagte Merz weitere Hilfe zu.", names)
    assert (ev.type, ev.participants, ev.place) == ("visit", ["Friedrich Merz"], "Kiew")


def test_meeting_verb_without_a_person_is_the_other_sense(pipeline: Language) -> None:
    names: Names = {"Russland": ("LOC", []), "Charkiw": ("LOC", [])}
    assert _events(pipeline, "Die Sanktionen treffen Russland hart.", names) == []
    assert _events(pipeline, "Eine Rakete traf ein Wohnhaus in Charkiw.", names) == []


def test_zu_infinitive_is_an_intention(pipeline: Language) -> None:
    names: Names = {"Donald Trump": ("PER", ["Trump"]), "Wladimir Putin": ("PER", ["Putin"])}
    evs = _events(pipeline, "Trump kündigte an, Putin in Budapest zu treffen.", names)
    assert [e.status for e in evs] == ["planned"]


def test_missed_sentence_end_after_a_one_letter_word_still_ends_the_clause(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj", "Der ukrainische Präsident"]), "Irland": ("LOC", [])}
    text = "Das schrieb Selenskyj auf X. Der ukrainische Präsident reist nach Irland weiter."
    (ev,) = _events(pipeline, text, names)
    assert (ev.type, ev.participants, ev.place) == ("travel", ["Wolodymyr Selenskyj"], "Irland")


def test_participle_after_a_list_closes_the_clause_of_its_auxiliary(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Keir Starmer": ("PER", ["Starmer"])}
    text = "In einer Videoschalte sei mit den Regierungschefs, darunter Merz, über die Lage beraten worden. Eingebunden war auch Starmer."
    (ev,) = _events(pipeline, text, names)
    assert ev.type == "call"
    assert ev.participants == ["Friedrich Merz", "Keir Starmer"]
    assert [m.text for m in ev.mentions] == ["Videoschalte", "beraten"]


def test_demanded_resignation_is_no_event(pipeline: Language) -> None:
    names: Names = {"Horst Seehofer": ("PER", ["Seehofer"])}
    assert _events(pipeline, "Die Opposition forderte den Rücktritt von Seehofer.", names) == []


def test_prevented_trip_is_no_event(pipeline: Language) -> None:
    names: Names = {"Liu Xia": ("PER", [])}
    assert _events(pipeline, "Eine geplante Reise von Liu Xia wurde von den Behörden verhindert.", names) == []


def test_owner_of_a_possessive_noun_trigger_takes_part(pipeline: Language) -> None:
    names: Names = {"Barack Obama": ("PER", ["Obama"]), "Dmitri Medwedew": ("PER", ["Medwedew"])}
    text = "Obama hatte bei seinem Treffen mit Medwedew vor einem Wettrüsten gewarnt."
    (ev,) = _events(pipeline, text, names)
    assert set(ev.participants) == {"Barack Obama", "Dmitri Medwedew"}


def test_place_after_another_trigger_noun_is_not_this_events_place(pipeline: Language) -> None:
    names: Names = {"Iran": ("LOC", []), "Pittsburgh": ("LOC", [])}
    (ev,) = _events(pipeline, "Verhandlungen mit Iran soll es vor dem Gipfel in Pittsburgh geben.", names)
    assert (ev.type, ev.place) == ("talks", None)


def test_treffen_with_expletive_es_is_to_hit(pipeline: Language) -> None:
    names: Names = {"Phuket": ("ORG", [])}
    assert _events(pipeline, "Am schlimmsten hat es Phuket getroffen.", names) == []


def test_announcement_made_during_a_visit_does_not_make_the_visit_planned(pipeline: Language) -> None:
    names: Names = {"Massimo D'Alema": ("PER", []), "Bagdad": ("LOC", [])}
    text = "Massimo D'Alema hat bei einem Besuch in Bagdad den Abzug angekündigt."
    (ev,) = _events(pipeline, text, names)
    assert (ev.type, ev.place, ev.status) == ("visit", "Bagdad", "happened")


def test_perfect_auxiliary_reads_an_ambiguous_form_as_participle(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Boris Pistorius": ("PER", [])}
    (ev,) = _events(pipeline, "Merz hat Boris Pistorius entlassen.", names)
    assert (ev.type, ev.status) == ("dismissal", "happened")


def test_headline_in_capitals_has_its_event(pipeline: Language) -> None:
    names: Names = {"TRUMP": ("PER", []), "PUTIN": ("PER", []), "ALASKA": ("LOC", [])}
    (ev,) = _events(pipeline, "TRUMP TRIFFT PUTIN IN ALASKA", names)
    assert (ev.type, ev.participants, ev.place) == ("meeting", ["TRUMP", "PUTIN"], "ALASKA")


def test_object_after_a_time_phrase_is_not_governed_by_its_preposition(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", [])}
    text = "Merz empfängt am Mittwoch den französischen Präsidenten Emmanuel Macron."
    (ev,) = _events(pipeline, text, names, [("am Mittwoch", "2025-12-03")])
    assert (ev.participants, ev.status) == (["Friedrich Merz", "Emmanuel Macron"], "planned")


def test_meeting_on_the_margins_of_a_summit_shares_its_place(pipeline: Language) -> None:
    names: Names = {"Xi Jinping": ("PER", []), "Joe Biden": ("PER", []), "San Francisco": ("LOC", [])}
    text = "Xi Jinping und Joe Biden trafen sich am Rande des Gipfels in San Francisco."
    (ev,) = _events(pipeline, text, names)
    assert (ev.type, ev.place, ev.participants) == ("meeting", "San Francisco", ["Xi Jinping", "Joe Biden"])


def test_attributive_future_adjective_makes_a_planned_event() -> None:
    from lagebild.pipeline import extract

    [event] = extract(
        "Die geplanten Gespräche zwischen Merz und Macron finden in Paris statt.", published="2025-12-03"
    ).events
    assert event.status == "planned"


def test_possible_talks_are_no_event() -> None:
    from lagebild.pipeline import extract

    assert (
        extract("Mögliche Gespräche zwischen Merz und Macron wurden diskutiert.", published="2025-12-03").events == []
    )


def test_future_talks_in_a_past_clause_are_not_happened() -> None:
    from lagebild.pipeline import extract

    text = "Die Ministerin hat Wien als Ort für künftige Verhandlungen zwischen Russland und der Ukraine genannt."
    assert all(e.status != "happened" for e in extract(text, published="2025-12-03").events)


def test_speaker_of_a_speech_act_stays_a_participant() -> None:
    from lagebild.pipeline import extract

    ex = extract("Kanzler Friedrich Merz kündigte einen Besuch in Kiew an.", published="2025-12-03")
    [event] = ex.events
    assert (event.type, event.place) == ("visit", "Kiew")
    assert event.participants == ["Friedrich Merz"]
    # The sentence is also a reported statement of his, which must not hide him as a participant.
    assert [q.kind for q in ex.quotes] == ["reported"]


def test_place_named_as_the_venue_is_the_place_not_a_participant() -> None:
    from lagebild.pipeline import extract

    text = "Die Ministerin Eva Lenz hat Genf als Ort für künftige Gespräche zwischen Serbien und dem Kosovo genannt."
    [event] = extract(text, published="2025-12-03").events
    assert event.place == "Genf"
    assert "Genf" not in event.participants


@pytest.mark.parametrize(
    "text",
    [
        "Der Offizier Jan Roth hatte Berufung gegen das Urteil eingelegt.",
        "Jan Roth sprach sich für einen Kompromiss mit der SPD aus.",
        "Jan Roth sowie Anna Berg sprachen von einer Abwahl der Regierung.",
        "Die Stadt Köln erwog, vom Vertrag mit Jan Roth zurückzutreten.",
        "Unter den nominierten Spielern ist Jan Roth als einziger Deutscher.",
        "Das Feuer war beim Eintreffen der Feuerwehr schon groß, sagte Jan Roth.",
        "Jan Roth soll seine Entscheidung allein getroffen haben.",
        "Der Sprecher Jan Roth wurde am Abend wieder aus der Haft entlassen.",
        "Anna Berg hatte Jan Roth gestern aufgefordert, sein Mandat niederzulegen.",
        "Der Schüler Jan Roth wurde in den Hals getroffen.",
        "Anna Berg hatte die Ernennung von Jan Roth abgelehnt.",
        "Jan Roth soll um 16 Uhr in die Freizeit entlassen werden.",
    ],
)
def test_other_sense_of_a_trigger_word_is_no_event(pipeline: Language, text: str) -> None:
    names: Names = {"Jan Roth": ("PER", ["Roth"]), "Anna Berg": ("PER", []), "SPD": ("ORG", [])}
    assert _events(pipeline, text, names) == []


def test_announced_resignation_is_planned_and_named_without_the_role_words(pipeline: Language) -> None:
    names: Names = {"Joseph Deiss": ("PER", [])}
    (ev,) = _events(
        pipeline, "Der Schweizer Politiker Joseph Deiss hat angekündigt, von seinem Amt zurückzutreten.", names
    )
    assert (ev.type, ev.status, ev.participants) == ("resignation", "planned", ["Joseph Deiss"])


def test_subject_of_an_announcement_takes_part_in_the_announced_meeting() -> None:
    from lagebild.language.pipeline import get_nlp

    nlp = get_nlp()
    if "parser" not in nlp.pipe_names:
        pytest.skip("needs a parser")
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"])}
    (ev,) = _events(nlp, "Merz kündigte an, Macron am Montag zu treffen.", names)
    assert (ev.type, ev.status, ev.participants) == ("meeting", "planned", ["Friedrich Merz", "Emmanuel Macron"])


def test_talks_in_a_clause_of_purpose_are_the_travellers_there_and_then() -> None:
    from lagebild.language.pipeline import get_nlp

    nlp = get_nlp()
    if "parser" not in nlp.pipe_names:
        pytest.skip("needs a parser")
    names: Names = {"Lea Falk": ("PER", ["Falk"]), "Omar Nadim": ("PER", []), "Kairo": ("LOC", [])}
    text = "Ministerin Lea Falk reist am Mittwoch nach Kairo, um mit Außenminister Omar Nadim zu verhandeln."
    evs = _events(nlp, text, names, [("Mittwoch", "2025-12-03")])
    talks = [(ev.participants, ev.place, ev.date) for ev in evs if ev.type == "talks"]
    assert talks == [(["Lea Falk", "Omar Nadim"], "Kairo", "2025-12-03")]


def test_pronoun_sharing_two_verbs_is_who_announced_a_journey() -> None:
    from lagebild.language.pipeline import get_nlp

    nlp = get_nlp()
    if "parser" not in nlp.pipe_names:
        pytest.skip("needs a parser")
    text = (
        "Präsidentin Lea Falk sprach am Abend im Parlament. "
        "Sie dankte den Abgeordneten und kündigte an, am Freitag nach London zu reisen."
    )
    doc = nlp(text)
    assert [(ev.type, ev.participants, ev.place) for ev in doc._.events if ev.type == "travel"] == [
        ("travel", ["Lea Falk"], "London")
    ]


def test_dismissal_agreed_on_in_the_perfect_is_planned(pipeline: Language) -> None:
    names: Names = {"Pfaff": ("ORG", [])}
    evs = _events(pipeline, "Die Geschäftsleitung von Pfaff hat sich geeinigt, 130 Mitarbeiter zu entlassen.", names)
    assert [(ev.type, ev.status) for ev in evs] == [("dismissal", "planned")]


def test_verb_in_second_place_after_a_noun_is_no_attributive_adjective(pipeline: Language) -> None:
    names: Names = {"Lars Klingbeil": ("PER", ["Klingbeil"]), "Michael Schrodi": ("PER", [])}
    evs = _events(pipeline, "Zu seinem Nachfolger ernannte Klingbeil den Abteilungsleiter Michael Schrodi.", names)
    assert [(ev.type, "Michael Schrodi" in ev.participants) for ev in evs] == [("appointment", True)]


def test_time_in_the_genitive_after_a_noun_trigger_takes_no_part(pipeline: Language) -> None:
    for ev in _events(pipeline, "Sie kamen am Abend zum letzten Gipfel des Jahres zusammen."):
        assert "Jahres" not in ev.participants


def test_organisation_in_the_genitive_of_a_plural_group_takes_part() -> None:
    from lagebild.language.pipeline import get_nlp

    nlp = get_nlp()
    if "morphologizer" not in nlp.pipe_names:
        pytest.skip("needs the morphology: the group must be plural")
    names: Names = {"Nato": ("ORG", []), "Brüssel": ("LOC", [])}
    (ev,) = _events(nlp, "Die Außenminister der Nato sind am Dienstag in Brüssel zusammengekommen.", names)
    assert (ev.type, ev.participants, ev.place) == ("meeting", ["Nato"], "Brüssel")


def test_organisation_in_the_genitive_of_one_person_does_not_take_part(nlp: Language) -> None:
    names: Names = {"Nato": ("ORG", []), "Kiew": ("LOC", [])}
    evs = _events(nlp, "Der Sprecher der Nato ist am Dienstag nach Kiew gereist.", names)
    assert all("Nato" not in ev.participants for ev in evs)


def test_role_phrase_after_the_auxiliary_is_the_person_it_names() -> None:
    from lagebild.pipeline import extract

    result = extract("Unterdessen ist der Staatssekretär im Finanzministerium, Florian Toncar, zurückgetreten.")
    assert [(ev.type, ev.participants) for ev in result.events] == [("resignation", ["Florian Toncar"])]


def test_austrian_swearing_in_is_an_appointment(pipeline: Language) -> None:
    names: Names = {"Alexander Van der Bellen": ("PER", []), "Christian Stocker": ("PER", [])}
    text = "Alexander Van der Bellen hat am Montag Christian Stocker als Kanzler angelobt."
    evs = _events(pipeline, text, names, [("Montag", "2025-12-01")])
    assert [(ev.type, ev.participants) for ev in evs] == [
        ("appointment", ["Alexander Van der Bellen", "Christian Stocker"])
    ]


def test_body_convening_is_a_meeting(pipeline: Language) -> None:
    names: Names = {"Ministerrat": ("ORG", [])}
    evs = _events(pipeline, "Am Dienstag tritt der Ministerrat erstmals zusammen.", names, [("Dienstag", "2025-12-02")])
    assert [(ev.type, ev.participants, ev.date) for ev in evs] == [("meeting", ["Ministerrat"], "2025-12-02")]


def test_name_before_a_relative_clause_takes_part(pipeline: Language) -> None:
    names: Names = {"Wladimir Putin": ("PER", ["Putin"]), "Xi Jinping": ("PER", ["Xi"])}
    evs = _events(pipeline, "Das sagte Putin, der am Freitag Xi traf.", names, [("Freitag", "2025-11-28")])
    assert [(ev.type, ev.participants) for ev in evs] == [("meeting", ["Wladimir Putin", "Xi Jinping"])]


def test_body_before_an_extraposed_relative_clause_sits(pipeline: Language) -> None:
    names: Names = {"Bundesrat": ("ORG", [])}
    text = "Zuvor muss noch der Bundesrat zustimmen, der am 19. Dezember tagt."
    evs = _events(pipeline, text, names, [("19. Dezember", "2025-12-19")])
    assert [(ev.type, ev.participants, ev.date) for ev in evs] == [("meeting", ["Bundesrat"], "2025-12-19")]


def test_name_before_a_genitive_relative_takes_no_part(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Xi Jinping": ("PER", ["Xi"])}
    evs = _events(pipeline, "Er lobte Merz, dessen Berater am Freitag Xi traf.", names, [("Freitag", "2025-11-28")])
    assert all("Friedrich Merz" not in ev.participants for ev in evs)


def test_denied_meeting_is_no_event(pipeline: Language) -> None:
    names: Names = {"Dmitri Peskow": ("PER", ["Peskow"]), "Wladimir Putin": ("PER", ["Putin"]), "Trump": ("PER", [])}
    text = "Peskow hat Berichte über ein geplantes Treffen zwischen Putin und Trump dementiert."
    assert _events(pipeline, text, names) == []


def test_headline_event_without_a_name_is_left_to_the_text(pipeline: Language) -> None:
    names: Names = {"Alexander Van der Bellen": ("PER", ["Van der Bellen"])}
    text = "Neue Regierung angelobt\nVan der Bellen hat am Montag die neue Regierung angelobt.\n"
    evs = _events(pipeline, text, names, [("Montag", "2025-12-01")])
    assert [ev.participants[0] for ev in evs] == ["Alexander Van der Bellen"]


def test_unnamed_headline_phrase_gives_way_to_the_person_the_text_names(pipeline: Language) -> None:
    names: Names = {"Dick Schoof": ("PER", ["Schoof"])}
    text = "Premier tritt zurück\nMinisterpräsident Dick Schoof hat am Montag seinen Rücktritt erklärt.\n"
    evs = _events(pipeline, text, names, [("Montag", "2025-12-01")])
    assert [(ev.type, ev.participants) for ev in evs] == [("resignation", ["Dick Schoof"])]


def test_headline_event_with_a_name_stays(pipeline: Language) -> None:
    names: Names = {"Wladimir Putin": ("PER", ["Putin"]), "Steve Witkoff": ("PER", ["Witkoff"])}
    evs = _events(pipeline, "Putin trifft Witkoff\nDas Treffen dauerte lange.\n", names)
    assert [ev.participants for ev in evs] == [["Wladimir Putin", "Steve Witkoff"]]


def test_group_the_verb_names_and_the_partner_of_its_meeting_noun_meet_once(pipeline: Language) -> None:
    names: Names = {"Lea Falk": ("PER", ["Falk"])}
    text = "Die Bürgermeister kommen am Dienstag zu einem Gipfel mit Kanzlerin Lea Falk zusammen."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    assert [(ev.type, ev.participants) for ev in evs] == [("meeting", ["Bürgermeister", "Lea Falk"])]


def test_journey_to_a_capital_and_to_its_country_is_one_with_the_narrower_place(pipeline: Language) -> None:
    names: Names = {"Lea Falk": ("PER", ["Falk"]), "Amman": ("LOC", []), "Jordanien": ("LOC", [])}
    text = "Lea Falk reist nach Amman. Falk bricht am Dienstag nach Jordanien auf."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    assert [(ev.participants, ev.place) for ev in evs if ev.type == "travel"] == [(["Lea Falk"], "Amman")]


def test_journeys_to_two_countries_stay_apart(pipeline: Language) -> None:
    names: Names = {"Lea Falk": ("PER", ["Falk"]), "Jordanien": ("LOC", []), "Ägypten": ("LOC", [])}
    text = "Lea Falk reist am Montag nach Jordanien. Am Dienstag reist Lea Falk nach Ägypten."
    evs = _events(pipeline, text, names, [("Montag", "2025-12-01"), ("Dienstag", "2025-12-02")])
    assert [ev.place for ev in evs if ev.type == "travel"] == ["Jordanien", "Ägypten"]


def test_place_inside_an_attribute_is_not_where_the_happening_is(pipeline: Language) -> None:
    names: Names = {"Lea Falk": ("PER", ["Falk"]), "Litauen": ("LOC", []), "Riga": ("LOC", [])}
    text = "Lea Falk reist am Dienstag nach Riga. Dort will Falk die in Litauen stationierte Brigade besuchen."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    assert evs and all(ev.place == "Riga" for ev in evs)


def test_body_named_after_its_building_is_where_a_meeting_is(pipeline: Language) -> None:
    names: Names = {"Lea Falk": ("PER", ["Falk"]), "Omar Nadim": ("PER", []), "Kanzleramt": ("ORG", [])}
    text = "Lea Falk traf Omar Nadim am Dienstag im Kanzleramt."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    assert [(ev.type, ev.place) for ev in evs] == [("meeting", "Kanzleramt")]


def test_attribute_naming_two_bodies_takes_both(pipeline: Language) -> None:
    names: Names = {"Union": ("ORG", []), "SPD": ("ORG", [])}
    text = "Die Spitzen von Union und SPD kamen am Dienstag zusammen."
    (ev,) = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    # With a tagger the group in the plural stands for both bodies, each named; without one the
    # phrase names them together.
    assert ev.participants in (["Spitzen", "Union", "SPD"], ["Spitzen von Union und SPD"])


def test_body_judging_a_journey_takes_no_part_in_it(pipeline: Language) -> None:
    names: Names = {"Lea Falk": ("PER", ["Falk"]), "Kairo": ("LOC", []), "Kreml": ("ORG", [])}
    text = "Lea Falk reist am Dienstag nach Kairo. Der Kreml kritisierte die Reise scharf."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    assert [ev.participants for ev in evs if ev.type == "travel"] == [["Lea Falk"]]


def test_subject_talking_about_a_meeting_takes_no_part(pipeline: Language) -> None:
    names: Names = {"Dmitri Peskow": ("PER", ["Peskow"]), "Wladimir Putin": ("PER", ["Putin"]), "Trump": ("PER", [])}
    text = "Peskow hat Berichte über ein Treffen zwischen Putin und Trump kommentiert."
    assert all("Dmitri Peskow" not in ev.participants for ev in _events(pipeline, text, names))


def test_subject_of_a_perfect_with_a_noun_trigger_takes_part(pipeline: Language) -> None:
    names: Names = {"Bundesregierung": ("ORG", [])}
    text = "Die Bundesregierung hat sich nach langen Verhandlungen auf das Budget geeinigt."
    assert [ev.participants for ev in _events(pipeline, text, names)] == [["Bundesregierung"]]


def test_name_before_an_object_relative_with_a_name_takes_part(pipeline: Language) -> None:
    if "tagger" not in pipeline.pipe_names:
        pytest.skip("needs a tagger: only a finite verb at the end makes it a relative clause")
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"])}
    text = "Er lobte Merz, den Macron am Dienstag in Paris traf."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02")])
    assert [(ev.type, set(ev.participants)) for ev in evs] == [("meeting", {"Friedrich Merz", "Emmanuel Macron"})]


def test_apposition_with_an_article_is_no_relative_clause(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"])}
    evs = _events(pipeline, "Er lobte Merz, den Kanzler. Macron traf am Dienstag Scholz.", names)
    assert all("Friedrich Merz" not in ev.participants for ev in evs)


MERZ_MACRON: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"]), "Rom": ("LOC", [])}


def test_subject_after_a_mistagged_travel_verb_held_the_fronted_meeting(pipeline: Language) -> None:
    evs = _events(pipeline, "Nach einem Treffen mit Macron reiste Merz nach Rom.", MERZ_MACRON)
    meeting = next(ev for ev in evs if ev.type == "meeting")
    assert set(meeting.participants) == {"Friedrich Merz", "Emmanuel Macron"}


def test_subject_before_its_verb_held_the_meeting_in_a_phrase_inside_the_clause(pipeline: Language) -> None:
    evs = _events(pipeline, "Merz reiste nach einem Treffen mit Macron nach Rom.", MERZ_MACRON)
    meeting = next(ev for ev in evs if ev.type == "meeting")
    assert set(meeting.participants) == {"Friedrich Merz", "Emmanuel Macron"}


def test_talks_that_date_a_journey_do_not_absorb_it(pipeline: Language) -> None:
    evs = _events(pipeline, "Nach dem Gespräch mit Macron reiste Merz weiter nach Rom.", MERZ_MACRON)
    assert sorted((ev.type, ev.place) for ev in evs) == [("talks", None), ("travel", "Rom")]


def test_expected_in_a_place_is_a_journey_there(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Paris": ("LOC", [])}
    (ev,) = _events(pipeline, "Präsident Wolodymyr Selenskyj wird am Mittwoch in Paris erwartet.", names)
    assert (ev.type, ev.participants, ev.place) == ("travel", ["Wolodymyr Selenskyj"], "Paris")


def test_expected_without_a_place_or_a_passive_is_no_journey(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Brüssel": ("LOC", [])}
    assert _events(pipeline, "Merz erwartet in Brüssel eine Einigung.", names) == []
    assert _events(pipeline, "Von Merz wird in Brüssel ein klares Signal erwartet.", names) == []


def test_person_in_the_genitive_before_a_role_is_no_participant(pipeline: Language) -> None:
    names: Names = {**PUTIN, "Donald Trump": ("PER", ["Trumps"]), "Moskau": ("LOC", [])}
    (ev,) = _events(pipeline, "Trumps Sondergesandter Steve Witkoff traf Putin in Moskau.", names)
    assert set(ev.participants) == {"Steve Witkoff", "Wladimir Putin"}


def test_coming_to_a_named_place_in_a_relative_clause_is_a_journey(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Brüssel": ("LOC", [])}
    text = "Selenskyj, der persönlich nach Brüssel gekommen war, bedankte sich."
    (ev,) = _events(pipeline, text, names)
    assert (ev.type, ev.participants, ev.place) == ("travel", ["Wolodymyr Selenskyj"], "Brüssel")


def test_dying_somewhere_is_no_journey(pipeline: Language) -> None:
    names: Names = {"Kiew": ("LOC", [])}
    assert _events(pipeline, "Bei dem Angriff in Kiew kamen drei Menschen ums Leben.", names) == []


def test_pronoun_in_a_report_framed_by_its_speaker_is_that_speaker(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Präsident Selenskyj bedankte sich bei den Europäern. "
        "Er wolle bald mit US-Präsident Trump telefonieren, kündigte Selenskyj an."
    )
    (ev,) = extract(text, id="t").events
    assert set(ev.participants) == {"Selenskyj", "Trump"}


def test_reference_noun_takes_no_participant_of_the_clause_verb(pipeline: Language) -> None:
    names: Names = {**PUTIN, "Donald Trump": ("PER", ["Trump"]), "Wolodymyr Selenskyj": ("PER", ["Selenskyj"])}
    text = "Trump hat Selenskyj am Freitag empfangen. Vor dem Treffen hatte Trump mit Putin telefoniert."
    evs = _events(pipeline, text, names, [("am Freitag", "2025-11-28")])
    meeting = next(ev for ev in evs if ev.type == "meeting")
    assert "Wladimir Putin" not in meeting.participants


def test_summit_of_other_people_elsewhere_is_another_event(pipeline: Language) -> None:
    names: Names = {
        "Emmanuel Macron": ("PER", ["Macron"]),
        "Xi Jinping": ("PER", []),
        "Keir Starmer": ("PER", ["Starmer"]),
        "Friedrich Merz": ("PER", ["Merz"]),
        "China": ("LOC", []),
        "Johannesburg": ("LOC", []),
    }
    text = (
        "Macron reist nach China. Dort wird er Xi Jinping treffen. "
        "Starmer und Merz haben sich am Rande des Gipfels in Johannesburg ausgetauscht."
    )
    evs = _events(pipeline, text, names)
    assert all(not {"Macron", "Starmer"} <= {p.split()[-1] for p in ev.participants} for ev in evs)


def test_country_named_with_talks_told_before_takes_no_part_in_them(pipeline: Language) -> None:
    names: Names = {
        "Keir Starmer": ("PER", ["Starmer"]),
        "Friedrich Merz": ("PER", ["Merz"]),
        "London": ("LOC", []),
        "Washington": ("LOC", []),
    }
    text = (
        "Starmer und Merz trafen sich am Montag in London. "
        "Die Verhandlungen mit Washington seien an einem kritischen Punkt, sagte Merz."
    )
    (ev,) = _events(pipeline, text, names)
    assert set(ev.participants) == {"Keir Starmer", "Friedrich Merz"}


def test_exchanging_views_is_talks_and_exchanging_prisoners_is_not(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"])}
    (ev,) = _events(pipeline, "Merz tauschte sich mit Macron aus.", names)
    assert ev.type == "talks"
    assert _events(pipeline, "Russland und die Ukraine haben Gefangene ausgetauscht.", {}) == []


def test_unnamed_group_meeting_each_other_is_a_meeting(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Am Montag treffen sich die Fraktionschefs in Berlin.", {"Berlin": ("LOC", [])})
    assert (ev.type, ev.participants) == ("meeting", ["Fraktionschefs"])
    assert _events(pipeline, "Eine Rakete traf ein Wohnhaus.", {}) == []


def test_unnamed_group_coming_together_is_a_meeting(pipeline: Language) -> None:
    text = "Die Landeshauptleute sind am Montag in Salzburg zusammengekommen."
    (ev,) = _events(pipeline, text, {"Salzburg": ("LOC", [])})
    assert (ev.type, ev.participants, ev.place) == ("meeting", ["Landeshauptleute"], "Salzburg")


def test_election_to_an_office_is_an_appointment_and_a_vote_is_not(pipeline: Language) -> None:
    names: Names = {"Julia Klöckner": ("PER", ["Klöckner"])}
    (ev,) = _events(pipeline, "Julia Klöckner wurde zur neuen Bundestagspräsidentin gewählt.", names)
    assert (ev.type, ev.participants) == ("appointment", ["Julia Klöckner"])
    assert _events(pipeline, "Die Bürger wählen am Sonntag zum ersten Mal einen Präsidenten.", {}) == []


def test_both_stands_for_the_pair_of_the_happening_before(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"]), "Paris": ("LOC", [])}
    text = "Merz telefonierte am Montag mit Macron. Die beiden wollen sich bald in Paris treffen."
    evs = _events(pipeline, text, names, [("am Montag", "2025-12-01")])
    meeting = next(ev for ev in evs if ev.type == "meeting")
    assert set(meeting.participants) == {"Friedrich Merz", "Emmanuel Macron"}


def test_another_meeting_is_a_happening_of_its_own(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"]), "Paris": ("LOC", [])}
    text = "Merz traf Macron in Paris. Beide vereinbarten ein weiteres Treffen."
    assert [ev.type for ev in _events(pipeline, text, names)] == ["meeting", "meeting"]


def test_i_in_a_quoted_answer_is_the_one_quoted(pipeline: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Die EU-Außenbeauftragte Kaja Kallas war in Brüssel.\n\n"
        "Frage: Wurden Sie informiert?\n\n"
        "Kallas: Ich habe am Montag mit Außenminister Marco Rubio telefoniert."
    )
    (ev,) = extract(text, id="t", published="2025-12-06T10:00+01:00").events
    assert (ev.type, set(ev.participants)) == ("call", {"Kaja Kallas", "Marco Rubio"})


def test_person_addressed_in_a_question_takes_no_part(pipeline: Language) -> None:
    from lagebild.pipeline import extract

    text = "Kaja Kallas war in Brüssel.\n\nFrau Kallas, der Gesandte Steve Witkoff hat mit Wladimir Putin gesprochen."
    (ev,) = extract(text, id="t").events
    assert "Kaja Kallas" not in ev.participants


def test_a_day_inside_the_week_told_first_dates_the_meeting(pipeline: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Bundesrat Ignazio Cassis reist kommende Woche nach Brüssel. Dort will er mit EU-Kommissar "
        "Maroš Šefčovič sprechen. Das Treffen sei für Dienstag, 9. Dezember, angesetzt."
    )
    talks = next(ev for ev in extract(text, id="t", published="2025-12-03T12:00+01:00").events if ev.type == "talks")
    assert (talks.date, set(talks.participants)) == ("2025-12-09", {"Ignazio Cassis", "Maroš Šefčovič"})


def test_a_body_deliberating_alone_holds_no_talks(pipeline: Language) -> None:
    names: Names = {"Nationalrat": ("ORG", [])}
    assert _events(pipeline, "Der Nationalrat dürfte das Geschäft im Frühjahr beraten.", names) == []


def test_talks_with_a_place_named_as_a_topic_are_no_event(pipeline: Language) -> None:
    names: Names = {"Moskau": ("LOC", []), "Iran": ("LOC", [])}
    assert _events(pipeline, "Dann soll es um den Stand der Gespräche mit Moskau gehen.", names) == []
    (ev,) = _events(pipeline, "Verhandlungen mit Iran soll es im Frühjahr geben.", names)
    assert ev.participants == ["Iran"]


def test_meeting_on_the_sidelines_is_its_own_event(pipeline: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Der Gipfel in Johannesburg begann am Samstag. Bundeskanzler Friedrich Merz, der am Rande des "
        "Treffens mit Präsident Cyril Ramaphosa zusammenkam, zeigte sich zufrieden."
    )
    evs = extract(text, id="t", published="2025-11-24T10:00+01:00").events
    assert any(set(ev.participants) == {"Friedrich Merz", "Cyril Ramaphosa"} for ev in evs)


def test_sitting_together_is_a_meeting(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"]), "Paris": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz und Macron saßen am Abend in Paris zusammen.", names)
    assert (ev.type, set(ev.participants)) == ("meeting", {"Friedrich Merz", "Emmanuel Macron"})


def test_relative_clause_names_who_held_the_talks(pipeline: Language) -> None:
    names: Names = {**PUTIN, "Moskau": ("LOC", [])}
    text = "Die Minister ließen sich über das Gespräch unterrichten, das Witkoff in Moskau mit Putin geführt hatte."
    (ev,) = _events(pipeline, text, names)
    assert (set(ev.participants), ev.place) == ({"Steve Witkoff", "Wladimir Putin"}, "Moskau")


def test_interview_credit_line_is_no_talks(pipeline: Language) -> None:
    names: Names = {
        "Jonas Reiter": ("PER", []),
        "Friedrich Merz": ("PER", ["Merz"]),
        "Emmanuel Macron": ("PER", ["Macron"]),
    }
    assert _events(pipeline, "Das Gespräch führte Jonas Reiter am Freitag.", names) == []
    (ev,) = _events(pipeline, "Das Gespräch führte Merz mit Macron.", names)
    assert ev.type == "talks"


def test_telephone_adverb_makes_a_call_between_subject_and_object(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Manuel Hagel": ("PER", ["Hagel"])}
    (ev,) = _events(pipeline, "Friedrich Merz gratulierte Manuel Hagel am Abend telefonisch.", names)
    assert (ev.type, ev.participants) == ("call", ["Friedrich Merz", "Manuel Hagel"])


def test_telephone_adverb_without_a_name_is_no_call(pipeline: Language) -> None:
    assert not [ev for ev in _events(pipeline, "Die Bürger können sich telefonisch melden.") if ev.type == "call"]


def test_thing_that_arrives_takes_part_in_nothing(pipeline: Language) -> None:
    assert _events(pipeline, "Jetzt muss das Geld schnell bei den Betrieben ankommen.") == []


def test_matter_that_comes_up_is_no_journey(pipeline: Language) -> None:
    assert _events(pipeline, "Der Fall dürfte auch in Hamburg zur Sprache kommen.") == []


def test_who_confirms_a_visit_takes_no_part_and_lends_no_date(pipeline: Language) -> None:
    names: Names = {"Mao Ning": ("PER", []), "Merz": ("PER", [])}
    text = "Merz reist nach China. Die Sprecherin Mao Ning hatte den Besuch am Freitag bestätigt."
    evs = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert all("Mao Ning" not in ev.participants and ev.date != "2025-11-28" for ev in evs)


AUSTRIA: Names = {
    "Christian Stocker": ("PER", ["Stocker"]),
    "Andreas Babler": ("PER", ["Babler"]),
    "Beate Meinl-Reisinger": ("PER", ["Meinl-Reisinger"]),
}


def test_first_of_a_bracketed_list_of_subjects_takes_part(pipeline: Language) -> None:
    text = "Christian Stocker (ÖVP), Andreas Babler (SPÖ) und Beate Meinl-Reisinger (Neos) berieten über das Budget."
    (ev,) = _events(pipeline, text, AUSTRIA)
    assert ev.participants == ["Christian Stocker", "Andreas Babler", "Beate Meinl-Reisinger"]


def test_names_after_an_unnamed_group_say_who_met(pipeline: Language) -> None:
    text = (
        "Die Spitzen der Koalition sind am Mittwochabend zusammengekommen. "
        "Christian Stocker, Andreas Babler und Beate Meinl-Reisinger berieten über das Budget."
    )
    (ev,) = _events(pipeline, text, AUSTRIA, [("am Mittwochabend", "2025-12-03TEV")])
    assert (ev.participants, ev.date) == (
        ["Christian Stocker", "Andreas Babler", "Beate Meinl-Reisinger"],
        "2025-12-03",
    )


def test_pair_written_short_is_one_group(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Beim Gipfel der Staats- und Regierungschefs soll das Paket stehen.")
    assert ev.participants == ["Staats- und Regierungschefs"]


def test_talking_to_a_medium_is_no_meeting(pipeline: Language) -> None:
    names: Names = {"Blume": ("PER", []), "FAZ": ("ORG", [])}
    assert _events(pipeline, "Zurückhaltender äußerte sich Blume im Gespräch mit der FAZ.", names) == []


def test_the_one_a_group_gathers_around_takes_part(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"])}
    (ev,) = _events(pipeline, "Die Runde um Bundeskanzler Friedrich Merz war im Kanzleramt zusammengekommen.", names)
    assert ev.participants == ["Friedrich Merz"]


def test_speaking_with_a_magazine_is_an_interview(pipeline: Language) -> None:
    names: Names = {"Emmanuel Macron": ("PER", ["Macron"]), "The Economist": ("ORG", [])}
    text = "Damals sprach Emmanuel Macron in einem Interview mit dem Magazin „The Economist“ vom Hirntod der NATO."
    assert _events(pipeline, text, names) == []


def test_people_of_a_clause_in_a_call_take_part_in_it(pipeline: Language) -> None:
    names: Names = {"Selenskyj": ("PER", []), "Recep Tayyip Erdoğan": ("PER", ["Erdoğan"])}
    text = (
        "Am Samstag dankte Selenskyj dem türkischen Präsidenten Recep Tayyip Erdoğan in einem Telefonat für die Hilfe."
    )
    (ev,) = _events(pipeline, text, names, [("Am Samstag", "2025-11-29")])
    assert (ev.type, ev.participants) == ("call", ["Selenskyj", "Recep Tayyip Erdoğan"])


def test_talk_after_an_unnamed_call_is_that_call(pipeline: Language) -> None:
    names: Names = {"Erdoğan": ("PER", []), "Wladimir Putin": ("PER", ["Putin"])}
    text = "Den Weg hatte ein Telefonat am Vorabend geebnet. Erdoğan habe mit Wladimir Putin gesprochen, hieß es."
    (ev,) = _events(pipeline, text, names, [("am Vorabend", "2025-11-30TEV")])
    assert (ev.type, ev.participants, ev.date) == ("call", ["Erdoğan", "Wladimir Putin"], "2025-11-30")


def test_taking_over_the_office_is_an_appointment(pipeline: Language) -> None:
    names: Names = {"Claudia Brenner": ("PER", ["Brenner"])}
    (ev,) = _events(pipeline, "Bis zur Wahl führt Bürgermeisterin Claudia Brenner die Amtsgeschäfte.", names)
    assert (ev.type, ev.participants) == ("appointment", ["Claudia Brenner"])


def test_country_taking_over_a_chair_is_no_appointment(pipeline: Language) -> None:
    names: Names = {"USA": ("LOC", [])}
    assert _events(pipeline, "Das zeigt sich, wenn die USA im Dezember den Vorsitz übernehmen.", names) == []


def test_a_session_dealing_with_a_resignation_lends_it_no_date(pipeline: Language) -> None:
    names: Names = {"Stefan Reinhardt": ("PER", ["Reinhardt"])}
    text = (
        "Oberbürgermeister Stefan Reinhardt tritt zum 31. Juli zurück. "
        "Der Rat werde sich am Mittwoch mit dem Rücktritt befassen."
    )
    evs = _events(pipeline, text, names, [("zum 31. Juli", "2026-07-31"), ("am Mittwoch", "2026-07-15")])
    assert [ev.date for ev in evs if ev.type == "resignation"] == ["2026-07-31"]


def test_interview_with_a_paper_named_in_quotation_marks_is_no_talks(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"])}
    text = 'Im Gespräch mit der "Rheinischen Post" sagte Hoff, die Reform komme zu spät.'
    assert _events(pipeline, text, names) == []


def test_retreat_is_a_meeting_of_those_who_appear_there(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Max Brandl": ("PER", ["Brandl"]), "Kloster Seeon": ("LOC", [])}
    text = "Hoff und Brandl wollen am Donnerstag bei der Klausur in Kloster Seeon auftreten."
    (ev,) = _events(pipeline, text, names, [("Donnerstag", "2025-12-04")])
    assert (ev.type, set(ev.participants), ev.place, ev.date) == (
        "meeting",
        {"Jan Hoff", "Max Brandl"},
        "Kloster Seeon",
        "2025-12-04",
    )


def test_noun_after_a_preposition_of_time_is_no_object_of_the_verb(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"])}
    (ev,) = _events(pipeline, "Hoff traf Lenz nach der Wahl.", names)
    assert (ev.type, ev.participants) == ("meeting", ["Jan Hoff", "Paul Lenz"])


def test_making_a_choice_is_no_meeting(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"])}
    assert _events(pipeline, "Hoff traf nach langem Zögern eine Wahl.", names) == []


def test_place_of_the_happening_that_tells_the_time_is_not_the_talks_place(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "BSW": ("ORG", []), "Sachsen": ("LOC", [])}
    text = "Nach der Landtagswahl in Sachsen hat Hoff Sondierungsgespräche mit dem BSW aufgenommen."
    (ev,) = _events(pipeline, text, names)
    assert ev.type == "talks" and ev.place is None


def test_place_of_what_is_talked_about_is_not_where_the_journey_goes(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Gazastreifen": ("LOC", []), "Ägypten": ("LOC", [])}
    text = "Hoff ist am Sonntag zu Gesprächen über eine Waffenruhe im Gazastreifen in Ägypten eingetroffen."
    evs = _events(pipeline, text, names, [("Sonntag", "2025-11-30")])
    assert {ev.place for ev in evs} == {"Ägypten"}


def test_two_verbs_under_one_modal_keep_their_own_objects(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"]), "Israel": ("LOC", [])}
    text = "Am Montag will Hoff nach Israel weiterreisen und dort Ministerpräsident Paul Lenz treffen."
    evs = _events(pipeline, text, names, [("Am Montag", "2025-12-08")])
    trips = [ev for ev in evs if ev.type == "travel"]
    assert [ev.participants for ev in trips] == [["Jan Hoff"]]
    (meeting,) = [ev for ev in evs if ev.type == "meeting"]
    assert (meeting.participants, meeting.status) == (["Jan Hoff", "Paul Lenz"], "planned")


def test_meeting_with_a_possessors_colleague_includes_the_possessor() -> None:
    from lagebild.pipeline import extract

    text = (
        "Außenminister Jan Hoff ist am Sonntag in Kairo eingetroffen. "
        "Dort stand ein Treffen mit seinem ägyptischen Kollegen Samir Nabil auf dem Programm."
    )
    result = extract(text)
    meetings = [ev for ev in result.events if ev.type == "meeting"]
    assert [set(ev.participants) for ev in meetings] == [{"Jan Hoff", "Samir Nabil"}]


def test_talks_under_the_modal_of_a_journey_take_its_time_and_place(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"]), "Lübbecke": ("LOC", [])}
    text = "Hoff will am 12. Februar nach Lübbecke kommen und mit Lenz über die Klinik sprechen."
    evs = _events(pipeline, text, names, [("12. Februar", "2026-02-12")])
    talks = [ev for ev in evs if ev.type == "talks"]
    assert [(ev.participants, ev.date, ev.place) for ev in talks] == [
        (["Jan Hoff", "Paul Lenz"], "2026-02-12", "Lübbecke")
    ]


def test_pair_in_the_genitive_of_a_meeting_noun_is_the_pair_just_told(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"]), "Washington": ("LOC", [])}
    text = (
        "Hoff werde noch in dieser Woche mit Lenz telefonieren. "
        "Ein Treffen der beiden ist für Donnerstag in Washington geplant."
    )
    evs = _events(pipeline, text, names, [("Donnerstag", "2025-12-04")])
    (meeting,) = [ev for ev in evs if ev.type == "meeting"]
    assert (set(meeting.participants), meeting.place) == ({"Jan Hoff", "Paul Lenz"}, "Washington")


def test_who_accepts_a_resignation_takes_no_part_in_it(pipeline: Language) -> None:
    names: Names = {"Tino Berg": ("PER", ["Berg"]), "Paul Lenz": ("PER", ["Lenz"])}
    text = "Minister Tino Berg ist am Mittwoch zurückgetreten. Kanzler Paul Lenz nahm den Rücktritt an."
    evs = _events(pipeline, text, names, [("Mittwoch", "2025-12-03")])
    assert [(ev.type, ev.participants) for ev in evs] == [("resignation", ["Tino Berg"])]


def test_agent_of_a_passive_meeting_verb_takes_part(pipeline: Language) -> None:
    names: Names = {"Ivan Koval": ("PER", ["Koval"]), "Paul Lenz": ("PER", ["Lenz"])}
    text = "Im Kanzleramt wurde Koval von Kanzler Paul Lenz mit militärischen Ehren empfangen."
    (ev,) = _events(pipeline, text, names)
    assert set(ev.participants) == {"Ivan Koval", "Paul Lenz"}


def test_traveller_takes_part_in_the_meeting_of_a_where_clause(pipeline: Language) -> None:
    names: Names = {"Ivan Koval": ("PER", ["Koval"]), "Paul Lenz": ("PER", ["Lenz"]), "Paris": ("LOC", [])}
    text = "Am Samstag reist Koval weiter nach Paris, wo ein Treffen mit Präsident Paul Lenz geplant ist."
    evs = _events(pipeline, text, names, [("Am Samstag", "2025-12-06")])
    (meeting,) = [ev for ev in evs if ev.type == "meeting"]
    assert (meeting.participants, meeting.place) == (["Ivan Koval", "Paul Lenz"], "Paris")


def test_date_of_a_plan_given_up_is_not_the_happenings(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Peking": ("LOC", [])}
    text = "Hoff reist nach Peking. Der Besuch war ursprünglich für Ende Oktober geplant gewesen."
    evs = _events(pipeline, text, names, [("Ende Oktober", "2025-10")])
    assert [ev.date for ev in evs] == [None]


def test_schedule_of_dated_phrases_is_one_happening_per_day(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"]), "Eva Roth": ("PER", ["Roth"])}
    text = "Hoff trifft sich am Mittwoch mit Lenz, am Donnerstag mit Roth."
    evs = _events(pipeline, text, names, [("Mittwoch", "2025-12-03"), ("Donnerstag", "2025-12-04")])
    assert [(ev.participants, ev.date) for ev in evs] == [
        (["Jan Hoff", "Paul Lenz"], "2025-12-03"),
        (["Jan Hoff", "Eva Roth"], "2025-12-04"),
    ]


def test_journeys_listed_with_their_days_are_one_each(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paris": ("LOC", []), "Rom": ("LOC", []), "Madrid": ("LOC", [])}
    text = "Hoff reist am Montag nach Paris, am Dienstag nach Rom und am Mittwoch nach Madrid."
    timexes = [("Montag", "2025-12-01"), ("Dienstag", "2025-12-02"), ("Mittwoch", "2025-12-03")]
    evs = _events(pipeline, text, names, timexes)
    assert [(ev.place, ev.date) for ev in evs] == [
        ("Paris", "2025-12-01"),
        ("Rom", "2025-12-02"),
        ("Madrid", "2025-12-03"),
    ]


def test_dash_in_a_headline_keeps_two_happenings_apart() -> None:
    from lagebild.pipeline import extract

    text = (
        "Hoff und Lenz telefonieren – Gipfel in Budapest geplant\n\n"
        "Berlin - Kanzler Jan Hoff und Präsident Paul Lenz haben am Donnerstag miteinander telefoniert."
    )
    calls = [ev for ev in extract(text, "2025-12-05").events if ev.type == "call"]
    assert [(ev.place, ev.date) for ev in calls] == [(None, "2025-12-04")]


def test_pair_told_again_in_the_body_is_found_past_a_headline(pipeline: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"]), "Budapest": ("LOC", [])}
    text = (
        "Gipfel geplant. Hoff und Lenz haben am Donnerstag telefoniert. "
        "Dabei hätten beide ein Gipfeltreffen in der ungarischen Hauptstadt Budapest vereinbart."
    )
    evs = _events(pipeline, text, names, [("Donnerstag", "2025-12-04")])
    meetings = [ev for ev in evs if ev.type == "meeting"]
    assert [(set(ev.participants), ev.place) for ev in meetings] == [({"Jan Hoff", "Paul Lenz"}, "Budapest")]


def test_names_coordinated_before_a_plural_relative_clause_meet(pipeline: Language) -> None:
    names: Names = {"Marco Rubio": ("PER", ["Rubio"]), "Sergej Lawrow": ("PER", ["Lawrow"])}
    text = "Vorbereitet wird das von Marco Rubio und Sergej Lawrow, die sich in der kommenden Woche treffen wollen."
    evs = _events(pipeline, text, names, [("der kommenden Woche", "2025-W50")])
    assert [set(ev.participants) for ev in evs] == [{"Marco Rubio", "Sergej Lawrow"}]


def test_agent_of_a_passive_around_a_meeting_noun_does_not_meet(nlp: Language) -> None:
    names: Names = {"Jan Hoff": ("PER", ["Hoff"]), "Paul Lenz": ("PER", ["Lenz"]), "Eva Roth": ("PER", ["Roth"])}
    text = "Hoff und Lenz telefonierten. Vorbereitet werden soll das Treffen von der Ministerin Eva Roth."
    assert all("Eva Roth" not in ev.participants for ev in _events(nlp, text, names))


def test_bracketed_party_of_someone_who_joins_takes_no_part(nlp: Language) -> None:
    names: Names = {
        "Jana Hüttl": ("PER", ["Hüttl"]),
        "Karl Brenner": ("PER", ["Brenner"]),
        "Ida Kos": ("PER", ["Kos"]),
        "ÖVP": ("ORG", []),
    }
    text = "Hüttl hat sich am Montag mit Gewerkschaftern getroffen. An dem Gespräch nahmen auch Karl Brenner (ÖVP) und Ida Kos teil."
    (ev,) = _events(nlp, text, names)
    assert ev.participants == ["Jana Hüttl", "Karl Brenner", "Ida Kos"]


def test_body_named_in_a_meeting_compound_meets(pipeline: Language) -> None:
    names: Names = {"EU": ("ORG", []), "Brüssel": ("LOC", [])}
    text = "Der EU-Gipfel findet am Donnerstag in Brüssel statt."
    (ev,) = _events(pipeline, text, names, [("Donnerstag", "2025-12-04")])
    assert (ev.type, ev.participants, ev.place) == ("meeting", ["EU"], "Brüssel")


def test_group_with_its_body_in_the_genitive_meets_with_both_named(nlp: Language) -> None:
    names: Names = {"EU": ("ORG", []), "Brüssel": ("LOC", [])}
    text = "Am Donnerstag treffen sich die Staats- und Regierungschefs der EU in Brüssel."
    (ev,) = _events(nlp, text, names, [("Donnerstag", "2025-12-04")])
    assert ev.participants == ["Staats- und Regierungschefs", "EU"]


def test_group_whose_meeting_a_plural_possessive_names_takes_part(nlp: Language) -> None:
    text = "Die Staats- und Regierungschefs sollen am Donnerstag bei ihrem Gipfel darüber beraten."
    (ev,) = _events(nlp, text, {}, [("Donnerstag", "2025-12-04")])
    assert (ev.type, ev.participants, ev.date) == ("meeting", ["Staats- und Regierungschefs"], "2025-12-04")


def test_deadline_in_the_clause_is_not_the_date_of_the_happening(nlp: Language) -> None:
    names: Names = {"NATO": ("ORG", []), "Den Haag": ("LOC", [])}
    text = (
        "Im vergangenen Sommer verpflichteten sich die Staaten auf dem NATO-Gipfel in Den Haag, "
        "ihre Ausgaben bis 2035 zu steigern."
    )
    (ev,) = _events(nlp, text, names, [("Im vergangenen Sommer", "2025-SU"), ("2035", "2035")])
    assert ev.date == "2025-SU"


def test_count_after_a_copula_names_the_happening_just_told(pipeline: Language) -> None:
    names: Names = {"Wladimir Putin": ("PER", ["Putin"]), "Viktor Orbán": ("PER", ["Orbán"])}
    text = "Putin hat Orbán am Dienstag in Moskau empfangen. Es war das dritte Treffen der beiden in diesem Jahr."
    meetings = [ev for ev in _events(pipeline, text, names) if ev.type == "meeting"]
    assert [set(ev.participants) for ev in meetings] == [{"Wladimir Putin", "Viktor Orbán"}]


def test_pronoun_subject_of_a_verb_closing_its_clause_takes_part() -> None:
    from lagebild.pipeline import extract

    text = (
        "Wolodymyr Selenskyj hat den Westen um Hilfe gebeten. Am Abend sagte er: „Wir brauchen mehr Schutz.“ "
        "Zuvor hatte er mit Bundeskanzler Friedrich Merz telefoniert."
    )
    (ev,) = extract(text, published="2025-12-01T16:00+01:00").events
    assert set(ev.participants) == {"Wolodymyr Selenskyj", "Friedrich Merz"}


def test_meeting_there_takes_the_one_who_is_there(nlp: Language) -> None:
    names: Names = {
        "Wolodymyr Selenskyj": ("PER", ["Selenskyj"]),
        "Scott Bessent": ("PER", ["Bessent"]),
        "Davos": ("LOC", []),
    }
    text = "Am Freitag will Selenskyj in Davos sprechen. Dort ist auch ein Treffen mit Scott Bessent geplant."
    (ev,) = _events(nlp, text, names, [("Freitag", "2025-12-05")])
    assert (ev.participants, ev.place) == (["Wolodymyr Selenskyj", "Scott Bessent"], "Davos")


def test_days_joined_by_und_are_one_stretch_from_the_first(nlp: Language) -> None:
    names: Names = {"EU": ("ORG", []), "Brüssel": ("LOC", [])}
    text = "Die Staats- und Regierungschefs der EU kommen am Donnerstag und Freitag in Brüssel zusammen."
    (ev,) = _events(nlp, text, names, [("Donnerstag", "2025-12-04"), ("Freitag", "2025-12-05")])
    assert (ev.date, ev.place) == ("2025-12-04", "Brüssel")


def test_happening_on_the_sidelines_takes_the_date_and_place_of_the_one_told(nlp: Language) -> None:
    names: Names = {
        "Luxemburg": ("LOC", []),
        "Jan Hoff": ("PER", ["Hoff"]),
        "Andrij Sybiha": ("PER", ["Sybiha"]),
    }
    text = (
        "Die Außenminister der EU haben sich am Montag in Luxemburg getroffen. "
        "Am Rande des Treffens sprach Hoff mit seinem Amtskollegen Andrij Sybiha."
    )
    evs = _events(nlp, text, names, [("Montag", "2025-12-01")])
    talks = [ev for ev in evs if "Andrij Sybiha" in ev.participants]
    assert [(ev.date, ev.place) for ev in talks] == [("2025-12-01", "Luxemburg")]


def test_names_a_verb_gives_its_clause_join_the_happening_told_before_with_them(nlp: Language) -> None:
    names: Names = {"Marco Rubio": ("PER", ["Rubio"]), "Rustem Umjerow": ("PER", ["Umjerow"]), "Genf": ("LOC", [])}
    text = (
        "Gespräche in Genf: Rubio trifft Umjerow\n\n"
        "Rubio und Umjerow sind am Sonntag in Genf zu Gesprächen zusammengekommen."
    )
    evs = _events(nlp, text, names, [("Sonntag", "2025-11-30")])
    assert [(set(ev.participants), ev.date) for ev in evs] == [({"Marco Rubio", "Rustem Umjerow"}, "2025-11-30")]


def test_reelection_is_an_appointment(pipeline: Language) -> None:
    names: Names = {"Markus Söder": ("PER", ["Söder"])}
    (ev,) = _events(pipeline, "Die Delegierten haben Markus Söder als Parteichef wiedergewählt.", names)
    assert (ev.type, ev.participants) == ("appointment", ["Markus Söder"])


def test_body_of_a_summit_compound_is_no_participant_where_people_meet_there(nlp: Language) -> None:
    names: Names = {"Donald Trump": ("PER", ["Trump"]), "Mark Carney": ("PER", ["Carney"]), "G7": ("ORG", [])}
    text = "Trump und Carney hatten sich zuletzt beim G7-Gipfel getroffen."
    (ev,) = _events(nlp, text, names)
    assert ev.participants == ["Donald Trump", "Mark Carney"]


def test_pair_coordinated_in_the_sentence_before_meets_with_its_date(nlp: Language) -> None:
    names: Names = {"Michael Ludwig": ("PER", ["Ludwig"]), "Johanna Mikl-Leitner": ("PER", ["Mikl-Leitner"])}
    text = (
        "Michael Ludwig (SPÖ) und Johanna Mikl-Leitner (ÖVP) haben sich am Dienstag geeinigt. "
        "Bei einem Treffen im Rathaus unterzeichneten beide eine Erklärung."
    )
    (ev,) = _events(nlp, text, names, [("Dienstag", "2025-12-02")])
    assert (set(ev.participants), ev.date) == ({"Michael Ludwig", "Johanna Mikl-Leitner"}, "2025-12-02")


def test_partner_named_as_both_of_a_pair_is_the_pair_told_before(nlp: Language) -> None:
    names: Names = {
        "Michael Ludwig": ("PER", ["Ludwig"]),
        "Johanna Mikl-Leitner": ("PER", ["Mikl-Leitner"]),
        "Peter Hanke": ("PER", ["Hanke"]),
    }
    text = (
        "Ludwig und Mikl-Leitner trafen sich am Dienstag. Die Opposition schwieg. "
        "Peter Hanke will sich kommende Woche mit beiden Landeschefs treffen."
    )
    evs = _events(nlp, text, names, [("Dienstag", "2025-12-02"), ("kommende Woche", "2025-W50")])
    assert [set(ev.participants) for ev in evs if ev.date == "2025-W50"] == [
        {"Peter Hanke", "Michael Ludwig", "Johanna Mikl-Leitner"}
    ]


def test_people_who_talk_with_each_other_need_no_partner_after_mit(pipeline: Language) -> None:
    names: Names = {"António Costa": ("PER", ["Costa"]), "Viktor Orbán": ("PER", ["Orbán"])}
    text = "Am Freitag wollen Costa und Orbán unter vier Augen sprechen."
    (ev,) = _events(pipeline, text, names, [("Freitag", "2025-12-05")])
    assert (ev.type, set(ev.participants)) == ("talks", {"António Costa", "Viktor Orbán"})


def test_both_holders_of_a_role_are_the_partners_of_mit_beiden(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Verteidigungsminister Boris Pistorius hält eine Pflicht für nötig. "
        "Wirtschaftsministerin Katherina Reiche sieht das anders. "
        "Der Kanzler will am Freitag mit beiden Ministern sprechen."
    )
    (ev,) = extract(text, published="2025-12-01T16:00+01:00").events
    assert (ev.type, set(ev.participants)) == ("talks", {"Boris Pistorius", "Katherina Reiche"})


def test_topic_before_a_headline_colon_is_no_item_of_a_list(pipeline: Language) -> None:
    names: Names = {
        "Friedrich Merz": ("PER", ["Merz"]),
        "Narendra Modi": ("PER", ["Modi"]),
        "Lula": ("PER", []),
        "Johannesburg": ("LOC", []),
    }
    text = "Gipfel in Johannesburg: Merz trifft Modi und Lula."
    meetings = [ev for ev in _events(pipeline, text, names) if "Narendra Modi" in ev.participants]
    assert [set(ev.participants) for ev in meetings] == [{"Friedrich Merz", "Narendra Modi", "Lula"}]


def test_body_telling_each_meeting_of_a_headline_keeps_them_apart(nlp: Language) -> None:
    names: Names = {
        "Friedrich Merz": ("PER", ["Merz"]),
        "Narendra Modi": ("PER", ["Modi"]),
        "Luiz Inácio Lula da Silva": ("PER", ["Lula"]),
    }
    text = "Merz trifft Modi und Lula\n\nMerz hat am Samstag Modi getroffen. Anschließend kam Merz mit Lula zusammen."
    evs = _events(nlp, text, names, [("Samstag", "2025-11-29")])
    assert sorted(sorted(ev.participants) for ev in evs) == [
        ["Friedrich Merz", "Luiz Inácio Lula da Silva"],
        ["Friedrich Merz", "Narendra Modi"],
    ]


def test_taking_up_talks_makes_the_subject_talk(pipeline: Language) -> None:
    names: Names = {"Sven Schulze": ("PER", ["Schulze"]), "SPD": ("ORG", [])}
    (ev,) = _events(pipeline, "Schulze will Gespräche mit der SPD aufnehmen.", names)
    assert (ev.type, ev.participants) == ("talks", ["Sven Schulze", "SPD"])


def test_who_joins_by_video_takes_part_in_the_gathering_not_a_talk_on_its_sidelines(nlp: Language) -> None:
    names: Names = {
        "EU": ("ORG", []),
        "Brüssel": ("LOC", []),
        "Jan Hoff": ("PER", ["Hoff"]),
        "Bart De Wever": ("PER", ["De Wever"]),
        "Wolodymyr Selenskyj": ("PER", ["Selenskyj"]),
    }
    text = (
        "Die Staats- und Regierungschefs der EU sind am Donnerstag in Brüssel zusammengekommen. "
        "Am Rande traf Hoff den Premier Bart De Wever. Selenskyj war per Video zugeschaltet."
    )
    evs = _events(nlp, text, names, [("Donnerstag", "2025-12-04")])
    gathering = next(ev for ev in evs if "EU" in ev.participants)
    talk = next(ev for ev in evs if "Jan Hoff" in ev.participants)
    assert "Wolodymyr Selenskyj" in gathering.participants
    assert "Wolodymyr Selenskyj" not in talk.participants
    assert (talk.date, talk.place) == ("2025-12-04", "Brüssel")


def test_group_after_a_sidelines_phrase_is_the_subject(pipeline: Language) -> None:
    text = "Am Nachmittag kommt am Rande des Treffens zudem die Kontaktgruppe zusammen."
    (ev,) = _events(pipeline, text, {}, [("Am Nachmittag", "2025-12-01TAF")])
    assert ev.participants == ["Kontaktgruppe"]


def test_person_received_as_an_object_pronoun_takes_part() -> None:
    from lagebild.pipeline import extract

    text = (
        "Präsident Wolodymyr Selenskyj ist am Mittwoch in Berlin eingetroffen. "
        "Bundeskanzler Friedrich Merz empfing ihn vor dem Kanzleramt."
    )
    meetings = [ev for ev in extract(text, published="2025-12-03T16:00+01:00").events if ev.type == "meeting"]
    assert [set(ev.participants) for ev in meetings] == [{"Friedrich Merz", "Wolodymyr Selenskyj"}]


MERZ_TRUMP: Names = {
    "Friedrich Merz": ("PER", ["Merz"]),
    "Donald Trump": ("PER", ["Trump"]),
    "Washington": ("LOC", []),
}


def test_host_of_a_visit_takes_part(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Merz ist am Donnerstag zu Besuch bei Trump in Washington.", MERZ_TRUMP)
    assert (ev.type, set(ev.participants)) == ("visit", {"Friedrich Merz", "Donald Trump"})


def test_meeting_noun_after_a_visit_to_a_host_is_their_meeting(pipeline: Language) -> None:
    text = "Merz besucht in dieser Woche Trump in Washington. Das Treffen ist für Donnerstag geplant."
    evs = _events(pipeline, text, MERZ_TRUMP, [("in dieser Woche", "2025-W49"), ("Donnerstag", "2025-12-04")])
    (meeting,) = [ev for ev in evs if ev.type == "meeting"]
    assert (set(meeting.participants), meeting.date) == ({"Friedrich Merz", "Donald Trump"}, "2025-12-04")


def test_place_after_an_adjective_of_its_country_is_the_place(pipeline: Language) -> None:
    names: Names = {**MERZ_TRUMP, "Scharm el-Scheich": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz hatte Trump im ägyptischen Scharm el-Scheich getroffen.", names)
    assert ev.place == "Scharm el-Scheich"


def test_countries_a_group_comes_from_take_part(nlp: Language) -> None:
    # The plural of the group noun comes from the morphologizer.
    names: Names = {"Ägypten": ("LOC", []), "Katar": ("LOC", []), "Kairo": ("LOC", [])}
    text = "Vermittler aus Ägypten und Katar haben am Freitag in Kairo ihre Gespräche fortgesetzt."
    (ev,) = _events(nlp, text, names, [("Freitag", "2025-11-28")])
    assert (ev.type, ev.place) == ("talks", "Kairo")
    assert {"Ägypten", "Katar"} <= set(ev.participants)


def test_body_of_a_delegation_that_joins_the_talks_takes_part(nlp: Language) -> None:
    # The group noun is told from a name by the tagger.
    names: Names = {"Ägypten": ("LOC", []), "Katar": ("LOC", []), "Hamas": ("ORG", [])}
    text = (
        "Ägypten und Katar haben am Freitag ihre Gespräche fortgesetzt. "
        "An den Beratungen nahm auch eine Delegation der Hamas teil."
    )
    (ev,) = _events(nlp, text, names, [("Freitag", "2025-11-28")])
    assert set(ev.participants) == {"Ägypten", "Katar", "Hamas"}


def test_negation_inside_a_prepositional_phrase_denies_nothing(pipeline: Language) -> None:
    (ev,) = _events(pipeline, "Er werde Putin in nicht allzu ferner Zukunft treffen.", PUTIN)
    assert ev.type == "meeting"
    assert _events(pipeline, "Putin wird Witkoff nicht treffen.", PUTIN) == []


def test_another_meeting_without_names_is_of_the_people_who_met_last(pipeline: Language) -> None:
    names: Names = {"Karin Keller-Sutter": ("PER", ["Keller-Sutter"]), "Howard Lutnick": ("PER", ["Lutnick"])}
    text = "Keller-Sutter hatte im November mit Lutnick gesprochen. Ein weiteres Treffen ist für Januar geplant."
    evs = _events(pipeline, text, names, [("November", "2025-11"), ("Januar", "2026-01")])
    assert [(ev.date, set(ev.participants)) for ev in evs] == [
        ("2025-11", {"Karin Keller-Sutter", "Howard Lutnick"}),
        ("2026-01", {"Karin Keller-Sutter", "Howard Lutnick"}),
    ]


def test_leader_of_a_delegation_joins_the_talks_just_told(pipeline: Language) -> None:
    names: Names = {"Iran": ("LOC", []), "USA": ("LOC", []), "Steve Witkoff": ("PER", ["Witkoff"])}
    text = (
        "Iran und die USA haben am Samstag Atomgespräche abgehalten. "
        "Die US-Delegation wurde vom Sondergesandten Steve Witkoff geleitet."
    )
    (ev,) = _events(pipeline, text, names, [("Samstag", "2025-11-29")])
    assert ev.participants == ["Iran", "USA", "Steve Witkoff"]


def test_subject_that_was_at_talks_takes_part(pipeline: Language) -> None:
    names: Names = {"Benjamin Netanjahu": ("PER", ["Netanjahu"]), "Donald Trump": ("PER", ["Trump"])}
    (ev,) = _events(pipeline, "Netanjahu war im November zu Gesprächen mit Trump in Washington.", names)
    assert set(ev.participants) == {"Benjamin Netanjahu", "Donald Trump"}


def test_adverb_between_the_verb_and_its_subject_is_stepped_over(nlp: Language) -> None:
    # The adverb is told by the tagger.
    text = "Am Donnerstag kommen dann die Staats- und Regierungschefs zusammen."
    (ev,) = _events(nlp, text, {}, [("Donnerstag", "2025-12-04")])
    assert ev.participants == ["Staats- und Regierungschefs"]


def test_arrival_at_the_seat_of_government_is_the_arrival_in_its_city(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Selenskyj in Berlin eingetroffen\n"
        "Der ukrainische Präsident Wolodymyr Selenskyj ist im Kanzleramt eingetroffen."
    )
    travels = [ev for ev in extract(text, published="2025-12-15T14:00+01:00").events if ev.type == "travel"]
    assert [(ev.place, ev.participants) for ev in travels] == [("Berlin", ["Wolodymyr Selenskyj"])]


def test_pair_named_by_their_role_looks_past_a_sentence_between(pipeline: Language) -> None:
    names: Names = {"Ignazio Cassis": ("PER", ["Cassis"]), "Wang Yi": ("PER", [])}
    text = (
        "Cassis wird am Dienstag Wang Yi treffen. Die Schweiz suche den Dialog, sagte Cassis. "
        "Zuletzt hatten sich die beiden Aussenminister im Juli ausgetauscht."
    )
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02"), ("Juli", "2025-07")])
    assert [(ev.date, set(ev.participants)) for ev in evs] == [
        ("2025-12-02", {"Ignazio Cassis", "Wang Yi"}),
        ("2025-07", {"Ignazio Cassis", "Wang Yi"}),
    ]


def test_destination_before_a_clause_final_infinitive_is_a_journey(pipeline: Language) -> None:
    names: Names = {"Steve Witkoff": ("PER", ["Witkoff"]), "Moskau": ("LOC", [])}
    (ev,) = _events(pipeline, "Witkoff soll am Dienstag nach Moskau fliegen.", names, [("Dienstag", "2025-12-02")])
    assert (ev.type, ev.status, ev.place, ev.participants) == ("travel", "planned", "Moskau", ["Steve Witkoff"])


def test_destination_without_a_named_place_before_the_verb_is_no_journey(pipeline: Language) -> None:
    names: Names = {"Felipe Calderón": ("PER", ["Calderón"])}
    text = "Calderón befahl der Armee, Hilfsgüter in die betroffenen Gebiete zu fliegen."
    assert not [ev for ev in _events(pipeline, text, names) if ev.type == "travel"]


def test_being_somewhere_is_no_journey_to_it(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Europa": ("LOC", [])}
    assert not _events(pipeline, "Selenskyj ist derweil in Europa unterwegs.", names)


def test_object_of_a_clause_of_purpose_is_met(nlp: Language) -> None:
    # Who is to meet is the subject of the verb the clause hangs on, told by the parse.
    names: Names = {"Steve Witkoff": ("PER", ["Witkoff"]), "Wladimir Putin": ("PER", ["Putin"]), "Moskau": ("LOC", [])}
    text = "Witkoff fliegt am Dienstag nach Moskau, um Putin zu treffen."
    meetings = [ev for ev in _events(nlp, text, names, [("Dienstag", "2025-12-02")]) if ev.type == "meeting"]
    assert [(ev.participants, ev.place) for ev in meetings] == [(["Steve Witkoff", "Wladimir Putin"], "Moskau")]


def test_meeting_named_only_by_its_partner_is_held_by_who_met_before(pipeline: Language) -> None:
    names: Names = {
        "Johann Wadephul": ("PER", ["Wadephul"]),
        "Benjamin Netanjahu": ("PER", ["Netanjahu"]),
        "Izchak Herzog": ("PER", ["Herzog"]),
    }
    text = "Wadephul kam am Freitag mit Netanjahu zusammen. Anschließend war ein Treffen mit Herzog geplant."
    evs = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert [set(ev.participants) for ev in evs] == [
        {"Johann Wadephul", "Benjamin Netanjahu"},
        {"Johann Wadephul", "Izchak Herzog"},
    ]


def test_invitation_to_a_visit_is_a_planned_visit_of_the_invited(pipeline: Language) -> None:
    names: Names = {
        "Donald Trump": ("PER", ["Trump"]),
        "Friedrich Merz": ("PER", ["Merz"]),
        "Washington": ("LOC", []),
    }
    (ev,) = _events(pipeline, "Trump lud Merz zu einem Besuch nach Washington ein.", names)
    assert (ev.type, ev.status, ev.place) == ("visit", "planned", "Washington")
    assert set(ev.participants) == {"Donald Trump", "Friedrich Merz"}


def test_invitees_of_a_round_told_as_held_do_not_make_it_planned(pipeline: Language) -> None:
    names: Names = {"Sascha Roß": ("PER", ["Roß"])}
    text = "Bei der Gesprächsrunde, zu der kleine Parteien eingeladen waren, war auch Roß anwesend."
    assert all(ev.status != "planned" for ev in _events(pipeline, text, names))


def test_place_line_of_a_wire_report_takes_no_part(pipeline: Language) -> None:
    names: Names = {"Washington": ("LOC", []), "Kiew": ("LOC", []), "Ukraine": ("LOC", []), "USA": ("LOC", [])}
    text = "Washington/Kiew - Die Ukraine und die USA wollen ihre Gespräche in dieser Woche fortsetzen."
    (ev,) = _events(pipeline, text, names, [("dieser Woche", "2025-W49")])
    assert ev.participants == ["Ukraine", "USA"]


def test_place_of_a_wo_clause_is_found_behind_the_verb_s_particle(pipeline: Language) -> None:
    names: Names = {
        "Johann Wadephul": ("PER", ["Wadephul"]),
        "Wolodymyr Selenskyj": ("PER", ["Selenskyj"]),
        "Kiew": ("LOC", []),
    }
    text = "Am Dienstag reist Wadephul nach Kiew weiter, wo er Selenskyj treffen will."
    meetings = [ev for ev in _events(pipeline, text, names) if ev.type == "meeting"]
    assert [ev.place for ev in meetings] == ["Kiew"]


def test_group_deliberating_is_talks_of_that_group(nlp: Language) -> None:
    # Whether the group is plural is told by the morphology.
    names: Names = {"Bregenz": ("LOC", [])}
    text = "Die Landeshauptleute haben am Freitag in Bregenz über die Verteilung der Asylwerber beraten."
    (ev,) = _events(nlp, text, names, [("Freitag", "2025-11-28")])
    assert (ev.type, ev.participants, ev.place, ev.date) == ("talks", ["Landeshauptleute"], "Bregenz", "2025-11-28")


def test_one_body_deliberating_on_a_matter_holds_no_talks(nlp: Language) -> None:
    assert not _events(nlp, "Der Nationalrat hat am Dienstag über das Budget beraten.", {})


def test_conference_is_a_meeting_and_a_press_conference_is_not(pipeline: Language) -> None:
    names: Names = {"Innenminister": ("ORG", []), "Eisenstadt": ("LOC", [])}
    (ev,) = _events(pipeline, "Die Innenminister-Konferenz findet im Juni in Eisenstadt statt.", names)
    assert (ev.type, ev.place) == ("meeting", "Eisenstadt")
    names = {"Gerhard Karner": ("PER", ["Karner"])}
    assert not _events(pipeline, "Karner gab am Montag eine Pressekonferenz.", names)


def test_fronted_als_phrase_is_no_participant(pipeline: Language) -> None:
    names: Names = {"Brüssel": ("LOC", [])}
    text = "Als Ersatz wollen die G7-Staaten sich nun in Brüssel treffen."
    (ev,) = _events(pipeline, text, names)
    assert ev.participants == ["G7-Staaten"]


def test_who_reports_after_a_meeting_told_nowhere_else_was_at_it(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Die Außenminister der EU haben am Montag neue Sanktionen beschlossen. "
        "Das teilte die EU-Außenbeauftragte Kaja Kallas nach dem Treffen mit."
    )
    meetings = [ev for ev in extract(text, published="2025-12-01T16:00+01:00").events if ev.type == "meeting"]
    assert [ev.participants for ev in meetings] == [["Kaja Kallas"]]


def test_body_named_inside_a_compound_takes_part_though_the_headline_repeats_it(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = "G7-Gipfel: Trump reist ab\n\nUS-Präsident Donald Trump hat den G7-Gipfel in Kanada vorzeitig verlassen."
    meetings = [ev for ev in extract(text, published="2025-12-01T16:00+01:00").events if ev.type == "meeting"]
    assert [set(ev.participants) for ev in meetings] == [{"G7", "Donald Trump"}]


def test_headline_naming_a_body_only_inside_a_compound_is_no_event_of_its_own(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "EU-Gipfel in Brüssel\n\n"
        "Die Staats- und Regierungschefs der 27 EU-Staaten kommen am Donnerstag zu ihrem Gipfel zusammen."
    )
    meetings = [ev for ev in extract(text, published="2025-12-01T16:00+01:00").events if ev.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].date == "2025-12-04"


def test_who_hands_in_a_resignation_resigns(pipeline: Language) -> None:
    names: Names = {"Dick Schoof": ("PER", ["Schoof"])}
    text = "Ministerpräsident Schoof hat am Dienstag den Rücktritt seiner Regierung eingereicht."
    (ev,) = _events(pipeline, text, names, [("Dienstag", "2025-11-25")])
    assert (ev.type, ev.participants) == ("resignation", ["Dick Schoof"])


def test_who_accepts_a_resignation_does_not_resign(pipeline: Language) -> None:
    names: Names = {"Emmanuel Macron": ("PER", ["Macron"])}
    evs = _events(pipeline, "Macron nahm den Rücktritt am Montag an.", names, [("Montag", "2025-12-01")])
    assert all("Emmanuel Macron" not in ev.participants for ev in evs)


def test_finite_verb_the_tagger_calls_an_adjective_is_a_trigger(nlp: Language) -> None:
    names: Names = {"Marco Rubio": ("PER", ["Rubio"]), "Warschau": ("LOC", [])}
    text = "Am Donnerstag fliegt Rubio weiter nach Warschau."
    (ev,) = _events(nlp, text, names, [("Donnerstag", "2025-12-04")])
    assert (ev.type, ev.place, ev.status) == ("travel", "Warschau", "planned")


def test_named_people_after_an_unnamed_round_with_a_place_are_that_round(pipeline: Language) -> None:
    names: Names = {
        "Friedrich Merz": ("PER", ["Merz"]),
        "Bärbel Bas": ("PER", ["Bas"]),
        "Kanzleramt": ("ORG", []),
    }
    text = (
        "Die Koalition hat sich nach stundenlangen Beratungen im Kanzleramt geeinigt. "
        "Merz und Bas hatten seit dem Nachmittag verhandelt."
    )
    (ev,) = _events(pipeline, text, names)
    assert (set(ev.participants), ev.place) == ({"Friedrich Merz", "Bärbel Bas"}, "Kanzleramt")


def test_foreign_office_is_the_venue_in_berlin(pipeline: Language) -> None:
    names: Names = {
        "Marco Rubio": ("PER", ["Rubio"]),
        "Johann Wadephul": ("PER", ["Wadephul"]),
        "Auswärtiges Amt": ("ORG", ["Auswärtigen Amt"]),
    }
    (ev,) = _events(pipeline, "Am Abend kam Rubio mit Wadephul im Auswärtigen Amt zusammen.", names)
    assert ev.place == "Berlin"


def test_willingness_to_talk_is_no_talks(pipeline: Language) -> None:
    names: Names = {"EU": ("ORG", [])}
    assert not _events(pipeline, "Zugleich sei die EU zu Gesprächen bereit.", names)


def test_delegations_in_the_genitive_of_two_countries_stand_for_them(nlp: Language) -> None:
    # The subject phrase is told by the parse.
    names: Names = {"USA": ("LOC", []), "China": ("LOC", ["Chinas"]), "Genf": ("LOC", [])}
    text = "Die Handelsdelegationen der USA und Chinas wollen im Januar in Genf zusammenkommen."
    (ev,) = _events(nlp, text, names, [("Januar", "2026-01")])
    assert ev.participants == ["Handelsdelegationen", "USA", "China"]


def test_both_sides_are_the_two_the_last_group_stood_for(nlp: Language) -> None:
    names: Names = {"USA": ("LOC", []), "China": ("LOC", ["Chinas"]), "Genf": ("LOC", []), "Kuala Lumpur": ("LOC", [])}
    text = (
        "Die Handelsdelegationen der USA und Chinas wollen im Januar in Genf zusammenkommen. "
        "Zuletzt hatten sich beide Seiten im Oktober in Kuala Lumpur getroffen."
    )
    evs = _events(nlp, text, names, [("Januar", "2026-01"), ("Oktober", "2025-10")])
    assert [(ev.place, set(ev.participants) >= {"USA", "China"}) for ev in evs] == [
        ("Genf", True),
        ("Kuala Lumpur", True),
    ]


def test_talks_a_time_is_given_by_are_not_the_meeting_announced_before(pipeline: Language) -> None:
    names: Names = {"He Lifeng": ("PER", ["He"]), "Genf": ("LOC", []), "Scott Bessent": ("PER", ["Bessent"])}
    text = (
        "Die Delegationen wollen im Januar erneut in Genf zusammenkommen. "
        "Das kündigte Bessent nach Verhandlungen mit He an."
    )
    evs = _events(pipeline, text, names, [("Januar", "2026-01")])
    assert [ev.place for ev in evs if "He Lifeng" in ev.participants] != ["Genf"]


def test_meeting_named_by_its_partner_after_a_journey_is_held_where_it_goes(pipeline: Language) -> None:
    names: Names = {
        "Wolodymyr Selenskyj": ("PER", ["Selenskyj"]),
        "Friedrich Merz": ("PER", ["Merz"]),
        "Berlin": ("LOC", []),
    }
    text = "Danach reist Selenskyj nach Berlin weiter. Ein Treffen mit Merz ist für Mittwoch geplant."
    meetings = [ev for ev in _events(pipeline, text, names, [("Mittwoch", "2025-12-03")]) if ev.type == "meeting"]
    assert [(set(ev.participants), ev.place) for ev in meetings] == [
        ({"Wolodymyr Selenskyj", "Friedrich Merz"}, "Berlin")
    ]


def test_date_the_happening_is_before_or_after_is_not_its_date(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Kiew": ("LOC", [])}
    text = "Merz kündigte an, noch vor Weihnachten nach Kiew zu reisen."
    (ev,) = _events(pipeline, text, names, [("Weihnachten", "2025-12-25")])
    assert (ev.type, ev.date) == ("travel", None)


def test_meeting_named_by_its_partner_after_a_meeting_is_held_where_that_one_is(pipeline: Language) -> None:
    names: Names = {
        "Johann Wadephul": ("PER", ["Wadephul"]),
        "Wang Yi": ("PER", []),
        "Han Zheng": ("PER", []),
        "Peking": ("LOC", []),
    }
    text = "In Peking will Wadephul am Montag Wang Yi treffen. Auch ein Gespräch mit Han Zheng ist geplant."
    evs = _events(pipeline, text, names, [("Montag", "2025-12-01")])
    assert [(set(ev.participants), ev.place) for ev in evs][-1] == ({"Johann Wadephul", "Han Zheng"}, "Peking")


def test_date_ahead_makes_a_present_tense_meeting_planned_whatever_zuvor_says(pipeline: Language) -> None:
    names: Names = {"Brüssel": ("LOC", [])}
    text = "Zuvor kommen die Verteidigungsminister am 10. Februar in Brüssel zusammen."
    (ev,) = _events(pipeline, text, names, [("10. Februar", "2026-02-10")])
    assert (ev.status, ev.date) == ("planned", "2026-02-10")


def test_countries_the_partners_come_from_take_part(pipeline: Language) -> None:
    names: Names = {
        "Alexander Dobrindt": ("PER", ["Dobrindt"]),
        "Frankreich": ("LOC", []),
        "Polen": ("LOC", []),
        "München": ("LOC", []),
    }
    text = "Dobrindt hat sich mit seinen Amtskollegen aus Frankreich und Polen in München getroffen."
    (ev,) = _events(pipeline, text, names)
    assert ev.participants == ["Alexander Dobrindt", "Frankreich", "Polen"]


def test_follow_up_meeting_is_another_of_the_same_people(pipeline: Language) -> None:
    names: Names = {
        "Alexander Dobrindt": ("PER", ["Dobrindt"]),
        "Laurent Nuñez": ("PER", ["Nuñez"]),
        "Warschau": ("LOC", []),
    }
    text = "Dobrindt hat sich am Dienstag mit Nuñez getroffen. Ein Folgetreffen soll im März in Warschau stattfinden."
    evs = _events(pipeline, text, names, [("Dienstag", "2025-12-02"), ("März", "2026-03")])
    assert [(ev.date, set(ev.participants)) for ev in evs] == [
        ("2025-12-02", {"Alexander Dobrindt", "Laurent Nuñez"}),
        ("2026-03", {"Alexander Dobrindt", "Laurent Nuñez"}),
    ]


def test_announced_resignation_is_planned_and_the_day_is_the_announcement_s(pipeline: Language) -> None:
    names: Names = {"Stephan Pernkopf": ("PER", ["Pernkopf"])}
    text = "Pernkopf hat am Freitag seinen Rücktritt angekündigt."
    (ev,) = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert (ev.type, ev.status, ev.date) == ("resignation", "planned", None)


def test_laying_down_an_office_is_a_resignation_and_a_distance_is_not(pipeline: Language) -> None:
    names: Names = {"Stephan Pernkopf": ("PER", ["Pernkopf"])}
    (ev,) = _events(
        pipeline, "Pernkopf werde sein Amt mit Ende Jänner zurücklegen.", names, [("Ende Jänner", "2026-01")]
    )
    assert (ev.type, ev.status, ev.date) == ("resignation", "planned", "2026-01")
    assert not _events(pipeline, "Pernkopf hat am Freitag 100 Kilometer zurückgelegt.", names)


def test_who_tells_what_followed_a_meeting_with_someone_met_them(nlp: Language) -> None:
    from lagebild.pipeline import extract

    text = (
        "Die Schweiz und die USA haben sich auf eine Senkung der Zölle geeinigt. Das gab Wirtschaftsminister "
        "Guy Parmelin am Freitagabend nach einem Treffen mit US-Handelsbeauftragtem Jamieson Greer bekannt."
    )
    meetings = [ev for ev in extract(text, published="2025-12-01T16:00+01:00").events if ev.type == "meeting"]
    assert [set(ev.participants) for ev in meetings] == [{"Guy Parmelin", "Jamieson Greer"}]


def test_pair_meeting_at_another_time_is_a_happening_of_its_own(pipeline: Language) -> None:
    names: Names = {"Scott Bessent": ("PER", ["Bessent"]), "He Lifeng": ("PER", ["He"]), "Kuala Lumpur": ("LOC", [])}
    text = (
        "Bessent hat zwei Tage mit He verhandelt. "
        "Zuletzt hatten sich beide Seiten im Oktober in Kuala Lumpur getroffen."
    )
    evs = _events(pipeline, text, names, [("Oktober", "2025-10")])
    assert [(ev.type, ev.date) for ev in evs] == [("talks", None), ("meeting", "2025-10")]


def test_who_begins_talks_holds_them(pipeline: Language) -> None:
    names: Names = {"CDU": ("ORG", []), "SPD": ("ORG", [])}
    text = "CDU und SPD wollen am Donnerstag mit Sondierungsgesprächen beginnen."
    (ev,) = _events(pipeline, text, names, [("Donnerstag", "2025-12-04")])
    assert (ev.type, ev.status, ev.participants) == ("talks", "planned", ["CDU", "SPD"])


def test_date_of_the_point_a_happening_is_counted_from_is_not_its_date(pipeline: Language) -> None:
    names: Names = {"Donald Trump": ("PER", ["Trump"]), "Mark Carney": ("PER", ["Carney"])}
    text = "Trump hat Carney empfangen. Es war das erste Treffen der beiden seit dem Gipfel im Juni."
    evs = _events(pipeline, text, names, [("Juni", "2025-06")])
    # The meeting told first keeps no date; the summit, where both were too, has June's.
    assert evs[0].date is None


def test_meeting_told_after_a_group_s_agreement_is_that_group_s(nlp: Language) -> None:
    # The group's plural and the finite verb are told by the tagger.
    names: Names = {"Luxemburg": ("LOC", [])}
    text = (
        "Brüssel - Die EU-Innenminister haben sich am Freitag auf schärfere Asylregeln verständigt. "
        "Bei dem Treffen in Luxemburg stimmten 21 Staaten zu."
    )
    (ev,) = _events(nlp, text, names, [("Freitag", "2025-11-28")])
    assert (ev.participants, ev.place, ev.date) == (["EU-Innenminister"], "Luxemburg", "2025-11-28")


def test_no_agreement_at_a_meeting_does_not_deny_the_meeting(nlp: Language) -> None:
    # That "Die Finanzminister" is a plural group is told by the lexicon of roles.
    text = "Die Finanzminister der Eurozone haben bei ihrem Treffen am Montag keine Einigung erzielt."
    (ev,) = _events(nlp, text, {}, [("Montag", "2025-12-01")])
    assert (ev.type, ev.date, ev.participants) == ("meeting", "2025-12-01", ["Finanzminister der Eurozone"])


def test_no_meeting_is_no_meeting(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Donald Tusk": ("PER", ["Tusk"])}
    assert not _events(pipeline, "Es gab am Montag kein Treffen zwischen Merz und Tusk.", names)


def test_meeting_on_the_sidelines_of_a_visit_told_as_a_meeting_takes_its_day(pipeline: Language) -> None:
    names: Names = {
        "Friedrich Merz": ("PER", ["Merz"]),
        "Donald Tusk": ("PER", ["Tusk"]),
        "Frank-Walter Steinmeier": ("PER", ["Steinmeier"]),
    }
    text = "Merz empfängt am Freitag Tusk. Am Rande des Besuchs wird Tusk auch Steinmeier treffen."
    evs = _events(pipeline, text, names, [("Freitag", "2025-12-05")])
    assert [(set(ev.participants), ev.date) for ev in evs][-1] == (
        {"Donald Tusk", "Frank-Walter Steinmeier"},
        "2025-12-05",
    )


def test_meeting_of_the_pair_in_their_genitive_looks_past_sentences_between(pipeline: Language) -> None:
    names: Names = {"Wolodymyr Selenskyj": ("PER", ["Selenskyj"]), "Recep Tayyip Erdoğan": ("PER", ["Erdoğan"])}
    text = (
        "Selenskyj und Erdoğan haben am Sonntag telefoniert. Es ging um das Schwarze Meer. "
        "Die Türkei will vermitteln. Ein persönliches Treffen der beiden ist für Januar vorgesehen."
    )
    evs = _events(pipeline, text, names, [("Sonntag", "2025-11-30"), ("Januar", "2026-01")])
    assert [(ev.type, ev.date, set(ev.participants)) for ev in evs][-1] == (
        "meeting",
        "2026-01",
        {"Wolodymyr Selenskyj", "Recep Tayyip Erdoğan"},
    )


def test_invitation_to_a_place_is_a_planned_visit_whatever_the_tense(pipeline: Language) -> None:
    names: Names = {
        "Donald Trump": ("PER", ["Trump"]),
        "Wolodymyr Selenskyj": ("PER", ["Selenskyj"]),
        "Weißes Haus": ("ORG", ["Weiße Haus"]),
    }
    text = "Trump hat Selenskyj für übernächste Woche ins Weiße Haus eingeladen."
    (ev,) = _events(pipeline, text, names, [("übernächste Woche", "2025-W51")])
    assert (ev.type, ev.status, ev.place, ev.date) == ("visit", "planned", "Washington", "2025-W51")
    assert set(ev.participants) == {"Donald Trump", "Wolodymyr Selenskyj"}


def test_the_pair_after_an_article_is_the_pair_told_sentences_before(pipeline: Language) -> None:
    names: Names = {
        "Donald Trump": ("PER", ["Trump"]),
        "Wolodymyr Selenskyj": ("PER", ["Selenskyj"]),
        "New York": ("LOC", []),
    }
    text = (
        "Trump hat Selenskyj am Montag getroffen. Es ging um Waffen. Die Gespräche waren lang. "
        "Zuletzt hatten sich die beiden im September in New York getroffen."
    )
    evs = _events(pipeline, text, names, [("Montag", "2025-12-01"), ("September", "2025-09")])
    assert [(ev.date, set(ev.participants)) for ev in evs][-1] == (
        "2025-09",
        {"Donald Trump", "Wolodymyr Selenskyj"},
    )


def test_taking_up_an_office_is_an_appointment_and_running_for_one_is_not(pipeline: Language) -> None:
    names: Names = {"Alexandre Fasel": ("PER", ["Fasel"])}
    (ev,) = _events(pipeline, "Fasel tritt sein Amt am 1. Februar an.", names, [("1. Februar", "2026-02-01")])
    assert (ev.type, ev.status, ev.date) == ("appointment", "planned", "2026-02-01")
    assert not _events(pipeline, "Fasel tritt im März zur Wahl an.", names, [("März", "2026-03")])


def test_subject_with_an_apposition_before_the_comma_meets(nlp: Language) -> None:
    # That the clause after the comma opens with its finite verb is told by the tagger.
    names: Names = {
        "Beate Meinl-Reisinger": ("PER", []),
        "Ignazio Cassis": ("PER", []),
        "Wien": ("LOC", []),
    }
    text = (
        "Die Außenminister der beiden Länder, Beate Meinl-Reisinger und Ignazio Cassis, "
        "sind am Montag in Wien zusammengetroffen."
    )
    (ev,) = _events(nlp, text, names, [("Montag", "2025-12-01")])
    assert set(ev.participants) >= {"Beate Meinl-Reisinger", "Ignazio Cassis"}
    assert (ev.place, ev.date) == ("Wien", "2025-12-01")


def test_what_the_meeting_just_told_was_is_that_meeting_within_its_year(pipeline: Language) -> None:
    names: Names = {"Viktor Orbán": ("PER", ["Orbán"]), "Wladimir Putin": ("PER", ["Putin"])}
    text = "Orbán traf Putin am Freitag. Es war bereits das dritte Treffen der beiden in diesem Jahr."
    (ev,) = _events(pipeline, text, names, [("Freitag", "2025-11-28"), ("diesem Jahr", "2025")])
    assert ev.date == "2025-11-28"


def test_there_takes_the_time_of_the_journey_where_the_place_is_named_anew(pipeline: Language) -> None:
    names: Names = {
        "Viktor Orbán": ("PER", ["Orbán"]),
        "Wladimir Putin": ("PER", ["Putin"]),
        "Moskau": ("LOC", []),
        "Kreml": ("ORG", []),
    }
    text = "Orbán ist am Freitag nach Moskau gereist. Dort wurde er von Putin im Kreml empfangen."
    evs = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert [(ev.type, ev.date) for ev in evs] == [("travel", "2025-11-28"), ("meeting", "2025-11-28")]


def test_hearing_in_court_is_no_talks(pipeline: Language) -> None:
    names: Names = {"Josef Ackermann": ("PER", ["Ackermann"])}
    text = (
        "Der Freispruch für Ackermann wurde aufgehoben und zur erneuten Verhandlung an das Landgericht zurückverwiesen."
    )
    assert not _events(pipeline, text, names)


def test_members_of_a_body_in_the_plural_deliberating_hold_talks(pipeline: Language) -> None:
    names: Names = {"EU": ("ORG", []), "Brüssel": ("LOC", [])}
    text = "Die Außenminister der EU berieten am Montag in Brüssel über neue Sanktionen."
    (ev,) = _events(pipeline, text, names, [("Montag", "2025-12-01")])
    assert (ev.type, ev.place, ev.date) == ("talks", "Brüssel", "2025-12-01")
    assert set(ev.participants) == {"Außenminister", "EU"}


def test_a_body_alone_deliberating_on_a_matter_holds_no_talks(pipeline: Language) -> None:
    names: Names = {"Nationalrat": ("ORG", [])}
    assert not _events(pipeline, "Der Nationalrat beriet am Montag das Budget.", names, [("Montag", "2025-12-01")])


def test_whoever_reports_after_a_call_was_on_it(nlp: Language) -> None:
    # Who reports is the subject the tagger finds.
    names: Names = {"Donald Trump": ("PER", ["Trump"]), "Xi Jinping": ("PER", ["Xi"])}
    text = "Trump will Xi im April empfangen. Das sagte Trump nach einem Telefonat mit Xi am Montag."
    evs = _events(nlp, text, names, [("April", "2026-04"), ("Montag", "2025-12-01")])
    call = next(ev for ev in evs if ev.type == "call")
    assert set(call.participants) == {"Donald Trump", "Xi Jinping"}


def test_building_named_by_its_kind_is_the_place(pipeline: Language) -> None:
    names: Names = {"Markus Söder": ("PER", ["Söder"]), "Oleksii Makeiev": ("PER", ["Makeiev"])}
    text = "Söder hat am Freitag Makeiev in der Staatskanzlei getroffen."
    (ev,) = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert ev.place == "Staatskanzlei"


def test_building_named_by_its_kind_yields_to_the_town_it_belongs_to(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Emmanuel Macron": ("PER", ["Macron"]), "Aachen": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz traf Macron im Rathaus von Aachen.", names)
    assert ev.place == "Aachen"


def test_election_into_a_body_is_an_appointment_and_a_vote_in_a_region_is_not(pipeline: Language) -> None:
    names: Names = {"Martin Pfister": ("PER", ["Pfister"]), "Bundesrat": ("ORG", []), "Bayern": ("LOC", [])}
    text = "Die Bundesversammlung hat am Mittwoch Pfister in den Bundesrat gewählt."
    (ev,) = _events(pipeline, text, names, [("Mittwoch", "2025-11-26")])
    assert (ev.type, ev.status, ev.date) == ("appointment", "happened", "2025-11-26")
    assert "Martin Pfister" in ev.participants
    assert not _events(pipeline, "Die Bürger wählen am Sonntag in Bayern.", names, [("Sonntag", "2025-12-07")])


def test_becoming_the_new_holder_of_a_role_is_a_planned_appointment(pipeline: Language) -> None:
    names: Names = {"Johann Wadephul": ("PER", ["Wadephul"]), "Kiew": ("LOC", [])}
    (ev,) = _events(pipeline, "Neuer Außenminister wird Johann Wadephul.", names)
    assert (ev.type, ev.status, ev.participants) == ("appointment", "planned", ["Johann Wadephul"])
    (trip,) = _events(pipeline, "Der neue Außenminister Wadephul wird nach Kiew reisen.", names)
    assert trip.type == "travel"


def test_body_sitting_in_a_session_meets(pipeline: Language) -> None:
    text = "Das Bundeskabinett hat sich am Mittwoch in einer Sondersitzung mit dem Haushalt befasst."
    (ev,) = _events(pipeline, text, {}, [("Mittwoch", "2025-11-26")])
    assert (ev.type, ev.date, ev.participants) == ("meeting", "2025-11-26", ["Bundeskabinett"])


def test_session_of_a_court_is_no_meeting(pipeline: Language) -> None:
    assert not _events(pipeline, "Das Landgericht hat sich in einer Gerichtssitzung mit dem Fall befasst.", {})


def test_group_in_the_genitive_singular_is_named_in_the_nominative(pipeline: Language) -> None:
    names: Names = {"Markus Söder": ("PER", ["Söder"])}
    text = "Söder äußerte sich am Freitag nach einer Sitzung des Parteivorstands."
    evs = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert any("Parteivorstand" in ev.participants for ev in evs)


def test_announced_happening_is_planned_and_one_announced_at_is_not(pipeline: Language) -> None:
    names: Names = {
        "FPÖ": ("ORG", []),
        "Nationalrat": ("ORG", []),
        "Massimo D'Alema": ("PER", []),
        "Bagdad": ("LOC", []),
    }
    (ev,) = _events(pipeline, "Die FPÖ kündigte eine Sondersitzung des Nationalrats an.", names)
    assert (ev.type, ev.status) == ("meeting", "planned")
    (visit,) = _events(pipeline, "Massimo D'Alema hat bei einem Besuch in Bagdad den Abzug angekündigt.", names)
    assert (visit.type, visit.status) == ("visit", "happened")


def test_requested_session_is_no_happening(pipeline: Language) -> None:
    names: Names = {"CDU": ("ORG", []), "FDP": ("ORG", [])}
    assert not _events(pipeline, "CDU und FDP haben eine Sondersitzung des Innenausschusses beantragt.", names)


def test_holder_named_after_the_role_and_its_country_in_commas_is_met(nlp: Language) -> None:
    # The clause and its phrases are told by the tagger.
    names: Names = {
        "Katar": ("LOC", []),
        "Tamim Al Thani": ("PER", []),
        "Istanbul": ("LOC", []),
        "Recep Tayyip Erdoğan": ("PER", ["Erdoğan"]),
    }
    text = "Bei einem Treffen mit dem Emir von Katar, Tamim Al Thani, in Istanbul sagte Erdoğan am Sonntag, es gebe Hoffnung."
    evs = _events(nlp, text, names, [("Sonntag", "2025-11-30")])
    meeting = next(ev for ev in evs if ev.type == "meeting")
    assert {"Tamim Al Thani", "Recep Tayyip Erdoğan"} <= set(meeting.participants)
    assert (meeting.place, meeting.date) == ("Istanbul", "2025-11-30")


def test_both_holders_of_an_office_include_the_colleague_named_so(nlp: Language) -> None:
    text = (
        "Bundesinnenminister Dobrindt lobte seinen polnischen Amtskollegen Kierwinski. "
        "Beide Minister vereinbarten, sich im Januar in Warschau zu treffen."
    )

    def at(word: str) -> tuple[int, int]:
        return text.index(word), text.index(word) + len(word)

    def span(word: str) -> Span:
        return Span(*at(word), word)

    doc = _doc(nlp, text, timexes=[("Januar", "2026-01")])
    doc._.entities = [
        Entity(
            "Alexander Dobrindt",
            "PER",
            [span("Dobrindt")],
            roles=[Role("Bundesinnenminister", *at("Bundesinnenminister"))],
        ),
        Entity(
            "Marcin Kierwinski",
            "PER",
            [span("Kierwinski")],
            roles=[Role("polnischen Amtskollegen", *at("polnischen Amtskollegen"))],
        ),
        Entity("Warschau", "LOC", [span("Warschau")]),
    ]
    (ev,) = extract_events(doc)
    assert set(ev.participants) == {"Alexander Dobrindt", "Marcin Kierwinski"}
    assert (ev.status, ev.place) == ("planned", "Warschau")


def test_denied_reports_of_a_meeting_state_no_meeting(pipeline: Language) -> None:
    names: Names = {"Dmitri Peskow": ("PER", ["Peskow"]), "Putin": ("PER", []), "Trump": ("PER", [])}
    text = "Peskow hat Berichte über ein geplantes Treffen zwischen Putin und Trump zurückgewiesen."
    assert not _events(pipeline, text, names)


def test_reports_of_a_planned_meeting_tell_it_planned(pipeline: Language) -> None:
    names: Names = {"Putin": ("PER", []), "Trump": ("PER", [])}
    (ev,) = _events(pipeline, "Medien berichten über ein geplantes Treffen zwischen Putin und Trump.", names)
    assert ev.status == "planned"


def test_being_the_new_holder_of_a_role_is_a_made_appointment(pipeline: Language) -> None:
    names: Names = {"Boris Pistorius": ("PER", ["Pistorius"])}
    (ev,) = _events(pipeline, "Pistorius ist neuer Vorsitzender der Fraktion.", names)
    assert (ev.type, ev.status) == ("appointment", "happened")


def test_press_conference_with_a_partner_is_a_meeting_and_alone_is_none(pipeline: Language) -> None:
    names: Names = {"Alexander Dobrindt": ("PER", ["Dobrindt"]), "Marcin Kierwinski": ("PER", ["Kierwinski"])}
    text = "Dobrindt äußerte sich am Mittwoch bei einer Pressekonferenz mit Kierwinski."
    (ev,) = _events(pipeline, text, names, [("Mittwoch", "2025-11-26")])
    assert (ev.type, ev.date) == ("meeting", "2025-11-26")
    assert "Marcin Kierwinski" in ev.participants
    assert not _events(pipeline, "Dobrindt äußerte sich am Mittwoch bei einer Pressekonferenz.", names)


def test_invitation_to_talks_is_planned_talks_of_both(pipeline: Language) -> None:
    names: Names = {"Donald Trump": ("PER", ["Trump"]), "Wolodymyr Selenskyj": ("PER", ["Selenskyj"])}
    evs = _events(pipeline, "Trump lud Selenskyj zu Gesprächen ein.", names)
    talks = next(ev for ev in evs if ev.type == "talks")
    assert talks.status == "planned"
    assert set(talks.participants) == {"Donald Trump", "Wolodymyr Selenskyj"}


def test_place_visited_is_the_place_not_a_participant(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Libanon": ("LOC", [])}
    (ev,) = _events(pipeline, "Merz will im kommenden Jahr den Libanon besuchen.", names, [("kommenden Jahr", "2026")])
    assert (ev.type, ev.place, ev.participants) == ("visit", "Libanon", ["Friedrich Merz"])


def test_group_in_the_plural_meets_the_partner_named_with_mit(pipeline: Language) -> None:
    names: Names = {"Friedrich Merz": ("PER", ["Merz"])}
    text = "Die Ministerpräsidentinnen und Ministerpräsidenten der Länder kommen am Donnerstag mit Merz zusammen."
    (ev,) = _events(pipeline, text, names, [("Donnerstag", "2025-12-04")])
    assert ev.participants == ["Ministerpräsidentinnen und Ministerpräsidenten der Länder", "Friedrich Merz"]


def test_named_round_of_people_is_a_meeting(pipeline: Language) -> None:
    names: Names = {"Kanzleramt": ("ORG", [])}
    text = "Bei der Bund-Länder-Runde der Ministerpräsidenten im Kanzleramt ging es am Donnerstag um Geld."
    (ev,) = _events(pipeline, text, names, [("Donnerstag", "2025-11-27")])
    assert (ev.type, ev.place, ev.participants) == ("meeting", "Kanzleramt", ["Ministerpräsidenten"])


def test_group_acting_after_fronted_talks_held_them(pipeline: Language) -> None:
    names: Names = {"EU": ("ORG", [])}
    text = "Nach stundenlangen Verhandlungen haben sich die Staats- und Regierungschefs der EU geeinigt."
    (ev,) = _events(pipeline, text, names)
    assert ev.type == "talks"
    assert "EU" in ev.participants


def test_year_naming_a_budget_is_not_the_date_of_the_talks(pipeline: Language) -> None:
    names: Names = {"Mario Voigt": ("PER", ["Voigt"]), "BSW": ("ORG", [])}
    text = "Voigt hat am Donnerstag mit Vertretern des BSW über den Haushalt 2026 verhandelt."
    (ev,) = _events(pipeline, text, names, [("Donnerstag", "2025-11-27"), ("2026", "2026")])
    assert ev.date == "2025-11-27"


def test_leaving_asked_for_is_no_dismissal(pipeline: Language) -> None:
    names: Names = {"Dick Schoof": ("PER", ["Schoof"]), "Willem-Alexander": ("PER", [])}
    assert not _events(pipeline, "Schoof habe Willem-Alexander um seine Entlassung gebeten.", names)


def test_date_of_what_a_happening_follows_is_not_its_own(pipeline: Language) -> None:
    names: Names = {"Dick Schoof": ("PER", ["Schoof"])}
    text = "Schoof hat seinen Rücktritt eingereicht. Der Rücktritt folgt auf den Bruch der Koalition vor zwei Wochen."
    (ev,) = _events(pipeline, text, names, [("vor zwei Wochen", "2025-W47")])
    assert (ev.type, ev.date) == ("resignation", None)


def test_who_goes_along_joins_the_journey(pipeline: Language) -> None:
    names: Names = {
        "Friedrich Merz": ("PER", ["Merz"]),
        "Boris Pistorius": ("PER", ["Pistorius"]),
        "Munster": ("LOC", []),
    }
    text = "Merz reiste am Samstag nach Munster. Begleitet wurde er von Verteidigungsminister Pistorius."
    (ev,) = _events(pipeline, text, names, [("Samstag", "2025-11-29")])
    assert ev.participants == ["Friedrich Merz", "Boris Pistorius"]


def test_removal_from_office_is_a_dismissal(pipeline: Language) -> None:
    names: Names = {"Mario Kunasek": ("PER", ["Kunasek"]), "Claudia Holzer": ("PER", ["Holzer"])}
    text = "Kunasek hat am Mittwoch Landesrätin Holzer ihres Amtes enthoben."
    (ev,) = _events(pipeline, text, names, [("Mittwoch", "2025-11-26")])
    assert (ev.type, ev.date) == ("dismissal", "2025-11-26")
    assert "Claudia Holzer" in ev.participants


def test_meeting_where_the_journey_goes_is_the_travellers_alone(nlp: Language) -> None:
    # The relative "wo" clause and its verb are told by the tagger.
    names: Names = {
        "Peter Tschentscher": ("PER", ["Tschentscher"]),
        "Mette Frederiksen": ("PER", ["Frederiksen"]),
        "Friedrich Merz": ("PER", ["Merz"]),
        "Berlin": ("LOC", []),
    }
    text = (
        "Tschentscher hat Frederiksen am Montag empfangen. "
        "Am Dienstag reist Frederiksen weiter nach Berlin, wo ein Treffen mit Merz geplant ist."
    )
    evs = _events(nlp, text, names, [("Montag", "2025-12-01"), ("Dienstag", "2025-12-02")])
    planned = next(ev for ev in evs if ev.type == "meeting" and ev.status == "planned")
    assert set(planned.participants) == {"Mette Frederiksen", "Friedrich Merz"}


def test_time_opening_the_clause_is_no_subject_and_von_opens_the_groups_body(pipeline: Language) -> None:
    names: Names = {"Union": ("ORG", []), "SPD": ("ORG", []), "Kanzleramt": ("ORG", [])}
    text = "Gestern Abend haben sich die Spitzen von Union und SPD im Kanzleramt getroffen."
    (ev,) = _events(pipeline, text, names, [("Gestern Abend", "2025-11-30TEV")])
    assert ev.participants == ["Spitzen", "Union", "SPD"]


def test_visit_that_is_the_setting_of_a_statement_is_the_speakers(nlp: Language) -> None:
    # The subject is told by the parse.
    names: Names = {"Friedrich Merz": ("PER", ["Merz"]), "Kiew": ("LOC", [])}
    text = "Merz sagte am Montag bei einem Besuch in Kiew, die Hilfe gehe weiter."
    (ev,) = _events(nlp, text, names, [("Montag", "2025-12-01")])
    assert (ev.type, ev.place, ev.participants) == ("visit", "Kiew", ["Friedrich Merz"])


def test_plural_sie_stands_for_the_two_people_told_just_before(nlp: Language) -> None:
    # That the verb is plural is told by the tagger.
    names: Names = {
        "Steve Witkoff": ("PER", ["Witkoff"]),
        "Jared Kushner": ("PER", ["Kushner"]),
        "Wladimir Putin": ("PER", ["Putin"]),
        "Moskau": ("LOC", []),
    }
    text = "Witkoff und Kushner sind am Dienstag in Moskau eingetroffen. Dort sollen sie am Abend Putin treffen."
    evs = _events(nlp, text, names, [("Dienstag", "2025-12-02"), ("Abend", "2025-12-02TEV")])
    meeting = next(ev for ev in evs if ev.type == "meeting")
    assert set(meeting.participants) == {"Steve Witkoff", "Jared Kushner", "Wladimir Putin"}


def test_agreeing_at_a_named_place_is_talks_held_there(pipeline: Language) -> None:
    names: Names = {"Russland": ("LOC", []), "Ukraine": ("LOC", []), "Istanbul": ("LOC", [])}
    text = "Russland und die Ukraine haben sich am Freitag in Istanbul auf einen Austausch geeinigt."
    (ev,) = _events(pipeline, text, names, [("Freitag", "2025-11-28")])
    assert (ev.type, ev.place, ev.participants) == ("talks", "Istanbul", ["Russland", "Ukraine"])
    assert not _events(pipeline, "Russland und die Ukraine haben sich auf einen Austausch geeinigt.", names)
