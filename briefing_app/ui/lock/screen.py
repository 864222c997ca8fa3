"""The lock screen: the only thing shown while an encrypted database is locked.

It is the first paint of the app on an encrypted database (nothing can be read before the
passphrase) and what the window turns into when it locks. It shows no content of the database,
only its file name, and asks for the passphrase; a wrong one is said on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.safety.common import plain_label, problem_label


class LockScreen(QWidget):
    unlock_requested = Signal(str)  # the passphrase the user typed

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setWindowTitle(_tr("Briefing — vergrendeld"))
        title = QLabel(_tr("Briefing is vergrendeld"), self)
        font = title.font()
        font.setPointSize(20)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain = plain_label(
            _tr("De database {0} is versleuteld. Geef het wachtwoord om verder te werken.").format(
                database_name
            ),
            self,
        )
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_tr("Wachtwoord van de database"))
        self.passphrase.setAccessibleName(_tr("Wachtwoord van de database"))
        self.button = QPushButton(_tr("Ontgrendelen"), self)
        self.button.setDefault(True)
        self.problem = problem_label(self)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setMinimumHeight(3 * self.problem.fontMetrics().lineSpacing())
        column = QWidget(self)
        column.setFixedWidth(480)  # wrapped labels in a centred column need a width
        inner = QVBoxLayout(column)
        for widget in (title, explain, self.passphrase):
            inner.addWidget(widget)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.passphrase.returnPressed.connect(self._on_submit)
        self.button.clicked.connect(self._on_submit)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.passphrase.clear()
        self.problem.clear()
        self.passphrase.setFocus()

    def _on_submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_problem(_tr("Vul het wachtwoord in."))
            return
        self.passphrase.clear()  # the passphrase does not stay in a widget
        self.unlock_requested.emit(text)
