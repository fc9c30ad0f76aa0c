"""Communication funds (kinh phí truyền thông): estimates (dự toán), expenses, settlement
(quyết toán). Every amount is a whole number of đồng: no floats, no decimals, anywhere."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from lantoa.org.models import Unit
from lantoa.plans.models import Activity


class Estimate(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned for changes")

    EDITABLE_STATUSES = (Status.DRAFT, Status.RETURNED)

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="estimates")
    activity = models.ForeignKey(Activity, verbose_name=_("plan activity"), on_delete=models.PROTECT,
                                 related_name="estimates")
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=300)
    note = models.TextField(_("explanation"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    total = models.BigIntegerField(_("total (VND)"), default=0, editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    return_reason = models.TextField(_("reason returned"), blank=True)

    class Meta:
        verbose_name = _("budget estimate")
        verbose_name_plural = _("budget estimates")
        ordering = ["-year", "unit__name", "pk"]
        permissions = [("approve_estimate", "Can approve or return budget estimates")]

    def __str__(self):
        return f"{self.title} ({self.year})"


class EstimateLine(models.Model):
    estimate = ParentalKey(Estimate, on_delete=models.CASCADE, related_name="lines")
    sort_order = models.PositiveSmallIntegerField(default=0)
    description = models.CharField(pgettext_lazy("budget", "item"), max_length=300)
    unit_of_measure = models.CharField(_("unit of measure"), max_length=40, blank=True)
    quantity = models.PositiveIntegerField(_("quantity"))
    unit_price = models.PositiveBigIntegerField(_("unit price (VND)"))
    amount = models.BigIntegerField(_("amount (VND)"), default=0, editable=False)

    class Meta:
        verbose_name = _("estimate line")
        verbose_name_plural = _("estimate lines")
        ordering = ["estimate", "sort_order", "pk"]

    def __str__(self):
        return self.description

    def save(self, *args, **kwargs):
        self.amount = int(self.quantity) * int(self.unit_price)
        super().save(*args, **kwargs)


class Expense(models.Model):
    """Money spent against an approved line, with its voucher (chứng từ)."""

    line = models.ForeignKey(EstimateLine, verbose_name=_("estimate line"), on_delete=models.PROTECT,
                             related_name="expenses")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="expenses",
                             editable=False)
    voucher_number = models.CharField(_("voucher number"), max_length=40)
    spent_on = models.DateField(_("voucher date"))
    amount = models.PositiveBigIntegerField(_("amount (VND)"))
    description = models.CharField(_("description"), max_length=300, blank=True)
    attachment = models.FileField(_("voucher file"), upload_to="budget/vouchers/%Y/", blank=True)
    over_tolerance_note = models.CharField(_("over-spending note"), max_length=300, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("expense")
        verbose_name_plural = _("expenses")
        ordering = ["-spent_on", "-pk"]
        constraints = [models.UniqueConstraint(fields=["unit", "voucher_number"], name="expense_voucher_unique")]

    def __str__(self):
        return f"{self.voucher_number} — {self.amount:,} đ".replace(",", ".")


class Settlement(models.Model):
    """A unit's settlement (quyết toán) of a year: the figures are frozen when it is made."""

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="settlements")
    year = models.PositiveSmallIntegerField(_("year"))
    approved_total = models.BigIntegerField(_("approved (VND)"))
    spent_total = models.BigIntegerField(_("spent (VND)"))
    note = models.TextField(_("note"), blank=True)
    settled_at = models.DateTimeField(_("settled at"))
    settled_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("settled by"), null=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("settlement")
        verbose_name_plural = _("settlements")
        ordering = ["-year", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="settlement_unit_year_unique")]

    def __str__(self):
        return f"{self.unit} {self.year}"

    @property
    def remaining(self) -> int:
        return self.approved_total - self.spent_total
