"""A place named as the whole answer to a question of where: ``Q. And after the fall you
were taken where? A. Mercy Southwest.``, ``Where did you grow up? — Coldwater.`` In text
with capitals, an answer whose first sentence is nothing but one to four capitalized words
(``of``, ``the`` and ``and`` between them) names the place asked about when one of them is
a known place or a word less common than everyday ones (not ``Yeah.``, ``The Left Side.``,
which answers where it hurts); a kind of place, a department or no place (``Home.``, ``The
ER.``, ``Cardiology.``, ``Nowhere.``) names none.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Q: Where did they take you?\\nA: Mercy Southwest. "
...                                  "Then home.\\nQ: Where to after?\\nA: The ER."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_where_answers(v)]
['Mercy Southwest.']
"""
from __future__ import annotations

from .facilities import GENERIC, HEADS
from ..lexicon import zipf
from .knowledge import DEPARTMENTS, NOT_PERSON, TITLES, place_info
from .spans import Span, word_span
from .view import View
from .work_answers import answer_start, question_end

_LINKS = frozenset("of the and".split())
#: Answers that name no one place: "Home.", "Nowhere.", "Work."
_NO_PLACE = frozenset("""home nowhere work school hospital here there upstairs downstairs
outside inside abroad yes no okay ok sure well everywhere somewhere""".split())


def find_where_answers(view: View) -> list[Span]:
    if view.lowercase:
        return []
    spans = []
    for i in view.positions({"where", "where's"}):
        if not question_end(view, i):
            continue
        j = answer_start(view, i)
        found = _alone(view, j) if j is not None else None
        if found is not None:
            spans.append(word_span(view, found[0], found[1], "LOCATION", "OTHER", "answer"))
    return spans


def _alone(view: View, j: int) -> tuple[int, int] | None:
    """The capitalized words that make up the answer's whole first sentence, or ``None``."""
    words: list[int] = []
    k: int | None = j
    while k is not None and len(words) < 6:
        if not (view.shapes[k].cap or words and view.keys[k] in _LINKS):
            return None
        words.append(k)
        nxt = view.next_word(k)
        line_end = nxt is None or view.line_start(nxt)  # "Patient: Kenlag" and a new line
        if view.shapes[k].ends_sentence or line_end:
            break
        k = view.next_word(k, cross=False, pauses=False)
    else:
        return None
    if k is None or not (view.shapes[words[-1]].ends_sentence or line_end) \
            or "?" in view.texts[words[-1]]:
        return None  # "Syringes?": the question said back
    names = [w for w in words if view.keys[w] not in _LINKS]
    limit = 3.5 if len(names) == 1 else 4.5
    if not any(zipf(view.bases[w]) < limit or place_info(view.bases[w]) is not None
               for w in names):
        return None  # "Yeah.", "The Left Side.": common words name no place
    if not names or len(names) > 4 or all(
            view.bases[w] in GENERIC or view.bases[w] in HEADS or view.bases[w] in DEPARTMENTS
            or view.bases[w] in NOT_PERSON or view.bases[w] in _NO_PLACE
            or view.bases[w].rstrip(".") in TITLES or view.shapes[w].core.isupper()
            for w in names):
        return None
    first = words[0] if view.keys[words[0]] != "the" else words[1]
    return first, words[-1]
