"""One agenda item as a calm, read-only page: built with QTextCursor, so user text is plain.

Texts are inserted with `insertText`, which never reads markup, in large type meant to be read
at arm's length. The positions of the items are kept, so find can scroll to what it found and
tint it. Two colour schemes, light and dark, share one layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from briefing_app.domain.formatting import format_date
from briefing_app.domain.pack import UNKNOWN_VALUE, PackDossier
from briefing_app.services.meetings.table import TableItem
from briefing_app.ui.i18n import language
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import label
from briefing_app.ui.messages import translated, with_marks

BODY_PT = 19
HEADING_PT = 15


@dataclass(frozen=True)
class Scheme:
    name: str
    background: str
    text: str
    muted: str
    accent: str
    secret: str
    found: str
    used: str


LIGHT = Scheme("light", "#fbfaf7", "#1d1d1b", "#5f6368", "#123a63", "#a4161a", "#fff1b8", "#2e6b3a")
DARK = Scheme("dark", "#16191d", "#e9e6e1", "#a0a6ad", "#9cc3f0", "#ff8a80", "#4a4020", "#8fd19e")


class PageBuilder:
    """Writes one agenda item into a document; ``anchors`` maps item ids to their position."""

    def __init__(self, document: QTextDocument, scheme: Scheme, family: str) -> None:
        self.doc = document
        self.scheme = scheme
        self.family = family
        self.anchors: dict[str, int] = {}
        self.cursor = QTextCursor(document)
        self._first = True

    # -- formats ---------------------------------------------------------------------------

    def _char(
        self, *, size: int = BODY_PT, bold: bool = False, colour: str = ""
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self.family, size)
        font.setBold(bold)
        fmt.setFont(font)
        fmt.setForeground(QBrush(QColor(colour or self.scheme.text)))
        return fmt

    def _block(self, *, top: float = 0, bottom: float = 6, indent: float = 0) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(indent)
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)

    # -- pieces ----------------------------------------------------------------------------

    def heading(self, text: str, colour: str = "") -> None:
        self._block(top=22, bottom=6)
        self.cursor.insertText(text.upper(), self._char(size=HEADING_PT, bold=True,
                                                        colour=colour or self.scheme.accent))  # fmt: skip

    def line(self, text: str, *, lead: str = "", item_id: str = "", bold: bool = False,
             colour: str = "", indent: float = 0, tail: str = "", tail_colour: str = "") -> None:  # fmt: skip
        self._block(indent=indent)
        if item_id:
            self.anchors[item_id] = self.cursor.position()
        if lead:
            self.cursor.insertText(lead, self._char(bold=True, colour=self.scheme.muted))
        self.cursor.insertText(text, self._char(bold=bold, colour=colour))
        if tail:
            self.cursor.insertText(tail, self._char(size=HEADING_PT, bold=True,
                                                    colour=tail_colour or self.scheme.muted))  # fmt: skip


def build_page(
    document: QTextDocument,
    item: TableItem,
    *,
    scheme: Scheme,
    family: str,
    used: frozenset[str],
    show_secret: bool,
) -> dict[str, int]:
    """Fill ``document`` with agenda item ``item``; returns the anchors of its items."""
    document.clear()
    document.setDocumentMargin(28)
    page = PageBuilder(document, scheme, family)
    d = item.dossier
    if d.aim:
        page.heading(_tr("Doel"))
        page.line(with_marks(d.aim))
    _points(page, d, used)
    if d.figures:
        page.heading(_tr("Kerncijfers"))
        for f in d.figures:
            as_of = format_date(item.figure_dates.get(f.item_id), language=language())
            facts = ", ".join(x for x in (f.period, as_of and _tr("peildatum ") + as_of) if x)
            value = _tr("onbekend") if f.value_text == UNKNOWN_VALUE else translated(f.value_text)
            page.line(f"{f.label}: ", item_id=f.item_id, bold=False,
                      tail=f"  {value}" + (f"  ({facts})" if facts else ""),
                      tail_colour=scheme.accent)  # fmt: skip
    if d.hard_questions:
        page.heading(_tr("Lastige vragen"))
        for q in d.hard_questions:
            page.line(with_marks(q.question), item_id=q.item_id, bold=True)
            answer = with_marks(q.answer) or _tr("(nog geen antwoord)")
            page.line(answer, indent=28, colour=scheme.text)
    if d.theirs or d.intentions:
        page.heading(_tr("Verwacht van de andere kant"))
        for p in (*d.intentions, *d.theirs):
            who = f"{p.stakeholder}, " if p.stakeholder else ""
            lead = f"{who}{label(p.kind_label).lower()}: "
            page.line(with_marks(p.text), lead=lead, item_id=p.item_id)
            if p.our_answer:
                page.line(with_marks(p.our_answer), lead=_tr("Ons antwoord: "), indent=28)
    if show_secret and (d.bottom_lines or d.escalation):
        page.heading(_tr("Ondergrens en BATNA — vertrouwelijk"), colour=scheme.secret)
        for p in d.bottom_lines:
            page.line(with_marks(p.text), lead=f"{label(p.kind_label)}: ", colour=scheme.secret,
                      item_id=p.item_id)  # fmt: skip
        if d.escalation:
            page.line(with_marks(d.escalation), lead=_tr("Escalatie: "), colour=scheme.secret)
    return page.anchors


def _points(page: PageBuilder, d: PackDossier, used: frozenset[str]) -> None:
    number = 0
    groups = (
        (_tr("Kernboodschappen"), d.key_messages),
        (_tr("Spreekpunten"), d.talking_points),
        (_tr("Reactieve lijnen"), d.reactive_lines),
    )
    for title, texts in groups:
        if not texts:
            continue
        page.heading(title)
        for t in texts:
            number += 1
            mark = "  ✓ " + _tr("gebruikt") if t.item_id in used else ""
            page.line(with_marks(t.text), lead=f"{number}  ", item_id=t.item_id, tail=mark,
                      tail_colour=page.scheme.used)  # fmt: skip
