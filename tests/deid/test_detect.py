"""What the deidentify step finds, one row per pattern of the issue, and what it must leave.

Every sentence here is written for these tests: no name, place or date from the shared
development set."""
import pytest

from cleanup.deid.step import Deidentify

tag = Deidentify()


@pytest.mark.parametrize("raw, expected", [
    # spoken and written dates
    ("my date of birth is august sixteen nineteen seventy six",
     "my date of birth is [DATE]"),
    ("born on the 3rd of march 1958", "born on the [DATE]"),
    ("she was seen on march 3rd", "she was seen on [DATE]"),
    ("it was september 9 , 2019 because", "it was [DATE] because"),
    ("the twenty second of October, two thousand and five.", "the [DATE]."),
    ("dob 4/14/1961 and surgery on 2021-03-04", "dob [DATE] and surgery on [DATE]"),
    ("seen on 3/1/21 and again on 3/4", "seen on [DATE] and again on [DATE]"),
    ("off work from 1/2 to 1/9", "off work from [DATE] to [DATE]"),
    ("I just saw him in november", "I just saw him in [DATE]"),
    ("back in may and in the spring", "back in [DATE] and in the spring"),
    ("dob is oh four one four sixty one", "dob is [DATE]"),
    ("and it's the fifth of the third, nineteen seventy", "and it's the [DATE]"),
    # spoken digit strings and phone numbers
    ("you can reach me on five five five one two one two", "you can reach me on [CONTACT]"),
    ("my mobile is oh seven seven double oh nine one two three four five",
     "my mobile is [CONTACT]"),
    ("call the office at 555-867-5309", "call the office at [CONTACT]"),
    ("fax it to (617) 555-0199 please", "fax it to [CONTACT] please"),
    # e-mail and web addresses, written and spelled
    ("my email is mary dot jones at gmail dot com", "my email is [CONTACT]"),
    ("write to j.doe@example.org today", "write to [CONTACT] today"),
    ("my email is j smith at yahoo dot com", "my email is [CONTACT]"),
    ("visit www.riverside-clinic.org for details", "visit [CONTACT] for details"),
    # postcodes and addresses, written and spoken
    ("the postcode is AB one CB two", "the postcode is [LOCATION]"),
    ("and your postcode please? it's s w one a one a a",
     "and your postcode please? it's [LOCATION]"),
    ("zip code is nine oh two one oh", "zip code is [LOCATION]"),
    ("It's 14 Chester Road, Leeds, LS6 2QB.", "It's [LOCATION], [LOCATION], [LOCATION]."),
    ("It's twenty two Larkspur Road, and", "It's [LOCATION], and"),
    ("i live on maple avenue in springfield", "i live on [LOCATION] in [LOCATION]"),
    # names in lowercase ASR, after titles, introductions, greetings
    ("hi kyle how are you today", "hi [NAME] how are you today"),
    ("hi siobhan how are you doing", "hi [NAME] how are you doing"),
    ("good morning mrs okonkwo how are you", "good morning mrs [NAME] how are you"),
    ("i saw doctor fitzgerald last week", "i saw doctor [NAME] last week"),
    ("hello , mr . gallagher . nice to meet you", "hello , mr . [NAME] . nice to meet you"),
    ("i'm dr. vincent delgado from cardiology", "i'm dr. [NAME] from cardiology"),
    ("Hello, I'm Dr. Okafor from Riverside Health.", "Hello, I'm Dr. [NAME] from [LOCATION]."),
    ("hi my name is priya and i'm here", "hi my name is [NAME] and i'm here"),
    ("Yes, it's Siobhan O'Connell, thanks.", "Yes, it's [NAME], thanks."),
    ("Sure, Priya Raman, that's me.", "Sure, [NAME], that's me."),
    ("Hi, is that Olusegun? Yes.", "Hi, is that [NAME]? Yes."),
    ("[doctor] patient is jennifer lopez , date of birth 3/12/1978 .",
     "[doctor] patient is [NAME] , date of birth [DATE] ."),
    ("[doctor] gregory hale date of birth", "[doctor] [NAME] date of birth"),
    ("when i saw your pa ruthmorales in march", "when i saw your pa [NAME] in [DATE]"),
    ("thank you, Mrs. Chowdhury.", "thank you, Mrs. [NAME]."),
    ("hi mark how are you", "hi [NAME] how are you"),
    # relatives
    ("my husband derek drove me here", "my husband [NAME] drove me here"),
    ("and your friend's tyler rides too", "and your friend's [NAME] rides too"),
    ("so my daughter jessica drives me in", "so my daughter [NAME] drives me in"),
    # identifiers
    ("her MRN is 00482913", "her MRN is [ID]"),
    ("medical record number is 553197 .", "medical record number is [ID] ."),
    ("social security number is 123-45-6789", "social security number is [ID]"),
    ("member id is a b c one two three four five", "member id is [ID]"),
    # hospitals and places
    ("he was admitted to st james's hospital", "he was admitted to [LOCATION]"),
    ("she goes to riverside medical center for dialysis", "she goes to [LOCATION] for dialysis"),
    ("they do it at valley health and", "they do it at [LOCATION] and"),
    ("dr. krishnan at westside family practice .", "dr. [NAME] at [LOCATION] ."),
    ("she was at Children's Hospital", "she was at [LOCATION]"),
    ("he moved to chicago last year", "he moved to [LOCATION] last year"),
    ("we moved from tiverton two years ago", "we moved from [LOCATION] two years ago"),
    ("she was at st. luke's last week", "she was at [LOCATION] last week"),
    ("I was on holiday in Thailand.", "I was on holiday in [LOCATION]."),
    ("come into central London today", "come into central [LOCATION] today"),
    # ages over 89, written and spoken
    ("she's a ninety two year old lady", "she's a [AGE] year old lady"),
    ("he is 94 years old", "he is [AGE] years old"),
    ("a 91-year-old woman", "a [AGE]-year-old woman"),
    ("I'll be ninety later this month", "I'll be [AGE] later this month"),
    ("she's ninety-one and sharp", "she's [AGE] and sharp"),
    ("in her 90s now", "in her [AGE] now"),
    # professions
    ("i work as a software engineer at a startup", "i work as a [PROFESSION] at a startup"),
    ("i'm a retired school teacher", "i'm a retired [PROFESSION]"),
    ("i own an auto body shop", "i own an [PROFESSION]"),
    ("i used to be a firefighter", "i used to be a [PROFESSION]"),
])
def test_finds(raw, expected):
    assert tag(raw) == expected


