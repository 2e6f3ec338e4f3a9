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

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..lexicon import (FUNCTION_WORDS, filler_matches, filler_pattern, fillers, is_number,
                       token_parts, word_key)
from ..pipeline import Normalizer
from ..boundaries import is_tag
from ..transcript import PARAGRAPH, SENTENCE_END, Transcript, split_punct

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
        # The text and separator columns are read as they are, and each distinct text is
        # judged once: no Token is made, and nothing is built per token.
        texts, seps = transcript.texts, transcript.seps
        fillers = {text for text in set(texts) if self._is_filler_text(text)}
        spans: list[tuple[int, int]] = []
        for i in transcript.positions(fillers):
            if not _spoken_word(texts, seps, i):
                spans.append((i, _end_of_filler(texts, seps, i)))
        if not spans:
            return transcript
        commas = _commas_only_setting_off(texts, seps, spans)
        stripped = {k: texts[k][:-1] for k in commas if texts[k] != ","}
        spans.extend((k, k + 1) for k in commas if texts[k] == ",")
        # After a tag, a filler's standalone period leaves with it and moves nowhere:
        # "[patient] uh- . I've" → "[patient] I've" (a tag never takes punctuation).
        silent = sorted({k for s, e in spans if s and is_tag(texts[s - 1])
                         for k in range(s + 1, e)})
        if silent:
            transcript, spans = _without(transcript.with_texts(stripped), silent, spans)
            return transcript.remove(spans)
        return transcript.remove(spans, texts=stripped)

    def _is_filler_text(self, text: str) -> bool:
        core = token_parts(text)[1]
        return len(core) <= 8 and self.is_filler(core)


def _without(transcript: Transcript, gone: list[int], spans: list[tuple[int, int]],
             ) -> tuple[Transcript, list[tuple[int, int]]]:
    """The transcript without the tokens at the (sorted) indices ``gone``, and the spans
    mapped to the tokens left (from the first to the last one left in each span)."""
    is_gone = set(gone).__contains__
    moved = []
    for s, e in spans:
        left = [k - bisect_left(gone, k) for k in range(s, e) if not is_gone(k)]
        if left:
            moved.append((left[0], left[-1] + 1))
    return transcript.splice(dict.fromkeys(gone, ())), moved


def _spoken_word(texts: Sequence[str], seps: Sequence[str], i: int) -> bool:
    """``5 mm``, ``Say ah.``, ``Ah, I see.``: the word is meant, not a hesitation."""
    key = token_parts(texts[i])[3]
    if key[:1] == "a" and _acknowledges(texts, i):
        return True
    if i == 0 or seps[i] == PARAGRAPH:
        return False
    _, _, prev_trail, prev = token_parts(texts[i - 1])
    if prev_trail:
        return False
    return (key in _UNITS and (is_number(prev) or prev in _QUANTITIES)) or (prev in _SAYING and key[:1] == "a")


def _acknowledges(texts: Sequence[str], i: int) -> bool:
    """``Ah`` that understands or laughs: ``Ah, I see.``, ``OK ah OK.``, ``Ah ha ha``."""
    after = tuple(token_parts(t)[3] for t in texts[i + 1:i + 3])
    before = token_parts(texts[i - 1])[3] if i else ""
    return (after[:1] and after[0] in _ACKNOWLEDGEMENTS) or after == ("i", "see") \
        or before in _ACKNOWLEDGEMENTS


def _end_of_filler(texts: Sequence[str], seps: Sequence[str], i: int) -> int:
    """Where a filler's removal ends: a standalone comma after it goes with it (``uh ,``
    in tokenized text), and so does a standalone period when the filler opened a
    sentence or a turn (``[patient] uh- . I've``)."""
    j = i + 1
    opens = i == 0 or is_tag(texts[i - 1]) or bool(
        set(token_parts(texts[i - 1])[2]) & SENTENCE_END)
    while j < len(texts) and seps[j] != PARAGRAPH:
        text = texts[j]
        if set(text) <= _PAUSES or (opens and set(text) <= SENTENCE_END):
            j += 1
            continue
        break
    return j


def _commas_only_setting_off(texts: Sequence[str], seps: Sequence[str],
                             spans: list[tuple[int, int]]) -> list[int]:
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
        if "," not in "".join(token_parts(texts[k])[2] for k in range(s, last + 1)):
            continue
        comma = s - 1
        word = comma - 1 if texts[comma] == "," and comma > 0 else comma
        trail, key = token_parts(texts[word])[2:]
        if (word == comma and trail != ",") or (word != comma and trail):
            continue
        if key not in FUNCTION_WORDS or key in _OWN_COMMA or key.endswith("ing"):
            continue
        if last + 1 >= len(texts) or seps[last + 1] == PARAGRAPH:
            continue
        following = tuple(token_parts(t)[3] for t in texts[last + 1:last + 3])
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
        texts, seps = transcript.texts, transcript.seps
        n = len(texts)
        keys: dict[str, str] = {}  # a text's word as the phrases spell it, once per text

        def key(text: str) -> str:
            found = keys.get(text)
            if found is None:
                found = keys[text] = _plain(split_punct(text)[1].casefold())
            return found

        # Only a token that can open a phrase is looked at (every one, for an empty phrase).
        firsts = {words[0] for words in self.phrases if words}
        candidates: Iterable[int] = range(n)
        if all(self.phrases):
            openers = {text for text in set(texts) if key(text) in firsts}
            candidates = transcript.positions(openers)
        spans: list[tuple[int, int]] = []
        strip_comma: set[int] = set()
        for i in candidates:
            if spans and i < spans[-1][1]:
                continue
            for words in self.phrases:
                j = i + len(words)
                if j > n or tuple(map(key, texts[i:j])) != words:
                    continue
                if any(split_punct(t)[2] or split_punct(t)[0] for t in texts[i:j - 1]):
                    continue  # "you, know" is not the phrase
                prev_trail = split_punct(texts[i - 1])[2] if i else ""
                set_off_before = i == 0 or bool(prev_trail) or seps[i] != " "
                trail = split_punct(texts[j - 1])[2]
                set_off_after = j == n or trail[:1] in (",", ".", "?", "!", ";", "—")
                if set_off_before and set_off_after:
                    spans.append((i, j))
                    # "and, you know, it" → "and it": the aside's commas go as a pair.
                    if prev_trail == "," and trail[:1] == ",":
                        if texts[i - 1] == ",":
                            spans.append((i - 1, i))  # a comma standing alone goes whole
                        else:
                            strip_comma.add(i - 1)
                    break
        if not spans:
            return transcript
        spans.sort()
        return transcript.remove(spans, texts={k: texts[k][:-1] for k in strip_comma})


def _plain(word: str) -> str:
    return word_key(word)
