"""A record's fields and their values, as forms, fixtures and report headers write them:
``Patient Name: Ida Quorn``, ``City: Millbrook``, ``State: OR``, ``Zip Code: 97140``,
``Facility: Harbor View Medical Center``, ``Radiologist:TOMASZ WIERCINSKI MD``,
``Encounter ID: VIS-118``, ``Occupation: Retired bus driver``. The field's name says what
its value is, so the value needs no other evidence: the words after the colon on that line,
up to the next field, a credential (``MD``) or a bracket. A blank, a placeholder (``N/A``,
``Unknown``) or a value of the wrong shape (a name in lowercase, a code with no digit) is
nothing.

A role alone (``Doctor:``, ``Patient:``, ``Nurse:``) is a speaker's label in a dialogue,
no field, unless a row of cells holds it (``│ Patient: Hope | Ward: …``).

>>> from cleanup import formats
>>> from .view import View
>>> v = View.of(formats.parse("Patient Name: Ida Quorn\\nState: OR\\n"
...                           "Reviewed by: ODILE BRANSKI MD  Provider:Lee Ames MD\\n",
...                           "txt"))
>>> [(s.category, s.subtype, " ".join(v.texts[s.first:s.last + 1])) for s in find_fields(v)]
[('NAME', 'PATIENT', 'Ida Quorn'), ('LOCATION', 'STATE', 'OR'), \
('NAME', 'DOCTOR', 'ODILE BRANSKI'), ('NAME', 'DOCTOR', 'Provider:Lee Ames')]
"""
from __future__ import annotations

from collections import Counter

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from ..transcript import LINE, PARAGRAPH
from .facility_words import clinical_word
from .given_names import given_name
from .knowledge import CREDENTIALS, TITLES, name_info
from .name_base import GREETINGS
from .spans import Span, word_span
from .view import View

_NAME, _PLACE, _ORG, _CODE, _JOB = "name", "place", "org", "code", "job"


def _fields(names: str, category: str, subtype: str, kind: str) -> dict[tuple[str, ...], tuple]:
    return {tuple(name.split()): (category, subtype, kind) for name in names.split(",")}


#: Field names (lowercase words) -> (category, subtype, the shape of the value).
FIELDS: dict[tuple[str, ...], tuple[str, str, str]] = {
    **_fields("patient name,name,full name,legal name,preferred name,patient's name", "NAME",
              "PATIENT", _NAME),
    **_fields("""pathologist,physician,attending,attending physician,resident,resident
physician,provider,practitioner,surgeon,assistant,anesthesiologist,radiologist,submitted
by,dictated by,signed by,electronically signed by,reviewed by,interpreted by,referring
physician,referring doctor,referring provider,referred by,primary care physician,pcp,
ordering physician,ordering provider,treating physician,consultant,author,transcribed by,
clinician""".replace("\n", " "), "NAME", "DOCTOR", _NAME),
    **_fields("emergency contact,next of kin,guardian,contact person,spouse", "NAME", "OTHER",
              _NAME),
    **_fields("city,town,city of birth,place of birth", "LOCATION", "CITY", _PLACE),
    **_fields("state,province", "LOCATION", "STATE", _PLACE),
    **_fields("country", "LOCATION", "COUNTRY", _PLACE),
    **_fields("zip,zip code,postal code,postcode", "LOCATION", "ZIP", _CODE),
    **_fields("institution,hospital,facility,clinic name,practice,practice name", "LOCATION",
              "HOSPITAL", _ORG),
    **_fields("location,venue", "LOCATION", "OTHER", _ORG),
    **_fields("""employer,insurance,insurance company,insurer,payer,insurance provider,
health plan,insurance carrier,carrier,pharmacy,preferred pharmacy,pharmacy name,school,place of
work,workplace,company""".replace("\n", " "), "LOCATION", "ORGANIZATION", _ORG),
    **_fields("""encounter id,patient id,visit id,case number,specimen id,accession,accession
#,accession number,encounter number,visit number,npi,provider id,our ref,your ref,ref,reference,
reference number,ref no,case ref,session id,client id,therapist id,user id,person id,caller id,
customer id,case id,record id""".replace("\n", " "),
              "ID", "IDNUM", _CODE),
    **_fields("""mrn,medical record number,record number,clinic number,hospital number,chart
number,nhs number,nhs no,mr#,mr #""".replace("\n", " "), "ID", "MEDICALRECORD", _CODE),
    **_fields("policy number,member id,group number,subscriber id", "ID", "HEALTHPLAN", _CODE),
    **_fields("account number,account", "ID", "ACCOUNT", _CODE),
    **_fields("license number,licence number", "ID", "LICENSE", _CODE),
    **_fields("serial number,device id,device serial number", "ID", "DEVICE", _CODE),
    **_fields("occupation,profession,job,job title", "PROFESSION", "PROFESSION", _JOB),
}
_LONGEST = max(map(len, FIELDS))
_SIDES = frozenset("left right bilateral upper lower anterior posterior medial lateral".split())
# Values that hold nothing: a blank, a placeholder, a refusal.
_BLANKS = frozenset("""n/a na none unknown nil null tbd pending not applicable unemployed
retired student test sample self""".split())
_MARKS = "*_#-•>"
# Words before a job that are not the job: "Occupation: Retired bus driver".
_BEFORE_JOBS = frozenset("retired former ex previously formerly".split())
_MOST = {_NAME: 4, _PLACE: 4, _ORG: 6, _CODE: 3, _JOB: 4}


