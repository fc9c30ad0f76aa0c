"""One audit trail for every change by staff: Wagtail's log entries.

Using Wagtail's log (rather than a table of our own) puts every service's changes in the back
office's "Site history" report and on each object's history, beside page edits.
"""

from typing import Any

from wagtail.log_actions import log


def audit_log(*, actor, action: str, target, data: dict[str, Any] | None = None) -> None:
    """Record `action` (e.g. "lantoa.contest.attempt_start") by `actor` on `target`."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    log(instance=target, action=action, user=user, data=data or {})
