"""Back-office building blocks shared by plans, press and budget (press and budget sit above
plans, so they may import this).

`scoped_views(scope=..., save=...)` makes Wagtail's generic model views:
- list and open only the rows `scope(user)` returns (a unit sees its own; another unit's record
  is a 404, not a 403, so ids do not leak);
- save through the app's service (`save(view) -> instance`), which checks the rights again and
  writes the audit log; a ServiceError becomes a form error, never a 500 or a half-saved record.

`UnitScopedForm` limits the form's `unit` field to the user's own unit for unit staff.
"""

from django.db import transaction
from django.http import Http404
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage

from lantoa.core.errors import ServiceError
from lantoa.org.models import Unit
from lantoa.org.roles import user_unit


class UnitScopedForm(WagtailAdminModelForm):
    """For users who may not act for every unit, the `unit` field offers only their own unit."""

    all_units_check = staticmethod(lambda user: False)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.sees_all = bool(for_user and type(self).all_units_check(for_user))
        if "unit" in self.fields and for_user is not None and not self.sees_all:
            own = user_unit(for_user)
            self.fields["unit"].queryset = Unit.objects.filter(pk=own.pk) if own else Unit.objects.none()
            if own and not self.instance.pk:
                self.fields["unit"].initial = own.pk


def _service_form_valid(view, form):
    view.form = form
    try:
        with transaction.atomic():
            view.object = view.save_instance()
    except ServiceError as exc:
        form.add_error(None, str(exc.message))
        view.produced_error_message = str(exc.message)
        return view.form_invalid(form)
    response = view.save_action()
    hook_response = view.run_after_hook()
    return hook_response if hook_response is not None else response


def scoped_views(*, scope, save=None, can_delete=None) -> dict:
    """View classes for a ModelViewSet whose rows are limited by `scope(user) -> QuerySet`."""

    def _check(view, obj):
        if obj is None or not scope(view.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj

    class IndexView(generic.IndexView):
        def get_base_queryset(self):
            return scope(self.request.user)

    class CreateView(generic.CreateView):
        def save_instance(self):
            return save(self) if save else super().save_instance()

        def form_valid(self, form):
            return _service_form_valid(self, form)

    class EditView(generic.EditView):
        def get_queryset(self):
            return scope(self.request.user)

        def save_instance(self):
            return save(self) if save else super().save_instance()

        def form_valid(self, form):
            return _service_form_valid(self, form)

    class DeleteView(generic.DeleteView):
        def get_object(self, queryset=None):
            obj = _check(self, super().get_object(queryset))
            if can_delete and not can_delete(obj):
                raise Http404
            return obj

    class InspectView(generic.InspectView):
        def get_object(self, queryset=None):
            return _check(self, super().get_object(queryset))

    class HistoryView(history.HistoryView):
        def get_object(self):
            return _check(self, super().get_object())

    class UsageView(usage.UsageView):
        def get_object(self):
            return _check(self, super().get_object())

    return {
        "index_view_class": IndexView,
        "add_view_class": CreateView,
        "edit_view_class": EditView,
        "delete_view_class": DeleteView,
        "inspect_view_class": InspectView,
        "history_view_class": HistoryView,
        "usage_view_class": UsageView,
        # Copying would open any row by id; units create new records instead.
        "copy_view_enabled": False,
    }
