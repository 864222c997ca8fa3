"""The probe of issue 9: one dossier with a vertrouwelijk figure cited in an openbaar talking
point, an escalation strategy, a BATNA classified openbaar (as a database from before the rule
could hold) and a source above the edition. No surface may show any of it below vertrouwelijk.
"""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.domain.edition import WITHHELD_MARK
from briefing_app.domain.validation import ValidationError
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

SECRET_VALUE = "9.876.543"


@pytest.fixture
def probe_db(default_db_copy):
    db = connect(default_db_copy)
    repo = Repository(db, user="Probe")
    wmo = str(db.execute("SELECT id FROM dossiers WHERE slug = 'wmo'").fetchone()[0])
    repo.update("dossier", wmo, {"escalation": "GEHEIM-escalatie: extra ALV bijeenroepen."})
    repo.create(
        "figure",
        {
            "dossier_id": wmo,
            "key": "geheim_tekort",
            "label": "GEHEIM-tekort",
            "value": 9_876_543,
            "unit": "number",
            "classification": "vertrouwelijk",
        },
    )
    secret_source = repo.create(
        "source", {"title": "GEHEIM-bron: notitie", "classification": "vertrouwelijk"}
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": wmo,
            "kind": "talking_point",
            "classification": "openbaar",
            "text": "OPEN-spreekpunt: het tekort is {fig:geheim_tekort}.",
            "source_id": secret_source,
            "source_section": "§ 2",
        },
    )
    batna = repo.create(
        "position",
        {"dossier_id": wmo, "party": "ours", "kind": "batna", "text": "GEHEIM-batna: arbitrage."},
    )
    with repo.change_set():  # what an older database may hold; the store refuses it now
        db.execute("UPDATE positions SET classification = 'openbaar' WHERE id = ?", [batna])
    db.close()
    return default_db_copy


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("edition", ["openbaar", "intern"])
@pytest.mark.parametrize("as_json", [False, True])
def test_show_below_vertrouwelijk_shows_nothing_secret(capsys, probe_db, edition, as_json):
    out = run(capsys, probe_db, "show", "wmo", "--editie", edition, *(["--json"] * as_json))
    assert "OPEN-spreekpunt" in out
    assert SECRET_VALUE not in out and "9876543" not in out
    assert "GEHEIM-" not in out  # escalation, BATNA, figure label, source title
    assert "Plan B, de escalatiestrategie" not in out  # the dataset's own (vertrouwelijk) BATNA
    if as_json:
        data = json.loads(out)
        spreek = next(t for t in data["talking_points"] if "OPEN-spreekpunt" in t["text"])
        assert WITHHELD_MARK in spreek["rendered"]["text"]
        assert data["escalation"] == ""
        assert all(p["kind"] not in ("batna", "bottom_line") for p in data["positions"])
    else:
        assert WITHHELD_MARK in out
        assert "Bron: bron niet in deze editie, § 2" in out


def test_show_vertrouwelijk_shows_everything(capsys, probe_db):
    out = run(capsys, probe_db, "show", "wmo", "--editie", "vertrouwelijk")
    for marker in ("GEHEIM-escalatie", "GEHEIM-batna", "GEHEIM-bron", SECRET_VALUE):
        assert marker in out


def test_store_refuses_a_batna_below_vertrouwelijk(repo, dossier):
    with pytest.raises(ValidationError) as caught:
        repo.create(
            "position",
            {
                "dossier_id": dossier,
                "party": "ours",
                "kind": "batna",
                "text": "x",
                "classification": "intern",
            },
        )
    assert "altijd vertrouwelijk" in caught.value.message
    bottom = repo.create(
        "position", {"dossier_id": dossier, "party": "ours", "kind": "bottom_line", "text": "y"}
    )
    assert repo.get("position", bottom)["classification"] == "vertrouwelijk"
    with pytest.raises(ValidationError, match="Ondergrens is altijd vertrouwelijk"):
        repo.update("position", bottom, {"classification": "openbaar"})
    target = repo.create(
        "position",
        {"dossier_id": dossier, "party": "ours", "kind": "target", "text": "z"},
    )
    with pytest.raises(ValidationError, match="altijd vertrouwelijk"):
        repo.update("position", target, {"kind": "bottom_line"})  # intern: refused as well


