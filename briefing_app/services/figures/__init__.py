"""Key figures: the one lookup that renders `{fig:key}` and `{fig:key.YEAR}`, and spreadsheet import."""
