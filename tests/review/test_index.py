"""``write_index``: OUT/index.html links every review page under OUT with its title,
duration and change count, and never replaces an index.html that cleanup did not write."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from cleanup import formats
from cleanup.errors import InputError
from cleanup.presets import build_pipeline
from cleanup.review import build_page, write_index, write_page
from cleanup.review.index import page_summary, read_summary
from cleanup.transcript import Transcript


class Rows(HTMLParser):
    """The index's table: each row's link and cell texts."""

    def __init__(self, page: str):
        super().__init__()
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "a":
            self.rows[-1].append(dict(attrs)["href"])
        elif tag in ("th", "td"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self.cell is not None:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture
def pages(tmp_path, demo_json):
    out = tmp_path / "out"
    clean = build_pipeline("clean")
    write_page(out / "clinic_demo.html", build_page(formats.read(demo_json), clean,
                                                    name="clinic_demo"))
    write_page(out / "day 2" / "<b>visit</b>.html",
               build_page(Transcript.from_text("um so i think so"), clean, name="<b>visit</b>"))
    (out / "notes.html").write_text("<!DOCTYPE html><p>someone's own page</p>", encoding="utf-8")
    return out


def test_the_index_lists_every_review_page(pages):
    index = write_index(pages)
    assert index == pages / "index.html"
    html = index.read_text(encoding="utf-8")
    assert Rows(html).rows == [
        ["Page", "Duration", "Words", "Changes", "Cues over the caption rules"],
        ["clinic_demo.html", "clinic_demo", "0:17", "40", "2", "2"],
        ["day%202/%3Cb%3Evisit%3C/b%3E.html", "<b>visit</b> day 2/<b>visit</b>", "–", "4", "3",
         "0"]]
    assert "<b>visit" not in html  # the name is text
    assert "<title>Review pages: out</title>" in html and "(2)</h1>" in html


def test_the_index_is_rewritten_and_never_lists_itself(pages):
    write_index(pages)
    (pages / "clinic_demo.html").unlink()
    html = write_index(pages).read_text(encoding="utf-8")
    assert [row[0] for row in Rows(html).rows[1:]] == ["day%202/%3Cb%3Evisit%3C/b%3E.html"]


def test_an_index_cleanup_did_not_write_is_kept(pages):
    (pages / "index.html").write_text("<p>mine</p>", encoding="utf-8")
    with pytest.raises(InputError, match="index.html: not replaced: cleanup did not write"):
        write_index(pages)
    assert (pages / "index.html").read_text(encoding="utf-8") == "<p>mine</p>"


def test_a_folder_without_pages(tmp_path):
    html = write_index(tmp_path).read_text(encoding="utf-8")
    assert "No review pages here yet" in html and "<table" not in html


def test_an_unwritable_folder_is_one_line(tmp_path):
    (tmp_path / "afile").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"afile/index.html: cannot write the index"):
        write_index(tmp_path / "afile")


@pytest.mark.parametrize("summary, cells", [
    ({"name": "a", "duration": 3725.4, "words": 12345, "changes": 7, "problems": 1},
     ["a x", "1:02:05", "12\u202f345", "7", "1"]),
    ({"name": 5, "duration": "long", "words": True, "changes": None}, ["x", "–", "–", "–", "–"]),
    ({"duration": -1.0, "words": 1.5}, ["x", "–", "–", "–", "–"]),
], ids=["usual", "wrong-types", "out-of-range"])
def test_summaries_of_any_shape(tmp_path, summary, cells):
    page = tmp_path / "x.html"
    page.write_text(f"<!DOCTYPE html>\n<head>{page_summary(**summary)}</head>", encoding="utf-8")
    assert read_summary(page) == summary
    assert Rows(write_index(tmp_path).read_text(encoding="utf-8")).rows[1][1:] == cells


def test_a_page_carries_its_summary(demo_json):
    page = build_page(formats.read(demo_json), build_pipeline("clean"), name="clinic_demo")
    head = page[:page.index("<style>")]
    found = re.search(r'<meta name="cleanup-review" content="([^"]*)">', head)
    assert found and "&quot;changes&quot;:2" in found.group(1)
