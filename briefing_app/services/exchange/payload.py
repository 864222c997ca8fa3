"""The bundle's content as it travels: items with their clocks, the sender, what it has seen.

`encode` turns a `Bundle` into the JSON bytes that `crypto` seals; `decode` checks a decrypted
payload strictly (it is still input from outside: kinds, ids, fields, clocks and version
vectors are validated) before anything is planned from it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import KINDS_BY_NAME, ItemKind
from briefing_app.services.exchange import messages
from briefing_app.services.exchange.crypto import NOT_A_BUNDLE, BundleError
from briefing_app.store.clocks import GENESIS, Clock, Vector, vector_from
from briefing_app.store.shared_state import content_of

PAYLOAD_FORMAT = "briefing-bundle"
PAYLOAD_VERSION = 2
MAX_ID_LENGTH = 64
MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class BundleItem:
    """One item as the sender holds it: its values (None when deleted) and its clocks."""

    kind: str
    id: str
    values: dict[str, object] | None
    clocks: dict[str, Clock] = field(default_factory=dict)  # absent: from the default data
    existence: Clock = GENESIS

    @property
    def item_kind(self) -> ItemKind:
        return KINDS_BY_NAME[self.kind]

    @property
    def alive(self) -> bool:
        return self.values is not None

    def clock(self, name: str) -> Clock:
        return self.clocks.get(name, GENESIS)


@dataclass(frozen=True)
class Bundle:
    created_at: str
    schema_version: int
    dossiers: tuple[str, ...] | None  # None: not limited to chosen dossiers
    items: tuple[BundleItem, ...]
    sender: str = ""  # replica id
    member: str = ""  # the sender's name
    to: str | None = None  # replica id of the addressee; None: anyone in the delegation
    seen: Vector = field(default_factory=dict)
    partial: bool = False
    edition: str | None = None  # None: everything; else only what that edition may show
    # What the sender took its readers to have already: the bundle holds every change of the
    # sender beyond it. A reader who has less gets the items, but not the sender's `seen`.
    base: Vector = field(default_factory=dict)


def encode(bundle: Bundle) -> bytes:
    payload = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "created_at": bundle.created_at,
        "schema_version": bundle.schema_version,
        "from": {"replica": bundle.sender, "member": bundle.member},
        "to": bundle.to,
        "seen": bundle.seen,
        "base": bundle.base,
        "partial": bundle.partial,
        "dossiers": list(bundle.dossiers) if bundle.dossiers else None,
        "edition": bundle.edition,
        "items": [encoded_item(i) for i in bundle.items],
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encoded_item(item: BundleItem) -> dict[str, object]:
    encoded: dict[str, object] = {"kind": item.kind, "id": item.id, "values": item.values}
    if item.clocks:
        encoded["clocks"] = {name: c.encoded() for name, c in item.clocks.items()}
    if item.existence != GENESIS:
        encoded["existence"] = item.existence.encoded()
    return encoded


OLDER_VERSION = messages.OLDER_VERSION()


def decode(payload: bytes) -> Bundle:
    """Parse and check the structure of a decrypted payload; values are checked on import."""
    try:
        data = json.loads(payload.decode("utf-8"))
        if data["format"] != PAYLOAD_FORMAT:
            raise BundleError(NOT_A_BUNDLE)
        if data["version"] == 1:
            raise BundleError(OLDER_VERSION)
        if data["version"] != PAYLOAD_VERSION:
            raise BundleError(messages.OTHER_VERSION())
        items = tuple(item_from(raw) for raw in data["items"])
        dossiers = data.get("dossiers")
        edition = data.get("edition")
        sender = data["from"]
        to = data.get("to")
        return Bundle(
            str(data["created_at"]),
            int(data["schema_version"]),
            tuple(str(d) for d in dossiers) if dossiers else None,
            items,
            sender=_text(sender["replica"], MAX_ID_LENGTH),
            member=_text(sender["member"], MAX_NAME_LENGTH),
            to=_text(to, MAX_ID_LENGTH) if to is not None else None,
            seen=vector_from(data["seen"]),
            base=vector_from(data["base"]),
            partial=bool(data["partial"]) or edition is not None,
            edition=None if edition is None else Edition.of(str(edition)).level.value,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BundleError(NOT_A_BUNDLE) from None


def _text(value: object, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("bad text")
    return value


def item_from(raw: dict[str, object]) -> BundleItem:
    kind = KINDS_BY_NAME[str(raw["kind"])]
    item_id, values = raw["id"], raw["values"]
    if not isinstance(item_id, str) or not 0 < len(item_id) <= MAX_ID_LENGTH:
        raise ValueError("bad id")
    names = set(content_of(kind, {}))
    if values is not None and (not isinstance(values, dict) or set(values) - names):
        raise ValueError("bad values")
    clocks_raw = raw.get("clocks") or {}
    if not isinstance(clocks_raw, dict) or set(clocks_raw) - names:
        raise ValueError("bad clocks")
    clocks = {str(name): Clock.decoded(c) for name, c in clocks_raw.items()}
    existence = Clock.decoded(raw["existence"]) if raw.get("existence") else GENESIS
    return BundleItem(
        kind.name, item_id, dict(values) if values is not None else None, clocks, existence
    )
