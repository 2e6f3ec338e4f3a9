"""The transcript as the detectors read it: each token's word, with transcriber tags and
punctuation set aside, and where sentences and turns break.

A token ``<UNSURE>Ayrton`` holds the word ``ayrton`` at characters 8-14; ``Smith's,`` holds
``smith`` at 0-5 (the possessive and the comma stay outside a redaction); ``<UNIN/>`` and
``,`` hold no word and are skipped when the detectors step from word to word.

>>> v = View.of(Transcript.from_text("I'm Dr. <UNSURE>Ayrton</UNSURE> Smith's, hi."))
>>> [key for key in v.keys if key]
["i'm", 'dr', 'ayrton', "smith's", 'hi']
>>> v.bases[3], v.shapes[3].start, v.shapes[3].end
('smith', 0, 5)
>>> v.next_word(1), v.next_word(4, cross=False)
(2, None)
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, Sequence

import regex

from ..lexicon import FUNCTION_WORDS, can_end_clause, word_key, zipf
from ..transcript import LINE, PARAGRAPH, Transcript, split_punct
from .turn_labels import ROLES as ROLES
from .turn_labels import role_labels
from .numbers import DIGIT_WORDS, NUMBER_WORDS, split_words
from .knowledge import MONTH_ABBREVIATIONS
from .given_names import given_name
from .speech_words import hesitation

# <UNSURE>, </UNSURE>, <UNIN/>, <INAUDIBLE_SPEECH/>: transcriber markup, never words; nor
# what the deidentify step writes (so a second run changes nothing).
_MARKUP = regex.compile(r"<[^<>\s]*>|\[(?:NAME|PROFESSION|LOCATION|AGE|DATE|CONTACT|ID)\]"
                        r"|\*\*\*")
# An address in angle brackets (``<https://example.org/a>``, ``<ann@example.org>``, as
# Markdown writes a link it shows): the address is read, the brackets are punctuation.
_AUTOLINK = regex.compile(
    r"<((?:https?|ftp|mailto|tel):[^<>\s]+|www\.[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>")
# "[doctor]", "[patient]" inside a line (a transcript run together): a speaker, not a word.
_LABEL = regex.compile(r"\[[\w ]+\]:?")
# A line that opens with a label the reader left in the text: "[patient] ...", "B: ...".
# A list's item marker at a line's start: the item is no wrapped line of the one before.
_BULLETS = frozenset("* - • – |".split())
_ITEM_BULLETS = _BULLETS - {"|"}  # "- May forget", "• Frecuencia": a list item's mark
_LINE_LABEL = regex.compile(r"\[[\w ]+\]:?|[A-Z][\w]{0,20}:")
# A label with a part in brackets at a line's start: "Speaker 1 (Tom):", "Ade (caller):".
BRACKETED_LABEL = regex.compile(r"[A-Z][\w.]*(?: [\w.]+){0,2} ?[(\[][^()\[\]]{1,30}[)\]]:(?:\s|$)")
# "[interpreter]" inside a line of a transcript run together: a new speaker's turn.
_INLINE_ROLE = regex.compile(r"\[[a-z_]+(?: [0-9]+)?\]:?")
# Hesitations: sounds, not words of what is said.
FILLERS = frozenset("uh um uhm er erm ah eh hmm mm".split())
_REPAIRS = frozenset("sorry pardon".split())
_POSSESSIVE = ("'s", "s'")
# Abbreviations whose period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms mx prof st jr sr vs etc no approx dept ave rd ext tel mt apt ste blvd hwy"
    .split()) \
    | frozenset(MONTH_ABBREVIATIONS) \
    | frozenset("sra srta dra mme mlle dott sig".split())  # "Feb. 3", "Sra. Ruiz": no end


@dataclass(frozen=True, slots=True)
class Shape:
    """What a token's text holds: its word (``key``: case-folded, ’ as '), the word without
    a possessive (``base``) and where that base lies in the text (``start``, ``end``)."""

    key: str
    base: str
    start: int
    end: int
    core: str
    cap: bool            # the word starts with a capital letter
    ends_sentence: bool  # . ? ! after it (not the period of "Dr.")
    pause: bool          # a comma, semicolon, colon or sentence end after it
    cut: bool = False    # a word broken off (``dia-``): a false start, never a name


@lru_cache(maxsize=1 << 17)
def shape(text: str) -> Shape:
    """The :class:`Shape` of a token's text (computed once per distinct text)."""
    # Tags and placeholders become spaces of their own length: punctuation to split_punct,
    # so the word's offsets stay those of the text.
    inner = _AUTOLINK.sub(r" \1 ", text) if "<" in text else text
    inner = _MARKUP.sub(lambda m: " " * len(m.group()), inner)
    if inner[:1] in "0123456789[" and ":" in inner:  # "00:17Priyanka": a web page's time
        # code ("[01:12.40]Greta": a lyrics file's)
        inner = _GLUED_TIME.sub(lambda m: " " * len(m.group()), inner)
    if "&" in inner:  # "&quot;My": a quote an HTML page escaped, at a word's edge
        inner = _EDGE_ENTITY.sub(lambda m: " " * len(m.group()), inner)
    lead, core, trail = split_punct(inner)
    if core[:1] == "_" or core[-1:] == "_":  # "Okoro_" of a file's name read apart
        bare = core.strip("_")
        at = core.index(bare) if bare else len(core)
        lead, core, trail = lead + core[:at], bare, core[at + len(bare):] + trail
    if not core or _LABEL.fullmatch(text) and not bracketed_name(text):
        ends = _ends(trail, "")
        return Shape("", "", 0, 0, "", False, ends, ends or any(ch in ",;:|│" for ch in trail))
    if "&" in core and _ENTITY.search(core):
        return _escaped(core, lead, trail)  # "I&#39;m", "let&#39;s"
    key = word_key(core)
    if "\\'" in key:  # "Zuri\\'s" in a string of code: the apostrophe escaped
        key = key.replace("\\'", "'")
    said, base = _said_and_base(key)
    start = len(lead)
    ends = _ends(trail, key)
    return Shape(said, base, start, start + len(key) - (len(said) - len(base)), core,
                 core[0].isupper(), ends, ends or any(ch in ",;:" for ch in trail),
                 trail.strip().startswith("-"))


