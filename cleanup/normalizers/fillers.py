"""Remove fillers (uh, um, er, hmm …) and, in the readable style, set-off discourse fillers.

>>> RemoveFillers()("shots to um uh, to look. Um, that’s it, uh?")
'shots to to look. that’s it?'

Removal mends the punctuation the filler carried (see :meth:`Transcript.remove`): its
comma goes with it, a sentence end moves to the word before. Run before
``collapse_repeats`` (so ``to um, to`` becomes ``to to`` and then ``to``) and before
``capitalize_sentences`` (so ``Um, that’s`` becomes ``That’s``).

The word list is ``cleanup/data/fillers.txt``; lengthened spellings (``ummm``, ``uhhh``)
match too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..lexicon import (FUNCTION_WORDS, filler_matches, filler_pattern, fillers, token_parts,
                       word_key)
from ..pipeline import Normalizer
from ..boundaries import is_tag
from ..transcript import PARAGRAPH, SENTENCE_END, Token, Transcript, split_punct

# "Say ah." asks for the sound: after a verb of saying, "ah" is a word.
_SAYING = frozenset("say says said saying".split())
# A filler after a number is a unit: "5 mm", "80 mm Hg".
_UNITS = frozenset({"mm"})
_NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
fifty sixty seventy eighty ninety hundred few several
""".split())
# Discourse words that open a sentence with their own comma: "So, um, I" keeps "So,".
_OWN_COMMA = frozenset("""
so well okay ok yeah yes no oh right now then actually basically anyway anyways alright
sure and but or because also however
""".split())
_ASIDES = (("you", "know"), ("i", "mean"), ("like",))
_PAUSES = frozenset(",;:")
# Words of understanding or laughter that make an "ah" beside them a word, not a pause.
_ACKNOWLEDGEMENTS = frozenset("ok okay right yes yeah ha haha gotcha understood alright".split())


@dataclass(frozen=True)
class RemoveFillers(Normalizer):
    """Drop filler tokens such as ``uh`` and ``um`` (also ``Uhh,`` and ``-um-``).

    A filler set off by commas in mid-phrase takes both commas with it: ``the size of the,
    uh, nodule`` → ``the size of the nodule``; at a phrase boundary the first comma stays
    (``surgery, um, but`` → ``surgery, but``). Not fillers: ``ER`` in capitals (the
    emergency room), ``mm`` after a number (``5 mm``), and a filler after a verb of saying
    (``Say ah.``).

    >>> RemoveFillers()("the size of the, uh, nodule is 5 mm. Say ah.")
    'the size of the nodule is 5 mm. Say ah.'
    """

    words: Sequence[str] = field(default_factory=fillers)

    def __post_init__(self) -> None:
        words = tuple(str(w).strip().lower() for w in self.words if str(w).strip())
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "_match", filler_pattern(words))

    def is_filler(self, core: str) -> bool:
        """Whether a word, out of context, is one of this step's fillers."""
        return filler_matches(self._match, core)

    def transform(self, transcript: Transcript) -> Transcript:
        if self._match is None:
            return transcript
        toks = transcript.tokens
        verdicts: dict[str, bool] = {}
        spans: list[tuple[int, int]] = []
        for i, tok in enumerate(toks):
            filler = verdicts.get(tok.text)
            if filler is None:
                core = token_parts(tok.text)[1]
                filler = verdicts[tok.text] = len(core) <= 8 and self.is_filler(core)
            if filler and not _spoken_word(toks, i):
                spans.append((i, _end_of_filler(toks, i)))
        if not spans:
            return transcript
        commas = _commas_only_setting_off(toks, spans)
        stripped = {k: toks[k].text[:-1] for k in commas if toks[k].text != ","}
        spans.extend((k, k + 1) for k in commas if toks[k].text == ",")
        # After a tag, a filler's standalone period leaves with it and moves nowhere:
        # "[patient] uh- . I've" → "[patient] I've" (a tag never takes punctuation).
        silent = {toks[k].id for s, e in spans if s and is_tag(toks[s - 1].text)
                  for k in range(s + 1, e) if toks[k].id is not None}
        if stripped:
            transcript = transcript.with_texts(stripped)
        if silent:
            transcript = transcript.with_tokens(t for t in transcript.tokens if t.id not in silent)
            where = {old: new for new, old in enumerate(
                i for i, t in enumerate(toks) if t.id not in silent)}
            spans = [(where[s], max(where[k] for k in range(s, e) if k in where) + 1)
                     for s, e in spans]
        return transcript.remove(spans)


def _is_number(key: str) -> bool:
    return key in _NUMBER_WORDS or key.replace(",", "").replace(".", "").isdigit()


def _spoken_word(toks: Sequence[Token], i: int) -> bool:
    """``5 mm``, ``Say ah.``, ``Ah, I see.``: the word is meant, not a hesitation."""
    key = token_parts(toks[i].text)[3]
    if key[:1] == "a" and _acknowledges(toks, i):
        return True
    if i == 0 or toks[i].sep == PARAGRAPH:
        return False
    _, _, prev_trail, prev = token_parts(toks[i - 1].text)
    if prev_trail:
        return False
    return (key in _UNITS and _is_number(prev)) or (prev in _SAYING and key[:1] == "a")


