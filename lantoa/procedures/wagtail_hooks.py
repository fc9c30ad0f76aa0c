"""Back office: the procedure catalogue as a snippet with drafts (DraftStateMixin), its rights
from permissions.ProcedurePermissionPolicy, and Excel import/export screens."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from lantoa.core.errors import ImportRejected, ServiceError
from lantoa.core.text import fold_words

from . import services
from .forms import ImportForm
from .models import Procedure
from .permissions import PUBLISH, user_can_edit, user_can_publish


class ProcedureFilterSet(WagtailFilterSet):
    class Meta:
        model = Procedure
        fields = ["level", "division", "field", "live"]


class ProcedureIndexView(IndexView):
    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        for word in fold_words(self.search_query):
            queryset = queryset.filter(search_text__contains=word)
        return queryset

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(Button(_("Export to Excel"), url=reverse("procedures_export"), icon_name="download"))
        if user_can_publish(self.request.user):
            buttons.append(Button(_("Import from Excel"), url=reverse("procedures_import"), icon_name="upload"))
        return buttons


class ProcedureEditView(EditView):
    def get_object(self, queryset=None):
        procedure = super().get_object(queryset)
        # The snippet edit view checks the model permission only; a division's right is per procedure.
        if not user_can_edit(self.request.user, procedure):
            raise PermissionDenied
        return procedure


class ProcedureViewSet(SnippetViewSet):
    model = Procedure
    icon = "form"
    menu_label = pgettext_lazy("procedures", "Public services")
    menu_order = 320
    add_to_admin_menu = True
    index_view_class = ProcedureIndexView
    edit_view_class = ProcedureEditView
    list_display = ["code", "name", "level", "division", "field", "valid_to"]
    list_export = ["code", "name", "field", "level", "division", "valid_from", "valid_to", "live"]
    filterset_class = ProcedureFilterSet
    ordering = ["field", "name"]
    copy_view_enabled = False
    edit_handler = TabbedInterface([
        ObjectList([
            FieldRowPanel([FieldPanel("code", permission=PUBLISH), FieldPanel("level")]),
            FieldPanel("name"),
            FieldPanel("field"),
            FieldPanel("division", permission=PUBLISH),
            FieldPanel("summary"),
            FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
            FieldPanel("portal_url"),
        ], heading=pgettext_lazy("procedures", "Procedure")),
        ObjectList([
            InlinePanel("steps", heading=pgettext_lazy("procedures", "Steps"), label=pgettext_lazy("procedures", "Step"), min_num=1),
            InlinePanel("channels", heading=gettext_lazy("Submission channels, time limits and fees"),
                        label=pgettext_lazy("procedures", "Channel"), min_num=1),
            InlinePanel("dossier", heading=gettext_lazy("Dossier"), label=pgettext_lazy("procedures", "Component"), min_num=1),
            FieldPanel("requirements"),
            FieldPanel("result"),
            FieldPanel("legal_bases"),
        ], heading=pgettext_lazy("procedures", "Contents")),
        ObjectList([
            MultiFieldPanel([FieldPanel("guide_file")], heading=gettext_lazy("Downloadable guide")),
            InlinePanel("guide_steps", heading=gettext_lazy("Illustrated step-by-step guide"),
                        label=gettext_lazy("Guide step")),
        ], heading=pgettext_lazy("procedures", "Guide")),
    ])


def import_view(request):
    if not user_can_publish(request.user):
        raise PermissionDenied
    errors = []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = services.procedures_import(actor=request.user, file=form.cleaned_data["file"])
        except ImportRejected as exc:
            errors = [str(e) for e in exc.errors]
            messages.error(request, exc.message)
        except ServiceError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Imported: %(created)s new, %(updated)s updated.") % result)
            return redirect("wagtailsnippets_procedures_procedure:list")
    return TemplateResponse(request, "procedures/admin/import.html", {
        "form": form, "errors": errors, "page_title": _("Import procedures from Excel"),
    })


def export_view(request):
    if not request.user.has_perm("procedures.view_procedure"):
        raise PermissionDenied
    response = HttpResponse(
        services.procedures_export(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="thu-tuc-{timezone.localdate():%Y%m%d}.xlsx"'
    return response


@hooks.register("register_admin_urls")
def register_procedures_admin_urls():
    return [
        path("procedures/import/", import_view, name="procedures_import"),
        path("procedures/export/", export_view, name="procedures_export"),
    ]


@hooks.register("register_log_actions")
def register_procedures_log_actions(actions):
    actions.register_action("lantoa.procedures.procedure_retire", gettext_lazy("Retire procedure"),
                            gettext_lazy("Procedure retired"))
    actions.register_action("lantoa.procedures.procedure_import", gettext_lazy("Import procedure"),
                            gettext_lazy("Procedure imported from Excel"))


register_snippet(ProcedureViewSet)
