"""What is said around PHI, or beside it, that is no PHI: products and programmes, kinship
words and greetings, notes and timestamps, a pause asked for, a procedure named after
someone, a condition in a title. Every sentence is written for these tests."""
import pytest

from cleanup.deid.not_phi import programmes, vetoed
from cleanup.deid.refine import refine
from cleanup.deid.spans import word_span
from cleanup.deid.step import Deidentify
from cleanup.deid.view import View
from cleanup.transcript import Transcript

tag = Deidentify()


@pytest.mark.parametrize("raw", [
    # a dressing or a device brand among the words of wound care or of a device
    "Nurse: Cleaned the wound with saline, then Vaxoflex and Cordrex applied.",
    "Nurse: She had a low at school. Her Glucora alarmed, it read two point nine.",
    # a programme, a card or an insurer
    "Clerk: Do you have the Medishield card? The Medishield covers most of it.",
    "Clerk: And Kalyani last four digits, please.",
    "Patient: Medical aid is still Vantora, same as before.",
    "Patient: Insurance is through my union, Brightwater Health. Policy number to follow.",
    "Caller: My husband has the card. It's Kestrel Health, the Gold plan.",
    # a thing counted with "a" and a colour
    "Patient: I drive a silver Tovana, it's parked outside.",
    # kinship words alone, in other languages too
    "Daughter: I'm the one who stays with Inay.\nDaughter: Kuya, can you hear us?\n"
    "Doctor: Tell me more about your Lola.",
    # initials with "the", a procedure named after a surgeon
    "Patient: I still need the SHA form.",
    "Surgeon: Operation colon Hartley tension free mesh repair of left inguinal hernia.",
    # a station's label that ends in a number
    "Kiosk Tele 3: Good morning, who am I speaking to?\nCaller: Hello.\n"
    "Kiosk Tele 3: Thanks. The Kiosk paper has it.",
])
def test_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # the pause is no date, the number still an ID
    ("Receptionist: Date of birth? Okay. MR number, one second, ABC 12345.",
     "Receptionist: Date of birth? Okay. MR number, one second, [ID]."),
    ("Patient: We saw Hira Baig on the second, she said it's fine.",
     "Patient: We saw [NAME] on the [DATE], she said it's fine."),
    # greetings and leave-takings stay outside a name; the person spoken to is found
    ("miss uh miss okafor right yes doctor good morning i'm doctor reyes i'm covering today",
     "miss uh miss [NAME] right yes doctor good morning i'm doctor [NAME] i'm covering today"),
    ("[00:01.000 --> 00:02.000]  thanks doctor okafor ta-ra\n"
     "[00:02.100 --> 00:03.000]  take care maeve bye bye",
     "[00:01.000 --> 00:02.000] thanks doctor [NAME] ta-ra\n"
     "[00:02.100 --> 00:03.000] take care [NAME] bye bye"),
    ("good morning lakeside family health centre you're speaking with anu",
     "good morning [LOCATION] you're speaking with [LOCATION]"),
    # a transcriber's note splits a date
    ("Patient: it was the fourteenth [inaudible 00:00:31] March, I think.",
     "Patient: it was the [DATE] [inaudible 00:00:31] [DATE], I think."),
    # a kinship word, an honorific, a word of description or a service before a name
    ("Patient: Then Auntie Efua, she is alive.", "Patient: Then Auntie [NAME], she is alive."),
    ("Patient: My grandmother, Dona Lurdes, lives with us.",
     "Patient: My grandmother, Dona [NAME], lives with us."),
    ("Patient: ma mère, Odile, est décédée. La mère de Corinne aussi.",
     "Patient: ma mère, [NAME], est décédée. La mère de [NAME] aussi."),
    ("Nurse 2: Bay four. Wee Morag. Ninety and sharp.",
     "Nurse 2: Bay [LOCATION]. Wee [NAME]. [AGE] and sharp."),
    ("hi this is physio kiko from the clinic", "hi this is physio [NAME] from the clinic"),
    # a condition in a title, though a clinic's name holds the same words
    ("Host: I'm with the Tamsett Heart Failure Clinic.\nHost: Tonight is Coping with Heart "
     "Failure, part one.", "Host: I'm with the [LOCATION].\nHost: Tonight is Coping with "
     "Heart Failure, part one."),
    # a contraction before a holiday, a speaker label after a username
    ("Patient: And the date? Patient: It's Founders Day.",
     "Patient: And the date? Patient: It's [DATE]."),
    ("spk_1: my username is like ruth k r forty one\nspk_0: yep i see it",
     "spk_1: my username is like [NAME]\nspk_0: yep i see it"),
    # the initials of a kind of number stay outside it; a helpline's number is no one's
    ("Nurse: full stop N H I papa lima mike six two nine eight full stop.",
     "Nurse: full stop N H I [ID] full stop."),
    ("Nurse: Bed 9. NID 5521 3300 17 full stop.", "Nurse: Bed [LOCATION]. NID [ID] full stop."),
    ("Admin: attempts from IP 203.0.113.9, is that you?",
     "Admin: attempts from IP [CONTACT], is that you?"),
    ("doctor: or ring the helpline on one one six one two three any time",
     "doctor: or ring the helpline on one one six one two three any time"),
    ("your patient number is one one six four two nine", "your patient number is [ID]"),
    # still names: a person's name before "last four" (a dropped possessive), a person who
    # applied for something, a known name in a numbered label
    ("Clerk: And Priya last four digits, please.", "Clerk: And [NAME] last four digits, please."),
    ("Nurse: Can I have Kemi number please? Kemi said she'd call.",
     "Nurse: Can I have [NAME] number please? [NAME] said she'd call."),
    ("Nurse: I need the Adaeze card. Adaeze told me to ask.",
     "Nurse: I need the [NAME] card. [NAME] told me to ask."),
    ("Patient: Tom applied for the job at the depot.",
     "Patient: [NAME] applied for the job at the depot."),
])
def test_found(raw, expected):
    assert tag(raw) == expected


