"""Usernames, social media handles and telephone extensions: what follows ``my username
is``, a written ``@name``, the digits after ``extension``.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("my username is jdoe_84 , find me at @jd.draws or "
...                                  "call 555 0100 extension 2207"))
>>> [(s.subtype, v.texts[s.first]) for s in find_handles(v)]
[('USERNAME', 'jdoe_84'), ('USERNAME', '@jd.draws'), ('PHONE', '2207')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from .numbers import DIGIT_WORDS, NUMBER_WORDS, digits
from .spans import Span, word_span
from .view import FILLERS, View

EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # a written e-mail address
_HANDLE = regex.compile(r"(?<![\w.])@\w[\w.]*\w")
# Words joined by an underscore: how a username is written, never a word of talk.
_JOINED = regex.compile(r"[a-z0-9]+(?:[_.][a-z0-9]+)*_[a-z0-9]+(?:[_.][a-z0-9]+)*")


def find_handles(view: View) -> list[Span]:
    handles = [word_span(view, i, i, "NAME", "USERNAME", "pattern") for i, text in
               enumerate(view.texts) if "@" in text and _HANDLE.search(text)
               and view.keys[i] and not EMAIL.search(text)]  # "@kofi.paints"
    users = _usernames(view)
    said = {k for s in users for k in range(s.first, s.last + 1)}
    joined = [word_span(view, i, i, "NAME", "USERNAME", "pattern") for i, key in
              enumerate(view.keys) if "_" in key and i not in said and _joined(view, i)]
    return users + handles + joined + _said_underscores(view) + _extensions(view)


def _said_underscores(view: View) -> list[Span]:
    """``jay underscore moss eighty``: ``underscore`` said between two words joins them
    into a username, with the letters and numbers said around them."""
    spans = []
    for i in view.positions({"underscore"}):
        p = view.prev_word(i, cross=False, pauses=False)
        n = view.next_word(i, cross=False, pauses=False)
        if p is None or n is None or not view.keys[p].isalnum() or not view.keys[n].isalnum():
            continue
        first, last = p, n
        while (q := view.prev_word(first, cross=False, pauses=False)) is not None and (
                len(view.keys[q]) == 1 and view.keys[q] not in ("a", "i")):
            first = q
        while (q := view.next_word(last, cross=False, pauses=False)) is not None and (
                view.keys[q] in NUMBER_WORDS or view.keys[q].isdigit() or (
                    len(view.keys[q]) == 1 and view.keys[q] not in ("a", "i"))):
            last = q
        spans.append(word_span(view, first, last, "NAME", "USERNAME", "pattern"))
    return spans


_USER_CUES = frozenset({("username",), ("user", "name"), ("handle",), ("login",),
                        ("screen", "name"), ("user", "id")})


# Words between the cue and the name: a verb, and hedges ("is like", "is, um, probably").
_BEFORE_VALUE = frozenset("""is it's was as of should will would be just like probably
actually basically i think""".split())


def _usernames(view: View) -> list[Span]:
    """What follows ``my username is``, ``login:``: the words to the clause's end (six at
    most), said or written (``siobhan o c eighty four``, ``jdoe_84``). After any cue, and
    after a platform's name (``her insta is``), a value of a word and a number is one too
    (``it says username kemi ninety one is locked``)."""
    spans = []
    for i in view.positions({"username", "name", "handle", "login", "id"} | _PLATFORMS):
        p = view.prev_word(i, cross=False, pauses=False)
        cue = (view.keys[p], view.keys[i]) if p is not None else ()
        if (view.keys[i],) in _USER_CUES or view.keys[i] in _PLATFORMS:
            owner = p
        elif cue in _USER_CUES and p is not None:
            owner = view.prev_word(p, cross=False, pauses=False)
        else:
            continue
        span = _value(view, i)
        if span is None:
            continue
        if _mixed(view, span) or (view.keys[i] not in _PLATFORMS and (
                view.texts[i].endswith(":") or (owner is not None and view.keys[owner] in (
                "my", "your", "his", "her", "their", "our")) or _plain_cue(view, p, i))):
            spans.append(span)  # not "the handle is broken"
    return spans


# Platforms whose account names are said like usernames: "my insta is kemi dot ninety".
_PLATFORMS = frozenset("instagram insta tiktok snapchat twitter".split())


def _mixed(view: View, span: Span) -> bool:
    """A value of a word and a number said or written: ``kemi ninety one``, ``kemi91``."""
    keys = [view.keys[k] for k in range(span.first, span.last + 1) if view.keys[k]]
    numbers = [k for k in keys if k in NUMBER_WORDS or k.isdigit()]
    words = [k for k in keys if k.isalpha() and k not in NUMBER_WORDS]
    joined = any(regex.fullmatch(r"[a-z]+\d+", k) for k in keys)
    # the word opens the value and is no everyday word ("the handle is 3 cm" is none)
    named = bool(words) and keys[0] == words[0] and zipf(words[0]) < 4.0
    return joined or bool(numbers and named and len(keys) <= 5)


def _value(view: View, i: int) -> Span | None:
    """The words said as the value after the cue at ``i``."""
    j = view.next_word(i, cross=False)
    while j is not None and (view.keys[j] in _BEFORE_VALUE or view.keys[j] in FILLERS):
        j = view.next_word(j, cross=False)
    first = last = j
    k, count = j, 0
    while k is not None and count < 6 and view.keys[k] not in FUNCTION_WORDS - {"o", "a"}:
        last, count = k, count + 1
        k = view.next_word(k, cross=False, pauses=False)
    if first is not None and last is not None and count and not (
            first == last and view.keys[i] in ("handle", "login") and _plain(view, first)):
        return word_span(view, first, last, "NAME", "USERNAME", "pattern")
    return None


def _plain(view: View, i: int) -> bool:
    """An everyday word after ``login is``/``handle is`` (``slow``, ``broken``)."""
    return view.keys[i].isalpha() and zipf(view.keys[i]) >= 3.5


_LABEL = regex.compile(r"(?:spk|speaker|spkr|s)_?\d+")


def _joined(view: View, i: int) -> bool:
    """``kay_m84``: words joined by an underscore, one of them no common word (a name,
    letters); not a speaker's label (``spk_0:``, ``SPEAKER_01``) nor ``discharge_summary``."""
    key = view.keys[i]
    if not _JOINED.fullmatch(key) or view.texts[i].endswith((":", "=")) \
            or _LABEL.fullmatch(key) or code_word(view.shapes[i].core):
        return False  # ("identifier_type=": a key in code)
    return any(part.isalpha() and zipf(part) < 3.5 for part in regex.split(r"[_.]", key))


