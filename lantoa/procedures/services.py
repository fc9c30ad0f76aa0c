"""Every change to the procedure catalogue: permission check → change → audit log, atomic.

Edits by a division are draft revisions (the live guide does not change); publishing makes the
latest revision live and is for Văn phòng Sở only. The Wagtail admin runs the same rules through
permissions.ProcedurePermissionPolicy.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden, ImportRejected

from .models import Procedure
from .permissions import user_can_edit, user_can_publish

EDITABLE_FIELDS = {"name", "field", "level", "summary", "result", "requirements", "portal_url", "guide_file",
                   "valid_from", "valid_to", "division"}


def procedure_ensure_can_edit(*, actor, procedure: Procedure) -> None:
    if not user_can_edit(actor, procedure):
        raise Forbidden(_("Only the division that handles this procedure (or Văn phòng Sở) may edit its guide."))


@transaction.atomic
def procedure_guide_update(*, actor, procedure: Procedure, changes: dict):
    """Save `changes` to the guide as a draft revision (the public page still shows the live
    version until Văn phòng Sở publishes). Moving a procedure to another division is the
    publisher's decision, not a division's."""
    procedure_ensure_can_edit(actor=actor, procedure=procedure)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise Forbidden(_("These fields cannot be changed here: %(fields)s.") % {"fields": ", ".join(sorted(unknown))})
    new_division = changes.get("division")
    if new_division is not None and new_division.pk != procedure.division_id and not user_can_publish(actor):
        raise Forbidden(_("Only Văn phòng Sở can move a procedure to another division."))
    for name, value in changes.items():
        setattr(procedure, name, value)
    procedure.full_clean(exclude=["legal_bases", "guide_file"])
    return procedure.save_revision(user=actor, log_action=True)


def procedure_missing_parts(procedure: Procedure) -> list[str]:
    """What a guide must have before it is published (issue 4: steps, dossier, time limit and
    fees through its channels, legal basis)."""
    missing = []
    if not procedure.steps.all():
        missing.append(_("steps"))
    if not procedure.channels.all():
        missing.append(_("submission channels with time limits and fees"))
    if not procedure.dossier.all():
        missing.append(_("dossier components"))
    if not procedure.legal_bases.all():
        missing.append(_("legal basis"))
    return missing


@transaction.atomic
def procedure_publish(*, actor, procedure: Procedure):
    """Make the latest version of the guide live. Văn phòng Sở only; refused when incomplete."""
    if not user_can_publish(actor):
        raise Forbidden(_("Only Văn phòng Sở can publish public-service guides."))
    latest = procedure.latest_revision.as_object() if procedure.latest_revision_id else procedure
    missing = procedure_missing_parts(latest)
    if missing:
        raise Conflict(_("The guide cannot be published yet; it lacks: %(parts)s.") % {"parts": ", ".join(missing)})
    revision = procedure.latest_revision if procedure.latest_revision_id else procedure.save_revision(user=actor)
    revision.publish(user=actor)
    procedure.refresh_from_db()
    return procedure


@transaction.atomic
def procedure_unpublish(*, actor, procedure: Procedure) -> Procedure:
    if not user_can_publish(actor):
        raise Forbidden(_("Only Văn phòng Sở can withdraw public-service guides."))
    procedure.unpublish(user=actor, log_action=True)
    return procedure


@transaction.atomic
def procedure_retire(*, actor, procedure: Procedure, valid_to: datetime.date | None = None) -> Procedure:
    """End a procedure's validity (abolished or replaced): it leaves the public catalogue the
    day after `valid_to` and stays in the back office and in history."""
    if not user_can_publish(actor):
        raise Forbidden(_("Only Văn phòng Sở can retire a procedure."))
    valid_to = valid_to or timezone.localdate()
    if procedure.valid_from and valid_to < procedure.valid_from:
        raise Conflict(_("The end of validity cannot be before its start."))
    procedure.valid_to = valid_to
    procedure.save(update_fields=["valid_to", "search_text", "updated_at"])
    audit_log(actor=actor, action="lantoa.procedures.procedure_retire", target=procedure,
              data={"valid_to": valid_to.isoformat()})
    return procedure


@transaction.atomic
def procedures_import(*, actor, file) -> dict[str, int]:
    """Import the catalogue from an Excel workbook: all rows or none.

    Every error of the file (with its row number) is collected before anything is written, and
    raised together as ImportRejected. Procedures are matched by code: existing ones are
    updated in place (their live state kept), new ones arrive as drafts for publishing."""
    from lantoa.legal.models import Document, number_key
    from lantoa.org.models import Unit

    from .importers import xlsx
    from .models import Channel, DossierComponent, ProcedureStep

    # actor=None is the command line (`manage.py import_procedures`), run by the server operator.
    if actor is not None and not user_can_publish(actor):
        raise Forbidden(_("Only Văn phòng Sở can import the procedure catalogue."))
    rows, errors = xlsx.parse(file)
    units = {u.code: u for u in Unit.objects.filter(code__in={r.division for r in rows})}
    documents = {}
    for document in Document.objects.filter(number_key__in={number_key(n) for r in rows for n in r.legal_bases}):
        documents.setdefault(document.number_key, document)
    for row in rows:
        if row.division not in units:
            errors.append(_("Row %(row)s: no unit with code “%(code)s”.") % {"row": row.row, "code": row.division})
        for number in row.legal_bases:
            if number_key(number) not in documents:
                errors.append(_("Row %(row)s: document %(number)s is not in the registry (/van-ban/); add it first.")
                              % {"row": row.row, "number": number})
    if errors:
        raise ImportRejected(errors=sorted(errors, key=_row_order))
    created = updated = 0
    for row in rows:
        procedure = Procedure.objects.filter(code=row.code).first()
        if procedure is None:
            procedure = Procedure(code=row.code, live=False)
            created += 1
        else:
            updated += 1
        for name in ("name", "field", "level", "summary", "result", "requirements", "valid_from", "valid_to",
                     "portal_url"):
            setattr(procedure, name, getattr(row, name))
        procedure.division = units[row.division]
        procedure.save()
        procedure.steps.all().delete()
        ProcedureStep.objects.bulk_create(
            [ProcedureStep(procedure=procedure, sort_order=i, text=text) for i, text in enumerate(row.steps)])
        procedure.channels.all().delete()
        Channel.objects.bulk_create([Channel(procedure=procedure, sort_order=i, kind=kind, time_limit=limit, fee=fee)
                                     for i, (kind, limit, fee) in enumerate(row.channels)])
        procedure.dossier.all().delete()
        DossierComponent.objects.bulk_create([DossierComponent(procedure=procedure, sort_order=i, name=name, copies=c)
                                              for i, (name, c) in enumerate(row.dossier)])
        procedure.legal_bases.set([documents[number_key(n)] for n in row.legal_bases])
        procedure.save()
        audit_log(actor=actor, action="lantoa.procedures.procedure_import", target=procedure, data={"row": row.row})
    return {"created": created, "updated": updated}


def _row_order(message: str):
    digits = "".join(ch if ch.isdigit() else " " for ch in str(message)).split()
    return (int(digits[0]) if digits else 0, str(message))


def procedures_export(*, queryset=None) -> bytes:
    from .importers import xlsx

    queryset = queryset if queryset is not None else Procedure.objects.all()
    return xlsx.export(queryset.select_related("division").prefetch_related("steps", "channels", "dossier",
                                                                          "legal_bases").order_by("code"))
