"""A description of the machine and software a run was measured on, for the results table."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from importlib.metadata import PackageNotFoundError, version


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def describe() -> list[str]:
    return [
        f"CPU: {_cpu_model()}, {os.cpu_count()} logical cores (nproc), {platform.system()} "
        f"{platform.release()}",
        f"Python {sys.version.split()[0]}, PySide6 {_package('PySide6-Essentials')}, "
        f"SQLite {sqlite3.sqlite_version}, sqlite-utils {_package('sqlite-utils')}, "
        f"ReportLab {_package('reportlab')}, sqlcipher3 {_package('sqlcipher3')} "
        f"(encrypted files: SQLite {_sqlcipher_sqlite()})",
    ]


def _sqlcipher_sqlite() -> str:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return "not installed"
    return str(dbapi2.sqlite_version)
