from django import template

from lantoa.contest.views import duration_text

register = template.Library()


@register.filter
def duration(ms) -> str:
    """Milliseconds as mm:ss.mmm."""
    return duration_text(ms)


@register.filter
def percent(rate) -> str:
    return f"{rate * 100:.1f}%".replace(".", ",")
