"""The pre-export check lists a malformed figure reference (`{fig:a b}`), which the pack would
print as written, in the check's fields and in its summary."""

from __future__ import annotations

import datetime as dt

import packdata

from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

TODAY = dt.date(2024, 6, 1)


def test_a_malformed_reference_is_listed_by_the_check():
    db = connect(":memory:")
    repo = Repository(db, user="Test Gebruiker")
    data = packdata.build(repo)
    repo.create(
        "talking_point",
        {
            "dossier_id": data.wonen,
            "kind": "talking_point",
            "classification": "openbaar",
            "text": "De korting {fig:gemeentefonds-clien Extra zin.ten-6} en {fig:korting}.",
        },
    )
    prepared = prepare_pack(db, PackRequest(Classification.OPENBAAR, data.meeting), today=TODAY)
    report = prepared.check
    assert report.malformed_references == ("Wonen: {fig:gemeentefonds-clien Extra zin.ten-6}",)
    assert not report.clean
    lines = report.summary_lines()
    assert "- Onjuiste cijferverwijzingen (niet ingevuld): 1" in lines
    assert "    · Wonen: {fig:gemeentefonds-clien Extra zin.ten-6}" in lines
    db.close()
