import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.portal.cache import generation_bump
from lantoa.portal.models import ArticlePage
from lantoa.portal.seed import home_ensure, section_ensure, topics_ensure
from lantoa.portal.workflow import editorial_setup


@pytest.fixture(autouse=True)
def _fresh_generation(request):
    """Each test with a database starts a new cache generation, as a cleared Redis cache does: the
    file that holds the generation outlives the rolled-back data of the previous test, and so
    would what the search keeps per generation."""
    if "db" in request.fixturenames:
        request.getfixturevalue("db")
        generation_bump()


@pytest.fixture
def tree(db):
    """Home (Site root), the section with its six topics, the workflow and page permissions."""
    home = home_ensure()
    section = section_ensure(home)
    topics = topics_ensure(section)
    editorial_setup(section=section)
    return SimpleNamespace(home=home, section=section, topics=topics, topic=topics["an-toan-thong-tin"],
                           other_topic=topics["chinh-sach-phap-luat"])


def article_publish(topic, *, title, sapo="Tóm tắt bài viết.", text="", unit=None, when=None, **fields) -> ArticlePage:
    """A live article (arranged directly, not through the workflow)."""
    body = [("paragraph", f"<p>{text}</p>")] if text else []
    article = ArticlePage(title=title, sapo=sapo, body=body, unit=unit, **fields)
    topic.add_child(instance=article)
    article.save_revision().publish()
    if when is not None:
        moment = timezone.make_aware(datetime.datetime.combine(when, datetime.time(9, 0)))
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=moment, last_published_at=moment)
        generation_bump()  # as any change of live articles outside save() must
        article.refresh_from_db()
    return article


@pytest.fixture
def units(db):
    return SimpleNamespace(
        school=UnitFactory(code="thpt-a", name="Trường THPT A", short_name="THPT A"),
        other_school=UnitFactory(code="thpt-b", name="Trường THPT B", short_name="THPT B"),
        reviewer_division=UnitFactory(code="cttt-gdcntx", name="Phòng CTTT-GDCNTX", kind="division"),
        office=UnitFactory(code="van-phong", name="Văn phòng Sở", kind="division"),
    )


@pytest.fixture
def people(units, tree):
    roles_sync()
    return SimpleNamespace(
        contributor=staff_user(role=Role.CONTRIBUTOR, unit=units.school, username="bientap-a"),
        other_contributor=staff_user(role=Role.CONTRIBUTOR, unit=units.other_school, username="bientap-b"),
        reviewer=staff_user(role=Role.REVIEWER, unit=units.reviewer_division, username="thamdinh"),
        publisher=staff_user(role=Role.PUBLISHER, unit=units.office, username="vanphong-test"),
    )
