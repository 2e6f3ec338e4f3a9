"""Regenerate ``cleanup/data/deid_given_names.txt``: given names from around the world that
the 1990 US Census lists miss and that English text uses often enough that rarity alone does
not mark them (``Kirsty``, ``Hamish``, ``Kofi``, ``Priya``), for :mod:`cleanup.deid`.

Run from the repository root with Faker, wordfreq and openai-whisper importable (none is
needed at run time)::

    python scripts/make_given_names.py [FAKER_DIR]

Source: the first-name lists of Faker's person providers (MIT licence) for the locales
below: English-speaking countries, West and East Africa, South Asia, Ireland and a few
European ones written in Latin letters. A name is kept when it is letters only, is no
census name (those are in ``deid_names.tsv``) and no place, has Zipf 2.6 to 4.0 in English
(rarer words are names by their rarity already) and GPT-2's byte-pair vocabulary says its
capitalized spelling dominates, or that it has a token for neither spelling (as
``scripts/make_deid_data.py`` decides a proper noun):
``Kirsty`` stays, ``caddie`` or ``salami`` (lowercase words in Faker's lists) go. A few
proper nouns that are no person's name (a holiday, a brand, a star sign) are left out by
hand below.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

LOCALES = """en en_GB en_IE en_NZ en_US en_IN en_KE en_NG en_PK ga_IE tw_GH yo_NG ig_NG ha_NG
sw zu_ZA fr_FR de_DE es_ES es_MX it_IT pt_BR pt_PT pl_PL nl_NL id_ID tr_TR""".split()
LOW, HIGH = 2.6, 4.0
NOT_PEOPLE = frozenset("""ramadan diwali eid taurus lexus yoga nazi philippine danish
caddie ebb feline leaner lemma panini salami katana theta zeta eta ova cadence dijon ceylon
garda immaculate leafy merrily sayin theres irl lovey prima safari messiah capa imam baba mare
nile mont apollo bama buren narcissus octave ganga dodo koko dink wadi ica ise ita sie tui
abb ale edu imo nat ras sep tex urs yar ilo
""".split())
OUT = Path(__file__).resolve().parents[1] / "cleanup" / "data" / "deid_given_names.txt"
HEADER = """# Given names the census tables miss, common enough in English text that rarity does not
# mark them (Zipf 2.6 to 4.0). Source: Faker's person providers (MIT licence), filtered by
# scripts/make_given_names.py; edit there.
"""


def faker_names() -> set[str]:
    out: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary"):
            names = getattr(provider, attr, None) or ()
            out.update(n.casefold() for n in names)
    return out


def main(argv: list[str]) -> None:
    if argv:
        sys.path.insert(0, argv[0])
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from wordfreq import zipf_frequency
    from make_deid_data import _gpt2_ranks

    from cleanup.deid.knowledge import name_info, place_info
    ranks = _gpt2_ranks()
    kept = []
    for name in sorted(faker_names()):
        if not (name.isascii() and name.isalpha() and len(name) >= 3) or name in NOT_PEOPLE:
            continue
        if name_info(name) is not None or place_info(name) is not None:
            continue
        if not LOW <= zipf_frequency(name, "en") < HIGH:
            continue
        cap, low = ranks.get(" " + name.capitalize()), ranks.get(" " + name)
        if (cap is None and low is None) or (cap is not None and (low is None or cap * 2 < low)):
            kept.append(name)
    OUT.write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
