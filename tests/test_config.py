import re
import sys
from pathlib import Path

import pytest

from cleanup import registry
from cleanup.config import find_config, find_pyproject_config, load_config, read_terms
from cleanup.errors import ConfigError, InputError
from cleanup.presets import STYLES

from .plugin_support import REDACT_MRN, registry_state  # noqa: F401 (a fixture)

namespace: dict = {}
exec(REDACT_MRN, namespace)
RedactMRN = namespace["RedactMRN"]


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_standalone_config(tmp_path):
    write(tmp_path, "terms.txt", "# comment\nBotox\n\nHashimoto’s  # eponym\n")
    cfg = load_config(write(tmp_path, "cleanup.toml", """
style = "verbatim"
disable = ["capitalize_sentences"]
glossary = ["Synthroid"]
glossary_file = "terms.txt"
[steps.normalize_unicode]
apostrophes = "straight"
"""))
    assert cfg.style == "verbatim" and cfg.glossary == ["Synthroid", "Botox", "Hashimoto’s"]
    p = cfg.build()
    assert "capitalize_sentences" not in p.names
    assert p("it’s uh") == "it's uh"


def test_pyproject_table(tmp_path):
    write(tmp_path, "pyproject.toml", '[project]\nname="x"\n[tool.cleanup]\nstyle = "readable"\n')
    assert find_pyproject_config(tmp_path).style == "readable"
    assert load_config(tmp_path / "pyproject.toml").style == "readable"


def test_pyproject_without_table(tmp_path):
    p = write(tmp_path, "pyproject.toml", '[project]\nname="x"\n')
    assert find_pyproject_config(tmp_path) is None
    with pytest.raises(ConfigError, match=r"no \[tool.cleanup\] table"):
        load_config(p)


@pytest.mark.parametrize("body, message", [
    ('colour = "red"', "unknown key 'colour'; valid keys: plugins, style, pipeline"),
    ('glosary = ["Botox"]', "unknown key 'glosary' (did you mean 'glossary'?); valid keys: "),
    ('style = "pretty"', "unknown style 'pretty'"),
    ('style = "cleen"', "unknown style 'cleen' (did you mean 'clean'?); styles: "),
    ('disable = ["remove_filers"]',
     "unknown step 'remove_filers' (did you mean 'remove_fillers'?); known steps: "),
    ('[steps.remove_fillers]\nwordz = ["x"]',
     "step 'remove_fillers' has no option 'wordz' (did you mean 'words'?); its options: words"),
    ('[steps.deidentify]\n', "options for step 'deidentify', which is not in the pipeline ("),
    ('style = "verbatim"\n[steps.remove_fillers]\nwords = ["uh"]',
     "options for step 'remove_fillers', which is not in the pipeline ("),
    ('model = 5', "'model' must be a string, got 5"),
    ('prompt = ["Botox"]', "'prompt' must be a string, got ['Botox']"),
    ('batch_size = 0', "'batch_size' must be a whole number ≥ 1, got 0"),
    ('batch_size = "8"', "'batch_size' must be a whole number ≥ 1, got '8'"),
    ('formats = ["txt", "srtt"]',
     "'formats': unknown format 'srtt' (did you mean 'srt'?); formats: "),
    ('formats = []', "'formats' names no format"),
    ('formats = 5', "'formats' must be a list of formats, e.g. [\"txt\", \"srt\"], got 5"),
    ('layout = "netflx"', "[layout] unknown preset 'netflx' (did you mean 'netflix'?)"),
    ('[steps.normalize_unicode]\napostrophes = "fancy"', "apostrophes must be one of"),
    ('glossary = "Botox"', "'glossary' must be a list of strings"),
    ('pipeline = ["remove_fillers"]\ndisable = ["capitalize_sentences"]',
     "cannot disable 'capitalize_sentences'"),
    # issue 13 #20: a wrong option type says what is wrong, not "'int' object is not iterable"
    ('[steps.remove_fillers]\nwords = 5',
     "step 'remove_fillers': option 'words' must be a list of strings, got 5"),
    ('[steps.remove_fillers]\nwords = ["uh", 5]',
     "option 'words' must be a list of strings, got ['uh', 5]"),
    ('[steps.collapse_repeats]\nmax_phrase = "six"',
     "option 'max_phrase' must be a whole number, got 'six'"),
    ('[steps.collapse_repeats]\nmax_phrase = true',
     "option 'max_phrase' must be a whole number, got true"),
    ('[steps.fix_titles]\nperiod = "yes"', "option 'period' must be true or false, got 'yes'"),
    ('[steps.normalize_unicode]\napostrophes = 1', "option 'apostrophes' must be a string, got 1"),
    ('steps = 5', "'steps' must be a table of step tables"),
    ('[steps.apply_glossary]\nterms = 5',
     "step 'apply_glossary': option 'terms' must be a list of strings, got 5"),
    ('style = 5', "'style' must be a string, got 5"),
    ('layout = 5', "'layout' must be a preset name or a table, e.g. [tool.cleanup.layout], got 5"),
    ('glossary = ["Botox", 1]', "'glossary' must be a list of strings, got ['Botox', 1]"),
    ('glossary_file = 5', "'glossary_file' must be a file name, got 5"),
    ('builtin_glossary = "no"', "'builtin_glossary' must be true or false, got 'no'"),
    ('plugins = "house_rules"', "'plugins' must be a list of strings, got 'house_rules'"),
    ('plugins = ["house-rules"]', "plugin 'house-rules' is not a module name"),
    ('plugins = ["no_such_plugin_module"]',
     "plugin 'no_such_plugin_module' cannot be imported: "
     "ModuleNotFoundError: No module named 'no_such_plugin_module' (looked in "),
    ('pipeline = ["clean", "verbatim"]', "'pipeline' names two styles ('clean', 'verbatim')"),
    ('pipeline = ["remove_fillers", "clean"]', "step 'remove_fillers' is twice in the pipeline"),
])
def test_bad_config_is_rejected_with_a_clear_message(tmp_path, body, message):
    with pytest.raises(ConfigError, match=re.escape(message)) as err:
        load_config(write(tmp_path, "cleanup.toml", body))
    assert str(err.value).startswith(str(tmp_path / "cleanup.toml"))


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_config(tmp_path / "missing.toml")
    with pytest.raises(InputError, match="invalid TOML"):
        load_config(write(tmp_path, "bad.toml", "style = "))
    with pytest.raises(InputError, match="no such file"):
        read_terms(tmp_path / "missing.txt")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_terms(tmp_path / "latin1.txt")


