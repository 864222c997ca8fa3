"""Exchange without a server: what a colleague has not seen yet, as one encrypted file.

`collect` gathers items with their clocks (`store.clocks`): for one colleague exactly the items
holding a change that colleague has not seen (by the version vector they sent with their last
bundle); for everyone, everything (or everything changed since a chosen moment); or chosen
dossiers with what their items cite. Deleted items travel as tombstones (who, when, and what the
delete had seen). A bundle names its sender (replica id and member name), its addressee (None:
anyone in the delegation) and what the sender has seen; a bundle that does not hold everything
new to its reader (chosen dossiers, a moment) says it is partial, so the reader merges its items
but does not count the sender's whole state as seen.

`export_bundle` serialises in memory, seals with a passphrase (`crypto`) and writes the file
atomically: nothing is ever written in plain text. `read_bundle` opens and checks a file;
importing it is `importing`. A bundle for one edition (`--editie`) holds only what that edition
may show (see `exchange.edition`): it is partial and carries no tombstones, so it never makes
its reader delete or change what it did not receive.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import ALL_KINDS, KINDS_BY_TABLE
from briefing_app.services.exchange import messages
from briefing_app.services.exchange.crypto import BundleError, KdfParams, seal, unseal
from briefing_app.services.exchange.edition import keep_for_edition
from briefing_app.services.exchange.payload import (
    OLDER_VERSION,
    PAYLOAD_VERSION,
    Bundle,
    BundleItem,
    decode,
    encode,
)
from briefing_app.store.clocks import (
    GENESIS,
    Vector,
    identity,
    item_state,
    note_sent,
    peers,
    seen,
)
from briefing_app.store.connection import write_transaction
from briefing_app.store.filesystem import create_private_file
from briefing_app.store.migrations import schema_version
from briefing_app.store.repository import now
from briefing_app.store.shared_state import content_of


@dataclass(frozen=True)
class ExportResult:
    path: Path
    items: int
    recorded: bool  # False when the database is read-only: nothing remembered as sent


def collect(
    db: sqlite_utils.Database,
    dossiers: Sequence[str] | None = None,
    edition: Edition | None = None,
    *,
    known: Mapping[str, int] | None = None,
    to: str | None = None,
    since: str | None = None,
) -> Bundle:
    """The items to share: what ``known`` does not cover, or everything, or chosen dossiers;
    for an edition, only what it may show."""
    chosen = tuple(dict.fromkeys(dossiers)) if dossiers else None
    if chosen:
        ids = _dossier_items(db, list(chosen))
    elif known is not None:
        ids = _unseen(db, known)
    else:
        ids = _everything(db)
    if since:
        changed = {
            (str(t), str(i))
            for t, i in db.execute(
                "SELECT DISTINCT item_table, item_id FROM revisions WHERE changed_at >= ?", [since]
            ).fetchall()
        }
        ids = [key for key in ids if key in changed]
    if edition is not None:
        items = _for_edition(db, ids, edition)
    else:
        items = tuple(_item(db, table, item_id) for table, item_id in ids)
    replica, member = _identity_or_blank(db)  # collect never writes: callers make the identity
    return Bundle(
        now(),
        schema_version(db),
        chosen,
        items,
        sender=replica,
        member=member,
        to=to,
        seen=seen(db),
        base=dict(known or {}),
        partial=bool(chosen or since or edition),
        edition=edition.level.value if edition is not None else None,
    )


def collect_for_everyone(db: sqlite_utils.Database) -> Bundle:
    """What the least informed known colleague has not seen (everything when none is known)."""
    from briefing_app.store.clocks import meet

    known_peers = peers(db)
    known = meet([p.acked for p in known_peers]) if known_peers else None
    return collect(db, known=known)


def _identity_or_blank(db: sqlite_utils.Database) -> tuple[str, str]:
    """This database's replica id and member name; blank when it never had one (read-only)."""
    row = db.execute("SELECT replica_id, member FROM replica").fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def _item(
    db: sqlite_utils.Database, table: str, item_id: str, row: Mapping[str, object] | None = None
) -> BundleItem:
    kind = KINDS_BY_TABLE[table]
    state = item_state(db, table, item_id)
    if row is None:
        rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
        row = rows[0] if rows else None
    # A field the row does not carry (left out for an edition) is not sent at all.
    values = {k: v for k, v in content_of(kind, row).items() if k in row} if row else None
    clocks = {
        name: c for name, c in state.fields.items() if c != GENESIS and (not row or name in row)
    }
    return BundleItem(kind.name, item_id, values, clocks, state.existence)


