#!/usr/bin/env python
"""Cost of auto-linking document numbers and of the registry's number search.

    LANTOA_VAR_DIR=/tmp/legal-var DEBUG=1 .venv/bin/python bench/legal_linking.py [--documents 2000]

Seeds the registry (plus --documents synthetic numbered documents), then times:
  - link_document_numbers on a ~6 kB article with 12 number mentions (cache warm / cold);
  - the same article with no number at all (the common case: one regex scan);
  - documents_search for "942/QĐ-TTg", "942" and "qd-ttg 942", and a word search.
"""

import argparse
import datetime
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")

import django  # noqa: E402

django.setup()

from lantoa.legal.linking import link_document_numbers, link_table_invalidate  # noqa: E402
from lantoa.legal.models import Document, DocumentType  # noqa: E402
from lantoa.legal.queries import DocumentFilters, documents_search  # noqa: E402
from lantoa.legal.seed import seed  # noqa: E402


def timed(fn, repeat):
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from lantoa.org.seed import seed as org_seed

    org_seed()
    seed()
    doc_type = DocumentType.objects.get(code="CV")
    existing = Document.objects.filter(number__endswith="/CV-BENCH").count()
    Document.objects.bulk_create([
        Document(number=f"{n}/CV-BENCH", number_key=f"{n} cv bench", doc_type=doc_type, issuer_name="Bench",
                 issued_on=datetime.date(2024, 1, 1), title=f"Bench {n}", summary="Bench", search_text=f"{n}/cv-bench")
        for n in range(existing, args.documents)
    ])
    paragraph = ("<p>Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020, Quyết định số 942/QĐ-TTg, Kế hoạch số "
                 "21/KH-UBND ngày 07/02/2023 và Công văn 999/CV-UNKNOWN; <a href='/x'>131/QĐ-TTg</a>.</p>"
                 "<h2>Chỉ thị 19-CT/TU</h2><p>Luật Chuyển đổi số 148/2025/QH15 có hiệu lực từ 01/7/2026.</p>")
    article = paragraph * 3 + "<p>" + "Nội dung bài viết về chuyển đổi số trong giáo dục. " * 80 + "</p>"
    plain = "<p>" + "Nội dung bài viết về chuyển đổi số trong giáo dục. " * 120 + "</p>"
    print(f"registry: {Document.objects.count()} documents; article {len(article)} chars, "
          f"{article.count('/')} slashes")

    def cold():
        link_table_invalidate()
        link_document_numbers(article)

    link_document_numbers(article)
    for label, fn in [("link article, table cached", lambda: link_document_numbers(article)),
                      ("link article, table rebuilt (after a save)", cold),
                      ("link article without numbers", lambda: link_document_numbers(plain))]:
        median, worst = timed(fn, args.repeat if "rebuilt" not in label else 20)
        print(f"{label:45s} median {median:7.3f} ms   max {worst:7.3f} ms")
    for q in ["942/QĐ-TTg", "942", "qd-ttg 942", "chuyen doi so"]:
        median, worst = timed(lambda q=q: list(documents_search(DocumentFilters(q=q))[:20]), 50)
        print(f"search {q!r:38s} median {median:7.3f} ms   max {worst:7.3f} ms")


if __name__ == "__main__":
    main()
