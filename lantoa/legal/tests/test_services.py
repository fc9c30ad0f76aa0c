import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from lantoa.core.errors import Forbidden, ServiceError
from lantoa.legal.models import Document, DocumentFile, DocumentRelation
from lantoa.legal.services import document_file_add, document_relate, document_status_refresh
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import PDF_BYTES, DocumentFactory

D = datetime.date


@pytest.fixture
def publisher(db):
    roles_sync()
    return staff_user(role=Role.PUBLISHER)


@pytest.fixture
def contributor(db):
    roles_sync()
    return staff_user(role=Role.CONTRIBUTOR)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_document_file_add_stores_pdf_and_logs(publisher):
    document = DocumentFactory()

    attachment = document_file_add(actor=publisher, document=document,
                                   uploaded=SimpleUploadedFile("749.pdf", PDF_BYTES), title="Văn bản gốc")

    assert (attachment.size, attachment.title) == (len(PDF_BYTES), "Văn bản gốc")
    assert ModelLogEntry.objects.filter(action="lantoa.legal.document_file_add", object_id=str(document.pk)).count() == 1


def test_document_file_add_refuses_non_pdf_and_writes_nothing(publisher):
    document = DocumentFactory()

    with pytest.raises(ServiceError):
        document_file_add(actor=publisher, document=document,
                          uploaded=SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 not a pdf"))

    assert DocumentFile.objects.count() == 0


def test_document_file_add_refuses_contributor(contributor):
    document = DocumentFactory()

    with pytest.raises(Forbidden):
        document_file_add(actor=contributor, document=document, uploaded=SimpleUploadedFile("a.pdf", PDF_BYTES))

    assert DocumentFile.objects.count() == 0


def test_document_relate_replaces_marks_target_replaced(publisher):
    old = DocumentFactory(number="46/2017/NĐ-CP")
    new = DocumentFactory(number="125/2024/NĐ-CP", effective_on=D(2024, 11, 20))

    document_relate(actor=publisher, source=new, target=old, kind="replaces", today=D(2025, 1, 1))

    old.refresh_from_db()
    assert old.status == Document.Status.REPLACED
    assert ModelLogEntry.objects.filter(action="lantoa.legal.document_status_change",
                                        object_id=str(old.pk)).count() == 1


def test_document_relate_refuses_self_and_cycles(publisher):
    a, b = DocumentFactory(), DocumentFactory()
    document_relate(actor=publisher, source=a, target=b, kind="replaces")

    with pytest.raises(ServiceError):
        document_relate(actor=publisher, source=a, target=a, kind="amends")
    with pytest.raises(ServiceError):
        document_relate(actor=publisher, source=b, target=a, kind="replaces")

    assert DocumentRelation.objects.count() == 1


def test_document_status_refresh_brings_law_into_force_on_its_date(db):
    law = DocumentFactory(number="148/2025/QH15", effective_on=D(2026, 7, 1), status=Document.Status.NOT_YET)

    unchanged = document_status_refresh(documents=[law], today=D(2026, 6, 30))
    changed = document_status_refresh(documents=[law], today=D(2026, 7, 1))

    law.refresh_from_db()
    assert (unchanged, changed, law.status) == (0, 1, Document.Status.IN_FORCE)
