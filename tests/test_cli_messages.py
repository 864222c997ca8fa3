"""Every message the command line gives is Dutch and says what to do, also argparse's own."""

import errno
import tomllib

import pytest

from briefing_app.cli import main
from briefing_app.services.dataset.files import toml_problem
from briefing_app.store.errors import describe_os_error


def run(capsys, *args):
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    out, err = capsys.readouterr()
    return caught.value.code, out, err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["pack", "x", "--edition", "geheim"], "ongeldige keuze 'geheim' voor --edition"),
        (["pack", "x"], "verplicht maar niet opgegeven: --edition"),
        (["toveren"], "ongeldige keuze 'toveren' voor OPDRACHT"),
        (["backup", "restore", "naam", "--newest"], "--newest kan niet samen met NAAM"),
        (["demo", "--out", "x.db", "--dossiers", "veel"], "'veel' is geen geheel getal"),
    ],
)
def test_usage_errors_are_one_dutch_line_and_a_hint(capsys, args, expected):
    code, out, err = run(capsys, *args)
    message, hint = err.strip().splitlines()
    assert code == 2 and out == ""
    assert message.startswith("briefing: ") and expected in message
    assert hint.startswith("Meer uitleg: briefing") and hint.endswith("--help")
    for english in ("usage", "error:", "invalid choice", "required", "choose from"):
        assert english not in err


def test_help_is_dutch(capsys):
    code, out, _ = run(capsys, "pack", "--help")
    assert code == 0
    assert out.startswith("gebruik: briefing pack")
    assert "toon deze hulp en stop" in out and "opties:" in out
    for english in ("usage:", "show this help", "options:", "positional arguments"):
        assert english not in out


def test_a_folder_as_database_is_named_as_such(tmp_path, capsys):
    assert main(["--db", str(tmp_path), "dossiers"]) == 2
    err = capsys.readouterr().err
    assert "is een map, geen databasebestand" in err and "unable to open" not in err


def test_db_in_a_missing_folder_creates_no_folders(tmp_path, capsys):
    target = tmp_path / "tikfout" / "diep" / "x.db"
    assert main(["--db", str(target), "dossiers"]) == 2
    assert "De map" in capsys.readouterr().err
    assert not (tmp_path / "tikfout").exists()


def test_init_in_an_impossible_place_says_why_in_dutch(capsys):
    assert main(["--db", "/proc/briefing-test/x.db", "init"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: ") and "No such file" not in err


@pytest.mark.parametrize(
    ("number", "dutch"),
    [
        (errno.ENOENT, "bestaat niet"),
        (errno.EISDIR, "is een map"),
        (errno.ENOSPC, "schijf is vol"),
        (errno.EACCES, "geen toestemming"),
        (errno.EROFS, "alleen-lezen"),
        (errno.ENAMETOOLONG, "te lang"),
        (errno.EOVERFLOW, "systeemfout EOVERFLOW"),
    ],
)
def test_os_errors_are_described_in_dutch(number, dutch):
    assert dutch in describe_os_error(OSError(number, "English text", "/x/y"))


@pytest.mark.parametrize(
    ("text", "dutch"),
    [
        ('id = "wonen\n', "tekst zonder afsluitend aanhalingsteken"),
        ("[a]\n[a]\n", "deze sectie staat er twee keer (regel 2, kolom"),
        ("a = \n", "ongeldige waarde"),
        ("a b\n", "na een sleutel hoort '='"),
    ],
)
def test_toml_errors_are_dutch(text, dutch):
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    assert dutch in toml_problem(caught.value)


def test_writing_where_no_file_can_be_made_does_not_say_the_folder_is_missing(tmp_path):
    exc = OSError(errno.ENOENT, "No such file or directory", str(tmp_path / ".x.tmp"))
    assert describe_os_error(exc) == f"in de map {tmp_path} kunnen geen bestanden worden gemaakt"
    missing = OSError(errno.ENOENT, "No such file or directory", str(tmp_path / "weg" / "x"))
    assert describe_os_error(missing) == "het bestand of de map bestaat niet"
    assert describe_os_error(exc, reading=True) == "het bestand of de map bestaat niet"


def test_bundle_export_into_proc_is_dutch(default_db_copy, tmp_path, capsys):
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text("correct paard batterij\n")
    args = ["--db", str(default_db_copy), "bundle", "export", "-o", "/proc/x.briefing"]
    assert main([*args, "--passphrase-file", str(secret)]) == 2
    err = capsys.readouterr().err
    assert "kunnen geen bestanden worden gemaakt" in err and "No such" not in err
