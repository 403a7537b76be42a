"""The main window: the case list, the guided entry and the live reasoning, side by side.

Every edit becomes a ``QUndoCommand``; the window applies it by re-analysing the
case at once (about a millisecond) and saving it to the store shortly after, so
typing never waits for the disk. Closing the window or switching cases saves first.

Built in two stages when started by the application (``staged=True``): the frame,
menus and case list first, so the window is on screen as soon as possible; the
questions and the reasoning (which load the law texts and the analysis) right
after its first paint. Touching ``form`` or ``panel`` earlier builds them at once,
so nothing ever sees the window half-built. The first stage leaves PySide's ``Qt``
namespace alone (``desktop.qt_ints`` says why): ``Qt`` is reached as ``QtCore.Qt``
in code that runs later, and the case list is a pane of the window's splitter
rather than a dock, whose placement only a ``Qt.DockWidgetArea`` can give.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QWidget,
)

from cases.model import labels
from cases.store.database import CaseRow, CaseStore, StoreError
from desktop import caselist, commands, dialogs
from desktop.migration_progress import MigrationProgress
from desktop.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from cases.model.domain import Case
    from cases.rules.results import Analysis
    from cases.store.records import StoredCase
    from desktop.entry import CaseForm
    from desktop.law_browser import LawBrowser
    from desktop.misreadings import MisreadingsPage
    from desktop.reasoning import ReasoningPanel
    from desktop.undo_keys import UndoKeysFallThrough

SAVE_DELAY_MS = 400
"""Edits are written this long after the last one (and at once on switch or close)."""

WORKSPACE_PANES = 1
"""The splitter's panes: the case list, then the questions and the reasoning."""

STAGE_FALLBACK_MS = 250
"""A staged window that is not painted by then (started minimised) is completed anyway."""


def _blank_case() -> Case:
    # The case model is imported on first use: the window's first paint needs none.
    from cases.model.domain import Case

    return Case()


def _row(stored: StoredCase) -> CaseRow:
    inc = stored.case.incident
    record = stored.analysis
    return CaseRow(
        id=stored.id,
        title=stored.case.title,
        incident_date=None if inc.date is None else str(inc.date),
        platform=None if inc.platform is None else inc.platform.value,
        outcome=None if record is None else record.outcome,
        route=None if record is None else record.route,
        created_at=stored.created_at,
        updated_at=stored.updated_at,
        deleted_at=stored.deleted_at,
    )


