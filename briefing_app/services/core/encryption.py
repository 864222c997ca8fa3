"""Turning encryption at rest on and off for a database, for the app and the command line.

Both faces call these functions; the conversion itself (atomic, verified, backups included)
lives in `store.conversion`, the keys in `store.cipher`. A database that a running Briefing
window (or any other connection) has open is refused by `store.exclusive`: that window
would keep writing to the replaced file.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of, templates
from briefing_app.services.core.workspace import PassphraseError, WorkspaceError
from briefing_app.store import cipher
from briefing_app.store.conversion import ConversionError, convert_database

MIN_LENGTH = 8


_t = templates("encryption")


TOO_SHORT = _t(
    "too_short",
    QT_TRANSLATE_NOOP("messages", "Kies een wachtwoord van minstens {count} tekens."),
)
SPACE_AT_END = _t(
    "space_at_end",
    QT_TRANSLATE_NOOP("messages", "Een wachtwoord mag niet met een spatie beginnen of eindigen."),
)
NOTHING_CHANGED = _t(
    "nothing_changed", QT_TRANSLATE_NOOP("messages", "{problem} Er is niets veranderd.")
)
DOES_NOT_EXIST = _t("missing", QT_TRANSLATE_NOOP("messages", "De database {path} bestaat niet."))


def check_new_passphrase(passphrase: str) -> Message | None:
    """Why ``passphrase`` is not good enough to encrypt with (None: it is)."""
    if len(passphrase) < MIN_LENGTH:
        return TOO_SHORT(count=MIN_LENGTH)
    if passphrase.strip() != passphrase:
        return SPACE_AT_END()
    return None


def encrypt_workspace(path: Path, passphrase: str) -> list[Path]:
    """Encrypt the database ``path`` and its backups with ``passphrase``."""
    problem = check_new_passphrase(passphrase)
    if problem:
        raise WorkspaceError(NOTHING_CHANGED(problem=problem))
    cipher.unlock(passphrase)
    return _convert(path, encrypt=True)


def decrypt_workspace(path: Path, passphrase: str) -> list[Path]:
    """Store the database ``path`` and its backups unencrypted again.

    The passphrase is checked first, without dropping the key this process holds: a typing
    error in the app leaves the open database usable.
    """
    if path.is_file() and cipher.is_encrypted(path) and not cipher.matches(path, passphrase):
        raise PassphraseError(cipher.WRONG, needed=False)
    cipher.unlock(passphrase)
    converted = _convert(path, encrypt=False)
    cipher.forget()
    return converted


def _convert(path: Path, *, encrypt: bool) -> list[Path]:
    if not path.is_file():
        raise WorkspaceError(DOES_NOT_EXIST(path=str(path)))
    try:
        return convert_database(path, encrypt=encrypt)
    except cipher.CipherError as exc:
        needed = isinstance(exc, cipher.PassphraseNeededError)
        raise PassphraseError(message_of(exc), needed=needed) from exc
    except ConversionError as exc:
        raise WorkspaceError(message_of(exc)) from exc
