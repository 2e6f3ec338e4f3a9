"""Surrogates: consistent fake values in place of PHI.

Within one file the same name gets the same fake name, word by word (``Jack Smith`` →
``Alex Turner``, then ``Smith`` → ``Turner``); every date moves by one offset of days, so the
intervals between dates survive (``4/14/1960`` and ``1/22/2013`` both move by the same
number of days). IDs keep their length, phone numbers use the 555-01xx range reserved for
fiction, e-mail and web addresses the ``example`` domains. The offset and the choices come
from a seed (by default a hash of the text), so the same file gives the same output.

>>> s = Surrogates(seed=7)
>>> s.value("NAME", "PATIENT", "Jack Smith") == s.value("NAME", "PATIENT", "Jack Smith")
True
>>> s.value("NAME", "PATIENT", "Smith") == s.value("NAME", "PATIENT", "Jack Smith").split()[1]
True
>>> s.value("DATE", "DATE", "4/14/1960")
'10/26/1960'
>>> s.value("DATE", "DATE", "the twelfth of February nineteen sixty one")
'August 26, 1961'
>>> s.value("ID", "MEDICALRECORD", "123546").isdigit()
True
"""
from __future__ import annotations

import datetime as dt
import random
import re
import string

from .knowledge import MONTH_ABBREVIATIONS, MONTHS, name_info
from .numbers import cardinal, ordinal, split_words, year
from .postcodes import AU_STATES
from .short_dates import month_and_year

FIRST = """Alex Jordan Morgan Casey Riley Taylor Jamie Robin Drew Avery Quinn Reese Cameron
Rowan Sasha Emery Harper Logan Parker Skyler Dana Jesse Kendall Marlowe""".split()
LAST = """Turner Ellison Hartley Whitman Calder Brennan Lowry Pryce Marsh Thorne Keating
Ashford Dunmore Fairley Holloway Kimber Lockwood Merrow Penrose Radley Sutter Wexley""".split()
CITIES = """Riverton Fairview Brookfield Millbrook Oakdale Lakeside Ashby Westbury Glenmore
Kingsley Hollowell Pinecrest""".split()
FACILITIES = ["Fairview Medical Center", "Riverside Clinic", "Oakdale Hospital",
              "Northgate Health", "Lakeside Medical Group", "Brookfield Infirmary"]
STREETS = ["12 Oak Street", "48 Elm Road", "7 Birch Lane", "230 Cedar Avenue", "5 Maple Close"]
STATES = "Ohio Oregon Vermont Kansas Iowa Utah Nevada Maine".split()
_US_CODES = "OH OR VT KS IA UT NV ME".split()
_AU_CODES = "NSW VIC QLD TAS".split()
_STATE_WORDS = "Vic Qld Tas".split()
COUNTRIES = "Norway Chile Portugal Kenya Canada Peru Japan Finland".split()
JOBS = "clerk engineer teacher designer technician manager analyst driver".split()
_MONTH_NAMES = [m.capitalize() for m in MONTHS]
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$")


