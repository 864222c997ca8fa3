"""After the meeting: outcome per agenda item, commitments from the notes, what to revise.

The debrief reads a meeting with everything the delegation may see (it is their own record) and
writes through the `Repository`, so every outcome, commitment and flag has history and undo.
A commitment made from a note keeps the note's classification unless the user chooses another,
and the note remembers it, so a note becomes a commitment once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.domain.meetings import COMMITMENT
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
from briefing_app.services.figures.book import figure_book
from briefing_app.services.meetings.notes import Note, list_notes
from briefing_app.services.packs.messages import UNKNOWN_MEETING
from briefing_app.store.parents import parents_of
from briefing_app.store.repository import Repository

Row = dict[str, object]


class DebriefError(ValueError):
    """A debrief step that cannot be done; the message (a `Message`) says why."""


ALREADY_COMMITTED = Template(
    "debrief.already_committed",
    QT_TRANSLATE_NOOP("messages", "Van deze notitie is al een toezegging gemaakt."),
)
WHO_COMMITTED = Template(
    "debrief.who_committed",
    QT_TRANSLATE_NOOP(
        "messages", "Vul in wie de toezegging deed (bijvoorbeeld VNG of Minister BZK)."
    ),
)
ONLY_POSITIONS_AND_POINTS = Template(
    "debrief.only_positions_and_points",
    QT_TRANSLATE_NOOP("messages", "Alleen standpunten en spreekpunten kunnen worden gemarkeerd."),
)
NOT_A_DUE_DATE = Template(
    "debrief.not_a_due_date",
    QT_TRANSLATE_NOOP(
        "messages", "'{text}' is geen datum: schrijf JJJJ-MM-DD (toezegging '{what}')."
    ),
)


@dataclass(frozen=True)
class Expected:
    """What we expected the other side to say on a dossier (a `theirs`/`expected` position)."""

    id: str
    text: str
    stakeholder: str = ""
    our_answer: str = ""


@dataclass(frozen=True)
class DebriefItem:
    agenda_item_id: str
    dossier_id: str
    dossier_title: str
    aim: str
    expected: tuple[Expected, ...]
    outcome: Row | None  # the stored `agenda_outcomes` row, if recorded
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Debrief:
    meeting: Row
    items: tuple[DebriefItem, ...]
    notes: tuple[Note, ...]
    commitments: tuple[Row, ...]
    flags: tuple[Row, ...]
    revisable: tuple[tuple[str, str, str, str], ...] = field(default=())
    # (table, id, dossier title, text) of positions and talking points on the agenda

    @property
    def open_commitment_notes(self) -> tuple[Note, ...]:
        """Commitment notes not yet made into a commitment."""
        return tuple(n for n in self.notes if n.note_type == COMMITMENT and not n.commitment_id)


def _rows(db: sqlite_utils.Database, sql: str, params: list[object]) -> list[Row]:
    return [dict(r) for r in db.query(sql, params)]


def load_debrief(db: sqlite_utils.Database, meeting_id: str) -> Debrief:
    found = _rows(db, "SELECT * FROM meetings WHERE id = ?", [meeting_id])
    if not found:
        raise DebriefError(UNKNOWN_MEETING(id=meeting_id))
    notes = tuple(list_notes(db, meeting_id))
    agenda = _rows(
        db,
        """SELECT a.*, d.title AS dossier_title FROM agenda_items a
           JOIN dossiers d ON d.id = a.dossier_id WHERE a.meeting_id = ?
           ORDER BY a.sort_order, a.rowid""",
        [meeting_id],
    )
    outcomes = {
        str(o["agenda_item_id"]): o
        for o in _rows(db, "SELECT * FROM agenda_outcomes WHERE meeting_id = ?", [meeting_id])
    }
    names = {str(r["id"]): str(r["name"]) for r in _rows(db, "SELECT * FROM stakeholders", [])}
    items = []
    revisable: list[tuple[str, str, str, str]] = []
    book = figure_book(db)  # texts read with their figures filled in, as everywhere else
    for a in agenda:
        expected = tuple(
            Expected(
                str(p["id"]),
                book.render(str(p["text"])).text,
                names.get(str(p["stakeholder_id"]), ""),
                book.render(str(p.get("our_answer") or "")).text,
            )
            for p in _rows(
                db,
                """SELECT * FROM positions WHERE dossier_id = ? AND party = 'theirs'
                   ORDER BY sort_order, rowid""",
                [a["dossier_id"]],
            )
        )
        items.append(
            DebriefItem(
                agenda_item_id=str(a["id"]),
                dossier_id=str(a["dossier_id"]),
                dossier_title=str(a["dossier_title"]),
                aim=str(a.get("aim") or ""),
                expected=expected,
                outcome=outcomes.get(str(a["id"])),
                notes=tuple(n for n in notes if n.agenda_item_id == a["id"]),
            )
        )
        for table in ("positions", "talking_points"):
            revisable += [
                (table, str(r["id"]), str(a["dossier_title"]), book.render(str(r["text"])).text)
                for r in _rows(
                    db,
                    f"SELECT id, text FROM [{table}] WHERE dossier_id = ? ORDER BY sort_order, rowid",
                    [a["dossier_id"]],
                )
            ]
    return Debrief(
        meeting=found[0],
        items=tuple(items),
        notes=notes,
        commitments=tuple(
            _rows(
                db,
                "SELECT * FROM commitments WHERE meeting_id = ? ORDER BY due_on IS NULL, due_on, rowid",
                [meeting_id],
            )
        ),
        flags=tuple(
            _rows(
                db,
                "SELECT * FROM revise_flags WHERE meeting_id = ? ORDER BY sort_order",
                [meeting_id],
            )
        ),
        revisable=tuple(revisable),
    )


def save_outcome(
    repo: Repository,
    meeting_id: str,
    agenda_item_id: str,
    *,
    outcome: str,
    account: str = "",
    their_position: str = "",
    next_steps: str = "",
    classification: Classification = Classification.INTERN,
) -> str:
    """Record (or change) the outcome of one agenda item; returns the outcome's id."""
    values: Row = {
        "outcome": outcome,
        "account": account.strip(),
        "their_position": their_position.strip(),
        "next_steps": next_steps.strip(),
        "classification": classification.value,
    }
    with repo.change_set():
        existing = repo.db.execute(
            "SELECT id FROM agenda_outcomes WHERE agenda_item_id = ?", [agenda_item_id]
        ).fetchone()
        if existing:
            repo.update("agenda_outcome", str(existing[0]), values)
            return str(existing[0])
        return repo.create(
            "agenda_outcome",
            {**values, "meeting_id": meeting_id, "agenda_item_id": agenda_item_id},
        )


