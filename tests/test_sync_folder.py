"""`briefing sync MAP`: a shared folder as the post office, conflicts queued and decided later."""

from __future__ import annotations

import shutil

import pytest
from sync_helpers import content

from briefing_app.cli import main
from briefing_app.services.exchange import folder as folder_module
from briefing_app.services.exchange.crypto import KdfParams, seal
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

SECRET = "delegatie wachtwoord 2024"
POINT = "gemeentefonds-tp-uitgangspositie"


@pytest.fixture
def delegation(default_db_file, tmp_path, monkeypatch):
    """Three members' databases, a shared folder and the delegation's passphrase file."""
    monkeypatch.setattr(
        folder_module, "seal", lambda data, secret, kdf=None: seal(data, secret, KdfParams(14))
    )
    paths = {}
    for member in ("Anna", "Bram", "Cor"):
        paths[member] = tmp_path / f"{member}.db"
        shutil.copyfile(default_db_file, paths[member])
    shared = tmp_path / "usb"
    shared.mkdir()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(SECRET + "\n")
    return paths, shared, secret


def sync(paths, member, shared, secret, *extra):
    args = ["--db", str(paths[member]), "sync", str(shared), "--naam", member]
    return main([*args, "--passphrase-file", str(secret), *extra])


def edit(path, change):
    db = connect(path)
    try:
        change(Repository(db, "test"))
    finally:
        db.close()


def test_three_members_converge_through_a_folder_and_foreign_files_stay(delegation, capsys):
    paths, shared, secret = delegation
    foreign = shared / "agenda.docx"
    foreign.write_bytes(b"niet van Briefing")
    edit(paths["Anna"], lambda r: r.delete("talking_point", POINT))
    edit(
        paths["Bram"],
        lambda r: r.update("hard_question", _first(paths["Bram"], "hard_questions"),
                           {"answer": "Bram weet het"}),
    )  # fmt: skip
    for member in ("Anna", "Bram", "Cor", "Anna", "Bram"):
        assert sync(paths, member, shared, secret) == 0
    out = capsys.readouterr().out
    assert "Gelezen:" in out and "van Anna" in out and "1 verwijderd" in out
    names = sorted(p.name for p in shared.iterdir())
    assert len(names) == 4 and "agenda.docx" in names
    assert sorted(n.split("-")[0] for n in names if n.endswith(".briefing")) == [
        "anna", "bram", "cor"
    ]  # fmt: skip
    assert foreign.read_bytes() == b"niet van Briefing"
    dbs = [connect(p) for p in paths.values()]
    try:
        assert content(dbs[0]) == content(dbs[1]) == content(dbs[2])
        assert not dbs[2].execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    finally:
        for db in dbs:
            db.close()
    # Once everyone has everything, files stay as they are and a sync reads nothing again.
    for member in ("Cor", "Anna", "Bram"):
        assert sync(paths, member, shared, secret) == 0
    capsys.readouterr()
    assert sync(paths, "Cor", shared, secret) == 0
    assert "Geen nieuwe bundels" in capsys.readouterr().out


