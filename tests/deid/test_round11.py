"""Round 11: interviews written out with capitals and no names (history taking as medical
students practise it). What the step must leave alone there: hesitations however spelled,
words of medicine written with a capital, a modal "may", ordinals of fingers, a run-on
sentence, a percentage, a scan's initials. What it must find: a job said by where it is
done, after a hedge, restated, or with its kind of business. Every sentence is written for
these tests."""
import pytest

from cleanup import formats
from cleanup.deid.knowledge import misspelt_term
from cleanup.deid.speech_words import hesitation
from cleanup.deid.step import Deidentify

every = Deidentify()


@pytest.mark.parametrize("raw", [
    # a hesitation before "my husband" is no one's name, and is not found again elsewhere
    "D: Do any of your family smoke?\nP: Ummm, my husband does, outside.\nD: OK. Ummm, any pets?",
    "P: Uhh, my mother had a stroke at seventy.",
    "P: Mhmm, my brother has asthma too.",
    # medicine capitalized as written dialogue does: no name, no town
    "D: This could be De Quervain's tenosynovitis, from the thumb tendons.",
    "P: She was told it was Hashimoto's thyroiditis.",
    "P: My aunt had Polymyalgia rheumatica for years.",
    "D: Any fainting or Lightheadedness when you stand?",
    "D: A Ventilin puffer with a Cortico steroid may help.",
    "P: My uncle had something called Hypertrophic cardiomyopathy.",
    "D: The pain is just below the Patella, on the front of the knee.",
    "P: My periods got heavy. It was from Fibroids, they said.",
    "D: Was your daughter born by Caesarean section?",
    # "may" the verb before an adverb; ordinals of a hand's digits
    "D: Honestly this may just be a muscle strain.",
    "P: The numbness is in the 3rd and 4th fingers.",
    # the speaker's own "I", a rank after a job, a stage of life
    "D: Any conditions?\nP: Nothing that needs a doctor for, I've had no diagnosis.",
    "D: What is your job?\nP: Um, Im retired now.",
    "P: I drank a lot back in University, not now.",
    # two sentences run together, a share of the time, a scan, a hedge
    "P: My ankle hurts as well.It has been swollen since Tuesday.",
    "P: I'm home about 90% of the week now.",
    "D: We may stage it with a PET CT after the biopsy.",
    "D: And is it Sort of a squeezing pain, or sharp?",
    # no job: a drug class, a condition, an adverb, a word of agreement
    "D: The second inhaler is a muscarinic antagonist.",
    "D: Doctors describe this as a frozen shoulder.",
    "D: And what did you do formerly for work?",
    # eponyms before their condition, arteries by their initials, a department after "Since"
    "D: Weakness after a seizure is called Todd's paralysis.",
    "P: He had surgery for Fournier's gangrene last year.",
    "D: It may be a Mallory-Weiss tear from the vomiting.",
    "P: The angiogram showed a blockage in the LAD and the RCA.",
    "P: Since Neurology found nothing, I stopped worrying.",
    # comparisons and an infinitive: no name, no job, no address
    "P: My writing is fine, it's shakier than it was.",
    "P: I'd call it an ache rather than a stabbing pain.",
    "D: That's something we need to address. How is your sleep?",
])
def test_interview_words_are_not_phi(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw", [
    # the same interviews as lowercase ASR writes them
    "what is your uhm living arrangement like uhm at home",
    "anything you see a gp for regularly",
    "has a physician seen you for the symptoms yet",
    "i'm having more trouble at nighttime mostly",
    "my son volunteers at the homeless shelter most weeks",
    "my wife still works but i'm home now",
    "i borrowed my daughters inhaler and it helped",
    "any fever or sorry shortness of breath at all",
    "any cough or sorry loss of appetite",
    "what's your name it's nice to meet you",
    "did you have to miss work this week",
    "this is called radial deviation of the wrist",
    "the day was very windy and quite cold",
    "the lab will notify public health of the result",
    "i keep coughing up this green gunk and sputum",
])
def test_lowercase_interview_words_are_not_phi(raw):
    assert every(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    # a business by its head after "at"/"from" in lowercase ASR; a state's code before a ZIP
    ("[doctor] you'll be seen here at harbour sleep associates",
     "[doctor] you'll be seen here at [LOCATION]"),
    ("[patient] we got the machine from medquist solutions",
     "[patient] we got the machine from [LOCATION]"),
    ("[patient] it's fresno ca 93701", "[patient] it's [LOCATION] [LOCATION] [LOCATION]"),
    ("[patient] i went with the best partners i could find",
     "[patient] i went with the best partners i could find"),
    ("[doctor] hi tyler , sorry jessica , my husband roy came",
     "[doctor] hi [NAME] , sorry [NAME] , my husband [NAME] came"),
    ("[patient] miss lane called me", "[patient] miss [NAME] called me"),
    ("[patient] my friend sal drove me", "[patient] my friend [NAME] drove me"),
])
def test_lowercase_names_still_found(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("D: What do you do?\nP: I'm a plumber.\nD: OK. Alright, any pets?\nP: No.\n"
     "D: Alright, and any smoking?",
     "D: What do you do?\nP: I'm a [PROFESSION].\nD: OK. Alright, any pets?\nP: No.\n"
     "D: Alright, and any smoking?"),
])
def test_agreement_is_no_job(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # a kind of business, after "this", a hedge, or with a word after it
    ("P: My wife works at this HR company downtown.",
     "P: My wife works at this [PROFESSION] downtown."),
    ("P: Well he works at like a tyre shop.", "P: Well he works at like a [PROFESSION]."),
    ("P: I work for a printing company in town.", "P: I work for a [PROFESSION] in town."),
    ("P: My uncle mostly works like on the ranch.",
     "P: My uncle mostly works like on the [PROFESSION]."),
    ("P: He worked on the rigs for ten years.",
     "P: He worked on the [PROFESSION] for ten years."),
    # the kind of business a job is done in, before or after it
    ("P: She works as a bookkeeper for a roofing firm.",
     "P: She works as a [PROFESSION] for a [PROFESSION]."),
    ("P: I'm working at a furniture store as a manager.",
     "P: I'm working at a [PROFESSION] as a [PROFESSION]."),
    # a job after "Im" and after two adverbs; a kind of workplace, alone or after "the"
    ("D: What is your job?\nP: Um, Im a plumber.",
     "D: What is your job?\nP: Um, Im a [PROFESSION]."),
    ("P: I'm actually just a payroll clerk.", "P: I'm actually just a [PROFESSION]."),
    ("P: My sister works at a bank.", "P: My sister works at a [PROFESSION]."),
    ("P: My father worked in a mine.", "P: My father worked in a [PROFESSION]."),
    ("P: He worked in shipyards for years.", "P: He worked in [PROFESSION] for years."),
    ("P: She just works at the local grocery store.",
     "P: She just works at the local [PROFESSION]."),
    ("P: She works part time at a bakery.", "P: She works part time at a [PROFESSION]."),
    ("P: He worked um, on the assembly line.",
     "P: He worked um, on the [PROFESSION]."),
    ("P: I do daycare from home.", "P: I do [PROFESSION] from home."),
    ("[patient] i'm studying nursing at mcmaster",
     "[patient] i'm studying nursing at [LOCATION]"),
    # the job said again in other words
    ("P: I am a shift supervisor, warehouse manager really.",
     "P: I am a [PROFESSION], [PROFESSION] really."),
    # an employer after where the work is done
    ("P: She works on the packing line for Hollister Foods.",
     "P: She works on the [PROFESSION] for [LOCATION]."),
    ("P: She works nights at Brennan's.", "P: She works nights at [LOCATION]."),  # 's: the name's
    # a shop, restaurant or bank whose name is no common word, after a word of going
    ("P: I only saw the staff at the Starbucks counter.",
     "P: I only saw the staff at the [LOCATION] counter."),
    ("[patient] we went to costco on saturday", "[patient] we went to [LOCATION] on saturday"),
    ("[patient] she works at this it company", "[patient] she works at this [PROFESSION]"),
    # the United States in lowercase after a word of place
    ("P: We drove down to the states in August.", "P: We drove down to the [LOCATION] in [DATE]."),
    # a named institution keeps its kind
    ("P: My son is away at Exeter University.", "P: My son is away at [LOCATION]."),
])
def test_jobs_and_places(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("P: I work at a busy office.", "P: I work at a busy office."),
    ("P: We talked about the states of the union.", "P: We talked about the states of the union."),
    ("P: I'm a nurse at the hospital.", "P: I'm a [PROFESSION] at the hospital."),
    ("P: I work on the computer all day.", "P: I work on the computer all day."),
    ("P: I work at the hospital.", "P: I work at the hospital."),
    ("P: I work at the shop mostly.", "P: I work at the shop mostly."),
    ("P: He works out at the gym.", "P: He works out at the gym."),
    ("P: I work in the kitchen all day at home.", "P: I work in the kitchen all day at home."),
    ("P: He works in a kitchen downtown.", "P: He works in a [PROFESSION] downtown."),
    ("P: I did payroll work at the mill.", "P: I did [PROFESSION] at the mill."),
    ("P: My target is ten thousand steps.", "P: My target is ten thousand steps."),
    ("P: I'm a cook at a restaurant.", "P: I'm a [PROFESSION] at a restaurant."),
    ("P: I was a teacher for Year 4.", "P: I was a [PROFESSION] for Year 4."),
])
def test_not_jobs_or_places(raw, expected):
    assert every(raw) == expected


