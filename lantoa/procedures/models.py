"""Guides to the Department's online public services (thủ tục hành chính / DVC trực tuyến).

A procedure belongs to the division that handles it (`division`); that division writes its guide,
Văn phòng Sở publishes it. valid_from/valid_to make a procedure's life explicit: a procedure
abolished by a new circular leaves the public catalogue on its valid_to but stays in the back
office and in the history (it is never deleted).
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin

from lantoa.core.text import fold
from lantoa.legal.models import Document
from lantoa.org.models import Unit


class ProcedureQuerySet(models.QuerySet):
    def current(self, day: datetime.date):
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )

    def public(self, day: datetime.date):
        """What the catalogue shows on `day`: published (live) and in its validity period."""
        return self.current(day).filter(live=True)


class Procedure(DraftStateMixin, RevisionMixin, ClusterableModel):
    """Drafts and publishing are Wagtail's (DraftStateMixin): a division's edit is saved as a
    draft revision; only a user with `publish_procedure` (Văn phòng Sở) makes it live."""

    class Level(models.TextChoices):
        FULL = "toan-trinh", _("Full online (toàn trình)")
        PARTIAL = "mot-phan", _("Partly online (một phần)")

    code = models.CharField(pgettext_lazy("procedures", "code"), max_length=40, unique=True)
    name = models.CharField(pgettext_lazy("procedures", "name"), max_length=400)
    field = models.CharField(pgettext_lazy("procedures", "field"), max_length=120, db_index=True)
    level = models.CharField(pgettext_lazy("procedures", "level"), max_length=12, choices=Level.choices, db_index=True)
    division = models.ForeignKey(
        Unit, verbose_name=_("responsible division"), on_delete=models.PROTECT, related_name="procedures"
    )
    summary = models.TextField(_("who it is for"), blank=True)
    result = models.TextField(pgettext_lazy("procedures", "result"), blank=True)
    requirements = models.TextField(_("requirements and conditions"), blank=True)
    legal_bases = ParentalManyToManyField(
        Document, verbose_name=_("legal bases"), blank=True, related_name="procedures"
    )
    portal_url = models.URLField(
        _("link on the provincial public-service portal"), blank=True,
        help_text=_("Leave empty to link to the portal's home page."),
    )
    guide_file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("downloadable guide"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        verbose_name = _("public-service procedure")
        verbose_name_plural = _("public-service procedures")
        ordering = ["field", "name"]
        permissions = [("publish_procedure", "Can publish public-service guides")]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="procedure_valid_range",
            )
        ]

    def __str__(self):
        return f"{self.code} — {self.name}"

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.code, self.name, self.field, self.summary]))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("procedures:detail", args=[self.pk])

    @property
    def province_portal_url(self) -> str:
        return self.portal_url or settings.LANTOA_PROVINCE_PORTAL_URL

    def is_current(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


class ProcedureStep(Orderable):
    """Trình tự thực hiện: one step of the procedure as the law words it."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="steps")
    text = models.TextField(pgettext_lazy("procedures", "step"))

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("procedures", "step")
        verbose_name_plural = pgettext_lazy("procedures", "steps")

    def __str__(self):
        return self.text[:60]


class Channel(Orderable):
    """Cách thức thực hiện: a way to file, with its time limit and fees."""

    class Kind(models.TextChoices):
        ONLINE = "online", pgettext_lazy("procedures", "Online")
        DIRECT = "direct", pgettext_lazy("procedures", "In person")
        POST = "post", pgettext_lazy("procedures", "By post")

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(pgettext_lazy("procedures", "channel"), max_length=10, choices=Kind.choices)
    time_limit = models.CharField(_("time limit"), max_length=200, help_text=_("e.g. 05 ngày làm việc"))
    fee = models.CharField(_("fees and charges"), max_length=200, default="Không")
    fee_amount = models.PositiveIntegerField(_("fee in VND"), null=True, blank=True)
    note = models.CharField(pgettext_lazy("procedures", "note"), max_length=300, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("submission channel")
        verbose_name_plural = _("submission channels")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.time_limit}"


class DossierComponent(Orderable):
    """Thành phần hồ sơ: one paper of the dossier, with its form when there is one."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="dossier")
    name = models.CharField(pgettext_lazy("procedures", "component"), max_length=400)
    copies = models.CharField(pgettext_lazy("procedures", "copies"), max_length=80, default="Bản chính: 1")
    form = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("form to download"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("dossier component")
        verbose_name_plural = _("dossier components")

    def __str__(self):
        return self.name


class GuideStep(Orderable):
    """The illustrated step-by-step guide to filing online (what to click, with a screenshot)."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="guide_steps")
    title = models.CharField(pgettext_lazy("procedures", "title"), max_length=200)
    text = models.TextField(pgettext_lazy("procedures", "explanation"))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=pgettext_lazy("procedures", "illustration"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    image_alt = models.CharField(_("text alternative of the illustration"), max_length=250, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("guide step")
        verbose_name_plural = _("guide steps")

    def __str__(self):
        return self.title
