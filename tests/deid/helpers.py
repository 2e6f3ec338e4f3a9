"""What the round tests ask of the step: the text ``cleanup fix FILE --steps deidentify``
writes for a .txt file, and the (category, text) of each redaction it records."""
from cleanup import formats
from cleanup.deid.step import Deidentify

every = Deidentify()


def fix(raw: str) -> str:
    """The text as ``cleanup fix FILE --steps deidentify`` writes a .txt file."""
    return formats.render(every.transform(formats.parse(raw, "txt")), "txt").rstrip("\n")


def found(raw: str) -> set[tuple[str, str]]:
    """The (category, original text) of every redaction in ``raw``."""
    redacted = every.transform(formats.parse(raw, "txt"))
    return {(r["category"], r["text"]) for r in redacted.meta["redactions"]}
