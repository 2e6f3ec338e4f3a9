"""Postcodes and ZIP codes, written or spoken: written (``SW1A 1AA``, ``B3H 2Y9``,
``02139`` after a state, ``D02 X285``) or spoken after a question about them (``postcode?
... AB one CB two``, ``zip code five five one oh one``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("And the postcode? It's W six five"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in spoken_postcodes(v)]
[('W', 'five')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from .knowledge import place_info
from .numbers import DIGIT_WORDS, NUMBER_WORDS
from .spans import Span, word_span
from .view import View

# Two-letter words said in talk, never a postcode's letters.
_SHORT_WORDS = frozenset("um uh er eh ah oh ok hm mm yo ya ha ho hi".split())
_OUTWARD = regex.compile(r"[a-z]{1,2}\d[a-z\d]?")
_INWARD = regex.compile(r"\d[a-z]{2}")
# A Canadian postcode's halves: "B3H" and "2Y9" (letter, digit, letter; digit, letter, digit).
_FSA = regex.compile(r"[a-z]\d[a-z]")
# A tumour's stage has the same shape as a Canadian postcode written whole: "T3N1M0".
_TNM = regex.compile(r"t[0-4x]n[0-3x]m[01x]")
_LDU = regex.compile(r"\d[a-z]\d")
_CANADIAN_WHOLE = regex.compile(r"[a-z]\d[a-z]\d[a-z]\d")
_ZIP = regex.compile(r"\d{5}(?:-\d{4})?")
_PIN = regex.compile(r"\d{4}|\d{6}")
# An Irish Eircode: a routing key and four letters and digits ("D02 X285").
_EIRCODE = regex.compile(r"[a-z]\d{2} (?=[a-z\d]*[a-z])[a-z\d]{4}|d6w (?=[a-z\d]*[a-z])[a-z\d]{4}")
_SPELLED = regex.compile(r"[a-z\d](?:-[a-z\d]){1,3}")
#: Words that ask for or announce a postcode.
POSTCODE_CUES = frozenset({"postcode", "postcodes", "zip", "zipcode", "postal", "post",
                            "pin", "pincode", "eircode"})
STATE_CODES = frozenset("""al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi
mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy""".split())


def written_postcodes(view: View) -> list[Span]:
    spans = []
    keys = set(view.keys)
    for key in {k for k in keys if _CANADIAN_WHOLE.fullmatch(k) and not _TNM.fullmatch(k)}:
        for i in view.positions({key}):  # "B3H2Y9": a Canadian postcode written whole
            if view.texts[i][view.shapes[i].start:][:6].isupper():
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
    for key in {k for k in keys if _OUTWARD.fullmatch(k)}:
        for i in view.positions({key}):
            j = view.next_word(i, cross=False, pauses=False)
            whole = j is not None and (_INWARD.fullmatch(view.keys[j]) or (
                _FSA.fullmatch(key) and _LDU.fullmatch(view.keys[j])) or (
                _EIRCODE.fullmatch(view.keys[i] + " " + view.keys[j])
                and view.texts[j][:4].isupper()))
            if j is not None and whole and (view.lowercase or view.texts[i].isupper()):
                spans.append(word_span(view, i, j, "LOCATION", "ZIP", "pattern"))
            elif _cued(view, i):
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
    for key in {k for k in keys if _ZIP.fullmatch(k)}:
        for i in view.positions({key}):
            p = view.prev_word(i, cross=False)
            if p is not None and (view.keys[p] in STATE_CODES or _state(view.keys[p])) \
                    or _cued(view, i):
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
            if p is not None and view.keys[p] in STATE_CODES and (
                    view.shapes[p].core.isupper() or view.lowercase):
                spans.append(word_span(view, p, p, "LOCATION", "STATE", "pattern"))  # "CA"
    for key in {k for k in keys if _PIN.fullmatch(k)}:
        for i in view.positions({key}):
            p = view.prev_word(i, cross=False)
            if len(key) == 4 and p is not None and _au_state(view, p):  # "Perth WA 6000"
                spans += [word_span(view, p, p, "LOCATION", "STATE", "pattern"),
                          word_span(view, i, i, "LOCATION", "ZIP", "pattern")]
                continue
            q, near = p, 0
            while q is not None and near < 4 and not _is_cue(view, q):
                q, near = view.prev_word(q, cross=False), near + 1
            if q is not None and near < 4:  # "postcode is 2000", "pin code 560034"
                spans.append(word_span(view, i, i, "LOCATION", "ZIP", "pattern"))
    return spans


# Australia's states and territories as an address writes them before a postcode.
AU_STATES = frozenset("nsw vic qld sa wa tas nt act".split())
_AU_WORDS = frozenset("vic qld tas".split())  # written as words: "Vic 3056"
_AU_AMBIGUOUS = frozenset("act sa wa nt".split())  # also words and initials


def _au_state(view: View, p: int) -> bool:
    """``NSW``, ``Vic``: a state's code in capitals, or written as a word (``Vic``, ``Qld``)."""
    core, key = view.shapes[p].core, view.keys[p]
    if key not in AU_STATES or not (core.isupper() or core.istitle() and key in _AU_WORDS):
        return False
    if key not in _AU_AMBIGUOUS:
        return True
    town = view.prev_word(p, cross=False)  # "Perth WA 6000", not "the ACT 2000 scores"
    return town is not None and view.shapes[town].cap and view.keys[town] not in FUNCTION_WORDS


