"""How the app looks: bundled fonts, the Fusion style and a light or dark palette.

Qt brings no fonts of its own, so the Noto fonts in `resources/fonts` are registered at start and
used everywhere; the app then looks the same on every machine. The palette follows the system's
colour scheme (`QStyleHints.colorScheme()`) and changes with it while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from briefing_app.paths import fonts_dir

UI_FAMILY = "Noto Sans"
UI_POINT_SIZE = 10

# The accent colours are the same in both schemes; the greys are not.
ACCENT = "#1f5f99"
CHANGED_LIGHT, CHANGED_DARK = "#c8780a", "#f0a640"
ERROR_LIGHT, ERROR_DARK = "#b3261e", "#ff8a80"


def register_fonts() -> list[str]:
    """Register every bundled font; returns the families that Qt accepted."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply(app: QApplication) -> None:
    """Fusion style, the bundled font, and the palette of the system's colour scheme."""
    app.setStyle("Fusion")
    if UI_FAMILY in register_fonts():
        font = QFont(UI_FAMILY, UI_POINT_SIZE)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        app.setFont(font)
    apply_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_palette(app))


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_palette(app: QApplication) -> None:
    app.setPalette(dark_palette() if is_dark() else light_palette())


def changed_colour() -> QColor:
    return QColor(CHANGED_DARK if is_dark() else CHANGED_LIGHT)


_DOTS: dict[str, QIcon] = {}


def change_dot() -> QIcon:
    """The mark of a changed item: a small dot in the change colour, sharp at any DPI."""
    colour = changed_colour()
    icon = _DOTS.get(colour.name())
    if icon is None:
        icon = QIcon()
        for size in (16, 32, 48):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = size * 0.22
            painter.drawEllipse(pixmap.rect().center().toPointF(), radius, radius)
            painter.end()
            icon.addPixmap(pixmap)
        _DOTS[colour.name()] = icon
    return icon


def reference_ground() -> QColor:
    """The faint ground under a figure reference in an editor: one unit, not loose letters."""
    colour = QColor(changed_colour())
    colour.setAlpha(40)
    return colour


def error_colour() -> QColor:
    return QColor(ERROR_DARK if is_dark() else ERROR_LIGHT)


def light_palette() -> QPalette:
    return _palette(
        window="#f3f4f6",
        base="#ffffff",
        alternate="#f7f8fa",
        text="#1c1f24",
        muted="#6b7280",
        button="#eceef1",
        highlight=ACCENT,
    )


def dark_palette() -> QPalette:
    return _palette(
        window="#1f2227",
        base="#16181c",
        alternate="#1c1f24",
        text="#e6e8eb",
        muted="#9aa1ab",
        button="#2a2e35",
        highlight="#3d7cc9",
    )


def _palette(**colours: str) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    c = {name: QColor(value) for name, value in colours.items()}
    for r, colour in (
        (role.Window, c["window"]),
        (role.Base, c["base"]),
        (role.AlternateBase, c["alternate"]),
        (role.Text, c["text"]),
        (role.WindowText, c["text"]),
        (role.ButtonText, c["text"]),
        (role.Button, c["button"]),
        (role.ToolTipBase, c["base"]),
        (role.ToolTipText, c["text"]),
        (role.PlaceholderText, c["muted"]),
        (role.Highlight, c["highlight"]),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, c["highlight"]),
    ):
        p.setColor(r, colour)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, c["muted"])
    return p
