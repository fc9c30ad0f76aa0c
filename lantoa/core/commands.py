from django.core.management.base import BaseCommand, CommandError

from .errors import ImportRejected


class FileImportCommand(BaseCommand):
    """`manage.py <command> PATH`: run an all-or-nothing import service on a file.

    Subclasses set `label` and `import_file(file) -> {"created": n, "updated": n}`. A refused
    file prints every row error on stderr and exits non-zero; nothing is imported then.
    """

    label = "rows"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def import_file(self, file) -> dict:
        raise NotImplementedError

    def handle(self, *args, path, **options):
        try:
            with open(path, "rb") as file:
                counts = self.import_file(file)
        except FileNotFoundError:
            raise CommandError(f"No such file: {path}")
        except ImportRejected as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(str(exc.message))
        self.stdout.write(self.style.SUCCESS(f"{self.label}: {counts['created']} created, {counts['updated']} updated"))
