"""Demo data of this app for `manage.py seed_demo`; idempotent: the contest on digital
transformation, a bank of questions on the plan's themes, a round open now and a closed round
with published results (attempts by the first demo contestants)."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from lantoa.org.models import Unit

from . import services
from .models import Answer, Attempt, Choice, Contest, Question, QuestionBank, Round
from .seed_questions import QUESTIONS

BANK = "Tìm hiểu chuyển đổi số ngành GDĐT"
CONTEST_SLUG = "tim-hieu-chuyen-doi-so"


def seed(*, stdout=None) -> None:
    now = timezone.now()
    bank, _created = QuestionBank.objects.get_or_create(
        name=BANK, defaults={"description": "Câu hỏi về các nội dung tuyên truyền của Kế hoạch truyền thông "
                                            "về chuyển đổi số ngành GDĐT tỉnh Quảng Ngãi giai đoạn 2022 - 2025."})
    if not bank.questions.exists():
        for number, (topic, difficulty, text, choices, right) in enumerate(QUESTIONS, start=1):
            question = Question.objects.create(bank=bank, number=number, topic=topic, difficulty=difficulty, text=text)
            Choice.objects.bulk_create([Choice(question=question, text=c, is_correct=i == right, sort_order=i)
                                        for i, c in enumerate(choices)])
    contest, _created = Contest.objects.get_or_create(
        slug=CONTEST_SLUG,
        defaults={
            "title": "Cuộc thi trực tuyến tìm hiểu về chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi",
            "description": (
                "Cuộc thi dành cho cán bộ, công chức, viên chức, người lao động trong ngành GDĐT tỉnh Quảng Ngãi "
                "(Kế hoạch truyền thông về chuyển đổi số ngành GDĐT giai đoạn 2022 - 2025, mục III.4). "
                "Mỗi đợt thi gồm các câu hỏi trắc nghiệm chọn ngẫu nhiên từ ngân hàng câu hỏi và một câu dự đoán. "
                "Kết quả xếp theo: điểm cao hơn; dự đoán gần đúng hơn; thời gian làm bài ít hơn; nộp bài sớm hơn. "
                "Mỗi người nhận tối đa một giải trong cuộc thi. Ban tổ chức không tham gia dự thi."
            ),
        },
    )
    organisers = get_user_model().objects.filter(username__in=["vanphong", "cttt"])
    contest.organisers.add(*organisers)
    closed = _round(contest, bank, number=1, title="Đợt 1", opens_at=now - datetime.timedelta(days=40),
                    closes_at=now - datetime.timedelta(days=20), prediction=Round.PredictionTarget.ALL_CORRECT)
    open_round = _round(contest, bank, number=2, title="Đợt 2", opens_at=now - datetime.timedelta(days=2),
                        closes_at=now + datetime.timedelta(days=30), prediction=Round.PredictionTarget.PARTICIPANTS)
    if open_round.closes_at < now + datetime.timedelta(days=1):  # seeded long ago: keep a round open now
        open_round.opens_at = min(open_round.opens_at, now - datetime.timedelta(days=1))
        open_round.closes_at = now + datetime.timedelta(days=30)
        open_round.save()
    if closed.results_published_at is None:
        _closed_round_attempts(closed)
        services.round_results_publish(contest_round=closed, actor=None, now=now)
        services.participation_snapshot(contest=contest, day=timezone.localdate(now))
    if stdout:
        stdout.write(f"contest: {bank.questions.count()} questions, rounds “{closed.title}” (published) and "
                     f"“{open_round.title}” (open until {timezone.localtime(open_round.closes_at):%d/%m/%Y})")


def _round(contest, bank, *, number, title, opens_at, closes_at, prediction):
    contest_round, created = Round.objects.get_or_create(
        contest=contest, number=number,
        defaults={"title": title, "opens_at": opens_at, "closes_at": closes_at, "bank": bank, "question_count": 10,
                  "time_limit_minutes": 15, "prediction_target": prediction},
    )
    if created:
        contest_round.quotas.create(topic="", difficulty=1, count=4)
        contest_round.quotas.create(topic="", difficulty=2, count=4)
        contest_round.quotas.create(topic="", difficulty=3, count=2)
        contest_round.save()
    return contest_round


def _closed_round_attempts(contest_round: Round, people: int = 20) -> None:
    """Finished attempts of thisinh1…20 in the closed round (only when they exist)."""
    users = list(get_user_model().objects.filter(username__in=[f"thisinh{n}" for n in range(1, people + 1)])
                 .select_related("profile"))
    rng = random.Random(2024)
    correct = dict(Choice.objects.filter(question__bank=contest_round.bank, is_correct=True)
                   .values_list("question_id", "pk"))
    fallback_unit = Unit.objects.internal().first()
    for user in users:
        if Attempt.objects.filter(round=contest_round, user=user).exists():
            continue
        started = contest_round.opens_at + datetime.timedelta(days=rng.randint(0, 19), minutes=rng.randint(0, 600))
        layout = services.questions_draw(contest_round=contest_round, rng=rng)
        duration = datetime.timedelta(milliseconds=rng.randint(90_000, 840_000))
        profile = getattr(user, "profile", None)
        attempt = Attempt.objects.create(
            round=contest_round, user=user, unit=profile.unit if profile else fallback_unit,
            status=Attempt.Status.SUBMITTED, day=timezone.localdate(started), started_at=started,
            deadline=started + contest_round.time_limit, submitted_at=started + duration, layout=layout,
            total=len(layout), prediction=rng.randint(5, 40), duration_ms=int(duration.total_seconds() * 1000),
        )
        answers = []
        for qid, cids in layout:
            choice = correct[qid] if rng.random() < 0.8 else rng.choice(cids)
            answers.append(Answer(attempt=attempt, question_id=qid, choice_id=choice, saved_at=started))
        Answer.objects.bulk_create(answers)
        attempt.score = sum(1 for a in answers if correct[a.question_id] == a.choice_id)
        attempt.save(update_fields=["score"])
