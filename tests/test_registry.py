"""The registry: built-ins, @register, and installed packages' ``cleanup.normalizers``
entry points (a real ``.dist-info`` on ``sys.path``, read by importlib.metadata)."""
import re
import sys

import pytest

from cleanup import build_pipeline, presets, registry
from cleanup.errors import ConfigError

from .plugin_support import REDACT_MRN, install, registry_state  # noqa: F401 (fixtures)

MYSTEPS = "from dataclasses import dataclass\n" + REDACT_MRN


def test_an_entry_point_step_is_known_before_its_module_is_imported(install):
    install({"redact_mrn": "mysteps_a:RedactMRN"}, {"mysteps_a": MYSTEPS})
    assert "redact_mrn" in registry.names()
    assert registry.names()[:len(registry.BUILTINS)] == list(registry.BUILTINS)
    assert "mysteps_a" not in sys.modules
    assert registry.origin("redact_mrn") == "clinic-steps 0.1, entry point mysteps_a:RedactMRN"
    assert registry.options("redact_mrn") == {"min_digits": 6}
    assert "mysteps_a" in sys.modules
    step = registry.create("redact_mrn", min_digits=4)
    assert step("call 1234, not 123") == "call [redacted], not 123"


def test_a_plugin_step_runs_and_explains_like_a_built_in(install):
    install({"redact_mrn": "mysteps_b:RedactMRN"}, {"mysteps_b": MYSTEPS})
    pipeline = build_pipeline(steps=["redact_mrn", "remove_fillers", "capitalize_sentences"])
    result = pipeline.explain("uh MRN 0012345, um, thanks")
    assert result.text == "MRN [redacted], thanks"
    assert result.changes[0].step == "redact_mrn"
    assert (result.changes[0].before, result.changes[0].after) == ("0012345,", "[redacted],")


def test_a_module_that_also_registers_its_step_is_not_a_clash(install):
    install({"redact_mrn": "mysteps_c:RedactMRN"},
            {"mysteps_c": MYSTEPS + "\nfrom cleanup import register\n"
                                    "register('redact_mrn', RedactMRN)\n"})
    assert registry.create("redact_mrn")("0012345") == "[redacted]"
    assert registry.origin("redact_mrn").startswith("clinic-steps 0.1")


def test_a_plugin_named_like_a_built_in_is_an_error_naming_it(install):
    install({"remove_fillers": "mysteps_d:RedactMRN"}, {"mysteps_d": MYSTEPS})
    with pytest.raises(ConfigError) as err:
        registry.names()
    assert str(err.value) == (
        "plugin step 'remove_fillers' (clinic-steps 0.1, entry point mysteps_d:RedactMRN): "
        "the name is a built-in step's; the plugin must choose another name")


def test_two_packages_declaring_one_name_is_an_error(install):
    install({"redact_mrn": "mysteps_e:RedactMRN"}, {"mysteps_e": MYSTEPS})
    install({"redact_mrn": "other_e:Redact"}, {}, name="other-steps")
    with pytest.raises(ConfigError, match="plugin step 'redact_mrn' is declared twice: by "):
        registry.names()


@pytest.mark.parametrize("modules, target, message", [
    ({}, "gone_f:RedactMRN", "ModuleNotFoundError: No module named 'gone_f'"),
    ({"mysteps_f": "import not_installed_dependency_f\n"}, "mysteps_f:RedactMRN",
     "ModuleNotFoundError: No module named 'not_installed_dependency_f'"),
    ({"mysteps_f": "def f(:\n"}, "mysteps_f:RedactMRN", "SyntaxError: "),
    ({"mysteps_f": MYSTEPS}, "mysteps_f:Missing", "AttributeError: "),
    ({"mysteps_f": "RedactMRN = 5\n"}, "mysteps_f:RedactMRN", "is not a class or function"),
])
def test_a_plugin_that_cannot_load_is_one_line_naming_it(install, modules, target, message):
    install({"redact_mrn": target}, modules)
    with pytest.raises(ConfigError) as err:
        build_pipeline(steps=["redact_mrn"])
    text = str(err.value)
    assert text.startswith(f"plugin step 'redact_mrn' (clinic-steps 0.1, entry point {target})")
    assert message in text and "\n" not in text


def test_a_plugin_constructor_error_is_one_line(install):
    install({"boom": "mysteps_g:Boom"}, {"mysteps_g": "class Boom:\n"
                                                     "    def __init__(self):\n"
                                                     "        raise KeyError('model')\n"})
    with pytest.raises(ConfigError, match=r"^step 'boom' \(clinic-steps 0.1, entry point "
                                          r"mysteps_g:Boom\): KeyError: 'model'$"):
        registry.create("boom")


def test_register_refuses_built_in_names_and_a_second_factory(registry_state):
    with pytest.raises(ValueError, match="'remove_fillers' is a built-in step"):
        registry.register("remove_fillers", lambda: None)
    with pytest.raises(ValueError, match="step names are letters, digits and underscores"):
        registry.register("redact-mrn", lambda: None)

    def redact():
        return lambda t: t
    registry.register("redact", redact)
    registry.register("redact", redact)  # the same factory again: a re-imported module
    with pytest.raises(ValueError, match="step 'redact' is already registered by module "):
        registry.register("redact", lambda: None)


