"""Encryption at rest: opening SQLCipher databases with the passphrase this process holds.

An encrypted Briefing database is a SQLCipher 4 file (through the `sqlcipher3` package): every
page, of the database and of its WAL, is encrypted (AES-256, HMAC-SHA512 per page). A plain
SQLite file starts with the 16 bytes "SQLite format 3\\0"; a SQLCipher file starts with its
random salt instead, which `is_encrypted` checks without opening anything.

SQLCipher derives the page key from the passphrase with 256,000 rounds of PBKDF2-HMAC-SHA512:
a quarter of a second per connection. The key is derived once per salt and kept in this
process's memory, so every further connection (a reader thread, a backup, its verification)
opens in a fraction of a millisecond with the raw key. New files (a backup, a conversion)
are keyed with the same key and salt as the database, so one passphrase opens all of them.
`forget()` drops the passphrase and every derived key: the app's lock.

`connect` is the one place that opens a database file: a plain file gets a `sqlite3`
connection; an encrypted one a SQLCipher connection whose errors are re-raised as the
equivalent `sqlite3` exceptions, so every `except sqlite3.Error` in Briefing (and in
sqlite-utils) keeps working. SQLite's temporary storage stays in memory on encrypted
connections, so no plain page reaches a temporary file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default; the derived key must equal SQLCipher's own
PASSPHRASE_ENV = "BRIEFING_DB_PASSPHRASE"
CACHE_KIB = 64 * 1024  # page cache of an encrypted connection (plain ones: SQLite's 2 MiB)


_t = templates("cipher")


# What the keys can say, as messages (see domain/messages.py); the app shows them translated.
WRONG = _t(
    "wrong",
    QT_TRANSLATE_NOOP(
        "messages",
        "Het wachtwoord van de database klopt niet. Er is niets geopend of gewijzigd; probeer "
        "het opnieuw.",
    ),
)()
NEEDED = _t(
    "needed",
    QT_TRANSLATE_NOOP("messages", "Deze database is versleuteld: geef eerst het wachtwoord."),
)()
NOT_RECOVERABLE = _t(
    "not_recoverable",
    QT_TRANSLATE_NOOP(
        "messages",
        "Let op: een vergeten wachtwoord kan niet worden hersteld. Zonder het wachtwoord zijn de "
        "database en haar reservekopieën voorgoed onleesbaar; ook Briefing kan er niet bij.",
    ),
)()
EMPTY = _t("empty", QT_TRANSLATE_NOOP("messages", "Een leeg wachtwoord kan niet worden gebruikt."))
NO_SQLCIPHER = _t(
    "no_sqlcipher",
    QT_TRANSLATE_NOOP(
        "messages",
        "Versleutelde databases vragen het pakket sqlcipher3, dat ontbreekt in deze installatie.",
    ),
)


class CipherError(Exception):
    """The passphrase is missing or wrong; the message says so in Dutch."""


class PassphraseNeededError(CipherError):
    pass


class WrongPassphraseError(CipherError):
    pass


class _Keys:
    """The passphrase of this process and the keys derived from it, per salt."""

    passphrase: str | None = None
    by_salt: dict[bytes, bytes] = {}  # noqa: RUF012  # one process-wide cache, reset by forget()
    salt: bytes | None = None  # the salt of the database opened last: new files get it too
    encrypt_new = False  # `init --encrypt` and the first start: new databases are encrypted


def unlock(passphrase: str, *, encrypt_new: bool = False) -> None:
    """Hold ``passphrase`` for the files this process opens (until `forget`); with
    ``encrypt_new``, a database created from now on is encrypted with it too."""
    if not passphrase:
        raise CipherError(EMPTY())
    if passphrase != _Keys.passphrase:
        forget()
    _Keys.passphrase = passphrase
    _Keys.encrypt_new = _Keys.encrypt_new or encrypt_new


def forget() -> None:
    """Drop the passphrase and every derived key: encrypted files can no longer be opened."""
    _Keys.passphrase = None
    _Keys.by_salt = {}
    _Keys.salt = None
    _Keys.encrypt_new = False


def unlocked() -> bool:
    return _Keys.passphrase is not None or bool(_Keys.by_salt)


def is_encrypted(path: Path | str) -> bool:
    """True when ``path`` is a SQLCipher file (not a plain SQLite file, not empty).

    A file of whole pages (a multiple of 512 bytes) without SQLite's header is taken for
    SQLCipher; anything else without the header is a damaged or foreign file, which opening
    reports as such.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and head != PLAIN_HEADER


def connect(
    target: Path | str,
    *,
    uri: bool = False,
    timeout: float = 5.0,
    encrypt_new: bool | None = None,
) -> sqlite3.Connection:
    """Open ``target`` (a path, or a ``file:`` URI with ``uri=True``) as it is stored.

    A file that does not exist yet (or is empty) is created encrypted when ``encrypt_new`` is
    true, or, when it is None, when `unlock(..., encrypt_new=True)` asked for it. Raises
    PassphraseNeededError or WrongPassphraseError for an encrypted file it cannot open.
    """
    path = _file_of(target, uri)
    new = path is None or not path.exists() or path.stat().st_size == 0
    if path is None or (not is_encrypted(path) and not new):
        return sqlite3.connect(str(target), uri=uri, timeout=timeout, check_same_thread=False)
    if new and not (_Keys.encrypt_new if encrypt_new is None else encrypt_new):
        return sqlite3.connect(str(target), uri=uri, timeout=timeout, check_same_thread=False)
    key = _new_key() if new else _key_of(path)
    return _keyed(str(target), uri, timeout, key, check=not new)


