"""The rows of a generated database, table by table, drawn from one seeded random generator.

Parents come before children (dossiers before their items, meetings before their agendas) so
foreign keys hold on every insert. Proportions follow what a delegation's real data looks like:
a tenth of the talking points are key messages, a tenth are confidential, a quarter are still in
concept; bottom lines and BATNA are always confidential; a third of the figures are series.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from typing import Protocol

from briefing_app.services.dataset import demo_text as words
from briefing_app.services.dataset.demo_spec import DemoSpec
from briefing_app.services.dataset.demo_text import TextMaker

Row = dict[str, object]
_EPOCH = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
_SPAN_DAYS = 1_000
_CLASSIFICATIONS = (("openbaar", 0.3), ("intern", 0.6), ("vertrouwelijk", 0.1))
_TP_KINDS = (("key_message", 0.1), ("talking_point", 0.7), ("reactive_line", 0.2))
_PLACES = (
    "Den Haag, ministerie van BZK",
    "Den Haag, ministerie van Financiën",
    "Utrecht, VNG",
    "Den Haag, Catshuis",
    "online",
)


class Sink(Protocol):
    def write(self, table: str, rows: Iterator[Row]) -> None: ...


def _cumulative(pairs: tuple[tuple[str, float], ...]) -> tuple[list[str], list[float]]:
    values, weights, total = [], [], 0.0
    for value, weight in pairs:
        total += weight
        values.append(value)
        weights.append(total)
    return values, weights


class RowMaker:
    """Makes every table's rows for one `DemoSpec` and hands them to a sink in order."""

    def __init__(self, rng: random.Random, spec: DemoSpec) -> None:
        self.rng = rng
        self.spec = spec
        self.text = TextMaker(rng)
        # A pool of sorted timestamps: formatting a million datetimes would cost seconds.
        moments = sorted(rng.random() for _ in range(8_192))
        self.stamps = [
            (_EPOCH + dt.timedelta(days=_SPAN_DAYS * m)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            for m in moments
        ]
        self.dossiers: list[tuple[str, str]] = []  # (id, slug)
        self.sources: list[str] = []
        self.counterparts: list[str] = []
        self.figure_keys: dict[str, list[str]] = {}
        self.meetings: list[str] = []

    # -- helpers -------------------------------------------------------------------------

    def _id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def _sorted_ids(self, count: int) -> Iterator[str]:
        """Random ids handed out in ascending order: the B-tree indexes on ids then grow at
        their end instead of splitting pages all over, which makes a million inserts several
        times faster once the tables outgrow the cache."""
        return iter(sorted(self._id() for _ in range(count)))

    def _base(self, classification: str, status: str, order: int, item_id: str = "") -> Row:
        stamp = self.stamps[self.rng.randrange(len(self.stamps))]
        return {
            "id": item_id or self._id(),
            "classification": classification,
            "status": status,
            "sort_order": order,
            "created_at": stamp,
            "updated_at": stamp,
        }

    def _pick(self, table: tuple[list[str], list[float]]) -> str:
        values, weights = table
        return self.rng.choices(values, cum_weights=weights)[0]

    def _source(self) -> str | None:
        return self.rng.choice(self.sources) if self.rng.random() < 0.8 else None

    def _date(self, start_days: int = 0) -> str:
        day = _EPOCH + dt.timedelta(days=start_days + self.rng.randrange(_SPAN_DAYS))
        return day.date().isoformat()

    # -- tables --------------------------------------------------------------------------

    def write_all(self, sink: Sink) -> None:
        sink.write("dossiers", self.dossier_rows())
        sink.write("sources", self.source_rows())
        sink.write("stakeholders", self.stakeholder_rows())
        sink.write("positions", self.position_rows())
        sink.write("figures", self.figure_rows())
        sink.write("talking_points", self.talking_point_rows())
        sink.write("hard_questions", self.hard_question_rows())
        sink.write("member_signals", self.member_signal_rows())
        sink.write("meetings", self.meeting_rows())
        sink.write("agenda_items", self.agenda_rows())
        sink.write("meeting_counterparts", self.counterpart_rows())
        sink.write("delegates", self.delegate_rows())
        sink.write("commitments", self.commitment_rows())

    def dossier_rows(self) -> Iterator[Row]:
        themes = words.DOSSIER_THEMES
        for n in range(self.spec.dossiers):
            slug, title = themes[n % len(themes)]
            if n >= len(themes):
                slug, title = f"{slug}-{n // len(themes) + 1}", f"{title} ({n // len(themes) + 1})"
            row = self._base("intern", "final", n)
            row.update(
                slug=slug,
                title=title,
                summary=self.text.sentences(3),
                escalation=self.text.sentences(1) if n % 3 == 0 else "",
            )
            self.dossiers.append((str(row["id"]), slug))
            yield row

    def source_rows(self) -> Iterator[Row]:
        for n, (title, kind) in enumerate(words.SOURCE_TITLES):
            row = self._base("openbaar", "final", n)
            row.update(
                title=title,
                kind=kind,
                issued_on=self._date(),
                publisher="VNG" if kind in ("resolutie", "ledenbrief", "motie") else "Rijk",
                reference=f"paragraaf {n + 1}",
            )
            self.sources.append(str(row["id"]))
            yield row

    def stakeholder_rows(self) -> Iterator[Row]:
        for n, (slug, name, role, kind) in enumerate(words.STAKEHOLDERS):
            row = self._base("intern", "final", n)
            row.update(
                slug=slug,
                name=name,
                role=role,
                organisation="Rijksoverheid" if kind != "ally" else name,
                kind=kind,
                interests=self.text.sentences(1),
            )
            if kind == "counterpart":
                self.counterparts.append(str(row["id"]))
            yield row

    def position_rows(self) -> Iterator[Row]:
        for dossier_id, _slug in self.dossiers:
            plan = [("ours", k, None) for k in ("opening", "target", "bottom_line", "batna")]
            plan += [("theirs", "expected", c) for c in self.counterparts]
            if self.rng.random() < 0.5:
                plan.append(("agreed", "agreed", None))
            for order, (party, kind, stakeholder) in enumerate(plan):
                secret = kind in ("bottom_line", "batna")
                row = self._base("vertrouwelijk" if secret else "intern", "final", order)
                row.update(
                    dossier_id=dossier_id,
                    party=party,
                    kind=kind,
                    stakeholder_id=stakeholder,
                    text=self.text.sentences(2),
                    our_answer=self.text.sentences(1) if party == "theirs" else "",
                    source_id=self._source(),
                    source_section="",
                )
                yield row

    def figure_rows(self) -> Iterator[Row]:
        for n in range(self.spec.figure_count):
            dossier_id, slug = self.dossiers[n % len(self.dossiers)]
            metric, label, unit = words.FIGURE_METRICS[n % len(words.FIGURE_METRICS)]
            key = f"{slug}-{metric}-{n + 1}"
            self.figure_keys.setdefault(dossier_id, []).append(key)
            row = self._base(self._pick(_cumulative(_CLASSIFICATIONS)), "final", n)
            value = self._figure_value(unit)
            series = n % 3 == 0  # a third are a series per year, the rest one value
            row.update(
                dossier_id=dossier_id,
                key=key,
                label=label,
                shape="series" if series else "single",
                value=None if series else value,
                unit=unit,
                period="2025-2029" if series else str(2024 + n % 5),
                series=self._series(value) if series else None,
                as_of=self._date(),
                note=self.text.sentences(1) if n % 2 else "",
                source_id=self._source(),
                source_section=f"paragraaf {1 + n % 9}",
            )
            yield row

    def _figure_value(self, unit: str) -> float:
        if unit == "eur":
            return float(self.rng.randrange(5, 2_000) * 1_000_000)
        if unit == "percent":
            return round(self.rng.uniform(0.5, 12.0), 1)
        return float(self.rng.randrange(100, 50_000))

    def _series(self, start: float) -> str:
        step = 1.0 + self.rng.uniform(0.02, 0.3)
        return json.dumps(
            {str(year): round(start * step ** (year - 2025), 1) for year in range(2025, 2030)}
        )

    def talking_point_rows(self) -> Iterator[Row]:
        classes, kinds = _cumulative(_CLASSIFICATIONS), _cumulative(_TP_KINDS)
        orders = [0] * len(self.dossiers)
        rng = self.rng
        for item_id in self._sorted_ids(self.spec.talking_points):
            d = rng.randrange(len(self.dossiers))
            dossier_id = self.dossiers[d][0]
            kind = self._pick(kinds)
            row = self._base(
                self._pick(classes), "draft" if rng.random() < 0.25 else "final", orders[d], item_id
            )
            orders[d] += 1
            row.update(
                dossier_id=dossier_id,
                kind=kind,
                text=self._talking_point_text(kind, dossier_id),
                source_id=self._source(),
                source_section=f"paragraaf {rng.randrange(1, 12)}",
            )
            yield row

    def _talking_point_text(self, kind: str, dossier_id: str) -> str:
        rng = self.rng
        text = self.text.sentences(1 if kind == "key_message" else rng.randrange(1, 4))
        if kind == "reactive_line":
            text = f"Als de fondsbeheerders vragen: “{self.text.question()}” {text}"
        keys = self.figure_keys.get(dossier_id)
        if keys and rng.random() < 0.08:
            text += f" Het gaat om {{fig:{rng.choice(keys)}}}."
        return text

    def hard_question_rows(self) -> Iterator[Row]:
        count = max(3 * len(self.dossiers), self.spec.talking_points // 20)
        for n in range(count):
            dossier_id = self.dossiers[n % len(self.dossiers)][0]
            row = self._base(
                self._pick(_cumulative(_CLASSIFICATIONS)), "final", n // len(self.dossiers)
            )
            row.update(
                dossier_id=dossier_id,
                question=self.text.question(),
                answer=self.text.sentences(2),
                source_id=self._source(),
                source_section="",
            )
            yield row

    def member_signal_rows(self) -> Iterator[Row]:
        count = max(2 * len(self.dossiers), self.spec.talking_points // 50)
        for n in range(count):
            place = self.text.municipality()
            row = self._base("intern", "final", n // len(self.dossiers))
            row.update(
                dossier_id=self.dossiers[n % len(self.dossiers)][0],
                text=f"{place}: {self.text.sentences(1)}",
                origin=f"{self.rng.choice(words.ORIGINS)} {place}",
                received_on=self._date(),
                source_id=None,
                source_section="",
            )
            yield row

    def meeting_rows(self) -> Iterator[Row]:
        for n in range(self.spec.meeting_count):
            date = self._date(start_days=200)
            row = self._base(self._pick(_cumulative(_CLASSIFICATIONS[:2])), "final", n)
            row.update(
                title=f"Bestuurlijk overleg met de fondsbeheerders {n + 1}",
                date=date,
                place=self.rng.choice(_PLACES),
                notes=self.text.sentences(1),
            )
            self.meetings.append(str(row["id"]))
            yield row

    def agenda_rows(self) -> Iterator[Row]:
        for meeting_id in self.meetings:
            size = min(len(self.dossiers), self.rng.randrange(3, 7))
            for order, (dossier_id, _slug) in enumerate(self.rng.sample(self.dossiers, size)):
                row = self._base("intern", "final", order)
                row.update(meeting_id=meeting_id, dossier_id=dossier_id, aim=self.text.sentences(1))
                yield row

    def counterpart_rows(self) -> Iterator[Row]:
        for meeting_id in self.meetings:
            for order, stakeholder_id in enumerate(self.counterparts):
                row = self._base("intern", "final", order)
                row.update(meeting_id=meeting_id, stakeholder_id=stakeholder_id)
                yield row

    def delegate_rows(self) -> Iterator[Row]:
        for meeting_id in self.meetings:
            names = self.rng.sample(words.DELEGATE_NAMES, self.rng.randrange(3, 6))
            for order, name in enumerate(names):
                row = self._base("intern", "final", order)
                role = (
                    words.DELEGATE_ROLES[0]
                    if order == 0
                    else self.rng.choice(words.DELEGATE_ROLES[1:])
                )
                row.update(meeting_id=meeting_id, name=name, role=role)
                yield row

    def commitment_rows(self) -> Iterator[Row]:
        for n, meeting_id in enumerate(self.meetings):
            for k in range(self.rng.randrange(2, 5)):
                row = self._base("intern", "final" if k % 2 else "draft", 0)
                row.update(
                    meeting_id=meeting_id,
                    dossier_id=self.dossiers[(n + k) % len(self.dossiers)][0],
                    party=self.rng.choice(("VNG", "Rijk", "BZK", "Financiën")),
                    text=self.text.sentences(1),
                    due_on=self._date(start_days=300),
                    state="done" if k == 0 else "open",
                    source_id=None,
                    source_section="",
                )
                yield row
