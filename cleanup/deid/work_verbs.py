"""Jobs said with a verb of work, and a clinician's own role.

What someone does for a living is often said as what they do: the answer to a question
about work (``Occupation? - I sell vegetables.``, ``what does he do? - he fixes boilers``),
a work vehicle driven for an employer or for years (``he drove a snowplough for Cook County
for twenty years``), and ``I'm the ...`` with a job after a word of work (``I just left
work, I'm the senior accountant at ...``). A clinician who gives their name and then their
role (``My name is Ana Diaz, I'm a nurse practitioner with the heart clinic``) speaks of
their own post, which is no patient's PHI.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("A: Occupation?\\nB: I sell vegetables.\\nA: And he drove "
...                                  "a bus for the council for years."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_work_verbs(v, frozenset())]
[('sell', 'vegetables.'), ('drove', 'bus')]
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from .knowledge import CLINICIAN_TITLES, RELATIVES
from .spans import Span, word_span
from .view import View

# Words that ask about someone's work in a question: "Occupation?", "what work do you do?".
_ASKING = frozenset("occupation profession employment job work living do".split())
# Nouns that ask about work on their own: "Occupation?"
_NOUNS = frozenset("occupation profession employment".split())
# Verbs of a trade said in the answer: "I sell ...", "he fixes ...".
_TRADE_VERBS = frozenset("""sell sells drive drives fix fixes repair repairs make makes teach
teaches clean cleans cook cooks build builds deliver delivers sew sews paint paints farm
farms mend mends install installs""".split())
_SUBJECTS = frozenset("i he she we they".split())
# Words of amount or manner after a verb, never its trade: "I drive a bit", "I cook slowly".
_AMOUNTS = frozenset("bit lot little slowly fine okay much more less sometimes".split())
#: Words that open an answer before what it says: "well, I sell …", "yeah, roofing".
OPENERS = frozenset("um uh er well oh so mostly just still okay ok right yeah yes ah".split())
_DRIVE = frozenset("drive drives drove driving driven operate operates operated".split())
# Vehicles driven for work: "a plough truck", "the school bus", "a forklift".
_VEHICLES = frozenset("""bus buses taxi cab truck lorry van tractor forklift snowplow snowplough
plow plough ambulance train tram crane digger bulldozer excavator tanker rig semi coach
minibus matatu rickshaw tuk-tuk hearse dumper""".split())
# Words after "for" that say an employer or a length of working life.
_WORK_FOR = frozenset("""years year living company council city county firm state
government railway""".split())
_WORK_CUES = frozenset("work shift job office".split())
# A clinician's own roles: said after their name, their post, not a patient's job.
_CLINICAL_ROLES = frozenset("""nurse practitioner doctor physician therapist physiotherapist
physio pharmacist midwife surgeon consultant registrar paramedic counsellor counselor
psychologist psychiatrist dietitian dietician gp clinician radiographer sonographer
hygienist optometrist audiologist dentist provider attending resident""".split())
_INTRODUCTIONS = (("my", "name", "is"), ("this", "is"), ("name's",))


def find_work_verbs(view: View, jobs: frozenset[str]) -> list[Span]:
    return _answers(view) + _driven(view) + _the_job_after_work(view, jobs) + \
        _for_a_living(view) + _trade_jobs(view, jobs)


# Nouns a trade's gerund is said before: "an acting job", "my nursing career".
_JOB_NOUNS = frozenset("job jobs career gig gigs income contract contracts".split())


def _trade_jobs(view: View, jobs: frozenset[str]) -> list[Span]:
    """``a steady acting job``, ``my nursing career``, ``a welding gig``: a gerund
    before a noun of a job (not ``gardening work``, a chore), when the one who does it is
    a listed job (acting: actor, nursing: nurse, teaching: teacher); not ``a boring job``
    (no borer is listed)."""
    spans = []
    for i in view.positions(_JOB_NOUNS):
        g = view.prev_word(i, cross=False, pauses=False)
        if g is not None and _trade_gerund(view.keys[g], jobs):
            spans.append(word_span(view, g, g, "PROFESSION", "PROFESSION"))
    return spans


# Gerunds of having or doing any job, no trade: "working jobs we hate", "holding a job".
_ANY_WORK = frozenset("""working doing holding keeping getting having finding taking changing
leaving starting losing paying running applying""".split())


def _trade_gerund(key: str, jobs: frozenset[str]) -> bool:
    if len(key) < 6 or not key.endswith("ing") or not key.isalpha() or key in _ANY_WORK:
        return False
    stem = key[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "shopping"
    return any(s + end in jobs for s in {stem, doubled}
               for end in ("er", "or", "e", "r", "ist", ""))


_LIVING_SUBJECTS = _SUBJECTS | {"you", "who", "and", "i'm", "he's", "she's", "they're"}


def _for_a_living(view: View) -> list[Span]:
    """``I repair boilers for a living``, ``she cleans houses for a living``: the verb and its
    object before ``for a living``, back to the subject (not the question ``what does she
    do for a living``)."""
    spans = []
    for i in view.positions({"living"}):
        p = view.prev_word(i, cross=False, pauses=False)
        f = view.prev_word(p, cross=False, pauses=False) if p is not None else None
        if p is None or f is None or view.keys[p] != "a" or view.keys[f] != "for":
            continue
        last = k = view.prev_word(f, cross=False, pauses=False)
        first = None
        for _ in range(4):
            if k is None or view.keys[k] in _LIVING_SUBJECTS:
                break
            if view.keys[k] in FUNCTION_WORDS or not view.keys[k].replace("-", "").isalpha():
                first = None
                break
            first = k
            k = view.prev_word(k, cross=False, pauses=False)
        if first is None or last is None or k is None or view.keys[k] not in _LIVING_SUBJECTS \
                or first == last and view.keys[first] in ("do", "does", "did"):
            continue  # "what does he do for a living": the question
        spans.append(word_span(view, first, last, "PROFESSION", "PROFESSION", "answer"))
    return spans


def asked_about_work(view: View, j: int) -> bool:
    """Whether the question before the word at ``j`` asks about work: the sentence with a
    ``?`` in the words before it, or in lowercase ASR (no ``?``) the turn before's last; a
    noun of work (``Occupation?``), or ``what`` with a word of work in it (``what work do
    you do?``, ``what's his job?``) or at its end (``what does she do?``; not ``what do you
    do for the pain?``)."""
    p = view.prev_word(j)
    seen = 0
    while p is not None and seen < 12 and "?" not in view.texts[p] \
            and not (view.lowercase and view.turn_between(p, j)):
        p, seen = view.prev_word(p), seen + 1
    if p is None or ("?" not in view.texts[p] and not view.lowercase):
        return False  # punctuated text marks its questions
    last = view.bases[p].rstrip("?")
    words = set()
    for _ in range(8):
        if p is None:
            break
        words.add(view.bases[p].rstrip("?"))
        p = view.prev_word(p, cross=False)
    return bool(words & _NOUNS) or (bool(words & _WHAT) and bool(
        words & _ASKING - {"do"} or last == "do"))


_WHAT = frozenset({"what", "what's"})


def _answers(view: View) -> list[Span]:
    """``I sell charcoal``: a trade's verb and its object opening the answer to a question
    about work."""
    spans = []
    for i in view.positions(_SUBJECTS):
        p = view.prev_word(i, cross=False)
        while p is not None and view.keys[p] in OPENERS:
            p = view.prev_word(p, cross=False)
        if p is not None and view.texts[p].endswith(":"):
            p = None  # a speaker's label: the turn starts here
        v = view.next_word(i, cross=False, pauses=False)
        if p is not None or v is None or view.keys[v] not in _TRADE_VERBS \
                or not asked_about_work(view, i):
            continue  # the answer opens its sentence: "I sell ..."
        end = _object_end(view, v)
        if end is not None:
            spans.append(word_span(view, v, end, "PROFESSION", "PROFESSION", "answer"))
    return spans


def _object_end(view: View, v: int) -> int | None:
    """The last of up to three object words after the verb at ``v`` (an article allowed
    first), ending the clause."""
    k = view.next_word(v, cross=False, pauses=False)
    last = None
    for _ in range(4):
        if k is None or not view.keys[k].replace("-", "").isalpha():
            break
        if view.keys[k] in FUNCTION_WORDS and not (last is None and view.keys[k] in ("a", "an")) \
                or view.keys[k] in _AMOUNTS:
            break
        last = k if view.keys[k] not in ("a", "an") else last
        k = view.next_word(k, cross=False, pauses=False)
    return last


def _fleet(word: str) -> bool:
    """A work vehicle in the plural (``trucks``, ``buses``, ``lorries``): driven for work."""
    return word.endswith("s") and any(
        stem in _VEHICLES for stem in (word[:-1], word[:-2], word[:-3] + "y"))


def _driven(view: View) -> list[Span]:
    """``he drove a snowplough for Cook County``: a verb of driving, a work vehicle and
    ``for`` with an employer or years after it; or work vehicles in the plural after the
    verb (``drives taxis``)."""
    spans = []
    for i in view.positions(_DRIVE):
        words, where = view.run(i, 8, pauses=False)
        if len(words) >= 2 and _fleet(words[1]) and view.keys[i] != "driven":
            spans.append(word_span(view, i, where[1], "PROFESSION", "PROFESSION"))
            continue  # "he is currently driving trucks", "I drove cabs": a trade
        if len(words) < 4 or words[1] not in ("a", "an", "the"):
            continue
        end = next((k for k in range(2, min(5, len(words))) if words[k] == "for"), None)
        if end is None or not any(w in _VEHICLES for w in words[2:end]):
            continue
        after = words[end + 1:end + 5]
        employer = any(w in _WORK_FOR for w in after) or (
            end + 1 < len(where) and view.capitalized(where[end + 1]))
        if employer:
            spans.append(word_span(view, i, where[end - 1], "PROFESSION", "PROFESSION"))
    return spans


def _the_job_after_work(view: View, jobs: frozenset[str]) -> list[Span]:
    """``I just left work, I'm the chief pharmacist at ...``: ``I'm the`` and a job, a
    word of work a few words before it."""
    spans = []
    for i in view.positions({"i'm"}):
        words, where = view.run(i, 5, pauses=False)
        if len(words) < 3 or words[1] != "the" or not _work_before(view, i):
            continue
        end = next((k for k in range(2, len(words)) if words[k] in jobs), None)
        if end is not None and all(w not in FUNCTION_WORDS for w in words[2:end]):
            spans.append(word_span(view, where[2], where[end], "PROFESSION", "PROFESSION"))
    return spans


def _work_before(view: View, i: int) -> bool:
    return any(view.bases[p] in _WORK_CUES for p in view.words_before(i, 8))


def clinical_role(word: str) -> bool:
    """Whether a word names a clinician's role: ``nurse``, ``cardiologist``, ``psychiatrist``."""
    return word in _CLINICAL_ROLES or word in CLINICIAN_TITLES or word.endswith(
        ("ologist", "iatrist"))


