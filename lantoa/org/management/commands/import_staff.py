from lantoa.core.commands import FileImportCommand
from lantoa.org.services import staff_import


class Command(FileImportCommand):
    help = "Import staff (users and profiles) from an Excel file (all rows or none); errors are listed by row and column."
    label = "staff"

    def import_file(self, file) -> dict:
        return staff_import(actor=None, file=file)
