from lantoa.budget.models import Estimate, EstimateLine


def estimate_with_lines(*, unit, activity, lines, year=2025, status=Estimate.Status.DRAFT, title="Dự toán"):
    """An estimate with (description, quantity, unit price) lines, its total computed."""
    estimate = Estimate.objects.create(unit=unit, activity=activity, year=year, title=title, status=status)
    total = 0
    for order, (description, quantity, price) in enumerate(lines):
        total += EstimateLine.objects.create(estimate=estimate, sort_order=order, description=description,
                                             quantity=quantity, unit_price=price).amount
    estimate.total = total
    estimate.save(update_fields=["total"])
    return estimate
