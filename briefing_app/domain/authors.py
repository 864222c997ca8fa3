"""Who made a change, as a user reads it.

Every revision records who made it: a user's name, or `DATASET_USER` for what came with the
default dataset (`services/dataset/build.py` writes its revisions under that name). History
shows the latter as a message, so that the English app says "default data".
"""

from __future__ import annotations

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

DATASET_USER = "standaardgegevens"
DEFAULT_DATA = Template("history.default_data", QT_TRANSLATE_NOOP("messages", "standaardgegevens"))


def who(changed_by: object) -> str:
    """The name to show for ``changed_by``; the default dataset by its message."""
    name = str(changed_by or "")
    return DEFAULT_DATA() if name == DATASET_USER else name
