"""Jobs said by where or in what line of work someone works, not by a job's title: a kind
of business (``I work in a bike shop``, ``he works at cardboard shop``, ``she owns a hair
salon``), a line of work (``she works in construction``, ``I'm in sales``, ``I do customer
service``, ``he works security``), an activity with a frame of work (``I do dog walking on
the side``). Not a workplace that says no trade (``I work in an office``, ``I run a
business``) and not an activity that is no job (``I do it``, ``work it out``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("i work in a bike shop , she does customer service , "
...                                  "not at the office"))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_workplaces(v)]
['customer service', 'bike shop']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, is_adjective, zipf
from .knowledge import DEPARTMENTS
from .spans import Span, word_span
from .view import FILLERS, View
from .work_verbs import clinical_role

STOP = frozenset("by at in for with from and but so who which that since because "
                  "now rather than instead".split())
# Words that judge a person rather than name a trade: "a hard worker", "a big eater".
EVALUATIVE = frozenset("""hard good great bad big fast slow early late heavy light social
regular keen avid casual huge massive real total natural born quick picky fussy poor
terrible awful excellent decent proper little reliable unreliable limited vague accurate
inconsistent questionable fair difficult""".split())
# Where someone works that names a trade when a word says which (``a bike shop``).
WORKPLACES = frozenset("""shop store salon factory warehouse garage restaurant bakery
kitchen bar pub cafe firm centre center plant mill site yard nursery agency studio
company retailer business charity consultancy startup start-up manufacturer supplier
wholesaler distributor publisher bank supermarket dealership""".split())
# Workplaces that say the trade alone: "My sister works at a bank", "in a restaurant", "in the
# warehouse", "in shipyards" (not "an office", "a business", "the hospital", "a shop").
_TRADE_PLACES = frozenset("""bank restaurant factory warehouse mine shipyard daycare bakery
brewery sawmill quarry cannery abattoir slaughterhouse laundromat casino dealership
supermarket salon diner bar pub cafe kitchen mill foundry refinery""".split())
_TRADE_PLACES_PLURAL = frozenset(w + "s" for w in _TRADE_PLACES) | {"factories"}
_TRADE_PLACES = _TRADE_PLACES | _TRADE_PLACES_PLURAL
# Places of a home too, a trade only with "a": "I work in the kitchen all day".
_AT_HOME = frozenset({"kitchen", "kitchens", "garden", "yard"})
#: Words of when someone works, between a verb of work and its place or employer: "I work
#: nights at", "she works part-time for" (said whole or, in a run of words, in parts).
WORK_TIMES = frozenset("""part full time part-time full-time nights days weekends evenings
shift shifts there now still currently also""".split())
# Particles between a verb of work and its place: "I do work over at a sawmill"
# ("works out at the gym" exercises: no "out").
_PARTICLES = WORK_TIMES | frozenset("over down up".split())
# Homes that are workplaces: "I work at a nursing home", "she works in a care home".
_WORKING_HOMES = frozenset("nursing care funeral group retirement residential".split())
# Lines of work said with "work in" and no article: "she works in construction".
_FIELDS = frozenset("""construction retail finance banking insurance sales marketing it
education hospitality catering admin administration logistics manufacturing engineering
accounting accountancy law journalism publishing advertising recruitment security
transport haulage farming agriculture childcare healthcare tech software hr telecoms
telecommunications aviation property media fashion design research pharmaceuticals
government politics tourism shipping mining forestry plumbing landscaping roofing trucking
maintenance hairdressing consulting management computing computers printing carpentry
welding nursing teaching daycare""".split())
# Lines of work of two words: "I work in customer service", "she does real estate".
_FIELD_PAIRS = frozenset(tuple(pair.split("-")) for pair in """customer-service
data-processing real-estate human-resources social-work information-technology food-service
public-relations graphic-design web-design civil-service law-enforcement financial-services
child-care home-care health-care home-health software-development property-management
quality-control tech-support it-support pest-control""".split())
# Subjects of "do" whose next word may be a line of work: "I do customer service".
_DOERS = frozenset("i he she they we".split())
_DO = frozenset("do does did doing".split())
# Fields that are other words too, taken only after "work in" or "in": "I do it", "work it".
_AMBIGUOUS_FIELDS = frozenset("it design research management media property".split())
_WORK_IN = frozenset("work works worked working".split())
# Subjects with "be" before "in" and a line of work: "I'm in sales", "he's in retail".
_BEING_IN = frozenset("i'm he's she's".split())
_FIELD_NOUNS = frozenset("field sector industry trade business".split())
# Words that say which field without naming it: "the same field", "the wrong business".
_NOT_FIELDS = frozenset("same other whole wrong right different new old family".split())


def _field_at(words: list[str]) -> int:
    """Where ``work in the … industry`` names its line of work (one or two words before a
    noun of trade: ``the retail sector``, ``the IT field``), its end; 0 if it does not.
    A field's own name is the span (``IT``); an industry's noun belongs to it."""
    if words[1:3] != ["in", "the"]:
        return 0
    for end in (4, 5):
        noun = words[end:end + 1]
        if noun and noun[0] in _FIELD_NOUNS and all(w in _FIELDS or (
                w.isalpha() and w not in FUNCTION_WORDS and w not in _NOT_FIELDS
                and not is_adjective(w))
                for w in words[3:end]):  # not "the same field"
            return end if noun[0] == "field" else end + 1
    return 0


#: Words that say which of a kind of place, not which trade: "a local shop", "the nearby
#: walmart".
PLAIN_PLACE = frozenset("local small big new nearby little large main same".split())


# Hedges that speech puts before a place: "I work at like a tyre shop".
_HEDGES = frozenset({"like", "just", "actually", "basically"})


def _workplaces(view: View) -> list[Span]:
    """``I work in a bike shop``, ``she works at a hair salon``, ``he works in
    construction``, ``I'm in sales``: a kind of business, or a line of work, said for the
    job."""
    spans = []
    for i in view.positions(_WORK_IN | _BEING_IN):
        words, where = view.run(i, 9, pauses=False)
        kept = [k for k, w in enumerate(words) if w not in FILLERS and w not in _HEDGES]
        words, where = [words[k] for k in kept], [where[k] for k in kept]  # "in, uh, sales"
        while len(words) > 2 and words[1] in _PARTICLES and words[0] in _WORK_IN:
            words, where = words[:1] + words[2:], where[:1] + where[2:]  # "work part time at a"
        if words[2:3] in (["this"], ["some"], ["one"]):
            words[2] = "a"  # "she works at this HR company": a kind, said as speech does
        if words[0] in _WORK_IN and words[1:2] == ["in"] and (last := _specialty(view, words,
                                                                                where)):
            spans.append(word_span(view, where[2], last, "PROFESSION", "PROFESSION"))
            continue
        if len(words) < 3 or words[1] not in ("in", "at", "for") or (
                words[0] in _BEING_IN and (words[1] != "in" or not _field(words[2:]))):
            continue  # "I'm in pain", "she's in hospital": a field of work only
        if words[1] == "in" and (width := _field(words[2:])):
            spans.append(word_span(view, where[2], where[1 + width], "PROFESSION",
                                   "PROFESSION"))
            continue
        field = _field_at(words)
        if field:  # "he works in the IT field", "I work in the retail sector"
            spans.append(word_span(view, where[3], where[field - 1], "PROFESSION",
                                   "PROFESSION"))
            continue
        the = words[2] == "the" and len(words) > 3 and not view.shapes[where[3]].cap and (
            _verb_of_work(view, where[0]) and words[3] not in _AT_HOME and (
                words[3] in _TRADE_PLACES or zipf(words[3]) >= 4.0))
        bare = words[2] not in ("a", "an") and not the  # "he works at cardboard shop"
        if bare and (words[2] in FUNCTION_WORDS or view.shapes[where[2]].cap):
            continue  # "at Kwik Save": a name, the organizations' finder's
        start = end = 2 if bare else 3
        while end < len(words) and end < start + 3 and words[end].isalpha() and (
                words[end] not in FUNCTION_WORDS and words[end] not in STOP
                or initials(view, where[end]) or words[end] == "it" and end == start
                and words[end + 1:end + 2] and words[end + 1] in WORKPLACES):
            end += 1  # "an HR company", "an it company"
        if not bare:  # "a software company downtown": the phrase ends at its workplace
            end = max((e for e in range(start + 1, end + 1) if words[e - 1] in WORKPLACES
                       or words[e - 1] in _TRADE_PLACES), default=end)
        while end - start > 1 and words[start] in PLAIN_PLACE:
            start += 1  # "a local flower shop", "the local bank": the trade without "local"
        phrase = words[start:end]
        if end - start == 1 and phrase[0] in _TRADE_PLACES and (not bare or phrase[0] in
                                                                _TRADE_PLACES_PLURAL):
            spans.append(word_span(view, where[start], where[start], "PROFESSION",
                                   "PROFESSION"))  # "my sister works at a bank", "in shipyards"
            continue
        if bare and end - start != 2:
            continue
        if len(phrase) >= 2 and (phrase[-1] in WORKPLACES or phrase[-1] in _TRADE_PLACES
                                 or phrase[-1] == "home" and phrase[-2] in _WORKING_HOMES) \
                and not any(w in EVALUATIVE or w in PLAIN_PLACE or w in _WHICH_ONE
                            for w in phrase):  # not "at a different company"
            spans.append(word_span(view, where[start], where[end - 1], "PROFESSION",
                                   "PROFESSION"))
    return spans


# Words that say which workplace, not what trade: "a different company", "the same firm".
_WHICH_ONE = frozenset("different same other another new old previous last first next "
                       "current former".split())
_RUN = frozenset("run runs ran running own owns owned".split())
# Workplaces too general to say which trade when run alone: "I run a business".
_GENERAL = frozenset("business company firm site centre center plant agency".split())


def _run_places(view: View) -> list[Span]:
    """``I used to run a restaurant``, ``she owns a bakery``: a workplace someone runs, said
    for the trade, one word too (not ``run a business``)."""
    spans = []
    for i in view.positions(_RUN):
        words, where = view.run(i, 5, pauses=False)
        if words[1:2] not in (["a"], ["an"]) or len(words) < 3:
            continue
        start = end = 2
        while end < len(words) and end < 6 and words[end].replace("-", "").isalpha() and \
                words[end] not in FUNCTION_WORDS and words[end] not in STOP:
            end += 1
        while end - start > 1 and words[start] in PLAIN_PLACE:
            start += 1  # "a small dog-grooming business": the trade without "small"
        phrase = words[start:end]
        if start > 2 and len(phrase) == 1 and phrase[0] not in _TRADE_PLACES:
            continue  # "runs a local shop": which shop, no trade
        if phrase and phrase[-1] in WORKPLACES and not (len(phrase) == 1 and phrase[0]
                                                         in _GENERAL) and not any(
                w in EVALUATIVE or w in PLAIN_PLACE for w in phrase):
            spans.append(word_span(view, where[start], where[end - 1], "PROFESSION",
                                   "PROFESSION"))
    return spans


# Branches of medicine said with a word before them: "plastic surgery", "emergency medicine".
_BRANCHES = frozenset("surgery medicine nursing care".split())


def _specialty(view: View, words: list[str], where: list[int]) -> int | None:
    """``I work in radiology``, ``she works in plastic surgery``: a branch of medicine
    where a patient or a relative works (a clinician's own turn says their role): the
    token it ends at, or ``None``."""
    if len(words) < 3 or clinical_role(view.turn_role(where[0]) or ""):
        return None
    if words[2] in DEPARTMENTS and words[3:4] != ["department"]:
        return where[2]
    if len(words) > 3 and words[3] in _BRANCHES and words[2].isalpha() and \
            words[2] not in FUNCTION_WORDS:
        return where[3]
    return None


def _verb_of_work(view: View, i: int) -> bool:
    """Whether the ``work`` at ``i`` is a verb, by the word before it (``I work``, ``she
    still works``, ``started working``; not ``payroll work``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    return p is None or view.keys[p] in FUNCTION_WORDS or view.keys[p] in _DOERS or \
        view.keys[p].endswith(("ly", "ed")) or view.keys[p] in _PARTICLES | _HEDGES


def initials(view: View, i: int) -> bool:
    """A trade said by its initials in capitals (``IT``, ``HR``), though a word too."""
    core = view.shapes[i].core
    return not view.lowercase and 2 <= len(core) <= 3 and core.isupper() and core.isalpha()


# Workplaces worked "on": "my uncle works on the ranch", "he worked on the rigs".
_WORKED_ON = frozenset("farm farms ranch rigs rig railway railroad railways boats docks "
                       "trawlers".split())


def _worked_on(view: View) -> list[Span]:
    """``my uncle works on the ranch``, ``he worked on the rigs``, ``she works on the packing
    line``: where someone works said for the trade."""
    spans = []
    for i in view.positions(_WORK_IN):
        words, where = view.run(i, 6)
        while len(words) > 2 and (words[1] in _HEDGES or words[1] in FILLERS):
            words, where = words[:1] + words[2:], where[:1] + where[2:]  # "works like on"
        if words[1:2] not in (["on"], ["for"]) or words[2:3] not in (["a"], ["an"], ["the"]):
            continue
        if words[3:4] and words[3] in _WORKED_ON and words[1] == "on":
            spans.append(word_span(view, where[3], where[3], "PROFESSION", "PROFESSION"))
        elif words[3:4] and words[3] in _LINES and words[4:5] == ["line"]:
            spans.append(word_span(view, where[3], where[4], "PROFESSION", "PROFESSION"))
    return spans


# Lines of a factory someone works on: "on the assembly line", "for an assembly line".
_LINES = frozenset("assembly production packing bottling".split())


def _field(words: list[str]) -> int:
    """How many of the first words name a line of work (``customer service``: 2,
    ``construction``: 1), or 0."""
    if tuple(words[:2]) in _FIELD_PAIRS:
        return 2
    return 1 if words[:1] and words[0] in _FIELDS else 0


def _fields_done(view: View) -> list[Span]:
    """``I work construction``, ``she does customer service``: a line of work right after
    ``work`` or after a person's ``do``, said for the job (not ``I do it``, ``work it``)."""
    spans = []
    for i in view.positions(_WORK_IN | _DO):
        words, where = view.run(i, 4, pauses=False)
        if len(words) < 2 or words[1] in _AMBIGUOUS_FIELDS or (
                words[0] not in _WORK_IN and not _doer_before(view, i)):
            continue
        width = _field(words[1:])
        after = words[1 + width:2 + width]
        if width and (words[0] in _WORK_IN or after not in (["of"], ["on"], ["to"])):
            spans.append(word_span(view, where[1], where[width], "PROFESSION", "PROFESSION"))
    return spans


_LATER = 8  # words after a verb of work in which a line of work still names the job
# Words before a line of work that make it a place's kind: "works at home care services".
_PLACE_BEFORE = frozenset("at the a an".split())


def _fields_later(view: View) -> list[Span]:
    """``working for T mobile customer service``, ``I work for the county in data
    processing``: a line of work of two words later in the clause a verb of work opens."""
    spans = []
    for i in view.positions(_WORK_IN):
        words, where = view.run(i, _LATER + 2, pauses=False)
        for k in range(2, len(words) - 1):
            if tuple(words[k:k + 2]) in _FIELD_PAIRS and words[k - 1] not in _PLACE_BEFORE:
                spans.append(word_span(view, where[k], where[k + 1], "PROFESSION",
                                       "PROFESSION"))
                break
    return spans


# Kinds of work done that are no trade: "did some work", "do home work", "did the work".
_NOT_TRADES = frozenset("""some the any more less much no good hard great little extra home
house school blood lab paper leg foot team field case body further other yard garden
volunteer charity""".split())
# Words between a person and "do" that leave them its subject: "later did", "used to do".
_BETWEEN_DO = frozenset("later also then still now just mostly mainly usually to used".split())


def _doer_before(view: View, i: int) -> bool:
    """Whether a person is the subject of the ``do`` at ``i`` (``I``, ``she later``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    for _ in range(2):
        if p is None or view.keys[p] not in _BETWEEN_DO:
            break
        p = view.prev_word(p, cross=False, pauses=False)
    if p is not None and view.keys[p] == "and":  # "I started as ... and later did"
        return any(view.keys[q] in _DOERS for q in view.words_before(p, 8))
    return p is not None and view.keys[p] in _DOERS


def _work_done(view: View) -> list[Span]:
    """``later did clerical work at a bank``, ``he does roofing work``: a person's ``do``, one
    word of a kind of work and ``work``, said for the job."""
    spans = []
    for i in view.positions(_DO):
        words, where = view.run(i, 4, pauses=False)
        if len(words) < 3 or words[2] != "work" or not _doer_before(view, i) \
                or not words[1].isalpha() or words[1] in FUNCTION_WORDS \
                or words[1] in _NOT_TRADES or words[1] in EVALUATIVE:
            continue
        spans.append(word_span(view, where[1], where[2], "PROFESSION", "PROFESSION"))
    return spans


# What makes an activity a job: "I do dog walking on the side", "she does hair for a living".
_WORK_FRAMES = (("on", "the", "side"), ("for", "a", "living"), ("for", "work"),
                ("part", "time"), ("part-time",), ("full", "time"), ("full-time",),
                ("as", "a", "job"))


_NOTHING = frozenset("""nothing something anything everything stuff things thing more less
much well fine okay ok lots bits exercises stretches yoga""".split())


def _trades_done(view: View) -> list[Span]:
    """``i also do some dog walking on the side``: a trade said as an activity, with a
    frame of work after it."""
    spans = []
    for i in view.positions(_DO):
        words, where = view.run(i, 9, pauses=False)
        k = 2 if words[1:2] == ["some"] else 1
        end = k
        while end < len(words) and end - k < 3 and words[end].isalpha() and \
                words[end] not in FUNCTION_WORDS:
            end += 1
        frame = next((f for f in _WORK_FRAMES if tuple(words[end:end + len(f)]) == f), None)
        if end == k or frame is None or words[k] in _NOTHING or words[k].endswith("ly") or \
                words[end + len(frame):end + len(frame) + 1] == ["of"]:
            continue  # "i do nothing on the side", "stretches on the side of the bed"
        spans.append(word_span(view, where[k], where[end - 1], "PROFESSION", "PROFESSION"))
    return spans


# Lines of work that name nothing but a trade (no chore done at home, as ``landscaping``
# or ``plumbing`` can be), said in a frame of work without ``work in``:
# "retail jobs", "doing a bit of construction", "get back into hospitality".
_TRADES_ONLY = frozenset("""construction retail hospitality catering trucking hairdressing
accounting accountancy journalism mining forestry manufacturing engineering childcare
telemarketing""".split())
_NOT_TRADE_PAIRS = frozenset({("home", "care"), ("health", "care"), ("home", "health"),
                              ("child", "care"), ("quality", "control")})
# Nouns after a line of work that make it a job: "retail jobs", "a catering career".
_JOB_NOUNS = frozenset("job jobs career careers position positions role roles".split())
# Amounts between "doing" and its line of work: "doing a bit of construction" (longest first).
_AMOUNTS = ("a little bit of", "a bit of", "a lot of", "a little", "some", "mostly", "more")
_DOING = frozenset("do does did doing done".split())
# People who do it, a few words before "doing": "I've been doing", "you're doing".
_PERSONS = _DOERS | frozenset("""you i've i'm you've you're he's she's we've we're they've
they're""".split())
_TRADE_STARTS = _TRADES_ONLY | {pair[0] for pair in _FIELD_PAIRS}


def _trade_width(words: list[str]) -> int:
    """How many of the first words name a line of work that is nothing but a trade."""
    if tuple(words[:2]) in _FIELD_PAIRS and tuple(words[:2]) not in _NOT_TRADE_PAIRS:
        return 2
    return 1 if words[:1] and words[0] in _TRADES_ONLY else 0


def _field_frames(view: View) -> list[Span]:
    """``looking for retail jobs``, ``she's doing catering``, ``I've been doing a bit of
    construction``, ``get back into hospitality``, ``worked on and off in catering``: a
    trade's line of work in a frame that makes it someone's job, where no ``work in`` comes
    right before it."""
    spans = []
    for i in view.positions(_TRADE_STARTS):
        words, where = view.run(i, 3, pauses=False)
        width = _trade_width(words)
        if not width:
            continue
        after = words[width:width + 1]
        if after and after[0] in _JOB_NOUNS or _framed(view, i):
            spans.append(word_span(view, where[0], where[width - 1], "PROFESSION",
                                   "PROFESSION"))
    return spans


def _framed(view: View, i: int) -> bool:
    """Whether the words before the line of work at ``i`` make it a job: a person's
    ``doing`` (an amount between), ``back (in)to``, or ``in`` late in a clause that a verb of
    work opens."""
    before = [view.keys[k] for k in view.words_before(i, 9)]  # nearest first
    for amount in _AMOUNTS:
        if " ".join(reversed(before[:len(amount.split())])) == amount:
            before = before[len(amount.split()):]
            break
    if before[:1] and before[0] in _DOING:
        return any(w in _PERSONS for w in before[1:4])
    if before[:2] in (["into", "back"], ["to", "back"], ["in", "back"]):
        return True
    return before[:1] == ["in"] and any(w in _WORK_IN for w in before[1:5])


def find_workplaces(view: View) -> list[Span]:
    found = _fields_done(view) + _fields_later(view) + _work_done(view) + _run_places(view) \
        + _workplaces(view) + _trades_done(view) + _worked_on(view)
    return found + [s for s in _field_frames(view) if s not in found]
