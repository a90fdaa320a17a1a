"""Title, kind, author, boilerplate, keywords, organisation, place and summary."""

from __future__ import annotations

import pytest

from archive_app.core.understand import display_title, understand


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Đảng ủy phường tổ chức hội nghị giao ban công tác dân vận quý III", "giao ban"),
        ("Hội nghị sơ kết 6 tháng đầu năm 2021", "sơ kết"),
        ("Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2020-2025", "đại hội"),
        ("Kỳ họp thứ 3 HĐND huyện khóa XII", "kỳ họp"),
        ("Đoàn công tác của tỉnh làm việc với UBND huyện", "làm việc"),
        ("Đại biểu Quốc hội tiếp xúc cử tri huyện Đắk Song", "tiếp xúc cử tri"),
        ("Hội nghị triển khai Nghị quyết", "hội nghị"),
        ("Tọa đàm kỷ niệm ngày thành lập", "tọa đàm"),
        ("Tập huấn nghiệp vụ công tác Mặt trận", "tập huấn"),
        ("HOI NGHI GIAO BAN CONG TAC DAN VAN", "giao ban"),  # typed without diacritics
        ("Tổng Bí thư tiếp xúc cử tri sau kỳ họp Quốc hội", "tiếp xúc cử tri"),
        ("Tăng cường hợp tác kinh tế", None),  # "hợp" is not "họp"
        ("Hội thao công nhân viên chức", None),  # a sports meet, not a "hội thảo"
    ],
)
def test_kind_from_title(title, kind):
    assert understand(f"{title}\n\nNội dung báo cáo.").kind == kind


def test_kind_from_the_lead_when_the_title_has_none():
    assert (
        understand(
            "Ngày 25/12, Ban Chỉ đạo huyện đã tổ chức Hội nghị tổng kết năm 2020.", title_hint="28122020 10"
        ).kind
        == "tổng kết"
    )


@pytest.mark.parametrize(
    "line, author",
    [
        ("-Thanh Thủy-", "Thanh Thủy"),
        ("Thanh Thủy", "Thanh Thủy"),
        ("Vương Hợp – TTVHTT - TH", "Vương Hợp"),
        ("Tin, ảnh: Nguyễn Văn A", "Nguyễn Văn A"),
        ("(Theo Báo Đắk Nông)", "Báo Đắk Nông"),
        ("PV", "PV"),
        ("Quốc Nhân – Vương Hợp", "Quốc Nhân, Vương Hợp"),
        ("HL st", "HL"),
    ],
)
def test_author_line_is_taken_out_of_the_body(line, author):
    u = understand(f"Hội nghị giao ban\n\nSáng nay hội nghị diễn ra.\n\n{line}")
    assert u.author == author
    assert u.body == "Sáng nay hội nghị diễn ra."


def test_author_at_the_end_of_a_run_on_news_paragraph():
    u = understand(
        "Bộ trưởng phát biểu tại hội nghị. Các đại biểu thống nhất. Phi Long/VOV.VN", title_hint="Hội nghị"
    )
    assert u.author == "Phi Long" and u.body.endswith("thống nhất.")


def test_no_author_line():
    u = understand("Hội nghị giao ban\n\nSáng nay hội nghị diễn ra.\n\nMột số hình ảnh tại đại hội:")
    assert u.author is None and u.body.endswith("đại hội:")


def test_boilerplate_is_removed_only_as_whole_lines():
    text = (
        "Trang chủ > Tin tức > Chính trị\n\nHội nghị giao ban\n\nTrả lời cử tri, đồng chí Bí thư nói rõ.\n\n"
        "Chia sẻ\n\nBình luận\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai. "
        "Các trường bắt buộc được đánh dấu *"
    )
    u = understand(text)
    assert u.title == "Hội nghị giao ban"
    assert u.body == "Trả lời cử tri, đồng chí Bí thư nói rõ."


def test_related_news_section_is_cut():
    body = "Sáng nay hội nghị diễn ra tại hội trường UBND huyện với nhiều nội dung quan trọng. " * 3
    u = understand(f"Hội nghị\n\n{body}\n\nTin liên quan\n\nHuyện tổ chức đại hội\n\nXã ra quân")
    assert "Tin liên quan" not in u.body and "Xã ra quân" not in u.body


