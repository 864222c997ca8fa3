"""An in-app preview of a written pack (QtPdf), with page count, zoom and a print button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import error_text
from briefing_app.ui.packs.printing import PackPrinter, PrintError


class PackPreview(QWidget):
    """Shows one PDF, all pages scrolling, fitted to the width."""

    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.pages_label = QLabel(self)
        self.pages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_width = QPushButton(_tr("Paginabreedte"), self)
        self.fit_page = QPushButton(_tr("Hele pagina"), self)
        self.print_button = QPushButton(_tr("Afdrukken…"), self)
        self.print_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        for button in (self.fit_width, self.fit_page, self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.path: Path | None = None
        self._printer = PackPrinter(self)  # kept alive as long as the preview
        self.fit_width.clicked.connect(self._on_fit_width_clicked)
        self.fit_page.clicked.connect(self._on_fit_page_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)

    def load(self, path: Path) -> bool:
        self.document.close()
        self.document.load(str(path))
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.path = path if ready else None
        self.print_button.setEnabled(ready)
        if not ready:
            self.pages_label.setText(
                _tr("Het pakket %1 kan niet worden getoond.").replace("%1", str(path))
            )
            return False
        self._on_page_changed(0)
        self.loaded.emit(self.document.pageCount())
        return True

    def _on_page_changed(self, page: int) -> None:
        if self.document.pageCount():
            self.pages_label.setText(
                _tr("pagina %1 van %2")
                .replace("%1", str(page + 1))
                .replace("%2", str(self.document.pageCount()))
            )

    def _on_fit_width_clicked(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _on_fit_page_clicked(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _on_print_clicked(self) -> None:
        if self.path is None:
            return
        try:
            self._printer.ask_and_print(self.path, self)
        except PrintError as exc:
            QMessageBox.warning(self, _tr("Afdrukken mislukt"), error_text(exc))


class PackPreviewDialog(QDialog):
    """The preview in a window of its own."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Voorbeeld: %1").replace("%1", path.name))
        # A page's height where the screen allows it; never taller than the screen (on a
        # laptop the buttons and the page count would be out of reach below its edge).
        room = (parent or self).screen().availableGeometry()
        self.resize(min(820, room.width() - 40), min(1000, room.height() - 60))
        self.preview = PackPreview(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.preview)
        self.preview.load(path)

    @classmethod
    def show_for(cls, path: Path, parent: QWidget | None = None) -> PackPreviewDialog:
        dialog = cls(path, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
