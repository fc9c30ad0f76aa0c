"""`manage.py backup [--out DIR] [--format auto|sqlite|pg_dump|json]`: database + media in one
archive (layout and formats: lantoa/ops/backup.py). Safe while the site runs."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lantoa.ops.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database and media into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("--out", default=None, help="Directory for the archive (default: <var>/backups).")
        parser.add_argument("--format", dest="fmt", default="auto", choices=["auto", "sqlite", "pg_dump", "json"],
                            help="auto: SQLite backup API on SQLite, pg_dump on PostgreSQL if installed, else JSON.")

    def handle(self, *args, out=None, fmt="auto", **options):
        out_dir = Path(out) if out else Path(settings.VAR_DIR) / "backups"
        try:
            archive = backup_create(out_dir=out_dir, fmt=fmt)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"backup: {archive}"))
