"""Cleaning throughput: cleanup.clean against openai-whisper's EnglishTextNormalizer.

Both run in this process on the same text: the seed transcript repeated to ~1 MB (and to
4x that for the growth check). Timings are best-of-N wall times; only ratios measured in
one run are reported, since absolute times vary between runs on this machine.

    python benchmarks/bench_clean.py [--mb 1.0] [--repeat 3] [--profile]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "clinic_botox_seed.raw.txt"


def make_text(megabytes: float) -> str:
    seed = SEED.read_text(encoding="utf-8")
    copies = max(1, round(megabytes * 1_000_000 / len(seed.encode("utf-8"))))
    return "\n\n".join([seed.strip()] * copies) + "\n"


def best_of(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the base text in MB")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    ap.add_argument("--profile", action="store_true",
                    help="print a pyinstrument profile of clean()")
    args = ap.parse_args(argv)

    import cleanup
    from whisper.normalizers import EnglishTextNormalizer

    whisper_norm = EnglishTextNormalizer()
    base = make_text(args.mb)
    big = make_text(args.mb * 4)
    # One-time costs (word lists, wordfreq's tables) are paid once per process, not per text.
    cleanup.clean(SEED.read_text(encoding="utf-8"))
    whisper_norm(SEED.read_text(encoding="utf-8"))

    if args.profile:
        from pyinstrument import Profiler

        prof = Profiler()
        prof.start()
        cleanup.clean(base)
        prof.stop()
        print(prof.output_text(unicode=True, color=False, show_all=False))

    t_clean = best_of(cleanup.clean, base, args.repeat)
    t_whisper = best_of(whisper_norm, base, args.repeat)
    t_clean_4x = best_of(cleanup.clean, big, max(1, args.repeat - 1))
    result = {
        "text_bytes": len(base.encode("utf-8")),
        "cleanup_s": round(t_clean, 3),
        "whisper_normalizer_s": round(t_whisper, 3),
        "ratio_cleanup_to_whisper": round(t_clean / t_whisper, 3),
        "growth_4x_text": round(t_clean_4x / t_clean, 3),
        "targets": {"ratio_cleanup_to_whisper": "<= 1.0", "growth_4x_text": "<= 4.8"},
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
