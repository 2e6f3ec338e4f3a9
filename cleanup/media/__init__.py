"""Redact a recording's sound where its transcript was redacted: the words a de-identified
transcript hides are silenced (or covered by a 1 kHz tone) in a copy of the audio or video.

Before: ``visit.mp4`` says "my name is Jane Doe" at 4.20-4.85 s. After
``redact_media("visit.mp4", "visit.redacted.mp4", [(4.2, 4.85)])`` the copy is silent
from 4.15 to 4.90 s (0.05 s of padding each side); its video is the source's, packet for
packet, and the rest of its sound is the source's: sample for sample for WAV, FLAC and
ALAC, within the codec's own error for MP3, AAC, Opus and Vorbis (encoded once more, at
the source's bit rate).

The spans usually come from the ``deidentify`` step's records:
``redact_media(src, dst, timed_spans(transcript.meta["redactions"]))``.

>>> windows([(4.2, 4.85), (4.9, 5.3)], pad=0.05)
[(4.15, 5.35)]
"""
from .redact import MediaRedaction, redact_media
from .tracks import MODES
from .windows import FADE, TONE_HZ, TONE_LEVEL, timed_spans, windows

__all__ = ["FADE", "MODES", "MediaRedaction", "TONE_HZ", "TONE_LEVEL", "redact_media",
           "timed_spans", "windows"]
