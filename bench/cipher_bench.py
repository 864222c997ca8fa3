"""Encrypted against plain: the same database as a SQLCipher file and as a plain SQLite file.

Each row runs Briefing's own code on both copies of one generated database, alternately, and
compares the encrypted figure with the plain one measured in the same run (the floor):

- *open*: `connect()` as every command and the app's start do; for the encrypted file the
  passphrase is dropped before each open, so every open pays the key derivation (PBKDF2-HMAC-
  SHA512, 256,000 rounds) once, as a new process does. Stated, no target.
- *search*: `store.search.search` with the queries of the search benchmark, warm cache.
- *save one edit*: `Repository.update` of a talking point (WAL, `synchronous=FULL`, revision,
  search index, fsync).
- *pack export*: `prepare_pack` + `write_pack` of the vertrouwelijk edition.

Plain files are read by Python's `sqlite3`, encrypted ones by SQLCipher (`sqlcipher3`), as in
the app: the rows compare what a user gets, SQLite versions included.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

from bench.datasets import CACHE, scratch_copy
from bench.search_bench import QUERIES
from bench.stats import Result, median, ms, timed_ms
from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store import cipher
from briefing_app.store.connection import connect
from briefing_app.store.conversion import convert_database
from briefing_app.store.repository import Repository
from briefing_app.store.search import search

PASSPHRASE = "meet-de-versleuteling"
TARGET = 1.3


def encrypted_copy(path: Path) -> Path:
    """An encrypted copy of a generated database, cached beside it."""
    target = CACHE / f"{path.stem}-versleuteld.db"
    if not target.exists():
        temp = CACHE / "scratch" / "to-encrypt.db"
        temp.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, temp)
        cipher.unlock(PASSPHRASE)
        convert_database(temp, encrypt=True)
        shutil.move(temp, target)
    return target


def _pair(path: Path, name: str) -> tuple[Path, Path]:
    """Scratch copies (plain, encrypted) to write into."""
    return scratch_copy(path, f"{name}-plain.db"), scratch_copy(
        encrypted_copy(path), f"{name}-enc.db"
    )


def open_rows(path: Path, label: str, rounds: int) -> list[Result]:
    plain, enc = path, encrypted_copy(path)
    cipher.unlock(PASSPHRASE)
    plain_ms, enc_ms, held_ms = [], [], []
    for _ in range(rounds):
        plain_ms.append(timed_ms(lambda: connect(plain, migrate=False).close()))
        cipher.forget()
        cipher.unlock(PASSPHRASE)  # a new process: the key is derived at the first open
        enc_ms.append(timed_ms(lambda: connect(enc, migrate=False).close()))
        held_ms.append(timed_ms(lambda: connect(enc, migrate=False).close()))
    open_plain, open_enc, open_held = median(plain_ms), median(enc_ms), median(held_ms)
    return [
        Result(
            f"open, encrypted, {label}",
            f"median {ms(open_enc)}",
            f"plain {ms(open_plain)}",
            open_enc / open_plain,
            None,
            f"{rounds} opens; key derivation included (once per process); a further "
            f"connection with the key held: {ms(open_held)}",
        )
    ]


def search_row(path: Path, label: str, rounds: int) -> Result:
    cipher.unlock(PASSPHRASE)
    plain_db = connect(path, migrate=False)
    enc_db = connect(encrypted_copy(path), migrate=False)
    for text in QUERIES:  # warm both caches
        search(plain_db, text)
        search(enc_db, text)
    plain_ms, enc_ms = [], []
    for _ in range(rounds):
        for text in QUERIES:
            plain_ms.append(timed_ms(lambda t=text: search(plain_db, t)))
            enc_ms.append(timed_ms(lambda t=text: search(enc_db, t)))
    plain_db.close()
    enc_db.close()
    return _ratio(
        f"search, encrypted, {label}", enc_ms, plain_ms, f"{len(QUERIES)} queries x {rounds} rounds"
    )


def edit_row(path: Path, label: str, edits: int) -> Result:
    cipher.unlock(PASSPHRASE)
    plain, enc = _pair(path, "cipher-edit")
    dbs = [connect(plain), connect(enc)]
    repos = [Repository(db, user="Meting") for db in dbs]
    ids = [
        r[0]
        for r in dbs[0].execute("SELECT id FROM talking_points ORDER BY random() LIMIT ?", [edits])
    ]
    rng = random.Random(5)
    timings: list[list[float]] = [[], []]
    for n, item_id in enumerate(ids):
        text = f"Gewijzigd spreekpunt {n}: gemeenten vragen {rng.random():.6f} structureel."
        for which in (0, 1):
            timings[which].append(
                timed_ms(
                    lambda r=repos[which], i=item_id, t=text: r.update(
                        "talking_point", i, {"text": t}
                    )
                )
            )
    for db in dbs:
        db.close()
    return _ratio(
        f"save one edit, encrypted, {label}", timings[1], timings[0], f"{edits} edits each"
    )


def export_row(path: Path, rounds: int) -> Result:
    cipher.unlock(PASSPHRASE)
    out = CACHE / "scratch" / "cipher-pack.pdf"
    sides = []
    for file in _pair(path, "cipher-export"):
        db = connect(file)
        meeting = db.execute("SELECT id FROM meetings ORDER BY date LIMIT 1").fetchone()[0]
        request = PackRequest(Classification.VERTROUWELIJK, meeting_id=meeting)
        sides.append((db, Repository(db, user="Meting"), request))
    timings: list[list[float]] = [[], []]
    pages = 0
    for round_ in range(rounds + 1):  # the first round warms fonts and caches: not counted
        for which, (db, repo, request) in enumerate(sides):  # alternated: same load on both
            started = time.perf_counter()
            pages = write_pack(repo, prepare_pack(db, request), out).pages
            if round_:
                timings[which].append((time.perf_counter() - started) * 1000)
    for db, _, _ in sides:
        db.close()
    return _ratio(
        f"pack export, encrypted, {pages} pages",
        timings[1],
        timings[0],
        f"vertrouwelijk edition, {rounds} each, alternated",
    )


def _ratio(name: str, enc_ms: list[float], plain_ms: list[float], note: str) -> Result:
    enc, plain = median(enc_ms), median(plain_ms)
    return Result(name, f"median {ms(enc)}", f"plain {ms(plain)}", enc / plain, TARGET, note)
