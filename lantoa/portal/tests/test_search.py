"""Vietnamese search: diacritics, case, Unicode form and đ/d ignored; title matches first."""

import datetime
import unicodedata

import pytest

from lantoa.portal.queries import SearchQuery, articles_search, highlight

from .conftest import article_publish


@pytest.fixture
def articles(tree, units):
    return {
        "title": article_publish(tree.topic, title="Đảm bảo an toàn thông tin trong trường học", unit=units.school,
                                 when=datetime.date(2023, 5, 1)),
        "body": article_publish(tree.other_topic, title="Hội nghị tổng kết năm học",
                                text="Nội dung bàn về đảm bảo an toàn thông tin cho giáo viên.",
                                unit=units.other_school, when=datetime.date(2024, 5, 1)),
        "other": article_publish(tree.topic, title="Học bạ số cho học sinh", when=datetime.date(2025, 5, 1)),
    }


def _titles(query: SearchQuery) -> list[str]:
    return [article.title for article in articles_search(query)]


def test_search_ignores_diacritics_and_case(articles):
    assert _titles(SearchQuery(text="HOC BA SO")) == ["Học bạ số cho học sinh"]


def test_search_treats_d_as_dj(articles):
    assert set(_titles(SearchQuery(text="dam bao"))) == {articles["title"].title, articles["body"].title}


def test_search_nfc_and_nfd_find_the_same(articles):
    nfc = unicodedata.normalize("NFC", "Đảm bảo")
    nfd = unicodedata.normalize("NFD", "Đảm bảo")

    assert nfc != nfd
    assert _titles(SearchQuery(text=nfd)) == _titles(SearchQuery(text=nfc)) != []


def test_search_ranks_title_matches_above_body_matches(articles):
    # the body match is newer, so only the rank puts the title match first
    assert _titles(SearchQuery(text="an toàn thông tin")) == [articles["title"].title, articles["body"].title]


def test_search_filters_by_topic_unit_and_year(articles, tree, units):
    assert _titles(SearchQuery(text="an toan", topic=tree.other_topic.pk)) == [articles["body"].title]
    assert _titles(SearchQuery(text="an toan", unit=units.school.pk)) == [articles["title"].title]
    assert _titles(SearchQuery(year=2025)) == [articles["other"].title]


def test_search_skips_drafts(tree, articles):
    articles["other"].unpublish()

    assert _titles(SearchQuery(text="học bạ số")) == []


def test_search_matches_whole_words_and_the_last_word_as_a_prefix(articles):
    assert _titles(SearchQuery(text="ba so")) == [articles["other"].title]  # "ba" is not "bảo"
    assert _titles(SearchQuery(text="hoc ba s")) == [articles["other"].title]


def test_highlight_marks_the_matching_original_text_and_escapes():
    assert highlight("Đổi mới <b> số", ["doi", "so"]) == "<mark>Đổi</mark> mới &lt;b&gt; <mark>số</mark>"


def test_search_page_highlights_and_paginates(client, tree):
    for n in range(12):
        article_publish(tree.topic, title=f"Chuyển đổi số bài {n}", when=datetime.date(2024, 1, 1 + n))

    first = client.get("/tim-kiem/", {"q": "chuyen doi so"})
    second = client.get("/tim-kiem/", {"q": "chuyen doi so", "page": 2})

    assert first.status_code == 200
    assert "<mark>Chuyển</mark> <mark>đổi</mark> <mark>số</mark> bài 11" in first.content.decode()
    assert second.content.decode().count("<mark>Chuyển</mark>") == 2


def test_search_page_with_bad_filters_is_not_an_error(client, tree):
    response = client.get("/tim-kiem/", {"q": "x", "topic": "abc", "year": "20x", "page": "zz"})

    assert response.status_code == 200


# --- The word index stays in step with what readers can see ---------------------------------


def _indexed_words(article) -> set[str]:
    from lantoa.portal.models import ArticleWord

    return set(ArticleWord.objects.filter(page_id=article.pk).values_list("word", flat=True))


def test_word_index_follows_a_published_edit(articles):
    article = articles["other"]
    draft = article.get_latest_revision_as_object()
    draft.title = "Sổ điểm điện tử"

    revision = draft.save_revision()  # a draft: readers still see the old title, and so does search

    assert _titles(SearchQuery(text="so diem")) == []
    assert _titles(SearchQuery(text="hoc ba so")) == ["Học bạ số cho học sinh"]

    revision.publish()

    assert _titles(SearchQuery(text="so diem")) == ["Sổ điểm điện tử"]
    assert _titles(SearchQuery(text="hoc ba so")) == []
    assert {"diem", "dien", "tu"} <= _indexed_words(article) and "ba" not in _indexed_words(article)


