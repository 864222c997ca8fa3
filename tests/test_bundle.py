"""Bundles: encrypted exchange, the import preview (new, changed, conflicting) and its choices."""

from __future__ import annotations

import struct
import time

import pytest

from briefing_app.cli import main
from briefing_app.services.exchange import crypto as bundle_crypto
from briefing_app.services.exchange.applying import apply_import
from briefing_app.services.exchange.bundle import export_bundle, read_bundle
from briefing_app.services.exchange.crypto import (
    CANNOT_OPEN,
    HEADER_SIZE,
    NOT_A_BUNDLE,
    BundleError,
    KdfParams,
    seal,
    unseal,
)
from briefing_app.services.exchange.importing import (
    CHANGED,
    CONFLICT,
    KEEP_MINE,
    MINE,
    NEW,
    SAME,
    THEIRS,
    plan_import,
)
from briefing_app.store.backup import list_backups
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

FAST = KdfParams(log2_n=14)  # the lowest cost a bundle may claim; keeps the tests quick
SECRET = "correct paard batterij"


def dump(db):
    return [line for line in db.conn.iterdump() if "shared_state" not in line]


@pytest.fixture
def alice(tmp_path):
    db = connect(tmp_path / "alice.db")
    repo = Repository(db, user="Alice")
    wonen = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    source = repo.create("source", {"title": "Ledenbrief 24 mei", "kind": "resolutie"})
    repo.create(
        "talking_point",
        {
            "dossier_id": wonen,
            "kind": "key_message",
            "text": "Bouwen <nu> & snel",
            "source_id": source,
        },
    )
    repo.create(
        "figure",
        {
            "dossier_id": wonen,
            "key": "opschalingskorting",
            "label": "Opschalingskorting",
            "value": 675e6,
            "unit": "eur",
            "series": {"2026": 75e6, "2029": 300e6},
        },
    )
    jeugd = repo.create("dossier", {"slug": "jeugdzorg", "title": "Jeugdzorg"})
    repo.create(
        "hard_question", {"dossier_id": jeugd, "question": "Wie betaalt?", "answer": "Rijk"}
    )
    yield db
    db.close()


@pytest.fixture
def bob(tmp_path):
    db = connect(tmp_path / "bob.db")
    yield db
    db.close()


def send(db, path, dossiers=None):
    export_bundle(db, path, SECRET, dossiers=dossiers, kdf=FAST)
    return read_bundle(path, SECRET)


def test_round_trip_into_an_empty_database(alice, bob, tmp_path):
    bundle = send(alice, tmp_path / "a.bundle")
    plan = plan_import(bob, bundle)
    assert {c.status for c in plan.changes} == {NEW}
    result = apply_import(bob, plan)
    assert result.added == len(bundle.items) == 6
    for table in ("dossiers", "sources", "talking_points", "figures", "hard_questions"):
        assert list(alice.query(f"SELECT * FROM {table} ORDER BY id")) == [
            {**row, "created_at": a["created_at"], "updated_at": a["updated_at"]}
            for row, a in zip(
                bob.query(f"SELECT * FROM {table} ORDER BY id"),
                alice.query(f"SELECT * FROM {table} ORDER BY id"),
                strict=True,
            )
        ]
    # Applied through the repository: every new item has its history.
    assert bob.execute("SELECT count(*) FROM revisions WHERE action = 'create'").fetchone()[0] == 6


def test_the_file_holds_no_plain_text(alice, tmp_path):
    path = tmp_path / "a.bundle"
    export_bundle(alice, path, SECRET, kdf=FAST)
    data = path.read_bytes()
    for word in (b"Opschalingskorting", b"Bouwen", b"wonen", b"Wie betaalt"):
        assert word not in data
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_chosen_dossiers_bring_what_they_cite(alice, bob, tmp_path):
    bundle = send(alice, tmp_path / "w.bundle", dossiers=["wonen"])
    kinds = sorted(i.kind for i in bundle.items)
    assert kinds == ["dossier", "figure", "source", "talking_point"]
    with pytest.raises(BundleError, match="Onbekend dossier: bestaatniet"):
        send(alice, tmp_path / "x.bundle", dossiers=["bestaatniet"])


def test_one_sided_changes_and_real_conflicts(alice, bob, tmp_path):
    apply_import(bob, plan_import(bob, send(alice, tmp_path / "1.bundle")))
    a, b = Repository(alice, "Alice"), Repository(bob, "Bob")
    point = next(alice.query("SELECT id FROM talking_points"))["id"]
    question = next(alice.query("SELECT id FROM hard_questions"))["id"]
    figure = next(alice.query("SELECT id FROM figures"))["id"]
    a.update("talking_point", point, {"text": "Alleen Alice"})  # only theirs changed
    b.update("hard_question", question, {"answer": "Alleen Bob"})  # only mine changed
    a.update("figure", figure, {"value": 700e6})  # both changed: a conflict
    b.update("figure", figure, {"value": 650e6})
    plan = plan_import(bob, send(alice, tmp_path / "2.bundle"))
    status = {c.item.id: c.status for c in plan.changes}
    assert status[point] == CHANGED and status[question] == MINE and status[figure] == CONFLICT
    assert sum(s == SAME for s in status.values()) == 3
    conflict = plan.conflicts[0]
    assert conflict.fields == ("Waarde",)
    with pytest.raises(BundleError, match="conflict"):
        apply_import(bob, plan)
    apply_import(bob, plan, {figure: KEEP_MINE})
    assert b.get("talking_point", point)["text"] == "Alleen Alice"
    assert b.get("hard_question", question)["answer"] == "Alleen Bob"
    assert b.get("figure", figure)["value"] == 650e6
    # Having seen Alice's value, Bob's own is now simply newer, no longer a conflict.
    again = plan_import(bob, send(alice, tmp_path / "3.bundle"))
    assert {c.item.id: c.status for c in again.changes}[figure] == MINE


