"""Editors for single facts: three-way yes/no/unknown, choices, numbers, dates, date-times.

Every editor holds no state of its own beyond what the case can rebuild: ``value()``
reads it, ``set_value()`` shows a value without announcing an edit, and
``value_edited`` is emitted only when the user (or a test driving the widget) changes
it. ``None`` always means "unknown".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cases.model import fuzzy_text
from cases.model.fuzzy import FuzzyDate, FuzzyTime
from cases.model.fuzzy_text import TypedDateError, YearContext
from desktop.typed_dates import after_now


class TriStateChoice(QWidget):
    """A real three-way answer: 是 / 否 / 不知道 (never a checkbox).

    Signals:
        value_edited(object): the user chose True, False or None.
    """

    value_edited = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[bool | None, QRadioButton] = {}
        for ident, (value, text) in enumerate(
            ((True, self.tr("Yes")), (False, self.tr("No")), (None, self.tr("Don't know")))
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"{name}_{str(value).lower()}")
            self._group.addButton(button, ident)
            self._buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._buttons[None].setChecked(True)
        self._group.idClicked.connect(self._on_id_clicked)

    def button(self, value: bool | None) -> QRadioButton:
        """The radio button for an answer (tests click it)."""
        return self._buttons[value]

    def buttons(self) -> list[QRadioButton]:
        """The three buttons in tab order."""
        return list(self._buttons.values())

    def value(self) -> bool | None:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: bool | None) -> None:
        self._buttons[value].setChecked(True)

    def setAccessibleName(self, name: str) -> None:
        """Override QWidget::setAccessibleName: name the buttons too."""
        super().setAccessibleName(name)
        for button in self._buttons.values():
            button.setAccessibleName(f"{name}: {button.text()}")

    @Slot(int)
    def _on_id_clicked(self, ident: int) -> None:
        self.value_edited.emit(list(self._buttons)[ident])


class EnumChoice(QComboBox):
    """A choice among an enum's values, plus 不知道.

    Signals:
        value_edited(object): the user chose a value (an enum member) or None.
    """

    value_edited = Signal(object)

    def __init__(
        self, name: str, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._setting = False
        self._values = {str(value): value for value, _text in choices}
        self.addItem(self.tr("Don't know"), None)
        for value, text in choices:
            # Plain strings as item data: Qt's variant keeps StrEnum members as opaque
            # Python objects, which findData cannot compare.
            self.addItem(text, str(value))
        # As wide as the pane allows, and narrower than the longest choice if need be
        # (elided, the arrow kept): at a large font on a small screen the longest
        # choice made the whole form wider than its pane. The list opens in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + self.iconSize().width())
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self._values[data]

    def set_value(self, value: Any) -> None:
        index = 0 if value is None else max(0, self.findData(str(value)))
        if index != self.currentIndex():
            self._setting = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._setting = False

    def select(self, value: Any) -> None:
        """Choose a value as the user would (tests)."""
        self.setCurrentIndex(0 if value is None else self.findData(str(value)))

    @Slot(int)
    def _on_current_index_changed(self, _index: int) -> None:
        if not self._setting:
            self.value_edited.emit(self.value())


class _ParsedLine(QLineEdit):
    """A line edit whose text is parsed into a value; empty means unknown.

    Signals:
        value_edited(object): the text changed to a valid value or to empty (None).
        problem_changed(str): the reason the text is not accepted, or "".
        note_changed(str): how the accepted text was read (its precision), or "".
    """

    value_edited = Signal(object)
    problem_changed = Signal(str)
    note_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self._setting = False
        self._problem = ""
        self._note = ""
        self.textChanged.connect(self._on_text_changed)

    def parse(self, text: str) -> Any:
        """The value of a non-empty text, or raise ValueError with the user's message."""
        raise NotImplementedError

    def show_value(self, value: Any) -> str:
        raise NotImplementedError

    def note_for(self, text: str) -> str:
        """How an accepted non-empty text was read, for the line under the field ("": none)."""
        return ""

    def note_for_value(self, value: Any) -> str:
        """How a value shown by ``set_value`` reads ("": nothing to say)."""
        return ""

    def problem(self) -> str:
        return self._problem

    def note(self) -> str:
        return self._note

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        try:
            return self.parse(text)
        except ValueError:
            return None

    def set_value(self, value: Any) -> None:
        if value == self.value() and (value is not None or not self._problem):
            return
        self._setting = True
        try:
            self.setText("" if value is None else self.show_value(value))
            self._set_problem("")
            self._set_note("" if value is None else self.note_for_value(value))
        finally:
            self._setting = False

    def _set_problem(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.problem_changed.emit(problem)

    def _set_note(self, note: str) -> None:
        if note != self._note:
            self._note = note
            self.note_changed.emit(note)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        if self._setting:
            return
        value = None
        problem = note = ""
        if text.strip():
            try:
                value = self.parse(text.strip())
            except ValueError as error:
                problem = str(error)
            else:
                note = self.note_for(text.strip())
        self._set_problem(problem)
        self._set_note(note)
        self.value_edited.emit(value)


MAX_COUNT_DIGITS = 10
"""Longer member counts (ten billion and up) are typing mistakes, and int() refuses
numbers of thousands of digits with a message meant for programmers."""


class CountLine(_ParsedLine):
    """A whole number of at least ``minimum`` (the group's members)."""

    def __init__(self, name: str, minimum: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._minimum = minimum
        self.setPlaceholderText(self.tr("e.g. 300; leave empty if unknown"))

    def parse(self, text: str) -> int:
        # isdecimal, not isdigit: "²" is a digit that int() cannot read.
        if not text.isdecimal():
            raise ValueError(self.tr("Please enter a whole number, e.g. 300."))
        if len(text.lstrip("0")) > MAX_COUNT_DIGITS:
            raise ValueError(self.tr("That is more members than any group has."))
        number = int(text)
        if number < self._minimum:
            raise ValueError(self.tr("A group has at least %n members.", "", self._minimum))
        return number

    def show_value(self, value: Any) -> str:
        return str(value)


class TallyLine(_ParsedLine):
    """How many times something happened (forwards, views): a whole number, 0 or more."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setPlaceholderText(self.tr("e.g. 120; leave empty if unknown"))

    def parse(self, text: str) -> int:
        if not text.isdecimal():
            raise ValueError(self.tr("Please enter a whole number, e.g. 120."))
        if len(text.lstrip("0")) > MAX_COUNT_DIGITS:
            raise ValueError(self.tr("That number is too large."))
        return int(text)

    def show_value(self, value: Any) -> str:
        return str(value)


class _TypedDateLine(_ParsedLine):
    """A date or time typed as volunteers write it (``cases.model.fuzzy_text``).

    The form tells it the language of its messages and the year of a date written
    without one (``set_context``); the line under the field says how the text was read.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._lang = "zh"
        self._years = YearContext.of(None, dt.date.today())

    def set_context(self, lang: str, years: YearContext) -> None:
        """The language of the messages and the year of a date written without one."""
        self._lang = lang
        self._years = years

    def read(self, text: str) -> fuzzy_text.Reading:
        """What the text is read as.

        Raises:
            TypedDateError: it cannot be read.
        """
        raise NotImplementedError

    def future_problem(self) -> str:
        """The message for a value wholly after now."""
        raise NotImplementedError

    def parse(self, text: str) -> Any:
        return read_typed(self.read, text, self._lang, self.future_problem)

    def note_for(self, text: str) -> str:
        try:
            return fuzzy_text.describe(self.read(text), self._lang)
        except TypedDateError:
            return ""

    def note_for_value(self, value: Any) -> str:
        return fuzzy_text.describe(value, self._lang)


def read_typed(
    read: Callable[[str], fuzzy_text.Reading],
    text: str,
    lang: str,
    future_problem: Callable[[], str],
) -> FuzzyDate | FuzzyTime:
    """A typed date or time as ``read`` reads it, refused when it is wholly in the future.

    Raises:
        ValueError: what is wrong, in the volunteer's language (the year the
            reading assumed is named after a value in the future).
    """
    try:
        reading = read(text)
    except TypedDateError as error:
        raise ValueError(error.text(lang)) from None
    if after_now(reading.value, dt.datetime.now()):
        raise ValueError(future_problem() + fuzzy_text.assumed_year_text(reading, lang))
    return reading.value


class DateLine(_TypedDateLine):
    """A date known to the year, the month or the day (2019, 2019年3月, 3月5日), not after today."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setPlaceholderText(self.tr("e.g. 2019-03-05, 2019/3 or 2019; leave empty if unknown"))

    def read(self, text: str) -> fuzzy_text.Reading:
        return fuzzy_text.parse_date(text, self._years)

    def future_problem(self) -> str:
        return self.tr("This date is in the future.")

    def show_value(self, value: Any) -> str:
        return str(value)


class DateTimeLine(_TypedDateLine):
    """A local time known to the minute or to the day (2019-03-05 20:30, 3月5日晚上), not after now."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setPlaceholderText(
            self.tr("e.g. 2019-03-05 20:30, or just 2019-03-05; leave empty if unknown")
        )

    def read(self, text: str) -> fuzzy_text.Reading:
        return fuzzy_text.parse_time(text, self._years)

    def future_problem(self) -> str:
        return self.tr("This time is in the future.")

    def show_value(self, value: Any) -> str:
        assert isinstance(value, FuzzyTime)
        return value.shown


class Question(QWidget):
    """One question: its wording, the editor, an optional hint and the status line.

    The status line shows why the answer is refused, or else how it was read (a
    date's precision) followed by what the analysis makes of that precision
    (``——已足够：结论不取决于具体日期``). For an editor that can be refused it always
    keeps its space, so that a value turning valid or invalid never moves what is below.

    Attributes:
        field: the case-format field the question asks about.
        editor: the widget that answers it (objectName = field).
    """

    def __init__(
        self,
        field: str,
        text: str,
        editor: QWidget,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self._label = QLabel(text, self)
        self._label.setWordWrap(True)
        self._label.setBuddy(editor)
        font = self._label.font()
        font.setBold(True)
        self._label.setFont(font)
        layout.addWidget(self._label)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: palette(mid);")
            layout.addWidget(hint_label)
        layout.addWidget(editor)
        self._problem = ""
        self._note = ""
        self._verdict = ""
        self._status = QLabel(self)
        self._status.setObjectName(f"{field}_status")
        self._status.setWordWrap(True)
        self._status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Editors that can refuse what is typed keep the line's space even when it is
        # empty; the others show it only for a problem the form reports.
        self._reserved = hasattr(editor, "problem_changed")
        # Two lines' height (most messages fit in two lines of a narrow form), measured
        # on Latin and Chinese text: the fallback font for Chinese may be the taller.
        self._status.setText("Ag 国\nAg 国")
        self._status.setMinimumHeight(self._status.sizeHint().height())
        self._status.setText("")
        self._status.setVisible(self._reserved)
        layout.addWidget(self._status)
        editor.setAccessibleName(text)

    def set_problem(self, text: str) -> None:
        """Show why the answer is not accepted ("": none)."""
        self._problem = text
        self._show_status()

    def set_note(self, text: str) -> None:
        """Show how the answer was read, e.g. its precision ("": nothing)."""
        self._note = text
        self._show_status()

    def set_verdict(self, text: str) -> None:
        """Show, after the note, whether the value's precision decides anything ("": nothing).

        The words come from the core (``cases.analysis.relevance.precision_verdict``).
        """
        self._verdict = text
        self._show_status()

    def status(self) -> str:
        """What the status line says: the problem, or the note and the verdict after it."""
        return self._problem or (self._note + self._verdict if self._note else "")

    def _show_status(self) -> None:
        text = self.status()
        self._status.setText(text)
        self._status.setStyleSheet("color: #b00020;" if self._problem else "")
        self._status.setVisible(self._reserved or bool(text))
        self.editor.setAccessibleDescription(text)
        if self._reserved and text and self._status.width() > 0:
            # A message that wraps keeps the lines it took: the form does not jump
            # back up when a shorter one replaces it.
            needed = self._status.heightForWidth(self._status.width())
            if needed > self._status.minimumHeight():
                self._status.setMinimumHeight(needed)

    def problem(self) -> str:
        return self._problem

    def note(self) -> str:
        """How the answer was read, as the status line says when there is no problem."""
        return self._note

    def verdict(self) -> str:
        """Whether the value's precision decides anything, as the status line says after the note."""
        return self._verdict
