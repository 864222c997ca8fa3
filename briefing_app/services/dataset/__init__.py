"""Building databases: from the default dataset's TOML files, or generated for demos and benchmarks."""
