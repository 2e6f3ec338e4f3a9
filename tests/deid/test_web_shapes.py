"""Web identifiers said or written in shapes the earlier rounds missed: an IP address said
aloud, the path said after a web address, a name spelled out inside a spoken e-mail
address, a username after ``should be``, a social media handle. Every sentence is written
for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("it said your ip eighty one dot two one four dot twelve dot seven is blocked",
     "it said your ip [CONTACT] is blocked"),
    ("then upload it at hill view surgery dot c a slash forms okay",
     "then upload it at hill view [CONTACT] okay"),
    ("Client: Email is tomi dot oduya, O-D-U-Y-A, at yahoo dot com. Thanks.",
     "Client: Email is [CONTACT]. Thanks."),
    ("your username should be maya underscore chen forty two and then upload",
     "your username should be [NAME] and then upload"),
    ("Client: I had a page on Instagram, @kofi.paints, I stopped posting.",
     "Client: I had a page on Instagram, @[NAME], I stopped posting."),
])
def test_found(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "the dose went from two dot five to five",
    "we are on version one dot two dot three dot four",
    "Patient: the handle should be fixed",
    "Patient: meet @ 5 pm then",
])
def test_left(raw):
    assert tag(raw) == raw
