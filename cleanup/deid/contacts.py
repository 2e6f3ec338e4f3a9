"""Contacts and identifiers: phone and fax numbers, e-mail and web addresses, IP addresses,
and ID numbers (record, social security, plan, account, licence, device), written or said.

A spoken e-mail address is read from its ``dot com``/``dot org`` end back through ``at``;
digits said one by one (``five five five one two one two``) are a number string. What a
number string is comes from the words before it (``MRN``, ``fax``, ``policy number``);
without a cue a string of phone length is a phone number, and six or more digits written
together are an ID. Counting aloud (``one, two, three ... ten``) is neither.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("mail mary dot smith at gmail dot com or call "
...                                  "five five five, one two one two. MRN: 0012345"))
>>> [(s.category, s.subtype, v.texts[s.first], v.texts[s.last])
...  for s in sorted(find_contacts(v), key=lambda s: s.first)]  # doctest: +NORMALIZE_WHITESPACE
[('CONTACT', 'EMAIL', 'mary', 'com'), ('CONTACT', 'PHONE', 'five', 'two.'),
 ('ID', 'MEDICALRECORD', '0012345', '0012345')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from .addresses import POSTCODE_CUES
from .birth_dates import BIRTH_WORDS
from .emails import spoken_addresses
from .handles import find_handles
from .letter_words import find_letter_words
from .paused_phones import paused_phones
from .numbers import DIGIT_WORDS, NUMBER_WORDS, UNITS_AFTER, counting, digits, one_by_one
from .numbers import TENS as TENS_WORDS
from .plates import find_plates
from .readback import number_endings, read_back
from .spans import Span, word_span
from .spelled_codes import find_code_runs
from .view import View
from .written_codes import SHORT_CODE, run_on, written_kind


# Cue words -> (category, subtype). A cue may be several words; the last one is the key.
_CUES: dict[tuple[str, ...], tuple[str, str]] = {
    ("mrn",): ("ID", "MEDICALRECORD"), ("record", "number"): ("ID", "MEDICALRECORD"),
    ("hospital", "number"): ("ID", "MEDICALRECORD"), ("chart", "number"): ("ID", "MEDICALRECORD"),
    ("nhs", "number"): ("ID", "MEDICALRECORD"), ("patient", "number"): ("ID", "MEDICALRECORD"),
    ("patient", "id"): ("ID", "MEDICALRECORD"), ("case", "number"): ("ID", "MEDICALRECORD"),
    ("social", "security"): ("ID", "SSN"), ("ssn",): ("ID", "SSN"), ("social",): ("ID", "SSN"),
    ("sin",): ("ID", "SSN"), ("social", "insurance"): ("ID", "SSN"),
    ("policy", "number"): ("ID", "HEALTHPLAN"), ("member", "id"): ("ID", "HEALTHPLAN"),
    ("member", "number"): ("ID", "HEALTHPLAN"), ("insurance", "number"): ("ID", "HEALTHPLAN"),
    ("plan", "number"): ("ID", "HEALTHPLAN"), ("group", "number"): ("ID", "HEALTHPLAN"),
    ("medicare", "number"): ("ID", "HEALTHPLAN"), ("card",): ("ID", "IDNUM"),
    ("medicare", "card"): ("ID", "HEALTHPLAN"), ("medicare",): ("ID", "HEALTHPLAN"),
    ("medicaid",): ("ID", "HEALTHPLAN"), ("claim", "number"): ("ID", "IDNUM"),
    ("health", "card"): ("ID", "HEALTHPLAN"),
    ("insurance", "card"): ("ID", "HEALTHPLAN"), ("plate",): ("ID", "VEHICLE"),
    ("registration",): ("ID", "VEHICLE"), ("reg",): ("ID", "VEHICLE"),
    ("medicaid", "number"): ("ID", "HEALTHPLAN"),
    ("prescription", "number"): ("ID", "IDNUM"), ("rx", "number"): ("ID", "IDNUM"),
    ("rx",): ("ID", "IDNUM"),
    ("account", "number"): ("ID", "ACCOUNT"), ("customer", "id"): ("ID", "ACCOUNT"),
    ("customer", "number"): ("ID", "ACCOUNT"), ("license", "number"): ("ID", "LICENSE"),
    ("licence", "number"): ("ID", "LICENSE"), ("license", "plate"): ("ID", "VEHICLE"),
    ("plate", "number"): ("ID", "VEHICLE"), ("registration", "number"): ("ID", "VEHICLE"),
    ("serial", "number"): ("ID", "DEVICE"), ("device", "id"): ("ID", "DEVICE"),
    ("serial",): ("ID", "DEVICE"), ("account",): ("ID", "ACCOUNT"),
    ("iban",): ("ID", "ACCOUNT"), ("sort", "code"): ("ID", "ACCOUNT"),
    ("routing", "number"): ("ID", "ACCOUNT"), ("routing",): ("ID", "ACCOUNT"),
    ("licence",): ("ID", "LICENSE"), ("license",): ("ID", "LICENSE"),
    ("national", "insurance"): ("ID", "SSN"), ("passport",): ("ID", "IDNUM"),
    ("last", "four"): ("ID", "IDNUM"), ("last", "four", "digits"): ("ID", "IDNUM"),
    ("id", "number"): ("ID", "IDNUM"), ("id",): ("ID", "IDNUM"),
    ("reference", "number"): ("ID", "IDNUM"), ("reference",): ("ID", "IDNUM"),
    ("confirmation", "number"): ("ID", "IDNUM"), ("confirmation",): ("ID", "IDNUM"),
    ("claim",): ("ID", "IDNUM"), ("appeal",): ("ID", "IDNUM"), ("ticket",): ("ID", "IDNUM"),
    ("authorization",): ("ID", "IDNUM"), ("authorisation",): ("ID", "IDNUM"),
    ("invoice",): ("ID", "ACCOUNT"), ("policy",): ("ID", "HEALTHPLAN"),
    # a business's or a prescriber's registered number: "ABN 51 824 753 556", "NPI 1902837465"
    ("abn",): ("ID", "IDNUM"), ("acn",): ("ID", "IDNUM"), ("ein",): ("ID", "IDNUM"),
    ("tfn",): ("ID", "SSN"), ("tax", "id"): ("ID", "IDNUM"), ("npi",): ("ID", "LICENSE"),
    ("dea",): ("ID", "LICENSE"),
    ("phone",): ("CONTACT", "PHONE"), ("telephone",): ("CONTACT", "PHONE"),
    ("mobile",): ("CONTACT", "PHONE"), ("cell",): ("CONTACT", "PHONE"),
    ("number",): ("CONTACT", "PHONE"), ("call",): ("CONTACT", "PHONE"),
    ("extension",): ("CONTACT", "PHONE"), ("fax",): ("CONTACT", "FAX"),
    ("pager",): ("CONTACT", "PHONE"), ("beeper",): ("CONTACT", "PHONE"),
}
_IDIOMS: dict[tuple[str, ...], frozenset[str]] = {("account",): frozenset("into on".split()),
           ("reference",): frozenset("for as a of cross quick".split())}
_FILLER = frozenset("is it's its was are were number no # of on at me us um uh er the my your "
                    "his her that's it".split())
_CUE_WORDS = frozenset(word for cue in _CUES for word in cue)


def find_contacts(view: View) -> list[Span]:
    spans = _written(view)
    spans += spoken_addresses(view)
    spans += _number_strings(view)
    spans += _spoken_codes(view)
    spans += find_handles(view)
    spans += _lettered_codes(view)
    spans += find_code_runs(view, _code_kind)
    spans += find_letter_words(view, _code_kind)
    spans += find_plates(view, _code_kind)
    spans += paused_phones(view, _PHONE_WORDS | {"reach"}, _PHONE_NUMBER - {"the", "a"})
    spans = [_code_edges(view, s) if s.category in ("ID", "CONTACT") and s.subtype != "EMAIL"
             else s for s in spans]
    return spans + read_back(view, spans) + number_endings(view)


def _code_kind(view: View, i: int) -> tuple[str, str] | None:
    """What a code said from token ``i`` is, by its cue: a postcode, or an ID's kind."""
    j, seen = view.prev_word(i, cross=False), 0
    while j is not None and seen < 4:
        if view.keys[j] in POSTCODE_CUES:
            return "LOCATION", "ZIP"
        j, seen = view.prev_word(j, cross=False), seen + 1
    return _cue_before(view, i) or _asked(view, i)


