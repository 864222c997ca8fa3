"""The `briefing` command line, as a user and as a script would use it."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.fixture
def cli(capsys, default_db_copy):
    """Run `briefing --db COPY ARGS...`; returns (exit code, stdout, stderr)."""

    def run(*args, db=default_db_copy):
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def one_clean_error_line(err):
    lines = err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("briefing: ") and "Traceback" not in err


def test_dossiers_human_lists_aligned_columns(cli):
    code, out, _ = cli("dossiers")
    assert code == 0
    header, _rule, *rows = out.splitlines()
    assert header.startswith("Code") and "Rubricering" in header
    wonen = next(r for r in rows if r.startswith("wonen "))
    assert wonen.index("Wonen") == header.index("Dossier")


def test_dossiers_json_has_slug_and_title(cli):
    code, out, _ = cli("dossiers", "--json")
    dossiers = json.loads(out)
    assert code == 0
    assert {"wonen", "jeugdzorg", "wmo"} <= {d["slug"] for d in dossiers}
    assert all(d["title"] for d in dossiers)


def test_show_renders_figures_and_marks_confidential_items(cli):
    code, out, _ = cli("show", "gemeentefonds")
    assert code == 0
    assert "€ 675 mln" in out
    assert "€ 750 mln in 2026, oplopend tot ca. € 1 mld in 2029" in out.replace("\xa0", " ")
    assert "Ondergrens (wij) [vertrouwelijk · definitief]" in out
    assert "Kernboodschap" in out and "V: " in out and "A: " in out
    assert "Bron: Concept-resolutie" in out
    text_lines = [line for line in out.splitlines() if "Sleutel:" not in line]
    assert not any("{fig:" in line for line in text_lines)


def test_show_says_honestly_that_wonen_has_no_figures(cli):
    code, out, _ = cli("show", "wonen")
    assert code == 0
    assert "(geen kerncijfers vastgelegd)" in out


def test_show_json(cli):
    code, out, _ = cli("show", "gemeentefonds", "--json")
    data = json.loads(out)
    assert code == 0 and data["slug"] == "gemeentefonds"
    figure = next(f for f in data["figures"] if f["key"] == "opschalingskorting")
    assert figure["value"] == 675_000_000 and figure["display"] == "€\xa0675\xa0mln"
    point = next(p for p in data["talking_points"] if "{fig:opschalingskorting}" in p["text"])
    assert "€\xa0675\xa0mln" in point["rendered"]["text"]
    assert data["broken_references"] == []


def test_show_an_edition_leaves_out_what_it_may_not_contain(cli):
    _, out, _ = cli("show", "gemeentefonds", "--editie", "openbaar", "--json")
    data = json.loads(out)
    assert all(p["classification"] == "openbaar" for p in data["positions"])
    assert not any(p["kind"] == "bottom_line" for p in data["positions"])


def test_show_marks_a_broken_reference(cli, default_db_copy):
    db = connect(default_db_copy)
    Repository(db, "Test").create(
        "talking_point",
        {"dossier_id": "wonen", "kind": "talking_point", "text": "Tekort: {fig:bestaat-niet}."},
    )
    db.close()
    code, out, _ = cli("show", "wonen")
    assert code == 0
    assert "Tekort: [onbekend cijfer: bestaat-niet]." in out
    assert "! onbekend kerncijfer: bestaat-niet" in out
    _, out, _ = cli("show", "wonen", "--json")
    assert json.loads(out)["broken_references"] == ["bestaat-niet"]


def test_show_says_so_when_a_figure_has_no_value_yet(cli, default_db_copy):
    db = connect(default_db_copy)
    Repository(db, "Test").create(
        "figure",
        {"dossier_id": "jeugdzorg", "key": "tekort-jeugd", "label": "Tekort", "unit": "eur"},
    )
    db.close()
    _, out, _ = cli("show", "jeugdzorg")
    assert "Tekort [intern · concept]\n    onbekend" in out


def test_show_unknown_dossier_is_one_clear_error(cli):
    code, out, err = cli("show", "onderwijs")
    assert code == 2 and out == ""  # unknown item: exit 2, like pack --dossier onderwijs
    assert one_clean_error_line(err)
    assert "onbekend dossier 'onderwijs'" in err and "wonen" in err


def test_search_finds_the_figure_and_the_positions(cli):
    code, out, _ = cli("search", "opschalingskorting", "--json")
    hits = json.loads(out)
    assert code == 0
    kinds = {(h["kind"], h["id"]) for h in hits}
    assert ("figure", "gemeentefonds-fig-opschalingskorting") in kinds
    assert ("position", "gemeentefonds-pos-voorjaarsnota") in kinds
    assert all({"kind", "dossier", "id", "snippet"} <= set(h) for h in hits)
    figure = next(h for h in hits if h["kind"] == "figure")
    assert figure["dossier"] == "gemeentefonds"
    assert "\x02" not in figure["snippet"]


def test_search_human(cli):
    code, out, _ = cli("search", "opschalingskorting")
    assert code == 0
    assert "Kerncijfer" in out and "gemeentefonds-fig-opschalingskorting" in out
    assert "resultaten voor: opschalingskorting" in out


def test_search_ignores_diacritics(cli):
    _, out, _ = cli("search", "financien", "--json")
    assert any("Financiën" in h["title"] for h in json.loads(out))


@pytest.mark.parametrize(
    "query", ['"', "R&D", "-korting", "--korting", "café's", "NEAR(", "*", "'", "AND OR", "\\"]
)
def test_hostile_search_queries_are_plain_text(cli, query):
    code, out, err = cli("search", query, "--json")
    assert code == 0, err
    assert isinstance(json.loads(out), list)


def test_search_without_text_is_a_clear_error(cli):
    code, _, err = cli("search")
    assert code != 0 and one_clean_error_line(err)


def test_meetings_human_says_the_date_is_not_known(cli):
    code, out, _ = cli("meetings")
    assert code == 0
    assert "datum nog niet bekend" in out
    assert "half juni 2024" in out
    assert "28 maart 2024" in out
    assert "Minister van Financiën" in out
    assert "Doel:" in out


def test_meetings_json(cli):
    code, out, _ = cli("meetings", "--json")
    meetings = {m["id"]: m for m in json.loads(out)}
    assert code == 0
    june = meetings["overleg-kabinet-juni-2024"]
    assert june["date"] is None and june["title"]
    assert [a["dossier"] for a in june["agenda"]] == ["wmo", "spuks"]


def test_check_on_the_default_database(cli):
    code, out, _ = cli("check", "--json")
    assert code == 0 and json.loads(out)["sound"] is True
    code, out, _ = cli("check")
    assert code == 0 and "In orde" in out


def test_first_use_creates_the_database_from_the_bundled_dataset(tmp_path, monkeypatch, capsys):
    path = tmp_path / "sub" / "eerste.db"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    assert main(["dossiers", "--json"]) == 0
    assert "wonen" in {d["slug"] for d in json.loads(capsys.readouterr().out)}
    assert path.exists()


def test_init_refuses_to_overwrite_without_force(cli, default_db_copy):
    before = default_db_copy.read_bytes()
    code, _, err = cli("init")
    assert code != 0 and one_clean_error_line(err)
    assert "bestaat al" in err and "--force" in err
    assert default_db_copy.read_bytes() == before


def test_init_force_replaces_the_database(cli, default_db_copy):
    db = connect(default_db_copy)
    Repository(db, "Test").update("dossier", "wonen", {"title": "Gewijzigd"})
    db.close()
    code, out, _ = cli("init", "--force")
    assert code == 0 and "Database aangemaakt" in out
    kept = out.split("De vorige database is bewaard als: ")[1].strip()
    old = connect(kept, migrate=False, read_only=True)
    assert old["dossiers"].get("wonen")["title"] == "Gewijzigd"
    old.close()
    _, out, _ = cli("dossiers", "--json")
    assert "Wonen en woningbouw" in {d["title"] for d in json.loads(out)}


def test_init_from_a_folder(cli, tmp_path):
    folder = tmp_path / "eigen"
    (folder / "dossiers").mkdir(parents=True)
    (folder / "dossiers" / "zorg.toml").write_text(
        'id = "zorg"\nslug = "zorg"\ntitle = "Zorg"\n', encoding="utf-8"
    )
    target = tmp_path / "eigen.db"
    code, out, _ = cli("init", "--from", str(folder), "--json", db=target)
    assert code == 0 and json.loads(out)["dossiers"] == ["zorg"]


def test_init_from_a_bad_folder_names_the_problem_and_leaves_nothing(cli, tmp_path):
    folder = tmp_path / "fout"
    (folder / "dossiers").mkdir(parents=True)
    (folder / "dossiers" / "zorg.toml").write_text(
        'id = "zorg"\nslug = "zorg"\ntitle = "Zorg"\nkleur = "rood"\n', encoding="utf-8"
    )
    target = tmp_path / "out" / "nieuw.db"
    target.parent.mkdir()
    code, _, err = cli("init", "--from", str(folder), db=target)
    assert code != 0 and one_clean_error_line(err)
    assert "dossiers/zorg.toml, dossier 'zorg': onbekend veld 'kleur'" in err
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_unreadable_database_is_one_clear_error(cli, tmp_path):
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"dit is geen database" * 100)
    code, _, err = cli("dossiers", db=bad)
    assert code != 0 and one_clean_error_line(err)


def test_database_is_readable_in_plain_sqlite3(default_db_file):
    with sqlite3.connect(default_db_file) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(figures)")}
    assert {"dossiers", "positions", "figures", "talking_points", "hard_questions"} <= tables
    assert {"meetings", "agenda_items", "stakeholders", "sources", "revisions"} <= tables
    assert {"key", "label", "value", "unit", "period", "series", "source_id"} <= columns


def entry_point(name):
    path = Path(sys.executable).with_name(name)
    if not path.exists():
        pytest.fail(f"{name} is niet geïnstalleerd naast {sys.executable}")
    return str(path)


def test_the_installed_briefing_command_runs_in_a_real_process(tmp_path):
    env = {**os.environ, "BRIEFING_DB": str(tmp_path / "nieuw.db")}
    done = subprocess.run(
        [entry_point("briefing"), "dossiers", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert {"wonen", "jeugdzorg", "wmo"} <= {d["slug"] for d in json.loads(done.stdout)}
    failed = subprocess.run(
        [entry_point("briefing"), "show", "bestaat-niet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert failed.returncode != 0 and one_clean_error_line(failed.stderr)


def test_sqlite_utils_command_line_reads_the_tables(default_db_file):
    done = subprocess.run(
        [entry_point("sqlite-utils"), "tables", str(default_db_file), "--counts"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    counts = {t["table"]: t["count"] for t in json.loads(done.stdout)}
    assert counts["dossiers"] == 6 and counts["figures"] == 4
