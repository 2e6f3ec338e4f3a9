"""WCAG AA contrast for every colour pair the review page can show.

The stylesheet names its colours by role: ``--ink*`` text over ``--paper*`` backgrounds,
``--on-dark`` text over ``--dark-*`` backgrounds. Every ink must reach 4.5:1 on every
paper (small text, AA), every on-dark colour on every dark background, and the focus
ring 3:1 on every paper (non-text contrast, WCAG 1.4.11).
"""
from __future__ import annotations

import itertools
import re
from importlib import resources

import pytest

CSS = resources.files("cleanup.review").joinpath("review.css").read_text(encoding="utf-8")
ROOT_BLOCK = re.search(r":root\s*\{(.*?)\}", CSS, re.S).group(1)
COLOURS = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", ROOT_BLOCK))


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.x)."""
    channels = [int(hex_colour[k:k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _named(prefix: str) -> list[str]:
    return sorted(n for n in COLOURS if n == prefix or n.startswith(prefix + "-"))


@pytest.mark.parametrize("a, b, ratio", [("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0),
                                         ("#767676", "#ffffff", 4.54)])
def test_the_formula(a, b, ratio):
    assert contrast(a, b) == pytest.approx(ratio, abs=0.01)


PAIRS = [(ink, paper, 4.5) for ink, paper in itertools.product(_named("ink"), _named("paper"))]
PAIRS += [(fg, bg, 4.5) for fg, bg in itertools.product(_named("on-dark"), _named("dark"))]
PAIRS += [("focus", paper, 3.0) for paper in _named("paper")]


@pytest.mark.parametrize("fg, bg, minimum", PAIRS, ids=[f"{f}-on-{b}" for f, b, _ in PAIRS])
def test_aa_contrast(fg, bg, minimum):
    assert contrast(COLOURS[fg], COLOURS[bg]) >= minimum


def test_every_colour_is_a_named_role():
    assert len(_named("ink")) >= 4 and len(_named("paper")) >= 6 and _named("dark")
    assert set(COLOURS) == set(_named("ink") + _named("paper") + _named("dark")
                               + _named("on-dark") + ["focus"])
    body = CSS.replace(ROOT_BLOCK, "")
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb|hsl", body), "colours outside :root"
    used = set(re.findall(r"var\(--([\w-]+)\)", body))
    assert used <= set(COLOURS)