def _code_edges(view: View, span: Span) -> Span:
    """An ID grown over the letters said or written around its digits: ``PZX 204881 H``,
    ``w two seven seven ...``, ``a p one two three ...``."""
    first, last = span.first, span.last
    while (p := view.prev_word(first, cross=False, pauses=False)) is not None and \
            _code_letters(view, p, before=True):
        first = p
    while (j := view.next_word(last, cross=False, pauses=False)) is not None and (
            _code_letters(view, j, before=False) and (view.keys[j] not in ("a", "i") or _ends(
                view, j, first)) or (
                span.category == "ID" and view.keys[j].isdigit() and len(view.keys[j]) <= 6
                and (_code_letters(view, last, before=False) or SHORT_CODE.fullmatch(
                    view.keys[last])))):
        last = j  # "KA 05 MN 4321": letters, then digits again
    if (first, last) == (span.first, span.last):
        return span
    if first != span.first and _lone_article(view, first, span.first):
        first = span.first
    return Span(first, view.shapes[first].start, last, view.shapes[last].end, span.category,
                span.subtype, span.source)


def _ends(view: View, j: int, first: int) -> bool:
    """``a`` as a code's check letter: it ends its clause (``... oh two a.``), or the code
    opened with letters too (``q t four ... two a``)."""
    second = view.next_word(first) or first
    return view.next_word(j, cross=False, pauses=False) is None or any(
        len(view.keys[k]) == 1 and view.keys[k] not in "ai" and view.keys[k].isalpha()
        for k in (first, second))


