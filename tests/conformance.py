"""Peer conformance cases (tests/data/conformance/peer_cases.tsv, copied from
shared/conformance): input/expected pairs from Subtitle Edit, LanguageTool, Harper, Gaupol
and subtitle-filter, run through ``cleanup.clean`` (the default clean style).

``python -m tests.conformance`` prints the pass rate per category (the table in docs/scoring.md).
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

TSV = Path(__file__).parent / "data" / "conformance" / "peer_cases.tsv"


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    input: str
    expected: str
    source: str


def _unescape(field: str) -> str:
    return field.replace("\\n", "\n").replace("\\t", "\t")


def load_cases() -> list[Case]:
    with TSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Case(r["id"], r["category"], _unescape(r["input"]), _unescape(r["expected"]),
                 r["source"])
            for r in rows]


def run_case(case: Case) -> str:
    import cleanup

    return cleanup.clean(case.input)


def report() -> str:
    total, passed = Counter(), Counter()
    for case in load_cases():
        total[case.category] += 1
        passed[case.category] += run_case(case) == case.expected
    lines = ["| category | passed | cases | rate |", "|---|---:|---:|---:|"]
    for cat in sorted(total, key=lambda c: -total[c]):
        lines.append(f"| {cat} | {passed[cat]} | {total[cat]} | {passed[cat] / total[cat]:.0%} |")
    all_p, all_t = sum(passed.values()), sum(total.values())
    lines.append(f"| **all** | **{all_p}** | **{all_t}** | **{all_p / all_t:.0%}** |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
