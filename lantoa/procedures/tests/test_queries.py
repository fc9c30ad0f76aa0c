import datetime

from lantoa.procedures.models import Procedure
from lantoa.procedures.queries import catalogue_by_field, procedures_public

from .factories import ProcedureFactory

D = datetime.date


def test_procedures_public_filters_level_and_hides_drafts_and_retired(gdtrh):
    full = ProcedureFactory(division=gdtrh, level=Procedure.Level.FULL)
    ProcedureFactory(division=gdtrh, level=Procedure.Level.PARTIAL)
    ProcedureFactory(division=gdtrh, level=Procedure.Level.FULL, live=False)
    ProcedureFactory(division=gdtrh, level=Procedure.Level.FULL, valid_to=D(2025, 2, 13))

    result = list(procedures_public(level="toan-trinh", day=D(2026, 1, 1)))

    assert result == [full]


def test_procedures_public_search_ignores_diacritics(gdtrh_procedure, qlcl_procedure):
    assert list(procedures_public(q="chuyen truong")) == [gdtrh_procedure]


def test_catalogue_by_field_groups_in_order(gdtrh):
    a = ProcedureFactory(division=gdtrh, field="Khảo thí", name="A")
    b = ProcedureFactory(division=gdtrh, field="Văn bằng", name="B")
    c = ProcedureFactory(division=gdtrh, field="Khảo thí", name="C")

    groups = catalogue_by_field(procedures_public())

    assert groups == [("Khảo thí", [a, c]), ("Văn bằng", [b])]
