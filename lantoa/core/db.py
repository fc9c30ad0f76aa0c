"""SQLite writers queue on a lock that wakes the next one at once, across processes.

SQLite admits one writer at a time for the whole database. A writer that finds the lock taken
is put to sleep by SQLite's busy handler and polls (1, 2, 5, 10, 15, 20, 25 … 100 ms between
tries), so under a surge of small writes from several app processes most waiting time is
spent asleep after the lock was already free, and the CPU idles while requests queue. Taking
an exclusive `flock()` on a file next to the database first makes the writers of every process
on the machine wait in the kernel instead, which hands the lock to the next waiter the moment
it is released; a thread lock in front of it does the same for the threads of one process
(flock locks belong to the open file, shared by all threads). Writers that do not take it
(the admin, the task worker) still meet the others on SQLite's own lock, as before.

On PostgreSQL this is a no-op: rows are locked, not the database.
"""

import contextlib
import fcntl
import functools
import hashlib
import os
import threading
from pathlib import Path

from django.conf import settings
from django.db import connection

_thread_lock = threading.Lock()
_lock_files: dict[str, int] = {}


def _lock_fd() -> int:
    name = str(settings.DATABASES["default"].get("NAME"))
    fd = _lock_files.get(name)
    if fd is None:
        digest = hashlib.blake2b(name.encode(), digest_size=8).hexdigest()
        path = Path(settings.VAR_DIR) / f"sqlite-writer-{digest}.lock"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _lock_files[name] = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    return fd


@contextlib.contextmanager
def _exclusive():
    with _thread_lock:
        fd = _lock_fd()
        fcntl.flock(fd, fcntl.LOCK_EX)  # blocks in the kernel, without the GIL
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)


def sqlite_writer():
    """Context manager around one write (a statement or a whole transaction): queue for the
    machine-wide writer lock on SQLite; nothing elsewhere. Inside a transaction already open
    it does nothing — the transaction holds SQLite's lock since its BEGIN IMMEDIATE."""
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        return _exclusive()
    return contextlib.nullcontext()


def sqlite_serialized(func):
    """Run a whole write transaction as one queued writer (see sqlite_writer)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with sqlite_writer():
            return func(*args, **kwargs)

    return wrapper
