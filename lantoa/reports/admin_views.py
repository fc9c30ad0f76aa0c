"""Back-office views (mounted under /admin/ by wagtail_hooks): download the annual report and
the draft plan, issue the report, propose commendations, decide on one. Thin: each calls a
service, and a refusal becomes a message, never a 500."""

import tempfile
from pathlib import Path

from django.contrib import messages
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lantoa.core.errors import ServiceError
from lantoa.org.roles import Role, user_has_role

from . import documents, services
from .models import AnnualReport, Commendation

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _can_view(user) -> bool:
    return user_has_role(user, *services.REPORT_EDITORS)


def _file_response(document, *, fmt: str, filename: str, request):
    with tempfile.TemporaryDirectory(prefix="lantoa-report-") as tmp:
        try:
            written = documents.write(document, Path(tmp) / f"{filename}.{fmt}")
        except ServiceError as exc:
            messages.error(request, str(exc.message))
            return None
        response = HttpResponse(written.read_bytes(), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def annual_report_download(request, pk: int, fmt: str):
    if fmt not in CONTENT_TYPES:
        return redirect("wagtailsnippets_reports_annualreport:list")
    if not _can_view(request.user):
        return HttpResponseForbidden()
    report = get_object_or_404(AnnualReport, pk=pk)
    response = _file_response(documents.annual_report_document(report), fmt=fmt, request=request,
                              filename=f"bao-cao-cds-{report.year}")
    return response or redirect("wagtailsnippets_reports_annualreport:list")


def plan_draft_download(request, year: int, fmt: str):
    if fmt not in CONTENT_TYPES:
        return redirect("wagtailsnippets_reports_annualreport:list")
    if not _can_view(request.user):
        return HttpResponseForbidden()
    try:
        document = documents.plan_draft_document(year)
    except ServiceError as exc:
        messages.error(request, str(exc.message))
        return redirect("wagtailsnippets_reports_annualreport:list")
    response = _file_response(document, fmt=fmt, request=request, filename=f"du-thao-ke-hoach-cds-{year}")
    return response or redirect("wagtailsnippets_reports_annualreport:list")


@require_http_methods(["GET", "POST"])
def annual_report_issue(request, pk: int):
    report = get_object_or_404(AnnualReport, pk=pk)
    if request.method == "POST":
        try:
            report = services.annual_report_issue(report=report, actor=request.user)
        except ServiceError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Report issued as No. %(number)s.") % {"number": report.number_display})
        return redirect("wagtailsnippets_reports_annualreport:list")
    return render(request, "reports/admin/confirm.html", {
        "title": _("Issue the annual report on %(year)s") % {"year": report.year},
        "message": _("The report gets the next number of %(year)s and today's date; both stay the same on "
                     "every later download.") % {"year": report.issued_on.year if report.issued_on
                                                  else timezone.localdate().year},
        "actions": [("issue", _("Issue"))],
    })


@require_http_methods(["GET", "POST"])
def commendations_propose(request):
    default_year = timezone.localdate().year
    if request.method == "POST":
        try:
            year = int(request.POST.get("year", ""))
            proposed = services.commendations_propose(year=year, actor=request.user)
        except ValueError:
            messages.error(request, _("Enter a year."))
        except ServiceError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("%(count)d units proposed for commendation.") % {"count": len(proposed)})
            return redirect("wagtailsnippets_reports_commendation:list")
    return render(request, "reports/admin/propose.html", {"year": default_year})


@require_http_methods(["GET", "POST"])
def commendation_decide(request, pk: int):
    commendation = get_object_or_404(Commendation.objects.select_related("unit"), pk=pk)
    if request.method == "POST":
        decision = request.POST.get("decision")
        if decision not in ("approve", "reject"):
            messages.error(request, _("Choose approve or reject."))
        else:
            try:
                services.commendation_decide(commendation=commendation, actor=request.user,
                                             approve=decision == "approve")
            except ServiceError as exc:
                messages.error(request, str(exc.message))
                if exc.status_code == 403:
                    return HttpResponseForbidden(str(exc.message))
            else:
                messages.success(request, _("Decision saved."))
        return redirect("wagtailsnippets_reports_commendation:list")
    if not user_has_role(request.user, Role.LEADERSHIP):
        return HttpResponseForbidden(_("Only the Department's leadership can approve commendations."))
    return render(request, "reports/admin/confirm.html", {
        "title": _("Commendation: %(who)s") % {"who": str(commendation)},
        "message": commendation.citation or _("Score %(score)s from the year's evidence.") % {
            "score": commendation.score},
        "details": commendation.score_details,
        "actions": [("approve", _("Approve")), ("reject", _("Reject"))],
    })
