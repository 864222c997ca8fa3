"""The verslag of a meeting: assembled from the debrief for one edition, written as PDF.

Participants and the meeting's framing come from the pack's own selection (so a meeting or a
counterpart above the edition is left out the same way); outcomes, commitments, expected
positions and follow-up notes pass the same edition policy (`selection.allowed`) row by row. A
vertrouwelijk note or commitment therefore never reaches an openbaar or intern verslag. The
PDF is written to a temporary file beside the target and renamed into place: never a partial
file, never over the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.domain.formatting import format_date
from briefing_app.domain.meetings import FOLLOW_UP, OUTCOME_LABELS
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates
from briefing_app.domain.report import (
    REPORT_EDITIONS,
    Report,
    ReportCommitment,
    ReportItem,
    ReportPerson,
)
from briefing_app.services.meetings.notes import list_notes
from briefing_app.services.packs.selection import PackError, select
from briefing_app.store.backup import belongs_to_database, database_file
from briefing_app.store.errors import describe_os_error

Row = dict[str, object]


_t = templates("report")


# Why a verslag is not made (see domain/messages.py); the app shows them in its own language.
EDITIONS = _t(
    "editions",
    QT_TRANSLATE_NOOP(
        "messages", "Een verslag is er in de edities openbaar (leden) en intern (bestuur)."
    ),
)
OVER_DATABASE = _t(
    "over_database",
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is de database van Briefing of een bestand dat erbij hoort; "
        "kies een andere naam, bijvoorbeeld verslag.pdf.",
    ),
)
IS_FOLDER = _t(
    "is_folder",
    QT_TRANSLATE_NOOP(
        "messages", "{path} is een map; geef een bestandsnaam op, bijvoorbeeld verslag.pdf."
    ),
)
NO_FOLDER = _t("no_folder", QT_TRANSLATE_NOOP("messages", "De map {path} bestaat niet."))
FOLDER_NOT_WRITABLE = _t(
    "folder_not_writable",
    QT_TRANSLATE_NOOP("messages", "Kan niet schrijven in de map {path}: {reason}."),
)
NOT_SAVED = _t(
    "not_saved",
    QT_TRANSLATE_NOOP("messages", "Het verslag kan niet worden opgeslagen als {path}: {reason}."),
)


class ReportError(Exception):
    """The verslag cannot be made or written; the message says why, in Dutch."""


def prepare_report(
    db: sqlite_utils.Database,
    meeting_id: str,
    edition: Classification,
    *,
    today: dt.date | None = None,
) -> Report:
    if edition not in REPORT_EDITIONS:
        raise ReportError(EDITIONS())
    try:
        sel = select(db, edition, meeting_id=meeting_id)
    except PackError as exc:
        raise ReportError(*exc.args) from exc  # keeps the message, to be translated
    policy = Edition.of(edition)
    meeting = None if sel.meeting_above_edition else sel.meeting
    titles = [str(d["title"]) for _, d in sel.agenda]
    title = str(meeting["title"]) if meeting else "Overleg over " + ", ".join(titles or ["—"])
    report = Report(
        title=title,
        edition=edition,
        meeting_date=format_date(meeting.get("date")) if meeting else "",  # type: ignore[arg-type]
        place=str(meeting.get("place") or "") if meeting else "",
        prepared_on=format_date((today or dt.date.today()).isoformat()),
        delegation=tuple(
            ReportPerson(str(d["name"]), str(d.get("role") or "")) for d in sel.delegates
        ),
        counterparts=tuple(_person(s) for s in sel.counterparts),
        delegation_withheld=bool(sel.delegates_withheld),
        counterparts_withheld=bool(sel.counterparts_withheld),
        items=_items(db, sel.agenda, policy, sel.meeting),
        commitments=_commitments(db, meeting_id, policy, sel.meeting),
        follow_ups=tuple(
            n.text
            for n in list_notes(db, meeting_id, edition=edition)
            if n.note_type == FOLLOW_UP and policy.may_show("meetings", sel.meeting or {})
        ),
    )
    return dataclasses.replace(report, content_hash=_digest(report))


def _person(row: Row) -> ReportPerson:
    role = ", ".join(
        x for x in (str(row.get("role") or ""), str(row.get("organisation") or "")) if x
    )
    return ReportPerson(str(row["name"]), role)


def _items(
    db: sqlite_utils.Database,
    agenda: list[tuple[Row | None, Row]],
    policy: Edition,
    meeting: Row | None,
) -> tuple[ReportItem, ...]:
    out = []
    for number, (item, dossier) in enumerate(agenda, start=1):
        outcome: Row = {}
        if item is not None:
            rows = [dict(r) for r in db.query(
                "SELECT * FROM agenda_outcomes WHERE agenda_item_id = ?", [item["id"]])]  # fmt: skip
            outcome = next(
                (
                    r
                    for r in rows
                    if policy.may_show("agenda_outcomes", r, dossier=dossier, meeting=meeting)
                ),
                {},
            )
        expected = [
            dict(p)
            for p in db.query(
                """SELECT * FROM positions WHERE dossier_id = ? AND party = 'theirs'
                   AND kind IN ('expected', 'intention') ORDER BY sort_order, rowid""",
                [dossier["id"]],
            )
        ]
        out.append(
            ReportItem(
                number=number,
                title=str(dossier["title"]),
                outcome=OUTCOME_LABELS.get(str(outcome.get("outcome") or ""), ""),
                account=str(outcome.get("account") or ""),
                expected=tuple(
                    str(p["text"])
                    for p in expected
                    if policy.may_show("positions", p, dossier=dossier)
                )
                if outcome
                else (),
                their_position=str(outcome.get("their_position") or ""),
                next_steps=str(outcome.get("next_steps") or ""),
            )
        )
    return tuple(out)


def _commitments(
    db: sqlite_utils.Database, meeting_id: str, policy: Edition, meeting: Row | None
) -> tuple[ReportCommitment, ...]:
    sql = "SELECT * FROM commitments WHERE meeting_id = ? ORDER BY due_on IS NULL, due_on, rowid"
    dossiers = {str(d["id"]): dict(d) for d in db.query("SELECT * FROM dossiers")}
    out = []
    for row in (dict(r) for r in db.query(sql, [meeting_id])):
        dossier = dossiers.get(str(row.get("dossier_id") or ""))
        if not policy.may_show("commitments", row, dossier=dossier, meeting=meeting):
            continue
        out.append(
            ReportCommitment(
                party=str(row["party"]),
                text=str(row["text"]),
                due_on=format_date(row.get("due_on")),  # type: ignore[arg-type]
                owner=str(row.get("owner") or ""),
                done=row.get("state") == "done",
                dossier=policy.name("dossiers", dossier) or "",
            )
        )
    return tuple(out)


def _digest(report: Report) -> str:
    content = dataclasses.asdict(dataclasses.replace(report, prepared_on="", content_hash=""))
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def write_report(db: sqlite_utils.Database, report: Report, path: Path | str) -> int:
    """Render the verslag to ``path`` (all or nothing); returns its page count."""
    from briefing_app.export.report import render_report

    target = Path(path).expanduser()
    database = database_file(db.conn)
    if database is not None and belongs_to_database(target, database):
        raise ReportError(OVER_DATABASE(path=str(target)))
    if target.is_dir():
        raise ReportError(IS_FOLDER(path=str(target)))
    if not target.parent.is_dir():
        raise ReportError(NO_FOLDER(path=str(target.parent)))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=target.parent)  # fmt: skip
    except OSError as exc:
        reason = describe_os_error(exc)
        raise ReportError(FOLDER_NOT_WRITABLE(path=str(target.parent), reason=reason)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            pages = render_report(report, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        reason = describe_os_error(exc)
        raise ReportError(NOT_SAVED(path=str(target), reason=reason)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return pages
