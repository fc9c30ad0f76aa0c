"""`manage.py contest_daily`: publish today's unit participation for every contest with a round
that has opened, and sweep overdue attempts. Run once a day (cron/systemd timer) or enqueue the
task `lantoa.contest.tasks.contest_daily_task`."""

from django.core.management.base import BaseCommand

from lantoa.contest.tasks import contest_daily


class Command(BaseCommand):
    help = "Publish today's participation by unit and close overdue attempts."

    def handle(self, *args, **options):
        self.stdout.write(str(contest_daily()))