def test_word_index_drops_unpublished_and_deleted_articles(articles):
    from lantoa.portal.models import ArticlePage

    ArticlePage.objects.get(pk=articles["other"].pk).unpublish()
    ArticlePage.objects.get(pk=articles["body"].pk).delete()

    assert _indexed_words(articles["other"]) == set()
    assert _indexed_words(articles["body"]) == set()
    assert _titles(SearchQuery(text="an toan thong tin")) == [articles["title"].title]


def test_word_index_marks_title_words(articles):
    from lantoa.portal.models import ArticleWord

    rows = dict(ArticleWord.objects.filter(page_id=articles["body"].pk).values_list("word", "in_title"))

    assert (rows["hoi"], rows["nghi"], rows["dam"], rows["giao"]) == (True, True, False, False)


def test_search_reindex_command_rebuilds_the_index(articles):
    from django.core.management import call_command

    from lantoa.portal.models import ArticleWord

    ArticleWord.objects.all().delete()

    call_command("portal_search_reindex", stdout=open("/dev/null", "w"))

    assert _titles(SearchQuery(text="an toàn thông tin")) == [articles["title"].title, articles["body"].title]


def test_search_prefix_range_and_repeated_words(articles):
    assert _titles(SearchQuery(text="ba so ba")) == [articles["other"].title]  # a repeated word is one word
    assert _titles(SearchQuery(text="so s")) == [articles["other"].title]  # "s" may be "số" itself
    assert _titles(SearchQuery(text="hoc z")) == []


# --- What the search keeps per cache generation never outlives a change readers can see -------


def test_search_sees_a_publish_and_an_unpublish_at_once(articles, tree):
    assert _titles(SearchQuery(text="lua dao")) == []  # the articles of the fixture are known now

    new = article_publish(tree.topic, title="Cảnh giác lừa đảo trực tuyến", when=datetime.date(2025, 6, 1))

    assert _titles(SearchQuery(text="lua dao")) == [new.title]
    assert _titles(SearchQuery(topic=tree.topic.pk)) == [new.title, articles["other"].title, articles["title"].title]

    new.unpublish()

    assert _titles(SearchQuery(text="lua dao")) == []
    assert _titles(SearchQuery(topic=tree.topic.pk)) == [articles["other"].title, articles["title"].title]


def test_search_sees_a_live_article_saved_with_another_unit_at_once(articles, units):
    assert _titles(SearchQuery(unit=units.other_school.pk)) == [articles["body"].title]
    article = articles["title"]

    article.unit = units.other_school
    article.save()

    assert _titles(SearchQuery(unit=units.other_school.pk)) == [articles["body"].title, article.title]


def test_search_hides_the_articles_of_a_topic_behind_a_view_restriction(articles, tree):
    from wagtail.models import PageViewRestriction

    both = [articles["title"].title, articles["body"].title]
    assert _titles(SearchQuery(text="an toan thong tin")) == both

    restriction = PageViewRestriction.objects.create(page=tree.topic, restriction_type=PageViewRestriction.LOGIN)

    assert _titles(SearchQuery(text="an toan thong tin")) == [articles["body"].title]
    assert _titles(SearchQuery(year=2023)) == []

    restriction.delete()

    assert _titles(SearchQuery(text="an toan thong tin")) == both


def test_search_count_equals_the_results_over_all_pages(client, tree):
    for n in range(7):
        article_publish(tree.topic, title=f"Học bạ số đợt {n}", when=datetime.date(2024, 3, 1 + n))
    article_publish(tree.topic, title="Hội thảo")

    pages = [client.get("/api/v1/articles", {"q": "hoc ba", "page_size": 3, "page": n}).json() for n in (1, 2, 3)]

    ids = [item["id"] for page in pages for item in page["items"]]
    assert [page["count"] for page in pages] == [7, 7, 7]
    assert len(ids) == len(set(ids)) == 7
    assert len(articles_search(SearchQuery(text="hoc ba"))) == 7


def test_search_orders_articles_of_one_rank_and_date_by_the_higher_id(tree):
    first = article_publish(tree.topic, title="Học bạ số lớp một", when=datetime.date(2024, 9, 5))
    second = article_publish(tree.topic, title="Học bạ số lớp hai", when=datetime.date(2024, 9, 5))

    assert _titles(SearchQuery(text="hoc ba so")) == [second.title, first.title]
    assert _titles(SearchQuery(year=2024)) == [second.title, first.title]


def test_search_costs_two_indexed_queries_per_word_and_one_for_the_page(articles, django_assert_num_queries):
    list(articles_search(SearchQuery(text="x")))  # loads what the search keeps per generation

    with django_assert_num_queries(3 * 2 + 1):
        results = articles_search(SearchQuery(text="an toan thong"))
        assert [article.title for article in results[0:10]] == [articles["title"].title, articles["body"].title]
