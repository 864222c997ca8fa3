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

from briefing_app.domain.messages import message_of
from briefing_app.services.exchange import messages
from briefing_app.services.exchange.applying import ImportResult, apply_import
from briefing_app.services.exchange.bundle import (
    Bundle,
    collect_for_everyone,
    decode,
    encode,
    remember_sent,
    write_sealed,
)
from briefing_app.services.exchange.crypto import BundleError, KdfParams, seal, unseal
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


@dataclass(frozen=True)
class Outbox:
    """Who syncs, and the files this database already read (name -> digest)."""

    replica: str
    member: str
    own: str  # this member's file name
    read: dict[str, str]


@dataclass(frozen=True)
class Opened:
    """A new file of the folder, decrypted (``bundle``) or not (``problem``)."""

    name: str
    digest: str
    bundle: Bundle | None
    problem: str = ""


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
    also when it has one). The app runs the same steps, the slow ones (decrypting, sealing)
    on a worker thread: `prepare`, `open_new`, `merge_opened`, `own_payload`, `sent`."""
    outbox = prepare(db, folder, member=member, rename=rename)
    report = merge_opened(db, outbox, open_new(folder, outbox, passphrase))
    outgoing = own_payload(db, folder, outbox)
    if outgoing is not None:
        write_sealed(folder / outbox.own, seal(outgoing[1], passphrase, kdf))
    sent(db, folder, outbox, outgoing, report)
    return report


def prepare(db: sqlite_utils.Database, folder: Path, *, member: str, rename: bool) -> Outbox:
    if not folder.is_dir():
        raise BundleError(messages.NO_SUCH_FOLDER(path=str(folder)))
    with write_transaction(db):
        replica, known_as = identity(db)
        if member.strip() and (rename or not known_as):
            set_member(db, member)
    member = identity(db)[1] or member
    read = {str(n): str(d) for n, d in db.execute("SELECT file_name, digest FROM sync_inbox")}
    return Outbox(replica, member, own_file_name(member, replica), read)


def open_new(folder: Path, outbox: Outbox, passphrase: str) -> list[Opened]:
    """Every file in the folder not read before, decrypted; touches no database."""
    opened = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name == outbox.own or path.name.startswith("."):
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            opened.append(
                Opened(path.name, "", None, messages.UNREADABLE_FILE(reason=exc.strerror))
            )
            continue
        digest = hashlib.sha256(data).hexdigest()
        if outbox.read.get(path.name) == digest:
            continue
        try:
            opened.append(Opened(path.name, digest, decode(unseal(data, passphrase))))
        except BundleError as exc:
            opened.append(Opened(path.name, digest, None, message_of(exc)))
    return opened


def merge_opened(db: sqlite_utils.Database, outbox: Outbox, opened: list[Opened]) -> SyncReport:
    report = SyncReport()
    for item in opened:
        _merge_one(db, outbox, item, report)
    return report


def own_payload(
    db: sqlite_utils.Database, folder: Path, outbox: Outbox
) -> tuple[Bundle, bytes, str] | None:
    """This member's bundle (with its fingerprint), or None when the file already holds it:
    rewritten only when its content changed, so colleagues skip it without decrypting."""
    bundle = collect_for_everyone(db)
    fingerprint = hashlib.sha256(encode(replace(bundle, created_at=""))).hexdigest()
    if outbox.read.get(outbox.own) == fingerprint and (folder / outbox.own).exists():
        return None
    return bundle, encode(bundle), fingerprint


def sent(
    db: sqlite_utils.Database,
    folder: Path,
    outbox: Outbox,
    outgoing: tuple[Bundle, bytes, str] | None,
    report: SyncReport,
) -> None:
    """After this member's file was written (or found current): remember it."""
    bundle = outgoing[0] if outgoing else collect_for_everyone(db)
    if outgoing is not None:
        _remember_read(db, outbox.own, outgoing[2])
    with write_transaction(db):
        remember_sent(db, bundle)
    report.written, report.sent_items = folder / outbox.own, len(bundle.items)


def _merge_one(
    db: sqlite_utils.Database, outbox: Outbox, opened: Opened, report: SyncReport
) -> None:
    bundle = opened.bundle
    if bundle is None:
        report.skipped.append(FileOutcome(opened.name, "", None, opened.problem))
        return
    if bundle.sender == outbox.replica or bundle.to not in (None, outbox.replica):
        _remember_read(db, opened.name, opened.digest)  # an older file of ours, or not for us
        return
    plan = plan_import(db, bundle)
    if plan.has_work and report.backup is None:
        try:
            report.backup = backup_before(db.conn, "sync")
        except BackupError as exc:
            raise BundleError(messages.NO_BACKUP_SYNC(reason=message_of(exc))) from exc
    try:
        result = apply_import(db, plan, user=outbox.member, on_conflict="queue", backup=False)
    except BundleError as exc:  # nothing of this file was applied; the others still are
        report.skipped.append(FileOutcome(opened.name, bundle.member, None, message_of(exc)))
        return
    _remember_read(db, opened.name, opened.digest)
    report.read.append(FileOutcome(opened.name, bundle.member, result))


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
