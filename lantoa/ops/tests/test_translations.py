"""Vietnamese is the product's first language: every catalogue is complete and compiled."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("**/locale/vi/LC_MESSAGES/django.po"))


def test_every_app_with_ui_text_has_a_vietnamese_catalogue():
    assert CATALOGUES, "no Vietnamese catalogues found"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_fully_translated(po_path):
    po = polib.pofile(str(po_path))

    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]

    assert (untranslated, fuzzy) == ([], [])


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_catalogue_matches_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} missing: run compilemessages"
    po = {e.msgid: e.msgstr for e in polib.pofile(str(po_path)).translated_entries() if not e.msgid_plural}
    mo = {e.msgid: e.msgstr for e in polib.mofile(str(mo_path)) if not e.msgid_plural and e.msgid}

    assert {k: v for k, v in po.items() if mo.get(k) != v} == {}
