"""Template filters every module uses: VND amounts, Vietnamese dates."""

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def vnd(amount) -> str:
    """1234567 → "1.234.567 ₫" (VND has no minor unit; amounts are integers)."""
    if amount is None or amount == "":
        return ""
    value = int(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}{abs(value):,}".replace(",", ".") + " ₫"


@register.filter
def dmy(value) -> str:
    """A date or datetime as dd/mm/yyyy in Asia/Ho_Chi_Minh."""
    if not value:
        return ""
    if hasattr(value, "tzinfo") and hasattr(value, "hour") and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.strftime("%d/%m/%Y")