def test_a_float_option_takes_a_whole_number(tmp_path):
    cfg = load_config(write(tmp_path, "cleanup.toml", "[steps.fix_titles]\nmin_zipf = 4\n"))
    assert cfg.steps == {"fix_titles": {"min_zipf": 4}}


# Issue 13 #10, #15, #20: a pyproject that is broken in any way is one line naming it.
@pytest.mark.parametrize("body, message", [
    ("tool = 5\n", "'tool' must be a table (like [tool.cleanup]), got 5"),
    ("[tool]\ncleanup = 5\n", "[tool.cleanup] must be a table of settings, got 5"),
    ('[tool]\ncleanup = "verbatim"\n',
     "[tool.cleanup] must be a table of settings, got 'verbatim'; "
     "to choose a style write style = \"verbatim\" under [tool.cleanup]"),
    ('[tool]\ncleanup = ["a"]\n', "[tool.cleanup] must be a table of settings, got ['a']"),
])
def test_pyproject_with_a_wrong_tool_table(tmp_path, body, message):
    path = write(tmp_path, "pyproject.toml", body)
    for read in (lambda: load_config(path), lambda: find_pyproject_config(tmp_path)):
        with pytest.raises(ConfigError) as err:
            read()
        assert str(err.value) == f"{path}: {message}"


