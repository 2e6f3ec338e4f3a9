"""The review page's words as the page's script draws them, read from the page's data.

The page holds column arrays, not HTML per word (``cleanup/review/pagedata.py``); this
module decodes them into what each drawn word element carries (its tag, classes and data
attributes, its text shown before and after), so the HTML tests read like the page.
``test_browser.py`` checks that the drawn elements are exactly these.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

REMOVED, CHANGED, DROPPED = 1, 2, 3


def page_data(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="review-data">(.*?)</script>',
                    page, re.S).group(1)
    return json.loads(raw)


@dataclass
class Word:
    tag: str
    classes: list[str]
    attrs: dict[str, str]
    before: str  # the text as heard (a changed word's "was")
    after: str  # the text shown after (a changed word's "now"; "" when removed)
    changes: list[int] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "del" if self.tag == "del" else "chg" if "chg" in self.classes else "word"


def _seconds(ms: int) -> str:
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".")


def _classes(kind: int, level: int, rejected: bool) -> list[str]:
    classes = ["w"] + ([f"c{level}"] if level else [])
    classes += {REMOVED: ["gone", "flagged"], CHANGED: ["chg", "flagged"],
                DROPPED: ["gone", "guard", "flagged"]}.get(kind, [])
    if kind == 0 and level in (1, 2):
        classes.append("flagged")
    if kind in (REMOVED, CHANGED) and rejected:
        classes.append("rejected")
    return classes


def _step(kind: int, ks: list[int], reason: str, data: dict) -> str | None:
    steps = [data["changes"]["steps"][data["changes"]["step"][k]] for k in ks]
    if kind == DROPPED:
        return f"transcription guard: {reason}" if reason else "transcription guard"
    if kind == REMOVED:
        return steps[-1]
    if kind == CHANGED:
        return " ".join(dict.fromkeys(steps))
    return None


def page_words(page: str) -> list[Word]:
    """Every word element of the page, in order, with the attributes the script gives it."""
    data = page_data(page)
    w, rejected = data["words"], data["changes"]["rejected"]
    changes = {row[0]: row[1:] for row in w["changes"]}
    after = {row[0]: row[1] for row in w["after"]}
    reason = {row[0]: row[1] for row in w["reason"]}
    out, last = [], 0
    for i, text in enumerate(w["text"]):
        kind, level = w["mark"][i] >> 2, w["mark"][i] & 3
        ks = changes.get(i, [])
        attrs = {}
        if w["start"][i] is not None:
            last += w["start"][i]
            attrs["data-start"] = _seconds(last)
            attrs["data-end"] = _seconds(last + w["length"][i])
        if w["p"][i] is not None:
            attrs["data-p"] = f"{w['p'][i] / 100:.2f}"
        step = _step(kind, ks, reason.get(i, ""), data)
        if step is not None:
            attrs["data-step"] = step
        if ks:
            attrs["data-change"] = " ".join(map(str, ks))
        out.append(Word("del" if kind in (REMOVED, DROPPED) else "span",
                        _classes(kind, level, bool(ks) and all(rejected[k] for k in ks)),
                        attrs, text, after.get(i, "" if kind in (REMOVED, DROPPED) else text),
                        ks))
    return out
