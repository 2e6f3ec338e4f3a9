"""Files that are not text, known by their first bytes, so that ``cleanup fix handout.pdf``
says what the file is instead of cleaning its bytes as words.

>>> what_binary(b"%PDF-1.7\\n%\\xe2\\xe3")
'a PDF document'
>>> what_binary(b"\\x00\\x00\\x00\\x20ftypisom\\x00\\x00")
'audio or video'
>>> what_binary("1\\n00:00:01,000 --> 00:00:02,000\\nHello\\n".encode()) is None
True
"""
from __future__ import annotations

# (offset, signature, what the file is). Media get one name: the fix is the same command.
MEDIA = "audio or video"
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive (a Word, Excel or PowerPoint file is one)"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document (.doc, .xls, .ppt)"),
    (0, b"{\\rtf", "an RTF document"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (8, b"WEBP", "a WebP image"),
    (4, b"ftypheic", "a HEIC image"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"\x7fELF", "a program"),
    # audio and video containers
    (8, b"WAVE", MEDIA), (8, b"AVI ", MEDIA), (8, b"AIFF", MEDIA), (8, b"AIFC", MEDIA),
    (4, b"ftyp", MEDIA),                       # MP4, M4A, MOV, 3GP
    (0, b"\x1a\x45\xdf\xa3", MEDIA),           # Matroska, WebM
    (0, b"OggS", MEDIA), (0, b"fLaC", MEDIA), (0, b"caff", MEDIA), (0, b"#!AMR", MEDIA),
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", MEDIA),  # ASF: WMA, WMV
    (0, b"\x00\x00\x01\xba", MEDIA), (0, b"\x00\x00\x01\xb3", MEDIA),  # MPEG program/video
    (0, b"FLV\x01", MEDIA), (0, b".RMF", MEDIA),
)
_ID3 = b"ID3"  # MP3 with tags: "ID3", a version byte below 0x10
# MPEG audio frame sync (MP3 without tags) and AAC ADTS: 0xFF then 0xE0-0xFF; the UTF-16
# byte-order mark (0xFF 0xFE) is not one of them.
_FRAME_SYNC = frozenset({0xE2, 0xE3, 0xF1, 0xF2, 0xF3, 0xF9, 0xFA, 0xFB})
# Control characters that text has (tab, line feed, form feed, carriage return, escape is not).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r")
CONTROL_SHARE = 0.1  # more control characters than this, among the first bytes: binary


def what_binary(head: bytes) -> str | None:
    """What a file whose first bytes are ``head`` is, when it is not text: ``"a PDF
    document"``, ``"audio or video"``, ``"a binary file"`` (many control characters);
    ``None`` for text."""
    for offset, signature, what in _SIGNATURES:
        if head[offset:offset + len(signature)] == signature:
            return what
    if head.startswith(_ID3) and len(head) > 3 and head[3] < 0x10:
        return MEDIA
    if len(head) > 1 and head[0] == 0xFF and head[1] in _FRAME_SYNC:
        return MEDIA
    sample = head[:8192]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if sample and (b"\x00" in sample or controls > CONTROL_SHARE * len(sample)):
        return "a binary file"
    return None