def find_fields(view: View) -> list[Span]:
    """The values of the record's fields that name someone, a place, a body, a job or a
    number."""
    spans = []
    starts = _field_starts(view)
    counts = Counter(field for field, _, _ in starts)
    for field, first, offset in starts:
        if counts[field] > 2 and not (first > 0 and view.texts[first - 1].endswith("=")):
            continue  # "Provider:" at every other line: a speaker's label, no field
        kind = FIELDS[field]
        span = _value(view, first, offset, *kind)
        if span is not None:
            spans.append(span)
    return spans


def _field_starts(view: View) -> list[tuple[tuple[str, ...], int, int]]:
    """(field words, the value's first token, the value's offset in it) for every field
    of the text: a speaker label the reader took from a line, or words and a colon."""
    out = []
    seen: set[int] = set()
    for k, speaker in enumerate(view.speakers):
        field = _field_name(speaker.split() if speaker else [])
        if field is not None:
            first = next((i for i in range(view.n) if view.segs[i] == k), None)
            if first is not None:
                out.append((field, first, 0))
                seen.add(first)
    for j in range(view.n):
        text = view.texts[j].strip(_MARKS)
        if ":" not in text:
            if not text.endswith("=") or not view.texts[j][:1].isalpha():
                continue
            text = text[:-1] + ":"  # 'last_name="Okafor"': a key given its value in code
        head, _, rest = text.partition(":")
        words = [head]
        i = j
        while len(words) < _LONGEST and i > 0 and view.seps[i] not in (LINE, PARAGRAPH) \
                and ":" not in view.texts[i - 1] and view.texts[i - 1].strip(_MARKS):
            i -= 1
            words.insert(0, view.texts[i].strip(_MARKS))
        field = _field_name(words)
        bare = [w.casefold() for w in words if w not in _CELLS]
        if field is None and len(bare) == 1 and bare[0] in _ROLE_FIELDS and _in_row(view, j):
            field = ("patient", "name")  # "│ Patient: Hope | Ward: …": a form's row
        if field is None:
            continue
        rest = rest.strip(_MARKS)
        if rest:
            if j not in seen:
                out.append((field, j, view.texts[j].rindex(rest)))
        else:
            k = j + 1
            while k < view.n and view.texts[k] == "|" and view.seps[k] not in (LINE, PARAGRAPH):
                k += 1  # "| First name: | Jane |": the value in the table's next cell
            if k < view.n and view.seps[k] not in (LINE, PARAGRAPH) and k not in seen:
                out.append((field, k, 0))
    return out


# Roles that a form's row gives as fields beside others: "│ Patient: Hope | Ward: …".
_ROLE_FIELDS = frozenset("patient client resident caller".split())
_CELLS = frozenset("| │ ┃ ║".split())


