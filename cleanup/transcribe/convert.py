"""Convert a CTranslate2 Whisper model directory into an openai-whisper ``.pt`` checkpoint.

faster-whisper reads CTranslate2 directories (``model.bin`` + ``config.json``); openai-whisper
reads a ``torch.save`` of ``{"dims": ..., "model_state_dict": ...}``. The same weights work
in both, so one downloaded (or pip-installed) model serves both backends.

``model.bin`` is CTranslate2's flat binary (``ModelSpec._serialize`` in ctranslate2's
``specs/model_spec.py``), all integers little-endian::

    u32 binary_version, str spec_name, u32 revision, u32 n_variables,
    n_variables * (str name, u8 ndim, ndim * u32 dim, u8 dtype, u32 nbytes, bytes),
    u32 n_aliases, n_aliases * (str alias, str target)

where ``str`` is a u16 length (counting a trailing NUL), the UTF-8 bytes and the NUL.

Names follow the Whisper spec: self-attention q/k/v are one fused ``linear_0`` (rows
``[q; k; v]``), cross-attention k/v one fused ``linear_1``; the decoder output projection is
an alias of the token embedding, as in openai-whisper. The key projection bias is dropped
(openai-whisper's key ``Linear`` has none; CTranslate2 stores zeros there).

Usage: ``convert_ct2_to_whisper("faster-whisper-tiny.en/", "tiny.en.pt")``, or the command
``cleanup convert-model CT2_DIR -o OUT.pt``.
"""
from __future__ import annotations

import base64
import gzip
import json
import re
import struct
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError

# CTranslate2's DataType enum order (include/ctranslate2/types.h).
_DTYPES: dict[int, type[np.generic] | str] = {
    0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16, 5: "bfloat16"}
_SUPPORTED_BINARY_VERSIONS = range(3, 7)


def read_ct2_variables(path: str | Path) -> tuple[str, dict[str, np.ndarray]]:
    """Read a CTranslate2 ``model.bin``: ``(spec_name, {name: array})``, aliases resolved."""
    path = Path(path)
    try:
        data = memoryview(path.read_bytes())
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    pos = 0

    def take(fmt: str):
        nonlocal pos
        (value,) = struct.unpack_from("<" + fmt, data, pos)
        pos += struct.calcsize("<" + fmt)
        return value

    def take_str() -> str:
        nonlocal pos
        n = take("H")
        text = bytes(data[pos:pos + n - 1]).decode("utf-8")
        pos += n
        return text

    try:
        version = take("I")
        if version not in _SUPPORTED_BINARY_VERSIONS:
            raise InputError(path, f"unsupported CTranslate2 binary version {version}")
        spec = take_str() if version >= 2 else ""
        if version >= 3:
            take("I")  # revision
        variables: dict[str, np.ndarray] = {}
        for _ in range(take("I")):
            name = take_str()
            shape = tuple(take("I") for _ in range(take("B")))
            dtype = _DTYPES.get(take("B"))
            nbytes = take("I")
            raw = data[pos:pos + nbytes]
            pos += nbytes
            if dtype is None:
                raise InputError(path, f"unknown data type for variable {name}")
            if dtype == "bfloat16":  # numpy has no bfloat16: widen the 16 bits to float32
                halves = np.frombuffer(raw, dtype=np.uint16).astype(np.uint32) << 16
                array = halves.view(np.float32)
            else:
                array = np.frombuffer(raw, dtype=dtype)
            variables[name] = array.reshape(shape)
        if version >= 4:  # aliases (the tied output projection)
            for _ in range(take("I")):
                alias, target = take_str(), take_str()
                variables[alias] = variables[target]
    except struct.error:
        raise InputError(path, "truncated CTranslate2 model file") from None
    return spec, variables


