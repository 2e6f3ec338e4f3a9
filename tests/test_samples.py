"""Golden files: every samples/NAME.raw.EXT cleans to samples/NAME.clean.EXT.

The samples themselves run as test items of cleanup's pytest plugin
(``cleanup_samples = "samples"`` in pyproject.toml: ``samples/NAME.raw.txt::NAME.txt``);
this module checks that they do, and tests the plugin and the harness behind it.
"""
from pathlib import Path

import pytest

from cleanup import build_pipeline
from cleanup.check import Sample, check, find_samples, run_sample
from cleanup.cli import main
from cleanup.pytest_plugin import _HARNESS, SampleItem
from .support import write

pytest_plugins = ["pytester"]

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ALL = list(find_samples([SAMPLES]))


def test_there_are_enough_samples():
    assert len(ALL) >= 30


def test_the_suite_runs_every_sample_once(request):
    harness = request.config.stash.get(_HARNESS, None)
    assert harness is not None, ("cleanup's pytest plugin is not active: reinstall the package "
                                 "(make install) so that its pytest11 entry point is registered")
    assert harness.folders == [SAMPLES]
    plain_run = (request.config.args_source != pytest.Config.ArgsSource.ARGS
                 and not request.config.option.keyword)
    if plain_run:  # `pytest` or `make test`: the samples are items of this session, once each
        items = [i.path for i in request.session.items if isinstance(i, SampleItem)]
        assert sorted(items) == sorted(s.raw for s in ALL)


# --- the plugin, run by pytester on a throwaway project -----------------------------------

@pytest.fixture
def project(pytester):
    """A project whose pytest settings name its samples folder, with one passing sample."""
    write(pytester.path, "pyproject.toml", '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n'
                                          'cleanup_samples = "samples"\n')
    write(pytester.path, "tests/test_nothing.py", "def test_nothing():\n    pass\n")
    write(pytester.path, "samples/good.raw.txt", "so uh i think\n")
    write(pytester.path, "samples/good.clean.txt", "So I think\n")
    return pytester.path


def test_each_sample_is_an_item_named_after_its_file(pytester, project):
    write(project, "samples/sub/captions.raw.srt", "1\n00:00:01,000 --> 00:00:02,000\ni think\n")
    write(project, "samples/sub/captions.clean.srt",
          "1\n00:00:01,000 --> 00:00:02,000\nI think\n\n")
    result = pytester.runpytest("-v")
    result.stdout.fnmatch_lines(["samples/good.raw.txt::good.txt PASSED*",
                                 "samples/sub/captions.raw.srt::captions.srt PASSED*"])
    result.assert_outcomes(passed=3)


def test_a_wrong_expected_file_fails_the_run_with_a_diff(pytester, project):
    write(project, "samples/bad.raw.txt", "i think, It’S fine\n")
    write(project, "samples/bad.clean.txt", "I think, It’S fine\n")
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines([
        "samples/bad.clean.txt differs from the cleaned samples/bad.raw.txt "
        "(--cleanup-update rewrites it):",
        "--- samples/bad.clean.txt", "+++ samples/bad.raw.txt (cleaned)",
        "@@ -1 +1 @@", "-I think, It’S fine", "+I think, it’s fine",
        "FAILED samples/bad.raw.txt::bad.txt*"])
    assert "Traceback" not in result.stdout.str()


def test_update_rewrites_the_expected_files(pytester, project):
    write(project, "samples/bad.raw.txt", "i think\n")
    expected = write(project, "samples/bad.clean.txt", "wrong\n")
    write(project, "samples/new.raw.txt", "um hello\n")
    result = pytester.runpytest("--cleanup-update")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["*cleanup: updated 2 expected files*", "updated *bad.clean.txt",
                                 "updated *new.clean.txt"])
    assert expected.read_text(encoding="utf-8") == "I think\n"
    assert (project / "samples/new.clean.txt").read_text(encoding="utf-8") == "Hello\n"
    pytester.runpytest().assert_outcomes(passed=4)


def test_project_config_and_sample_toml_are_used(pytester, project):
    with (project / "pyproject.toml").open("a") as fh:
        fh.write('[tool.cleanup]\ndisable = ["capitalize_sentences"]\n')
    write(project, "samples/good.clean.txt", "so I think\n")
    write(project, "samples/verbatim.raw.txt", "so uh i think\n")
    write(project, "samples/verbatim.toml", 'style = "verbatim"\n')
    write(project, "samples/verbatim.clean.txt", "so uh I think\n")
    pytester.runpytest().assert_outcomes(passed=3)


def test_a_named_config_file_instead_of_the_pyproject(pytester, project):
    write(project, "conf/cleanup.toml", 'disable = ["capitalize_sentences"]\n')
    write(project, "samples/good.clean.txt", "so I think\n")
    pytester.runpytest().assert_outcomes(passed=1, failed=1)
    pytester.runpytest("--cleanup-config", "conf/cleanup.toml").assert_outcomes(passed=2)
    with (project / "pyproject.toml").open("a") as fh:
        fh.write('cleanup_config = "conf/cleanup.toml"\n')
    pytester.runpytest().assert_outcomes(passed=2)


