import datetime

from wagtail.models import Page, Site

from lantoa.org.seed import seed as org_seed
from lantoa.plans.evidence import evidence_count
from lantoa.plans.models import ActivityTarget
from lantoa.portal.models import ArticlePage, HomePage, TopicPage
from lantoa.portal.seed import seed

from .conftest import article_publish


def test_seed_makes_the_home_page_the_site_root_and_is_idempotent(db, client):
    org_seed()

    seed()
    seed()

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()  # Wagtail's "Welcome" page
    assert TopicPage.objects.count() == 6
    articles = ArticlePage.objects.live()
    assert articles.count() >= 20
    assert {a.first_published_at.year for a in articles} == {2022, 2023, 2024, 2025, 2026}
    assert all(a.unit_id for a in articles)
    assert articles.filter(search_text__contains=" 749 qd ttg ").exists()
    home = client.get("/").content.decode()
    assert "Chuyển đổi số" in home and "/van-ban/" in home and "/cuoc-thi/" in home
    assert "Chính sách, pháp luật về chuyển đổi số" in client.get("/chuyen-doi-so/").content.decode()


def test_articles_evidence_counter_is_registered(tree, units):
    article_publish(tree.topic, title="Bài năm 2024", unit=units.school, when=datetime.date(2024, 3, 1))
    article_publish(tree.topic, title="Bài khác năm 2024", unit=units.other_school, when=datetime.date(2024, 4, 1))

    assert evidence_count(ActivityTarget.Metric.ARTICLES, year=2024, unit_ids=[units.school.pk]) == 1
