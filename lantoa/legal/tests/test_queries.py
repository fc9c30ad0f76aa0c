import datetime

import pytest

from lantoa.legal.models import Document
from lantoa.legal.queries import DocumentFilters, document_facets, documents_search
from lantoa.legal.seed import PLAN_LEGAL_BASES, seed

from .factories import DocumentFactory, DocumentTypeFactory


@pytest.fixture
def registry(db):
    seed()


@pytest.mark.parametrize("typed", ["942/QĐ-TTg", "942", "qd-ttg 942", "QD TTG 942", "942/qđ-ttg"])
def test_documents_search_finds_number_however_typed(registry, typed):
    results = list(documents_search(DocumentFilters(q=typed)))

    assert results[0].number == "942/QĐ-TTg"


def test_documents_search_number_does_not_match_part_of_another_number(registry):
    numbers = [d.number for d in documents_search(DocumentFilters(q="42/QĐ-TTg"))]

    assert "942/QĐ-TTg" not in numbers


def test_documents_search_finds_every_number_the_plan_cites(registry):
    found = {number: [d.number for d in documents_search(DocumentFilters(q=number))][:1] for number in PLAN_LEGAL_BASES}

    assert found == {number: [number] for number in PLAN_LEGAL_BASES}


def test_documents_search_folds_diacritics(registry):
    numbers = {d.number for d in documents_search(DocumentFilters(q="chuong trinh chuyen doi so quoc gia"))}

    assert "749/QĐ-TTg" in numbers


def test_documents_search_hides_non_public(db):
    DocumentFactory(number="1/QĐ-TTg", is_public=False)

    assert list(documents_search(DocumentFilters(q="1/QĐ-TTg"))) == []


def test_documents_search_filters_combine(db):
    kh = DocumentTypeFactory(code="KH", name="Kế hoạch")
    DocumentFactory(number="21/KH-UBND", doc_type=kh, issuer_name="UBND tỉnh", issued_on=datetime.date(2023, 2, 7))
    DocumentFactory(number="21/KH-UBND", doc_type=kh, issuer_name="UBND tỉnh", issued_on=datetime.date(2024, 2, 7))
    DocumentFactory(number="5/QĐ-TTg", issued_on=datetime.date(2023, 5, 1))

    results = list(documents_search(DocumentFilters(type="KH", year=2023, issuer="UBND tỉnh")))

    assert [(d.number, d.issued_on.year) for d in results] == [("21/KH-UBND", 2023)]


def test_document_facets_count_each_facet_under_the_other_filters(db):
    kh = DocumentTypeFactory(code="KH", name="Kế hoạch")
    DocumentFactory(doc_type=kh, issued_on=datetime.date(2023, 2, 7))
    DocumentFactory(issued_on=datetime.date(2023, 5, 1))
    DocumentFactory(issued_on=datetime.date(2024, 5, 1), status=Document.Status.EXPIRED)

    facets = {f.name: f for f in document_facets(DocumentFilters(type="QĐ"))}

    assert sorted((v, n) for v, _label, n in facets["type"].options) == [("KH", 1), ("QĐ", 2)]
    assert facets["year"].options == [("2024", "2024", 1), ("2023", "2023", 1)]
    assert [(v, n) for v, _label, n in facets["status"].options] == [("in_force", 1), ("expired", 1)]
