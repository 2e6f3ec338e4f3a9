"""Memory of cleaning text: peak memory over the text's size (target: about 20× at most).

Two measurements for each size (the seed transcript repeated to that many MB):

- ``clean``: ``cleanup.clean(text)`` in a fresh process. After the imports, a warm-up clean
  of the seed (word lists and wordfreq's tables loaded, as in any real run) and building
  the text, the resident set is read; the peak resident set above that, over the text's
  size, is the ratio.
- ``fix``: ``cleanup fix big.txt -o out.txt`` and ``-o out.json`` (which lists every
  change) as fresh processes; the peak resident set (``ru_maxrss`` from ``os.wait4``)
  above that of the same command on the seed alone (interpreter, cleanup and its word
  lists), over the file's size.
- ``shapes``: the hostile shapes of issue 22 #12, each a fresh ``cleanup fix`` process
  (peak above start-up, over the file's size): one line of a million ``uh`` (txt and
  json), a text with no blank line (json), an 80,000-cue SRT laid out with
  ``--layout netflix`` (srt), and a text of words in random order with fillers and
  repeats (json).

    python benchmarks/bench_memory_clean.py [--mb 5 20] [--style clean] [--quick]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "samples" / "clinic_botox_seed.raw.txt"
BIN = Path(sys.executable).parent
TARGET = 20.0
sys.path.insert(0, str(HERE))
from harness import peak_rss_mb  # noqa: E402
from bench_format_memory import make_srt  # noqa: E402

_CHILD = r"""
import json, resource, sys
sys.path.insert(0, sys.argv[1])
import cleanup
seed = open(sys.argv[2], encoding="utf-8").read()
cleanup.clean(seed, style=sys.argv[4])
def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
copies = max(1, round(float(sys.argv[3]) * 1e6 / len(seed.encode("utf-8"))))
text = "\n\n".join([seed.strip()] * copies) + "\n"
size = len(text.encode("utf-8"))
base = rss_kb()
out = cleanup.clean(text, style=sys.argv[4])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"text_bytes": size, "baseline_mb": round(base / 1024, 1),
                  "peak_mb": round(peak / 1024, 1),
                  "peak_over_size": round((peak - base) * 1024 / size, 1)}))
"""


def measure_clean(megabytes: float, style: str) -> dict:
    # ru_maxrss is a process-wide high-water mark, so the text (1x) is in the baseline and
    # only what cleaning adds is counted.
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(SEED), str(megabytes),
                           style], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def write_text(path: Path, megabytes: float) -> int:
    """The seed repeated to about ``megabytes`` MB, written a copy at a time: a child's
    ``ru_maxrss`` starts from this process's peak (the kernel keeps the high-water mark
    across exec), so this process must never hold the big text."""
    seed = SEED.read_text(encoding="utf-8").strip()
    copies = max(1, round(megabytes * 1e6 / len(seed.encode("utf-8"))))
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            fh.write(("\n\n" if k else "") + seed)
        fh.write("\n")
    return path.stat().st_size


def fix_rss(style: str, source: Path, out: Path) -> tuple[float, float]:
    """Peak RSS (MB) and wall time of ``cleanup fix SOURCE -o OUT``."""
    return peak_rss_mb([str(BIN / "cleanup"), "fix", "--style", style, str(source), "-o", str(out)])


def measure_fix(megabytes: float, style: str, work: Path, startup: dict[str, float]) -> dict:
    big = work / "big.txt"
    size = write_text(big, megabytes)
    row: dict = {"text_bytes": size}
    for fmt in ("txt", "json"):
        peak, wall = fix_rss(style, big, work / f"out.{fmt}")
        row[fmt] = {"startup_rss_mb": round(startup[fmt], 1), "peak_rss_mb": round(peak, 1),
                    "wall_s": round(wall, 1),
                    "peak_over_size": round((peak - startup[fmt]) * 2**20 / size, 1)}
    return row


def _fillers_line(path: Path, scale: float) -> None:
    path.write_text(" ".join(["uh"] * int(1_000_000 * scale)) + "\n", encoding="utf-8")


def _no_blank_line(path: Path, scale: float) -> None:
    lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < 5e6 * scale:
            for line in lines:
                written += fh.write(line + "\n")


def _mixed_words(path: Path, scale: float) -> None:
    import random
    words = SEED.read_text(encoding="utf-8").split() + ["uh", "um", "the the", "so so so"]
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < 3e6 * scale:
            written += fh.write(" ".join(rng.choice(words) for _ in range(60)) + "\n\n")


def _cues(path: Path, scale: float) -> None:
    make_srt(path, int(80_000 * scale))


#: name: (input maker, input suffix, output formats, extra arguments)
SHAPES = {
    "one_line_of_fillers": (_fillers_line, "txt", ("txt", "json"), ()),
    "no_blank_line": (_no_blank_line, "txt", ("json",), ()),
    "srt_laid_out": (_cues, "srt", ("srt",), ("--layout", "netflix")),
    "random_words": (_mixed_words, "txt", ("json",), ()),
}


def measure_shapes(work: Path, scale: float) -> dict:
    """Each shape's peak RSS above start-up over its size, per output format."""
    rows: dict = {}
    for name, (make, suffix, fmts, extra) in SHAPES.items():
        small, big = work / f"{name}-small.{suffix}", work / f"{name}.{suffix}"
        make(small, 0.001)
        make(big, scale)
        size = big.stat().st_size
        rows[name] = {"input_mb": round(size / 1e6, 2)}
        for fmt in fmts:
            cmd = [str(BIN / "cleanup"), "fix", *extra]
            startup, _ = peak_rss_mb(cmd + [str(small), "-o", str(work / f"small.{fmt}")])
            peak, wall = peak_rss_mb(cmd + [str(big), "-o", str(work / f"out.{fmt}")])
            rows[name][fmt] = {"peak_rss_mb": round(peak, 1), "wall_s": round(wall, 1),
                               "peak_over_size": round((peak - startup) * 2**20 / size, 1)}
        big.unlink()
    return rows


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[5.0, 20.0], help="text sizes in MB")
    ap.add_argument("--style", default="clean")
    ap.add_argument("--quick", action="store_true", help="1 MB only (smoke test)")
    args = ap.parse_args(argv)
    sizes = [1.0] if args.quick else args.mb
    clean_rows = [measure_clean(mb, args.style) for mb in sizes]
    with tempfile.TemporaryDirectory(prefix="bench-memory-clean-") as tmp:
        startup = {fmt: fix_rss(args.style, SEED, Path(tmp) / f"seed.{fmt}")[0]
                   for fmt in ("txt", "json")}
        fix_rows = [measure_fix(mb, args.style, Path(tmp), startup) for mb in sizes]
        shapes = measure_shapes(Path(tmp), 0.05 if args.quick else 1.0)
    worst_fix = max(r[fmt]["peak_over_size"] for r in fix_rows for fmt in ("txt", "json"))
    worst_shape = max(v["peak_over_size"] for row in shapes.values()
                      for v in row.values() if isinstance(v, dict))
    result = {"style": args.style, "runs": clean_rows, "fix": fix_rows, "shapes": shapes,
              "worst_peak_over_size": max(r["peak_over_size"] for r in clean_rows),
              "worst_fix_peak_over_size": worst_fix, "worst_shape_peak_over_size": worst_shape,
              "target": f"<= {TARGET:g}"}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
