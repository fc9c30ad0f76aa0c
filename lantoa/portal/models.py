"""The "Chuyển đổi số" section of the sector portal as Wagtail pages.

Home → section (/chuyen-doi-so/) → six topics (part II of the plan) → articles. Articles keep a
folded copy of their text (`search_text`, `title_folded`, see lantoa.core.text.fold) so that the
Vietnamese search behaves identically on SQLite and PostgreSQL.
"""

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from lantoa.core.text import fold_words, slug_vi

from .cache import generation_bump
from .search_index import WORD_MAX_LENGTH, index_words

# --- StreamField blocks ---------------------------------------------------------------------


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(label=_("alternative text"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "portal/blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    source = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "portal/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "portal/blocks/document.html"


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing (no iframe, no third-party request) until the reader clicks."""

    url = blocks.URLBlock(label=_("video URL (YouTube or MP4)"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    poster = ImageChooserBlock(label=_("poster image"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "portal/blocks/video.html"


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    table = TableBlock(label=_("table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "portal/blocks/table.html"


BODY_BLOCKS = [
    ("paragraph", blocks.RichTextBlock(label=_("Paragraph"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"])),
    ("image", FigureBlock()),
    ("quote", QuoteBlock()),
    ("document", DocumentBlock()),
    ("table", TableWithCaptionBlock()),
    ("video", VideoBlock()),
]


def search_words(text: str) -> str:
    """The folded words of `text` between single spaces, with a space at each end, so that a
    query word can be matched as a whole word (" so ") or a word's beginning (" chuy")."""
    return " " + " ".join(fold_words(text)) + " "


def body_plain_text(body) -> str:
    """The readable text of a StreamField body (for search, descriptions and JSON-LD)."""
    parts = []
    for block in body:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(strip_tags(str(value.source if hasattr(value, "source") else value)))
        elif block.block_type == "quote":
            parts += [value.get("text", ""), value.get("source", "")]
        elif block.block_type == "image":
            parts += [value.get("caption", ""), value.get("alt_text", "")]
        elif block.block_type == "document":
            parts.append(value.get("title") or "")
        elif block.block_type == "table":
            parts.append(value.get("caption", ""))
            for row in (value.get("table") or {}).get("data") or []:
                parts += [cell or "" for cell in row]
        elif block.block_type == "video":
            parts.append(value.get("title", ""))
    return " ".join(p for p in parts if p)


# --- Pages ------------------------------------------------------------------------------------


class CachedPageMixin:
    """Marks anonymous renders of this page for the anonymous page cache (middleware.py).

    Restricted pages never reach serve() for anonymous readers (Wagtail's view-restriction hook
    answers first with a login redirect or password form), so what arrives here is public.
    """

    def full_clean(self, *args, **kwargs):
        # ASCII slugs ("bao-ve-du-lieu"), however the title is typed: URLs that survive e-mail and Zalo.
        if not self.slug and self.title:
            self.slug = slug_vi(self.title)[:80].strip("-")
        elif self.slug and not self.slug.isascii():
            self.slug = slug_vi(self.slug)[:80].strip("-")
        super().full_clean(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated and not getattr(request, "is_preview", False):
            response.portal_cacheable = True
        return response


class FeedPageMixin(RoutablePageMixin):
    """An Atom feed of the articles below this page at <page>/feed/."""

    @path("feed/")
    def feed(self, request):
        from .feeds import ArticleFeed

        return ArticleFeed()(request, page=self)


class HomePage(CachedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["portal.SectionPage", "portal.StandardPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "portal/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Articles in one query (by their stored url_path, with what the page shows joined in)
        instead of Wagtail's one query per tree level; everything else routes as usual."""
        if len(path_components) >= 2:
            url_path = self.url_path + "/".join(path_components) + "/"
            article = (
                ArticlePage.objects.live().filter(url_path=url_path)
                .select_related("unit", "activity", "cover_image", "view_counter")
                .prefetch_related("cover_image__renditions")
                .first()
            )
            if article is not None:
                return article.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .queries import articles_latest, section_first

        context = super().get_context(request, *args, **kwargs)
        context["section"] = section_first()
        context["latest"] = articles_latest(limit=7)
        return context


class SectionPage(CachedPageMixin, FeedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.TopicPage"]
    template = "portal/section_page.html"

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def get_context(self, request, *args, **kwargs):
        from .queries import articles_latest, topics_of

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = topics_of(self)
        context["latest"] = articles_latest(section=self, limit=10)
        return context


class TopicPage(CachedPageMixin, FeedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    plan_reference = models.CharField(
        _("plan reference"), max_length=200, blank=True, help_text=_("Where the plan sets this topic, e.g. Mục II.1.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("plan_reference")]
    parent_page_types = ["portal.SectionPage"]
    subpage_types = ["portal.ArticlePage"]
    template = "portal/topic_page.html"

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from .queries import articles_live

        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(articles_live().child_of(self).order_by("-first_published_at", "-pk"), 12)
        context["articles"] = paginator.get_page(request.GET.get("page"))
        return context


class StandardPage(CachedPageMixin, Page):
    """A plain page (introduction, contacts …) under the home page."""

    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list = []
    template = "portal/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("portal.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePageForm(WagtailAdminPageForm):
    """A contributor's article is their unit's: the unit field offers only that unit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from lantoa.org.models import Unit
        from lantoa.org.roles import user_unit

        from .services import user_is_contributor_only

        if "unit" in self.fields and user_is_contributor_only(self.for_user):
            unit = user_unit(self.for_user)
            self.fields["unit"].queryset = Unit.objects.filter(pk=unit.pk if unit else None)
            self.fields["unit"].required = True
            self.fields["unit"].empty_label = None
            if unit and not self.initial.get("unit"):
                self.initial["unit"] = unit.pk


class ArticlePage(CachedPageMixin, RoutablePageMixin, Page):
    sapo = models.TextField(_("lead (sapo)"), max_length=600)
    cover_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("cover image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    cover_alt = models.CharField(_("cover image alternative text"), max_length=250, blank=True)
    author = models.CharField(_("author"), max_length=120, blank=True)
    unit = models.ForeignKey(
        "org.Unit", verbose_name=_("contributing unit"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="articles",
    )
    activity = models.ForeignKey(
        "plans.Activity", verbose_name=_("plan activity"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="articles",
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    body = StreamField(BODY_BLOCKS, verbose_name=_("body"), blank=True)
    title_folded = models.CharField(max_length=255, editable=False, blank=True, default="")
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [
        FieldPanel("sapo"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("unit"), FieldPanel("activity"), FieldPanel("tags")],
            heading=_("Source and plan"),
        ),
    ]
    parent_page_types = ["portal.TopicPage"]
    subpage_types: list = []
    template = "portal/article_page.html"
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def full_clean(self, *args, **kwargs):
        self.search_fields_update()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.search_fields_update()
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"live", "title", "title_folded", "search_text"} & set(update_fields):
            # Full saves write the page's content (creation, publish, unpublish, revert); partial
            # saves such as save_revision() leave the live row and so the word index alone.
            article_words_sync(self)
        return result

    def search_fields_update(self) -> None:
        self.title_folded = search_words(self.title)[:255]
        tags = " ".join(t.name for t in self.tags.all())
        self.search_text = search_words(" ".join([self.title, self.sapo, self.author, tags, body_plain_text(self.body)]))

    @path("pdf/")
    def pdf(self, request):
        from .pdf import article_pdf_response

        return article_pdf_response(request, self)

    @property
    def published_at(self):
        return self.first_published_at or self.go_live_at or timezone.now()

    def get_context(self, request, *args, **kwargs):
        from .queries import article_related, article_view_count

        context = super().get_context(request, *args, **kwargs)
        ancestors = list(self.get_ancestors().only("id", "title", "path", "depth", "url_path"))[1:]  # no tree root
        context["ancestors"] = ancestors
        context["topic"] = ancestors[-1] if ancestors else self.get_parent()
        context["related"] = article_related(self, limit=4)
        context["view_count"] = article_view_count(self)
        og_image = self.cover_image.get_rendition("fill-1200x630|format-jpeg") if self.cover_image_id else None
        context["og_image"] = og_image
        context["og_image_url"] = request.build_absolute_uri(og_image.url) if og_image else None
        return context


class ArticleWord(models.Model):
    """The word index of the Vietnamese search: one row per distinct folded word of a live
    article (from `search_text`, i.e. the same `search_words()` folding), marking whether the
    word is also in the title. A query looks each of its words up in the index on `word`
    (queries.articles_search). Kept in sync by ArticlePage.save() (creation, publish, unpublish,
    revert) and by the page foreign key's cascade on delete; `manage.py portal_search_reindex`
    rebuilds it."""

    word = models.CharField(max_length=WORD_MAX_LENGTH)
    page = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+", db_index=False)
    in_title = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "word"], name="portal_articleword_page_word")]
        indexes = [models.Index(fields=["word", "in_title", "page"], name="portal_articleword_word")]


def article_word_rows(article: ArticlePage) -> list[ArticleWord]:
    return [
        ArticleWord(word=word, page_id=article.pk, in_title=in_title)
        for word, in_title in index_words(title=article.title, search_text=article.search_text)
    ]


def article_words_sync(article: ArticlePage) -> None:
    """Replace the article's index rows by those of its current text; none unless it is live.

    A live article's full save also starts a new cache generation: the search keeps what it
    knows of live articles per generation (queries._catalogue), and a full save may change it
    (date, unit) without a publish."""
    deleted, _counts = ArticleWord.objects.filter(page_id=article.pk).delete()
    if article.live:
        ArticleWord.objects.bulk_create(article_word_rows(article), batch_size=500)
    if deleted or article.live:
        generation_bump()


class ArticleViewCount(models.Model):
    """Views counted on our own server, without cookies or third-party trackers: the page
    sends one beacon (POST) per view; nothing identifies the reader."""

    page = models.OneToOneField(ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="view_counter")
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("view count")
