import datetime

import pytest
from django.template import Context, Template

from lantoa.legal.linking import link_document_numbers

from .factories import DocumentFactory, DocumentTypeFactory


@pytest.fixture
def qd749(db):
    return DocumentFactory(number="749/QĐ-TTg", issued_on=datetime.date(2020, 6, 3))


def test_link_document_numbers_links_known_number(qd749):
    html = link_document_numbers("<p>Theo Quyết định số 749/QĐ-TTg của Thủ tướng.</p>")

    assert f'<a class="doc-ref" href="/van-ban/{qd749.pk}/"' in html
    assert html.endswith(">749/QĐ-TTg</a> của Thủ tướng.</p>")


def test_link_document_numbers_leaves_unknown_number_plain(qd749):
    source = "<p>Quyết định số 750/QĐ-TTg và ngày 03/6/2020.</p>"

    assert link_document_numbers(source) == source


def test_link_document_numbers_never_nests_links_or_touches_headings(qd749):
    source = ('<h2>Quyết định 749/QĐ-TTg</h2><p><a href="/x">xem 749/QĐ-TTg</a> '
              '<a href="/y"><strong>749/QĐ-TTg</strong></a></p><h3 class="t">749/QĐ-TTg</h3>')

    assert link_document_numbers(source) == source


def test_link_document_numbers_links_after_a_closed_link(qd749):
    html = link_document_numbers('<p><a href="/x">liên kết</a> và 749/QĐ-TTg</p>')

    assert html.count("<a ") == 2


def test_link_document_numbers_uses_date_to_pick_among_same_numbers(db):
    kh = DocumentTypeFactory(code="KH", name="Kế hoạch")
    DocumentFactory(number="21/KH-UBND", doc_type=kh, issued_on=datetime.date(2022, 2, 1))
    wanted = DocumentFactory(number="21/KH-UBND", doc_type=kh, issued_on=datetime.date(2023, 2, 7))

    dated = link_document_numbers("<p>Kế hoạch số 21/KH-UBND ngày 07/02/2023</p>")
    undated = link_document_numbers("<p>Kế hoạch số 21/KH-UBND</p>")

    assert f'href="/van-ban/{wanted.pk}/"' in dated
    assert "<a" not in undated


def test_link_table_is_invalidated_when_a_document_is_saved(qd749):
    assert "<a" not in link_document_numbers("<p>131/QĐ-TTg</p>")

    DocumentFactory(number="131/QĐ-TTg")

    assert "<a" in link_document_numbers("<p>131/QĐ-TTg</p>")


def test_link_table_is_one_query_then_cached(qd749, django_assert_num_queries):
    link_document_numbers("<p>749/QĐ-TTg</p>")

    with django_assert_num_queries(0):
        html = link_document_numbers("<p>749/QĐ-TTg và 19-CT/TU</p>" * 50)

    assert html.count("<a ") == 50


def test_link_documents_filter_escapes_plain_strings(qd749):
    rendered = Template("{% load legal %}{{ text|link_documents }}").render(
        Context({"text": "<script>x</script> 749/QĐ-TTg"}))

    assert "&lt;script&gt;" in rendered
    assert f'href="/van-ban/{qd749.pk}/"' in rendered
