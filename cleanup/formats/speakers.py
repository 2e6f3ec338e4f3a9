"""Speaker labels at the start of a line or cue: ``[doctor]``, ``SPEAKER 1:``,
``ANDREW HUBERMAN:``, ``Dr. Smith:``, Zoom's ``Paul Jones:`` and WebVTT's ``<v Bob>``.

A label is data (:attr:`Segment.speaker`), not text to clean: the readers take it out of the
token stream, and the writers put it back exactly as it was written (:attr:`Segment.label`).

>>> find_label("[doctor] how are you")
('doctor', '[doctor] ')
>>> find_label("Dr. Smith: sit down"), find_label("So: we start")
(('Dr. Smith', 'Dr. Smith: '), ('So', 'So: '))
>>> find_label("10:30 we start") is None
True

``So:`` shows why a reader counts the labels first (:func:`labelled_lines`): a file is
read as speaker-labelled only when labels start at least two of its lines.

A speaker that came without a label is shown by its name (:func:`shown_name`); Teams' ids
(``<v 68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf-...>``) are no names and are not shown:

>>> shown_name("Dana Reyes"), shown_name("SPEAKER_00")
('Dana Reyes', 'SPEAKER_00')
>>> shown_name("68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf-86f1-41af-91ab-2d7cd011db47")
>>> shown_name("dana.reyes@clinic.example") is None
True
"""
from __future__ import annotations

from typing import Iterable

import regex

# WebVTT voice span opener: <v Bob>, <v.loud Bob>.
VOICE = regex.compile(r"<v(?:\.[\w.-]+)?(?:\s+([^>\n]*))?>")
# "[doctor]", "[Speaker 2]", "[SPEAKER_00]:": a short bracketed name. Sound tags are not speakers.
_BRACKET = regex.compile(r"\[(\p{L}[\p{L}\p{N} ._'’-]{0,30})\]:?(?=\s|$)")
_SOUNDS = frozenset("""
    music playing applause laughter laughs laughing inaudible crosstalk silence noise foreign
    cough coughs coughing sighs sigh unintelligible background singing cheering chuckles
    chuckling blank_audio blank audio sound beep bell ringing static pause phone clears throat
    indistinct overlapping unclear cheers whistle whistling breathing gasps groans sneezes
    mumbles mumbling no speech speaks speaking ends end begins start intro outro theme upbeat
    dramatic gentle soft loud""".split())
# "ANDREW HUBERMAN:", "Dr. Smith:", "SPEAKER 1:", "SPEAKER_00:", "Paul McCartney:", "Q:": 1-4
# capitalized words (a title and a number allowed), then a colon and a space or line end.
_NAME = regex.compile(r"""
    ((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Miss|Sr|Jr)\.?\ )?
     \p{Lu}[\p{L}\p{N}_'’.-]*
     (?:\ (?:\p{Lu}[\p{L}\p{N}_'’.-]*|\p{N}{1,3}|de|van|von|der|den|da|del|la|le|al|bin|ibn)){0,3}
     (?:\ ?\p{N}{1,3})?)
    (?:(?:\ \(\d{1,2}(?::\d{2}){1,2}\))?  # a time, as Rev writes it: "Speaker 1 (00:12):"
       :(?=\s|$)
     |[ \t]+\d{1,2}(?::\d{2}){1,2}$)       # Otter: "Speaker 1  0:05" on a line of its own
    """, regex.VERBOSE)


# Ids that name no person: a GUID, an e-mail or user@tenant id, a long hexadecimal key.
_ID = regex.compile(r"""
    [^\s@]+@[^\s@]+
    | (?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:/\S*)?)
    | [0-9a-f-]{16,}
    """, regex.VERBOSE | regex.IGNORECASE)


def shown_name(speaker: str) -> str | None:
    """The speaker as a reader should see it: the name, or ``None`` for an id that is no
    name (a GUID, an e-mail address or another ``user@tenant`` id)."""
    name = speaker.strip()
    return None if not name or _ID.fullmatch(name) else name


def find_label(line: str) -> tuple[str, str] | None:
    """``(speaker, label)`` when ``line`` starts with a speaker label; ``label`` is the
    text as written, with the whitespace after it."""
    m = VOICE.match(line)
    if m and (m.group(1) or "").strip():
        name = m.group(1).strip()
    elif m := _BRACKET.match(line):
        words = m.group(1).replace("_", " ").casefold().split()
        if any(w in _SOUNDS for w in words):
            return None
        name = m.group(1)
    else:
        m = _NAME.match(line)
        if not m:
            return None
        name = m.group(1)
    end = m.end()
    while end < len(line) and line[end] in " \t":
        end += 1
    return name, line[:end]


def labelled_lines(lines: Iterable[str]) -> bool:
    """True when at least two lines start with a speaker label (so they are labels)."""
    count = 0
    for line in lines:
        if find_label(line) is not None:
            count += 1
            if count >= 2:
                return True
    return False
