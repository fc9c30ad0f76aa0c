"""What each role may do with reports (org.services.roles_sync builds the groups).

Approving a commendation is checked by role in the service (only Lãnh đạo Sở); the
`decide_commendation` permission mirrors it for the back office."""

from lantoa.org.roles import Role

_REPORT_EDIT = [
    "reports.add_annualreport", "reports.change_annualreport", "reports.view_annualreport",
    "reports.add_commendation", "reports.change_commendation", "reports.view_commendation",
]

PERMISSIONS = {
    Role.REVIEWER: _REPORT_EDIT,
    Role.LEADERSHIP: [*_REPORT_EDIT, "reports.decide_commendation"],
    Role.ADMINISTRATOR: ["reports.view_annualreport", "reports.view_commendation"],
}
