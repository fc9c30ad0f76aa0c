from lantoa.org.roles import Role

_MANAGE = [
    "legal.add_document", "legal.change_document", "legal.delete_document", "legal.view_document",
    "legal.add_documentfile", "legal.change_documentfile", "legal.delete_documentfile",
    "legal.add_documentrelation", "legal.change_documentrelation", "legal.delete_documentrelation",
    "legal.view_documenttype",
]

# Văn phòng Sở keeps the registry (it receives and issues the Department's documents).
PERMISSIONS = {
    Role.PUBLISHER: _MANAGE,
    Role.ADMINISTRATOR: [*_MANAGE, "legal.add_documenttype", "legal.change_documenttype", "legal.delete_documenttype"],
    Role.REVIEWER: ["legal.view_document", "legal.view_documenttype"],
    Role.CONTRIBUTOR: ["legal.view_document"],
    Role.LEADERSHIP: ["legal.view_document"],
}
