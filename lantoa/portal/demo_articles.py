"""Demo articles written for Lan Tỏa: realistic news of the Quảng Ngãi education sector's
digital transformation, 2022–2026, over the six topics, each linked to a contributing unit and
to the plan activity it serves. Seeding is idempotent (an article is found by topic and slug).

Content is Vietnamese data, not UI text. Names of people are invented.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model

from lantoa.core.text import slug_vi
from lantoa.org.models import Unit
from lantoa.plans.models import Activity

from .cache import generation_bump
from .models import ArticlePage

PRESS, PORTAL, CONFERENCE, CONTEST, DOCUMENTATION = 1, 2, 3, 4, 5

P = "p"  # paragraph (HTML)
Q = "quote"  # (text, source)
T = "table"  # (caption, rows with a header row first)

# (topic slug, date, unit code, activity order, author, title, sapo, tags, cover key, body)
ARTICLES = [
    ("van-ban-chi-dao", (2022, 3, 15), "van-phong", PORTAL, "Văn phòng Sở",
     "Chương trình Chuyển đổi số quốc gia: những điều giáo viên cần biết",
     "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ xác định giáo dục là một trong tám lĩnh "
     "vực ưu tiên chuyển đổi số. Bài viết tóm tắt những nội dung gắn trực tiếp với nhà trường.",
     ["Quyết định 749/QĐ-TTg", "chương trình quốc gia"], "policy",
     [(P, "<p>Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 được phê duyệt tại "
          "<b>Quyết định số 749/QĐ-TTg</b> ngày 03/6/2020. Chương trình có mục tiêu kép: vừa phát triển chính "
          "phủ số, kinh tế số, xã hội số, vừa hình thành các doanh nghiệp công nghệ số Việt Nam có năng lực đi ra "
          "toàn cầu.</p>"),
      (P, "<p>Đối với giáo dục, Chương trình yêu cầu phát triển nền tảng hỗ trợ dạy và học từ xa, ứng dụng "
          "triệt để công nghệ số trong công tác quản lý, giảng dạy và học tập; số hóa tài liệu, giáo trình; xây "
          "dựng nền tảng chia sẻ tài nguyên giảng dạy và học tập theo cả hình thức trực tiếp và trực tuyến.</p>"),
      (Q, ("Nhận thức đóng vai trò quyết định trong chuyển đổi số.", "Quyết định số 749/QĐ-TTg")),
      (P, "<p>Tại Quảng Ngãi, Chương trình được cụ thể hóa bằng Kế hoạch số 119/KH-UBND ngày 09/10/2020 của "
          "UBND tỉnh. Ngành GDĐT triển khai qua Kế hoạch số 316/KH-SGDĐT ngày 23/3/2021 về ứng dụng công nghệ "
          "thông tin, chuyển đổi số, chính quyền điện tử và bảo đảm an toàn thông tin mạng giai đoạn 2021 - "
          "2025. Mỗi giáo viên được khuyến khích bắt đầu từ những việc cụ thể: sử dụng thành thạo sổ điểm điện "
          "tử, học bạ số, hệ thống quản lý học tập và các kho học liệu số của ngành.</p>")]),
    ("khai-niem-tac-dong", (2022, 5, 10), "cttt-gdcntx", PORTAL, "Lê Văn Minh",
     "Chuyển đổi số là gì? Giải thích ngắn gọn cho cha mẹ học sinh",
     "Chuyển đổi số không chỉ là mua thêm máy tính hay lắp mạng Internet. Đó là thay đổi cách nhà trường dạy, "
     "học, quản lý và liên lạc với gia đình dựa trên dữ liệu và công nghệ số.",
     ["cha mẹ học sinh", "khái niệm"], "concept",
     [(P, "<p>Theo cách hiểu phổ biến, <b>chuyển đổi số</b> là quá trình thay đổi tổng thể và toàn diện của cá "
          "nhân, tổ chức về cách sống, cách làm việc và phương thức sản xuất dựa trên các công nghệ số. Trong "
          "giáo dục, điều đó có nghĩa là học sinh có thể học mọi lúc, mọi nơi; giáo viên có công cụ để cá nhân "
          "hóa việc dạy; cha mẹ theo dõi được việc học của con qua sổ liên lạc điện tử.</p>"),
      (P, "<p>Cần phân biệt ba mức: <i>số hóa</i> (chuyển giấy tờ thành dữ liệu số, như học bạ số), <i>ứng "
          "dụng công nghệ thông tin</i> (dùng phần mềm cho công việc đang làm) và <i>chuyển đổi số</i> (thay đổi "
          "chính cách làm việc nhờ dữ liệu, như tuyển sinh đầu cấp trực tuyến hoàn toàn).</p>"),
      (T, ("Một số thay đổi cha mẹ học sinh đã thấy", [
          ["Trước đây", "Hiện nay"],
          ["Nộp hồ sơ tuyển sinh trực tiếp tại trường", "Đăng ký tuyển sinh trực tuyến, theo dõi kết quả qua điện thoại"],
          ["Sổ liên lạc giấy", "Sổ liên lạc điện tử, tin nhắn từ giáo viên chủ nhiệm"],
          ["Nộp học phí bằng tiền mặt", "Thanh toán không dùng tiền mặt qua ngân hàng, ví điện tử"],
      ])),
      (P, "<p>Cha mẹ có thể đồng hành bằng những việc đơn giản: cài đặt và sử dụng đúng ứng dụng nhà trường "
          "hướng dẫn, bảo mật tài khoản của con, và trao đổi với con về cách dùng Internet an toàn.</p>")]),
    ("chinh-sach-phap-luat", (2022, 8, 20), "cttt-gdcntx", PORTAL, "Nguyễn Thị Hồng",
     "Tỉnh ban hành Kế hoạch truyền thông về chuyển đổi số giai đoạn 2022 - 2025",
     "Kế hoạch số 122/KH-UBND ngày 02/8/2022 của UBND tỉnh Quảng Ngãi đặt ra yêu cầu truyền thông rộng rãi về "
     "chuyển đổi số tới mọi người dân, trong đó ngành GDĐT giữ vai trò quan trọng.",
     ["Kế hoạch 122/KH-UBND", "truyền thông"], "policy",
     [(P, "<p>Ngày 02/8/2022, UBND tỉnh ban hành <b>Kế hoạch số 122/KH-UBND</b> về truyền thông chuyển đổi số "
          "tỉnh Quảng Ngãi giai đoạn 2022 - 2025. Kế hoạch yêu cầu các sở, ngành, địa phương thông tin đầy đủ "
          "về chủ trương của Đảng, chính sách, pháp luật của Nhà nước về chuyển đổi số; tạo sự đồng thuận trong "
          "xã hội.</p>"),
      (P, "<p>Thực hiện Kế hoạch, Sở GDĐT xây dựng kế hoạch truyền thông riêng của ngành với năm hình thức: "
          "tuyên truyền trên Báo Quảng Ngãi và Đài Phát thanh – Truyền hình tỉnh; tuyên truyền trên Cổng thông "
          "tin điện tử ngành; tổ chức hội thảo, hội nghị; tham gia cuộc thi tìm hiểu về chuyển đổi số trực tuyến "
          "và xây dựng tài liệu hướng dẫn sử dụng dịch vụ công trực tuyến.</p>"),
      (P, "<p>Phòng CTTT-GDCNTX là đầu mối cung cấp thông tin, bài viết; Văn phòng Sở xây dựng chuyên mục "
          "Chuyển đổi số và cập nhật bài viết thường xuyên hằng năm.</p>")]),
    ("vai-tro-trach-nhiem", (2022, 10, 10), "van-phong", CONFERENCE, "Trần Thị Thu Hà",
     "Ngày Chuyển đổi số quốc gia 10/10: hiệu trưởng là người dẫn dắt",
     "Hưởng ứng Ngày Chuyển đổi số quốc gia lần đầu tiên, Sở GDĐT đề nghị người đứng đầu các đơn vị trực thuộc "
     "trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số của đơn vị mình.",
     ["người đứng đầu", "10/10"], "role",
     [(P, "<p>Năm 2022, Thủ tướng Chính phủ lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia. "
          "Nhân dịp này, Sở GDĐT Quảng Ngãi nhấn mạnh nguyên tắc xuyên suốt: <b>người đứng đầu phải trực tiếp "
          "chỉ đạo</b> chuyển đổi số tại đơn vị.</p>"),
      (Q, ("Chuyển đổi số trước hết là chuyển đổi nhận thức; hiệu trưởng không thể giao phó hoàn toàn cho tổ "
           "tin học.", "Lãnh đạo Sở GDĐT Quảng Ngãi")),
      (P, "<p>Cụ thể, hiệu trưởng các trường THPT, giám đốc các trung tâm cần: ban hành kế hoạch chuyển đổi số "
          "hằng năm của đơn vị; phân công cán bộ phụ trách; bố trí kinh phí hợp lý; theo dõi các chỉ số như tỷ "
          "lệ hồ sơ được xử lý trực tuyến, tỷ lệ giáo viên sử dụng học liệu số.</p>")]),
    ("an-toan-thong-tin", (2022, 11, 25), "thpt-chuyen-le-khiet", PORTAL, "Phạm Quốc Việt",
     "Học sinh chuyên Lê Khiết học kỹ năng nhận diện lừa đảo trực tuyến",
     "Gần 600 học sinh Trường THPT chuyên Lê Khiết tham gia buổi sinh hoạt chuyên đề về an toàn thông tin, "
     "thực hành nhận diện tin nhắn giả mạo và bảo vệ tài khoản mạng xã hội.",
     ["an toàn thông tin", "học sinh"], "security",
     [(P, "<p>Buổi sinh hoạt dưới cờ chuyên đề do Đoàn trường phối hợp tổ Tin học tổ chức. Các em được giới "
          "thiệu những thủ đoạn phổ biến: tin nhắn giả danh ngân hàng, đường link trúng thưởng, tài khoản mạo "
          "danh thầy cô xin mã OTP.</p>"),
      (P, "<p>Ba nguyên tắc được nhắc lại nhiều lần: không chia sẻ mã OTP cho bất kỳ ai; bật xác thực hai lớp "
          "cho email và mạng xã hội; kiểm tra kỹ địa chỉ trang web trước khi đăng nhập.</p>"),
      (P, "<p>Hoạt động góp phần thực hiện Chỉ thị số 14/CT-TTg ngày 07/6/2019 của Thủ tướng Chính phủ về tăng "
          "cường bảo đảm an toàn, an ninh mạng.</p>")]),
    ("chuong-trinh-dien-hinh", (2023, 2, 20), "gdtrh", PORTAL, "Võ Quốc Bảo",
     "Triển khai Đề án tăng cường ứng dụng CNTT và chuyển đổi số trong giáo dục trên địa bàn tỉnh",
     "UBND tỉnh ban hành Kế hoạch số 21/KH-UBND ngày 07/02/2023 triển khai Đề án theo Quyết định số "
     "131/QĐ-TTg, với nhiều chỉ tiêu cụ thể cho các trường phổ thông.",
     ["Quyết định 131/QĐ-TTg", "Kế hoạch 21/KH-UBND"], "program",
     [(P, "<p><b>Quyết định số 131/QĐ-TTg</b> ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng "
          "cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, "
          "định hướng đến năm 2030”. Trên địa bàn tỉnh, Đề án được triển khai theo <b>Kế hoạch số 21/KH-UBND</b> "
          "ngày 07/02/2023.</p>"),
      (T, ("Một số chỉ tiêu đến năm 2025 đối với giáo dục phổ thông", [
          ["Nội dung", "Chỉ tiêu"],
          ["Cơ sở giáo dục triển khai học bạ số, sổ điểm điện tử", "100%"],
          ["Giáo viên được bồi dưỡng kỹ năng số, dạy học trực tuyến", "100%"],
          ["Hồ sơ tuyển sinh đầu cấp nộp trực tuyến", "Phấn đấu trên 70%"],
      ])),
      (P, "<p>Phòng GDTrH hướng dẫn các trường xây dựng kế hoạch chi tiết, ưu tiên các nhiệm vụ số hóa dữ liệu "
          "học sinh và kết nối với cơ sở dữ liệu ngành.</p>")]),
    ("chinh-sach-phap-luat", (2023, 4, 12), "van-phong", PORTAL, "Văn phòng Sở",
     "Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số: ý nghĩa với ngành giáo dục",
     "Quyết định số 942/QĐ-TTg và Chỉ thị số 02/CT-TTg đặt ra yêu cầu cung cấp dịch vụ công trực tuyến toàn "
     "trình. Các thủ tục của Sở GDĐT như cấp bản sao văn bằng đã được đưa lên môi trường mạng.",
     ["Quyết định 942/QĐ-TTg", "dịch vụ công trực tuyến"], "policy",
     [(P, "<p>Quyết định số 942/QĐ-TTg ngày 15/6/2021 phê duyệt Chiến lược phát triển Chính phủ điện tử hướng "
          "tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030. Chỉ thị số 02/CT-TTg ngày 26/4/2022 "
          "tiếp tục yêu cầu đẩy mạnh cung cấp dịch vụ công trực tuyến, giảm giấy tờ, giảm đi lại cho người dân.</p>"),
      (P, "<p>Người dân có thể nộp hồ sơ các thủ tục thuộc thẩm quyền của Sở GDĐT trên Cổng dịch vụ công của "
          "tỉnh. Hướng dẫn chi tiết từng thủ tục được đăng tại mục Dịch vụ công của Cổng thông tin ngành.</p>")]),
    ("khai-niem-tac-dong", (2023, 6, 5), "ttgdtx-tinh", PORTAL, "Đặng Thu Trang",
     "Kinh tế số, xã hội số và cơ hội học tập suốt đời",
     "Chiến lược quốc gia phát triển kinh tế số và xã hội số theo Quyết định số 411/QĐ-TTg mở ra nhiều cơ hội "
     "học tập cho người lớn tuổi, người lao động qua các khóa học trực tuyến.",
     ["Quyết định 411/QĐ-TTg", "học tập suốt đời"], "concept",
     [(P, "<p>Theo <b>Quyết định số 411/QĐ-TTg</b> ngày 31/3/2022, xã hội số là xã hội mà mỗi người dân có kỹ "
          "năng số cơ bản, sử dụng được các dịch vụ số an toàn. Trung tâm GDTX tỉnh đã mở các lớp kỹ năng số "
          "cơ bản cho người lao động và người cao tuổi.</p>"),
      (P, "<p>Học viên được hướng dẫn cài đặt ứng dụng định danh điện tử, tra cứu thông tin, thanh toán trực "
          "tuyến và nhận diện tin giả. Nhiều học viên cho biết lần đầu tiên tự nộp được hồ sơ trực tuyến.</p>")]),
    ("chuong-trinh-dien-hinh", (2023, 9, 28), "cttt-gdcntx", CONFERENCE, "Lê Văn Minh",
     "Hội thảo “Chuyển đổi số trong dạy học ở trường trung học phổ thông”",
     "Hơn 150 cán bộ quản lý, giáo viên dự hội thảo chia sẻ mô hình lớp học số, kho học liệu dùng chung và "
     "kinh nghiệm kiểm tra, đánh giá trực tuyến.",
     ["hội thảo", "lớp học số"], "program",
     [(P, "<p>Hội thảo do Sở GDĐT tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới các trường. Tham "
          "luận của Trường THPT Trần Quốc Tuấn giới thiệu kho học liệu số với hơn 2.000 bài giảng, đề kiểm tra do "
          "giáo viên tự xây dựng.</p>"),
      (Q, ("Công nghệ chỉ là công cụ; điều làm nên khác biệt là giáo viên thay đổi cách tổ chức hoạt động học.",
           "Tham luận tại hội thảo")),
      (P, "<p>Hội thảo thống nhất đề xuất xây dựng bộ tiêu chí “trường học số” và tổ chức tập huấn thường "
          "xuyên cho giáo viên các trường miền núi.</p>")]),
    ("an-toan-thong-tin", (2023, 11, 3), "van-phong", PORTAL, "Văn phòng Sở",
     "Diễn tập ứng cứu sự cố an toàn thông tin mạng tại Sở GDĐT",
     "Sở GDĐT phối hợp Sở Thông tin và Truyền thông diễn tập tình huống tấn công mã độc vào hệ thống thư điện "
     "tử và trang thông tin điện tử của ngành.",
     ["diễn tập", "an toàn thông tin"], "security",
     [(P, "<p>Buổi diễn tập mô phỏng tình huống máy trạm nhiễm mã độc tống tiền qua tệp đính kèm email. Đội "
          "ứng cứu thực hành cô lập máy, khôi phục dữ liệu từ bản sao lưu và báo cáo sự cố theo quy trình.</p>"),
      (P, "<p>Qua diễn tập, Sở yêu cầu các đơn vị sao lưu dữ liệu định kỳ theo nguyên tắc 3-2-1, cập nhật "
          "phần mềm thường xuyên và không dùng chung mật khẩu giữa các hệ thống.</p>")]),
    ("vai-tro-trach-nhiem", (2024, 1, 18), "thpt-tran-quoc-tuan", PORTAL, "Huỳnh Thị Mỹ Linh",
     "Trường THPT Trần Quốc Tuấn: mỗi tổ chuyên môn một “đại sứ số”",
     "Nhà trường phân công mỗi tổ chuyên môn một giáo viên làm đầu mối hỗ trợ đồng nghiệp ứng dụng công nghệ, "
     "giúp 100% giáo viên sử dụng thành thạo sổ điểm điện tử sau một học kỳ.",
     ["điển hình", "giáo viên"], "role",
     [(P, "<p>Mô hình “đại sứ số” xuất phát từ thực tế: nhiều giáo viên lớn tuổi ngại hỏi bộ phận tin học. "
          "Khi có đồng nghiệp cùng tổ hướng dẫn, việc học trở nên tự nhiên hơn.</p>"),
      (P, "<p>Hiệu trưởng nhà trường cho biết, ban giám hiệu trực tiếp theo dõi tiến độ hằng tháng và đưa kết "
          "quả ứng dụng công nghệ vào tiêu chí thi đua của tổ.</p>")]),
    ("van-ban-chi-dao", (2024, 3, 8), "cttt-gdcntx", PORTAL, "Nguyễn Thị Hồng",
     "Chỉ thị số 19-CT/TU: tăng cường sự lãnh đạo của Đảng đối với chuyển đổi số",
     "Chỉ thị số 19-CT/TU ngày 18/5/2022 của Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy, người đứng đầu các cơ quan, "
     "đơn vị xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên.",
     ["Chỉ thị 19-CT/TU"], "policy",
     [(P, "<p>Chỉ thị số 19-CT/TU về tăng cường sự lãnh đạo, chỉ đạo của Đảng đối với chuyển đổi số tỉnh "
          "Quảng Ngãi đến năm 2025, định hướng đến năm 2030 nhấn mạnh vai trò của cấp ủy trong việc lãnh đạo "
          "thực hiện.</p>"),
      (P, "<p>Trong ngành GDĐT, các chi bộ trường học đưa nội dung chuyển đổi số vào nghị quyết hằng năm, gắn "
          "với đánh giá, xếp loại đảng viên là cán bộ quản lý.</p>")]),
    ("chuong-trinh-dien-hinh", (2024, 5, 22), "van-phong", CONTEST, "Trần Thị Thu Hà",
     "Hơn 8.000 lượt cán bộ, giáo viên tham gia cuộc thi tìm hiểu về chuyển đổi số",
     "Cuộc thi trực tuyến năm 2024 thu hút đông đảo cán bộ, công chức, viên chức ngành GDĐT tham gia; nhiều "
     "đơn vị có tỷ lệ tham gia trên 90%.",
     ["cuộc thi", "thi trắc nghiệm"], "contest",
     [(P, "<p>Cuộc thi được tổ chức theo hình thức trắc nghiệm trên Internet, mỗi lượt thi gồm 20 câu hỏi về "
          "chủ trương, chính sách và kiến thức cơ bản về chuyển đổi số.</p>"),
      (T, ("Đơn vị có tỷ lệ tham gia cao", [
          ["Đơn vị", "Tỷ lệ tham gia"],
          ["Trường THPT Lý Sơn", "98%"],
          ["Trường Phổ thông Dân tộc nội trú tỉnh", "96%"],
          ["Trường THPT Trần Quốc Tuấn", "93%"],
      ])),
      (P, "<p>Ban tổ chức đã trao giải cho các cá nhân đạt điểm cao và biểu dương các đơn vị có tỷ lệ tham gia "
          "cao nhất.</p>")]),
    ("khai-niem-tac-dong", (2024, 8, 14), "gdmn-th", PORTAL, "Bùi Thanh Tâm",
     "Dữ liệu số giúp gì cho công tác tuyển sinh đầu cấp?",
     "Khi dữ liệu học sinh được số hóa và liên thông, cha mẹ không còn phải nộp nhiều loại giấy tờ khi cho con "
     "vào lớp 1, lớp 6 hay lớp 10.",
     ["tuyển sinh", "dữ liệu"], "concept",
     [(P, "<p>Cơ sở dữ liệu ngành lưu thông tin học sinh từ khi vào lớp 1. Khi kết nối với Cơ sở dữ liệu quốc "
          "gia về dân cư, thông tin nhân thân được xác thực tự động, giảm sai sót do nhập tay.</p>"),
      (P, "<p>Năm học 2024 - 2025, nhiều địa phương trong tỉnh đã tổ chức tuyển sinh trực tuyến đầu cấp; cha "
          "mẹ học sinh chỉ cần mã định danh của con để đăng ký.</p>")]),
    ("an-toan-thong-tin", (2024, 10, 2), "cttt-gdcntx", PRESS, "Lê Văn Minh",
     "Cảnh giác với cuộc gọi giả danh giáo viên báo học sinh cấp cứu",
     "Thời gian gần đây xuất hiện thủ đoạn gọi điện cho phụ huynh, giả danh giáo viên báo con bị tai nạn để "
     "yêu cầu chuyển tiền gấp. Sở GDĐT đề nghị các trường thông báo rộng rãi.",
     ["lừa đảo", "phụ huynh"], "security",
     [(P, "<p>Các đối tượng thường nắm được tên học sinh, lớp học và số điện thoại phụ huynh, tạo tâm lý hoảng "
          "loạn để nạn nhân chuyển tiền ngay.</p>"),
      (P, "<p>Khi nhận cuộc gọi như vậy, phụ huynh cần bình tĩnh, gọi lại cho giáo viên chủ nhiệm hoặc nhà "
          "trường qua số điện thoại đã biết, tuyệt đối không chuyển tiền cho người lạ.</p>"),
      (Q, ("Nhà trường không bao giờ yêu cầu phụ huynh chuyển tiền qua điện thoại trong tình huống khẩn cấp.",
           "Phòng CTTT-GDCNTX, Sở GDĐT"))]),
    ("vai-tro-trach-nhiem", (2025, 1, 9), "pgd-duc-pho", PRESS, "Hồ Ngọc Sơn",
     "Phòng GDĐT thị xã Đức Phổ tổng kết ba năm chuyển đổi số trường học",
     "Toàn bộ trường tiểu học và THCS trên địa bàn thị xã đã dùng học bạ số; 100% hồ sơ công việc của Phòng "
     "được xử lý trên môi trường mạng.",
     ["Đức Phổ", "tổng kết"], "role",
     [(P, "<p>Lãnh đạo Phòng GDĐT thị xã Đức Phổ cho biết, yếu tố quyết định là sự vào cuộc của hiệu trưởng: "
          "trường nào hiệu trưởng trực tiếp dùng hệ thống quản lý thì giáo viên theo rất nhanh.</p>"),
      (P, "<p>Từ ngày 01/7/2025, khi không còn tổ chức cấp huyện, dữ liệu và kinh nghiệm của Phòng được bàn "
          "giao để tiếp tục triển khai ở cấp xã, phường.</p>")]),
    ("chuong-trinh-dien-hinh", (2025, 4, 16), "thpt-ly-son", PORTAL, "Ngô Minh Châu",
     "Học trực tuyến nối liền đảo Lý Sơn với đất liền",
     "Nhờ đường truyền ổn định và lớp học kết hợp, học sinh Trường THPT Lý Sơn được nghe giảng chuyên đề từ "
     "giáo viên các trường chuyên trong đất liền.",
     ["Lý Sơn", "học trực tuyến"], "program",
     [(P, "<p>Mỗi tuần hai buổi, học sinh lớp 12 của trường tham gia các chuyên đề ôn thi do giáo viên Trường "
          "THPT chuyên Lê Khiết giảng dạy trực tuyến. Những ngày biển động, tàu không chạy, việc học vẫn không "
          "bị gián đoạn.</p>"),
      (P, "<p>Mô hình được Sở GDĐT biểu dương là điển hình trong thực hiện chuyển đổi số ở vùng khó khăn.</p>")]),
    ("van-ban-chi-dao", (2025, 6, 20), "van-phong", DOCUMENTATION, "Văn phòng Sở",
     "Hướng dẫn nộp hồ sơ cấp bản sao văn bằng, chứng chỉ trực tuyến",
     "Tài liệu hướng dẫn từng bước nộp hồ sơ trực tuyến thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc trên "
     "Cổng dịch vụ công, thực hiện Kế hoạch số 316/KH-SGDĐT.",
     ["dịch vụ công", "hướng dẫn"], "program",
     [(P, "<p>Bước 1: Đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử. Bước 2: Tìm thủ tục “Cấp "
          "bản sao văn bằng, chứng chỉ từ sổ gốc”. Bước 3: Khai thông tin, đính kèm ảnh giấy tờ. Bước 4: Thanh "
          "toán lệ phí trực tuyến và chọn hình thức nhận kết quả.</p>"),
      (P, "<p>Hướng dẫn đầy đủ các thủ tục khác của Sở GDĐT có tại mục Dịch vụ công trên Cổng thông tin ngành.</p>")]),
    ("khai-niem-tac-dong", (2025, 9, 30), "qlcl", PORTAL, "Đỗ Thị Hạnh",
     "Trí tuệ nhân tạo trong nhà trường: cơ hội và những điều cần lưu ý",
     "Công cụ trí tuệ nhân tạo có thể hỗ trợ giáo viên soạn bài, ra đề; nhưng việc kiểm tra, đánh giá cần bảo "
     "đảm trung thực và bảo vệ dữ liệu cá nhân của học sinh.",
     ["trí tuệ nhân tạo", "đánh giá"], "concept",
     [(P, "<p>Nhiều giáo viên đã dùng trí tuệ nhân tạo để gợi ý câu hỏi, tóm tắt tài liệu. Phòng QLCL khuyến "
          "nghị luôn kiểm tra lại nội dung do máy tạo ra và không đưa thông tin cá nhân của học sinh lên các "
          "dịch vụ trực tuyến không rõ nguồn gốc.</p>"),
      (P, "<p>Trong kiểm tra, đánh giá, nhà trường cần quy định rõ việc sử dụng công cụ hỗ trợ để bảo đảm công "
          "bằng cho mọi học sinh.</p>")]),
    ("chinh-sach-phap-luat", (2025, 12, 18), "cttt-gdcntx", PORTAL, "Nguyễn Thị Hồng",
     "Quốc hội thông qua Luật Chuyển đổi số",
     "Luật Chuyển đổi số số 148/2025/QH15 lần đầu tiên tạo khung pháp lý thống nhất cho hoạt động chuyển đổi số, "
     "có hiệu lực từ ngày 01/7/2026.",
     ["Luật Chuyển đổi số", "148/2025/QH15"], "policy",
     [(P, "<p>Luật Chuyển đổi số quy định về hoạt động chuyển đổi số, hạ tầng số, chính phủ số, kinh tế số, xã "
          "hội số và bảo đảm an toàn, an ninh trong chuyển đổi số.</p>"),
      (P, "<p>Ngành GDĐT Quảng Ngãi sẽ tổ chức phổ biến nội dung Luật tới cán bộ, giáo viên trong năm 2026, "
          "đồng thời rà soát các quy trình nội bộ cho phù hợp.</p>")]),
    ("chuong-trinh-dien-hinh", (2026, 3, 10), "ptdtnt-tinh", PORTAL, "Đinh Văn Lực",
     "Trường Phổ thông Dân tộc nội trú tỉnh số hóa thư viện",
     "Hơn 12.000 đầu sách, tài liệu của thư viện nhà trường đã được số hóa, học sinh có thể mượn, tra cứu qua "
     "điện thoại ngay tại ký túc xá.",
     ["thư viện số", "dân tộc nội trú"], "program",
     [(P, "<p>Thư viện số được xây dựng với sự hỗ trợ của giáo viên tổ Tin học và đoàn viên thanh niên. Tài "
          "liệu tiếng dân tộc H're, Cor, Ca Dong cũng được đưa vào kho để giữ gìn văn hóa địa phương.</p>"),
      (P, "<p>Nhà trường được Sở GDĐT biểu dương là đơn vị tiêu biểu trong chuyển đổi số năm học 2025 - 2026.</p>")]),
    ("an-toan-thong-tin", (2026, 5, 6), "van-phong", PORTAL, "Văn phòng Sở",
     "Bảo vệ dữ liệu cá nhân của học sinh: nhà trường cần làm gì?",
     "Dữ liệu học sinh là dữ liệu cá nhân cần được bảo vệ. Sở GDĐT hướng dẫn các trường rà soát quyền truy cập "
     "phần mềm quản lý và quy trình chia sẻ dữ liệu.",
     ["dữ liệu cá nhân", "an toàn thông tin"], "security",
     [(P, "<p>Các trường cần phân quyền đúng người đúng việc trên phần mềm quản lý, thu hồi tài khoản của người "
          "đã chuyển công tác, không gửi danh sách học sinh qua các nhóm mạng xã hội công khai.</p>"),
      (P, "<p>Khi phát hiện lộ lọt dữ liệu, đơn vị báo cáo ngay về Văn phòng Sở để phối hợp xử lý theo quy "
          "định.</p>")]),
    ("vai-tro-trach-nhiem", (2026, 9, 15), "gdtrh", CONFERENCE, "Võ Quốc Bảo",
     "Hội nghị triển khai nhiệm vụ chuyển đổi số năm học 2026 - 2027",
     "Sở GDĐT giao chỉ tiêu chuyển đổi số cho từng đơn vị, gắn với trách nhiệm người đứng đầu và triển khai "
     "Luật Chuyển đổi số có hiệu lực từ 01/7/2026.",
     ["hội nghị", "năm học 2026 - 2027"], "role",
     [(P, "<p>Hội nghị thống nhất các nhiệm vụ trọng tâm: hoàn thiện cơ sở dữ liệu ngành, mở rộng học bạ số, "
          "tăng tỷ lệ hồ sơ trực tuyến toàn trình và bồi dưỡng năng lực số cho giáo viên.</p>"),
      (P, "<p>Người đứng đầu mỗi đơn vị ký cam kết thực hiện chỉ tiêu, kết quả là căn cứ đánh giá thi đua "
          "cuối năm học.</p>")]),
]

# Cover images drawn here (no files in the repository): (key, title, colour, label).
COVERS = [
    ("policy", "Ảnh minh họa: Chính sách chuyển đổi số", (11, 79, 138), "CHÍNH SÁCH"),
    ("concept", "Ảnh minh họa: Khái niệm chuyển đổi số", (27, 110, 58), "KHÁI NIỆM"),
    ("role", "Ảnh minh họa: Vai trò người đứng đầu", (120, 60, 20), "VAI TRÒ"),
    ("program", "Ảnh minh họa: Chương trình, điển hình", (90, 40, 120), "ĐIỂN HÌNH"),
    ("security", "Ảnh minh họa: An toàn thông tin", (164, 22, 26), "AN TOÀN"),
    ("contest", "Ảnh minh họa: Cuộc thi trực tuyến", (8, 58, 102), "CUỘC THI"),
]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _cover_images() -> dict:
    Image = get_image_model()
    images = {}
    for key, title, colour, label in COVERS:
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title)
            image.file = ImageFile(_draw_cover(colour, label), name=f"lantoa-{key}.jpg")
            image.save()
        images[key] = image
    return images


def _draw_cover(colour, label) -> io.BytesIO:
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    width, height = 1600, 900
    picture = PILImage.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(picture)
    for i in range(0, width, 80):  # a simple pattern so the JPEG is not a flat colour
        draw.line([(i, height), (i + 400, 0)], fill=tuple(min(255, c + 25) for c in colour), width=18)
    draw.rectangle([0, height - 120, width, height], fill=(245, 179, 1))
    try:
        font = ImageFont.truetype(FONT, 120)
    except OSError:
        font = ImageFont.load_default()
    draw.text((80, 320), label, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    buffer.seek(0)
    return buffer


def _body(items) -> list:
    body = []
    for kind, value in items:
        if kind == P:
            body.append(("paragraph", value))
        elif kind == Q:
            body.append(("quote", {"text": value[0], "source": value[1]}))
        elif kind == T:
            caption, rows = value
            body.append(("table", {"caption": caption, "table": {
                "data": rows, "first_row_is_table_header": True, "first_col_is_header": False,
                "table_caption": caption}}))
    return body


def articles_seed(*, topics: dict) -> int:
    units = {u.code: u for u in Unit.objects.all()}
    activities = {a.sort_order: a for a in Activity.objects.filter(plan__start_year=2022).order_by("plan_id")}
    covers = _cover_images()
    tz = timezone.get_current_timezone()
    for order, (topic_slug, day, unit_code, activity_order, author, title, sapo, tags, cover, items) in enumerate(ARTICLES):
        topic = topics[topic_slug]
        slug = slug_vi(title)[:80].strip("-")
        if ArticlePage.objects.child_of(topic).filter(slug=slug).exists():
            continue
        article = ArticlePage(
            title=title, slug=slug, sapo=sapo, author=author, unit=units.get(unit_code),
            activity=activities.get(activity_order), cover_image=covers.get(cover),
            cover_alt=covers[cover].title.replace("Ảnh minh họa: ", "") if cover in covers else "",
            body=_body(items),
        )
        article.tags.add(*tags)
        topic.add_child(instance=article)
        article.save_revision().publish()
        when = datetime.datetime(*day, 8, 30, tzinfo=tz) + datetime.timedelta(minutes=order)
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=when, last_published_at=when, latest_revision_created_at=when
        )
        generation_bump()  # the date changed after the publish's bump (the search keeps dates per generation)
    for article in ArticlePage.objects.exclude(search_text__startswith=" "):  # search columns of an older format
        article.search_fields_update()
        ArticlePage.objects.filter(pk=article.pk).update(title_folded=article.title_folded, search_text=article.search_text)
    return ArticlePage.objects.descendant_of(next(iter(topics.values())).get_parent()).count()