def test_title_rules():
    assert understand("Hội nghị giao ban tháng 9\n\nNội dung.").title == "Hội nghị giao ban tháng 9"
    u = understand("Sáng nay, hội nghị diễn ra. Các đại biểu thảo luận.", title_hint="Hội nghị X")
    assert u.title == "Hội nghị X" and u.body.startswith("Sáng nay")
    assert (
        understand("Sáng nay, hội nghị diễn ra. Các đại biểu thảo luận.").title
        == "Sáng nay, hội nghị diễn ra."
    )
    u = understand("Hội nghị X\n\nSáng nay, hội nghị diễn ra.", title_hint="Hội nghị X")
    assert u.title == "Hội nghị X" and u.body == "Sáng nay, hội nghị diễn ra."


def test_display_title():
    assert display_title("HỘI NGHỊ GIAO BAN CỦA UBND HUYỆN ĐẮK SONG QUÝ III NĂM 2021") == (
        "Hội nghị giao ban của UBND huyện Đắk Song quý III năm 2021"
    )
    assert display_title("THỰC HIỆN CHỈ THỊ 05-CT/TW VỀ PHÒNG, CHỐNG COVID-19") == (
        "Thực hiện chỉ thị 05-CT/TW về phòng, chống COVID-19"
    )
    assert display_title("Hội nghị giao ban") == "Hội nghị giao ban"
    assert display_title("ĐỒNG CHÍ NGUYỄN TIẾN SỮ DỰ HỘI NGHỊ", ["Nguyễn Tiến Sữ"]) == (
        "Đồng chí Nguyễn Tiến Sữ dự hội nghị"
    )


def test_keywords():
    text = (
        "Thực hiện Chỉ thị 05-CT/TW, Nghị quyết 12/2021/NQ-HĐND, Kế hoạch số 56/KH-UBND và "
        "Nghị quyết số 35- NQ/TW; Nghị định 116/2020/NĐ-CP; Chỉ thị 43-CT/TU. COVID-19, 2021-2025, 5/3."
    )
    assert understand(text).keywords == (
        "05-CT/TW",
        "12/2021/NQ-HĐND",
        "56/KH-UBND",
        "35-NQ/TW",
        "116/2020/NĐ-CP",
        "43-CT/TU",
    )


def test_organisation_location_summary():
    u = understand(
        "Hội nghị\n\nSáng ngày 1/10, tại huyện Đắk Song, Ủy ban MTTQ Việt Nam tỉnh đã tổ chức "
        "Hội nghị giao ban. " + "Các đại biểu thảo luận sôi nổi về nhiều vấn đề. " * 12
    )
    assert u.organisation == "Ủy ban MTTQ Việt Nam tỉnh"
    assert u.location == "huyện Đắk Song"
    assert u.summary.startswith("Sáng ngày 1/10") and len(u.summary) <= 300 and u.summary.endswith(".")


def test_empty_and_tiny_inputs():
    u = understand("")
    assert (u.title, u.body, u.persons, u.meeting_date, u.author) == ("", "", (), None, None)
    assert understand("", title_hint="Tiêu đề").title == "Tiêu đề"
    assert understand("   \n\n  ").body == ""


@pytest.mark.parametrize(
    "tail, author",
    [
        ("Lê Kiên -", "Lê Kiên"),
        ("H. Nam", "H. Nam"),
        ("L.Hà -H.Phạm", "L.Hà, H.Phạm"),
        ("Trần Ngọc- Ngọc Khánh/VOV.VN", "Trần Ngọc, Ngọc Khánh"),
        ("VnExpress", "VnExpress"),
        ("Minh PhươngTheo Reuters", "Minh Phương"),  # the name without "Theo", the source apart
        ("Theo Thanh HuyềnĐầu tư", "Thanh Huyền"),
        ("T.ThủyTheo NDTV", "T.Thủy"),
    ],
)
def test_author_at_the_end_of_news_text(tail, author):
    text = f"Bộ trưởng phát biểu tại hội nghị. Các đại biểu thống nhất. {tail}"
    u = understand(text, title_hint="Hội nghị")
    assert u.author == author
    assert u.body.endswith("thống nhất.")


