"""Run every benchmark, one after another, and summarize the ratios against their targets.

    python benchmarks/run_all.py [--quick] [--out FILE] [--strict]
        [--only clean,transcribe,memory,layout,batch,ray,memory_clean,format_memory]

Each benchmark runs as its own process (so one's imports and models never affect the
next) and prints a JSON object; this script collects them, prints a table of the ratios
with their targets, and the combined JSON (also to ``--out FILE``). The exit status is 1
when a benchmark failed to run, and with ``--strict`` also when a target is missed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness import last_json  # noqa: E402 (the path first)

BENCHES = {  # name: (script, full args, --quick args)
    "clean": ("bench_clean.py", [], ["--mb", "0.01", "--repeat", "1"]),
    "transcribe": ("bench_transcribe.py", [], ["--quick"]),
    "memory": ("bench_memory.py", [], ["--quick"]),
    "layout": ("bench_layout.py", [], ["--quick"]),
    "batch": ("bench_batch.py", [], ["--quick", "--backends", "faster-whisper"]),
    "ray": ("bench_ray.py", [], ["--quick"]),
    "memory_clean": ("bench_memory_clean.py", [], ["--quick"]),
    "format_memory": ("bench_format_memory.py", [], ["--quick"]),
}


def checks(name: str, r: dict) -> list[tuple[str, float | None, str, bool | None]]:
    """(what, measured, target, holds) rows for one benchmark's JSON."""
    def row(label, value, target, ok):
        return (label, value, target, None if value is None else ok(value))

    if name == "clean":
        return [
            row("cleanup.clean / EnglishTextNormalizer time (1 MB)",
                r["ratio_cleanup_to_whisper"], "<= 1.0", lambda v: v <= 1.0),
            row("cleanup.clean time growth for 4x text", r["growth_4x_text"], "<= 4.8",
                lambda v: v <= 4.8),
        ]
    if name == "transcribe":
        rows = [
            row("cleanup (faster-whisper) / whisper CLI wall, defaults",
                r["ratio_cleanup_fw_to_whisper_cli_default"], "<= 0.6", lambda v: v <= 0.6),
            row("cleanup (faster-whisper) / whisper CLI wall, matched settings",
                r["ratio_cleanup_fw_to_whisper_cli_matched"], "<= 0.6", lambda v: v <= 0.6),
            row("cleaning share of a cleanup transcribe run", r["clean_share_of_total"], "< 0.01",
                lambda v: v < 0.01),
            row("  same, one-time wordfreq load excluded (warm)",
                r.get("clean_share_of_total_warm"),
                "< 0.01", lambda v: v < 0.01),
            row("cleanup openai-whisper / faster-whisper backend wall",
                r["ratio_cleanup_ow_to_cleanup_fw"], "(info)", lambda v: True),
            row("cleanup (openai-whisper) / whisper CLI wall, matched settings",
                r["ratio_cleanup_ow_to_whisper_cli_matched"], "(info)", lambda v: True),
        ]
        return rows
    if name == "memory_clean":
        rows = [row(f"peak memory of cleanup.clean / text size, {r_['text_bytes'] / 1e6:.0f} MB",
                    r_["peak_over_size"], "<= 20", lambda v: v <= 20) for r_ in r["runs"]]
        for r_ in r["fix"]:
            for fmt in ("txt", "json"):
                rows.append(row(f"peak memory of cleanup fix -> {fmt} / file size, "
                                f"{r_['text_bytes'] / 1e6:.0f} MB", r_[fmt]["peak_over_size"],
                                "<= 20", lambda v: v <= 20))
        return rows
    if name == "format_memory":
        return [row(f"peak memory of cleanup fix {r['cues']}-cue SRT -> {fmt} / file size",
                    r[fmt]["ratio_above_startup"], "<= 20", lambda v: v <= 20)
                for fmt in ("json", "srt")]
    if name == "layout":
        rows = [row("layout's share of a transcription (the clips)",
                    r["layout_share_of_transcription"], "< 0.01", lambda v: v < 0.01),
                row("layout's share, one hour of speech", r["one_hour"]["layout_share"], "< 0.01",
                    lambda v: v < 0.01)]
        for source in ("own", "realworld"):
            for preset, p in ((r[source].get("pooled") or {}).items()):
                rows.append(row(f"violations / 100 cues after {preset} layout, {source} "
                                f"(before: {p['before']})", p["after"], "(info)", lambda v: True))
        return rows
    if name == "memory":
        hi = str(r["counts"][-1])
        lo = str(r["counts"][0])
        prev = str(r["counts"][-2])
        rows = []
        for b, v in r["ratio_peak_rss_max_to_min_count"].items():
            rows.append(row(f"peak RSS {hi} files / {lo} file(s), {b}", v, "<= 1.10",
                            lambda v: v <= 1.10))
            rows.append(row(f"peak RSS {hi} files / {prev} files, {b}",
                            r["ratio_peak_rss_last_two_counts"][b], "<= 1.10", lambda v: v <= 1.10))
        return rows
    if name in ("batch", "ray"):  # ratios of the scaling benchmarks, for information
        return [row(label, value, "(info)", lambda v: True)
                for label, value in r["ratios"].items()]
    return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="tiny inputs (what the smoke test runs)")
    ap.add_argument("--only", default=",".join(BENCHES), help="comma-separated subset of "
                    + ", ".join(BENCHES))
    ap.add_argument("--out", metavar="FILE", help="also write the combined JSON here")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        ap.error(f"unknown benchmark {unknown[0]!r}; benchmarks: {', '.join(BENCHES)}")

    started = time.perf_counter()
    results: dict[str, dict] = {}
    failed: list[str] = []
    for name in names:
        script, full, quick = BENCHES[name]
        cmd = [sys.executable, str(HERE / script), *(quick if args.quick else full)]
        print(f"== {name}: {' '.join(cmd)}", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
        took = time.perf_counter() - t0
        try:
            if proc.returncode:
                raise ValueError(f"exit status {proc.returncode}")
            results[name] = last_json(proc.stdout)
            results[name]["run_s"] = round(took, 1)
        except ValueError as exc:
            failed.append(name)
            print(f"run_all: {name} failed ({exc})", file=sys.stderr)
        print(f"== {name}: {took:.1f} s", file=sys.stderr, flush=True)

    rows = [(name, *c) for name, r in results.items() for c in checks(name, r)]
    width = max((len(r[1]) for r in rows), default=10)
    print(f"\n{'benchmark':<11} {'measure':<{width}} {'value':>8}  {'target':<8} holds")
    for name, label, value, target, ok in rows:
        shown = "-" if value is None else f"{value:.3f}" if value < 10 else f"{value:.1f}"
        verdict = "" if target == "(info)" else "-" if ok is None else "yes" if ok else "NO"
        print(f"{name:<11} {label:<{width}} {shown:>8}  {target:<8} {verdict}")
    total = time.perf_counter() - started
    print(f"\nrun_all: {len(results)} benchmark(s) in {total:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))

    combined = {"results": results, "failed": failed, "run_all_s": round(total, 1),
                "quick": args.quick}
    text = json.dumps(combined, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    missed = any(ok is False for *_, ok in rows)
    return 1 if failed or (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
