"""Back office of the reports module: annual reports (narrative edited here, figures generated),
commendations (proposed from evidence, decided by the leadership only), a dashboard panel with
the annual report's deadline."""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lantoa.org.roles import Role, user_has_role

from . import admin_views
from .models import AnnualReport, Commendation


class AnnualReportViewSet(SnippetViewSet):
    model = AnnualReport
    icon = "doc-full"
    menu_label = _("Annual reports")
    url_prefix = "reports/annual"
    list_display = ["year", "status", "number_display", "issued_on", "updated_at"]
    list_filter = ["status"]
    copy_view_enabled = False


class CommendationViewSet(SnippetViewSet):
    model = Commendation
    icon = "pick"
    menu_label = _("Commendations")
    url_prefix = "reports/commendations"
    list_display = ["__str__", "unit", "year", "score", "status"]
    list_filter = ["year", "status"]
    copy_view_enabled = False


class ReportsGroup(SnippetViewSetGroup):
    items = (AnnualReportViewSet, CommendationViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Annual report and commendations")
    menu_name = "annual-report"
    menu_order = 450


register_snippet(ReportsGroup)


@hooks.register("register_admin_urls")
def register_reports_admin_urls():
    return [
        path("reports/annual/<int:pk>/download/<str:fmt>/", admin_views.annual_report_download,
             name="reports_annual_download"),
        path("reports/annual/<int:pk>/issue/", admin_views.annual_report_issue, name="reports_annual_issue"),
        path("reports/plan-draft/<int:year>/<str:fmt>/", admin_views.plan_draft_download, name="reports_plan_draft"),
        path("reports/commendations-propose/", admin_views.commendations_propose, name="reports_commendations_propose"),
        path("reports/commendations/<int:pk>/decide/", admin_views.commendation_decide,
             name="reports_commendation_decide"),
    ]


@hooks.register("register_snippet_listing_buttons")
def reports_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, AnnualReport):
        buttons = [
            Button(_("Download DOCX"), reverse("reports_annual_download", args=[snippet.pk, "docx"]),
                   icon_name="download", priority=1),
            Button(_("Download PDF"), reverse("reports_annual_download", args=[snippet.pk, "pdf"]),
                   icon_name="download", priority=2),
            Button(_("Draft plan for next year (DOCX)"),
                   reverse("reports_plan_draft", args=[snippet.year + 1, "docx"]), icon_name="doc-full", priority=4),
        ]
        if snippet.status == AnnualReport.Status.DRAFT:
            buttons.append(Button(_("Issue (give it a number)"), reverse("reports_annual_issue", args=[snippet.pk]),
                                  icon_name="tick", priority=3))
        return buttons
    if isinstance(snippet, Commendation) and snippet.status == Commendation.Status.PROPOSED and user_has_role(
        user, Role.LEADERSHIP
    ):
        return [Button(_("Approve or reject"), reverse("reports_commendation_decide", args=[snippet.pk]),
                       icon_name="tick", priority=1)]
    return []


class AnnualReportPanel(Component):
    name = "reports_annual"
    order = 150

    def __init__(self, reminder):
        self.reminder = reminder

    def render_html(self, parent_context=None):
        r = self.reminder
        if r["overdue"]:
            text = _("The annual report on %(year)s was due on %(date)s and has not been issued.")
        else:
            text = _("The annual report on %(year)s is due on %(date)s (%(days)s days left).")
        message = text % {"year": r["year"], "date": r["deadline"].strftime("%d/%m/%Y"), "days": r["days_left"]}
        return format_html(
            '<section class="panel"><h2>{}</h2><p>{}</p><p><a class="button" href="{}">{}</a>'
            ' <a class="button button-secondary" href="{}">{}</a></p></section>',
            _("Annual report"), message, reverse("wagtailsnippets_reports_annualreport:list"), _("Open annual reports"),
            reverse("reports_commendations_propose"), _("Propose commendations"),
        )


@hooks.register("construct_homepage_panels")
def reports_homepage_panel(request, panels):
    from django.utils import timezone

    from .services import annual_report_reminder_due

    if not user_has_role(request.user, Role.REVIEWER, Role.LEADERSHIP):
        return
    today = timezone.localdate()
    reminder = annual_report_reminder_due(year=today.year, today=today)
    if reminder:
        panels.append(AnnualReportPanel(reminder))


@hooks.register("register_log_actions")
def register_reports_log_actions(actions):
    actions.register_action("lantoa.reports.annual_report_create", _("Create annual report"), _("Annual report created"))
    actions.register_action("lantoa.reports.annual_report_issue", _("Issue annual report"), _("Annual report issued"))
    actions.register_action("lantoa.reports.commendation_propose", _("Propose commendation"),
                            _("Commendation proposed"))
    actions.register_action("lantoa.reports.commendation_approve", _("Approve commendation"),
                            _("Commendation approved"))
    actions.register_action("lantoa.reports.commendation_reject", _("Reject commendation"), _("Commendation rejected"))
