"""Jobs known from the talk around them, with no cue of the ``I work as a`` kind:

- the answer to a question about work (the question as :func:`.work_verbs.asked_about_work`
  reads it): ``what kind of work do you do?`` … ``i do roofing work``, ``Plumber.``, or a
  later sentence that names a listed job (``I'm a teacher. School teacher.``);
- a job said as what a position is: ``my secretary position``, ``her nursing job``;
- a job found once, said again in the same file: the doctor's ``roofing work`` echoing the
  patient's, ``IT`` again but never ``it`` (:func:`job_echoes`).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("[doctor] what kind of work do you do\\n"
...                                  "[patient] i do roofing work\\n[doctor] roofing work okay"))
>>> spans = find_job_answers(v)
>>> [(v.texts[s.first], v.texts[s.last]) for s in spans]
[('roofing', 'work')]
>>> [v.texts[s.last + 1] for s in job_echoes(v, spans)]  # each place it is said
['[doctor]', 'okay']
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, DISCOURSE_WORDS, FUNCTION_WORDS, is_adjective, zipf
from .labels import past_label
from .professions import occupations
from .spans import Span, word_span
from .view import FILLERS, View
from .work_verbs import OPENERS, asked_about_work, clinical_role

# Answers that name no job: "nothing", "i'm retired", "same as before".
_NO_JOB = frozenset("""nothing retired unemployed same yes yeah no nope sure okay ok right
home housework stuff things student everything anything bits much sorry pardon huh alright
great cool perfect fine good excellent""".split())
# Words that make a job only with a word before them: "roofing work", not "work".
_ONLY_AFTER = frozenset("work job jobs".split())
# Nouns a job is said before: "my secretary position", "his teaching job".
_POSTS = frozenset("position job role post career".split())
_OWNERS = frozenset("my his her their your".split())
# The most words of a job said as an answer.
_MOST = 3


def find_job_answers(view: View) -> list[Span]:
    return _answers(view) + _posts(view)


def _answers(view: View) -> list[Span]:
    spans = []
    seen: set[int] = set()
    for i in view.positions(_QUESTION_WORDS):
        j = _next_turn(view, i)
        if j is not None and j not in seen and asked_about_work(view, j):
            seen.add(j)
            spans += _answer(view, view.turn_role(i), j)
    return spans


# Sentences of an answer read for the job: "Um, uh. A graphics designer."
_SENTENCES = 4


def _answer(view: View, asker: str | None, j: int | None) -> list[Span]:
    """The job in the answer that starts at ``j`` (:func:`.work_verbs.asked_about_work`):
    its first sentence that says something, when that is a short noun phrase, or a later
    one that names a listed job (``I'm a teacher. School teacher.``); and again after the
    asker says it back (``roofing work?``)."""
    first = True
    for _ in range(_SENTENCES):
        if j is None or (asker is not None and view.turn_role(j) == asker):
            return []
        span, said = _answer_job(view, j)
        if span is not None and (first or view.keys[span.last] in occupations()):
            echo = _next_turn(view, j)
            again = _next_turn(view, echo) if echo is not None and _echoes(view, echo, span) \
                else None
            return [span] + (_answer(view, asker, again) if again is not None else [])
        first = first and not said
        j = _next_sentence(view, j)
    return []


def _next_sentence(view: View, j: int) -> int | None:
    """The first word of the sentence after the one that holds token ``j``."""
    k: int | None = j
    while k is not None:
        j, k = k, view.next_word(k, cross=False)
    return past_label(view, view.next_word(j))


# Words that open a question about work: "what …", "Occupation?".
_QUESTION_WORDS = frozenset("what what's occupation profession employment".split())


def _echoes(view: View, i: int, span: Span) -> bool:
    """Whether the turn at ``i`` only says the answer's words back (``roofing work``)."""
    said = {view.keys[k] for k in range(span.first, span.last + 1) if view.keys[k]}
    words = [w for w in view.run(i, 8)[0] if w not in OPENERS]
    return bool(words) and set(words) <= said


def _next_turn(view: View, i: int) -> int | None:
    """The first word of the turn after the one that holds token ``i``."""
    j = view.next_word(i)
    while j is not None and not view.turn_between(i, j):
        j = view.next_word(j)
    return past_label(view, j)


def _answer_job(view: View, j: int) -> tuple[Span | None, bool]:
    """``i do roofing work``, ``tiling tiling``: the first clause of the sentence at ``j``
    is a short noun phrase (after ``i do``), with no function word in it; and whether the
    sentence says anything (``Um, uh.`` does not)."""
    words, where = view.run(j, 8, pauses=False)
    keep = [(w, k) for w, k in zip(words, where) if w not in FILLERS]
    while keep and (keep[0][0] in OPENERS or keep[0][0] in ("a", "an")):
        keep = keep[1:]  # "yeah, tiles", "well, a plumber"
    if not keep:
        return None, False
    if view.texts[where[-1]].endswith("?"):
        return None, True  # "Sorry?": a question back, no answer
    if keep[:2] and [w for w, _ in keep[:2]] == ["i", "do"]:
        keep = keep[2:]
    keep = _said_once(keep)
    phrase = [w for w, _ in keep]
    if not phrase or len(phrase) > _MOST or not _nouns(phrase):
        return None, True
    return word_span(view, keep[0][1], keep[-1][1], "PROFESSION", "PROFESSION", "answer"), True


def _said_once(keep: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``tiling tiling``, ``roofing work roofing work``: a phrase said again, kept once."""
    words = [w for w, _ in keep]
    for size in range(1, len(words) // 2 + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return keep[:size]
    return keep


def _nouns(phrase: list[str]) -> bool:
    """Whether words can name a line of work: letters, no function or discourse word, no
    plain answer (``nothing``), no adjective alone."""
    if any(not w.replace("-", "").isalpha() or w in FUNCTION_WORDS or w in DISCOURSE_WORDS
           for w in phrase):
        return False
    if any(w in _NO_JOB for w in phrase) or phrase[0] in _ONLY_AFTER:
        return False
    return len(phrase) > 1 or not is_adjective(phrase[0])


def _posts(view: View) -> list[Span]:
    """``my secretary position``: a listed occupation between an owner and a post's noun."""
    spans = []
    for i in view.positions(_POSTS):
        p = view.prev_word(i, cross=False, pauses=False)
        q = view.prev_word(p, cross=False, pauses=False) if p is not None else None
        if p is not None and q is not None and view.keys[q] in _OWNERS and \
                view.keys[p] in occupations():
            spans.append(word_span(view, p, p, "PROFESSION", "PROFESSION"))
    return spans


# A job said once is said again with these words; a word as common as this is found again
# only in a phrase of two or more words.
_COMMON = 4.5


def job_echoes(view: View, spans: list[Span]) -> list[Span]:
    """The same job said again in the file: every other run of a found job's words (one
    word only when it is rarer than ``_COMMON`` and no clinician's role: ``the
    psychiatrist`` who treats the patient is no one's PHI)."""
    found = {tuple(view.keys[k] for k in range(s.first, s.last + 1) if view.keys[k])
             for s in spans if s.category == "PROFESSION"}
    found = {f for f in found if f and (len(f) > 1 or (
        zipf(f[0]) < _COMMON and not clinical_role(f[0])))}
    out = _acronyms_again(view, spans) + _gerunds_again(view, spans)
    for phrase in found:
        for i in view.positions({phrase[0]}):
            words, where = view.run(i, len(phrase))
            if tuple(words) == phrase:
                out.append(word_span(view, where[0], where[-1], "PROFESSION", "PROFESSION",
                                     "echo"))
    return out


def _gerunds_again(view: View, spans: list[Span]) -> list[Span]:
    """A trade found as its gerund (``a steady acting job``), said again after a
    determiner, where the gerund is a noun: ``the acting side``, ``his acting pay``."""
    gerunds = {view.keys[s.first] for s in spans if s.category == "PROFESSION"
               and s.first == s.last and view.keys[s.first].endswith("ing")}
    out = []
    for i in view.positions(gerunds):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and view.keys[p] in DETERMINERS:
            out.append(word_span(view, i, i, "PROFESSION", "PROFESSION", "echo"))
    return out


def _acronyms_again(view: View, spans: list[Span]) -> list[Span]:
    """A job found as capitals in text with capitals (``IT``), found again only as the same
    capitals: ``the IT department`` again, never the word ``it``."""
    cores = {view.shapes[s.first].core for s in spans if s.category == "PROFESSION"
             and s.first == s.last and not view.lowercase
             and 2 <= len(view.shapes[s.first].core) <= 4 and view.shapes[s.first].core.isupper()}
    return [word_span(view, i, i, "PROFESSION", "PROFESSION", "echo")
            for i in view.positions({c.lower() for c in cores})
            if view.shapes[i].core in cores]
