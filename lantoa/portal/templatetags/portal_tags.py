"""Template tags of the portal: NewsArticle JSON-LD."""

import json

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def article_jsonld(context, page, image_url=None):
    """schema.org NewsArticle for search engines, escaped for a <script> element."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.sapo,
        "inLanguage": "vi",
        "datePublished": page.published_at.isoformat(),
        "dateModified": (page.last_published_at or page.published_at).isoformat(),
        "mainEntityOfPage": page_absolute_url(context, page),
        "author": {"@type": "Person", "name": page.author} if page.author else {
            "@type": "Organization", "name": "Sở Giáo dục và Đào tạo Quảng Ngãi"},
        "publisher": {
            "@type": "GovernmentOrganization",
            "name": "Sở Giáo dục và Đào tạo Quảng Ngãi",
            "url": f"{request.scheme}://{request.get_host()}/",
        },
    }
    if image_url:
        data["image"] = [image_url]
    if page.unit_id:
        data["sourceOrganization"] = {"@type": "Organization", "name": page.unit.name}
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES))  # noqa: S308 - escaped above


@register.simple_tag(takes_context=True)
def page_absolute_url(context, page) -> str:
    """The page's address on the host the reader used (the Site record may name another)."""
    request = context["request"]
    return request.build_absolute_uri(page.get_url(request))
