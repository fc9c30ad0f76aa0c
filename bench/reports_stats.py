"""How long the annual report's figures and documents take on the current database.

    LANTOA_VAR_DIR=/tmp/reports-var DEBUG=1 .venv/bin/python bench/reports_stats.py [YEAR]

Prints milliseconds and query counts for year_stats (every unit's evidence), the DOCX build,
and the PDF conversion when LibreOffice is installed.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from lantoa.reports import documents, queries  # noqa: E402
from lantoa.reports.models import AnnualReport  # noqa: E402


def timed(label, fn):
    with CaptureQueriesContext(connection) as ctx:
        started = time.perf_counter()
        result = fn()
        elapsed = (time.perf_counter() - started) * 1000
    print(f"{label:<28} {elapsed:8.0f} ms {len(ctx.captured_queries):6d} queries")
    return result


def main():
    year = int(sys.argv[1]) if len(sys.argv) > 1 else 2025
    stats = timed(f"year_stats({year})", lambda: queries.year_stats(year))
    print(f"  units: {len(stats['units'])}, activities: {len(stats['activities'])}")
    report = AnnualReport.objects.filter(year=year).first() or AnnualReport(year=year)
    with tempfile.TemporaryDirectory() as tmp:
        doc = timed("annual report DOCX", lambda: documents.annual_report_document(report, stats=stats))
        timed("save DOCX", lambda: documents.write(doc, Path(tmp) / "r.docx"))
        try:
            timed("PDF via LibreOffice", lambda: documents.write(doc, Path(tmp) / "r.pdf"))
        except documents.PdfUnavailable as exc:
            print(f"PDF: {exc.message}")


if __name__ == "__main__":
    main()
