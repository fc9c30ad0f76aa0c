"""`manage.py contest_close_overdue`: close every attempt past its deadline (the sweep; the
same runs as a task). Attempts are also closed lazily whenever they are touched."""

from django.core.management.base import BaseCommand

from lantoa.contest import services


class Command(BaseCommand):
    help = "Close overdue contest attempts at their deadlines, with the answers saved by then."

    def handle(self, *args, **options):
        self.stdout.write(f"closed: {services.attempts_close_overdue()}")
