"""Classification (rubricering) of items and the editions of a pack.

Every item carries one of three levels; an edition of a pack may contain only items at or below
its own level. Kept in one place so that the store, the packs and the app agree on the order.
"""

from __future__ import annotations

from enum import Enum

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

UNKNOWN_LEVEL = Template(
    "classification.unknown",
    QT_TRANSLATE_NOOP("messages", "onbekende rubricering {text} (kies uit: {choices})"),
)


class Classification(str, Enum):
    """`openbaar` < `intern` < `vertrouwelijk`; the values are stored as they are written."""

    OPENBAAR = "openbaar"
    INTERN = "intern"
    VERTROUWELIJK = "vertrouwelijk"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def allows(self, item_level: Classification | str) -> bool:
        """True when an item at ``item_level`` may appear in an edition at this level."""
        return Classification(item_level).rank <= self.rank

    @classmethod
    def parse(cls, text: str) -> Classification:
        try:
            return cls(text.strip().lower())
        except ValueError:
            allowed = ", ".join(c.value for c in cls)
            raise ValueError(UNKNOWN_LEVEL(text=repr(text), choices=allowed)) from None


_RANK = {
    Classification.OPENBAAR: 0,
    Classification.INTERN: 1,
    Classification.VERTROUWELIJK: 2,
}
