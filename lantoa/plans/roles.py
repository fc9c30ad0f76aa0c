"""Who may do what in the plans app (gathered by lantoa.org.services.roles_sync).

Model permissions open the back-office screens; WHICH rows a user sees and changes is decided by
lantoa.plans.queries (units: their own unit's; CTTT-GDCNTX, leadership, administrator: all) and
re-checked in lantoa.plans.services.
"""

from lantoa.org.roles import Role


def _crud(model: str, *verbs: str) -> list[str]:
    return [f"plans.{verb}_{model}" for verb in verbs]


ALL = ("add", "change", "delete", "view")
UNIT_STAFF = [
    *_crud("plan", "view"),
    *_crud("activity", "view"),
    *_crud("unitplan", "add", "change", "view"),
    *_crud("task", "change", "view"),
    *_crud("progressreport", "add", "change", "view"),
]

PERMISSIONS = {
    Role.CONTRIBUTOR: UNIT_STAFF,
    Role.PUBLISHER: UNIT_STAFF,
    Role.FINANCE: UNIT_STAFF,
    Role.REVIEWER: [
        *_crud("plan", *ALL), *_crud("activity", *ALL), *_crud("activitytarget", *ALL), *_crud("duty", *ALL),
        *_crud("unitplan", *ALL), "plans.approve_unitplan", *_crud("task", *ALL),
        *_crud("progressreport", *ALL),
    ],
    Role.LEADERSHIP: [
        *_crud("plan", "change", "view"), *_crud("activity", "view"), *_crud("unitplan", "change", "view"),
        "plans.approve_unitplan", *_crud("task", "view"), *_crud("progressreport", "view"),
    ],
    Role.ADMINISTRATOR: [
        *_crud("plan", *ALL), *_crud("activity", *ALL), *_crud("activitytarget", *ALL), *_crud("duty", *ALL),
        *_crud("unitplan", *ALL), "plans.approve_unitplan", *_crud("task", *ALL), *_crud("progressreport", *ALL),
    ],
}
