"""Web identifiers said or written in shapes the earlier rounds missed: an IP address said
aloud, the path said after a web address, a name spelled out inside a spoken e-mail
address, a username after ``should be``, a social media handle. Every sentence is written
for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("the router shows eighty one dot two one four dot twelve dot seven as the address",
     "the router shows [CONTACT] as the address"),
    ("the form is on hill view surgery dot c a slash forms",
     "the form is on hill view [CONTACT]"),
    ("Client: you can write to tomi dot oduya, that's O-D-U-Y-A, at yahoo dot com",
     "Client: you can write to [CONTACT]"),
    ("my username will be kofi underscore mensah seven for now",
     "my username will be [NAME] for now"),
    ("Client: Follow my shop, @kofi.paints, for updates.",
     "Client: Follow my shop, @[NAME], for updates."),
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
