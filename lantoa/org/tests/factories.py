import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from lantoa.org.models import StaffProfile, Unit


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"don-vi-{n}")
    name = factory.Sequence(lambda n: f"Trường THPT số {n}")
    short_name = factory.Sequence(lambda n: f"THPT số {n}")
    kind = Unit.Kind.SCHOOL
    head_count = 50


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    first_name = "An"
    last_name = "Nguyễn Văn"
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    password = factory.django.Password("mat-khau-thu")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """UserFactory(roles=[Role.REVIEWER]) puts the user in those role groups."""
        for role in extracted or []:
            self.groups.add(Group.objects.get_or_create(name=str(role))[0])


class StaffProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffProfile

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(UnitFactory)
    position = "Giáo viên"
    phone = factory.Sequence(lambda n: f"+8491{n:07d}")


def staff_user(*, role=None, unit=None, username=None, **kwargs):
    """A staff user in `role` (an org.roles.Role) belonging to `unit`; the usual test actor."""
    if username:
        kwargs["username"] = username
    user = UserFactory(is_staff=True, roles=[role] if role is not None else [], **kwargs)
    StaffProfileFactory(user=user, unit=unit or UnitFactory())
    return user
