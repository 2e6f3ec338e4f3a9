"""Places and employers known from the question they answer: after ``where do you live?``,
``which surgery are you with?``, ``who's your GP?`` or ``where do you work?``, the rare words
of the answer (words English barely knows that are no medicine, condition or department)
name a street, a town, a practice or an employer, even with no street word or capital:
``[patient] forty one glenmoyle park ballintra``.

The rare word takes its neighbours along: the number words before it (a house number) and
the facility or street words after it (``kilbride park``, ``tamarisk primary``). The
answer is read from the question's noun on, over the question's turn (``your address is
still ...``) and the next.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("[doctor] and where do you live now\\n"
...                                  "[patient] twelve glenmoyle park in ballintra"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_answers(v)]
[('twelve', 'park'), ('ballintra', 'ballintra')]
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from .addresses import STREET_WORDS
from .employers import employer_at
from .facilities import GENERIC, HEADS
from .knowledge import RELATIVES, rare_name_word
from .numbers import NUMBER_WORDS
from .places import place_at
from .spans import Span, word_span
from .view import View

# A question about where someone lives or works, or who cares for them: a question word and
# a noun of place, work or care within a few words of each other.
_ASKING = frozenset("where which who what what's who's whereabouts".split())
_ABOUT = frozenset("""live living lives located based address postcode eircode zip work
working employer company gp surgery practice pharmacy school registered hospital from
area town street residence""".split())
# Nouns that ask on their own: "and your address?", "Residence?"
_ALONE = frozenset("address postcode eircode zipcode employer residence".split())
# Endings of words of medicine (``immunotherapy``, ``colonoscopy``): never a place.
_CLINICAL = ("therapy", "ectomy", "otomy", "ostomy", "scopy", "graphy", "gram", "ology",
             "ologist", "plasty", "uria", "algia", "cyte", "gesic", "biotic", "ectomies")
# Words that ask for a code rather than name a place: "his nhi number".
_CODES = frozenset("nhi nhs mrn dob ssn chi ihi pps medicare medicaid".split())
# Below this word frequency (zipf) a lowercase word of the answer is a name.
RARE = 3.0
# Below this one a word next to a rare one joins it: "dun" of "dun laoghaire".
_NEIGHBOUR = 3.6
# How many words of the answer are read.
_ANSWER = 16


def find_answers(view: View) -> list[Span]:
    spans: list[Span] = []
    done = -1
    for i in view.positions(_ABOUT | _ALONE):
        if i <= done or not asks(view, i):
            continue
        for j in answer_words(view, i, _ANSWER):
            if j <= done:
                continue  # inside a place already grown
            if (last := _listed_place(view, j)) is not None:
                spans.append(word_span(view, j, last, "LOCATION", "CITY", "answer"))
                j = last  # "Salt Lake City.": a known place, however common its words
            elif (last := employer_at(view, j)) is not None:
                spans.append(word_span(view, j, last, "LOCATION", "ORGANIZATION", "answer"))
                j = last  # "which pharmacy?" ... "cvs": a chain everyone knows
            elif _rare(view, j):
                spans.append(span := _grown(view, j))
                j = span.last
            done = j
    return spans


def answer_words(view: View, i: int, most: int) -> list[int]:
    """The (up to ``most``) words after the question's word at ``i``: the rest of its turn
    and the next turn, no further."""
    words: list[int] = []
    j, turns = view.next_word(i), 0
    while j is not None and len(words) < most:
        turns += view.breaks_before(j)
        if turns > 1:
            break
        words.append(j)
        j = view.next_word(j)
    return words


def asks(view: View, i: int) -> bool:
    """Whether the noun at ``i`` is asked about: ``and your address?``, ``where do you live``."""
    if view.keys[i] in _ALONE:
        b = view.prev_word(i, cross=False, pauses=False)
        return b is None or view.keys[b] not in ("to", "we", "i", "you", "will", "can")
        # "important to address": the verb
    if view.keys[i] == "from" and view.next_word(i, cross=False, pauses=False) is not None:
        return False  # "where are you from?" ends on it; "what i'm hearing from your scan"
    p: int | None = i
    for _ in range(5):
        p = view.prev_word(p, cross=False) if p is not None else None
        if p is not None and view.keys[p] in _ASKING and _opens_question(view, p):
            return True
    return False


# Words after which a question word still opens a question: "and where do you live",
# "can you tell me where"; after a noun it opens a relative clause ("a man who presents").
_OPENERS = frozenset("""and so but okay ok now then alright right um uh er me know ask
remind just also yeah well oh""".split())


def _opens_question(view: View, q: int) -> bool:
    p = view.prev_word(q, cross=False, pauses=False)
    return p is None or view.keys[p] in _OPENERS


def _listed_place(view: View, j: int) -> int | None:
    """The last token of a gazetteer place that starts at ``j`` (a town, state or country
    usually written with a capital, capitalized here unless the text is lowercase)."""
    if not (view.lowercase or view.shapes[j].cap) or view.keys[j] in FUNCTION_WORDS:
        return None
    hit = place_at(view, j)
    return hit[0] if hit is not None and hit[1][2] else None


def _rare(view: View, j: int, limit: float = RARE) -> bool:
    base = view.bases[j]
    return ((view.lowercase or view.shapes[j].cap) and not view.shapes[j].cut
            and base not in FUNCTION_WORDS and base not in RELATIVES and base not in _CODES
            and base not in _ABOUT and base not in _ALONE and not base.endswith(_CLINICAL)
            and rare_name_word(base, view.keys[j], limit))


def _grown(view: View, j: int) -> Span:
    """The rare word at ``j`` with the number words (or uncommon words) before it and the
    street or facility words after it."""
    first = last = j
    p = view.prev_word(j, cross=False, pauses=False)
    while p is not None and (view.keys[p] in NUMBER_WORDS or _rare(view, p, _NEIGHBOUR)):
        first, p = p, view.prev_word(p, cross=False, pauses=False)
    k = view.next_word(j, cross=False, pauses=False)
    while k is not None and (view.keys[k] in STREET_WORDS or view.keys[k] in HEADS
                             or (view.keys[k] in GENERIC and k - j < 3) or _rare(view, k)):
        last, k = k, view.next_word(k, cross=False, pauses=False)
    return word_span(view, first, last, "LOCATION", "OTHER", "answer")
