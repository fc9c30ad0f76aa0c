"""Every change readers can see starts a new cache generation: publish, unpublish, move, delete,
and any change of a page view restriction (which decides what anonymous readers and the search
may show)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import generation_bump


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save, sender=PageViewRestriction)
def page_changed(sender, instance=None, **kwargs):
    generation_bump()


@receiver(post_delete)
def page_deleted(sender, instance=None, **kwargs):
    if isinstance(instance, (Page, PageViewRestriction)):
        generation_bump()
