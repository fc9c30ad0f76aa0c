"""`manage.py plan_draft YEAR --out FILE.docx|FILE.pdf`: the draft communication plan for YEAR
(usually next year), laid out per Decree 30/2020 like the annual report, unnumbered."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantoa.core.errors import ServiceError
from lantoa.reports import documents


class Command(BaseCommand):
    help = "Generate the draft communication plan for YEAR as DOCX or PDF."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("--out", required=True, help="Output file, .docx or .pdf")

    def handle(self, *args, year: int, out: str, **options):
        path = Path(out)
        if path.suffix.lower() not in (".docx", ".pdf"):
            raise CommandError("--out must end in .docx or .pdf")
        try:
            written = documents.write(documents.plan_draft_document(year), path)
        except ServiceError as exc:
            raise CommandError(str(exc.message)) from exc
        self.stdout.write(self.style.SUCCESS(f"{written}"))
