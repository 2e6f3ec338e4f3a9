"""Round 13: written dictations (operative notes, consults, discharge summaries), with a
heading on each section's line and an instrument, a suture or a dressing in every other
sentence. What the step must leave alone there: a section's heading (``PREOPERATIVE
DIAGNOSES:``), an instrument or a material named after its maker or inventor, a hospital's
service named by what it does, clinical notation with digits (an age, an obstetric history,
a vital sign), a list of small numbers, a modal ``may``, a tumour or a layer said after
``be a``. What it must find: a letter standing for a clinician with a possessive (``Dr.
X's``), an institution named ``of`` a place, and a person after a title even when the
surname is an instrument's. Every sentence is written for these tests."""
import pytest

from cleanup import formats
from cleanup.deid.labels import label_names
from cleanup.deid.step import Deidentify

every = Deidentify()


def through_reader(raw: str) -> str:
    """As ``cleanup fix`` reads a text file: a line's ``HEADING:`` is read as a label."""
    return formats.render(every.transform(formats.parse(raw, "txt")), "txt").rstrip("\n")


@pytest.mark.parametrize("raw", [
    "PREOPERATIVE DIAGNOSIS:\nRight inguinal hernia.\nANESTHESIA:\nGeneral endotracheal.",
    "ESTIMATED BLOOD LOSS:\nMinimal.\nCOMPLICATIONS:\nNone.\nHEENT:\nNormocephalic.",
    "Chief Complaint:\nKnee pain.\nHistory of Present Illness:\nShe fell on the ice.",
    "GENITOURINARY:\nNo dysuria.\nMUSCULOSKELETAL:\nNo joint swelling.",
])
def test_section_headings_name_no_one(raw):
    assert label_names(formats.parse(raw, "txt")) == {}
    assert "[" not in through_reader(raw)


@pytest.mark.parametrize("raw, names", [
    ("JOHN SMITH:\nI feel fine.\nDR. BROWN:\nGood to hear.", {"john", "smith", "brown"}),
    ("OKAFOR:\nYes.\nNURSE:\nThank you.", {"okafor"}),
])
def test_capitalized_speakers_still_name_someone(raw, names):
    assert set(label_names(formats.parse(raw, "txt"))) == names


