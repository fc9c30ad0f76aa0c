import datetime

import factory

from lantoa.org.tests.factories import UnitFactory
from lantoa.press.models import Outlet, PressItem


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = "Đài Phát thanh – Truyền hình Quảng Ngãi"


class PressItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PressItem

    title = factory.Sequence(lambda n: f"Tin chuyển đổi số {n}")
    unit = factory.SubFactory(UnitFactory)
    supplied_on = datetime.date(2024, 3, 1)
    outlet = factory.SubFactory(OutletFactory)
    medium = PressItem.Medium.PRINT
    status = PressItem.Status.SUPPLIED
