"""Every change to press items: supply, record publication or broadcast, decline."""

import datetime

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden, ServiceError
from lantoa.org.roles import user_unit

from . import queries
from .models import Outlet, PressItem


def _ensure_may_edit(*, actor, item: PressItem) -> None:
    if queries.user_sees_all_press(actor):
        return
    own = user_unit(actor)
    if own is None or item.unit_id != own.pk:
        raise Forbidden(_("You can only work on your own unit's news items."))


def _check_consistent(item: PressItem) -> None:
    if item.status == PressItem.Status.PUBLISHED and not item.published_on:
        raise ServiceError(_("Give the date the item was published or aired."))
    if item.published_on and item.published_on < item.supplied_on:
        raise ServiceError(_("An item cannot be published before it was supplied."))
    if item.status == PressItem.Status.DECLINED and not item.decline_reason:
        raise ServiceError(_("Give the reason the outlet declined the item."))


@transaction.atomic
def press_item_save(*, actor, item: PressItem, form=None) -> PressItem:
    """Create or change a press item (its status and publication details included)."""
    _ensure_may_edit(actor=actor, item=item)
    if item.pk:
        previous = PressItem.objects.only("unit_id", "status").get(pk=item.pk)
        if previous.unit_id != item.unit_id and not queries.user_sees_all_press(actor):
            raise Forbidden(_("You can only work on your own unit's news items."))
        # supplied → published/aired or declined; the outcome is not flipped afterwards.
        if previous.status == PressItem.Status.DECLINED and item.status == PressItem.Status.PUBLISHED:
            raise Conflict(_("A declined item cannot be marked as published."))
        if previous.status == PressItem.Status.PUBLISHED and item.status == PressItem.Status.DECLINED:
            raise Conflict(_("A published item cannot be declined."))
    if item.status != PressItem.Status.PUBLISHED:
        item.published_on = item.published_on if item.status == PressItem.Status.PUBLISHED else None
    _check_consistent(item)
    created = item.pk is None
    item = form.save() if form is not None else (item.full_clean() or item.save() or item)
    audit_log(actor=actor, action="lantoa.press.item_supply" if created else "lantoa.press.item_change", target=item)
    return item


@transaction.atomic
def outlet_save(*, actor, outlet: Outlet, form=None) -> Outlet:
    """Add or change an outlet (CTTT-GDCNTX and the administrator manage the list)."""
    if not queries.user_sees_all_press(actor) or not actor.has_perm("press.change_outlet"):
        raise Forbidden()
    created = outlet.pk is None
    outlet = form.save() if form is not None else (outlet.full_clean() or outlet.save() or outlet)
    audit_log(actor=actor, action="lantoa.press.outlet_create" if created else "lantoa.press.outlet_change",
              target=outlet)
    return outlet


@transaction.atomic
def press_item_publish(*, actor, item: PressItem, published_on: datetime.date, link: str = "") -> PressItem:
    _ensure_may_edit(actor=actor, item=item)
    if item.status == PressItem.Status.DECLINED:
        raise Conflict(_("A declined item cannot be marked as published."))
    item.status = PressItem.Status.PUBLISHED
    item.published_on = published_on
    item.link = link or item.link
    _check_consistent(item)
    item.save()
    audit_log(actor=actor, action="lantoa.press.item_publish", target=item,
              data={"published_on": published_on.isoformat(), "link": item.link})
    return item


@transaction.atomic
def press_item_decline(*, actor, item: PressItem, reason: str) -> PressItem:
    _ensure_may_edit(actor=actor, item=item)
    if item.status == PressItem.Status.PUBLISHED:
        raise Conflict(_("A published item cannot be declined."))
    item.status = PressItem.Status.DECLINED
    item.decline_reason = reason.strip()
    item.published_on = None
    _check_consistent(item)
    item.save()
    audit_log(actor=actor, action="lantoa.press.item_decline", target=item, data={"reason": item.decline_reason})
    return item
