"""Printing a written pack through the system print dialog.

The PDF is rasterised page by page with QtPdf at the printer's resolution (capped, so a 300-page
pack does not need gigabytes) and painted onto the QPrinter. The printer object belongs to a
`PackPrinter` that outlives the dialog: Qt crashes when a dialog's QPrinter is collected while
the dialog is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from briefing_app.ui.i18n import tr as _tr

MAX_DPI = 300


class PrintError(RuntimeError):
    """The PDF cannot be printed; the message says why, in Dutch."""


class PackPrinter(QObject):
    """Owns one QPrinter for the lifetime of its parent widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(_tr("Briefingpakket"))

    def ask_and_print(self, path: Path, parent: QWidget | None = None) -> int:
        """Show the print dialog; print when the user agrees. Returns the pages printed."""
        return self.ask_and_print_all([path], parent)

    def ask_and_print_all(self, paths: list[Path], parent: QWidget | None = None) -> int:
        """One print dialog for several files (the numbered copies of a pack), printed in turn."""
        dialog = QPrintDialog(self.printer, parent)
        dialog.setWindowTitle(_tr("Briefingpakket afdrukken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return sum(print_document(self.printer, path) for path in paths)


def print_document(printer: QPrinter, path: Path) -> int:
    """Paint every page (or the range chosen in the dialog) of ``path`` onto ``printer``."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError(
            _tr("Het pakket %1 kan niet worden gelezen om af te drukken.").replace("%1", str(path))
        )
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first and last else range(document.pageCount())
    pages = range(max(pages.start, 0), min(pages.stop, document.pageCount()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(_tr("De printer kan niet worden geopend."))
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        target.moveTo(0, 0)
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(page, size)
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
        return len(pages)
    finally:
        painter.end()
        document.close()
