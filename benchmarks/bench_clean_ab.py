"""Cleaning speed of this checkout against another commit, measured in one run.

The two checkouts take turns (A B, B A, ...) in fresh processes, and the best of each
is kept, so that a slow spell of the machine hurts both alike. Three measures:

- ``library``: CPU seconds of ``cleanup.clean`` on ~1 MB of the seed transcript, the
  garbage collector as the library leaves it (on: the library does not switch it);
- ``library_collector_paused``: the same with the collector paused in both, the cost of
  the cleaning code alone (before 2026-12-02 the library paused it itself);
- ``cli``: CPU seconds of ``cleanup fix FILE -o OUT.txt`` (what a user runs: the
  command's entry point, with the collector as the command sets it), timed in-process
  after a warm-up run on the text's start, and whether both wrote the same text (they
  need not: a change of behaviour changes the output);
- ``instructions`` (with ``--instructions``, where valgrind is installed): instructions
  executed by one ``cleanup.clean`` call (valgrind's cachegrind, start-up subtracted), the
  measure that does not move with the machine's load.

    python benchmarks/bench_clean_ab.py --base REV [--mb 1.0] [--rounds 7] [--instructions]

It checks REV out in a temporary git worktree and removes it afterwards.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# One child process: import the checkout, warm up, clean the text TIMES times, print the
# best CPU time (inf when TIMES is 0: a run that measures start-up alone).
_LIBRARY = """
import gc, sys, time
sys.path.insert(0, sys.argv[1])
import cleanup
text = open(sys.argv[2], encoding="utf-8").read()
cleanup.clean(text[:20000])
if sys.argv[3] == "paused":
    gc.disable()
best = float("inf")
for _ in range(int(sys.argv[4])):
    t0 = time.process_time()
    cleanup.clean(text)
    best = min(best, time.process_time() - t0)
print(best)
"""
# The `cleanup` command's entry point (from the checkout's pyproject.toml) run in-process:
# once on the text's first 20,000 characters (start-up: imports, word lists), then timed.
_COMMAND = """
import re, sys, time, importlib
sys.path.insert(0, sys.argv[1])
toml = open(sys.argv[1] + "/pyproject.toml").read()
spec = re.search(r'^cleanup = "([\\w.]+):(\\w+)"', toml, re.M)
entry = getattr(importlib.import_module(spec.group(1)), spec.group(2))
def fix(path, out):
    sys.argv = ["cleanup", "fix", path, "-o", out]
    try:
        entry()
    except SystemExit:
        pass
args = list(sys.argv)
fix(args[3], args[4] + ".warm.txt")
t0 = time.process_time()
fix(args[2], args[4])
print(time.process_time() - t0)
"""

def _child_cpu(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime), proc.stdout


def _library(repo: Path, text: Path, mode: str) -> float:
    return float(_child_cpu([sys.executable, "-c", _LIBRARY, str(repo), str(text), mode, "2"])[1])


def _cli(repo: Path, text: Path, warm: Path, out: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(repo))
    return float(_child_cpu([sys.executable, "-c", _COMMAND, str(repo), str(text), str(warm),
                             str(out)], env)[1])


def _instructions(repo: Path, text: Path) -> int | None:
    """Instructions of one clean() call: a run with it less a run without it."""
    if shutil.which("valgrind") is None:
        return None
    counts = []
    for times in ("0", "1"):
        proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                               "--cachegrind-out-file=/dev/null", sys.executable, "-c", _LIBRARY,
                               str(repo), str(text), "as-left", times],
                              capture_output=True, text=True, check=True)
        line = next(x for x in proc.stderr.splitlines() if "I" in x and "refs:" in x)
        counts.append(int(line.split("refs:")[1].replace(",", "").split()[0]))
    return counts[1] - counts[0]


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="the commit to compare with (e.g. 8806e58^)")
    ap.add_argument("--mb", type=float, default=1.0, help="size of the text in MB")
    ap.add_argument("--rounds", type=int, default=7, help="turns each checkout takes")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with valgrind (slow: ~1 min a checkout)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_clean import make_text

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = work / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base),
                        args.base], check=True, capture_output=True)
        try:
            result = _compare({"base": base, "this": ROOT}, work, make_text(args.mb), args)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                           check=False, capture_output=True)
    result["base"] = args.base
    print(json.dumps(result, indent=2))
    return result


def _compare(repos: dict[str, Path], work: Path, text: str, args) -> dict:
    big, warm = work / "big.txt", work / "warm.txt"
    big.write_text(text, encoding="utf-8")
    warm.write_text(text[:20000], encoding="utf-8")  # a warm-up: word lists load once
    times: dict[str, dict[str, list[float]]] = {
        name: {"library": [], "library_collector_paused": [], "cli": []}
        for name in repos}
    for turn in range(args.rounds):
        for name in (list(repos) if turn % 2 == 0 else list(repos)[::-1]):
            repo, got = repos[name], times[name]
            got["library"].append(_library(repo, big, "as-left"))
            got["library_collector_paused"].append(_library(repo, big, "paused"))
            got["cli"].append(_cli(repo, big, warm, work / f"{name}.txt"))
    best = {name: {k: min(v) for k, v in got.items()} for name, got in times.items()}
    ratios = {k: round(best["this"][k] / best["base"][k], 3) for k in best["this"]}
    result = {"mb": round(len(text.encode("utf-8")) / 1e6, 3),
              "best_cpu_s": {n: {k: round(v, 4) for k, v in b.items()} for n, b in best.items()},
              "ratio_this_to_base": ratios,
              "cli_outputs_identical": (work / "this.txt").read_bytes()
              == (work / "base.txt").read_bytes()}
    if args.instructions:
        counts = {name: _instructions(repo, big) for name, repo in repos.items()}
        if None not in counts.values():
            result["instructions"] = counts
            ratios["instructions"] = round(counts["this"] / counts["base"], 3)
    return result


if __name__ == "__main__":
    main()
