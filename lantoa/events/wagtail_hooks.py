"""Events in the back office: the event form (agenda, speakers, quotas, materials inline),
registrations, check-in, attendance export and the report. Edits in the ViewSets are logged by
Wagtail's actions; services log the lantoa.events.* actions registered below."""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lantoa.org.admin_ui import DmyColumn

from . import admin_views
from .models import Event, Registration


class EventLinksColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a> · <a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("events_admin_checkin", args=[instance.pk]), _("Check-in"),
            reverse("events_admin_attendance", args=[instance.pk]), _("Attendance (Excel)"),
            reverse("events_admin_report", args=[instance.pk]), _("Report"),
            instance.get_absolute_url(), _("Public page"),
        )


class EventViewSet(ModelViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    search_fields = ["title", "venue"]
    list_filter = ["kind", "status", "organiser"]
    copy_view_enabled = True
    list_display = [
        TitleColumn("title", label=_("Title"), url_name="event:edit"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        DmyColumn("starts_at", label=_("Starts")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        EventLinksColumn("links", label=_("Actions")),
    ]
    list_export = ["title", "kind", "status", "starts_at", "ends_at", "venue", "organiser", "capacity"]
    export_filename = "su-kien"
    panels = [
        MultiFieldPanel([
            FieldPanel("title"), FieldRowPanel([FieldPanel("slug"), FieldPanel("kind"), FieldPanel("status")]),
            FieldPanel("summary"), FieldPanel("description"),
        ], heading=_("Event")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("venue"), FieldPanel("online_url"),
        ], heading=_("Time and place")),
        MultiFieldPanel([
            FieldPanel("organiser"), FieldPanel("co_organisers"), FieldPanel("activity"),
        ], heading=_("Organisers and plan")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_open"), FieldPanel("quota_only")]),
            FieldPanel("registration_closes_at"),
            InlinePanel("quotas", label=_("Seats per unit")),
        ], heading=_("Registration")),
        InlinePanel("agenda", label=_("Agenda")),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("materials", label=_("Materials")),
    ]

    def get_queryset(self, request):
        return Event.objects.select_related("organiser")


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "tick"
    menu_label = _("Registrations")
    copy_view_enabled = False
    search_fields = ["code", "user__username", "user__first_name", "user__last_name"]
    list_filter = ["event", "status", "unit"]
    list_display = [
        TitleColumn("code", label=_("Code"), url_name="registration:edit"),
        Column("user", label=_("Person")),
        Column("unit", label=_("Unit")),
        Column("event", label=_("Event")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DmyColumn("attended_at", label=_("Checked in")),
    ]
    list_export = ["code", "user", "unit", "event", "status", "registered_at", "attended_at"]
    panels = [FieldPanel("event", read_only=True), FieldPanel("user", read_only=True),
              FieldPanel("code", read_only=True), FieldPanel("unit"), FieldPanel("status")]

    def get_queryset(self, request):
        return Registration.objects.select_related("user", "unit", "event")

    @property
    def add_view(self):
        # People register themselves (or through the API); staff never invent a registration.
        return lambda request: redirect("registration:index")


class EventsGroup(ViewSetGroup):
    menu_label = _("Events")
    menu_icon = "date"
    menu_order = 400
    items = (EventViewSet("event"), RegistrationViewSet("registration"))


@hooks.register("register_admin_viewset")
def register_events_viewsets():
    return EventsGroup()


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return [
        path("events/<int:pk>/checkin/", admin_views.CheckinView.as_view(), name="events_admin_checkin"),
        path("events/<int:pk>/attendance.xlsx", admin_views.attendance_export, name="events_admin_attendance"),
        path("events/<int:pk>/report/", admin_views.ReportView.as_view(), name="events_admin_report"),
    ]


@hooks.register("register_log_actions")
def register_events_log_actions(actions):
    actions.register_action("lantoa.events.registration_create", _("Register for event"), _("Registered for event"))
    actions.register_action("lantoa.events.registration_cancel", _("Cancel registration"),
                            _("Event registration cancelled"))
    actions.register_action("lantoa.events.checkin", _("Check in"), _("Checked in at event"))
    actions.register_action("lantoa.events.report_save", _("Save event report"), _("Event report saved"))
