"""Generated articles for the store benchmark: varied names, spellings, dates, outlets, roles.

Each article is an annotation spec (see lagebild.resolve.spec) with German sentences built from
our own templates, so ``extraction_from_spec`` turns it into an Extraction without the language
pipeline. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

FIRST = [
    "Anna",
    "Boris",
    "Clara",
    "Dmitri",
    "Elena",
    "Felix",
    "Greta",
    "Hakan",
    "Irina",
    "Jonas",
    "Katrin",
    "Lukas",
    "Marta",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rosa",
    "Stefan",
    "Tanja",
    "Uwe",
    "Vera",
    "Walter",
    "Yusuf",
    "Zofia",
]
# Surnames with the spellings different outlets use for them.
SURNAMES = [
    ["Petrow", "Petrov"],
    ["Kowalenko", "Kovalenko"],
    ["Schewtschenko", "Shevchenko"],
    ["Sacharowa", "Zakharova"],
    ["Jermolow", "Yermolov"],
    ["Lindqvist"],
    ["Brandt"],
    ["Okafor"],
    ["Moreau"],
    ["Nowak"],
    ["Tkatschuk", "Tkachuk"],
    ["Fischer"],
    ["Haddad"],
    ["Marchetti"],
    ["Olsen"],
    ["Wójcik", "Wojcik"],
    ["Bauer"],
    ["Kuznezow", "Kuznetsov"],
    ["Romero"],
    ["Jansen"],
    ["Selenko"],
    ["Ivanova"],
    ["Demir"],
    ["Keller"],
    ["Laurent"],
    ["Horvat"],
]
ROLES = [
    "Außenminister",
    "Außenministerin",
    "Regierungssprecher",
    "Sondergesandter",
    "Verteidigungsminister",
    "Delegationsleiter",
    "Botschafter",
    "Präsident",
    "Kanzleramtschef",
    "Generalsekretär",
    "Parteichef",
]
PLACES = [
    "Berlin",
    "Wien",
    "Genf",
    "Brüssel",
    "Warschau",
    "Paris",
    "Rom",
    "Istanbul",
    "Riad",
    "Helsinki",
    "Oslo",
    "Prag",
]
OUTLETS = [
    "Rheinische Rundschau",
    "Zürcher Depesche",
    "Wiener Abendpost",
    "Ostsee-Anzeiger",
    "dpa-Eildienst",
    "Berliner Morgenblatt",
    "Alpenkurier",
    "Hanse-Nachrichten",
    "Donaublatt",
    "Elbe-Zeitung",
]
TOPICS = [
    "Waffenruhe",
    "Gefangenenaustausch",
    "Energiepreise",
    "Sanktionen",
    "Getreidekorridor",
    "Wiederaufbau",
    "Haushalt",
    "Migrationsabkommen",
    "Zollstreit",
    "Sicherheitsgarantien",
]
QUOTES = [
    "Wir sind zu Gesprächen über {t} bereit",
    "Bei {t} gibt es noch viel zu tun",
    "Ohne Einigung bei {t} wird es keinen Fortschritt geben",
    "Die Gespräche über {t} waren konstruktiv",
    "Wir erwarten bei {t} klare Zusagen",
    "Über {t} wird nicht in der Öffentlichkeit verhandelt",
]
KINDS = [
    ("meeting", "treffen", "trafen sich"),
    ("talks", "verhandeln", "verhandelten"),
    ("call", "telefonieren", "telefonierten"),
]
ZONE = ZoneInfo("Europe/Berlin")


def people(rng: random.Random, n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        spellings = SURNAMES[i % len(SURNAMES)]
        out.append(
            {
                "given": FIRST[(i * 7 + i // len(SURNAMES)) % len(FIRST)],
                "spellings": spellings,
                "role": rng.choice(ROLES),
            }
        )
    return out


def article(rng: random.Random, n: int, cast: list[dict[str, Any]], start: datetime) -> dict[str, Any]:
    a, b = rng.sample(cast, 2)
    outlet = rng.choice(OUTLETS)
    published = start + timedelta(days=rng.randrange(365), minutes=rng.randrange(24 * 60))
    kind, plan_verb, past_verb = rng.choice(KINDS)
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    planned = rng.random() < 0.4
    day = (
        (published + timedelta(days=rng.randrange(1, 4)))
        if planned
        else (published - timedelta(days=rng.randrange(0, 2)))
    )
    name_a = f"{a['given']} {rng.choice(a['spellings'])}"
    name_b = f"{b['given']} {rng.choice(b['spellings'])}"
    # Every fourth article names the second person by surname only, as agency copy often does;
    # with several people per surname in the cast, that is the ambiguous case resolution must handle.
    if rng.random() < 0.25:
        name_b = name_b.split()[-1]
    sur_a = name_a.split()[-1]
    wday = day.strftime("%d.%m.%Y")
    if planned:
        event_sentence = f"{a['role']} {name_a} und {name_b} wollen am {wday} in {place} {plan_verb}."
        trigger = plan_verb
    else:
        event_sentence = f"{a['role']} {name_a} und {name_b} {past_verb} am {wday} in {place}."
        trigger = past_verb
    quote = rng.choice(QUOTES).format(t=topic)
    mark = rng.choice([("„", "“"), ("«", "»"), ("»", "«"), ('"', '"')])
    text = (
        f"{topic}: {sur_a} und {name_b.split()[-1]} in {place}\n"
        f"{event_sentence} Es geht um {topic}, Meldung Nummer {n}.\n"
        f"{mark[0]}{quote}{mark[1]}, sagte {sur_a} nach Angaben von {outlet}."
    )
    return {
        "id": f"gen-{n:06d}",
        "outlet": outlet,
        "published": published.isoformat(),
        "text": text,
        "entities": [
            {"name": name_a, "aliases": [sur_a], "roles": [a["role"]]},
            {"name": name_b},
        ],
        "quotes": [{"text": quote, "speaker": sur_a}],
        "events": [
            {
                "type": kind,
                "trigger": trigger,
                "participants": [name_a, name_b],
                "place": place,
                "date": day.date().isoformat(),
                "status": "planned" if planned else "happened",
            }
        ],
    }


def articles(count: int, seed: int = 7, cast_size: int = 240) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    cast = people(rng, cast_size)
    start = datetime(2025, 1, 1, 8, 0, tzinfo=ZONE)
    return [article(rng, n, cast, start) for n in range(count)]