#: Dashes written between spaces, that set a phrase apart: "Wren – Hospital Porter".
SPACED_DASHES = frozenset({"–", "—", "-", "--"})
# A caption's time code glued to the line's first word, as a scraped transcript page keeps
# it ("02:05Anil is leading"), or an LRC file in brackets ("[01:12.40]Greta"): the word is
# read without it.
_GLUED_TIME = regex.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
                            r"|\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\])(?=\p{L})")
# One capitalized word in brackets, as captions name who speaks: "[Rosalind] You know".
_BRACKETED = regex.compile(r"\[(\p{Lu}\p{Ll}+)\]")


def bracketed_name(text: str) -> bool:
    """Whether a bracketed word is a first name (``[Rosalind]``), a word to read, not a
    speaker's role or a caption's tag (``[doctor]``, ``[Music]``)."""
    m = _BRACKETED.fullmatch(text)
    return m is not None and given_name(m.group(1).casefold())


# HTML's escapes, as web pages and scraped captions keep them: "I&#39;m", "&quot;Yes".
_ENTITY = regex.compile(r"&(?:#\d{1,5}|#x[0-9a-fA-F]{1,4}|[a-zA-Z]{2,6});")
_EDGE_ENTITY = regex.compile(r"(?:^|(?<=\s))(?:&(?:quot|#34|#39|apos|ldquo|rdquo|lsquo|rsquo);)+"
                             r"|(?:&(?:quot|#34|#39|apos|ldquo|rdquo|lsquo|rsquo);)+(?=\s|$)")


