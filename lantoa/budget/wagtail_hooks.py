"""Back office of the budget app: estimates with their lines, the review page where units
submit and Phòng KH-TC approves or returns, expenses, settlements, budget vs actual + Excel."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lantoa.org.roles import user_has_role
from lantoa.plans.backoffice import UnitScopedForm, scoped_views

from . import queries, services
from .models import Estimate, EstimateLine, Expense, Settlement
from .views import BudgetReportView, EstimateReviewView, budget_report_xlsx


class EstimateForm(UnitScopedForm):
    all_units_check = staticmethod(lambda user: user_has_role(user, *queries.APPROVER_ROLES))


class EstimateViewSet(ModelViewSet):
    model = Estimate
    icon = "form"
    menu_label = _("Estimates")
    list_display = [
        TitleColumn("title", label=_("Title"), get_url=lambda obj: reverse("budget_review:review", args=[obj.pk])),
        "unit", "year", Column("total", label=_("Total (VND)")), "status",
    ]
    list_filter = ["status", "year"]
    search_fields = ["title"]
    edit_handler = ObjectList([
        FieldRowPanel([FieldPanel("unit"), FieldPanel("year")]),
        FieldPanel("activity"),
        FieldPanel("title"),
        FieldPanel("note"),
        InlinePanel("lines", heading=_("Line items"), label=_("Line"), min_num=1, panels=[
            FieldPanel("description"),
            FieldRowPanel([FieldPanel("unit_of_measure"), FieldPanel("quantity"), FieldPanel("unit_price")]),
        ]),
    ], base_form_class=EstimateForm)


def _estimate_save(view):
    estimate = services.estimate_save(actor=view.request.user, estimate=view.form.instance, form=view.form)
    return estimate


for _name, _cls in scoped_views(
    scope=queries.estimates_visible_to, save=_estimate_save,
    can_delete=lambda estimate: estimate.status in Estimate.EDITABLE_STATUSES,
).items():
    setattr(EstimateViewSet, _name, _cls)
EstimateViewSet.add_view_class.get_success_url = lambda self: reverse("budget_review:review", args=[self.object.pk])
EstimateViewSet.edit_view_class.get_success_url = lambda self: reverse("budget_review:review", args=[self.object.pk])


class ExpenseForm(UnitScopedForm):
    all_units_check = staticmethod(lambda user: user_has_role(user, *queries.APPROVER_ROLES))

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "line" in self.fields:
            estimates = queries.estimates_visible_to(for_user).filter(status=Estimate.Status.APPROVED)
            self.fields["line"].queryset = EstimateLine.objects.filter(estimate__in=estimates).select_related(
                "estimate")
            self.fields["line"].label_from_instance = lambda line: (
                f"{line.estimate.year} · {line.estimate.title} · {line.description} ({line.amount:,} đ)".replace(",", ".")
            )


class ExpenseViewSet(ModelViewSet):
    model = Expense
    icon = "tag"
    menu_label = _("Expenses")
    list_display = ["voucher_number", "unit", "spent_on", Column("amount", label=_("Amount (VND)")), "line",
                    "over_tolerance_note"]
    list_filter = ["spent_on"]
    search_fields = ["voucher_number", "description"]
    edit_handler = ObjectList([
        FieldPanel("line"),
        FieldRowPanel([FieldPanel("voucher_number"), FieldPanel("spent_on"), FieldPanel("amount")]),
        FieldPanel("description"),
        FieldPanel("attachment"),
    ], base_form_class=ExpenseForm)


def _expense_save(view):
    result = services.expense_record(actor=view.request.user, expense=view.form.instance, form=view.form)
    if result.warning:
        messages.warning(view.request, result.warning)
    return result.expense


for _name, _cls in scoped_views(scope=queries.expenses_visible_to, save=_expense_save).items():
    setattr(ExpenseViewSet, _name, _cls)


class SettlementViewSet(ModelViewSet):
    """Settlements are made on the budget-vs-actual page (their figures are computed, never typed)."""

    model = Settlement
    icon = "lock"
    menu_label = _("Settlements")
    list_display = ["unit", "year", Column("approved_total", label=_("Approved (VND)")),
                    Column("spent_total", label=_("Spent (VND)")), "settled_at"]
    list_filter = ["year"]
    inspect_view_enabled = True
    form_fields = ["note"]


for _name, _cls in scoped_views(scope=queries.settlements_visible_to).items():
    setattr(SettlementViewSet, _name, _cls)


class BudgetReviewViewSet(ViewSet):
    name = "budget_review"
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [path("<int:pk>/", EstimateReviewView.as_view(), name="review")]


class BudgetReportViewSet(ViewSet):
    name = "budget_report"
    icon = "table"
    menu_label = _("Budget vs actual")

    def get_urlpatterns(self):
        return [
            path("", BudgetReportView.as_view(), name="index"),
            path("xlsx/", budget_report_xlsx, name="xlsx"),
        ]


class BudgetGroup(ViewSetGroup):
    menu_label = _("Communication funds")
    menu_icon = "form"
    menu_order = 230
    items = (EstimateViewSet("budget_estimates"), ExpenseViewSet("budget_expenses"),
             BudgetReportViewSet("budget_report"), SettlementViewSet("budget_settlements"))


@hooks.register("register_admin_viewset")
def register_budget_viewsets():
    return BudgetGroup()


@hooks.register("register_admin_viewset")
def register_budget_review():
    return BudgetReviewViewSet("budget_review")


@hooks.register("register_log_actions")
def register_budget_log_actions(actions):
    for action, label, message in [
        ("lantoa.budget.estimate_create", _("Create estimate"), _("Estimate created")),
        ("lantoa.budget.estimate_change", _("Change estimate"), _("Estimate changed")),
        ("lantoa.budget.estimate_submit", _("Submit estimate"), _("Estimate submitted")),
        ("lantoa.budget.estimate_approve", _("Approve estimate"), _("Estimate approved")),
        ("lantoa.budget.estimate_return", _("Return estimate"), _("Estimate returned")),
        ("lantoa.budget.expense_record", _("Record expense"), _("Expense recorded")),
        ("lantoa.budget.expense_change", _("Change expense"), _("Expense changed")),
        ("lantoa.budget.settlement_make", _("Settle budget"), _("Budget settled")),
    ]:
        actions.register_action(action, label, message)
