"""Memory of cleaning: peak memory over the text's size (target: about 20× at most).

Each size runs in a fresh process: after the imports and a warm-up clean of the seed
(word lists and wordfreq's tables loaded, as in any real run), the resident set is read;
then a text of the given size (the seed transcript repeated) is cleaned, and the peak
resident set above that baseline is divided by the text's size in bytes.

    python benchmarks/bench_memory_clean.py [--mb 5 20] [--style clean]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "clinic_botox_seed.raw.txt"

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


def measure(megabytes: float, style: str) -> dict:
    # ru_maxrss is a process-wide high-water mark: the baseline must be read before the
    # text exists, so the text is built after the baseline in the child too.
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(SEED), str(megabytes),
                           style], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[5.0, 20.0], help="text sizes in MB")
    ap.add_argument("--style", default="clean")
    args = ap.parse_args(argv)
    rows = [measure(mb, args.style) for mb in args.mb]
    result = {"style": args.style, "runs": rows,
              "worst_peak_over_size": max(r["peak_over_size"] for r in rows),
              "target": "<= 20"}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