# A file's name with its extension: "carer_notes.md", "notes.txt".
#: The extensions of the files people name in transcripts and logs (a regex alternation).
FILE_EXTENSIONS = (r"(?:md|txt|py|json|csv|pdf|docx?|xlsx?|html?|js|ts|ya?ml|png|jpe?g|wav"
                   r"|mp[34]|ipynb)")
_FILE = regex.compile(r"[\w.-]+\." + FILE_EXTENSIONS, regex.IGNORECASE)


def code_word(core: str) -> bool:
    """A word that code or a file system writes: a file's name (``carer_notes.md``), or
    words joined by underscores that are all English words, numbers between them
    (``repeat_prescription``, ``identifier_2_type``; not a username such as ``ana_okafor``
    or ``kay_m84``)."""
    if _FILE.fullmatch(core):
        return True
    parts = core.split("_")
    words = [p for p in parts if not p.isdigit()]
    return len(parts) > 1 and len(words) > 1 and all(
        p.isalpha() and zipf(p.lower()) >= 3.0 for p in words)  # "identifier_2_type" too


def _plain_cue(view: View, p: int | None, i: int) -> bool:
    """``Username is ...`` opening a sentence: a cue no everyday word is (not ``handle``,
    ``login``)."""
    first = i if view.keys[i] == "username" else p
    return first is not None and view.keys[i] in ("username", "name", "id") and (
        first == i or view.keys[first] in ("user", "screen")) and view.sentence_start(first)


_EXTENSIONS = frozenset({"extension", "ext", "extn"})


def _extensions(view: View) -> list[Span]:
    """The extension said after a number, written (``extension 2207``) or said digit by
    digit (the number strings find those after their cue)."""
    spans = []
    for i in view.positions(_EXTENSIONS):
        j = view.next_word(i, cross=False)
        while j is not None and view.keys[j] in ("is", "number", "no"):
            j = view.next_word(j, cross=False)
        if j is not None and view.keys[j].isdigit() and 2 <= len(view.keys[j]) <= 6:
            spans.append(word_span(view, j, j, "CONTACT", "PHONE", "pattern"))
        elif j is not None and view.keys[j] in DIGIT_WORDS:
            words, where = view.run(j, 8)
            said = digits(words)  # "extension four four two"
            if said is not None and 3 <= len(said[0]) <= 6:
                spans.append(word_span(view, j, where[said[1] - 1], "CONTACT", "PHONE",
                                       "pattern"))
    return spans
