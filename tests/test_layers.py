"""The data model's modules import only the ones below them (lazy imports count too):
data → marks → tokens → columns → commit → meaning → gate → keeping → edits → tokenizer →
transcript → lexicon → boundaries → phrases, words → the steps."""
import pytest

from .transcribe.test_layout import import_graph

ORDER = ["cleanup.data", "cleanup.marks", "cleanup.tokens", "cleanup.columns", "cleanup.commit",
         "cleanup.meaning", "cleanup.gate", "cleanup.keeping", "cleanup.edits", "cleanup.tokenizer",
         "cleanup.transcript", "cleanup.lexicon",
         "cleanup.boundaries", "cleanup.phrases", "cleanup.words"]


@pytest.mark.parametrize("module", ORDER)
def test_a_core_module_imports_only_lower_ones(module):
    below = set(ORDER[:ORDER.index(module)])
    assert import_graph()[module] <= below


def test_no_core_module_imports_a_step_or_the_pipeline():
    graph = import_graph()
    assert not {m for core in ORDER for m in graph[core]
                if m.startswith(("cleanup.normalizers", "cleanup.pipeline", "cleanup.layout"))}
