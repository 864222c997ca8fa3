"""The Qt desktop app: windows, item models, dialogs and workers (the only layer with PySide6)."""
