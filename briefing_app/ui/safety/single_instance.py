"""One app per database: a second start on the same file brings the first to the front.

A `QLockFile` beside the database says who has it open (stale locks of a crashed app are
taken over after a check that the process is gone). The first instance also listens on a
`QLocalServer` (a local socket or named pipe, never the network) named after the database;
a second instance that finds the lock taken sends "show" there and then stops. QtNetwork is
imported only to listen and to ask, and the app listens after its first paint (start-up time).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1000


def server_name(db_path: Path) -> str:
    import hashlib  # with OpenSSL: only to listen (after the first paint) or to ask

    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    return f"briefing-{digest}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class SingleInstance(QObject):
    """Holds the lock for one database; ``raise_requested`` fires when a second start asks."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._lock = QLockFile(str(lock_path(db_path)))
        self._lock.setStaleLockTime(0)  # only a lock whose process is gone counts as stale
        self._server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this process may use the database; False when another instance has it.

        A folder that cannot hold the lock file (read-only) is not a reason to refuse: the
        database then opens read-only anyway. ``listen=False`` leaves `listen()` for later.
        """
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def notify_running(self) -> bool:
        """Ask the instance that has the database to come to the front.

        That instance starts listening just after its first paint: a start in that moment
        tries again until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        while True:
            socket.connectToServer(server_name(self.db_path))
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        socket.write(b"show\n")
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def listen(self) -> None:
        """Answer a second start on this database (once the lock is ours)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        name = server_name(self.db_path)
        QLocalServer.removeServer(name)  # a leftover of a crashed instance
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._server.listen(name)

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready(s))

    def _on_socket_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"show"):
            self.raise_requested.emit()
        socket.disconnectFromServer()
