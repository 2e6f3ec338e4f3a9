"""Collapse stutters and repeated words or phrases: ``so so so`` → ``so``.

>>> CollapseRepeats()("It it the, the largest study that have had that have had it")
'It the largest study that have had it'

Run after ``remove_fillers``, so ``for sure, uh for sure`` arrives as ``for sure, for
sure`` and collapses too, and before ``capitalize_sentences``.

The rules, in the order they apply
----------------------------------
1. **What counts as a repeat.** A phrase of 1 to ``max_phrase`` words said again at once.
   Words compare case-insensitively, without their punctuation, ’ and ' alike. Between the
   copies there may be a comma, semicolon, colon or dash (``the, the``; ``to — to``), and a
   filler the earlier step removed. Never across a sentence end (. ? ! …), a paragraph, a
   quote or a bracket: ``No. No.`` and ``"so" so`` are left to the writer. Whisper's loops
   of whole sentences are :mod:`remove_hallucinations`' business.
2. **What is kept.** The last copy, so its trailing punctuation survives (``and, and
   actually`` → ``and actually``). It keeps its own spelling, but takes the first copy's
   capital where that copy opened the sentence (``It it`` → ``It``) or is the pronoun
   (``But I i`` → ``But I``), and drops a capital the first copy did not have (``the The``
   → ``the``), so the removal never strands a capital mid-sentence. A run of three or more copies collapses the same way. A stutter cut off by
   a sentence end and said again after it also goes (``subject, so so. So that’s`` →
   ``subject. So that’s``): only a copy that was itself repeated crosses the boundary, so
   ``I think so. So we`` stays.
3. **Exact copies only.** Parallel phrases differ in a word and are never touched:
   ``a little shot here, a little shot there``. A repeated phrase that is itself two such
   parallel halves (``a little shot here, a little shot there`` twice) is rhetoric, not
   a stumble, and stays even when ``max_phrase`` is large enough to see it.
4. **Doubles that are English, kept** (only when nothing separates the two copies: a comma
   between them marks a restart):
   - numbers (``five five five``, ``2 2``): digits read out are content;
   - reduplicated words (``ha ha``, ``bye bye``, ``hip hip``) always; interjections
     (``wait wait!``, ``no, no``, ``I know, I know``) when the run is set off by
     punctuation or ends the text, so ``Please wait wait for me`` still collapses;
   - an intensifier said twice before a content word: ``so so much``, ``far far away``,
     ``very very good`` (three copies, or a function word next — ``so so this`` — is a
     stutter);
   - ``had had`` (past perfect) and ``her her`` (``gave her her phone``);
   - ``that that`` unless a determiner or pronoun follows, which a demonstrative ``that``
     cannot take: ``said that that was fine`` stays, ``confident that that this
     administration`` and ``that that it turns out`` collapse;
   - ``is is`` / ``was was`` after ``what`` (``what it is is a problem``), otherwise the
     double copula of speech collapses (``the bottom line is is, if`` → ``is, if``);
   - a particle doubled after a phrasal verb: ``log in in the morning``, ``sign up up``;
   - a noun that is also a modal, after a determiner: ``The can can hold``; a verb that is
     also a noun, after ``to``: ``to address address problems``;
   - ``Will Will`` / ``May May`` opening a sentence (a modal and a name).
   A third copy of a kept double is a stutter: ``had had had`` → ``had had``.
5. **Stutters inside a word** (``fix_stutters``): ``W-what`` → ``What``, ``I-I`` → ``I``
   when the fragment begins the word and the word is a common one, so ``D-dimer``,
   ``T-test`` and ``re-record`` stay.

Lookback is bounded (at most ``8 * max_phrase`` live words, and a repeat is found by
comparing the word tuples that end at the newest word), so the work is linear in the length
of the transcript: about 0.25 s for 1 MB of captions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import regex

from ..edits import Edits
from ..lexicon import (DASH_TOKENS, DETERMINERS, FUNCTION_WORDS, data_sections, is_number,
                       token_parts, word_key, zipf)
from ..marks import CLAUSE_MARKS, CLOSERS, OPENERS, PARAGRAPH, ends_sentence
from ..pipeline import Normalizer
from ..transcript import Transcript
from ..words import Words

# Punctuation allowed between two copies: what a speaker's restart leaves in captions.
_BETWEEN = frozenset(CLAUSE_MARKS + "—–-")
_CLAUSE_MARKS = frozenset(CLAUSE_MARKS)
_QUOTES_BRACKETS = frozenset(OPENERS + CLOSERS) - {"¿", "¡"}


def _words(section: str) -> frozenset[str]:
    return frozenset(w for line in data_sections("repeat_words.txt")[section]
                     for w in line.split())


SPOKEN_DIGITS = _words("spoken_digits")
REDUPLICATED = _words("reduplicated")
ANSWERS = _words("answers")
INTERJECTIONS = _words("interjections")
INTENSIFIERS = _words("intensifiers")
NOT_AFTER_THAT = _words("not_after_that")
CANNOT_END_CLAUSE = _words("cannot_end_clause")
MODAL_NOUNS = _words("modal_nouns")
AUX_NAMES = _words("aux_names")
COMPOUND_HOMOGRAPHS = _words("compound_homographs")
PARTICLES = _words("particles")
PHRASAL_VERBS = _words("phrasal_verbs")
PREFIXES = _words("prefixes")
INTERJECTION_PHRASES = frozenset(tuple(line.split()) for line in
                                 data_sections("repeat_words.txt")["interjection_phrases"])

_STUTTER = regex.compile(r"(?i)^(?P<frag>[^\W\d_]{1,3})(?:-(?P=frag))*-(?P<word>(?P=frag)[\w'’]*)$")


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    return word in FUNCTION_WORDS or zipf(word) >= 5.5


def destutter(core: str) -> str:
    """``W-what`` → ``What``; ``I-I`` → ``I``; anything else unchanged.

    >>> destutter("W-what"), destutter("I-I-I"), destutter("D-dimer"), destutter("re-record")
    ('What', 'I', 'D-dimer', 're-record')
    """
    m = _STUTTER.match(core)
    if m is None:
        return core
    frag, word = m.group("frag"), m.group("word")
    if frag.lower() in PREFIXES and frag.lower() != word.lower() or not _common(word_key(word)):
        return core
    return frag[0] + word[1:] if frag[0].isupper() else word


def _verb_stem(word: str) -> str:
    """A crude stem for phrasal-verb lookup: logged → log, signing → sign, gives → give."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if stem in PHRASAL_VERBS:
                return stem
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in PHRASAL_VERBS:
                return stem[:-1]
            if stem + "e" in PHRASAL_VERBS:
                return stem + "e"
    return word


