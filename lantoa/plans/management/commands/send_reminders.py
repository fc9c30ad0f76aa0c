"""`manage.py send_reminders [--date dd/mm/yyyy] [--enqueue]`: e-mail each unit its reminders.

Schedule it daily (cron: `30 7 * * * cd /srv/lantoa && .venv/bin/python manage.py send_reminders`,
or a systemd timer); `--enqueue` hands the work to the django-tasks worker instead.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from lantoa.plans import services
from lantoa.plans.tasks import reminders_send_task


class Command(BaseCommand):
    help = "E-mail the reminders of overdue and due-soon tasks and of the annual-report deadline."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Pretend today is this day (dd/mm/yyyy); for checks and tests.")
        parser.add_argument("--enqueue", action="store_true", help="Run it as a background task instead.")

    def handle(self, *args, date=None, enqueue=False, **options):
        if enqueue:
            result = reminders_send_task.enqueue()
            self.stdout.write(f"send_reminders: enqueued task {result.id}")
            return
        today = None
        if date:
            try:
                today = datetime.datetime.strptime(date, "%d/%m/%Y").date()
            except ValueError as exc:
                raise CommandError("--date must be dd/mm/yyyy") from exc
        counts = services.reminders_send(today=today)
        self.stdout.write(
            f"send_reminders: {counts['reminders']} reminders for {counts['units']} units, {counts['emails']} e-mails sent"
        )
