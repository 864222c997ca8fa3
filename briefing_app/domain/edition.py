"""The edition policy: the one rule for what an edition (`openbaar`, `intern`, `vertrouwelijk`)
may show, on every surface.

Packs, `briefing show|search|bundle export --editie`, the app's "Bekijken als" view (and
whatever else shows content for an edition) ask this module, and only this module:

- whether an item may appear: its own classification, and that of the dossier and meeting it
  belongs to, must be at or below the edition; a bottom line or BATNA only in `vertrouwelijk`;
- whether a field of an allowed item may appear: a dossier's escalation strategy has no
  classification of its own and is `vertrouwelijk` by nature, like the BATNA;
- whether a figure's value may be printed inside an allowed text: the figure's own
  classification and its dossier's must both allow it; otherwise the text reads `WITHHELD_MARK`;
- how something above the edition is named where an allowed item refers to it (a source, a
  counterpart, a meeting, a dossier): neutrally, never by its title.

It also owns the rule that the confidential-by-nature kinds cannot be classified lower: the
store's validation (so the app, bundle import and `init --from`) asks `classification_problem`.
Pure rules: no SQL, no Qt. Rows are plain mappings as the store holds them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from briefing_app.domain.classification import Classification
from briefing_app.domain.items import (
    CONFIDENTIAL_POSITION_KINDS,
    KINDS_BY_TABLE,
    POSITION_KIND_LABELS,
)
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template, Term
from briefing_app.domain.references import WITHHELD_FIGURE

Row = Mapping[str, object]

ALWAYS_CONFIDENTIAL = Template(
    "edition.always_confidential",
    QT_TRANSLATE_NOOP(
        "messages",
        "{label} is altijd vertrouwelijk en kan niet als '{level}' worden gerubriceerd "
        "(kies vertrouwelijk)",
    ),
)
WITHHELD_MARK = WITHHELD_FIGURE.dutch  # a figure above the edition, inside a text

# Fields without a classification of their own that only the `vertrouwelijk` edition shows.
CONFIDENTIAL_FIELDS: Mapping[str, frozenset[str]] = {"dossiers": frozenset({"escalation"})}

# How an edition names what is above it, where an item it shows refers to it.
# Messages (see domain/messages.py): the packs print them in Dutch, the app in its language.
NEUTRAL_NAMES: Mapping[str, str] = {
    table: Template(f"edition.neutral_{table}", dutch)()
    for table, dutch in (
        ("sources", QT_TRANSLATE_NOOP("messages", "bron niet in deze editie")),
        ("stakeholders", QT_TRANSLATE_NOOP("messages", "gesprekspartner")),
        ("meetings", QT_TRANSLATE_NOOP("messages", "overleg")),
        ("dossiers", QT_TRANSLATE_NOOP("messages", "dossier")),
        ("", QT_TRANSLATE_NOOP("messages", "onderdeel niet in deze editie")),
    )
}


def confidential_by_nature(table: str, row: Row) -> bool:
    """True for a bottom line or BATNA: `vertrouwelijk`, whatever its classification says."""
    return table == "positions" and row.get("kind") in CONFIDENTIAL_POSITION_KINDS


def classification_problem(table: str, row: Row) -> str | None:
    """Why ``row`` may not carry its classification (in Dutch), or None when it may.

    Only a missing classification (the store then gives the default) or `vertrouwelijk` is
    accepted for a bottom line or BATNA: a lower one would put it in an open edition's data.
    """
    level = row.get("classification")
    if not confidential_by_nature(table, row) or level in (None, ""):
        return None
    if str(level) == Classification.VERTROUWELIJK.value:
        return None
    label = POSITION_KIND_LABELS.get(str(row.get("kind")), str(row.get("kind")))
    return ALWAYS_CONFIDENTIAL(label=Term(label), level=Term(str(level)))


@dataclass(frozen=True)
class Edition:
    """What one edition may show. ``Edition.of(None)`` is the full view (everything)."""

    level: Classification

    @classmethod
    def of(cls, level: Edition | Classification | str | None) -> Edition:
        if isinstance(level, Edition):
            return level
        return cls(Classification.VERTROUWELIJK if level is None else Classification(level))

    @property
    def is_full(self) -> bool:
        """True for `vertrouwelijk`: nothing is above it."""
        return self.level is Classification.VERTROUWELIJK

    def allows_level(self, level: object) -> bool:
        """A classification at or below the edition. An unknown one counts as the highest."""
        try:
            return self.level.allows(Classification(str(level)))
        except ValueError:
            return self.is_full

    def visible_levels(self) -> tuple[str, ...]:
        """The classifications this edition shows, lowest first (to narrow a query with)."""
        return tuple(c.value for c in Classification if self.level.allows(c))

    # -- items and fields ---------------------------------------------------------------------

    def may_show(
        self, table: str, row: Row, *, dossier: Row | None = None, meeting: Row | None = None
    ) -> bool:
        """May the item appear: its own level, its nature, and the dossier and meeting it is in."""
        if not self.allows_level(row.get("classification")):
            return False
        if confidential_by_nature(table, row) and not self.is_full:
            return False
        for parent, parent_table in ((dossier, "dossiers"), (meeting, "meetings")):
            if parent is not None and not self.may_show(parent_table, parent):
                return False
        return True

    def may_show_field(self, table: str, field: str) -> bool:
        """May this field of an allowed item appear (a dossier's escalation: `vertrouwelijk`)."""
        return self.is_full or field not in CONFIDENTIAL_FIELDS.get(table, frozenset())

    def hidden_fields(self, table: str) -> frozenset[str]:
        """The fields of an allowed item of ``table`` that this edition blanks."""
        return frozenset() if self.is_full else CONFIDENTIAL_FIELDS.get(table, frozenset())

    def shown(self, table: str, row: Row) -> dict[str, object]:
        """The row of an allowed item as the edition may show it: hidden fields emptied."""
        out = dict(row)
        for name in self.hidden_fields(table):
            if name in out:
                out[name] = ""
        return out

    def counterpart(
        self, link: Row, person: Row, *, meeting: Row | None = None
    ) -> dict[str, object] | None:
        """Who sits across the table, as this edition may show them: name, office, interests.

        None when the counterpart (the person, or their place at this meeting) is classified
        above the edition; a counterpart who is public (a minister named in a public document)
        appears in every edition, the open one included.
        """
        if not self.may_show("meeting_counterparts", link, meeting=meeting):
            return None
        if not self.may_show("stakeholders", person):
            return None
        return dict(person)

    # -- figures in text ----------------------------------------------------------------------

    def may_show_figure_value(self, figure_level: object, dossier_level: object) -> bool:
        """May a figure's value be printed inside a text the edition shows?"""
        return self.allows_level(figure_level) and self.allows_level(dossier_level)

    # -- names of what is above the edition ---------------------------------------------------

    def name(self, table: str, row: Row | None, *, dossier: Row | None = None) -> str | None:
        """The title of a referred item, or a neutral name when it is above the edition.

        None when there is nothing to name (no row).
        """
        if row is None:
            return None
        if not self.may_show(table, row, dossier=dossier):
            return NEUTRAL_NAMES.get(table, NEUTRAL_NAMES[""])
        kind = KINDS_BY_TABLE.get(table)
        return str(row.get(kind.title_field if kind else "title") or "")


FULL = Edition(Classification.VERTROUWELIJK)
