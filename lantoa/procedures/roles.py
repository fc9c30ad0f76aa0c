from lantoa.org.roles import Role

_EDIT = ["procedures.view_procedure", "procedures.change_procedure"]
_MANAGE = [
    *_EDIT, "procedures.add_procedure", "procedures.delete_procedure", "procedures.publish_procedure",
    "wagtaildocs.add_document", "wagtaildocs.change_document", "wagtaildocs.choose_document",
    "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
]

# Divisions (contributors and the CTTT-GDCNTX reviewers are division staff) edit the guides of the
# procedures their own division handles — `change` here, narrowed per procedure by
# permissions.ProcedurePermissionPolicy; Văn phòng Sở adds, imports and publishes.
PERMISSIONS = {
    Role.CONTRIBUTOR: [*_EDIT, "wagtaildocs.add_document", "wagtaildocs.choose_document",
                       "wagtailimages.add_image", "wagtailimages.choose_image"],
    Role.REVIEWER: [*_EDIT, "wagtaildocs.add_document", "wagtaildocs.choose_document",
                    "wagtailimages.add_image", "wagtailimages.choose_image"],
    Role.PUBLISHER: _MANAGE,
    Role.ADMINISTRATOR: _MANAGE,
    Role.LEADERSHIP: ["procedures.view_procedure"],
}
