"""Golden files: every samples/NAME.raw.EXT cleans to samples/NAME.clean.EXT."""
from pathlib import Path

import pytest

from cleanup import build_pipeline
from cleanup.check import find_samples, run_sample

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ALL = list(find_samples([SAMPLES]))


def test_there_are_enough_samples():
    assert len(ALL) >= 30


@pytest.mark.parametrize("sample", ALL, ids=lambda s: s.raw.name)
def test_sample(sample):
    result = run_sample(sample, build_pipeline("clean"))
    assert result.passed, "\n" + result.diff()
