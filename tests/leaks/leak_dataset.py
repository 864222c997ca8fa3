"""A generated dataset for the leak test: every text carries a marker of how secret it really is.

Every free-text field of every item (dossiers, sources, counterparts, positions, figures,
talking points, hard questions, member signals, meetings, agenda items, delegates, commitments)
gets a unique marker such as `zzi0042q`; the marker's level is what the edition policy must
treat it as: the highest of the item's own classification, its dossier's and its meeting's, and
`vertrouwelijk` for what is confidential by nature (a bottom line, a BATNA, a dossier's
escalation strategy). Each figure has a unique value (`731.0NN`), cited from an open talking
point in the open dossier, so a value that leaks through a text is caught too. Every source and
counterpart is cited from an open item, so each is named wherever the edition allows it.

`levels` decides the classification of each generated item; the default gives every item kind
at every level, the property-based test draws them at random.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_value
from briefing_app.domain.items import ItemKind, kind_named
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

LEVELS = tuple(c.value for c in Classification)
LETTER = {"openbaar": "o", "intern": "i", "vertrouwelijk": "v"}
RANK = {level: n for n, level in enumerate(LEVELS)}
NOT_MARKED = frozenset({"key"})  # a figure key is an identifier that texts cite, not content


@dataclass(frozen=True)
class Marker:
    text: str
    table: str
    field: str
    level: str  # the edition from which on it may (and must) appear


@dataclass
class LeakData:
    path: Path
    markers: list[Marker] = field(default_factory=list)
    dossier_slugs: list[str] = field(default_factory=list)
    meeting_ids: list[str] = field(default_factory=list)

    def above(self, edition: str) -> list[Marker]:
        return [m for m in self.markers if RANK[m.level] > RANK[edition]]

    def at_or_below(self, edition: str) -> list[Marker]:
        return [m for m in self.markers if RANK[m.level] <= RANK[edition]]


def highest(*levels: str | None) -> str:
    return max((lv for lv in levels if lv), key=RANK.__getitem__)


class _Builder:
    def __init__(self, repo: Repository, data: LeakData, choose: Callable[[str], str]) -> None:
        self.repo = repo
        self.data = data
        self.choose = choose  # the level of the next item of a kind (given its default)
        self.counter = itertools.count(1)

    def marker(self, table: str, name: str, level: str) -> str:
        text = f"zz{LETTER[level]}{next(self.counter):04d}q"
        self.data.markers.append(Marker(text, table, name, level))
        return text

    def create(
        self,
        kind: ItemKind,
        level: str,
        values: dict[str, object],
        *,
        parents: tuple[str | None, ...] = (),
        nature: str | None = None,
    ) -> str:
        """Create an item at ``level``; every free-text field not given gets a marker whose
        level is the highest of the item's, its parents' and its nature's."""
        effective = highest(level, nature, *parents)
        row = dict(values)
        for f in kind.fields:
            if f.kind not in ("text", "code") or f.choices or f.references or f.name in NOT_MARKED:
                continue
            if f.name in row:
                continue
            field_level = (
                "vertrouwelijk" if kind.table == "dossiers" and f.name == "escalation" else None
            )
            row[f.name] = self.marker(kind.table, f.name, highest(effective, field_level))
        stored = "vertrouwelijk" if nature else level
        item = self.repo.create(kind, {**row, "classification": stored})
        if nature and level != "vertrouwelijk":
            # A database from before the rule may hold a bottom line below vertrouwelijk.
            with self.repo.change_set():
                self.repo.db.execute(
                    f"UPDATE [{kind.table}] SET classification = ? WHERE id = ?", [level, item]
                )
        return item


def build(path: Path, choose: Callable[[str], str] | None = None) -> LeakData:
    """Write the dataset to ``path``; ``choose(role)`` gives each item's level (default: the
    level named in its role, so that every kind exists at every level)."""
    data = LeakData(path)
    db = connect(path)
    repo = Repository(db, user="Lektest")
    b = _Builder(repo, data, choose or (lambda role: role.rsplit(":", 1)[-1]))
    k = kind_named
    sources = {lv: b.create(k("source"), b.choose(f"source:{lv}"), {}) for lv in LEVELS}
    people = {
        lv: b.create(k("stakeholder"), b.choose(f"stakeholder:{lv}"), {"kind": "counterpart"})
        for lv in LEVELS
    }
    dossiers: dict[str, tuple[str, str]] = {}
    for lv in LEVELS:
        level = b.choose(f"dossier:{lv}")
        slug = b.marker("dossiers", "slug", level)
        dossiers[lv] = (b.create(k("dossier"), level, {"slug": slug}), level)
        data.dossier_slugs.append(slug)
    open_dossier, open_level = dossiers["openbaar"]
    figure_number = itertools.count(1)
    for dossier_id, d_level in dossiers.values():
        for lv in LEVELS:
            _dossier_items(b, dossier_id, d_level, lv, figure_number)
    _citations(b, open_dossier, open_level, sources, people)
    _meetings(b, data, dossiers, people)
    db.close()
    return data