def _first(path, table):
    db = connect(path)
    try:
        return db.execute(f"SELECT id FROM {table} ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        db.close()


def test_a_conflict_waits_in_the_queue_and_is_decided_later(delegation, capsys):
    paths, shared, secret = delegation
    db = connect(paths["Anna"])
    before = Repository(db).get("talking_point", POINT)["text"]
    db.close()
    anna = before + " Anna vult aan."
    edit(paths["Anna"], lambda r: r.update("talking_point", POINT, {"text": anna}))
    edit(paths["Bram"], lambda r: r.update("talking_point", POINT, {"text": "Bram zegt dat"}))
    assert sync(paths, "Anna", shared, secret) == 0
    assert sync(paths, "Bram", shared, secret) == 0
    assert "1 conflict(en) wachten op uw keuze" in capsys.readouterr().out
    assert main(["--db", str(paths["Bram"]), "conflicten"]) == 0
    shown = capsys.readouterr().out
    assert "Tekst (van Anna" in shown
    assert "mijn versie:       Bram zegt dat" in shown
    assert "hun versie:        " + before[:40] in shown
    assert "gemeenschappelijk: " + before[:40] in shown
    assert "zij veranderden:   " in shown and "{+Anna vult aan.+}" in shown
    assert "ik veranderde:     [-" in shown and "{+Bram+}" in shown
    number = shown.split("]")[0].lstrip("[")
    assert main(["--db", str(paths["Bram"]), "conflicten", "--kies", number, "--hun"]) == 0
    assert main(["--db", str(paths["Bram"]), "conflicten"]) == 0
    assert "Geen open conflicten" in capsys.readouterr().out
    assert sync(paths, "Bram", shared, secret) == 0
    assert sync(paths, "Anna", shared, secret) == 0
    for member in ("Anna", "Bram"):
        db = connect(paths[member])
        assert Repository(db).get("talking_point", POINT)["text"] == anna
        db.close()


def test_a_file_under_another_passphrase_is_skipped_and_nothing_lost(delegation, capsys):
    paths, shared, secret = delegation
    other = secret.with_name("ander.txt")
    other.write_text("een ander wachtwoord\n")
    assert sync(paths, "Anna", shared, other) == 0
    assert sync(paths, "Bram", shared, secret) == 0
    out = capsys.readouterr().out
    assert "Overgeslagen: anna-" in out and "wachtwoord is onjuist" in out


def test_deleted_items_are_listed_and_come_back(delegation, capsys):
    paths, shared, secret = delegation
    edit(paths["Anna"], lambda r: r.delete("talking_point", POINT))
    sync(paths, "Anna", shared, secret)
    sync(paths, "Bram", shared, secret)
    assert main(["--db", str(paths["Bram"]), "verwijderd"]) == 0
    assert f"{POINT}  Spreekpunt:" in capsys.readouterr().out
    assert main(["--db", str(paths["Bram"]), "verwijderd", "--terug", POINT]) == 0
    sync(paths, "Bram", shared, secret)
    sync(paths, "Anna", shared, secret)
    db = connect(paths["Anna"])
    assert db.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    db.close()
    assert main(["--db", str(paths["Anna"]), "collegas"]) == 0
    assert "Bram (" in capsys.readouterr().out


def test_a_delete_refused_on_the_command_line_travels_back(delegation, capsys):
    paths, shared, secret = delegation
    edit(paths["Anna"], lambda r: r.delete("talking_point", POINT))
    bundle = shared.parent / "voor-bram.briefing"
    pw = ["--passphrase-file", str(secret)]
    anna, bram = str(paths["Anna"]), str(paths["Bram"])
    assert main(["--db", anna, "bundle", "export", "-o", str(bundle), *pw]) == 0
    capsys.readouterr()
    assert main(["--db", bram, "bundle", "import", str(bundle), "--dry-run", *pw]) == 0
    shown = capsys.readouterr().out
    assert "[verwijderd] Spreekpunt: " in shown and "(door test, " in shown
    assert f"(id {POINT})" in shown
    args = ["bundle", "import", str(bundle), "--yes", "--weiger", POINT, *pw]
    assert main(["--db", bram, *args]) == 0
    db = connect(paths["Bram"])
    assert db.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    db.close()
    # Bram's refusal is a decision that travels: Anna's next sync brings the point back.
    sync(paths, "Bram", shared, secret)
    sync(paths, "Anna", shared, secret)
    db = connect(paths["Anna"])
    assert db.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    db.close()


def test_a_sync_leaves_the_colleagues_files_as_they_are(delegation):
    paths, shared, secret = delegation
    sync(paths, "Anna", shared, secret)
    (anna_file,) = shared.glob("anna-*.briefing")
    before = (anna_file.read_bytes(), anna_file.stat().st_mtime_ns)
    edit(paths["Bram"], lambda r: r.update("talking_point", POINT, {"status": "draft"}))
    sync(paths, "Bram", shared, secret)
    assert (anna_file.read_bytes(), anna_file.stat().st_mtime_ns) == before
    # The name given once stays, also when a later sync is run without it.
    assert main(["--db", str(paths["Bram"]), "sync", str(shared), "--passphrase-file",
                 str(secret)]) == 0  # fmt: skip
    assert sorted(p.name.split("-")[0] for p in shared.glob("*.briefing")) == ["anna", "bram"]


def test_a_bundle_for_one_colleague_carries_only_what_they_have_not_seen(delegation, capsys):
    from briefing_app.services.exchange.bundle import read_bundle

    paths, shared, secret = delegation
    sync(paths, "Anna", shared, secret)
    sync(paths, "Bram", shared, secret)
    sync(paths, "Anna", shared, secret)  # Anna now knows what Bram has seen
    edit(paths["Anna"], lambda r: r.update("talking_point", POINT, {"status": "draft"}))
    target = shared.parent / "voor-bram.briefing"
    pw = ["--passphrase-file", str(secret)]
    anna = ["--db", str(paths["Anna"]), "bundle", "export"]
    assert main([*anna, "--voor", "Bram", "-o", str(target), *pw]) == 0
    bundle = read_bundle(target, SECRET)
    assert [item.id for item in bundle.items] == [POINT] and bundle.member == "Anna"
    assert main([*anna, "--voor", "Cor", "-o", str(shared.parent / "x.briefing"), *pw]) == 2
    assert "Geen collega 'Cor' bekend (bekend: Bram)" in capsys.readouterr().err


def test_on_a_terminal_the_higher_classification_is_proposed_and_can_be_overruled(
    delegation, capsys, monkeypatch
):
    import sys

    paths, shared, secret = delegation
    edit(
        paths["Anna"],
        lambda r: r.update("talking_point", POINT, {"classification": "vertrouwelijk"}),
    )
    edit(paths["Bram"], lambda r: r.update("talking_point", POINT, {"classification": "intern"}))
    bundle = shared.parent / "anna.briefing"
    pw = ["--passphrase-file", str(secret)]
    assert main(["--db", str(paths["Anna"]), "bundle", "export", "-o", str(bundle), *pw]) == 0
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter(["m", "j"])  # keep mine (intern) against the proposal; then confirm
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["--db", str(paths["Bram"]), "bundle", "import", str(bundle), *pw]) == 0
    out = capsys.readouterr().out
    assert "de hogere rubricering (hun versie) geldt, tenzij u anders kiest" in out
    db = connect(paths["Bram"])
    assert Repository(db).get("talking_point", POINT)["classification"] == "intern"
    db.close()


def test_a_member_who_joins_later_gets_everything(delegation):
    paths, shared, secret = delegation
    edit(paths["Anna"], lambda r: r.update("talking_point", POINT, {"status": "draft"}))
    for member in ("Anna", "Bram", "Anna", "Bram"):
        sync(paths, member, shared, secret)
    # Anna's and Bram's files now hold only what the other had not seen: nothing.
    sync(paths, "Cor", shared, secret)
    for member in ("Anna", "Bram", "Cor"):
        sync(paths, member, shared, secret)
    dbs = [connect(p) for p in paths.values()]
    try:
        assert Repository(dbs[2]).get("talking_point", POINT)["status"] == "draft"
        assert content(dbs[0]) == content(dbs[1]) == content(dbs[2])
    finally:
        for db in dbs:
            db.close()
