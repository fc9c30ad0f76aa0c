import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from lantoa.legal.models import Document, DocumentRelation, validate_pdf

from .factories import PDF_BYTES, DocumentFactory

D = datetime.date


def test_validate_pdf_accepts_pdf_bytes():
    validate_pdf(SimpleUploadedFile("qd-749.pdf", PDF_BYTES, content_type="application/pdf"))


def test_validate_pdf_refuses_renamed_docx_by_its_bytes():
    fake = SimpleUploadedFile("qd-749.pdf", b"PK\x03\x04word/document.xml", content_type="application/pdf")

    with pytest.raises(ValidationError) as excinfo:
        validate_pdf(fake)

    assert excinfo.value.code == "not_pdf"


def test_validate_pdf_refuses_other_extension_even_with_pdf_bytes():
    with pytest.raises(ValidationError):
        validate_pdf(SimpleUploadedFile("qd-749.exe", PDF_BYTES))


def test_validate_pdf_refuses_file_over_the_limit(settings):
    settings.LANTOA_LEGAL_MAX_PDF_BYTES = 100
    big = SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * 200)

    with pytest.raises(ValidationError) as excinfo:
        validate_pdf(big)

    assert excinfo.value.code == "too_large"


@pytest.mark.django_db
def test_status_on_replaced_once_the_replacement_is_in_effect():
    old = DocumentFactory(number="17/2012/TT-BGDĐT")
    new = DocumentFactory(number="29/2024/TT-BGDĐT", effective_on=D(2025, 2, 14))
    DocumentRelation.objects.create(source=new, target=old, kind=DocumentRelation.Kind.REPLACES)

    assert old.status_on(D(2025, 2, 13)) == Document.Status.IN_FORCE
    assert old.status_on(D(2025, 2, 14)) == Document.Status.REPLACED


@pytest.mark.django_db
def test_status_on_amended_document_stays_in_force():
    old = DocumentFactory()
    DocumentRelation.objects.create(source=DocumentFactory(), target=old, kind=DocumentRelation.Kind.AMENDS)

    assert old.status_on(D(2026, 1, 1)) == Document.Status.IN_FORCE


@pytest.mark.django_db
def test_status_on_not_yet_then_expired():
    document = DocumentFactory(effective_on=D(2026, 7, 1), expires_on=D(2030, 12, 31))

    assert document.status_on(D(2026, 6, 30)) == Document.Status.NOT_YET
    assert document.status_on(D(2026, 7, 1)) == Document.Status.IN_FORCE
    assert document.status_on(D(2031, 1, 1)) == Document.Status.EXPIRED


@pytest.mark.django_db
def test_save_stores_number_key_and_folded_search_text():
    document = DocumentFactory(number="749/QĐ-TTg", title="Chương trình Chuyển đổi số quốc gia")

    assert document.number_key == "749 qd ttg"
    assert "chuong trinh chuyen doi so quoc gia" in document.search_text
