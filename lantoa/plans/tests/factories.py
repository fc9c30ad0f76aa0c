import datetime

import factory

from lantoa.org.models import Unit
from lantoa.org.tests.factories import UnitFactory
from lantoa.plans.models import Activity, ActivityTarget, Plan, Task


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Kế hoạch truyền thông số {n}")
    owner = factory.SubFactory(UnitFactory, code="so-gddt", name="Sở Giáo dục và Đào tạo", kind=Unit.Kind.DEPARTMENT)
    start_year = 2022
    end_year = 2025
    status = Plan.Status.APPROVED


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity
        skip_postgeneration_save = True

    plan = factory.SubFactory(PlanFactory)
    sort_order = factory.Sequence(int)
    title = factory.Sequence(lambda n: f"Hoạt động {n}")
    form = Activity.Form.PRESS
    schedule = Activity.Schedule.YEARLY


class ActivityTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityTarget

    activity = factory.SubFactory(ActivityFactory)
    year = 2024
    metric = ActivityTarget.Metric.PRESS_ITEMS
    target = 10


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    activity = factory.SubFactory(ActivityFactory)
    unit = factory.SubFactory(UnitFactory)
    year = 2025
    title = factory.Sequence(lambda n: f"Nhiệm vụ {n}")
    due_on = datetime.date(2025, 6, 30)
    status = Task.Status.TODO
