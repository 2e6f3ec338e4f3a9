"""Organizations named by what introduces them: a clinician's ``I'm Dr. Lee from
Northside``, ``calling from``, ``here at``; an employer (``she works at costco``); a home
(``he lives at Brookhaven Senior Living``); a service (``the chemist at pellings``); an
employer after a job (``a machinist at honeywell``).

The name is what follows the preposition: in text with capitals its capitalized words
(connectors between them kept: ``GP at Hand``), in lowercase ASR its rare words (``here
at lakeshore orthopedics today``), never a department or a kind of place (``from
cardiology``, ``at the hospital``, ``works at home``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("i'm doctor lee from cardiology , here at lakeshore "
...                                  "orthopedics today . my wife works at target"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_organizations(v)]
[('lakeshore', 'orthopedics'), ('target', 'target')]
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .company_names import CALENDAR, COMPANY_HEADS, company_names
from .employers import employer_at, find_visited_chains, known_employer
from .facilities import GENERIC, HEADS
from .knowledge import DEPARTMENTS, NOT_PERSON, TITLES, drug_like, is_protected
from .name_base import eponym
from .numbers import NUMBER_WORDS
from .professions import occupations
from .spans import Span, word_span
from .speech_words import SELF
from .view import View
from .work_verbs import clinical_role
from .workplaces import WORK_TIMES
from .work_answers import find_work_answers

# Words right before the preposition that make what follows an organization (or a home).
_WORK = frozenset("work works worked working employed job volunteer volunteers "
                  "volunteering".split())
# Verbs of work that take "for" only: "I drive for Yellow Cab", "she delivers for ocado".
_WORK_FOR = frozenset("drive drives drove driving deliver delivers delivered delivering "
                      "clean cleans cleaned cleaning".split())
# Verbs of buying: what follows "from" is a shop ("bought it from superdrug").
_BUY = frozenset("bought buy buys buying purchased ordered".split())
_BOUGHT = frozenset("it them some these those one".split())  # "bought it from"
_CALLING = frozenset("calling ringing phoning speaking call".split())
# A service named by where it is: "the chemist at Pellings", "the pharmacy at Morrisons".
_SERVICES = frozenset("""chemist chemists pharmacy pharmacist clinic surgery practice gp
dentist optician opticians physio""".split())
_HOME = frozenset("live lives lived living staying stays resident resides".split())
# Brands that are no person but are someone's employer: "a driver for Amazon".
_EMPLOYERS = frozenset("apple virgin disney google amazon".split())
_CONNECTORS = frozenset({"at", "of", "and", "&", "the", "on", "de"})
# Words that end a name in lowercase ASR: times and places said after it.
_AFTER = frozenset("""today tonight tomorrow yesterday now anymore again downtown there
here too also still right""".split())


def find_organizations(view: View) -> list[Span]:
    spans = []
    for i in view.positions({"from", "at", "for", "with", "in"}):
        subtype = _introduces(view, i)
        if subtype is None and view.keys[i] == "with" and _after_job(view, i) and \
                (known := known_employer(view, i)) is not None:
            spans.append(word_span(view, known[0], known[1], "LOCATION", "ORGANIZATION"))
            continue  # "you worked with enterprise": a known employer, not a colleague
        if subtype is None:
            continue
        job = _after_job(view, i)
        school = view.keys[i] in ("at", "in") and _studying(
            view, view.prev_word(i, cross=False))  # "studying nursing at Central"
        chunk = _rare_chunk(view, i, job) if view.lowercase else \
            _capitalized_chunk(view, i, school)
        if chunk is not None and (end := employer_at(view, chunk[0])) is not None:
            chunk = (chunk[0], max(end, chunk[1]))  # "T mobile": a name in parts
        elif chunk is None and (job or subtype == "ORGANIZATION" and view.keys[i] == "for"):
            chunk = known_employer(view, i)  # "at the local walmart", "for enterprise"
        if chunk is not None:
            spans.append(word_span(view, chunk[0], chunk[1], "LOCATION", subtype))
    return spans + _answered(view) + company_names(view) + find_work_answers(view) \
        + find_visited_chains(view)


def _answered(view: View) -> list[Span]:
    """``thank you for calling Harbor Dental``, ``you've reached Brightside``: the business
    a call's answerer names (not ``thanks for calling me back``)."""
    spans = []
    for i in view.positions({"calling", "reached"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or view.keys[p] not in (("for",) if view.keys[i] == "calling" else (
                "you've", "have", "youve")):
            continue
        chunk = _rare_chunk(view, i) if view.lowercase else _capitalized_chunk(view, i)
        if chunk is not None:
            spans.append(word_span(view, chunk[0], chunk[1], "LOCATION", "ORGANIZATION"))
    return spans + _named_on_answering(view)


_ANSWERING_HEADS = HEADS | COMPANY_HEADS


def _named_on_answering(view: View) -> list[Span]:
    """``Riverside Dental Care, how can I help you?``: a turn that opens with a business's
    name ending in a facility's or a company's head, then ``how may I``/``how can I``."""
    spans = []
    for i in view.positions({"how"}):
        words, _ = view.run(i, 3)
        p = view.prev_word(i, cross=False)
        if words[1:3] not in (["may", "i"], ["can", "i"]) or p is None \
                or not view.texts[p].endswith(",") or view.bases[p] not in _ANSWERING_HEADS:
            continue
        first = p
        while p - first < 5 and not view.sentence_start(first) and view.shapes[first - 1].cap:
            first -= 1
        if first < p and view.shapes[first].cap and view.sentence_start(first):
            spans.append(word_span(view, first, p, "LOCATION", "HOSPITAL"))
    return spans


# Words that end the search for an introduction before "at"/"from": "I'm having more
# trouble at night", "this is worse at night".
_NOT_INTRODUCING = frozenset("""more less most difficulty trouble problem problems pain worse
better harder easier""".split())


def _introduces(view: View, i: int) -> str | None:
    """The subtype of what follows ``from``/``at``/``for``/``with`` when the words before it
    introduce a clinician (``Dr. Lee from``, ``I'm calling from``, ``here at``, ``his name
    is Tomas from``), a job
    (``she works at``, ``I work part time for``) or a home (``he lives at``); else ``None``."""
    p = view.prev_word(i, cross=False)
    if p is None:
        return None
    key, prep = view.keys[p], view.keys[i]
    if prep == "in":  # "a barista in clements": after a job only
        return "ORGANIZATION" if key in occupations() else None
    if (key in _WORK_FOR and prep == "for") or (prep == "from" and (key in _BUY or (
            key in _BOUGHT and (q := view.prev_word(p, cross=False)) is not None
            and view.keys[q] in _BUY))):
        return "ORGANIZATION"  # "I drive for", "bought it from"
    if key in _HOME and prep == "at":
        return "OTHER"
    if (key == "here" and prep == "at") or (key in _CALLING and prep != "for") or (
            key in _SERVICES and prep == "at"):
        return "ORGANIZATION"  # "here at", "calling from", "the chemist at"
    if key in WORK_TIMES:
        p = view.prev_word(p, cross=False)
        key = view.keys[p] if p is not None else ""
    if prep == "for" and clinical_role(key):
        return None  # "see a doctor for often", "a nurse for my leg": the reason
    if (key in _WORK and prep != "with" and not _work_as_noun(view, p)) or key in occupations():
        return "ORGANIZATION"  # "she works at", "a machinist at"
    if prep in ("for", "at") and _on_the_job(view, p):
        return "ORGANIZATION"  # "I work on the packing line for"
    if prep in ("at", "in") and _studying(view, p) or prep == "from" and key in _GRADUATED:
        return "ORGANIZATION"  # "I'm studying engineering at": a school
    if prep == "for":
        return None
    seen = 0
    while p is not None and seen < 5:
        key = view.keys[p]
        if (key in TITLES and seen <= 3) or (key in ("i'm", "this", "name") and seen <= 3):
            return "ORGANIZATION"
        if key.endswith("ing") or key in _NOT_INTRODUCING:
            return None  # "I'm having more trouble at night": no introduction
        p = view.prev_word(p, cross=False)
        seen += 1
    return None


# Words between a verb of work and its employer: "I work on the packing line for".
_ON_THE_JOB = WORK_TIMES | frozenset("""on the a an in assembly line lines production floor
shop night day kitchen desk front counter warehouse site sites ward""".split())


def _on_the_job(view: View, p: int | None) -> bool:
    """Whether a verb of work opens the clause that ends at ``p`` with only words of where
    or when someone works between (``work on the night shift at``)."""
    for _ in range(6):
        if p is None or view.keys[p] not in _ON_THE_JOB:
            break
        p = view.prev_word(p, cross=False, pauses=False)
    return p is not None and view.keys[p] in _WORK and not _work_as_noun(view, p)


# Verbs of study before a subject and a school: "studying engineering at Western".
_STUDY = frozenset("""study studying studied studies major majoring majored enrolled student
students degree teach teaches taught teaching lecture lectures lectured professor freshman
sophomore residency fellowship internship trained training graduated graduate""".split())


_GRADUATED = frozenset("graduated graduate graduating".split())  # "graduated from Vanderbilt"


def _studying(view: View, p: int | None) -> bool:
    """Whether a verb of study comes up to three words before ``p`` in its clause."""
    for _ in range(4):
        if p is None:
            return False
        if view.keys[p] in _STUDY:
            return True
        p = view.prev_word(p, cross=False, pauses=False)
    return False


# Nouns that make "work" a noun of their own: "blood work for lyme", "blood work at the lab".
_WORK_KINDS = frozenset("""lab labs blood paper school home house dental body field case team
social leg ground repair road wood metal art follow-up followup""".split())


def _work_as_noun(view: View, p: int | None) -> bool:
    """Whether ``work`` at ``p`` is a noun after a noun (``lab work for``), not the verb,
    or what a thing does (``it only works for the cough``: it helps)."""
    if p is None:
        return False
    q = view.prev_word(p, cross=False)
    while q is not None and view.keys[q] in _ADVERBS_OF_DEGREE:
        q = view.prev_word(q, cross=False)
    return q is not None and ((view.keys[p] == "work" and view.keys[q] in _WORK_KINDS)
                              or (view.keys[q] in _THING_SUBJECTS and not _of_people(view, q)))


_PEOPLE = frozenset("people ones staff team colleagues doctors gps nurses".split())


def _of_people(view: View, q: int) -> bool:
    """Whether ``that`` at ``q`` opens a clause about people (``the doctors that work
    for``), or about what went unheard (``one of <INAUDIBLE_SPEECH/> that work for``)."""
    if view.keys[q] == "that" and q and view.unheard(q - 1):
        return True
    r = view.prev_word(q, cross=False)
    return view.keys[q] == "that" and r is not None and (
        view.keys[r] in _PEOPLE or view.keys[r].rstrip("s") in occupations())


_ADVERBS_OF_DEGREE = frozenset("only really also still just usually normally sometimes "
                               "always".split())
_THING_SUBJECTS = frozenset("it this that which".split())


def _capitalized_chunk(view: View, i: int, school: bool = False) -> tuple[int, int] | None:
    """The capitalized words (with connectors between them) right after token ``i``; a
    ``school`` may be named by one common word (``studying at Central``)."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.keys[j] == "the":
        j = view.next_word(j, cross=False, pauses=False)  # "a driver for the TTC"
    if j is not None and view.bases[j] in TITLES:
        return None  # "speaking with Mr. Rao": a person (the name finders')
    first = last = None
    while j is not None:
        shape = view.shapes[j]
        if shape.cap and view.keys[j] not in SELF and view.bases[j] not in CALENDAR \
                and (first is not None or view.bases[j] not in DEPARTMENTS):
            first = j if first is None else first
            last = j
        elif not (first is not None and view.keys[j] in _CONNECTORS):
            break
        j = view.next_word(j, cross=False, pauses=False)
    if first is not None and first == last and view.bases[first] in NOT_PERSON \
            and view.bases[first] not in _EMPLOYERS and not school:
        return None  # "for the NHS": a public body, not a named employer
    if first is not None and eponym(view, first):
        return None  # "with Marfan features": a condition
    if first is not None and first == last and zipf(view.bases[first]) >= 4.0 and (
            (n := view.next_word(first, cross=False)) is not None and (
                view.keys[n][:1].isdigit() or view.keys[n] in NUMBER_WORDS)):
        return None  # "a teacher for Year 4", "Level 2": a rank, no employer
    return (first, last) if first is not None and last is not None else None


def _company(view: View, j: int) -> int:
    """The token of a company head one or two words after ``j`` (0 when none): the words
    before it name an employer."""
    k = view.next_word(j, cross=False, pauses=False)
    for _ in range(2):
        if k is None or view.keys[k] in FUNCTION_WORDS:
            return 0
        if view.keys[k] in COMPANY_HEADS:
            return k
        k = view.next_word(k, cross=False, pauses=False)
    return 0


def _kind_after(view: View, j: int) -> bool:
    """Whether a word of a facility's kind follows: ``eastgate vascular`` is a practice,
    though ``eastgate`` ends as a drug's name does."""
    k = view.next_word(j, cross=False, pauses=False)
    return k is not None and (view.bases[k] in GENERIC or view.bases[k] in DEPARTMENTS
                              or view.bases[k] in HEADS)


def _word_after(view: View, j: int) -> str:
    k = view.next_word(j, cross=False, pauses=False)
    return view.bases[k] if k is not None else ""


def _headed(view: View, j: int) -> int:
    """The token of a facility's head that ends a name of two or three words from ``j``
    (0 when none): ``coastal sports physio``, not ``the local clinic``."""
    if view.bases[j] in GENERIC or view.bases[j] in DEPARTMENTS or view.bases[j] in HEADS:
        return 0
    k = view.next_word(j, cross=False, pauses=False)
    for _ in range(2):
        if k is None or view.keys[k] in FUNCTION_WORDS or not view.keys[k].isalpha():
            return 0
        if view.bases[k] in HEADS:
            return k
        k = view.next_word(k, cross=False, pauses=False)
    return 0


# Kinds of workplace, named by no one: "a cashier at the supermarket", "at the weekend".
_KINDS = frozenset("""supermarket airport station docks port office farm council market
library museum gym weekend weekends moment minute time shop shops site lab plant chemist
chemists newsagent newsagents butcher butchers internet online website catalogue quarry
mine pit mill depot warehouse factory yard dockyard shipyard harbour harbor abattoir
sawmill brewery distillery bakery garage pier beach seafront stall stand kiosk wharf jetty
quay canteen shelter pantry kitchen""".split())
# Below this word frequency (zipf) a word after a job's "at" is its employer: "boots".
_EMPLOYER = 4.6


def _after_job(view: View, i: int) -> bool:
    """Whether a job, a verb of work or of buying comes right before the preposition at
    ``i`` (``a welder at``, ``bought it from``)."""
    p = view.prev_word(i, cross=False)
    if p is not None and view.keys[p] in WORK_TIMES:
        p = view.prev_word(p, cross=False)
    if p is not None and view.keys[p] in _BOUGHT:
        p = view.prev_word(p, cross=False)
    return p is not None and (view.keys[p] in occupations() or view.keys[p] in _WORK
                              or view.keys[p] in _BUY)


def _rare_chunk(view: View, i: int, job: bool = False) -> tuple[int, int] | None:
    """The rare words right after token ``i`` in lowercase text (``costco``,
    ``lakeshore orthopedics``): the first of them no department or kind of place. After a
    job (``a pharmacist at the ...``) a ``the`` may come first and the first word may be
    more common (``boots``)."""
    j = view.next_word(i, cross=False, pauses=False)
    if job and j is not None and view.keys[j] == "the":
        j = view.next_word(j, cross=False, pauses=False)
        if j is not None and (zipf(view.bases[j]) >= _EMPLOYER or view.bases[j] in _KINDS
                              or view.bases[j] in HEADS or view.bases[j] in GENERIC
                              or view.bases[j] in occupations()):
            return None
    if job and j is not None and 4.0 <= zipf(view.bases[j]) < _EMPLOYER and not (
            _kind_after(view, j) or _word_after(view, j) in _KINDS) and view.keys[j] \
            not in _KINDS | HEADS | GENERIC | CALENDAR | NOT_PERSON | DEPARTMENTS and \
            view.keys[j] not in NUMBER_WORDS and \
            view.keys[j].isalpha() and not view.keys[j].endswith(("ing", "ed")) \
            and not _company(view, j):
        return j, j  # "a pharmacist at boots"
    first = last = None
    while j is not None and (first is None or j - first < 6):
        key, base = view.keys[j], view.bases[j]
        if key == "and" and last is not None and last != first and \
                (k := view.next_word(j, cross=False, pauses=False)) is not None and \
                (view.bases[k] in GENERIC or view.bases[k] in DEPARTMENTS) and (
                    (after := view.next_word(k, cross=False, pauses=False)) is None
                    or view.keys[after] in FUNCTION_WORDS or view.keys[after] in _AFTER):
            last, j = k, after
            continue  # "at lakeview spine and joint": a practice's specialties, the name's end
        if key in FUNCTION_WORDS or key in DETERMINERS or key in NUMBER_WORDS or key in _AFTER \
                or not base.replace("'", "").replace("-", "").isalpha():
            break
        if first is None and _company(view, j):
            return j, _company(view, j)  # "swift transportation", "acme logistics"
        if first is None and (head := _headed(view, j)):
            return j, head  # "here at harbour sports physio": a practice's name
        if first is None and (zipf(base) >= 4.0 or base in GENERIC or base in NOT_PERSON
                              or base in DEPARTMENTS
                              or base.endswith(("ing", "ed"))
                              or (drug_like(base) and not _kind_after(view, j)
                                  and not (job and _compound(base)))
                              or is_protected((key,))
                              or is_protected((base,))):
            return None  # "at home", "from cardiology", "for worsening pain"
        if first is not None and zipf(base) >= 4.0 and base not in GENERIC:
            break
        first = j if first is None else first
        last = j
        j = view.next_word(j, cross=False, pauses=False)
    return (first, last) if first is not None and last is not None else None


def _compound(base: str) -> bool:
    """A name made of two English words whose ending looks like a drug's (``fernlea``,
    ``brookside``): after a job, an employer's name."""
    return any(base[:cut].isalpha() and zipf(base[:cut]) >= 3.0 and zipf(base[cut:]) >= 3.0
               for cut in range(3, len(base) - 2)) and not is_protected((base,))


def with_article(view: View, span: Span) -> Span:
    """A place's name grown over the capitalized ``The`` before it inside a sentence of
    text with capitals: ``a restaurant, The Olive Grove,`` (the article is the name's)."""
    p = view.prev_word(span.first, cross=False, pauses=False)
    if span.category != "LOCATION" or view.lowercase or p is None or \
            view.texts[p] != "The" or view.sentence_start(p):
        return span
    return Span(p, view.shapes[p].start, span.last, span.end, span.category, span.subtype,
                span.source)
