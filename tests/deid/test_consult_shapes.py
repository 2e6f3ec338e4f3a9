"""Shapes of PHI in recorded consultations, and clinical words that only look like it.

Found: a house number ``one``, a postcode said as the next sentence after its street, an
e-mail address dictated with pauses around ``at``, a month's abbreviation after a word of
time, ``the States``, a job said as its letters, a kind of employer after ``work for a``
(through a stutter), a possessive place after ``at the``, a surname that is also a word
of rank or a month after ``mrs``/``mister``. Left: treatments whose last word
is also a facility's (``therapy``, ``surgery``) and a common verb before a clinic in
lowercase ASR, an adjective or an idiom after a job's cue. Every sentence is written for
these tests.
"""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: It's, er, number one Harcourt Road.", "Patient: It's, er, number [LOCATION]."),
    ("Patient: And it's one Milvale Close.", "Patient: And it's [LOCATION]."),
    ("Patient: Forty Quarry Lane. Um, LS four two KT.",
     "Patient: [LOCATION]. Um, [LOCATION]."),
    ("Doctor: And an email for you? Patient: Yeah, Anna Pole, at, Anna Pole dot org.",
     "Doctor: And an email for you? Patient: Yeah, [CONTACT]."),
    ("Doctor: Email? Patient: Sure, T <UNSURE>Okafor</UNSURE> at Outlook dot com.",
     "Doctor: Email? Patient: Sure, [CONTACT] <UNSURE>[CONTACT]</UNSURE> [CONTACT]."),
    ("Patient: It started at the end of Nov, I think.",
     "Patient: It started at the end of [DATE], I think."),
    ("Patient: it flared in aug and again since oct", "Patient: it flared in [DATE] and again "
     "since [DATE]"),
    ("Patient: We were visiting family over in the States.",
     "Patient: We were visiting family over in the [LOCATION]."),
    ("Patient: I work as an L P N at a care home.", "Patient: I work as an [PROFESSION] at a "
     "care home."),
    ("Patient: I work for a, a, a software company.", "Patient: I work for a, a, a "
     "[PROFESSION]."),
    ("Patient: She works for a kitchen supplier now.", "Patient: She works for a [PROFESSION] "
     "now."),
    ("Patient: I volunteer at the Mariner's Rest on weekends.",
     "Patient: I volunteer at the [LOCATION] on weekends."),
    # a common surname that is also a word of rank or a month, after a person's title
    ("[doctor] good morning , is it mrs. bishop ? [patient] yes .",
     "[doctor] good morning , is it mrs. [NAME] ? [patient] yes ."),
    ("[doctor] mister king will see you now", "[doctor] mister [NAME] will see you now"),
    ("Doctor: Come in, Mrs May, take a seat.", "Doctor: Come in, Mrs [NAME], take a seat."),
])
def test_found(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[doctor] are you on any growth hormone therapy ? [patient] no .",
    "[doctor] we talked about trigger finger release surgery if the splints fail .",
    "[doctor] we could schedule wrist clinic review later",
    "[doctor] she has had rotator cuff repair surgery twice",
    "Patient: the member states agreed on it.",
    "Doctor: how is work? Patient: honestly my job is painful some days.",
    "Doctor: have you managed to work as normal?",
    "Patient: we went down one road and then another.",
    "Doctor: I'm at the surgery on Mondays.",
])
def test_left(raw):
    assert tag(raw) == raw


def test_a_stutter_is_no_clause_end():
    """``a, a, a`` is one article said three times: the phrase after it still follows the
    cue, while a comma between different words still ends a clause."""
    assert tag("Patient: I work for a, a, a garden centre, yeah.") == \
        "Patient: I work for a, a, a [PROFESSION], yeah."
    assert tag("Patient: I work for a while, a bakery later.") == \
        "Patient: I work for a while, a bakery later."


# Written for these tests: shapes met in verbatim consultations and dictated notes.
@pytest.mark.parametrize("raw, expected", [
    ("Patient: Er, I work part-time as, a, uh, bus driver. Doctor: Right.",
     "Patient: Er, I work part-time as, a, uh, [PROFESSION]. Doctor: Right."),
    ("[patient] i'm a i'm a a dog groomer mostly", "[patient] i'm a i'm a a [PROFESSION] mostly"),
    ("Doctor: what did you do before being a plumber?",
     "Doctor: what did you do before being a [PROFESSION]?"),
    ("Patient: He used to work in a local flower shop.",
     "Patient: He used to work in a local [PROFESSION]."),
    ("[doctor] patient mrn xk 4471 . seen today", "[doctor] patient mrn [ID] . seen today"),
    ("Patient: Yes. Um, Hannah Parkinson. And I'm fifty.",
     "Patient: Yes. Um, [NAME]. And I'm fifty."),
    ("Doctor: Date of birth? Patient: Twenty, oh six, nineteen eighty one. Doctor: Thanks.",
     "Doctor: Date of birth? Patient: [DATE]. Doctor: Thanks."),
    ("Patient: I was born in nineteen sixty two, uh, on the third of June.",
     "Patient: I was born in [DATE], uh, on the [DATE]."),
    ("Patient: the cough began in March O nine", "Patient: the cough began in [DATE]"),
    ("Patient: It's Ruth dot Ames at <UNIN/> dot co dot uk.",
     "Patient: It's [CONTACT] <UNIN/> [CONTACT]."),
])
def test_found_in_talk(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "Patient: Salbutamol, Veltrane and the inhaler. Doctor: And the Veltrane helps?",
    "Patient: Hydrocortisone and Dermabase, twice a day.",
    "Patient: I had a Medrol Tapepak last month. Doctor: Did the Tapepak help?",
    "[doctor] knee exam shows negative lachman and negative apley",
    "Patient: I'm staying in a Long Term Care Unit now.",
    "Patient: my father had Parkinson's disease.",
    "Patient: I was a nurse, my dad got Parkinson later.",
    "Doctor: his MRN is 40-551-2210 if you need it",
])
def test_left_in_talk(raw):
    out = tag(raw)
    for word in ("Veltrane", "Dermabase", "Tapepak", "lachman", "apley", "Long",
                 "Parkinson", "if"):
        assert (word in raw) <= (word in out), (word, out)


# Written for these tests: clinical talk that only looks like PHI, and months and jobs of
# lowercase ASR.
@pytest.mark.parametrize("raw", [
    "[doctor] it may be a nerve problem , a condition called occipital neuralgia .",
    "[doctor] then in the evening , rinse your face with the same wash",
    "[patient] i'm allergic to Aspirin and Penicillin.",
    "[doctor] your blood work for lyme came back negative",
    "[doctor] this is a man who presents for hospital follow-up after a copd flare",
    "[doctor] what i'm hearing from your scan report is reassuring",
])
def test_clinical_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("[patient] it's been sore since about march and worse since",
     "[patient] it's been sore since about [DATE] and worse since"),
    ("[doctor] so that was march of this year ?", "[doctor] so that was [DATE] of this year ?"),
    ("[doctor] what do you do for work ? [patient] i'm a lab tech .",
     "[doctor] what do you do for work ? [patient] i'm a [PROFESSION] ."),
])
def test_found_in_asr(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "[doctor] use the spray . it only works for the croupy cough , not a regular one",
    "[doctor] welcome to the gi specialty clinic .",
])
def test_things_that_work_left(raw):
    assert tag(raw) == raw
