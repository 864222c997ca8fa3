"""The `briefing` command line: the same services as the app, for scripts and terminals.

Each command lives in its own module with a ``register(subparsers)`` function; this module builds
the parser from them and turns every expected failure into one clear line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from briefing_app import __version__
from briefing_app.arguments import DutchArgumentParser
from briefing_app.cli import (
    commands_backup,
    commands_bundle,
    commands_check,
    commands_demo,
    commands_dossiers,
    commands_encryption,
    commands_figures,
    commands_init,
    commands_meetings,
    commands_notes,
    commands_pack,
    commands_packs,
    commands_report,
    commands_search,
    commands_show,
    commands_sync,
)
from briefing_app.cli.context import CliError, Context
from briefing_app.cli.output import TerminalSafe
from briefing_app.cli.passphrases import database_passphrase
from briefing_app.store import cipher
from briefing_app.store.errors import describe_sqlite_error

# Command modules, in the order `briefing --help` lists them.
COMMAND_MODULES = [
    commands_init,
    commands_dossiers,
    commands_show,
    commands_search,
    commands_meetings,
    commands_notes,
    commands_check,
    commands_pack,
    commands_packs,
    commands_report,
    commands_backup,
    commands_encryption,
    commands_bundle,
    commands_sync,
    commands_demo,
    commands_figures,
]

EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="briefing",
        description="Briefing: standpunten, kerncijfers en briefingpakketten voor de VNG-delegatie.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"briefing {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--db", metavar="PAD", help="de database (standaard: $BRIEFING_DB of de gegevensmap)"
    )
    parser.add_argument(
        "--db-passphrase-file",
        metavar="BESTAND",
        help=f"wachtwoord van een versleutelde database uit dit bestand (anders "
        f"${cipher.PASSPHRASE_ENV} of een vraag)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command with stdout and stderr made terminal-safe (see `output.TerminalSafe`)."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalSafe(sys.stdout, allow_bold=sys.stdout.isatty())  # type: ignore[assignment]
    sys.stderr = TerminalSafe(sys.stderr, allow_bold=False)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        sys.stdout, sys.stderr = saved


def _unknown(extra: list[str]) -> str:
    """The error for unknown arguments; what follows an unknown option that looks like a
    passphrase option is not repeated (it is probably the secret itself)."""
    for word in extra:
        if word.startswith("--") and "pass" in word and not word.startswith("--passphrase-file"):
            return (
                f"onbekende optie {word.split('=')[0]}: een wachtwoord wordt nooit op de "
                "opdrachtregel gegeven (het zou in de proceslijst staan); gebruik "
                "--passphrase-file BESTAND, de omgevingsvariabele of de vraag"
            )
    return f"onbekende argumenten: {' '.join(extra)}"


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        # Free text may look like an option (`briefing search -korting`): a command that takes
        # free text says so with `free_text`; anywhere else an unknown option is an error.
        if not getattr(args, "free_text", None):
            parser.error(_unknown(extra))
        setattr(args, args.free_text, [*getattr(args, args.free_text), *extra])
    context = Context(db_option=args.db)
    try:
        _unlock(args, context)
        return int(args.handler(args, context) or 0)
    except cipher.CipherError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except CliError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return exc.exit_code
    except sqlite3.Error as exc:
        # A full disk, another writer, a read-only file: one Dutch sentence, never a traceback.
        print(f"briefing: {describe_sqlite_error(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("briefing: afgebroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback. Point stdout
        # at /dev/null so the flush at exit does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        context.close()


def _unlock(args: argparse.Namespace, context: Context) -> None:
    """An encrypted database: take its passphrase before any command opens it."""
    if args.command in ("init", "encrypt") or not cipher.is_encrypted(context.db_path):
        return
    cipher.unlock(database_passphrase(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
