"""The monitoring dashboard (back office): progress per activity, per unit and per year."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from lantoa.org.models import Unit
from lantoa.org.roles import user_unit

from . import queries
from .models import Plan

BAR_WIDTH = 300


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _bar(label: str, done, target) -> dict:
    done = done or 0
    percent = round(100 * done / target) if target else None
    width = min(BAR_WIDTH, round(BAR_WIDTH * done / target)) if target else 0
    return {"label": label, "done": done, "target": target, "percent": percent, "width": width}


def _chart(label, bars: list[dict]) -> dict:
    for index, bar in enumerate(bars):
        bar["y"] = index * 28
    return {"label": label, "bars": bars, "height": len(bars) * 28 + 8, "width": BAR_WIDTH + 320}


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    """CTTT-GDCNTX and the leadership see every unit (and may pick one); other staff see their
    own unit's figures only."""

    template_name = "plans/admin/dashboard.html"
    page_title = _("Monitoring the communication plan")
    header_icon = "view"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        today = timezone.localdate()
        sees_all = queries.user_sees_all_units(user)
        plans = list(Plan.objects.order_by("-start_year"))
        plan = next((p for p in plans if p.pk == _int(self.request.GET.get("plan"))), None)
        if plan is None:
            plan = next((p for p in plans if p.start_year <= today.year <= p.end_year), plans[0] if plans else None)
        default_year = today.year if plan is None or plan.start_year <= today.year <= plan.end_year else plan.end_year
        year = _int(self.request.GET.get("year"), default_year)
        if sees_all:
            unit = Unit.objects.filter(pk=_int(self.request.GET.get("unit"))).first()
        else:
            unit = user_unit(user)
        data = queries.dashboard(year=year, today=today, unit=unit, plan=plan) if plan else {
            "activities": [], "units": [], "overdue": [], "due_soon": [], "plan": None}
        if not sees_all and unit is None:
            data.update(activities=[], units=[], overdue=[], due_soon=[])
        for row in data["activities"]:
            row.current = row.for_year(year)
        activity_chart = _chart(_("Progress of each activity in %(year)s") % {"year": year}, [
            _bar(row.activity.title, row.for_year(year)["done"], row.for_year(year)["target"])
            for row in data["activities"]
        ])
        yearly = [
            {"title": row.activity.title, "metric": row.metric,
             "chart": _chart(_("%(activity)s, year by year") % {"activity": row.activity.title},
                             [_bar(str(y), v["done"], v["target"]) for y, v in row.progress.items()])}
            for row in data["activities"]
        ]
        unit_chart = _chart(_("Tasks done per unit in %(year)s") % {"year": year}, [
            _bar(r.unit.display_short, r.done, r.total) | {"overdue": r.overdue, "reports": r.reports}
            for r in data["units"][:30]
        ])
        context.update(
            data=data, year=year, plan=plan, plans=plans, unit=unit, sees_all=sees_all, today=today,
            years=list(plan.years) if plan else [], activity_chart=activity_chart, yearly=yearly,
            unit_chart=unit_chart, bar_width=BAR_WIDTH,
            units=Unit.objects.internal().order_by("sort_order", "name") if sees_all else [],
        )
        return context