def _escaped(core: str, lead: str, trail: str) -> Shape:
    """The shape of a word with an HTML escape inside it (``I&#39;m``): read as the word
    it stands for; its offsets those of the text as written."""
    key = word_key(html.unescape(core))
    said, base = _said_and_base(key)
    cut, read, at = 0, 0, 0  # the raw length whose unescaped text is the base's length
    for m in [*_ENTITY.finditer(core), None]:
        stop = m.start() if m else len(core)
        take = min(stop - at, len(base) - read)
        cut, read = at + take, read + take
        if m is None or read >= len(base):
            break
        at, read = m.end(), read + len(html.unescape(m.group()))
        cut = at
    start = len(lead)
    ends = _ends(trail, key)
    return Shape(said, base, start, start + cut, core, core[0].isupper(), ends,
                 ends or any(ch in ",;:" for ch in trail), trail.strip().startswith("-"))


def _said_and_base(key: str) -> tuple[str, str]:
    """The word said (a stutter's last: ``I'm-I'm``, ``Sam-Samuel``) and its base, without
    a possessive's ``'s``."""
    said = _hyphen_stutter(key)
    for suffix in _POSSESSIVE:
        if said.endswith(suffix) and len(said) > len(suffix) + 1:
            return said, said[: -len(suffix)] if suffix == "'s" else said[:-1]
    return said, said


def _hyphen_stutter(key: str) -> str:
    """The word a stutter written with hyphens ends in (``i'm-i'm``, ``sam-samuel``); any
    other hyphenated word is itself (``x-ray``, ``mm-hmm``)."""
    if "-" not in key:
        return key
    *starts, last = key.split("-")
    if not last or not all(p and (p == last or len(p) >= 2 and last.startswith(p)
                                  and last[len(p):].replace("'", "").isalpha()) for p in starts):
        return key
    return last if last.replace("'", "").isalpha() else key


def _ends(trail: str, key: str) -> bool:
    if any(ch in "?!…" for ch in trail):
        return True
    return "." in trail and key not in _ABBREVIATIONS and not (len(key) == 1 and key.isalpha())


