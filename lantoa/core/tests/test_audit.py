"""The audit trail: Wagtail log entries written by services."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.log_actions import LogContext
from wagtail.models import ModelLogEntry

from lantoa.core.audit import audit_log

pytestmark = pytest.mark.django_db


def test_audit_log_records_actor_action_target_and_data():
    unit, user = Group.objects.create(name="Tổ Tin học"), get_user_model().objects.create_user("nguoi-ghi")

    audit_log(actor=user, action="lantoa.org.unit_import", target=unit, data={"row": 3})

    entry = ModelLogEntry.objects.for_instance(unit).get()
    assert (entry.user, entry.action, entry.data, entry.label) == (user, "lantoa.org.unit_import", {"row": 3}, str(unit))
    assert entry.content_type == ContentType.objects.get_for_model(unit)
    assert entry.timestamp is not None


def test_audit_log_writes_one_statement(django_assert_num_queries):
    unit, user = Group.objects.create(name="Tổ Tin học"), get_user_model().objects.create_user("nguoi-ghi")
    ContentType.objects.get_for_model(unit)  # cached per process, as in a running server

    with django_assert_num_queries(1):
        audit_log(actor=user, action="lantoa.org.unit_import", target=unit)


def test_audit_log_refuses_an_unregistered_action():
    with pytest.raises(ValueError, match="not been registered"):
        audit_log(actor=None, action="lantoa.org.no_such_action", target=Group.objects.create(name="Tổ Toán"))

    assert not ModelLogEntry.objects.exists()


def test_audit_log_anonymous_actor_is_stored_as_no_user_and_keeps_the_log_context_uuid():
    unit = Group.objects.create(name="Tổ Văn")

    with LogContext() as context:
        audit_log(actor=None, action="lantoa.org.unit_import", target=unit)
        audit_log(actor=None, action="lantoa.org.unit_import", target=unit)

    entries = list(ModelLogEntry.objects.for_instance(unit))
    assert [e.user for e in entries] == [None, None]
    assert {e.uuid for e in entries} == {context.uuid} and context.uuid is not None
