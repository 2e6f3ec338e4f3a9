"""Words of speech that are never PHI, however a transcriber spells them: hesitations
(``Uhhh``, ``Ummm``, ``Mhmm``) and the speaker's own "I" (``I've``, ``Im``). A written
interview capitalizes them at a turn's start, where a name finder could take one for a name
("P: Uhm, my wife drinks": not a man called Uhm).

>>> [hesitation(w) for w in ("uhm", "uhhh", "mhmm", "umm", "ummm", "hmm", "mum", "hum")]
[True, True, True, True, True, True, False, False]
"""
from __future__ import annotations

import regex

#: The speaker's own "I" in its written forms, never a name's word: "I've", "Im".
SELF = frozenset("i i'm im i've ive i'd i'll".split())
# Any spelling of a hesitation (``Uhhh``, ``Ummm``, ``Mhmm``, ``mm-hmm``): never a name.
_HESITATION = regex.compile(r"(?:u+h+m*|u+m+|e+r+m*|a+h+|e+h+|h+m+|m+h*m+|mm-?hmm|uh-?huh|h+u+h+)")


def hesitation(base: str) -> bool:
    """Whether a word is a hesitation sound, however it is spelled."""
    return bool(_HESITATION.fullmatch(base))
