"""Document types of Decree 30/2020/NĐ-CP and every document the seed plan cites, the plan
itself, and the Law on Digital Transformation. Keys are (number, issue date)."""

import datetime

from lantoa.org.models import Unit

from .models import Document, DocumentRelation, DocumentType, number_key
from .services import document_status_refresh

D = datetime.date

# Decree 30/2020/NĐ-CP, Appendix III: names and abbreviations of administrative documents.
DOCUMENT_TYPES = [
    ("NQ", "Nghị quyết", "Resolution"),
    ("QĐ", "Quyết định", "Decision"),
    ("CT", "Chỉ thị", "Directive"),
    ("QC", "Quy chế", "Regulation"),
    ("QyĐ", "Quy định", "Rules"),
    ("TC", "Thông cáo", "Communiqué"),
    ("TB", "Thông báo", "Notice"),
    ("HD", "Hướng dẫn", "Guidance"),
    ("CTr", "Chương trình", "Programme"),
    ("KH", "Kế hoạch", "Plan"),
    ("PA", "Phương án", "Scheme"),
    ("ĐA", "Đề án", "Project proposal"),
    ("DA", "Dự án", "Project"),
    ("BC", "Báo cáo", "Report"),
    ("BB", "Biên bản", "Minutes"),
    ("TTr", "Tờ trình", "Submission"),
    ("HĐ", "Hợp đồng", "Contract"),
    ("CĐ", "Công điện", "Official telegram"),
    ("BGN", "Bản ghi nhớ", "Memorandum"),
    ("BTT", "Bản thỏa thuận", "Agreement"),
    ("GUQ", "Giấy ủy quyền", "Power of attorney"),
    ("GM", "Giấy mời", "Invitation"),
    ("GGT", "Giấy giới thiệu", "Letter of introduction"),
    ("GNP", "Giấy nghỉ phép", "Leave permit"),
    ("PG", "Phiếu gửi", "Dispatch slip"),
    ("PC", "Phiếu chuyển", "Transfer slip"),
    ("PB", "Phiếu báo", "Notification slip"),
    ("CV", "Công văn", "Official letter"),
    ("Luật", "Luật", "Law"),
    # Legal normative documents (Law 80/2015/QH13) cited as legal bases of procedures.
    ("NĐ", "Nghị định", "Decree"),
    ("TT", "Thông tư", "Circular"),
]

TTG = "Thủ tướng Chính phủ"
UBND = "Ủy ban nhân dân tỉnh Quảng Ngãi"

