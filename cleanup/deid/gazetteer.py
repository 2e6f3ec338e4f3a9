"""The longest place the gazetteer lists that starts at a token: ``new south wales`` from
``new``. Shared by the finders of places, addresses and facilities (a university of a
place), which read the same table (:func:`.knowledge.place_info`).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("she moved to new south wales"))
>>> last, (kind, _, _) = place_at(v, 3)
>>> v.texts[last], kind
('wales', 'STATE')
"""
from __future__ import annotations

from .knowledge import place_info, place_lengths
from .view import View


def place_at(view: View, i: int) -> tuple[int, tuple[str, int, bool]] | None:
    """The last token and the gazetteer's entry (kind, population, usually capitalized) of
    the longest listed place that starts at token ``i``, or ``None``."""
    lengths = place_lengths()
    words, where = view.run(i, lengths.get(view.keys[i], lengths.get(view.bases[i], 1)),
                            pauses=False)
    for size in range(len(words), 0, -1):
        found = place_info(" ".join(words[:size]))
        if found is None and words[size - 1].endswith("'s"):  # "Australia's north"
            found = place_info(" ".join(words[:size - 1] + [words[size - 1][:-2]]))
        if found is not None:
            return where[size - 1], found
    return None
