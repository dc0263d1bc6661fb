"""Build src/lagebild/lang/de/names_places.toml from CLDR and the hand-written supplement.

Run once when the sources change (needs ``babel``, a build-time tool only):

    .venv/bin/python tools/build_gazetteers.py

CLDR (via babel, BSD licence) gives the German names of countries and territories; the
supplement ``tools/gazetteer_src/de_places.toml`` adds short names, adjective stems, capitals,
regions and cities, and the country a capital, city, state or region lies in (``within``). The
result is committed, so lagebild needs neither babel nor this script
at run time.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "gazetteer_src" / "de_places.toml"
TARGET = ROOT / "src" / "lagebild" / "lang" / "de" / "names_places.toml"
# CLDR codes that are no countries: the EU and the UN (organisations, kept in names_orgs.toml),
# the euro zone, pseudo-locales and the unknown region.
SKIP_CODES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def genitive(name: str) -> list[str]:
    """The German genitive of a one-word place name ("Russlands"), where it differs."""
    if " " in name or not name[-1].isalpha():
        return []
    # Feminine names (die Ukraine, die Türkei, die Schweiz) and names ending in a sibilant keep
    # their form in the genitive.
    if name.endswith(("s", "x", "z", "ß", "e", "ei")) or name.isupper():
        return []
    return [name + "s"]


def entry(
    name: str, kind: str, code: str | None, forms: list[str], adjectives: list[str], within: str | None = None
) -> dict[str, Any]:
    seen: list[str] = []
    # The Swiss spelling ("Grossbritannien") comes from the language's spelling.toml when the
    # data is read, not from here.
    for form in [name, *forms]:
        for f in [form, *genitive(form)]:
            if f not in seen:
                seen.append(f)
    d: dict[str, Any] = {"name": name, "kind": kind, "forms": seen}
    if code:
        d["code"] = code
    if adjectives:
        d["adjectives"] = adjectives
    if within:
        d["within"] = within
    return d


def build() -> str:
    src = tomllib.loads(SOURCE.read_text(encoding="utf-8"))
    extra: dict[str, dict[str, Any]] = src["countries"]
    places: dict[str, list[str]] = src["places"]
    entries: list[dict[str, Any]] = []
    names_taken: set[str] = set()
    # Country code -> the country's name in the file: what its capital and cities lie within.
    country_name: dict[str, str] = {}
    territories = Locale("de").territories
    for code in sorted(territories):
        if not code.isalpha() or code in SKIP_CODES:
            continue
        cldr = territories[code]
        more = extra.get(code, {})
        names = list(more.get("names", []))
        canonical = names[0] if names else cldr
        forms = [n for n in [*names, cldr] if n != canonical]
        entries.append(entry(canonical, "country", code, forms, list(more.get("adjective", []))))
        names_taken.add(canonical)
        country_name[code] = canonical
    for code, more in sorted(extra.items()):
        capital = more.get("capital")
        for city in [capital, *more.get("cities", [])]:
            if city and city not in names_taken:
                forms = list(more.get("capital_forms", [])) if city == capital else []
                entries.append(entry(city, "city", None, forms, [], country_name.get(code)))
                names_taken.add(city)
    kinds = {
        "continents": "region",
        "german_states": "state",
        "austrian_states": "state",
        "swiss_cantons": "state",
        "us_states": "state",
        "ukrainian_regions": "region",
        "cities": "city",
        "german_towns": "town",
    }
    # The country each list's places lie in ("cities", "continents" and the towns are of many).
    list_country = {
        "german_states": "DE",
        "austrian_states": "AT",
        "swiss_cantons": "CH",
        "us_states": "US",
        "ukrainian_regions": "UA",
    }
    state_adjectives: dict[str, list[str]] = src.get("state_adjectives", {})
    for key, kind in kinds.items():
        country = country_name.get(list_country.get(key, ""))
        for name in places[key]:
            if name not in names_taken:
                within = None if name in places.get("no_country", ()) else country
                entries.append(entry(name, kind, None, [], list(state_adjectives.get(name, [])), within))
                names_taken.add(name)
    for name, more in [*src.get("historic", {}).items(), *src.get("geography", {}).items()]:
        if name not in names_taken:
            entries.append(entry(name, more["kind"], None, list(more["forms"]), list(more["adjective"])))
            names_taken.add(name)
    out = [
        "# Places in German: countries (CLDR via babel, BSD licence), their short names, genitives,",
        "# adjective stems and capitals, regions, federal states and major cities (hand-written",
        "# supplement tools/gazetteer_src/de_places.toml). Generated by tools/build_gazetteers.py:",
        "# edit the sources and rebuild rather than editing this file.",
        "",
        "# Place names that are also common words: only taken after a preposition of place.",
        "ambiguous = " + json.dumps(places["ambiguous"], ensure_ascii=False),
        "",
    ]
    for e in entries:
        out.append("[[place]]")
        for k, v in e.items():
            out.append(f"{k} = {json.dumps(v, ensure_ascii=False)}")
        out.append("")
    return "\n".join(out)


def main() -> int:
    TARGET.write_text(build(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
