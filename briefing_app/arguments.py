"""The argument parser in Dutch: help texts, usage line and the errors argparse itself raises.

argparse writes English ("usage:", "show this help message and exit", "the following arguments
are required"). Its texts go through gettext, but shipping a catalogue for a handful of phrases
is more machinery than they deserve; instead this parser names its own `-h`, sets the section
titles and translates the few error messages argparse produces, by pattern. An error is one line
`briefing: <message>` and a hint where to read more, with exit code 2 (wrong usage).

It lives outside `briefing_app.cli` so that `briefing-app` can use it without importing every
command (and with them cryptography) at start-up.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

USAGE_PREFIX = "gebruik: "
EXIT_USAGE = 2

# (pattern of argparse's English message, Dutch replacement using the groups)
_MESSAGES = (
    (r"^the following arguments are required: (.+)$", r"verplicht maar niet opgegeven: \1"),
    (
        r"^argument (.+?): invalid choice: (.+?) \(choose from (.+)\)$",
        r"ongeldige keuze \2 voor \1; kies uit \3",
    ),
    (r"^argument (.+?): expected one argument$", r"\1 verwacht een waarde"),
    (r"^argument (.+?): expected at least one argument$", r"\1 verwacht ten minste één waarde"),
    (r"^argument (.+?): expected at most one argument$", r"\1 verwacht hoogstens één waarde"),
    (r"^argument (.+?): expected (\d+) arguments?$", r"\1 verwacht \2 waarden"),
    (r"^argument (.+?): invalid \w+ value: (.+)$", r"ongeldige waarde \2 voor \1"),
    (r"^argument (.+?): not allowed with argument (.+)$", r"\1 kan niet samen met \2"),
    (r"^argument (.+?): ignored explicit argument (.+)$", r"\1 neemt geen waarde (gegeven: \2)"),
    (r"^one of the arguments (.+) is required$", r"geef één van deze op: \1"),
    (r"^unrecognized arguments: (.+)$", r"onbekende argumenten: \1"),
    (r"^ambiguous option: (.+?) could match (.+)$", r"\1 is niet eenduidig: bedoelt u \2?"),
    (r"^argument (.+?): (.+)$", r"\1: \2"),  # our own type checks already speak Dutch
)


def translate(message: str) -> str:
    """argparse's English error ``message`` in Dutch; an unknown one stays as it is."""
    for pattern, replacement in _MESSAGES:
        if re.match(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Dutch; subcommands inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        # Exact options only: `--passphrase SECRET` must never be taken for `--passphrase-file`
        # (the secret would sit in the process list); subcommands inherit this class.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        program = self.prog.split()[0]  # "briefing pack" -> "briefing"
        sys.stderr.write(f"{program}: {translate(message)}\n")
        sys.stderr.write(f"Meer uitleg: {self.prog} --help\n")
        sys.exit(EXIT_USAGE)


class VersionAction(argparse.Action):
    """`--version`: prints "<program> <version>" and stops.

    The version is looked up only when asked for (argparse's own action wants it up front, and
    reading the package metadata costs the app's start-up time).
    """

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "toon het versienummer en stop")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from briefing_app import __version__

        sys.stdout.write(f"{parser.prog.split()[0]} {__version__}\n")
        parser.exit()