@pytest.mark.parametrize("raw", [
    # an instrument's noun after the name, maybe after one word describing it
    "The cord was freed with Metzenbaum scissors and held with a Babcock clamp.",
    "We held each edge using Allis clamps and one Kocher clamp.",
    "A Penrose drain was left in the wound and a Deaver retractor removed.",
    "Dissection went through Scarpa's fascia to the external oblique.",
    "A Barraquer lid speculum was placed and a Kelly forceps used.",
    # a suture's size before the brand, maybe with a word between
    "We used 0 Vicryl for fascia; skin got 4-0 Monocryl afterwards.",
    "Dermis: #3-0 undyed Vicryl, then Vicryl again at the apex.",
    "An 18-French Foley was placed and the Foley was removed the next day.",
    # a structure and "of", a measure and "of"
    "Mobilize along the avascular line of Toldt up toward the ligament of Treitz.",
    "A generous amount of Kerlix was wrapped around the leg.",
    # a list with a dressing or a medicine in it
    "Dressings were Steri-Strips, Tegaderm, Kerlix and Coban.",
    # what tissue is grasped, cut or closed with; a device counted or with its article
    "The rectus sheath was grasped with Kochers and divided with a Freer.",
    "The lamina was trimmed back using a big Kerrison.",
    "Three Heaney clamps went on the pedicle; two Heaney then came off.",
    "Skin: staples, then a dry dressing.",
    # a position, a material and a device the operating room names by brand
    "She was placed in reverse Trendelenburg and prepped with Hibiclens.",
    "Hemostasis was obtained with Bovie electrocautery and Gelfoam.",
])
def test_instruments_and_materials_are_not_names(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # after a title the same word is a person's surname again
    ("A Kocher clamp was used. Dr. Kocher closed the wound.",
     "A Kocher clamp was used. Dr. [NAME] closed the wound."),
    ("Allis clamps were placed by Mrs. Allis herself.",
     "Allis clamps were placed by Mrs. [NAME] herself."),
    # a person one does something with, or a titled one
    ("Closure went well with Priya watching.", "Closure went well with [NAME] watching."),
    ("It was grasped with care by Dr. Ochsner.", "It was grasped with care by Dr. [NAME]."),
    # a name beside an institution's word stays the institution's
    ("A Mayo scissor was used. She was referred to Mayo Clinic.",
     "A Mayo scissor was used. She was referred to [LOCATION]."),
])
def test_a_person_or_a_place_of_the_same_word_is_still_found(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "Next stop for her: Postanesthesia Care Unit, per protocol.",
    "Recovery happens over in Same Day Surgery today.",
    "Thoracic Surgery and Laryngology were consulted.",
    "Handoff: Post Anesthesia Care Unit staff.",
    "He came to our Bariatric Center for evaluation.",
])
def test_a_hospital_service_named_by_what_it_does_is_no_place(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("She was seen at Riverside Surgery.", "She was seen at [LOCATION]."),
    ("He was treated at Mercy Medical Center.", "He was treated at [LOCATION]."),
])
def test_a_named_service_or_hospital_is_still_found(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw", [
    "Our 9-1/2-year-old girl here has abdominal pain.",
    "She is a 31-year-old G3, P2-0-1-2, here for a tubal ligation.",
    "Vitals: BP132/84. HR76. Afebrile.",
    "Plan: pull #3, #14, #19 and #30 next month.",
    "Anchors sit at 2, 4, 8 and 10 o'clock around the ring.",
    "We discussed that the patient may need a second operation.",
    "It seemed to be a thickened fascial layer, not a hernia sac.",
    "This looked like a recurrent tumor on the scan.",
    "He is a lifelong nonsmoker and a difficult historian.",
])
def test_clinical_notation_and_clinical_nouns_are_not_phi(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Please send the films to Dr. Q's office before Friday.",
     "Please send the films to Dr. [NAME]'s office before Friday."),
    ("She was seen at the University of Nebraska for a second opinion.",
     "She was seen at the [LOCATION] for a second opinion."),
    ("He was born at Children's Hospital of Pittsburgh.", "He was born at [LOCATION]."),
    ("Call the office at 555-201-7789 with questions.",
     "Call the office at [CONTACT] with questions."),
    ("Phone: (555) 201-7789", "Phone: [CONTACT]"),
])
def test_dictation_phi_is_found(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Patient Name: Ida Quorn\nAge: 61", "Patient Name: [NAME]\nAge: 61"),
    ("Referring Physician: Dr. May Ostrander\nReason: cough",
     "Referring Physician: Dr. [NAME]\nReason: cough"),
    ("Reviewed by: TOMASZ WIERCINSKI MD  Provider:Alma Ruiz MD",
     "Reviewed by: [NAME] MD Provider:[NAME] MD"),
    ("City: Millbrook\nState: OR\nZip Code: 97140",
     "City: [LOCATION]\nState: [LOCATION]\nZip Code: [LOCATION]"),
    ("Facility: Harbor View Medical Center", "Facility: [LOCATION]"),
    ("Encounter ID: VIS-118", "Encounter ID: [ID]"),
    ("Occupation: Retired bus driver", "Occupation: Retired [PROFESSION]"),
])
def test_a_fields_value_is_what_the_field_says(raw, expected):
    assert through_reader(raw) == expected


@pytest.mark.parametrize("raw", [
    "Occupation: none\nState: stable\nEncounter ID: pending",
    "Surgeon: Operation colon Hartley tension free mesh repair.",
    "Provider: Hi there, how are you?\nPatient: Fine.\nProvider: Good.\nPatient: Yes.\n"
    "Provider: Great.",
])
def test_a_blank_a_wrong_shape_or_a_speaker_is_no_field(raw):
    assert "[" not in through_reader(raw)
