from django.core.management.base import BaseCommand

from lantoa.procedures.services import procedures_export


class Command(BaseCommand):
    help = "Export the procedure catalogue (all procedures, retired ones included) to an Excel workbook."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        with open(path, "wb") as handle:
            handle.write(procedures_export())
        self.stdout.write(self.style.SUCCESS(f"export_procedures: written {path}"))
