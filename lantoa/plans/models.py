"""Plans (kế hoạch) and their communication activities (hình thức tuyên truyền).

A plan is data: the 2022–2025 plan of the seed document and a 2026–2030 plan are two rows, not
two code paths. Activities name their lead and coordinating units as unit records and keep the
plan's own wording beside them (`lead_note`, `coordinating_note`), because the plan says things
like "Các phòng thuộc Sở (mỗi phòng biên tập tài liệu DVC thuộc phòng phụ trách)" that a list
of units alone would lose.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from lantoa.legal.models import Document
from lantoa.org.models import Unit


class Plan(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        CLOSED = "closed", _("Closed")

    number = models.CharField(_("number"), max_length=60, blank=True, help_text=_("e.g. 123/KH-SGDĐT"))
    title = models.CharField(_("title"), max_length=400)
    issued_on = models.DateField(_("issue date"), null=True, blank=True)
    signer = models.CharField(_("signer"), max_length=120, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=120, blank=True)
    owner = models.ForeignKey(Unit, verbose_name=_("issuing unit"), on_delete=models.PROTECT, related_name="plans")
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    legal_bases = models.ManyToManyField(Document, verbose_name=_("legal bases"), blank=True, related_name="plans_based_on")
    document = models.OneToOneField(
        Document, verbose_name=_("registry entry"), null=True, blank=True, on_delete=models.SET_NULL, related_name="plan"
    )
    purpose = models.TextField(_("purpose"), blank=True)
    requirements = models.TextField(_("requirements"), blank=True)
    contents = models.TextField(_("contents of communication"), blank=True)
    recipients = models.TextField(_("recipients (nơi nhận)"), blank=True)

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["-start_year", "title"]
        constraints = [
            models.CheckConstraint(condition=models.Q(end_year__gte=models.F("start_year")), name="plan_period_order"),
        ]

    def __str__(self):
        return self.title

    @property
    def period(self) -> str:
        return f"{self.start_year}–{self.end_year}"

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)


class Activity(ClusterableModel):
    class Form(models.TextChoices):
        PRESS = "press", _("Newspaper, radio and television")
        PORTAL = "portal", _("Sector portal")
        CONFERENCE = "conference", _("Workshops and conferences")
        CONTEST = "contest", _("Online contest")
        DOCUMENTATION = "documentation", _("Communication materials")
        OTHER = "other", _("Other")

    class Schedule(models.TextChoices):
        RECURRING = "recurring", _("Regularly during the year")
        YEARLY = "yearly", _("Every year")
        YEAR_RANGE = "year_range", _("A range of years")
        ON_REQUEST = "on_request", _("On request")

    plan = ParentalKey(Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="activities")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    form = models.CharField(_("form"), max_length=20, choices=Form.choices)
    content = models.TextField(_("content"), blank=True)
    lead_units = ParentalManyToManyField(Unit, verbose_name=_("lead units"), related_name="led_activities")
    lead_note = models.TextField(_("lead units as the plan words it"), blank=True)
    coordinating_units = ParentalManyToManyField(
        Unit, verbose_name=_("coordinating units"), blank=True, related_name="coordinated_activities"
    )
    coordinating_note = models.TextField(_("coordinating units as the plan words it"), blank=True)
    schedule = models.CharField(_("schedule"), max_length=12, choices=Schedule.choices)
    also_on_request = models.BooleanField(_("also on request"), default=False)
    start_year = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    schedule_note = models.CharField(_("time frame as the plan words it"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["plan", "sort_order"]

    def __str__(self):
        return self.title

    @property
    def years(self) -> range:
        """The years this activity runs: its own range, else the plan's period."""
        return range(self.start_year or self.plan.start_year, (self.end_year or self.plan.end_year) + 1)


class ActivityTarget(models.Model):
    """What an activity should achieve in a year, in the unit its evidence is counted in."""

    class Metric(models.TextChoices):
        ARTICLES = "articles", _("Articles published on the portal")
        PRESS_ITEMS = "press_items", _("News items published or aired")
        EVENTS = "events", _("Workshops and conferences held")
        PARTICIPANTS = "participants", _("Contest participants")
        GUIDES = "guides", _("Public-service guides published")
        OTHER = "other", _("Other (reported by units)")

    activity = ParentalKey(Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("year"))
    metric = models.CharField(_("metric"), max_length=20, choices=Metric.choices)
    target = models.PositiveIntegerField(_("target"))

    class Meta:
        verbose_name = _("yearly target")
        verbose_name_plural = _("yearly targets")
        ordering = ["activity", "year"]
        constraints = [models.UniqueConstraint(fields=["activity", "year", "metric"], name="activity_target_unique")]

    def __str__(self):
        return f"{self.activity} {self.year}: {self.target}"


