"""Units and people. Units form an effective-dated tree: a unit exists from valid_from to
valid_to (inclusive), so history (e.g. the district education offices that closed on
30/6/2025, or Sở TT&TT merged into Sở KH&CN on 1/3/2025) stays queryable."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lantoa.core.text import fold


class UnitQuerySet(models.QuerySet):
    def active_on(self, day: datetime.date):
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )

    def internal(self):
        return self.exclude(kind=Unit.Kind.EXTERNAL)


class Unit(models.Model):
    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department (Sở)")
        DIVISION = "division", _("Division of the Department")
        SCHOOL = "school", _("Affiliated school")
        CENTRE = "centre", _("Affiliated centre")
        DISTRICT_OFFICE = "district_office", _("District education office")
        EXTERNAL = "external", _("External body")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    name_en = models.CharField(_("English name"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent unit"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    head_count = models.PositiveIntegerField(_("staff head-count"), default=0)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    head_name = models.CharField(_("head of unit"), max_length=120, blank=True)
    head_title = models.CharField(_("head's title"), max_length=120, blank=True)
    functions = models.TextField(_("functions and duties"), blank=True)
    functions_en = models.TextField(_("functions and duties (English)"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    search_text = models.TextField(editable=False, blank=True, default="")

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["sort_order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_range",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.code, self.name, self.short_name, self.name_en]))
        super().save(*args, **kwargs)

    @property
    def display_short(self) -> str:
        return self.short_name or self.name

    def is_active_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


class StaffProfile(models.Model):
    """A person of the sector: staff user or contestant. One person, one account: the phone
    (normalised to +84…) and the citizen ID are unique where given."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="staff")
    position = models.CharField(_("position"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=20, null=True, blank=True, unique=True)
    citizen_id = models.CharField(_("citizen ID"), max_length=12, null=True, blank=True, unique=True)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        from .people import person_name

        return f"{person_name(self.user)} ({self.unit.display_short})"
