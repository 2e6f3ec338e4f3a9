"""Speaker labels left in a transcript's text at a line's start (``Patient:``, ``Speaker 2:``,
``NURSE:``): which words of a label say a role, not a name, and which tokens end a label.

>>> role_labels(["Nurse:", "hello", "Speaker", "2:", "hi"], ["", " ", "\\n", " ", " "])
frozenset({0, 3})
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..transcript import LINE, PARAGRAPH
from .knowledge import one_apart

#: Words of a speaker label that say a role, not a name (``Doctor:``, ``Speaker 1:``).
ROLES = frozenset("""
doctor patient speaker nurse interviewer interviewee clinician provider physician guest
family host caller agent unknown pt spk participant moderator assistant user system
narrator child parent mother father mom dad son daughter wife husband relative carer
caregiver interpreter translator student resident attending consultant gp np pa q a
physio counselor counsellor operator dispatcher calltaker responder customer client
respondent witness officer staff member team therapist psychologist psychiatrist pharmacist
dietitian dietician coach advisor adviser practitioner coachee mentor mentee trainee trainer
supervisor supervisee facilitator instructor presenter panelist panellist audience reporter
rep representative receptionist scribe bot announcer
paciente pasiente doctora médico medico enfermera enfermero nars doktor
""".split())
# A role label left in the text at a line's start: "Patient:", "Speaker 2:", "NURSE:".
_ROLE_LABEL = regex.compile(r"([A-Za-z_]{1,20})(?: ?[0-9]{1,2})?:|([QA])\.")

#: A speaker's label set in bold by a web page's markup: "<strong>Tobias:</strong>".
BOLD_LABEL = regex.compile(r"<(strong|b)>([\p{L}][\p{L} .'’-]{0,30}):\s*</\1>")

#: A time code before a turn's label: "3:12 Nurse:", "0:02:11.7 **RK:**".
TIME_CODE = regex.compile(r"\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\)?")


def role_labels(texts: Sequence[str], seps: Sequence[str]) -> frozenset[int]:
    """The tokens that end a role label at a line's start (``Nurse:``, ``Speaker 1:``):
    the label says who speaks, and a sentence starts after it."""
    out = set()
    for i, text in enumerate(texts):
        if "<" in text and (m := BOLD_LABEL.fullmatch(text)) and is_role(m.group(2).casefold()):
            out.add(i)  # "<strong>Recept:</strong>": a web page's role label in bold
            continue
        if i and seps[i] not in (LINE, PARAGRAPH):
            continue
        if TIME_CODE.fullmatch(text) and i + 1 < len(texts):
            i, text = i + 1, texts[i + 1]  # "3:12 Nurse:": a time code opens the line
        two = f"{text} {texts[i + 1]}" if i + 1 < len(texts) else text
        for k, label in ((i, text), (i + 1, two)):
            m = _ROLE_LABEL.fullmatch(label)
            if m and (m.group(2) or is_role(m.group(1).casefold().replace("_", ""))):
                out.add(k)
                break
    return frozenset(out)



def is_role(word: str) -> bool:
    """A role's word, or one of six letters or more typed with one slip (``Doctro``,
    ``Pateint``: a letter changed, added, dropped or two swapped)."""
    return word in ROLES or len(word) >= 6 and any(
        len(role) >= 6 and _slip(word, role) or len(role) >= 9 and role.startswith(word)
        for role in ROLES)  # ... or cut short: "Recept:" for a receptionist


def _slip(a: str, b: str) -> bool:
    """One edit (:func:`.knowledge.one_apart`) or two letters swapped, the first kept."""
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if one_apart(a, b):
        return True
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]
