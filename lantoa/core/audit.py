"""One audit trail for every change by staff: Wagtail's log entries.

Using Wagtail's log (rather than a table of our own) puts every service's changes in the back
office's "Site history" report and on each object's history, beside page edits.

Entries for ordinary models are written here with one INSERT. Wagtail's own path saves through
`full_clean()`, which re-reads the content type and the user from the database to validate the
foreign keys we have just taken from them; on the contest's hot paths (start, submit) that was
a third of the write transaction, held while every other writer waits on SQLite. The one check
that matters — the action is registered, so the history can label it — is kept. Pages keep
Wagtail's path (their log rows carry page-specific fields).
"""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import get_active_log_context, log, registry
from wagtail.models import ModelLogEntry


def audit_log(*, actor, action: str, target, data: dict[str, Any] | None = None) -> None:
    """Record `action` (e.g. "lantoa.contest.attempt_start") by `actor` on `target`."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    if registry.get_log_model_for_instance(target) is not ModelLogEntry:
        log(instance=target, action=action, user=user, data=data or {})
        return
    if not registry.action_exists(action):
        raise ValueError(f"The log action {action!r} has not been registered (wagtail_hooks.py).")
    context = get_active_log_context()
    ModelLogEntry.objects.bulk_create([ModelLogEntry(
        content_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        object_id=str(target.pk),
        label=str(target) or f"{target.__class__.__name__} object ({target.pk})",
        action=action,
        timestamp=timezone.now(),
        data=data or {},
        user=user or context.user,
        uuid=context.uuid,
    )])
