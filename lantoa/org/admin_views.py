"""Back-office screens of org that are not plain model CRUD: Excel imports and "new staff
member" (user + role + unit in one form). They call the same services as the commands."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lantoa.core.errors import ImportRejected, ServiceError

from . import services
from .admin_ui import PageTitleBreadcrumbMixin
from .models import Unit
from .people import person_name
from .queries import units_active_on
from .roles import Role

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

IMPORTS = {
    "units": {
        "title": _("Import units from Excel"),
        "perms": ("org.add_unit", "org.change_unit"),
        "service": services.units_import,
        "template": services.units_import_template,
        "filename": "mau-nhap-don-vi.xlsx",
        "columns": services.UNIT_COLUMNS,
        "success_url": "unit:index",
    },
    "staff": {
        "title": _("Import staff from Excel"),
        "perms": ("auth.add_user", "auth.change_user", "org.add_staffprofile", "org.change_staffprofile"),
        "service": services.staff_import,
        "template": services.staff_import_template,
        "filename": "mau-nhap-can-bo.xlsx",
        "columns": services.STAFF_COLUMNS,
        "success_url": "staffprofile:index",
    },
}


def can_import(user, kind: str) -> bool:
    return user.is_active and user.has_perms(IMPORTS[kind]["perms"])


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"), widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}))


class ImportView(PageTitleBreadcrumbMixin, WagtailAdminTemplateMixin, FormView):
    form_class = ImportForm
    template_name = "org/admin/import.html"
    header_icon = "upload"
    kind = "units"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user, self.kind):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return IMPORTS[self.kind]["title"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = IMPORTS[self.kind]["columns"]
        context["template_url"] = reverse(f"org_import_{self.kind}_template")
        context["errors"] = getattr(self, "import_errors", None)
        return context

    def form_valid(self, form):
        try:
            counts = IMPORTS[self.kind]["service"](actor=self.request.user, file=form.cleaned_data["file"])
        except ImportRejected as exc:
            self.import_errors = exc.errors
            messages.error(self.request, exc.message)
            return self.form_invalid(form)
        except ServiceError as exc:
            messages.error(self.request, exc.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Imported: %(created)s new, %(updated)s updated.") % counts)
        return redirect(IMPORTS[self.kind]["success_url"])


def import_template(request, kind: str):
    if not can_import(request.user, kind):
        raise PermissionDenied
    response = HttpResponse(IMPORTS[kind]["template"](), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{IMPORTS[kind]["filename"]}"'
    return response


class StaffUserForm(forms.Form):
    username = forms.RegexField(label=_("Username"), max_length=150, regex=r"^[\w.@+-]+$")
    last_name = forms.CharField(label=_("Family and middle name"), max_length=150)
    first_name = forms.CharField(label=_("Given name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), required=False)
    password = forms.CharField(
        label=_("Password"), widget=forms.PasswordInput, required=False,
        help_text=_("Leave empty to let the person set one with “forgot password”."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=[("", _("(no role)"))] + list(Role.choices), required=False)
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.none())
    position = forms.CharField(label=_("Position"), max_length=120, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units_active_on().internal()

    def clean_password(self):
        from django.contrib.auth.password_validation import validate_password

        password = self.cleaned_data["password"]
        if password:
            validate_password(password)
        return password


class StaffUserCreateView(PageTitleBreadcrumbMixin, WagtailAdminTemplateMixin, FormView):
    form_class = StaffUserForm
    template_name = "org/admin/staff_user_form.html"
    page_title = _("New staff member")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_active and request.user.has_perms(["auth.add_user", "org.add_staffprofile"])):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            user = services.staff_user_create(
                actor=self.request.user, username=data["username"], first_name=data["first_name"],
                last_name=data["last_name"], email=data["email"], password=data["password"] or None,
                role=data["role"] or None, unit=data["unit"], position=data["position"], phone=data["phone"],
            )
        except ServiceError as exc:
            form.add_error(None, exc.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Staff member “%(name)s” created.") % {"name": person_name(user)})
        return redirect("staffprofile:index")
