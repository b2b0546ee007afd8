"""igraph, loaded to run on one thread.

With several OpenMP threads, igraph's PageRank (PRPACK) adds up its sums in an
order that depends on thread timing, so two runs on the same graph differ in the
last digits. The analysis promises the same answer on every run, so OpenMP gets
one thread unless the environment already says otherwise. This must happen before
igraph's library is loaded, hence a module of its own that every use imports.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

# after the variable: the OpenMP runtime reads it when igraph loads
import igraph

__all__ = ["igraph"]