def test_author_line_before_its_source_line():
    u = understand("Hội nghị\n\nCác đại biểu thống nhất.\n\nVĩnh Ngọc\n\nTheo DM")
    assert u.author == "Vĩnh Ngọc" and u.body.endswith("thống nhất.")
    assert understand("Hội nghị\n\nCác đại biểu thống nhất.\n\n(Theo Báo Đắk Nông)").author == "Báo Đắk Nông"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Kỳ họp thứ 3 sẽ tăng chất vấn\n\nChiều 19/5, Văn phòng Quốc hội tổ chức họp báo.", "họp báo"),
        # a plenary sitting with no session named is a sitting (the labels' convention, baomoi-22483054)
        ("Chiều nay, Quốc hội thảo luận\n\nQuốc hội thảo luận ở hội trường về dự án luật.", "phiên họp"),
        ("Chuẩn bị cho Kỳ họp thứ Ba\n\nPhiên họp thứ 10 của Ủy ban diễn ra từ 15-17/5.", "phiên họp"),
        ("Tuyên truyền Đại hội XVI\n\nNgày 12.5, Liên đoàn tổ chức họp Tiểu ban Tuyên truyền.", "họp"),
        ("Trung ương sẽ họp bàn\n\nChiều 13/5, Tổng bí thư có cuộc tiếp xúc cử tri.", "tiếp xúc cử tri"),
        # a shareholders' meeting is an "đại hội"; the UN General Assembly is a body, not a meeting kind
        ("TAC tăng vốn\n\nSáng 10/2, công ty đã tổ chức Đại hội cổ đông bất thường.", "đại hội"),
        ("Cổ tức\n\nĐại hội đồng cổ đông thường niên Sacombank diễn ra sáng nay.", "đại hội"),
        ("ĐHĐCĐ LienVietPostBank: Chủ tịch xin từ nhiệm\n\nChiều 5/6, ngân hàng họp.", "đại hội"),
        ("Đại hội đồng Liên hợp quốc bỏ phiếu\n\nCác nước bỏ phiếu về nghị quyết.", None),
        # the kind the opening says was held, further than the lead, before a title's generic word
        ("Cuộc họp về Sơn Trà\n\nHiệp hội đề nghị được dự buổi làm việc về quy hoạch nhưng bị từ chối vì "
         "nhiều lý do khác nhau.\n\nNgày 11/5 tại Đà Nẵng đã diễn ra buổi làm việc để trao đổi.", "làm việc"),
        ("Những tranh cãi về cuộc họp kín\n\nÔng Trump tiếp Ngoại trưởng Nga hồi đầu tuần này, một ngày sau "
         "khi sa thải giám đốc FBI.\n\nHai bên bắt tay tại cuộc hội đàm kín ở Nhà Trắng.", "hội đàm"),
        # not a later event the report prepares for, nor a press briefing where it was mentioned
        ("Đà Nẵng triệu tập cuộc họp khẩn\n\nCuộc họp sẽ chuẩn bị nội dung cho buổi Tọa đàm phát triển du "
         "lịch.", "họp"),
        # the chairman of a body called "Hội nghị" is no conference held
        ("Chủ tịch nước hội kiến Chủ tịch Chính hiệp\n\nChiều 12/5, Chủ tịch nước đã hội kiến với Chủ tịch Hội "
         "nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc.", None),
        # a title and a summary lead without a kind: the opening says who chairs what
        ("Khẩn trương sửa cầu\n\nCông ty phải đẩy nhanh tiến độ sửa chữa cầu cho dân đi lại thuận tiện "
         "trong thời gian tới, theo thông tin mà phóng viên ghi nhận được.\n\n"
         "Chiều 9/2, ông An chủ trì hội nghị giao ban tháng 1.", "giao ban"),
        ("Thanh tra doanh nghiệp\n\nMỗi năm chỉ thanh tra doanh nghiệp một lần, Bộ trưởng cho biết "
         "trong thời gian tới, theo thông tin mà phóng viên ghi nhận được.\n\n"
         "Chiều 17/5, Bộ trưởng đã chủ trì cuộc họp báo thường kỳ.", "họp báo"),
        ("Cổ phần hóa\n\nViệc cổ phần hóa doanh nghiệp thời gian qua tuy chậm nhưng không thất thoát "
         "trong thời gian tới, theo thông tin mà phóng viên ghi nhận được.\n\n"
         "Chiều 6/2, Phó Thủ tướng chủ trì cuộc làm việc với các bộ.", "làm việc"),
        ("Xây cảng theo hình thức PPP\n\nBộ thống nhất với thành phố về việc sớm đầu tư xây cảng mới "
         "trong thời gian tới, theo thông tin mà phóng viên ghi nhận được.\n\n"
         "Ngày 22/5, Thứ trưởng chủ trì cuộc họp với lãnh đạo thành phố.", "họp"),
        ("Công khai kết luận\n\nThủ tướng nhấn mạnh kết luận thanh tra phải được công khai hóa "
         "trong thời gian tới, theo thông tin mà phóng viên ghi nhận được.\n\n"
         "Ngày 10-2, Thủ tướng chủ trì hội nghị liên tịch thường niên.", "hội nghị"),
        ("Loa phường tốn kém\n\nDuy trì loa phường mỗi năm tốn vài trăm triệu đồng mà hiệu quả không cao "
         "trong thời gian tới, theo thông tin mà phóng viên ghi nhận được.\n\n"
         "Sáng 6/2, tại cuộc họp giao ban với các sở, Chủ tịch thành phố yêu cầu rà soát.", "giao ban"),
        # a sitting of a shareholders' meeting is the shareholders' meeting
        ("Tại phiên họp đại hội đồng cổ đông thường niên năm 2021 diễn ra chiều 29/4, ngân hàng trình cổ đông.",
         "đại hội"),
        # a "phiên họp giao ban" is a giao ban; the resolution of a congress is a document, not a congress held
        ("Chuyện nóng ở phiên họp giao ban của thành phố\n\nSáng 6/2, thành phố họp với các sở.", "giao ban"),
        ("Sáng 27/4, Đảng ủy Bộ tổ chức Hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng.", "hội nghị"),
        ("Xã thực hiện Nghị quyết Đại hội Đảng bộ\n\nXã đã thực hiện tốt nghị quyết đại hội Đảng các cấp.", None),
        # the title's vague "làm việc với" gives way to the kind the lead says was held
        ("Hoàng hậu làm việc với Ngân hàng Nhà nước\n\nChiều 1/6, Ngân hàng Nhà nước đã tổ chức tọa đàm về tài "
         "chính toàn diện.", "tọa đàm"),
        ("Bộ trưởng làm việc với tỉnh\n\nChiều 1/6, Bộ trưởng đã có buổi làm việc với tỉnh về đầu tư.", "làm việc"),
        # nothing else names a kind: the meeting the report quotes from
        ("Xuất khẩu tôm\n\nGiá trị xuất khẩu tôm năm qua tăng mạnh so với năm trước, theo số liệu của ngành thủy "
         "sản.\n\nTại hội nghị ngành tôm, Thủ tướng yêu cầu liên kết sản xuất.", "hội nghị"),
        ("Vay tiêu dùng\n\nKhách hàng trẻ tuổi ngày càng vay tiêu dùng nhiều hơn, theo các công ty tài chính lớn "
         "hiện nay.\n\nTheo báo cáo công bố tại tọa đàm về thị trường, dư nợ tăng nhanh.", "tọa đàm"),
        # … but a meeting cited in the opening does not override the title's own word
        ("Thủ tướng họp về kịch bản tăng trưởng\n\nChiều 22/5, Thủ tướng đã chủ trì cuộc họp với các bộ về "
         "kịch bản tăng trưởng.\n\nTại phiên họp Chính phủ thường kỳ tháng 4, Chính phủ đặt mục tiêu.", "họp"),
        # the lead's own generic word before an event it prepares, named later
        ("Phối hợp chuẩn bị\n\nCuộc họp trù bị về tổ chức Hội nghị Chủ tịch Mặt trận ba nước.\n\n"
         "Sáng 26/5, các bên đồng chủ trì cuộc họp.", "họp"),
    ],
)
def test_most_specific_kind_of_the_event_reported(text, kind):
    assert understand(text).kind == kind


