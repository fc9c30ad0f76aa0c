import datetime

import factory
from django.utils import timezone

from lantoa.events.models import Event
from lantoa.org.tests.factories import UnitFactory


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Hội thảo chuyển đổi số {n}")
    slug = factory.Sequence(lambda n: f"hoi-thao-{n}")
    kind = Event.Kind.WORKSHOP
    status = Event.Status.PUBLISHED
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at + datetime.timedelta(hours=4))
    venue = "Hội trường Sở GDĐT"
    organiser = factory.SubFactory(UnitFactory)
    capacity = 0
