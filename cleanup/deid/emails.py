"""E-mail and web addresses said aloud: read from the ``dot`` before their domain's end
back through ``at`` to the first word. The end is a known top-level domain (``dot com``,
``dot org``) or, in an e-mail address, a country's code, said as a word or spelled
(``dot fr``, ``dot c a``, ``dot co dot u k``); the user part may hold letters spelled and
numbers said (``khalid dot a r seventy``, ``wong eighty eight``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("it's tom dot a b eighty at shaw dot c a thanks, or "
...                                  "www dot clinic dot org"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in spoken_addresses(v)]
[('EMAIL', 'tom', 'a'), ('URL', 'www', 'org')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from .numbers import NUMBER_WORDS, cardinal, digits
from .spans import Span, word_span
from .view import View

TLDS = frozenset("com org net edu gov io uk us info biz".split())
# Countries' domains said as one word: only after "at", in an e-mail address.
_COUNTRY_DOMAINS = frozenset("ca fr de au ie nz in es it nl be ch se no dk co jp br mx "
                             "za ng ke pk sg ph th vn gh tz ug lk bd eg ae ar cl pe ru pl "
                             "pt gr tr il kr tw hk cn jm tt zw zm rw np my".split())
_JOINERS = frozenset("dot underscore dash hyphen".split())
_LETTERS_SPELLED = regex.compile(r"[a-z](?:-[a-z]){2,}")


def spoken_addresses(view: View) -> list[Span]:
    """``mary dot smith at gmail dot com`` (EMAIL), ``www dot clinic dot org`` (URL), with
    the path said after it (``dot c a slash forms``)."""
    spans = []
    for dot in view.positions({"dot"}):
        end, known = _domain_end(view, dot)
        if end is None:
            continue
        first, saw_at = _address_start(view, dot)
        first = _www_before(view, dot) or first
        path = _path(view, end)
        if first is None or not (known or saw_at or path != end or view.keys[first] == "www"):
            continue
        subtype = "EMAIL" if saw_at else "URL"
        spans.append(word_span(view, first, path if not saw_at else end, "CONTACT", subtype,
                               "pattern"))
    return spans + _spoken_ips(view) + _said_before_domain(view)


def _www_before(view: View, dot: int) -> int | None:
    """``www`` said a few words before the domain's ``dot``, words of the name
    between (``www riverside rehab dot ph``): a web address, whatever its end; after
    ``www dot``, the name's words may be any (``www dot bakes by jo dot co dot uk``)."""
    j, seen, plain = view.prev_word(dot, cross=False), 0, True
    while j is not None and seen < 8 and view.keys[j].isalpha():
        plain = plain and view.keys[j] not in FUNCTION_WORDS and seen < 6
        if view.keys[j] == "www" and (plain or view.keys[j + 1:j + 2] == ["dot"]):
            return j  # "www dot bakes by jo dot co dot uk": "www dot" opens it
        j, seen = view.prev_word(j, cross=False), seen + 1
    return None


_DOMAIN = regex.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


def _said_before_domain(view: View) -> list[Span]:
    """``g dot pryce forty at fastmail.com``: the user part said aloud before ``at`` and a
    domain written as one token; the address runs from the user part's first word."""
    spans = []
    for at in view.positions({"at"}):
        k = view.next_word(at, cross=False)
        j = view.prev_word(at, cross=False)
        if k is None or not _DOMAIN.fullmatch(view.keys[k]) or view.keys[k].startswith("www.") \
                or j is None or view.keys[j] in FUNCTION_WORDS:
            continue
        first, _ = _address_start(view, at, saw_at=True)
        if first is not None and first < at:
            spans.append(word_span(view, first, k, "CONTACT", "EMAIL", "pattern"))
    return spans


def _path(view: View, end: int) -> int:
    """The last token of the path said after a domain: ``slash book``, ``slash my dash
    record`` (a word after each ``slash``, joined by joiners)."""
    last = end
    j = view.next_word(end, cross=False)
    while j is not None and view.keys[j] == "slash":
        k = view.next_word(j, cross=False)
        if k is None or not view.keys[k].isalnum():
            break
        last = k
        j = view.next_word(k, cross=False)
        while j is not None and view.keys[j] in _JOINERS:
            k = view.next_word(j, cross=False)
            if k is None:
                break
            last, j = k, view.next_word(k, cross=False)
    return last


def _spoken_ips(view: View) -> list[Span]:
    """An IP address said aloud: four numbers up to 255 with ``dot`` between them
    (``eighty one dot two one four dot twelve dot seven``)."""
    spans = []
    for dot in view.positions({"dot"}):
        p = view.prev_word(dot, cross=False)
        if p is None or view.keys[p] not in NUMBER_WORDS and not view.keys[p].isdigit():
            continue
        first = _group_start(view, p)
        q = view.prev_word(first, cross=False)
        if q is not None and view.keys[q] in ("dot", "version", "v"):
            continue  # not the first group; a version's number
        j: int | None = first
        groups, last = 0, p
        while j is not None and groups < 4:
            words, where = view.run(j, 4)
            value = _octet(words)
            if value is None:
                break
            groups, last = groups + 1, where[value - 1]
            j = view.next_word(last, cross=False)
            if groups < 4:
                if j is None or view.keys[j] != "dot":
                    break
                j = view.next_word(j, cross=False)
        if groups == 4:
            spans.append(word_span(view, first, last, "CONTACT", "IPADDR", "pattern"))
    return spans


def _group_start(view: View, last: int) -> int:
    first = last
    p = view.prev_word(first, cross=False)
    while p is not None and (view.keys[p] in NUMBER_WORDS or view.keys[p].isdigit()):
        first, p = p, view.prev_word(p, cross=False)
    return first


