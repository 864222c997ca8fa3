"""The sealed bundle file: AES-256-GCM with a key from scrypt, behind a small versioned header.

Layout (big-endian): magic `BRIEFBUN` (8 bytes), format version (1 byte), scrypt log2(n),
r and p (1 byte each), salt (16 bytes), nonce (12 bytes), then the ciphertext with its 16-byte
tag. The whole header is authenticated as associated data, so no bit of the file can change
unnoticed. KDF parameters read from a file are bounded *before* deriving: a hand-made header
cannot make us spend gigabytes of memory or minutes of CPU. Every failure to open reads the
same to the user: a wrong passphrase and a tampered file are indistinguishable by design.
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from briefing_app.services.exchange import messages

MAGIC = b"BRIEFBUN"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">8sBBBB16s12s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16

DEFAULT_LOG2_N = 17  # 2**17 * 8 * 128 bytes = 128 MiB, about half a second: OWASP's advice
MIN_LOG2_N, MAX_LOG2_N = 14, 20
MAX_R, MAX_P = 16, 4
MAX_KDF_MEMORY = 256 * 1024 * 1024
MAX_PAYLOAD = 256 * 1024 * 1024  # decompressed: a bundle of text never comes near this
MIN_PASSPHRASE = 8

NOT_A_BUNDLE = messages.NOT_A_BUNDLE()  # the two refusals every damaged or foreign file gets
CANNOT_OPEN = messages.CANNOT_OPEN()


class BundleError(Exception):
    """A bundle cannot be written or read; the message (a `Message`) is for the user."""


@dataclass(frozen=True)
class KdfParams:
    log2_n: int = DEFAULT_LOG2_N
    r: int = 8
    p: int = 1

    def check(self) -> None:
        memory = 128 * self.r * (2**self.log2_n)
        if not (
            MIN_LOG2_N <= self.log2_n <= MAX_LOG2_N
            and 1 <= self.r <= MAX_R
            and 1 <= self.p <= MAX_P
            and memory <= MAX_KDF_MEMORY
        ):
            raise BundleError(NOT_A_BUNDLE)


def _key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    kdf = Scrypt(salt=salt, length=32, n=2**params.log2_n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def seal(payload: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    """Compress and encrypt ``payload``; returns the whole file's bytes."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BundleError(messages.SHORT_PASSPHRASE(count=MIN_PASSPHRASE))
    params = params or KdfParams()
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, params.log2_n, params.r, params.p, salt, nonce)
    cipher = AESGCM(_key(passphrase, salt, params))
    return header + cipher.encrypt(nonce, zlib.compress(payload, 9), header)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The payload of a sealed file; BundleError with one clear message for anything wrong."""
    if len(data) < HEADER_SIZE + TAG_SIZE:
        raise BundleError(NOT_A_BUNDLE)
    magic, version, log2_n, r, p, salt, nonce = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise BundleError(NOT_A_BUNDLE)
    if version != FORMAT_VERSION:
        raise BundleError(messages.OTHER_FORMAT())
    params = KdfParams(log2_n, r, p)
    params.check()
    header = data[:HEADER_SIZE]
    try:
        compressed = AESGCM(_key(passphrase, salt, params)).decrypt(
            nonce, data[HEADER_SIZE:], header
        )
    except InvalidTag:
        raise BundleError(CANNOT_OPEN) from None
    return _inflate(compressed)


def _inflate(compressed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PAYLOAD)
    except zlib.error:
        raise BundleError(CANNOT_OPEN) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleError(NOT_A_BUNDLE)
    return payload
