import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.normalizers.glossary import ApplyGlossary, builtin_terms, parse_terms
from cleanup.presets import build_pipeline
from cleanup.registry import create
from cleanup.transcript import Transcript

from ..support import words

glossary = ApplyGlossary()


@pytest.mark.parametrize("raw, expected", [
    ("botox", "Botox"),
    ("that’s botox botox and autoimmunity", "that’s Botox Botox and autoimmunity"),
    ("BOTOX shots", "Botox shots"),
    ("a hashimoto sufferer", "a Hashimoto sufferer"),
    ("all hashimoto’s patients", "all Hashimoto’s patients"),
    ("hashimoto's", "Hashimoto's"),
    ("HASHIMOTO’S", "Hashimoto’s"),
    ("(botox),", "(Botox),"),
    ("“tylenol?”", "“Tylenol?”"),
    ("the botox-free zone", "the Botox-free zone"),
    ("graves disease", "Graves disease"),
    ("graves’ disease", "Graves’ disease"),
    ("parkinson’s disease", "Parkinson’s disease"),
    ("parkinsons disease", "Parkinsons disease"),
    ("down syndrome", "Down syndrome"),
    ("guillain barre syndrome", "Guillain Barre syndrome"),
    ("guillain-barré syndrome", "Guillain-Barré syndrome"),
    ("sjogren’s syndrome", "Sjogren’s syndrome"),
    ("epstein-barr virus", "Epstein-Barr virus"),
    ("the botox-tylenol mix", "the Botox-Tylenol mix"),  # two terms in one hyphenated token
    ("a parkinsons-botox study", "a Parkinsons-Botox study"),
    ("non-hodgkin lymphoma", "non-Hodgkin lymphoma"),
    ("armour thyroid", "Armour Thyroid"),
    ("an epipen", "an EpiPen"),
    ("ozempic and synthroid", "Ozempic and Synthroid"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_builtin_terms(raw, expected):
    assert glossary(raw) == expected


@pytest.mark.parametrize("raw", [
    "ensure you rest",             # a brand, but an English word first
    "focus on today",
    "the graves of soldiers",      # Graves’ disease matches only as a phrase
    "graves, disease",             # punctuation between words breaks a phrase
    "down the hall",
    "London and May",
    "Hashimoto’s",
    "I’m fine, i.e. well",
    "patients with MS",
    "MRI",
    "",
])
def test_leaves_alone(raw):
    assert glossary(raw) == raw


def test_user_terms_win_and_builtin_can_be_off():
    assert ApplyGlossary(terms=("BOTOX",))("botox") == "BOTOX"
    assert ApplyGlossary(terms=("iPhone",),
                         builtin=False)("my IPHONE and botox") == "my iPhone and botox"
    assert ApplyGlossary(terms=["Dr. Gey’s lab"], builtin=False)("dr. gey's lab") == "Dr. Gey's lab"


def test_keeps_timings_and_token_count():
    t = Transcript.from_text("so graves disease and botox")
    out = glossary.transform(t)
    assert [tok.text for tok in out.tokens] == ["so", "Graves", "disease", "and", "Botox"]
    assert [tok.id for tok in out.tokens] == [tok.id for tok in t.tokens]


def test_options_from_config_and_registry():
    step = create("apply_glossary", terms=["Zoom"], builtin=False)
    assert step("over zoom") == "over Zoom"
    pipeline = build_pipeline("clean", glossary=["Zoom"])
    assert "Zoom" in pipeline("we met over zoom and had botox")
    assert "Botox" in pipeline("we met over zoom and had botox")
    assert "botox" in build_pipeline("verbatim", builtin_glossary=False)("we had botox")


@pytest.mark.parametrize("bad", [[""], ["..."], [3], "Botox"])
def test_bad_terms_are_value_errors(bad):
    with pytest.raises(ValueError):
        ApplyGlossary(terms=bad)


def test_builtin_list_is_sane():
    from wordfreq import zipf_frequency

    terms = builtin_terms()
    assert 100 < len(terms) < 5000
    for term in ("Botox", "Tylenol", "Advil", "Synthroid", "Ozempic", "Humira", "Lipitor",
                 "Xanax", "Hashimoto’s", "Graves’ disease", "Parkinson’s disease", "Crohn’s"):
        assert term in terms
    for term in terms:
        if " " not in term and "-" not in term:
            stem = term.lower().removesuffix("’s").rstrip("’")
            assert zipf_frequency(stem, "en") < 3.5, term
    assert all(t.keys for t in parse_terms(terms))


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["botox", "BOTOX", "hashimoto’s", "graves", "disease", "down",
                                 "syndrome", "epstein-barr", "the", ",", ".", "ensure", "é",
                                 "parkinsons", "guillain", "barré", "ß", "İ", "'s", "-"]),
                max_size=30).map(" ".join) | st.text(max_size=60))
def test_properties(text):
    once = glossary(text)
    assert glossary(once) == once
    assert words(once) == words(Transcript.from_text(text).text)  # only letter case changes