# (number, type, issuer name, issuer unit code, signer, issued, effective, title, summary, field)
DOCUMENTS = [
    ("749/QĐ-TTg", "QĐ", TTG, None, "Nguyễn Xuân Phúc", D(2020, 6, 3), D(2020, 6, 3),
     "Chương trình Chuyển đổi số quốc gia",
     "Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.", "Chuyển đổi số"),
    ("942/QĐ-TTg", "QĐ", TTG, None, "Vũ Đức Đam", D(2021, 6, 15), D(2021, 6, 15),
     "Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số",
     "Phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, "
     "định hướng đến năm 2030.", "Chính phủ điện tử"),
    ("411/QĐ-TTg", "QĐ", TTG, None, "Vũ Đức Đam", D(2022, 3, 31), D(2022, 3, 31),
     "Chiến lược quốc gia phát triển kinh tế số và xã hội số",
     "Phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030.",
     "Kinh tế số, xã hội số"),
    ("131/QĐ-TTg", "QĐ", TTG, None, "Vũ Đức Đam", D(2022, 1, 25), D(2022, 1, 25),
     "Đề án Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo",
     "Phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo "
     "giai đoạn 2022 - 2025, định hướng đến năm 2030”.", "Giáo dục và đào tạo"),
    ("02/CT-TTg", "CT", TTG, None, "Phạm Minh Chính", D(2022, 4, 26), D(2022, 4, 26),
     "Phát triển Chính phủ điện tử hướng tới Chính phủ số",
     "Về phát triển Chính phủ điện tử hướng tới Chính phủ số.", "Chính phủ điện tử"),
    ("14/CT-TTg", "CT", TTG, None, "Nguyễn Xuân Phúc", D(2019, 6, 7), D(2019, 6, 7),
     "Tăng cường bảo đảm an toàn, an ninh mạng",
     "Về việc tăng cường bảo đảm an toàn, an ninh mạng nhằm cải thiện chỉ số xếp hạng của Việt Nam.",
     "An toàn thông tin"),
    ("922/QĐ-BTTTT", "QĐ", "Bộ Thông tin và Truyền thông", None, "Nguyễn Mạnh Hùng", D(2022, 5, 20), D(2022, 5, 20),
     "Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ",
     "Phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc "
     "Chính phủ, các tỉnh, thành phố trực thuộc trung ương và của quốc gia”.", "Chuyển đổi số"),
    ("19-CT/TU", "CT", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", None, "", D(2022, 5, 18), D(2022, 5, 18),
     "Tăng cường sự lãnh đạo của Đảng đối với chuyển đổi số tỉnh Quảng Ngãi",
     "Về tăng cường sự lãnh đạo, chỉ đạo của Đảng đối với chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, "
     "định hướng đến năm 2030.", "Chuyển đổi số"),
    ("119/KH-UBND", "KH", UBND, "ubnd-tinh", "", D(2020, 10, 9), D(2020, 10, 9),
     "Triển khai Chương trình Chuyển đổi số quốc gia trên địa bàn tỉnh",
     "Triển khai thực hiện Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.",
     "Chuyển đổi số"),
    ("169/KH-UBND", "KH", UBND, "ubnd-tinh", "", D(2021, 12, 9), D(2021, 12, 9),
     "Phát triển Chính quyền điện tử hướng đến chính quyền số",
     "Phát triển Chính quyền điện tử hướng đến chính quyền số đến năm 2025, định hướng đến năm 2030.",
     "Chính quyền điện tử"),
    ("906/QĐ-UBND", "QĐ", UBND, "ubnd-tinh", "", D(2022, 7, 11), D(2022, 7, 11),
     "Kế hoạch thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số trên địa bàn tỉnh",
     "Phê duyệt Kế hoạch triển khai thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số trên địa "
     "bàn tỉnh Quảng Ngãi giai đoạn 2022 - 2025.", "Kinh tế số, xã hội số"),
    ("122/KH-UBND", "KH", UBND, "ubnd-tinh", "", D(2022, 8, 2), D(2022, 8, 2),
     "Truyền thông về Chuyển đổi số tỉnh Quảng Ngãi giai đoạn 2022 - 2025",
     "Về việc truyền thông về Chuyển đổi số tỉnh Quảng Ngãi giai đoạn 2022 - 2025.", "Truyền thông"),
    ("21/KH-UBND", "KH", UBND, "ubnd-tinh", "", D(2023, 2, 7), D(2023, 2, 7),
     "Triển khai Đề án tăng cường ứng dụng CNTT và chuyển đổi số trong GDĐT trên địa bàn tỉnh",
     "Về việc triển khai thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong "
     "Giáo dục và Đào tạo giai đoạn 2022-2025, định hướng đến năm 2030” trên địa bàn tỉnh Quảng Ngãi.",
     "Giáo dục và đào tạo"),
    ("316/KH-SGDĐT", "KH", "Sở Giáo dục và Đào tạo Quảng Ngãi", "so-gddt", "", D(2021, 3, 23), D(2021, 3, 23),
     "Ứng dụng CNTT, chuyển đổi số, chính quyền điện tử và an toàn thông tin mạng ngành GDĐT 2021 - 2025",
     "Về việc ứng dụng công nghệ thông tin, chuyển đổi số, chính quyền điện tử và bảo đảm an toàn thông tin "
     "mạng giai đoạn 2021 - 2025.", "Giáo dục và đào tạo"),
    ("148/2025/QH15", "Luật", "Quốc hội", None, "Trần Thanh Mẫn", D(2025, 12, 11), D(2026, 7, 1),
     "Luật Chuyển đổi số",
     "Luật Chuyển đổi số quy định về hoạt động chuyển đổi số, hạ tầng số, chính phủ số, kinh tế số, xã hội số "
     "và bảo đảm an toàn, an ninh trong chuyển đổi số.", "Chuyển đổi số"),
]

