"""Where sentences start, token by token, without breaking at ``Dr.``, ``p.m.``, ``U.S.``, ``e.g.``.

A token starts a sentence when it is the first word, follows a paragraph break, or follows
a word whose trailing punctuation ends a sentence (., ?, !). Three cases are not decided
from punctuation alone, and come back as ``None`` ("maybe"):

- after an abbreviation that can also end a sentence (``p.m.``, ``U.S.``, ``etc.``),
- after an ellipsis (``I was... he was``), which subtitle tools do not treat as an end, and
- after a sound tag (``[Music]``, ``(laughs)``), where captions often start a sentence.

A single letter and a period (``vitamin A.``, ``a. fib``) is an initial or a letter read
out as often as an end, so it is a maybe too. Titles (``Dr.``, ``Mr.``) and abbreviations
that never end a sentence (``e.g.``, ``i.e.``, ``vs.``) give ``False``. Callers that
capitalize act only on ``True``; callers that lowercase act only on ``False``.

This is Punkt's decision procedure (NLTK's ``PunktSentenceTokenizer``) with our own
abbreviation list in place of trained parameters: :func:`punkt_tokenizer` builds that
tokenizer from the same list for callers that want sentence strings.

>>> from cleanup.transcript import Transcript
>>> sentence_starts(Transcript.from_text("Dr. Jones came at 5 p.m. then left. ok"))
[True, False, False, False, False, False, None, False, True]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Sequence

from .lexicon import data_lines
from .marks import PARAGRAPH, SENTENCE_MARKS, ends_sentence, split_punct  # noqa: F401
from .transcript import Token, Transcript


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(never_final, maybe_final) abbreviations, lowercase, without the final period."""
    never: set[str] = set()
    maybe: set[str] = set()
    for line in data_lines("abbreviations.txt"):
        word, _, kind = line.partition(" ")
        (maybe if kind.strip() == "maybe-final" else never).add(word.rstrip(".").lower())
    return frozenset(never), frozenset(maybe)


def non_final_abbreviations() -> frozenset[str]:
    """Abbreviations that never end a sentence (titles, ``e.g``, ``vs``), lowercase."""
    return _abbreviations()[0]


def is_abbreviation(core: str) -> bool:
    never, maybe = _abbreviations()
    c = core.lower()
    return c in never or c in maybe


def boundary_after(tok: Token) -> bool | None:
    """Whether a sentence ends after this token: True, False, or None for maybe."""
    return _boundary_after_text(tok.text)


@lru_cache(maxsize=1 << 16)
def _boundary_after_text(text: str) -> bool | None:
    lead, core, trail = split_punct(text)
    if not trail:
        return False
    if trail.endswith("]") or (lead.startswith("(") and trail.endswith(")") and core.isalpha()):
        return None  # after a sound tag, [Music] or (laughs), a sentence may well start
    if not ends_sentence(trail):
        return False
    if "?" in trail or "!" in trail:
        return True
    if "…" in trail or trail.lstrip("\"”’')]").startswith(".."):
        return None  # an ellipsis: a pause as often as an end
    if not core:
        return True
    never, maybe = _abbreviations()
    c = core.lower()
    if trail.startswith(".") and c in never:
        return False
    if trail.startswith(".") and (c in maybe or _is_initialism(core)):
        return None
    return True


def _is_initialism(core: str) -> bool:
    """U.S, e.g, p.m, A, a: dotted letters or a single letter (an initial, or a letter read
    out as in ``a. fib``), but not the pronoun."""
    if len(core) == 1 and core.isalpha() and core not in "Ii":
        return True
    parts = core.split(".")
    return len(parts) > 1 and all(len(p) == 1 and p.isalpha() for p in parts)


#: Sentence marks per token below which a transcript does not mark its sentences (old-style
#: auto-captions, lowercase ASR): one per 100 tokens, where speech has one per 10 to 20.
MARKS_PER_TOKEN = 0.01


