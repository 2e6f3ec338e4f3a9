"""A written date without its year or its day, ``3/4`` or ``11/06``: two numbers that are as
often a fraction, a score or a count (``3/4 of patients``, ``strength 5/5``, ``5/9 nodes``),
so a date only where a word of time comes before it (``on 3/4``, ``since 11/06``, ``Mon
12/02``). A month and a year (the second number padded, ``11/06``, or past any day,
``8/98``) is also a date after ``in`` (``a graft in 11/06``), where a fraction is followed
by ``of``. Neither is a date when a plural noun follows it (``and 5/9 nodes positive``: a
count, unless ``on`` or ``since`` comes before it) or when it ends a range from a plain
number (``+1 to 3/4``: a grade).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("seen on 3/4, grafted in 11/06, and 5/9 nodes were"
...                                   " positive in 3/4 of them; graded +1 to 3/4."))
>>> [v.texts[i] for i in range(v.n) if short_date(v, i)]
['3/4,', '11/06,']
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS
from .view import View

SHORT = regex.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})")
#: Words before a short date that make it one (``on 3/4``, ``Mon 12/02``).
WEEKDAY_CUES = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue
tues thu thur thurs fri""".split())
DATE_CUES = frozenset("on from since until till by dated date of to through thru and "
                      "before after around".split())
# Labels of a date in records and calls: "DOS 3/14", "exp 09/27", "admitted 3/2".
_LABELS = frozenset("""dos dob exp expiry expires expiring expiration admitted discharged
termed terminated effective due""".split())
_STRONG = WEEKDAY_CUES | _LABELS | frozenset("on dated date since until till".split())
_CUES = DATE_CUES | WEEKDAY_CUES | _LABELS
_RANGE_LINKS = frozenset("to and through thru or".split())
_ARTICLES = frozenset("a an no".split())
_PLAIN_NUMBER = regex.compile(r"[+-]?\d+(?:\.\d+)?")


def short_date(view: View, i: int) -> bool:
    """Whether the token at ``i`` is a day and month or a month and year written short."""
    m = SHORT.fullmatch(view.keys[i])
    if m is None:
        return False
    a, b = int(m["a"]), int(m["b"])
    month_year = month_and_year(m["a"], m["b"])
    day_month = 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12
    p = view.prev_word(i, cross=False)
    if p is None or not (month_year or day_month):
        return False
    n = view.next_word(i, cross=False)
    cue = view.keys[p]
    if cue in ("was", "is", "be") and _date_named(view, p):
        return True  # "the date of service was 3/14"
    if cue not in _CUES and not (
            month_year and cue == "in" and (n is None or view.keys[n] != "of")):
        return False
    if cue in _RANGE_LINKS and (q := view.prev_word(p, cross=False)) is not None \
            and _PLAIN_NUMBER.fullmatch(view.texts[q].rstrip(",.;:")):
        return False  # "+1 to 3/4", "4 and 5/5": a grade's range
    # "on 3/4 labs were drawn": after a strong cue a noun is the sentence's subject
    return cue in _STRONG or not (n is not None and _count_noun(view, n))


def _date_named(view: View, p: int) -> bool:
    """Whether the word ``date`` is among the four words before the verb at ``p``."""
    return any(view.keys[q] in ("date", "dos", "dob") for q in view.words_before(p, 4))


def month_and_year(a: str, b: str) -> bool:
    """Whether ``a/b`` reads as a month and a two-digit year: ``11/06`` (the year padded)
    or ``8/98`` (past any day)."""
    return 1 <= int(a) <= 12 and len(b) == 2 and (b[0] == "0" or int(b) > 31)


def _count_noun(view: View, n: int) -> bool:
    """``cores``, ``nodes``: a plural noun counted by the fraction before it."""
    key = view.keys[n]
    after = view.next_word(n, cross=False)
    if after is not None and view.keys[after] in _ARTICLES:
        return False  # "the CT from 11/03 shows a lesion": a verb, its object after it
    return key.isalpha() and len(key) > 3 and key.endswith("s") and not key.endswith("ss") \
        and key not in FUNCTION_WORDS and not view.shapes[n].cap
