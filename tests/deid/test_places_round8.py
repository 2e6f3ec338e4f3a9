"""Places and jobs as people say them in many countries: house numbers spoken with a
hyphen, a plot or a flat before the street, a house number said again, Canadian postcodes,
a street in another language, a place's tail word, a county, a town named by a number
word, facilities named by their last word (maternity, rescue, hall, health complex, talking
therapies), landmarks someone goes to, an employer after a job, and jobs said with a verb
of work. Every sentence is written for these tests."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # a house number said with a hyphen, a plot before the street
    ("Nurse: I have him at fifty-six Baobab Crescent, Northcliff?",
     "Nurse: I have him at [LOCATION], [LOCATION]?"),
    ("We have her at Lot thirty-one, Cedar Drive, Greenvale.",
     "We have her at [LOCATION], [LOCATION]."),
    ("Bien, c'est toujours sixty-three rue Dufferin, J8Y 2K4?",
     "Bien, c'est toujours [LOCATION], [LOCATION]?"),
    ("Send it to the old address, K1P5G4, please.",
     "Send it to the old address, [LOCATION], please."),
    # streets in other languages: a compound's ending, the street word first
    ("We lived at Kerkstraat 5 for years.", "We lived at [LOCATION] for years."),
    ("Her flat is at Calle del Olmo 12, near the park.",
     "Her flat is at [LOCATION], near the park."),
    # the number said again with the street's first word, a neighbour's "number"
    ("A: So that's seventy-two Protea Road, Melville?\nB: Yes.\n"
     "A: Same address, seventy-two Protea?\nB: Yes, or leave it next door, number seventy.",
     "A: So that's [LOCATION], [LOCATION]?\nB: Yes.\n"
     "A: Same address, [LOCATION]?\nB: Yes, or leave it next door, number [LOCATION]."),
    # a year before the house number stays the date's
    ("Born on the fourth of May nineteen sixty, eighty-four Willow Lane.",
     "Born on the [DATE], [LOCATION]."),
    # a numbered road; the flat that opens the address
    ("Patient: Flat 22, C Wing, Sunrise Society, Road Number 9, Thane.",
     "Patient: [LOCATION], [LOCATION]."),
    # initials said as a word between a digit number and the street
    ("[patient] our office is at 58 as rosales street near the bank",
     "[patient] our office is at [LOCATION] near the bank"),
    # a place's tail word, a county, a town named by a number word
    ("She lives at six Koru Place, Papatoetoe East, Auckland.",
     "She lives at [LOCATION], [LOCATION], [LOCATION]."),
    ("Caller: It's nine Ackee Lane, Morant Town, Clarendon.",
     "Caller: It's [LOCATION], [LOCATION], [LOCATION]."),
    ("He plowed roads for Itasca County in the winters.",
     "He plowed roads for [LOCATION] in the winters."),
    ("[patient] he worked for aitkin county all his life",
     "[patient] he worked for [LOCATION] all his life"),
    ("He grew up out by Three Forks and still fishes there.",
     "He grew up out by [LOCATION] and still fishes there."),
    ("They want to fly her home to Te Puke next month.",
     "They want to fly her home to [LOCATION] next month."),
    ("[patient] he's booked tenerife for june", "[patient] he's booked [LOCATION] for [DATE]"),
    # facilities named by their last word
    ("Patient: My last baby was born at Amani Maternity.",
     "Patient: My last baby was born at [LOCATION]."),
    ("Paramedic: Hi, Kiprop, Amani Rescue, we have a lady here.",
     "Paramedic: Hi, [NAME], [LOCATION], we have a lady here."),
    ("She goes every week to Bethel Gospel Hall, never misses.",
     "She goes every week to [LOCATION], never misses."),
    ("Sent in from Gopalpur Upazila Health Complex yesterday.",
     "Sent in from [LOCATION] yesterday."),
    ("[doctor] are you still with calderdale talking therapies",
     "[doctor] are you still with [LOCATION]"),
    ("Elle travaille à l'Hôpital Dumont depuis dix ans.",
     "Elle travaille à l'[LOCATION] depuis dix ans."),
    ("[patient] it's nurse ana from lahug physio and rehab",
     "[patient] it's nurse [NAME] from [LOCATION]"),
    ("[patient] she stayed at bantayan doctors for a week",
     "[patient] she stayed at [LOCATION] for a week"),
    ("Dictated by doctor Ruma Sen comma registrar comma Medicine Unit 2 comma full stop.",
     "Dictated by doctor [NAME] comma registrar comma [LOCATION] comma full stop."),
    ("They took him to Kilimani Dispensary first.", "They took him to [LOCATION] first."),
    ("She was born at Riverside Polyclinic.", "She was born at [LOCATION]."),
    ("She spent twenty years at the old Riverside meat works.",
     "She spent twenty years at the old [LOCATION]."),
    # landmarks someone goes to or is on
    ("We met at Kelvin Station after work.", "We met at [LOCATION] after work."),
    ("Sorry, I'm stuck on Second Harbour Bridge in traffic.",
     "Sorry, I'm stuck on [LOCATION] in traffic."),
    ("[patient] he walks the dog round fewston reservoir every night",
     "[patient] he walks the dog round [LOCATION] every night"),
    ("[patient] she sold fish at taboan market for years",
     "[patient] she sold fish at [LOCATION] for years"),
    # an employer after a job, a business placed by its street
    ("[patient] i'm still a carer for brookside i've cut my hours",
     "[patient] i'm still a [PROFESSION] for [LOCATION] i've cut my hours"),
    ("[doctor] shall i send it to superdrug on market street again",
     "[doctor] shall i send it to [LOCATION] on [LOCATION] again"),
    # an address question by one noun
    ("CLERK: Residence?\nPATIENT: Kibwezi. By the school.",
     "CLERK: Residence?\nPATIENT: [LOCATION]. By the school."),
])
def test_places(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("She retired as headteacher from the boys' school.",
     "She retired as [PROFESSION] from the boys' school."),
    ("Patient is a rickshaw puller at the bus stand.",
     "Patient is a [PROFESSION] at the bus stand."),
    ("[patient] before the stroke she was a vendor at the pier",
     "[patient] before the stroke she was a [PROFESSION] at the pier"),
    ("She was a hawker in the old town for years.",
     "She was a [PROFESSION] in the old town for years."),
    ("I'm a taxi man, I do the airport run.", "I'm a [PROFESSION], I do the airport run."),
    ("Her mother was a washerwoman in the village.",
     "Her mother was a [PROFESSION] in the village."),
    ("CLERK: Occupation?\nPATIENT: I sell charcoal.\nCLERK: Okay.",
     "CLERK: Occupation?\nPATIENT: I [PROFESSION].\nCLERK: Okay."),
    ("He drove a school bus for the council for twenty years.",
     "He [PROFESSION] for the council for twenty years."),
    ("I just left work, I'm the head cashier at the depot.",
     "I just left work, I'm the [PROFESSION] at the depot."),
    # a job's noun alone as the answer to a question about work
    ("CLERK: Occupation?\nPATIENT: Plumber. Self-employed.",
     "CLERK: Occupation?\nPATIENT: [PROFESSION]. Self-employed."),
    ("A: What does your wife do?\nB: Bus driver, mostly nights.",
     "A: What does your wife do?\nB: [PROFESSION], mostly nights."),
])
def test_jobs(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a clinician's own role, said with their name, is no patient's job
    ("My name is Jo Berg, I'm a nurse practitioner with the memory clinic.",
     "My name is [NAME], I'm a nurse practitioner with the memory clinic."),
    ("I'm a nurse practitioner, my name is Jo, and I'm with the memory team.",
     "I'm a nurse practitioner, my name is [NAME], and I'm with the memory team."),
])
def test_own_roles(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    # clinical phrases and habits after "the patient is a"
    "The patient is a reliable historian.",
    "Patient is a poor historian.",
    # a verb after a question that is not about the job
    "A: Any trouble at work?\nB: I drive slowly these days.",
    "A: What do you do for work?\nB: I drive a bit, part time.",
    "He drove a bus for an hour to get here.",
    "[patient] i retired as planned",
    "I'm a family man.",
    # kinds of hall, market, rescue, unit and works; a person named Hall
    "They meet at the Village Hall on Fridays.",
    "We bought eggs at the Farmers Market.",
    "She adopted him from Animal Rescue.",
    "The Rescue team came quickly.",
    "The Stroke Unit 2 beds are full.",
    "He works in the gas works.",
    "Go down to Maternity and ask.",
    "[patient] i went to the doctors on friday",
    "[patient] i went to junior doctors",
    # body parts, drinks and diets named like landmarks
    "I had a dental bridge fitted.",
    "[patient] it's due to carpal tunnel",
    "[patient] switched to tonic water",
    "She's at the Nurses Station.",
    "Drop her at the Police Station.",
    "A: What do you do for the pain?\nB: Physio, twice a week.",
    "A: What do you do when it flares?\nB: I make tea and rest.",
    "[doctor] drink some barley water",
    "It's the South Beach diet.",
    "[doctor] is that the mycobacterium avium complex",
    "Tuberous Sclerosis Complex was confirmed.",
    # a procedure booked, a kind of place after "to"
    "[patient] i booked colonoscopy",
    "[patient] she booked physiotherapy for tuesday",
    "[patient] we're off to theatre later",
    # "number" with no street given
    "He lives at number one on the list.",
    "We live at number nine now.",
    "The talking therapies rang me.",
    "He wore a necktie to the clinic.",
    "The dose is 5 mg at 10 pm.",
])
def test_leaves(raw):
    assert tag(raw) == raw
