"""`manage.py seed_demo [--contestants N]`: idempotent demo data for every module.

Each app seeds its own data in `<app>/seed.py` (`seed(stdout=...)`), called here in the
dependency order of docs/architecture.md; demo users are made right after the org tree and exist only through this
command.
"""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from lantoa.ops.demo_users import demo_users_seed
from lantoa.org.services import roles_sync

APPS_IN_ORDER = ["org", "legal", "plans", "portal", "press", "events", "contest", "procedures", "budget", "reports"]


class Command(BaseCommand):
    help = "Load idempotent demo data (org tree, seed plan, documents, articles, contest …) and demo users."

    def add_arguments(self, parser):
        parser.add_argument(
            "--contestants", type=int, default=50, help="Create contestants thisinh1 … thisinhN (default 50)."
        )

    def handle(self, *args, contestants: int, **options):
        roles_sync()
        for app in APPS_IN_ORDER:
            with transaction.atomic():
                import_module(f"lantoa.{app}.seed").seed(stdout=self.stdout)
            if app == "org":
                # Users right after the units they belong to, so later apps can seed their
                # demo content as these users (an article by `donvi`, a contestant's attempt).
                with transaction.atomic():
                    demo_users_seed(contestants=contestants, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("seed_demo: done"))
