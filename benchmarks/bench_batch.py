"""Batched against unbatched decoding on this machine's CPU (``--batch-size``).

In one process, each model loaded once, the same clips (espeak-ng speaking the clinic
script of :mod:`harness`, ~2.3 min in four files) are decoded:

- faster-whisper one file at a time with its sequential pipeline, and with
  ``BatchedInferencePipeline`` (batch ``--batch-size``, default 8), int8;
- openai-whisper one file at a time (``model.transcribe``), and with cleanup's batched
  windows across files (:class:`cleanup.transcribe.windowed.BatchedOpenAIWhisper`), fp32.

Rounds are interleaved (A B C D, A B C D) and the best of each is kept. Word error rates
against the script (and between batched and unbatched) show the speed is not bought with
worse transcripts. Only the ratios measured in this run are meant to be compared.

    python benchmarks/bench_batch.py [--rounds 2] [--batch-size 8] [--parts 4] [--quick]
        [--backends faster-whisper,openai-whisper]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402

from cleanup.evaluation import word_error_rate as wer  # noqa: E402


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--quick", action="store_true", help="one short clip, one round")
    ap.add_argument("--backends", default="faster-whisper,openai-whisper")
    ap.add_argument("--parts", type=int, default=4, help="paragraphs of the script to speak")
    args = ap.parse_args(argv)
    rounds = 1 if args.quick else args.rounds

    from cleanup.transcribe import DecodeOptions, load_backend
    from cleanup.transcribe.audio import SAMPLE_RATE, load_audio
    from cleanup.transcribe.registry import batched

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        clips = harness.make_clips(Path(tmp) / "audio",
                                   harness.QUICK_SCRIPT if args.quick
                                   else harness.SCRIPT[: args.parts])
        audios = {f.stem: load_audio(f) for f in clips["files"]}
    seconds = sum(len(a) for a in audios.values()) / SAMPLE_RATE
    options = DecodeOptions()
    variants = {}
    for name in args.backends.split(","):
        backend = load_backend(name, harness.MODEL, "cpu")
        variants[f"{name} unbatched"] = (backend, False)
        variants[f"{name} batch {args.batch_size}"] = (batched(backend, args.batch_size), True)

    def run(backend, across_files: bool) -> dict[str, str]:
        if across_files and hasattr(backend, "transcribe_many"):
            return {k: t.text for k, t in backend.transcribe_many(audios.items(), options)}
        return {k: backend.transcribe(a, options).text for k, a in audios.items()}

    for backend, across in variants.values():  # warm-up: allocators, lazy imports
        backend.transcribe(next(iter(audios.values()))[: 3 * SAMPLE_RATE], options)
    best: dict[str, float] = {}
    texts: dict[str, dict[str, str]] = {}
    for _ in range(rounds):
        for label, (backend, across) in variants.items():
            t0 = time.perf_counter()
            texts[label] = run(backend, across)
            took = time.perf_counter() - t0
            best[label] = min(best.get(label, took), took)
            print(f"bench_batch: {label}: {took:.2f} s", file=sys.stderr, flush=True)

    def joined(label: str) -> str:
        return " ".join(texts[label][k] for k in audios)

    script = " ".join(clips["scripts"][k] for k in audios)
    rows = {label: {"wall_s": round(t, 3), "x_real_time": round(seconds / t, 1),
                    "wer": round(wer(script, joined(label)), 3)} for label, t in best.items()}
    ratios = {}
    for name in args.backends.split(","):
        plain, fast = f"{name} unbatched", f"{name} batch {args.batch_size}"
        ratios[f"{name}: batched / unbatched wall time"] = round(best[fast] / best[plain], 3)
        ratios[f"{name}: WER batched vs unbatched text"] = round(wer(joined(plain), joined(fast)),
                                                                 3)
    result = {"benchmark": "batch", "audio_seconds": round(seconds, 2), "files": len(audios),
              "clips": clips["source"], "rounds": rounds, "batch_size": args.batch_size,
              "rows": rows, "ratios": ratios, "versions": harness.versions()}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
