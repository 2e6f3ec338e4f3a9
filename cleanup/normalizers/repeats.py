"""Collapse stutters and repeated words or phrases: ``so so so`` → ``so``.

>>> CollapseRepeats()("It it the, the largest study that have had that have had it")
'It the largest study that have had it'

A repeat is collapsed only with evidence that it is a stumble; one that may be English
is proposed, not made (held back unless the run applies suggestions, see
:mod:`cleanup.gate`):

>>> CollapseRepeats()("I I think we should take you you can't stay")
"I think we should take you you can't stay"

Run after ``remove_fillers``, so ``for sure, uh for sure`` arrives as ``for sure, for
sure``, and before ``capitalize_sentences``.

The rules, in the order they apply
----------------------------------
1. **What counts as a repeat.** A phrase of 1 to ``max_phrase`` words said again at once.
   Words compare case-insensitively, without their punctuation, ’ and ' alike. Between the
   copies there may be a comma, semicolon, colon or dash (``the, the``; ``to — to``), and a
   filler the earlier step removed. Never across a sentence end (. ? ! …), a paragraph, a
   quote or a bracket: ``No. No.`` and ``"so" so`` are left to the writer. Whisper's loops
   of whole sentences are :mod:`remove_hallucinations`' business.
2. **What is English, what is certain, what is proposed**: :mod:`.repeat_evidence`
   (``had had`` stays; ``the the`` goes; ``take you you can't`` is proposed).
3. **What is kept.** The last copy, so its trailing punctuation survives (``and, and
   actually`` → ``and actually``). It keeps its own spelling, but takes the first copy's
   capital where that copy opened the sentence (``It it`` → ``It``) or is the pronoun
   (``But I i`` → ``But I``), and drops a capital the first copy did not have (``the The``
   → ``the``), so the removal never strands a capital mid-sentence. A run of three or more
   copies is one collapse. A stutter cut off by a sentence end and said again after it
   also goes (``subject, so so. So that’s`` → ``subject. So that’s``): only a copy that was
   itself repeated crosses the boundary, so ``I think so. So we`` stays.
4. **Exact copies only.** Parallel phrases differ in a word and are never touched:
   ``a little shot here, a little shot there``.
5. **Stutters inside a word** (``fix_stutters``): ``W-what`` → ``What``, ``I-I`` → ``I``
   when the fragment begins the word and the word is a common one, so ``D-dimer``,
   ``T-test`` and ``re-record`` stay.

Each edit carries its evidence (:attr:`cleanup.edits.Edits.evidence`). Collapses that
depend on each other (a longer repeat holding a shorter one) are made or proposed together.
Lookback is bounded (at most ``8 * max_phrase`` live words, and a repeat is found by
comparing the word tuples that end at the newest word), so the work is linear in the length
of the transcript: about 0.25 s for 1 MB of captions.
"""
from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field
from typing import Iterable

from ..edits import Edits, merged_spans
from ..lexicon import DASH_TOKENS, token_parts, word_key
from ..marks import CLAUSE_MARKS, CLOSERS, OPENERS, PARAGRAPH, ends_sentence
from ..pipeline import Normalizer
from ..transcript import Transcript
from ..words import Words
from .repeat_evidence import Repeat, destutter, doubt, judge, keep

__all__ = ["CollapseRepeats", "destutter"]

# Punctuation allowed between two copies: what a speaker's restart leaves in captions.
_BETWEEN = frozenset(CLAUSE_MARKS + "—–-")
_QUOTES_BRACKETS = frozenset(OPENERS + CLOSERS) - {"¿", "¡"}


