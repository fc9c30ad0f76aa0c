"""News supplied to the provincial newspaper and radio/TV (tin, bài cung cấp cho Báo, Đài).

Outlets point at the org tree's external bodies where one exists (Báo Quảng Ngãi, Đài PT-TH
Quảng Ngãi), so reports name them the same way everywhere; others are added in the back office.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from lantoa.core.text import fold
from lantoa.org.models import Unit
from lantoa.plans.models import Activity


class Outlet(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    unit = models.OneToOneField(
        Unit, verbose_name=_("unit record"), null=True, blank=True, on_delete=models.PROTECT, related_name="press_outlet",
        limit_choices_to={"kind": Unit.Kind.EXTERNAL},
    )
    website = models.URLField(_("website"), blank=True)
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PressItem(models.Model):
    class Medium(models.TextChoices):
        PRINT = "print", _("Print")
        ONLINE = "online", _("Online")
        RADIO = "radio", _("Radio")
        TV = "tv", _("Television")

    class Status(models.TextChoices):
        SUPPLIED = "supplied", _("Supplied")
        PUBLISHED = "published", _("Published or aired")
        DECLINED = "declined", _("Declined")

    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    attachment = models.FileField(_("file"), upload_to="press/%Y/", blank=True)
    unit = models.ForeignKey(Unit, verbose_name=_("supplying unit"), on_delete=models.PROTECT, related_name="press_items")
    supplied_on = models.DateField(_("date supplied"))
    outlet = models.ForeignKey(Outlet, verbose_name=_("outlet"), on_delete=models.PROTECT, related_name="items")
    medium = models.CharField(_("medium"), max_length=8, choices=Medium.choices)
    activity = models.ForeignKey(
        Activity, verbose_name=_("plan activity"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="press_items",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUPPLIED, db_index=True)
    published_on = models.DateField(_("date published or aired"), null=True, blank=True, db_index=True)
    link = models.URLField(_("link"), blank=True)
    decline_reason = models.CharField(_("reason declined"), max_length=300, blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("press item")
        verbose_name_plural = _("press items")
        ordering = ["-supplied_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_on__isnull=False),
                name="press_item_published_has_date",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold(f"{self.title} {self.text}")
        super().save(*args, **kwargs)
