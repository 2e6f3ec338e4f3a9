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


# A web address under a country's, a region's or a trade's top-level domain; an e-mail
# whose user part is said aloud before "at" and a domain written as one token. Sentences
# written for this test.
@pytest.mark.parametrize("raw, expected", [
    ("see heart-aid.wales for the leaflets", "see [CONTACT] for the leaflets"),
    ("go to carelink.scot today", "go to [CONTACT] today"),
    ("the site is kidneygroup.org.au.", "the site is [CONTACT]."),
    ("it's G dot Pryce 40 at fastmail.com, all lowercase", "it's [CONTACT], all lowercase"),
    ("it's tom seventy at mailbox.org", "it's [CONTACT]"),
    ("email me at clinicmail.com please", "email me at [CONTACT] please"),
])
def test_addresses_written_and_said(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "we met at noon. Then, e.g. at lunch, it was 2.5 mg.",
    "Fine. So it is ok.",
])
def test_no_address(raw):
    assert tag(raw) == raw


# Hedges between a username's cue and the name ("is like", "is, um, probably") are no
# part of it and do not hide it.
@pytest.mark.parametrize("raw, expected", [
    ("i think so my username is like rosa k seventy two",
     "i think so my username is like [NAME]"),
    ("my login is um probably dfox_9", "my login is um probably [NAME]"),
])
def test_hedged_usernames(raw, expected):
    assert tag(raw) == expected
