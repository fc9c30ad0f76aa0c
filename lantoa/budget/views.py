"""Back-office screens of the budget app beyond the generic model views: an estimate's review
page (submit / approve / return), budget-vs-actual with settlement, and its Excel export."""

from django.contrib import messages
from django.db.models import Prefetch, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from lantoa.core.errors import ServiceError
from lantoa.org.models import Unit
from lantoa.org.roles import user_has_role, user_unit

from . import queries, services
from .exports import budget_vs_actual_xlsx
from .models import Estimate, EstimateLine


def _year(request) -> int:
    try:
        return int(request.GET.get("year") or request.POST.get("year"))
    except (TypeError, ValueError):
        return timezone.localdate().year


class EstimateReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "budget/admin/estimate_review.html"
    page_title = _("Budget estimate")
    header_icon = "form"

    def get_estimate(self) -> Estimate:
        lines = EstimateLine.objects.annotate(spent=Sum("expenses__amount")).order_by("sort_order", "pk")
        estimate = (
            queries.estimates_visible_to(self.request.user)
            .prefetch_related(Prefetch("lines", queryset=lines))
            .filter(pk=self.kwargs["pk"]).first()
        )
        if estimate is None:
            raise Http404
        return estimate

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        estimate = self.get_estimate()
        user = self.request.user
        own = user_unit(user)
        is_owner = user_has_role(user, *queries.APPROVER_ROLES) or (own is not None and own.pk == estimate.unit_id)
        context.update(
            estimate=estimate,
            lines=list(estimate.lines.all()),
            can_edit=is_owner and estimate.status in Estimate.EDITABLE_STATUSES,
            can_submit=is_owner and estimate.status in Estimate.EDITABLE_STATUSES,
            can_decide=user_has_role(user, *queries.APPROVER_ROLES) and estimate.status == Estimate.Status.SUBMITTED,
        )
        return context

    def post(self, request, pk):
        estimate = self.get_estimate()
        action = request.POST.get("action")
        try:
            if action == "submit":
                services.estimate_submit(actor=request.user, estimate=estimate)
                messages.success(request, _("Estimate submitted to Phòng KH-TC."))
            elif action in ("approve", "return"):
                services.estimate_decide(actor=request.user, estimate=estimate, approve=action == "approve",
                                         reason=request.POST.get("reason", ""))
                messages.success(request, _("Estimate approved.") if action == "approve" else _("Estimate returned."))
            else:
                messages.error(request, _("Unknown action."))
        except ServiceError as exc:
            messages.error(request, str(exc.message))
        return redirect(reverse("budget_review:review", args=[estimate.pk]))


class BudgetReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "budget/admin/report.html"
    page_title = _("Budget vs actual")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = _year(self.request)
        rows = queries.budget_vs_actual(year=year, queryset=queries.estimates_visible_to(self.request.user))
        units: dict[int, dict] = {}
        for row in rows:
            unit = units.setdefault(row.unit_id, {"unit_id": row.unit_id, "name": row.unit_name, "approved": 0,
                                                  "spent": 0, "settled": row.settled})
            unit["approved"] += row.approved
            unit["spent"] += row.spent
        for unit in units.values():
            unit["remaining"] = unit["approved"] - unit["spent"]
        context.update(
            year=year, rows=rows, units=sorted(units.values(), key=lambda u: u["name"]),
            totals={"approved": sum(r.approved for r in rows), "spent": sum(r.spent for r in rows),
                    "remaining": sum(r.remaining for r in rows)},
            can_settle=user_has_role(self.request.user, *queries.APPROVER_ROLES),
            years=list(range(timezone.localdate().year + 1, 2021, -1)),
        )
        return context

    def post(self, request):
        year = _year(request)
        unit = get_object_or_404(Unit, pk=request.POST.get("unit"))
        try:
            services.settlement_make(actor=request.user, unit=unit, year=year, note=request.POST.get("note", ""))
            messages.success(request, _("Settlement of %(unit)s for %(year)s recorded.") % {"unit": unit.name,
                                                                                           "year": year})
        except ServiceError as exc:
            messages.error(request, str(exc.message))
        return redirect(f"{reverse('budget_report:index')}?year={year}")


def budget_report_xlsx(request):
    year = _year(request)
    rows = queries.budget_vs_actual(year=year, queryset=queries.estimates_visible_to(request.user))
    response = HttpResponse(
        budget_vs_actual_xlsx(year=year, rows=rows),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="du-toan-thuc-chi-{year}.xlsx"'
    return response
