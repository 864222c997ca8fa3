"""Benchmarks of Briefing, each measured against a floor in the same run (`python -m bench`).

Not tests: they print figures and ratios for the README, and never fail a build. Each compares
Briefing with the least the same work can cost on the same machine at the same moment (a bare
PySide6 window, plain `sqlite3`, ReportLab alone), so the ratios mean something on any machine.
"""
