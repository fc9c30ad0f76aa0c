"""`manage.py import_questions PATH --bank NAME [--format xlsx|docx|gift|aiken]`: all or nothing;
on a bad file it lists each bad row, line or question and exits non-zero."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantoa.contest import services
from lantoa.contest.importers import FORMATS, format_guess, parse
from lantoa.contest.models import QuestionBank
from lantoa.core.errors import ImportRejected


class Command(BaseCommand):
    help = "Import multiple-choice questions into a question bank (created if missing)."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--bank", required=True, help="Name of the question bank.")
        parser.add_argument("--format", choices=FORMATS, help="Default: from the file extension (.txt = Aiken).")
        parser.add_argument("--replace", action="store_true", help="Replace the bank's questions.")

    def handle(self, *args, path, bank, format=None, replace=False, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        fmt = format or format_guess(file.name)
        try:
            parsed = parse(file.read_bytes(), fmt=fmt)
            question_bank, _created = QuestionBank.objects.get_or_create(name=bank)
            count = services.questions_import(bank=question_bank, parsed=parsed, replace=replace)
        except ImportRejected as exc:
            for error in exc.errors:
                self.stderr.write(f"- {error}")
            raise CommandError(f"{path}: not imported ({len(exc.errors)} error(s)); nothing was changed.") from None
        self.stdout.write(self.style.SUCCESS(f"{count} question(s) imported into “{bank}”."))