def open_for_export(path: Path) -> sqlite3.Connection:
    """A SQLCipher connection to ``path``, plain or encrypted, that can `sqlcipher_export`."""
    if is_encrypted(path):
        return _keyed(str(path), False, 5.0, _key_of(path), check=True)
    dbapi2 = _sqlcipher()
    conn = dbapi2.connect(str(path), check_same_thread=False, factory=_connection_class())
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn  # type: ignore[no-any-return]


def matches(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path``; the keys held stay as they are."""
    import hashlib  # OpenSSL: only when a key is derived (see `_derive`)

    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )
    if salt in _Keys.by_salt:
        return derived == _Keys.by_salt[salt]
    conn = _sqlcipher().connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{_raw((derived, salt))}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except _sqlcipher().DatabaseError:
        return False
    finally:
        conn.close()


def key_pragma_value(path: Path | None = None) -> str:
    """The raw key (with its salt) for `ATTACH ... KEY`: that of ``path``, or the one for
    new files."""
    return _raw(_key_of(path) if path is not None else _new_key())


def _keyed(
    target: str, uri: bool, timeout: float, key: tuple[bytes, bytes], *, check: bool
) -> sqlite3.Connection:
    dbapi2 = _sqlcipher()
    conn = dbapi2.connect(
        target, uri=uri, timeout=timeout, check_same_thread=False, factory=_connection_class()
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log
        conn.execute(f'PRAGMA key = "{_raw(key)}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        # Pages are decrypted when read into SQLite's cache: a larger cache keeps what was read
        # decrypted, instead of decrypting it again from the OS cache at the next search.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            if _Keys.by_salt.get(key[1]) == key[0]:
                del _Keys.by_salt[key[1]]  # derived from a wrong passphrase: not kept
            raise WrongPassphraseError(WRONG) from None
        raise
    _Keys.salt = key[1]
    return conn  # type: ignore[no-any-return]


def _raw(key: tuple[bytes, bytes]) -> str:
    derived, salt = key
    return f"x'{derived.hex()}{salt.hex()}'"


def _key_of(path: Path) -> tuple[bytes, bytes]:
    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    derived = _Keys.by_salt.get(salt)
    if derived is None:
        derived = _derive(salt)
    return derived, salt


def _new_key() -> tuple[bytes, bytes]:
    if _Keys.salt is not None and _Keys.salt in _Keys.by_salt:
        return _Keys.by_salt[_Keys.salt], _Keys.salt
    salt = os.urandom(SALT_BYTES)
    return _derive(salt), salt


def _derive(salt: bytes) -> bytes:
    if _Keys.passphrase is None:
        raise PassphraseNeededError(NEEDED)
    import hashlib  # loads OpenSSL (megabytes): only when a key is derived, not at every start

    derived = hashlib.pbkdf2_hmac(
        "sha512", _Keys.passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )
    _Keys.by_salt[salt] = derived
    return derived


def _file_of(target: Path | str, uri: bool) -> Path | None:
    text = str(target)
    if text == ":memory:" or text == "":
        return None
    if not uri:
        return Path(text)
    parsed = urlparse(text)
    if "memory" in parsed.query or not parsed.path:
        return None
    return Path(unquote(parsed.path))


def _sqlcipher() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise CipherError(NO_SQLCIPHER()) from exc
    return dbapi2


# --- SQLCipher errors as sqlite3 errors ---------------------------------------------------

T = TypeVar("T")


def _as_sqlite3(exc: Exception) -> sqlite3.Error:
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    translated = kind(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(translated, attr, getattr(exc, attr))
    return translated


def _translating(call: Callable[..., T], *args: Any) -> T:
    try:
        return call(*args)
    except _sqlcipher().Error as exc:
        raise _as_sqlite3(exc) from exc


_CLASSES: dict[str, type] = {}


def _connection_class() -> type:
    """A SQLCipher connection (and cursor) that raises sqlite3's exceptions; built on first use
    so that plain databases never import sqlcipher3."""
    if "connection" in _CLASSES:
        return _CLASSES["connection"]
    dbapi2 = _sqlcipher()

    class Cursor(dbapi2.Cursor):  # type: ignore[misc,name-defined]
        def execute(self, *args: Any) -> Any:
            return _translating(super().execute, *args)

        def executemany(self, *args: Any) -> Any:
            return _translating(super().executemany, *args)

        def executescript(self, *args: Any) -> Any:
            return _translating(super().executescript, *args)

        def fetchone(self) -> Any:
            return _translating(super().fetchone)

        def fetchmany(self, *args: Any) -> Any:
            return _translating(super().fetchmany, *args)

        def fetchall(self) -> Any:
            return _translating(super().fetchall)

        def __iter__(self) -> Iterator[Any]:
            return self

        def __next__(self) -> Any:
            return _translating(super().__next__)

    class Connection(dbapi2.Connection):  # type: ignore[misc,name-defined]
        def cursor(self, factory: Any = Cursor) -> Any:
            return _translating(super().cursor, factory)

        def execute(self, *args: Any) -> Any:
            return self.cursor().execute(*args)

        def executemany(self, *args: Any) -> Any:
            return self.cursor().executemany(*args)

        def executescript(self, *args: Any) -> Any:
            return self.cursor().executescript(*args)

        @property
        def in_transaction(self) -> bool:
            return _translating(lambda: dbapi2.Connection.in_transaction.__get__(self))

        def commit(self) -> None:
            _translating(super().commit)

        def rollback(self) -> None:
            _translating(super().rollback)

        def backup(self, target: Any, **kwargs: Any) -> None:
            _translating(lambda: super(Connection, self).backup(target, **kwargs))

    _CLASSES["connection"] = Connection
    return Connection
