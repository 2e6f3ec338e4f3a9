"""The scaling benchmarks run as written on tiny inputs (a smoke test, not a measurement):
bench_batch, bench_ray, and bench_gpu with ``--device cpu`` (its GPU figures need a GPU)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..support import BENCH, run_bench

sys.path.insert(0, str(BENCH))

pytestmark = pytest.mark.slow


def run(script: str, *args: str, env: dict | None = None) -> dict:
    return run_bench(script, *args, timeout=900, env=env)


def test_bench_batch_quick():
    pytest.importorskip("faster_whisper")
    r = run("bench_batch.py", "--quick", "--backends", "faster-whisper")
    assert set(r["rows"]) == {"faster-whisper unbatched", "faster-whisper batch 8"}
    assert r["ratios"]["faster-whisper: batched / unbatched wall time"] > 0
    assert all(row["wer"] < 0.5 for row in r["rows"].values())


def test_bench_ray_quick():
    pytest.importorskip("ray")
    r = run("bench_ray.py", "--quick")
    assert r["same_transcripts"] is True
    assert r["ratios"]["ray local / plain CLI wall time"] > 0


def test_bench_gpu_refuses_without_cuda_and_runs_on_cpu():
    import torch

    if not torch.cuda.is_available():
        proc = subprocess.run([sys.executable, str(BENCH / "bench_gpu.py")], capture_output=True,
                              text=True, timeout=300, check=False)
        assert proc.returncode == 1 and "no CUDA device here" in proc.stderr
    r = run("bench_gpu.py", "--device", "cpu", "--quick", "--batch-size", "4")
    assert len(r["rows"]) == 5 and all(row["wall_s"] > 0 for row in r["rows"].values())
    assert all(row["wer"] < 0.5 for row in r["rows"].values())


def test_bench_gpu_runs_on_a_bare_machine(tmp_path):
    """--backends and --checkpoint, and no ffmpeg: what a GPU machine without faster-whisper's
    CUDA 12 libraries or ffmpeg can run."""
    from harness import openai_checkpoint

    env = {**os.environ, "PATH": os.pathsep.join(
        p for p in os.environ["PATH"].split(os.pathsep) if not (Path(p) / "ffmpeg").exists())}
    r = run("bench_gpu.py", "--device", "cpu", "--quick", "--batch-size", "4", "--backends",
            "openai-whisper", "--checkpoint", str(openai_checkpoint()), env=env)
    assert sorted(r["rows"]) == ["openai-whisper batch 4", "openai-whisper per file"]
    assert r["left_out"] == ["whisper CLI (no ffmpeg on the PATH)", "faster-whisper (--backends)"]
    assert r["ratios"]["openai-whisper batch 4 vs per file (speed-up, target >= 5)"] > 0
