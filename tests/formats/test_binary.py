"""Binary input is refused by what it is (issue 21.4: ``cleanup fix handout.pdf`` printed the
PDF and exited 0), and text is never taken for binary."""
import pytest

from cleanup import formats
from cleanup.cli import main
from cleanup.errors import InputError
from cleanup.formats.binary import what_binary

MEDIA = "audio or video: use cleanup transcribe"


@pytest.mark.parametrize("name, head, message", [
    ("handout.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
     "a PDF document, not a transcript (cleanup reads .txt, .srt, .vtt and Whisper .json)"),
    ("notes.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive (a Word, "),
    ("notes.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an Office document"),
    ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    ("visit.wav", b"RIFF$\x00\x00\x00WAVEfmt ", MEDIA),
    ("visit.mp4", b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", MEDIA),
    ("visit.m4a", b"\x00\x00\x00\x1cftypM4A \x00\x00", MEDIA),
    ("visit.mkv", b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", MEDIA),
    ("visit.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00", MEDIA),
    ("bare.mp3", b"\xff\xfb\x90\x64\x00\x00", MEDIA),
    ("visit.ogg", b"OggS\x00\x02\x00\x00", MEDIA),
    ("visit.flac", b"fLaC\x00\x00\x00\x22", MEDIA),
    ("dump.bin", bytes(range(1, 32)) * 40, "a binary file, not a transcript"),
    ("nul.txt", b"hello\x00world", "a binary file, not a transcript"),
], ids=lambda v: v if isinstance(v, str) and "." in v and len(v) < 12 else "")
def test_binary_input_is_refused_naming_what_it_is(tmp_path, name, head, message):
    path = tmp_path / name
    path.write_bytes(head)
    with pytest.raises(InputError) as err:
        formats.read(path)
    assert str(err.value).startswith(f"{path}: {message}")


@pytest.mark.parametrize("text", [
    "ID3 levels were checked today.\n",                 # "ID3" and a space: text
    "PK levels and PDF- forms\n",
    "1\n00:00:01,000 --> 00:00:02,000\nHello\n",
    "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n",
    "tabs\tand\fform feeds\r\nare text\n" * 20,
    "\ufeffa BOM is text\n",
    "ÿØ is not a JPEG when it is UTF-8 text\n",
])
def test_text_is_not_taken_for_binary(text):
    assert what_binary(text.encode("utf-8")) is None


def test_utf16_text_with_a_bom_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes("so um hello".encode("utf-16"))
    assert formats.read(tmp_path / "a.txt").text == "so um hello"


def test_fix_refuses_a_pdf_in_one_line_and_goes_on(tmp_path, capsys):
    # An all-ASCII PDF decodes as UTF-8: it was cleaned and printed, exit 0.
    (tmp_path / "handout.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                                           b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    (tmp_path / "visit.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00")
    (tmp_path / "a.txt").write_text("um hello", encoding="utf-8")
    code = main(["fix", str(tmp_path / "handout.pdf"), str(tmp_path / "visit.mp4"),
                 str(tmp_path / "a.txt")])
    out, err = capsys.readouterr()
    assert code == 1 and out == "Hello\n"
    assert err.splitlines() == [
        f"cleanup: {tmp_path / 'handout.pdf'}: a PDF document, not a transcript (cleanup reads "
        ".txt, .srt, .vtt and Whisper .json)",
        f"cleanup: {tmp_path / 'visit.mp4'}: {MEDIA}"]
