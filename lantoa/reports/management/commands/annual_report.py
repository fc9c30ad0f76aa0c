"""`manage.py annual_report YEAR --out FILE.docx|FILE.pdf [--draft]`

Generates the report on YEAR's results from the data (figures) and the AnnualReport record
(narrative, signer), laid out per Decree 30/2020. Unless --draft is given, the report is issued
the first time: it gets the next number of the calendar year of its date ("Số: 05/BC-SGDĐT") and
keeps that number and date on every later run.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantoa.core.errors import ServiceError
from lantoa.reports import documents, services


class Command(BaseCommand):
    help = "Generate the annual report on YEAR as DOCX or PDF (Decree 30/2020 layout)."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("--out", required=True, help="Output file, .docx or .pdf")
        parser.add_argument("--draft", action="store_true", help="Do not give the report a number (a draft).")

    def handle(self, *args, year: int, out: str, draft: bool, **options):
        path = Path(out)
        if path.suffix.lower() not in (".docx", ".pdf"):
            raise CommandError("--out must end in .docx or .pdf")
        try:
            report = services.annual_report_get_or_create(year=year)
            if not draft:
                report = services.annual_report_issue(report=report)
            written = documents.write(documents.annual_report_document(report), path)
        except ServiceError as exc:
            raise CommandError(str(exc.message)) from exc
        self.stdout.write(self.style.SUCCESS(f"{report.number_display} → {written}"))