def test_take_theirs_resolves_every_conflict(alice, bob, tmp_path):
    apply_import(bob, plan_import(bob, send(alice, tmp_path / "1.bundle")))
    figure = next(alice.query("SELECT id FROM figures"))["id"]
    Repository(alice).update("figure", figure, {"value": 1.0})
    Repository(bob).update("figure", figure, {"value": 2.0})
    plan = plan_import(bob, send(alice, tmp_path / "2.bundle"))
    apply_import(bob, plan, default_resolution=THEIRS)
    assert Repository(bob).get("figure", figure)["value"] == 1.0


def test_items_match_by_code_across_separately_built_databases(alice, bob, tmp_path):
    Repository(bob).create("dossier", {"slug": "wonen", "title": "Wonen"})
    plan = plan_import(bob, send(alice, tmp_path / "a.bundle"))
    dossier = next(c for c in plan.changes if c.kind.name == "dossier" and c.title == "Wonen")
    assert dossier.status == SAME
    apply_import(bob, plan)
    bob_wonen = next(bob.query("SELECT id FROM dossiers WHERE slug = 'wonen'"))["id"]
    assert {r["dossier_id"] for r in bob.query("SELECT dossier_id FROM figures")} == {bob_wonen}


def test_import_makes_a_backup_first(alice, tmp_path):
    target = connect(tmp_path / "doel.db")
    try:
        result = apply_import(target, plan_import(target, send(alice, tmp_path / "a.bundle")))
        assert result.backup is not None
        assert [b.reason for b in list_backups(tmp_path / "doel.db")] == ["import"]
    finally:
        target.close()


def test_an_invalid_item_refuses_the_whole_bundle(alice, bob, tmp_path, monkeypatch):
    bundle = send(alice, tmp_path / "a.bundle")
    plan = plan_import(bob, bundle)
    bad = next(c for c in plan.changes if c.kind.name == "figure")
    bad.item.values["unit"] = "gulden"
    before = dump(bob)
    with pytest.raises(BundleError, match="ongeldig item"):
        apply_import(bob, plan)
    assert dump(bob) == before


@pytest.fixture(scope="module")
def sealed():
    return seal(b'{"hello": "wereld"}' * 20, SECRET, FAST)


def test_wrong_passphrase_is_refused(sealed):
    with pytest.raises(BundleError) as caught:
        unseal(sealed, "verkeerd wachtwoord")
    assert str(caught.value) == CANNOT_OPEN


@pytest.mark.parametrize("offset", [0, 8, 9, 10, 11, 12, 20, 36, 40, 41, 60, -17, -1])
def test_any_flipped_bit_is_refused(sealed, offset):
    data = bytearray(sealed)
    data[offset] ^= 0x01
    with pytest.raises(BundleError) as caught:
        unseal(bytes(data), SECRET)
    assert str(caught.value) in (CANNOT_OPEN, NOT_A_BUNDLE) or "andere versie" in str(caught.value)


@pytest.mark.parametrize("length", [0, 7, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 15, -1])
def test_truncated_files_are_refused(sealed, length):
    with pytest.raises(BundleError, match="niets gewijzigd"):
        unseal(sealed[:length], SECRET)


@pytest.mark.parametrize(
    "params", [(40, 8, 1), (20, 16, 1), (14, 200, 1), (14, 8, 255), (2, 8, 1), (14, 0, 1)]
)
def test_absurd_kdf_parameters_are_refused_before_deriving(sealed, params, monkeypatch):
    def never(**kwargs):
        raise AssertionError("scrypt must not run on absurd parameters")

    monkeypatch.setattr(bundle_crypto, "Scrypt", never)
    data = bytearray(sealed)
    struct.pack_into(">BBB", data, 9, *params)
    started = time.monotonic()
    with pytest.raises(BundleError, match="geen \\(volledige\\) Briefing-bundel"):
        unseal(bytes(data), SECRET)
    assert time.monotonic() - started < 1


def test_a_hand_made_file_is_refused(tmp_path):
    fake = b"BRIEFBUN" + bytes([1, 14, 8, 1]) + b"\x00" * 28 + b"nep" * 30
    with pytest.raises(BundleError, match="onjuist"):
        unseal(fake, SECRET)
    with pytest.raises(BundleError, match="geen"):
        unseal(b"PK\x03\x04" + b"\x00" * 200, SECRET)


def test_short_passphrases_are_refused():
    with pytest.raises(BundleError, match="minstens 8"):
        seal(b"x", "kort", FAST)


def test_cli_export_and_import(alice, tmp_path, capsys, monkeypatch):
    alice.close()
    connect(tmp_path / "bob.db").close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(SECRET + "\n")
    out = tmp_path / "wonen.bundle"
    args = ["--passphrase-file", str(secret)]
    a, b = str(tmp_path / "alice.db"), str(tmp_path / "bob.db")
    assert main(["--db", a, "bundle", "export", "--dossier", "wonen", "-o", str(out), *args]) == 0
    assert main(["--db", b, "bundle", "import", str(out), "--dry-run", *args]) == 0
    shown = capsys.readouterr().out
    assert "[nieuw] Kerncijfer: Opschalingskorting" in shown and "Er is niets gewijzigd" in shown
    assert main(["--db", b, "bundle", "import", str(out), "--yes", *args]) == 0
    assert "Ingelezen: 4 nieuw" in capsys.readouterr().out
    monkeypatch.setenv("BRIEFING_PASSPHRASE", "helemaal fout")
    assert main(["--db", b, "bundle", "import", str(out), "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"briefing: {CANNOT_OPEN}"
