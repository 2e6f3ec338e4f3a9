"""Where a model runs (``auto``, ``cpu``, ``cuda``) and at which precision.

``auto`` picks CUDA when the backend can use a CUDA device and the CPU otherwise. Asking for
``cuda`` where there is none is an error before any model loads or any file is decoded.
Precision follows the device: faster-whisper runs int8 on a CPU and float16 on a GPU
(``int8_float16`` on request); openai-whisper runs fp32 on a CPU and fp16 on a GPU.

>>> resolve_device("cpu", "openai-whisper")
'cpu'
>>> compute_type("faster-whisper", "cpu"), compute_type("faster-whisper", "cuda")
('int8', 'float16')
>>> compute_type("openai-whisper", "cuda")
'float16'
"""
from __future__ import annotations

from ..errors import CleanupError

DEVICES = ("auto", "cpu", "cuda")

# backend -> {device kind -> precision}; "cuda:1" counts as "cuda".
_PRECISION = {
    "faster-whisper": {"cpu": "int8", "cuda": "float16"},
    "openai-whisper": {"cpu": "float32", "cuda": "float16"},
}
# Precisions a user may ask for, per backend and device kind.
_ALLOWED = {
    "faster-whisper": {"cpu": ("int8", "float32", "int8_float32"),
                       "cuda": ("float16", "int8_float16", "int8", "float32", "bfloat16",
                                "int8_bfloat16")},
    "openai-whisper": {"cpu": ("float32",), "cuda": ("float16", "float32")},
}


class DeviceError(CleanupError):
    """The device asked for is not there (a usage error: nothing was decoded)."""


def cuda_devices(backend: str) -> int:
    """How many CUDA devices ``backend`` can use (0 when its library has no CUDA build)."""
    try:
        if backend == "faster-whisper":
            import ctranslate2

            return int(ctranslate2.get_cuda_device_count())
        import torch

        return torch.cuda.device_count() if torch.cuda.is_available() else 0
    except Exception:  # a library without CUDA support, or a broken driver
        return 0


def resolve_device(device: str, backend: str) -> str:
    """``auto`` -> ``cuda`` or ``cpu``; ``cuda``/``cuda:N`` only when such a device exists."""
    device = (device or "auto").strip().lower()
    kind, _, index = device.partition(":")
    if kind not in DEVICES or (index and (kind != "cuda" or not index.isdigit())):
        raise DeviceError(f"unknown device {device!r}; devices: auto, cpu, cuda, cuda:N")
    if kind == "cpu":
        return "cpu"
    count = cuda_devices(backend)
    if kind == "auto":
        return "cuda" if count else "cpu"
    if not count:
        raise DeviceError(f"--device {device}: no CUDA device is available to {backend} "
                          "(use --device cpu or auto)")
    if index and int(index) >= count:
        raise DeviceError(f"--device {device}: only {count} CUDA device(s) are available")
    return device


def compute_type(backend: str, device: str, requested: str | None = None) -> str:
    """The precision ``backend`` runs at on ``device`` (a resolved device, not ``auto``)."""
    kind = "cuda" if device.startswith("cuda") else "cpu"
    table = _PRECISION.get(backend)
    if table is None:
        return requested or "default"
    if requested is None:
        return table[kind]
    allowed = _ALLOWED[backend][kind]
    if requested not in allowed:
        raise DeviceError(f"--compute-type {requested} is not available to {backend} on "
                          f"{kind}; choose {', '.join(allowed)}")
    return requested
