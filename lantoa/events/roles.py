"""Who may do what with events (gathered by org.services.roles_sync).

The Department office runs conferences (SPEC §1); the CTTT-GDCNTX division co-organises them and
reports on them; leadership watches. Everyone with an account may register (services check that
they have a unit), so registering needs no permission.
"""

from lantoa.org.roles import Role

_MANAGE = [
    "events.add_event", "events.change_event", "events.delete_event", "events.view_event",
    "events.view_registration", "events.change_registration", "events.checkin_registration",
    "wagtaildocs.add_document", "wagtaildocs.choose_document",
]

PERMISSIONS = {
    Role.PUBLISHER: _MANAGE,
    Role.ADMINISTRATOR: _MANAGE,
    Role.REVIEWER: ["events.add_event", "events.change_event", "events.view_event", "events.view_registration",
                    "events.checkin_registration", "wagtaildocs.add_document", "wagtaildocs.choose_document"],
    Role.LEADERSHIP: ["events.view_event", "events.view_registration"],
}