class _Placeholder(QWidget):
    """Room for the questions or the reasoning until they are built.

    Signals:
        first_painted(): the placeholder is being painted for the first time, so
            the window's first frame is on its way to the screen.
    """

    first_painted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workspace_placeholder")
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent: tell the window, the first time.

        (An event filter would bring every event of the placeholder into Python.)
        """
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


class MainWindow(QMainWindow):
    """群主责任分析's window.

    Attributes:
        undo_stack: every edit of this session, across cases.
        translators: the translators this window installed (removed on a switch).

    Signals:
        case_opened(int): a case is shown for editing.
        analysis_updated(object): the shown case was re-analysed (the ``Analysis``).
        case_saved(int): the shown case was written to the store.
        language_changed(str): the interface was rebuilt in another language.
        workspace_built(): the questions and the reasoning exist (at once, or
            after the first paint of a staged window).
    """

    case_opened = Signal(int)
    analysis_updated = Signal(object)
    case_saved = Signal(int)
    language_changed = Signal(str)
    workspace_built = Signal()

    def __init__(
        self,
        store_path: str | Path | None = None,
        settings: QSettings | None = None,
        lang: str | None = None,
        translators: list[Any] | None = None,
        staged: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self._qsettings = settings if settings is not None else QSettings()
        self._settings = AppSettings.load(self._qsettings)
        self._lang = lang if lang in ("zh", "en") else self._settings.language
        self.translators: list[Any] = list(translators or [])
        self.migration_progress = MigrationProgress()
        self._store = CaseStore.open(
            Path(store_path) if store_path is not None else None,
            progress=self.migration_progress,
        )
        self._store_version = self._store.data_version()
        self.undo_stack = QUndoStack(self)
        self._case_id: int | None = None
        self._case: Case | None = None  # none open yet (a staged window's first paint)
        self._analysis: Analysis | None = None
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)
        self._law_dock: QDockWidget | None = None
        self._law_browser: LawBrowser | None = None
        self._help_dock: QDockWidget | None = None
        self._misreadings_page: MisreadingsPage | None = None
        self._form: CaseForm | None = None
        self._panel: ReasoningPanel | None = None
        self._closed = False
        self._stage_timer: QTimer | None = None
        self._undo_keys: UndoKeysFallThrough | None = None
        self._build_ui()
        self._connect_signals()
        self._restore_geometry()
        if staged:
            self._stage_rest()
        else:
            self._complete()

    # ---------------------------------------------------------------- building

    @property
    def form(self) -> CaseForm:
        """The guided entry (built now if the window was staged and is not complete yet)."""
        if self._form is None:
            self._build_workspace()
        assert self._form is not None
        return self._form

    @property
    def panel(self) -> ReasoningPanel:
        """The live reasoning (built now if not yet, like ``form``)."""
        if self._panel is None:
            self._build_workspace()
        assert self._panel is not None
        return self._panel

    def is_complete(self) -> bool:
        """True once the questions and the reasoning exist and a case is open."""
        return self._form is not None and self._case_id is not None

    def _build_ui(self) -> None:
        """The frame: menus, the case list, and room for the questions and the reasoning."""
        self.setWindowTitle(self.tr("Group-Owner Liability Analyzer"))
        # Horizontal, QSplitter's default: QSplitter(orientation, parent) or even
        # QSplitter(parent) would build the Qt namespace (desktop.qt_ints).
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        self.case_list = caselist.CaseListPanel(self._store, self._lang, splitter)
        splitter.addWidget(self.case_list)
        for _ in range(2):
            splitter.addWidget(_Placeholder(splitter))
        # Extra width goes to the questions and the reasoning, not to the list.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        self.setCentralWidget(splitter)
        self._build_actions()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"))

    def _build_workspace(self) -> None:
        """The questions and the reasoning, in place of the placeholders."""
        if self._form is not None:
            return
        # Imported here: they load the law texts and the analysis, which the
        # window's first paint does not need.
        from desktop import entry, reasoning

        self._form = entry.CaseForm(self._lang, self._settings.engine_settings(), self)
        self._panel = reasoning.ReasoningPanel(self._lang, self)
        for index, widget in enumerate((self._form, self._panel)):
            old = self._splitter.replaceWidget(WORKSPACE_PANES + index, widget)
            if old is not None:
                old.deleteLater()
        # The list's sorting and selected badge wait for the first frame too.
        self.case_list.complete()
        self._form.fact_edited.connect(self._on_fact_edited)
        self._panel.citation_activated.connect(self._on_citation_activated)
        self._panel.field_activated.connect(self._on_field_activated)
        self._panel.topic_activated.connect(self._on_topic_activated)
        from PySide6.QtWidgets import QLineEdit

        from desktop.undo_keys import UndoKeysFallThrough

        if self._undo_keys is None:
            self._undo_keys = UndoKeysFallThrough(self)
        self._undo_keys.watch(self.findChildren(QLineEdit))
        chain = [*self.case_list.tab_order(), *self._form.tab_order(), self._panel.view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Unique: a language switch builds the workspace again.
            app.applicationStateChanged.connect(
                self._on_application_state_changed, QtCore.Qt.ConnectionType.UniqueConnection
            )
        self.workspace_built.emit()

    def _complete(self) -> None:
        """Build the questions and the reasoning and open a case, unless done already."""
        if self._closed:
            return
        self._build_workspace()
        if self._case_id is None:
            self._open_initial_case()

    def _stage_rest(self) -> None:
        """Complete the window right after its first paint (or soon, if never painted)."""
        # A timer object rather than QTimer.singleShot(msec, context, slot), whose
        # overloads build QMetaMethod's enums in the first frame.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self._complete)
        timer.start(STAGE_FALLBACK_MS)
        self._stage_timer = timer
        placeholder = self._splitter.widget(WORKSPACE_PANES)
        if isinstance(placeholder, _Placeholder):
            placeholder.first_painted.connect(self._on_placeholder_first_painted)

    @Slot()
    def _on_placeholder_first_painted(self) -> None:
        # At once rather than now, so the painted frame reaches the screen before the
        # work starts.
        if self._stage_timer is not None:
            self._stage_timer.start(0)

    def _action(self, text: str, name: str, shortcut: Any = None) -> QAction:
        # Text set apart: choosing among QAction(text, parent) and its icon overload
        # builds QIcon's 160 enum members, 3 ms of the first frame.
        action = QAction(self)
        action.setText(text)
        action.setObjectName(name)
        if shortcut is not None:
            # setShortcuts: every binding of a standard key on this platform (Redo is
            # both Ctrl+Y and Ctrl+Shift+Z on Linux); setShortcut would also build
            # the Qt namespace (desktop.qt_ints).
            action.setShortcuts(shortcut)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New case"), "new_action", QKeySequence.StandardKey.New
        )
        self.import_action = self._action(
            self.tr("&Import case file…"), "import_action", QKeySequence.StandardKey.Open
        )
        self.export_action = self._action(self.tr("&Export case file…"), "export_action")
        self.pdf_action = self._action(
            self.tr("Export &PDF…"), "pdf_action", [QKeySequence("Ctrl+P")]
        )
        self.quit_action = self._action(
            self.tr("&Quit"), "quit_action", QKeySequence.StandardKey.Quit
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undo_action")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("redo_action")
        self.duplicate_action = self._action(self.tr("&Duplicate case"), "duplicate_action")
        self.delete_action = self._action(self.tr("Move case to &trash"), "delete_action")
        self.settings_action = self._action(
            self.tr("&Settings…"), "settings_action", QKeySequence.StandardKey.Preferences
        )
        self.law_action = self._action(self.tr("&Law texts"), "law_action")
        self.misreadings_action = self._action(
            self.tr("Common &misreadings"),
            "misreadings_action",
            QKeySequence.StandardKey.HelpContents,
        )
        self.about_action = self._action(self.tr("&About"), "about_action")
        self.list_action = self._action(self.tr("&Case list"), "list_action")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.language_group = QActionGroup(self)
        self.zh_action = self._action("中文", "zh_action")
        self.en_action = self._action("English", "en_action")
        for action, code in ((self.zh_action, "zh"), (self.en_action, "en")):
            action.setCheckable(True)
            action.setChecked(code == self._lang)
            action.setData(code)
            self.language_group.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("file_menu")
        file_menu.addActions([self.new_action, self.import_action, self.export_action])
        file_menu.addAction(self.pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("edit_menu")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.duplicate_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("view_menu")
        view_menu.addAction(self.list_action)
        view_menu.addAction(self.law_action)
        language_menu = view_menu.addMenu(self.tr("Language"))
        language_menu.addActions([self.zh_action, self.en_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        help_menu.addActions([self.misreadings_action, self.about_action])

    def _connect_signals(self) -> None:
        # entry and reasoning: connected as they are built (_build_workspace)
        # case list
        self.case_list.case_chosen.connect(self._on_case_chosen)
        self.case_list.new_requested.connect(self._on_new_triggered)
        self.case_list.duplicate_requested.connect(self._on_duplicate_requested)
        self.case_list.delete_requested.connect(self._on_delete_requested)
        self.case_list.restore_requested.connect(self._on_restore_requested)
        # menus
        self.new_action.triggered.connect(self._on_new_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.pdf_action.triggered.connect(self._on_pdf_triggered)
        self.quit_action.triggered.connect(self.close)
        self.duplicate_action.triggered.connect(self._on_duplicate_triggered)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.settings_action.triggered.connect(self._on_settings_triggered)
        self.law_action.triggered.connect(self._on_law_triggered)
        self.misreadings_action.triggered.connect(self._on_misreadings_triggered)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.list_action.toggled.connect(self.case_list.setVisible)
        self.language_group.triggered.connect(self._on_language_triggered)

    # ---------------------------------------------------------------- state

    def store(self) -> CaseStore:
        return self._store

    def lang(self) -> str:
        return self._lang

    def case_id(self) -> int | None:
        return self._case_id

    def case(self) -> Case:
        """The facts being edited (blank until a case is open)."""
        return _blank_case() if self._case is None else self._case

    def analysis(self) -> Analysis | None:
        return self._analysis

    def app_settings(self) -> AppSettings:
        return self._settings

    def _open_initial_case(self) -> None:
        model = self.case_list.model
        if model.rowCount() == 0 and model.total() == 0:
            try:
                case_id = self._store.create(_blank_case())
            except StoreError as error:
                self._show_store_error(error)
                return
            self.case_list.reload()
        else:
            if model.rowCount() == 0:
                model.fetchMore(model.index(0, 0).parent())
            case_id = model.case_id(0)
        self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        """Show a stored case for editing (the current one is saved first)."""
        if case_id == self._case_id:
            return
        self.flush()
        try:
            stored = self._store.get(case_id)
        except StoreError as error:
            self._show_store_error(error)
            return
        self._case_id = case_id
        self._case = stored.case
        self.form.set_case(stored.case, fresh=True)
        self._reanalyse()
        record = stored.analysis
        assert self._analysis is not None
        if (
            record is None
            or stored.analysis_stale
            or record.settings != self._analysis.settings.to_json()
            or record.outcome != self._analysis.outcome.value
        ):
            self._dirty = True
            self._save_timer.start()
        self.case_list.select(case_id)
        self.case_opened.emit(case_id)

    def _reanalyse(self) -> None:
        from cases.analysis import analyzer as analysis_module

        result = analysis_module.analyze(
            self.case(), self._settings.engine_settings(), dt.date.today()
        )
        self._analysis = result
        self.panel.show_analysis(result)
        self.analysis_updated.emit(result)

    # ---------------------------------------------------------------- commands host

    def apply_case(self, case_id: int, case: Case) -> None:
        """Show and (soon) save ``case`` as the facts of ``case_id`` (undo/redo land here)."""
        if case_id != self._case_id:
            self.open_case(case_id)
        self._case = case
        self.form.set_case(case)
        self._reanalyse()
        self._dirty = True
        self._save_timer.start()

    def create_case(self, case: Case) -> int:
        self.flush()
        case_id = self._store.create(case)
        self.case_list.reload()
        self.open_case(case_id)
        return case_id

    def duplicate_case(self, case_id: int) -> int:
        self.flush()
        new_id = self._store.duplicate(case_id)
        self.case_list.reload()
        self.open_case(new_id)
        return new_id

    def trash_case(self, case_id: int) -> None:
        self.flush()
        self._store.delete(case_id)
        self.case_list.reload()
        if case_id == self._case_id:
            self._case_id = None
            self._open_initial_case()

    def untrash_case(self, case_id: int) -> None:
        self.flush()
        self._store.restore(case_id)
        self.case_list.reload()
        self.open_case(case_id)

    # ---------------------------------------------------------------- saving

    def flush(self) -> None:
        """Write the shown case and its analysis now, if anything changed."""
        self._save_timer.stop()
        if not self._dirty or self._case_id is None:
            return
        self._dirty = False
        try:
            stored = self._store.update(self._case_id, self.case())
            if self._analysis is not None:
                self._store.save_analysis(self._case_id, self._analysis)
                stored = dataclasses.replace(stored, analysis=self._store.get(stored.id).analysis)
        except StoreError as error:
            self._show_store_error(error)
            return
        self.case_list.model.replace_row(_row(stored))
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        self.case_saved.emit(self._case_id)

    @Slot()
    def _on_save_timer_timeout(self) -> None:
        self.flush()

    @Slot(object)  # Slot(Qt.ApplicationState) would build Qt on import (desktop.qt_ints)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        """Back in the app: list the cases another process added or changed meanwhile.

        ``main.py cases import`` (or ``analyze``) may run while the window is open;
        the open case itself is not touched (those commands only add).
        """
        if state != QtCore.Qt.ApplicationState.ApplicationActive or self._closed:
            return
        try:
            version = self._store.data_version()
        except StoreError:
            return  # the next save says what is wrong, in its own words
        if version != self._store_version:
            self._store_version = version
            self.case_list.reload(keep=self._case_id)

    def _show_store_error(self, error: StoreError) -> None:
        dialogs.Problem.show(self, error.text(self._lang))

    # ---------------------------------------------------------------- edits

    @Slot(str, object)
    def _on_fact_edited(self, field: str, value: object) -> None:
        from cases.model.domain import with_facts
        from desktop import entry  # loaded with the form, before any edit can arrive

        if self._case_id is None:
            return
        old = self.case()
        if field == "title":
            new = dataclasses.replace(old, title=str(value))
        elif field == "notes":
            new = dataclasses.replace(old, notes=str(value))
        else:
            new = dataclasses.replace(old, incident=with_facts(old.incident, **{field: value}))
        if new == old:
            return
        name = self.tr("title") if field == "title" else self.tr("notes")
        if field not in ("title", "notes"):
            name = labels.field_label(field, self._lang)
        text = self.tr("Change: %1").replace("%1", name)
        self.undo_stack.push(
            commands.EditCaseCommand(
                self, self._case_id, field, old, new, text, field in entry.TEXT_FIELDS
            )
        )

    @Slot(int)
    def _on_case_chosen(self, case_id: int) -> None:
        self.open_case(case_id)

    @Slot()
    def _on_new_triggered(self) -> None:
        self.undo_stack.push(commands.NewCaseCommand(self, _blank_case(), self.tr("New case")))

    @Slot(int)
    def _on_duplicate_requested(self, case_id: int) -> None:
        self.undo_stack.push(commands.DuplicateCaseCommand(self, case_id, self.tr("Duplicate")))

    @Slot(int)
    def _on_delete_requested(self, case_id: int) -> None:
        self.undo_stack.push(
            commands.TrashCaseCommand(self, case_id, False, self.tr("Move to trash"))
        )

    @Slot(int)
    def _on_restore_requested(self, case_id: int) -> None:
        self.undo_stack.push(commands.TrashCaseCommand(self, case_id, True, self.tr("Restore")))

    @Slot()
    def _on_duplicate_triggered(self) -> None:
        if self._case_id is not None:
            self._on_duplicate_requested(self._case_id)

    @Slot()
    def _on_delete_triggered(self) -> None:
        if self._case_id is not None:
            self._on_delete_requested(self._case_id)

    # ---------------------------------------------------------------- files

    def import_case_file(self, path: Path) -> int | None:
        """Import a case file into the store and open its first case; None on a bad file."""
        from cases.model import case_files

        self._complete()  # a staged window opens its first case before it decides
        untouched = self._untouched_blank_case()
        try:
            ids = self._store.import_file(path, settings=self._settings.engine_settings())
        except case_files.CaseFileError as error:
            dialogs.Problem.show(self, error.text(self._lang))
            return None
        except StoreError as error:
            self._show_store_error(error)
            return None
        except OSError as error:
            dialogs.Problem.show(self, f"{path}: {error.strerror or error}")
            return None
        if not ids:
            return None
        if untouched is not None:
            # The blank case made for an empty store was never used: drop it.
            self._store.delete(untouched)
            self._store.purge(untouched)
            self._case_id = None
        self.case_list.reload()
        self.open_case(ids[0])
        return ids[0]

    def _untouched_blank_case(self) -> int | None:
        if (
            self._case_id is not None
            and self.case() == _blank_case()
            and self.undo_stack.count() == 0
            and self._store.count() == 1
        ):
            return self._case_id
        return None

    @Slot()
    def _on_import_triggered(self) -> None:
        path = dialogs.CaseFileDialog.ask_open(self)
        if path is not None:
            self.import_case_file(path)

    @Slot()
    def _on_export_triggered(self) -> None:
        if self._case_id is None:
            return
        self.flush()
        path = dialogs.CaseFileDialog.ask_save(self, f"{self.case().title or 'case'}.json")
        if path is None:
            return
        try:
            # Refuses the store, its side files, a database or a folder (output_guard).
            self._store.export([self._case_id], path)
        except StoreError as error:
            self._show_store_error(error)

    @Slot()
    def _on_pdf_triggered(self) -> None:
        if self._case_id is None or self._analysis is None:
            return
        self.flush()
        from cases.present import redact
        from desktop import pdf_dialog

        case = self.case()
        options = pdf_dialog.PdfExportDialog.ask(self, redact.case_names(case), self._lang)
        if options is None:
            return
        redactor = None
        title = case.title
        if options.redact:
            try:
                redactor = redact.Redactor(names=options.names)
            except redact.BadNameError as bad:  # the dialog checked them: a message, not a crash
                dialogs.Problem.show(self, bad.text(self._lang))
                return
            title = redactor(title)  # the file name must not give away what the PDF hides
        path = dialogs.PdfFileDialog.ask(self, f"{title or 'case'}.pdf")
        if path is None:
            return
        from cases.files import output_guard
        from cases.present import report

        try:
            output_guard.check_output(path, store=self._store.path)
            report.write_pdf(
                path,
                case,
                self._analysis,
                lang=self._lang,
                redactor=redactor,
                case_id=str(self._case_id),
                volunteer=self._settings.volunteer_name or None,
            )
        except (output_guard.RefusedOutputError, report.ReportWriteError) as error:
            dialogs.Problem.show(self, error.text(self._lang))
            return
        except OSError as error:  # e.g. the bundled font went missing
            dialogs.Problem.show(self, f"{path}: {error.strerror or error}")
            return
        self.statusBar().showMessage(self.tr("PDF written: %1").replace("%1", str(path)), 5000)

    # ---------------------------------------------------------------- law and help

    def law_browser(self) -> LawBrowser:
        """The law browser (created on first use, in a dock on the right)."""
        if self._law_dock is None or self._law_browser is None:
            from desktop import law_browser

            browser = law_browser.LawBrowser(language=self._lang, parent=self)
            from PySide6.QtWidgets import QDockWidget

            dock = QDockWidget(self.tr("Law texts"), self)
            dock.setObjectName("law_dock")
            dock.setWidget(browser)
            self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self._law_dock = dock
            self._law_browser = browser
        self._law_dock.show()
        self._law_dock.raise_()
        return self._law_browser

    def misreadings(self) -> MisreadingsPage:
        """The 常见误解 page (created on first use, in a dock on the right)."""
        if self._help_dock is None or self._misreadings_page is None:
            from desktop import misreadings

            page = misreadings.MisreadingsPage(self, language=self._lang)
            # Created on first use, so wired here rather than in _connect_signals().
            page.citation_activated.connect(self._on_citation_activated)
            page.authority_activated.connect(self._on_authority_activated)
            from PySide6.QtWidgets import QDockWidget

            dock = QDockWidget(self.tr("Common misreadings"), self)
            dock.setObjectName("misreadings_dock")
            dock.setWidget(page)
            self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if self._law_dock is not None:
                self.tabifyDockWidget(self._law_dock, dock)
            self._help_dock = dock
            self._misreadings_page = page
        self._help_dock.show()
        self._help_dock.raise_()
        return self._misreadings_page

    @Slot(str, str, str)
    def _on_citation_activated(self, law_id: str, version: str, article: str) -> None:
        self.law_browser().show_citation(law_id, version, article)

    @Slot(str)
    def _on_authority_activated(self, key: str) -> None:
        self.law_browser().show_authority(key)

    @Slot(str)
    def _on_field_activated(self, field: str) -> None:
        self.form.focus_field(field)

    @Slot(str)
    def _on_topic_activated(self, key: str) -> None:
        self.misreadings().show_topic(key)

    @Slot()
    def _on_law_triggered(self) -> None:
        self.law_browser()

    @Slot()
    def _on_misreadings_triggered(self) -> None:
        self.misreadings()

    @Slot()
    def _on_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from cases.rules import engine

        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Group-Owner Liability Analyzer, ruleset %1. An aid for legal-aid "
                "volunteers; not legal advice."
            ).replace("%1", engine.RULESET),
        )

    # ---------------------------------------------------------------- settings, language

    @Slot()
    def _on_settings_triggered(self) -> None:
        from desktop import settings_dialog

        chosen = settings_dialog.SettingsDialog.ask(self, self._settings)
        if chosen is not None:
            self.apply_settings(chosen)

    def apply_settings(self, new: AppSettings) -> None:
        """Use new settings: save them, re-analyse, and switch language if it changed."""
        old = self._settings
        self._settings = new
        new.save(self._qsettings)
        if new.font_point_size != old.font_point_size:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                font = app.font()
                if new.font_point_size:
                    font.setPointSize(new.font_point_size)
                app.setFont(font)
        if new.language != self._lang:
            self.set_language(new.language)
            return
        if new.engine_settings() != old.engine_settings():
            self.form.set_settings(new.engine_settings())
            self._reanalyse()
            self._dirty = True
            self._save_timer.start()

    @Slot(QAction)
    def _on_language_triggered(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, lang: str) -> None:
        """Rebuild the interface in ``"zh"`` or ``"en"`` (the case stays open)."""
        if lang not in ("zh", "en") or lang == self._lang:
            return
        self.flush()
        from desktop import i18n

        app = QApplication.instance()
        if app is not None:
            self.translators = i18n.switch_language(app, self.translators, lang)
        self._lang = lang
        if self._settings.language != lang:
            self._settings = self._settings.replace(language=lang)
            self._settings.save(self._qsettings)
        case_id = self._case_id
        # Unparent the old panels so that they go now (findChild must not meet them).
        panes = self._splitter.saveState()
        list_shown = self.list_action.isChecked()
        old = self.takeCentralWidget()
        if old is not None:
            old.setParent(None)
        self._form = self._panel = None
        self._build_ui()
        self._connect_signals()
        self._splitter.restoreState(panes)
        self.list_action.setChecked(list_shown)
        self._build_workspace()
        # The law browser and the misreadings page keep what they show; their tr()
        # texts follow QEvent.LanguageChange, their own-language data follows here.
        if self._law_dock is not None and self._law_browser is not None:
            self._law_dock.setWindowTitle(self.tr("Law texts"))
            self._law_browser.set_language(lang)
        if self._help_dock is not None and self._misreadings_page is not None:
            self._help_dock.setWindowTitle(self.tr("Common misreadings"))
            self._misreadings_page.set_language(lang)
        self._case_id = None
        if case_id is not None:
            self.open_case(case_id)
        self.language_changed.emit(lang)

    # ---------------------------------------------------------------- closing

    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        state = self._qsettings.value("window/state")
        if state is not None:
            self.restoreState(state)
        panes = self._qsettings.value("window/panes")
        if panes is None or not self._splitter.restoreState(panes):
            self._splitter.setSizes(self._pane_sizes())
        if self._qsettings.value("window/case_list_shown") in (False, "false"):
            self.list_action.setChecked(False)

    def _pane_sizes(self) -> list[int]:
        """The panes' first widths: the list, the questions, the reasoning.

        The list gets about a quarter of the width, whatever the font size, so the
        questions and the reasoning keep room at 200 % on a 1366×768 screen.
        """
        wanted = self.fontMetrics().averageCharWidth() * 48
        listed = min(wanted, int(self.width() * 0.27))
        half = max(self.width() - listed, 0) // 2
        return [listed, half, half]

    def _fit_to_screen(self) -> None:
        """First start: take most of the screen, so all three panes are usable on 1366×768."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(int(area.width() * 0.92), int(area.height() * 0.9))
        self.move(area.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: save the case and the window's layout."""
        self._closed = True
        self.flush()
        self._qsettings.setValue("window/geometry", self.saveGeometry())
        self._qsettings.setValue("window/state", self.saveState())
        self._qsettings.setValue("window/panes", self._splitter.saveState())
        self._qsettings.setValue("window/case_list_shown", self.list_action.isChecked())
        self._qsettings.sync()
        self.case_list.cancel_pending_filter()
        self._store.close()
        super().closeEvent(event)