def commitment_from_note(
    repo: Repository,
    note_id: str,
    *,
    party: str,
    text: str,
    due_on: str | None,
    owner: str = "",
    classification: Classification | None = None,
) -> str:
    """Make a commitment of a commitment note (once); returns the commitment's id."""
    note = repo.get("meeting_note", note_id)
    if note.get("commitment_id"):
        raise DebriefError(ALREADY_COMMITTED())
    if not party.strip():
        raise DebriefError(WHO_COMMITTED())
    dossier_id = None
    if note.get("agenda_item_id"):
        dossier_id = repo.get("agenda_item", str(note["agenda_item_id"]))["dossier_id"]
    level = classification or Classification(str(note["classification"]))
    with repo.change_set():
        commitment_id = repo.create(
            "commitment",
            {
                "meeting_id": note["meeting_id"],
                "dossier_id": dossier_id,
                "party": party.strip(),
                "text": text.strip(),
                "due_on": due_on or None,
                "owner": owner.strip(),
                "state": "open",
                "classification": level.value,
                "status": "final",
            },
        )
        repo.update("meeting_note", note_id, {"commitment_id": commitment_id})
    return commitment_id


def flag_for_revision(
    repo: Repository, meeting_id: str, table: str, item_id: str, reason: str = ""
) -> str:
    """Flag a position or talking point to revise after this meeting; returns the flag's id."""
    column = {"positions": "position_id", "talking_points": "talking_point_id"}.get(table)
    if column is None:
        raise DebriefError(ONLY_POSITIONS_AND_POINTS())
    found = repo.db.execute(
        f"SELECT id FROM revise_flags WHERE meeting_id = ? AND [{column}] = ?",
        [meeting_id, item_id],
    ).fetchone()
    if found:
        repo.update("revise_flag", str(found[0]), {"reason": reason.strip(), "state": "open"})
        return str(found[0])
    return repo.create(
        "revise_flag",
        {"meeting_id": meeting_id, column: item_id, "reason": reason.strip(), "state": "open"},
    )


@dataclass(frozen=True)
class MeetingRecord:
    """What a meeting came to: outcomes per agenda item and the commitments made in it."""

    outcomes: tuple[Row, ...]  # with `dossier` (slug) and `dossier_title`
    commitments: tuple[Row, ...]
    flags: tuple[Row, ...] = ()  # positions and talking points to revise, with `item_text`


def meeting_record(
    db: sqlite_utils.Database, meeting_id: str, *, edition: Classification | None = None
) -> MeetingRecord:
    """Outcomes and commitments of a meeting, only what ``edition`` may show (None: all)."""

    def keep(table: str, rows: list[Row]) -> tuple[Row, ...]:
        # The edition policy looks at the meeting and the dossier too, as for every other row.
        if edition is None:
            return tuple(rows)
        policy = Edition.of(edition)
        return tuple(r for r in rows if policy.may_show(table, r, **parents_of(db, table, r)))

    outcomes = _rows(
        db,
        """SELECT o.*, a.dossier_id, d.slug AS dossier, d.title AS dossier_title
           FROM agenda_outcomes o
           JOIN agenda_items a ON a.id = o.agenda_item_id JOIN dossiers d ON d.id = a.dossier_id
           WHERE o.meeting_id = ? ORDER BY a.sort_order, a.rowid""",
        [meeting_id],
    )
    commitments = _rows(
        db,
        "SELECT * FROM commitments WHERE meeting_id = ? ORDER BY due_on IS NULL, due_on, rowid",
        [meeting_id],
    )
    flags = _rows(
        db,
        """SELECT f.*, coalesce(p.text, t.text) AS item_text,
                  coalesce(p.classification, t.classification) AS item_level
           FROM revise_flags f LEFT JOIN positions p ON p.id = f.position_id
           LEFT JOIN talking_points t ON t.id = f.talking_point_id
           WHERE f.meeting_id = ? ORDER BY f.sort_order, f.rowid""",
        [meeting_id],
    )
    # A flag names the item it points at: both must be within the edition.
    flags = [
        f for f in flags if edition is None or Edition.of(edition).allows_level(f.get("item_level"))
    ]
    return MeetingRecord(
        keep("agenda_outcomes", outcomes),
        keep("commitments", commitments),
        keep("revise_flags", flags),
    )
