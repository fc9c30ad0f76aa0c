"""The article as a PDF (state portals must offer "save as PDF" on every article).

Rendered with WeasyPrint from the same template family as the print stylesheet; system fonts
only (DejaVu/Liberation carry Vietnamese). Images are read from storage, never fetched over HTTP.
"""

import logging
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

logging.getLogger("weasyprint").setLevel(logging.WARNING)
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def article_pdf_response(request, article) -> HttpResponse:
    html = render_to_string("portal/article_pdf.html", {"page": article, "request": request})
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=LocalFetcher()).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{slugify(article.slug) or article.pk}.pdf"'
    return response


class LocalFetcher(URLFetcher):
    """Serve media and static files from disk; refuse everything else (no network in a render)."""

    def fetch(self, url, headers=None):
        path = urlparse(url).path
        if path.startswith(settings.MEDIA_URL):
            file_path = Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL):]
        elif path.startswith(settings.STATIC_URL):
            file_path = finders.find(path[len(settings.STATIC_URL):])
        else:
            raise ValueError(f"Not fetched in a PDF render: {url}")
        if not file_path or not Path(file_path).resolve().is_file():
            raise ValueError(f"Not found: {url}")
        return URLFetcherResponse(url, body=Path(file_path).read_bytes())
