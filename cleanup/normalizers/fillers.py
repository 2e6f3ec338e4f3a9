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

from bisect import bisect_right

from dataclasses import dataclass, field
from typing import Iterable, Sequence

import regex

from ..boundaries import is_tag
from ..lexicon import (FUNCTION_WORDS, filler_matches, filler_pattern, fillers, is_number,
                       token_parts, word_key)
from ..marks import CLAUSE_MARKS, PARAGRAPH, SENTENCE_END, ends_sentence
from ..pipeline import Normalizer
from ..transcript import Transcript
from ..words import Words

# "Say ah." asks for the sound: after a verb of saying, "ah" is a word.
_SAYING = frozenset("say says said saying".split())
# A filler after a number or a quantity is a unit: "5 mm", "80 mm Hg", "a few mm".
_UNITS = frozenset({"mm"})
_QUANTITIES = frozenset({"few", "several"})
# Discourse words that open a sentence with their own comma: "So, um, I" keeps "So,".
_OWN_COMMA = frozenset("""
so well okay ok yeah yes no oh right now then actually basically anyway anyways alright
sure and but or because also however
""".split())
_ASIDES = (("you", "know"), ("i", "mean"), ("like",))
_PAUSES = frozenset(CLAUSE_MARKS)
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
    _match: regex.Pattern[str] | None = field(init=False, repr=False, compare=False)

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
        # The text and separator columns are read as they are, and each distinct text is
        # judged once: no Token is made, and nothing is built per token.
        words, edits = Words(transcript), transcript.edit()
        texts = words.texts
        spans: list[tuple[int, int]] = []
        for i in words.where(self._is_filler_text):
            if not _spoken_word(words, i):
                end = _end_of_filler(words, i)
                # A run of fillers is one span (a million "uh" are not a million edits),
                # except after a tag, whose first filler's own marks leave with it alone.
                if spans and spans[-1][1] == i and not (
                        spans[-1][0] and is_tag(texts[spans[-1][0] - 1])):
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((i, end))
        if not spans:
            return transcript
        commas = _commas_only_setting_off(words, spans)
        edits.rewrite_all({k: texts[k][:-1] for k in commas if texts[k] != ","})
        spans.extend((k, k + 1) for k in commas if texts[k] == ",")
        for s, e in spans:
            if s and is_tag(texts[s - 1]):
                # After a tag, a filler's standalone period leaves with it and moves
                # nowhere: "[patient] uh- . I've" → "[patient] I've" (a tag never takes
                # punctuation).
                edits.drop(s + 1, e, mend=False)
                e = s + 1
            edits.drop(s, e)
        del spans  # the edits hold them now: not kept while the new transcript is built
        return edits.commit()

    def _is_filler_text(self, text: str) -> bool:
        core = token_parts(text)[1]
        return len(core) <= 8 and self.is_filler(core)


def _spoken_word(words: Words, i: int) -> bool:
    """``5 mm``, ``Say ah.``, ``Ah, I see.``: the word is meant, not a hesitation."""
    key = words.key(i)
    if key[:1] == "a" and _acknowledges(words, i):
        return True
    if i == 0 or words.seps[i] == PARAGRAPH or words.trail(i - 1):
        return False
    prev = words.key(i - 1)
    return (key in _UNITS and (is_number(prev) or prev in _QUANTITIES)) \
        or (prev in _SAYING and key[:1] == "a")


def _acknowledges(words: Words, i: int) -> bool:
    """``Ah`` that understands or laughs: ``Ah, I see.``, ``OK ah OK.``, ``Ah ha ha``."""
    after = tuple(map(words.key, range(i + 1, min(i + 3, len(words)))))
    before = words.key(i - 1) if i else ""
    return (after[:1] and after[0] in _ACKNOWLEDGEMENTS) or after == ("i", "see") \
        or before in _ACKNOWLEDGEMENTS


def _end_of_filler(words: Words, i: int) -> int:
    """Where a filler's removal ends: a standalone comma after it goes with it (``uh ,``
    in tokenized text), and so does a standalone period when the filler opened a
    sentence or a turn (``[patient] uh- . I've``)."""
    texts, seps = words.texts, words.seps
    j = i + 1
    opens = i == 0 or is_tag(texts[i - 1]) or ends_sentence(words.trail(i - 1))
    while j < len(texts) and seps[j] != PARAGRAPH:
        text = texts[j]
        if set(text) <= _PAUSES or (opens and set(text) <= SENTENCE_END):
            j += 1
            continue
        break
    return j


