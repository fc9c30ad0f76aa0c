"""Contestant pages at /cuoc-thi/: the same services as the API, HTML in and out. The attempt
page works without JavaScript (one form: save or submit); with it, each answer is saved the
moment it is chosen and the server's deadline is counted down."""


from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lantoa.core.errors import ServiceError
from lantoa.core.hashers import login_hash_slot
from lantoa.core.ratelimit import ip_rate_limit_hit, rate_limit_hit

from . import queries, services
from .forms import LoginForm, RegistrationForm
from .models import Attempt, Contest, Round

LOGIN_URL = "contest:login"


def _login_url(request):
    return f"{reverse(LOGIN_URL)}?next={request.get_full_path()}"


def index(request):
    now = timezone.now()
    contests = Contest.objects.prefetch_related("rounds").order_by("-created_at")
    my_attempts = {}
    if request.user.is_authenticated:
        for attempt in Attempt.objects.filter(user=request.user).order_by("started_at"):
            my_attempts.setdefault(attempt.round_id, []).append(attempt)
    blocks = []
    for contest in contests:
        rounds = []
        for contest_round in contest.rounds.all():
            rounds.append({"round": contest_round, "status": queries.round_status(contest_round, now),
                           "attempts": my_attempts.get(contest_round.pk, [])})
        blocks.append({"contest": contest, "rounds": rounds})
    return render(request, "contest/index.html", {"blocks": blocks})


def register(request):
    if request.user.is_authenticated:
        return redirect("contest:index")
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ip_rate_limit_hit(request, scope="contest-register")
            data = form.cleaned_data
            user = services.contestant_register(
                full_name=data["full_name"], unit=data["unit"], position=data["position"], phone=data["phone"],
                email=data["email"], password=data["password1"], citizen_id=data["citizen_id"],
            )
        except ServiceError as error:
            field = error.code if error.code in form.fields else None
            form.add_error(field, str(error.message))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Your account is ready. Good luck!"))
            return redirect("contest:index")
    return render(request, "contest/register.html", {"form": form})