# Acronyms said before a number that are its cue, not part of it.
_NOT_CODE = frozenset("""mrn ssn nhs id dob no nr mr ms dr gp icu er ed ok ph hr bp""".split())


def _code_letters(view: View, i: int, before: bool) -> bool:
    """Letters that belong to a code: an all-capital group of up to four in text with
    capitals (``PZX``, ``KT``), one letter said alone in lowercase ASR (``w``)."""
    key, core = view.keys[i], view.shapes[i].core
    if key in _NOT_CODE or key in _CUE_WORDS or not key.isalpha():
        return False
    if not view.lowercase:
        return core.isupper() and len(core) <= 4 and (len(key) == 1 or not (
            key in FUNCTION_WORDS or zipf(key) >= 5))  # not "IS" in text all in capitals
    return len(key) == 1


def _lone_article(view: View, first: int, old: int) -> bool:
    """``a`` or ``i`` alone before the digits: the word, not a letter of the code."""
    if view.texts[first] == "A" and not view.lowercase and not view.sentence_start(first):
        return False  # "registration B 73105": a capital inside a sentence is a letter
    return first == view.prev_word(old, cross=False, pauses=False) and view.keys[first] in (
        "a", "i")


def _spoken_codes(view: View) -> list[Span]:
    """Letters and digits said one by one after an ID cue (``member id is a b c one two``)."""
    spans = []
    for i in view.positions({cue[-1] for cue in _CUES if cue[0] not in _PHONE_WORDS}):
        j = view.next_word(i, cross=False)
        kind = _cue_before(view, j) if j is not None else None
        if kind is None or kind[0] != "ID":
            continue
        while j is not None and view.keys[j] in _FILLER and len(view.keys[j]) > 1:
            j = view.next_word(j, cross=False)
        first, last, count, numbers = j, None, 0, 0
        while j is not None and (_code_piece(view.keys[j]) or (
                count == 0 and _code_head(view, j)) or (
                count and view.keys[j] in _CODE_JOINERS)):
            # "WC dash two three nine": capitals first, a dash or a slash said between
            last = j if view.keys[j] not in _CODE_JOINERS else last
            count += 1
            numbers += not view.keys[j].isalpha() or view.keys[j] in DIGIT_WORDS
            j = view.next_word(j, cross=False)
        # a record's cue says what follows is its number, however short: "mrn xk 4471"
        written = first is not None and last is not None and any(
            ch.isdigit() for k in range(first, last + 1) for ch in view.keys[k])
        fewest = (2, 1) if kind[1] in _RECORDS and written else (3, 2)
        if first is not None and last is not None and count >= fewest[0] and numbers >= fewest[1]:
            spans.append(word_span(view, first, last, kind[0], kind[1], "pattern"))
    return spans


