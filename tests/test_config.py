from pathlib import Path

import pytest

from cleanup.config import find_pyproject_config, load_config, read_terms
from cleanup.errors import ConfigError, InputError


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
    ('colour = "red"', "unknown key 'colour'; valid keys: style"),
    ('style = "pretty"', "unknown style 'pretty'"),
    ('disable = ["remove_filers"]', "unknown step 'remove_filers'; known steps: "),
    ('[steps.remove_fillers]\nwordz = ["x"]', "step 'remove_fillers' has no option 'wordz'; its options: words"),
    ('[steps.normalize_unicode]\napostrophes = "fancy"', "apostrophes must be one of"),
    ('glossary = "Botox"', "'glossary' must be a list of strings"),
    ('pipeline = ["remove_fillers"]\ndisable = ["capitalize_sentences"]', "cannot disable 'capitalize_sentences'"),
])
def test_bad_config_is_rejected_with_a_clear_message(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")) as err:
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
