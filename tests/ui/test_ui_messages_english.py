"""The refusals of meetings, packs, exchange, figures and validation are messages: Dutch as they
always were (the command line prints them), English through `translated()` when English is
chosen. Each is provoked the way a user would, through the service that says it."""

from __future__ import annotations

import pytest

from briefing_app.domain.classification import Classification
from briefing_app.domain.messages import Message
from briefing_app.ui.i18n import Translations
from briefing_app.ui.messages import error_text, translated


@pytest.fixture
def translations(qapp):
    translations = Translations(qapp)
    yield translations
    translations.install("nl")  # translators are global to the application: leave it Dutch


def said(call) -> BaseException:
    """The exception ``call`` raises; it must carry a message."""
    with pytest.raises(Exception) as caught:
        call()
    exc = caught.value
    carried = getattr(exc, "message", None) or (exc.args[0] if exc.args else None)
    assert isinstance(carried, Message), f"{type(exc).__name__} says plain {exc!s}"
    return exc


def both(translations, exc: BaseException) -> tuple[str, str]:
    """(Dutch, English) of what ``exc`` says in the app."""
    dutch = error_text(exc)
    assert translations.install("en")
    english = error_text(exc)
    translations.install("nl")
    assert error_text(exc) == dutch
    return dutch, english


# -- meetings --------------------------------------------------------------------------------


def test_note_refusals(translations, repo):
    from briefing_app.domain.meetings import parse_note
    from briefing_app.services.meetings.notes import add_note

    meeting = repo.create("meeting", {"title": "M"})
    cases = [
        (
            lambda: parse_note("  "),
            "Typ eerst de notitie (een lege notitie wordt niet bewaard).",
            "Type the note first (an empty note is not saved).",
        ),
        (
            lambda: parse_note("t: 2030-01-01"),
            "Een toezegging zegt wat er is toegezegd: typ ook de toezegging zelf.",
            "A commitment says what was promised: type the commitment itself too.",
        ),
        (
            lambda: add_note(
                repo, meeting, "g: 3", talking_points=[("a", "Eén")], default_type="said"
            ),
            "Er is geen spreekpunt 3 bij dit agendapunt (er is er 1).",
            "There is no talking point 3 on this agenda item (there is 1).",
        ),
        (
            lambda: add_note(
                repo, meeting, "g: zorg", talking_points=[("a", "Eén")], default_type="said"
            ),
            "Geen spreekpunt bij dit agendapunt bevat 'zorg'; typ het nummer, bijvoorbeeld g: 2.",
            "No talking point on this agenda item contains 'zorg'; type its number, "
            "for example g: 2.",
        ),
    ]
    for call, dutch, english in cases:
        exc = said(call)
        assert str(exc) == dutch  # the command line's text, unchanged
        assert both(translations, exc) == (dutch, english)


def test_debrief_and_verslag_refusals(translations, db, repo, tmp_path):
    from briefing_app.services.meetings.debrief import load_debrief
    from briefing_app.services.meetings.report import prepare_report, write_report

    meeting = repo.create("meeting", {"title": "M"})
    exc = said(lambda: load_debrief(db, "nope"))
    assert both(translations, exc) == (
        "Onbekend overleg: nope (zie 'briefing meetings').",
        "Unknown meeting: nope (see 'briefing meetings').",
    )
    exc = said(lambda: prepare_report(db, meeting, Classification.VERTROUWELIJK))
    assert both(translations, exc)[1] == (
        "A report comes in the public (members) and internal (board) editions."
    )
    exc = said(lambda: prepare_report(db, "nope", Classification.INTERN))
    assert both(translations, exc)[1] == "Unknown meeting: nope (see 'briefing meetings')."
    report = prepare_report(db, meeting, Classification.INTERN)
    exc = said(lambda: write_report(db, report, tmp_path))
    assert both(translations, exc) == (
        f"{tmp_path} is een map; geef een bestandsnaam op, bijvoorbeeld verslag.pdf.",
        f"{tmp_path} is a folder; give a file name, for example verslag.pdf.",
    )


def test_a_plain_text_stays_as_it_is(translations):
    assert translations.install("en")
    assert translated("Omdat de reserves op zijn") == "Omdat de reserves op zijn"  # user text


# -- packs -----------------------------------------------------------------------------------