def _dossier_items(b: _Builder, dossier: str, d_level: str, lv: str, numbers) -> None:
    k = kind_named
    parent = {"dossier_id": dossier}
    level = b.choose(f"item:{lv}")
    for kind in ("key_message", "talking_point", "reactive_line"):
        b.create(
            k("talking_point"), b.choose(f"tp:{lv}"), {**parent, "kind": kind}, parents=(d_level,)
        )
    for party, kind in (("ours", "target"), ("theirs", "expected"), ("agreed", "agreed")):
        # Our answer belongs to what the other side is expected to say.
        answer = {} if party == "theirs" else {"our_answer": ""}
        values = {**parent, "party": party, "kind": kind, **answer}
        b.create(k("position"), b.choose(f"pos:{lv}"), values, parents=(d_level,))
    for kind in ("bottom_line", "batna"):
        b.create(
            k("position"),
            level,
            {**parent, "party": "ours", "kind": kind, "our_answer": ""},
            parents=(d_level,),
            nature="vertrouwelijk",
        )
    b.create(k("hard_question"), b.choose(f"hq:{lv}"), parent, parents=(d_level,))
    b.create(k("member_signal"), b.choose(f"ms:{lv}"), parent, parents=(d_level,))
    number = next(numbers)
    f_level = b.choose(f"figure:{lv}")
    value = 731_000 + number
    b.create(
        k("figure"),
        f_level,
        {
            **parent,
            "key": f"f{number:02d}",
            "unit": "number",
            "value": float(value),
            "as_of": "2024-05-01",
        },
        parents=(d_level,),
    )
    b.data.markers.append(
        Marker(format_value(value, "number"), "figures", "value", highest(f_level, d_level))
    )


def _citations(b: _Builder, dossier: str, d_level: str, sources, people) -> None:
    """Open items in the open dossier that cite every figure, source and counterpart."""
    k = kind_named
    keys = [r["key"] for r in b.repo.db.query("SELECT key FROM figures ORDER BY key")]
    refs = " ".join(f"{{fig:{key}}}" for key in keys)
    level = b.choose("cite:openbaar")
    b.create(
        k("talking_point"),
        level,
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": f"{b.marker('talking_points', 'text', highest(level, d_level))} {refs}",
        },
        parents=(d_level,),
    )
    for source in sources.values():
        b.create(
            k("talking_point"),
            level,
            {"dossier_id": dossier, "kind": "talking_point", "source_id": source},
            parents=(d_level,),
        )
    for person in people.values():
        b.create(
            k("position"),
            level,
            {
                "dossier_id": dossier,
                "party": "theirs",
                "kind": "expected",
                "stakeholder_id": person,
            },
            parents=(d_level,),
        )


def _meetings(b: _Builder, data: LeakData, dossiers, people) -> None:
    k = kind_named
    for lv in LEVELS:
        m_level = b.choose(f"meeting:{lv}")
        meeting = b.create(k("meeting"), m_level, {"date": "2024-06-18"})
        data.meeting_ids.append(meeting)
        for a_lv in LEVELS:
            level = b.choose(f"delegate:{a_lv}")
            b.create(k("delegate"), level, {"meeting_id": meeting}, parents=(m_level,))
        for (dossier, d_level), a_lv in zip(dossiers.values(), LEVELS, strict=True):
            level = b.choose(f"agenda:{a_lv}")
            agenda_item = b.create(
                k("agenda_item"),
                level,
                {"meeting_id": meeting, "dossier_id": dossier},
                parents=(m_level, d_level),
            )
            # What came of it and what was noted there: open rows, but about the agenda item's
            # dossier, so as secret as the meeting and that dossier (through the agenda item).
            b.create(
                k("agenda_outcome"),
                b.choose("outcome:openbaar"),
                {"meeting_id": meeting, "agenda_item_id": agenda_item, "outcome": "open"},
                parents=(m_level, d_level),
            )
            b.create(
                k("meeting_note"),
                b.choose("note:openbaar"),
                {
                    "meeting_id": meeting,
                    "agenda_item_id": agenda_item,
                    "note_type": "said",
                    "noted_at": "2024-06-18T10:05",
                },
                parents=(m_level, d_level),
            )
            level = b.choose(f"commitment:{a_lv}")
            b.create(
                k("commitment"),
                level,
                {"meeting_id": meeting, "dossier_id": dossier},
                parents=(m_level, d_level),
            )
        for n_lv in LEVELS:
            b.create(
                k("meeting_note"),
                b.choose(f"note:{n_lv}"),
                {"meeting_id": meeting, "note_type": "said", "noted_at": "2024-06-18T10:00"},
                parents=(m_level,),
            )
            b.create(
                k("revise_flag"),
                b.choose(f"flag:{n_lv}"),
                {"meeting_id": meeting},
                parents=(m_level,),
            )
        for person, p_lv in zip(people.values(), LEVELS, strict=True):
            b.repo.create(
                "meeting_counterpart",
                {
                    "meeting_id": meeting,
                    "stakeholder_id": person,
                    "classification": b.choose(f"link:{p_lv}"),
                },
            )
