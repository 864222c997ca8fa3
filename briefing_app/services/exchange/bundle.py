"""Exchange without a server: a whole database or chosen dossiers as one encrypted file.

`export_bundle` gathers the items (for chosen dossiers: their items plus the sources,
stakeholders and meetings those cite), serialises them in memory, seals them with a passphrase
(`crypto`) and writes the file atomically. Nothing is ever written in plain text: the
temporary file beside the target already holds ciphertext. It then remembers, per item, what
was shared (`shared_state`), so a later import can tell real conflicts from one-sided changes.
`read_bundle` opens and validates a file; importing it is `importing`. A bundle for one edition
(`--editie`) holds only what that edition may show (see `exchange.edition`).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import ALL_KINDS, KINDS_BY_NAME, ItemKind
from briefing_app.services.exchange.crypto import NOT_A_BUNDLE, BundleError, KdfParams, seal, unseal
from briefing_app.services.exchange.edition import keep_for_edition
from briefing_app.store.connection import write_transaction
from briefing_app.store.filesystem import create_private_file
from briefing_app.store.migrations import schema_version
from briefing_app.store.repository import now
from briefing_app.store.shared_state import (
    content_hash,
    content_of,
    origin_hashes,
    record_shared,
)

PAYLOAD_FORMAT = "briefing-bundle"
PAYLOAD_VERSION = 1
MAX_ID_LENGTH = 64
HASH_LENGTH = 64  # sha256, hex


@dataclass(frozen=True)
class BundleItem:
    kind: str
    id: str
    values: dict[str, object]
    # Hash of the item's content when it was created (None: unknown). Lets the receiver see
    # that both sides started from the same content, before they ever exchanged anything.
    origin: str | None = None

    @property
    def item_kind(self) -> ItemKind:
        return KINDS_BY_NAME[self.kind]


@dataclass(frozen=True)
class Bundle:
    created_at: str
    schema_version: int
    dossiers: tuple[str, ...] | None  # None: the whole database
    items: tuple[BundleItem, ...]
    edition: str | None = None  # None: everything; else only what that edition may show


@dataclass(frozen=True)
class ExportResult:
    path: Path
    items: int
    recorded: bool  # False when the database is read-only: nothing remembered as shared


def collect(
    db: sqlite_utils.Database,
    dossiers: Sequence[str] | None = None,
    edition: Edition | None = None,
) -> Bundle:
    """The items to share: everything, or the named dossiers with what their items cite; for
    an edition, only what it may show."""
    rows: dict[str, dict[str, dict[str, object]]] = {k.table: {} for k in ALL_KINDS}
    if not dossiers:
        for kind in ALL_KINDS:
            for row in db.query(f"SELECT * FROM [{kind.table}] ORDER BY sort_order, rowid"):
                rows[kind.table][str(row["id"])] = row
    else:
        _collect_dossiers(db, list(dict.fromkeys(dossiers)), rows)
    if edition is not None:
        rows = keep_for_edition(db, rows, edition)
    origins = origin_hashes(db, ALL_KINDS)
    items = tuple(
        BundleItem(
            kind.name,
            item_id,
            # A field the row does not carry (left out for the edition) is not sent at all.
            {k: v for k, v in content_of(kind, row).items() if k in row},
            origins.get((kind.table, item_id)),
        )
        for kind in ALL_KINDS
        for item_id, row in rows[kind.table].items()
    )
    chosen = tuple(dict.fromkeys(dossiers)) if dossiers else None
    level = edition.level.value if edition is not None else None
    return Bundle(now(), schema_version(db), chosen, items, level)


def _collect_dossiers(
    db: sqlite_utils.Database, slugs: list[str], rows: dict[str, dict[str, dict[str, object]]]
) -> None:
    marks = ", ".join("?" for _ in slugs)
    found = list(db.query(f"SELECT * FROM dossiers WHERE slug IN ({marks})", slugs))
    missing = sorted(set(slugs) - {str(r["slug"]) for r in found})
    if missing:
        raise BundleError(f"Onbekend dossier: {', '.join(missing)}. Er is niets geschreven.")
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


def encode(bundle: Bundle) -> bytes:
    payload = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "created_at": bundle.created_at,
        "schema_version": bundle.schema_version,
        "dossiers": list(bundle.dossiers) if bundle.dossiers else None,
        "edition": bundle.edition,
        "items": [_encoded(i) for i in bundle.items],
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _encoded(item: BundleItem) -> dict[str, object]:
    encoded: dict[str, object] = {"kind": item.kind, "id": item.id, "values": item.values}
    if item.origin:
        encoded["origin"] = item.origin
    return encoded


def export_bundle(
    db: sqlite_utils.Database,
    target: Path,
    passphrase: str,
    *,
    dossiers: Sequence[str] | None = None,
    edition: Edition | None = None,
    read_only: bool = False,
    kdf: KdfParams | None = None,
) -> ExportResult:
    bundle = collect(db, dossiers, edition)
    data = seal(encode(bundle), passphrase, kdf)
    if read_only:
        write_sealed(target, data)
        return ExportResult(target, len(bundle.items), False)
    # Remembered only when the file is really written: the record rolls back if writing fails.
    with write_transaction(db):
        remember_shared(db, bundle)
        write_sealed(target, data)
    return ExportResult(target, len(bundle.items), True)


def seal_and_write(
    target: Path, payload: bytes, passphrase: str, kdf: KdfParams | None = None
) -> Path:
    """The slow half of an export (key derivation, encryption, writing): touches no database,
    so the app runs it on a worker thread and calls `remember_shared` when it succeeded."""
    write_sealed(target, seal(payload, passphrase, kdf))
    return target


def remember_shared(db: sqlite_utils.Database, bundle: Bundle) -> None:
    entries = [(i.item_kind.table, i.id, content_hash(i.item_kind, i.values)) for i in bundle.items]
    record_shared(db, entries, bundle.created_at)


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

        raise BundleError(
            f"De bundel kon niet worden geschreven: {describe_os_error(exc)}."
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def read_bundle(path: Path, passphrase: str) -> Bundle:
    try:
        data = path.read_bytes()
    except OSError as exc:
        from briefing_app.store.errors import describe_os_error

        raise BundleError(
            f"De bundel {path} kan niet worden gelezen: {describe_os_error(exc, reading=True)}."
        ) from exc
    return decode(unseal(data, passphrase))


def decode(payload: bytes) -> Bundle:
    """Parse and check the structure of a decrypted payload; values are checked on import."""
    try:
        data = json.loads(payload.decode("utf-8"))
        if data["format"] != PAYLOAD_FORMAT:
            raise BundleError(NOT_A_BUNDLE)
        if data["version"] != PAYLOAD_VERSION:
            raise BundleError(
                "Deze bundel is gemaakt met een andere versie van Briefing. Er is niets gewijzigd."
            )
        items = tuple(_item(raw) for raw in data["items"])
        dossiers = data.get("dossiers")
        edition = data.get("edition")  # absent in bundles of earlier versions
        return Bundle(
            str(data["created_at"]),
            int(data["schema_version"]),
            tuple(str(d) for d in dossiers) if dossiers else None,
            items,
            None if edition is None else Edition.of(str(edition)).level.value,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BundleError(NOT_A_BUNDLE) from None


def _item(raw: dict[str, object]) -> BundleItem:
    kind = KINDS_BY_NAME[str(raw["kind"])]
    item_id, values = raw["id"], raw["values"]
    if not isinstance(item_id, str) or not 0 < len(item_id) <= MAX_ID_LENGTH:
        raise ValueError("bad id")
    if not isinstance(values, dict) or set(values) - set(content_of(kind, {})):
        raise ValueError("bad values")
    origin = raw.get("origin")  # absent in bundles of earlier versions
    if origin is not None and not (isinstance(origin, str) and len(origin) == HASH_LENGTH):
        raise ValueError("bad origin")
    return BundleItem(kind.name, item_id, dict(values), origin)
