"""What the tests share: word-level comparisons ("never invents a word"), the stability
check every normalizer passes, and builders for timed transcripts."""
from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Callable

import regex
from hypothesis import strategies as st

from cleanup.normalizers.unicode import _FAKE_APOSTROPHE, _INVISIBLE
from cleanup.transcript import Segment, Token, Transcript

_WORD = regex.compile(r"\w+(?:['’]\w+)*")
_SPACE = regex.compile(r"\s")


def words(text: str) -> list[str]:
    """Case-folded words, with the Unicode clean-up the pipeline is allowed to do applied."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", _SPACE.sub(" ", text)))
    text = _FAKE_APOSTROPHE.sub("'", text).replace("’", "'").replace(";t", "'t")
    return [w.casefold() for w in _WORD.findall(text)]


def invented_words(before: str, after: str) -> list[str]:
    """Output words that are not, in order, input words (or two or three adjacent input
    words joined, as in ``4 th`` → ``4th``). Empty when nothing was invented."""
    src, out = words(before), words(after)
    i, missing = 0, []
    for w in out:
        k = i
        while k < len(src):
            if src[k] == w or "".join(src[k:k + 2]) == w or "".join(src[k:k + 3]) == w:
                break
            k += 1
        if k == len(src):
            missing.append(w)
        else:
            i = k + 1
    return missing


def is_subsequence(small: list[str], big: list[str]) -> bool:
    """Whether ``small`` is ``big`` with some items left out, the order kept."""
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


def assert_stable(fn: Callable[[str], str], text: str) -> str:
    """black's ``assert_stable``: a second run changes nothing, and no word is invented."""
    once = fn(text)
    assert fn(once) == once, f"not idempotent: {text!r} → {once!r} → {fn(once)!r}"
    assert invented_words(text, once) == [], f"invented a word: {text!r} → {once!r}"
    return once


def timed(*texts: str, start: float = 0.0, segment: Segment | None = None) -> Transcript:
    """One segment of tokens, one a second from ``start`` (each half a second long)."""
    seg = segment or Segment(start, start + len(texts))
    return Transcript.from_segments([(seg, [
        Token(w, start=start + k, end=start + k + 0.5) for k, w in enumerate(texts)])])


def token_strings(vocab: list[str], seps: list[str], max_size: int = 40):
    """A hypothesis strategy: texts made of ``vocab`` tokens joined by ``seps``."""
    @st.composite
    def build(draw):
        tokens = draw(st.lists(st.sampled_from(vocab), max_size=max_size))
        return "".join((draw(st.sampled_from(seps)) if k else "") + tok
                       for k, tok in enumerate(tokens))
    return build()


BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def run_bench(script: str, *args: str, timeout: float = 120, env: dict | None = None) -> dict:
    """Run a benchmark script as its own process; it must succeed; its last JSON object."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    from harness import last_json

    proc = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                          text=True, timeout=timeout, check=False, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return last_json(proc.stdout)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    """``folder/name`` with ``text`` (bytes as they are, a string as UTF-8), its folders
    made."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    """``cleanup ARGV...`` in this process: its exit status, standard output and error."""
    from cleanup.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