def test_samples_are_collected_once_when_testpaths_include_them(pytester, project):
    write(project, "pyproject.toml", '[tool.pytest.ini_options]\ntestpaths = ["tests", "samples"]\n'
                                     'cleanup_samples = "samples"\n')
    pytester.runpytest().assert_outcomes(passed=2)
    pytester.runpytest("samples").assert_outcomes(passed=1)
    pytester.runpytest(".", "--cleanup-samples", "samples").assert_outcomes(passed=2)


def test_named_paths_run_without_the_samples_unless_asked(pytester, project):
    pytester.runpytest("tests").assert_outcomes(passed=1)
    pytester.runpytest("tests", "--cleanup-samples", "samples").assert_outcomes(passed=2)
    write(project, "pyproject.toml", "[tool.pytest.ini_options]\n")
    pytester.runpytest("--cleanup-samples", "samples").assert_outcomes(passed=2)
    pytester.runpytest().assert_outcomes(passed=1)  # no folder named: the plugin stays out


def test_a_bad_expected_file_or_config_fails_each_sample_in_one_line(pytester, project):
    write(project, "samples/latin.raw.txt", "café\n")
    write(project, "samples/latin.clean.txt", "Café\n".encode("latin-1"))
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*samples/latin.clean.txt: not UTF-8 text (invalid byte at "
                                 "offset 3); expected files are UTF-8"])
    with (project / "pyproject.toml").open("a") as fh:
        fh.write('[tool.cleanup]\nstyle = "tidy"\n')
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*pyproject.toml: unknown style 'tidy'; styles: verbatim, clean, "
                                 "readable"])


def test_a_missing_samples_folder_is_a_usage_error(pytester, project):
    result = pytester.runpytest("--cleanup-samples", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*cleanup samples: *nowhere: no such folder"])


# --- the harness: expected files that are not what they seem (issue 13 #9, #20) ----------

def sample(tmp_path: Path, raw: str, expected: bytes) -> Sample:
    write(tmp_path, "x.raw.txt", raw)
    write(tmp_path, "x.clean.txt", expected)
    return next(find_samples([tmp_path]))


def test_an_expected_file_that_is_not_utf8_is_a_one_line_error(tmp_path, capsys):
    s = sample(tmp_path, "café\n", "Café\n".encode("latin-1"))
    result = run_sample(s, build_pipeline("clean"))
    assert not result.passed
    assert result.error == (f"{s.expected}: not UTF-8 text (invalid byte at offset 3); "
                            "expected files are UTF-8")
    assert main(["check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"FAIL {tmp_path}/x.txt"
    assert out.splitlines()[-1] == "0 passed, 1 failed"
    assert err == f"cleanup: {result.error}\n"
    assert main(["check", str(tmp_path), "--update"]) == 0  # --update mends it
    assert s.expected.read_text(encoding="utf-8") == "Café\n"


def test_a_byte_order_mark_in_an_expected_file_is_not_text(tmp_path):
    s = sample(tmp_path, "so i think\n", "\ufeffSo I think\n".encode())
    assert run_sample(s, build_pipeline("clean")).passed


@pytest.mark.parametrize("expected, shown", [
    ("So I\u00a0think\n", ["-So I\\u00a0think", "+So I think"]),
    ("So I think\u200b\n", ["-So I think\\u200b", "+So I think"]),
    ("So I think \n", ["-So I think\\x20", "+So I think"]),
    ("So I think\r\n", ["-So I think\\r", "+So I think"]),
    ("So I think", ["-So I think", "\\ No newline at end of file", "+So I think"]),
])
def test_a_diff_shows_invisible_differences(tmp_path, expected, shown):
    result = run_sample(sample(tmp_path, "so i think\n", expected.encode()),
                        build_pipeline("clean"))
    assert not result.passed
    lines = result.diff().splitlines()
    start = lines.index(shown[0])
    assert lines[start:start + len(shown)] == shown


def test_check_counts_and_reports(tmp_path):
    write(tmp_path, "a.raw.txt", "so i think\n")
    write(tmp_path, "a.clean.txt", "So I think\n")
    write(tmp_path, "b.raw.txt", "so i think\n")
    lines: list[str] = []
    assert check([tmp_path], build_pipeline("clean"), out=lines.append) == (1, 1)
    assert lines == [f"FAIL {tmp_path}/b.txt", f"{tmp_path}/b.clean.txt: no expected file "
                     "(run with --update to create it)",
                     "safety: 0 changes touched a number, 0 a negation, 0 a capitalised name",
                     "1 passed, 1 failed"]


def test_a_sample_whose_raw_file_is_a_symlink_is_run(pytester, project, tmp_path_factory):
    # cleanup check runs it; the plugin resolved the link's target, found it outside the
    # samples folder and skipped the sample without a word.
    elsewhere = write(tmp_path_factory.mktemp("kept_elsewhere"), "visit.txt", "so uh i think\n")
    (project / "samples" / "linked.raw.txt").symlink_to(elsewhere)
    write(project, "samples/linked.clean.txt", "So I think\n")
    result = pytester.runpytest("-v")
    result.stdout.fnmatch_lines(["samples/linked.raw.txt::linked.txt PASSED*"])
    result.assert_outcomes(passed=3)