@pytest.mark.parametrize("word, expected", [
    ("uhm", True), ("uhhhh", True), ("ummm", True), ("mhmm", True), ("hmm", True),
    ("erm", True), ("mm-hmm", True), ("uh-huh", True),
    ("mum", False), ("hum", False), ("uma", False), ("ahmed", False), ("emma", False),
])
def test_hesitations(word, expected):
    assert hesitation(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("ventilin", True),     # Ventolin, one letter changed
    ("ventolin", False),    # the drug itself: protected already
    ("symbicortt", True),   # a letter added
    ("valentina", False), ("christopher", False), ("jonathan", False),
])
def test_misspelt_terms(word, expected):
    assert misspelt_term(word) is expected


def test_a_name_before_a_condition_stays_a_name():
    assert every("P: My son Dave's arthritis is worse.") == "P: My son [NAME]'s arthritis is worse."


@pytest.mark.parametrize("raw, expected", [
    # written fixtures of the kind developers write: forms, confirmations, initials, ZIPs
    ("NURSE: Can I confirm your full name is Dora Pike?\nPATIENT: Yes, that's correct.",
     "NURSE: Can I confirm your full name is [NAME]?\nPATIENT: Yes, that's correct."),
    ("Visit Summary\nVisit Duration: 30 minutes\nClient: Maya K.",
     "Visit Summary\nVisit Duration: 30 minutes\nClient: [NAME]."),
    ("P: Send it to 12 Harbour Plaza, Fresno, CA 93701.",
     "P: Send it to [LOCATION], [LOCATION], [LOCATION] [LOCATION]."),
    # a practice named by its branch and its head, or by a rare word and "Group"
    ("NURSE: She's at Rheumatology Associates on the hill.",
     "NURSE: She's at [LOCATION] on the hill."),
    ("P: We were patients of the Tallis Group until it closed.",
     "P: We were patients of the [LOCATION] until it closed."),
    ("P: I joined a Support Group online.", "P: I joined a Support Group online."),
])
def test_written_fixtures(raw, expected):
    # through the text reader, as `cleanup fix` reads a file: "NURSE:" opens a speaker's turn
    assert formats.render(every.transform(formats.parse(raw, "txt")), "txt").rstrip("\n") \
        == expected


def test_a_form_field_label_names_no_one(tmp_path):
    from cleanup.deid.labels import label_names
    from cleanup.formats import read
    path = tmp_path / "form.txt"
    path.write_text("Session Duration: 50 minutes\nReferral Reason: cough\nDr Fletcher: hello\n"
                    "Patient: hi\nDr Fletcher: bye\n", encoding="utf-8")
    assert label_names(read(path)) == {"fletcher": "DOCTOR"}