class View:
    """A transcript's tokens as words, with navigation that skips tags and punctuation."""

    __slots__ = ("texts", "shapes", "keys", "bases", "seps", "segs", "speakers", "captions", "n",
                 "lowercase", "_by_key", "_breaks", "_labels", "_foreign", "_german")

    def __init__(self, texts: Sequence[str], seps: Sequence[str], segs: Sequence[object],
                 speakers: Sequence[str | None] = (), captions: bool = False):
        self.texts = texts
        self.seps = seps
        self.segs = segs
        self.speakers = speakers
        self.captions = captions
        self.n = len(texts)
        self.shapes = _notes_blanked(texts, seps, list(map(shape, texts)))
        self.keys = [s.key for s in self.shapes]
        self.bases = [s.base for s in self.shapes]
        self.lowercase = _mostly_lowercase(texts, self.shapes)
        self._by_key: dict[str, list[int]] | None = None
        self._breaks: bytes | None = None
        self._labels = role_labels(texts, seps)
        self._foreign: frozenset[int] | None = None
        self._german: frozenset[int] = frozenset()

    @classmethod
    def of(cls, transcript: Transcript, columns: tuple[Sequence[str], Sequence[str],
                                                      Sequence[object]] | None = None) -> View:
        """The view of a transcript (or of its ``columns``: texts, separators and segment
        indices read apart from its tokens, :mod:`.dashes`). In captions (subtitles, Whisper
        output) a cue or a line break is only layout, so a sentence runs on across it; in
        text it is a turn."""
        texts, seps, segs = columns or (transcript.texts, transcript.seps,
                                        transcript.segment_indices)
        return cls(texts, seps, segs, tuple(s.speaker for s in transcript.segments),
                   transcript.meta.get("format", "txt") != "txt")

    def positions(self, keys) -> Iterator[int]:
        """Indices of the tokens whose word (key or base) is in ``keys``, in order. A large
        collection (a word list) is matched from the transcript's side."""
        if self._by_key is None:
            by_key: dict[str, list[int]] = {}
            for i, (key, base) in enumerate(zip(self.keys, self.bases)):
                if key:
                    by_key.setdefault(key, []).append(i)
                    if base != key:
                        by_key.setdefault(base, []).append(i)
            self._by_key = by_key
        found: set[int] = set()
        if len(keys) > len(self._by_key):
            for key, where in self._by_key.items():
                if key in keys:
                    found.update(where)
        else:
            for key in keys:
                found.update(self._by_key.get(key, ()))
        return iter(sorted(found))

    def breaks_before(self, i: int) -> bool:
        """Whether a turn starts at token ``i``: a new speaker, or in text a new segment or
        paragraph, or a new line when no labels say who speaks (in captions a new cue or
        line is layout, not a turn)."""
        if i == 0:
            return True
        a, b = self.segs[i - 1], self.segs[i]
        if self.captions:
            # A cue without a label goes on with the speaker before it.
            return a != b and self._speaker(b) is not None and self._speaker(a) != self._speaker(b)
        if a != b and self._speaker(a) != self._speaker(b):
            return True
        # A line break without a label is wrapping (a dictation, captions pasted as text):
        # a name, a date or a number runs on across it; a new labelled turn or a blank line
        # does not.
        return (a != b and self._speaker(b) is not None) or self.seps[i] == PARAGRAPH or (
            self.seps[i] == LINE and (_LINE_LABEL.fullmatch(self.texts[i]) is not None or
                                      i in self._labels or i + 1 in self._labels or
                                      self.bracketed_label(i) or self.texts[i] in _BULLETS)) or (
            self.texts[i][:1] == "[" and _INLINE_ROLE.fullmatch(self.texts[i]) is not None)

    def line_start(self, i: int) -> bool:
        """Whether token ``i`` opens a line, a paragraph or a segment."""
        return i == 0 or self.segs[i - 1] != self.segs[i] or self.seps[i] in (LINE, PARAGRAPH)

    def opens_bracket(self, i: int) -> bool:
        """Whether a bracket opens before the word at ``i`` (``(Ashford``, ``[Patient``)."""
        return any(ch in "([{" for ch in self.texts[i][:self.shapes[i].start])

    def closes_bracket(self, i: int) -> bool:
        """Whether a bracket closes after the word at ``i`` (``General)``)."""
        return any(ch in ")]}" for ch in self.texts[i][self.shapes[i].end:])

    def role_label(self, i: int) -> bool:
        """Whether token ``i`` ends a role's label at a line's start (``Nurse:``, ``A.``)."""
        return i in self._labels

    def bracketed_label(self, i: int) -> bool:
        """Whether a label with a part in brackets (``Speaker 1 (Tom):``) opens at ``i``."""
        return BRACKETED_LABEL.match(" ".join(self.texts[i:i + 5])) is not None

    def _speaker(self, seg: object) -> str | None:
        return self.speakers[seg] if isinstance(seg, int) and 0 <= seg < len(self.speakers) \
            else None

    def next_word(self, i: int, cross: bool = True, pauses: bool = True) -> int | None:
        """The next token after ``i`` that holds a word. ``cross=False`` stops at a sentence
        end or turn; ``pauses=False`` also stops at a comma."""
        if not cross and self._stops_after(i, pauses):
            return None
        j = i + 1
        while j < self.n:
            if self.keys[j]:
                if not cross and self.turn_between(i, j):
                    return None
                return j
            if not cross and self._stops_after(j, pauses):
                return None
            j += 1
        return None

    def prev_word(self, i: int, cross: bool = True, pauses: bool = True) -> int | None:
        j = i - 1
        while j >= 0:
            if not cross and self._stops_after(j, pauses):
                return None
            if self.keys[j]:
                if not cross and self.turn_between(j, i):
                    return None
                return j
            j -= 1
        return None

    def words_before(self, i: int, reach: int, cross: bool = False) -> Iterator[int]:
        """The (up to ``reach``) words before token ``i`` in its sentence (``cross``: in the
        turns before it too), nearest first."""
        j = self.prev_word(i, cross=cross)
        for _ in range(reach):
            if j is None:
                return
            yield j
            j = self.prev_word(j, cross=cross)

    def turn_words_before(self, i: int, reach: int) -> list[int]:
        """The (up to ``reach``) words before token ``i`` in its turn, across its sentences
        (``My name is Ruth. I'm a district nurse``), nearest first."""
        out: list[int] = []
        p = self.prev_word(i)
        while p is not None and len(out) < reach and not self.turn_between(p, i):
            out.append(p)
            p = self.prev_word(p)
        return out

    def words_after(self, i: int, reach: int) -> Iterator[int]:
        """The (up to ``reach``) words after token ``i`` in its sentence, nearest first."""
        j = self.next_word(i, cross=False)
        for _ in range(reach):
            if j is None:
                return
            yield j
            j = self.next_word(j, cross=False)

    def turn_between(self, i: int, j: int) -> bool:
        """Whether a turn starts after token ``i`` and at or before token ``j``."""
        if self._breaks is None:
            self._breaks = bytes(map(self.breaks_before, range(self.n)))
        return 1 in self._breaks[i + 1:j + 1]

    def run(self, i: int, limit: int = 8, pauses: bool = True) -> tuple[list[str], list[int]]:
        """Up to ``limit`` words from the word at ``i`` on, within its sentence (and clause
        when ``pauses`` is false), hyphenated number words split (``twenty-one``): the
        words, and the token each came from. A hesitation inside the run (``july uh
        nineteen fifty``) is no word of it, nor a repair between number words (``four one
        five sorry six two``): what is said goes on across it."""
        words: list[str] = []
        where: list[int] = []
        j: int | None = i
        while j is not None and len(words) < limit:
            key = self.keys[j]
            if (hesitation(key) and words) or self._repair(j, words) or (
                    words and key == words[-1] and self._stutter(where[-1])
                    and not (key in DIGIT_WORDS and words[-2:-1] and words[-2] in NUMBER_WORDS)):
                pass  # a hesitation, a repair, a stutter ("a, a, a"; not "six oh oh oh")
            elif "-" in key:
                parts = split_words([key])
                words.extend(parts)
                where.extend([j] * len(parts))
            else:
                words.append(key)
                where.append(j)
            j = self.next_word(j, cross=False, pauses=pauses)
        return words, where

    def _repair(self, j: int, words: list[str]) -> bool:
        """``sorry`` between two number words: a slip put right, the number goes on."""
        if self.keys[j] not in _REPAIRS or not words or words[-1] not in NUMBER_WORDS:
            return False
        k = self.next_word(j, cross=False)
        return k is not None and self.keys[k] in NUMBER_WORDS

    def _stops_after(self, i: int, pauses: bool) -> bool:
        if i in self._labels:
            return True  # "Patient: See you": the label's word is no cue for the next
        s = self.shapes[i]
        if s.ends_sentence and not s.key and i and self.keys[i - 1] in _ABBREVIATIONS:
            return False  # "mr ." in PTB tokens: the title's period
        return s.ends_sentence or (not pauses and s.pause and not self._hesitation(i))

    def _hesitation(self, i: int) -> bool:
        """Whether the comma at token ``i`` is a hesitation inside a clause: after a word no
        clause ends on (``as, a, uh, bus driver``), or in a stutter."""
        k = self._keyed_at_or_before(i, FILLERS)  # "as, a, uh, bus driver": a filler's comma
        return k >= 0 and (not can_end_clause(self.keys[k]) or self._stutter(i)
                           or self._filler_between_commas(i))

    def _filler_between_commas(self, i: int) -> bool:
        """``going to be, uh, a head librarian``: the comma before a filler set off by commas
        is a pause to think; the clause goes on after it."""
        if self.keys[i] in FILLERS:  # the filler's own comma: a comma came before it too
            return i > 0 and self.shapes[i - 1].pause and not self.shapes[i - 1].ends_sentence
        j = i + 1
        while j < self.n and not self.keys[j]:
            j += 1
        return j < self.n and self.keys[j] in FILLERS and self.shapes[j].pause and \
            not self.shapes[j].ends_sentence

    def _stutter(self, i: int) -> bool:
        """Whether the comma at token ``i`` only parts a short word said again (``for a, a,
        a software company``, ``I, I was``): a stutter, not a clause's end."""
        k = self._keyed_at_or_before(i)
        n = self.next_word(i)
        return k >= 0 and n is not None and self.keys[k] == self.keys[n] \
            and self.keys[k] in FUNCTION_WORDS and not self.shapes[n].ends_sentence

    def _keyed_at_or_before(self, i: int, skip: frozenset[str] = frozenset()) -> int:
        """The last token at or before ``i`` that holds a word not in ``skip`` (-1: none)."""
        while i >= 0 and (not self.keys[i] or self.keys[i] in skip):
            i -= 1
        return i

    def unheard(self, i: int) -> bool:
        """Whether token ``i`` is a transcriber's tag alone, no word: ``<UNIN/>``."""
        return not self.keys[i] and self.texts[i].startswith("<")

    def turn_role(self, i: int) -> str | None:
        """The role word of the label that opens the turn holding token ``i`` (``doctor``
        of ``[doctor]`` or ``Doctor:``), else the speaker the format gives; lowercase."""
        j = i
        while j > 0 and not self.breaks_before(j) and j not in self._labels:
            j -= 1  # back to the turn's start, or to its label inside a run of lines
        text = self.texts[j]
        if j in self._labels or (text[:1] == "[" and _INLINE_ROLE.fullmatch(text)):
            return text.strip("[]:").split()[0].lower()
        speaker = self._speaker(self.segs[j])
        return speaker.lower() if speaker else None

    def sentence_start(self, i: int) -> bool:
        """Whether the word at ``i`` opens a sentence or a turn (so a capital says nothing)."""
        j = i - 1
        while j >= 0 and not self.keys[j]:
            if self.shapes[j].ends_sentence:
                return True
            j -= 1
        return j < 0 or self.shapes[j].ends_sentence or self.breaks_before(i) or (
            self.texts[j].endswith(":")) or (not self.captions and self.seps[i] == LINE)

    def foreign(self, i: int) -> bool:
        """Whether the word at ``i`` is in a sentence of another language (``Ahora vamos a
        revisar sus pastillas``, ``Ich habe eine Überweisung``): there every word is rare
        to English, so rarity says nothing of a name."""
        if self._foreign is None:
            self._foreign, self._german = _foreign_tokens(self)
        return i in self._foreign

    def german(self, i: int) -> bool:
        """Whether the word at ``i`` is in a sentence of German."""
        return self.foreign(i) and i in self._german

    def capital_says_nothing(self, i: int) -> bool:
        """Whether a capital at ``i`` says nothing of a name: a sentence's start, or any
        word in a sentence of German, which writes every noun with one (``Ihre
        Tabletten``); in another language, a quotation's or a list item's first word too."""
        if not self.capitalized(i) or self.german(i):
            return True
        p = self.prev_word(i, cross=False)  # "- Frecuencia", '**Intérprete:** "Veo'
        return self.foreign(i) and (self.texts[i][:1] in "\"“¿¡'" or self.item_start(i) or (
            p is not None and (self.texts[p].endswith(":**") or self.closes_bracket(p))))
        # "(turning to Nadia) Ahora bien": the turn's first word after a stage direction

    def item_start(self, i: int) -> bool:
        """Whether the word at ``i`` opens a list item: a bullet before it opens its line."""
        return i > 0 and self.texts[i - 1] in _ITEM_BULLETS and self.line_start(i - 1)

    def capitalized(self, i: int) -> bool:
        """A capital that says something: in mixed-case text, not at a sentence start."""
        return (not self.lowercase and self.shapes[i].cap and not self.sentence_start(i))