def _veto(text: str, first: int, last: int, category: str = "NAME") -> bool:
    view = View.of(Transcript.from_text(text))
    span = word_span(view, first, last, category, "DATE" if category == "DATE" else "PATIENT")
    return vetoed(view, span, programmes(view))


@pytest.mark.parametrize("text, first, last, category, expected", [
    ("Patient: Hospital.", 1, 1, "NAME", True),            # a kind of place said alone
    ("Patient: Rosalind.", 1, 1, "NAME", False),
    ("Nurse: the SHA claim", 2, 2, "NAME", True),          # initials after "the"
    ("Admin: from IP 203.0.113.9", 2, 2, "LOCATION", True),  # a kind of number
    ("Nurse: and ABE said so", 2, 2, "NAME", False),
    ("Nurse: just one second", 2, 3, "DATE", True),         # a pause
    ("that's all thank you heaps", 4, 4, "NAME", True),     # a thanks graded
    ("that's all thank you hemi", 4, 4, "NAME", False),
    ("Nurse: the twenty second", 2, 3, "DATE", False),
    ("Nurse: a Hartley tension free repair", 2, 2, "LOCATION", True),
    ("Nurse: Hartley checked the repair", 1, 1, "NAME", False),
])
def test_vetoed(text, first, last, category, expected):
    assert _veto(text, first, last, category) is expected


def test_refine_splits_at_timestamp():
    text = "[00:01.000 --> 00:02.000]  it is q r five\n[00:02.100 --> 00:03.000]  eight one"
    view = View.of(Transcript.from_text(text))
    words = [k for k in range(view.n) if view.keys[k]]
    span = word_span(view, words[2], words[-1], "ID", "IDNUM")
    parts = refine(view, [span])
    assert [" ".join(view.texts[p.first:p.last + 1]) for p in parts] == ["q r five", "eight one"]
