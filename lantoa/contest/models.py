"""The online multiple-choice contest (SPEC §4): contests, rounds, question banks, attempts.

Integrity lives in the database where it can: one OPEN attempt per contestant and round is a
partial unique constraint, one answer per attempt and question is a unique constraint that the
answer upsert targets, and every time is a server timestamp with microsecond precision.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from lantoa.core.text import fold
from lantoa.org.models import Unit


class Contest(models.Model):
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("rules (thể lệ)"), blank=True)
    eligible_units = models.ManyToManyField(
        Unit, verbose_name=_("eligible units"), blank=True, related_name="+",
        help_text=_("Staff of these units may take part; leave empty for every unit of the sector."),
    )
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("organisers"), blank=True, related_name="+",
        help_text=_("Organisers cannot take part. Staff who may edit rounds are excluded as well."),
    )
    collective_prize_count = models.PositiveSmallIntegerField(
        _("collective prizes"), default=3, help_text=_("Units awarded for participation rate and for winners.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"), FieldPanel("slug"), FieldPanel("description"),
        FieldPanel("eligible_units"), FieldPanel("organisers"), FieldPanel("collective_prize_count"),
    ]

    class Meta:
        verbose_name = _("contest")
        verbose_name_plural = _("contests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title


class QuestionBank(models.Model):
    name = models.CharField(_("name"), max_length=160, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Question(ClusterableModel):
    class Difficulty(models.IntegerChoices):
        EASY = 1, _("Easy")
        MEDIUM = 2, _("Medium")
        HARD = 3, _("Hard")

    bank = models.ForeignKey(QuestionBank, verbose_name=_("bank"), on_delete=models.CASCADE, related_name="questions")
    number = models.PositiveIntegerField(_("number"), default=0)
    text = models.TextField(_("question"))
    topic = models.CharField(_("topic"), max_length=120, blank=True, db_index=True)
    difficulty = models.PositiveSmallIntegerField(_("difficulty"), choices=Difficulty.choices, default=Difficulty.MEDIUM)
    explanation = models.TextField(_("explanation"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    search_text = models.TextField(editable=False, blank=True, default="")

    panels = [
        FieldPanel("bank"), FieldPanel("number"), FieldPanel("text"),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("difficulty")]),
        FieldPanel("explanation"), FieldPanel("is_active"),
        InlinePanel("choices", min_num=2, max_num=6, label=_("Choices")),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["bank", "number", "id"]

    def __str__(self):
        return self.text[:80]

    def save(self, *args, **kwargs):
        self.search_text = fold(f"{self.text} {self.topic}")
        super().save(*args, **kwargs)


class Choice(models.Model):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("text"), FieldPanel("is_correct")]

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["sort_order", "id"]

    def __str__(self):
        return self.text


class Round(ClusterableModel):
    class AttemptPolicy(models.TextChoices):
        ONCE = "once", _("Once in total")
        PER_ROUND = "per_round", _("N attempts in the round (best counts)")
        DAILY = "daily", _("One a day (best of the round counts)")

    class PredictionTarget(models.TextChoices):
        ALL_CORRECT = "all_correct", _("Number of people with every answer right")
        PARTICIPANTS = "participants", _("Number of participants in the round")

    class DrawMode(models.TextChoices):
        RANDOM = "random", _("Random by topic/difficulty quotas")
        FIXED = "fixed", _("Fixed set of questions")

    contest = models.ForeignKey(Contest, verbose_name=_("contest"), on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField(_("round number"), default=1)
    title = models.CharField(_("title"), max_length=255)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    question_count = models.PositiveSmallIntegerField(_("number of questions"), default=20)
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), default=15)
    attempt_policy = models.CharField(
        _("attempts"), max_length=12, choices=AttemptPolicy.choices, default=AttemptPolicy.ONCE
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed in the round"), default=1, help_text=_("Used by the policy “N attempts in the round”.")
    )
    prediction_target = models.CharField(
        _("prediction question"), max_length=14, choices=PredictionTarget.choices, default=PredictionTarget.ALL_CORRECT
    )
    bank = models.ForeignKey(QuestionBank, verbose_name=_("question bank"), on_delete=models.PROTECT, related_name="rounds")
    draw_mode = models.CharField(_("question draw"), max_length=8, choices=DrawMode.choices, default=DrawMode.RANDOM)
    fixed_questions = models.ManyToManyField(
        Question, verbose_name=_("fixed questions"), blank=True, related_name="+",
        help_text=_("Used when the draw is a fixed set."),
    )
    shuffle = models.BooleanField(_("shuffle questions and choices"), default=True)
    prizes_first = models.PositiveSmallIntegerField(_("first prizes"), default=1)
    prizes_second = models.PositiveSmallIntegerField(_("second prizes"), default=2)
    prizes_third = models.PositiveSmallIntegerField(_("third prizes"), default=3)
    prizes_consolation = models.PositiveSmallIntegerField(_("consolation prizes"), default=5)
    actual_value = models.PositiveIntegerField(_("actual value of the prediction"), null=True, blank=True, editable=False)
    results_published_at = models.DateTimeField(_("results published at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("contest"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldRowPanel([FieldPanel("question_count"), FieldPanel("time_limit_minutes")]),
        FieldRowPanel([FieldPanel("attempt_policy"), FieldPanel("max_attempts")]),
        FieldPanel("prediction_target"),
        MultiFieldPanel(
            [FieldPanel("bank"), FieldPanel("draw_mode"), FieldPanel("shuffle"), FieldPanel("fixed_questions"),
             InlinePanel("quotas", label=_("Quotas"))],
            heading=_("Question draw"),
        ),
        FieldRowPanel([FieldPanel("prizes_first"), FieldPanel("prizes_second"), FieldPanel("prizes_third"),
                       FieldPanel("prizes_consolation")], heading=_("Prizes")),
    ]

    class Meta:
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        ordering = ["contest", "number"]
        constraints = [
            models.CheckConstraint(condition=Q(closes_at__gt=models.F("opens_at")), name="round_closes_after_opening"),
            models.UniqueConstraint(fields=["contest", "number"], name="round_number_unique"),
        ]

    def __str__(self):
        return f"{self.contest} — {self.title}"

    @property
    def time_limit(self) -> datetime.timedelta:
        return datetime.timedelta(minutes=self.time_limit_minutes)

    def is_open(self, now: datetime.datetime) -> bool:
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now: datetime.datetime) -> bool:
        return now >= self.closes_at

    @property
    def attempts_allowed(self) -> int | None:
        """Attempts a person may make in the round; None for one a day (bounded by the days)."""
        if self.attempt_policy == self.AttemptPolicy.ONCE:
            return 1
        if self.attempt_policy == self.AttemptPolicy.PER_ROUND:
            return self.max_attempts
        return None


class DrawQuota(models.Model):
    """Draw `count` questions of this topic (blank: any) and difficulty (empty: any)."""

    round = ParentalKey(Round, on_delete=models.CASCADE, related_name="quotas")
    topic = models.CharField(_("topic"), max_length=120, blank=True)
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Question.Difficulty.choices, null=True, blank=True
    )
    count = models.PositiveSmallIntegerField(_("count"))

    panels = [FieldPanel("topic"), FieldPanel("difficulty"), FieldPanel("count")]

    class Meta:
        verbose_name = _("draw quota")
        verbose_name_plural = _("draw quotas")

    def __str__(self):
        return f"{self.topic or '*'} / {self.get_difficulty_display() or '*'}: {self.count}"


class Attempt(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        EXPIRED = "expired", _("Closed at the deadline")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contest_attempts")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+", help_text="unit at the time of the attempt")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    day = models.DateField(help_text="local day the attempt started (one-a-day policy)")
    started_at = models.DateTimeField()
    deadline = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    # [[question_id, [choice_id, …]], …] in the order this contestant sees them.
    layout = models.JSONField()
    prediction = models.IntegerField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    total = models.PositiveSmallIntegerField()
    duration_ms = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "round"], condition=Q(status="open"), name="attempt_one_open_per_round"
            ),
        ]
        indexes = [
            models.Index(fields=["round", "status"], name="attempt_round_status"),
            models.Index(fields=["status", "deadline"], name="attempt_status_deadline"),
            models.Index(fields=["user", "round"], name="attempt_user_round"),
        ]

    def __str__(self):
        # Used as the audit log's label: no related object is fetched for it.
        return f"#{self.pk} (round {self.round_id}, user {self.user_id})"

    @property
    def question_ids(self) -> list[int]:
        return [qid for qid, _choices in self.layout]

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class Answer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    choice = models.ForeignKey(Choice, on_delete=models.CASCADE, related_name="+")
    saved_at = models.DateTimeField()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "question"], name="answer_one_per_question")]


class Result(models.Model):
    """A published line of a round's leaderboard: the person's counting attempt and prize."""

    class Prize(models.TextChoices):
        FIRST = "first", _("First prize")
        SECOND = "second", _("Second prize")
        THIRD = "third", _("Third prize")
        CONSOLATION = "consolation", _("Consolation prize")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="results")
    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveIntegerField()
    prize = models.CharField(max_length=12, choices=Prize.choices, blank=True)
    # The prize constraint below needs a NULL when there is no prize.
    prize_holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        ordering = ["round", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["round", "rank"], name="result_rank_unique"),
            models.UniqueConstraint(fields=["round", "user"], name="result_user_unique"),
            # One prize per person per contest.
            models.UniqueConstraint(fields=["contest", "prize_holder"], name="result_one_prize_per_contest"),
        ]


class UnitParticipation(models.Model):
    """The daily published participation of a unit in a contest (participants ÷ head-count)."""

    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="participation")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    participants = models.PositiveIntegerField()
    head_count = models.PositiveIntegerField()

    class Meta:
        ordering = ["contest", "-day", "unit"]
        constraints = [models.UniqueConstraint(fields=["contest", "unit", "day"], name="participation_unique")]

    @property
    def rate(self) -> float:
        return self.participants / self.head_count if self.head_count else 0.0
