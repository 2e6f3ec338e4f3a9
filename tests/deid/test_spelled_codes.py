"""Things read out letter by letter or digit by digit: codes of letters and digits (with or
without a cue, with a ``dash`` between groups), call signs, plates and postcodes in a
spelling alphabet, ``X for word`` spellings, names spelled plainly (``double L``, after
``spelt``), five digits or more read one by one, usernames joined by an underscore and
e-mail domains said as two words. And what is talk, not a code: acronyms, vitamins,
staging and vertebral levels, readings and doses. Every sentence is written for these
tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Receptionist: your booking code will be k t w two nine nine one, keep it handy.",
     "Receptionist: your booking code will be [ID], keep it handy."),
    ("ok so that's r b l six three zero five then", "ok so that's [ID] then"),
    ("Nurse: Is it still Q M T four four one eight nine?",
     "Nurse: Is it still [ID]?"),
    ("the tube label reads k p l dash four four nine zero dash r , quote that",
     "the tube label reads [ID] , quote that"),
    ("Clerk: It's D F dash three one dash five five two.",
     "Clerk: It's [ID]."),
    ("Caller: the back of it says 5 8 8 2 R T 1 0 6 3, sorry it's tiny.",
     "Caller: the back of it says [ID], sorry it's tiny."),
    ("Agent: your reference for today is T J eight eight zero two one.",
     "Agent: your reference for today is [ID]."),
])
def test_letter_digit_codes(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Dispatch: Four Charlie Two Nine, this is Control, go ahead.",
     "Dispatch: [ID], this is Control, go ahead."),
    ("Crew: Thanks Control, Four Charlie Two Nine clear.",
     "Crew: Thanks Control, [ID] clear."),
    ("Caller: the postcode is Bravo Tango three, one Romeo Echo.",
     "Caller: the postcode is [LOCATION]."),
    ("Witness: the van was Oregon, six one nine, Hotel Kilo Zulu.",
     "Witness: the van was [LOCATION], [ID]."),
])
def test_spelling_alphabet(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Caller: my surname is Pryce, P for Peter, R for Robert, Y for yellow, C for cat, E "
     "for egg.", "Caller: my surname is [NAME], [NAME]."),
    ("Caller: it's B for bread, D for David, nine, four, X for xylophone, W for water.",
     "Caller: it's [ID]."),
    ("the postcode, G as in golf, U as in umbrella, two, one, N as in Nancy",
     "the postcode, [LOCATION]"),
])
def test_letter_for_word(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Nurse: so it's Mr Hall, like the corridor, H A double L, yes?",
     "Nurse: so it's Mr [NAME], like the corridor, [NAME], yes?"),
    ("Clerk: and that's Mrs Dowd, D O double U D, right?",
     "Clerk: and that's Mrs [NAME], [NAME], right?"),
    ("the patient is agnes fenwick comma surname spelled f e n w i c k period",
     "the patient is [NAME] comma surname spelled [NAME] period"),
    ("and her maiden name, spelt b a r r e t, is on the old chart",
     "and her maiden name, spelt [NAME], is on the old chart"),
])
def test_spelled_names(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Crew: E T A ten minutes, job three eight two two six, we'll go to resus.",
     "Crew: E T A ten minutes, job [ID], we'll go to resus."),
    ("Caller: yes it's eight double oh four one, thank you",
     "Caller: yes it's [ID], thank you"),
    ("Crew: that's job 6 0 3 9 1, on our way.", "Crew: that's job [ID], on our way."),
])
def test_digits_read_out(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Admin: Username is pkell88, can you unlock it?",
     "Admin: Username is [NAME], can you unlock it?"),
    ("Patient: on the forum I'm rosie_b_knits if you want to look.",
     "Patient: on the forum I'm [NAME] if you want to look."),
    ("Patient: on the app I'm jay underscore moss eighty, with two s's.",
     "Patient: on the app I'm [NAME], with two s's."),
    ("Teacher: email me, it's k dot obi at lakeside dental dot ca, any time.",
     "Teacher: email me, it's [CONTACT], any time."),
])
def test_usernames_and_emails(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    "He went to A and E last night and they did an ECG and a CT scan.",
    "her b twelve is low, vitamin d too, and she has t two diabetes",
    "She had a C section in the spring, and her B12 was fine.",
    "take it q d s with food, five mg each time",
    "her HbA1c was 58 and the h b a one c before that was sixty.",
    "his g f r is sixty two and the a one c is fifty eight",
    "she has a c five c six disc bulge and she's g three p two a one",
    "staged t two n one m zero, then the l four l five level",
    "Crew: B P one fifty over sixty, G C S fifteen, sats ninety four.",
    "the h b one twenty four and the w c c eleven point two",
    "a b g showed p h seven point three two, p c o two six point one",
    "at four forty p m the doctor rang back",
    "chest x-ray, echo, and ECG were normal in the spring.",
    "alpha one antitrypsin was checked, and the Echo and X-ray were done.",
    "we did the ecg, e c g, this morning, then the CT, C T.",
    "I said one two three four five, breathe, five four three two one.",
    "the handle is broken, and his login is slow.",
    "Nurse: the document is discharge_summary_v2 on the shared drive.",
    "spk_0: hello\nspk_1: hi there",
    "we met at the park house last week, it went well",
    "MRI of the C5 C6 region, T2 weighted, ST elevation in V1 V2 V3.",
    "two x three x four centimetres",
    "the scores were 4 and 5 then 3, out of 5 5 5.",
])
def test_talk_left(raw):
    assert tag(raw) == raw
