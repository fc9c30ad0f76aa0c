from django.core.management.base import BaseCommand

from lantoa.legal.services import document_status_refresh


class Command(BaseCommand):
    help = "Apply the status rules to every document (run daily, e.g. from cron or send_reminders)."

    def handle(self, *args, **options):
        changed = document_status_refresh()
        self.stdout.write(f"legal_refresh_status: {changed} changed")