# Who else a job after "as" can be said of; the roles of those a clinician sees.
_OTHERS = frozenset("you you're he he's she she's they they're your his her their".split())
_CLIENTS = frozenset("patient client pt caller".split())


def own_role(view: View, span: Span) -> bool:
    """Whether a job found after ``I'm a`` is a clinician's own role: said with their name
    (``My name is Ana Diaz, I'm a nurse practitioner``) or in a turn a clinician's label
    opens (``[doctor] because i'm a cardiologist``)."""
    role = view.turn_role(span.first) or ""
    before = [view.keys[p] for p in view.words_before(span.first, 4)]
    if clinical_role(role) and any(k in ("i'm", "am", "as") for k in before) \
            and not any(k in _OTHERS for k in before) and not _asked_of_work(view, span):
        return True  # "[doctor] ... because i'm a cardiologist", "Therapist: As head
        # coach, ...": a job in a clinician's turn, said of the speaker, is theirs
    if not clinical_role(view.bases[span.last]):
        return False
    if role in _CLIENTS and any(k in ("you're", "you") for k in before):
        return True  # "Client: You're a nurse, so ...": the clinician's role
    if role in _CLIENTS and any(k in ("i'm", "am") for k in before):
        return False  # "Patient: My name is Tom. I'm a nurse": the patient's own job
    # "My name is Ana Diaz, I'm a nurse"; "I'm a nurse, my name is Jo"
    return any(_introduces(view, p) for p in view.turn_words_before(span.first, 12)) or any(
        _introduces(view, n) for n in view.words_after(span.last, 4)) or _of_a_clinician(
        view, span) or _yours(view, span)


