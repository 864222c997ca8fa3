"""The core use cases: open the workspace, read for people, list, search, history, baselines."""
