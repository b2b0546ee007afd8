"""The benchmark harness of issue 6 and the load test of issue 5; not run in CI.

``python -m bench`` (``make bench``) measures build, serving against the floor,
latency and start-up and writes ``docs/benchmarks.md``; ``python -m bench.loadtest``
(``make loadtest``) loads a server while its corpus changes; ``python -m
bench.corpus`` writes generated corpora of any size. Servers and load stay on
127.0.0.1, and every run is bounded in time.
"""
