"""Directive documents (văn bản). Plans, procedures and articles point at these records rather
than at text, so a number like 749/QĐ-TTg has one home in the registry."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from lantoa.core.text import fold
from lantoa.org.models import Unit


def number_key(number: str) -> str:
    """A number/symbol folded for matching however it is typed: "749/QĐ-TTg" → "749 qd ttg"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(number)))


class DocumentType(models.Model):
    """A type of document with its official abbreviation (Decree 30/2020/NĐ-CP, Appendix III)."""

    code = models.CharField(_("abbreviation"), max_length=10, unique=True)  # QĐ, CT, KH, …
    name = models.CharField(_("name"), max_length=80)  # Quyết định
    name_en = models.CharField(_("English name"), max_length=80, blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("document type")
        verbose_name_plural = _("document types")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Document(models.Model):
    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        NOT_YET = "not_yet", _("Not yet in force")
        EXPIRED = "expired", _("Expired")
        REPLACED = "replaced", _("Replaced")

    number = models.CharField(_("number and symbol"), max_length=60, blank=True, db_index=True)
    number_key = models.CharField(max_length=80, editable=False, db_index=True, default="")
    doc_type = models.ForeignKey(DocumentType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="documents")
    issuer = models.ForeignKey(
        Unit, verbose_name=_("issuing unit"), null=True, blank=True, on_delete=models.PROTECT, related_name="issued_documents"
    )
    issuer_name = models.CharField(_("issuer"), max_length=200, help_text=_("As written on the document, e.g. Thủ tướng Chính phủ."))
    signer = models.CharField(_("signer"), max_length=120, blank=True)
    issued_on = models.DateField(_("issue date"), null=True, blank=True)
    effective_on = models.DateField(_("effective date"), null=True, blank=True)
    expires_on = models.DateField(_("expiry date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IN_FORCE, db_index=True)
    field = models.CharField(_("field"), max_length=120, blank=True)
    title = models.CharField(_("title"), max_length=500, help_text=_("Short title, e.g. Chương trình Chuyển đổi số quốc gia."))
    summary = models.TextField(_("summary (trích yếu)"))
    source_url = models.URLField(_("source link"), blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-issued_on", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number_key", "issued_on"], condition=~models.Q(number_key=""), name="legal_document_unique_number"
            )
        ]

    def __str__(self):
        return self.number or self.title

    def save(self, *args, **kwargs):
        self.number_key = number_key(self.number)
        self.search_text = fold(" ".join([self.number, self.title, self.summary, self.issuer_name, self.signer, self.field]))
        super().save(*args, **kwargs)

    @property
    def label(self) -> str:
        """"Quyết định số 749/QĐ-TTg ngày 03/6/2020" — how Vietnamese documents cite each other."""
        parts = [self.doc_type.name]
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {self.issued_on.day:02d}/{self.issued_on.month:02d}/{self.issued_on.year}")
        return " ".join(parts)