def test_pack_refusals(translations, db, repo, tmp_path):
    from briefing_app.domain.copies import numbered_copies
    from briefing_app.services.packs.selection import select
    from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack

    cases = [
        (
            lambda: select(db, Classification.INTERN, dossier_slugs=["nope"]),
            "Onbekend dossier: nope (zie 'briefing dossiers').",
            "Unknown dossier: nope (see 'briefing dossiers').",
        ),
        (
            lambda: select(db, Classification.INTERN),
            "Kies een overleg of ten minste één dossier.",
            "Choose a meeting or at least one dossier.",
        ),
        (
            lambda: numbered_copies(Classification.OPENBAAR, ["Ada"]),
            "De openbare editie wordt nooit op naam gezet; laat de ontvangers weg of kies een "
            "andere editie.",
            "The public edition is never put in anyone's name; leave out the recipients or "
            "choose another edition.",
        ),
        (
            lambda: numbered_copies(Classification.VERTROUWELIJK, [" "]),
            "Een vertrouwelijke editie gaat als genummerd exemplaar per ontvanger de deur uit: "
            "geef ten minste één ontvanger.",
            "A confidential edition goes out as a numbered copy per recipient: give at least "
            "one recipient.",
        ),
        (
            lambda: numbered_copies(Classification.INTERN, ["Ada", "ada"]),
            "ada staat twee keer bij de ontvangers; elk exemplaar is persoonlijk.",
            "ada is among the recipients twice; every copy is personal.",
        ),
    ]
    for call, dutch, english in cases:
        exc = said(call)
        assert str(exc) == dutch
        assert both(translations, exc) == (dutch, english)
    repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    prepared = prepare_pack(db, PackRequest(Classification.INTERN, dossier_slugs=("wonen",)))
    exc = said(lambda: write_pack(repo, prepared, tmp_path / "missing" / "pakket.pdf"))
    missing = tmp_path / "missing"
    assert both(translations, exc) == (
        f"De map {missing} bestaat niet.",
        f"The folder {missing} does not exist.",
    )


def test_a_meeting_choice_and_a_copy_read_in_the_interface_language(translations, db, repo):
    from briefing_app.domain.copies import NumberedCopy
    from briefing_app.services.packs.service import meeting_choices

    repo.create("meeting", {"title": "Bestuurlijk overleg", "date": "2024-06-18"})
    (choice,) = meeting_choices(db)
    copy = NumberedCopy(2, "Ada")
    assert choice.label == "18 juni 2024 · Bestuurlijk overleg"  # the command line's
    assert copy.label == "Exemplaar 2 · voor Ada"  # on every page of the pack
    assert translated(choice.label) == "18 juni 2024 · Bestuurlijk overleg"
    assert translations.install("en")
    assert translated(choice.label) == "18 June 2024 · Bestuurlijk overleg"
    assert translated(copy.label) == "Copy 2 · for Ada"


# -- exchange --------------------------------------------------------------------------------


def test_bundle_refusals(translations, db, tmp_path):
    from briefing_app.services.exchange.bundle import export_bundle, read_bundle
    from briefing_app.services.exchange.crypto import NOT_A_BUNDLE, seal, unseal
    from briefing_app.services.exchange.folder import sync_folder

    damaged = tmp_path / "x.briefing"
    damaged.write_bytes(b"niet versleuteld")
    cases = [
        (
            lambda: unseal(b"kort", "wachtwoord"),
            "Dit bestand is geen (volledige) Briefing-bundel. Er is niets gewijzigd.",
            "This file is not a (complete) Briefing bundle. Nothing was changed.",
        ),
        (
            lambda: seal(b"{}", "kort"),
            "Kies een wachtwoord van minstens 8 tekens.",
            "Choose a passphrase of at least 8 characters.",
        ),
        (
            lambda: export_bundle(db, tmp_path / "b.briefing", "wachtwoord", dossiers=["geen"]),
            "Onbekend dossier: geen. Er is niets geschreven.",
            "Unknown dossier: geen. Nothing was written.",
        ),
        (
            lambda: sync_folder(db, tmp_path / "weg", "wachtwoord", member="Ada"),
            f"De map {tmp_path / 'weg'} bestaat niet (of is geen map). Er is niets gewijzigd.",
            f"The folder {tmp_path / 'weg'} does not exist (or is not a folder). "
            "Nothing was changed.",
        ),
    ]
    for call, dutch, english in cases:
        exc = said(call)
        assert str(exc) == dutch
        assert both(translations, exc) == (dutch, english)
    exc = said(lambda: read_bundle(damaged, "wachtwoord"))
    assert str(exc) == NOT_A_BUNDLE  # the constant the command line and its tests compare with


