"""What the file system under the database allows: writing, and whether it is a network share.

SQLite's locking and WAL rely on shared memory and byte-range locks that network file systems
(NFS, SMB/CIFS) implement badly or not at all, so a database there can be damaged by two users
at once. We can only warn: detection reads `/proc/mounts` on Linux and asks Windows for the
drive type; on macOS and other systems it is not attempted (honestly: unknown).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, Template

FILE_READ_ONLY = Template(
    "filesystem.file_read_only", QT_TRANSLATE_NOOP("messages", "het bestand is alleen-lezen")
)
FOLDER_READ_ONLY = Template(
    "filesystem.folder_read_only",
    QT_TRANSLATE_NOOP("messages", "de map waarin de database staat mag niet worden beschreven"),
)
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "ceph",
        "glusterfs",
        "9p",
        "fuse.sshfs",
        "fuse.rclone",
        "davfs",
        "fuse.davfs2",
    }
)


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The type of the file system holding ``path`` (Linux), or None when unknown."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_share(path: Path) -> bool | None:
    """True on a network share, False on a local disk, None where this system cannot tell."""
    if sys.platform.startswith("linux"):
        fs_type = filesystem_type(path.parent if not path.exists() else path)
        return None if fs_type is None else fs_type in NETWORK_FS_TYPES
    if sys.platform == "win32":
        return _windows_remote(path)
    return None


def _windows_remote(path: Path) -> bool | None:  # pragma: no cover - exercised on Windows only
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]


def read_only_reason(path: Path) -> Message | None:
    """Why ``path`` cannot be written (a message), or None when it can.

    SQLite in WAL mode writes two files beside the database, so the folder must be writable
    too. `os.access` answers for the real user; for root it only catches read-only mounts.
    """
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return FILE_READ_ONLY()
    if not os.access(folder, os.W_OK):
        return FOLDER_READ_ONLY()
    return None


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by the owner only (0600), replacing a leftover.

    Temporary copies of the database (a backup being written, a restore, a conversion) hold
    the same confidential text: made private before the first page lands in them, not after.
    """
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
