"""Rights (issue 4 §5): a division edits only its own procedures' guides; Văn phòng Sở publishes.
Each rule is tried through the service and through the Wagtail admin."""

import pytest
from wagtail.models import Revision

from lantoa.core.errors import Forbidden
from lantoa.org.roles import Role
from lantoa.org.tests.factories import staff_user
from lantoa.procedures.models import Procedure
from lantoa.procedures.permissions import ProcedurePermissionPolicy
from lantoa.procedures.services import procedure_guide_update, procedure_publish, procedure_retire


def test_division_edits_own_guide_as_a_draft(gdtrh_editor, gdtrh_procedure):
    revision = procedure_guide_update(actor=gdtrh_editor, procedure=gdtrh_procedure, changes={"result": "Được nhận."})

    live = Procedure.objects.get(pk=gdtrh_procedure.pk)
    assert revision.as_object().result == "Được nhận."
    assert live.result == "" and live.has_unpublished_changes


def test_division_cannot_edit_another_divisions_guide(gdtrh_editor, qlcl_procedure):
    with pytest.raises(Forbidden):
        procedure_guide_update(actor=gdtrh_editor, procedure=qlcl_procedure, changes={"result": "Sửa trộm"})

    assert Revision.objects.filter(object_id=str(qlcl_procedure.pk)).count() == 0


def test_division_cannot_move_its_procedure_to_another_division(gdtrh_editor, gdtrh_procedure, qlcl):
    with pytest.raises(Forbidden):
        procedure_guide_update(actor=gdtrh_editor, procedure=gdtrh_procedure, changes={"division": qlcl})

    assert Procedure.objects.get(pk=gdtrh_procedure.pk).division.code == "gdtrh"


def test_school_contributor_edits_no_guide(roles, gdtrh_procedure):
    school_editor = staff_user(role=Role.CONTRIBUTOR)  # a school, not a division

    with pytest.raises(Forbidden):
        procedure_guide_update(actor=school_editor, procedure=gdtrh_procedure, changes={"result": "x"})


def test_contributor_cannot_publish_even_own_guide(gdtrh_editor, gdtrh_procedure):
    procedure_guide_update(actor=gdtrh_editor, procedure=gdtrh_procedure, changes={"result": "Mới"})

    with pytest.raises(Forbidden):
        procedure_publish(actor=gdtrh_editor, procedure=gdtrh_procedure)

    assert Procedure.objects.get(pk=gdtrh_procedure.pk).result == ""


def test_publisher_publishes_the_divisions_draft(gdtrh_editor, publisher, gdtrh_procedure):
    procedure_guide_update(actor=gdtrh_editor, procedure=gdtrh_procedure, changes={"result": "Mới"})

    procedure_publish(actor=publisher, procedure=gdtrh_procedure)

    live = Procedure.objects.get(pk=gdtrh_procedure.pk)
    assert (live.result, live.live, live.has_unpublished_changes) == ("Mới", True, False)


def test_contributor_cannot_retire(gdtrh_editor, gdtrh_procedure):
    with pytest.raises(Forbidden):
        procedure_retire(actor=gdtrh_editor, procedure=gdtrh_procedure)

    assert Procedure.objects.get(pk=gdtrh_procedure.pk).valid_to is None


def test_policy_lists_only_own_divisions_procedures_for_change(gdtrh_editor, gdtrh_procedure, qlcl_procedure):
    policy = ProcedurePermissionPolicy(Procedure)

    editable = list(policy.instances_user_has_any_permission_for(gdtrh_editor, ["change"]))

    assert editable == [gdtrh_procedure]
    assert policy.user_has_permission_for_instance(gdtrh_editor, "publish", gdtrh_procedure) is False


def test_admin_edit_of_another_divisions_guide_is_refused(client, gdtrh_editor, qlcl_procedure):
    client.force_login(gdtrh_editor)
    url = f"/admin/snippets/procedures/procedure/edit/{qlcl_procedure.pk}/"

    get = client.get(url)
    post = client.post(url, {"name": "Sửa trộm"})

    assert get.status_code in (302, 403) and post.status_code in (302, 403)
    assert not (get.status_code == 302 and get["Location"].startswith(url))
    assert Revision.objects.filter(object_id=str(qlcl_procedure.pk)).count() == 0
    assert Procedure.objects.get(pk=qlcl_procedure.pk).name == "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"


def test_admin_edit_form_opens_for_own_division(client, gdtrh_editor, gdtrh_procedure):
    client.force_login(gdtrh_editor)

    response = client.get(f"/admin/snippets/procedures/procedure/edit/{gdtrh_procedure.pk}/")

    assert response.status_code == 200
    assert 'name="division"' not in response.content.decode()  # moving is the publisher's call


def test_admin_publish_by_contributor_stays_a_draft(client, gdtrh_editor, gdtrh_procedure):
    client.force_login(gdtrh_editor)
    url = f"/admin/snippets/procedures/procedure/edit/{gdtrh_procedure.pk}/"
    form = client.get(url).context["form"]
    data = _form_data(form)
    data.update({"result": "Bản nháp của phòng", "action-publish": "action-publish"})

    client.post(url, data)

    live = Procedure.objects.get(pk=gdtrh_procedure.pk)
    assert live.result == ""
    assert Revision.objects.filter(object_id=str(gdtrh_procedure.pk)).latest("created_at").as_object().result == \
        "Bản nháp của phòng"


def test_admin_publisher_sees_import_and_contributor_cannot_import(client, gdtrh_editor, publisher):
    client.force_login(gdtrh_editor)
    refused = client.get("/admin/procedures/import/")
    client.force_login(publisher)
    allowed = client.get("/admin/procedures/import/")

    assert refused.status_code in (302, 403)
    assert allowed.status_code == 200


def _form_data(form):
    """The POST data a browser would send for an unchanged Wagtail edit form (with formsets)."""
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if hasattr(value, "__iter__") and not isinstance(value, str):
            data[name] = [getattr(v, "pk", v) for v in value]
        else:
            data[name] = getattr(value, "pk", value)
    for formset in form.formsets.values():
        management = formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management.initial.get(name, 0)
        for index, child in enumerate(formset.forms):
            for name, field in child.fields.items():
                value = child.initial.get(name, field.initial)
                if value is not None:
                    data[f"{child.prefix}-{name}"] = getattr(value, "pk", value)
            data[f"{child.prefix}-ORDER"] = index + 1
    return data


def test_admin_catalogue_and_export_open_for_publisher(client, publisher, gdtrh_procedure):
    client.force_login(publisher)

    index = client.get("/admin/snippets/procedures/procedure/", {"q": "chuyen truong"})
    export = client.get("/admin/procedures/export/")

    assert index.status_code == 200
    assert list(index.context["object_list"]) == [gdtrh_procedure]
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
