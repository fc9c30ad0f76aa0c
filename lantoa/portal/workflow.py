"""The editorial chain as a Wagtail workflow, and the page permissions of the roles.

unit contributor drafts → Phòng CTTT-GDCNTX reviews (approve, or request changes with a
comment) → Văn phòng Sở approves for publication, which publishes (or schedules, when the draft
carries a go-live date: scheduling happens only at the end of the workflow, so it never skips
approval). Set up idempotently by seed_demo and by tests.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from lantoa.org.roles import Role

WORKFLOW_NAME = "Biên tập tin bài Chuyển đổi số"
REVIEW_TASK_NAME = "Thẩm định nội dung (Phòng CTTT-GDCNTX)"
PUBLISH_TASK_NAME = "Duyệt đăng (Văn phòng Sở)"

# Page permissions on the section (inherited by topics and articles). Contributors' "change" is
# narrowed to their own unit's articles by wagtail_hooks.py; nobody but superusers publishes an
# article outside the workflow (the publish right is kept for unpublishing).
PAGE_PERMISSIONS = {
    Role.CONTRIBUTOR: ["add_page", "change_page"],
    Role.REVIEWER: ["add_page", "change_page"],
    Role.PUBLISHER: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    Role.ADMINISTRATOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
COLLECTION_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]
EDITORIAL_ROLES = [Role.CONTRIBUTOR, Role.REVIEWER, Role.PUBLISHER, Role.ADMINISTRATOR]


def _group(role: Role) -> Group:
    return Group.objects.get_or_create(name=str(role))[0]


def workflow_ensure() -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    review, _ = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK_NAME)
    review.groups.set([_group(Role.REVIEWER)])
    publish, _ = GroupApprovalTask.objects.get_or_create(name=PUBLISH_TASK_NAME)
    publish.groups.set([_group(Role.PUBLISHER)])
    tasks = WorkflowTask.objects.filter(workflow=workflow)
    if list(tasks.order_by("sort_order").values_list("task_id", flat=True)) != [review.pk, publish.pk]:
        tasks.delete()
        WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=publish, sort_order=1)
    return workflow


def editorial_setup(*, section: Page) -> Workflow:
    """Workflow on the section, role page permissions on it, image/document upload rights."""
    workflow = workflow_ensure()
    WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
    for role, codenames in PAGE_PERMISSIONS.items():
        group = _group(role)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=section, permission=permission)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for role in EDITORIAL_ROLES:
            group = _group(role)
            for codename in COLLECTION_PERMISSIONS:
                app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    return workflow
