"""Where the command line gets the database passphrase: a file, the environment or a prompt.

Never from the command line itself (it would stay in the shell history and the process list).
In order: `--passphrase-file` of the command, the global `--db-passphrase-file`, the variable
$BRIEFING_DB_PASSPHRASE, and a prompt that does not echo (only on a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from briefing_app.cli.context import CliError
from briefing_app.store.cipher import PASSPHRASE_ENV
from briefing_app.store.errors import describe_os_error

# Commands whose own --passphrase-file is the database's (bundles have their own passphrase).
OWN_FILE_COMMANDS = ("encrypt", "decrypt", "init")


def add_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        type=Path,
        help=f"lees het wachtwoord van de database uit dit bestand (anders ${PASSPHRASE_ENV} "
        "of een vraag)",
    )


def database_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The database passphrase from the first source that has one; CliError otherwise."""
    file = getattr(args, "db_passphrase_file", None)
    if getattr(args, "command", None) in OWN_FILE_COMMANDS:
        file = getattr(args, "passphrase_file", None) or file
    if file:
        return _from_file(Path(file))
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(
            "De database is versleuteld of wordt dat: geef het wachtwoord met "
            f"--passphrase-file, --db-passphrase-file of de omgevingsvariabele {PASSPHRASE_ENV}."
        )
    first = getpass.getpass("Wachtwoord van de database: ")
    if confirm and getpass.getpass("Nogmaals, ter controle: ") != first:
        raise CliError("De twee wachtwoorden verschillen; er is niets veranderd.")
    return first


def _from_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CliError(
            f"Het wachtwoordbestand kan niet worden gelezen: {describe_os_error(exc, reading=True)}."
        ) from exc
    if not lines or not lines[0]:
        raise CliError("Het wachtwoordbestand is leeg.")
    return lines[0]
