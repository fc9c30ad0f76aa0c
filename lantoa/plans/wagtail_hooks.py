"""Back office of the plans app: plans and their activities (InlinePanels, no code needed for a
new period), units' annual plans, tasks, progress reports, the monitoring dashboard and the
reminders panel on the admin home page."""

import datetime

from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lantoa.org.roles import user_has_role

from . import queries, services
from .backoffice import UnitScopedForm, scoped_views
from .models import Activity, Plan, ProgressReport, Task, UnitPlan
from .views import DashboardView


class PlanViewSet(ModelViewSet):
    model = Plan
    icon = "doc-full"
    menu_label = _("Plans")
    list_display = ["title", "number", "period", "status"]
    list_filter = ["status"]
    search_fields = ["title", "number"]
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_handler = ObjectList([
        MultiFieldPanel([
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on"), FieldPanel("status")]),
            FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_title")]),
            FieldPanel("owner"),
            FieldPanel("document"),
            FieldPanel("legal_bases"),
        ], heading=_("Plan")),
        MultiFieldPanel([FieldPanel("purpose"), FieldPanel("requirements"), FieldPanel("contents"),
                         FieldPanel("recipients")], heading=_("Text of the plan")),
        InlinePanel("activities", heading=_("Communication activities"), label=_("Activity"), panels=[
            FieldRowPanel([FieldPanel("sort_order"), FieldPanel("form")]),
            FieldPanel("title"),
            FieldPanel("content"),
            FieldPanel("lead_units"),
            FieldPanel("lead_note"),
            FieldPanel("coordinating_units"),
            FieldPanel("coordinating_note"),
            FieldRowPanel([FieldPanel("schedule"), FieldPanel("also_on_request")]),
            FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            FieldPanel("schedule_note"),
        ]),
        InlinePanel("duties", heading=_("Duties (part IV)"), label=_("Duty"), panels=[
            FieldPanel("sort_order"), FieldPanel("text"), FieldPanel("units"), FieldPanel("units_note"),
            FieldPanel("recurring_deadline"),
        ]),
    ])


for _name, _cls in scoped_views(
    scope=lambda user: Plan.objects.all(),
    save=lambda view: services.plan_save(actor=view.request.user, plan=view.form.instance, form=view.form),
).items():
    setattr(PlanViewSet, _name, _cls)


class ActivityViewSet(ModelViewSet):
    """An activity's yearly targets (ActivityTarget) are edited here: Wagtail cannot nest them
    inside the plan's activity panels."""

    model = Activity
    icon = "list-ul"
    menu_label = _("Activities and targets")
    list_display = ["title", "plan", "form", "schedule"]
    list_filter = ["plan", "form"]
    search_fields = ["title"]
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    edit_handler = ObjectList([
        FieldPanel("plan"),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("form")]),
        FieldPanel("title"),
        FieldPanel("content"),
        FieldPanel("lead_units"),
        FieldPanel("coordinating_units"),
        FieldRowPanel([FieldPanel("schedule"), FieldPanel("start_year"), FieldPanel("end_year")]),
        InlinePanel("targets", heading=_("Yearly targets"), label=_("Target"), panels=[
            FieldRowPanel([FieldPanel("year"), FieldPanel("metric"), FieldPanel("target")]),
        ]),
    ])


for _name, _cls in scoped_views(
    scope=lambda user: Activity.objects.select_related("plan"),
    save=lambda view: services.activity_save(actor=view.request.user, activity=view.form.instance, form=view.form),
).items():
    setattr(ActivityViewSet, _name, _cls)


class TaskForm(UnitScopedForm):
    all_units_check = staticmethod(queries.user_sees_all_units)


class TaskViewSet(ModelViewSet):
    model = Task
    icon = "tasks"
    menu_label = pgettext_lazy("plans", "Tasks")
    list_display = ["title", "unit", "activity", "due_on", "status", "percent_done"]
    list_filter = ["status", "year", "activity__plan"]
    search_fields = ["title"]
    inspect_view_enabled = True
    edit_handler = ObjectList([
        FieldPanel("activity"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("year"), FieldPanel("due_on")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("percent_done")]),
        FieldPanel("progress_note"),
    ], base_form_class=TaskForm)


