import datetime

import pytest
from django.utils import translation
from wagtail.models import ModelLogEntry

from lantoa.core.errors import Conflict
from lantoa.procedures.models import Procedure
from lantoa.procedures.queries import guides_published_count, procedures_public
from lantoa.procedures.services import procedure_publish, procedure_retire, procedure_unpublish

from .factories import ProcedureFactory

D = datetime.date


def test_procedure_publish_refuses_incomplete_guide(publisher, gdtrh):
    procedure = ProcedureFactory(division=gdtrh, live=False, complete=False)

    with translation.override("vi"), pytest.raises(Conflict) as excinfo:
        procedure_publish(actor=publisher, procedure=procedure)

    assert "trình tự thực hiện" in str(excinfo.value.message)
    assert Procedure.objects.get(pk=procedure.pk).live is False


def test_procedure_publish_makes_draft_live_and_logs(publisher, gdtrh):
    procedure = ProcedureFactory(division=gdtrh, live=False)

    procedure_publish(actor=publisher, procedure=procedure)

    assert Procedure.objects.get(pk=procedure.pk).live is True
    assert ModelLogEntry.objects.filter(action="wagtail.publish", object_id=str(procedure.pk)).exists()


def test_procedure_unpublish_hides_from_catalogue(publisher, gdtrh_procedure):
    procedure_unpublish(actor=publisher, procedure=gdtrh_procedure)

    assert list(procedures_public()) == []


def test_procedure_retire_leaves_catalogue_but_keeps_the_record(publisher, gdtrh_procedure):
    procedure_retire(actor=publisher, procedure=gdtrh_procedure, valid_to=D(2025, 2, 13))

    assert list(procedures_public(day=D(2025, 2, 13))) == [gdtrh_procedure]
    assert list(procedures_public(day=D(2025, 2, 14))) == []
    assert Procedure.objects.filter(pk=gdtrh_procedure.pk).exists()
    assert ModelLogEntry.objects.filter(action="lantoa.procedures.procedure_retire").count() == 1


def test_procedure_retire_refuses_end_before_start(publisher, gdtrh):
    procedure = ProcedureFactory(division=gdtrh, valid_from=D(2025, 1, 1))

    with pytest.raises(Conflict):
        procedure_retire(actor=publisher, procedure=procedure, valid_to=D(2024, 12, 31))


def test_guides_published_count_by_year_and_division(gdtrh, qlcl):
    ProcedureFactory(division=gdtrh, first_published_at=datetime.datetime(2025, 3, 1, 9, tzinfo=datetime.UTC))
    ProcedureFactory(division=qlcl, first_published_at=datetime.datetime(2025, 5, 1, 9, tzinfo=datetime.UTC))
    ProcedureFactory(division=qlcl, first_published_at=datetime.datetime(2024, 5, 1, 9, tzinfo=datetime.UTC))

    assert guides_published_count(year=2025) == 2
    assert guides_published_count(year=2025, unit_ids=[qlcl.pk]) == 1


def test_guides_counter_is_registered_for_plans(db):
    from lantoa.plans.evidence import evidence_count
    from lantoa.plans.models import ActivityTarget

    assert evidence_count(ActivityTarget.Metric.GUIDES, year=2025) == 0
