"""Exact options, bounded input, terminal-safe output (reproduction 8 of the attack report).

`--passphrase SECRET` was taken for `--passphrase-file`; a bundle of a newer schema imported;
a sealed bundle with odd ids or another dossier's items overwrote that dossier; codes took
newlines, ESC and `../..`; text output copied control characters from the data.
"""

from __future__ import annotations

import dataclasses

import pytest

from briefing_app.cli import main
from briefing_app.domain.validation import ValidationError
from briefing_app.services.exchange.bundle import export_bundle, read_bundle
from briefing_app.services.exchange.crypto import BundleError, KdfParams
from briefing_app.services.exchange.importing import plan_import
from briefing_app.store.connection import connect
from briefing_app.store.migrations import latest_version
from briefing_app.store.repository import Repository

FAST = KdfParams(log2_n=14)
SECRET = "correct paard batterij"


@pytest.mark.parametrize(
    "args",
    [
        ["bundle", "export", "--dossier", "wonen", "-o", "x.b", "--passphrase", "GEHEIM-42"],
        ["bundle", "export", "--dossier", "wonen", "-o", "x.b", "--passphrase=GEHEIM-42"],
        ["bundle", "import", "x.b", "--passphrase-f", "GEHEIM-42"],
    ],
)
def test_a_passphrase_option_is_never_abbreviated_and_never_echoed(db_file, capsys, args):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_file), *args])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "GEHEIM-42" not in err and "onbekende" in err


@pytest.mark.parametrize(
    "args", [["--d", "x.db", "dossiers"], ["show", "wonen", "--edi", "openbaar"]]
)
def test_no_option_is_abbreviated(db_file, capsys, args):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_file), *args] if args[0] != "--d" else args)
    assert exit_info.value.code == 2


@pytest.mark.parametrize("bad", ["a\nb", "\x1b[31mrood", "../..", "a/b", "a b", ".x", "x" * 81, ""])
def test_codes_refuse_newlines_escapes_and_paths(repo, bad):
    with pytest.raises(ValidationError):
        repo.create("dossier", {"slug": bad, "title": "Wonen"})
    dossier = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    with pytest.raises(ValidationError):
        repo.create("figure", {"dossier_id": dossier, "key": bad, "label": "X", "unit": "number"})


def test_ordinary_codes_still_pass(repo):
    repo.create("dossier", {"slug": "gemeentefonds-2025", "title": "G"})
    repo.create("dossier", {"slug": "Wmo_v2.1", "title": "W"})


def test_terminal_output_escapes_controls_and_keeps_one_line_per_row(db_file, capsys):
    db = connect(db_file)
    Repository(db).create(
        "dossier", {"slug": "vreemd", "title": "Regel een\nRegel\x1b[2J twee\x07"}
    )
    db.close()
    assert main(["--db", str(db_file), "dossiers"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out
    rows = [line for line in out.splitlines() if "vreemd" in line]
    assert len(rows) == 1 and "Regel een Regel" in rows[0]


def test_json_output_stays_exact(db_file, capsys):
    db = connect(db_file)
    Repository(db).create("dossier", {"slug": "vreemd", "title": "a\x1bb\u0085c"})
    db.close()
    assert main(["--db", str(db_file), "dossiers", "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert "a\x1bb\u0085c" in [d["title"] for d in data]


@pytest.fixture
def alice(tmp_path):
    db = connect(tmp_path / "alice.db")
    repo = Repository(db, user="Alice")
    wonen = repo.create("dossier", {"slug": "wonen", "title": "Wonen"}, item_id="d-wonen")
    repo.create("dossier", {"slug": "jeugdzorg", "title": "Jeugdzorg"}, item_id="d-jeugd")
    repo.create(
        "talking_point",
        {"dossier_id": wonen, "kind": "key_message", "text": "Bouwen"},
        item_id="tp-wonen",
    )
    yield db
    db.close()


def bundle_of(db, tmp_path, dossiers=("wonen",)):
    path = tmp_path / "b.bundle"
    export_bundle(db, path, SECRET, dossiers=list(dossiers), kdf=FAST)
    return read_bundle(path, SECRET)


def test_a_bundle_of_a_newer_schema_is_refused(alice, tmp_path):
    bundle = dataclasses.replace(bundle_of(alice, tmp_path), schema_version=latest_version() + 1)
    with pytest.raises(BundleError, match="nieuwere Briefing"):
        plan_import(alice, bundle)


@pytest.mark.parametrize("bad_id", ["../../x", "a\nb", "\x1b]0;x\x07"])
def test_a_bundle_with_odd_ids_is_refused(alice, tmp_path, bad_id):
    bundle = bundle_of(alice, tmp_path)
    items = tuple(
        dataclasses.replace(i, id=bad_id) if i.kind == "talking_point" else i for i in bundle.items
    )
    with pytest.raises(BundleError, match="ongeldige id"):
        plan_import(alice, dataclasses.replace(bundle, items=items))


def test_a_bundle_cannot_overwrite_another_dossiers_item(alice, tmp_path):
    """A wonen bundle whose talking point claims the id of a jeugdzorg item here."""
    repo = Repository(alice)
    repo.create(
        "talking_point",
        {"dossier_id": "d-jeugd", "kind": "key_message", "text": "Jeugd"},
        item_id="tp-jeugd",
    )
    bundle = bundle_of(alice, tmp_path)
    items = tuple(
        dataclasses.replace(i, id="tp-jeugd", values={**i.values, "text": "Overschreven"})
        if i.kind == "talking_point"
        else i
        for i in bundle.items
    )
    with pytest.raises(BundleError, match="jeugdzorg"):
        plan_import(alice, dataclasses.replace(bundle, items=items))
    text = alice.execute("SELECT text FROM talking_points WHERE id = 'tp-jeugd'").fetchone()[0]
    assert text == "Jeugd"


def test_a_bundle_reusing_another_dossiers_code_is_refused(alice, tmp_path):
    bundle = bundle_of(alice, tmp_path)
    items = tuple(
        dataclasses.replace(i, values={**i.values, "slug": "jeugdzorg"})
        if i.kind == "dossier"
        else i
        for i in bundle.items
    )
    with pytest.raises(BundleError, match="ander dossier"):
        plan_import(alice, dataclasses.replace(bundle, items=items))


def test_the_same_item_twice_is_refused(alice, tmp_path):
    bundle = bundle_of(alice, tmp_path)
    with pytest.raises(BundleError, match="meer dan eens"):
        plan_import(alice, dataclasses.replace(bundle, items=bundle.items + bundle.items[-1:]))


def test_search_output_shows_matches_without_marker_bytes(db_file, capsys):
    assert main(["--db", str(db_file), "search", "taken"]) == 0
    out = capsys.readouterr().out
    assert "Geen nieuwe taken" in out and "\\x0" not in out
