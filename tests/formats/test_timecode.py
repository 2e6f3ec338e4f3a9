"""The one clock that messages show times in: --explain's changes and cleanup lint's cues."""
import pytest

from cleanup.formats.timecode import format_clock
from cleanup.layout import Violation
from cleanup.pipeline import Change


@pytest.mark.parametrize("seconds, places, shown", [
    (0, 2, "0:00.00"),
    (4.26, 2, "0:04.26"),
    (62.5, 2, "1:02.50"),
    (599.999, 2, "10:00.00"),   # rounds up into the next minute, never 9:60.00
    (3599.999, 2, "1:00:00.00"),  # ...and into the next hour
    (3700, 2, "1:01:40.00"),    # hours when there are some (not 61:40.00)
    (36_000 * 3 + 5, 2, "30:00:05.00"),
    (59.97, 1, "1:00.0"),
    (3725.0, 1, "1:02:05.0"),
    (75.4, 0, "1:15"),
])
def test_format_clock(seconds, places, shown):
    assert format_clock(seconds, places) == shown


def test_explain_and_lint_show_one_clock():
    change = Change("remove_fillers", "so, uh, we", "so, we", 3700.0, 3701.25)
    assert change.describe() == "remove_fillers [1:01:40.00–1:01:41.25]: 'so, uh, we' → 'so, we'"
    violation = Violation(3, 3700.0, 3712.0, "max_duration", 12.0, 7.0)
    assert violation.describe() == "cue 3 [1:01:40.00–1:01:52.00]: max_duration 12 s > 7 s"