def _state(key: str) -> bool:
    found = place_info(key)
    return found is not None and found[0] == "STATE"


def _cued(view: View, i: int, reach: int = 30) -> bool:
    """Whether a postcode or address cue came in the words before token ``i``."""
    p = view.prev_word(i)
    for _ in range(reach):
        if p is None:
            return False
        if _is_cue(view, p) or view.bases[p] == "address":
            return True
        p = view.prev_word(p)
    return False


def _is_cue(view: View, i: int) -> bool:
    """``postcode``, ``zip (code)``, ``post code``, ``postal code`` at token ``i``."""
    key = view.bases[i]
    if key not in POSTCODE_CUES:
        return False
    if key in ("post", "postal", "pin"):
        j = view.next_word(i, cross=False, pauses=False)
        return j is not None and view.keys[j] == "code"
    return True


def spoken_postcodes(view: View) -> list[Span]:
    """Letters and digits said after a postcode or ZIP cue (``AB one CB two``)."""
    spans = []
    for cue in view.positions(POSTCODE_CUES):
        if not _is_cue(view, cue):
            continue
        j = view.next_word(cue)
        for _ in range(30):
            if j is None:
                break
            end = code_run(view, j, 4)
            k = view.next_word(j, cross=False)
            if end is None and view.keys[j] in ("a", "i") and k is not None \
                    and view.keys[k] in DIGIT_WORDS:
                end = code_run(view, k, 4, lead=True)  # "a nine six x two": a letter first
            if end is not None:
                spans.append(word_span(view, j, end, "LOCATION", "ZIP", "pattern"))
                break
            j = view.next_word(j)
    return spans


def code_run(view: View, j: int, fewest: int = 5, lead: bool = False) -> int | None:
    """The last token of a spoken code that starts at ``j``: letters and digit words mixed,
    with a letter first and a digit in it (``W six five``), or ``fewest`` digits (a ZIP; four
    after a cue or a town, as Australia's and many others). ``lead``: a letter was said
    before ``j`` (an ``a`` or an ``i``, which alone are words)."""
    letters = digits = 0
    last = None
    k: int | None = j
    while k is not None:
        key = view.keys[k]
        if letters_said(view, k) or (last is not None and key in ("a", "i")):
            letters += 1
        elif key in DIGIT_WORDS or key in NUMBER_WORDS or (key.isdigit() and len(key) <= 2):
            digits += 1
        elif _OUTWARD.fullmatch(key) or _INWARD.fullmatch(key):
            letters += 1
            digits += 1
        elif _SPELLED.fullmatch(key):  # "k-4-m": spelled out with hyphens
            letters += sum(ch.isalpha() for ch in key)
            digits += sum(ch.isdigit() for ch in key)
        else:
            break
        last = k
        k = view.next_word(k, cross=False)
    first_is_letter = lead or letters_said(view, j) or bool(_OUTWARD.fullmatch(view.keys[j])) or (
        bool(_SPELLED.fullmatch(view.keys[j])) and view.keys[j][0].isalpha())
    if last is not None and ((first_is_letter and digits and letters + digits >= 2)
                             or (not letters and digits >= fewest)):
        return last
    return None


def letters_said(view: View, k: int) -> bool:
    """One or two letters said as letters: ``W``, ``AB`` (capitals), or ``w`` in ASR."""
    key, core = view.keys[k], view.shapes[k].core
    if not key.isalpha() or len(key) > 2:
        return False
    if view.lowercase:  # "dn", "qt": two letters that are no word
        return (len(key) == 1 and key not in ("a", "i")) or (
            key not in FUNCTION_WORDS and key not in _SHORT_WORDS and zipf(key) < 4.0)
    return core.isupper()