def _float(variables: dict[str, np.ndarray], name: str) -> np.ndarray:
    """A weight as float32, dequantizing int8/int16 weights with their per-row scale."""
    value = variables[name]
    if value.dtype in (np.int8, np.int16):
        scale = variables.get(name + "_scale")
        if scale is None:
            raise KeyError(name + "_scale")
        scale = np.asarray(scale, dtype=np.float32)
        return value.astype(np.float32) / (scale.reshape(-1, 1) if scale.ndim else scale)
    return value.astype(np.float32)


def ct2_to_whisper_checkpoint(model_dir: str | Path) -> dict[str, Any]:
    """The openai-whisper checkpoint dict for a CTranslate2 Whisper directory.

    Weights are stored as float16, like the official checkpoints; ``alignment_heads`` (the
    base85 string ``Whisper.set_alignment_heads`` takes) is added when config.json has them.
    """
    import torch

    model_dir = Path(model_dir)
    bin_path = model_dir / "model.bin"
    if not bin_path.is_file():
        raise InputError(model_dir, "not a CTranslate2 model directory (no model.bin)")
    spec, v = read_ct2_variables(bin_path)
    if spec and spec != "WhisperSpec":
        raise InputError(model_dir, f"not a Whisper model (CTranslate2 spec {spec})")
    try:
        dims = _dimensions(v)
        sd = _state_dict(v, dims)
    except KeyError as exc:
        raise InputError(model_dir,
                         f"not a Whisper model: missing variable {exc.args[0]}") from None

    projection = v.get("decoder/projection/weight")
    if projection is not None and not np.array_equal(
            _float(v, "decoder/projection/weight"), sd["decoder.token_embedding.weight"]):
        # openai-whisper ties the output projection to the token embedding.
        raise InputError(model_dir, "output projection is not tied to the token embedding; "
                                    "openai-whisper cannot represent this model")

    checkpoint: dict[str, Any] = {
        "dims": dims,
        "model_state_dict": {k: torch.from_numpy(np.ascontiguousarray(a)).to(torch.float16)
                             for k, a in sd.items()},
    }
    heads = _alignment_heads(model_dir / "config.json", dims["n_text_layer"], dims["n_text_head"])
    if heads is not None:
        checkpoint["alignment_heads"] = heads
    return checkpoint