@pytest.mark.parametrize(
    "text, kind",
    [
        # a plenary sitting of the National Assembly is the session when the text names it, else a sitting
        ("Quốc hội bàn luật thủy sản\n\nSáng 6/6, Quốc hội họp phiên toàn thể tại hội trường nghe báo cáo."
         "\n\nĐây là nội dung lớn của Kỳ họp thứ 3.", "kỳ họp"),
        ("Bàn dự án sân bay\n\nChiều 8/6, Quốc hội thảo luận ở hội trường về dự án sân bay.", "phiên họp"),
        ("Bàn dự án sân bay\n\nChiều 8/6, Quốc hội thảo luận ở hội trường về dự án sân bay.\n\nĐại biểu An "
         "cho rằng cần có thêm thời gian ở kỳ họp sau.", "kỳ họp"),
        ("Quốc hội bàn luật hình sự\n\nTại phiên họp sáng 24/5 của Kỳ họp thứ 3, Quốc hội nghe báo cáo.",
         "kỳ họp"),
        # "phiên họp báo" is a press conference
        ("Cổ phần hóa\n\nTại phiên họp báo Chính phủ thường kỳ chiều 3/2, Bộ trưởng cho biết kế hoạch.",
         "họp báo"),
        # the lead's verb names the talks of a visit
        ("Thủ tướng thăm, làm việc tại Liên Hợp Quốc\n\nNgày 30/5, Thủ tướng đã hội đàm với Tổng Thư ký.",
         "hội đàm"),
        ("Pháp đón Tổng thống Nga\n\nNgay sau khi hạ cánh, Tổng thống Nga đã tới cung điện Versailles để hội "
         "đàm với Tổng thống nước chủ nhà.\n\n"
         "Sau cuộc hội đàm, hai bên sẽ trả lời báo giới tại cuộc họp báo chung.", "hội đàm"),
        # a courtesy call or a reception has no canonical kind, whatever the lead mentions …
        ("Thủ tướng hội kiến Chủ tịch Thượng viện\n\nNhân dịp dự Hội nghị Tương lai châu Á, ngày 6/6, Thủ "
         "tướng đã hội kiến Chủ tịch Thượng viện.", None),
        ("Tổng Bí thư tiếp Thủ tướng Lào\n\nTổng Bí thư chúc mừng thành công của kỳ họp Quốc hội Lào.", None),
        ("Tại buổi tiếp, Tổng Bí thư chúc mừng thành công của Đại hội Đảng.\n\nHai bên trao đổi.", None),
        # … unlike a visit welcomed with talks, a meeting with voters or a kind the title names first
        ("Chủ tịch nước đón tiếp Tổng thống\n\nSau lễ đón, Chủ tịch nước đã hội đàm với Tổng thống.",
         "hội đàm"),
        ("Ông An vắng mặt tại buổi tiếp xúc cử tri\n\nSáng 9/5, Đoàn đại biểu tiếp xúc cử tri.",
         "tiếp xúc cử tri"),
        ("Thủ tướng dự tọa đàm, tiếp lãnh đạo các tập đoàn\n\nThủ tướng dự tọa đàm.", "tọa đàm"),
        # a "hội nghị" or "cuộc họp" the opening also calls "buổi làm việc" is one
        ("Bộ trưởng Nguyễn Văn An.\n\nSau nhậm chức, tân Bộ trưởng Nguyễn Văn An đã chủ trì các cuộc hội "
         "nghị triển khai nhiệm vụ với các đơn vị thuộc Bộ.\n\nTại buổi làm việc, Bộ trưởng giao nhiệm vụ.",
         "làm việc"),
    ],
)
def test_kinds_the_conventions_settle(text, kind):
    assert understand(text).kind == kind