# IDs whose cue names them alone: a short code after one is still the number.
_RECORDS = frozenset({"MEDICALRECORD", "SSN"})


def _code_head(view: View, j: int) -> bool:
    """Letters that open a code: capitals (``WC``), or in lowercase ASR up to three letters
    that are no function word (``xk``)."""
    key = view.keys[j]
    if view.lowercase:
        return key.isalpha() and len(key) <= 3 and key not in FUNCTION_WORDS
    return view.shapes[j].core.isupper() and len(key) <= 4


_PHONE_WORDS = frozenset("phone telephone mobile cell number call extension fax pager "
                         "beeper".split())
_CODE_JOINERS = frozenset("dash hyphen slash".split())


def _code_piece(key: str) -> bool:
    """A letter, a digit word, a number word (``forty-one``), or letters and digits written
    together or in groups (``4471``, ``44-871``)."""
    return (len(key) == 1 and key.isalnum()) or key in DIGIT_WORDS or NUMBER_WORDS.issuperset(
        key.split("-")) or (key.replace("-", "").isalnum() and any(ch.isdigit() for ch in key))


def _cue_before(view: View, i: int, reach: int = 5) -> tuple[str, str] | None:
    """The kind of number a cue in the few words before token ``i`` announces."""
    keys: list[str] = []
    j = view.prev_word(i, cross=False)
    while j is not None and len(keys) < reach:
        keys.insert(0, view.bases[j])
        j = view.prev_word(j, cross=False)
    for end in range(len(keys), 0, -1):
        for size in (3, 2, 1):
            cue = tuple(keys[max(0, end - size):end])
            if keys[end - 2:end - 1] and keys[end - 2] in _IDIOMS.get(cue, ()):
                continue  # "take into account", "for reference": the idiom
            if cue in _CUES and all(k in _FILLER or k in NUMBER_WORDS for k in keys[end:]):
                return _named_number(keys[:end]) if cue == ("number",) else _CUES[cue]
            if cue in _CUES and _CUES[cue][0] == "ID" and _letter_first(keys[end:]):
                return _CUES[cue]  # "licence B 40213": a letter opens the code
    return None


def _letter_first(keys: list[str]) -> bool:
    """One letter right before the number, fillers before it (``licence is B 40213``)."""
    return bool(keys) and len(keys[-1]) == 1 and keys[-1].isalpha() and _FILLER.issuperset(
        keys[:-1])


# Words before "number" that leave it a phone number: "your best number", "home number".
_PHONE_NUMBER = frozenset("""best good contact home work direct daytime evening main office
callback call-back
mobile cell phone telephone landline emergency fax pager the a your my his her their our
this that same new old other which what""".split())


def _named_number(keys: list[str]) -> tuple[str, str]:
    """What ``number`` names by the word before it: ``your number`` a phone, ``UHID
    number`` or ``health card number`` an ID."""
    before = keys[-2] if len(keys) > 1 else ""
    if not before or before in _PHONE_NUMBER or before in _FILLER:
        return "CONTACT", "PHONE"
    return "ID", "IDNUM"


_OPENERS = frozenset("yes yeah yep sure okay ok um uh er so it's its it is that's".split())


