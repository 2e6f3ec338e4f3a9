"""De-identification: find PHI in a transcript and replace it (the ``deidentify`` step).

The categories are those of the i2b2/UTHealth 2014 challenge (NAME, PROFESSION, LOCATION,
AGE over 89, DATE, CONTACT, ID), found in written and spoken forms, in lowercase ASR text
as in punctuated text, across caption line breaks and cues.

>>> from cleanup.deid import Deidentify
>>> Deidentify()("[doctor] hi kyle , i'm dr. delgado . dob august sixteen nineteen seventy six")
"[doctor] hi [NAME] , i'm dr. [NAME] . dob [DATE]"

One concern per module: :mod:`.view` (the tokens as words), :mod:`.numbers` (spoken
numbers), :mod:`.dates`, :mod:`.contacts` (phones, e-mail, IDs), :mod:`.addresses`,
:mod:`.places`, :mod:`.names`, :mod:`.professions`, :mod:`.labels` (speaker labels),
:mod:`.propagate` (a name found once is found everywhere), :mod:`.spans` (finds and their
merging), :mod:`.replace` and :mod:`.surrogates` (what PHI becomes), :mod:`.knowledge`
(name and place tables, words never redacted) and :mod:`.step` (the step).
"""
from .step import Deidentify, find_phi

__all__ = ["Deidentify", "find_phi"]