@dataclass
class _State:
    """The state of one left-to-right scan: each token's parts (``keys`` follow the
    respellings), the live words since the last barrier (``stack``: their indices,
    ``skeys``: their keys), how their run started (``opened_by``: "text", "break", "mark"
    or None); and what it found: the collapses (group ``g``: ``said[g]``, the copies;
    ``reasons[g]``, its evidence or None; ``emphatic[g]``, whether it may be emphasis, which
    more copies do not change; ``copies[g]``, how many), the copies to drop (``spans``:
    start, stop, group), the words respelled (``fixed``: index → new core; ``fix_group``:
    the collapse that respelled it; ``stuttered``: fixed by destutter), which collapse claims
    each token (``owner``) and the collapses that claim the same tokens (``links``)."""

    words: Words
    parts: list[tuple[str, str, str, str]]
    keys: list[str]
    fixed: dict[int, str] = field(default_factory=dict)
    stuttered: set[int] = field(default_factory=set)
    said: list[str] = field(default_factory=list)
    reasons: list[str | None] = field(default_factory=list)
    emphatic: list[bool] = field(default_factory=list)
    copies: list[int] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    fix_group: dict[int, int] = field(default_factory=dict)
    owner: array = field(default_factory=lambda: array("q"))  # token → group, -1: none
    links: list[tuple[int, int]] = field(default_factory=list)
    stack: list[int] = field(default_factory=list)
    skeys: list[str] = field(default_factory=list)
    opened_by: str | None = "text"
    survivor: tuple[list[int], int] | None = None  # the latest kept copy and its group

    def claim(self, tokens: Iterable[int], group: int) -> None:
        """``group`` drops or respells these tokens; one found before it may have too (the
        later collapse was found on the text the earlier one left)."""
        owner = self.owner
        if not owner:  # 8 bytes a token, made on the first claim
            owner.extend(array("q", [-1]) * len(self.parts))
        for k in tokens:
            other = owner[k]
            if other != group:
                if other >= 0:
                    self.links.append((other, group))
                owner[k] = group


@dataclass(frozen=True)
class CollapseRepeats(Normalizer):
    """Collapse a word or phrase of up to ``max_phrase`` words said twice or more in a row."""

    max_phrase: int = 6
    fix_stutters: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.max_phrase, int) or self.max_phrase < 1:
            raise ValueError("max_phrase must be a whole number of words ≥ 1, "
                             f"got {self.max_phrase!r}")

    def transform(self, transcript: Transcript) -> Transcript:
        words = Words(transcript)
        texts, seps = words.texts, words.seps
        parts = list(map(token_parts, texts))
        scan = _State(words, parts, [p[3] for p in parts])
        if self.fix_stutters:
            _destutter(scan)
        turns = any(seg.speaker for seg in transcript.segments)
        stack, skeys, keys = scan.stack, scan.skeys, scan.keys  # cleared in place
        lookback = self.max_phrase
        longest = 8 * lookback
        opened: str | None = "text"  # how the next run of words starts, if it starts one
        carry: tuple[list[int], int] | None = None  # a stutter that ended a sentence: so so. So
        for j, (text, sep, (_, core, trail, key)) in enumerate(zip(texts, seps, parts)):
            if sep == PARAGRAPH or (turns and j and words.new_turn(j)):
                stack.clear()
                skeys.clear()
                opened, carry = "break", None
            if not core:
                # A dash is a restart and a lone comma a pause, not barriers.
                if text not in DASH_TOKENS and not set(text) <= _BETWEEN:
                    stack.clear()
                    skeys.clear()
                    carry = None
                    opened = opened or ("mark" if ends_sentence(trail) else None)
                continue
            if not stack:
                scan.opened_by = opened
            stack.append(j)
            skeys.append(keys[j])
            opened = None
            if carry is not None:
                carry = self._restart(scan, carry)
            # Only a word said within the last max_phrase words can close a repeat (the
            # word itself stays on top of the stack whatever a collapse takes away).
            while keys[j] in skeys[-1 - lookback:-1] and self._collapse_tail(scan, j):
                pass
            if trail and ends_sentence(trail):
                survivor = scan.survivor
                carry = survivor if survivor and survivor[0][-1] == j and not (
                    "?" in trail or "!" in trail or set(trail) & _QUOTES_BRACKETS) else None
                stack.clear()
                skeys.clear()
                opened = "mark"
            elif len(stack) > longest:  # bounded lookback keeps this linear
                del stack[: -4 * lookback], skeys[: -4 * lookback]
                scan.opened_by = None
        edits = _edits(transcript, scan)
        del scan, parts, keys, stack, skeys  # the per-token lists go before the
        return edits.commit()                # new transcript is built

    @staticmethod
    def _restart(scan: _State, carry: tuple[list[int], int]) -> tuple[list[int], int] | None:
        """A stutter cut off by a sentence end and said again after it: ``so so. So that’s``
        → ``So that’s`` (the period moves back to the word before). Only a copy that was
        itself repeated crosses the boundary, so ``I think so. So we`` stays."""
        copy, group = carry
        n = len(scan.stack)
        if [scan.keys[i] for i in copy[:n]] != [scan.keys[i] for i in scan.stack]:
            return None
        if n < len(copy):
            return carry
        scan.copies[group] += 1
        scan.claim(range(copy[0], copy[-1] + 1), group)
        scan.spans.append((copy[0], copy[-1] + 1, group))
        return None

    def _collapse_tail(self, scan: _State, j: int) -> bool:
        """Collapse one repeat ending at the top of the stack (True), or find none."""
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
            repeat = _repeat(scan, n, j, between)
            if keep(repeat):
                continue
            group = _group(scan, n, repeat)
            scan.claim(range(stack[-2 * n], second_start), group)
            scan.spans.append((stack[-2 * n], second_start, group))
            _respell(scan, n, group, repeat.cores)
            del stack[-2 * n:-n], skeys[-2 * n:-n]
            scan.survivor = (stack[-n:], group)
            return True
        return False


