"""In English, nothing a user reads is Dutch: every window and dialog is walked with English
chosen, on data whose own words are neutral, and every text it shows is searched for common
Dutch words. Messages from below the interface (value errors, the pre-export check, backup
reasons, history's default data) are included, because the data provokes them."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from briefing_app.domain.authors import DATASET_USER
from briefing_app.domain.items import kind_named
from briefing_app.store.backup import create_backup
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import Translations
from briefing_app.ui.settings import AppSettings

# Common Dutch words that are not English words too (so "is", "in", "of", "concept" are out).
DUTCH = frozenset(
    """
    het een niet geen zijn wordt worden kan mag moet alleen nog deze dit die welke voor bij naar
    van uit ook maar wel als dan toch tussen tegen zonder sinds onder boven waar wat wie
    hier daar nu eerst eerste laatste nieuw nieuwe gewijzigd bewerken verwijderen opslaan
    sluiten annuleren zoeken toevoegen geschiedenis instellingen afsluiten bestand pakket
    overleg overleggen cijfer cijfers kerncijfer kerncijfers bron bronnen peildatum editie
    onderdelen onderdeel spreekpunt spreekpunten standpunt standpunten ondergrens rubricering
    vertrouwelijk openbaar lastige vragen ledensignalen toezeggingen gesprekspartners
    standaardgegevens getal ingevuld verplicht leeg starten reservekopie reservekopieën
    controle dagen ouder mist datum plaats doel rol functie verwijzing verwijzingen
    onbekend onbekende onjuiste genoemd tekst titel samenvatting soort waarde eenheid
    """.split()  # noqa: SIM905 - a word list reads best as words
)
WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


@pytest.fixture
def english(qapp):
    translations = Translations(qapp)
    assert translations.install("en")
    yield translations
    translations.install("nl")  # translators are global to the application: leave it Dutch


@pytest.fixture
def neutral(tmp_path):
    """A database whose own words are neither Dutch nor English UI words, with problems that
    make the app speak: a malformed and an unknown reference, undated figures, drafts, a
    meeting without place or delegation, revisions by the default dataset, a start backup."""
    path = tmp_path / "walk.db"
    db = connect(path)
    seed = Repository(db, user=DATASET_USER)
    dossier = seed.create("dossier", {"slug": "alpha", "title": "Alpha"})
    seed.create(
        "figure",
        {"dossier_id": dossier, "key": "gamma", "label": "Gamma", "unit": "eur", "value": 5e6},
    )
    repo = Repository(db, user="Tester")
    for text in ("Alpha {fig:gamma} beta", "Alpha {fig:gamma omega} beta", "Beta {fig:zeta}"):
        repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": text})
    meeting = repo.create("meeting", {"title": "Omega", "date": "2030-01-15"})
    repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": dossier, "aim": "Delta"})
    db.close()
    create_backup(path, "start")
    return path


@pytest.fixture
def window(qtbot, english, neutral, tmp_path):
    from briefing_app.ui.extensions import install_all
    from briefing_app.ui.main_window import MainWindow

    db = connect(neutral)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.user_name = "Tester"
    settings.language = "en"
    ctx = AppContext.build(Path(neutral), db, settings)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    install_all(main, ctx)
    main.resize(1400, 900)
    main.show()
    main.open_first()
    yield main
    main.close()
    db.close()


def texts_of(root: QWidget) -> list[str]:
    """Every text a user can read in ``root`` and the widgets inside it."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        found.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found += [widget.placeholderText(), widget.text()]
        elif isinstance(widget, QPlainTextEdit):
            found += [widget.placeholderText(), widget.toPlainText()]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            found += [a.text() for a in widget.actions()]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            # Qt's private helper models (a completer's, a combo's popup) cannot be read.
            with contextlib.suppress(TypeError):
                found += _model_texts(widget.model())
    return [t for t in found if t]


def _model_texts(model, parent=None, depth=0) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    out = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount(parent))
    ]
    for r in range(min(model.rowCount(parent), 50)):
        for c in range(model.columnCount(parent)):
            index = model.index(r, c, parent)
            out.append(str(model.data(index) or ""))
            if depth < 2 and c == 0 and model.rowCount(index) > 0:
                out += _model_texts(model, index, depth + 1)
    return out