def _octet(words: list[str]) -> int | None:
    """How many words a number from 0 to 255 takes, said digit by digit or as a number."""
    found = digits(words)
    if found is not None and int(found[0]) <= 255 and len(found[0]) <= 3:
        return found[1]
    number = cardinal(words)
    if number is not None and number[0] <= 255:
        return number[1]
    return None


def _domain_end(view: View, dot: int) -> tuple[int | None, bool]:
    """The last token of the domain's end after ``dot`` and whether it is a known
    top-level domain (else a country's code, said or spelled)."""
    j = view.next_word(dot, cross=False)
    if j is None:
        return None, False
    key = view.keys[j]
    if key in TLDS:
        return j, True
    if key in _COUNTRY_DOMAINS:
        return j, False
    if len(key) == 1 and key.isalpha():  # "c a", "u k": the code spelled
        k = view.next_word(j, cross=False)
        if k is not None and key + view.keys[k] in _COUNTRY_DOMAINS | {"uk"}:
            return k, False
    return None, False


def _spelled(view: View, i: int) -> bool:
    """A letter said alone in an address: ``a`` or ``i`` only right after a joiner
    (``dot a r``), where it cannot be the word."""
    key = view.keys[i]
    if len(key) != 1 or not key.isalpha():
        return False
    p = view.prev_word(i, cross=False)
    return key not in ("a", "i") or (p is not None and view.keys[p] in _JOINERS)


def _domain_word(view: View, p: int, reach: int = 2) -> bool:
    """A word of a domain said apart: ``at`` comes within ``reach`` words before it, with
    only such words between (``at riverside health dot org``)."""
    j: int | None = p
    for _ in range(reach):
        if j is None or not view.keys[j].isalpha() or view.keys[j] in FUNCTION_WORDS:
            return False
        j = view.prev_word(j, cross=False)
        if j is not None and view.keys[j] == "at":
            return True
    return False


def _address_start(view: View, dot: int, saw_at: bool = False) -> tuple[int | None, bool]:
    """Walk back from the ``dot`` before a top-level domain to the address's first word
    (``saw_at``: from the ``at`` before a written domain)."""
    j = view.prev_word(dot, cross=False)
    apart: int | None = None  # the domain's last word, when it was said in words apart
    first, numbered = None, saw_at and j is not None and (
        view.keys[j] in NUMBER_WORDS or view.keys[j].isdigit())
    while j is not None:
        first = j
        p = view.prev_word(j, cross=False)
        if p is None or view.keys[j] == "www":
            break
        key = view.keys[p]
        if key in _JOINERS or (key == "at" and not saw_at):
            saw_at = saw_at or key == "at"
            j = view.prev_word(p, cross=False)
            if j is not None and view.keys[j] == "at" and not saw_at:
                saw_at, j = True, view.prev_word(j, cross=False)  # "at <UNIN/> dot co dot uk"
            numbered = j is not None and (view.keys[j] in NUMBER_WORDS or view.keys[j].isdigit()
                                          or bool(_LETTERS_SPELLED.fullmatch(view.keys[j])))
            continue
        if numbered and key in ("that's", "thats") and _LETTERS_SPELLED.fullmatch(view.keys[j]):
            j = view.prev_word(p, cross=False)  # "oduya, that's O-D-U-Y-A, at ..."
            if j is None:
                break
            continue
        if key in NUMBER_WORDS or key.isdigit() or _spelled(view, p) or (
                _LETTERS_SPELLED.fullmatch(key) and saw_at):
            # "apollo two four seven", "wong eighty eight", "a r", and a name spelled
            # out after it ("oduya, O-D-U-Y-A, at ...")
            j, numbered = p, True
            continue
        if numbered and key.isalpha() and key not in FUNCTION_WORDS and key not in _REPLIES:
            j, numbered = p, False  # the letters the digits are written after
            continue
        if not saw_at and _domain_word(view, p):
            apart = j if apart is None else apart
            j = p  # "at chbe school dot ca": a domain said as two words
            continue
        if view.keys[j] in ("www",) or key in ("http", "https"):
            first = p if key in ("http", "https") else j
        elif saw_at and (len(key) == 1 or key.isdigit() or key.isalpha() and zipf(key) < 3.5):
            first = p  # "j smith at ...": an initial or a name before the last part
        break
    if apart is not None and first is not None and not _marked(view, first, dot) \
            and not _asked(view, first):
        return apart, False  # "met at riverside health dot org": no user part said
    return first, saw_at


def _marked(view: View, first: int, dot: int) -> bool:
    """A user part said as an address's is: a joiner, a letter or a number before ``at``."""
    j: int | None = first
    while j is not None and j < dot and view.keys[j] != "at":
        if view.keys[j] in _JOINERS or len(view.keys[j]) == 1 or view.keys[j] in NUMBER_WORDS:
            return True
        j = view.next_word(j, cross=False)
    return False


# Replies that open an answer, never an address's user part: "Yes, M at gmail dot com".
_REPLIES = frozenset("yes yeah yep yup no nope sure ok okay right so its it's thats "
                     "that's".split())
# Words that ask for or name an e-mail address.
_EMAIL_CUES = frozenset("email e-mail emails mail".split())


def _asked(view: View, first: int, reach: int = 15) -> bool:
    """Whether an e-mail address was asked for or named in the ``reach`` words before
    ``first``: then ``at`` between words is the address's (``your email? ... Anna Pole, at,
    Anna Pole dot org``), though no joiner or number marks the user part."""
    return any(view.bases[p] in _EMAIL_CUES for p in view.words_before(first, reach, cross=True))
