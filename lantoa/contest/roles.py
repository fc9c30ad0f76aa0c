from lantoa.org.roles import Role

_MODELS = ["contest", "round", "questionbank", "question", "drawquota", "choice"]
_ORGANISER = [f"contest.{verb}_{model}" for model in _MODELS for verb in ("add", "change", "delete", "view")] + [
    "contest.view_attempt", "contest.view_result",
]

# The Department office runs the contest, with CTTT-GDCNTX (plan, part III.4); leadership reads.
PERMISSIONS = {
    Role.PUBLISHER: _ORGANISER,
    Role.REVIEWER: _ORGANISER,
    Role.ADMINISTRATOR: _ORGANISER,
    Role.LEADERSHIP: ["contest.view_contest", "contest.view_round", "contest.view_result"],
}
