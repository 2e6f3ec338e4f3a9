"""Ray's overhead: ``cleanup transcribe --executor ray`` on a local Ray against the plain CLI.

Both commands transcribe the same folder (espeak-ng speaking the clinic script of
:mod:`harness`, ~2.3 min in four files) with faster-whisper and the bundled tiny.en, each
in its own process, ``--force`` so every round redoes every file; rounds are interleaved
and the best of each kept. The Ray run starts a local Ray (one actor per 2 CPUs, here
one), loads the model in the actor and writes the outputs from there, so its wall time
includes Ray's start-up and shutdown: on one machine it can only cost time; it pays off
across machines. The transcripts of both runs must be identical.

    python benchmarks/bench_ray.py [--rounds 2] [--quick]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="one short clip, one round")
    args = ap.parse_args(argv)
    rounds = 1 if args.quick else args.rounds
    cleanup = str(harness.BIN / "cleanup")
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        work = Path(tmp)
        clips = harness.make_clips(work / "audio",
                                   harness.QUICK_SCRIPT if args.quick else harness.SCRIPT)
        base = [cleanup, "transcribe", str(work / "audio"), "--backend", "faster-whisper",
                "--model", harness.MODEL, "--formats", "txt,json", "--force"]
        commands = {"plain CLI": base + ["-o", str(work / "out-plain")],
                    "ray local": base + ["-o", str(work / "out-ray"), "--executor", "ray"]}
        best = harness.best_of(commands, rounds, cwd=work)
        same = all((work / "out-plain" / f"{f.stem}.txt").read_text(encoding="utf-8")
                   == (work / "out-ray" / f"{f.stem}.txt").read_text(encoding="utf-8")
                   for f in clips["files"])
    seconds = clips["seconds"]
    rows = {label: {"command": " ".join(Path(c).name if i == 0 else c
                                        for i, c in enumerate(commands[label]))
                    .replace(str(work), "WORK"),
                    "wall_s": round(r["wall_s"], 2), "cpu_s": round(r["cpu_s"], 2),
                    "other_cpu_s": r["other_cpu_s"], "max_rss_mb": round(r["max_rss_mb"]),
                    "x_real_time": round(seconds / r["wall_s"], 1)} for label, r in best.items()}
    result = {"benchmark": "ray", "audio_seconds": seconds, "files": len(clips["files"]),
              "clips": clips["source"], "rounds": rounds, "rows": rows,
              "ratios": {"ray local / plain CLI wall time":
                         round(best["ray local"]["wall_s"] / best["plain CLI"]["wall_s"], 3),
                         "ray local - plain CLI, seconds":
                         round(best["ray local"]["wall_s"] - best["plain CLI"]["wall_s"], 2)},
              "same_transcripts": same, "versions": harness.versions()}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
