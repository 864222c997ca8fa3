"""How a pack's pages read: amounts in one piece, a header that fits, a one-page summary."""

from __future__ import annotations

import re

from pdftext import pages_text

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_amount
from briefing_app.domain.pack import Pack, PackDossier, PackText
from briefing_app.export.pdf import render_pack


def _render(pack: Pack, path) -> list[str]:
    render_pack(pack, str(path))
    return pages_text(path)


def test_amounts_never_break_across_lines(tmp_path):
    # Every offset puts an amount somewhere else on the line, so some fall at a line's end.
    texts = []
    for offset in range(60):
        lead = "x" * offset
        texts.append(PackText(f"{lead} korting {format_amount(675e6)} en zelf getypt € 1 mld."))
    dossier = PackDossier("wonen", "Wonen", talking_points=tuple(texts))
    pack = Pack("Overleg", Classification.INTERN, dossiers=(dossier,), content_hash="0" * 64)
    lines = [
        line.replace("\xa0", " ").strip()
        for page in _render(pack, tmp_path / "p.pdf")
        for line in page.splitlines()
    ]
    assert sum("€ 675 mln" in line for line in lines) == 60
    assert sum("€ 1 mld" in line for line in lines) == 60
    for line in lines:
        assert not line.endswith("€") and not re.search(r"€ \d+(,\d+)?$", line), line
        assert not re.match(r"(mln|mld)\b", line), line
