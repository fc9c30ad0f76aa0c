"""org in the back office: units (tree order, kind/validity filters, "active on" a chosen day),
staff profiles, "new staff member", Excel imports. Model changes made in these screens are
logged by Wagtail's own actions (wagtail.create / wagtail.edit / wagtail.delete); imports and
"new staff member" go through org.services and log the actions registered below."""

import datetime

import django_filters
from django import forms
from django.db.models import BooleanField, Case, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput

from . import admin_views
from .admin_ui import DmyColumn
from .models import StaffProfile, Unit


class UnitFilterSet(WagtailFilterSet):
    VALIDITY = [("active", _("Active on the chosen day")), ("inactive", _("Not active on the chosen day"))]

    active_on = django_filters.DateFilter(
        label=_("Chosen day (default: today)"), method="filter_noop", widget=AdminDateInput,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
    )
    validity = django_filters.ChoiceFilter(
        label=_("Validity"), choices=VALIDITY, method="filter_validity", empty_label=_("All"), widget=forms.RadioSelect
    )

    class Meta:
        model = Unit
        fields = ["kind", "parent"]

    def filter_noop(self, queryset, name, value):
        return queryset  # the day is read by filter_validity and the "active" column

    def filter_validity(self, queryset, name, value):
        if value == "active":
            return queryset.filter(active_on_day=True)
        if value == "inactive":
            return queryset.filter(active_on_day=False)
        return queryset


def _chosen_day(request) -> datetime.date:
    text = request.GET.get("active_on", "").strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return timezone.localdate()


class TreeTitleColumn(TitleColumn):
    """The unit's name, indented under its parent so the list reads as a tree."""

    def get_value(self, instance):
        return format_html("{}{}", "— " if instance.parent_id else "", instance.name)


class ActiveColumn(Column):
    cell_template_name = "org/admin/active_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["active"] = getattr(instance, "active_on_day", None)
        return context


class UnitIndexView(IndexView):
    def get_base_queryset(self):
        day = self.chosen_day = _chosen_day(self.request)
        active = (Q(valid_from__isnull=True) | Q(valid_from__lte=day)) & (Q(valid_to__isnull=True) | Q(valid_to__gte=day))
        return (
            super().get_base_queryset().select_related("parent")
            .annotate(
                active_on_day=Case(When(active, then=Value(True)), default=Value(False), output_field=BooleanField()),
                tree_order=Coalesce(F("parent__sort_order"), F("sort_order")),
                tree_root=Coalesce(F("parent_id"), F("id")),
                tree_depth=Case(When(parent__isnull=True, then=Value(0)), default=Value(1)),
            )
        )

    def order_queryset(self, queryset):
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        return queryset.order_by("tree_order", "tree_root", "tree_depth", "sort_order", "name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chosen_day"] = self.chosen_day
        return context

    def get_page_subtitle(self):
        return _("Active on %(day)s") % {"day": date_format(_chosen_day(self.request), "SHORT_DATE_FORMAT")}


class UnitViewSet(ModelViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    index_view_class = UnitIndexView
    filterset_class = UnitFilterSet
    search_fields = ["name", "code", "short_name"]
    sort_order_field = None
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 100
    list_display = [
        TreeTitleColumn("name", label=_("Name"), url_name="unit:edit"),
        "code",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        DmyColumn("valid_from", label=_("Valid from")),
        DmyColumn("valid_to", label=_("Valid to")),
        Column("head_count", label=_("Head-count")),
        ActiveColumn("active_on_day", label=_("Active on the chosen day")),
    ]
    list_export = ["code", "name", "short_name", "kind", "parent", "valid_from", "valid_to", "head_count"]
    export_filename = "don-vi"
    panels = [
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("short_name"), FieldPanel("name_en")]),
            FieldPanel("parent"),
        ], heading=_("Identity")),
        MultiFieldPanel([FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")])],
                        heading=_("Effective dates")),
        MultiFieldPanel([
            FieldPanel("head_count"), FieldPanel("sort_order"),
            FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            FieldPanel("address"), FieldPanel("website"),
            FieldRowPanel([FieldPanel("head_name"), FieldPanel("head_title")]),
            FieldPanel("functions"), FieldPanel("functions_en"),
        ], heading=_("Details")),
    ]


class StaffFilterSet(WagtailFilterSet):
    class Meta:
        model = StaffProfile
        fields = ["unit", "user__groups"]


class StaffProfileViewSet(ModelViewSet):
    model = StaffProfile
    icon = "user"
    menu_label = _("Staff")
    filterset_class = StaffFilterSet
    search_fields = ["user__username", "user__first_name", "user__last_name", "phone", "position"]
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        TitleColumn("user", label=_("Person"), url_name="staffprofile:edit"),
        Column("unit", label=_("Unit")),
        "position",
        "phone",
    ]
    list_export = ["user", "unit", "position", "phone"]
    export_filename = "can-bo"
    panels = [FieldPanel("user", read_only=True), FieldPanel("unit"), FieldPanel("position"),
              FieldPanel("phone"), FieldPanel("citizen_id")]

    def get_queryset(self, request):
        return StaffProfile.objects.select_related("user", "unit")

    @property
    def add_view(self):
        # A profile needs its user: "New staff member" makes both in one form.
        return lambda request: redirect("org_staff_user_create")


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, perms=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.perms = perms

    def is_shown(self, request):
        return request.user.has_perms(self.perms)


class OrgGroup(ViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "site"
    menu_order = 800
    submenu_hook = "register_lantoa_org_menu_item"
    items = (UnitViewSet("unit"), StaffProfileViewSet("staffprofile"))


@hooks.register("register_admin_viewset")
def register_org_viewsets():
    return OrgGroup()


@hooks.register("register_lantoa_org_menu_item")
def org_new_staff_menu_item():
    return PermissionMenuItem(_("New staff member"), reverse("org_staff_user_create"), icon_name="user",
                              order=10, perms=("auth.add_user", "org.add_staffprofile"))


@hooks.register("register_lantoa_org_menu_item")
def org_import_units_menu_item():
    return PermissionMenuItem(_("Import units"), reverse("org_import_units"), icon_name="upload", order=20,
                              perms=admin_views.IMPORTS["units"]["perms"])


@hooks.register("register_lantoa_org_menu_item")
def org_import_staff_menu_item():
    return PermissionMenuItem(_("Import staff"), reverse("org_import_staff"), icon_name="upload", order=21,
                              perms=admin_views.IMPORTS["staff"]["perms"])


@hooks.register("register_admin_urls")
def register_org_admin_urls():
    return [
        path("org/staff/new/", admin_views.StaffUserCreateView.as_view(), name="org_staff_user_create"),
        path("org/import/units/", admin_views.ImportView.as_view(kind="units"), name="org_import_units"),
        path("org/import/staff/", admin_views.ImportView.as_view(kind="staff"), name="org_import_staff"),
        path("org/import/units/template.xlsx", admin_views.import_template, {"kind": "units"},
             name="org_import_units_template"),
        path("org/import/staff/template.xlsx", admin_views.import_template, {"kind": "staff"},
             name="org_import_staff_template"),
    ]


@hooks.register("register_log_actions")
def register_org_log_actions(actions):
    actions.register_action("lantoa.org.unit_import", _("Import unit"), _("Unit imported from Excel"))
    actions.register_action("lantoa.org.staff_import", _("Import staff member"), _("Staff member imported from Excel"))
    actions.register_action("lantoa.org.staff_user_create", _("Create staff member"),
                            _("Staff member created with role and unit"))
