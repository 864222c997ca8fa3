"""Proof that exchange converges: four to six members edit, delete, reclassify and exchange in a
random order and random pairs, by bundles for one colleague and for everyone (bundles twice,
late, out of order); once everyone has exchanged with everyone, every database holds the same
content, no edit was lost without a recorded decision, and no conflict was raised for a field
that only one side changed.

A small model runs beside the databases: which edits each member knows of (a member knows an
edit it made or received in a bundle, directly or through others). An edit made without
knowing another edit of the same field is concurrent with it; only such fields may ever show a
conflict. Bundles pass in memory through the same encode and decode as a file.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sync_helpers import content, name, receive

from briefing_app.services.core.deleted import deleted_items, restore_deleted
from briefing_app.services.exchange.bundle import collect, collect_for_everyone, decode, encode
from briefing_app.services.exchange.conflicts import queued_conflicts, resolve_conflict
from briefing_app.services.exchange.importing import EXISTENCE, KEEP_MINE, THEIRS
from briefing_app.services.exchange.merge import DELETED_THERE
from briefing_app.store.clocks import covers, identity, peers, seen
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

# CI runs a fixed, deterministic set of examples; locally BRIEFING_SYNC_EXAMPLES can ask more.
EXAMPLES = int(os.environ.get("BRIEFING_SYNC_EXAMPLES", "80"))
EXPLORE = bool(os.environ.get("BRIEFING_SYNC_EXPLORE"))  # random examples instead of fixed ones
TEXTS = ("alfa", "bravo", "charlie", "delta")
LEVELS = ("openbaar", "intern", "vertrouwelijk")
BASE_POINTS = {"tp0": "wonen", "tp1": "wonen", "tp2": "wonen", "tp3": "jeugd", "tp4": "jeugd"}


def _base():
    db = connect(":memory:")
    repo = Repository(db, "standaardgegevens", genesis=True)
    for slug in ("wonen", "jeugd"):
        repo.create("dossier", {"slug": slug, "title": slug.capitalize()}, item_id=slug)
    for point, dossier in BASE_POINTS.items():
        repo.create(
            "talking_point",
            {"dossier_id": dossier, "kind": "talking_point", "text": f"begin {point}"},
            item_id=point,
        )
    return db


BASE = _base()

member = st.integers(0, 5)
item = st.integers(0, 20)  # an index into the talking points so far (the base and new ones)
op = st.one_of(
    st.tuples(st.just("edit"), member, item, st.sampled_from(TEXTS)),
    st.tuples(st.just("classify"), member, item, st.sampled_from(LEVELS)),
    st.tuples(st.just("delete"), member, item, st.just("")),
    st.tuples(st.just("restore"), member, item, st.just("")),
    st.tuples(st.just("create"), member, st.sampled_from(("wonen", "jeugd")), st.sampled_from(TEXTS)),
    st.tuples(st.just("drop"), member, st.sampled_from(("wonen", "jeugd")), st.just("")),
    st.tuples(st.just("send"), member, member, st.just("")),
    st.tuples(st.just("post"), member, member, st.just("")),
    st.tuples(st.just("deliver"), st.integers(0, 40), st.just(""), st.just("")),
    st.tuples(st.just("decide"), member, st.sampled_from((THEIRS, KEEP_MINE)), st.just("")),
)  # fmt: skip


class Delegation:
    def __init__(self, size: int) -> None:
        self.dbs = []
        for n in range(size):
            db = connect(":memory:")
            BASE.conn.backup(db.conn)
            name(db, f"lid{n}")
            self.dbs.append(db)
        self.mailbox: list[tuple[int, object, frozenset]] = []  # (to, bundle, edits it carries)
        self.known: list[set] = [set() for _ in range(size)]  # edit ids each member knows
        # edit id -> (item, field, value, the edits its author knew of)
        self.edits: dict[int, tuple[str, str, object, frozenset]] = {}
        self.parents = dict(BASE_POINTS)  # talking point -> its dossier
        self.decisions: set[tuple[str, str]] = set()

    def pick(self, n: int) -> int:
        return n % len(self.dbs)

    def run(self, action, a, b, c) -> None:
        if action in ("edit", "classify", "delete", "restore"):
            points = list(self.parents)
            self._local(action, self.pick(a), points[b % len(points)], c)
        elif action == "create":
            self._create(self.pick(a), b, c)
        elif action == "drop":
            self._drop(self.pick(a), b)
        elif action == "send":
            sender, receiver = self.pick(a), self.pick(b)
            if sender != receiver:
                self._send(sender, receiver)
        elif action == "post":  # a bundle for everyone, as a sync writes it to the folder
            sender, receiver = self.pick(a), self.pick(b)
            if sender != receiver:
                bundle = decode(encode(collect_for_everyone(self.dbs[sender])))
                self.mailbox.append((receiver, bundle, frozenset(self.known[sender])))
        elif action == "deliver" and self.mailbox:
            to, bundle, carried = self.mailbox[a % len(self.mailbox)]
            self._deliver(to, bundle, carried)
        elif action == "decide":
            self._decide(self.pick(a), b)

    def _local(self, action: str, member: int, point: str, value: str) -> None:
        db = self.dbs[member]
        repo = Repository(db, f"lid{member}")
        alive = db.execute("SELECT 1 FROM talking_points WHERE id = ?", [point]).fetchone()
        if action == "restore":
            if not alive and any(d.id == point for d in deleted_items(db)):
                for _table, item_id in self._gone_with(db, point):
                    self._note_edit(member, item_id, EXISTENCE, "bestaat")
                restore_deleted(db, point, f"lid{member}")
            return
        if not alive:
            return
        if action == "delete":
            repo.delete("talking_point", point)
            self._note_edit(member, point, EXISTENCE, "verwijderd")
            return
        field = "text" if action == "edit" else "classification"
        if repo.get("talking_point", point)[field] != value:
            repo.update("talking_point", point, {field: value})
            self._note_edit(member, point, field, value)

    def _gone_with(self, db, item_id: str) -> list[tuple[str, str]]:
        """What a restore of ``item_id`` brings back: the rows deleted in the same action."""
        return [
            (str(t), str(i))
            for t, i in db.execute(
                "SELECT item_table, item_id FROM revisions WHERE action = 'delete' AND "
                "old_value IS NOT NULL AND change_set = (SELECT change_set FROM revisions WHERE "
                "item_id = ? AND action = 'delete' ORDER BY id DESC LIMIT 1)",
                [item_id],
            ).fetchall()
        ]

    def _create(self, member: int, dossier: str, text: str) -> None:
        db = self.dbs[member]
        if not db.execute("SELECT 1 FROM dossiers WHERE id = ?", [dossier]).fetchone():
            return
        point = f"nieuw{len(self.edits)}"
        Repository(db, f"lid{member}").create(
            "talking_point",
            {"dossier_id": dossier, "kind": "talking_point", "text": text},
            item_id=point,
        )
        self.parents[point] = dossier
        self._note_edit(member, point, EXISTENCE, "bestaat")

    def _drop(self, member: int, dossier: str) -> None:
        """Delete a whole dossier: its talking points go with it."""
        db = self.dbs[member]
        if not db.execute("SELECT 1 FROM dossiers WHERE id = ?", [dossier]).fetchone():
            return
        points = [r[0] for r in db.execute(
            "SELECT id FROM talking_points WHERE dossier_id = ?", [dossier]
        )]  # fmt: skip
        Repository(db, f"lid{member}").delete("dossier", dossier)
        for item_id in (dossier, *points):
            self._note_edit(member, item_id, EXISTENCE, "verwijderd")

    def _note_edit(self, member: int, item: str, field: str, value: object) -> None:
        edit = len(self.edits)
        self.edits[edit] = (item, field, value, frozenset(self.known[member]))
        self.known[member].add(edit)

    def _send(self, sender: int, receiver: int) -> None:
        to = identity(self.dbs[receiver])[0]
        known = next((p.acked for p in peers(self.dbs[sender]) if p.replica_id == to), None)
        bundle = decode(encode(collect(self.dbs[sender], known=known, to=to)))
        self.mailbox.append((receiver, bundle, frozenset(self.known[sender])))

    def _deliver(self, to: int, bundle, carried: frozenset) -> None:
        complete = covers(seen(self.dbs[to]), bundle.base)
        receive(self.dbs[to], bundle, f"lid{to}")
        if complete:  # otherwise it may lack edits the receiver has not seen: learn none
            self.known[to] |= carried
        self._collect_decisions(to)

    def _decide(self, member: int, choice: str) -> None:
        db = self.dbs[member]
        for conflict in queued_conflicts(db):
            resolve_conflict(db, conflict.id, choice, f"lid{member}")
        self._collect_decisions(member)

    def _collect_decisions(self, member: int) -> None:
        rows = self.dbs[member].execute("SELECT item_id, field FROM sync_decisions").fetchall()
        self.decisions |= {(str(i), str(f)) for i, f in rows}

    def _same(self) -> bool:
        first = content(self.dbs[0])
        return all(content(db) == first for db in self.dbs[1:])

    def close(self) -> None:
        for db in self.dbs:
            db.close()


def _settle(delegation: Delegation) -> None:
    dbs = delegation.dbs
    for _ in range(8):
        for member, db in enumerate(dbs):
            for conflict in queued_conflicts(db):
                # Deterministic, so that two members deciding the same conflict agree: the
                # item stays (or comes back), a field takes the value that sorts last.
                if conflict.field.name == EXISTENCE:
                    take = conflict.change.existence != DELETED_THERE
                else:
                    take = json.dumps(conflict.field.theirs) > json.dumps(conflict.field.mine)
                resolve_conflict(db, conflict.id, THEIRS if take else KEEP_MINE, "x")
            delegation._collect_decisions(member)
        for sender in range(len(dbs)):
            for receiver in range(len(dbs)):
                if sender != receiver:
                    delegation._send(sender, receiver)
                    to, bundle, carried = delegation.mailbox.pop()
                    delegation._deliver(to, bundle, carried)
        if not any(queued_conflicts(db) for db in dbs) and delegation._same():
            return


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not EXPLORE,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(size=st.integers(min_value=4, max_value=6), ops=st.lists(op, min_size=5, max_size=40))
def test_a_delegation_converges(size, ops):
    delegation = Delegation(size)
    try:
        for action in ops:
            delegation.run(*action)
        _settle(delegation)
        dbs = delegation.dbs
        # Everyone holds the same content, and nothing is left to decide.
        first = content(dbs[0])
        for db in dbs[1:]:
            assert content(db) == first
        assert not any(queued_conflicts(db) for db in dbs)
        event(f"decisions: {min(len(delegation.decisions), 3)}")
        event(f"dossiers at the end: {len(first['dossiers'])}")
        event(f"new items: {min(len(delegation.parents) - len(BASE_POINTS), 3)}")
        _check_no_edit_lost(delegation, first)
        _check_no_false_conflict(delegation)
    finally:
        delegation.close()


def _concurrent(delegation: Delegation, item: str, field: str) -> bool:
    """Were two edits that touch this field made without knowing each other? An edit of the
    field, a delete or restore of the item, and a delete or restore of its dossier touch it;
    whether a dossier exists is touched by everything done to its talking points too."""
    parent = delegation.parents.get(item)
    children = {c for c, p in delegation.parents.items() if p == item}
    touching = [
        (e, knew) for e, (i, f, _, knew) in delegation.edits.items()
        if (i == item and (f in (field, EXISTENCE) or field == EXISTENCE))
        or (i == parent and f == EXISTENCE)
        or (field == EXISTENCE and i in children)
    ]  # fmt: skip
    for n, (a, knew_a) in enumerate(touching):
        for b, knew_b in touching[n + 1 :]:
            if a not in knew_b and b not in knew_a:
                return True
    return False


def _check_no_edit_lost(delegation: Delegation, final: dict) -> None:
    """The last edit of a field that no concurrent edit competed with is what everyone holds."""
    rows = {r[0]: dict(r[1:]) for r in final["talking_points"]}
    for item in delegation.parents:
        for field in ("text", "classification"):
            edits = [
                (e, v) for e, (i, f, v, _) in delegation.edits.items() if i == item and f == field
            ]
            if not edits or _concurrent(delegation, item, field) or item not in rows:
                continue
            _, value = edits[-1]  # without concurrency, the edits form one line
            assert rows[item][field] == value, (item, field, value, rows[item][field])


def _check_no_false_conflict(delegation: Delegation) -> None:
    for item, field in delegation.decisions:
        assert _concurrent(delegation, item, field), (item, field)