BGDDT = "Bộ Giáo dục và Đào tạo"
CP = "Chính phủ"

# Documents the seeded public-service procedures cite as their legal basis (same tuple shape).
# Signers and effective dates are left empty where not certain rather than guessed.
PROCEDURE_DOCUMENTS = [
    ("51/2002/QĐ-BGDĐT", "QĐ", "Bộ trưởng Bộ Giáo dục và Đào tạo", None, "", D(2002, 12, 25), None,
     "Quy định chuyển trường và tiếp nhận học sinh học tại trường trung học cơ sở và trung học phổ thông",
     "Ban hành Quy định chuyển trường và tiếp nhận học sinh học tại trường trung học cơ sở và trường trung học "
     "phổ thông.", "Giáo dục trung học"),
    ("23/2015/NĐ-CP", "NĐ", CP, None, "Nguyễn Tấn Dũng", D(2015, 2, 16), D(2015, 4, 10),
     "Cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
     "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch.",
     "Văn bằng, chứng chỉ"),
    ("17/2012/TT-BGDĐT", "TT", BGDDT, None, "", D(2012, 5, 16), None,
     "Quy định về dạy thêm, học thêm (2012)",
     "Ban hành Quy định về dạy thêm, học thêm.", "Giáo dục trung học"),
    ("29/2024/TT-BGDĐT", "TT", BGDDT, None, "", D(2024, 12, 30), D(2025, 2, 14),
     "Quy định về dạy thêm, học thêm",
     "Quy định về dạy thêm, học thêm: nguyên tắc, các trường hợp không được dạy thêm, tổ chức dạy thêm trong và "
     "ngoài nhà trường; bỏ thủ tục cấp phép dạy thêm ngoài nhà trường.", "Giáo dục trung học"),
    ("46/2017/NĐ-CP", "NĐ", CP, None, "Nguyễn Xuân Phúc", D(2017, 4, 21), None,
     "Điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục (2017)",
     "Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục.", "Điều kiện hoạt động giáo dục"),
    ("135/2018/NĐ-CP", "NĐ", CP, None, "Nguyễn Xuân Phúc", D(2018, 10, 4), None,
     "Sửa đổi Nghị định 46/2017/NĐ-CP về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
     "Sửa đổi, bổ sung một số điều của Nghị định số 46/2017/NĐ-CP ngày 21 tháng 4 năm 2017 của Chính phủ quy định "
     "về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục.", "Điều kiện hoạt động giáo dục"),
    ("125/2024/NĐ-CP", "NĐ", CP, None, "", D(2024, 10, 5), None,
     "Điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
     "Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục, thay thế Nghị định số 46/2017/NĐ-CP và "
     "Nghị định số 135/2018/NĐ-CP.", "Điều kiện hoạt động giáo dục"),
    ("21/2018/TT-BGDĐT", "TT", BGDDT, None, "", D(2018, 8, 24), None,
     "Quy chế tổ chức và hoạt động của trung tâm ngoại ngữ, tin học",
     "Ban hành Quy chế tổ chức và hoạt động của trung tâm ngoại ngữ, tin học.", "Giáo dục thường xuyên"),
    ("21/2019/TT-BGDĐT", "TT", BGDDT, None, "", D(2019, 11, 29), None,
     "Quy chế quản lý bằng tốt nghiệp, văn bằng, chứng chỉ của hệ thống giáo dục quốc dân",
     "Ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng "
     "giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân.", "Văn bằng, chứng chỉ"),
    ("24/2024/TT-BGDĐT", "TT", BGDDT, None, "", D(2024, 12, 24), None,
     "Quy chế thi tốt nghiệp trung học phổ thông",
     "Ban hành Quy chế thi tốt nghiệp trung học phổ thông.", "Khảo thí"),
    ("32/2020/TT-BGDĐT", "TT", BGDDT, None, "", D(2020, 9, 15), None,
     "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học",
     "Ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học.",
     "Giáo dục trung học"),
    ("18/2018/TT-BGDĐT", "TT", BGDDT, None, "", D(2018, 8, 22), None,
     "Kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học",
     "Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, "
     "trường trung học phổ thông và trường phổ thông có nhiều cấp học.", "Kiểm định chất lượng"),
]

