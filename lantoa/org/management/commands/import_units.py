from lantoa.core.commands import FileImportCommand
from lantoa.org.services import units_import


class Command(FileImportCommand):
    help = "Import units from an Excel file (all rows or none); errors are listed by row and column."
    label = "units"

    def import_file(self, file) -> dict:
        return units_import(actor=None, file=file)
