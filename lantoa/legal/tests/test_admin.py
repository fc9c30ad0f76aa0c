import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from lantoa.legal.models import Document, DocumentFile
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import PDF_BYTES, DocumentFactory, DocumentTypeFactory


@pytest.fixture
def publisher(db):
    roles_sync()
    return staff_user(role=Role.PUBLISHER)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _create_data(doc_type, upload):
    return {
        "number": "29/2024/TT-BGDĐT", "doc_type": doc_type.pk, "issuer_name": "Bộ Giáo dục và Đào tạo",
        "issued_on": "30/12/2024", "effective_on": "14/02/2025", "title": "Quy định về dạy thêm, học thêm",
        "summary": "Quy định về dạy thêm, học thêm.", "status": "in_force", "is_public": "on",
        "files-TOTAL_FORMS": "1", "files-INITIAL_FORMS": "0", "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000", "files-0-title": "Văn bản gốc", "files-0-file": upload, "files-0-ORDER": "1",
        "relations-TOTAL_FORMS": "0", "relations-INITIAL_FORMS": "0", "relations-MIN_NUM_FORMS": "0",
        "relations-MAX_NUM_FORMS": "1000",
    }


def test_admin_index_filters_and_folded_search(client, publisher):
    DocumentFactory(number="749/QĐ-TTg", title="Chương trình Chuyển đổi số quốc gia")
    DocumentFactory(number="942/QĐ-TTg", title="Chiến lược Chính phủ số")
    client.force_login(publisher)

    response = client.get("/admin/legal_documents/", {"q": "chuong trinh chuyen doi"})

    assert response.status_code == 200
    assert [d.number for d in response.context["object_list"]] == ["749/QĐ-TTg"]


def test_admin_create_with_pdf_logs_and_applies_status(client, publisher):
    client.force_login(publisher)
    doc_type = DocumentTypeFactory(code="TT", name="Thông tư")

    response = client.post("/admin/legal_documents/new/",
                           _create_data(doc_type, SimpleUploadedFile("tt29.pdf", PDF_BYTES)))

    document = Document.objects.get(number="29/2024/TT-BGDĐT")
    assert response.status_code == 302
    assert document.files.get().size == len(PDF_BYTES)
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(document.pk)).exists()


def test_admin_create_refuses_fake_pdf_and_saves_nothing(client, publisher):
    client.force_login(publisher)
    doc_type = DocumentTypeFactory(code="TT", name="Thông tư")

    response = client.post("/admin/legal_documents/new/",
                           _create_data(doc_type, SimpleUploadedFile("tt29.pdf", b"<html>not a pdf</html>")))

    assert response.status_code == 200
    assert Document.objects.count() == 0 and DocumentFile.objects.count() == 0


def test_admin_registry_refused_to_contributor(client, db):
    roles_sync()
    client.force_login(staff_user(role=Role.CONTRIBUTOR))

    response = client.get("/admin/legal_documents/new/")

    assert response.status_code in (302, 403)
    assert not (response.status_code == 302 and "/new/" in response["Location"])
