"""Reading a WAL database in a folder nobody may write in: a private copy in memory.

SQLite reads a WAL database through its `-shm` index; in a read-only folder without one it
cannot make one, and opening the file as `immutable` would silently ignore every change still
in the `-wal` (shown stale data as sound: `show`, `search`, `check` and `bundle export` missed
committed edits). Instead the database file and the committed frames of its WAL are read into
memory here, exactly as SQLite's own recovery does: the WAL header and every frame carry
checksums and salts, and only frames up to the last valid commit count. The result is a
private in-memory database (`query_only`), never written anywhere.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit set: checksums over big-endian words
WAL_HEADER = 32
FRAME_HEADER = 24
MEMORY_LIMIT = 512 * 1024 * 1024


TOO_LARGE = Template(
    "wal_copy.too_large",
    QT_TRANSLATE_NOOP(
        "messages",
        "de database is te groot om zonder schrijfrechten veilig te lezen; kopieer de map naar "
        "een plek waar u mag schrijven en open haar daar",
    ),
)
UNREADABLE = Template(
    "wal_copy.unreadable",
    QT_TRANSLATE_NOOP("messages", "het bestand kon niet worden gelezen ({reason})"),
)


class WalCopyError(Exception):
    """The copy cannot be made (too large, not a WAL this code understands); Dutch message."""


def memory_copy(path: Path) -> sqlite3.Connection:
    """A read-only in-memory database holding ``path`` with its committed WAL applied."""
    wal_path = path.with_name(path.name + "-wal")
    try:
        size = path.stat().st_size + (wal_path.stat().st_size if wal_path.exists() else 0)
        if size > MEMORY_LIMIT:
            raise WalCopyError(TOO_LARGE())
        image = bytearray(path.read_bytes())
        wal = wal_path.read_bytes() if wal_path.exists() else b""
    except OSError as exc:
        raise WalCopyError(UNREADABLE(reason=str(exc))) from exc
    image = apply_wal(image, wal)
    if len(image) >= 20:
        image[18] = image[19] = 1  # a memory database keeps no WAL
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.deserialize(bytes(image))
    conn.execute("PRAGMA query_only = ON")
    return conn


def apply_wal(image: bytearray, wal: bytes) -> bytearray:
    """``image`` (the database file) with every committed, valid frame of ``wal`` applied."""
    if len(wal) < WAL_HEADER:
        return image
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", wal[:32])
    if magic not in WAL_MAGIC:
        return image  # not a WAL: SQLite would ignore it too
    big = bool(magic & 1)
    s = _checksum(wal[:24], (0, 0), big)
    if s != (c1, c2):
        return image  # a header that does not check out: no frame counts
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    pages = None
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(wal):
        header = wal[offset : offset + FRAME_HEADER]
        pgno, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", header)
        data = wal[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]
        if (fs1, fs2) != (salt1, salt2):
            break
        s = _checksum(data, _checksum(header[:8], s, big), big)
        if s != (fc1, fc2):
            break
        pending[pgno] = data
        if commit:
            committed.update(pending)
            pending = {}
            pages = commit
        offset += FRAME_HEADER + page_size
    if pages is None:
        return image
    total = pages * page_size
    if len(image) < total:
        image.extend(b"\0" * (total - len(image)))
    del image[total:]
    for pgno, data in committed.items():
        if pgno <= pages:
            image[(pgno - 1) * page_size : pgno * page_size] = data
    return image


def _checksum(data: bytes, start: tuple[int, int], big: bool) -> tuple[int, int]:
    s0, s1 = start
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1