def login_view(request):
    form = LoginForm(request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or reverse("contest:index")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("contest:index")
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["login"].strip()
        try:
            name = services.phone_normalise(name)
        except ServiceError:
            pass  # not a phone number: a username
        try:
            ip_rate_limit_hit(request, scope="contest-login")
            with login_hash_slot():
                rate_limit_hit(key=f"login:{name.lower()}", limit=10)  # a "busy" is not a guess
                user = authenticate(request, username=name, password=form.cleaned_data["password"])
        except ServiceError as error:
            form.add_error(None, str(error.message))
        else:
            if user is None:
                form.add_error(None, _("Wrong phone number/username or password."))
            else:
                login(request, user)
                return redirect(next_url)
    return render(request, "contest/login.html", {"form": form, "next": next_url})


@require_POST
def logout_view(request):
    logout(request)
    return redirect("contest:index")


@require_POST
def attempt_start(request, round_id: int):
    if not request.user.is_authenticated:
        return redirect(f"{reverse(LOGIN_URL)}?next={reverse('contest:index')}")
    contest_round = get_object_or_404(Round, pk=round_id)
    try:
        ip_rate_limit_hit(request, scope="contest-start")
        attempt, _created = services.attempt_start(user=request.user, contest_round=contest_round)
    except ServiceError as error:
        messages.error(request, str(error.message))
        return redirect("contest:index")
    return redirect("contest:attempt", attempt_id=attempt.pk)


def attempt_page(request, attempt_id: int):
    if not request.user.is_authenticated:
        return redirect(_login_url(request))
    now = timezone.now()
    try:
        attempt = services.attempt_get_for(user=request.user, attempt_id=attempt_id, now=now)
    except ServiceError:
        raise Http404 from None
    payload = queries.attempt_payload(attempt, now=now)
    answers = payload.get("answers", {})
    correct = payload.get("correct_answers") or {}
    questions = []
    for number, question in enumerate(payload["questions"], start=1):
        chosen = answers.get(question["id"])
        questions.append({
            **question, "number": number, "chosen": chosen,
            "choices": [{**c, "checked": c["id"] == chosen, "correct": correct.get(question["id"]) == c["id"]}
                        for c in question["choices"]],
        })
    context = {
        "attempt": attempt, "round": attempt.round, "questions": questions, "payload": payload,
        "answered": len(answers), "deadline_ms": int(attempt.deadline.timestamp() * 1000),
        "now_ms": int(now.timestamp() * 1000), "show_correct": bool(correct),
    }
    return render(request, "contest/attempt.html", context)


@require_POST
def answer_save(request, attempt_id: int, question_id: int):
    """Autosave target of the attempt page's script: 204, or 4xx JSON with a message."""
    if not request.user.is_authenticated:
        return JsonResponse({"detail": _("Your session has ended. Log in again.")}, status=401)
    try:
        choice_id = int(request.POST.get("choice_id", ""))
        services.answer_save(user=request.user, attempt_id=attempt_id, question_id=question_id, choice_id=choice_id)
    except ValueError:
        return JsonResponse({"detail": _("Choose an answer.")}, status=400)
    except ServiceError as error:
        return JsonResponse({"detail": str(error.message), "code": error.code}, status=error.status_code)
    return HttpResponse(status=204)


@require_POST
def attempt_submit(request, attempt_id: int):
    """The attempt form's target: saves every chosen answer, then saves or submits. Works
    without JavaScript; an answer the deadline refused does not stop the submit."""
    if not request.user.is_authenticated:
        return redirect(_login_url(request))
    try:
        attempt = services.attempt_get_for(user=request.user, attempt_id=attempt_id)
    except ServiceError:
        raise Http404 from None
    problems = []
    if attempt.is_open:
        for qid, _cids in attempt.layout:
            value = request.POST.get(f"q{qid}")
            if not value:
                continue
            try:
                services.answer_save(user=request.user, attempt_id=attempt.pk, question_id=qid, choice_id=int(value))
            except (ValueError, ServiceError) as error:
                problems.append(getattr(error, "message", str(error)))
    if request.POST.get("action") == "save" and not problems:
        messages.success(request, _("Your answers are saved. Submit before the time runs out."))
        return redirect("contest:attempt", attempt_id=attempt.pk)
    raw = (request.POST.get("prediction") or "").strip()
    try:
        prediction = int(raw) if raw else None
        ip_rate_limit_hit(request, scope="contest-submit")
        attempt = services.attempt_submit(user=request.user, attempt_id=attempt.pk, prediction=prediction)
    except ValueError:
        messages.error(request, _("The prediction must be a whole number from 0."))
        return redirect("contest:attempt", attempt_id=attempt.pk)
    except ServiceError as error:
        messages.error(request, str(error.message))
        return redirect("contest:attempt", attempt_id=attempt.pk)
    messages.success(request, _("Submitted. Your score: %(score)s/%(total)s.") % {"score": attempt.score,
                                                                              "total": attempt.total})
    return redirect("contest:attempt", attempt_id=attempt.pk)


def round_results(request, round_id: int):
    contest_round = get_object_or_404(Round.objects.select_related("contest"), pk=round_id)
    if contest_round.results_published_at is None:
        raise Http404
    results = list(queries.leaderboard(contest_round)[:200])
    prizes = [r for r in results if r.prize]
    return render(request, "contest/results.html", {"round": contest_round, "results": results, "prizes": prizes,
                                                    "total": contest_round.results.count()})


def contest_stats(request, slug: str):
    contest = get_object_or_404(Contest, slug=slug)
    day, rows = queries.participation_latest(contest)
    return render(request, "contest/stats.html", {"contest": contest, "day": day, "rows": rows,
                                                  "collective": queries.collective_prizes(contest)})


def duration_text(ms) -> str:
    if ms is None:
        return ""
    seconds, millis = divmod(int(ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}.{millis:03d}"


