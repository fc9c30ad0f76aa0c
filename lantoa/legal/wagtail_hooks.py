"""Back office for the registry: Documents (with files and relations inline) and Document types,
under one "Legal documents" menu group. Edits are logged by Wagtail's own create/edit actions;
after each save the status rules run (services.document_status_refresh), logged as well."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from lantoa.core.text import fold_words

from . import services
from .models import Document, DocumentType, number_key


class DocumentFilterSet(WagtailFilterSet):
    year = django_filters.NumberFilter(field_name="issued_on__year", label=_("Year"))

    class Meta:
        model = Document
        fields = ["doc_type", "status", "field", "is_public"]


def _fold_search(queryset, query: str):
    condition = Q()
    for word in fold_words(query):
        condition &= Q(search_text__contains=word)
    keys = number_key(query)
    if keys:
        condition |= Q(number_key__contains=keys)
    return queryset.filter(condition)


class DocumentIndexView(generic.IndexView):
    def search_queryset(self, queryset):
        return _fold_search(queryset, self.search_query) if self.is_searching else queryset


class StatusRefreshMixin:
    def save_instance(self):
        instance = super().save_instance()
        services.document_status_refresh(actor=self.request.user, documents=[instance])
        instance.refresh_from_db(fields=["status"])
        return instance


class DocumentCreateView(StatusRefreshMixin, generic.CreateView):
    pass


class DocumentEditView(StatusRefreshMixin, generic.EditView):
    pass


class DocumentViewSet(ModelViewSet):
    model = Document
    icon = "doc-full"
    menu_label = pgettext_lazy("legal", "Documents")
    index_view_class = DocumentIndexView
    add_view_class = DocumentCreateView
    edit_view_class = DocumentEditView
    list_display = ["number", "title", "doc_type", "issuer_name", "issued_on", "status"]
    list_export = ["number", "doc_type", "issuer_name", "signer", "issued_on", "effective_on", "expires_on",
                   "status", "field", "title", "summary"]
    filterset_class = DocumentFilterSet
    search_fields = ["search_text"]
    ordering = ["-issued_on"]
    copy_view_enabled = False
    inspect_view_enabled = True
    panels = [
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type")]),
            FieldRowPanel([FieldPanel("issuer_name"), FieldPanel("issuer")]),
            FieldPanel("signer"),
            FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on"), FieldPanel("expires_on")]),
        ], heading=_("Identification")),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("field"), FieldPanel("status")]),
        FieldPanel("source_url"),
        FieldPanel("is_public"),
        InlinePanel("files", heading=pgettext_lazy("legal", "PDF files"), label=pgettext_lazy("legal", "File")),
        InlinePanel("relations", heading=_("Replaces / amends"), label=_("Relation")),
    ]


class DocumentTypeViewSet(ModelViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = _("Document types")
    list_display = ["code", "name", "name_en", "sort_order"]
    form_fields = ["code", "name", "name_en", "sort_order"]
    copy_view_enabled = False


class LegalViewSetGroup(ModelViewSetGroup):
    menu_label = _("Legal documents")
    menu_icon = "doc-full-inverse"
    menu_order = 310
    items = (DocumentViewSet("legal_documents"), DocumentTypeViewSet("legal_document_types"))


@hooks.register("register_admin_viewset")
def register_legal_viewsets():
    return LegalViewSetGroup()


@hooks.register("register_log_actions")
def register_legal_log_actions(actions):
    actions.register_action("lantoa.legal.document_status_change", _("Change document status"),
                            _("Document status changed by the status rules"))
    actions.register_action("lantoa.legal.document_file_add", _("Attach file"), _("PDF file attached"))
    actions.register_action("lantoa.legal.document_relate", _("Relate documents"), _("Relation recorded"))
