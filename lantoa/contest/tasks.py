"""Thin django-tasks wrappers around the services."""

from django.utils import timezone
from django_tasks import task

from . import services
from .models import Contest


def contest_daily() -> dict:
    closed = services.attempts_close_overdue()
    today = timezone.localdate()
    published = 0
    for contest in Contest.objects.filter(rounds__opens_at__date__lte=today).distinct():
        services.participation_snapshot(contest=contest, day=today)
        published += 1
    return {"closed": closed, "contests": published}


@task()
def attempts_close_overdue_task() -> int:
    return services.attempts_close_overdue()


@task()
def contest_daily_task() -> dict:
    return contest_daily()
