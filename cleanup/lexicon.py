"""The shared word knowledge of the normalizers and the caption layout, in one place (like
ftfy's ``chardata.py``): the closed word classes of English, titles, numbers, fillers.

Normalizers import this module, :mod:`cleanup.transcript` and :mod:`cleanup.boundaries`,
never each other; the layout (:mod:`cleanup.layout.breaking`) makes its word classes of
these. A word list that only one step uses stays in that step's module; what two or more
modules consult, or what is English grammar rather than one step's rule, lives here, once,
so they cannot drift apart.

>>> word_key("It’S")
"it's"
>>> token_parts("“Well,")
('“', 'Well', ',', 'well')
>>> is_filler("Ummm"), is_filler("er"), is_filler("ER")
(True, True, False)

Data files (``cleanup/data/*.txt``) share one format, read by :func:`data_lines`: one
entry a line, and ``#`` starts a comment that runs to the end of the line.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .data import lines
from .marks import CLOSERS, DASHES, OPENERS, SENTENCE_END, split_punct

__all__ = [
    "APOSTROPHES", "CLOSERS", "DASHES", "DASH_TOKENS", "DETERMINERS", "FUNCTION_WORDS",
    "NAME_TITLES", "OPENERS", "PERSON_TITLES", "S_CONTRACTIONS", "SENTENCE_END",
    "TITLE_SPELLINGS", "ADJECTIVES", "AMBIGUOUS_DETERMINERS", "AUXILIARIES", "CANNOT_END_CLAUSE",
    "CONJUNCTIONS", "DISCOURSE_WORDS", "FUNCTION_ADVERBS", "NUMBER_WORDS", "PREPOSITIONS",
    "PRONOUNS", "QUANTIFIERS", "SUBJECT_PRONOUNS",
    "can_end_clause", "data_lines", "data_sections", "filler_pattern", "fillers", "first_names",
    "fold_apostrophes",
    "glossary_terms", "is_adjective", "is_filler", "is_number", "lower_first", "proper_nouns",
    "split_markup", "surnames", "title_first", "token_parts", "word_key", "word_set", "zipf",
]

# ---- characters ------------------------------------------------------------------------
APOSTROPHES = "'’"
# OPENERS, CLOSERS, DASHES and SENTENCE_END come from cleanup.marks (re-exported here).
#: Tokens that are only a dash: a restart or a dialogue dash, never a word.
DASH_TOKENS = frozenset({"-", "--", "—", "–", "---", "‐"})

# ---- closed word classes ---------------------------------------------------------------
#: Discourse words: said the way function words are (``well``, ``okay``, ``basically``), though
#: most of them are also content words elsewhere (``the right knee``, ``the only option``).
DISCOURSE_WORDS = frozenset("""
um uh well okay oh yeah even only basically actually anyway anyways now right essentially
literally honestly obviously frankly again
""".split())

#: Function words: the common closed-class words (articles, pronouns, prepositions,
#: conjunctions, auxiliaries) and the discourse words. Never a name, never a content repeat.
#: Contractions are not in it: the normalizers test a contraction's first part.
FUNCTION_WORDS = DISCOURSE_WORDS | frozenset("""
a an the this that these those my your his her its our their some any no every each all
both either neither i you he she it we they me him us them myself yourself there here
and or but nor so yet if then because as than though although while when where how what
why who whom whose which whether too
of to in on at by for with from about into onto over under up down out off through
between among against before after around without within upon across along
is am are was were be been being have has had do does did will would shall should can
could may might must not just like also
""".split())

#: Words after which a noun follows: ``the dr`` is the noun, ``The can can`` is a noun.
DETERMINERS = frozenset("""
the a an your my our his her their its this that these those every each any no another
some which whose what
""".split())
#: Determiners that are as often something else, so that no noun need follow them: a
#: pronoun (``gave her the``), a conjunction (``said that the``), a question (``which is``).
AMBIGUOUS_DETERMINERS = frozenset("her that which what".split())
#: Quantifiers that stand before a noun as determiners do (``several patients``, ``both
#: knees``), and alone (``both of them``).
QUANTIFIERS = frozenset("several both either neither many much few".split())

# The word classes in full, from the grammar books (no tagger needed for closed classes).
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
PRONOUNS = SUBJECT_PRONOUNS | frozenset("me him her us them".split())
CONJUNCTIONS = frozenset("""
and but or nor so yet because although though while if unless until since whereas when
where whether than that which who whom
""".split())
PREPOSITIONS = frozenset("""
about above across after against along among around as at before behind below beneath
beside between beyond by despite down during except for from in inside into like near of
off on onto out outside over past per through throughout to toward towards under upon via
with within without
""".split())
#: Auxiliary and modal verbs, with their contractions (``I’m``, ``don’t``) as word keys.
AUXILIARIES = frozenset("""
am is are was were be been being have has had do does did will would shall should can
could may might must ought i'm you're we're they're he's she's it's that's there's i've
you've we've they've i'll you'll we'll they'll he'll she'll it'll i'd you'd he'd she'd
we'd they'd don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't
wasn't weren't haven't hasn't hadn't mustn't
""".split())
#: Adverbs that qualify the words around them rather than carry content: negation, degree,
#: focus, and the pro-forms of place and time.
FUNCTION_ADVERBS = frozenset("not never also just very really too there here then".split())
#: Common adjectives (those written with a typical ending are told by :func:`is_adjective`).
ADJECTIVES = frozenset("""
new old good bad big small little large great high low long short young right left next
last first same other different important early late full whole real best better worse
worst severe mild chronic acute sharp slight main major minor common normal regular daily
weekly easy hard free open close dry wet hot cold warm red blue green white black
""".split())
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "ical", "able", "ible", "less")

#: Words that cannot end a clause: each needs a word after it. An article or a possessive
#: its noun, a preposition that is not also a particle (``in``, ``on``, ``up``, ``by`` can
#: end one: ``and on and on``) its object, a conjunction its clause, a subject pronoun or a
#: finite auxiliary its verb, ``very`` its adjective. Said twice in a row they are a
#: stumble (``the the``, ``I I think``); any other word may end one clause while its copy
#: starts the next (``take you you can't``, ``in my lab my lab is``). ``do`` is left out:
#: ``we do do that`` is the emphatic auxiliary and the verb.
CANNOT_END_CLAUSE = frozenset("""
the a an my your our their its every
of to for with from at into onto as than via per upon among toward towards during despite
and or but nor because if unless although whereas whether
i we they he she
am is are was were will would shall should can could may might must have has had does did
very
""".split())
#: Contraction endings that join a subject to its auxiliary (``I’m``, ``they’ve``, ``I’d``):
#: the auxiliary still needs its verb.
_SUBJECT_AUX_ENDINGS = frozenset("m re ve ll d".split())


def can_end_clause(key: str) -> bool:
    """Whether a word (a :func:`word_key`) can be the last word of a clause: not one of
    :data:`CANNOT_END_CLAUSE`, nor a subject with its auxiliary (``it's``, ``I'm``).

    >>> can_end_clause("you"), can_end_clause("lab"), can_end_clause("the"), can_end_clause("it's")
    (True, True, False, False)
    """
    if key in CANNOT_END_CLAUSE:
        return False
    if "'" in key:
        stem, _, ending = key.partition("'")
        ending = ending.split("'", 1)[0]
        if ending in _SUBJECT_AUX_ENDINGS or (ending == "s" and stem in S_CONTRACTIONS):
            return False
    return True


#: Numbers said as words (the cardinals; :func:`is_number` also takes digits).
NUMBER_WORDS = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
ninety hundred thousand million billion
""".split())

