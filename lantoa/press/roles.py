"""Who may do what in the press app. Rows are scoped by lantoa.press.queries.items_visible_to:
units their own items; CTTT-GDCNTX (who supplies news for the sector), leadership and the
administrator every item. Outlets are managed by CTTT-GDCNTX and the administrator."""

from lantoa.org.roles import Role

ALL = ("add", "change", "delete", "view")
UNIT_STAFF = ["press.add_pressitem", "press.change_pressitem", "press.view_pressitem", "press.view_outlet"]

PERMISSIONS = {
    Role.CONTRIBUTOR: UNIT_STAFF,
    Role.PUBLISHER: UNIT_STAFF,
    Role.REVIEWER: [f"press.{v}_{m}" for m in ("pressitem", "outlet") for v in ALL],
    Role.LEADERSHIP: ["press.view_pressitem", "press.view_outlet"],
    Role.ADMINISTRATOR: [f"press.{v}_{m}" for m in ("pressitem", "outlet") for v in ALL],
}
