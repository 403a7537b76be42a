"""The analysis' adjustable assumptions (本应用的假定): the settings every analysis records.

Kept apart from the engine so that code which only stores or shows settings (the
case store, the window's first paint) need not load the legal logic.
"""

from __future__ import annotations

from dataclasses import dataclass

SMALL_FAMILY_MIN = 2
SMALL_FAMILY_MAX = 500
TIMELY_WINDOW_MAX = 24.0 * 90
"""The ranges of the assumptions (the settings dialog offers the same); the late window
shares the timely window's range."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The app's adjustable assumptions, recorded with every analysis.

    Attributes:
        small_family_max: the largest family-only group still treated as a private space.
        timely_window_hours: how long after knowing a measure still counts as prompt.
        late_window_hours: past how long after knowing a measure counts as late; in
            between the two windows only the volunteer's ``timely`` judgement decides.
            A late window below the timely window is read as equal to it (no grey zone).
    """

    small_family_max: int = 10
    timely_window_hours: float = 24.0
    late_window_hours: float = 72.0

    def __post_init__(self) -> None:
        """Refuse settings that would make the rules meaningless."""
        if not SMALL_FAMILY_MIN <= self.small_family_max <= SMALL_FAMILY_MAX:
            raise ValueError(
                f"small_family_max must be between {SMALL_FAMILY_MIN} and {SMALL_FAMILY_MAX}"
            )
        if not 0 < self.timely_window_hours <= TIMELY_WINDOW_MAX:
            raise ValueError(f"timely_window_hours must be between 0 and {TIMELY_WINDOW_MAX:g}")
        if not 0 < self.late_window_hours <= TIMELY_WINDOW_MAX:
            raise ValueError(f"late_window_hours must be between 0 and {TIMELY_WINDOW_MAX:g}")

    @property
    def late_after_hours(self) -> float:
        """The late window as the rules use it: never below the timely window."""
        return max(self.late_window_hours, self.timely_window_hours)

    def to_json(self) -> dict[str, float | int]:
        """The settings as JSON."""
        return {
            "small_family_max": self.small_family_max,
            "timely_window_hours": self.timely_window_hours,
            "late_window_hours": self.late_window_hours,
        }


DEFAULT_SETTINGS = Settings()
