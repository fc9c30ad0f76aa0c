"""`manage.py restore FILE --yes`: replace the database and media with a backup's, all or
nothing. Without --yes it refuses and changes nothing. Stop the app servers first."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantoa.ops.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "Restore the database and media from a backup archive (needs --yes)."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz made by `manage.py backup`.")
        parser.add_argument("--yes", action="store_true", help="Confirm: the current data will be replaced.")

    def handle(self, *args, archive: str, yes: bool, **options):
        if not yes:
            raise CommandError(
                "restore replaces ALL current data and media with the backup's. Run again with --yes to confirm."
            )
        try:
            manifest = backup_restore(archive=Path(archive))
        except BackupError as exc:
            raise CommandError(f"restore refused, nothing changed: {exc}") from exc
        self.stdout.write(self.style.SUCCESS(
            f"restore: {manifest['format']} backup of {manifest['created_at']} restored "
            f"({manifest['media_files']} media files). Run `manage.py migrate` if the code is newer."
        ))