def test_init_from_refuses_a_dataset_with_an_open_bottom_line(capsys, tmp_path):
    import shutil

    from briefing_app.paths import dataset_dir

    folder = tmp_path / "data"
    shutil.copytree(dataset_dir(), folder)
    wmo = folder / "dossiers" / "wmo.toml"
    text = wmo.read_text(encoding="utf-8")
    start = text.index('id = "wmo-pos-ondergrens"')
    wmo.write_text(
        text[:start]
        + text[start:].replace('classification = "vertrouwelijk"', 'classification = "intern"', 1),
        encoding="utf-8",
    )
    code = main(["--db", str(tmp_path / "new.db"), "init", "--from", str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    assert "wmo-pos-ondergrens" in err and "altijd vertrouwelijk" in err
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("edition", ["openbaar", "intern"])
def test_search_for_an_edition_finds_nothing_above_it(capsys, probe_db, edition):
    for query in ("GEHEIM", "escalatie", "arbitrage", "notitie"):
        out = run(capsys, probe_db, "search", query, "--editie", edition, "--json")
        assert "GEHEIM" not in out, query
    out = run(capsys, probe_db, "search", "OPEN-spreekpunt", "--editie", edition, "--json")
    hits = json.loads(out)
    assert [h["title"] for h in hits] == [f"OPEN-spreekpunt: het tekort is {WITHHELD_MARK}."]
    full = run(capsys, probe_db, "search", "GEHEIM", "--json")
    assert "GEHEIM-escalatie" in full or "GEHEIM-batna" in full


def test_bundle_for_an_edition_carries_nothing_above_it_and_harms_nothing(
    capsys, probe_db, tmp_path
):
    import shutil

    from briefing_app.services.exchange.bundle import encode, read_bundle

    pw = tmp_path / "pw.txt"
    pw.write_text("een lang wachtwoord\n")
    target = tmp_path / "open.briefing"
    run(
        capsys,
        probe_db,
        *("bundle", "export", "--editie", "openbaar", "-o", str(target)),
        *("--passphrase-file", str(pw)),
    )
    bundle = read_bundle(target, "een lang wachtwoord")
    payload = encode(bundle).decode("utf-8")
    assert bundle.edition == "openbaar"
    assert "OPEN-spreekpunt" in payload
    for secret in ("GEHEIM", SECRET_VALUE.replace(".", ""), "Plan B, de escalatiestrategie"):
        assert secret not in payload
    assert all(i.values.get("classification") == "openbaar" for i in bundle.items)

    # The receiver holds everything: importing the open bundle changes nothing above it.
    receiver = tmp_path / "receiver.db"
    shutil.copyfile(probe_db, receiver)
    before = run(capsys, receiver, "show", "wmo", "--json")
    out = run(
        capsys,
        receiver,
        *("bundle", "import", str(target), "--yes", "--take-theirs"),
        *("--passphrase-file", str(pw)),
    )
    assert "editie openbaar" in out
    assert run(capsys, receiver, "show", "wmo", "--json") == before


def test_bundle_import_refuses_a_batna_below_vertrouwelijk(tmp_path):
    from briefing_app.services.exchange.applying import apply_import
    from briefing_app.services.exchange.bundle import collect
    from briefing_app.services.exchange.crypto import BundleError
    from briefing_app.services.exchange.importing import plan_import

    sender = connect(tmp_path / "sender.db")
    repo = Repository(sender, user="Zender")
    dossier = repo.create("dossier", {"slug": "wmo", "title": "Wmo"})
    batna = repo.create(
        "position",
        {"dossier_id": dossier, "party": "ours", "kind": "batna", "text": "GEHEIM-batna"},
    )
    with repo.change_set():  # an older Briefing could have sent it so
        sender.execute("UPDATE positions SET classification = 'openbaar' WHERE id = ?", [batna])
    bundle = collect(sender)
    receiver = connect(tmp_path / "receiver.db")
    with pytest.raises(BundleError, match="altijd vertrouwelijk"):
        apply_import(receiver, plan_import(receiver, bundle), default_resolution="theirs")
    assert receiver.execute("SELECT count(*) FROM positions").fetchone()[0] == 0
