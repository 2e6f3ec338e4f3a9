"""The ``deidentify`` step: find PHI with every detector, then replace it.

Not in the default styles: it changes what a transcript says, on purpose. Run it last, on
the cleaned text, or alone (``--steps deidentify``).

>>> Deidentify()("hi kyle , your dob is 4/14/1960 and dr. sanchez works at county hospital")
'hi [NAME] , your dob is [DATE] and dr. [NAME] works at [LOCATION]'
>>> Deidentify(mode="mask")("I work as a nurse in Leeds.")
'I work as a *** in ***.'

The transcript the step returns lists what it replaced in ``meta["redactions"]``: one
plain dict per redaction with ``category``, ``subtype``, ``text`` (the original: keep it
out of anything shared), ``start``/``end`` (seconds, or ``None`` for untimed text),
``tokens`` (the ``[first, last)`` token range in the step's input), ``id`` (the id of
the token that now holds the replacement) and ``replacement`` (what stands for it). A
speaker label that names someone (``Dr. Patel:``) is replaced too; its record has
``tokens`` ``None`` and the ``segment`` index.
``meta["whisper"]`` (the recognizer's raw result, the original words) is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from ..pipeline import Normalizer
from ..transcript import Transcript
from .address_answers import find_address_answers
from .addresses import codes_after_places, find_addresses
from .ages import find_ages
from .answers import find_answers
from .contacts import find_contacts, grown_codes
from .dates import find_dates
from .facilities import find_facilities, service_words
from .fields import find_fields
from .knowledge import is_protected, protected_lengths
from .initials import find_letter_names
from .instruments import instrument_words
from .job_answers import find_job_answers, job_echoes
from .couples import couples
from .dashes import dash_split, unsplit
from .labels import (label_names, label_role, noted_labels, relabel, surname_labels,
                     text_label_names)
from .landmarks import with_feature
from .name_roles import find_name_roles
from .name_words import find_name_words
from .named_days import find_named_days
from .names import extend, find_names
from .organizations import find_organizations
from .places import find_places
from .paused_dates import paused_dates
from .called_places import called_places
from .broadcasters import find_broadcasters
from .intersections import find_intersections
from .roads import find_roads
from .organizations import with_article
from .professions import find_professions
from .rare_words import find_rare_words, with_first_name
from .spelled import find_spelled
from .medicine_context import medicine_words, surnames
from .propagate import codes_again, propagate
from .regions import find_regions
from .short_forms import short_forms
from .where_answers import find_where_answers
from .branch_streets import branch_streets
from .bracket_jobs import apposed_jobs, bracket_jobs
from .cast_lists import find_cast_lines
from .initial_labels import (find_initial_labels, initials_label, initials_labels,
                             name_initials)
from .foreign_dates import find_foreign_dates
from .royal_names import find_royal_names
from .short_hospitals import find_short_hospitals
from .refine import refine
from .replace import MODES, Replacer, apply
from .spans import CATEGORIES, Span, merge
from .speech_words import hesitation
from .view import View

_DETECTORS = (find_dates, find_named_days, find_ages, find_contacts, find_addresses, find_places,
              find_facilities, find_organizations, find_names, find_name_words, find_name_roles,
              find_professions, find_rare_words, find_answers, find_address_answers,
              find_job_answers, find_letter_names, find_spelled, find_regions,
              find_short_hospitals, find_fields, called_places, find_broadcasters,
              find_intersections, find_roads, find_royal_names, find_foreign_dates,
              find_initial_labels, find_where_answers, find_cast_lines)
# Metadata that holds the transcript's original words (Whisper's raw segments and words).
_UNREDACTED = frozenset({"whisper"})
# A WebVTT cue identifier kept as it was: numbers and machine ids (Teams' UUID/12-0); one
# with words in it ("Dr Lee intro") could name someone, so it is dropped.
_MACHINE_ID = re.compile(r"[0-9A-Fa-f/_.:-]+")
# Categories a glossary term can be mistaken for; a date or a number is never a drug.
_WORD_CATEGORIES = {"NAME", "LOCATION", "PROFESSION"}


def find_phi(transcript: Transcript, categories: Sequence[str] = CATEGORIES) -> list[Span]:
    """Every PHI span in a transcript's tokens, merged and in order (speaker labels that
    name someone are evidence: their names are found in the text too). Words joined by a
    dash (``in March—he said``) are read apart (:mod:`.dashes`)."""
    view, where = dash_split(transcript)
    spans = _find_phi(view, transcript, categories)
    return merge(unsplit(s, where) for s in spans) if where else spans


def _find_phi(view: View, transcript: Transcript, categories: Sequence[str]) -> list[Span]:
    spans: list[Span] = []
    for detect in _DETECTORS:
        spans.extend(detect(view))
    protected = _protected_tokens(view)
    named = surnames(view, protected)  # "Hannah Parkinson": a surname, not the disease
    protected -= {s.last for s in named}
    spans += named + noted_labels(view)  # "PETRA LOWE (Ward Sister):"
    spans = [s for s in spans if not _in_term(s, protected)]
    spans = [g if (g := with_first_name(view, s)).first not in protected else s for s in spans]
    spans += codes_after_places(view, spans)
    spans += codes_again(view, spans)  # 'patient_id="Q204"' found once, then "Q204" again
    spans += short_forms(view, spans)  # "Harrow Vale Hospital (HVH)"
    spans += grown_codes(view, spans)  # "GB29 NWBK 6016 ...": the code's first group
    spans += paused_dates(view, spans)  # "June... eighth... nineteen fifty-one"
    spans = refine(view, spans)
    spans += job_echoes(view, spans)  # the doctor's "roofing work" after the patient's
    spans += couples(view, spans)  # "Will and Jenny Harris"
    # A name found again grows over its neighbours too: "Mr. Brannigan? Takeshi Brannigan?"
    labels = {**text_label_names(view), **label_names(transcript)}
    spans += [extend(view, s) if s.category == "NAME" else s
              for s in propagate(view, spans, labels)
              if s.source == "family" or not _in_term(s, protected)]  # "the Okafors"
    spans += name_initials(view, spans)  # "MD - Mara Dunne", then "MD" opening a line
    spans += bracket_jobs(view, spans)  # "Client: Mara Dunne (retired welder)"
    spans += apposed_jobs(view, spans)  # "dana ortiz, geology professor at lakemont"
    spans += branch_streets(view, spans)  # "the Walgreens on Burnside"
    spans = [s for s in spans if s.category != "PROFESSION" or not label_role(view, s.first,
                                                                              s.last)]
    return [with_feature(view, with_article(view, s))
            for s in merge(refine(view, merge(spans))) if s.category in categories
            and not all(hesitation(view.keys[i]) and not initials_label(view, i)
                        for i in range(s.first, s.last + 1))]


def _in_term(span: Span, protected: set[int]) -> bool:
    """A name, a place or a job over a glossary term's or an instrument's token."""
    return span.category in _WORD_CATEGORIES and any(
        i in protected for i in range(span.first, span.last + 1))


def _protected_tokens(view: View) -> set[int]:
    """Tokens that spell a glossary term (a drug, an eponymous condition), name an
    instrument, a material or a hospital's service, with the words a medicine's company
    makes medicines."""
    lengths = protected_lengths()
    out: set[int] = set()
    for i in view.positions(lengths):
        words, where = view.run(i, lengths.get(view.keys[i], lengths.get(view.bases[i], 1)),
                                pauses=False)
        for size in range(len(words), 0, -1):
            keys = tuple(words[:size])
            if is_protected(keys) or (size == 1 and is_protected((view.bases[i],))):
                out.update(where[:size])
                break
    out |= instrument_words(view) | service_words(view)  # "3-0 Vicryl", "Same Day Surgery"
    out |= medicine_words(view, out)
    # a turn's label of initials that spell a term ("ER:" beside "GI:") is a speaker
    return {i for i in out if not initials_label(view, i)}


@dataclass(frozen=True)
class Deidentify(Normalizer):
    """Replace PHI (i2b2 2014 categories) with ``[CATEGORY]`` tags, fake values or masks.

    ``mode``: ``tag`` (``[NAME]``), ``surrogate`` (consistent fake values, dates shifted by
    one offset per file) or ``mask`` (``***``).
    ``categories``: the categories to replace (default: all of NAME, PROFESSION, LOCATION,
    AGE, DATE, CONTACT, ID).
    ``seed``: makes surrogate choices and the date offset reproducible across files (by
    default they derive from each file's text).
    """

    mode: str = "tag"
    categories: tuple[str, ...] = CATEGORIES
    seed: int | None = None
    # Replacing names, dates and numbers with tags or fakes is this step's purpose.
    keeps_meaning = False
    invents_words = True
    # What it replaces is PHI: no output shows the original (cleanup.privacy).
    private = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        unknown = sorted(set(self.categories) - set(CATEGORIES))
        if unknown or isinstance(self.categories, str):
            raise ValueError(f"unknown categor{'ies' if len(unknown) > 1 else 'y'} "
                             f"{', '.join(unknown) or self.categories!r}; categories: "
                             f"{', '.join(CATEGORIES)}")
        object.__setattr__(self, "categories", tuple(self.categories))

    def transform(self, transcript: Transcript) -> Transcript:
        spans = find_phi(transcript, self.categories)
        replacer = Replacer(self.mode, transcript, self.seed)
        new, records = apply(transcript, spans, replacer)
        if "NAME" in self.categories:
            new, labelled = relabel(new, {**initials_labels(transcript),
                                          **label_names(transcript),
                                          **surname_labels(transcript, records)}, replacer)
            records += labelled
        # The recognizer's raw result holds the words as heard: the JSON writer would
        # write it back, PHI and all.
        meta = {k: v for k, v in new.meta.items() if k not in _UNREDACTED}
        records = tuple({**r, "replacement": replacer(r["category"], r["subtype"], r["text"])}
                        for r in records)
        segments = [replace(s, cue=None) if s.cue and not _MACHINE_ID.fullmatch(s.cue) else s
                    for s in new.segments]
        return Transcript(new.tokens, segments, {**meta, "redactions": records})