# Verbs of work before "as": "still working nights as a forklift operator?"
_WORKING = frozenset("work works worked working employed job".split())


def _asked_of_work(view: View, span: Span) -> bool:
    """``Therapist: Still working nights as a forklift operator?``: a verb of work before
    ``as`` with no ``I`` of the speaker's, in a question: the job asked about is the
    client's."""
    before = [view.keys[p] for p in view.words_before(span.first, 5)]
    k = span.last
    while (n := view.next_word(k, cross=False, pauses=False)) is not None:
        k = n
    return any(b in _WORKING for b in before) and not any(
        b in ("i", "i'm", "i've", "am", "my") for b in before) and "?" in view.texts[k]


def _yours(view: View, span: Span) -> bool:
    """``all your years as a doctor``: a clinician's role said to the clinician,
    in a turn no clinician's label opens (not ``your wife is a nurse``)."""
    before = [view.bases[p] for p in view.words_before(span.first, 5)]
    return "your" in before and not any(b in RELATIVES for b in before) and \
        not clinical_role(view.turn_role(span.first) or "")


_THIRD_PERSONS = frozenset("he's she's he she".split())
_REACH = 12  # words back to the clinician a role is said of


def _of_a_clinician(view: View, span: Span) -> bool:
    """``Doctor Reyes? She's a rheumatologist``: a role said of a clinician named with a
    title just before (``he``/``she`` the cue), not of the patient or a relative."""
    cue = next((p for p in view.words_before(span.first, 3)
                if view.keys[p] in _THIRD_PERSONS), None)
    j, seen = cue, 0
    while j is not None and seen < _REACH:
        j, seen = view.prev_word(j), seen + 1
        if j is not None and view.bases[j] in ("doctor", "dr") and \
                (n := view.next_word(j)) is not None and view.keys[n] not in FUNCTION_WORDS:
            return True
    return False


def _introduces(view: View, i: int) -> bool:
    words, _ = view.run(i, 3, pauses=False)
    return any(tuple(words[:len(cue)]) == cue for cue in _INTRODUCTIONS)
