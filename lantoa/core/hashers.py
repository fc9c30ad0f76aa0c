"""Password hashing.

Argon2id with OWASP's password-storage parameters (19 MiB of memory, 2 passes, 1 lane) rather
than Django's default PBKDF2 with 1,000,000 iterations: both are accepted practice, but the
contest makes ~25,000 people log in during the last day of a round, and one PBKDF2 login costs
~0.5 s of CPU on a 2-core server against ~25 ms for this (docs/decisions.md). Memory-hard
hashing also costs an attacker with GPUs more than PBKDF2 does. Hashes made with other
parameters (or by PBKDF2) are rehashed at the next successful login.
"""

import contextlib
import fcntl
import os
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.utils.translation import gettext as _

from .errors import Busy


class Argon2idPasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1


# --- Login admission ------------------------------------------------------------------------
# At a deadline surge thousands log in while thousands are mid-attempt. Each login is ~30 ms of
# CPU; unchecked, logins take every core and every answer being saved waits behind them. Logins
# therefore hash in a limited number of machine-wide slots (LANTOA_LOGIN_HASH_SLOTS, default one
# per core): a login that finds every slot taken for LOGIN_SLOT_WAIT seconds is refused with
# Busy (HTTP 503 + Retry-After, a form error on the login pages) instead of waiting, so a waiting
# login never holds one of the app server's threads. The slots are flock()ed files in
# LANTOA_VAR_DIR: every process on the machine shares them, and a killed process frees its slot.

LOGIN_SLOT_WAIT = 0.05  # seconds


def _slot_count() -> int:
    return max(1, settings.LANTOA_LOGIN_HASH_SLOTS or os.cpu_count() or 1)


@contextlib.contextmanager
def login_hash_slot():
    """Hold one of the machine's login hashing slots for the block, or raise Busy."""
    directory = Path(settings.VAR_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + LOGIN_SLOT_WAIT
    while True:
        for slot in range(_slot_count()):
            fd = os.open(directory / f"login-hash-slot-{slot}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
            return
        if time.monotonic() >= deadline:
            raise Busy(_("Many people are signing in right now. Please try again in a moment."), code="login_busy")
        time.sleep(0.005)
