"""Public registry pages: /van-ban/ (faceted search), detail, PDF download."""

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.http import urlencode

from .models import Document, DocumentFile
from .queries import DocumentFilters, document_detail, document_facets, documents_search

PAGE_SIZE = 20


def registry(request):
    filters = DocumentFilters.from_params(request.GET)
    results = documents_search(filters)
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    active = filters.active()
    facets = document_facets(filters)
    for facet in facets:
        current = str(active.get(facet.name, ""))
        facet.links = []
        for value, label, count in facet.options:
            params = {**active, facet.name: value}
            if current == value:
                params.pop(facet.name)
            facet.links.append({"label": label, "count": count, "selected": current == value,
                                "url": "?" + urlencode(params)})
    page_params = urlencode(active)
    return render(request, "legal/registry.html", {
        "filters": filters, "page": page, "facets": facets, "active": active, "page_params": page_params,
        "status_choices": Document.Status.choices,
    })


def detail(request, pk: int):
    try:
        document = document_detail(pk)
    except Document.DoesNotExist as exc:
        raise Http404 from exc
    return render(request, "legal/detail.html", {"document": document})


def download(request, pk: int, file_id: int):
    attachment = get_object_or_404(DocumentFile, pk=file_id, document_id=pk, document__is_public=True)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return FileResponse(handle, as_attachment=True, filename=attachment.filename, content_type="application/pdf")
