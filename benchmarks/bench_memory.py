"""Peak memory of ``cleanup transcribe`` on a folder of 1, 5 and 10 files.

The model is loaded once per run and the files are decoded one after another, so the peak
resident set size must not grow with the number of files. Each folder holds copies of the
same ~10 s espeak-ng clip under different names (so only the file count changes); each run
is a fresh ``cleanup transcribe DIR -o OUT --model bundled:tiny.en`` process, and its peak
RSS is the child's ``ru_maxrss`` from ``os.wait4`` (what ``/usr/bin/time -v`` reports as
"Maximum resident set size").

    python benchmarks/bench_memory.py [--counts 1,5,10] \
        [--backends openai-whisper,faster-whisper] [--quick]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import (
    BIN,
    MODEL,
    QUICK_SCRIPT,
    make_clips,
    openai_checkpoint,
    run_measured,
)

CLIP_TEXT = ("Your thyroid levels look stable, so we will keep the same dose of levothyroxine "
             "and check your blood again in three months.")  # ~8 s


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", default="1,5,10", help="folder sizes, comma-separated")
    ap.add_argument("--backends", default="openai-whisper,faster-whisper")
    ap.add_argument("--quick", action="store_true",
                    help="faster-whisper only, 1 and 2 copies of a 3-second clip (smoke test)")
    args = ap.parse_args(argv)
    counts = [1, 2] if args.quick else [int(c) for c in args.counts.split(",")]
    backends = ["faster-whisper"] if args.quick else args.backends.split(",")

    t_bench = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        clip = make_clips(work / "clip", QUICK_SCRIPT if args.quick else [CLIP_TEXT], ["clip"])
        source = clip["files"][0]
        for n in counts:
            folder = work / f"in-{n}"
            folder.mkdir()
            for i in range(n):
                shutil.copyfile(source, folder / f"visit_{i:02d}.wav")
        if "openai-whisper" in backends:
            openai_checkpoint()  # the one-time conversion, before any measured run

        peak: dict[str, dict[int, float]] = {b: {} for b in backends}
        wall: dict[str, dict[int, float]] = {b: {} for b in backends}
        for backend in backends:
            for n in counts:
                m = run_measured([str(BIN / "cleanup"), "transcribe", str(work / f"in-{n}"),
                                  "-o", str(work / f"out-{backend}-{n}"), "--backend", backend,
                                  "--model", MODEL], cwd=work)
                done = len(list((work / f"out-{backend}-{n}").glob("*.json")))
                if done != n:
                    raise RuntimeError(f"{backend}, {n} files: only {done} transcribed\n"
                                       f"{m['stderr']}")
                peak[backend][n] = round(m["max_rss_mb"], 1)
                wall[backend][n] = round(m["wall_s"], 2)
        lo, hi = counts[0], counts[-1]
        result = {
            "clip_seconds": clip["seconds"],
            "audio_source": clip["source"],
            "counts": counts,
            "peak_rss_mb": {b: {str(n): v for n, v in d.items()} for b, d in peak.items()},
            "wall_s": {b: {str(n): v for n, v in d.items()} for b, d in wall.items()},
            "ratio_peak_rss_max_to_min_count": {
                b: round(peak[b][hi] / peak[b][lo], 3) for b in backends},
            # The last two counts (5 and 10 by default): the steady state after the first
            # files have warmed the allocator and caches.
            "ratio_peak_rss_last_two_counts": {
                b: round(peak[b][hi] / peak[b][counts[-2]], 3) for b in backends},
            "growth_mb_per_extra_file": {
                b: round((peak[b][hi] - peak[b][lo]) / max(1, hi - lo), 2) for b in backends},
            "targets": {"ratio_peak_rss_max_to_min_count": "<= 1.10 (flat: model loaded once, "
                                                           "files streamed)"},
            "bench_s": round(time.perf_counter() - t_bench, 1),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
