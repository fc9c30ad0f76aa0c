from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from lantoa.legal.linking import link_document_numbers

register = template.Library()


@register.filter(needs_autoescape=True)
def link_documents(value, autoescape=True):
    """{% load legal %}{{ page.body|link_documents }}: registry numbers become links.
    Safe strings (rendered rich text) pass as they are; plain strings are escaped first."""
    if value is None:
        return ""
    html = conditional_escape(value) if autoescape else str(value)
    return mark_safe(link_document_numbers(str(html)))  # noqa: S308 — input escaped or already safe
