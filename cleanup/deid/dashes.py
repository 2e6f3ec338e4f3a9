"""Words joined by a dash with no space (``in March—he said``, ``Priya—she's fifteen``,
``Leeds--well``): written dialogue, a language model's above all, sets a clause apart so, and
the words on either side are words of their own; so are the fields of a CSV row joined by
a quote and a comma (``Eastside",2024-03-02T08:15:00Z``), two capitalized words joined by a
slash (``Odile Fenwick/Dodo``, a name and the name she goes by; a photo's credit,
``AGENCY/Ines Vale``), a title and a name with
no space after its period (``Mr.Okoro``), the parts of a file's name joined by underscores
(``consent_Okoro_2024-03-02.pdf``), a CSV row's fields joined by bare commas (not a number's
thousands: ``1,500``), a key and its quoted value in code (``last_name="Okafor"``), lines
joined by an HTML break
(``(UCI)<br>Department``, read as a new line), and a Markdown link's text and its address
(``[Dr. Anton Brisk](http://...)``). The finders read a transcript whose such
tokens are split after each dash; what they find is mapped back to the tokens and
characters of the transcript as it was, which the step then edits (its text keeps no new
space). A range of numbers (``1990–1995``, ``3–5``) stays one token.

>>> from cleanup.transcript import Transcript
>>> t = Transcript.from_text("in March—he said 1990–95")
>>> view, where = dash_split(t)
>>> view.texts, where
(['in', 'March—', 'he', 'said', '1990–95'], [(0, 0), (1, 0), (1, 6), (2, 0), (3, 0)])
"""
from __future__ import annotations

import regex

from ..marks import LINE, SPACE
from ..transcript import Transcript
from .handles import FILE_EXTENSIONS
from .spans import Span
from .view import View

# A dash (em, en, or two hyphens) between two characters that are not both digits, and a
# quote and a comma with no space (a CSV row's fields: ``Eastside",2024-03-02``): the piece
# after it starts there.
_EXTENSION = r"\." + FILE_EXTENSIONS + r"\b"
_JOIN = regex.compile(
    r'(?<=\S)(?:—|–|--|",|,"|<[bB][rR]\s*/?>|\](?=\()|(?<=\p{Ll}|\p{Lu}{2})/(?=\p{Lu}\p{Ll})'
    r'|(?<=(?:^|\W)(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.)(?=\p{Lu}\p{Ll})'
    r'|(?<=[\p{L}\d])_(?=[\p{L}\d][\w.-]*' + _EXTENSION + r')|(?<=_[\w-]+)(?=' + _EXTENSION + r')'
    # a CSV row's fields ("sms,Idris Okafor,,+14155550123,2026-02-03"; not "1,500")
    # and a value given to a key in code or a log ('last_name="Okafor"')
    r'|(?<=[^\s,]),(?=[^\s,])(?<!\d,(?=\d{3}(?!\d)))|(?<=\w)=(?=["\'])|(?<=,),'
    # a number sign glued to the word before it ("Claim#58102"), and a JSON string's
    # escapes read as text ('July 14th.\\n\\nThe', 'said \\u2014 then')
    r'|(?<=\p{L})(?=#\d)|(?=\\(?:[nrt]|u[0-9a-fA-F]{4}))|(?<=\\[nrt]|\\u[0-9a-fA-F]{4})'
    # a speaker's label glued to the turn's first word ("Tobias:We will", "Ruth:Ruth:")
    r'|(?<=\p{Lu}\p{Ll}+:)(?=\p{Lu})'
    # a label in capitals glued to the turn before it ("are you well?VARGA: Yes")
    r'|(?<=\p{Ll}[?!.])(?=\p{Lu}{2,}:|\p{Lu}{2,}$)'
    # a tag of a web page's markup closed on a bold label ('text-lg"><strong>Tobias:')
    r'|(?<=["\']>)(?=<(?:strong|b)>))'
    r'(?=\S)(?<!\d(?:—|–|--)(?=\d))')


def dash_split(transcript: Transcript) -> tuple[View, list[tuple[int, int]]]:
    """The view of the transcript with words joined by a dash split after it, and for each
    of its tokens the (token index, character offset) in ``transcript`` where it starts.
    The transcript's own view (and an empty list) when no token is so joined."""
    texts = transcript.texts
    if not any(_dashed(text) and _JOIN.search(text) for text in set(texts)):
        return View.of(transcript), []  # most transcripts have none
    out_texts: list[str] = []
    seps: list[str] = []
    segs: list[object] = []
    where: list[tuple[int, int]] = []
    for i, (text, sep, seg) in enumerate(zip(texts, transcript.seps,
                                             transcript.segment_indices)):
        found = list(_JOIN.finditer(text)) if _dashed(text) else []
        if not found:
            out_texts.append(text)
            seps.append(sep)
            segs.append(seg)
            where.append((i, 0))
            continue
        cuts = [m.end() for m in found]
        for k, (a, b) in enumerate(zip([0] + cuts, cuts + [len(text)])):
            # after "<br>" a new line, after a link's text none, after a dash a space
            joint = found[k - 1].group()[:1] if k else ""
            seps.append(sep if k == 0 else LINE if joint == "<" else "" if joint == "]" else SPACE)
            out_texts.append(text[a:b])
            segs.append(seg)
            where.append((i, a))
    return View.of(transcript, (out_texts, seps, segs)), where


def _dashed(text: str) -> bool:
    return "—" in text or "–" in text or "--" in text or '"' in text or "<" in text \
        or "](" in text or "/" in text or "." in text[:-1] or "_" in text or "," in text[:-1] \
        or "=" in text or "#" in text or "\\" in text or ":" in text[:-1] or "?" in text[:-1] \
        or "!" in text[:-1] or ">" in text



def unsplit(span: Span, where: list[tuple[int, int]]) -> Span:
    """A span found in :func:`dash_split`'s view, in the tokens of the transcript."""
    (first, a), (last, b) = where[span.first], where[span.last]
    return Span(first, a + span.start, last, b + span.end, span.category, span.subtype,
                span.source)
