"""What the detectors find: PHI spans over tokens, and how overlapping finds become one.

A :class:`Span` covers tokens ``first`` to ``last`` (inclusive) from character ``start`` of
the first token's text to character ``end`` of the last one's, so a possessive, a comma or
a transcriber tag around the PHI stays outside it. Detectors propose spans freely;
:func:`merge` joins those that overlap or touch, keeping the category of the more
specific find.

>>> a = Span(2, 0, 3, 5, "NAME", "PATIENT")
>>> b = Span(3, 0, 4, 4, "NAME", "PATIENT", "propagated")
>>> merge([b, a])
[Span(first=2, start=0, last=4, end=4, category='NAME', subtype='PATIENT', source='context')]
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

from ..lexicon import FUNCTION_WORDS

CATEGORIES = ("NAME", "PROFESSION", "LOCATION", "AGE", "DATE", "CONTACT", "ID")
# When two finds overlap, the category of the higher-ranked one names the merged span:
# a pattern with structure (a date, a phone number) says more than a word list.
_RANK = {"CONTACT": 6, "ID": 5, "DATE": 4, "AGE": 4, "LOCATION": 3, "NAME": 2, "PROFESSION": 1}


@dataclass(frozen=True, slots=True)
class Span:
    """PHI from character ``start`` of token ``first`` to character ``end`` of token
    ``last``; ``source`` says which evidence found it (``context``, ``pattern``, ``list``,
    ``propagated``)."""

    first: int
    start: int
    last: int
    end: int
    category: str
    subtype: str
    source: str = "context"


def word_span(view, first: int, last: int, category: str, subtype: str,
              source: str = "context") -> Span:
    """The span of the words at tokens ``first``..``last`` of a :class:`~.view.View`:
    from the first word's start to the last word's end (its possessive left out, but for
    the possessive that is part of a name: ``Riley Children's``)."""
    shape = view.shapes[last]
    whole = shape.key in _NAME_POSSESSIVES or (
        subtype == "ORGANIZATION" and shape.key != shape.base and shape.key.endswith("'s")
        and _names_end(view, last))  # "at McDonald's", "to Applebee's."
    end = shape.start + len(shape.core) if whole else shape.end
    return Span(first, view.shapes[first].start, last, end, category, subtype, source)


def _names_end(view, last: int) -> bool:
    """Whether a business's possessive ends what is said of it (``at Applebee's.``, ``to
    McDonald's for lunch``), so the ``'s`` is its name's, not ``Walmart's prices``."""
    n = view.next_word(last, cross=False, pauses=False)
    return n is None or view.shapes[last].pause or view.keys[n] in FUNCTION_WORDS


# Possessives that end a facility's name ("Riley Children's", "Brigham and Women's").
_NAME_POSSESSIVES = frozenset({"children's", "women's", "men's", "childrens'"})


def merge(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted, with overlapping ones joined (two in one token stay apart when their
    characters do not meet: ``Leeds—Okafor``, read apart by :mod:`.dashes`)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.first, s.start, -s.last)):
        if out and (span.first, span.start) <= (out[-1].last, out[-1].end):
            prev = out[-1]
            if (span.last, span.end) > (prev.last, prev.end):
                prev = replace(prev, last=span.last, end=span.end)
            if span.first == prev.first and span.start < prev.start:
                prev = replace(prev, start=span.start)
            if _outranks(span, prev) or (
                    span.category == prev.category and prev.source == "propagated"
                    and span.source != "propagated"):
                prev = replace(prev, category=span.category, subtype=span.subtype,
                               source=span.source)
            elif span.category == prev.category and prev.source == "list" \
                    and span.source not in ("propagated", "list"):
                prev = replace(prev, source=span.source)  # a cue's evidence, the list's kind
            out[-1] = prev
        else:
            out.append(span)
    return out


def _outranks(span: Span, prev: Span) -> bool:
    """Whether ``span``'s category names the merged span: the higher rank, except that a
    patient's or a clinician's name a cue found (``Dr. Laura Beaumont``, ``it's Nora
    Warren``) is a person though a gazetteer lists a town of the same word; so is a
    relative's one-word name (``my father, Eugene,``), where a place of two words (``North
    Carolina``) stays a place; and a town a full name ends with is its surname."""
    if {span.category, prev.category} == {"NAME", "LOCATION"}:
        name, place = (span, prev) if span.category == "NAME" else (prev, span)
        if name.source == "context" and place.source == "list" and (
                name.subtype != "OTHER" or place.first == place.last):
            return span is name
        if name.source == place.source == "list" and name.first < place.first \
                and place.last <= name.last:
            return span is name  # "Ines Toledo": a town that is a full name's surname
    return _RANK[span.category] > _RANK[prev.category]
