"""Every change readers can see (publish, unpublish, move, delete) starts a new cache generation."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import generation_bump


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, instance=None, **kwargs):
    generation_bump()


@receiver(post_delete)
def page_deleted(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        generation_bump()
