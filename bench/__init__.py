"""Benchmarks of the graph layer: ``make bench`` (``python -m bench``).

Generates corpora of several sizes with :mod:`tests.synthetic` and times loading and
building, the analysis, the overlap matrix and each export; not run in CI.
"""