@pytest.mark.parametrize(
    "text, furniture, kept",
    [
        (
            "Hội đàm\n\nThủ tướng Anh và người đồng cấp tại London. (Nguồn: AFP/TTXVN) "
            "Ngày 6/2, hai bên hội đàm. "
            "Ảnh: VGP/Quang Hiếu Đây là cuộc gặp đầu tiên. [Đàm phán Brexit: EU nghi ngờ khả năng Chính phủ] "
            "Hai bên sẽ ra thông cáo. Ảnh: Reuters. Sau cuộc gặp, hai bên họp báo (ảnh Tuấn Hiệp)./. Xem thêm:",
            ("AFP/TTXVN", "VGP/Quang Hiếu", "Đàm phán Brexit", "Reuters", "Tuấn Hiệp", "Xem thêm"),
            "Đây là cuộc gặp đầu tiên. Hai bên sẽ ra thông cáo. Sau cuộc gặp, hai bên họp báo./.",
        ),
        (  # a caption run into a paragraph (to its full stop, or to its credit) and a video's credit
            "Hội nghị xúc tiến\n\nMở rộng thị trường xuất khẩu. Trong ảnh: Vải thiều được trưng bày tại hội nghị. "
            "Ảnh: Tùng Lâm/TTXVN Tại hội nghị, các địa phương báo cáo. Trong ảnh: Công an khám nghiệm hiện trường "
            "(Ảnh: CAND) Khi đến trước cây xăng, hai người dừng xe. Sân golf nhìn từ trên cao. Clip: Hứa Phương",
            ("Vải thiều", "Tùng Lâm", "khám nghiệm", "CAND", "Clip", "Hứa Phương"),
            "xuất khẩu. Tại hội nghị, các địa phương báo cáo. Khi đến trước cây xăng, hai người dừng xe. Sân golf "
            "nhìn từ trên cao.",
        ),
    ],
)
def test_inline_furniture_is_cut_from_news_paragraphs(text, furniture, kept):
    body = understand(text).body
    for words in furniture:
        assert words not in body
    assert kept in body
    # a video's headline is no credit: it goes as a headline, to its full stop
    assert "Nhóm thanh niên" not in understand("Tin\n\nClip: Nhóm thanh niên đánh người ở Hà Nam.").body