def _asked(view: View, i: int) -> tuple[str, str] | None:
    """The kind of number the question before this turn asked for, when the number opens
    the answer: ``your member number?`` ... ``w two seven seven ...``."""
    j, hops = i, 0
    while (p := view.prev_word(j, cross=False)) is not None:
        if view.texts[p].endswith(":") and view.breaks_before(p):
            break  # the answer's speaker label ("Mum:")
        if hops > 5 or not (view.keys[p] in _OPENERS or _code_letters(view, p, before=True)):
            return None
        j, hops = p, hops + 1
    keys: list[str] = []
    k = view.prev_word(j)
    while k is not None and len(keys) < 16:
        keys.insert(0, view.bases[k])
        k = view.prev_word(k)
    for end in range(len(keys), 0, -1):
        for size in (3, 2, 1):
            cue = tuple(keys[max(0, end - size):end])
            if cue in _CUES and cue not in (("call",), ("id",)):
                if cue != ("number",):
                    return _CUES[cue]
                kind = _named_number(keys[:end])
                if kind[0] == "CONTACT" and _ID_NOUNS & set(keys[end:]):
                    return "ID", "IDNUM"  # "the number on your insurance card"
                return kind
    return None


_ID_NOUNS = frozenset("card insurance policy plan member record chart account licence "
                      "license passport registration".split())


