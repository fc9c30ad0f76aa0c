"""Who may do what with the communication funds. Units draft and submit their own estimates and
record their own expenses (rows scoped by lantoa.budget.queries); Phòng KH-TC approves, returns
and settles (`budget.approve_estimate`); CTTT-GDCNTX and the leadership see everything."""

from lantoa.org.roles import Role

ALL = ("add", "change", "delete", "view")
UNIT_STAFF = [
    "budget.add_estimate", "budget.change_estimate", "budget.delete_estimate", "budget.view_estimate",
    "budget.add_expense", "budget.change_expense", "budget.view_expense", "budget.view_settlement",
]
EVERYTHING = [f"budget.{v}_{m}" for m in ("estimate", "expense") for v in ALL] + [
    "budget.view_settlement", "budget.approve_estimate"]

PERMISSIONS = {
    Role.CONTRIBUTOR: UNIT_STAFF,
    Role.PUBLISHER: UNIT_STAFF,
    Role.REVIEWER: UNIT_STAFF,
    Role.FINANCE: EVERYTHING,
    Role.LEADERSHIP: ["budget.view_estimate", "budget.view_expense", "budget.view_settlement"],
    Role.ADMINISTRATOR: EVERYTHING,
}