def test_links_to_other_articles_run_into_a_paragraph():
    text = (
        "ĐHĐCĐ\n\nNgân hàng sẽ bầu bổ sung. >> Ông Nguyễn Đức Hưởng sắp trở lại LienVietPostBank 15h30: Phó "
        "Chủ tịch HĐQT đọc các tờ trình. Xe buýt lên vỉa hè. Video: Xe buýt 'đại náo' vỉa hè để thoát kẹt xe "
        "Trả lời VTC News, ông Trần Chí Trung cho biết."
    )
    body = understand(text).body
    assert "sắp trở lại" not in body and "đại náo" not in body
    assert "bầu bổ sung. 15h30: Phó Chủ tịch" in body and "vỉa hè. Trả lời VTC News" in body
    # no visible end of the linked title: nothing is cut
    assert understand("Giá vàng\n\nGiá vàng tăng >> giá bạc giảm theo").body.endswith(">> giá bạc giảm theo")


def test_header_comments_are_no_title():
    u = understand("# doc_id = news_travel_096\n\nDu lịch Đà Nẵng đón khách\n\nDu khách mang khẩu trang.")
    assert u.title == "Du lịch Đà Nẵng đón khách"
    assert "doc_id" not in u.body


def test_caption_positions_do_not_end_up_in_roles():
    u = understand("Hội đàm\n\nTổng thống Colombia Juan Manuel Santos (giữa) thông báo số người thiệt mạng.")
    assert "(giữa)" not in u.body
    assert [(p.name, p.role) for p in u.persons] == [("Juan Manuel Santos", "Tổng thống Colombia")]


def test_source_header_lines_never_become_the_title():
    text = ("# doc_id = news_travel_096\n# url = https://dantri.com.vn/du-lich/hue.htm\n# date = 20210430\n"
            "Tại các điểm tham quan cố đô Huế, lượng du khách vẫn khá đông. Các đoàn khách chấp hành tốt.\n"
            "Du khách mang khẩu trang chụp hình.\n")
    u = understand(text)
    assert u.title.startswith("Tại các điểm tham quan cố đô Huế")
    assert "doc_id" not in u.body and "dantri" not in u.body
    kept = understand("# Họp chi bộ tháng 3\nChi bộ họp thường kỳ, bàn công tác phát triển đảng viên.\n")
    assert "Họp chi bộ tháng 3" in kept.title + kept.body         # a Markdown heading is not metadata


def test_more_photo_credits_links_and_footers_are_cut():
    text = (
        "Sân bay quá tải\n\nSân bay đã quá tải. ảnh: Thời báo Kinh tế. Nếu không mở rộng, sân bay sẽ khó. "
        "Cầu bị cày nát. Ảnh Ngọc Anh. Ô tô chạy qua. Ông Lê Văn Ái phát biểu. Ảnh: lamdongtv.vn Theo báo cáo, "
        "có 14 đô thị. Phó Thủ tướng kết luận. Ảnh: báo Dân trí Theo ông Ái, có 18 dự án. Bộ trưởng phát biểu "
        "tại buổi làm việc Nên đọc Công ty nỗ lực giữ vị trí hàng đầu Sau khi lắng nghe, Bộ trưởng kết luận. "
        "Hai bên ký văn kiện. Xem video Thủ tướng thăm Nhật Bản Trang Trần"
    )
    u = understand(text)
    for furniture in ("Thời báo", "Ngọc Anh", "lamdongtv", "Dân trí", "nỗ lực giữ", "thăm Nhật"):
        assert furniture not in u.body
    assert "Sân bay đã quá tải. Nếu không mở rộng" in u.body and "làm việc Sau khi lắng nghe" in u.body
    assert u.author == "Trang Trần"
    # a credit in an author line stays the author's; "Xem video:" heads a caption, which stays
    assert understand("Mưa lớn ở Hà Tĩnh\n\nMưa lớn kéo dài.\n\nTin - ảnh: Sỹ Hưng").author == "Sỹ Hưng"
    assert understand("Mưa lớn ở Hà Tĩnh\n\nMưa lớn kéo dài. Tin - ảnh: Sỹ Hưng").author == "Sỹ Hưng"
    assert "Xem video: Đám cưới" in understand("Tin\n\nĐộc giả thích. Xem video: Đám cưới ở Hưng Yên.").body
    # a call for readers' mail at the foot of the page is no part of the report, nor its author line
    u = understand("Tin\n\nBộ cần lưu ý.\n\nNhật Hồng\n\n* Mọi ý kiến đóng góp xin gửi về hộp thư: a@dantri.com.vn")
    assert u.author == "Nhật Hồng" and "hộp thư" not in u.body


