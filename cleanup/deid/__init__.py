"""De-identification: find PHI in a transcript and replace it (the ``deidentify`` step).

The categories are those of the i2b2/UTHealth 2014 challenge (NAME, PROFESSION, LOCATION,
AGE over 89, DATE, CONTACT, ID), found in written and spoken forms, in lowercase ASR text
as in punctuated text, across caption line breaks and cues.

>>> from cleanup.deid import Deidentify
>>> Deidentify()("[doctor] hi kyle , i'm dr. delgado . dob august sixteen nineteen seventy six")
"[doctor] hi [NAME] , i'm dr. [NAME] . dob [DATE]"

One concern per module: :mod:`.view` (the tokens as words), :mod:`.numbers` (spoken
numbers), :mod:`.dates`, :mod:`.ages` (over 89), :mod:`.named_days` (days with a name),
:mod:`.holidays` (holidays and festivals from a list), :mod:`.contacts` (phones, e-mail, IDs),
:mod:`.addresses`, :mod:`.places` (countries, cities, towns), :mod:`.facilities` (named
hospitals, clinics, businesses), :mod:`.organizations` (named by an introduction, a job or
a home), :mod:`.company_names` (named by the noun that ends them), :mod:`.names` (names
after cues, and their neighbours), :mod:`.name_relatives` (names after ``my wife``),
:mod:`.speech_words` (hesitations and the speaker's "I", never PHI), :mod:`.name_words`
(names known from the word), :mod:`.name_roles` (names known from their part in the talk),
:mod:`.professions`, :mod:`.labels` (speaker labels), :mod:`.propagate` (a name found once
is found everywhere), :mod:`.spans` (finds and their merging), :mod:`.replace` and
:mod:`.surrogates` (what PHI becomes), :mod:`.knowledge` (name and place tables, words
never redacted) and :mod:`.step` (the step).
"""
from .step import Deidentify, find_phi

__all__ = ["Deidentify", "find_phi"]
