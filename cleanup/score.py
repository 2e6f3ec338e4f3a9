"""Score a pipeline against human-edited references: how much closer, and what it broke.

For a raw transcript and its gold (what a careful editor made of it), the cleaned text is
compared with the gold word by word, and so is the raw text:

- ``ratio``: the differences left after cleaning over the differences before it (0.0: the
  gold exactly; 1.0: no progress; above 1.0: worse than doing nothing);
- ``fixed``: gold words the cleaned text has right that the raw had wrong;
- ``harmed``: gold words the raw had right that cleaning broke;
- ``precision``: fixed / (fixed + harmed), the share of changes that helped;
- ``invented``: cleaned words that appear nowhere in the raw (a cleaner must never add one).

Words are compared with their attached punctuation and case, ’ and ' alike; punctuation
standing alone (``Sanchez ,``) counts with the word before it, and whitespace and line
breaks do not count. Differences are counted on :class:`difflib.SequenceMatcher`'s
alignment (a replaced run of n words against m costs max(n, m)), which keeps scoring
linear enough for hour-long transcripts.

Pairs are found by name: ``NAME.raw.EXT`` (any format cleanup reads) with ``NAME.gold.txt``
beside it, or else ``NAME.clean.EXT`` (the ``samples/`` convention, compared as text), and
a ``NAME.toml`` beside them sets that pair's settings as in ``cleanup check`` (never
``plugins``: a folder of references never makes cleanup import code).

>>> s = score_texts("so uh i think i think it’s fine", "so uh i think i think it’s fine",
...                 "So I think it's fine")
>>> (s.fixed, s.harmed, s.ratio)
(0, 0, 1.0)
>>> s = score_texts("so uh i think", "So I think", "So I think")
>>> (s.fixed, s.harmed, s.precision, s.ratio)
(2, 0, 1.0, 0.0)
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

import regex

from .config import Config, load_config
from .errors import CleanupError, InputError, located, read_bytes
from .pipeline import Pipeline
from .safety import Safety

_PUNCT_ONLY = regex.compile(r"^[\p{P}\p{S}]+$")


def score_words(text: str) -> list[str]:
    """The words a score compares: whitespace-split, ’ as ', and punctuation standing
    alone attached to the word before it.

    >>> score_words("Hello , it’s me .")
    ['Hello,', "it's", 'me.']
    """
    out: list[str] = []
    for tok in text.replace("’", "'").split():
        if _PUNCT_ONLY.match(tok) and out:
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _matched(a: Sequence[str], gold: Sequence[str]) -> tuple[set[int], int, list[tuple[str, str]]]:
    """Gold positions ``a`` matches, the difference count, and the differing runs."""
    sm = difflib.SequenceMatcher(None, a, gold, autojunk=False)
    matched: set[int] = set()
    distance = 0
    diffs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            matched.update(range(j1, j2))
            continue
        distance += max(i2 - i1, j2 - j1)
        diffs.append((" ".join(a[i1:i2]), " ".join(gold[j1:j2])))
    return matched, distance, diffs


_WORD = regex.compile(r"\w+(?:['’]\w+)*")


def _spoken(text: str) -> list[str]:
    """Words as letters and digits: NFC, case-folded, ’ as '."""
    text = unicodedata.normalize("NFC", text)
    for mark in "’´`":  # apostrophes as captions and OCR write them
        text = text.replace(mark, "'")
    return [w.casefold() for w in _WORD.findall(text)]


def _invented(raw: str, cleaned: str) -> tuple[str, ...]:
    """Cleaned words found nowhere in the raw text, alone or as two adjacent words joined
    (``4 th`` → ``4th``): a word split or recased is not invented, a new one is."""
    said = _spoken(raw)
    known = set(said) | {a + b for a, b in zip(said, said[1:])}
    return tuple(w for w in _spoken(cleaned) if w not in known)


@dataclass(frozen=True)
class Score:
    """The figures for one raw/gold pair (or a total over several)."""

    name: str
    d_raw: int
    d_out: int
    fixed: int
    harmed: int
    gold_words: int
    invented: tuple[str, ...] = ()
    differences: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    error: str | None = None
    #: How many changes touched a number, a negation or a capitalised name.
    safety: Safety = field(default_factory=Safety)

    @property
    def ratio(self) -> float | None:
        if self.d_raw == 0:
            return None if self.d_out == 0 else float("inf")
        return round(self.d_out / self.d_raw, 3)

    @property
    def precision(self) -> float | None:
        changed = self.fixed + self.harmed
        return round(self.fixed / changed, 3) if changed else None

    def as_dict(self, verbose: bool = False) -> dict[str, Any]:
        out = asdict(self)
        out.pop("differences")
        out["safety"] = self.safety.as_dict()
        out["invented"] = list(self.invented)
        out["ratio"] = self.ratio if self.ratio != float("inf") else None
        out["precision"] = self.precision
        if verbose:
            out["differences"] = [{"cleaned": a, "gold": b} for a, b in self.differences]
        if self.error is None:
            out.pop("error")
        return out