class Duty(ClusterableModel):
    """A duty of the plan's part IV (tổ chức thực hiện): who must do what, by when."""

    plan = ParentalKey(Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="duties")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    units = ParentalManyToManyField(Unit, verbose_name=_("responsible units"), related_name="plan_duties")
    units_note = models.CharField(_("responsible units as the plan words it"), max_length=300, blank=True)
    text = models.TextField(_("duty"))
    recurring_deadline = models.CharField(
        _("recurring deadline (dd/mm)"), max_length=5, blank=True, help_text=_("e.g. 01/11 for the annual report")
    )

    class Meta:
        verbose_name = _("duty")
        verbose_name_plural = _("duties")
        ordering = ["plan", "sort_order"]

    def __str__(self):
        return self.text[:80]


# The evidence that measures each form of activity when no target names another metric.
FORM_METRIC = {
    Activity.Form.PRESS: ActivityTarget.Metric.PRESS_ITEMS,
    Activity.Form.PORTAL: ActivityTarget.Metric.ARTICLES,
    Activity.Form.CONFERENCE: ActivityTarget.Metric.EVENTS,
    Activity.Form.CONTEST: ActivityTarget.Metric.PARTICIPANTS,
    Activity.Form.DOCUMENTATION: ActivityTarget.Metric.GUIDES,
    Activity.Form.OTHER: ActivityTarget.Metric.OTHER,
}


class UnitPlan(models.Model):
    """A unit's annual communication plan (kế hoạch tuyên truyền năm của đơn vị) under a plan."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned for changes")

    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="unit_plans")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="unit_plans")
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=300)
    content = models.TextField(_("content"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    review_note = models.TextField(_("review note"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("unit's annual plan")
        verbose_name_plural = _("units' annual plans")
        ordering = ["-year", "unit__sort_order", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["plan", "unit", "year"], name="unit_plan_unique")]
        permissions = [("approve_unitplan", "Can approve units' annual plans")]

    def __str__(self):
        return f"{self.title} ({self.year})"


class Task(models.Model):
    """Work a unit must do for an activity in a year, with a due date, status and progress notes."""

    class Status(models.TextChoices):
        TODO = "todo", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    OPEN_STATUSES = (Status.TODO, Status.IN_PROGRESS)

    activity = models.ForeignKey(Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="tasks")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="plan_tasks")
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    due_on = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.TODO, db_index=True)
    percent_done = models.PositiveSmallIntegerField(_("% done"), default=0, validators=[MaxValueValidator(100)])
    progress_note = models.TextField(_("progress notes"), blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = pgettext_lazy("plans", "task")
        verbose_name_plural = pgettext_lazy("plans", "tasks")
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["status", "due_on"], name="plans_task_status_due")]
        constraints = [
            models.CheckConstraint(condition=models.Q(percent_done__lte=100), name="task_percent_max_100"),
        ]

    def __str__(self):
        return self.title


class ProgressReport(ClusterableModel):
    """A unit's periodic report on its tasks (báo cáo tiến độ). Filing it updates the tasks."""

    class Period(models.TextChoices):
        Q1 = "q1", _("First quarter")
        H1 = "h1", _("First half-year")
        Q3 = "q3", _("Nine months")
        YEAR = "year", _("Whole year")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FILED = "filed", _("Filed")

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="progress_reports")
    year = models.PositiveSmallIntegerField(_("year"))
    period = models.CharField(_("period"), max_length=4, choices=Period.choices)
    summary = models.TextField(_("summary"))
    status = models.CharField(_("status"), max_length=6, choices=Status.choices, default=Status.DRAFT)
    filed_at = models.DateTimeField(_("filed at"), null=True, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("filed by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["-year", "unit__name", "period"]
        constraints = [models.UniqueConstraint(fields=["unit", "year", "period"], name="progress_report_unique")]

    def __str__(self):
        return f"{self.unit} — {self.get_period_display()} {self.year}"


class ProgressReportItem(models.Model):
    report = ParentalKey(ProgressReport, on_delete=models.CASCADE, related_name="items")
    task = models.ForeignKey(Task, verbose_name=pgettext_lazy("plans", "task"), on_delete=models.CASCADE, related_name="report_items")
    status = models.CharField(_("status"), max_length=12, choices=Task.Status.choices)
    percent_done = models.PositiveSmallIntegerField(_("% done"), default=0, validators=[MaxValueValidator(100)])
    note = models.TextField(_("progress note"), blank=True)

    class Meta:
        verbose_name = _("task report")
        verbose_name_plural = _("task reports")

    def __str__(self):
        return f"{self.task}: {self.get_status_display()}"
