"""The default dataset's mid-June meeting in all three editions: nothing above an edition leaks.

Every text of every item classified above the edition is looked for in the extracted text of the
pack; every text at or below it that belongs to the meeting's dossiers must be there.
"""

from __future__ import annotations

import pytest
from pdftext import all_text

from briefing_app.domain.classification import Classification
from briefing_app.paths import dataset_dir
from briefing_app.services.dataset.build import build_database
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

MEETING = "overleg-kabinet-juni-2024"
TEXTS = {  # table -> the columns a pack may print
    "talking_points": ("text",),
    "positions": ("text", "our_answer"),
    "hard_questions": ("question", "answer"),
    "figures": ("label",),
    "agenda_items": ("aim",),
}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("default")
    build_database(dataset_dir(), folder / "briefing.db")
    db = connect(folder / "briefing.db")
    repo = Repository(db, user="t")
    packs = {}
    for edition in Classification:
        prepared = prepare_pack(db, PackRequest(edition, MEETING))
        result = write_pack(repo, prepared, folder / f"{edition.value}.pdf")
        packs[edition] = flat(all_text(result.path))
    yield db, packs
    db.close()


def agenda_texts(db):
    """(classification, snippet) of every printable text in the meeting's agenda dossiers."""
    dossiers = [
        r["dossier_id"]
        for r in db.query("SELECT dossier_id FROM agenda_items WHERE meeting_id = ?", [MEETING])
    ]
    assert dossiers, "the mid-June meeting has an agenda"
    marks = ",".join("?" * len(dossiers))
    out = []
    for table, columns in TEXTS.items():
        for row in db.query(f"SELECT * FROM [{table}] WHERE dossier_id IN ({marks})", dossiers):
            level = row["classification"]
            if table == "positions" and row["kind"] in ("bottom_line", "batna"):
                level = "vertrouwelijk"  # shown only in that edition, whatever its own level
            for column in columns:
                text = flat(row[column] or "")
                if len(text) >= 25 and "{fig:" not in text[:40]:
                    out.append((Classification(level), text[:40]))
    return out


@pytest.mark.parametrize("edition", list(Classification))
def test_edition_has_exactly_the_texts_it_may_have(written, edition):
    db, packs = written
    text = packs[edition]
    texts = agenda_texts(db)
    allowed = {snippet for level, snippet in texts if edition.allows(level)}
    for level, snippet in texts:
        if edition.allows(level):
            assert snippet in text, (level, snippet)
        elif snippet not in allowed:
            assert snippet not in text, (level, snippet)
