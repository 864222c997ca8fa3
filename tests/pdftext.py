"""Reading back a written pack with pypdf, the way a test (or a suspicious reader) would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pages_text(path: Path | str) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def all_text(path: Path | str) -> str:
    return "\n".join(pages_text(path))


def squeezed(text: str) -> str:
    """Text without any whitespace: survives the line breaks a layout puts into long words."""
    return "".join(text.split())


def font_names(path: Path | str) -> set[str]:
    """The base font of every font any page uses, and whether each one is embedded."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = bool(descriptor and "/FontFile2" in descriptor.get_object())
            names.add(f"{font['/BaseFont']}{'' if embedded else ' (niet ingebed)'}")
    return names