def _union(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The tokens the spans cover, as sorted, disjoint, non-adjacent runs (starts, ends)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _run_end(starts: list[int], ends: list[int], k: int) -> int | None:
    """The end of the run that covers token ``k``, or None."""
    i = bisect_right(starts, k) - 1
    return ends[i] if i >= 0 and k < ends[i] else None


def _commas_only_setting_off(words: Words, spans: list[tuple[int, int]]) -> list[int]:
    """Tokens whose final comma only set off the filler run after them, in mid-phrase.

    ``the, uh, nodule``: the comma on ``the`` goes too. It stays at a phrase boundary
    (a content word before it), after a sentence-opening discourse word (``So, um, I``),
    after a verb form in ``-ing`` (``being, uh, putting``: a self-correction), and before
    an aside (``is, uh, you know,``).
    """
    texts, seps = words.texts, words.seps
    out: list[int] = []
    starts, ends = _union(spans)  # what is removed, as sorted runs (no set of every index)
    for s, e in spans:
        if s == 0 or _run_end(starts, ends, s - 1) is not None:
            continue
        last = (_run_end(starts, ends, e - 1) or e) - 1
        if "," not in "".join(map(words.trail, range(s, last + 1))):
            continue
        comma = s - 1
        word = comma - 1 if texts[comma] == "," and comma > 0 else comma
        trail, key = words.trail(word), words.key(word)
        if (word == comma and trail != ",") or (word != comma and trail):
            continue
        if key not in FUNCTION_WORDS or key in _OWN_COMMA or key.endswith("ing"):
            continue
        if last + 1 >= len(texts) or seps[last + 1] == PARAGRAPH:
            continue
        following = tuple(map(words.key, range(last + 1, min(last + 3, len(texts)))))
        if any(following[:len(a)] == a for a in _ASIDES):
            continue
        out.append(comma)
    return out


# Discourse fillers: removed only where commas or a sentence boundary set them off, or
# where nothing but the phrase sits between two clauses, so "if you know the answer" stays.
DISCOURSE_FILLERS: tuple[str, ...] = ("you know", "i mean", "you see", "kind of like",
                                      "like i said")


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
        words = Words(transcript)
        texts, seps, n = words.texts, words.seps, len(words)
        # Only a token that can open a phrase is looked at (every one, for an empty phrase).
        firsts = {phrase[0] for phrase in self.phrases if phrase}
        candidates: Iterable[int] = range(n)
        if all(self.phrases):
            candidates = words.where(lambda text: token_parts(text)[3] in firsts)
        spans: list[tuple[int, int]] = []
        strip_comma: set[int] = set()
        for i in candidates:
            if spans and i < spans[-1][1]:
                continue
            for phrase in self.phrases:
                j = i + len(phrase)
                if j > n or tuple(map(words.key, range(i, j))) != phrase:
                    continue
                if any(words.trail(k) or words.lead(k) for k in range(i, j - 1)):
                    continue  # "you, know" is not the phrase
                prev_trail = words.trail(i - 1) if i else ""
                set_off_before = i == 0 or bool(prev_trail) or seps[i] != " "
                trail = words.trail(j - 1)
                set_off_after = j == n or trail[:1] in (",", ".", "?", "!", ";", "—")
                if set_off_before and set_off_after:
                    # "and, you know, it" → "and it": the aside's commas go as a pair
                    # (a comma standing alone goes whole; one inside the aside before
                    # goes with it).
                    if prev_trail == "," and trail[:1] == ",":
                        if texts[i - 1] == ",":
                            spans.append((i - 1, i))
                        elif not (spans and spans[-1][1] == i):
                            strip_comma.add(i - 1)
                    spans.append((i, j))
                    break
        edits = transcript.edit()
        edits.rewrite_all({k: texts[k][:-1] for k in strip_comma})
        for start, stop in spans:
            edits.drop(start, stop)
        del spans  # the edits hold them now: not kept while the new transcript is built
        return edits.commit()


def _plain(word: str) -> str:
    return word_key(word)