# A bracket opened by a quote is a list of strings (``hosts: ["Mara Dunne"]``), no note.
_QUOTES = frozenset("\"'“‘")


def _notes_blanked(texts: Sequence[str], seps: Sequence[str], shapes: list[Shape]) -> list[Shape]:
    """The shapes with a transcriber's note over several tokens (``[inaudible 00:00:31]``,
    ``[cross talk]``) made wordless: a date or a name goes on across it; so is a role
    label's note in lowercase (``AGENT (clinic):``, ``PATIENT (our bot):``). A list of
    quoted strings (``["Mara Dunne"]``) is text."""
    i = 0
    while i < len(texts):
        if texts[i].casefold() in ROLES and i + 1 < len(texts) and texts[i + 1][:1] == "(" \
                and (i == 0 or seps[i] != " " or texts[i - 1][:1] == "["):
            end = next((k for k in range(i + 1, min(i + 5, len(texts)))
                        if texts[k].endswith("):")), None)
            if end is not None and " ".join(texts[i + 1:end + 1]).islower():
                for k in range(i + 1, end + 1):
                    shapes[k] = shape(":")
        if texts[i].startswith("[") and "]" not in texts[i] and texts[i][1:2] not in _QUOTES:
            end = next((k for k in range(i + 1, min(i + 4, len(texts))) if "]" in texts[k]), None)
            link = end is not None and end + 1 < len(texts) and not seps[end + 1] \
                and texts[end + 1][:1] == "("  # "[Dr. Anton Brisk](http://...)": a link's text
            if end is not None and texts[end].rstrip(".,;:?!").endswith("]") and not link \
                    and not _names_someone(texts[i + 1:end + 1]):
                for k in range(i, end + 1):
                    shapes[k] = shape(texts[k][-1] if texts[k][-1] in ".,;:?!" else "[]")
                i = end
        i += 1
    return shapes


