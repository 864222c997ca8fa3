"""A shared folder as the delegation's post office: `briefing sync MAP` and its menu entry.

Every member writes one file into the folder, `<naam>-<replica>.briefing`, sealed with the
delegation's passphrase, holding what the least informed colleague it knows of has not seen
(everything, until it has heard from every colleague). A sync reads every bundle in the folder
that is new since the last sync (by the file's digest) and addressed to this member or to
everyone, merges what merges cleanly (after one backup), queues the conflicts (`conflicts`),
and then rewrites this member's own file. It writes nothing else in the folder and never
deletes or changes a file it did not write: a colleague's file is only read.

Each file carries what its writer had seen, so a colleague's changes travel on through others
(a member who never meets another still gets their work), and reading the same file twice, or
files out of order, changes nothing twice.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils

from briefing_app.services.exchange.applying import ImportResult, apply_import
from briefing_app.services.exchange.bundle import (
    collect_for_everyone,
    encode,
    read_bundle,
    remember_sent,
    write_sealed,
)
from briefing_app.services.exchange.crypto import BundleError, KdfParams, seal
from briefing_app.services.exchange.importing import plan_import
from briefing_app.store.backup import BackupError, BackupInfo, backup_before
from briefing_app.store.clocks import identity, set_member
from briefing_app.store.connection import write_transaction
from briefing_app.store.repository import now

SUFFIX = ".briefing"


@dataclass(frozen=True)
class FileOutcome:
    name: str
    member: str
    result: ImportResult | None  # None: not read (see ``note``)
    note: str = ""


@dataclass
class SyncReport:
    read: list[FileOutcome] = field(default_factory=list)
    skipped: list[FileOutcome] = field(default_factory=list)
    written: Path | None = None
    sent_items: int = 0
    backup: BackupInfo | None = None

    def total(self, name: str) -> int:
        return sum(getattr(o.result, name) for o in self.read if o.result is not None)


def own_file_name(member: str, replica: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", member.casefold()).strip("-")[:40] or "lid"
    return f"{slug}-{replica[:8]}{SUFFIX}"


def sync_folder(
    db: sqlite_utils.Database,
    folder: Path,
    passphrase: str,
    *,
    member: str,
    rename: bool = False,
    kdf: KdfParams | None = None,
) -> SyncReport:
    """Read what is new in ``folder``, merge it, queue conflicts, write this member's file.

    ``member`` names this database in the delegation when it has no name yet (``rename``:
    also when it has one)."""
    if not folder.is_dir():
        raise BundleError(f"De map {folder} bestaat niet (of is geen map). Er is niets gewijzigd.")
    with write_transaction(db):
        replica, known_as = identity(db)
        if member.strip() and (rename or not known_as):
            set_member(db, member)
    member = identity(db)[1] or member
    own = own_file_name(member, replica)
    report = SyncReport()
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name == own or path.name.startswith("."):
            continue
        _read_one(db, path, passphrase, replica, member, report)
    bundle = collect_for_everyone(db)
    target = folder / own
    # Rewritten only when its content changed: colleagues then skip it without decrypting.
    fingerprint = hashlib.sha256(encode(replace(bundle, created_at=""))).hexdigest()
    if not (target.exists() and _already_read(db, own, fingerprint)):
        write_sealed(target, seal(encode(bundle), passphrase, kdf))
        _remember_read(db, own, fingerprint)
    with write_transaction(db):
        remember_sent(db, bundle)
    report.written, report.sent_items = target, len(bundle.items)
    return report


def _read_one(
    db: sqlite_utils.Database,
    path: Path,
    passphrase: str,
    replica: str,
    member: str,
    report: SyncReport,
) -> None:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        report.skipped.append(FileOutcome(path.name, "", None, f"niet te lezen ({exc.strerror})"))
        return
    if _already_read(db, path.name, digest):
        return
    try:
        bundle = read_bundle(path, passphrase)
    except BundleError as exc:
        report.skipped.append(FileOutcome(path.name, "", None, str(exc)))
        return
    if bundle.sender == replica:  # under an earlier name of this member: left as it is
        _remember_read(db, path.name, digest)
        return
    if bundle.to not in (None, replica):
        _remember_read(db, path.name, digest)
        return
    plan = plan_import(db, bundle)
    if plan.has_work and report.backup is None:
        try:
            report.backup = backup_before(db.conn, "sync")
        except BackupError as exc:
            raise BundleError(f"{exc} Daarom is er niets ingelezen.") from exc
    try:
        result = apply_import(db, plan, user=member, on_conflict="queue", backup=False)
    except BundleError as exc:  # nothing of this file was applied; the others still are
        report.skipped.append(FileOutcome(path.name, bundle.member, None, str(exc)))
        return
    _remember_read(db, path.name, digest)
    report.read.append(FileOutcome(path.name, bundle.member, result))


def _already_read(db: sqlite_utils.Database, name: str, digest: str) -> bool:
    row = db.execute("SELECT digest FROM sync_inbox WHERE file_name = ?", [name]).fetchone()
    return bool(row) and row[0] == digest


def _remember_read(db: sqlite_utils.Database, name: str, digest: str) -> None:
    try:
        with write_transaction(db):
            db.execute(
                "INSERT INTO sync_inbox (file_name, digest, read_at) VALUES (?, ?, ?) "
                "ON CONFLICT (file_name) DO UPDATE SET digest = excluded.digest, "
                "read_at = excluded.read_at",
                [name, digest, now()],
            )
    except sqlite3.Error:
        return  # only an optimisation: reading the file again changes nothing twice
