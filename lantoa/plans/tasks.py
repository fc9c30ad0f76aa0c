"""Background jobs of the plans app: thin django-tasks wrappers around services."""

from django_tasks import task

from . import services


@task()
def reminders_send_task() -> dict:
    """Daily reminders by e-mail (overdue / due-soon tasks, the annual-report deadline).

    Enqueue with `reminders_send_task.enqueue()`; the database worker (`manage.py db_worker`)
    runs it. `manage.py send_reminders --enqueue` does that from cron.
    """
    return services.reminders_send()