def _names_someone(words: Sequence[str]) -> bool:
    """Whether a short note's later words hold a capitalized word English hardly uses
    (``[as Tobias]``: the part a speaker plays), not ``[Music Playing]``."""
    for word in words:
        core = word.strip("[]().,;:?!*_")
        if core[:1].isupper() and core.isalpha() and not core.isupper() \
                and zipf(core.casefold()) < 4.5:
            return True
    return False


def _foreign_tokens(view: View) -> tuple[frozenset[int], frozenset[int]]:
    """The tokens of sentences in another language: most of their words in another script,
    or more of the little words of Spanish, Portuguese, French, German, Italian or Dutch
    (two or more; one, in a file where a tenth of the words are of such sentences) than of
    English's."""
    distinct = set(view.keys)
    if distinct.isdisjoint(FOREIGN_WORDS) and distinct.isdisjoint(_LOWER_FOREIGN) and not any(
            not key.isascii() and _OTHER_SCRIPT.search(key) for key in distinct):
        return frozenset(), frozenset()  # English throughout, as most transcripts are
    # Each token counted once: a word (1), of another script, of theirs, of ours.
    word, other, theirs, ours = ([0] * view.n for _ in range(4))
    for k, key in enumerate(view.keys):
        if not key or not key.isalpha() and not _WORD.fullmatch(key):
            continue
        word[k] = 1
        other[k] = 1 if not key.isascii() and _OTHER_SCRIPT.search(key) else 0
        theirs[k] = 1 if key in FOREIGN_WORDS or not view.shapes[k].cap and \
            key in _LOWER_FOREIGN else 0
        ours[k] = 1 if key in FUNCTION_WORDS and key not in FOREIGN_WORDS else 0
    if not any(other) and not any(theirs):
        return frozenset(), frozenset()  # English throughout, as most transcripts are
    sums = [list(accumulate(a, initial=0)) for a in (word, other, theirs, ours)]
    out: set[int] = set()
    german: set[int] = set()
    for least in (2, 1):  # where another language is spoken, one of its words will do
        for lines in (True, False):  # each line (a turn), then each sentence
            start = 0
            for i in range(view.n + 1):
                if i < view.n and not (i > start and (
                        view.seps[i] in (LINE, PARAGRAPH)
                        or not lines and view.shapes[i - 1].ends_sentence)):
                    continue
                said, script, theirs_, ours_ = (a[i] - a[start] for a in sums)
                if said and 2 * script >= said or theirs_ >= least and (
                        theirs_ > ours_ or least == 1 and theirs_ == ours_):
                    out.update(range(start, i))
                    if any(view.keys[k] in _GERMAN for k in range(start, i)):
                        german.update(range(start, i))
                start = i
        if 10 * len(out) < view.n:
            break
    return frozenset(out), frozenset(german)


