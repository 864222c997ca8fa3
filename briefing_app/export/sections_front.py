"""The front of a pack: cover, contents, changes since the previous pack, summary, who's who."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from briefing_app.domain.classification import Classification
from briefing_app.domain.pack import (
    CHANGE_CHANGED,
    CHANGE_ENTERED_EDITION,
    CHANGE_FIGURE,
    CHANGE_LEFT_EDITION,
    CHANGE_NEW,
    CHANGE_REMOVED,
    Pack,
    PackDossier,
)
from briefing_app.export.blocks import (
    SHORT_CELL_LIMIT,
    boxed,
    cell,
    draft_mark,
    gap,
    marks,
    paragraphs,
    table,
)
from briefing_app.export.document import Heading
from briefing_app.export.fonts import SANS
from briefing_app.export.paragraph import Paragraph
from briefing_app.export.styles import CLASSIFICATION_COLOURS, GREY_HEX, styles
from briefing_app.export.text import escape, label, shorten

EDITION_AUDIENCE = {
    Classification.OPENBAAR: "Openbare editie: mag worden gedeeld, ook met de andere partij.",
    Classification.INTERN: "Interne editie: alleen voor de leden van de VNG; niet delen met de andere partij.",
    Classification.VERTROUWELIJK: (
        "Vertrouwelijke editie: uitsluitend voor de delegatie. Bevat ondergrenzen en BATNA; "
        "niet kopiëren of doorsturen."
    ),
}
CHANGE_ORDER = {
    CHANGE_NEW: 0,
    CHANGE_ENTERED_EDITION: 1,
    CHANGE_CHANGED: 2,
    CHANGE_FIGURE: 3,
    CHANGE_REMOVED: 3,
    CHANGE_LEFT_EDITION: 4,
}


def cover(pack: Pack, width: float) -> list[Flowable]:
    st = styles()
    kicker = "VNG · BRIEFINGPAKKET" if pack.for_meeting else "VNG · BRIEFINGPAKKET DOSSIERS"
    out: list[Flowable] = [gap(24 * mm), Paragraph(kicker, st.cover_kicker), gap(4)]
    out += paragraphs(pack.title, st.cover_title)
    if pack.for_meeting:  # what is not known yet is said, not left out
        for name, value in (
            ("Datum", pack.meeting_date),
            ("Aanvang", pack.start_time),
            ("Plaats", pack.place),
        ):
            out += paragraphs(
                value or "nog niet vastgesteld", st.cover_line, prefix=f"<b>{name}:</b> "
            )
    out.append(gap(12 * mm))
    colour = CLASSIFICATION_COLOURS[pack.edition]
    edition = Paragraph(
        f'<font name="NotoSans-Bold" color="{colour.hexval().replace("0x", "#")}">'
        f"Editie {escape(pack.edition.value.upper())}</font>",
        st.cover_line,
    )
    out.append(
        boxed([edition, *paragraphs(EDITION_AUDIENCE[pack.edition], st.meta)], width, edge=colour)
    )
    out.append(gap(8 * mm))
    replaces = f"vervangt versie {pack.replaces}" if pack.replaces else "eerste versie"
    facts = [
        ("Versie", f"{pack.version} ({replaces})"),
        ("Opgesteld", pack.prepared_on),
        ("Kenmerk", pack.short_hash),
    ]
    rows = [[cell(k, st.cell_head), cell(v, st.cell)] for k, v in facts if v]
    out.append(table(["", ""], rows, [32 * mm, width - 32 * mm]))
    if pack.dossiers:
        out += [gap(8 * mm), Paragraph("AGENDA" if pack.for_meeting else "DOSSIERS", st.label)]
        for number, dossier in enumerate(pack.dossiers, start=1):
            out += paragraphs(dossier.title, st.cover_line, prefix=f"{number}.&nbsp;&nbsp;")
    people = (
        ("GESPREKSPARTNERS", ", ".join(p.name for p in pack.counterparts)),
        ("DELEGATIE", ", ".join(d.name for d in pack.delegation)),
    )
    for heading, names in people:
        if names:
            out += [Paragraph(heading, st.label), *paragraphs(names, st.cover_small)]
    out += [
        gap(10 * mm),
        Paragraph(
            "Controleer bij een afdruk het versienummer en het kenmerk onderaan elke pagina: "
            "een nieuwere versie vervangt deze.",
            st.small,
        ),
        PageBreak(),
    ]
    return out


def contents() -> list[Flowable]:
    st = styles()
    toc = TableOfContents(
        levelStyles=[st.toc_1, st.toc_2],
        dotsMinLevel=0,
        tableStyle=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [Heading("Inhoud", st.h1, 0, "inhoud", toc=False), toc, gap(8 * mm)]


def changes(pack: Pack, width: float) -> list[Flowable]:
    st = styles()
    info = pack.changes
    if info.first:
        title = "Wijzigingen"
        intro = "Dit is de eerste versie van dit pakket voor deze editie."
    else:
        title = f"Wijzigingen sinds versie {info.previous_version}"
        since = f" van {info.previous_date}" if info.previous_date else ""
        counts = {k: sum(1 for c in info.items if c.change == k) for k in CHANGE_ORDER}
        intro = (
            f"Ten opzichte van versie {info.previous_version}{since}: {counts[CHANGE_NEW]} nieuw, "
            f"{counts[CHANGE_CHANGED]} gewijzigd, {counts[CHANGE_REMOVED]} vervallen"
        )
        if counts[CHANGE_ENTERED_EDITION]:
            intro += f", {counts[CHANGE_ENTERED_EDITION]} nieuw in deze editie"
        if counts[CHANGE_FIGURE]:
            intro += f", {counts[CHANGE_FIGURE]} met een gewijzigd cijfer"
        if counts[CHANGE_LEFT_EDITION]:
            intro += f", {counts[CHANGE_LEFT_EDITION]} niet meer in deze editie"
        intro += "."
        if not info.items:
            intro += " De inhoud is niet veranderd."
    out: list[Flowable] = [Heading(title, st.h2, 0, "wijzigingen"), *paragraphs(intro)]
    items = sorted(
        info.items, key=lambda c: (CHANGE_ORDER.get(c.change, 9), c.dossier, c.kind_label)
    )
    if items:
        rows = [
            [
                cell(c.change, st.cell_bold),
                cell(c.kind_label),
                [
                    *cell(c.title),
                    *(f for old, new in c.values for f in cell(f"{old} → {new}", st.cell_bold)),
                ],
                cell(c.dossier, limit=SHORT_CELL_LIMIT),
            ]
            for c in items
        ]
        widths = [28 * mm, 28 * mm, width - 96 * mm, 40 * mm]
        out += [gap(4), table(["Wijziging", "Soort", "Onderdeel", "Dossier"], rows, widths)]
    return [*out, gap(8 * mm)]  # the summary follows on the same page where it fits


# The summary must fit one page: each step shortens the texts and shows fewer of them.
# (characters per text, key messages, asks per dossier, show the aim)
SUMMARY_STEPS = (
    (400, 3, 2, True),
    (260, 3, 2, True),
    (260, 2, 2, False),
    (180, 2, 2, False),
    (180, 2, 1, False),
    (130, 2, 1, False),
    (130, 1, 1, False),
    (90, 1, 1, False),
    (90, 1, 0, False),
    (60, 1, 0, False),
)


def summary(pack: Pack, width: float, height: float) -> list[Flowable]:
    """One page: per dossier its key messages, our ask and (vertrouwelijk) the bottom line.

    Texts are shortened, and fewer shown, step by step until the page holds them; each dossier
    says what it leaves out, which its own chapter has in full. When even the shortest step does
    not fit (many dossiers), the dossiers that do not fit are named in one closing line.
    """
    st = styles()
    head: list[Flowable] = [Heading("Samenvatting", st.h1, 0, "samenvatting")]
    if not pack.dossiers:
        return [*head, *paragraphs("Er staan geen dossiers in dit pakket."), PageBreak()]
    # The body frame keeps ReportLab's default padding of 6 points on every side.
    width, height = width - 12, height - 12
    room = height - _height(head, width)
    for step in SUMMARY_STEPS:
        blocks = [_summary_block(n, d, step) for n, d in enumerate(pack.dossiers, start=1)]
        if _height([f for b in blocks for f in b], width) <= room:
            return [KeepTogether([*head, *(f for b in blocks for f in b)]), PageBreak()]
    return [KeepTogether([*head, *_first_that_fit(blocks, pack, width, room)]), PageBreak()]


def _summary_block(
    number: int, dossier: PackDossier, step: tuple[int, int, int, bool]
) -> list[Flowable]:
    limit, messages, asks, with_aim = step
    st = styles()
    ours = [p for p in dossier.ours if p.kind in ("opening", "target")]
    bottom = [p for p in dossier.bottom_lines if p.kind == "bottom_line"]
    more = max(len(dossier.key_messages) - messages, 0) + max(len(ours) - asks, 0)
    note = (
        f' <font name="{SANS}" size="7.5" color="{GREY_HEX}">· nog {more} '
        f"punt{'en' if more > 1 else ''} in hoofdstuk {number}</font>"
        if more
        else ""
    )
    out = paragraphs(f"{number}. {shorten(dossier.title, 120)}", st.h3, suffix=note)
    if with_aim and dossier.aim:
        out += paragraphs(_brief(dossier.aim, limit), st.meta, prefix="<b>Doel:</b> ")
    for message in dossier.key_messages[:messages]:
        out += paragraphs(_brief(message.text, limit), bullet="•", suffix=marks(message))
    for position, bullet in (*((p, "›") for p in ours[:asks]), *((p, "!") for p in bottom)):
        out += paragraphs(
            _brief(position.text, limit),
            bullet=bullet,
            prefix=f"<b>{label(position.kind_label)}:</b> ",
            suffix=marks(position),
        )
    return out


def _brief(text: str, limit: int) -> str:
    """``text`` on at most ``limit`` characters, cut after a whole word where one is near."""
    flat = shorten(text, len(text) + 1)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + "…"


def _first_that_fit(
    blocks: list[list[Flowable]], pack: Pack, width: float, room: float
) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for shown, block in enumerate(blocks):
        rest = len(blocks) - shown
        note = paragraphs(
            f"Nog {rest} dossiers: zie de hoofdstukken {shown + 1} tot en met {len(blocks)}.",
            st.meta,
        )
        if rest == 1:
            note = paragraphs(f"Nog 1 dossier: zie hoofdstuk {len(blocks)}.", st.meta)
        if _height([*out, *block, *note], width) > room:
            return [*out, *note]
        out += block
    return out


def _height(flowables: list[Flowable], width: float) -> float:
    """The height ``flowables`` take in a frame ``width`` wide, spacing included (an upper bound)."""
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 10_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def whos_who(pack: Pack, width: float) -> list[Flowable]:
    """The counterparts' interests and the positions we expect of them (names and roles of
    both sides are in the meeting overview; a pack of dossiers has only this)."""
    st = styles()
    people = [p for p in pack.counterparts if p.interests or p.expected or not pack.for_meeting]
    if not people and not (pack.delegation and not pack.for_meeting):
        return []
    out: list[Flowable] = [Heading("Wie is wie", st.h1, 0, "wie-is-wie")]
    if pack.delegation and not pack.for_meeting:
        out.append(Heading("Onze delegatie", st.h2, 1, "delegatie"))
        rows = [
            [cell(d.name, st.cell_bold, limit=SHORT_CELL_LIMIT), cell(d.role)]
            for d in pack.delegation
        ]
        out.append(table(["Naam", "Rol"], rows, [60 * mm, width - 60 * mm]))
    if people:
        out.append(Heading("Gesprekspartners", st.h2, 1, "gesprekspartners"))
    for person in people:
        out += paragraphs(person.name, st.h3)
        role = ", ".join(x for x in (person.role, person.organisation) if x)
        if role:
            out += paragraphs(role, st.meta)
        if person.interests:
            out += paragraphs(person.interests, prefix="<b>Belangen:</b> ")
        for dossier, expected, draft in person.expected:
            out += paragraphs(
                expected, bullet="–", prefix=f"<i>{label(dossier)}:</i> ", suffix=draft_mark(draft)
            )
    out.append(PageBreak())
    return out