def dutch_in(texts: list[str]) -> list[str]:
    return sorted({f"{w!r} in {t!r}" for t in texts for w in WORD.findall(t) if w.lower() in DUTCH})


def assert_english(widget: QWidget) -> None:
    QApplication.processEvents()
    problems = dutch_in(texts_of(widget))
    assert not problems, "\n".join(problems)


def test_the_main_window_its_tabs_and_menus_speak_english(window):
    tabs = window.dossier_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert_english(window)
    window.navigator.select("meeting", window.navigator.first("meeting"))
    assert_english(window)


def test_a_refused_value_is_explained_in_english(qtbot, window):
    window.dossier_page.show_section("figure")
    section = window.dossiers.sections["figure"]
    section.select(section.model.row_at(0)["id"])
    field = section.view.form.editor("value")
    field.setText("veel")
    field.setModified(True)
    field.editingFinished.emit()
    error = section.view.form.error("value")
    assert error.startswith("Not saved: 'veel' is not a valid number"), error
    assert not dutch_in([error.replace("'veel'", "")])


def test_the_export_dialog_and_its_check_speak_english(qtbot, window):
    window.pack_actions.export_action.trigger()
    dialog = window.pack_actions.dialog
    qtbot.addWidget(dialog)
    check = dialog.check_text.toPlainText()
    assert check.startswith("Check before export (internal edition):")
    assert "Malformed figure references" in check and "{fig:gamma omega}" in check
    assert "figure 'zeta' does not exist" in check
    assert_english(dialog)
    dialog.subject.kind.setCurrentIndex(1)
    assert_english(dialog)


def test_history_says_default_data_and_dialogs_speak_english(qtbot, window, neutral):
    from briefing_app.ui.help_dialogs import GuaranteesDialog, ShortcutsDialog, window_shortcuts
    from briefing_app.ui.history_dialog import HistoryDialog
    from briefing_app.ui.new_item_dialog import NewItemDialog
    from briefing_app.ui.safety.backup_dialog import BackupDialog
    from briefing_app.ui.search_dialog import SearchDialog
    from briefing_app.ui.settings_dialog import SettingsDialog

    ctx = window.ctx
    dossier = window.dossiers.dossier_id
    history = HistoryDialog(ctx.history, kind_named("dossier"), dossier)
    search = SearchDialog(ctx.finder)
    search.field.setText("alpha")
    search.run_search()
    backups = BackupDialog(Path(neutral))
    dialogs = [
        history,
        search,
        backups,
        SettingsDialog(ctx.settings),
        GuaranteesDialog(),
        ShortcutsDialog(window_shortcuts(window.menus.menus.values(), window.pane_keys.actions)),
        *(
            NewItemDialog(kind_named(name), {}, {}, [])
            for name in ("dossier", "talking_point", "figure", "meeting", "stakeholder")
        ),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_english(dialog)
    assert "default data" in texts_of(history)
    assert "at start-up" in texts_of(backups)


def test_importing_figures_and_exchanging_bundles_speak_english(qtbot, window, tmp_path):
    from briefing_app.services.figures.importing import preview
    from briefing_app.ui.safety.bundle_dialogs import BundleExportDialog
    from briefing_app.ui.safety.figure_import_dialog import FigureImportDialog
    from briefing_app.ui.safety.passphrase_dialog import PassphraseDialog

    sheet = tmp_path / "figures.csv"
    sheet.write_text(
        "dossier;key;label;value;unit\n"  # the user's own headings: English ones
        "alpha;gamma;Gamma;7;euro\n"  # changes a figure
        "alpha;theta;Theta;veel;aantal\n"  # a value that is refused
        "alpha;;Iota;3;aantal\n"  # no key
    )
    result = preview(window.ctx.db, sheet)
    figures = FigureImportDialog(result)
    cells = [figures.table.item(r, 3).text() for r in range(figures.table.rowCount())]
    assert "Row 3, column D (value): 'veel' is not a valid number" in " ".join(cells)
    assert "Value: " in " ".join(cells)  # what changes, named as the app names the field
    dialogs = [figures, BundleExportDialog([("alpha", "Alpha")]), PassphraseDialog(confirm=True)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_english(dialog)