# A web or e-mail address inside markup that is no part of it: "[00:09](https://…)**",
# "<https://…>", "(mailto:ann@clinic.org)".
_INSIDE = regex.compile(r"(?:https?://|www\.)[^\s()<>\[\]\"'*|]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _embedded(view: View) -> list[Span]:
    """Addresses inside a token held with markup around them (a Markdown link, brackets):
    the address alone, the markup left as it was."""
    spans = []
    for i, text in enumerate(view.texts):
        if not ("://" in text or "www." in text or "@" in text) or (
                view.keys[i] and written_kind(view.keys[i]) is not None):
            continue  # the whole word is the address (the written finder's)
        for m in _INSIDE.finditer(text):
            found = m.group().rstrip(".,;:!?")
            subtype = "URL" if "@" not in found or "://" in found else "EMAIL"
            if len(found) > 6:
                spans.append(Span(i, m.start(), i, m.start() + len(found), "CONTACT", subtype,
                                  "pattern"))
    return spans


def _written(view: View) -> list[Span]:
    spans: list[Span] = _embedded(view)
    for key in set(view.keys):
        if not key or not any(ch.isdigit() or ch in "@." for ch in key):
            continue
        kind = written_kind(key) or (("ID", "SHORT") if SHORT_CODE.fullmatch(key) else None)
        if kind is None:
            continue
        for i in view.positions({key}):
            category, subtype = kind
            if subtype == "URL" and run_on(view.shapes[i].core):
                continue
            if subtype == "SHORT":  # "AB12 CDE": letters and digits, only after an ID's cue
                cue = _cue_before(view, i) or _asked(view, i)
                if cue is None or cue[0] != "ID":
                    continue
                category, subtype = cue
            elif subtype == "PHONE" and any(view.keys[k] in ("id", "ein", "tin", "npi")
                                            for k in view.words_before(i, 3)) \
                    and (cue := _cue_before(view, i)) is not None and cue[0] == "ID":
                category, subtype = cue  # "tax ID 47-1180953": a number in a phone's shape
            elif category == "ID" and subtype == "IDNUM" and _birth_digits(view, i, key):
                category, subtype = "DATE", "DATE"  # "DOB 04121958"
            elif category == "ID" and subtype == "IDNUM":
                cue = _cue_before(view, i) or _asked(view, i)
                if cue is not None and (cue[0] == "ID" or len(key) >= 5) and not _is_measure(
                        view, i):
                    category, subtype = cue
                elif _acronym_number(view, i):
                    category, subtype = "ID", "LICENSE"
                elif _hashed(view, i, key):
                    pass  # "order #48213": a number the number sign keys
                elif _is_measure(view, i) or (len(key) < 6 and key.isdigit()) \
                        or _code_measure(view, i):
                    continue
            s = view.shapes[i]
            first, start = i, s.start
            if category == "ID" and key.isdigit() and 10 <= len(key) <= 15 \
                    and view.texts[i][:s.start].endswith("+"):
                category, subtype, start = "CONTACT", "PHONE", s.start - 1  # "+14155550123"
            p = view.prev_word(i, cross=False, pauses=False)
            if subtype in ("PHONE", "FAX") and p is not None and view.keys[p].isdigit() \
                    and len(view.keys[p]) <= 4 and view.texts[p].lstrip("'\"‘“")[:1] in "(+":
                first, start = p, view.shapes[p].start - 1  # the area code: "(617) 555-0199"
            if subtype in ("PHONE", "FAX") and (q := view.prev_word(first, cross=False,
                                                                   pauses=False)) is not None \
                    and view.keys[q] == "plus" and sum(ch.isdigit() for ch in key) >= 11:
                first, start = q, view.shapes[q].start  # "plus 1-555-201-0044": "+" said
                # before a country's code (not "5 plus 555-1234")
            spans.append(Span(first, start, i, s.start + len(s.core), category, subtype,
                              "pattern"))
    return spans


_GROUP = regex.compile(r"[A-Z]{1,4}\d{1,4}")


def grown_codes(view: View, spans: list[Span]) -> list[Span]:
    """An ID found from its second group grown over the group of capitals and digits just
    before it (``GB29 NWBK 6016 …``: an IBAN's country and check digits)."""
    out = []
    for span in spans:
        p = view.prev_word(span.first, cross=False, pauses=False) if span.category == "ID" \
            else None
        if p is not None and _GROUP.fullmatch(view.shapes[p].core) \
                and view.shapes[span.first].core[:1].isalnum():
            out.append(Span(p, view.shapes[p].start, span.last, span.end, span.category,
                            span.subtype, span.source))
    return out


def _acronym_number(view: View, i: int) -> bool:
    """``CSR No. 7302``, ``RN #55190``: a number after ``No.`` or ``#`` that an acronym in
    capitals opens, a credential's or a registration's number."""
    p = view.prev_word(i, cross=False)
    if p is None or view.keys[p] not in ("no", "#", "nr") and view.texts[i][:1] != "#":
        return False
    q = view.prev_word(p, cross=False) if view.keys[p] in ("no", "#", "nr") else p
    core = view.shapes[q].core if q is not None else ""
    return 2 <= len(core) <= 5 and core.isupper() and core.isalpha()


def _hashed(view: View, i: int, key: str) -> bool:
    """``#48213``, ``Ticket # 5521``: four digits or more the number sign keys, a
    reference's number (not ``#1``, nor a year made a hashtag, ``#2020``)."""
    p = view.prev_word(i, cross=False)
    signed = view.texts[i][:view.shapes[i].start].endswith("#") or (
        p is not None and view.texts[p].strip() == "#")
    return signed and (len(key) >= 5 or not regex.fullmatch(r"(?:19|20)\d\d", key))


# Keys of code and logs whose values are times and sizes: "end: 98000", "duration_ms=84000".
_MEASURE_KEYS = frozenset("""start end timestamp time duration offset length size count total
width height elapsed ms start_ms end_ms duration_ms starttime endtime""".split())


def _code_measure(view: View, i: int) -> bool:
    """A number given to a key of time or size in code or a log (``end: 98000``)."""
    p = view.prev_word(i, cross=False)
    return p is not None and view.texts[p].rstrip().endswith((":", "=")) and \
        view.keys[p].strip("\"'") in _MEASURE_KEYS


def _is_measure(view: View, i: int) -> bool:
    j = view.next_word(i, cross=False)
    return j is not None and view.keys[j] in UNITS_AFTER


def _number_strings(view: View) -> list[Span]:
    """Digits said one by one, or digit groups written apart (``555 123 4567``)."""
    spans = []
    starts = set(DIGIT_WORDS) | {"double", "triple", "plus"} | {
        k for k in set(view.keys) if k.isdigit()}
    done = -1
    for i in view.positions(starts):
        if i <= done:
            continue
        p = view.prev_word(i, cross=False)
        if p is not None and p > done and (view.keys[p] in starts or view.keys[p] in NUMBER_WORDS):
            continue  # not the first word of the string
        nxt = view.next_word(i, cross=False)
        if nxt is None or not (view.keys[nxt] in NUMBER_WORDS or view.keys[nxt].isdigit()
                               or view.keys[i] in ("double", "triple")):
            continue  # one number alone is no string of digits
        if view.keys[i] == "plus" and view.keys[nxt] not in TENS_WORDS | DIGIT_WORDS.keys():
            continue
        words, where = view.run(i, 24)
        found = digits(words)
        if found is None:
            continue
        text, used = found
        last = where[used - 1]
        if all(w.isdigit() and len(w) <= 2 for w in words[:used]) and any(
                view.shapes[k].pause for k in where[:used - 1]):
            continue  # "teeth #3, #14, #19", "anchors at 2, 4 and 8 o'clock": a list
        kind = _string_kind(view, i, text, words[:used])
        if kind is not None:
            spans.append(word_span(view, i, last, *kind, "pattern"))
            done = last
    return spans


def _birth_digits(view: View, i: int, text: str) -> bool:
    """``date of birth? zero four one two one nine five eight``, ``DOB 04121958``: six or
    eight digits that read as a month, a day and a year (either way round), after a cue of
    birth in the few words before: a date, no phone and no ID."""
    if len(text) not in (6, 8) or not text.isdigit():
        return False
    a, b, y = int(text[:2]), int(text[2:4]), int(text[4:])
    if not (1 <= min(a, b) <= 12 and max(a, b) <= 31) or len(text) == 8 and not 1900 <= y <= 2099:
        return False
    return any(view.keys[q] in BIRTH_WORDS for q in view.words_before(i, 8, cross=True))


def _string_kind(view: View, i: int, text: str, words: list[str]) -> tuple[str, str] | None:
    if _birth_digits(view, i, text):
        return "DATE", "DATE"
    cue = _cue_before(view, i) or _asked(view, i)
    if len(words) == 1 and words[0].isdigit():
        return None  # one written number: _written decides
    p = view.prev_word(i, cross=False, pauses=False)
    if counting(words) and not (p is not None and _code_letters(view, p, before=True)):
        return None  # counting aloud, unless letters before make it a code
    if view.texts[i].startswith("+") and len(text) >= 9 and cue is None:
        return "CONTACT", "PHONE"  # "+91 97310 44825": a country's code first
    if cue is not None:
        return cue if len(text) >= 4 else None
    if len(text) >= 7 and sum(w in DIGIT_WORDS or w.isdigit() for w in words) >= 5:
        phone = len(text) in (7, 10, 11) or text[0] in "01"
        return ("CONTACT", "PHONE") if phone else ("ID", "IDNUM")
    if len(text) >= 5 and one_by_one(words):
        return _code_kind(view, i) or ("ID", "IDNUM")  # five digits said one by one: read out
    if all(w.isdigit() and len(w) >= 3 for w in words) and len(text) in (7, 10, 11):
        return "CONTACT", "PHONE"  # groups written apart: "970 555 0142", "07700 900461"
    if all(w.isdigit() for w in words) and len(text) >= 8 and max(map(len, words)) >= 4:
        # a card's number in its groups ("4417 20931 6"); a trunk 0 and ten digits, a
        # phone with its area code ("02 9555 1234")
        return ("CONTACT", "PHONE") if text[0] == "0" and len(text) == 10 else ("ID", "IDNUM")
    return None


def _lettered_codes(view: View) -> list[Span]:
    """A short code of capitals and digits asked for or announced (a number plate, a
    customer code): ``KJD 417`` after a question about the car's plate."""
    spans: list[Span] = []
    if view.lowercase:
        return spans
    for i in view.positions({k for k in set(view.keys) if k.isdigit() and 2 <= len(k) <= 5}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or not _code_letters(view, p, before=True) or len(view.keys[p]) < 2:
            continue
        kind = _cue_before(view, p) or _asked(view, p)
        if kind is not None and kind[0] == "ID":
            spans.append(word_span(view, p, i, kind[0], kind[1], "pattern"))
    return spans
