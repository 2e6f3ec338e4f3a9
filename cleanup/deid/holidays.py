"""Holidays and festivals said as dates, in any case: ``at Christmas``, ``since Diwali``,
``Chinese New Year``, ``new year's eve``, ``over the May bank holiday``.

i2b2 marks a holiday's mention as a DATE (``a Christmas present`` too), with the ``Eve`` or
``Day`` said after it and a year that follows (``Christmas Eve 2009``, ``Easter of '19``).
The names come from ``cleanup/data/deid_holidays.txt``; a name with another sense
(``lent``, ``advent``, ``carnival``) is a date only after a word of time (``during Lent``,
``the week after Carnival``), capitalized where the text has capitals. Not a holiday: a
place named after one (``Easter Island``), a name that a word of two senses opens
(``Carnival Cruises``), ``a bank holiday`` or ``bank holidays`` in general.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("after chinese new year and on christmas eve 2009"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_holidays(v)]
[('chinese', 'year'), ('christmas', '2009')]
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .dates import WEEKDAYS, short_year
from .knowledge import MONTHS
from .numbers import year
from .spans import Span, word_span
from .view import View

# Words before a holiday that make it a time: "during Lent", "after Carnival", "this Eid".
_TIME_CUES = frozenset("""at on over since after before during until till by around for
through from this last next of in""".split())
# Peoples and faiths whose new year is a holiday of its own: "Chinese New Year".
_PEOPLES = frozenset("""chinese lunar jewish islamic persian iranian tamil sikh hindu
vietnamese korean thai sinhala sinhalese ethiopian orthodox bengali""".split())
# Said after a holiday's name, part of it: "Christmas Eve", "Easter Monday".
_PARTS = frozenset("eve day sunday monday".split())
_WHOLE = frozenset("eve day night sunday monday friday weekend festival".split())
# After a holiday's word, a place named for it: "Christmas Island", "Easter Road".
_PLACES = frozenset("""island islands road street lane church school college hospital
cathedral""".split())
# After a holiday's word, a thing named for it, not the day: "an Easter egg hunt".
_THINGS = frozenset("""egg eggs bunny basket baskets tree trees card cards jumper sweater
lights""".split())
_SPECIFIC = frozenset("the this last next".split())  # "the bank holiday": one of them


@lru_cache(maxsize=1)
def holiday_names() -> dict[tuple[str, ...], bool]:
    """Each holiday's words (apostrophes left out), and whether it needs a cue of time."""
    text = resources.files("cleanup.data").joinpath("deid_holidays.txt").read_text("utf-8")
    names: dict[tuple[str, ...], bool] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, kind = line.partition("\t")
            names[tuple(name.split())] = kind.strip() == "cued"
    return names


def _norm(key: str) -> str:
    """A word as the holiday list writes it: ``valentine's`` → ``valentines``."""
    key = key.replace("'", "")
    return "st" if key == "saint" else key


def find_holidays(view: View) -> list[Span]:
    names = holiday_names()
    firsts = {name[0] for name in names}
    longest = max(len(name) for name in names)
    keys = {k for k in set(view.keys) if k and _norm(k) in firsts}
    keys |= {b for b in set(view.bases) if b in firsts}
    spans = []
    for i in view.positions(keys):
        span = _holiday_at(view, i, names, longest)
        if span is not None:
            spans.append(span)
    spans += _without_day(view) + _feasts(view)
    return sorted(spans + _new_years(view) + _bank_holidays(view), key=lambda s: s.first)


# Words of time that date something by a feast said without "Day" ("since All Saints");
# not "at" or "in": "at St George's" is as often a hospital.
_STRICT_CUES = frozenset("""on over since after before during until till by around this
last next""".split())


@lru_cache(maxsize=1)
def _short_names() -> frozenset[tuple[str, ...]]:
    """Feasts of several words said without their ``Day``: ``All Saints``, ``St
    Stephen's``, ``St Jean Baptiste``."""
    names = holiday_names()
    return frozenset(n[:-1] for n in names if n[-1] == "day" and len(n) >= 3
                     and n[:-1] not in names)


def _without_day(view: View) -> list[Span]:
    """A feast of the list said without ``Day``, a word of time shortly before it in its
    sentence (``since, what, All Saints?``), not a place named for it (``All Saints
    Church``, ``St Andrews Road``)."""
    spans = []
    short = _short_names()
    for i in view.positions({n[0] for n in short} | {"saint"}):
        words, where = view.run(i, 4, pauses=False)
        words = [_norm(w) for w in words]
        size = next((n for n in (4, 3, 2) if len(words) >= n and tuple(words[:n]) in short), 0)
        if not size or not _cued(view, i) or (not view.lowercase and not view.shapes[i].cap):
            continue
        last = where[size - 1]
        j = view.next_word(last, cross=False, pauses=False)
        if j is None or not (view.capitalized(j) or view.keys[j] in _PLACES):
            spans.append(word_span(view, i, last, "DATE", "DATE", "list"))
    return spans


def _cued(view: View, i: int) -> bool:
    """A word of time among the three words before token ``i`` in its sentence."""
    return any(view.keys[j] in _STRICT_CUES for j in view.words_before(i, 3))


