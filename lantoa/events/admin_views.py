"""Back-office screens of an event beyond its edit form: check-in at the door, attendance
export, and the report after the event (with the news draft it yields)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lantoa.core.errors import ServiceError
from lantoa.org.admin_ui import PageTitleBreadcrumbMixin
from lantoa.org.people import person_name

from . import queries, services
from .models import Event

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class EventMixin(PageTitleBreadcrumbMixin, WagtailAdminTemplateMixin):
    permission = "events.view_event"
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.event = get_object_or_404(Event, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        context["counts"] = queries.attendance_counts(event=self.event)
        return context


class CheckinForm(forms.Form):
    code = forms.CharField(label=_("Check-in code"), max_length=20,
                           widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "off",
                                                         "autocapitalize": "characters"}))


class CheckinView(EventMixin, FormView):
    permission = "events.checkin_registration"
    form_class = CheckinForm
    template_name = "events/admin/checkin.html"
    page_title = _("Check-in")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent"] = (self.event.registrations.filter(attended_at__isnull=False)
                             .select_related("user", "unit").order_by("-attended_at")[:20])
        return context

    def form_valid(self, form):
        try:
            registration, newly = services.registration_checkin(
                event=self.event, code=form.cleaned_data["code"], actor=self.request.user
            )
        except ServiceError as exc:
            form.add_error("code", exc.message)
            return self.form_invalid(form)
        name = person_name(registration.user)
        if newly:
            messages.success(self.request, _("Checked in: %(name)s (%(unit)s).") % {"name": name,
                                                                                   "unit": registration.unit.name})
        else:
            messages.warning(self.request, _("%(name)s was already checked in.") % {"name": name})
        return redirect("events_admin_checkin", pk=self.event.pk)


def attendance_export(request, pk):
    if not request.user.has_perm("events.view_registration"):
        raise PermissionDenied
    event = get_object_or_404(Event, pk=pk)
    response = HttpResponse(queries.attendance_xlsx(event=event), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="diem-danh-{event.slug}.xlsx"'
    return response


class ReportForm(forms.Form):
    report = forms.CharField(label=_("Report after the event"), widget=forms.Textarea(attrs={"rows": 14}),
                             help_text=_("The first paragraph becomes the news draft's lead (sapo)."))


class ReportView(EventMixin, FormView):
    permission = "events.change_event"
    form_class = ReportForm
    template_name = "events/admin/report.html"
    page_title = _("Report after the event")

    def get_initial(self):
        return {"report": self.event.report}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.event.report:
            context["draft"] = services.event_report_to_news_draft(event=self.event)
        return context

    def form_valid(self, form):
        try:
            services.event_report_save(event=self.event, actor=self.request.user, text=form.cleaned_data["report"])
        except ServiceError as exc:
            form.add_error(None, exc.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Report saved."))
        return redirect("events_admin_report", pk=self.event.pk)