for _name, _cls in scoped_views(
    scope=queries.tasks_visible_to,
    save=lambda view: services.task_save(actor=view.request.user, task=view.form.instance, form=view.form),
).items():
    setattr(TaskViewSet, _name, _cls)


class UnitPlanForm(UnitScopedForm):
    all_units_check = staticmethod(queries.user_sees_all_units)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.sees_all:
            # Approval is CTTT-GDCNTX's; a unit drafts and submits.
            self.fields["status"].choices = [
                c for c in UnitPlan.Status.choices if c[0] in (UnitPlan.Status.DRAFT, UnitPlan.Status.SUBMITTED)
            ]
            self.fields["review_note"].disabled = True


class UnitPlanViewSet(ModelViewSet):
    model = UnitPlan
    icon = "date"
    menu_label = _("Units' annual plans")
    list_display = ["title", "unit", "year", "status"]
    list_filter = ["status", "year"]
    inspect_view_enabled = True
    edit_handler = ObjectList([
        FieldPanel("plan"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("year"), FieldPanel("status")]),
        FieldPanel("title"),
        FieldPanel("content"),
        FieldPanel("review_note"),
    ], base_form_class=UnitPlanForm)


def _unit_plan_save(view):
    unit_plan = view.form.instance
    submitting = unit_plan.status == UnitPlan.Status.SUBMITTED
    deciding = unit_plan.status in (UnitPlan.Status.APPROVED, UnitPlan.Status.RETURNED)
    previous = UnitPlan.objects.filter(pk=unit_plan.pk).values_list("status", flat=True).first()
    if deciding and previous != unit_plan.status:
        # Approving or returning goes through its own rule (reviewers only, from "submitted").
        target = unit_plan.status
        unit_plan.status = previous or UnitPlan.Status.DRAFT
        saved = services.unit_plan_save(actor=view.request.user, unit_plan=unit_plan, form=view.form)
        return services.unit_plan_decide(actor=view.request.user, unit_plan=saved,
                                         approve=target == UnitPlan.Status.APPROVED, note=saved.review_note)
    if submitting and previous != UnitPlan.Status.SUBMITTED:
        unit_plan.status = previous or UnitPlan.Status.DRAFT
        saved = services.unit_plan_save(actor=view.request.user, unit_plan=unit_plan, form=view.form)
        return services.unit_plan_submit(actor=view.request.user, unit_plan=saved)
    return services.unit_plan_save(actor=view.request.user, unit_plan=unit_plan, form=view.form)


for _name, _cls in scoped_views(scope=queries.unit_plans_visible_to, save=_unit_plan_save).items():
    setattr(UnitPlanViewSet, _name, _cls)


class ProgressReportForm(UnitScopedForm):
    """A unit reports only on its own tasks; monitors may file for any unit."""

    all_units_check = staticmethod(queries.user_sees_all_units)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        tasks = queries.tasks_visible_to(for_user) if for_user is not None else Task.objects.none()
        formset = self.formsets.get("items")
        if formset is not None:
            base = formset.form

            class LimitedItemForm(base):
                def __init__(self, *a, **kw):
                    super().__init__(*a, **kw)
                    self.fields["task"].queryset = tasks

            formset.form = LimitedItemForm


class ProgressReportViewSet(ModelViewSet):
    model = ProgressReport
    icon = "clipboard-list"
    menu_label = _("Progress reports")
    list_display = ["unit", "year", "period", "status", "filed_at"]
    list_filter = ["status", "year", "period"]
    inspect_view_enabled = True
    edit_handler = ObjectList([
        FieldRowPanel([FieldPanel("unit"), FieldPanel("year"), FieldPanel("period")]),
        FieldPanel("summary"),
        InlinePanel("items", heading=_("Tasks reported on"), label=pgettext_lazy("plans", "Task"), min_num=1, panels=[
            FieldPanel("task"),
            FieldRowPanel([FieldPanel("status"), FieldPanel("percent_done")]),
            FieldPanel("note"),
        ]),
    ], base_form_class=ProgressReportForm)


