from django.core.management.base import BaseCommand
from django.db import transaction

from lantoa.portal.cache import generation_bump
from lantoa.portal.models import ArticlePage, ArticleWord
from lantoa.portal.search_index import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the portal's search word index from the folded text of live articles."

    def handle(self, *args, **options):
        with transaction.atomic():
            for article in ArticlePage.objects.filter(live=True).iterator():
                article.search_fields_update()
                ArticlePage.objects.filter(pk=article.pk).update(
                    title_folded=article.title_folded, search_text=article.search_text
                )
            index_rebuild(article_model=ArticlePage, word_model=ArticleWord, stdout=self.stdout)
            generation_bump()