#: Words whose ``’s`` is "is" or "has" (``it’s you``), not a possessive (``Hashimoto’s``).
S_CONTRACTIONS = frozenset("""
it that what who where there here he she how let when why this one everyone everybody
nobody someone somebody something nothing everything
""".split())

#: Titles written before a name, and the spelling ``fix_titles`` gives the common ones.
PERSON_TITLES = frozenset("""
dr mr mrs ms mx prof sr jr st rev fr gen sen rep gov capt sgt lt col
""".split())
#: Title words written out; capitalized before a capitalized word they make it a name
#: (``Professor Liberty``, ``Doctor Who``).
NAME_TITLES = frozenset("""
doctor professor president senator governor judge officer captain sergeant general
reverend father sister brother uncle aunt saint lord lady sir madam nurse coach mayor
""".split())
TITLE_SPELLINGS = {"dr": "Dr.", "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "mx": "Mx.",
                   "prof": "Prof."}


# ---- words -----------------------------------------------------------------------------
def is_number(key: str) -> bool:
    """A number, written (``5``, ``1,000``, ``2.5``) or said (``twenty``), as a word key.

    >>> is_number("1,000"), is_number("twenty"), is_number("fifth")
    (True, True, False)
    """
    return key in NUMBER_WORDS or key.replace(",", "").replace(".", "").isdigit()


def is_adjective(key: str) -> bool:
    """A common adjective, or a longer word with an adjective's ending (``painful``)."""
    return key in ADJECTIVES or (len(key) > 5 and key.endswith(_ADJECTIVE_ENDINGS))


def fold_apostrophes(text: str) -> str:
    """’ as ' (the form in which words are compared)."""
    return text.replace("’", "'")


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def word_key(core: str) -> str:
    """How words compare: case-folded, ’, ʼ (the modifier letter some pages write) and '
    alike, a Unicode hyphen (non-breaking too) as ``-``."""
    return core.casefold().replace("’", "'").replace("ʼ", "'").translate(_HYPHENS)


def title_first(word: str) -> str:
    """The word with its first letter in title case, when that is one letter: ``ßa`` and
    ``ﬁne`` stay as they are (``ß`` would become ``Ss``, ``ﬁ`` ``Fi``: letters that were not
    there).

    >>> title_first("so"), title_first("ßa"), title_first("ﬁne"), title_first("ǆem")
    ('So', 'ßa', 'ﬁne', 'ǅem')
    """
    first = word[:1].title()
    return first + word[1:] if len(first) == 1 else word


