"""Atom feeds of the section and of each topic (announced with <link rel="alternate">)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .queries import articles_live


class ArticleFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, page=None):
        self.request = request
        return page

    def title(self, page):
        return f"{page.title} — Sở GDĐT Quảng Ngãi"

    def link(self, page):
        return page.get_url(self.request)

    def subtitle(self, page):
        return page.intro

    def items(self, page):
        return articles_live().descendant_of(page).select_related("unit").order_by("-first_published_at", "-pk")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.sapo

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return item.author or (item.unit.name if item.unit_id else None)

    def item_categories(self, item):
        return [item.unit.display_short] if item.unit_id else []
