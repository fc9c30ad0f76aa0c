"""The rows of the search word index (models.ArticleWord) for one article's folded text.

Shared by ArticlePage.save(), the migration that built the index and `manage.py
portal_search_reindex`, so all three fold the same way (lantoa.core.text.fold_words, the
folding of `search_text` and of queries).
"""

from lantoa.core.text import fold_words

WORD_MAX_LENGTH = 100


def index_words(*, title: str, search_text: str) -> list[tuple[str, bool]]:
    """(word, in_title) for every distinct folded word of the article, sorted."""
    title_words = {word[:WORD_MAX_LENGTH] for word in fold_words(title)}
    words = {word[:WORD_MAX_LENGTH] for word in search_text.split()} | title_words
    return [(word, word in title_words) for word in sorted(words)]


def index_rebuild(*, article_model, word_model, batch_size: int = 5000, stdout=None) -> int:
    """Rebuild the whole index from the stored `search_text` of live articles; returns rows."""
    word_model.objects.all().delete()
    rows, total = [], 0
    articles = article_model.objects.filter(live=True).values_list("pk", "title", "search_text")
    for pk, title, search_text in articles.iterator(chunk_size=500):
        rows += [word_model(word=w, page_id=pk, in_title=t) for w, t in index_words(title=title, search_text=search_text)]
        if len(rows) >= batch_size:
            word_model.objects.bulk_create(rows)
            total += len(rows)
            rows = []
    word_model.objects.bulk_create(rows)
    total += len(rows)
    if stdout is not None:
        stdout.write(f"search word index: {total} rows\n")
    return total