def _destutter(scan: _State) -> None:
    """``W-what`` → ``What`` (rule 5), before the scan compares words."""
    parts = scan.parts
    for i in scan.words.where(lambda text: "-" in text):  # a hyphen's tokens only
        p = parts[i]
        if "-" in p[1]:
            core = destutter(p[1])
            if core != p[1]:
                scan.fixed[i] = core
                scan.keys[i] = word_key(core)
                scan.stuttered.add(i)


def _repeat(scan: _State, n: int, j: int, between: str) -> Repeat:
    """The repeat of ``n`` words ending at token ``j``, as :mod:`.repeat_evidence` reads it."""
    stack, keys, parts, fixed = scan.stack, scan.keys, scan.parts, scan.fixed
    copies = stack[-2 * n:]
    nxt = keys[j + 1] if j + 1 < len(keys) and scan.words.seps[j + 1] != PARAGRAPH \
        and keys[j + 1] else None
    size = len(stack)
    return Repeat(tuple(scan.skeys[-n:]), tuple([fixed.get(k) or parts[k][1] for k in copies]),
                  between, tuple([parts[k][2] for k in copies[n:]]),
                  tuple(scan.skeys[max(0, size - 2 * n - 4):-2 * n]), nxt,
                  bool(parts[j][2]) or nxt is None,
                  scan.opened_by is not None and size == 2 * n,
                  bool(scan.stuttered) and not scan.stuttered.isdisjoint(copies))


def _group(scan: _State, n: int, repeat: Repeat) -> int:
    """The collapse's group: the previous one when its kept copy is said again (a third
    copy), else a new one judged by its evidence."""
    if scan.survivor is not None and scan.survivor[0] == scan.stack[-2 * n:-n]:
        group = scan.survivor[1]
        scan.copies[group] += 1
        return group
    reason, emphatic = judge(repeat)
    scan.said.append(sys.intern(repeat.said))  # the same few words, collapse after collapse
    scan.reasons.append(reason)
    scan.emphatic.append(emphatic)
    scan.copies.append(2)
    return len(scan.said) - 1


def _respell(scan: _State, n: int, group: int, cores: tuple[str, ...]) -> None:
    """The kept copy keeps its own spelling, but takes the first copy's capital where that
    copy opened the sentence (``It it`` → ``It``) or is the pronoun (``I i`` → ``I``), and
    never keeps a capital the first copy did not have (``the The`` → ``the``). ``cores``:
    the words of both copies."""
    if cores[:n] == cores[n:]:
        return  # spelled alike: nothing to take over (the usual case)
    stack, skeys = scan.stack, scan.skeys
    opens = scan.opened_by is not None and len(stack) == 2 * n
    for k in range(n):
        first, kept = cores[k], cores[n + k]
        pronoun = skeys[-n + k] == "i" or skeys[-n + k].startswith("i'")
        if first != kept and ((k == 0 and opens) or (pronoun and first[:1] == "I")
                              or (kept[:1].isupper() and not first[:1].isupper())):
            scan.fixed[stack[-n + k]] = first
            scan.fix_group[stack[-n + k]] = group
            scan.claim((stack[-n + k],), group)