# (source, kind, target): the newer document replaces or amends the older one.
RELATIONS = [
    ("29/2024/TT-BGDĐT", "replaces", "17/2012/TT-BGDĐT"),
    ("135/2018/NĐ-CP", "amends", "46/2017/NĐ-CP"),
    ("125/2024/NĐ-CP", "replaces", "46/2017/NĐ-CP"),
    ("125/2024/NĐ-CP", "replaces", "135/2018/NĐ-CP"),
]

# The numbers the seed plan cites as its legal bases (the opening paragraph and part II).
PLAN_LEGAL_BASES = [
    "122/KH-UBND", "316/KH-SGDĐT", "21/KH-UBND", "749/QĐ-TTg", "942/QĐ-TTg", "411/QĐ-TTg", "02/CT-TTg",
    "14/CT-TTg", "922/QĐ-BTTTT", "19-CT/TU", "119/KH-UBND", "169/KH-UBND", "906/QĐ-UBND", "131/QĐ-TTg",
]

# The seed plan as a registry entry. The copy in shared/seeds shows no number, only the digital
# signature date (21/12/2023), so the number stays empty rather than invented.
SEED_PLAN_DOCUMENT = {
    "number": "",
    "type": "KH",
    "issuer_name": "Sở Giáo dục và Đào tạo Quảng Ngãi",
    "issuer_code": "so-gddt",
    "signer": "Nguyễn Ngọc Thái",
    "issued_on": D(2023, 12, 21),
    "title": "Kế hoạch truyền thông về Chuyển đổi số ngành GDĐT tỉnh Quảng Ngãi giai đoạn 2022 - 2025",
    "summary": "Truyền thông về Chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi giai đoạn 2022 - 2025.",
    "field": "Truyền thông",
}


def document_types_seed() -> dict[str, DocumentType]:
    types = {}
    for order, (code, name, name_en) in enumerate(DOCUMENT_TYPES):
        doc_type, _ = DocumentType.objects.update_or_create(
            code=code, defaults={"name": name, "name_en": name_en, "sort_order": order}
        )
        types[code] = doc_type
    return types


def _upsert_document(*, number, issued_on, **fields) -> Document:
    lookup = {"number_key": number_key(number), "issued_on": issued_on} if number else {
        "title": fields["title"], "issued_on": issued_on}
    document = Document.objects.filter(**lookup).first() or Document(number=number, issued_on=issued_on)
    for name, value in fields.items():
        setattr(document, name, value)
    document.number = number
    document.save()
    return document


def seed(*, stdout=None) -> None:
    types = document_types_seed()
    units = {u.code: u for u in Unit.objects.filter(code__in=["ubnd-tinh", "so-gddt"])}
    for number, type_code, issuer_name, issuer_code, signer, issued, effective, title, summary, field in [
        *DOCUMENTS, *PROCEDURE_DOCUMENTS
    ]:
        status = Document.Status.NOT_YET if effective and effective > datetime.date.today() else Document.Status.IN_FORCE
        _upsert_document(
            number=number, issued_on=issued, doc_type=types[type_code], issuer_name=issuer_name,
            issuer=units.get(issuer_code), signer=signer, effective_on=effective, title=title, summary=summary,
            field=field, status=status,
        )
    plan = SEED_PLAN_DOCUMENT
    _upsert_document(
        number=plan["number"], issued_on=plan["issued_on"], doc_type=types[plan["type"]],
        issuer_name=plan["issuer_name"], issuer=units.get(plan["issuer_code"]), signer=plan["signer"],
        effective_on=plan["issued_on"], title=plan["title"], summary=plan["summary"], field=plan["field"],
    )
    by_key = {d.number_key: d for d in Document.objects.exclude(number_key="")}
    for source, kind, target in RELATIONS:
        DocumentRelation.objects.get_or_create(
            source=by_key[number_key(source)], target=by_key[number_key(target)], kind=kind
        )
    document_status_refresh()
    if stdout:
        stdout.write(f"legal: {Document.objects.count()} documents")