def _says_number(word: str) -> bool:
    """A number (:func:`cleanup.lexicon.is_number`), or a digit read out: ``five oh two``."""
    return is_number(word) or word in SPOKEN_DIGITS


@dataclass
class _State:
    """The state of one left-to-right scan: each token's parts (``keys`` follow the
    respellings), the live words since the last barrier (``stack``: their indices,
    ``skeys``: their keys) and whether the first of them opened a sentence; and what it
    found: the copies to drop (``spans``) and the words a collapse or a stutter fix
    respells (``fixed``: index → new core)."""

    words: Words
    parts: list[tuple[str, str, str, str]]
    keys: list[str]
    fixed: dict[int, str] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
    stack: list[int] = field(default_factory=list)
    skeys: list[str] = field(default_factory=list)
    run_starts_sentence: bool = True


@dataclass(frozen=True)
class CollapseRepeats(Normalizer):
    """Collapse a word or phrase of up to ``max_phrase`` words said twice or more in a row."""

    max_phrase: int = 6
    fix_stutters: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.max_phrase, int) or self.max_phrase < 1:
            raise ValueError(f"max_phrase must be a whole number of words ≥ 1, got {self.max_phrase!r}")

    def transform(self, transcript: Transcript) -> Transcript:
        words = Words(transcript)
        texts, seps = words.texts, words.seps
        parts = list(map(token_parts, texts))
        scan = _State(words, parts, [p[3] for p in parts])
        keys, fixed = scan.keys, scan.fixed
        if self.fix_stutters:
            for i, p in enumerate(parts):
                if "-" in p[1]:
                    core = destutter(p[1])
                    if core != p[1]:
                        fixed[i] = core
                        keys[i] = word_key(core)
        turns = any(seg.speaker for seg in transcript.segments)
        stack, skeys = scan.stack, scan.skeys  # cleared in place, so these stay bound
        lookback = self.max_phrase
        starts_sentence = True
        survivor: list[int] = []  # the copy kept by the latest collapse
        carry: list[int] = []  # a collapsed stutter that ended a sentence: ``so so. So``
        for j, (text, sep, (_, core, trail, key)) in enumerate(zip(texts, seps, parts)):
            if sep == PARAGRAPH or (turns and j and words.new_turn(j)):
                stack.clear(), skeys.clear()
                starts_sentence, carry = True, []
            if not core:
                # A dash is a restart and a lone comma a pause, not barriers.
                if text not in DASH_TOKENS and not set(text) <= _BETWEEN:
                    stack.clear(), skeys.clear()
                    carry = []
                    starts_sentence = starts_sentence or ends_sentence(trail)
                continue
            if not stack:
                scan.run_starts_sentence = starts_sentence
            stack.append(j)
            skeys.append(keys[j])
            starts_sentence = False
            if carry:
                carry = self._restart(scan, carry)
            # Only a word said within the last max_phrase words can close a repeat.
            while skeys[-1] in skeys[-1 - lookback:-1]:
                kept = self._collapse_tail(scan, j)
                if kept is None:
                    break
                survivor = kept
            if trail and ends_sentence(trail):
                carry = list(survivor) if survivor and survivor[-1] == j and not (
                    "?" in trail or "!" in trail or set(trail) & _QUOTES_BRACKETS) else []
                stack.clear(), skeys.clear()
                starts_sentence = True
            elif len(stack) > 8 * lookback:  # bounded lookback keeps this linear
                del stack[: -4 * lookback], skeys[: -4 * lookback]
                scan.run_starts_sentence = False
        edits = _edits(transcript, scan)
        del scan, parts, keys, fixed, stack, skeys  # the per-token lists go before the
        return edits.commit()                        # new transcript is built

    @staticmethod
    def _restart(scan: _State, carry: list[int]) -> list[int]:
        """A stutter cut off by a sentence end and said again after it: ``so so. So that’s``
        → ``So that’s`` (the period moves back to the word before). Only a copy that was
        itself repeated crosses the boundary, so ``I think so. So we`` stays."""
        n = len(scan.stack)
        if [scan.keys[i] for i in carry[:n]] != [scan.keys[i] for i in scan.stack]:
            return []
        if n < len(carry):
            return carry
        scan.spans.append((carry[0], carry[-1] + 1))
        return []

    def _collapse_tail(self, scan: _State, j: int) -> list[int] | None:
        """Collapse one repeat ending at the top of the stack; return the kept copy's indices."""
        stack, skeys, parts = scan.stack, scan.skeys, scan.parts
        size = len(stack)
        last = skeys[-1]
        for n in range(1, min(self.max_phrase, size // 2) + 1):
            if skeys[-1 - n] != last or skeys[-2 * n:-n] != skeys[-n:]:
                continue
            first_end, second_start = stack[-n - 1], stack[-n]
            # The punctuation between the copies: the first's trail, any tokens between,
            # and the second's lead (``I said ,I said``: a comma that lost its space).
            between = parts[first_end][2] + "".join(
                scan.words.texts[first_end + 1:second_start]) + parts[second_start][0]
            if any(ch not in _BETWEEN for ch in between):
                continue
            inner = stack[-2 * n:]
            if any(ch in _QUOTES_BRACKETS for k in inner[1:] for ch in parts[k][0]) or \
               any(ch in _QUOTES_BRACKETS for k in inner[:-1] for ch in parts[k][2]):
                continue
            if _keep(scan, n, j, between):
                continue
            scan.spans.append((stack[-2 * n], second_start))
            opens = scan.run_starts_sentence and size == 2 * n
            for k in range(n):
                first, kept = _core(scan, stack[-2 * n + k]), _core(scan, stack[-n + k])
                # The kept copy keeps its own spelling, but takes the first copy's capital
                # where that copy opened the sentence (``It it`` → ``It``) or is the pronoun
                # (``I i`` → ``I``), and never keeps a capital the first copy did not have
                # (``the The`` → ``the``).
                pronoun = skeys[-n + k] == "i" or skeys[-n + k].startswith("i'")
                if first != kept and ((k == 0 and opens) or (pronoun and first[:1] == "I")
                                      or (kept[:1].isupper() and not first[:1].isupper())):
                    scan.fixed[stack[-n + k]] = first
            del stack[-2 * n:-n], skeys[-2 * n:-n]
            return stack[-n:]
        return None


def _core(scan: _State, i: int) -> str:
    """Token ``i``'s word as it now stands (its own, or as a fix left it)."""
    fixed = scan.fixed.get(i)
    return scan.parts[i][1] if fixed is None else fixed


def _edits(transcript: Transcript, scan: _State) -> Edits:
    """The copies found dropped (a longer repeat can hold a shorter one), the respelled
    words rewritten (a word that is dropped anyway keeps its spelling: only its core
    differs, never the punctuation its drop mends)."""
    edits, parts = transcript.edit(), scan.parts
    edits.drop_all(scan.spans)
    dropped = {k for start, stop in scan.spans for k in range(start, stop)} if scan.fixed else ()
    edits.rewrite_all({i: parts[i][0] + core + parts[i][2] for i, core in scan.fixed.items()
                       if core != parts[i][1] and i not in dropped})
    return edits


def _keep(scan: _State, n: int, j: int, between: str) -> bool:
    """Whether an exact repeat of ``n`` words ending at token ``j`` is English, not a stumble.

    A comma, semicolon or colon between the copies marks a clause boundary: there only a
    clear restart collapses (``to, to correct``, ``we did, we did it``), and emphasis
    (``very, very good``) or a word that ends one clause and starts the next (``with Lex,
    Lex is``) stays. Copies that differ in capitals (``really, REALLY``) are emphasis.
    """
    skeys, stack, parts, keys = scan.skeys, scan.stack, scan.parts, scan.keys
    copies = [_core(scan, k) for k in stack[-2 * n:]]
    if any(c.isupper() and len(c) > 1 for c in copies) and not all(
            c.isupper() for c in copies):
        return True  # really, REALLY: shouted for emphasis
    nxt = keys[j + 1] if j + 1 < len(keys) and scan.words.seps[j + 1] != PARAGRAPH \
        and keys[j + 1] else None
    set_off = bool(between)
    clause = bool(set(between) & _CLAUSE_MARKS)
    set_off_after = bool(parts[j][2]) or nxt is None
    phrase = tuple(skeys[-n:])
    if all(_says_number(w) or w in REDUPLICATED or w in ANSWERS for w in phrase):
        return True  # "ha ha, ha ha", "yeah yeah", "one one two": the words themselves
    if n > 1:
        if phrase in INTERJECTION_PHRASES and (set_off or set_off_after):
            return True
        if clause and all(w not in FUNCTION_WORDS and "'" not in w for w in phrase):
            return True  # "about code whisperer, code whisperer is": a name said again
        return _parallel(parts, stack[-n:], skeys[-n:])
    word = phrase[0]
    before = skeys[-3] if len(skeys) >= 3 else None
    if _says_number(word) or word in REDUPLICATED or word in ANSWERS:
        return True
    if word in INTERJECTIONS and (set_off or set_off_after):
        return True
    if clause:  # emphasis repeats itself too: "we love, love, love it"
        return word not in CANNOT_END_CLAUSE
    if before == word or set_off:
        return False  # a third copy, or a dash-marked restart
    if word in INTENSIFIERS:
        return nxt is not None and nxt != word and nxt not in FUNCTION_WORDS and not parts[j][2]
    if word in ("had", "her"):
        return True
    if word == "that":
        return nxt is not None and nxt not in NOT_AFTER_THAT and not parts[j][2]
    if word in ("is", "was"):
        return "what" in skeys[-6:-2]
    if word in PARTICLES:
        return before is not None and _verb_stem(before) in PHRASAL_VERBS
    if word in MODAL_NOUNS and before in DETERMINERS:
        return True
    if word in COMPOUND_HOMOGRAPHS and before == "to":
        return True
    if word in AUX_NAMES and len(stack) == 2 and scan.run_starts_sentence \
            and _core(scan, stack[-1])[:1].isupper():
        return True
    if word == "you" and nxt in ("know", "see") and before not in FUNCTION_WORDS \
            and before is not None:
        return True  # "cancel you you know": the object, then the aside
    return False


def _parallel(parts: Sequence[tuple[str, str, str, str]], indices: Sequence[int],
              words: Sequence[str]) -> bool:
    """A copy made of two comma-split halves that differ in exactly one word is rhetoric."""
    for cut in range(1, len(words)):
        if parts[indices[cut - 1]][2][:1] != "," or 2 * cut != len(words):
            continue
        a, b = words[:cut], words[cut:]
        if sum(x != y for x, y in zip(a, b)) == 1:
            return True
    return False
