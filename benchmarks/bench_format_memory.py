"""Peak memory of ``cleanup fix`` on a long caption file, as a multiple of the file's size.

Target (issue 13, #21): cleaning a file takes at most about 20x its size. The input is an
SRT of 80,000 cues (about 6 MB, some 55 hours of captions) written as JSON, the case that
once took 1.36 GB, and the same file written as SRT. Each run is a fresh
``cleanup fix IN -o OUT`` process; its peak resident set size is the child's ``ru_maxrss``
from ``os.wait4``. The interpreter with cleanup imported and its word lists loaded
(``startup_rss_mb``, measured on a 20-cue file) is reported too, and ``ratio_above_startup``
leaves it out: that fixed cost does not grow with the file.

    python benchmarks/bench_format_memory.py [--cues 80000] [--quick]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import peak_rss_mb  # noqa: E402

BIN = Path(sys.executable).parent
TARGET = 20.0
WORDS = ("so we will check your blood pressure again and uh the the results look "
         "stable today i think It’S fine to keep the same dose for now").split()


def make_srt(path: Path, cues: int) -> int:
    """An SRT of ``cues`` cues of 6 to 12 words (fillers, repeats and casing to clean)."""
    with path.open("w", encoding="utf-8") as fh:
        for k in range(cues):
            start = k * 2.5
            n = 6 + k % 7
            words = [WORDS[(k * 3 + j) % len(WORDS)] for j in range(n)]
            fh.write(f"{k + 1}\n{_stamp(start)} --> {_stamp(start + 2.4)}\n{' '.join(words)}\n\n")
    return path.stat().st_size


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cues", type=int, default=80_000)
    ap.add_argument("--quick", action="store_true", help="2,000 cues (smoke test)")
    args = ap.parse_args(argv)
    cues = 2_000 if args.quick else args.cues
    with tempfile.TemporaryDirectory(prefix="bench-format-memory-") as tmp:
        work = Path(tmp)
        small = make_srt(work / "one.srt", 20)  # every word and step once: lazy loads done
        size = make_srt(work / "big.srt", cues)
        fix = [str(BIN / "cleanup"), "fix"]
        startup, _ = peak_rss_mb(fix + [str(work / "one.srt"), "-o", str(work / "one.json")])
        result: dict = {"cues": cues, "file_mb": round(size / 1e6, 2),
                        "startup_rss_mb": round(startup, 1), "target_ratio": TARGET}
        for fmt in ("json", "srt"):
            peak, wall = peak_rss_mb(fix + [str(work / "big.srt"), "-o", str(work / f"out.{fmt}")])
            result[fmt] = {"peak_rss_mb": round(peak, 1), "wall_s": round(wall, 1),
                           "ratio": round(peak * 2**20 / size, 1),
                           "ratio_above_startup":
                               round((peak - startup) * 2**20 / max(1, size - small), 1)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
