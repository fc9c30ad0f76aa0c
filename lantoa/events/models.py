"""Workshops and conferences (hội thảo, hội nghị): the event with its agenda, speakers,
materials and per-unit quotas, and staff registrations with a check-in code.

Capacity and quotas are enforced by events.services.registration_create under a lock on the
event row, not by these models, so two people taking the last seat at once cannot both get it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from lantoa.core.text import fold
from lantoa.org.models import Unit
from lantoa.org.people import person_name
from lantoa.plans.models import Activity


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Event.Status.PUBLISHED)

    def held(self, *, now=None):
        """Published events that have ended (cancelled and draft events never count)."""
        return self.published().filter(ends_at__lt=now or timezone.now())

    def upcoming(self, *, now=None):
        return self.published().filter(ends_at__gte=now or timezone.now())


class Event(ClusterableModel):
    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        SEMINAR = "seminar", _("Seminar")
        TRAINING = "training", _("Training course")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CONFERENCE)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True)
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"), db_index=True)
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.ForeignKey(Unit, verbose_name=_("organiser"), on_delete=models.PROTECT,
                                  related_name="organised_events")
    co_organisers = models.ManyToManyField(Unit, verbose_name=_("co-organisers"), blank=True,
                                           related_name="co_organised_events")
    activity = models.ForeignKey(Activity, verbose_name=_("plan activity"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="events")
    capacity = models.PositiveIntegerField(_("capacity"), default=0, help_text=_("0 means no limit."))
    quota_only = models.BooleanField(
        _("only units with a quota may register"), default=False,
        help_text=_("When ticked, staff of units without a quota below cannot register."),
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes at"), null=True, blank=True, help_text=_("Empty: when the event starts.")
    )
    report = models.TextField(_("report after the event"), blank=True)
    report_updated_at = models.DateTimeField(_("report updated at"), null=True, blank=True, editable=False)
    search_text = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_at"]
        constraints = [models.CheckConstraint(condition=Q(ends_at__gte=models.F("starts_at")), name="event_time_order")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.title, self.summary, self.venue]))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.venue

    def registration_deadline(self):
        return self.registration_closes_at or self.starts_at


class AgendaItem(models.Model):
    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="agenda")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    starts_at = models.TimeField(_("from"), null=True, blank=True)
    ends_at = models.TimeField(_("to"), null=True, blank=True)
    title = models.CharField(_("item"), max_length=300)
    speaker = models.CharField(_("presented by"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")
        ordering = ["sort_order", "starts_at"]

    def __str__(self):
        return self.title


class Speaker(models.Model):
    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="speakers")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=150)
    affiliation = models.CharField(_("title and organisation"), max_length=250, blank=True)
    topic = models.CharField(_("topic"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Quota(models.Model):
    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="quotas")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="event_quotas")
    seats = models.PositiveIntegerField(_("seats"))

    class Meta:
        verbose_name = _("unit quota")
        verbose_name_plural = _("unit quotas")
        constraints = [models.UniqueConstraint(fields=["event", "unit"], name="event_quota_unique")]

    def __str__(self):
        return f"{self.unit}: {self.seats}"


class Material(models.Model):
    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="materials")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=250)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("file"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    link = models.URLField(_("or a link"), blank=True)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    @property
    def url(self) -> str:
        return self.document.url if self.document_id else self.link


class Registration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE,
                             related_name="event_registrations")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="event_registrations")
    code = models.CharField(_("check-in code"), max_length=12, unique=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.REGISTERED)
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    attended_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    checked_in_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "registered_at"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="event_registration_unique")]
        permissions = [("checkin_registration", _("Can check in registrants"))]

    def __str__(self):
        return f"{self.code} — {person_name(self.user)}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.REGISTERED
