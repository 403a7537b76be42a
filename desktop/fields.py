"""Editors for single facts: three-way yes/no/unknown, choices, numbers, dates, date-times.

Every editor holds no state of its own beyond what the case can rebuild: ``value()``
reads it, ``set_value()`` shows a value without announcing an edit, and
``value_edited`` is emitted only when the user (or a test driving the widget) changes
it. ``None`` always means "unknown".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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

from cases.model.fuzzy import FuzzyDate, FuzzyTime
from desktop.typed_dates import after_now, format_fuzzy_time, parse_fuzzy_date, parse_fuzzy_time


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
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
    """

    value_edited = Signal(object)
    problem_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self._setting = False
        self._problem = ""
        self.textChanged.connect(self._on_text_changed)

    def parse(self, text: str) -> Any:
        """The value of a non-empty text, or raise ValueError with the user's message."""
        raise NotImplementedError

    def show_value(self, value: Any) -> str:
        raise NotImplementedError

    def problem(self) -> str:
        return self._problem

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
        finally:
            self._setting = False

    def _set_problem(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.problem_changed.emit(problem)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        if self._setting:
            return
        value = None
        problem = ""
        if text.strip():
            try:
                value = self.parse(text.strip())
            except ValueError as error:
                problem = str(error)
        self._set_problem(problem)
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


class DateLine(_ParsedLine):
    """A date known to the year, the month or the day (2019, 2019-03, 2019-03-05), not after today."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setPlaceholderText(
            self.tr("e.g. 2019-05-01, or 2019-05 or 2019; leave empty if unknown")
        )

    def parse(self, text: str) -> FuzzyDate:
        try:
            value = parse_fuzzy_date(text)
        except ValueError:
            raise ValueError(
                self.tr("Please write the date as 2019-05-01, the month as 2019-05 or the year.")
            ) from None
        if after_now(value, dt.datetime.now()):
            raise ValueError(self.tr("This date is in the future."))
        return value

    def show_value(self, value: Any) -> str:
        return str(value)


class DateTimeLine(_ParsedLine):
    """A local time known to the minute or to the day, not after now."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setPlaceholderText(
            self.tr("e.g. 2019-05-01 09:00, or just 2019-05-01; leave empty if unknown")
        )

    def parse(self, text: str) -> FuzzyTime:
        try:
            value = parse_fuzzy_time(text)
        except ValueError:
            raise ValueError(
                self.tr("Please write the time as 2019-05-01 09:00, or the day as 2019-05-01.")
            ) from None
        if after_now(value, dt.datetime.now()):
            raise ValueError(self.tr("This time is in the future."))
        return value

    def show_value(self, value: Any) -> str:
        return format_fuzzy_time(value)


class Question(QWidget):
    """One question: its wording, the editor, an optional hint and the problem line.

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
        self._problem = QLabel(self)
        self._problem.setObjectName(f"{field}_problem")
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("color: #b00020;")
        self._problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem.hide()
        layout.addWidget(self._problem)
        editor.setAccessibleName(text)

    def set_problem(self, text: str) -> None:
        """Show why the answer is not accepted (or hide the line for "")."""
        self._problem.setText(text)
        self._problem.setVisible(bool(text))
        self.editor.setAccessibleDescription(text)

    def problem(self) -> str:
        return self._problem.text() if self._problem.isVisibleTo(self) else ""
