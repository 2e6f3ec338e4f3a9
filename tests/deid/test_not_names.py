"""Words that are not PHI although a rule could take them for it: the verb ``may``, a verb
after a phrase of travel, a brand written with a capital inside, a show watched, a medicine
given to someone (a medicine's name from the drug list, too), a condition named after two
people without its noun, an acronym after ``it's``, a greeting before a name, a condition named by
its possessive alone, and a one-word reply after an inline role label. Every sentence is
written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw", [
    "Doctor: Honestly this may be nothing.",
    "Nurse: she went home to recheck the wound.",
    "Caller: I paid with PayLink yesterday.",
    "Mum: She watches Tumblewick before bed.",
    "Doctor: We've given her Zentrofax for the nausea.",
    "Client: It's through my PPO, yes.",
    "Patient: the physio thinks it might be Kessler-Voss's.",
    "Doctor: I think she has Tarrow's.",
    "Doctor: It could be Sjogren's, or Kessler's.",
    "Doctor: it sounds like Tarrow's.",
    "Doctor: a boy with Marfan features",
    "Doctor: there were Koplik spots",
    "Doctor: She was seen by the Audiologist and a Paediatrician.",
    "[doctor] what is her name ? [interpreter] she is tired . [patient] gracias , gracias .",
    # medicines outside the glossary (deid_drugs.txt), double eponyms without their noun
    "Nurse: the Aranesp goes in before she leaves.",
    "Doctor: Kesimpta is monthly, Tremfya every eight weeks.",
    "Doctor: it looked like Stevens-Johnson at first.",
    "Patient: they treated me for Guillain-Barre as a teenager.",
    "Doctor: a case of Creutzfeldt-Jakob.",
])
def test_left(raw):
    assert tag(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Dear Anjali comma new paragraph.", "Dear [NAME] comma new paragraph."),
    ("Patient: I gave Meskerem the keys.", "Patient: I gave [NAME] the keys."),
    ("Yours sincerely, Imogen Fairbairn, Consultant Rheumatologist.",
     "Yours sincerely, [NAME], Consultant Rheumatologist."),
    ("Patient: I saw Mr McCall and DeShawn Okoro today.",
     "Patient: I saw Mr [NAME] and [NAME] today."),
    ("Patient: we moved from Tiverton", "Patient: we moved from [LOCATION]"),
    ("Patient: We'll see you in May then.", "Patient: We'll see you in [DATE] then."),
])
def test_found(raw, expected):
    assert tag(raw) == expected


# A clinic named by the service or condition it treats names no facility (written for
# this test).
@pytest.mark.parametrize("raw", [
    "Nurse: are you checking in for the vaccine clinic",
    "Doctor: I'll send a referral to the PTSD clinic.",
    "she goes to the copd clinic on fridays",
])
def test_service_clinics_left(raw):
    assert tag(raw) == raw


# A contraction ("It's", "That's") opening a sentence is no word of the facility named
# after it.
@pytest.mark.parametrize("raw, expected", [
    ("Patient: I've got the letter. It's Ridgeway Surgery, the one on the hill.",
     "Patient: I've got the letter. It's [LOCATION], the one on the hill."),
    ("That's Carrow Hospital, on the hill.", "That's [LOCATION], on the hill."),
])
def test_contraction_before_a_facility(raw, expected):
    assert tag(raw) == expected


# Kin words of other languages are what a family calls its members, not names; an eponym
# before its head ("aphasia", "frame") is a condition's or a device's name.
@pytest.mark.parametrize("raw", [
    "Daughter: Nanay prays every day since Lolo passed. Kuya drives her.",
    "Patient: Abuela lives with us now.",
    "Doctor: The main issue is still the Broca's aphasia.",
    "Nurse: she walks with the Zimmer frame now",
])
def test_kin_words_and_eponyms_left(raw):
    assert tag(raw) == raw


def test_name_after_a_kin_word():
    assert tag("my lola Remedios cooks for us") == "my lola [NAME] cooks for us"
