"""The guided case entry: every fact of the case format as a plain question, in four steps.

Each question has a one-line help (the "?" button, its tooltip and the editor's
accessible description) from ``cases.model.questions``. A progress line counts the
questions that can still change the outcome (``cases.analysis.relevance``). A
question that stops mattering while its step has the focus is greyed with a note
rather than removed, so nothing moves under the pointer; it is hidden once the
focus leaves the step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cases.analysis import relevance
from cases.model import labels, questions
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
from cases.rules.results import Analysis
from cases.store.database import split_tags
from desktop import content_checklist, fields, measures_editor
from desktop.case_session import Labels

TEXT_FIELDS = frozenset(
    {
        "title",
        "notes",
        "date",
        "last_seen",
        "member_count",
        "forwards",
        "views",
        "discovered_at",
        "police_aware",
    }
)
"""Fields edited by typing: consecutive edits to one of them merge into one undo step."""


def _focusables(editor: QWidget) -> list[QWidget]:
    """The editor and its parts that take the keyboard focus (not a combo box's popup)."""
    return [
        w
        for w in (editor, *editor.findChildren(QWidget))
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is editor.window()
    ]


def _holds(item: QLayoutItem | None, editor: QWidget) -> bool:
    """Whether a layout item is, or is a layout that holds, the editor."""
    if item is None:
        return False
    if item.widget() is editor:
        return True
    inner = item.layout()
    return inner is not None and any(_holds(inner.itemAt(i), editor) for i in range(inner.count()))


class AskedQuestion(fields.Question):
    """A question with its help ("?" and tooltip) and room for the 与结论无关 note.

    The note appears beside the editor, so greying a question never changes its
    height: nothing below it moves.
    """

    def __init__(
        self, field: str, text: str, editor: QWidget, help_text: str, hint: str, lang: str
    ) -> None:
        super().__init__(field, text, editor, hint)
        self.help = help_text
        self._irrelevant = False
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # The note appears beside the editor rather than beside the wording: it takes
        # width from the editor, never a line, so greying moves nothing up or down.
        note = labels.pick(labels.NOT_RELEVANT, lang)
        self.irrelevant_label = QLabel(note[:1].upper() + note[1:], self)
        self.irrelevant_label.setObjectName(f"{field}_irrelevant")
        self.irrelevant_label.setStyleSheet("color: palette(mid); font-style: italic;")
        self.irrelevant_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        at = layout.indexOf(editor)
        if at < 0:  # the editor sits in a row of its own already: the note joins it
            at = next(i for i in range(layout.count()) if _holds(layout.itemAt(i), editor))
            item = layout.takeAt(at)
            inner = None if item is None else item.layout()
            assert inner is not None
            row.addLayout(inner, 1)
        else:
            layout.removeWidget(editor)
            row.addWidget(editor, 1)
        row.addWidget(self.irrelevant_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(at, row)
        layout.removeWidget(self._label)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._label, 1)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName(f"{field}_help")
        self.help_button.setText("?")
        self.help_button.setAutoRaise(True)
        # Not in the tab chain: keyboard users hear the help as the editor's description.
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.help_button.setAccessibleName(self.tr("Help: %1").replace("%1", text))
        self.help_button.setToolTip(help_text)
        self.help_button.clicked.connect(self._on_help_clicked)
        header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(0, header)
        self._label.setToolTip(help_text)
        for widget in _focusables(editor):
            widget.setToolTip(help_text)
            widget.setWhatsThis(help_text)
        self._describe()

    def _show_status(self) -> None:
        """The status line as in ``Question``; the description keeps the help after it."""
        super()._show_status()
        self._describe()

    def set_irrelevant(self, irrelevant: bool) -> None:
        """Grey the question with the 与结论无关 note (it stays where it is)."""
        self._irrelevant = irrelevant
        self.irrelevant_label.setVisible(irrelevant)
        self.editor.setEnabled(not irrelevant)
        self._describe()

    def is_irrelevant(self) -> bool:
        """Whether the question is shown greyed as not affecting the outcome."""
        return self._irrelevant and not self.isHidden()

    def _describe(self) -> None:
        parts = [
            self.status(),
            self.irrelevant_label.text() if self._irrelevant else "",
            self.help,
        ]
        description = "\n".join(p for p in parts if p)
        for widget in _focusables(self.editor):
            widget.setAccessibleDescription(description)

    @Slot()
    def _on_help_clicked(self) -> None:
        button = self.help_button
        QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), self.help, button)


