"""What the roles may do in the portal, as model permissions (synced by roles_sync).

Page rights (add/change/publish under /chuyen-doi-so/) and image/document upload rights are
tree- and collection-based; workflow.editorial_setup() grants them. The narrowing of
contributors to their own unit's articles lives in services.py and wagtail_hooks.py.
"""

from lantoa.org.roles import Role

_MEDIA = ["wagtailimages.add_image", "wagtailimages.choose_image", "wagtaildocs.add_document", "wagtaildocs.choose_document"]

PERMISSIONS = {
    Role.CONTRIBUTOR: [*_MEDIA],
    Role.REVIEWER: [*_MEDIA, "portal.view_articleviewcount"],
    Role.PUBLISHER: [*_MEDIA, "portal.view_articleviewcount", "wagtailimages.change_image", "wagtaildocs.change_document"],
    Role.ADMINISTRATOR: [*_MEDIA, "portal.view_articleviewcount", "wagtailimages.change_image",
                         "wagtailimages.delete_image", "wagtaildocs.change_document", "wagtaildocs.delete_document"],
    Role.LEADERSHIP: ["portal.view_articleviewcount"],
}
