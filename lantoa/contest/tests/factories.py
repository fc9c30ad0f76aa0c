import datetime

import factory
from django.utils import timezone

from lantoa.contest.models import Choice, Contest, Question, QuestionBank, Round
from lantoa.org.roles import Role
from lantoa.org.tests.factories import StaffProfileFactory, UnitFactory, UserFactory


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contest

    title = factory.Sequence(lambda n: f"Cuộc thi tìm hiểu chuyển đổi số {n}")
    slug = factory.Sequence(lambda n: f"cuoc-thi-{n}")


class QuestionBankFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionBank

    name = factory.Sequence(lambda n: f"Ngân hàng {n}")


def question_make(*, bank, number=1, topic="", difficulty=2, choices=4, correct=0, text=None):
    question = Question.objects.create(bank=bank, number=number, text=text or f"Câu hỏi {number}?", topic=topic,
                                       difficulty=difficulty)
    for i in range(choices):
        Choice.objects.create(question=question, text=f"Phương án {i + 1} của câu {number}", is_correct=i == correct,
                              sort_order=i)
    return question


def bank_make(*, size=12, topics=("Chính sách",), name=None):
    bank = QuestionBankFactory(**({"name": name} if name else {}))
    for n in range(1, size + 1):
        question_make(bank=bank, number=n, topic=topics[n % len(topics)], difficulty=1 + n % 3)
    return bank


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round

    contest = factory.SubFactory(ContestFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Đợt {n + 1}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    question_count = 5
    time_limit_minutes = 15
    bank = factory.LazyFunction(lambda: bank_make(size=12))


def contestant_make(*, unit=None, username=None):
    user = UserFactory(roles=[Role.CONTESTANT], **({"username": username} if username else {}))
    StaffProfileFactory(user=user, unit=unit or UnitFactory())
    return user


def correct_choice_id(question_id: int) -> int:
    return Choice.objects.get(question_id=question_id, is_correct=True).pk


def wrong_choice_id(question_id: int) -> int:
    return Choice.objects.filter(question_id=question_id, is_correct=False).first().pk
