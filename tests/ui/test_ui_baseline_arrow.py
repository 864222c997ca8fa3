"""The toolbar's "Gewijzigd sinds …" button: its menu arrow stands clear of the text, not
squeezed into the corner of the last digit."""

from __future__ import annotations

from briefing_app.ui.baseline import BaselineButton


def _ink_columns(button: BaselineButton) -> list[bool]:
    image = button.grab().toImage()
    background = image.pixelColor(1, image.height() // 2).lightness()
    return [
        any(
            abs(image.pixelColor(x, y).lightness() - background) > 60
            for y in range(2, image.height() - 2)
        )
        for x in range(image.width())
    ]


def test_the_menu_arrow_is_set_apart_from_the_text(qtbot):
    button = BaselineButton()
    qtbot.addWidget(button)
    button.setText("Gewijzigd sinds 1 dec 2026")
    button.resize(button.sizeHint())
    button.show()
    qtbot.waitExposed(button)
    ink = _ink_columns(button)
    right = max(x for x, on in enumerate(ink) if on)
    arrow_start = right
    while arrow_start > 0 and ink[arrow_start - 1]:
        arrow_start -= 1
    gap = 0
    while arrow_start - gap - 1 > 0 and not ink[arrow_start - gap - 1]:
        gap += 1
    assert gap >= 4, f"only {gap} px between the text and the menu arrow"
