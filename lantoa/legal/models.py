"""Directive documents (văn bản). Plans, procedures and articles point at these records rather
than at text, so a number like 749/QĐ-TTg has one home in the registry."""

import datetime
import os
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

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


PDF_MAGIC = b"%PDF-"


def pdf_max_bytes() -> int:
    return getattr(settings, "LANTOA_LEGAL_MAX_PDF_BYTES", 20 * 1024 * 1024)


def validate_pdf(file) -> None:
    """A document file must be a PDF: .pdf name, "%PDF-" magic bytes (not the browser's word for
    it) and no larger than LANTOA_LEGAL_MAX_PDF_BYTES (20 MB by default)."""
    if not file:
        return
    name = getattr(file, "name", "") or ""
    if os.path.splitext(name)[1].lower() != ".pdf":
        raise ValidationError(_("Only PDF files can be attached."), code="not_pdf")
    size = getattr(file, "size", None)
    if size is not None and size > pdf_max_bytes():
        raise ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB."),
            code="too_large",
            params={"size": round(size / 1048576, 1), "limit": round(pdf_max_bytes() / 1048576)},
        )
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        head = file.read(1024)
    finally:
        if position is not None:
            file.seek(position)
    if isinstance(head, str):
        head = head.encode("latin-1", "replace")
    if PDF_MAGIC not in (head or b"")[:1024]:
        raise ValidationError(_("The file is not a PDF document."), code="not_pdf")


class DocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Document(ClusterableModel):
    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        NOT_YET = "not_yet", _("Not yet in force")
        EXPIRED = "expired", _("Expired")
        REPLACED = "replaced", _("Replaced")

    number = models.CharField(_("number and symbol"), max_length=60, blank=True, db_index=True)
    number_key = models.CharField(max_length=80, editable=False, db_index=True, default="")
    doc_type = models.ForeignKey(DocumentType, verbose_name=pgettext_lazy("legal", "type"), on_delete=models.PROTECT, related_name="documents")
    issuer = models.ForeignKey(
        Unit, verbose_name=_("issuing unit"), null=True, blank=True, on_delete=models.PROTECT, related_name="issued_documents"
    )
    issuer_name = models.CharField(_("issuer"), max_length=200, help_text=_("As written on the document, e.g. Thủ tướng Chính phủ."))
    signer = models.CharField(_("signer"), max_length=120, blank=True)
    issued_on = models.DateField(_("issue date"), null=True, blank=True)
    effective_on = models.DateField(_("effective date"), null=True, blank=True)
    expires_on = models.DateField(_("expiry date"), null=True, blank=True)
    status = models.CharField(pgettext_lazy("legal", "status"), max_length=12, choices=Status.choices, default=Status.IN_FORCE, db_index=True)
    field = models.CharField(pgettext_lazy("legal", "field"), max_length=120, blank=True)
    title = models.CharField(_("title"), max_length=500, help_text=_("Short title, e.g. Chương trình Chuyển đổi số quốc gia."))
    summary = models.TextField(_("summary (trích yếu)"))
    source_url = models.URLField(_("source link"), blank=True)
    is_public = models.BooleanField(_("shown in the public registry"), default=True, db_index=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("legal", "document")
        verbose_name_plural = pgettext_lazy("legal", "documents")
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

    def get_absolute_url(self) -> str:
        return reverse("legal:document_detail", args=[self.pk])

    @property
    def year(self) -> int | None:
        return self.issued_on.year if self.issued_on else None

    def status_on(self, day: datetime.date) -> str:
        """The status rules: replaced (by a replacement already in effect) › expired › not yet
        in force › in force. Amendments do not change the amended document's status."""
        for relation in self.incoming_relations.all():
            if relation.kind == DocumentRelation.Kind.REPLACES:
                replacement = relation.source
                if replacement.effective_on is None or replacement.effective_on <= day:
                    return self.Status.REPLACED
        if self.expires_on and self.expires_on < day:
            return self.Status.EXPIRED
        if self.effective_on and self.effective_on > day:
            return self.Status.NOT_YET
        return self.Status.IN_FORCE

    @property
    def label(self) -> str:
        """"Quyết định số 749/QĐ-TTg ngày 03/6/2020" — how Vietnamese documents cite each other."""
        parts = [self.doc_type.name]
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {self.issued_on.day:02d}/{self.issued_on.month:02d}/{self.issued_on.year}")
        return " ".join(parts)


def document_file_path(instance, filename: str) -> str:
    return f"van-ban/{datetime.date.today():%Y}/{os.path.basename(filename)}"


class DocumentFile(models.Model):
    """A PDF of the document (the signed scan, an appendix). A plain FileField rather than a
    Wagtail document: the registry accepts PDFs only, checked by their bytes, and files belong to
    exactly one registry entry, so a shared media library with its own collections adds nothing."""

    document = ParentalKey(Document, on_delete=models.CASCADE, related_name="files")
    sort_order = models.IntegerField(null=True, blank=True, editable=False)
    title = models.CharField(_("file title"), max_length=200, blank=True, help_text=_("e.g. Văn bản gốc, Phụ lục."))
    file = models.FileField(pgettext_lazy("legal", "PDF file"), upload_to=document_file_path, max_length=255, validators=[validate_pdf])
    size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)

    sort_order_field = "sort_order"

    class Meta:
        verbose_name = _("document file")
        verbose_name_plural = _("document files")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title or os.path.basename(self.file.name)

    def save(self, *args, **kwargs):
        if self.file:
            try:
                self.size = self.file.size
            except (OSError, ValueError):
                pass
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("legal:document_file", args=[self.document_id, self.pk])

    @property
    def filename(self) -> str:
        return os.path.basename(self.file.name)


class DocumentRelation(models.Model):
    """`source` replaces or amends `target`; "replaced by" / "amended by" are the reverse."""

    class Kind(models.TextChoices):
        REPLACES = "replaces", _("Replaces")
        AMENDS = "amends", _("Amends")

    source = ParentalKey(Document, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=10, choices=Kind.choices, default=Kind.REPLACES)
    target = models.ForeignKey(
        Document, verbose_name=pgettext_lazy("legal", "document"), on_delete=models.CASCADE, related_name="incoming_relations"
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="legal_relation_unique"),
            models.CheckConstraint(condition=~models.Q(source=models.F("target")), name="legal_relation_not_self"),
        ]

    def __str__(self):
        return f"{self.source} {self.get_kind_display()} {self.target}"
