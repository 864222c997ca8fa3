"""Loading a dataset folder: every mistake is named by file, item and problem; all or nothing."""

import textwrap

import pytest

from briefing_app.services.dataset.build import DatasetError, build_database
from briefing_app.store.connection import connect

SOURCES = """
[[sources]]
id = "bron"
title = "Een bron"
"""
DOSSIER = """
id = "wonen"
slug = "wonen"
title = "Wonen"

[[figures]]
id = "fig-tekort"
key = "tekort"
label = "Tekort"
value = 1_500_000
unit = "eur"
series = { 2026 = 1, 2027 = 2 }
source = "bron"
source_section = "§1"

[[talking_points]]
id = "tp-een"
kind = "key_message"
text = "Het tekort is {fig:tekort}, in 2027 {fig:tekort.2027}."
source = "bron"
"""
MEETINGS = """
[[meetings]]
id = "overleg"
title = "Overleg"
date = 2024-06-14

[[meetings.agenda_items]]
id = "agenda-wonen"
dossier = "wonen"
aim = "Afspraken"
"""


def write(folder, files):
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def dataset(tmp_path):
    def make(**overrides):
        files = {
            "sources.toml": SOURCES,
            "dossiers/wonen.toml": DOSSIER,
            "meetings.toml": MEETINGS,
        }
        files.update(
            {k.replace("__", "/").replace("_toml", ".toml"): v for k, v in overrides.items()}
        )
        return write(tmp_path / "data", {k: v for k, v in files.items() if v is not None})

    return make


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_good_dataset_builds_with_history(dataset, tmp_path):
    target = tmp_path / "out" / "x.db"
    target.parent.mkdir()
    build_database(dataset(), target)
    db = connect(target)
    assert db["figures"].get("fig-tekort")["value"] == 1_500_000
    assert db["meetings"].get("overleg")["date"] == "2024-06-14"
    assert {r["changed_by"] for r in db.query("SELECT changed_by FROM revisions")} == {
        "standaardgegevens"
    }
    db.close()
    assert leftovers(target.parent) == ["x.db"]


BAD_DOSSIERS = {
    "unknown field": (
        'id = "wonen"\nslug = "wonen"\ntitle = "W"\ncolour = "rood"\n',
        "wonen",
        "onbekend veld 'colour'",
    ),
    "missing title": ('id = "wonen"\nslug = "wonen"\n', "wonen", "Titel is verplicht"),
    "missing id": ('slug = "wonen"\ntitle = "W"\n', "dossier", "'id' ontbreekt"),
    "bad reference": (
        DOSSIER.replace('source = "bron"\nsource_section', 'source = "geen-bron"\nsource_section'),
        "fig-tekort",
        "onbekende bron 'geen-bron'",
    ),
    "broken figure reference": (
        DOSSIER.replace("{fig:tekort}", "{fig:overschot}"),
        "tp-een",
        "onbekend kerncijfer {fig:overschot}",
    ),
    "year not in series": (
        DOSSIER.replace("tekort.2027", "tekort.2030"),
        "tp-een",
        "{fig:tekort.2030}",
    ),
    "bad number": (
        DOSSIER.replace("1_500_000", '"veel"'),
        "fig-tekort",
        "Waarde moet een getal zijn",
    ),
    "bad choice": (
        DOSSIER.replace('"key_message"', '"speech"'),
        "tp-een",
        "onbekende waarde 'speech'",
    ),
    "bad classification": (
        DOSSIER.replace('kind = "key_message"', 'kind = "key_message"\nclassification = "geheim"'),
        "tp-een",
        "onbekende rubricering 'geheim'",
    ),
    "duplicate id": (
        DOSSIER.replace('id = "tp-een"', 'id = "fig-tekort"'),
        "fig-tekort",
        "id komt al voor",
    ),
    "id written as column": (DOSSIER + 'source_id = "bron"\n', "tp-een", "schrijf 'source'"),
    "bad toml": ('id = "wonen\n', None, "geen geldige TOML"),
    "bad date": (
        DOSSIER.replace('unit = "eur"', 'unit = "eur"\nas_of = "14-06-2024"'),
        "fig-tekort",
        "geen datum",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_DOSSIERS))
def test_a_bad_dataset_names_file_item_and_problem_and_leaves_nothing(dataset, tmp_path, case):
    text, item, problem = BAD_DOSSIERS[case]
    folder = dataset(dossiers__wonen_toml=text)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DatasetError) as caught:
        build_database(folder, out / "x.db")
    message = str(caught.value)
    assert "dossiers/wonen.toml" in message
    if item:
        assert item in message
    assert problem in message
    assert leftovers(out) == []


def test_duplicate_figure_key_across_dossiers(dataset, tmp_path):
    other = DOSSIER.replace('"wonen"', '"zorg"').replace('"fig-tekort"', '"fig-2"')
    other = other.replace('"tp-een"', '"tp-2"')
    folder = dataset(dossiers__zorg_toml=other)
    with pytest.raises(DatasetError, match="key 'tekort' komt al voor"):
        build_database(folder, tmp_path / "x.db")


def test_agenda_pointing_at_a_missing_dossier(dataset, tmp_path):
    folder = dataset(meetings_toml=MEETINGS.replace('dossier = "wonen"', 'dossier = "zorg"'))
    with pytest.raises(DatasetError) as caught:
        build_database(folder, tmp_path / "x.db")
    assert "meetings.toml, agendapunt 'agenda-wonen'" in str(caught.value)
    assert "onbekende dossier 'zorg'" in str(caught.value)


def test_unknown_file_and_missing_dossier_folder(tmp_path):
    folder = write(tmp_path / "data", {"bronnen.toml": SOURCES})
    with pytest.raises(DatasetError) as caught:
        build_database(folder, tmp_path / "x.db")
    assert "bronnen.toml: onbekend bestand" in str(caught.value)
    assert "dossiers/: map met dossiers ontbreekt" in caught.value.problems[-1].__str__()


def test_missing_folder(tmp_path):
    with pytest.raises(DatasetError, match="deze map bestaat niet"):
        build_database(tmp_path / "nergens", tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_all_problems_are_collected(dataset, tmp_path):
    text = DOSSIER.replace("1_500_000", '"veel"').replace("{fig:tekort}", "{fig:weg}")
    with pytest.raises(DatasetError) as caught:
        build_database(dataset(dossiers__wonen_toml=text), tmp_path / "x.db")
    assert len(caught.value.problems) == 2


def test_a_failed_rebuild_keeps_the_old_database(dataset, tmp_path):
    target = tmp_path / "x.db"
    build_database(dataset(), target)
    before = target.read_bytes()
    with pytest.raises(DatasetError):
        build_database(dataset(dossiers__wonen_toml='id = "wonen"\n'), target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == ["data", "x.db"]
