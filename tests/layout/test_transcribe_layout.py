"""`cleanup transcribe` lays its cues out (netflix by default), with a stand-in backend so
that no model runs: the hook is what is tested here, the decoding is tested elsewhere."""
import json
from pathlib import Path

import pytest

from cleanup.transcript import Segment, Token, Transcript

from .helpers import spoken

pytest.importorskip("av")
CLIP = Path(__file__).resolve().parents[1] / "data" / "audio" / "speech.wav"
SAID = ("Um, your thyroid levels look stable, so we can start the injections next week "
        "if the side effects stay mild.")


class StandInBackend:
    def transcribe(self, audio, options):
        words = [Token(w, " ", s, e, probability=0.9) for w, s, e in spoken(SAID, rate=15)]
        return Transcript.from_segments([(Segment(0.0, words[-1].end), words)],
                                        format="json", language="en")


@pytest.fixture
def media(tmp_path, monkeypatch):
    import importlib

    package = importlib.import_module("cleanup.transcribe")  # cleanup.transcribe is the function
    monkeypatch.setattr(package, "load_backend", lambda *a, **k: StandInBackend())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "visit.wav").write_bytes(CLIP.read_bytes())
    return tmp_path


def transcribe(capsys, root, *extra):
    from cleanup.cli import main

    code = main(["transcribe", str(root / "in"), "-o", str(root / "out"), *extra])
    return code, capsys.readouterr().err


def test_transcribe_lays_out_with_netflix_by_default(media, capsys):
    code, err = transcribe(capsys, media)
    assert code == 0, err
    srt = (media / "out" / "visit.srt").read_text(encoding="utf-8")
    assert srt.count("-->") >= 2
    assert all(len(line) <= 42 for line in srt.splitlines())
    data = json.loads((media / "out" / "visit.json").read_text(encoding="utf-8"))
    assert data["settings"]["clean"]["layout"]["name"] == "netflix"
    assert data["text"] == SAID.replace("Um, your", "Your")
    # the text output stays running text: no caption line breaks in it
    assert (media / "out" / "visit.txt").read_text(encoding="utf-8") == data["text"] + "\n"


def test_transcribe_layout_keep_and_a_new_layout_redoes_the_file(media, capsys):
    assert transcribe(capsys, media)[0] == 0
    code, err = transcribe(capsys, media, "--layout", "keep")
    assert code == 0 and "1 transcribed" in err  # other settings: redone, not skipped
    assert (media / "out" / "visit.srt").read_text(encoding="utf-8").count("-->") == 1
    code, err = transcribe(capsys, media, "--layout", "keep")
    assert "skipped" in err
