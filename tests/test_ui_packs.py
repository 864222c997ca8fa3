"""The app's pack parts: the export dialog with its check and worker, the preview, printing."""

from __future__ import annotations

import threading

import packdata
import pytest
from pdftext import pages_text
from PySide6.QtPrintSupport import QPrinter

from briefing_app.ui.packs.export_dialog import PackExportDialog
from briefing_app.ui.packs.preview import PackPreview
from briefing_app.ui.packs.printing import PrintError, print_document
from briefing_app.ui.packs.worker import run_in_background


@pytest.fixture
def dialog(qtbot, repo, db, tmp_path):
    packdata.build(repo)
    widget = PackExportDialog(db, repo, folder=tmp_path)
    widget.errors = []
    widget.show_error = widget.errors.append  # instead of a modal message box
    qtbot.addWidget(widget)
    return widget


def export(qtbot, dialog):
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def test_dialog_offers_the_meeting_and_shows_the_check(dialog):
    assert (
        dialog.meeting.count() == 1 and "Bestuurlijk overleg juni" in dialog.meeting.currentText()
    )
    assert dialog.edition.currentData() == "intern"
    assert "Onbekende cijferverwijzingen: 1" in dialog.check_text.toPlainText()
    assert dialog.export_button.text() == "Toch exporteren"
    assert dialog.path_edit.text().endswith("bestuurlijk-overleg-juni-intern-v1.pdf")
    dialog.edition.setCurrentIndex(2)
    assert "Agendadossiers zonder ondergrens" in dialog.check_text.toPlainText()


def test_export_runs_records_and_enables_preview_and_print(qtbot, dialog, db, tmp_path):
    result = export(qtbot, dialog)
    assert result.path.exists() and result.version == 1
    assert "Opgeslagen" in dialog.status.text()
    assert dialog.preview_button.isEnabled() and dialog.print_button.isEnabled()
    assert db.execute("SELECT count(*) FROM exports").fetchone()[0] == 1
    # Nothing changed since: exporting again would be version 1 again, unless asked otherwise.
    assert dialog.path_edit.text().endswith("-v1.pdf") and not dialog.new_version.isHidden()
    dialog.new_version.setChecked(True)
    assert dialog.path_edit.text().endswith("-v2.pdf")
    assert not dialog.progress.isVisible()


def test_export_to_a_missing_folder_shows_one_error_and_writes_nothing(qtbot, dialog, tmp_path, db):
    dialog.path_edit.setText(str(tmp_path / "bestaat-niet" / "p.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors), timeout=10_000)
    assert "bestaat niet" in dialog.errors[0]
    assert dialog.export_button.isEnabled()
    assert db.execute("SELECT count(*) FROM exports").fetchone()[0] == 0


def test_work_runs_off_the_gui_thread(qtbot):
    seen = []

    def work(progress):
        seen.append(threading.current_thread() is threading.main_thread())
        progress(1, 2)
        return 42

    results = []
    task = run_in_background(work, on_success=results.append, on_failure=print)
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    assert task.signals is not None
    assert seen == [False]


def test_preview_and_printing_show_every_page(qtbot, dialog, tmp_path):
    result = export(qtbot, dialog)
    preview = PackPreview()
    qtbot.addWidget(preview)
    assert preview.load(result.path)
    assert preview.document.pageCount() == result.pages
    assert preview.pages_label.text() == f"pagina 1 van {result.pages}"

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert print_document(printer, result.path) == result.pages
    assert len(pages_text(tmp_path / "afdruk.pdf")) == result.pages


def test_printing_a_broken_file_is_a_clear_error(tmp_path):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"geen pdf")
    with pytest.raises(PrintError, match="kan niet worden gelezen"):
        print_document(QPrinter(), broken)
