import unicodedata

from lantoa.core.text import fold, fold_words, slug_vi


def test_fold_strips_diacritics_and_case():
    assert fold("Chuyển ĐỔI Số") == "chuyen doi so"


def test_fold_maps_d_with_stroke_to_d():
    assert fold("Đường đến đổi mới") == "duong den doi moi"


def test_fold_treats_nfc_and_nfd_alike():
    text = "Quảng Ngãi chuyển đổi số"

    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def test_fold_words_drops_punctuation():
    assert fold_words("Quyết định số 749/QĐ-TTg.") == ["quyet", "dinh", "so", "749", "qd", "ttg"]


def test_slug_vi_makes_ascii_slug():
    assert slug_vi("Chính sách, pháp luật") == "chinh-sach-phap-luat"