def _acknowledges(toks: Sequence[Token], i: int) -> bool:
    """``Ah`` that understands or laughs: ``Ah, I see.``, ``OK ah OK.``, ``Ah ha ha``."""
    after = tuple(token_parts(t.text)[3] for t in toks[i + 1:i + 3])
    before = token_parts(toks[i - 1].text)[3] if i else ""
    return (after[:1] and after[0] in _ACKNOWLEDGEMENTS) or after == ("i", "see") \
        or before in _ACKNOWLEDGEMENTS


def _end_of_filler(toks: Sequence[Token], i: int) -> int:
    """Where a filler's removal ends: a standalone comma after it goes with it (``uh ,``
    in tokenized text), and so does a standalone period when the filler opened a
    sentence or a turn (``[patient] uh- . I've``)."""
    j = i + 1
    opens = i == 0 or is_tag(toks[i - 1].text) or bool(
        set(token_parts(toks[i - 1].text)[2]) & SENTENCE_END)
    while j < len(toks) and toks[j].sep != PARAGRAPH:
        text = toks[j].text
        if set(text) <= _PAUSES or (opens and set(text) <= SENTENCE_END):
            j += 1
            continue
        break
    return j


def _commas_only_setting_off(toks: Sequence[Token], spans: list[tuple[int, int]]) -> list[int]:
    """Tokens whose final comma only set off the filler run after them, in mid-phrase.

    ``the, uh, nodule``: the comma on ``the`` goes too. It stays at a phrase boundary
    (a content word before it), after a sentence-opening discourse word (``So, um, I``),
    after a verb form in ``-ing`` (``being, uh, putting``: a self-correction), and before
    an aside (``is, uh, you know,``).
    """
    out: list[int] = []
    removed = {k for s, e in spans for k in range(s, e)}
    for s, e in spans:
        if s == 0 or s - 1 in removed:
            continue
        last = e - 1
        while last + 1 in removed:
            last += 1
        if "," not in "".join(token_parts(toks[k].text)[2] for k in range(s, last + 1)):
            continue
        comma = s - 1
        word = comma - 1 if toks[comma].text == "," and comma > 0 else comma
        trail, key = token_parts(toks[word].text)[2:]
        if (word == comma and trail != ",") or (word != comma and trail):
            continue
        if key not in FUNCTION_WORDS or key in _OWN_COMMA or key.endswith("ing"):
            continue
        if last + 1 >= len(toks) or toks[last + 1].sep == PARAGRAPH:
            continue
        following = tuple(token_parts(t.text)[3] for t in toks[last + 1:last + 3])
        if any(following[:len(a)] == a for a in _ASIDES):
            continue
        out.append(comma)
    return out


# Discourse fillers: removed only where commas or a sentence boundary set them off, or
# where nothing but the phrase sits between two clauses, so "if you know the answer" stays.
DISCOURSE_FILLERS: tuple[str, ...] = ("you know", "i mean", "you see", "kind of like", "like i said")


@dataclass(frozen=True)
class RemoveDiscourseFillers(Normalizer):
    """Readable style: drop ``you know`` / ``I mean`` where they are set off as asides.

    >>> RemoveDiscourseFillers()("and, you know, it works. I mean, it is fine. Do you know him?")
    'and it works. it is fine. Do you know him?'
    """

    phrases: Sequence[str] = DISCOURSE_FILLERS

    def __post_init__(self) -> None:
        object.__setattr__(self, "phrases",
                           tuple(tuple(_plain(p).split()) for p in self.phrases))

    def transform(self, transcript: Transcript) -> Transcript:
        toks = transcript.tokens
        spans: list[tuple[int, int]] = []
        strip_comma: set[int] = set()
        for i in range(len(toks)):
            if spans and i < spans[-1][1]:
                continue
            for words in self.phrases:
                j = i + len(words)
                if j > len(toks) or tuple(_plain(t.word) for t in toks[i:j]) != words:
                    continue
                if any(split_punct(t.text)[2] or split_punct(t.text)[0] for t in toks[i:j - 1]):
                    continue  # "you, know" is not the phrase
                prev_trail = split_punct(toks[i - 1].text)[2] if i else ""
                set_off_before = i == 0 or bool(prev_trail) or toks[i].sep != " "
                trail = split_punct(toks[j - 1].text)[2]
                set_off_after = j == len(toks) or trail[:1] in (",", ".", "?", "!", ";", "—")
                if set_off_before and set_off_after:
                    spans.append((i, j))
                    # "and, you know, it" → "and it": the aside's commas go as a pair.
                    if prev_trail == "," and trail[:1] == ",":
                        if toks[i - 1].text == ",":
                            spans.append((i - 1, i))  # a comma standing alone goes whole
                        else:
                            strip_comma.add(i - 1)
                    break
        if not spans:
            return transcript
        spans.sort()
        out = transcript.map_tokens(
            lambda k, tok: tok.text[:-1] if k in strip_comma else tok.text)
        return out.remove(spans)


def _plain(word: str) -> str:
    return word_key(word)
