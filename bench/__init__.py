"""Benchmarks: run with ``python -m bench.<name>``; each prints ratios against a baseline measured in the same run."""
