from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    name = "lantoa.legal"
    label = "legal"
    verbose_name = _("Legal documents")

    def ready(self):
        from .linking import link_table_invalidate
        from .models import Document, DocumentRelation

        # Any change to a document (number, visibility, deletion) can change which numbers link.
        for model in (Document, DocumentRelation):
            post_save.connect(link_table_invalidate, sender=model, dispatch_uid=f"legal-links-save-{model.__name__}")
            post_delete.connect(link_table_invalidate, sender=model, dispatch_uid=f"legal-links-del-{model.__name__}")
