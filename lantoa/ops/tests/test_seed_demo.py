import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lantoa.legal.models import Document
from lantoa.org.models import StaffProfile, Unit
from lantoa.plans.models import Plan


@pytest.mark.django_db
def test_demo_users_do_not_exist_without_seed_demo():
    assert not get_user_model().objects.filter(username__in=["admin", "cttt", "thisinh1"]).exists()


@pytest.mark.django_db
def test_seed_demo_is_idempotent(settings):
    call_command("seed_demo", contestants=5, stdout=open("/dev/null", "w"))
    counts = (Unit.objects.count(), Document.objects.count(), Plan.objects.count(), get_user_model().objects.count())

    call_command("seed_demo", contestants=5, stdout=open("/dev/null", "w"))

    assert (Unit.objects.count(), Document.objects.count(), Plan.objects.count(),
            get_user_model().objects.count()) == counts


@pytest.mark.django_db
def test_seed_demo_users_log_in_with_demo_password(client, settings):
    settings.LANTOA_DEMO_PASSWORD = "mat-khau-demo-rieng"
    call_command("seed_demo", contestants=3, stdout=open("/dev/null", "w"))

    for username in ["admin", "lanhdao", "vanphong", "cttt", "khtc", "gdtrh", "donvi", "thisinh3"]:
        assert client.login(username=username, password="mat-khau-demo-rieng"), username
        client.logout()


@pytest.mark.django_db
def test_seed_demo_contestants_have_profiles_with_unique_phones():
    call_command("seed_demo", contestants=300, stdout=open("/dev/null", "w"))

    profiles = StaffProfile.objects.filter(user__username__startswith="thisinh")
    assert profiles.count() == 300
    assert profiles.values("phone").distinct().count() == 300
    assert get_user_model().objects.get(username="thisinh300").groups.filter(name="Thí sinh").exists()