def _in_row(view: View, j: int) -> bool:
    """Whether the role's colon at ``j`` stands in a row of fields, not at a dialogue
    line's start: a cell's bar before it on its line, or a bar after its value."""
    i = j
    while i > 0 and view.seps[i] not in (LINE, PARAGRAPH):
        i -= 1
        if view.texts[i] in _CELLS:
            return True
    k = j + 1
    while k < view.n and view.seps[k] not in (LINE, PARAGRAPH) and k - j <= 5:
        if view.texts[k] in _CELLS:
            return True
        k += 1
    return False


def _field_name(words: list[str]) -> tuple[str, ...] | None:
    """The longest field name that the words before a colon end with."""
    keys = [k.casefold() for w in words for k in _KEY_PARTS.findall(w.strip(_MARKS + "\"'"))]
    for size in range(min(len(keys), _LONGEST), 0, -1):
        if tuple(keys[-size:]) in FIELDS:
            return tuple(keys[-size:])
    return None


def _value(view: View, first: int, offset: int, category: str, subtype: str,
           kind: str) -> Span | None:
    """The field's value from token ``first`` (from ``offset`` in it), in its shape."""
    words: list[int] = []
    i: int | None = first
    while i is not None and len(words) < _MOST[kind]:
        if i != first and (view.seps[i] in (LINE, PARAGRAPH) or ":" in view.texts[i]
                           or view.texts[i] == "|"):
            break  # the line, the next field or the table's cell ends the value
        text = view.texts[i][offset:] if i == first else view.texts[i]
        core = text.strip(_MARKS + ".,;()[]\"'")
        key = core.casefold()
        if text[:1] in "([" or key in CREDENTIALS and words:
            break
        if not (not words and (kind == _NAME and key.rstrip(".") in TITLES
                               or kind == _JOB and key in _BEFORE_JOBS)):
            if not _fits(core, key, kind, bool(words)):
                break
            words.append(i)
        if view.shapes[i].pause and kind != _CODE:
            break
        i = i + 1 if i + 1 < view.n else None
    if not words or all(view.keys[w] in _BLANKS or view.keys[w] in FUNCTION_WORDS
                        and not view.shapes[w].core.isupper() for w in words):
        return None  # "Occupation: none", "State: stable"; "State: OR" is Oregon
    if kind == _NAME and not _name_start(view.keys[words[0]]):
        return None
    if subtype == "OTHER" and any(view.bases[w] in _SIDES or clinical_word(view.bases[w])
                                  for w in words):
        return None  # "LOCATION: Left lower quadrant": where on the body
    if kind == _CODE and not any(ch.isdigit() for w in words for ch in view.texts[w]):
        return None
    span = word_span(view, words[0], words[-1], category, subtype, "field")
    if words[0] == first and offset:
        span = Span(span.first, offset, span.last, span.end, category, subtype, "field")
    return span


def _name_start(key: str) -> bool:
    """A word a name can start with: a given name, a surname, or a word English hardly
    knows (``Operation colon ...`` after ``Surgeon:`` is a dictation, no name)."""
    return key not in GREETINGS and (given_name(key) or name_info(key) is not None
                                     or zipf(key) < 3.5)


# A key's words, as code writes them too: "patientID", "client_id", "Patient Name".
_KEY_PARTS = regex.compile(
    r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+(?:['’][a-z]+)?|[A-Z]|\d+|[^\sA-Za-z\d_]+")
_CODE_SHAPE = regex.compile(r"[\p{L}\d][\p{L}\d#/.-]*")


def _fits(core: str, key: str, kind: str, more: bool) -> bool:
    """Whether a word can be part of a value of this kind."""
    if not core:
        return False
    if kind == _CODE:
        return bool(_CODE_SHAPE.fullmatch(core))
    if kind == _JOB:
        return core.replace("-", "").isalpha()
    if kind == _ORG and more and key in ("of", "and", "the", "&", "for"):
        return True
    return core[:1].isupper() and core.replace("-", "").replace("'", "").replace(".", "") \
        .isalpha() or kind == _PLACE and core.isdigit()