def _for_edition(
    db: sqlite_utils.Database, ids: list[tuple[str, str]], edition: Edition
) -> tuple[BundleItem, ...]:
    """Only living items the edition may show, without the fields it hides (no tombstones)."""
    rows: dict[str, dict[str, dict[str, object]]] = {k.table: {} for k in ALL_KINDS}
    for table, item_id in ids:
        found = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
        if found:
            rows[table][item_id] = found[0]
    kept = keep_for_edition(db, rows, edition)
    return tuple(
        _item(db, table, item_id, kept[table][item_id])
        for table, item_id in ids
        if item_id in kept.get(table, {})
    )


def _everything(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    ids = [
        (kind.table, str(r[0]))
        for kind in ALL_KINDS
        for r in db.execute(f"SELECT id FROM [{kind.table}] ORDER BY sort_order, rowid")
    ]
    present = set(ids)
    return ids + [key for key in _tombstones(db) if key not in present]


def _tombstones(db: sqlite_utils.Database) -> Iterator[tuple[str, str]]:
    """Items whose latest existence event is a delete."""
    sql = (
        "SELECT item_table, item_id, action FROM revisions WHERE id IN (SELECT max(id) FROM "
        "revisions WHERE field IS NULL AND action IN ('create', 'delete', 'keep', 'restore') "
        "GROUP BY item_table, item_id) AND action = 'delete'"
    )
    for table, item_id, _ in db.execute(sql).fetchall():
        if table in KINDS_BY_TABLE:
            yield str(table), str(item_id)


def _unseen(db: sqlite_utils.Database, known: Mapping[str, int]) -> list[tuple[str, str]]:
    """Items with a revision whose dot ``known`` does not cover, in the order of ALL_KINDS."""
    sql = (
        "SELECT DISTINCT item_table, item_id FROM revisions WHERE replica IS NOT NULL "
        "AND counter > coalesce(json_extract(?, '$.\"' || replica || '\"'), 0)"
    )
    found = {(str(t), str(i)) for t, i in db.execute(sql, [json.dumps(dict(known))]).fetchall()}
    order = {kind.table: n for n, kind in enumerate(ALL_KINDS)}
    return sorted((k for k in found if k[0] in order), key=lambda k: (order[k[0]], k[1]))


def _dossier_items(db: sqlite_utils.Database, slugs: list[str]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in slugs)
    found = list(db.query(f"SELECT * FROM dossiers WHERE slug IN ({marks})", slugs))
    missing = sorted(set(slugs) - {str(r["slug"]) for r in found})
    if missing:
        raise BundleError(messages.UNKNOWN_DOSSIERS(slugs=", ".join(missing)))
    rows: dict[str, dict[str, dict[str, object]]] = {k.table: {} for k in ALL_KINDS}
    ids = [str(r["id"]) for r in found]
    rows["dossiers"] = {str(r["id"]): r for r in found}
    id_marks = ", ".join("?" for _ in ids)
    for kind in ALL_KINDS:
        if kind.table != "dossiers" and "dossier_id" in kind.field_names:
            sql = f"SELECT * FROM [{kind.table}] WHERE dossier_id IN ({id_marks}) ORDER BY sort_order, rowid"
            rows[kind.table].update({str(r["id"]): r for r in db.query(sql, ids)})
    # What the chosen items cite (sources, stakeholders, meetings) travels with them.
    for kind in ALL_KINDS:
        for row in list(rows[kind.table].values()):
            for f in kind.fields:
                target = row.get(f.name)
                if f.references and target and str(target) not in rows[f.references]:
                    cited = list(db.query(f"SELECT * FROM [{f.references}] WHERE id = ?", [target]))
                    if cited and f.references != "dossiers":
                        rows[f.references][str(target)] = cited[0]
    return [(kind.table, item_id) for kind in ALL_KINDS for item_id in rows[kind.table]]


def export_bundle(
    db: sqlite_utils.Database,
    target: Path,
    passphrase: str,
    *,
    dossiers: Sequence[str] | None = None,
    edition: Edition | None = None,
    to: str | None = None,
    since: str | None = None,
    read_only: bool = False,
    kdf: KdfParams | None = None,
) -> ExportResult:
    """Write a bundle: for the colleague with replica id ``to`` what they have not seen; without
    ``to`` everything (or chosen dossiers, or what changed since ``since``)."""
    bundle = outgoing(db, dossiers, edition, to=to, since=since, read_only=read_only)
    if read_only:
        write_sealed(target, seal(encode(bundle), passphrase, kdf))
        return ExportResult(target, len(bundle.items), False)
    data = seal(encode(bundle), passphrase, kdf)
    # Remembered only when the file is really written: the record rolls back if writing fails.
    with write_transaction(db):
        remember_sent(db, bundle)
        write_sealed(target, data)
    return ExportResult(target, len(bundle.items), True)


def outgoing(
    db: sqlite_utils.Database,
    dossiers: Sequence[str] | None = None,
    edition: Edition | None = None,
    *,
    to: str | None = None,
    since: str | None = None,
    read_only: bool = False,
) -> Bundle:
    """The bundle to write (see `export_bundle`); a writable database first gets its replica
    id, so the bundle names its sender."""
    if not read_only:
        with write_transaction(db):
            identity(db)
    return collect(db, dossiers, edition, known=_known_of(db, to), to=to, since=since)


def _known_of(db: sqlite_utils.Database, to: str | None) -> Vector | None:
    if to is None:
        return None
    for peer in peers(db):
        if peer.replica_id == to:
            return peer.acked
    return None


def seal_and_write(
    target: Path, payload: bytes, passphrase: str, kdf: KdfParams | None = None
) -> Path:
    """The slow half of an export (key derivation, encryption, writing): touches no database,
    so the app runs it on a worker thread and calls `remember_sent` when it succeeded."""
    write_sealed(target, seal(payload, passphrase, kdf))
    return target


def remember_sent(db: sqlite_utils.Database, bundle: Bundle) -> None:
    """Note what the addressee (or every known colleague) was sent: informational; what a next
    bundle carries follows from what they say they have seen."""
    if bundle.partial:
        return
    with write_transaction(db):
        targets = [bundle.to] if bundle.to else [p.replica_id for p in peers(db)]
        note_sent(db, targets, bundle.created_at)


def write_sealed(target: Path, data: bytes) -> None:
    temp = target.with_name(f".{target.name}.tmp")
    try:
        create_private_file(temp)
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        from briefing_app.store.errors import describe_os_error

        raise BundleError(messages.NOT_WRITTEN(reason=describe_os_error(exc))) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def read_bundle(path: Path, passphrase: str) -> Bundle:
    try:
        data = path.read_bytes()
    except OSError as exc:
        from briefing_app.store.errors import describe_os_error

        reason = describe_os_error(exc, reading=True)
        raise BundleError(messages.NOT_READ(path=str(path), reason=reason)) from exc
    return decode(unseal(data, passphrase))


__all__ = [
    "OLDER_VERSION",
    "PAYLOAD_VERSION",
    "Bundle",
    "BundleItem",
    "ExportResult",
    "collect",
    "decode",
    "encode",
    "export_bundle",
    "read_bundle",
]