def _verdicts(scan: _State) -> list[str | None]:
    """Each group's evidence, None for a group found on the text a proposal left (it stands
    or falls with it: ``the cat cat the cat`` is one repeat once ``cat cat`` is gone)."""
    verdicts = [reason if reason is not None or copies < 3 or emphatic
                else f"'{said}': said {copies} times in a row" for said, reason, emphatic, copies
                in zip(scan.said, scan.reasons, scan.emphatic, scan.copies)]
    for earlier, later in sorted(scan.links, key=lambda link: link[1]):
        if verdicts[earlier] is None:
            verdicts[later] = None
    return verdicts


def _proposals(scan: _State, verdicts: list[str | None]) -> dict[int, int]:
    """Each group without evidence → its proposal (those that claim the same tokens are
    one proposal: a union-find over the links)."""
    root = {g: g for g, verdict in enumerate(verdicts) if verdict is None}

    def find(g: int) -> int:
        while root[g] != g:
            root[g] = root[root[g]]
            g = root[g]
        return g

    for earlier, later in scan.links:
        if earlier in root and later in root:
            a, b = find(earlier), find(later)
            if a != b:
                root[max(a, b)] = min(a, b)
    return {g: find(g) for g in root}


def _runs(tokens: set[int]) -> list[tuple[int, int]]:
    """Token indices as ``[start, stop)`` runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for k in sorted(tokens):
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def _edits(transcript: Transcript, scan: _State) -> Edits:
    """The collapses as edits carrying their evidence; those without evidence proposed
    (:meth:`Edits.suggest`), leaving alone what the certain edits claim. A word a certain
    collapse drops keeps its spelling (only its core would differ, never the punctuation
    its drop mends); destuttered words are rewritten."""
    edits, parts, n = transcript.edit(), scan.parts, len(scan.parts)
    verdicts = _verdicts(scan)
    evidence: dict[int, str] = {}
    for start, stop, g in scan.spans:
        verdict = verdicts[g]
        if verdict is not None:
            evidence.setdefault(start, verdict)
    certain = merged_spans([(s, e) for s, e, g in scan.spans if verdicts[g] is not None], n)
    dropped = {k for s, e in certain for k in range(s, e)}
    for s, e in certain:
        edits.drop(s, e, evidence=evidence.get(s) or next(
            v for v in map(evidence.get, range(s, e)) if v))
    respelled = {i: g for i, g in scan.fix_group.items() if verdicts[g] is not None}
    for i in scan.stuttered.union(respelled).difference(dropped):
        if scan.fixed[i] != parts[i][1]:
            why = verdicts[respelled[i]] if i in respelled else \
                f"'{parts[i][1]}': a stutter fragment before the word"
            edits.rewrite(i, parts[i][0] + scan.fixed[i] + parts[i][2], evidence=why)
    proposal = _proposals(scan, verdicts)
    found: dict[int, tuple[list[int], set[int], list[int]]] = {}  # groups, drops, respellings
    for g, p in proposal.items():
        found.setdefault(p, ([], set(), []))[0].append(g)
    for s, e, g in scan.spans:
        if g in proposal:
            found[proposal[g]][1].update(range(s, e))
    for i, g in scan.fix_group.items():
        if g in proposal:
            found[proposal[g]][2].append(i)
    taken = dropped.union(scan.stuttered, respelled)
    for members, drops, fixes in found.values():
        drops -= taken  # what a certain edit claims stays with it
        why = "; ".join(dict.fromkeys(doubt(scan.said[g], scan.emphatic[g]) for g in members))
        with edits.suggest(why, 0.5):
            for s, e in _runs(drops):
                edits.drop(s, e)
            for i in fixes:
                if i not in drops and i not in dropped and scan.fixed[i] != parts[i][1]:
                    edits.rewrite(i, parts[i][0] + scan.fixed[i] + parts[i][2])
    return edits