def test_an_unknown_step_lists_plugin_steps_too(install):
    install({"redact_mrn": "mysteps_h:RedactMRN"}, {"mysteps_h": MYSTEPS})
    with pytest.raises(ConfigError, match=r"unknown step 'redact_mr' \(did you mean "
                                          r"'redact_mrn'\?\); known steps: .*redact_mrn"):
        registry.factory("redact_mr")


@pytest.mark.parametrize("value, message", [
    (5, None), ("a", None), (["a"], None),
    (2.5, "step 'typed': option 'limit' must be a whole number, a string or a list of "
          "strings, got 2.5"),
])
def test_option_types_with_a_union(registry_state, value, message):
    def typed(limit: int | str | list[str] | None = None):
        return lambda t: t
    registry.register("typed", typed)
    if message is None:
        registry.create("typed", limit=value)
    else:
        with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
            registry.create("typed", limit=value)


# ---- the step table ---------------------------------------------------------------------
def test_the_step_table_is_the_one_list_of_built_ins():
    assert list(registry.BUILTINS) == [step.name for step in registry.STEPS]
    assert registry.names()[:len(registry.STEPS)] == list(registry.BUILTINS)
    # The styles as they have always been: each row's styles make them, in the table's order.
    assert presets.VERBATIM == (
        "normalize_unicode", "fix_missing_spaces", "tidy_punctuation", "fix_contraction_case",
        "capitalize_pronoun_i", "fix_stray_capitals", "fix_titles", "apply_glossary",
        "capitalize_sentences")
    assert presets.CLEAN == presets.VERBATIM[:2] + (
        "remove_hallucinations", "remove_fillers", "collapse_repeats") + presets.VERBATIM[2:]
    assert presets.READABLE == presets.VERBATIM[:2] + (
        "remove_hallucinations", "remove_discourse_fillers", "remove_fillers",
        "collapse_repeats") + presets.VERBATIM[2:]
    assert presets.STYLES == {"verbatim": presets.VERBATIM, "clean": presets.CLEAN,
                              "readable": presets.READABLE}


@pytest.mark.parametrize("step", registry.STEPS, ids=lambda step: step.name)
def test_each_row_names_its_factory_and_says_what_it_does(step):
    factory = registry.factory(step.name)
    assert f"{factory.__module__}:{factory.__qualname__}" == f"cleanup.{step.factory}"
    assert set(step.styles) <= set(presets.STYLES)  # none: a step one asks for (deidentify)
    assert registry.summary(step.name) == step.description
    # the class's own docstring says the same, so help() and `cleanup steps` agree
    assert factory.__doc__.strip().splitlines()[0].replace("``", "") == step.description


def test_registries_are_separate_and_one_is_active(registry_state):
    other = registry.Registry()
    other.register("shout", lambda: str.upper)
    assert "shout" in other.names() and "shout" not in registry.names()
    registry.register("quiet", lambda: str.lower)
    assert registry.active() is registry_state
    assert "quiet" in registry_state.names() and "quiet" not in other.names()
    with registry.using(other):
        assert registry.create("shout")("hi") == "HI"
        with pytest.raises(ConfigError, match="unknown step 'quiet'"):
            registry.factory("quiet")
    assert registry.active() is registry_state


@pytest.mark.parametrize("options, message", [
    # checked though verbatim has no remove_fillers: a config's options are checked the same way
    ({"remove_fillers": {"wordz": ["x"]}},
     "step 'remove_fillers' has no option 'wordz' (did you mean 'words'?); its options: words"),
    ({"apply_glossary": {"terms": 5}},
     "step 'apply_glossary': option 'terms' must be a list of strings, got 5"),
    ({"collapse_repeats": {"max_phrase": 2.5}},
     "step 'collapse_repeats': option 'max_phrase' must be a whole number, got 2.5"),
])
def test_build_pipeline_checks_every_option_like_a_config(options, message):
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        build_pipeline("verbatim", glossary=["Botox"], options=options)


@pytest.mark.parametrize("style, options, disable", [
    ("verbatim", {"remove_fillers": {"words": ["uh"]}}, ()),
    ("clean", {"deidentify": {}}, ()),
    ("clean", {"remove_discourse_fillers": {"phrases": ["you know"]}}, ()),
], ids=["style-without-it", "in-no-style", "readable-only"])
def test_options_for_a_step_not_in_the_pipeline_are_an_error(style, options, disable):
    # Issue 21.3: they were ignored, so a clinic could think a step ran (numbers masked).
    name = next(iter(options))
    with pytest.raises(ConfigError, match=f"^options for step '{name}', which is not in the "
                                          rf"pipeline \(normalize_unicode, .*\); add it to "):
        build_pipeline(style, options=options, disable=disable)


def test_a_disabled_step_may_keep_its_options():
    pipeline = build_pipeline("clean", options={"remove_fillers": {"words": ["uh"]}},
                              disable=["remove_fillers"])
    assert "remove_fillers" not in pipeline.names


def test_a_whole_number_written_with_a_point_is_one():
    assert build_pipeline(steps=["collapse_repeats"],
                          options={"collapse_repeats": {"max_phrase": 2.0}})["collapse_repeats"] \
        .max_phrase == 2
