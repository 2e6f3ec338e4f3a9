"""Steps that only recase words read the transcript's columns and share the ones they
leave alone: a long transcript is columns, and a step that made a Token per word (or
rebuilt every column with with_tokens) would cost it many times the text's memory."""
import pytest

from cleanup.normalizers.casing import FixStrayCapitals
from cleanup.normalizers.glossary import ApplyGlossary
from cleanup.normalizers.titles import FixTitles

from ..support import timed


@pytest.mark.parametrize("step, words, expected", [
    (FixTitles(), ("ask", "dr", "rutherford", "and", "ms", "jones"),
     ("ask", "Dr.", "Rutherford", "and", "Ms.", "Jones")),
    (FixStrayCapitals(), ("and", "These", "these", "HIt", "me"),
     ("and", "these", "these", "Hit", "me")),
    (ApplyGlossary(), ("so", "graves", "disease", "and", "botox."),
     ("so", "Graves", "disease", "and", "Botox.")),
], ids=["fix_titles", "fix_stray_capitals", "apply_glossary"])
def test_reads_the_columns_and_shares_the_unchanged_ones(step, words, expected, no_token_objects):
    t = timed(*words)
    out = step.transform(t)
    assert out.texts == expected
    assert out.seps is t.seps and out.segment_indices is t.segment_indices
    assert out.starts is t.starts and out.ids.obj is t.ids.obj
