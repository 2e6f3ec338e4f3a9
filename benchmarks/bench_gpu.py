"""On a CUDA machine: batched decoding against the per-file path and the ``whisper`` CLI.

Run on a machine with an NVIDIA GPU, with cleanup installed against a CUDA build of torch
(``pip install torch`` from the CUDA index, then ``pip install -e '.[fast,models,bench]'``;
faster-whisper's CTranslate2 wheels need the CUDA 12 cuBLAS/cuDNN libraries, e.g.
``pip install nvidia-cublas-cu12 nvidia-cudnn-cu12``)::

    python benchmarks/bench_gpu.py [--copies 4] [--batch-size 16] [--rounds 2]

The clips are the clinic script of :mod:`harness` spoken by espeak-ng (the committed clips
when espeak-ng is missing), each copied ``--copies`` times, so a run has a few minutes of
audio in several files. Every command is a separate process given the same tiny.en
weights (the CTranslate2 folder for faster-whisper, the converted ``.pt`` for the rest),
in interleaved rounds, best of each; model load is in every wall time:

- ``whisper FILES --device cuda`` (fp16), with our decoding settings (word timestamps, no
  conditioning on previous text): the reference;
- ``cleanup transcribe --backend openai-whisper --device cuda``: today's per-file path (fp16);
- the same with ``--batch-size B``: windows of all files decoded in batches (target: at
  least 5× the per-file path);
- ``cleanup transcribe --backend faster-whisper --device cuda`` (float16), unbatched and
  with ``--batch-size B``.

``--device cpu --quick`` runs the same commands on a CPU (a smoke run of the script
itself; its figures say nothing about a GPU).

On a bare GPU machine (no faster-whisper CUDA 12 libraries, no ffmpeg, cleanup not
installed): ``--backends openai-whisper`` leaves out faster-whisper, ``--checkpoint
model.pt`` uses a converted checkpoint you bring instead of converting the bundled model,
and the ``whisper`` CLI row is left out when there is no ``ffmpeg`` (the CLI decodes audio
with it). Every command runs as ``python -m``, so nothing needs installing but the packages.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    ap.add_argument("--copies", type=int, default=4, help="copies of each clip (default 4)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="one short clip, twice, one round")
    ap.add_argument("--backends", default="openai-whisper,faster-whisper",
                    help="comma-separated: openai-whisper, faster-whisper")
    ap.add_argument("--checkpoint", help="an openai-whisper .pt of tiny.en (default: convert "
                                         "the bundled model)")
    args = ap.parse_args(argv)
    backends = {b.strip() for b in args.backends.split(",") if b.strip()}
    if not backends <= {"openai-whisper", "faster-whisper"}:
        sys.exit(f"bench_gpu: unknown backend in --backends {args.backends!r}")
    if args.device == "cuda":
        import torch

        if not torch.cuda.is_available():
            sys.exit("bench_gpu: no CUDA device here (torch.cuda.is_available() is False); "
                     "run it on a GPU machine, or --device cpu --quick for a smoke run")
    rounds, copies = (1, 2) if args.quick else (args.rounds, args.copies)
    bs = str(args.batch_size)
    # converted once, before any timing
    checkpoint = args.checkpoint or str(harness.openai_checkpoint())
    cleanup, whisper = [sys.executable, "-m", "cleanup"], [sys.executable, "-m", "whisper"]
    with_cli = shutil.which("ffmpeg") is not None
    with tempfile.TemporaryDirectory(prefix="bench-gpu-") as tmp:
        work = Path(tmp)
        clips = harness.make_clips(work / "spoken",
                                   harness.QUICK_SCRIPT if args.quick else harness.SCRIPT)
        audio = work / "audio"
        audio.mkdir()
        scripts = {}
        for f in clips["files"]:
            for i in range(copies):
                shutil.copyfile(f, audio / f"{f.stem}_{i}.wav")
                scripts[f"{f.stem}_{i}"] = clips["scripts"][f.stem]
        files = sorted(str(p) for p in audio.iterdir())
        seconds = clips["seconds"] * copies

        def ours(backend: str, model: str, out: str, *extra: str) -> list[str]:
            return [*cleanup, "transcribe", str(audio), "-o", str(work / out), "--backend",
                    backend, "--model", model, "--device", args.device, "--force",
                    "--formats", "txt,json", *extra]

        fp16 = ["--fp16", "True"] if args.device == "cuda" else ["--fp16", "False"]
        commands = {}
        if with_cli:
            commands["whisper CLI"] = [
                *whisper, *files, "--model", checkpoint, "--device", args.device, *fp16,
                "--language", "en", "--output_format", "txt", "--output_dir",
                str(work / "out-whisper"), "--verbose", "False", "--word_timestamps", "True",
                "--condition_on_previous_text", "False"]
        if "openai-whisper" in backends:
            commands["openai-whisper per file"] = ours("openai-whisper", checkpoint, "out-ow1")
            commands[f"openai-whisper batch {bs}"] = ours("openai-whisper", checkpoint,
                                                          "out-owb", "--batch-size", bs)
        if "faster-whisper" in backends:
            commands["faster-whisper per file"] = ours("faster-whisper", harness.MODEL, "out-fw1")
            commands[f"faster-whisper batch {bs}"] = ours("faster-whisper", harness.MODEL,
                                                          "out-fwb", "--batch-size", bs)
        outs = {"whisper CLI": "out-whisper", "openai-whisper per file": "out-ow1",
                f"openai-whisper batch {bs}": "out-owb", "faster-whisper per file": "out-fw1",
                f"faster-whisper batch {bs}": "out-fwb"}
        best = harness.best_of(commands, rounds, cwd=work)
        rows = {}
        for label, run in best.items():
            texts = [(work / outs[label] / f"{stem}.txt").read_text(encoding="utf-8")
                     for stem in sorted(scripts)]
            rows[label] = {"wall_s": round(run["wall_s"], 2), "cpu_s": round(run["cpu_s"], 1),
                           "x_real_time": round(seconds / run["wall_s"], 1),
                           "max_rss_mb": round(run["max_rss_mb"]),
                           "wer": round(harness.wer(" ".join(scripts[s] for s in sorted(scripts)),
                                                    " ".join(texts)), 3)}

    def speedup(a: str, b: str) -> float | None:
        if a not in best or b not in best:
            return None  # a row left out (--backends, or no ffmpeg for the CLI)
        return round(best[b]["wall_s"] / best[a]["wall_s"], 2)

    ratios = {
        f"openai-whisper batch {bs} vs per file (speed-up, target >= 5)":
            speedup(f"openai-whisper batch {bs}", "openai-whisper per file"),
        f"openai-whisper batch {bs} vs whisper CLI (speed-up)":
            speedup(f"openai-whisper batch {bs}", "whisper CLI"),
        f"faster-whisper batch {bs} vs whisper CLI (speed-up)":
            speedup(f"faster-whisper batch {bs}", "whisper CLI"),
        f"faster-whisper batch {bs} vs faster-whisper per file (speed-up)":
            speedup(f"faster-whisper batch {bs}", "faster-whisper per file"),
    }
    device = args.device
    if device == "cuda":
        import torch

        device = f"cuda: {torch.cuda.get_device_name(0)}"
    result = {"benchmark": "gpu", "device": device, "audio_seconds": round(seconds, 1),
              "files": len(scripts), "clips": clips["source"], "rounds": rounds,
              "batch_size": args.batch_size, "rows": rows, "ratios": ratios,
              "left_out": ([] if with_cli else ["whisper CLI (no ffmpeg on the PATH)"])
              + [f"{b} (--backends)" for b in ("openai-whisper", "faster-whisper")
                 if b not in backends],
              "versions": harness.versions()}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