def marks_sentences(transcript: Transcript, distinct: Iterable[str] | None = None) -> bool:
    """Whether a transcript marks its sentences with ``.``, ``?`` or ``!`` (at least one,
    and one per 100 tokens). In text that does not, nothing marks where a sentence starts:
    not its first word, nor a word after a line break.

    >>> [marks_sentences(Transcript.from_text(t)) for t in ("so we talked", "we talked.")]
    [False, True]

    ``distinct``: the transcript's distinct texts, when the caller has them.
    """
    texts = transcript.texts
    marked = {text for text in (set(texts) if distinct is None else distinct)
              if not SENTENCE_MARKS.isdisjoint(_trail(text))}
    if not marked:
        return False
    need, count = MARKS_PER_TOKEN * len(texts), 0
    for start in range(0, len(texts), _CHUNK):  # speech marks far more: stop when enough
        count += sum(map(marked.__contains__, texts[start:start + _CHUNK]))
        if count >= need:
            return True
    return False


_CHUNK = 1 << 14


@lru_cache(maxsize=1 << 16)
def _trail(text: str) -> str:
    return split_punct(text)[2]


def is_tag(text: str) -> bool:
    """A bracketed tag or sound description in one token: ``[doctor]``, ``[Music]``,
    ``(laughs)``. Not a word of the sentence: it keeps its case, and a sentence that
    starts at it starts at the word after it."""
    return len(text) > 2 and ((text[0] == "[" and text[-1] == "]")
                              or (text[0] == "(" and text[-1] == ")"))


@lru_cache(maxsize=1 << 16)
def _kind(text: str) -> tuple[bool, bool | None]:
    """(has a word, sentence boundary after it) for a token's text."""
    if is_tag(text):
        return False, None
    return bool(split_punct(text)[1]), _boundary_after_text(text)


def _advance(state: bool | None, text: str) -> bool | None:
    """The sentence-start state after a token with this text, given the state it was read in."""
    has_word, after = _kind(text)
    if has_word:
        return after
    if after is not False:  # punctuation alone ("?", "...") can end a sentence
        return after if state is not True else True
    return state


def _transcript(tokens: Transcript | Sequence[Token]) -> Transcript:
    """The transcript itself, or one made of the tokens (its columns are what is read)."""
    return tokens if isinstance(tokens, Transcript) else Transcript(tokens)


def sentence_starts(tokens: Transcript | Sequence[Token]) -> list[bool | None]:
    """For each token, whether it starts a sentence (None: maybe). Punctuation-only tokens
    (a dialogue dash, a music note) pass the decision on to the next word."""
    t = _transcript(tokens)
    out: list[bool | None] = []
    state: bool | None = True
    for text, sep in zip(t.texts, t.seps):
        if sep == PARAGRAPH:
            state = True
        out.append(state)
        state = _advance(state, text)
    return out


def sentence_start_at(tokens: Transcript | Sequence[Token], i: int) -> bool | None:
    """``sentence_starts(tokens)[i]``, looking back only as far as the previous word (pass
    the transcript itself: a token sequence is converted on every call)."""
    t = _transcript(tokens)
    texts, seps = t.texts, t.seps
    if seps[i] == PARAGRAPH:
        return True
    j = i - 1
    while j >= 0 and not _kind(texts[j])[0] and seps[j] != PARAGRAPH:
        j -= 1
    if j < 0:
        state: bool | None = True
        j = 0
    elif _kind(texts[j])[0]:
        state = _advance(True, texts[j])
        j += 1
    else:  # a punctuation-only token after a paragraph break
        state = True
    for k in range(j, i):
        if seps[k] == PARAGRAPH:
            state = True
        state = _advance(state, texts[k])
    return state


@lru_cache(maxsize=1)
def punkt_tokenizer():
    """NLTK's Punkt sentence tokenizer with our abbreviation list (no download needed).

    >>> punkt_tokenizer().tokenize("Ask Dr. Jones. She is in the U.S. office.")
    ['Ask Dr. Jones.', 'She is in the U.S. office.']
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    never, maybe = _abbreviations()
    params.abbrev_types = set(never) | {a for a in maybe}
    return PunktSentenceTokenizer(params)
