"""A cleaned transcript as a file's outputs: each format shows it the way its readers expect.

Caption formats (SRT, VTT, the Whisper JSON, and the cues the review page checks) show the
transcript laid out as cues by the caption rules; the ``.txt`` stays running text; the
review page (``html``) is made from the laid-out cues; the JSON of ``cleanup transcribe``
ends with its record (what it was made from, and with what settings). ``cleanup fix`` and
``cleanup transcribe`` both render through :func:`render_outputs`, so this is decided once.

>>> from cleanup import build_pipeline, formats
>>> raw = formats.parse("1\\n00:00:00,000 --> 00:00:04,000\\nso um we will check your blood "
...                     "pressure again today and the results look stable\\n", "srt")
>>> run = build_pipeline("clean").explain(raw)
>>> txt, srt = render_outputs(run.transcript, run.changes, [("txt", "a.txt"), ("srt", "a.srt")],
...                           "netflix")
>>> print(txt.text(), end="")
So we will check your blood pressure again today and the results look stable
>>> print(srt.text(), end="")
1
00:00:00,000 --> 00:00:04,000
So we will check your blood pressure
again today and the results look stable
<BLANKLINE>
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable, Sequence

from . import formats
from .pipeline import Change
from .transcript import Transcript

#: Makes the review page: ``page(cues, name)``, the laid-out cues and the page's file name.
Page = Callable[[Transcript, str], str]


@dataclass(frozen=True)
class Output:
    """One output file's content, rendered on demand: as text (:meth:`text`), or streamed
    to an open file (:meth:`write`), so that a long transcript is never held as text."""

    fmt: str
    name: str  # the file named in errors
    transcript: Transcript  # what this format shows
    changes: Sequence[Change] = ()
    page: Page | None = None
    record: dict[str, Any] | None = None

    def text(self) -> str:
        if self.page is not None:
            return self.page(self.transcript, self.name)
        text = formats.render(self.transcript, self.fmt, self.changes, name=self.name)
        return text if self.record is None else with_record(text, self.record)

    def write(self, stream: IO[str]) -> None:
        if self.page is None and self.record is None:
            formats.write(self.transcript, stream, self.fmt, self.changes, name=self.name)
        else:
            stream.write(self.text())


def render_outputs(cleaned: Transcript, changes: Sequence[Change],
                   outputs: Iterable[tuple[str, str]], rules: Any = None, *,
                   page: Page | None = None, record: dict[str, Any] | None = None
                   ) -> list[Output]:
    """One :class:`Output` per ``(format, file name)`` of ``outputs``, in their order.

    ``txt`` shows ``cleaned`` as it is (running text); every other format shows it laid out
    as cues by ``rules`` (:class:`cleanup.layout.Rules` or a preset name; ``None``, the
    ``keep`` preset and an untimed transcript leave the cues as they are). ``page`` makes the
    ``html`` output from those cues; ``record`` ends the ``json`` output.
    """
    captions: list[Transcript] = []  # laid out once, on first use

    def shown(fmt: str) -> Transcript:
        if fmt == "txt" or rules is None:
            return cleaned
        if not captions:
            from .layout import layout

            captions.append(layout(cleaned, rules))
        return captions[0]

    return [Output(fmt, str(name), shown(fmt), changes,
                   page if fmt == "html" else None, record if fmt == "json" else None)
            for fmt, name in outputs]


#: Where the record begins in a JSON output: its keys come last, at the top level.
RECORD_START = ',\n  "source": '


def with_record(rendered_json: str, record: dict[str, Any]) -> str:
    """The JSON output with the record's source and outputs added as its last keys (the
    writer already wrote the settings from the transcript's meta). Spliced in before the
    closing brace, so the writer's layout stays and a long transcript is not parsed again.
    A file name that is not UTF-8 (its bytes kept as lone surrogates) is written as JSON's
    ``\\udcXX`` escape, which reads back as the same name."""
    body = rendered_json.rstrip()
    if not body.endswith("}") or '"settings"' not in body:
        data = json.loads(rendered_json)
        data.update(record)
        return _escape_surrogates(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    extra = "".join(f",\n  {json.dumps(key)}: {json.dumps(record[key], ensure_ascii=False)}"
                    for key in ("source", "outputs"))
    return body[:-1].rstrip() + _escape_surrogates(extra) + "\n}\n"


def without_record(json_text: str) -> str:
    """A JSON output up to the record :func:`with_record` added: what a person may edit,
    and what the output's hash in the record covers.

    >>> text = with_record('{"text": "a", "settings": {}}', {"source": {}, "outputs": {}})
    >>> without_record(text)
    '{"text": "a", "settings": {}'
    """
    at = json_text.rfind(RECORD_START)
    return json_text[:at] if at >= 0 else json_text


def record_free(rendered_json: str) -> str:
    """The part of a rendered JSON output that :func:`with_record` keeps before any
    record: what the output's hash covers (``without_record(with_record(text, r))``)."""
    return without_record(with_record(rendered_json, dict.fromkeys(("source", "outputs"))))


def _escape_surrogates(text: str) -> str:
    """Lone surrogates (the bytes of a name that is not UTF-8) as JSON escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
