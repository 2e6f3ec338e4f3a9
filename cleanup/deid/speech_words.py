"""Words of speech that are never PHI, however a transcriber spells them: hesitations
(``Uhhh``, ``Ummm``, ``Mhmm``) and the speaker's own "I" (``I've``, ``Im``). A written
interview capitalizes them at a turn's start, where a name finder could take one for a name
("P: Uhm, my wife drinks": not a woman called Uhm).

>>> [hesitation(w) for w in ("uhm", "uhhh", "mhmm", "umm", "ummm", "hmm", "mum", "hum")]
[True, True, True, True, True, True, False, False]
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import filler_matches, filler_pattern, is_filler

#: The speaker's own "I" in its written forms, never a name's word: "I've", "Im".
SELF = frozenset("i i'm im i've ive i'd i'll".split())
# Sounds the cleaning's filler list leaves out, because they mean yes or no ("mhm",
# "uh-huh") or are rare ("eh"): no name either, however long they are held.
_OTHER_SOUNDS = filler_pattern(("mhm", "uhhuh", "uhuh", "huh", "eh"))


@lru_cache(maxsize=1 << 14)
def hesitation(base: str) -> bool:
    """Whether a word is a hesitation sound, however it is spelled: one of the bundled
    fillers (``cleanup/data/fillers.txt``, letters held: ``ummm``) or a sound of assent."""
    return is_filler(base) or filler_matches(_OTHER_SOUNDS, base)
