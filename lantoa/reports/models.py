"""The annual report (báo cáo kết quả), the Department's document numbering, and commendations
(biểu dương).

Figures are never stored here: the report is generated from the data every time
(`reports.queries.year_stats`); only the narrative parts that staff write, the number once
issued, the date and the signer are kept.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from lantoa.org.models import Unit


class DocumentCounter(models.Model):
    """The last number given to documents of one symbol (BC-SGDĐT, KH-SGDĐT …) in one calendar
    year; numbers restart at 1 every 1 January (Decree 30/2020, art. 15)."""

    year = models.PositiveSmallIntegerField(_("year"))
    symbol = models.CharField(_("symbol"), max_length=40, help_text=_("e.g. BC-SGDĐT"))
    last_number = models.PositiveIntegerField(_("last number issued"), default=0)

    class Meta:
        verbose_name = _("document counter")
        verbose_name_plural = _("document counters")
        ordering = ["-year", "symbol"]
        constraints = [models.UniqueConstraint(fields=["year", "symbol"], name="reports_counter_unique")]

    def __str__(self):
        return f"{self.year} {self.symbol}: {self.last_number}"


def format_number(number: int | None, symbol: str) -> str:
    """"05/BC-SGDĐT": numbers below 10 get a leading zero (Decree 30/2020, Appendix I)."""
    if not number:
        return f"      /{symbol}"
    return f"{number:02d}/{symbol}"


class AnnualReport(models.Model):
    """The report on one year's results to the provincial department (SPEC §2.10)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ISSUED = "issued", _("Issued")

    SYMBOL = "BC-SGDĐT"

    year = models.PositiveSmallIntegerField(_("year reported on"), unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    number = models.PositiveIntegerField(_("number"), null=True, blank=True, editable=False)
    issued_on = models.DateField(_("document date"), null=True, blank=True,
                                 help_text=_("Empty: the day the document is generated."))
    deadline = models.DateField(_("deadline"), null=True, blank=True,
                                help_text=_("Empty: the date of the LANTOA_ANNUAL_REPORT_DEADLINE setting (01/11)."))
    summary = models.CharField(
        _("summary (trích yếu)"), max_length=300, blank=True,
        help_text=_("Empty: “Kết quả thực hiện công tác truyền thông về chuyển đổi số ngành GDĐT năm YYYY”."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    results_comment = models.TextField(
        _("assessment of the results"), blank=True,
        help_text=_("Narrative after the figures, which are generated from the data."),
    )
    difficulties = models.TextField(_("difficulties and limitations"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    next_year_tasks = models.TextField(_("tasks for next year"), blank=True)
    signer_authority = models.CharField(_("signing authority"), max_length=60, default="KT. GIÁM ĐỐC")
    signer_title = models.CharField(_("signer's title"), max_length=60, default="PHÓ GIÁM ĐỐC")
    signer_name = models.CharField(_("signer's name"), max_length=120, blank=True)
    extra_recipients = models.TextField(
        _("other recipients"), blank=True, default="Lãnh đạo Sở;",
        help_text=_("One per line; the recipient department comes first and “Lưu: VT, …” last by themselves."),
    )
    archive_unit = models.CharField(_("drafting unit in “Lưu: VT, …”"), max_length=40, default="CTTT-GDCNTX")
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("issued_on"), FieldPanel("deadline")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("introduction"), FieldPanel("results_comment"), FieldPanel("difficulties"),
             FieldPanel("proposals"), FieldPanel("next_year_tasks")],
            heading=_("Narrative parts"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("signer_authority"), FieldPanel("signer_title"), FieldPanel("signer_name")]),
             FieldPanel("extra_recipients"), FieldPanel("archive_unit")],
            heading=_("Signature and recipients"),
        ),
    ]

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        ordering = ["-year"]

    def __str__(self):
        return f"Báo cáo năm {self.year}"

    @property
    def number_display(self) -> str:
        return format_number(self.number, self.SYMBOL)


class Commendation(models.Model):
    """A unit or a person proposed for commendation for a year's communication work; public
    once the leadership approves it."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    year = models.PositiveSmallIntegerField(_("year"), db_index=True)
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="commendations")
    person_name = models.CharField(
        _("person"), max_length=120, blank=True, help_text=_("Empty: the unit as a whole is commended.")
    )
    person_position = models.CharField(_("position"), max_length=120, blank=True)
    citation = models.TextField(_("achievements"), blank=True)
    score = models.DecimalField(_("score"), max_digits=9, decimal_places=2, default=0, editable=False)
    score_details = models.JSONField(_("score details"), default=dict, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED, editable=False, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("person_name"), FieldPanel("person_position")]),
        FieldPanel("citation"),
    ]

    class Meta:
        verbose_name = _("commendation")
        verbose_name_plural = _("commendations")
        ordering = ["-year", "status", "-score", "unit__name"]
        permissions = [("decide_commendation", "Can approve or reject commendations")]

    def __str__(self):
        who = self.person_name or self.unit.name
        return f"{who} ({self.year})"
