"""Password hashing.

Argon2id with OWASP's password-storage parameters (19 MiB of memory, 2 passes, 1 lane) rather
than Django's default PBKDF2 with 1,000,000 iterations: both are accepted practice, but the
contest makes ~25,000 people log in during the last day of a round, and one PBKDF2 login costs
~0.5 s of CPU on a 2-core server against ~25 ms for this (docs/decisions.md). Memory-hard
hashing also costs an attacker with GPUs more than PBKDF2 does. Hashes made with other
parameters (or by PBKDF2) are rehashed at the next successful login.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idPasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