@pytest.mark.parametrize(
    "tail, author",
    [
        # a name glued after a caption with no full stop, at the very end
        ("Câu lạc bộ chụp ảnh lưu niệm đầu xuân 2017 Huy Hùng", "Huy Hùng"),
        ("Lãnh đạo tỉnh tặng hoa các cơ quan báo chí trên địa bàn Quốc Hoàn - Thúy Nga", "Quốc Hoàn, Thúy Nga"),
        ("Các đại biểu chụp ảnh lưu niệm tại hội nghị Minh Hòa/VOV.VN", "Minh Hòa"),
        ("Một số nữ doanh nhân dự họp theo Trí Thức Trẻ", "Trí Thức Trẻ"),
        # a source after a space, a marker before the name, an initial glued to the name
        ("Cuộc họp chưa có thông tin cụ thể. Mai Chi Theo Reuters", "Mai Chi"),
        ("Báo chí có thể giám sát điều này. (Tổng hợp) Duy Ngọc", "Duy Ngọc"),
        ("Doanh nghiệp cần cơ chế ổn định hơn. P.Hậu", "P.Hậu"),
        ("Virus đã được ngăn chặn. (Tổng hợp) Tân Phan, Theo Trí Thức Trẻ", "Tân Phan"),
    ],
)
def test_author_glued_at_the_end_of_news_text(tail, author):
    assert understand(f"Họp mặt đầu xuân\n\nHội nghị diễn ra sáng nay. {tail}").author == author


@pytest.mark.parametrize(
    "tail",
    [
        "Thủ tướng trao quà cho Huy Hùng",  # a preposition: the name belongs to the sentence
        "Đoàn khảo sát làm việc tại tỉnh Quảng Nam",
        "Đoàn công tác đến Hà Nội",
        "Hội nghị diễn ra tốt đẹp.",
    ],
)
def test_no_author_glued_where_the_sentence_owns_the_name(tail):
    assert understand(f"Họp mặt đầu xuân\n\nHội nghị diễn ra sáng nay. {tail}").author is None


def test_a_note_after_the_author_line_is_furniture():
    u = understand("Ung thư\n\nBệnh tiến triển âm thầm.\n\nNam Phương\n\n* Tên nhân vật đã được thay đổi")
    assert u.author == "Nam Phương"


@pytest.mark.parametrize(
    "tail, author",
    [
        ("Tr.Sơn", "Tr.Sơn"),  # an initial of two letters
        ("Đ.Phú-H.Ánh", "Đ.Phú, H.Ánh"),  # two dotted names joined by a dash
        ("Theo Vietnam+", "Vietnam+"),
        ("Theo TTXVN Hoàng Trọng", "Hoàng Trọng"),  # the agency, then its reporter
    ],
)
def test_author_tails_glued_to_the_last_paragraph(tail, author):
    text = f"Họp báo\n\nHội đồng đã họp.\n\nBộ đã có văn bản yêu cầu trường thực hiện đúng quy chế. {tail}"
    assert understand(text).author == author