def lower_first(word: str) -> str:
    """The word with its first letter in lowercase, when that is one letter (``İ`` stays)."""
    first = word[:1].lower()
    return first + word[1:] if len(first) == 1 else word


# Tags (with any punctuation outside them) at a token's ends: "“<i>so", "i’m</b>,".
_MARKUP = regex.compile(r"^((?:[^\w<]*<[^<>\s][^<>]*>)*)(.*?)((?:<[^<>\s][^<>]*>[^\w<]*)*)$",
                        regex.DOTALL)


def split_markup(text: str) -> tuple[str, str, str]:
    """(tags before, the rest, tags after): markup such as ``<i>`` is not part of a word.

    >>> split_markup("<i>i"), split_markup("think</i>,"), split_markup("x<y")
    (('<i>', 'i', ''), ('', 'think', '</i>,'), ('', 'x<y', ''))
    """
    if "<" not in text:
        return "", text, ""
    m = _MARKUP.match(text)
    return (m.group(1), m.group(2), m.group(3)) if m else ("", text, "")


@lru_cache(maxsize=1 << 16)
def token_parts(text: str) -> tuple[str, str, str, str]:
    """(lead, core, trail, key) of a token's text; transcripts repeat their vocabulary,
    so each distinct text is split once."""
    lead, core, trail = split_punct(text)
    return lead, core, trail, word_key(core)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a lowercase English word, cached per process."""
    from wordfreq import zipf_frequency

    _english_table()
    return zipf_frequency(word, "en")


@lru_cache(maxsize=None)
def _english_table() -> None:
    """Load wordfreq's English table once, keeping only its dict. wordfreq also caches
    the table's 330,000 words as lists of frequency buckets, from which it built the dict;
    the garbage collector would walk those lists on every full collection of a run (a few
    per cent of cleaning). The cache is wordfreq's own and refills if anything asks again."""
    import wordfreq

    wordfreq.get_frequency_dict("en", "best")
    wordfreq.get_frequency_list.cache_clear()


# ---- data files ------------------------------------------------------------------------
def data_lines(name: str) -> tuple[str, ...]:
    """The entries of ``cleanup/data/NAME``: stripped, ``#`` comments and blanks dropped."""
    return lines(name)


@lru_cache(maxsize=None)
def data_sections(name: str) -> dict[str, tuple[str, ...]]:
    """A data file in ``[section]`` parts: each section's entries (lines), in order."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
        elif current is not None:
            current.append(line)
    return {k: tuple(v) for k, v in sections.items()}


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A data file's entries, lowercase, as a set."""
    return frozenset(line.lower() for line in data_lines(name))


def first_names() -> frozenset[str]:
    """First names that are also common words (``May``, ``Will``, ``Grace``)."""
    return word_set("first_names.txt")


def surnames() -> frozenset[str]:
    """Surnames that are also common words (``Young``, ``Brown``)."""
    return word_set("surnames.txt")


def proper_nouns() -> frozenset[str]:
    """Common words usually written capitalized (``London``, ``Monday``, ``English``)."""
    return word_set("proper_nouns.txt")


def glossary_terms() -> tuple[str, ...]:
    """The bundled medical glossary (brand-name medicines, eponymous conditions)."""
    return data_lines("glossary_medical.txt")


# ---- fillers ---------------------------------------------------------------------------
def fillers() -> tuple[str, ...]:
    """The bundled filler words (``uh``, ``um``, ``er`` …), lowercase."""
    return tuple(w.lower() for w in data_lines("fillers.txt"))


def filler_pattern(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A pattern that matches any of ``words`` with its letters held (``um`` → ``ummm``).

    The lowercase words only: a filler in capitals (``ER``, the emergency room) is not one.
    """
    words = tuple(sorted({w for w in words if w}, key=len, reverse=True))
    if not words:
        return None
    alternatives = "|".join("".join(regex.escape(ch) + "+" for ch in w) for w in words)
    return regex.compile(rf"(?:{alternatives})", regex.IGNORECASE)


# Fillers that, written in capitals, are an acronym.
_ACRONYM_READINGS = frozenset({"er"})


@lru_cache(maxsize=1)
def _bundled_filler_pattern() -> regex.Pattern[str] | None:
    return filler_pattern(fillers())


def filler_matches(pattern: regex.Pattern[str] | None, core: str) -> bool:
    """Whether a token's core is a filler by ``pattern``: not in capitals (``ER``), and
    not a letter held only at its end when the word is one of two letters (``mm``)."""
    if not core or pattern is None or len(core) > 12:
        return False
    if core.isupper() and core.lower() in _ACRONYM_READINGS:
        return False  # ER: the emergency room, not a hesitation
    return pattern.fullmatch(core.replace("-", "")) is not None


def is_filler(core: str) -> bool:
    """Whether a token's core is one of the bundled fillers (``Uhh``, ``-um-``)."""
    return filler_matches(_bundled_filler_pattern(), core)
