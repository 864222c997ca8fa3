"""`briefing encrypt` and `briefing decrypt`: encryption at rest for the database and its backups.

The passphrase comes from `--passphrase-file`, $BRIEFING_DB_PASSPHRASE or a prompt that does not
echo; encrypting asks for it twice at the prompt and says first that a forgotten passphrase
cannot be recovered.
"""

from __future__ import annotations

import argparse
import sys

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.cli.passphrases import add_file_option, database_passphrase
from briefing_app.store import cipher


def register(subparsers: argparse._SubParsersAction) -> None:
    encrypt = subparsers.add_parser(
        "encrypt", help="versleutel de database en haar reservekopieën met een wachtwoord"
    )
    add_file_option(encrypt)
    encrypt.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    encrypt.set_defaults(handler=run_encrypt)
    decrypt = subparsers.add_parser(
        "decrypt", help="sla de database en haar reservekopieën weer onversleuteld op"
    )
    add_file_option(decrypt)
    decrypt.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    decrypt.set_defaults(handler=run_decrypt)


def run_encrypt(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.core.encryption import encrypt_workspace
    from briefing_app.services.core.workspace import WorkspaceError

    if cipher.is_encrypted(context.db_path):
        raise CliError(f"De database {context.db_path} is al versleuteld; er is niets veranderd.")
    print(f"briefing: {cipher.NOT_RECOVERABLE}", file=sys.stderr)
    secret = database_passphrase(args, confirm=True)
    try:
        converted = encrypt_workspace(context.db_path, secret)
    except WorkspaceError as exc:
        raise CliError(str(exc)) from exc
    _report(args, context, converted, "versleuteld")
    return 0


def run_decrypt(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.core.encryption import decrypt_workspace
    from briefing_app.services.core.workspace import WorkspaceError

    if not cipher.is_encrypted(context.db_path):
        raise CliError(f"De database {context.db_path} is niet versleuteld; er is niets veranderd.")
    secret = database_passphrase(args)
    try:
        converted = decrypt_workspace(context.db_path, secret)
    except WorkspaceError as exc:
        raise CliError(str(exc)) from exc
    _report(args, context, converted, "onversleuteld opgeslagen")
    return 0


def _report(args: argparse.Namespace, context: Context, converted: list, done: str) -> None:
    if args.json:
        print_json(
            {
                "database": str(context.db_path),
                "encrypted": cipher.is_encrypted(context.db_path),
                "backups": [str(p) for p in converted],
            }
        )
        return
    print(f"Database {done}: {context.db_path}")
    print(f"Reservekopieën {done}: {len(converted)}")
