"""The guided case entry: every fact of the case format as a question, in four steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cases.analysis import relevance
from cases.model import labels
from cases.model.domain import Case as CaseValue
from cases.model.domain import (
    ChatKind,
    GroupPurpose,
    Incident,
    Platform,
    Poster,
    Role,
)
from cases.model.fuzzy_text import YearContext, YearSource
from cases.rules.assumptions import Settings
from desktop import content_checklist, fields, measures_editor

TEXT_FIELDS = frozenset({"title", "notes", "date", "member_count", "discovered_at"})
"""Fields edited by typing: consecutive edits to one of them merge into one undo step."""


class CaseForm(QScrollArea):
    """The questions, grouped as 基本情况 / 信息内容 / 当事人 / 群主的处理.

    Questions that cannot matter for the case as entered are hidden; their answers
    are kept.

    Signals:
        fact_edited(str, object): the user answered a question: the field
            (``title``, ``notes`` or an ``Incident`` field) and its new value.
    """

    fact_edited = Signal(str, object)

    def __init__(self, lang: str, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_form")
        self.setWidgetResizable(True)
        self._lang = lang
        self._settings = settings
        self._case = CaseValue()
        self.questions: dict[str, fields.Question] = {}
        self.editors: dict[str, Any] = {}
        self._order: list[QWidget] = []
        self._wheel_owners: dict[QWidget, QWidget] = {}
        """Inner widgets that see the wheel (a list's viewport) → the widget that has focus."""
        self._groups = 0
        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._build()
        self._layout.addStretch(1)
        self.setWidget(body)
        self._leave_the_wheel_to_the_form(body)
        self._connect_signals()
        self._set_date_contexts()
        self._update_visibility()

    # ---- building

    def _pick(self, table: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
        return [(key, labels.pick(pair, self._lang)) for key, pair in table.items()]

    def _choices(self, enum_type: Any, table: dict[str, tuple[str, str]]) -> list[Any]:
        return [(enum_type(key), text) for key, text in self._pick(table)]

    def _label(self, field: str) -> str:
        text = labels.field_label(field, self._lang)
        return text[:1].upper() + text[1:]

    def _group(self, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        self._groups += 1
        box.setObjectName(f"step_{self._groups}")
        layout = QVBoxLayout(box)
        self._layout.addWidget(box)
        return layout

    def _add(self, layout: QVBoxLayout, field: str, editor: QWidget, hint: str = "") -> None:
        question = fields.Question(field, self._label(field), editor, hint)
        self.questions[field] = question
        self.editors[field] = editor
        layout.addWidget(question)
        if isinstance(editor, fields.TriStateChoice):
            self._order.extend(editor.buttons())
        elif isinstance(editor, measures_editor.ActionsEditor):
            self._order += [
                *editor.any.buttons(),
                editor.table,
                editor.add_button,
                editor.remove_button,
            ]
        elif isinstance(editor, content_checklist.ContentEditor):
            self._order += [*editor.any.buttons(), editor.list]
        else:
            self._order.append(editor)

    def _build(self) -> None:
        head = QVBoxLayout()
        self._layout.addLayout(head)
        title_label = QLabel(self.tr("Case title (for your own list)"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setAccessibleName(title_label.text())
        self.title_edit.setPlaceholderText(self.tr("e.g. Owners' group, insults over fees"))
        title_label.setBuddy(self.title_edit)
        head.addWidget(title_label)
        head.addWidget(self.title_edit)
        self._order.append(self.title_edit)

        basics = self._group(self.tr("Step 1 · The basics"))
        self._add(basics, "date", fields.DateLine("date"))
        self._add(
            basics,
            "platform",
            fields.EnumChoice("platform", self._choices(Platform, labels.PLATFORMS)),
        )
        self._add(
            basics,
            "chat_kind",
            fields.EnumChoice("chat_kind", self._choices(ChatKind, labels.CHAT_KINDS)),
        )
        self._add(basics, "member_count", fields.CountLine("member_count"))
        self._add(basics, "family_only", fields.TriStateChoice("family_only"))

        content = self._group(self.tr("Step 2 · The content"))
        self._add(content, "content", content_checklist.ContentEditor(self._lang))
        self._add(content, "persistent", fields.TriStateChoice("persistent"))
        self._add(content, "rumor_emergency", fields.TriStateChoice("rumor_emergency"))

        people = self._group(self.tr("Step 3 · The people"))
        self._add(people, "role", fields.EnumChoice("role", self._choices(Role, labels.ROLES)))
        self._add(
            people, "poster", fields.EnumChoice("poster", self._choices(Poster, labels.POSTERS))
        )
        self._add(people, "participated", fields.TriStateChoice("participated"))
        self._add(
            people,
            "group_purpose",
            fields.EnumChoice("group_purpose", self._choices(GroupPurpose, labels.PURPOSES)),
        )

        handling = self._group(self.tr("Step 4 · What the owner did"))
        self._add(handling, "knew", fields.TriStateChoice("knew"))
        self._add(handling, "discovered_at", fields.DateTimeLine("discovered_at"))
        self._add(handling, "rules_before_incident", fields.TriStateChoice("rules_before_incident"))
        self._add(handling, "actions", measures_editor.ActionsEditor(self._lang))
        self._add(
            handling, "recurred_after_warning", fields.TriStateChoice("recurred_after_warning")
        )
        self._add(
            handling,
            "timely",
            fields.TriStateChoice("timely"),
            self.tr(
                "Your own judgement. Leave it at Don't know to let the app apply its "
                "time window (see Settings)."
            ),
        )

        notes_box = self._group(self.tr("Notes"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.notes_edit.fontMetrics().height() * 4)
        notes_box.addWidget(self.notes_edit)
        self._order.append(self.notes_edit)

    def tab_order(self) -> list[QWidget]:
        """The questions' widgets in reading order (the window chains them)."""
        return list(self._order)

    # ---- wiring

    def _connect_signals(self) -> None:
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.notes_edit.textChanged.connect(self._on_notes_changed)
        for field, editor in self.editors.items():
            editor.value_edited.connect(self._slot_for(field))
            if hasattr(editor, "problem_changed"):
                editor.problem_changed.connect(self.questions[field].set_problem)
            if hasattr(editor, "note_changed"):
                editor.note_changed.connect(self.questions[field].set_note)

    def _slot_for(self, field: str) -> Callable[[object], None]:
        @Slot(object)
        def emit(value: object) -> None:
            self._on_value_edited(field, value)

        return emit

    def _on_value_edited(self, field: str, value: object) -> None:
        if self._updating:
            return
        self.fact_edited.emit(field, value)

    _updating = False

    @Slot()
    def _on_title_changed(self) -> None:
        if not self._updating:
            self.fact_edited.emit("title", self.title_edit.text())

    @Slot()
    def _on_notes_changed(self) -> None:
        if not self._updating:
            self.fact_edited.emit("notes", self.notes_edit.toPlainText())

    # ---- showing a case

    def case(self) -> CaseValue:
        return self._case

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._update_visibility()

    def set_case(self, case: CaseValue, fresh: bool = False) -> None:
        """Show a case; widgets already showing the right answer are left alone.

        Args:
            case: the case.
            fresh: another case than before (forget half-given answers).
        """
        self._case = case
        if fresh:
            self.editors["content"].forget_pending()
            self.editors["actions"].forget_pending()
        self._updating = True
        try:
            if self.title_edit.text() != case.title:
                self.title_edit.setText(case.title)
            if self.notes_edit.toPlainText() != case.notes:
                self.notes_edit.setPlainText(case.notes)
            inc = case.incident
            self._set_date_contexts()
            for field, editor in self.editors.items():
                value = getattr(inc, field)
                if field == "actions":
                    editor.set_value(value, inc.date)
                elif editor.value() != value:
                    editor.set_value(value)
            self._update_problems(inc)
        finally:
            self._updating = False
        self._update_visibility()

    def _set_date_contexts(self) -> None:
        """Tell the date editors the language and the year of a date typed without one.

        That year is the incident date's (the analysis day's for the incident date
        itself, or while it is unknown).
        """
        today = dt.date.today()
        this_year = YearContext(today.year, YearSource.ANALYSIS)
        years = YearContext.of(self._case.incident.date, today)
        for field, editor in self.editors.items():
            if isinstance(editor, fields.DateLine | fields.DateTimeLine):
                editor.set_context(self._lang, this_year if field == "date" else years)
        self.editors["actions"].model.set_years(years)

    # ---- the wheel

    def _leave_the_wheel_to_the_form(self, body: QWidget) -> None:
        """Let the wheel scroll the form, not the inner lists and combos it passes over.

        Combos, spin boxes, lists, tables and the notes take the wheel only when they
        have the keyboard focus (and combos no longer take the focus from the wheel).
        """
        for widget in body.findChildren(QWidget):
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                self._wheel_owners[widget] = widget
            elif isinstance(widget, QAbstractScrollArea):
                self._wheel_owners[widget.viewport()] = widget
        for watched in self._wheel_owners:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: the wheel over an unfocused inner widget scrolls the form."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget):
            owner = self._wheel_owners.get(watched)
            if owner is not None and not owner.hasFocus():
                QApplication.sendEvent(self.verticalScrollBar(), event)
                return True
        return super().eventFilter(watched, event)

    def _update_problems(self, inc: Incident) -> None:
        early = self.editors["actions"].model.early_rows()
        if early:
            self.questions["actions"].set_problem(
                self.tr("Measure %1 is dated before the content was posted.").replace(
                    "%1", "、".join(str(r + 1) for r in early)
                )
            )
        else:
            self.questions["actions"].set_problem("")

    def _update_visibility(self) -> None:
        # Which questions can matter is legal reasoning: the core decides it.
        hidden = relevance.irrelevant_facts(self._case.incident, self._settings)
        for field, question in self.questions.items():
            question.setVisible(field not in hidden)

    def is_shown(self, field: str) -> bool:
        """Whether the question about ``field`` is currently asked."""
        return not self.questions[field].isHidden()

    def focus_field(self, field: str) -> None:
        """Scroll to a question and put the keyboard focus on it (``actions[2].at`` too)."""
        row = None
        if field.startswith("actions["):
            row = int(field[len("actions[") : field.index("]")])
            field = "actions"
        question = self.questions.get(field)
        if question is None:
            return
        question.setVisible(True)
        self.ensureWidgetVisible(question)
        editor = question.editor
        if isinstance(editor, measures_editor.ActionsEditor) and row is not None:
            editor.focus_row(row)
        elif isinstance(editor, fields.TriStateChoice):
            target = editor.button(editor.value())
            target.setFocus()
        elif isinstance(editor, measures_editor.ActionsEditor | content_checklist.ContentEditor):
            editor.any.button(editor.any.value()).setFocus()
        else:
            editor.setFocus()
