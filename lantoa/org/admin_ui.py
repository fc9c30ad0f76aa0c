"""Small pieces of back-office UI that org and the apps above it share."""

import datetime

from django.utils import timezone
from wagtail.admin.ui.tables import Column


class DmyColumn(Column):
    """A date or datetime as dd/mm/yyyy (HH:MM), not Wagtail's "2 years ago": effective dates
    and event times are read as dates."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None or value == "":
            return ""
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value).strftime("%H:%M %d/%m/%Y")
        return value.strftime("%d/%m/%Y")


class PageTitleBreadcrumbMixin:
    """For custom admin views: "Home › <page title>" instead of a bare "Home"."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