@pytest.mark.parametrize(
    "text, kind",
    [
        # a summit is a "hội nghị", whatever else it holds or its lead calls it
        ("Đề xuất về quyền lợi công dân\n\nTại cuộc họp thượng đỉnh của khối ngày 22/6, Thủ tướng đưa ra đề xuất.",
         "hội nghị"),
        ("Hội nghị thượng đỉnh năm nay diễn ra từ ngày 12-14/4 với một số phiên họp chuyên đề.\n\nNội dung.",
         "hội nghị"),
        ("Tổng thống lần đầu dự Hội nghị thượng đỉnh của khối\n\nTổng thống sẽ tham dự Hội nghị thượng đỉnh tại "
         "Brussels.\n\nTrước đó một ngày, ông đã có cuộc hội đàm với Thủ tướng nước chủ nhà.", "hội nghị"),
        # a building named after meetings is no meeting
        ("Thủ tướng đón người đồng cấp\n\nChiều 21/6, tại Trung tâm Hội nghị tỉnh, Thủ tướng chủ trì lễ đón.", None),
        # a plenary vote or question time of the National Assembly: the sitting, or the session when one is named
        ("Gần 90% đại biểu tán thành\n\nChiều 19/6, các đại biểu Quốc hội đã bấm nút thông qua Luật Du lịch. "
         "Luật được trình Quốc hội thông qua tại kỳ họp này.", "phiên họp"),
        ("Chất vấn dân chủ, thẳng thắn\n\nChủ tịch Quốc hội đánh giá các phiên chất vấn diễn ra sôi nổi.\n\n"
         "Quốc hội đã hoàn thành phiên chất vấn tại Kỳ họp thứ 3.", "kỳ họp"),
        ("Tư duy nhiệm kỳ\n\nPhó Thủ tướng cho biết tư duy nhiệm kỳ rất tinh vi.\n\nĐại biểu An nói qua theo dõi "
         "hai phiên chất vấn, trách nhiệm của các bộ còn khó xác định.", "phiên họp"),
        ("Bàn luật tố cáo\n\nQuốc hội thảo luận tại hội trường về dự thảo luật. Không nên cứng nhắc chỉ qua 2-3 "
         "kỳ họp mới thông qua một luật.", "phiên họp"),
        ("Thông cáo số 4 Kỳ họp thứ 3\n\nNgày 25/5, Quốc hội họp phiên toàn thể tại hội trường.", "kỳ họp"),
        # a reception has no kind, unless the lead says talks followed
        ("Tổng thống tiếp Thủ tướng\n\nTổng thống hôm 31/5 đã tiếp Thủ tướng tại Nhà Trắng. Hai nhà lãnh đạo sau "
         "đó có buổi hội đàm.", "hội đàm"),
        ("Phó Thủ tướng tiếp đoàn doanh nghiệp Australia\n\nSáng 12/6, Phó Thủ tướng tiếp đoàn doanh nghiệp sang "
         "dự Hội nghị triển lãm thương mại.", None),
        # two kinds named for one event: the conventions' order settles it
        ("Báo chí đồng hành cùng lực lượng công an\n\nNgày 6/6, Bộ Công an đã tổ chức buổi gặp mặt, tọa đàm về "
         "vai trò của báo chí.", "tọa đàm"),
        ("Họp mặt và tổng kết công tác năm 2020\n\nNội dung báo cáo.", "tổng kết"),
    ],
)
def test_kinds_of_summits_sittings_receptions_and_pairs(text, kind):
    assert understand(text).kind == kind


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (  # after a sentence, to the word that opens the next one
            "Tin\n\nHọ đã xin lỗi khán giả. Video: Ca sĩ bị khán giả chê vì lời xin lỗi muộn màng Suốt tuần qua, "
            "anh liên tục lên mạng giải thích.",
            "Ca sĩ bị khán giả chê",
            "Họ đã xin lỗi khán giả. Suốt tuần qua, anh liên tục",
        ),
        (  # a paragraph of its own, its title's colon before the clip's source
            "Tin\n\nĐội bóng thắng đậm.\n\nVIDEO: Những pha cứu thua đẹp nhất mùa giải: Nguồn video: YouTube/Abc.",
            "pha cứu thua",
            "Đội bóng thắng đậm.",
        ),
        (  # an author's names glued after the headline stay for the author line
            "Tin\n\nCông an đang điều tra. Video: Xe tải mất lái đâm vào nhà dân ở ngoại thành Lan Anh - Minh Đức",
            "Xe tải mất lái",
            "Lan Anh",
        ),
        (  # "Theo" after a comma opens the source line
            "Tin\n\nTrận đấu kết thúc.\n\nVideo: Hoàng Văn, Theo Thể Thao Mới",
            "Hoàng Văn",
            "Thể Thao Mới",
        ),
    ],
)
def test_video_headlines_run_into_a_paragraph_are_cut(text, gone, kept):
    u = understand(text)
    assert gone not in u.body
    assert kept in u.body or kept in (u.author or "")


def test_a_video_headline_that_is_the_title_stays():
    text = "Clip: Xe khách vượt ẩu trên đèo Hải Vân\n\nĐoạn clip ghi lại cảnh xe khách vượt ẩu. Video: Xe tải lật Theo báo Giao thông"
    u = understand(text)
    assert u.title == "Clip: Xe khách vượt ẩu trên đèo Hải Vân"
    assert "Xe tải lật" not in u.body
    assert understand("Đoạn clip ghi lại cảnh xe vượt ẩu.", title_hint="Clip: Xe khách vượt ẩu").title.startswith("Clip:")


def test_a_video_headline_whose_end_cannot_be_seen_stays():
    text = "Tin\n\nNước ngập sâu.\nClip: Nước chảy như lũ trên phố sau mưa lớn (clip: H. Nguyen)"
    u = understand(text)
    assert "(clip: H. Nguyen)" in u.body and u.author is None  # an initial's full stop ends no headline
