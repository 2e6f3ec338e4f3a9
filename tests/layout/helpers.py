"""Timed transcripts for the layout tests."""
from cleanup.transcript import Segment, Token, Transcript


def timed(*words, segment_starts=(), speakers=None):
    """A transcript from (text, start, end) words; a new segment at each index in
    ``segment_starts`` (one segment if none), with ``speakers[k]`` for segment k."""
    bounds = [0, *segment_starts, len(words)]
    pairs = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        chunk = words[a:b]
        speaker = speakers[k] if speakers else None
        pairs.append((Segment(chunk[0][1], chunk[-1][2], speaker=speaker),
                      [Token(text, " ", start, end) for text, start, end in chunk]))
    return Transcript.from_segments(pairs, format="json")


def spoken(text, start=0.0, rate=14.0, gap=0.05):
    """Words of ``text`` spoken from ``start`` at ``rate`` characters a second."""
    out, t = [], start
    for word in text.split():
        end = t + len(word) / rate
        out.append((word, round(t, 3), round(end, 3)))
        t = end + gap
    return out


def cue_texts(transcript):
    return ["\n".join(line for line in _lines(tokens)) for tokens in transcript.segment_tokens()]


def _lines(tokens):
    lines = []
    for k, tok in enumerate(tokens):
        if k == 0 or tok.sep == "\n":
            lines.append(tok.text)
        else:
            lines[-1] += " " + tok.text
    return lines
