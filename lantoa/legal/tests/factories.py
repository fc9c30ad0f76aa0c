import datetime

import factory

from lantoa.legal.models import Document, DocumentType

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentType
        django_get_or_create = ("code",)

    code = "QĐ"
    name = "Quyết định"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    number = factory.Sequence(lambda n: f"{n + 100}/QĐ-TTg")
    doc_type = factory.SubFactory(DocumentTypeFactory)
    issuer_name = "Thủ tướng Chính phủ"
    issued_on = datetime.date(2022, 1, 25)
    effective_on = datetime.date(2022, 1, 25)
    title = factory.Sequence(lambda n: f"Văn bản thử số {n}")
    summary = "Phê duyệt Đề án chuyển đổi số trong giáo dục."
    field = "Chuyển đổi số"
