"""Back office of the contest: contests, rounds, question banks and questions (Wagtail
ViewSets), plus one tools screen: import/export of banks, results publication, Excel exports."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from lantoa.core.errors import ServiceError

from . import exports, services
from .importers import FORMATS, aiken, format_guess, gift, parse, xlsx
from .models import Contest, Question, QuestionBank, Round

ACTIONS = [
    ("lantoa.contest.contestant_register", _("Register contestant"), _("Contestant registered")),
    ("lantoa.contest.attempt_start", _("Start attempt"), _("Attempt started")),
    ("lantoa.contest.attempt_submit", _("Submit attempt"), _("Attempt submitted")),
    ("lantoa.contest.attempt_expire", _("Close overdue attempt"), _("Attempt closed at its deadline")),
    ("lantoa.contest.results_publish", _("Publish results"), _("Results published")),
    ("lantoa.contest.questions_import", _("Import questions"), _("Questions imported")),
]


@hooks.register("register_log_actions")
def register_contest_log_actions(actions):
    for action, label, message in ACTIONS:
        actions.register_action(action, label, message)


class ContestViewSet(ModelViewSet):
    name = "contest_contest"
    url_prefix = "contest/contest"
    model = Contest
    icon = "trophy"
    menu_label = _("Contests")
    list_display = ["title", "slug", "created_at"]
    search_fields = ["title"]


class RoundViewSet(ModelViewSet):
    name = "contest_round"
    url_prefix = "contest/round"
    model = Round
    icon = "date"
    menu_label = _("Rounds")
    list_display = ["title", "contest", "opens_at", "closes_at", "question_count", "results_published_at"]
    list_filter = ["contest"]
    search_fields = ["title"]


class QuestionBankViewSet(ModelViewSet):
    name = "contest_questionbank"
    url_prefix = "contest/questionbank"
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["name"]
    search_fields = ["name"]


class QuestionViewSet(ModelViewSet):
    name = "contest_question"
    url_prefix = "contest/question"
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["text", "bank", "topic", "difficulty", "is_active"]
    list_filter = ["bank", "difficulty", "is_active"]
    search_fields = ["text", "topic"]
    list_per_page = 50


class ContestGroup(ModelViewSetGroup):
    menu_label = _("Contest")
    menu_icon = "trophy"
    menu_order = 300
    items = (ContestViewSet, RoundViewSet, QuestionBankViewSet, QuestionViewSet)


@hooks.register("register_admin_viewset")
def register_contest_viewsets():
    return ContestGroup()


# --- Tools: import/export, publication ------------------------------------------------------


class ImportForm(forms.Form):
    bank = forms.ModelChoiceField(label=_("Question bank"), queryset=QuestionBank.objects.all(), required=False)
    new_bank = forms.CharField(label=_("…or a new bank named"), required=False, max_length=160)
    file = forms.FileField(label=_("File (.xlsx, .docx, .gift, Aiken .txt)"))
    format = forms.ChoiceField(label=_("Format"), choices=[("", _("From the file extension"))]
                               + [(f, f) for f in FORMATS], required=False)
    replace = forms.BooleanField(label=_("Replace the bank's questions"), required=False)

    def clean(self):
        data = super().clean()
        if not data.get("bank") and not (data.get("new_bank") or "").strip():
            raise forms.ValidationError(_("Choose a bank or name a new one."))
        return data


def _organiser_only(request):
    if not services.user_is_organiser(user=request.user):
        raise PermissionDenied


def tools_view(request):
    _organiser_only(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        try:
            parsed = parse(upload.read(), fmt=data["format"] or format_guess(upload.name))
            bank = data["bank"] or QuestionBank.objects.get_or_create(name=data["new_bank"].strip())[0]
            count = services.questions_import(bank=bank, parsed=parsed, actor=request.user, replace=data["replace"])
        except ServiceError as error:
            errors = [str(e) for e in getattr(error, "errors", [])] or [str(error.message)]
            messages.error(request, str(error.message))
        else:
            messages.success(request, _t("%(n)d question(s) imported into “%(bank)s”.") % {"n": count, "bank": bank})
            return redirect("contest_tools")
    context = {
        "form": form, "errors": errors, "banks": QuestionBank.objects.all(),
        "rounds": Round.objects.select_related("contest").order_by("-opens_at"), "contests": Contest.objects.all(),
        "page_title": _t("Contest tools"), "header_title": _t("Contest tools"),
    }
    return TemplateResponse(request, "contest/admin/tools.html", context)


def bank_export(request, bank_id: int, fmt: str):
    _organiser_only(request)
    bank = get_object_or_404(QuestionBank, pk=bank_id)
    questions = bank.questions.prefetch_related("choices").order_by("number", "pk")
    if fmt == "xlsx":
        response = HttpResponse(xlsx.export(questions),
                                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    elif fmt == "gift":
        response = HttpResponse(gift.export(questions), content_type="text/plain; charset=utf-8")
    elif fmt == "aiken":
        response = HttpResponse(aiken.export(questions), content_type="text/plain; charset=utf-8")
    else:
        raise PermissionDenied
    ext = {"xlsx": "xlsx", "gift": "gift", "aiken": "txt"}[fmt]
    response["Content-Disposition"] = f'attachment; filename="ngan-hang-{bank.pk}.{ext}"'
    return response


def round_publish(request, round_id: int):
    _organiser_only(request)
    if request.method != "POST":
        return redirect("contest_tools")
    contest_round = get_object_or_404(Round, pk=round_id)
    try:
        count = services.round_results_publish(contest_round=contest_round, actor=request.user)
    except ServiceError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _t("Results published: %(n)d people ranked.") % {"n": count})
    return redirect("contest_tools")


def round_results_export(request, round_id: int):
    _organiser_only(request)
    contest_round = get_object_or_404(Round, pk=round_id)
    response = HttpResponse(exports.results_xlsx(contest_round),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="ket-qua-dot-{contest_round.pk}.xlsx"'
    return response


def contest_prizes_export(request, contest_id: int):
    _organiser_only(request)
    contest = get_object_or_404(Contest, pk=contest_id)
    response = HttpResponse(exports.prizes_xlsx(contest),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="giai-thuong-{contest.slug}.xlsx"'
    return response


def contest_participation_publish(request, contest_id: int):
    _organiser_only(request)
    if request.method == "POST":
        services.participation_snapshot(contest=get_object_or_404(Contest, pk=contest_id))
        messages.success(request, _t("Today's participation by unit is published."))
    return redirect("contest_tools")


@hooks.register("register_admin_urls")
def register_contest_admin_urls():
    return [
        path("contest/tools/", tools_view, name="contest_tools"),
        path("contest/banks/<int:bank_id>/export/<str:fmt>/", bank_export, name="contest_bank_export"),
        path("contest/rounds/<int:round_id>/publish/", round_publish, name="contest_round_publish"),
        path("contest/rounds/<int:round_id>/results.xlsx", round_results_export, name="contest_round_results"),
        path("contest/contests/<int:contest_id>/prizes.xlsx", contest_prizes_export, name="contest_prizes"),
        path("contest/contests/<int:contest_id>/participation/", contest_participation_publish,
             name="contest_participation_publish"),
    ]


class OrganiserMenuItem(MenuItem):
    def is_shown(self, request):
        return services.user_is_organiser(user=request.user)


@hooks.register("register_admin_menu_item")
def register_contest_tools_menu_item():
    return OrganiserMenuItem(_("Contest tools"), reverse("contest_tools"), icon_name="download", order=301)