def test_a_conflict_over_existence_names_its_words_in_english(translations):
    from briefing_app.domain.items import kind_named
    from briefing_app.services.exchange import messages
    from briefing_app.services.exchange.importing import EXISTENCE, label

    kind = kind_named("talking_point")
    assert (label(kind, EXISTENCE), label(kind, "text"), label(kind, "status")) == (
        "Verwijderd",
        "Tekst",
        "Status",
    )
    gone = messages.PARENT_DELETED(what="Dossier")
    assert translations.install("en")
    assert [translated(label(kind, n)) for n in (EXISTENCE, "text")] == ["Deleted", "Text"]
    assert translated(gone) == "Dossier deleted"
    assert translated(messages.EXISTS_WITH_PARTS()) == "exists (with parts of its own)"


# -- figures and validation ------------------------------------------------------------------


def test_figure_file_refusals(translations, db, tmp_path):
    from briefing_app.services.figures.importing import preview

    empty, lacking, pdf = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    empty.write_text("")
    lacking.write_text("omschrijving;waarde\nA;1\n")
    pdf.write_bytes(b"%PDF-1.4 kerncijfers")
    cases = [
        (empty, "Het bestand is leeg.", "The file is empty."),
        (
            lacking,
            "De eerste rij mist de kolom(men) dossier, sleutel. Verwachte kolommen: dossier, "
            "sleutel, omschrijving, waarde, eenheid, periode, jaar, peildatum, toelichting, "
            "paragraaf, rubricering, status",
            "The first row lacks the column(s) dossier, key. Expected columns: dossier, key, "
            "label, value, unit, period, year, as_of, note, source_section, classification, status",
        ),
        (
            pdf,
            "c.csv is geen tekstbestand (CSV); lees een CSV- of .xlsx-bestand in, bijvoorbeeld "
            "via Opslaan als > CSV in Excel.",
            "c.csv is not a text file (CSV); import a CSV or .xlsx file, for example through "
            "Save As > CSV in Excel.",
        ),
    ]
    for path, dutch, english in cases:
        exc = said(lambda path=path: preview(db, path))
        assert str(exc) == dutch
        assert both(translations, exc) == (dutch, english)


def test_validation_refusals(translations, repo, dossier):
    from briefing_app.domain.validation import ValidationError

    cases = [
        (
            lambda: repo.create("dossier", {"slug": "twee woorden", "title": "T"}),
            "Code 'twee woorden' mag alleen letters, cijfers, '-', '_' en losse punten bevatten "
            "(geen spaties, regeleinden of '/')",
            "Code 'twee woorden' may only hold letters, digits, '-', '_' and single dots "
            "(no spaces, line breaks or '/')",
        ),
        (
            lambda: repo.create(
                "position",
                {
                    "dossier_id": dossier,
                    "party": "ours",
                    "kind": "bottom_line",
                    "text": "T",
                    "classification": "intern",
                },
            ),
            "Ondergrens is altijd vertrouwelijk en kan niet als 'intern' worden gerubriceerd "
            "(kies vertrouwelijk)",
            "Bottom line is always confidential and cannot be classified as 'internal' "
            "(choose confidential)",
        ),
        (
            lambda: repo.create("talking_point", {"dossier_id": dossier, "text": "T", "x": 1}),
            "onbekend veld voor spreekpunt",
            "unknown field for talking point",
        ),
    ]
    for call, dutch, english in cases:
        exc = said(call)
        assert isinstance(exc, ValidationError) and exc.message == dutch
        assert both(translations, exc) == (dutch, english)


def test_a_character_without_a_name_is_unknown_in_the_interface_language(translations, repo):
    from briefing_app.services.packs.service import PackRequest, prepare_pack

    dossier = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    repo.create(
        "talking_point",
        {"dossier_id": dossier, "kind": "talking_point", "text": "Teken \ue000 hier"},
    )
    prepared = prepare_pack(repo.db, PackRequest(Classification.INTERN, dossier_slugs=("wonen",)))
    (finding,) = dict(prepared.check.sections())["Tekens die het lettertype niet kan afdrukken"]
    assert finding.endswith("(U+E000 onbekend teken)")  # as the command line prints it
    assert translations.install("en")
    assert translated(finding).endswith("(U+E000 unknown character)")


def test_what_an_edition_hides_reads_in_the_interface_language(translations):
    from briefing_app.domain.edition import WITHHELD_MARK, Edition
    from briefing_app.ui.messages import with_marks

    public = Edition.of("openbaar")
    name = public.name("sources", {"title": "Brief", "classification": "vertrouwelijk"})
    text = f"Tekort {WITHHELD_MARK}, in 2026 [onbekend cijfer: x]."
    assert (name, with_marks(text)) == ("bron niet in deze editie", text)  # as packs print
    assert translations.install("en")
    assert translated(name) == "source not in this edition"
    assert with_marks(text) == "Tekort [figure not in this edition], in 2026 [unknown figure: x]."
