"""What the words around a medicine say about a word no list knows, and about a surname
that is also a condition's eponym.

A word said in one list with a medicine (``Salbutamol, Veltrane and the inhaler``,
``Hydrocortisone and Dermabase``) or right after one (``an Advair Diskus``) is a medicine
or its form, not a person, and so is the same word elsewhere in the file (``the Diskus``); so is the
word after a test's result (``negative lachman``): a sign's or a test's eponym. A condition's
eponym right after a first name (``Hannah Parkinson``) is that person's surname: no
possessive and no ``disease`` follows it.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Patient: Hydrocortisone and Dermabase. "
...                                  "The Dermabase helps a lot."))
>>> sorted(v.keys[i] for i in medicine_words(v, {v.texts.index("Hydrocortisone")}))
['dermabase', 'dermabase']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .given_names import given_name
from .knowledge import EPONYM_HEADS, PERSONAL_TITLES, first_name, name_info
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .view import View

# Words that join the items of a list.
_JOINS = frozenset({"and", "or", "plus"})


def medicine_words(view: View, protected: set[int]) -> set[int]:
    """Tokens that are medicines by their company: in a list with a protected medicine (or
    with a word found so) or right after one, and every token of the same word in the file."""
    found: set[int] = set()
    todo = [i for i in protected if _medicine(view, i)]
    while todo:  # along the list: "Steri-Strips, Kling, Kerlix, and Coban"
        i = todo.pop()
        for k in (_listed(view, i, before=True), _listed(view, i, before=False),
                  _form_after(view, i)):
            if k is not None and k not in protected and k not in found:
                found.add(k)
                todo.append(k)
    found |= _test_names(view) | _named_by_form(view)
    keys = {view.keys[k] for k in found}
    return found | set(view.positions(keys)) if keys else found


def surnames(view: View, protected: set[int]) -> list[Span]:
    """Full names whose surname is a protected word, after a first name (``Hannah
    Parkinson.``) or a person's title (``Mrs. Addison``)."""
    out = []
    for i in protected:
        p = view.prev_word(i, cross=False, pauses=False)
        n = view.next_word(i, cross=False, pauses=False)
        info = name_info(view.bases[i])
        if p is None or view.keys[i] != view.bases[i]:
            continue  # a possessive ("Parkinson's") names the condition
        if info is None or info.last < 1:
            if _unlisted_surname(view, p, i, n):
                out.append(word_span(view, p, i, "NAME", "OTHER"))  # "Nadia Zoloft has"
            continue
        if n is not None and view.bases[n] in EPONYM_HEADS:
            continue  # "Parkinson disease"
        if first_name(view.bases[p]) and (view.lowercase or (
                view.shapes[p].cap and view.shapes[i].cap)):
            out.append(word_span(view, p, i, "NAME", "OTHER"))
        elif view.bases[p] in PERSONAL_TITLES and (view.lowercase or view.shapes[i].cap):
            out.append(word_span(view, i, i, "NAME", "PATIENT"))  # "Mrs. Addison"
    return out



def _unlisted_surname(view: View, p: int, i: int, n: int | None) -> bool:
    """In text with capitals, a capitalized medicine's name no surname list has, right after
    a capitalized given name that is mostly a given name, with no form, dose or number after
    it (``Mother Nadia Zoloft has concerns``; not ``Nadia Zoloft 50 mg``)."""
    return not view.lowercase and view.shapes[p].cap and view.shapes[i].cap and \
        given_name(view.bases[p]) and not view.sentence_start(i) and (
            n is None or view.bases[n] not in _FORMS and not view.keys[n][:1].isdigit()
            and view.keys[n] not in NUMBER_WORDS and not view.shapes[n].cap)


# Forms a medicine or a device comes in, and what is done with a device: the word before
# one names the product (``a Clenvar inhaler``, ``the Nexolin inserted``).
_FORMS = frozenset("""inhaler inhalers tablet tablets pill pills capsule capsules cream creams
ointment gel spray sprays patch patches implant implants injection injections drops pessary
pessaries suppository suppositories lozenges syrup coil inserted fitted injected""".split())


def _named_by_form(view: View) -> set[int]:
    """A word no English or name list knows, right before a medicine's form (``Clenvar
    inhaler``): a medicine's brand. Only rare words: ``the Smith inhaler`` is no brand."""
    out = set()
    for j in view.positions(_FORMS):
        i = view.prev_word(j, cross=False, pauses=False)
        if i is not None and _product_word(view, i) and name_info(view.bases[i]) is None:
            out.add(i)
    return out


def _test_names(view: View) -> set[int]:
    """``negative Lachman``, ``positive tinel``: the word after a test's result names the
    test or the sign (an eponym), not a person."""
    out = set()
    for i in view.positions({"negative", "positive"}):
        j = view.next_word(i, cross=False, pauses=False)
        if j is not None and view.keys[j].isalpha() and view.keys[j] not in FUNCTION_WORDS \
                and (name_info(view.bases[j]) is not None or zipf(view.bases[j]) < 3.0):
            out.add(j)
    return out


def _medicine(view: View, i: int) -> bool:
    """A protected word that is a medicine, not a condition's eponym (no census surname)."""
    info = name_info(view.bases[i])
    return info is None or info.last < 1


def _listed(view: View, i: int, before: bool) -> int | None:
    """The word next to ``i`` in a list (a comma or ``and``/``or`` between), when it can be
    a medicine: capitalized in text with capitals or rare, no function word."""
    step = view.prev_word if before else view.next_word
    j = step(i, cross=False)
    if j is None:
        return None
    between = range(j + 1, i) if before else range(i + 1, j)
    comma = any(view.shapes[k].pause for k in (*between, j if before else i))
    if view.keys[j] in _JOINS:
        j = step(j, cross=False)
    elif not comma:
        return None
    return j if j is not None and _product_word(view, j) else None


def _form_after(view: View, i: int) -> int | None:
    """``Advair Diskus``, ``Symbicort Turbohaler``: a capitalized word right after a medicine."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is None or view.lowercase or not view.shapes[j].cap:
        return None
    return j if _product_word(view, j) else None


def _product_word(view: View, j: int) -> bool:
    key = view.bases[j]
    if not key.isalpha() or key in FUNCTION_WORDS or len(key) < 4:
        return False
    if not view.lowercase and not view.shapes[j].cap:
        return False
    return zipf(key) < 3.0 and not first_name(key)
