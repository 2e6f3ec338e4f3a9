"""Speaker labels that name someone: ``Dr. Patel:``, ``Paul Jones:``, ``<v Mary Ellis>``.

A label is data (:attr:`Segment.speaker`), written back as it was read; when it holds a
person's name, the name is PHI there too, and it is evidence for the text: every word of it
is then looked for in the transcript (``Patel`` said by the other speaker). Role labels
(``Doctor:``, ``[patient]``, ``SPEAKER 1:``, ``Guest_family:``) name no one, nor does a
label that is a job or a relation (``Therapist:``, ``Dispatcher:``, ``Mum:``); a job word
that people mostly carry as a surname (``Baker:``, ``Mason:``) is a name there.

>>> from cleanup.formats import parse
>>> t = parse("Dr. Patel: how are you?\\nMary Ellis: fine, Dr. Patel\\n", "txt")
>>> label_names(t)
{'patel': 'DOCTOR', 'mary': 'PATIENT', 'ellis': 'PATIENT'}
>>> new, records = relabel(t, label_names(t), lambda c, s, o: f"[{c}]")
>>> [s.label for s in new.segments], records[0]["text"]
(['Dr. [NAME]: ', '[NAME] [NAME]: '], 'Patel')
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any, Callable, Mapping, Sequence

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from ..transcript import SPACE, Transcript
from .knowledge import (CLINICIAN_TITLES, CREDENTIALS, MODAL_NAMES, RELATIVES, TITLES, derived_word,
                        drug_like, is_protected, medical_shape, name_info)
from .facility_words import clinical_word
from .given_names import given_name
from .initial_labels import heading_only
from .names import UNKNOWN, strength
from .professions import occupations
from .spans import Span, word_span
from .turn_labels import BOLD_LABEL, is_role
from .view import View

_WORD = regex.compile(r"[\p{L}'’-]+")


# A label with one of these words names a room or a device's owner by the room, not a
# person ("Consult Room 2", "Reception Desk"); a device word is no part of a name ("Ana
# iPad").
_PLACE_WORDS = frozenset("""room suite office ward bay desk reception clinic station
theatre theater lab studio booth""".split())
_DEVICES = frozenset("""ipad iphone android laptop pc mac macbook tablet phone galaxy pixel
desktop surface zoom teams webex""".split())


# A label of two parts, one in brackets: "Speaker 1 (Tom)", "Tom (caller)", "Dr Ng [ED]".
_PARTS = regex.compile(r"\s*([^()\[\]]*?)\s*[(\[]([^()\[\]]*)[)\]]\s*")


def _name_words(speaker: str) -> list[str]:
    """The words of a speaker's label that are a person's name. In a label of two parts, one
    in brackets, each part is read alone, and beside a part that only says a role
    (``Speaker 1 (Hope)``, ``Ade (caller)``) the other part's capitalized words are the name,
    common words too."""
    if "_" in speaker and any(_role(w.casefold()) for w in _WORD.findall(
            speaker.replace("_", " "))):
        return []  # "Guest_clincian", "patient_guest": a role tag made of joined words
    m = _PARTS.fullmatch(speaker)
    if m is None:
        return _part_names(speaker)
    parts = [p for p in m.groups() if p.strip()]
    if len(parts) == 2 and any(_role_part(p) for p in parts):
        return [w for p in parts if not _role_part(p) for w in _capitalized(p)]
    return [w for p in parts for w in _part_names(p)]


def _role_part(part: str) -> bool:
    """A label part that only says a role and maybe a number: ``Speaker 1``, ``caller``."""
    words = _WORD.findall(part.replace("_", " "))
    return bool(words) and all(_role(w.casefold()) or w.casefold() in TITLES for w in words)


def _capitalized(part: str) -> list[str]:
    """The capitalized words of a label part that can be a name (no title, role or device)."""
    return [w for w in _WORD.findall(part.replace("_", " ")) if w[:1].isupper() and len(w) > 1
            and (w.casefold() not in FUNCTION_WORDS or w.casefold() in MODAL_NAMES)
            and w.casefold() not in _DEVICES
            and w.casefold() not in _PLACE_WORDS and w.casefold().rstrip(".") not in TITLES
            and not _role(w.casefold())]


# Words of a clause that a stage direction or a note has and a speaker's label never does.
_DIRECTION_WORDS = frozenset("after before during while when to into about".split())


def _label_key(word: str) -> str:
    """A label's word as the lists know it: small letters, no period, no possessive
    (``GRETA’S`` of ``GRETA’S THOUGHT:`` is ``greta``)."""
    return word.casefold().replace("’", "'").rstrip(".").removesuffix("'s")


def _part_names(speaker: str) -> list[str]:
    """The name words of a label (or of one part of it); beside one, a capitalized word
    that is also a common word is the rest of the name (``Will Dunne``)."""
    out, titled, others, owned = [], False, [], False
    words = _WORD.findall(speaker.replace("_", " "))
    if any(w.casefold() in _PLACE_WORDS for w in words) or len(words) == 1 and _plain(words[0]) \
            or _heading(words) or any(w.casefold() in _DIRECTION_WORDS for w in words):
        return []  # "[After visit - Note to daughter]": a stage direction, no speaker
    if _NUMBERED.search(speaker):  # "Intake Line 2": a line or a desk; a name only if known
        words = [w for w in words if given_name(w.casefold()) or _census_name(w.casefold())]
    if words and (_FIELD_WORD.search(words[-1].casefold()) or words[-1].casefold() in
                  _FIELD_NOUNS) and not any(given_name(w.casefold()) for w in words):
        return []  # "Session Duration:", "Referral Reason:": a form's field, no speaker
    for word in (w for w in words if w.casefold() not in _DEVICES):
        key = _label_key(word)
        after_title, titled = titled, key in TITLES
        if len(key) < 2 or key in TITLES or (_role(key) and not after_title):
            continue  # "Mr Baker": after a title, a job word is the surname
        if strength(key) >= UNKNOWN or after_title and word[:1].isupper() and \
                key not in FUNCTION_WORDS or (word[:1].isupper() and (
                zipf(key) < 4.0 or (given_name(key) or key in MODAL_NAMES)
                and not (word.isupper() and len(word) <= 3))):  # "ED:", an acronym
            out.append(word)  # "Trevor:", "Mrs Bishop:", and "Hope:" or "Will:" (first names)
        elif word[:1].isupper() and (key in MODAL_NAMES or key not in FUNCTION_WORDS) \
                and not owned:
            others.append(word)  # (not "THOUGHT" of "GRETA’S THOUGHT:": what she owns)
        owned = word.casefold().replace("’", "'").endswith("'s")
    return [w for w in words if w in out or (out and w in others)]


# Endings of abstract nouns that name a form's field: "Session Duration", "Assessment".
_FIELD_WORD = regex.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ure)$")
_FIELD_NOUNS = frozenset("""reason date time type summary note notes history complaint plan
status number code level score result results diagnosis provider""".split())
# A label that ends in a number: a station, a line or a speaker's place in the call.
_NUMBERED = regex.compile(r"\d+\s*$")


def _census_name(key: str) -> bool:
    info = name_info(key)
    return info is not None and info.proper


def _heading(words: list[str]) -> bool:
    """A written report's section heading (``PREOPERATIVE DIAGNOSES:``, ``Neurologic:``,
    ``HEENT:``, ``Estimated Blood Loss:``), no speaker: every word one that English or
    medicine knows (or an acronym), none a given name or a surname people write with its
    capital; a word alone, no surname many carry (``JOHN SMITH:``, ``MR. BROWN:``,
    ``Brown:``, ``OKAFOR:`` are names)."""
    content = [w for w in words if w.casefold() not in FUNCTION_WORDS]
    return bool(content) and all(_heading_word(w, alone=len(content) == 1) for w in content)


def _heading_word(word: str, alone: bool) -> bool:
    key = _label_key(word)
    info = name_info(key)
    if key in TITLES or given_name(key) or key in MODAL_NAMES or info is not None and (
            info.proper or alone and info.last >= 100):
        return False
    return zipf(key) >= 2.8 or clinical_word(key) or drug_like(key) or medical_shape(key) \
        or is_protected((key,)) or word.isupper() and 2 <= len(word) <= 5 \
        or (word.isupper() or not alone) and derived_word(key) and zipf(key) >= 2.0
    # ("HEENT", "Seminal Vesicles"; not "VELDNER:", a surname with an ending's shape)


def _plain(word: str) -> bool:
    """A one-word label that is an everyday word and no one's given name says a part in the
    talk (``Crew:``, ``Relay:``, ``Control:``), like a role; a first name (``Hope:``), a
    surname people mostly write capitalized (``Baker:``) or one many carry (``Brown:``) is
    still a name."""
    key = word.casefold()
    info = name_info(key)
    return zipf(key) >= 3.5 and not given_name(key) and key not in MODAL_NAMES and (
        info is None or not info.proper and info.last < 100)


def _role(key: str) -> bool:
    """A label word that says a part, not a person: a role, a title, a relation, or a job
    that the census does not list as a name mostly written capitalized (``therapist``,
    ``pharmacist``; not ``baker``, ``mason``)."""
    info = name_info(key)
    return is_role(key) or key in RELATIVES or (
        key in occupations() and (info is None or not info.proper))


def label_names(transcript: Transcript) -> dict[str, str]:
    """Lowercase name words found in speaker labels -> NAME subtype (DOCTOR after a title)."""
    found: dict[str, str] = {}
    lowercase: set[str] | None = None
    turns = Counter(s.speaker for s in transcript.segments if s.speaker)
    roles = [sp for sp, n in turns.items() if n >= 2 and _role_part(sp)]
    named: set[str] = set()  # the speakers whose labels are names
    for speaker in turns:
        if heading_only(speaker, turns[speaker]):
            continue  # "ROS:", "PE:": a note's heading, said once or twice
        words = _WORD.findall(speaker.replace("_", " "))
        clinician = any(w.casefold().rstrip(".") in CLINICIAN_TITLES for w in words)
        own = _name_words(speaker)
        named.update([speaker] if own else [])
        names = own or _answering(speaker, turns[speaker], roles)
        if names and speaker.isupper() and not any(
                w.casefold().rstrip(".") in TITLES or given_name(w.casefold()) for w in words):
            lowercase = _written_lowercase(transcript) if lowercase is None else lowercase
            names = [w for w in names if w.casefold() not in lowercase
                     or w.casefold() in MODAL_NAMES]
        for word in names:
            found.setdefault(word.casefold(), "DOCTOR" if clinician else "PATIENT")
    return found | _beside_names(turns, named, found)


def surname_labels(transcript: Transcript, records: Sequence[Mapping[str, object]]
                   ) -> dict[str, str]:
    """``BISHOP:`` opening turns after ``ELLEN BISHOP, HOST:`` in the text: a label of one word
    that is the last word of a full name found in the file is that person's surname,
    however common the word. Lowercase word -> NAME subtype."""
    surnames = {}
    for r in records:
        words = str(r["text"]).split()
        if r["category"] == "NAME" and len(words) > 1:
            surnames[words[-1].strip(",.;:").casefold()] = str(r["subtype"])
    speakers = {s.speaker for s in transcript.segments if s.speaker}
    return {sp.casefold(): surnames[sp.casefold()] for sp in speakers
            if " " not in sp and sp.casefold() in surnames}


def _beside_names(turns: Counter[str], named: set[str], found: dict[str, str]
                  ) -> dict[str, str]:
    """``Orchard:`` opening turns in a dialogue whose every other speaker is labelled by a
    name (``Rosalind:``), never by a role: an everyday word as a label is that speaker's name
    too (where a role stands beside it, ``Crew:`` or ``Control:`` says a part); in capitals
    beside surnames in capitals, as news transcripts write them, a common word too."""
    talking = {sp for sp, n in turns.items() if n >= 2}
    out: dict[str, str] = {}
    for speaker in talking:
        word = speaker.strip()
        # a news transcript labels its turns by surnames in capitals ("VARGA:"): there a
        # word in capitals beside them is a surname, however common ("BISHOP:")
        news = word.isupper() and len(word) > 2 and all(o.isupper() for o in turns)
        others = (set(turns) if news else talking) - {speaker}
        if not others or not others <= named or not _WORD.fullmatch(word) \
                or not word[:1].isupper() or word.isupper() and not news \
                or not (_plain(word) or news) \
                or _role(word.casefold()) or word.casefold() in FUNCTION_WORDS \
                or word.casefold() in found or zipf(word.casefold()) >= (5.5 if news else 4.0):
            continue  # "Time:", "Setting:", "Voice:": a field or a note, however placed
        out[word.casefold()] = "PATIENT"
    return out


def _answering(speaker: str, turns: int, roles: list[str]) -> list[str]:
    """``Joon:`` opening turns beside ``Interviewer:``: a word a report could head a
    section with, said as a speaker's label in a dialogue, is that speaker's name when
    English barely knows it and no role or everyday word says a part."""
    word = speaker.strip()
    key = word.casefold()
    if turns < 2 or not roles or not _WORD.fullmatch(word) or not word[:1].isupper() \
            or word.isupper() or _role(key) or _plain(word) or key in FUNCTION_WORDS \
            or zipf(key) >= 3.5 or clinical_word(key) or drug_like(key):
        return []
    return [word]


def _written_lowercase(transcript: Transcript) -> set[str]:
    """The words a transcript with capitals writes in lowercase: in a label in capitals with
    no title and no given name (``VENTRICLE LEAD:``, a report's heading read as a speaker's
    label) such a word is a common noun, no name (``... against the ventricle wall``).
    Empty for a transcript in lowercase."""
    texts = [t.strip(".,;:!?()\"'") for t in transcript.texts]
    if not any(t[:1].isupper() for t in texts):
        return set()
    return {t for t in texts if t[:1].islower() and t.isalpha()}


def in_label(view: View, i: int) -> bool:
    """Whether token ``i`` opens a speaker label left in the text at a line's start
    (``Hope:``, ``Hope (caller):``), where its capital says nothing of a sentence."""
    if BOLD_LABEL.fullmatch(view.texts[i]):
        return True  # "<strong>Tobias:</strong>": a web page's label in bold, wherever
    if not view.line_start(i):
        return False
    return view.texts[i].endswith(":") or view.bracketed_label(i)


def past_label(view: View, k: int | None) -> int | None:
    """Token ``k``, or the word after it when ``k`` opens a speaker label (a new turn's first
    word is its label's: ``Patient: Nineteen eighty four.``)."""
    return view.next_word(k) if k is not None and in_label(view, k) else k


def text_label_names(view: View) -> dict[str, str]:
    """Names in speaker labels the reader left in the text (``Ana iPad: ...`` at the start
    of cues, ``mary k: ...`` at the start of lines): one to three words ending in a colon
    at a line's start, the same label at least twice. Lowercase word -> ``PATIENT``."""
    seen: dict[str, int] = {}
    for i in range(view.n):
        if not view.line_start(i):
            if "<" in view.texts[i] and (m := BOLD_LABEL.fullmatch(view.texts[i])):
                seen[m.group(2)] = seen.get(m.group(2), 0) + 1  # "<strong>Tobias:</strong>"
            continue
        k = _label_end(view, i)
        if k is not None and k + 1 < view.n:
            label = " ".join(view.texts[i:k + 1])[:-1]
            seen[label] = seen.get(label, 0) + 1
    return {w.casefold(): "PATIENT" for label, count in seen.items() if count >= 2
            and label[:1] not in "\"'“" for w in _name_words(label)
            if view.lowercase or w[:1].isupper()}  # not a JSON key: "timestamp":


def noted_labels(view: View) -> list[Span]:
    """The names of labels with their role noted in brackets (:func:`_role_noted`)."""
    spans = []
    for i in range(view.n):
        if view.line_start(i) and (k := _role_noted(view, i)) is not None and _name_words(
                " ".join(view.texts[i:k + 1])):
            spans.append(word_span(view, i, k, "NAME", "PATIENT", "context"))
    return spans


def _role_noted(view: View, i: int) -> int | None:
    """``PETRA LOWE (Ward Sister): ...``: two or three words in capitals at a
    line's start, then their role in brackets closed by a colon (a documentary's
    transcript); the token of the last word in capitals."""
    k = i
    while k < min(i + 4, view.n) and view.shapes[k].core.isupper() and \
            view.keys[k].isalpha() and (len(view.keys[k]) > 1 or k > i) \
            and not view.opens_bracket(k):
        k += 1  # "MARA J. QUILL": a middle initial too
    last = k - 1
    while k < view.n and view.keys[k].replace(".", "") in CREDENTIALS \
            and view.texts[k - 1].endswith(","):
        k += 1  # "OSKAR VANE, M.D. (Lakeview Clinic):": a credential between
    if last - i < 1 or k >= view.n or not view.opens_bracket(k) or view.seps[k] != SPACE:
        return None
    for j in range(k, min(k + 12, view.n)):
        if view.texts[j].endswith("):"):
            return last
        if j > k and view.seps[j] != SPACE:
            return None
    return None


def _label_end(view: View, i: int) -> int | None:
    """The token that ends, with a colon, a label of one to three words from token ``i``."""
    for k in range(i, min(i + 3, view.n)):
        if not view.keys[k] or view.shapes[k].ends_sentence or k > i and view.seps[k] != SPACE:
            return None
        if view.texts[k].endswith(":"):
            return k
    return None


def label_role(view: View, first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` (a job found) are the part their speaker plays: a
    label written in the text (``Call taker:``, ``**Voice Agent**:``), or its words again
    in the turn that label opens (``Call taker: ... my name is Ash and I'm a call
    taker``). A job said in another speaker's turn stays theirs."""
    words = tuple(view.keys[k] for k in range(first, last + 1) if view.keys[k])
    j = first
    while j >= 0 and first - j < _TURN_REACH:
        if view.line_start(j) and (end := _label_end(view, j)) is not None:
            label = tuple(view.keys[k] for k in range(j, end + 1) if view.keys[k])
            return first <= end or label == words
        j -= 1
    return False


_TURN_REACH = 400  # tokens back to the label that opens a turn


def opens_label(view: View, i: int, k: int) -> bool:
    """Whether the words ``i``..``k`` open a speaker's label written in the text, at a
    line's start after any timestamp (``[10:02] Summit GP Team:``): a label names no one."""
    end = _label_end(view, i)
    p = i
    while p > 0 and view.seps[p] == SPACE and view.texts[p - 1][:1] in "[(" \
            and any(ch.isdigit() for ch in view.texts[p - 1]):
        p -= 1  # a timestamp before the label
    return end is not None and end >= k and view.line_start(p)


def _swapped(text: str | None, swap: dict[str, str]) -> str | None:
    """``text`` with each word that is a key of ``swap`` replaced by its value."""
    if text is None:
        return None
    pattern = regex.compile("|".join(map(regex.escape, sorted(swap, key=len, reverse=True))))
    return pattern.sub(lambda m: swap[m.group()], text)


def relabel(transcript: Transcript, names: dict[str, str],
            replace_text: Callable[[str, str, str], str]
            ) -> tuple[Transcript, tuple[dict[str, Any], ...]]:
    """The transcript with the names in its speakers and labels replaced, and a record for
    each segment whose label changed (``tokens`` is ``None``: a label is no token)."""
    if not names:
        return transcript, ()
    segments, records = [], []
    for k, seg in enumerate(transcript.segments):
        words = [w for w in _name_words(seg.speaker) if w.casefold() in names] \
            if seg.speaker else []
        if seg.speaker and not words and seg.speaker.strip().casefold() in names:
            words = [seg.speaker.strip()]  # initials: "GD"
        if not words:
            segments.append(seg)
            continue
        subtype = names.get(words[0].casefold(), "PATIENT")
        swap = {w: replace_text("NAME", subtype, w) for w in words}
        segments.append(replace(seg, speaker=_swapped(seg.speaker, swap),
                                label=_swapped(seg.label, swap)))
        records.append({"category": "NAME", "subtype": subtype, "text": " ".join(words),
                        "start": seg.start, "end": seg.end, "tokens": None, "id": None,
                        "segment": k})
    new = transcript.regrouped(transcript.seps, transcript.segment_indices, segments)
    return new, tuple(records)
