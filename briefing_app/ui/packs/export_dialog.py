"""The export dialog: a meeting or dossiers, edition and file; the pre-export check; the export off the GUI thread.

The check is recomputed whenever the meeting or edition changes and shown as plain text; when it
lists anything the button says "Toch exporteren". Reading the store happens here on the GUI
thread (it is quick); the slow part, laying out the PDF, runs on a worker with a progress bar;
recording the export and putting the file in place happen back on the GUI thread, together. After an export the pack can be previewed
and printed from the same dialog. A `vertrouwelijk` edition (and, when chosen, an `intern` one)
is written as one numbered copy per recipient (see `recipients.py` and `domain.copies`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.classification import Classification
from briefing_app.domain.copies import CopiesError, NumberedCopy, numbered_copies
from briefing_app.services.core.listing import ListingService
from briefing_app.services.packs.copies import commit_copies, first_copy_number, render_copies
from briefing_app.services.packs.service import (
    ExportResult,
    PackError,
    PackRequest,
    PreparedPack,
    RenderedPack,
    commit_export,
    meeting_choices,
    prepare_pack,
    render_pack_file,
)
from briefing_app.store.repository import Repository
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import error_text, translated
from briefing_app.ui.packs.preview import PackPreviewDialog
from briefing_app.ui.packs.printing import PackPrinter, PrintError
from briefing_app.ui.packs.recipients import RecipientsBox
from briefing_app.ui.packs.subject import PackSubject
from briefing_app.ui.packs.worker import BackgroundTask, run_in_background


def edition_labels() -> dict[Classification, str]:
    """Built when asked, so they follow the interface language."""
    return {
        Classification.OPENBAAR: _tr("Openbaar — mag naar de andere partij"),
        Classification.INTERN: _tr("Intern — voor de leden"),
        Classification.VERTROUWELIJK: _tr("Vertrouwelijk — alleen de delegatie"),
    }


class PackExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        db: sqlite_utils.Database,
        repo: Repository,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        meeting_id: str | None = None,
        dossier_id: str | None = None,
    ) -> None:
        """Opens on ``meeting_id``'s pack, with ``dossier_id`` ticked for a dossier pack."""
        super().__init__(parent)
        self.setWindowTitle(_tr("Briefingpakket exporteren"))
        self.resize(640, 560)
        self._db, self._repo = db, repo
        self._folder = folder or Path.home()
        self._prepared: PreparedPack | None = None
        self._task: BackgroundTask | None = None
        self.result_path: Path | None = None
        self.result_paths: list[Path] = []  # every numbered copy, or just the one file
        self._copies: tuple[NumberedCopy, ...] = ()
        self._printer = PackPrinter(self)
        self._build()
        if dossier_id is not None:
            self.subject.tick_dossier(dossier_id)
        if meeting_id is not None:
            self.subject.choose_meeting(meeting_id)
        self.subject.changed.connect(self._on_choice_changed)
        self.edition.currentIndexChanged.connect(self._on_choice_changed)
        self.new_version.toggled.connect(self._on_choice_changed)
        self._on_choice_changed()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        meetings = [(c.id, translated(c.label)) for c in meeting_choices(self._db)]
        dossiers = [
            (str(r["id"]), str(r["slug"]), str(r["title"]))
            for r in ListingService(self._db).dossiers()
        ]
        self.subject = PackSubject(meetings, dossiers, self)
        self.meeting = self.subject.meeting
        self.edition = QComboBox(self)
        for edition, label in edition_labels().items():
            self.edition.addItem(label, edition.value)
        self.edition.setCurrentIndex(1)
        self.path_edit = QLineEdit(self)
        self.browse = QPushButton(_tr("Bladeren…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(_tr("Pakket voor"), self.subject.kind)
        form.addRow("", self.subject)
        form.addRow(_tr("Editie"), self.edition)
        form.addRow(_tr("Bestand"), file_row)
        self.recipients = RecipientsBox(self)
        self.new_version = QCheckBox(
            _tr("Nieuwe versie maken, ook als de inhoud gelijk is aan de laatste versie"), self
        )
        self.new_version.setVisible(False)  # only offered when the content is unchanged
        form.addRow("", self.new_version)
        self.check_title = QLabel(_tr("Controle vóór export"), self)
        self.check_text = QPlainTextEdit(self)
        self.check_text.setReadOnly(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(_tr("Exporteren"), self)
        self.export_button.setDefault(True)
        self.preview_button = QPushButton(_tr("Voorbeeld"), self)
        self.print_button = QPushButton(_tr("Afdrukken…"), self)
        self.close_button = QPushButton(_tr("Sluiten"), self)
        for button in (self.preview_button, self.print_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recipients)
        layout.addWidget(self.check_title)
        layout.addWidget(self.check_text, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.reject)

    @classmethod
    def ask(
        cls, db: sqlite_utils.Database, repo: Repository, parent: QWidget | None = None
    ) -> Path | None:
        """Show the dialog modally; returns the written file, if any."""
        dialog = cls(db, repo, parent)
        dialog.exec()
        return dialog.result_path

    # -- the choice and its check -------------------------------------------------------------

    def current_request(self) -> PackRequest | None:
        meeting_id, slugs = self.subject.meeting_id(), self.subject.dossier_slugs()
        if meeting_id is None and not slugs:
            return None
        return PackRequest(
            Classification(self.edition.currentData()),
            meeting_id,
            slugs,
            force_new_version=self.new_version.isChecked(),
        )

    def _on_choice_changed(self, *_args: object) -> None:
        request = self.current_request()
        self._prepared = None
        if request is None:
            self.check_text.setPlainText(self.subject.nothing_chosen_text())
            self.export_button.setEnabled(False)
            return
        try:
            self._prepared = prepare_pack(self._db, request)
        except PackError as exc:
            self.check_text.setPlainText(error_text(exc))
            self.export_button.setEnabled(False)
            return
        check = self._prepared.check
        pack = self._prepared.pack
        lines = [translated(line) for line in check.summary_lines()]  # in the interface language
        if pack.same_as:
            lines = [
                _tr(
                    "De inhoud is gelijk aan versie %1: exporteren maakt versie %1 opnieuw, "
                    "geen nieuwe versie."
                ).replace("%1", str(pack.same_as)),
                "",
                *lines,
            ]
        self.new_version.setVisible(bool(pack.same_as) or self.new_version.isChecked())
        self.check_text.setPlainText("\n".join(lines))
        self.export_button.setEnabled(True)
        self.export_button.setText(_tr("Exporteren") if check.clean else _tr("Toch exporteren"))
        self.path_edit.setText(str(self._folder / _file_name(self._prepared)))
        pack = self._prepared.pack
        self.recipients.set_pack(pack.edition, [d.name for d in pack.delegation])

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, _tr("Pakket opslaan als"), self.path_edit.text(), "PDF (*.pdf)"
        )
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    # -- exporting ----------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        prepared, text = self._prepared, self.path_edit.text().strip()
        if prepared is None or self._task is not None:
            return
        if not text:
            self.show_error(_tr("Kies eerst een bestand om het pakket in op te slaan."))
            return
        target = Path(text).expanduser()
        try:
            self._copies = (
                numbered_copies(
                    prepared.pack.edition,
                    self.recipients.names(),
                    first=first_copy_number(self._db, prepared),
                )
                if self.recipients.numbered()
                else ()
            )
        except CopiesError as exc:
            self.show_error(error_text(exc))
            return
        self._set_busy(True)
        self.status.setText(
            _tr("Bezig met opmaken van versie %1…").replace("%1", str(prepared.pack.version))
        )
        copies = self._copies
        self._task = run_in_background(
            lambda progress: (
                render_copies(prepared, target, copies, progress=progress)
                if copies
                else render_pack_file(prepared, target, progress=progress)
            ),
            on_success=self._on_render_succeeded,
            on_failure=self._on_render_failed,
            on_progress=self._on_render_progress,
        )

    def _on_render_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _on_render_succeeded(self, rendered: object) -> None:
        self._task = None
        assert self._prepared is not None
        try:
            if isinstance(rendered, RenderedPack):
                result: ExportResult = commit_export(self._repo, self._prepared, rendered)
                self.result_paths = [result.path]
            else:
                assert isinstance(rendered, list)
                written = commit_copies(self._repo, self._prepared, self._copies, rendered)
                result = written.export
                self.result_paths = [path for _copy, path in written.files]
        except Exception as exc:  # neither file nor record: the export simply did not happen
            self._on_render_failed(error_text(exc))
            return
        self._set_busy(False)
        self.result_path = result.path
        if self._copies:
            self.status.setText(
                _tr("Opgeslagen: versie %1, kenmerk %2, in %3 genummerde exemplaren:\n%4")
                .replace("%1", str(result.version))
                .replace("%2", result.content_hash[:8])
                .replace("%3", str(len(self._copies)))
                .replace("%4", "\n".join(f"{translated(c.label)}: {p}" for c, p in written.files))
            )
            self.preview_button.setEnabled(True)
            self.print_button.setEnabled(True)
            self.exported.emit(result)
            self._on_choice_changed()
            return
        self.status.setText(
            _tr("Opgeslagen: %1 (%2 pagina's, versie %3, kenmerk %4).")
            .replace("%1", str(result.path))
            .replace("%2", _count(result.pages))
            .replace("%3", str(result.version))
            .replace("%4", result.content_hash[:8])
            + (
                " " + _tr("Gelijk aan versie %1.").replace("%1", str(result.same_as))
                if result.same_as
                else ""
            )
        )
        self.preview_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.exported.emit(result)
        self._on_choice_changed()  # the next export would be the next version

    def _on_render_failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.status.setText(_tr("Niet geëxporteerd: %1").replace("%1", message))
        self.show_error(message)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.subject.kind,
            self.subject,
            self.edition,
            self.path_edit,
            self.browse,
            self.export_button,
            self.recipients,
        ):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy indicator until the first progress report

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, _tr("Exporteren mislukt"), message)

    def reject(self) -> None:
        if self._task is None:  # never close while the worker still writes
            super().reject()

    # -- after the export ---------------------------------------------------------------------

    def _on_preview_clicked(self) -> None:
        if self.result_path is not None:
            self.preview_dialog = PackPreviewDialog.show_for(self.result_path, self)

    def _on_print_clicked(self) -> None:
        if self.result_path is None:
            return
        try:
            self._printer.ask_and_print_all(self.result_paths or [self.result_path], self)
        except PrintError as exc:
            self.show_error(error_text(exc))


def _file_name(prepared: PreparedPack) -> str:
    pack = prepared.pack
    ascii_title = unicodedata.normalize("NFKD", pack.title).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60] or "briefingpakket"
    return f"{stem}-{pack.edition.value}-v{pack.version}.pdf"