def score_texts(raw: str, cleaned: str, gold: str, name: str = "") -> Score:
    """Score one cleaned text against its gold, relative to the raw text."""
    raw_w, out_w, gold_w = score_words(raw), score_words(cleaned), score_words(gold)
    raw_ok, d_raw, _ = _matched(raw_w, gold_w)
    out_ok, d_out, diffs = _matched(out_w, gold_w)
    invented = _invented(raw, cleaned)
    return Score(name, d_raw, d_out, len(out_ok - raw_ok), len(raw_ok - out_ok), len(gold_w),
                 invented, tuple(diffs))


def total(scores: Iterable[Score]) -> Score:
    """The sum over several pairs (files that failed to read count as errors only)."""
    scores = [s for s in scores if s.error is None]
    return Score("total", sum(s.d_raw for s in scores), sum(s.d_out for s in scores),
                 sum(s.fixed for s in scores), sum(s.harmed for s in scores),
                 sum(s.gold_words for s in scores),
                 tuple(w for s in scores for w in s.invented),
                 safety=sum((s.safety for s in scores), Safety()))


# ---- files -------------------------------------------------------------------------------
def gold_for(raw: Path) -> Path | None:
    """``NAME.gold.txt`` beside ``NAME.raw.EXT``, else ``NAME.clean.EXT``."""
    if ".raw." not in raw.name:
        return None
    stem, _, ext = raw.name.partition(".raw.")
    for candidate in (raw.with_name(f"{stem}.gold.txt"), raw.with_name(f"{stem}.clean.{ext}")):
        if candidate.is_file():
            return candidate
    return None


def find_pairs(paths: Sequence[Path]) -> list[tuple[Path, Path | None]]:
    """(raw, gold) pairs from files and directories (searched one level deep, sorted).

    A file named on its own that is missing or has no gold beside it is a pair with no gold
    (``None``): :func:`score_file` reports it as that file's error, and the other pairs are
    still scored."""
    pairs: list[tuple[Path, Path | None]] = []
    for path in paths:
        if not path.is_dir():
            pairs.append((path, gold_for(path) if path.is_file() else None))
            continue
        for raw in sorted(p for p in path.iterdir() if ".raw." in p.name and p.is_file()):
            gold = gold_for(raw)
            if gold is not None:
                pairs.append((raw, gold))
    return pairs


def score_file(raw: Path, gold: Path | None, pipeline: Pipeline, *, config: Config | None = None,
               ) -> Score:
    """Read, clean and score one pair; a file that cannot be read is a Score with an error.

    A ``NAME.toml`` beside the raw file sets that pair's style or glossary, as in
    ``cleanup check``; ``config`` (the project's) is what it builds on.
    """
    from . import formats

    name = raw.name
    try:
        if gold is None:
            read_bytes(raw)  # a missing raw file says so
            raise InputError(raw, "no gold beside it (NAME.gold.txt or NAME.clean.EXT)")
        settings = raw.with_name(raw.name.split(".raw.", 1)[0] + ".toml")
        if settings.is_file():  # a pair's own settings: never plugins
            pipeline = load_config(settings, defaults=config, sample=True).build()
        transcript = formats.read(str(raw))
        raw_text = formats.render(transcript, "txt")
        explained = pipeline.explain(transcript)
        cleaned = formats.render(explained.transcript, "txt")
        if gold.suffix.lower() == ".txt":  # the gold's own errors name the gold file
            gold_text = formats.decode(read_bytes(gold), str(gold))
        else:  # NAME.clean.srt: compare its text, not its cue numbers and timings
            gold_text = formats.render(formats.read(str(gold)), "txt")
    except CleanupError as exc:  # a step's failure too: one line naming the file
        return Score(name, 0, 0, 0, 0, 0, error=located(exc, raw))
    return replace(score_texts(raw_text, cleaned, gold_text, name),
                   safety=Safety.of(explained.changes))


def describe(score: Score) -> str:
    """One line of figures for a person."""
    if score.error:
        return f"{score.name}: error: {score.error}"

    def num(v: float | None) -> str:
        return "-" if v is None else ("inf" if v == float("inf") else f"{v:.3f}")

    line = (f"{score.name}: ratio {num(score.ratio)}  fixed {score.fixed}  "
            f"harmed {score.harmed}  precision {num(score.precision)}  "
            f"differences {score.d_raw} → {score.d_out}")
    if score.invented:
        line += f"  invented {len(score.invented)}: {' '.join(score.invented[:8])}"
    if score.name == "total":
        line += "\n" + score.safety.describe()
    return line