_PLATFORM_ORDER = (
    "wechat",
    "wecom",
    "qq",
    "dingtalk",
    "weibo",
    "tieba",
    "momo",
    "alipay",
    "other",
)
_PURPOSE_ORDER = ("ordinary", "work", "obscene", "gambling", "illegal_activity")


class CaseForm(QScrollArea):
    """The questions, grouped as 基本情况 / 信息内容 / 当事人 / 群主的处理.

    Questions that cannot matter for the case as entered are hidden (greyed while
    their step has the focus); their answers are kept.

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
        self.questions: dict[str, AskedQuestion] = {}
        self.editors: dict[str, Any] = {}
        self._order: list[QWidget] = []
        self._wheel_owners: dict[QWidget, QWidget] = {}
        """Inner widgets that see the wheel (a list's viewport) → the widget that has focus."""
        self._groups = 0
        self._steps: dict[str, QGroupBox] = {}
        self._box: QGroupBox | None = None
        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._build()
        self._layout.addStretch(1)
        self.setWidget(body)
        self._leave_the_wheel_to_the_form(body)
        self.setAccessibleName(self.tr("Questions about the case"))
        self._connect_signals()
        self._set_date_contexts()
        self._update_visibility()

    # ---- building

    def _pick(self, table: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
        return [(key, labels.pick(pair, self._lang)) for key, pair in table.items()]

    def _choices(self, enum_type: Any, table: dict[str, tuple[str, str]]) -> list[Any]:
        return [(enum_type(key), text) for key, text in self._pick(table)]

    def _label(self, field: str) -> str:
        text = questions.question(field, self._lang)
        return text[:1].upper() + text[1:]

    def _group(self, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        self._groups += 1
        box.setObjectName(f"step_{self._groups}")
        layout = QVBoxLayout(box)
        self._layout.addWidget(box)
        self._box = box
        return layout

    def _add(self, layout: QVBoxLayout, field: str, editor: QWidget, hint: str = "") -> None:
        help_text = questions.help_text(field, self._lang)
        question = AskedQuestion(field, self._label(field), editor, help_text, hint, self._lang)
        self.questions[field] = question
        if self._box is not None:
            self._steps[field] = self._box
        self.editors[field] = editor
        layout.addWidget(question)
        if isinstance(editor, fields.TriStateChoice):
            self._order.extend(editor.buttons())
        elif isinstance(editor, measures_editor.ActionsEditor):
            # In reading order: the buttons sit above the table, so Tab leaves the
            # table (where a new measure's time is typed) for the next question.
            self._order += [
                *editor.any.buttons(),
                editor.add_button,
                editor.remove_button,
                editor.table,
            ]
        elif isinstance(editor, content_checklist.ContentEditor):
            self._order += [*editor.any.buttons(), editor.list]
        else:
            self._order.append(editor)

    def _build(self) -> None:
        head = QVBoxLayout()
        self._layout.addLayout(head)
        title_label = QLabel(self.tr("Case title (for your own list)"))
        title_label.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setAccessibleName(title_label.text())
        self.title_edit.setPlaceholderText(self.tr("e.g. Owners' group, insults over fees"))
        title_label.setBuddy(self.title_edit)
        head.addWidget(title_label)
        head.addWidget(self.title_edit)
        self._order.append(self.title_edit)
        self._build_tags(head)
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        self.progress.setWordWrap(True)
        head.addWidget(self.progress)

        basics = self._group(self.tr("Step 1 · The basics"))
        self._add(basics, "date", fields.DateLine("date"))
        self._add(basics, "last_seen", fields.DateLine("last_seen"))
        platforms = {k: labels.PLATFORMS[k] for k in _PLATFORM_ORDER}
        self._add(
            basics,
            "platform",
            fields.EnumChoice("platform", self._choices(Platform, platforms)),
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
        self._add(content, "noticeable", fields.TriStateChoice("noticeable"))
        self._add(content, "rumor_emergency", fields.TriStateChoice("rumor_emergency"))
        self._add(content, "forwards", fields.TallyLine("forwards"))
        self._add(content, "views", fields.TallyLine("views"))

        people = self._group(self.tr("Step 3 · The people"))
        self._add(people, "role", fields.EnumChoice("role", self._choices(Role, labels.ROLES)))
        self._add(
            people, "poster", fields.EnumChoice("poster", self._choices(Poster, labels.POSTERS))
        )
        self._add(people, "participated", fields.TriStateChoice("participated"))
        self._add(people, "minor_involved", fields.TriStateChoice("minor_involved"))
        purposes = {k: labels.PURPOSES[k] for k in _PURPOSE_ORDER}
        self._add(
            people,
            "group_purpose",
            fields.EnumChoice("group_purpose", self._choices(GroupPurpose, purposes)),
        )
        self._build_parties(people)

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
        self._add(handling, "police_aware", fields.DateLine("police_aware"))
        self._box = None

        notes_box = self._group(self.tr("Notes"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.notes_edit.fontMetrics().height() * 4)
        notes_box.addWidget(self.notes_edit)
        self._order.append(self.notes_edit)

    def _line(self, layout: QVBoxLayout, name: str, label: str, placeholder: str) -> QLineEdit:
        """A labelled one-line field for what the store keeps beside the facts."""
        caption = QLabel(label)
        caption.setWordWrap(True)
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(caption.text())
        edit.setPlaceholderText(placeholder)
        caption.setBuddy(edit)
        layout.addWidget(caption)
        layout.addWidget(edit)
        self._order.append(edit)
        return edit

    def _build_tags(self, head: QVBoxLayout) -> None:
        self.tags_edit = self._line(
            head,
            "tags",
            self.tr("Tags (for your own list and its search)"),
            self.tr("e.g. property, noise; separate tags with commas or spaces"),
        )

    def _build_parties(self, people: QVBoxLayout) -> None:
        """The parties' names: kept with the case, never in an exported case file."""
        box = QGroupBox(self.tr("Names"))
        box.setObjectName("parties")
        layout = QVBoxLayout(box)
        note = QLabel(
            self.tr(
                "Optional. Kept with the case in this app only: never written to an "
                "exported case file, and replaced in a redacted PDF."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.poster_edit = self._line(
            layout,
            "poster_name",
            self.tr("Name of the person who posted"),
            "",
        )
        self.victim_edit = self._line(
            layout,
            "victim_name",
            self.tr("Name of the person harmed"),
            "",
        )
        people.addWidget(box)

    def minimumSizeHint(self) -> QSize:
        """Override QWidget::minimumSizeHint: as wide as the questions need.

        The questions scroll up and down, never sideways: the window's splitter gives
        this pane at least their width, taking it from the others (a large font on a
        small screen cut off the labels and the drop-downs' arrows otherwise).
        """
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = (
            body.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Override QScrollArea::focusNextPrevChild: Tab shows the whole question it reaches.

        Qt scrolls only the focused widget (a list: its current row) into view; the
        question's other choices, such as the content kinds below the first, stayed
        out of sight. Only the keyboard scrolls: a click never moves the form.
        """
        if not super().focusNextPrevChild(forward):
            return False
        focus = QApplication.focusWidget()
        body = self.widget()
        if focus is None or body is None or not body.isAncestorOf(focus):
            return True
        question = None
        parent = focus.parentWidget()
        while parent is not None and parent is not body:
            if isinstance(parent, AskedQuestion):
                question = parent
                break
            parent = parent.parentWidget()
        if question is not None and question.height() <= self.viewport().height():
            self.ensureWidgetVisible(question, 0, 0)
        else:
            self.ensureWidgetVisible(focus)
        return True

    def tab_order(self) -> list[QWidget]:
        """The questions' widgets in reading order (the window chains them)."""
        return list(self._order)

    def first_question(self) -> QWidget:
        """The editor of the form's first question (the focus starts there on a new case)."""
        return _focusables(next(iter(self.questions.values())).editor)[0]

    def focus_first_question(self) -> None:
        """Put the keyboard focus on the first question, the form scrolled to its top."""
        editor = self.first_question()
        self.verticalScrollBar().setValue(0)
        if self.isVisible():  # before the first show the layout has no sizes yet
            self.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_analysis(self, analysis: Analysis) -> None:
        """Show what the analysis of the case makes of the answers: progress and precision."""
        self.show_progress(analysis)
        self.show_precision(analysis)

    def show_precision(self, analysis: Analysis) -> None:
        """Say under each fuzzy date or time whether its precision decides anything.

        A measure's time says it in its tooltip, after its precision. The core
        decides it (``relevance.precision_verdicts``: the facts decided once for all
        the fields), for the case the analysis is of, with the settings it was made with.
        """
        inc = self._case.incident
        dated = [
            field
            for field, editor in self.editors.items()
            if isinstance(editor, fields.DateLine | fields.DateTimeLine)
        ]
        times = [f"actions[{i}].at" for i in range(len(inc.actions or ()))]
        verdicts = relevance.precision_verdicts(
            inc, (*dated, *times), analysis.settings, self._lang
        )
        for field, verdict in zip(dated, verdicts, strict=False):
            self.questions[field].set_verdict(verdict)
        self.editors["actions"].model.set_verdicts(verdicts[len(dated) :])

    def show_progress(self, analysis: Analysis) -> None:
        """Say how many questions that can change the outcome are still unanswered.

        The count comes from the core (``relevance.open_questions``), for the case
        the analysis is of.
        """
        count = len(relevance.open_questions(self._case.incident, analysis))
        if count:
            text = self.tr("%n question(s) that affect the outcome are still unanswered", "", count)
        else:
            text = self.tr("Every question that affects the outcome is answered")
        self.progress.setText(text)
        self.progress.setProperty("open_questions", count)

    # ---- wiring

    def _connect_signals(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.notes_edit.textChanged.connect(self._on_notes_changed)
        self.tags_edit.textChanged.connect(self._on_tags_changed)
        self.poster_edit.textChanged.connect(self._on_poster_changed)
        self.victim_edit.textChanged.connect(self._on_victim_changed)
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

    @Slot(str)
    def _on_tags_changed(self, text: str) -> None:
        if not self._updating:
            self.fact_edited.emit("tags", split_tags(text))

    @Slot(str)
    def _on_poster_changed(self, text: str) -> None:
        if not self._updating:
            self.fact_edited.emit("poster_name", text.strip())

    @Slot(str)
    def _on_victim_changed(self, text: str) -> None:
        if not self._updating:
            self.fact_edited.emit("victim_name", text.strip())

    # ---- showing a case

    def set_labels(self, case_labels: Labels) -> None:
        """Show the case's tags and parties' names; a field already saying so is left alone.

        (So typing is never rewritten under the cursor: ``b, a`` stays as typed.)
        """
        self._updating = True
        try:
            if split_tags(self.tags_edit.text()) != case_labels.tags:
                separator = "、" if self._lang == "zh" else ", "
                self.tags_edit.setText(separator.join(case_labels.tags))
            for edit, name in (
                (self.poster_edit, case_labels.poster_name),
                (self.victim_edit, case_labels.victim_name),
            ):
                if edit.text().strip() != name:
                    edit.setText(name)
        finally:
            self._updating = False

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
        anchor = self._anchor()
        where = self._viewport_y(anchor)
        self._show_relevant_questions()
        if anchor is not None and where is not None:
            # A question shown or hidden above the widget being worked on must not move
            # it: scroll by as much as the content above it grew or shrank.
            self._layout.activate()
            self._keep_in_place(anchor, where)
            QTimer.singleShot(0, lambda: self._keep_in_place(anchor, where))

    def _anchor(self) -> QWidget | None:
        """The widget the user works on: the focused one in the form, else the one pointed at."""
        body = self.widget()
        if body is None:
            return None
        focus = QApplication.focusWidget()
        if focus is not None and body.isAncestorOf(focus):
            return focus
        # Only then ask the window system where the pointer is.
        pointed = QApplication.widgetAt(QCursor.pos())
        return pointed if pointed is not None and body.isAncestorOf(pointed) else None

    def _viewport_y(self, widget: QWidget | None) -> int | None:
        if widget is None or not widget.isVisible():
            return None
        return widget.mapTo(self.viewport(), QPoint(0, 0)).y()

    def _keep_in_place(self, anchor: QWidget, where: int) -> None:
        try:
            now = self._viewport_y(anchor)
        except RuntimeError:  # the widget was deleted meanwhile
            return
        if now is not None and now != where:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + now - where)

    def _show_relevant_questions(self) -> None:
        # Which questions can matter is legal reasoning: the core decides it.
        hidden = relevance.irrelevant_facts(self._case.incident, self._settings)
        focus = QApplication.focusWidget()
        for field, question in self.questions.items():
            if field not in hidden:
                question.set_irrelevant(False)
                question.setVisible(True)
                continue
            step = self._steps.get(field)
            in_step = focus is not None and step is not None and step.isAncestorOf(focus)
            if in_step and not question.isHidden():
                # The user is working in this step: grey it in place, hide it later.
                question.set_irrelevant(True)
            else:
                question.setVisible(False)
                question.set_irrelevant(False)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        greyed = [f for f, q in self.questions.items() if q.is_irrelevant()]
        if any(new is None or not self._steps[f].isAncestorOf(new) for f in greyed):
            self._update_visibility()

    def is_shown(self, field: str) -> bool:
        """Whether the question about ``field`` is currently asked (greyed or not)."""
        return not self.questions[field].isHidden()

    def is_greyed(self, field: str) -> bool:
        """Whether the question about ``field`` is shown greyed as not affecting the outcome."""
        return self.questions[field].is_irrelevant()

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
        question.set_irrelevant(False)
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