def _feasts(view: View) -> list[Span]:
    """French names a saint's feast with ``la`` before it: ``avant la Saint-Jean``, ``la
    Sainte-Catherine`` (a place named for a saint takes no ``la``)."""
    spans = []
    for i in range(1, view.n):
        key = view.keys[i]
        if key.startswith(("saint-", "sainte-", "st-", "ste-")) and view.keys[i - 1] == "la":
            spans.append(word_span(view, i, i, "DATE", "DATE", "pattern"))
    return spans


def _holiday_at(view: View, i: int, names: dict[tuple[str, ...], bool],
                longest: int) -> Span | None:
    """The holiday whose name starts at token ``i``, with its ``Eve`` and year."""
    words, where = view.run(i, longest + 1, pauses=False)
    words = [_norm(w) for w in words]
    size = next((n for n in range(min(len(words), longest), 0, -1)
                 if tuple(words[:n]) in names), 0)
    if not size and view.bases[i] in names:
        size = 1  # "Easter's", "Diwali's"
    if not size:
        return None
    cued = names.get(tuple(words[:size]), names.get((view.bases[i],), False))
    after = words[size] if len(words) > size else ""
    p = view.prev_word(i, cross=False, pauses=False)
    if after in _PLACES or after in _THINGS:
        return None  # "Easter Road", "their Easter eggs"
    if cued and not (p is not None and view.keys[p] in _TIME_CUES
                     and (view.lowercase or view.shapes[i].cap)) or cued and _named_after(
            view, where[size - 1]):
        return None
    last = where[size - 1]
    if after in _PARTS and words[size - 1] not in _WHOLE:
        last = where[size]
    return word_span(view, i, _year_after(view, last), "DATE", "DATE", "list")


def _named_after(view: View, last: int) -> bool:
    """Whether a capitalized word follows (``Carnival Cruises``): a name, not the day."""
    j = view.next_word(last, cross=False, pauses=False)
    return j is not None and view.capitalized(j) and view.keys[j] not in ("i", "eve", "day")


def _year_after(view: View, last: int) -> int:
    """Where a date that ends at ``last`` ends with the year said after it (``Christmas
    2009``, ``Easter of nineteen ninety``, ``Diwali of '18``)."""
    j = view.next_word(last, cross=False)
    if j is None:
        return last
    words, where = view.run(j, 5)
    k = 1 if words[:1] == ["of"] else 0
    found = year(words[k:]) or (short_year(words[k:]) if k else None)
    return where[k + found[1] - 1] if found else last


def _new_years(view: View) -> list[Span]:
    """``New Year`` said alone (the list has ``new year's``): a people's new year
    (``Lunar New Year``, ``the Jewish new year``), ``New Year`` capitalized, or
    ``new year`` after a word of time or a wish (``over new year``, ``happy new year``);
    not ``a new year``, nor ``in the New Year`` or ``the new year`` in lowercase (the year
    to come)."""
    spans = []
    for i in view.positions({"year", "years"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or view.keys[p] != "new":
            continue
        pp = view.prev_word(p, cross=False, pauses=False)
        before = view.keys[pp] if pp is not None else ""
        if before in _PEOPLES:  # "Chinese New Year", "Lunar New Year's Day"
            first = pp
        elif view.keys[i] != "year":
            continue  # "new year's", "new years": the list's
        elif (not view.lowercase and view.shapes[i].cap and view.shapes[p].cap
              and not _year_to_come(view, pp)) or before in _TIME_CUES - {"of", "in"} \
                or before == "happy":
            first = p
        else:
            continue
        j = view.next_word(i, cross=False, pauses=False)
        last = j if j is not None and view.keys[j] in _PARTS else i
        assert first is not None
        spans.append(word_span(view, first, _year_after(view, last), "DATE", "DATE", "list"))
    return spans


def _year_to_come(view: View, the: int | None) -> bool:
    """``in the New Year``: the year to come, not the holiday."""
    if the is None or view.keys[the] != "the":
        return False
    p = view.prev_word(the, cross=False, pauses=False)
    return p is not None and view.keys[p] == "in"


def _bank_holidays(view: View) -> list[Span]:
    """One bank holiday named: ``the June bank holiday``, ``over the bank holiday``,
    ``bank holiday Monday``, ``the Easter public holiday``; not ``a bank holiday`` nor
    ``on bank holidays``."""
    spans = []
    names = holiday_names()
    for i in view.positions({"holiday"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or view.keys[p] not in ("bank", "public") or view.keys[i] != "holiday":
            continue
        pp = view.prev_word(p, cross=False, pauses=False)
        before = view.keys[pp] if pp is not None else ""
        j = view.next_word(i, cross=False, pauses=False)
        weekday = j is not None and view.keys[j] in WEEKDAYS
        first: int | None = p
        if before in MONTHS or (_norm(before),) in names:
            first = pp
        elif before not in _SPECIFIC and not weekday:
            first = None
        if first is not None:
            spans.append(word_span(view, first, j if weekday and j is not None else i,
                                   "DATE", "DATE", "list"))
    return spans