class Surrogates:
    """The fake values of one file: choices remembered, one date offset."""

    def __init__(self, seed: int):
        self._random = random.Random(seed)
        self.offset = dt.timedelta(days=self._random.randint(30, 365))
        self._chosen: dict[tuple[str, str], str] = {}

    def value(self, category: str, subtype: str, original: str) -> str:
        text = original.strip()
        if category == "NAME":
            return " ".join(self._name_word(w) for w in text.split())
        if category == "DATE":
            return self._date(text)
        if category == "AGE":
            return "90+"
        if category == "ID":
            return self._remember(category, text, lambda: self._shape(text, letters=False))
        if category == "CONTACT":
            return self._remember(category, text, lambda: self._contact(subtype))
        pool = {"CITY": CITIES, "STATE": STATES, "COUNTRY": COUNTRIES, "STREET": STREETS,
                "HOSPITAL": FACILITIES, "ORGANIZATION": FACILITIES,
                "PROFESSION": JOBS}.get(subtype, CITIES)
        if subtype == "ZIP":  # the code's shape kept: "3056", "SW1A 1AA", "02139-4307"
            return self._remember(category, text, lambda: self._shape(text))
        if subtype == "STATE" and text.isalpha() and len(text) <= 3:
            # "NSW", "CA": a code for a code; "Vic": a state's short word for another
            pool = _AU_CODES if text.casefold() in AU_STATES else _US_CODES
            codes = [c for c in (pool if text.isupper() else _STATE_WORDS)
                     if c.casefold() != text.casefold()]
            return self._remember(subtype, text, lambda: self._random.choice(codes))
        return self._remember(subtype, text, lambda: self._random.choice(pool))

    def _remember(self, kind: str, text: str, make) -> str:
        key = (kind, text.casefold())
        if key not in self._chosen:
            self._chosen[key] = make()
        return self._chosen[key]

    def _name_word(self, word: str) -> str:
        core = word.strip(".,;:!?'’\"")
        info = name_info(core.casefold())
        pool = FIRST if info is not None and info.first > info.last else LAST
        fake = self._remember("NAME", core, lambda: self._random.choice(pool))
        return fake.lower() if core.islower() else fake

    def _shape(self, text: str, letters: bool = True) -> str:
        """Each digit a random digit and (with ``letters``) each letter a random capital:
        the form stays."""
        return "".join(str(self._random.randint(0, 9)) if ch.isdigit() else
                       self._random.choice(string.ascii_uppercase) if letters and ch.isalpha()
                       else ch for ch in text)

    def _contact(self, subtype: str) -> str:
        n = len(self._chosen) % 100
        if subtype == "EMAIL":
            return f"person{n}@example.com"
        if subtype == "URL":
            return "www.example.org"
        if subtype == "IPADDR":
            return f"192.0.2.{n}"
        return f"555-01{n:02d}"

    def _date(self, text: str) -> str:
        """The date moved by the file's offset, in the original's form where it is read."""
        m = _NUMERIC.match(text)
        if m:
            a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4) or ""
            if not y and month_and_year(m.group(1), m.group(3)):
                return self._month_year(a, b, sep)  # "in 11/06": a month and its year
            month, day = (a, b) if a <= 12 else (b, a)
            year = int(y) if len(y) == 4 else 2001 if not y else (
                1900 + int(y) if int(y) > 30 else 2000 + int(y))
            moved = _shift(year, month, day, self.offset)
            if moved is None:
                return "[DATE]"
            out = f"{moved.month}{sep}{moved.day}" if a <= 12 else f"{moved.day}{sep}{moved.month}"
            if y:
                out += sep + (str(moved.year) if len(y) == 4 else f"{moved.year % 100:02d}")
            return out
        return self._worded_date(text)

    def _month_year(self, month: int, short: int, sep: str) -> str:
        moved = _shift(1900 + short if short > 30 else 2000 + short, month, 15, self.offset)
        return "[DATE]" if moved is None else f"{moved.month:02d}{sep}{moved.year % 100:02d}"

    def _worded_date(self, text: str) -> str:
        words = split_words(re.findall(r"[a-z]+(?:-[a-z]+)*|\d+(?:st|nd|rd|th)?", text.casefold()))
        at = next((k for k, w in enumerate(words) if w in MONTHS or w in MONTH_ABBREVIATIONS), None)
        if at is None:
            return "[DATE]"
        month = MONTHS.get(words[at]) or MONTH_ABBREVIATIONS[words[at]]
        day, year_value = _day_and_year(words[:at]), None
        rest = [w for w in words[at + 1:] if w not in ("the", "of")]
        found = year(rest)
        if found is None and rest:
            after = ordinal(rest) or cardinal(rest[:2])
            if after is not None and 1 <= after[0] <= 31:
                day = day or after[0]
                found = year(rest[after[1]:])
        year_value = found[0] if found else None
        moved = _shift(year_value or 2001, month, day or 15, self.offset)
        if moved is None:
            return "[DATE]"
        name = _MONTH_NAMES[moved.month - 1]
        name = name.lower() if text.islower() else name
        out = f"{name} {moved.day}" if day else name
        return out + (f", {moved.year}" if year_value else "")


def _day_and_year(words: list[str]) -> int | None:
    """The day said before the month (``the twelfth of``, ``3rd``)."""
    words = [w for w in words if w not in ("the", "of")]
    for k in range(len(words)):
        found = ordinal(words[k:]) or cardinal(words[k:])
        if found is not None and k + found[1] == len(words) and 1 <= found[0] <= 31:
            return found[0]
    return None


def _shift(year: int, month: int, day: int, offset: dt.timedelta) -> dt.date | None:
    try:
        return dt.date(year, month, day) + offset
    except ValueError:
        return None

