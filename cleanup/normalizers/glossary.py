"""Spell glossary terms the canonical way: brand-name medicines, eponymous conditions, your own.

>>> ApplyGlossary()("botox and hashimoto’s, then graves disease")
'Botox and Hashimoto’s, then Graves disease'
>>> ApplyGlossary(terms=("iPhone",), builtin=False)("my IPHONE and botox")
'my iPhone and botox'

Terms match case-insensitively on whole words, ignoring ’ versus ' and accents, and a
term matches its possessive too (``Hashimoto`` recases ``hashimoto’s`` and the reverse).
Multi-word and hyphenated terms match a run of words (``graves disease``, ``guillain barre
syndrome``, ``guillain-barre syndrome``) whose inner tokens carry no punctuation, and each
word is recased where it stands: tokens keep their timings, punctuation and letters, and
are never merged or split. Only letter case changes — never a letter, an accent or an
apostrophe — so the glossary cannot put a word into a transcript that was not said.

The built-in list (``cleanup/data/glossary_medical.txt``, ``builtin=True``) holds brand
names and eponyms that are not ordinary English words, so ``ensure`` stays ``ensure``.
User terms come first: ``terms=("BOTOX",)`` beats the built-in ``Botox``.

Run after fix_stray_capitals, which may lowercase a capitalized term it does not know, and
before capitalize_sentences, which then capitalizes a term at a sentence start (``iPhone``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..lexicon import APOSTROPHES as _APOSTROPHES, fold_apostrophes, glossary_terms
from ..pipeline import Normalizer
from ..marks import split_punct
from ..transcript import Transcript
from ..words import Words


# Characters stripped from a token's ends before the quick index check; anything not
# stripped here is handled exactly by split_punct on the slow path.
_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?…-—–*/"


def _fold(word: str) -> str:
    """Case-folded, accents dropped, ’ as ' : the form terms and tokens are compared in."""
    word = fold_apostrophes(word.casefold())
    if not word.isascii():
        word = "".join(ch for ch in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(ch))
    return word


def _stem(key: str) -> tuple[str, bool]:
    """The key without a possessive ending, and whether it had one (hashimoto's -> hashimoto)."""
    if key.endswith("'s") and len(key) > 2:
        return key[:-2], True
    if key.endswith("'") and len(key) > 1:
        return key[:-1], True
    return key, False


_Parsed = tuple[str, str, str, list[str]]  # lead, core, trail, and the folded subwords


@dataclass(frozen=True)
class _Term:
    keys: tuple[str, ...]        # folded stems of the term's words
    words: tuple[str, ...]       # the canonical words
    possessive: tuple[bool, ...]  # which words are possessive (Graves’, Hashimoto’s)
    trails: tuple[str, ...]      # punctuation the term has after each word (Dr. -> ".")


@dataclass(frozen=True)
class _Index:
    by_first: dict[str, tuple[_Term, ...]]
    # every lowercase spelling that can start a match (botox, botox's, botox’s, parkinsons),
    # so that most tokens are dismissed with one set lookup
    quick: frozenset[str] = frozenset()

    def may_start(self, text: str) -> bool:
        q = text.strip(_EDGE_PUNCT).lower()
        if q in self.quick:
            return True
        if "-" in q:
            return any(self.may_start(p) for p in q.split("-") if p)
        if not q.isascii():
            q = fold_apostrophes(q)
            if q in self.quick:
                return True
            if not q.isascii():
                return bool(self.candidates(_fold(q)))
        return False

    def candidates(self, key: str) -> tuple[_Term, ...]:
        stem, _ = _stem(key)
        found = self.by_first.get(stem)
        if found is None and stem.endswith("s"):
            found = self.by_first.get(stem[:-1])  # parkinsons for Parkinson’s
        return found or ()


def _words(term: str) -> list[str]:
    """A term's words: split on whitespace and hyphens (Guillain-Barré syndrome -> 3)."""
    out: list[str] = []
    for chunk in term.split():
        out.extend(p for p in chunk.split("-") if p)
    return out


def parse_terms(terms: Iterable[str]) -> list[_Term]:
    """Validate and index-ready terms; a bad entry is a ValueError naming it."""
    parsed = []
    for term in terms:
        if not isinstance(term, str):
            raise ValueError(f"glossary terms are strings, got {term!r}")
        split = [split_punct(w) for w in _words(term)]
        words = [core for _, core, _ in split]
        if not words or not all(words):
            raise ValueError(f"glossary term {term!r} has no letters or digits to match")
        trails = tuple(fold_apostrophes(trail) for _, _, trail in split)
        # keep a possessive ending on the canonical word: split_punct drops a final ’
        words = [w + "’" if tr.startswith("'") else w for w, tr in zip(words, trails)]
        stems = [_stem(_fold(w)) for w in words]
        parsed.append(_Term(tuple(s for s, _ in stems), tuple(words),
                            tuple(p for _, p in stems), trails))
    return parsed


def _build_index(terms: Iterable[_Term]) -> _Index:
    by_first: dict[str, list[_Term]] = {}
    seen: set[tuple[str, ...]] = set()
    for term in terms:  # earlier terms win: user terms are passed first
        if term.keys in seen:
            continue
        seen.add(term.keys)
        by_first.setdefault(term.keys[0], []).append(term)
    quick: set[str] = set()
    for k, terms in by_first.items():
        quick.update((k, k + "'s", k + "'"))
        if any(t.possessive[0] for t in terms):
            quick.add(k + "s")
    return _Index({k: tuple(sorted(v, key=lambda t: -len(t.keys))) for k, v in by_first.items()},
                  frozenset(quick))


@lru_cache(maxsize=1)
def builtin_terms() -> tuple[str, ...]:
    """The bundled medical glossary, one term per line, ``#`` comments ignored."""
    return glossary_terms()