def test_a_syntax_error_in_pyproject_is_an_error_not_a_missing_table(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[tool.cleanup]\nstyle = "verbatim"\n[project\n')
    with pytest.raises(InputError) as err:
        find_pyproject_config(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{path}: invalid TOML: ") and "line 3" in message
    assert "\n" not in message


@pytest.mark.parametrize("content", [b"\xff\xfe[tool", b"[tool.cleanup]\nstyle = \"caf\xe9\"\n"])
def test_a_pyproject_that_is_not_utf8(tmp_path, content):
    (tmp_path / "pyproject.toml").write_bytes(content)
    with pytest.raises(InputError, match="not UTF-8 text"):
        find_pyproject_config(tmp_path)


def test_a_pyproject_with_a_bom_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_bytes('\ufeff[tool.cleanup]\nstyle = "verbatim"\n'.encode())
    assert find_pyproject_config(tmp_path).style == "verbatim"


def test_a_style_in_the_pipeline_stands_for_its_steps(tmp_path, registry_state):
    registry.register("redact_mrn", RedactMRN)
    cfg = load_config(write(tmp_path, "cleanup.toml", 'pipeline = ["redact_mrn", "verbatim"]\n'
                                                      'disable = ["fix_stray_capitals"]\n'))
    verbatim = [n for n in STYLES["verbatim"] if n != "fix_stray_capitals"]
    assert cfg.build().names == ["redact_mrn"] + verbatim
    # --style (or a sample's own style) takes the style's place; the plugin step stays
    assert cfg.build(style="clean").names == ["redact_mrn"] + [
        n for n in STYLES["clean"] if n != "fix_stray_capitals"]
    assert cfg.build(style="clean")("uh MRN 0012345 um") == "MRN [redacted]"
    assert cfg.build()("uh MRN 0012345 um") == "Uh MRN [redacted] um"


def test_a_style_replaces_a_pipeline_without_a_style_in_it(tmp_path, registry_state):
    registry.register("redact_mrn", RedactMRN)
    cfg = load_config(write(tmp_path, "cleanup.toml", 'pipeline = ["redact_mrn"]\n'))
    assert cfg.build().names == ["redact_mrn"]
    assert cfg.build(style="verbatim").names == list(STYLES["verbatim"])


def test_a_sample_config_builds_on_the_project_config(tmp_path, registry_state):
    registry.register("redact_mrn", RedactMRN)
    project = load_config(write(tmp_path, "cleanup.toml",
                                'pipeline = ["redact_mrn", "clean"]\nglossary = ["NovaThyro"]\n'
                                '[steps.redact_mrn]\nmin_digits = 7\n'))
    sample = load_config(write(tmp_path, "x.toml", 'style = "verbatim"\nglossary = ["Zeltra"]\n'),
                         defaults=project)
    assert sample.pipeline == ["redact_mrn", "verbatim"]
    assert sample.glossary == ["NovaThyro", "Zeltra"] and project.glossary == ["NovaThyro"]
    assert sample.build()("uh novathyro zeltra 123456 1234567") == \
        "Uh NovaThyro Zeltra 123456 [redacted]"


def test_plugins_are_imported_from_the_config_folder(tmp_path, registry_state, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "house_rules_a.py").write_text(
        "from cleanup import register\n" + REDACT_MRN + "\nregister('redact_mrn', RedactMRN)\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # not the config's folder
    cfg = load_config(write(folder, "cleanup.toml",
                            'plugins = ["house_rules_a"]\npipeline = ["redact_mrn", "clean"]\n'))
    assert cfg.plugins == ["house_rules_a"]
    assert cfg.build()("so uh the MRN is 0012345.") == "So the MRN is [redacted]."
    assert str(folder) not in sys.path
    assert registry.origin("redact_mrn").startswith("module house_rules_a (")


@pytest.mark.parametrize("source, message", [
    ("raise RuntimeError('no licence key\\nsecond line')",
     "plugin 'house_rules_b' cannot be imported: RuntimeError: no licence key"),
    ("def broken(:\n    pass", "plugin 'house_rules_b' cannot be imported: SyntaxError: "),
    ("from cleanup import register\nregister('remove_fillers', lambda: None)",
     "plugin 'house_rules_b' cannot be imported: ValueError: 'remove_fillers' is a built-in step"),
])
def test_a_plugin_that_fails_is_one_line_naming_it(tmp_path, registry_state, source, message):
    write(tmp_path, "house_rules_b.py", source)
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "cleanup.toml", 'plugins = ["house_rules_b"]\n'))
    assert str(err.value).startswith(f"{tmp_path / 'cleanup.toml'}: {message}")
    assert "\n" not in str(err.value)


def test_a_style_from_the_command_line_leaves_out_the_options_of_steps_it_drops(tmp_path):
    cfg = load_config(write(tmp_path, "cleanup.toml", 'disable = ["collapse_repeats"]\n'
                                                      '[steps.remove_fillers]\nwords = ["uh"]\n'))
    assert cfg.build()("uh um so") == "Um so"
    assert cfg.build(style="verbatim")("uh um so") == "Uh um so"  # no error: verbatim asked for


def test_a_sample_style_leaves_out_the_project_options_of_steps_it_drops(tmp_path):
    project = load_config(write(tmp_path, "cleanup.toml",
                                '[steps.remove_fillers]\nwords = ["uh"]\n'))
    sample = load_config(write(tmp_path, "x.toml", 'style = "verbatim"\n'), defaults=project,
                         sample=True)
    assert sample.steps == {} and project.steps == {"remove_fillers": {"words": ["uh"]}}
    with pytest.raises(ConfigError, match="options for step 'remove_fillers', which is not in"):
        load_config(write(tmp_path, "y.toml", 'style = "verbatim"\n[steps.remove_fillers]\n'
                                              'words = ["um"]\n'), defaults=project, sample=True)


def test_a_config_for_a_command_without_a_pipeline_imports_and_checks_no_step(tmp_path):
    path = write(tmp_path, "cleanup.toml", 'plugins = ["never_imported_module"]\n'
                                           'pipeline = ["a_plugin_step"]\nlayout = "bbc"\n')
    cfg = load_config(path, for_pipeline=False)
    assert cfg.layout_rules().name == "bbc" and "never_imported_module" not in sys.modules
    with pytest.raises(ConfigError, match="plugin 'never_imported_module' cannot be imported"):
        load_config(path)


def test_find_config_prefers_cleanup_toml(tmp_path):
    assert find_config(tmp_path) is None
    write(tmp_path, "pyproject.toml", '[tool.cleanup]\nstyle = "readable"\n')
    assert find_config(tmp_path).style == "readable"
    write(tmp_path, "cleanup.toml", 'style = "verbatim"\n')
    assert find_config(tmp_path).style == "verbatim"


def test_transcribe_settings_and_where_they_came_from(tmp_path):
    cfg = load_config(write(tmp_path, "cleanup.toml", 'model = "base.en"\nformats = "json,txt"\n'
                                                      'batch_size = 4.0\n'))
    assert (cfg.model, cfg.formats, cfg.batch_size) == ("base.en", ("txt", "json"), 4)
    assert cfg.setting("model", None, "tiny.en") == "base.en"
    assert cfg.setting("model", "small", "tiny.en") == "small"
    assert cfg.setting("prompt", None, "x") == "x"
    assert cfg.origins["model"] == str(tmp_path / "cleanup.toml")
