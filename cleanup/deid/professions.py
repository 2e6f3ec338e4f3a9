"""Professions: what a patient (or someone close) does for a living.

After a cue that says the next words are a job (``I work as a``, ``my job is``, ``I own an``,
``employed as``) the noun phrase is the profession, whatever it is. After a weaker cue
(``I'm a``, ``she's a``, ``my husband is a``, ``retired``) it is one when its last word is
an occupation from ``cleanup/data/deid_professions.txt``, or when it names a doer with a
word before it (``baby rocker``, ``cabinet maker``: a compound the list need not hold), but
not a habit (``a light sleeper``, ``a heavy coffee drinker``, ``a hard worker``). Where
someone works stands for the job when it is a kind of business (``I work in a bike shop``,
``she works in construction``; not ``I work in an office``), and so does an activity said
with a frame of work (``I do dog walking on the side``). A clinician's role said without a
name (``the cardiologist``) is not PHI.

>>> from cleanup.transcript import Transcript
>>> from .spans import merge
>>> from .view import View
>>> v = View.of(Transcript.from_text("I work as a computer programmer and she's a retired "
...                                  "teacher, I'm a bit tired, my son's a baby rocker"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in merge(find_professions(v))]
[('computer', 'programmer'), ('teacher,', 'teacher,'), ('baby', 'rocker')]
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import FUNCTION_WORDS, is_adjective, word_set, zipf
from .knowledge import PERSON_NOUNS, RELATIVES
from .name_strength import STRONG, UNKNOWN, strength
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .spelled import letters_at
from .view import FILLERS, View
from .workplaces import EVALUATIVE, PLAIN_PLACE, STOP, WORKPLACES, find_workplaces, initials
from .work_verbs import find_work_verbs, own_role

# Cues whose next noun phrase is a job; the first word indexes them.
_STRONG = (("work", "as"), ("works", "as"), ("worked", "as"), ("working", "as"),
           ("employed", "as"), ("job", "is"), ("job", "was"), ("job", "as"),
           ("occupation", "is"), ("profession", "is"), ("i", "own"), ("we", "own"),
           ("they", "own"), ("owns",), ("owned",),
           ("career", "as"), ("trained", "as"), ("occupation",))
_WEAK = (("retired", "as"), ("i'm",), ("im",), ("i", "am"), ("i", "m"), ("he's",), ("she's",),
         ("he", "is"), ("he", "s"), ("she", "s"), ("she", "is"), ("was",), ("retired",),
         ("am",), ("as",), ("be",), ("being",), ("is",), ("you're",), ("you", "are"),
         ("you", "re"), ("they're",), ("you", "were"), ("become",), ("becoming",),
         ("became",))
# Adverbs between a cue and its job: "I'm still a welder", "she's now a cashier".
_ADVERBS = frozenset("still now also currently actually just really only once formerly".split())
# Words after "as" or "is" that end a phrase, not name a job: "work as normal", "as before".
_AS_IDIOMS = frozenset("usual normal always before planned expected needed required well "
                       "such much long soon far good ever".split())
_ARTICLES = frozenset({"a", "an", "the"})
# Words before a job that say how it stands, left out of the span; a rank that is part of
# the job's title (``head librarian``, ``chief pharmacist``, ``staff nurse``) stays in.
_MODIFIERS = frozenset("retired former senior junior trainee student aspiring would-be "
                       "part-time full-time self-employed qualified".split())
# Hedges between the article and the job: "I'm a, like a kind of site manager".
_HEDGES = (("like", "a"), ("like", "an"), ("kind", "of"), ("sort", "of"), ("like",))
# Doers that are habits or states, not jobs: "a light sleeper", "a heavy drinker".
_NOT_JOBS = frozenset("""smoker drinker sleeper eater snorer worrier sufferer survivor
carrier donor member beginner believer fan lover fighter runner walker swimmer jogger
user diabetic vegetarian vegan asthmatic epileptic customer patient owner pensioner
retiree optimist pessimist perfectionist realist atheist christian baptist methodist
player gamer reader watcher talker thinker overthinker learner listener sitter
sleepwalker hoarder gardener-at-heart guardian parent golfer skier surfer cyclist hiker
climber biker skater snowboarder flyer flier father mother brother sister daughter
grandfather grandmother shower water paper letter number finger corner center centre
matter cancer fever ulcer bladder counter blender cooler heater folder powder border order
disorder winter summer dinner burger shoulder agonist antagonist blocker inhibitor
booster inhaler spacer reminder retriever terrier spaniel pointer computer printer container
trailer sticker charger motor factor error mirror indicator ventilator nebulizer pacemaker
starter trigger filter pleaser changer breaker opener turner achiever overachiever
underachiever riser bloomer procrastinator quitter loner joker winner loser slacker dreamer
doer stickler student students nonsmoker non-smoker ex-smoker nondrinker non-drinker
tumor tumour layer""".split())  # a student: no job (annotators agree)
# Words before a comparative, which ends in -er like a doer: "a step closer", "a bit older".
_DEGREE = frozenset("bit lot step tad touch few couple way fair far whole wee".split())
# Words of degree that open a description, never a job: "very tiring", "quite hard".
_DEGREE_WORDS = frozenset("very quite really so too pretty extremely fairly rather".split())
_BY_TRADE = (["by", "trade"], ["by", "profession"])


@lru_cache(maxsize=1)
def occupations() -> frozenset[str]:
    return word_set("deid_professions.txt")


def find_professions(view: View) -> list[Span]:
    spans = []
    # "my partner's a scaffolder": a relative's word with 's is a cue too
    firsts = {cue[0] for cue in _STRONG + _WEAK} | {r + "'s" for r in RELATIVES}
    seconds = {cue[1] for cue in _STRONG + _WEAK if len(cue) > 1} | _ARTICLES | {"retired"} \
        | _ADVERBS
    for i in view.positions(firsts):
        j = view.next_word(i, cross=False, pauses=False)
        while j is not None and view.keys[j] in FILLERS:  # "be, uh, a head librarian"
            j = view.next_word(j, cross=False, pauses=False)
        if j is None or (view.keys[j] not in seconds and view.keys[i] not in ("retired",
                                                                              "occupation")
                         and not (view.keys[i] in _BARE_CUES and view.keys[j] in occupations())
                         and not (view.keys[i] == "as" and _job_within(view, j))):
            continue  # the word after a cue's first is never a job's start: skip cheaply
        words, where = view.run(i, 9, pauses=False)
        for cues, strong in ((_STRONG, True), (_WEAK, False)):
            cue = next((c for c in cues if tuple(words[:len(c)]) == c), None)
            if cue is None and not strong and view.bases[i] in RELATIVES:
                cue = (words[0],)
            if cue is None or (cue == ("is",) and not _person_before(view, i)
                                  and not _relative_before(view, i)):
                continue
            relative = cue in (("was",), ("is",)) and _relative_before(view, i)
            if cue in (("was",), ("be",), ("as",)) and _thing_before(view, i) and not relative:
                continue  # "it was a sleep disorder", "take that as a yes": a thing is one
            span = _phrase(view, words, where, len(cue), strong, relative)
            if span is not None:
                spans.append(_spelled_on(view, span))
            break
    spans = [s for s in spans if not own_role(view, s)]
    spans += _after_age(view) + _retired_from(view) + find_work_verbs(view, occupations())
    spans += [r for s in spans if (r := _restated(view, s)) is not None]
    return spans + kinds_after_jobs(view, spans) + find_workplaces(view)


# Words of when between "retired" and "from": "retired two years ago from nursing".
_WHEN = frozenset("""years year ago last in back early just recently a few couple of months
""".split())


def _retired_from(view: View) -> list[Span]:
    """``I retired two years ago from nursing``, ``she retired from banking``: the line of
    work a person left, said as a gerund (or a listed occupation) after ``retired from``."""
    spans = []
    for i in view.positions({"retired", "retiring"}):
        words, where = view.run(i, 8, pauses=False)
        k = 1
        while k < len(words) and k < 6 and (words[k] in _WHEN or words[k].isdigit()
                                            or words[k] in NUMBER_WORDS):
            k += 1
        if k + 1 >= len(words) or words[k] != "from":
            continue
        field = words[k + 1]
        if field in occupations() or (field.endswith("ing") and len(field) > 5
                                      and field.isalpha() and field not in FUNCTION_WORDS
                                      and field not in ("working", "everything", "nothing")):
            last = where[k + 1]
            obj = words[k + 2] if k + 2 < len(words) else ""
            if field.endswith("ing") and obj.isalpha() and obj not in FUNCTION_WORDS \
                    and obj not in _WHEN and not view.shapes[last].pause:
                last = where[k + 2]  # "retired from playing rugby": the gerund's object
            spans.append(word_span(view, where[k + 1], last, "PROFESSION", "PROFESSION"))
    return spans


# What a dictation says between a patient's age and a job: "a 58-year-old female accountant".
_AGE_WORDS = frozenset("male female man woman white black retired former".split())


def _after_age(view: View) -> list[Span]:
    """``a 58-year-old accountant``, ``a fifty-year-old retired farmer``: a dictation's opening
    age, then a phrase that ends in a listed occupation (a patient, a gentleman, a smoker
    are none)."""
    spans = []
    for i in view.positions({k for k in set(view.keys) if k.endswith("year-old")}):
        words, where = view.run(i, 7, pauses=False)
        k = 1
        while k < len(words) and words[k] in _AGE_WORDS:
            k += 1
        jobs = [e for e in range(k + 1, _phrase_end(words, k) + 1)
                if words[e - 1] in occupations()]  # "an accountant seen for": ends at the job
        if jobs and _job(words[k:jobs[-1]]):
            spans.append(word_span(view, where[k], where[jobs[-1] - 1], "PROFESSION",
                                   "PROFESSION"))
    return spans


def _restated(view: View, job: Span) -> Span | None:
    """``a shift lead, floor manager at``: the job said again in other words
    right after a comma, one to three words ending in an occupation."""
    if not view.shapes[job.last].pause or view.shapes[job.last].ends_sentence:
        return None
    words, where = view.run(job.last, 4)
    words, where = words[1:], where[1:]
    for end in range(1, min(3, len(words)) + 1):
        if words[end - 1] in FUNCTION_WORDS or not words[end - 1].isalpha():
            return None
        if words[end - 1] in occupations() and not is_adjective(words[0]):
            return word_span(view, where[0], where[end - 1], "PROFESSION", "PROFESSION")
        if view.shapes[where[end - 1]].pause:
            return None
    return None


def _job_within(view: View, j: int) -> bool:
    """Whether an occupation is the word at ``j`` or the next: ``as bus dispatcher``."""
    k = view.next_word(j, cross=False, pauses=False)
    return view.keys[j] in occupations() or (k is not None and view.keys[k] in occupations())


def _spelled_on(view: View, span: Span) -> Span:
    """A job said as its letters keeps them all, ``A`` and ``I`` too: ``an L P N``."""
    core = view.shapes[span.first].core
    if len(core) != 1 or not core.isupper():
        return span
    _, last, letters = letters_at(view, span.first)
    return word_span(view, span.first, last, span.category, span.subtype) \
        if letters and last > span.last else span


#: Subjects that are things: what they are is no one's job.
_THINGS = frozenset("it that this there which what these those".split())


def _thing_before(view: View, i: int) -> bool:
    """``it was a``, ``that may be a``: a thing, not a person, before the cue."""
    p = view.prev_word(i, cross=False)
    while p is not None and view.keys[p] in ("may", "might", "could", "would", "will",
                                              "must", "should", "can", "to"):
        p = view.prev_word(p, cross=False)
    return p is not None and view.keys[p] in _THINGS


def _relative_before(view: View, i: int) -> bool:
    """``the Morven that was the ferryman``, ``the chap who was a roofer``: a relative
    clause about a person (a name, a relative or a person's noun before ``that``/``who``),
    where ``the`` before the job names the job too (not ``who is the doctor?``)."""
    p = view.prev_word(i, cross=False)
    if p is None or view.keys[p] not in ("that", "who"):
        return False
    q = view.prev_word(p, cross=False)
    return q is not None and (view.bases[q] in RELATIVES or view.bases[q] in PERSON_NOUNS
                              or view.capitalized(q)
                              or (view.lowercase and strength(view.bases[q]) == STRONG))


def _person_before(view: View, i: int) -> bool:
    """``my husband is a``, ``who is a``, ``Rashid is a``: a person before ``is``."""
    p = view.prev_word(i, cross=False)
    if p is not None and view.keys[p] == "do" and any(
            view.keys[q] == "what" for q in view.words_before(p, 5)):
        return True  # "what does your wife do is a plumber": the answer run on
    return p is not None and (view.bases[p] in RELATIVES or view.keys[p] == "who"
                              or view.bases[p] in PERSON_NOUNS or (
        strength(view.bases[p]) == STRONG and (view.lowercase or view.shapes[p].cap))
        or (view.capitalized(p) and strength(view.bases[p]) >= UNKNOWN))


def _phrase(view: View, words: list[str], where: list[int], k: int, strong: bool,
            relative: bool = False) -> Span | None:
    """The noun phrase after the cue (article and modifiers left out of the span); after a
    relative clause's cue (``who was the``) a ``the`` too."""
    owning = "own" in words[:k] or words[0] in ("owns", "owned")
    while k + 1 < len(words) and words[k] in _ADVERBS and (
            words[k + 1] in _ARTICLES or words[k + 1] in _ADVERBS):
        k += 1  # "I'm still a welder", "I'm really just a payroll clerk"
    # After a weak cue only "a"/"an": "I'm the doctor today" is a role, not a job.
    had_article = k < len(words) and words[k] in (
        _ARTICLES if strong or relative else ("a", "an"))
    if had_article:
        k += 1
        for hedge in _HEDGES:
            if tuple(words[k:k + len(hedge)]) == hedge:
                k += len(hedge)
    elif owning or (not strong and words[0] != "retired" and not _bare_job(words, k)) or (
            k < len(words) and (words[k].endswith("ed") or words[k] in _DONE)
            and words[k] not in occupations()):
        return None  # "I'm tired", "I own my home", "the post is filled": no article, no job
    while k < len(words) and words[k] in _MODIFIERS:
        k += 1
    if k < len(words) and words[k] in _DEGREE_WORDS:
        return None  # "this job is very tiring": how it is, not what
    end = _phrase_end(words, k)
    if end == k or (end == k + 1 and not had_article and (
            is_adjective(words[k]) or words[k] in _AS_IDIOMS)):
        return None  # "my job is painful", "go to work as normal"
    jobs = [e for e in range(k + 1, end) if words[e - 1] in occupations()]
    if words[end - 1] not in occupations() and jobs and not words[jobs[-1]].endswith(
            ("er", "or", "ist", "ian", "ant", "ent")):
        end = jobs[-1]  # "a seamstress until": the phrase ends at the job
    head = words[end - 1]
    if head in ("one", "ones", "thing"):
        return None  # "my job is a tough one"
    if not strong and not _job(words[k:end]) and words[end:end + 2] not in _BY_TRADE:
        return None  # "a cooper by trade": the frame says it is a job
    if owning and end - k < 2 and head not in occupations():
        return None  # "I own a car": one plain noun; "I own an auto repair shop": a trade
    return word_span(view, where[k], where[end - 1], "PROFESSION", "PROFESSION")


# Cues after which a job may come without its article, as many say it: "I'm engineer".
_BARE_CUES = frozenset({"i'm", "i", "he's", "she's"})


def _bare_job(words: list[str], k: int) -> bool:
    """``I'm engineer.``: one listed occupation, no article, and nothing after it in its
    clause (not ``I'm nurse-led``, ``she's cook and cleaner``; never an adjective)."""
    if words[0] == "as" and 1 <= len(words) - k <= 2 and words[-1] in occupations():
        return all(w.isalpha() and w not in FUNCTION_WORDS for w in words[k:])  # "as bus
        # dispatcher.": a job at its clause's end
    return (words[0] in _BARE_CUES and k < len(words) and words[k] in occupations()
            and not is_adjective(words[k]) and k + 1 == len(words))


def _phrase_end(words: list[str], k: int) -> int:
    """Where the noun phrase from ``words[k]`` ends: up to four words, an ``and`` inside a
    trade's name kept (``tool and die maker``, ``hair and beauty therapist``)."""
    end = k
    while end < len(words) and end - k < 4:
        word = words[end]
        if word in ("and", "&") and end > k and _and_inside(words, end):
            end += 1
            continue
        if (word in FUNCTION_WORDS or word in STOP) and not _letter_of(words, end) \
                or not word.replace("-", "").isalpha() or _adverb(word):
            break  # "a dog groomer mostly": the adverb is no word of the job
        end += 1
    return end


def _letter_of(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is one of a job's spelled letters (``an I T developer``)."""
    return len(words[at]) == 1 and any(
        0 <= n < len(words) and len(words[n]) == 1 and words[n].isalpha()
        for n in (at - 1, at + 1))


def _adverb(word: str) -> bool:
    """An adverb made with ``-ly`` from a word (``professionally``, ``mostly``, ``mainly``;
    not ``family``, ``assembly``, ``supply``)."""
    return len(word) > 4 and word.endswith("ly") and zipf(word[:-2]) >= 3.5 \
        and word not in _LY_ADJECTIVES


# Adjectives in -ly that can start a job's name: "an early years teacher".
_LY_ADJECTIVES = frozenset("early elderly daily weekly monthly nightly yearly".split())


def _and_inside(words: list[str], at: int) -> bool:
    """Whether the ``and`` at ``words[at]`` joins two parts of one job's name: an
    occupation ends the words after it before the phrase does."""
    for end in range(at + 2, min(len(words), at + 4) + 1):
        if words[end - 1] in occupations():
            return True
        if words[end - 1] in FUNCTION_WORDS:
            return False
    return False


# Participles that say what became of a job: "the job was gone", "that work is over".
_DONE = frozenset("done gone over finished taken lost cut".split())
# An evaluative word that starts a trade's name: "a real estate agent", "a social worker".
_TRADE_PAIRS = (["real", "estate"], ["social", "worker"], ["social", "work"])


def _job(phrase: list[str]) -> bool:
    """Whether a noun phrase after a weak cue names a job: its head is a listed occupation,
    or a doer (``-er``, ``-or``, ``-ist``, ``-ian``) with a word before it that says its
    trade (``baby rocker``) and no word that judges (``a hard worker``)."""
    head = phrase[-1]
    if len(phrase) == 2 and head == "carrier" and phrase[0] in _TRADE_THINGS:
        return True  # "a mail carrier": a carrier of goods is a trade
    judging = [w for k, w in enumerate(phrase) if w in EVALUATIVE
               and phrase[k:k + 2] not in _TRADE_PAIRS]  # "a real estate agent"
    if head == "owner" and len(phrase) >= 2 and phrase[-2] in _OWNED:
        return True  # "a feed store owner", "a restaurant owner": owning a trade is a job
    if head in _NOT_JOBS or judging or phrase[0] in _DEGREE:
        return False
    if head in occupations():
        return True
    if len(phrase) == 2 and head in _PERSONS and phrase[0] in _TRADE_THINGS:
        return True  # "a taxi man", "the fish lady": a person named by what they trade
    return len(phrase) >= 2 and head.endswith(("er", "or", "ist", "ian")) and len(head) > 4


_PERSONS = frozenset("man woman lady guy boy".split())
_OWNED = WORKPLACES | frozenset("farm ranch franchise hotel motel store shop restaurant".split())
# Goods and vehicles that name a trade with "man": "a taxi man", "the milk man".
_TRADE_THINGS = frozenset("""taxi cab bus van truck lorry milk fish insurance delivery bin
post mail paper rag scrap oil gas cable repair meter tea coffee fruit vegetable bread coal
rent security ice-cream""".split())


def kinds_after_jobs(view: View, jobs: list[Span]) -> list[Span]:
    """``the manager of a furniture store``, ``a bookkeeper for a roofing firm``: the kind of
    business a job is done in, said right after the job, is the job's too."""
    spans = []
    for job in jobs:
        spans += _kind_before(view, job)
        words, where = view.run(job.last, 6, pauses=False)
        if words[1:2] not in (["of"], ["at"], ["for"], ["in"]) or words[2:3] not in (
                ["a"], ["an"]):
            continue  # "at the Dunmore plant": a business's name, the organizations' finder's
        end = 3
        while end < len(words) and end < 6 and words[end].isalpha() and (
                words[end] not in FUNCTION_WORDS and words[end] not in STOP
                or initials(view, where[end])):
            end += 1
        end = max((e for e in range(5, end + 1) if words[e - 1] in WORKPLACES), default=0)
        start = 3
        while start < end - 1 and is_adjective(words[start]):
            start += 1  # "a cook at a busy restaurant": no trade in "busy"
        if end - start >= 2 and not any(w in EVALUATIVE or w in PLAIN_PLACE
                                        for w in words[start:end]):
            spans.append(word_span(view, where[start], where[end - 1], "PROFESSION",
                                   "PROFESSION"))
    return spans


def _kind_before(view: View, job: Span) -> list[Span]:
    """``at a furniture store as a supervisor``: the kind of business right before ``as a`` job."""
    a = view.prev_word(job.first, cross=False, pauses=False)
    as_ = view.prev_word(a, cross=False, pauses=False) if a is not None else None
    last = view.prev_word(as_, cross=False, pauses=False) if as_ is not None else None
    if a is None or view.keys[a] not in ("a", "an") or as_ is None or view.keys[as_] != "as" \
            or last is None or view.keys[last] not in WORKPLACES:
        return []
    first = last
    for _ in range(2):
        p = view.prev_word(first, cross=False, pauses=False)
        if p is None or not view.keys[p].isalpha() or view.keys[p] in FUNCTION_WORDS or \
                view.keys[p] in STOP or is_adjective(view.keys[p]):
            break
        first = p
    if first == last or any(view.keys[k] in EVALUATIVE or view.keys[k] in PLAIN_PLACE
                            for k in range(first, last + 1)):
        return []
    return [word_span(view, first, last, "PROFESSION", "PROFESSION")]