def _dimensions(v: dict[str, np.ndarray]) -> dict[str, int]:
    """openai-whisper's ``ModelDimensions``, read off the variables' shapes."""
    def n_layers(side: str) -> int:
        found = {int(m.group(1)) for name in v if (m := re.match(rf"{side}/layer_(\d+)/", name))}
        return max(found) + 1 if found else 0

    def scalar(name: str, default: int) -> int:
        return int(v[name].reshape(-1)[0]) if name in v else default

    n_state = v["encoder/conv1/weight"].shape[0]
    return {
        "n_mels": int(v["encoder/conv1/weight"].shape[1]),
        "n_audio_ctx": int(v["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(n_state),
        "n_audio_head": scalar("encoder/num_heads", n_state // 64),
        "n_audio_layer": n_layers("encoder"),
        "n_vocab": int(v["decoder/embeddings/weight"].shape[0]),
        "n_text_ctx": int(v["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(v["decoder/embeddings/weight"].shape[1]),
        "n_text_head": scalar("decoder/num_heads", n_state // 64),
        "n_text_layer": n_layers("decoder"),
    }


def _state_dict(v: dict[str, np.ndarray], dims: dict[str, int]) -> dict[str, np.ndarray]:
    """openai-whisper's state dict (float32 arrays), in its order; a ``KeyError`` names a
    variable the model lacks."""
    out = _StateDict(v)
    out.linear("encoder.conv1", "encoder/conv1")
    out.linear("encoder.conv2", "encoder/conv2")
    out.sd["encoder.positional_embedding"] = _float(v, "encoder/position_encodings/encodings")
    for i in range(dims["n_audio_layer"]):
        out.block(f"encoder.blocks.{i}", f"encoder/layer_{i}", cross=False)
    out.norm("encoder.ln_post", "encoder/layer_norm")

    out.sd["decoder.token_embedding.weight"] = _float(v, "decoder/embeddings/weight")
    out.sd["decoder.positional_embedding"] = _float(v, "decoder/position_encodings/encodings")
    for i in range(dims["n_text_layer"]):
        out.block(f"decoder.blocks.{i}", f"decoder/layer_{i}", cross=True)
    out.norm("decoder.ln", "decoder/layer_norm")
    return out.sd


class _StateDict:
    """A state dict filled from CTranslate2's variables, one layer kind at a time."""

    def __init__(self, variables: dict[str, np.ndarray]):
        self.v = variables
        self.sd: dict[str, np.ndarray] = {}

    def linear(self, dst: str, src: str, bias: bool = True) -> None:
        self.sd[f"{dst}.weight"] = _float(self.v, f"{src}/weight")
        if bias:
            self.sd[f"{dst}.bias"] = _float(self.v, f"{src}/bias")

    def norm(self, dst: str, src: str) -> None:
        self.sd[f"{dst}.weight"] = _float(self.v, f"{src}/gamma")
        self.sd[f"{dst}.bias"] = _float(self.v, f"{src}/beta")

    def fused(self, dst_names: list[str], src: str, with_bias: list[bool]) -> None:
        """One fused CTranslate2 projection (rows ``[q; k; v]``) as separate ones."""
        weight = _float(self.v, f"{src}/weight")
        bias = _float(self.v, f"{src}/bias") if f"{src}/bias" in self.v else None
        parts = len(dst_names)
        for k, (dst, keep_bias) in enumerate(zip(dst_names, with_bias)):
            rows = slice(k * weight.shape[0] // parts, (k + 1) * weight.shape[0] // parts)
            self.sd[f"{dst}.weight"] = weight[rows]
            if keep_bias:
                self.sd[f"{dst}.bias"] = (bias[rows] if bias is not None
                                          else np.zeros(weight[rows].shape[0], np.float32))

    def block(self, dst: str, src: str, cross: bool) -> None:
        """One residual attention block (with cross-attention in the decoder)."""
        self.norm(f"{dst}.attn_ln", f"{src}/self_attention/layer_norm")
        self.fused([f"{dst}.attn.query", f"{dst}.attn.key", f"{dst}.attn.value"],
                   f"{src}/self_attention/linear_0", [True, False, True])
        self.linear(f"{dst}.attn.out", f"{src}/self_attention/linear_1")
        if cross:
            self.norm(f"{dst}.cross_attn_ln", f"{src}/attention/layer_norm")
            self.linear(f"{dst}.cross_attn.query", f"{src}/attention/linear_0")
            self.fused([f"{dst}.cross_attn.key", f"{dst}.cross_attn.value"],
                       f"{src}/attention/linear_1", [False, True])
            self.linear(f"{dst}.cross_attn.out", f"{src}/attention/linear_2")
        self.norm(f"{dst}.mlp_ln", f"{src}/ffn/layer_norm")
        self.linear(f"{dst}.mlp.0", f"{src}/ffn/linear_0")
        self.linear(f"{dst}.mlp.2", f"{src}/ffn/linear_1")


def _alignment_heads(config_path: Path, n_layer: int, n_head: int) -> str | None:
    """config.json's ``[[layer, head], ...]`` as the base85 mask openai-whisper uses."""
    try:
        pairs = json.loads(config_path.read_text(encoding="utf-8")).get("alignment_heads")
    except (OSError, ValueError):
        return None
    if not pairs:
        return None
    mask = np.zeros((n_layer, n_head), dtype=bool)
    for layer, head in pairs:
        mask[layer, head] = True
    return base64.b85encode(gzip.compress(mask.tobytes(), mtime=0)).decode("ascii")


def convert_ct2_to_whisper(model_dir: str | Path, out_path: str | Path) -> Path:
    """Write the openai-whisper checkpoint for ``model_dir`` to ``out_path`` atomically."""
    import os
    import tempfile

    import torch

    checkpoint = ct2_to_whisper_checkpoint(model_dir)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            torch.save(checkpoint, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out_path