@lru_cache(maxsize=32)
def glossary_index(terms: tuple[str, ...], builtin: bool) -> _Index:
    return _build_index(parse_terms(terms + (builtin_terms() if builtin else ())))


@lru_cache(maxsize=1 << 14)
def _recase(part: str, canon: str) -> str:
    """Give ``part`` the letter case of ``canon`` where their letters align; nothing else
    changes."""
    out = []
    i = 0
    for i, ch in enumerate(part):  # noqa: B007 - i is used after the loop
        if i >= len(canon):
            break
        c = canon[i]
        if ch in _APOSTROPHES and c in _APOSTROPHES:
            out.append(ch)
            continue
        if _fold(ch) != _fold(c):
            break
        new = ch.upper() if c.isupper() else ch.lower() if c.islower() else ch
        out.append(new if len(new) == 1 and new.casefold() == ch.casefold() else ch)
    else:
        return "".join(out)
    rest = part[len(out):]
    if canon and canon[-1].islower() and rest[:1] in _APOSTROPHES and rest[1:].isalpha():
        new_rest = rest.lower()  # HASHIMOTO’S with canon Hashimoto -> Hashimoto’s
        if len(new_rest) == len(rest):
            rest = new_rest
    return "".join(out) + rest


def _subwords(core: str) -> list[str]:
    return core.split("-")


@dataclass(frozen=True)
class ApplyGlossary(Normalizer):
    """Recase glossary terms to their canonical spelling: ``botox`` → ``Botox``.

    ``terms``: your own canonical spellings (they win over the built-in list);
    ``builtin``: also use the bundled medical glossary.
    """

    terms: tuple[str, ...] = ()
    builtin: bool = True
    _index: _Index = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.terms, str):
            raise ValueError("terms is a list of strings, not one string")
        object.__setattr__(self, "terms", tuple(self.terms))
        object.__setattr__(self, "builtin", bool(self.builtin))
        object.__setattr__(self, "_index", glossary_index(self.terms, self.builtin))

    def transform(self, transcript: Transcript) -> Transcript:
        index = self._index
        if not index.by_first:
            return transcript
        texts = transcript.texts
        n = len(texts)
        new_text: dict[int, str] = {}
        spellings: dict[str, str] = {}  # one string per new spelling: "Botox" recurs
        spelling = spellings.setdefault
        # parsed[i] = (lead, core, trail, subword keys) for tokens looked at closely; a match
        # only reads forward from its first token, so the entries before it are dropped
        parsed: dict[int, tuple[str, str, str, list[str]]] = {}

        def parse(i: int) -> _Parsed:
            if i not in parsed:
                lead, core, trail = split_punct(new_text.get(i, texts[i]))
                parsed[i] = (lead, core, trail, [_fold(w) for w in _subwords(core)])
            return parsed[i]

        resume = 0  # a multi-token match consumed the tokens before this index
        # Decide once per distinct spelling whether it can start a term: most cannot.
        for i in Words(transcript).where(index.may_start):
            if i < resume:
                continue
            if len(parsed) > 256:
                ahead = {k: v for k, v in parsed.items() if k >= i}
                parsed.clear()
                parsed.update(ahead)
            keys = parse(i)[3]
            for j in range(len(keys)):
                match = self._match(index, parse, i, j, n)
                if match is None:
                    continue
                term, spans = match
                self._apply(term, spans, parse, new_text, texts, spelling)
                last_token = spans[-1][0]
                if last_token > i:
                    resume = last_token + 1
                    break
        edits = transcript.edit()
        edits.rewrite_all(new_text)
        return edits.commit()

    @staticmethod
    def _match(index: _Index, parse: Callable[[int], _Parsed], i: int, j: int,
               n: int) -> tuple[_Term, list[tuple[int, int]]] | None:
        """The longest term starting at subword j of token i, with its (token, subword) spans."""
        keys0 = parse(i)[3]
        for term in index.candidates(keys0[j]):
            spans: list[tuple[int, int]] = []
            t, s = i, j
            ok = True
            for w, (key, poss) in enumerate(zip(term.keys, term.possessive)):
                if s >= len(parse(t)[3]):  # move on to the next token
                    trail = fold_apostrophes(parse(t)[2])
                    if (t + 1 >= n or (trail and trail != term.trails[w - 1])
                            or parse(t + 1)[0] or not parse(t + 1)[1]):
                        ok = False
                        break
                    t, s = t + 1, 0
                tok_key, tok_poss = _stem(parse(t)[3][s])
                last = w == len(term.keys) - 1
                if tok_key != key and not (poss and tok_key == key + "s"):
                    ok = False
                    break
                if tok_poss and not last and not poss:
                    ok = False
                    break
                spans.append((t, s))
                s += 1
            # a match ends at a subword boundary: fine within a hyphenated token
            if ok and spans:
                return term, spans
        return None

    @staticmethod
    def _apply(term: _Term, spans: list[tuple[int, int]], parse: Callable[[int], _Parsed],
               new_text: dict[int, str], texts: Sequence[str],
               spelling: Callable[[str, str], str]) -> None:
        by_token: dict[int, list[tuple[int, str]]] = {}
        for (t, s), canon in zip(spans, term.words):
            by_token.setdefault(t, []).append((s, canon))
        for t, items in by_token.items():
            # The token as it now stands: an earlier match may have recased another part
            # of it (``botox-tylenol``: Botox first, then Tylenol).
            lead, core, trail = split_punct(new_text.get(t, texts[t]))
            parts = _subwords(core)
            for s, canon in items:
                parts[s] = _recase(parts[s], canon)
            text = lead + "-".join(parts) + trail
            if text != texts[t]:
                new_text[t] = spelling(text, text)
