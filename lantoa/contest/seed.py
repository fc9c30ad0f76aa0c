"""Demo data of this app for `manage.py seed_demo`; idempotent."""


def seed(*, stdout=None) -> None:
    pass
