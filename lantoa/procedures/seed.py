"""Demo data: administrative procedures a provincial Department of Education and Training
handles, both levels, one retired (the extra-tutoring licence that Thông tư 29/2024/TT-BGDĐT
abolished). Names, steps, dossiers and legal bases follow the national procedure records; the
codes are local placeholders (QNG-GDĐT-nn) — the national database codes (x.00xxxx) should be
filled in from the provincial portal rather than guessed here. Idempotent: matched by code."""

import datetime

from django.utils import timezone

from lantoa.legal.models import Document, number_key
from lantoa.org.models import Unit

from .models import Channel, DossierComponent, Procedure, ProcedureStep

D = datetime.date
FULL, PARTIAL = Procedure.Level.FULL, Procedure.Level.PARTIAL
ONLINE, DIRECT, POST = Channel.Kind.ONLINE, Channel.Kind.DIRECT, Channel.Kind.POST


PROCEDURES = [
    {
        "code": "QNG-GDĐT-01", "field": "Giáo dục trung học", "level": PARTIAL, "division": "gdtrh",
        "name": "Chuyển trường đối với học sinh trung học phổ thông",
        "summary": "Học sinh trung học phổ thông chuyển trường trong tỉnh hoặc từ tỉnh, thành phố khác đến.",
        "steps": [
            "Cha mẹ hoặc người giám hộ học sinh nộp hồ sơ xin chuyển trường.",
            "Hiệu trưởng trường nơi đến tiếp nhận và xem xét; với học sinh chuyển từ tỉnh khác đến, Sở Giáo dục và "
            "Đào tạo xem xét, giới thiệu học sinh về trường.",
            "Hiệu trưởng trường nơi đi trả hồ sơ cho học sinh sau khi có ý kiến đồng ý tiếp nhận.",
            "Học sinh nộp hồ sơ và nhập học tại trường nơi đến.",
        ],
        "channels": [(ONLINE, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (DIRECT, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký", "Bản chính: 1"),
                    ("Học bạ", "Bản chính: 1"),
                    ("Bằng tốt nghiệp trung học cơ sở hoặc giấy chứng nhận tốt nghiệp tạm thời", "Bản sao: 1"),
                    ("Giấy xác nhận chấp thuận cho học sinh chuyển trường của trường nơi đi", "Bản chính: 1")],
        "result": "Học sinh được tiếp nhận vào học tại trường nơi đến.",
        "legal_bases": ["51/2002/QĐ-BGDĐT", "32/2020/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-02", "field": "Giáo dục thường xuyên", "level": PARTIAL, "division": "cttt-gdcntx",
        "name": "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục",
        "summary": "Tổ chức, cá nhân đã được quyết định thành lập hoặc cho phép thành lập trung tâm ngoại ngữ, tin học.",
        "steps": [
            "Trung tâm nộp hồ sơ đề nghị cho phép hoạt động giáo dục đến Sở Giáo dục và Đào tạo.",
            "Sở Giáo dục và Đào tạo kiểm tra hồ sơ; tổ chức thẩm định thực tế các điều kiện hoạt động.",
            "Giám đốc Sở Giáo dục và Đào tạo quyết định cho phép hoạt động giáo dục; trường hợp không đủ điều kiện "
            "thì thông báo bằng văn bản và nêu rõ lý do.",
        ],
        "channels": [(ONLINE, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (DIRECT, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (POST, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Tờ trình đề nghị cho phép hoạt động giáo dục", "Bản chính: 1"),
                    ("Quyết định thành lập hoặc cho phép thành lập trung tâm", "Bản sao: 1"),
                    ("Quy chế tổ chức và hoạt động của trung tâm", "Bản chính: 1"),
                    ("Danh sách giáo viên, cán bộ quản lý kèm văn bằng, chứng chỉ", "Bản chính: 1"),
                    ("Chương trình, tài liệu giảng dạy và kế hoạch hoạt động giáo dục", "Bản chính: 1"),
                    ("Tài liệu chứng minh cơ sở vật chất, thiết bị (hợp đồng thuê, biên bản kiểm kê)", "Bản sao: 1")],
        "result": "Quyết định cho phép hoạt động giáo dục.",
        "requirements": "Đáp ứng các điều kiện về cơ sở vật chất, thiết bị, đội ngũ, chương trình theo Nghị định "
                        "125/2024/NĐ-CP.",
        "legal_bases": ["125/2024/NĐ-CP", "21/2018/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-03", "field": "Giáo dục thường xuyên", "level": PARTIAL, "division": "cttt-gdcntx",
        "name": "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục trở lại",
        "summary": "Trung tâm ngoại ngữ, tin học bị đình chỉ hoạt động giáo dục khi nguyên nhân đình chỉ đã được khắc phục.",
        "steps": [
            "Trung tâm nộp hồ sơ đề nghị cho hoạt động giáo dục trở lại sau khi đã khắc phục nguyên nhân bị đình chỉ.",
            "Sở Giáo dục và Đào tạo kiểm tra hồ sơ và thẩm định việc khắc phục.",
            "Giám đốc Sở Giáo dục và Đào tạo quyết định cho phép hoạt động giáo dục trở lại.",
        ],
        "channels": [(ONLINE, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (DIRECT, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Tờ trình đề nghị cho phép hoạt động giáo dục trở lại", "Bản chính: 1"),
                    ("Báo cáo khắc phục nguyên nhân bị đình chỉ, kèm minh chứng", "Bản chính: 1")],
        "result": "Quyết định cho phép hoạt động giáo dục trở lại.",
        "legal_bases": ["125/2024/NĐ-CP", "21/2018/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-04", "field": "Giáo dục thường xuyên", "level": PARTIAL, "division": "cttt-gdcntx",
        "name": "Giải thể trung tâm ngoại ngữ, tin học (theo đề nghị của tổ chức, cá nhân đề nghị thành lập)",
        "summary": "Tổ chức, cá nhân đã thành lập trung tâm ngoại ngữ, tin học đề nghị giải thể.",
        "steps": [
            "Tổ chức, cá nhân nộp hồ sơ đề nghị giải thể, kèm phương án bảo đảm quyền lợi của người học, giáo viên "
            "và người lao động.",
            "Sở Giáo dục và Đào tạo thẩm định hồ sơ.",
            "Giám đốc Sở Giáo dục và Đào tạo quyết định giải thể; quyết định được công bố công khai.",
        ],
        "channels": [(ONLINE, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (DIRECT, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Tờ trình đề nghị giải thể, nêu rõ lý do", "Bản chính: 1"),
                    ("Phương án giải quyết quyền lợi của người học, giáo viên, người lao động; tài chính, tài sản",
                     "Bản chính: 1")],
        "result": "Quyết định giải thể trung tâm ngoại ngữ, tin học.",
        "legal_bases": ["125/2024/NĐ-CP", "21/2018/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-05", "field": "Văn bằng, chứng chỉ", "level": FULL, "division": "qlcl",
        "name": "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "summary": "Người được cấp văn bằng, chứng chỉ; người đại diện theo pháp luật hoặc người được ủy quyền; "
                   "cha, mẹ, con, vợ, chồng, anh chị em ruột, người thừa kế khi người được cấp đã chết.",
        "steps": [
            "Người yêu cầu nộp đề nghị cấp bản sao kèm giấy tờ tùy thân.",
            "Sở Giáo dục và Đào tạo đối chiếu sổ gốc và cấp bản sao; trường hợp không còn lưu sổ gốc hoặc sổ gốc "
            "không có thông tin thì trả lời bằng văn bản và nêu rõ lý do.",
            "Trả kết quả trực tuyến (bản điện tử) hoặc tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính.",
        ],
        "channels": [(ONLINE, "Trong ngày làm việc; nếu nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", "Không"),
                     (DIRECT, "Trong ngày làm việc; nếu nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", "Không"),
                     (POST, "Trong ngày làm việc tiếp theo kể từ ngày nhận đủ hồ sơ (theo dấu bưu điện đến)", "Không")],
        "dossier": [("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Bản chính: 1"),
                    ("Căn cước hoặc giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu", "Bản sao: 1"),
                    ("Giấy tờ chứng minh quan hệ hoặc văn bản ủy quyền (nếu người khác yêu cầu)", "Bản sao: 1")],
        "result": "Bản sao văn bằng, chứng chỉ từ sổ gốc.",
        "legal_bases": ["23/2015/NĐ-CP", "21/2019/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-06", "field": "Văn bằng, chứng chỉ", "level": PARTIAL, "division": "qlcl",
        "name": "Chỉnh sửa nội dung văn bằng, chứng chỉ",
        "summary": "Người được cấp văn bằng, chứng chỉ có thông tin cá nhân đã được cơ quan có thẩm quyền thay đổi, "
                   "cải chính, bổ sung.",
        "steps": [
            "Người đề nghị nộp hồ sơ chỉnh sửa văn bằng, chứng chỉ.",
            "Sở Giáo dục và Đào tạo kiểm tra hồ sơ, ra quyết định chỉnh sửa và ghi vào sổ gốc.",
            "Trả quyết định chỉnh sửa cho người đề nghị.",
        ],
        "channels": [(ONLINE, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (DIRECT, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ", "Bản chính: 1"),
                    ("Văn bằng, chứng chỉ đề nghị chỉnh sửa", "Bản chính: 1"),
                    ("Quyết định thay đổi, cải chính hộ tịch hoặc giấy tờ làm căn cứ chỉnh sửa", "Bản sao: 1"),
                    ("Giấy khai sinh", "Bản sao: 1"),
                    ("Căn cước hoặc giấy tờ tùy thân còn giá trị sử dụng", "Bản sao: 1")],
        "result": "Quyết định chỉnh sửa văn bằng, chứng chỉ.",
        "legal_bases": ["21/2019/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-07", "field": "Khảo thí", "level": FULL, "division": "qlcl",
        "name": "Đăng ký dự thi tốt nghiệp trung học phổ thông",
        "summary": "Học sinh lớp 12 và thí sinh tự do đủ điều kiện dự thi.",
        "steps": [
            "Thí sinh đăng ký tài khoản và đăng ký dự thi trực tuyến trên Hệ thống quản lý thi trong thời gian "
            "Bộ Giáo dục và Đào tạo quy định.",
            "Nơi đăng ký dự thi (trường phổ thông, điểm tiếp nhận do Sở chỉ định) kiểm tra, xác nhận thông tin.",
            "Thí sinh kiểm tra, ký xác nhận thông tin đăng ký và nhận giấy báo dự thi.",
        ],
        "channels": [(ONLINE, "Theo lịch thi hằng năm của Bộ Giáo dục và Đào tạo", "Không"),
                     (DIRECT, "Theo lịch thi hằng năm (thí sinh tự do không đăng ký trực tuyến được)", "Không")],
        "dossier": [("Phiếu đăng ký dự thi", "Bản chính: 1"),
                    ("Học bạ hoặc giấy xác nhận hoàn thành chương trình (đối với thí sinh tự do)", "Bản sao: 1"),
                    ("Giấy tờ hợp pháp để hưởng chế độ ưu tiên, khuyến khích (nếu có)", "Bản sao: 1")],
        "result": "Giấy báo dự thi; thí sinh được dự thi tốt nghiệp trung học phổ thông.",
        "legal_bases": ["24/2024/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-08", "field": "Khảo thí", "level": FULL, "division": "qlcl",
        "name": "Phúc khảo bài thi tốt nghiệp trung học phổ thông",
        "summary": "Thí sinh dự thi tốt nghiệp trung học phổ thông có nhu cầu phúc khảo bài thi.",
        "steps": [
            "Thí sinh nộp đơn phúc khảo trực tuyến hoặc tại nơi đăng ký dự thi trong thời hạn quy định sau khi "
            "công bố kết quả thi.",
            "Sở Giáo dục và Đào tạo tổng hợp, tổ chức phúc khảo theo quy chế.",
            "Công bố kết quả phúc khảo cho thí sinh.",
        ],
        "channels": [(ONLINE, "Theo lịch phúc khảo hằng năm của Bộ Giáo dục và Đào tạo", "Theo mức thu của tỉnh"),
                     (DIRECT, "Theo lịch phúc khảo hằng năm của Bộ Giáo dục và Đào tạo", "Theo mức thu của tỉnh")],
        "dossier": [("Đơn đề nghị phúc khảo bài thi", "Bản chính: 1")],
        "result": "Kết quả phúc khảo bài thi.",
        "legal_bases": ["24/2024/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-09", "field": "Kiểm định chất lượng", "level": PARTIAL, "division": "qlcl",
        "name": "Cấp Chứng nhận trường trung học đạt kiểm định chất lượng giáo dục",
        "summary": "Trường trung học cơ sở, trung học phổ thông, trường phổ thông có nhiều cấp học đã tự đánh giá.",
        "steps": [
            "Nhà trường hoàn thành tự đánh giá và gửi văn bản đăng ký đánh giá ngoài đến Sở Giáo dục và Đào tạo.",
            "Sở Giáo dục và Đào tạo thành lập đoàn đánh giá ngoài; đoàn khảo sát và đánh giá tại trường.",
            "Giám đốc Sở Giáo dục và Đào tạo xem xét kết quả đánh giá ngoài và cấp Chứng nhận đạt kiểm định.",
        ],
        "channels": [(ONLINE, "05 ngày làm việc kể từ khi có kết luận của đoàn đánh giá ngoài", "Không"),
                     (DIRECT, "05 ngày làm việc kể từ khi có kết luận của đoàn đánh giá ngoài", "Không")],
        "dossier": [("Văn bản đăng ký đánh giá ngoài", "Bản chính: 1"),
                    ("Báo cáo tự đánh giá", "Bản chính: 1")],
        "result": "Chứng nhận trường đạt kiểm định chất lượng giáo dục (cấp độ 1 đến 4).",
        "legal_bases": ["18/2018/TT-BGDĐT"],
    },
    {
        "code": "QNG-GDĐT-10", "field": "Giáo dục trung học", "level": PARTIAL, "division": "gdtrh",
        "name": "Cho phép trường trung học phổ thông hoạt động giáo dục",
        "summary": "Trường trung học phổ thông công lập và tư thục đã có quyết định thành lập hoặc cho phép thành lập.",
        "steps": [
            "Nhà trường nộp hồ sơ đề nghị cho phép hoạt động giáo dục.",
            "Sở Giáo dục và Đào tạo kiểm tra hồ sơ, thẩm định thực tế tại trường.",
            "Giám đốc Sở Giáo dục và Đào tạo quyết định cho phép hoạt động giáo dục; không đủ điều kiện thì thông báo "
            "bằng văn bản nêu rõ lý do.",
        ],
        "channels": [(ONLINE, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
                     (DIRECT, "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Tờ trình đề nghị cho phép hoạt động giáo dục", "Bản chính: 1"),
                    ("Quyết định thành lập hoặc cho phép thành lập trường", "Bản sao: 1"),
                    ("Danh sách cán bộ quản lý, giáo viên, nhân viên kèm văn bằng", "Bản chính: 1"),
                    ("Kế hoạch giáo dục và tài liệu chứng minh cơ sở vật chất, thiết bị", "Bản chính: 1")],
        "result": "Quyết định cho phép hoạt động giáo dục.",
        "legal_bases": ["125/2024/NĐ-CP", "32/2020/TT-BGDĐT"],
    },
    {
        # Abolished: Thông tư 29/2024/TT-BGDĐT (in force 14/02/2025) no longer licenses extra tutoring.
        "code": "QNG-GDĐT-11", "field": "Giáo dục trung học", "level": PARTIAL, "division": "gdtrh",
        "name": "Cấp giấy phép tổ chức hoạt động dạy thêm, học thêm ngoài nhà trường (cấp trung học phổ thông)",
        "summary": "Tổ chức, cá nhân tổ chức dạy thêm, học thêm có thu tiền ngoài nhà trường.",
        "valid_to": D(2025, 2, 13),
        "steps": [
            "Tổ chức, cá nhân nộp hồ sơ đề nghị cấp giấy phép tổ chức dạy thêm, học thêm.",
            "Sở Giáo dục và Đào tạo thẩm định hồ sơ và điều kiện tổ chức dạy thêm.",
            "Giám đốc Sở Giáo dục và Đào tạo cấp giấy phép.",
        ],
        "channels": [(DIRECT, "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không")],
        "dossier": [("Đơn xin cấp giấy phép tổ chức hoạt động dạy thêm, học thêm", "Bản chính: 1"),
                    ("Danh sách người tham gia dạy thêm kèm hồ sơ chuyên môn", "Bản chính: 1"),
                    ("Bản kế hoạch tổ chức dạy thêm, học thêm", "Bản chính: 1")],
        "result": "Giấy phép tổ chức hoạt động dạy thêm, học thêm.",
        "legal_bases": ["17/2012/TT-BGDĐT"],
    },
]


def seed(*, stdout=None) -> None:
    units = {u.code: u for u in Unit.objects.filter(code__in={p["division"] for p in PROCEDURES})}
    if len(units) < len({p["division"] for p in PROCEDURES}):
        if stdout:
            stdout.write("procedures: skipped (org units missing)")
        return
    documents = {}
    for document in Document.objects.exclude(number_key=""):
        documents.setdefault(document.number_key, document)
    now = timezone.now()
    for data in PROCEDURES:
        procedure = Procedure.objects.filter(code=data["code"]).first() or Procedure(code=data["code"])
        for name in ("name", "field", "level", "summary", "result"):
            setattr(procedure, name, data[name])
        procedure.requirements = data.get("requirements", "")
        procedure.valid_to = data.get("valid_to")
        procedure.division = units[data["division"]]
        procedure.live = True
        procedure.first_published_at = procedure.first_published_at or now
        procedure.last_published_at = procedure.last_published_at or now
        procedure.save()
        procedure.steps.all().delete()
        ProcedureStep.objects.bulk_create(
            [ProcedureStep(procedure=procedure, sort_order=i, text=t) for i, t in enumerate(data["steps"])])
        procedure.channels.all().delete()
        Channel.objects.bulk_create([Channel(procedure=procedure, sort_order=i, kind=k, time_limit=limit, fee=fee)
                                     for i, (k, limit, fee) in enumerate(data["channels"])])
        procedure.dossier.all().delete()
        DossierComponent.objects.bulk_create([DossierComponent(procedure=procedure, sort_order=i, name=n, copies=c)
                                              for i, (n, c) in enumerate(data["dossier"])])
        procedure.legal_bases.set([documents[number_key(n)] for n in data["legal_bases"] if number_key(n) in documents])
        procedure.save()
    if stdout:
        stdout.write(f"procedures: {Procedure.objects.count()} procedures")
