"""Codes said aloud as letters and digits: ``h s c one four four two``, ``G H C dash seven
seven four one dash B``, ``2 3 1 7 B K 4 4 0 9``, and letters of a spelling alphabet with
digits (a call sign ``Seven Alpha One Two``, a plate ``four eight two, Lima Papa Xray``).

Talk spells letters one by one only when it reads something out, and strings of digits
said one by one are read too; a run that holds both is a code (a reference, a record, a
plate), whatever cue came before it or none. What stays talk: an acronym without digits
(``e c g``, ``q d s``), a letter with a number (``b twelve``, ``T2``), and letter-number
labels taken in turn (``c five c six``, ``g three p two a one``: vertebrae, obstetrics),
where no two letters and no two digits stand together.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("the ref is k l m two two nine four, and his b twelve "
...                                  "is low; call sign Nine Bravo Four Four"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_code_runs(v)]
[('k', 'four,'), ('Nine', 'Four')]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .numbers import DIGIT_WORDS, TENS, UNITS
from .spans import Span, word_span
from .view import View

#: The words of the NATO/ICAO spelling alphabet (with the spellings people write).
NATO = frozenset("""alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett
kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky
xray x-ray yankee zulu""".split())
_JOINERS = frozenset("dash hyphen".split())
# Letters said before a number that name it (its cue), not letters of the code.
_CUE_LETTERS = frozenset("mrn nhs id dob ssn no nr ref".split())
# Two words that each open a code's run only inside it: the words "a" and "i".
_WORD_LETTERS = frozenset("ai")

Kind = Callable[[View, int], tuple[str, str] | None]


def code_category(view: View, first: int, kind: Kind | None) -> tuple[str, str]:
    """A code's category from its cue (``kind``), a number's ID when it names none (or a
    contact: a code read out is no phone number)."""
    found = kind(view, first) if kind is not None else None
    return found if found is not None and found[0] != "CONTACT" else ("ID", "IDNUM")


@dataclass
class _Piece:
    first: int      # first token
    last: int       # last token
    letters: int    # letters it spells
    digits: int     # digits it says
    nato: bool = False


def _piece(view: View, i: int, inside: bool, after_letter: bool = False) -> _Piece | None:
    """The letters or digits said from token ``i`` (``inside``: after another piece;
    ``after_letter``: right after a letter, where ``a`` and ``i`` are letters too)."""
    key = view.keys[i]
    if view.texts[i].endswith(":"):
        return None  # a speaker's label ("B:")
    if key in ("double", "triple"):
        j = view.next_word(i, cross=False, pauses=False)
        nxt = _piece(view, j, True, True) if j is not None else None
        if nxt is None or nxt.first != nxt.last or nxt.nato or nxt.letters + nxt.digits != 1:
            return None
        times = 2 if key == "double" else 3
        return _Piece(i, j, nxt.letters * times, nxt.digits * times)  # type: ignore[arg-type]
    if key in NATO:
        return _Piece(i, i, 1, 0, nato=True)
    if key in DIGIT_WORDS and (key != "o" or inside):
        return _Piece(i, i, 0, 1)
    if key in TENS or (key in UNITS and UNITS[key] >= 10) or (
            key.isdigit() and 2 <= len(key) <= 3):
        return _Piece(i, i, 0, 0)  # "forty", "124": part of a code, but also a quantity
    if key.isdigit() and len(key) <= 4:
        return _Piece(i, i, 0, len(key))
    if len(key) == 1 and key.isalpha() and (key not in _WORD_LETTERS or after_letter):
        return _Piece(i, i, 1, 0)
    return None


def _run_from(view: View, i: int) -> list[_Piece]:
    """The pieces said one after another from token ``i``, a ``dash`` between them."""
    pieces: list[_Piece] = []
    j: int | None = i
    while j is not None:
        piece = _piece(view, j, bool(pieces), bool(pieces) and pieces[-1].letters > 0)
        if piece is None:
            if not (pieces and view.keys[j] in _JOINERS):
                break
            k = view.next_word(j, cross=False)
            if k is None or _piece(view, k, True) is None:
                break
            j = k
            continue
        pieces.append(piece)
        j = view.next_word(piece.last, cross=False)
        if j is not None and view.next_word(piece.last, cross=False, pauses=False) is None \
                and not (any(p.nato for p in pieces) or view.keys[j] in NATO):
            break  # a comma ends a code, except between words of a spelling alphabet
    return pieces


def _is_code(view: View, pieces: list[_Piece]) -> bool:
    letters = sum(p.letters for p in pieces)
    digits = sum(p.digits for p in pieces)
    nato = sum(p.nato for p in pieces)
    if not letters or not digits and nato < 3:
        return False
    if _labels(pieces):
        return False
    if nato:
        return nato >= 3 or (len(pieces) >= 4 and _nato_placed(view, pieces))
    return (letters >= 2 and digits >= 3) or digits >= 4


# Words after a reading, not a code: "B P one forty over ninety", "... point two", units.
_READINGS = frozenset("""over percent per point mg milligrams micrograms mcg units ml mls
kilos kg grams degrees times hours minutes days weeks beats mmol millimoles""".split())


def _measured(view: View, last: int) -> bool:
    j = view.next_word(last, cross=False)
    return j is not None and view.keys[j] in _READINGS


def _nato_placed(view: View, pieces: list[_Piece]) -> bool:
    """A code with spelling-alphabet words: two of them with a letter or more, or one
    between digits (``Seven Alpha One Two``); not a month's name before a year
    (``november twenty twenty one``)."""
    at = [k for k, p in enumerate(pieces) if p.nato]
    if sum(p.letters for p in pieces) >= 2:
        return True
    k = at[0]
    return 0 < k < len(pieces) - 1 and view.keys[pieces[k].first] != "november"


def _labels(pieces: list[_Piece]) -> bool:
    """Letter-number labels in turn (``c five c six``, ``g three p two``): no two letters
    and no two numbers side by side."""
    kinds = ["L" if p.letters else "D" for p in pieces]
    return all(a != b for a, b in zip(kinds, kinds[1:])) and all(
        p.letters <= 1 for p in pieces)


def _trimmed(view: View, pieces: list[_Piece]) -> list[_Piece]:
    """The run without the letters of its cue before it (``m r n``, ``n h s``) or of a
    time after it (``four forty p m``)."""
    if len(pieces) >= 2 and [view.keys[p.first] for p in pieces[-2:]] == ["p", "m"]:
        pieces = pieces[:-2]
    for size in range(min(3, len(pieces)), 1, -1):
        head = pieces[:size]
        if all(p.letters == 1 and not p.nato for p in head) and "".join(
                view.keys[p.first] for p in head) in _CUE_LETTERS:
            return pieces[size:]
    return pieces


def find_code_runs(view: View, kind: Kind | None = None) -> list[Span]:
    """Runs of letters and digits that are codes; ``kind`` names one from the words before
    its first token (a cue), else it is an ID number."""
    spans: list[Span] = []
    done = -1
    starts = {k for k in set(view.keys) if len(k) == 1 or k in NATO or k.isdigit()} | set(
        DIGIT_WORDS) | set(TENS) | {"double", "triple"}
    for i in view.positions(starts):
        if i <= done:
            continue
        pieces = _trimmed(view, _run_from(view, i))
        if not pieces:
            continue
        done = pieces[-1].last
        if not _is_code(view, pieces) or _measured(view, done):
            continue
        first, last = pieces[0].first, pieces[-1].last
        spans.append(word_span(view, first, last, *code_category(view, first, kind),
                               "pattern"))
    return spans
