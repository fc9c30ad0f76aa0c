"""Back office of the press app: outlets, items supplied, counts per year and unit."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lantoa.plans.backoffice import UnitScopedForm, scoped_views

from . import queries, services
from .models import Outlet, PressItem


class OutletViewSet(ModelViewSet):
    model = Outlet
    icon = "globe"
    menu_label = _("Outlets")
    list_display = ["name", "unit", "website", "is_active"]
    search_fields = ["name"]
    copy_view_enabled = False
    form_fields = ["name", "unit", "website", "contact", "is_active"]


for _name, _cls in scoped_views(
    scope=lambda user: Outlet.objects.select_related("unit"),
    save=lambda view: services.outlet_save(actor=view.request.user, outlet=view.form.instance, form=view.form),
).items():
    setattr(OutletViewSet, _name, _cls)


class PressItemForm(UnitScopedForm):
    all_units_check = staticmethod(queries.user_sees_all_press)


class PressItemViewSet(ModelViewSet):
    model = PressItem
    icon = "doc-full"
    menu_label = _("News items supplied")
    list_display = ["title", "unit", "outlet", "medium", "supplied_on", "status", "published_on"]
    list_filter = ["status", "medium", "outlet"]
    search_fields = ["title"]
    inspect_view_enabled = True
    edit_handler = ObjectList([
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("attachment"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("supplied_on")]),
        FieldRowPanel([FieldPanel("outlet"), FieldPanel("medium")]),
        FieldPanel("activity"),
        MultiFieldPanel([
            FieldPanel("status"),
            FieldRowPanel([FieldPanel("published_on"), FieldPanel("link")]),
            FieldPanel("decline_reason"),
        ], heading=_("Publication")),
    ], base_form_class=PressItemForm)


for _name, _cls in scoped_views(
    scope=queries.items_visible_to,
    save=lambda view: services.press_item_save(actor=view.request.user, item=view.form.instance, form=view.form),
).items():
    setattr(PressItemViewSet, _name, _cls)


class PressStatsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "press/admin/stats.html"
    page_title = _("News items per year and unit")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = queries.counts_by_year_and_unit(queryset=queries.items_visible_to(self.request.user))
        years: dict[int, dict] = {}
        for row in rows:
            total = years.setdefault(row["y"], {"supplied": 0, "published": 0, "declined": 0})
            for key in total:
                total[key] += row[key]
        context.update(rows=rows, years=sorted(years.items(), reverse=True))
        return context


class PressStatsViewSet(ViewSet):
    name = "press_stats"
    icon = "table"
    menu_label = _("Counts per year and unit")

    def get_urlpatterns(self):
        return [path("", PressStatsView.as_view(), name="index")]


class PressGroup(ViewSetGroup):
    menu_label = _("Press, radio and TV")
    menu_icon = "openquote"
    menu_order = 220
    items = (PressItemViewSet("press_items"), OutletViewSet("press_outlets"), PressStatsViewSet("press_stats"))


@hooks.register("register_admin_viewset")
def register_press_viewsets():
    return PressGroup()


@hooks.register("register_log_actions")
def register_press_log_actions(actions):
    actions.register_action("lantoa.press.outlet_create", _("Add outlet"), _("Outlet added"))
    actions.register_action("lantoa.press.outlet_change", _("Change outlet"), _("Outlet changed"))
    actions.register_action("lantoa.press.item_supply", _("Supply news item"), _("News item supplied"))
    actions.register_action("lantoa.press.item_change", _("Change news item"), _("News item changed"))
    actions.register_action("lantoa.press.item_publish", _("Record publication"), _("News item published or aired"))
    actions.register_action("lantoa.press.item_decline", _("Record decline"), _("News item declined"))
