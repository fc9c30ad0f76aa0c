"""QR codes of check-in codes (segno: pure Python, no image library needed)."""

import io

import segno
from django.utils.html import escape


def qr_svg_inline(code: str, *, scale: int = 6, title: str = "") -> str:
    """An inline, scalable <svg> of the code (the QR holds the code itself, so any scanner at
    the door types it into the check-in form). Labelled for screen readers."""
    svg = segno.make(code, error="m").svg_inline(
        scale=scale, title=title or code, dark="#000", light="#fff", omitsize=True, border=2
    )
    return svg.replace("<svg ", f'<svg role="img" aria-label="QR {escape(code)}" ', 1)


def qr_svg_bytes(code: str, *, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    segno.make(code, error="m").save(buffer, kind="svg", scale=scale, border=2, title=code)
    return buffer.getvalue()
