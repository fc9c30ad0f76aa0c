import pytest

from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import DivisionFactory, ProcedureFactory


@pytest.fixture
def roles(db):
    roles_sync()


@pytest.fixture
def gdtrh(db):
    return DivisionFactory(code="gdtrh", name="Phòng Giáo dục Trung học")


@pytest.fixture
def qlcl(db):
    return DivisionFactory(code="qlcl", name="Phòng Quản lý chất lượng")


@pytest.fixture
def gdtrh_editor(roles, gdtrh):
    return staff_user(role=Role.CONTRIBUTOR, unit=gdtrh)


@pytest.fixture
def publisher(roles):
    return staff_user(role=Role.PUBLISHER, unit=DivisionFactory(code="van-phong", name="Văn phòng Sở"))


@pytest.fixture
def gdtrh_procedure(gdtrh):
    return ProcedureFactory(division=gdtrh, name="Chuyển trường đối với học sinh trung học phổ thông")


@pytest.fixture
def qlcl_procedure(qlcl):
    return ProcedureFactory(division=qlcl, name="Cấp bản sao văn bằng, chứng chỉ từ sổ gốc")
