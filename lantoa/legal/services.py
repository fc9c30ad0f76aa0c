"""Every change to the registry that is not a plain back-office edit goes through here:
permission check → change → audit log, in one transaction."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lantoa.core.audit import audit_log
from lantoa.core.errors import Forbidden, ServiceError

from .models import Document, DocumentFile, DocumentRelation, validate_pdf


def _ensure_can_change(actor) -> None:
    if actor is not None and not actor.has_perm("legal.change_document"):
        raise Forbidden()


@transaction.atomic
def document_status_refresh(*, actor=None, documents=None, today: datetime.date | None = None) -> int:
    """Apply the status rules (Document.status_on) to `documents` (all when None) and to the
    documents they replace; returns how many changed. Run after each edit and daily, so a law
    enters into force (or a replaced one steps down) on its date without anyone touching it."""
    today = today or timezone.localdate()
    if documents is None:
        qs = Document.objects.all()
    else:
        ids = {d.pk for d in documents if d.pk}
        ids |= set(DocumentRelation.objects.filter(source_id__in=ids).values_list("target_id", flat=True))
        qs = Document.objects.filter(pk__in=ids)
    changed = 0
    for document in qs.prefetch_related("incoming_relations__source"):
        new_status = document.status_on(today)
        if new_status != document.status:
            old_status, document.status = document.status, new_status
            Document.objects.filter(pk=document.pk).update(status=new_status)
            audit_log(actor=actor, action="lantoa.legal.document_status_change", target=document,
                      data={"from": old_status, "to": new_status})
            changed += 1
    return changed


@transaction.atomic
def document_file_add(*, actor, document: Document, uploaded, title: str = "") -> DocumentFile:
    """Attach a PDF; refused (ServiceError) when it is not a PDF by its bytes or too large."""
    _ensure_can_change(actor)
    try:
        validate_pdf(uploaded)
    except ValidationError as exc:
        raise ServiceError(" ".join(exc.messages), code="InvalidFile") from exc
    attachment = DocumentFile(document=document, title=title)
    attachment.file.save(uploaded.name, uploaded, save=False)
    attachment.save()
    audit_log(actor=actor, action="lantoa.legal.document_file_add", target=document,
              data={"file": attachment.filename, "size": attachment.size})
    return attachment


@transaction.atomic
def document_relate(*, actor, source: Document, target: Document, kind: str,
                    today: datetime.date | None = None) -> DocumentRelation:
    """Record that `source` replaces/amends `target`, then re-apply the status rules."""
    _ensure_can_change(actor)
    if source.pk == target.pk:
        raise ServiceError(_("A document cannot replace or amend itself."), code="InvalidRelation")
    if kind not in DocumentRelation.Kind.values:
        raise ServiceError(_("Unknown relation."), code="InvalidRelation")
    if kind == DocumentRelation.Kind.REPLACES and DocumentRelation.objects.filter(
        source=target, target=source, kind=kind
    ).exists():
        raise ServiceError(_("Two documents cannot replace each other."), code="InvalidRelation")
    relation, _created = DocumentRelation.objects.get_or_create(source=source, target=target, kind=kind)
    audit_log(actor=actor, action="lantoa.legal.document_relate", target=source,
              data={"kind": kind, "target": target.pk, "target_number": target.number})
    document_status_refresh(actor=actor, documents=[source], today=today)
    return relation
