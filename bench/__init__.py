"""Benchmarks: one module per measurement, each a ratio against a baseline run in the same process."""
