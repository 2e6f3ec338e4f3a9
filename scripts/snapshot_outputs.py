"""Write every output `cleanup fix` makes of the samples (and other folders) to one tree,
so that a refactor can be checked byte for byte: run it before and after, then `diff -r`.

    python scripts/snapshot_outputs.py OUT_DIR [--extra DIR ...] [--big-mb 1.0]

For each raw file (``samples/*.raw.*`` and every ``*.raw.*`` in the ``--extra`` folders),
each style (verbatim, clean, readable) and each output (the native format, JSON, and
``--layout netflix`` where the format has cues), it writes the output and the
``--explain`` lines. It runs in one process through ``cleanup.cli.main``, so it is quick.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str]) -> tuple[int, str]:
    from cleanup.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse
            status = exc.code if isinstance(exc.code, int) else 2
    return status, err.getvalue()


def snapshot(raw: Path, out: Path) -> None:
    fmt = raw.suffix.lstrip(".")
    stem = raw.name
    for style in ("verbatim", "clean", "readable"):
        targets = [(fmt, []), ("json", [])]
        if fmt in ("srt", "vtt", "json"):
            targets.append((fmt, ["--layout", "netflix"]))
        for k, (ext, extra) in enumerate(targets):
            target = out / f"{stem}.{style}.{k}.{ext}"
            status, err = _run(["fix", str(raw), "--style", style, "-o", str(target),
                                "--explain", *extra])
            errors = err.replace(str(raw), raw.name).replace(str(target), target.name)
            (out / f"{stem}.{style}.{k}.log").write_text(f"exit {status}\n{errors}",
                                                           encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--extra", type=Path, action="append", default=[])
    ap.add_argument("--big-mb", type=float, default=1.0,
                    help="also clean the seed repeated to this many MB (0: skip)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    raws = sorted((ROOT / "samples").glob("*.raw.*"))
    for folder in args.extra:
        raws += sorted(folder.glob("*.raw.*"))
    for raw in raws:
        snapshot(raw, args.out)
    if args.big_mb:
        seed = (ROOT / "samples" / "clinic_botox_seed.raw.txt").read_text(encoding="utf-8")
        copies = max(1, round(args.big_mb * 1_000_000 / len(seed.encode("utf-8"))))
        big = args.out / "big.raw.txt"
        big.write_text("\n\n".join([seed.strip()] * copies) + "\n", encoding="utf-8")
        for style in ("clean", "readable"):
            _run(["fix", str(big), "--style", style, "-o", str(args.out / f"big.{style}.txt")])
        _run(["fix", str(big), "-o", str(args.out / "big.clean.json")])
        big.unlink()
    print(f"{len(raws)} raw files -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