for _name, _cls in scoped_views(
    scope=queries.progress_reports_visible_to,
    save=lambda view: services.progress_report_save(actor=view.request.user, report=view.form.instance,
                                                    form=view.form),
    can_delete=lambda report: report.status != ProgressReport.Status.FILED,
).items():
    setattr(ProgressReportViewSet, _name, _cls)
ProgressReportViewSet.add_view_class.submit_button_label = _("File report")
ProgressReportViewSet.edit_view_class.submit_button_label = _("File report")


class DashboardViewSet(ViewSet):
    name = "plans_dashboard"
    icon = "view"
    menu_label = _("Monitoring")
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [path("", DashboardView.as_view(), name="index")]


class PlansGroup(ViewSetGroup):
    menu_label = _("Plans and monitoring")
    menu_icon = "doc-full-inverse"
    menu_order = 210
    items = (
        DashboardViewSet("plans_dashboard"),
        PlanViewSet("plans"),
        ActivityViewSet("plan_activities"),
        UnitPlanViewSet("unit_plans"),
        TaskViewSet("plan_tasks"),
        ProgressReportViewSet("progress_reports"),
    )


@hooks.register("register_admin_viewset")
def register_plans_viewsets():
    return PlansGroup()


class RemindersPanel(Component):
    """Overdue and due-soon tasks of the user's unit (every unit for the monitors), and the
    annual-report deadline for those who write it, on the back office's home page."""

    name = "lantoa_reminders"
    template_name = "plans/admin/reminders_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        tasks = queries.tasks_visible_to(self.request.user)
        deadline = queries.annual_report_deadline(today.year)
        show_deadline = user_has_role(self.request.user, *queries.MONITOR_ROLES) and (
            today <= deadline <= today + datetime.timedelta(days=services.ANNUAL_REPORT_NOTICE_DAYS)
        )
        return {
            "overdue": list(queries.tasks_overdue(today=today, queryset=tasks)[:10]),
            "overdue_count": queries.tasks_overdue(today=today, queryset=tasks).count(),
            "due_soon": list(queries.tasks_due_soon(today=today, queryset=tasks)[:10]),
            "deadline": deadline if show_deadline else None,
            "today": today,
        }


@hooks.register("construct_homepage_panels")
def add_reminders_panel(request, panels):
    if getattr(request.user, "is_authenticated", False):
        panels.append(RemindersPanel(request))


@hooks.register("register_log_actions")
def register_plans_log_actions(actions):
    for action, label, message in [
        ("lantoa.plans.plan_create", _("Create plan"), _("Plan created")),
        ("lantoa.plans.plan_change", _("Change plan"), _("Plan changed")),
        ("lantoa.plans.activity_create", _("Create activity"), _("Activity created")),
        ("lantoa.plans.activity_change", _("Change activity and targets"), _("Activity and targets changed")),
        ("lantoa.plans.task_create", _("Assign task"), _("Task assigned")),
        ("lantoa.plans.task_change", _("Update task"), _("Task updated")),
        ("lantoa.plans.unit_plan_create", _("Create unit's annual plan"), _("Unit's annual plan created")),
        ("lantoa.plans.unit_plan_change", _("Change unit's annual plan"), _("Unit's annual plan changed")),
        ("lantoa.plans.unit_plan_submit", _("Submit unit's annual plan"), _("Unit's annual plan submitted")),
        ("lantoa.plans.unit_plan_approve", _("Approve unit's annual plan"), _("Unit's annual plan approved")),
        ("lantoa.plans.unit_plan_return", _("Return unit's annual plan"), _("Unit's annual plan returned")),
        ("lantoa.plans.progress_report_create", _("Draft progress report"), _("Progress report drafted")),
        ("lantoa.plans.progress_report_change", _("Change progress report"), _("Progress report changed")),
        ("lantoa.plans.progress_report_file", _("File progress report"), _("Progress report filed")),
    ]:
        actions.register_action(action, label, message)