@pytest.mark.parametrize("raw", [
    # drugs, conditions (eponyms too), glossary terms
    "she takes metformin and lisinopril for her diabetes",
    "I take Sertraline and Lexapro, and sometimes Tylenol for the pain.",
    "She has Hashimoto's thyroiditis and her mother had Parkinson's.",
    "My son has Down syndrome and my sister has Crohn's disease.",
    "she had bell's palsy last year and graves' disease",
    "he's on eliquis and lasix and his a1c is nine",
    "Hepatitis B and Vitamin D were checked.",
    "he had frank blood in his urine",
    "My dad had Huntington's and my aunt had Raynaud's.",
    "she has graves and her son has tourettes",
    "I take Paracetamol Ibuprofen when it's bad, and Co-codamol.",
    # durations, times, weekdays, seasons, a lone year, doses, lab values
    "take 500 mg twice a day for six weeks",
    "we'll see you at five thirty on monday",
    "I wake up at 7 o'clock and go to bed at half past ten.",
    "i was diagnosed in 2015 , twenty eighteen was worse",
    "every spring my allergies flare up, and in the fall",
    "his a1c was 7.2 and his blood pressure was 140 over 90",
    "she is ninety percent better and weighs ninety pounds",
    "it started 100 years ago in this family",
    "ninety-nine percent of the time, and i'm 45",
    "we may need to repeat the scan",
    "One, two, three, four, five, six, seven, eight.",
    # institutions named generically, clinicians without a name
    "we went to the hospital and then the clinic",
    "I went to A and E and then saw my GP at the GP clinic.",
    "your dermatologist and the cardiologist agree",
    "i'm a bit worried about the pain",
    "the doctor said my mother and my father were fine",
    "i asked the nurse about it",
    "hi everyone thanks again, nice to see you",
    "i'm from the city and i live in a flat",
    "take 1/2 tablet at night",
    "we'll put a foley in and get a holter monitor",
    "it's common practice in my family practice and at high school",
])
def test_leaves(raw):
    assert tag(raw) == raw


def test_a_name_found_once_is_found_everywhere():
    text = ("She saw Dr. Lindqvist in May. Lindqvist said it's fine.\n"
            "Later lindqvist called.")
    assert tag(text) == "She saw Dr. [NAME] in [DATE]. [NAME] said it's fine.\nLater [NAME] called."


def test_a_common_word_name_spreads_only_where_capitalized():
    text = "My wife Grace came. Grace said the ward was busy and by God's grace it was fine."
    assert tag(text) == ("My wife [NAME] came. [NAME] said the ward was busy and by God's "
                         "grace it was fine.")


def test_a_facility_name_said_alone_after_a_preposition():
    text = "we can send you to mercy hospital or to mercy for the scan, for mercy sake"
    assert tag(text) == ("we can send you to [LOCATION] or to [LOCATION] for the scan, "
                         "for mercy sake")
