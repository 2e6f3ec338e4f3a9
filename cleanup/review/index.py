"""An index of a folder's review pages: ``OUT/index.html`` links every page under ``OUT``
with its title, duration and change count.

Each review page carries a summary in its head (``<meta name="cleanup-review"
content='{"name": "visit", "duration": 912.4, "words": 2310, "changes": 57, ...}'>``);
the index reads only that, never a page's data::

    out/visit.html, out/day2/visit.html  ->  out/index.html:
        Page             Duration   Words   Changes   Cues over the rules
        day2/visit       41:07      6 120   204       3
        visit            15:12      2 310   57        0

``cleanup transcribe --formats ...,html`` calls :func:`write_index` on its output folder
after a run; an ``index.html`` that cleanup did not write is never replaced.
"""
from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import InputError
from ..formats import write_atomic

__all__ = ["INDEX_NAME", "page_summary", "read_summary", "write_index"]

INDEX_NAME = "index.html"
_SUMMARY = re.compile(r'<meta name="cleanup-review" content="([^"]*)">')
_INDEX_MARK = '<meta name="generator" content="cleanup review index">'
_HEAD = 16384  # the summary sits in the first lines of a page, before the stylesheet


def page_summary(**fields: Any) -> str:
    """The ``<meta>`` element a review page carries its summary in."""
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return f'<meta name="cleanup-review" content="{html.escape(text, quote=True)}">'


def read_summary(page: Path) -> dict[str, Any] | None:
    """A review page's summary, or ``None`` for any other file (or one that cannot be read)."""
    try:
        with open(page, encoding="utf-8", errors="replace") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return None
    found = _SUMMARY.search(head)
    if not found:
        return None
    try:
        summary = json.loads(html.unescape(found.group(1)))
    except (ValueError, RecursionError):
        return None
    return summary if isinstance(summary, dict) else None


def _duration(seconds: Any) -> str:
    """``912.4`` -> ``15:12``, ``2467.2`` -> ``41:07``, ``3725`` -> ``1:02:05``."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) \
            or not 0 <= seconds < 1e9:  # not NaN or Infinity either
        return "–"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _count(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        return "–"
    return f"{value:,}".replace(",", "\u202f")  # a thin space between thousands


def _shown(name: str) -> str:
    """A file name's bytes that are not UTF-8 shown as ``\\xNN`` (the page is UTF-8)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _row(folder: Path, page: Path, summary: dict[str, Any]) -> str:
    path = page.relative_to(folder).as_posix()
    href, rel = quote(os.fsencode(path)), _shown(path)
    name = summary.get("name")
    title = name if isinstance(name, str) else page.stem
    shown = rel[: -len(page.suffix)] if rel.endswith(page.suffix) else rel
    cells = [_duration(summary.get("duration")), _count(summary.get("words")),
             _count(summary.get("changes")), _count(summary.get("problems"))]
    return (f'<tr><th scope="row"><a href="{html.escape(href, quote=True)}">'
            f'<bdi>{html.escape(title)}</bdi></a>'
            + (f' <span class="path">{html.escape(shown)}</span>' if shown != title else "")
            + "</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")


def _pages(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for page in sorted(folder.rglob("*.html")):
        if page == folder / INDEX_NAME or not page.is_file():
            continue
        summary = read_summary(page)
        if summary is not None:
            found.append((page, summary))
    return found


def write_index(folder: str | Path) -> Path:
    """Write ``folder/index.html`` linking every review page under ``folder`` (sorted by
    path); return its path. An ``index.html`` there that cleanup did not write is an
    :class:`InputError`, and is left as it was."""
    folder = Path(folder)
    target = folder / INDEX_NAME
    if target.exists():
        try:
            with open(target, encoding="utf-8", errors="replace") as fh:
                ours = _INDEX_MARK in fh.read(_HEAD)
        except OSError as exc:
            raise InputError(target, f"cannot read: {exc.strerror or exc}") from None
        if not ours:
            raise InputError(target, "not replaced: cleanup did not write this index.html")
    pages = _pages(folder)
    rows = "\n".join(_row(folder, page, summary) for page, summary in pages)
    body = (f"<table>\n<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Duration</th>"
            f"<th scope=\"col\">Words</th><th scope=\"col\">Changes</th>"
            f"<th scope=\"col\">Cues over the caption rules</th></tr></thead>\n"
            f"<tbody>\n{rows}\n</tbody>\n</table>" if pages
            else '<p>No review pages here yet: <code>cleanup transcribe --formats html</code> '
                 'or <code>cleanup review</code> writes them.</p>')
    title = html.escape(_shown(folder.resolve().name or str(folder)))
    page = _INDEX_TEMPLATE.format(mark=_INDEX_MARK, title=title, count=len(pages), body=body)
    try:
        write_atomic(target, page)
    except OSError as exc:
        raise InputError(target, f"cannot write the index: {exc.strerror or exc}") from None
    return target


_INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{mark}
<title>Review pages: {title}</title>
<link rel="icon" href="data:,">
<style>
body {{ margin: 1rem; color: #1b1b1f; background: #ffffff;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }}
h1 {{ font-size: 1.2rem; overflow-wrap: anywhere; }}
table {{ border-collapse: collapse; max-width: 100%; }}
th, td {{ text-align: left; padding: .3rem .8rem .3rem 0; border-bottom: 1px solid #d0d3d8;
  vertical-align: top; }}
td {{ font-variant-numeric: tabular-nums; white-space: nowrap; }}
th[scope=row] {{ font-weight: normal; overflow-wrap: anywhere; }}
a {{ color: #0846a8; }}
.path {{ display: block; font-size: .8rem; color: #4a4f57; }}
@media (max-width: 40rem) {{ th, td {{ padding-right: .4rem; font-size: .9rem; }} }}
</style>
</head>
<body>
<h1>Review pages: {title} ({count})</h1>
{body}
</body>
</html>
"""
