"""Worker processes, the one way the build starts them: spawned, and gone when their parent is.

A build killed during MkDocs (or while loading old revisions) must not leave its workers waiting
for work forever, holding the killed build's output pipe. On Linux each worker asks the kernel
for SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere the pool's own pipes end it.
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import multiprocessing
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was in place
        os._exit(1)


def pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    return concurrent.futures.ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
