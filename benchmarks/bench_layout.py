"""Caption layout: rule violations per 100 cues before and after ``layout``, and the
layout's share of a transcription.

Before = the cleaned transcript with its own cues (``--layout keep``: Whisper's segments,
or the caption file's cues); after = the same words laid out by each preset. A cue counts
once however many rules it breaks; each preset is checked against its own rules.

Inputs:
- our own Whisper transcripts: the committed clips (``samples/audio``, ``tests/data/audio``)
  transcribed here with faster-whisper and the bundled tiny.en weights (no download);
- the Whisper caption files of the real-world set (r06, r08, r12, r13), read where they lie
  (``../shared/realworld`` from the repository, or ``$CLEANUP_REALWORLD``) and never copied.

The share: in one process, model load + decoding + cleaning + layout of the clips, timed
separately (best of ``--repeat`` for the cleaning and layout); and the layout's time for a
one-hour transcript (the clips' words repeated with shifted times) against the decoding
time of an hour of audio at the measured speed.

    python benchmarks/bench_layout.py [--quick] [--repeat 5]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLIPS = [ROOT / "samples" / "audio" / "clinic_demo.wav",
         ROOT / "tests" / "data" / "audio" / "speech.wav",
         ROOT / "tests" / "data" / "audio" / "speech_video.mp4"]
REALWORLD = ("r06.raw.vtt", "r08.raw.srt", "r12.raw.srt", "r13.raw.srt")
PRESETS = ("netflix", "dcmp", "bbc")


def realworld_dir() -> Path | None:
    candidates = [os.environ.get("CLEANUP_REALWORLD"), ROOT.parent / "shared" / "realworld",
                  ROOT.parent.parent / "shared" / "realworld"]
    for c in candidates:
        if c and (Path(c) / REALWORLD[0]).is_file():
            return Path(c)
    return None


def rates(transcript) -> dict:
    """Violations per 100 cues, before and after each preset, and the cue counts."""
    from cleanup.layout import layout, lint, timed_cues, violations_per_100

    out = {"cues_before": len(timed_cues(transcript))}
    for name in PRESETS:
        laid = layout(transcript, name)
        out[name] = {"before": round(violations_per_100(transcript, name), 1),
                     "after": round(violations_per_100(laid, name), 1),
                     "cues_after": len(timed_cues(laid)),
                     "rules_after": sorted({v.rule for v in lint(laid, name)})}
    return out


def pooled(per_file: dict) -> dict:
    """Violations per 100 cues over all files together (cue-weighted)."""
    out = {}
    for name in PRESETS:
        cues_b = sum(r["cues_before"] for r in per_file.values())
        cues_a = sum(r[name]["cues_after"] for r in per_file.values())
        bad_b = sum(r[name]["before"] * r["cues_before"] / 100 for r in per_file.values())
        bad_a = sum(r[name]["after"] * r[name]["cues_after"] / 100 for r in per_file.values())
        out[name] = {"before": round(100 * bad_b / cues_b, 1) if cues_b else None,
                     "after": round(100 * bad_a / cues_a, 1) if cues_a else None,
                     "cues_before": cues_b, "cues_after": cues_a}
    return out


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def one_hour(transcripts, audio_s: float):
    """The clips' cleaned words repeated, times shifted, to an hour of speech."""
    from cleanup.transcript import Segment, Token, Transcript

    pairs = []
    offset = 0.0
    while offset < 3600:
        for t, length in transcripts:
            for seg, tokens in zip(t.segments, t.segment_tokens()):
                if tokens:
                    pairs.append((Segment(seg.start + offset, seg.end + offset),
                                  [Token(k.text, k.sep, k.start + offset, k.end + offset)
                                   for k in tokens]))
            offset += length
    return Transcript.from_segments(pairs, format="json"), offset


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="the real-world files and one clip only, one repeat")
    ap.add_argument("--repeat", type=int, default=5, help="best of this many timings")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else args.repeat

    import cleanup
    from cleanup import formats
    from cleanup.layout import layout

    pipeline = cleanup.build_pipeline("clean")
    result: dict = {"presets": list(PRESETS)}

    # --- the real-world Whisper caption files ------------------------------------------
    folder = realworld_dir()
    realworld = {}
    if folder is not None:
        for name in REALWORLD:
            realworld[name] = rates(pipeline(formats.read(folder / name)))
    result["realworld"] = {"folder": str(folder) if folder else None, "files": realworld,
                           "pooled": pooled(realworld) if realworld else None}

    # --- our own Whisper transcripts, and the share of a transcription ----------------
    from cleanup.transcribe import load_backend
    from cleanup.transcribe.audio import SAMPLE_RATE, load_audio
    from cleanup.transcribe.base import DecodeOptions

    clips = [c for c in CLIPS if c.is_file()][: 1 if args.quick else None]
    t0 = time.perf_counter()
    backend = load_backend("faster-whisper", "bundled:tiny.en")
    load_s = time.perf_counter() - t0
    pipeline.prepare()
    own, cleaned_all, timing = {}, [], {"load_s": load_s, "decode_s": 0.0, "clean_s": 0.0,
                                        "layout_s": 0.0, "audio_s": 0.0}
    for clip in clips:
        audio = load_audio(clip)
        t0 = time.perf_counter()
        raw = backend.transcribe(audio, DecodeOptions(language="en"))
        timing["decode_s"] += time.perf_counter() - t0
        timing["clean_s"] += best_of(lambda: pipeline.explain(raw), repeat)
        cleaned = pipeline(raw)
        timing["layout_s"] += best_of(lambda: layout(cleaned, "netflix"), repeat)
        seconds = len(audio) / SAMPLE_RATE
        timing["audio_s"] += seconds
        cleaned_all.append((cleaned, seconds))
        own[str(clip.relative_to(ROOT))] = rates(cleaned)
    total = timing["load_s"] + timing["decode_s"] + timing["clean_s"] + timing["layout_s"]
    hour, hour_s = one_hour(cleaned_all, timing["audio_s"])
    hour_layout_s = best_of(lambda: layout(hour, "netflix"), min(repeat, 3))
    hour_decode_s = timing["decode_s"] * hour_s / timing["audio_s"]
    result["own"] = {"backend": "faster-whisper", "model": "bundled:tiny.en", "files": own,
                     "pooled": pooled(own)}
    result["timing"] = {k: round(v, 4) for k, v in timing.items()}
    result["layout_share_of_transcription"] = round(timing["layout_s"] / total, 5)
    result["one_hour"] = {"words": len(hour.tokens), "audio_s": round(hour_s),
                          "layout_s": round(hour_layout_s, 3),
                          "decode_s_estimated": round(hour_decode_s, 1),
                          "layout_share": round(hour_layout_s / (hour_decode_s + hour_layout_s), 5)}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
    sys.exit(0)
