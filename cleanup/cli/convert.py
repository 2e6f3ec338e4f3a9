"""``cleanup convert-model``: a CTranslate2 Whisper folder as an openai-whisper checkpoint.

``cleanup convert-model bundled:tiny.en -o tiny.en.pt`` converts the model faster-whisper
reads into the ``.pt`` that ``--model tiny.en.pt`` (openai-whisper) loads
(:mod:`cleanup.transcribe.convert`).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def add_convert_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "convert-model", help="convert a CTranslate2 Whisper model to an openai-whisper .pt",
        description="Convert a CTranslate2 Whisper folder (model.bin, config.json), as "
                    "faster-whisper uses, into a checkpoint whisper.load_model() reads.")
    p.add_argument("model_dir", metavar="CT2_DIR",
                   help="the CTranslate2 folder, or bundled:tiny.en")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pt", help="checkpoint to write")
    p.set_defaults(func=cmd_convert_model)
    return p


def cmd_convert_model(args: argparse.Namespace) -> int:
    from ..transcribe.convert import convert_ct2_to_whisper
    from ..transcribe.models import BUNDLED_PREFIX, bundled_model_dir

    bundled = args.model_dir.startswith(BUNDLED_PREFIX)
    source = bundled_model_dir() if bundled else Path(args.model_dir)
    started = time.monotonic()
    out = convert_ct2_to_whisper(source, args.output)
    print(f"cleanup: wrote {out} ({out.stat().st_size / 1e6:.0f} MB) in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0
