"""The main window: the case list, the guided entry and the live reasoning, side by side.

The window shows the case that its ``desktop.case_session.CaseSession`` holds: an
answer given in the questions goes to the session as an edit, and what the session
says happened (a case opened, facts changed, a new analysis, a save) is shown in the
questions, the reasoning and the case list. The window itself holds the widgets, the
menus, the dialogs and the language.

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

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QRect, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QWidget,
)

from cases.model import labels
from cases.store.database import CaseRow, CaseStore, StoreError
from desktop import caselist, dialogs, menu_style
from desktop.case_session import CaseSession
from desktop.migration_progress import MigrationProgress
from desktop.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from cases.model.domain import Case
    from cases.rules.results import Analysis
    from desktop.case_session import Labels
    from desktop.entry import CaseForm
    from desktop.law_browser import LawBrowser
    from desktop.misreadings import MisreadingsPage
    from desktop.reasoning import ReasoningPanel
    from desktop.undo_keys import UndoKeysFallThrough

WORKSPACE_PANES = 1
"""The splitter's panes: the case list, then the questions and the reasoning."""

STAGE_FALLBACK_MS = 250
"""A staged window that is not painted by then (started minimised) is completed anyway."""


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
        session: the case being edited, its analysis and its saving.
        undo_stack: every edit of this session, across cases (the session's).
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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            menu_style.install(app)  # whole Chinese menu texts (see desktop/menu_style.py)
        self._qsettings = settings if settings is not None else QSettings()
        self._settings = AppSettings.load(self._qsettings)
        self._lang = lang if lang in ("zh", "en") else self._settings.language
        self.translators: list[Any] = list(translators or [])
        self.migration_progress = MigrationProgress()
        store = CaseStore.open(
            Path(store_path) if store_path is not None else None,
            progress=self.migration_progress,
        )
        self.session = CaseSession(store, self._settings.engine_settings(), self)
        self.undo_stack = self.session.undo_stack
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
        self._connect_session()
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
        """True once the questions and the reasoning exist and a case (or a draft) is open."""
        return self._form is not None and self.session.is_open()

    def _build_ui(self) -> None:
        """The frame: menus, the case list, and room for the questions and the reasoning."""
        self.setWindowTitle(self.tr("Group-Owner Liability Analyzer"))
        # Horizontal, QSplitter's default: QSplitter(orientation, parent) or even
        # QSplitter(parent) would build the Qt namespace (desktop.qt_ints).
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        self.case_list = caselist.CaseListPanel(self.session.store(), self._lang, splitter)
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
        chain = [*self.case_list.tab_order(), *self._form.tab_order(), *self._panel.tab_order()]
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
        if not self.session.is_open():
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

    def _connect_session(self) -> None:
        # Once: the session outlives the widgets that a language switch rebuilds.
        self.session.case_opened.connect(self._on_case_opened)
        self.session.draft_opened.connect(self._on_draft_opened)
        self.session.draft_stored.connect(self._on_draft_stored)
        self.session.case_closed.connect(self._on_case_closed)
        self.session.facts_changed.connect(self._on_facts_changed)
        self.session.labels_changed.connect(self._on_labels_changed)
        self.session.analysis_updated.connect(self._on_analysis_updated)
        self.session.case_saved.connect(self._on_case_saved)
        self.session.save_failed.connect(self._on_store_failed)
        self.session.open_failed.connect(self._on_store_failed)
        self.session.cases_changed.connect(self._on_cases_changed)

    # ---------------------------------------------------------------- state

    def store(self) -> CaseStore:
        return self.session.store()

    def lang(self) -> str:
        return self._lang

    def case_id(self) -> int | None:
        return self.session.case_id()

    def case(self) -> Case:
        """The facts being edited (blank until a case is open)."""
        return self.session.case()

    def analysis(self) -> Analysis | None:
        return self.session.analysis()

    def app_settings(self) -> AppSettings:
        return self._settings

    def open_case(self, case_id: int) -> None:
        """Show a stored case for editing (the current one is saved first)."""
        self.session.open_case(case_id)

    def flush(self) -> None:
        """Write the shown case and its analysis now, if anything changed."""
        self.session.flush()

    def _open_initial_case(self) -> None:
        """The first listed case, or an empty new case (stored at its first answer)."""
        model = self.case_list.model
        if model.rowCount() == 0 and model.total() == 0:
            self.session.open_draft()
            self.form.focus_first_question()  # a new case: the focus starts in the first question
            return
        if model.rowCount() == 0:
            model.fetchMore(model.index(0, 0).parent())
        self.session.open_case(model.case_id(0))

    # ---------------------------------------------------------------- what the session did

    @Slot(int)
    def _on_case_opened(self, case_id: int) -> None:
        self.form.set_case(self.session.case(), fresh=True)
        self.form.set_labels(self.session.labels())
        self._show_analysis(fresh=True)
        self.case_list.select(case_id)
        self.case_opened.emit(case_id)

    @Slot()
    def _on_draft_opened(self) -> None:
        self.form.set_case(self.session.case(), fresh=True)
        self.form.set_labels(self.session.labels())
        self._show_analysis()
        self.case_list.select(None)

    @Slot(int)
    def _on_draft_stored(self, case_id: int) -> None:
        # The list was fetched again (cases_changed); the form stays as it is.
        self.case_list.select(case_id)

    @Slot(int)
    def _on_case_closed(self, _case_id: int) -> None:
        self._open_initial_case()

    @Slot(object)
    def _on_facts_changed(self, case: Case) -> None:
        self.form.set_case(case)

    @Slot(object)
    def _on_labels_changed(self, case_labels: Labels) -> None:
        self.form.set_labels(case_labels)

    @Slot(object)
    def _on_analysis_updated(self, _analysis: Analysis) -> None:
        self._show_analysis()

    def _show_analysis(self, fresh: bool = False) -> None:
        analysis = self.session.analysis()
        if analysis is not None:
            self.panel.show_analysis(analysis, fresh=fresh, case=self.session.case())
            self.form.show_analysis(analysis)
            self.analysis_updated.emit(analysis)

    @Slot(object)
    def _on_case_saved(self, row: CaseRow) -> None:
        self.case_list.model.replace_row(row, self.session.tags())  # the open case's
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        self.case_saved.emit(row.id)

    @Slot(object)
    def _on_store_failed(self, error: StoreError) -> None:
        self._show_store_error(error)

    @Slot()
    def _on_cases_changed(self) -> None:
        self.case_list.reload()

    @Slot(object)  # Slot(Qt.ApplicationState) would build Qt on import (desktop.qt_ints)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        """Back in the app: list the cases another process added or changed meanwhile.

        ``main.py cases import`` (or ``analyze``) may run while the window is open;
        the open case itself is not touched (those commands only add).
        """
        if state != QtCore.Qt.ApplicationState.ApplicationActive or self._closed:
            return
        if self.session.changed_elsewhere():
            self.case_list.reload(keep=self.session.case_id())

    def _show_store_error(self, error: StoreError) -> None:
        dialogs.Problem.show(self, error.text(self._lang))

    # ---------------------------------------------------------------- edits

    @Slot(str, object)
    def _on_fact_edited(self, field: str, value: object) -> None:
        from desktop import entry  # loaded with the form, before any edit can arrive
        from desktop.case_session import LABEL_FIELDS

        if field == "title":
            name = self.tr("title")
        elif field == "notes":
            name = self.tr("notes")
        elif field == "tags":
            name = self.tr("tags")
        elif field == "poster_name":
            name = self.tr("name of the person who posted")
        elif field == "victim_name":
            name = self.tr("name of the person harmed")
        else:
            name = labels.field_label(field, self._lang)
        text = self.tr("Change: %1").replace("%1", name)
        self.session.edit(field, value, text, field in entry.TEXT_FIELDS or field in LABEL_FIELDS)

    @Slot(int)
    def _on_case_chosen(self, case_id: int) -> None:
        self.open_case(case_id)

    @Slot()
    def _on_new_triggered(self) -> None:
        self.session.new_case()
        self.form.focus_first_question()

    @Slot(int)
    def _on_duplicate_requested(self, case_id: int) -> None:
        self.session.duplicate(case_id, self.tr("Duplicate"))

    @Slot(int)
    def _on_delete_requested(self, case_id: int) -> None:
        self.session.trash(case_id, self.tr("Move to trash"))

    @Slot(int)
    def _on_restore_requested(self, case_id: int) -> None:
        self.session.untrash(case_id, self.tr("Restore"))

    @Slot()
    def _on_duplicate_triggered(self) -> None:
        case_id = self.session.case_id()
        if case_id is not None:
            self._on_duplicate_requested(case_id)

    @Slot()
    def _on_delete_triggered(self) -> None:
        case_id = self.session.case_id()
        if case_id is not None:
            self._on_delete_requested(case_id)

    # ---------------------------------------------------------------- files

    def import_case_file(self, path: Path) -> int | None:
        """Import a case file into the store and open its first case; None on a bad file."""
        from cases.model import case_files

        self._complete()  # a staged window opens its first case before it decides
        try:
            ids = self.session.import_file(path)
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
        self.open_case(ids[0])
        return ids[0]

    @Slot()
    def _on_import_triggered(self) -> None:
        path = dialogs.CaseFileDialog.ask_open(self)
        if path is not None:
            self.import_case_file(path)

    @Slot()
    def _on_export_triggered(self) -> None:
        if self.session.case_id() is None:
            return
        self.flush()
        suggested = self._suggested_export(self.case().title, ".json", self.tr("case"))
        path = dialogs.CaseFileDialog.ask_save(self, suggested)
        if path is None:
            return
        try:
            # Refuses the store, its side files, a database or a folder (output_guard).
            self.session.export(path)
        except StoreError as error:
            self._show_store_error(error)
            return
        self._remember_export(path)

    def _suggested_export(self, title: str, suffix: str, fallback: str) -> str:
        """The path an export dialog starts at: the last folder used, named after the case."""
        from desktop import export_paths

        folder = self._settings.export_folder
        return str(export_paths.suggested_path(folder, title, suffix, fallback))

    def _remember_export(self, path: Path, volunteer: str | None = None) -> None:
        """Keep the folder of an export written (and the volunteer's name) in the settings."""
        changes: dict[str, str] = {"export_folder": str(Path(path).parent)}
        if volunteer is not None:
            changes["volunteer_name"] = volunteer
        new = self._settings.replace(**changes)
        if new != self._settings:
            self._settings = new
            new.save(self._qsettings)

    @Slot()
    def _on_pdf_triggered(self) -> None:
        case_id, analysis = self.session.case_id(), self.session.analysis()
        if case_id is None or analysis is None:
            return
        self.flush()
        from cases.present import redact
        from desktop import pdf_dialog

        case = self.case()
        # The parties' names first: the volunteer gave them as the names to protect.
        names = tuple(dict.fromkeys([*self.session.parties().names(), *redact.case_names(case)]))
        options = pdf_dialog.PdfExportDialog.ask(
            self, names, self._lang, self._settings.volunteer_name
        )
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
        suggested = self._suggested_export(title, ".pdf", self.tr("case summary"))
        path = dialogs.PdfFileDialog.ask(self, suggested)
        if path is None:
            return
        from cases.files import output_guard
        from cases.present import report

        try:
            output_guard.check_output(path, store=self.store().path)
            report.write_pdf(
                path,
                case,
                analysis,
                lang=self._lang,
                redactor=redactor,
                case_id=str(case_id),
                volunteer=options.volunteer or None,
            )
        except (output_guard.RefusedOutputError, report.ReportWriteError) as error:
            dialogs.Problem.show(self, error.text(self._lang))
            return
        except OSError as error:  # e.g. the bundled font went missing
            dialogs.Problem.show(self, f"{path}: {error.strerror or error}")
            return
        self._remember_export(path, options.volunteer)
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
        self._name_dock_tabs()
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
        self._name_dock_tabs()
        return self._misreadings_page

    def _name_dock_tabs(self) -> None:
        """Name the tabs Qt adds when the side panels share a place (screen readers)."""
        from PySide6.QtWidgets import QTabBar

        for bar in self.findChildren(
            QTabBar, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
        ):
            bar.setAccessibleName(self.tr("Side panels"))

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
            # The dialog does not show the export folder: keep the one remembered.
            self.apply_settings(chosen.replace(export_folder=self._settings.export_folder))

    def apply_settings(self, new: AppSettings) -> None:
        """Use new settings: save them, re-analyse, and switch language if it changed."""
        old = self._settings
        self._settings = new
        new.save(self._qsettings)
        if new.font_point_size != old.font_point_size:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from desktop import fonts

                fonts.apply_point_size(app, new.font_point_size)  # 0: the system's, at once
        if new.language != self._lang:
            self.set_language(new.language)
            return
        if new.engine_settings() != old.engine_settings():
            self.form.set_settings(new.engine_settings())
            self.session.set_settings(new.engine_settings())

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
        # The law browser and the misreadings page keep what they show, in the new
        # language: they are told, as the panels above are built in it.
        if self._law_dock is not None and self._law_browser is not None:
            self._law_dock.setWindowTitle(self.tr("Law texts"))
            self._law_browser.set_language(lang)
        if self._help_dock is not None and self._misreadings_page is not None:
            self._help_dock.setWindowTitle(self.tr("Common misreadings"))
            self._misreadings_page.set_language(lang)
        case_id = self.session.case_id()
        if case_id is not None:
            self._on_case_opened(case_id)  # shown again, in the new panels
        elif self.session.is_draft():
            self._on_draft_opened()
        self.language_changed.emit(lang)

    # ---------------------------------------------------------------- closing

    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value("window/geometry")
        if geometry is None:
            self._fit_to_screen()
        elif not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)) or (
            not self._fits_the_screen(self._qsettings.value("window/normal"))
        ):
            # Damaged, or saved on a larger screen: Qt would leave a sliver in a corner
            # or squeeze the window against the screen's edges.
            self._fit_to_screen(0.8, 0.8)
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

    def _fit_to_screen(self, width: float = 0.92, height: float = 0.9) -> None:
        """Take these fractions of the screen, centred.

        The first start takes most of it, so all three panes are usable on 1366×768.
        """
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(int(area.width() * width), int(area.height() * height))
        self.move(area.center() - self.rect().center())

    def _fits_the_screen(self, saved: object) -> bool:
        """False if ``saved`` (the last normal geometry) is larger than the available screen.

        A window of a size that fits but partly off the screen is moved onto it by
        ``restoreGeometry``.
        """
        if not isinstance(saved, QRect):
            return True  # saved by an older version: Qt's own check only
        screen = QGuiApplication.screenAt(saved.center()) or self.screen()
        if screen is None:
            return True
        area = screen.availableGeometry()
        return saved.width() <= area.width() and saved.height() <= area.height()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: save the case and the window's layout."""
        self._closed = True
        self.flush()
        self._qsettings.setValue("window/geometry", self.saveGeometry())
        self._qsettings.setValue("window/normal", self.normalGeometry())
        self._qsettings.setValue("window/state", self.saveState())
        self._qsettings.setValue("window/panes", self._splitter.saveState())
        self._qsettings.setValue("window/case_list_shown", self.list_action.isChecked())
        self._qsettings.sync()
        self.case_list.cancel_pending_filter()
        self.session.close()
        super().closeEvent(event)
