"""The first exchange between two databases built from the same dataset: no false conflicts."""

import pytest

from briefing_app.cli import main
from briefing_app.services.exchange.bundle import export_bundle, read_bundle
from briefing_app.services.exchange.crypto import KdfParams
from briefing_app.services.exchange.importing import CHANGED, CONFLICT, MINE, SAME, plan_import
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

SECRET = "correct paard batterij"
POINT = "gemeentefonds-tp-opschalingskorting"


@pytest.fixture
def two_inits(tmp_path):
    """A and B, each made with `briefing init` from the default dataset."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert main(["--db", str(a), "init"]) == 0
    assert main(["--db", str(b), "init"]) == 0
    return a, b


def _some_point(db):
    return next(db.query("SELECT id FROM talking_points ORDER BY id"))["id"]


def test_an_edit_in_a_only_is_changed_not_a_conflict(two_inits, tmp_path, capsys):
    a, b = two_inits
    db = connect(a)
    point = _some_point(db)
    Repository(db, "Alice").update("talking_point", point, {"text": "Alleen Alice"})
    db.close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(SECRET + "\n")
    bundle = tmp_path / "a.bundle"
    pw = ["--passphrase-file", str(secret)]
    assert main(["--db", str(a), "bundle", "export", "-o", str(bundle), *pw]) == 0
    capsys.readouterr()
    assert main(["--db", str(b), "bundle", "import", str(bundle), "--dry-run", *pw]) == 0
    out = capsys.readouterr().out
    assert "1 gewijzigd, 0 verwijderd, 0 conflict" in out and "[conflict]" not in out, out


def test_first_exchange_tells_one_sided_edits_from_real_conflicts(two_inits, tmp_path):
    a_db, b_db = connect(two_inits[0]), connect(two_inits[1])
    points = [r["id"] for r in a_db.query("SELECT id FROM talking_points ORDER BY id LIMIT 3")]
    alice, bob = Repository(a_db, "Alice"), Repository(b_db, "Bob")
    alice.update("talking_point", points[0], {"text": "Alleen Alice"})
    bob.update("talking_point", points[1], {"text": "Alleen Bob"})
    alice.update("talking_point", points[2], {"text": "Alice hier"})
    bob.update("talking_point", points[2], {"text": "Bob daar"})
    export_bundle(a_db, two_inits[0].with_suffix(".bundle"), SECRET, kdf=KdfParams(log2_n=14))
    plan = plan_import(b_db, read_bundle(two_inits[0].with_suffix(".bundle"), SECRET))
    status = {c.item.id: c.status for c in plan.changes}
    assert [status[p] for p in points] == [CHANGED, MINE, CONFLICT]
    assert sum(s == SAME for s in status.values()) == len(status) - 3
    a_db.close()
    b_db.close()


def test_the_default_data_carries_no_dot(two_inits):
    """Every database built from the dataset starts from the same values: no replica owns them."""
    for path in two_inits:
        database = connect(path)
        assert database.execute(
            "SELECT count(*) FROM revisions WHERE replica IS NOT NULL"
        ).fetchone() == (0,)
        assert database.execute("SELECT count(*) FROM replica").fetchone() == (0,)
        database.close()
