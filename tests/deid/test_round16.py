"""Round 16: principles probed with text written for these tests (no held-out text). Places
where people work, meet or spend the day are named by a head no clinic has (a farm, a
theatre, a library, a gym, a trust); a radio station is named by its call sign; an address
in angle brackets is read, the brackets are punctuation; a month's abbreviation keeps its
period inside a date (``Feb. 3``); the kind of a number before it (``NPI``) is no part of
it; a number of years after a job is no employer."""
import pytest

from cleanup.deid.step import Deidentify

every = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    ("Patient: I worked at Hollybrook Farm for ten years.",
     "Patient: I worked at [LOCATION] for ten years."),
    ("Patient: Then I joined the Riverside Theatre as an usher.",
     "Patient: Then I joined the [LOCATION] as an [PROFESSION]."),
    ("Patient: I volunteer at Millbrook Library on weekends.",
     "Patient: I volunteer at [LOCATION] on weekends."),
    ("Patient: He trains at Peak Fitness gym.", "Patient: He trains at [LOCATION]."),
    ("Patient: She gives to the Daisy Chain Trust.", "Patient: She gives to the [LOCATION]."),
    ("patient: we went to the ashgrove museum", "patient: we went to the [LOCATION]"),
    ("patient: i work at kelby farm now", "patient: i work at [LOCATION] now"),
    # a kind of place names nothing
    ("Doctor: The operating theatre was booked.", "Doctor: The operating theatre was booked."),
    ("Patient: We have a home gym and a public library card.",
     "Patient: We have a home gym and a public library card."),
    ("patient: he trains at the gym out on the farm",
     "patient: he trains at the gym out on the farm"),
])
def test_places_without_a_facility_head(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Host: I heard it on KQED radio.", "Host: I heard it on [LOCATION] radio."),
    ("Host: You're listening to WNYC.", "Host: You're listening to [LOCATION]."),
    ("Host: It aired on WXRT-FM last week.", "Host: It aired on [LOCATION] last week."),
    # capitals said anywhere else are no station
    ("Doctor: Her CBCT was fine and the KUB showed nothing.",
     "Doctor: Her CBCT was fine and the KUB showed nothing."),
    ("Doctor: Send the WBCs and a KOH prep.", "Doctor: Send the WBCs and a KOH prep."),
])
def test_a_station_named_by_its_call_sign(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("See <https://www.northfieldclinic.org/visit> for hours.", "See <[CONTACT]> for hours."),
    ("Write to <ben.h@example.org>.", "Write to <[CONTACT]>."),
    # transcriber markup stays out
    ("Patient: <UNSURE>Maybe</UNSURE> it was.", "Patient: <UNSURE>Maybe</UNSURE> it was."),
])
def test_an_address_in_angle_brackets(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Seen Jan. 5th and Feb. 3.", "Seen [DATE] and [DATE]."),
    ("Surgery on Sept. 12, 2023 went well.", "Surgery on [DATE] went well."),
    ("Follow-up Aug. 9th with labs.", "Follow-up [DATE] with labs."),
    ("Her NPI is 1487329650.", "Her NPI is [ID]."),
    ("The DEA number is BK1234563, NPI 1487329650.", "The DEA number is [ID], NPI [ID]."),
    ("patient: no i retired i was a welder for thirty years",
     "patient: no i retired i was a [PROFESSION] for thirty years"),
])
def test_abbreviated_months_number_kinds_and_years(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Patient: We hiked in the Rockies.", "Patient: We hiked in the [LOCATION]."),
    ("Patient: They moved to the Ozarks.", "Patient: They moved to the [LOCATION]."),
    ("Patient: He grew up in the Scottish Highlands.", "Patient: He grew up in the [LOCATION]."),
    ("Patient: She lives near the Hamptons, I think.",
     "Patient: She lives near the [LOCATION], I think."),
    # a band, a team or a thing in a device's place is no range
    ("Patient: I listened to the Beatles.", "Patient: I listened to the Beatles."),
    ("Patient: We went to the Lakers game.", "Patient: We went to the Lakers game."),
    ("Doctor: Blood was seen in the Foley.", "Doctor: Blood was seen in the Foley."),
])
def test_a_plural_place_after_the(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Doctor: I did my residency at Stanford.", "Doctor: I did my residency at [LOCATION]."),
    ("Patient: My son is a freshman at Rutgers.",
     "Patient: My son is a freshman at [LOCATION]."),
    ("patient: she graduated from vanderbilt last year",
     "patient: she graduated from [LOCATION] last year"),
    ("patient: he teaches at brookline high", "patient: he teaches at [LOCATION]"),
    # a kind of school names none
    ("Patient: He graduated from high school and teaches at the local college.",
     "Patient: He graduated from high school and teaches at the local college."),
])
def test_where_someone_studies_or_teaches(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("text, names", [
    # a report's heading in capitals, read as a label: its words are written in lowercase
    # in the text, so they are common nouns
    ("VENTRICLE LEAD: Model 12.\nFINDINGS: The lead rests against the ventricle wall.\n", {}),
    # a person's label in capitals stays a name
    ("JOHN SMITH: I saw the smith yesterday.\nDOCTOR: Good.\n",
     {"john": "PATIENT", "smith": "PATIENT"}),
    ("DR. ALDOUS: The aldous test was fine.\nPATIENT: Good.\n", {"aldous": "DOCTOR"}),
])
def test_a_heading_in_capitals_is_no_name(text, names):
    from cleanup import formats
    from cleanup.deid.labels import label_names

    assert label_names(formats.parse(text, "txt")) == names


@pytest.mark.parametrize("raw, expected", [
    ("Patient: Yes—Dr. Okafor saw me in March—he said it was fine.",
     "Patient: Yes—Dr. [NAME] saw me in [DATE]—he said it was fine."),
    ("Patient: My daughter Priya—she's fifteen—lives in Leeds--well, near it.",
     "Patient: My daughter [NAME]—she's fifteen—lives in [LOCATION]--well, near it."),
    ("Patient: Call Priya—Okafor—now.", "Patient: Call [NAME]—now."),
    ("Patient: In March—Leeds, I think.", "Patient: In [DATE]—[LOCATION], I think."),
    # a range of numbers stays whole; a dash between words names nothing of itself
    ("Patient: It lasted 1990–1995—a long time.", "Patient: It lasted 1990–1995—a long time."),
    ("Doctor: Todd's paralysis—and it passes—is common.",
     "Doctor: Todd's paralysis—and it passes—is common."),
])
def test_words_joined_by_a_dash(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a number after the word for what it numbers: a claim, an appeal, a policy
    ("Agent: Appeal AP-2847 was filed for claim 48291.",
     "Agent: Appeal [ID] was filed for claim [ID]."),
    ("Caller: policy P-19384, thanks.", "Caller: policy [ID], thanks."),
    ("Agent: Your confirmation is 7781-22.", "Agent: Your confirmation is [ID]."),
    ("Agent: Could I get your patient ID?\nPatient: Sure, it's Q-4417.",
     "Agent: Could I get your patient ID?\nPatient: Sure, it's [ID]."),
    # the same shapes without a cue are notation or ranges
    ("Doctor: She is G2 P1011, scores 12-14.", "Doctor: She is G2 P1011, scores 12-14."),
    ("Agent: The claim was paid in 2 days.", "Agent: The claim was paid in 2 days."),
])
def test_numbers_of_claims_and_policies(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a capitalized word after a title written short or in lowercase is a surname
    ("User: We saw doctor Meadow in May.", "User: We saw doctor [NAME] in [DATE]."),
    ("Patient: Dr. Love said so.", "Patient: Dr. [NAME] said so."),
    # a placeholder or a kind after the title is none
    ("Next visit: Dr. Primary Care, then labs.", "Next visit: Dr. Primary Care, then labs."),
    ("Doctor: The nurse Station is closed.", "Doctor: The nurse Station is closed."),
    # a place's name found once is found again with its head in lowercase
    ("Agent: And your practice?\nUser: KMT paediatrics.\nAgent: So, KMT Paediatrics.",
     "Agent: And your practice?\nUser: [LOCATION].\nAgent: So, [LOCATION]."),
])
def test_a_surname_after_a_short_title_and_a_name_again(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # after a speaker's introduction, the word after their title is their name
    ("Doctor: Hello there. I am doctor patience, how can I help?",
     "Doctor: Hello there. I am doctor [NAME], how can I help?"),
    ("Doctor: I'm doctor here for the night.", "Doctor: I'm doctor here for the night."),
    # a name of several words found once is found wherever all of it is said again
    ("Doctor: What's your full name?\nPatient: I'm Blessing Adeyemi.\n"
     "Doctor: Blessing Adeyemi, hi.",
     "Doctor: What's your full name?\nPatient: I'm [NAME].\nDoctor: [NAME], hi."),
    ("Patient: We hike around the Pacific Northwest.\nDoctor: Pacific Northwest. Nice.",
     "Patient: We hike around the [LOCATION].\nDoctor: [LOCATION]. Nice."),
])
def test_an_introduced_title_and_a_whole_name_again(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a label written in the text names no one, though its words are a place's name
    ("[10:01] Caller: I'm calling from Summit GP about my results.\n"
     "[10:02] Summit GP Team: Sure, one moment.",
     "[10:01] Caller: I'm calling from [LOCATION] about my results.\n"
     "[10:02] Summit GP Team: Sure, one moment."),
    # a programme named before its part is no place
    ("Rep: Medicare Part A won't pay that. Bill it to Medicare instead.",
     "Rep: Medicare Part A won't pay that. Bill it to Medicare instead."),
])
def test_labels_and_programmes(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a name after a relative is a name, though its ending is a device's or a tumour's
    ("Paramedic: Her daughter Ifeoma is following in a car.",
     "Paramedic: Her daughter [NAME] is following in a car."),
    ("Paramedic: Her son Chidi is on his way.", "Paramedic: Her son [NAME] is on his way."),
    ("Surgeon: The Foley was removed.", "Surgeon: The Foley was removed."),
])
def test_a_name_after_a_relative_is_no_device(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Caller: The cross street is Elm and 5th.",
     "Caller: The cross street is [LOCATION] and [LOCATION]."),
    ("Caller: We're at the corner of Maple Avenue and Dunmore.",
     "Caller: We're at the corner of [LOCATION] and [LOCATION]."),
    ("Caller: It happened at Fifth and Main.", "Caller: It happened at [LOCATION] and [LOCATION]."),
    ("caller: we're on the corner of fifth and kessock",
     "caller: we're on the corner of [LOCATION] and [LOCATION]"),
    # an order, days or bases are no corner
    ("Patient: I'm off on 5th and 6th June.", "Patient: I'm off on [DATE]."),
    ("Patient: He plays at first and second base.", "Patient: He plays at first and second base."),
    ("patient: it hurt at first and then eased", "patient: it hurt at first and then eased"),
])
def test_street_corners(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Caller: We're near the Kwik Stop.", "Caller: We're near the [LOCATION]."),
    ("Caller: Meet me outside the Rose and Crown.", "Caller: Meet me outside the [LOCATION]."),
    ("Caller: I live across from the Piggly Wiggly.",
     "Caller: I live across from the [LOCATION]."),
    # a kind of place, initials or a part of a thing are none
    ("Caller: We parked outside the Emergency Department near the ER.",
     "Caller: We parked outside the Emergency Department near the ER."),
    ("Doctor: Any pain near the Bridge of your nose?",
     "Doctor: Any pain near the Bridge of your nose?"),
])
def test_a_place_beside_which_someone_is(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a clinician's question about the client's work: the job is the client's
    ("Therapist: How is your sleep? Still working nights as a forklift operator?",
     "Therapist: How is your sleep? Still working nights as a [PROFESSION]?"),
    ("Doctor: Are you still working as a welder?",
     "Doctor: Are you still working as a [PROFESSION]?"),
    # the clinician's own role stays
    ("Therapist: As a psychologist, I hear this often.",
     "Therapist: As a psychologist, I hear this often."),
    ("Therapist: I have worked as a counsellor for years, you know?",
     "Therapist: I have worked as a counsellor for years, you know?"),
])
def test_a_job_asked_about(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # roads named by a number, and their exits
    ("Caller: There's a crash on Highway 2 northbound.",
     "Caller: There's a crash on [LOCATION] northbound."),
    ("Caller: We're on I-95 near Exit 15.", "Caller: We're on [LOCATION] near [LOCATION]."),
    ("caller: on highway one oh one by the bridge", "caller: on [LOCATION] by the bridge"),
    ("Doctor: Route 2 times a day. Code I10, exit 3 of the study.",
     "Doctor: Route 2 times a day. Code I10, exit 3 of the study."),
    ("Doctor: An I-131 scan first, then treated with I-131.",
     "Doctor: An I-131 scan first, then treated with I-131."),
    # a numbered street with its compass word; a hospital's name before its unit; a school
    ("Caller: 612 North 4th Avenue, by the garage.", "Caller: [LOCATION], by the garage."),
    ("Medic: Unit 4 en route to Lakeside General trauma bay.",
     "Medic: Unit 4 en route to [LOCATION] trauma bay."),
    ("Caller: It's Maplewood High. Please hurry.", "Caller: It's [LOCATION]. Please hurry."),
    ("doctor: it's not alarmingly high but we'll watch it",
     "doctor: it's not alarmingly high but we'll watch it"),
    ("Doctor: She had general anesthesia for it.", "Doctor: She had general anesthesia for it."),
    # the fields of a CSV row joined by a quote and a comma
    ('1,"Help, 12 Oak Ave, Downtown",MEDICAL,"12 Oak Ave",2023-10-15T10:30:00Z',
     '1,"Help, [LOCATION], [LOCATION]",MEDICAL,"[LOCATION]",[DATE]'),
])
def test_roads_streets_and_rows(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a time of day before a common noun is a time's noun, no greeting
    ("Setting: Cardiac ICU, Morning Rounds.", "Setting: Cardiac ICU, Morning Rounds."),
    ("Nurse: Evening shift starts at seven.", "Nurse: Evening shift starts at seven."),
    # a greeting to a person stays one
    ("Doctor: Morning Priyanka! Come in.", "Doctor: Morning [NAME]! Come in."),
    ("Doctor: Morning Kowalski, sit down.", "Doctor: Morning [NAME], sit down."),
])
def test_a_time_of_day_before_a_noun(raw, expected):
    assert every(raw) == expected