_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]")
#: Little words of other languages that English does not have (``que``, ``und``, ``est``).
FOREIGN_WORDS = frozenset("""
que qué está están usted ustedes tiene tengo los las por para una del muy pero también
cuando porque puede hay sí señor señora gracias hola bueno estoy tiene años día soy
desde hasta nosotros estuvo fue era sus mucho mucha algo nada ahora aquí ahí entonces
también usted bien cómo dónde qué cuándo hace tiene tienen sido ha han puedo
não você uma com para são está estão muito também obrigado obrigada seu sua
les des est une avec pour dans vous nous pas qui sur très mais elle ils être avez je suis
aussi depuis alors votre vos mon mes ça cette ces leur fait avoir été
bonjour merci oui buenas buenos tardes noches hoy vamos
der die das und ist ich nicht sie ein eine mit auf für haben wir sind bitte ihnen haben
auch noch wie was wenn aber bin mein meine nein guten heute danke ihre ihr ihrer ihren
ihrem
il che della sono per non anche molto questo questa grazie buongiorno
het een niet zijn ook maar wat voor mijn ik uw dat deze dit wilt kan heb hebt moet mag graag
bedankt nee naar bij nog wel alvast dan
ang ng mga opo hindi ako ikaw siya kami kayo sila ito iyan yung nga lang rin pero kaya
minsan sige naku tama sana natin namin ninyo niya lahat ngayon kumusta salamat magandang
""".split()) - frozenset("""die an in as me son con are is was bin era ha non per hay mon com
pour soy han""".split())  # words English says too
#: Those of German, which capitalizes every noun.
_GERMAN = frozenset("""der das und ist ich nicht sie ein eine mit auf für haben wir sind
bitte ihnen auch noch wie was wenn aber bin mein meine nein guten heute danke ihre ihr ihrer
ihren ihrem""".split())
#: Little words of theirs that open English names too (``El Paso``): counted in lowercase.
_LOWER_FOREIGN = frozenset("el en y se lo et zu es al du au".split())


# "I", "I'm": written with a capital even in lowercase ASR, so no sign of capitals.
_FIRST_PERSON = frozenset("i i'm i've i'll i'd".split())


def _mostly_lowercase(texts: Sequence[str], shapes: Sequence[Shape]) -> bool:
    """Whether the text is written (nearly) without capitals, as raw ASR is; then a capital
    or its absence says nothing about a word. A placeholder the step wrote stands for the
    capitalized name it replaced, so a second run reads the text as the first did. The
    pronoun ``I`` counts for no capital."""
    caps = words = 0
    for text, s in zip(texts[:5000], shapes[:5000]):
        if s.key and s.core[0].isalpha():
            words += 1
            caps += s.cap and s.key not in _FIRST_PERSON
        elif not s.key and "[" in text and _MARKUP.search(text):
            words += 1
            caps += 1
    return words == 0 or caps < 0.03 * words
