from django.core.management.base import BaseCommand, CommandError

from lantoa.core.errors import ImportRejected
from lantoa.org.services import staff_import


class Command(BaseCommand):
    help = "Import staff (users and profiles) from an Excel file (all rows or none); errors are listed by row and column."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            with open(path, "rb") as file:
                counts = staff_import(actor=None, file=file)
        except FileNotFoundError:
            raise CommandError(f"No such file: {path}")
        except ImportRejected as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(str(exc.message))
        self.stdout.write(self.style.SUCCESS(f"staff: {counts['created']} created, {counts['updated']} updated"))
