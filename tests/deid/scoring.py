"""The project's own hand-marked transcripts (``tests/deid/cases``) and the measures of the
shared development set's scorer, computed on them.

A case is a transcript with its PHI marked inline: ``I'm Dr. {{NAME:Imogen Castellano}}``.
The marks are removed to give the raw text; each becomes a gold span (start, end,
category). The step runs on the raw text as ``cleanup fix --steps deidentify`` would (the
text reader, the step, the text writer) and its output is aligned back to the raw text
character by character, as the set's ``score_deid.py --redacted-text`` does:

- a token is a maximal run of letters and digits of the raw text; it is *gold* when it
  overlaps a gold span and *predicted* when every character of it was replaced;
- token recall = predicted gold tokens / gold tokens; token precision = predicted gold
  tokens / predicted tokens; span recall = gold spans whose every letter and digit was
  replaced / gold spans.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

import regex

from cleanup import formats
from cleanup.deid.step import Deidentify

CASES = Path(__file__).parent / "cases"
_MARK = regex.compile(r"\{\{([A-Z]+):(.*?)\}\}")
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_PLACEHOLDER = regex.compile(r"\[(?:NAME|PROFESSION|LOCATION|AGE|DATE|CONTACT|ID)\]")


@dataclass(frozen=True)
class Case:
    name: str
    raw: str
    spans: tuple[tuple[int, int, str], ...]


def load(path: Path) -> Case:
    """A marked file as raw text and gold spans."""
    return _parse(path.stem, path.read_text("utf-8"))


def _parse(name: str, marked: str) -> Case:
    raw, spans, done = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        raw.append(marked[done:m.start()])
        length += m.start() - done
        spans.append((length, length + len(m.group(2)), m.group(1)))
        raw.append(m.group(2))
        length += len(m.group(2))
        done = m.end()
    raw.append(marked[done:])
    return Case(name, "".join(raw), tuple(spans))


def cases(variant: str = "as written") -> list[Case]:
    """Every case, as written or in one of the :data:`VARIANTS`."""
    out = []
    for path in sorted(CASES.glob("*.txt")):
        case = load(path)
        if variant != "as written":
            case = _variant(path, VARIANTS[variant])
        out.append(case)
    return out


def _lower(text: str) -> str:
    return text.lower()


def _asr(text: str) -> str:
    """Raw ASR: no capitals, no punctuation."""
    return regex.sub(r"[.,?!;]", "", text.lower())


def _ptb(text: str) -> str:
    """Penn Treebank tokens: ``do n't``, ``fine .``."""
    text = regex.sub(r"n't\b", " n't", text)
    return regex.sub(r"([.,?!;])(\s|$)", r" \1\2", text)


#: The same transcripts as other recognizers write them: the marks move with the words.
VARIANTS = {"lowercase": _lower, "asr": _asr, "ptb": _ptb}


def _variant(path: Path, change) -> Case:
    marked = path.read_text("utf-8")
    out, done = [], 0
    for m in _MARK.finditer(marked):
        out += [change(marked[done:m.start()]), f"{{{{{m.group(1)}:{change(m.group(2))}}}}}"]
        done = m.end()
    out.append(change(marked[done:]))
    return _parse(path.stem, "".join(out))


def redact(raw: str, step: Deidentify | None = None) -> str:
    """The raw text through the text reader, the step and the text writer."""
    transcript = formats.parse(raw, "txt")
    return formats.render((step or Deidentify()).transform(transcript), "txt")


def covered(raw: str, redacted: str) -> bytearray:
    """One byte per raw character: 1 where the redacted text replaced or deleted it."""
    # A placeholder is masked first, so that its letters never match the raw text's.
    masked = _PLACEHOLDER.sub(lambda m: "\0" * len(m.group()), redacted)
    out = bytearray(len(raw))
    ops = difflib.SequenceMatcher(None, raw.lower(), masked.lower(), autojunk=False).get_opcodes()
    for k, (op, i1, i2, _j1, _j2) in enumerate(ops):
        if op in ("replace", "delete"):
            out[i1:i2] = b"\1" * (i2 - i1)
        elif op == "equal" and 0 < k < len(ops) - 1 and i2 - i1 <= 2 \
                and not any(ch.isspace() for ch in raw[i1:i2]):
            out[i1:i2] = b"\1" * (i2 - i1)  # a chance match inside a replacement
    return out


@dataclass
class Score:
    gold_tokens: int = 0
    predicted_tokens: int = 0
    hits: int = 0
    gold_spans: int = 0
    caught_spans: int = 0

    @property
    def token_recall(self) -> float:
        return self.hits / self.gold_tokens if self.gold_tokens else 1.0

    @property
    def token_precision(self) -> float:
        return self.hits / self.predicted_tokens if self.predicted_tokens else 1.0

    @property
    def span_recall(self) -> float:
        return self.caught_spans / self.gold_spans if self.gold_spans else 1.0


def score(case: Case, redacted: str,
          total: Score | None = None) -> tuple[Score, list[str], list[str]]:
    """The case's counts added to ``total``, its leaks (gold spans not caught) and its
    false finds (predicted tokens outside every gold span)."""
    total = total or Score()
    mask = covered(case.raw, redacted)
    gold = bytearray(len(case.raw))
    leaks, false = [], []
    for start, end, category in case.spans:
        gold[start:end] = b"\1" * (end - start)
        total.gold_spans += 1
        if all(mask[m.start():m.end()] == b"\1" * len(m.group())
               for m in _TOKEN.finditer(case.raw, start, end)):
            total.caught_spans += 1
        else:
            leaks.append(f"{case.name}: {category} {case.raw[start:end]!r}")
    for m in _TOKEN.finditer(case.raw):
        is_gold = 1 in gold[m.start():m.end()]
        predicted = 0 not in mask[m.start():m.end()]
        total.gold_tokens += is_gold
        total.predicted_tokens += predicted
        total.hits += is_gold and predicted
        if predicted and not is_gold:
            false.append(f"{case.name}: {m.group()!r}")
    return total, leaks, false


def report(selected: list[Case] | None = None) -> tuple[Score, list[str], list[str]]:
    """The measures over the cases (all by default), with every leak and false find."""
    total, leaks, false = Score(), [], []
    step = Deidentify()
    for case in selected if selected is not None else cases():
        _, more_leaks, more_false = score(case, redact(case.raw, step), total)
        leaks += more_leaks
        false += more_false
    return total, leaks, false


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["as written", *VARIANTS]:
        s, leaks, false = report(cases(name))
        print(f"{name}: token recall {s.token_recall:.3f}, span recall {s.span_recall:.3f}, "
              f"token precision {s.token_precision:.3f} ({s.gold_spans} spans, "
              f"{s.gold_tokens} gold tokens)")
        print("\n".join(["  leak " + x for x in leaks] + ["  false " + x for x in false]))
