"""Use cases shared by the app and the command line, grouped by capability.

- `core`: opening the workspace, reading for people (catalog, listing, search), history and
  the "changed since" baseline;
- `packs`: selecting, assembling, checking, writing and recording briefing packs;
- `exchange`: encrypted bundles between colleagues;
- `dataset`: the default dataset and generated demo databases;
- `figures`: the one figure lookup (`FigureBook`) and figure import from spreadsheets.
"""
