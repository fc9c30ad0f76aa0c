import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lantoa.legal.models import DocumentFile
from lantoa.legal.seed import PLAN_LEGAL_BASES, seed

from .factories import PDF_BYTES, DocumentFactory


@pytest.fixture
def registry(db):
    seed()


@pytest.mark.parametrize("number", PLAN_LEGAL_BASES + ["148/2025/QH15"])
def test_registry_page_finds_each_cited_number(client, registry, number):
    response = client.get("/van-ban/", {"q": number})

    assert response.status_code == 200
    assert response.context["page"].object_list[0].number == number


def test_registry_page_facet_links_keep_the_query(client, registry):
    response = client.get("/van-ban/", {"q": "chuyen doi so", "type": "QĐ"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "q=chuyen+doi+so" in html
    assert all(d.doc_type.code == "QĐ" for d in response.context["page"].object_list)


def test_registry_page_ignores_bad_filter_values(client, registry):
    response = client.get("/van-ban/", {"year": "20x5", "status": "nonsense", "page": "abc"})

    assert response.status_code == 200


def test_detail_shows_relations_and_download(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = DocumentFactory(number="749/QĐ-TTg")
    attachment = DocumentFile(document=document, title="Văn bản gốc")
    attachment.file.save("749.pdf", SimpleUploadedFile("749.pdf", PDF_BYTES), save=False)
    attachment.save()

    page = client.get(f"/van-ban/{document.pk}/")
    download = client.get(attachment.get_absolute_url())

    assert page.status_code == 200
    assert attachment.get_absolute_url() in page.content.decode()
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == PDF_BYTES


def test_detail_of_hidden_document_is_404(client, db):
    document = DocumentFactory(is_public=False)

    assert client.get(f"/van-ban/{document.pk}/").status_code == 404
