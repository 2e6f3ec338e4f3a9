"""Names known from how people talk about someone when the word alone says nothing (a name
that is also a word, a name no list knows): answering a phone (``X speaking``), checking a
spelling (``X with an H``), a subject taken up by a pronoun, ``our X`` with a person's
verb, a first name called on before a request, the answer to a short who-question, a
greeting's ``hiya``; a weekday that is a given name beside a surname; a hyphenated
nickname; a surname that is also a word after an unlisted given name. And the ordinary
words in the same places that stay. Every sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # who answers the phone gives a name before "speaking"
    ("Staff: Good morning, Harbour Pharmacy, Ruairi speaking.",
     "Staff: Good morning, [LOCATION], [NAME] speaking."),
    ("thanks for holding , kimaya speaking , how can i help",
     "thanks for holding , [NAME] speaking , how can i help"),
    ("hiya , dawn speaking", "hiya , [NAME] speaking"),
    # a spelling checked on a name
    ("yeah and is that mercy with a c ?", "yeah and is that [NAME] with a c ?"),
    ("Clerk: Got it. Tiwalade with one L?", "Clerk: Got it. [NAME] with one L?"),
    ("Clerk: Okay, Ifeoma with two Ms?", "Clerk: Okay, [NAME] with two Ms?"),
    # a subject said first and taken up by he or she
    ("and grace she's been brilliant with the shopping",
     "and [NAME] she's been brilliant with the shopping"),
    # "our" and a first name that a person's verb follows
    ("our dawn rang last night and our frank drives me in",
     "our [NAME] rang last night and our [NAME] drives me in"),
    # a first name called on before a request
    ("Nurse: Right. Mercy, page the registrar for me.",
     "Nurse: Right. [NAME], page the registrar for me."),
    # a short who-question and the name that answers it
    ("Nurse: Who's taking over?\nMedic: Me. Nyokabi, from the day crew.",
     "Nurse: Who's taking over?\nMedic: Me. [NAME], from the day crew."),
    # a greeting: hiya
    ("hiya joy it's the surgery calling back", "hiya [NAME] it's the surgery calling back"),
    # a found name again: asked for with "is that", the subject of a verb at a sentence start
    ("hello is that joy ?\nyes speaking\nhiya joy it's the practice nurse",
     "hello is that [NAME] ?\nyes speaking\nhiya [NAME] it's the practice nurse"),
    ("Mum: My friend Patience Okafor drives me. Patience lives nearby.",
     "Mum: My friend [NAME] drives me. [NAME] lives nearby."),
])
def test_names_from_talk(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a weekday that is a given name beside a surname, and the same person again
    ("Mother: Please add him to the list. Monday Nwosu, he drives for us.\n"
     "Teacher: Is Monday on the list already?",
     "Mother: Please add him to the list. [NAME], he drives for us.\n"
     "Teacher: Is [NAME] on the list already?"),
    # a hyphenated nickname
    ("Nurse: His cousin J-Rod Broussard brings the meals.",
     "Nurse: His cousin [NAME] brings the meals."),
    ("Patient: Ma soeur, et mon oncle Ti-Jean, they all fish.",
     "Patient: Ma soeur, et mon oncle [NAME], they all fish."),
    # a surname that is also a word after a given name no census lists
    ("Doctor: Nephew Shafiqur Islam was told the plan.",
     "Doctor: Nephew [NAME] was told the plan."),
])
def test_name_shapes_of_talk(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    # "speaking" after an adverb, a desk, a pronoun or a plain reply
    "Doctor: Generally speaking, the swelling settles.",
    "Caller: Hello?\nStaff: Reception speaking.",
    "yeah speaking",
    "Patient: I was speaking to the chemist.",
    # a spelling check of an ordinary word, an acronym
    "Teacher: Is that practise with a c?",
    # a verb of hoping, a modal, an ordinary subject
    "and hope she's feeling better",
    "and will he need a sling?",
    # "our" and a thing
    "our hope is that it heals",
    # words of endearment and plain openers before a request
    "Dad: Honey, get the door. Right, call them back. Sorry, can you repeat that?",
    # a who-question answered by a plain word
    "Nurse: Who brought you in?\nPatient: Ambulance. They were quick.",
    # weekdays as days
    "Patient: I go to Sunday Mass and I see the nurse on Monday morning.",
    "Patient: Sunday is fine, or Tuesday.",
    # hyphenated clinical and brand words
    "Doctor: Get an X-Ray and a T-Max level. The Wi-Fi is down.",
])
def test_plain_words_stay(raw):
    assert tag(raw) == raw


def test_word_after_name_as_complement_stays():
    # a people's word after a name as its complement, not a surname
    assert tag("Nurse: Is Chidi English or French speaking?") == \
        "Nurse: Is [NAME] English or French speaking?"


@pytest.mark.parametrize("raw, expected", [
    # a username of a word and a number, said after the cue with no owner's word
    ("and the app keeps saying username kemiola ninety one is locked",
     "and the app keeps saying username [NAME] is locked"),
    # a platform's account name
    ("her insta is tolu dot bakes twenty two", "her insta is [NAME]"),
    # no username: a measurement after "handle", a plain word after a platform
    ("the handle is 3 cm long", "the handle is 3 cm long"),
    ("my instagram is really private", "my instagram is really private"),
])
def test_usernames_said_with_numbers(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a name dictated with its capitals and spaces, and the words it spells elsewhere
    ("Patient Rangi Le Roux comma surname capital L E space capital R O U X full stop "
     "Mrs Le Roux lives alone",
     "Patient [NAME] comma surname [NAME] full stop Mrs [NAME] lives alone"),
    ("write it with a capital A please", "write it with a capital A please"),
    # a kinship word said as a title
    ("salamat kuya ramil see you next week", "salamat kuya [NAME] see you next week"),
    ("auntie flo came round with soup", "auntie [NAME] came round with soup"),
    ("salamat nanay and wave to ate joy everyone", "salamat nanay and wave to ate [NAME] everyone"),
    ("i ate candy and then tita grace came", "i ate candy and then tita [NAME] came"),
    ("my uncle said no", "my uncle said no"),
    # a first name paired with the speaker, or introduced and said of as a person
    ("so me and joy went down the shops", "so me and [NAME] went down the shops"),
    ("joy and i go every week", "[NAME] and i go every week"),
    ("this is dawn she's my sister", "this is [NAME] she's my sister"),
    ("me and ginger ale", "me and ginger ale"),
    ("my faith and i", "my faith and i"),
    ("this is hope", "this is hope"),
    # a caller's name before "calling from"
    ("hiya , joy calling about the repeat prescription",
     "hiya , [NAME] calling about the repeat prescription"),
    ("Patient: Please stop calling from now on.", "Patient: Please stop calling from now on."),
])
def test_names_from_company_and_titles(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a first name owning a relative, or asked, told or rung
    ("joy's husband drove her in", "[NAME]'s husband drove her in"),
    ("i told frank about it", "i told [NAME] about it"),
    ("ask grace to ring me back", "ask [NAME] to ring me back"),
    ("i rang dawn and she came round", "i rang [NAME] and she came round"),
    # the same verbs before ordinary words
    ("ask will to come", "ask will to come"),
    ("you have to ask, to be frank", "you have to ask, to be frank"),
    ("by god's grace it healed", "by god's grace it healed"),
])
def test_names_asked_or_owning(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a weekday given name again, but not where it is a day
    ("Mum: Please add him. Sunday Eke drives for us.\nNurse: Is Sunday on the list? "
     "See you Sunday then.",
     "Mum: Please add him. [NAME] drives for us.\nNurse: Is [NAME] on the list? "
     "See you Sunday then."),
    # a verb opening the sentence before a name is no given name
    ("Nurse: Grace is lovely. Tell Grace to hurry.",
     "Nurse: [NAME] is lovely. Tell [NAME] to hurry."),
])
def test_weekday_names_and_sentence_verbs(raw, expected):
    assert tag(raw) == expected
