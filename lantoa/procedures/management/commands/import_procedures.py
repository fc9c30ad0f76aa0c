from django.core.management.base import BaseCommand, CommandError

from lantoa.core.errors import ImportRejected
from lantoa.procedures.services import procedures_import


class Command(BaseCommand):
    help = "Import the procedure catalogue from an Excel workbook (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            with open(path, "rb") as handle:
                result = procedures_import(actor=None, file=handle)
        except FileNotFoundError as exc:
            raise CommandError(f"No such file: {path}") from exc
        except ImportRejected as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{exc.message} ({len(exc.errors)})") from exc
        self.stdout.write(self.style.SUCCESS(f"import_procedures: {result['created']} created, {result['updated']} updated"))
