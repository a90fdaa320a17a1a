"""The meeting's kind from the source a report is told from (issue 18, sixth round).

Made-up sentences of the patterns counted on unlabelled news: a report names the press conference it is told from in
any sentence of its opening, dated or not ("Phát biểu trong cuộc họp báo, người phát ngôn …", "…", ông An nói tại một
cuộc họp báo"); an earlier or a coming one is no source. A National Assembly debate in plenary or in groups is a
sitting; "họp" as the verb of the sentence that tells the meeting ("đã họp", "họp rà soát") names one."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand

_LEAD = "Hai nước cần tiếp tục đối thoại để giải quyết bất đồng, theo Bộ Ngoại giao nước này."
_SUMMARY = " ".join(["Quan hệ giữa hai nước đã có nhiều thăng trầm trong những năm gần đây."] * 14)


@pytest.mark.parametrize(
    "body",
    [
        # earlier or coming press conferences
        f"Đối thoại\n\n{_LEAD}\n\nTrước đó, trong buổi họp báo ngày 3/4, ông An cho biết hai bên đã nhất trí.",
        f"Đối thoại\n\n{_LEAD}\n\nÔng An nói sẽ trả lời mọi câu hỏi trong cuộc họp báo ngày mai.",
        f"Đối thoại\n\n{_LEAD}\n\nÔng An nói trong một cuộc họp báo năm 2012 rằng hai bên cần đối thoại.",
        f"Đối thoại\n\n{_LEAD}\n\n\"Trong buổi họp báo trước, tôi đã nói rõ điều đó\", ông An cho biết.",
        # further than the opening the rule reads, pointing back at a press conference introduced there: background to
        # other news (a bare one with none before it is the reported one: test_understand_kind_cues.py)
        f"Đối thoại\n\n{_LEAD}\n\n{_SUMMARY}\n\nBộ Ngoại giao đã tổ chức một cuộc họp báo. Phát biểu trong cuộc họp "
        "báo, người phát ngôn Bình cho biết.",
        # a bill sent to the Assembly for debate is no debate held
        "Luật mới\n\nBộ đã hoàn thiện dự thảo.\n\nNgày 3/6, Chính phủ thống nhất trình Quốc hội thảo luận về dự án luật.",
        "Luật mới\n\nBộ đã hoàn thiện dự thảo.\n\nDự án sẽ được Quốc hội thảo luận về các nội dung còn ý kiến khác nhau.",
    ],
)
def test_earlier_coming_or_far_sources_and_bills_give_no_kind(body):
    assert understand(body).kind is None


def test_a_meeting_that_reports_is_no_press_conference():
    body = f"Đối thoại\n\n{_LEAD}\n\nÔng An tại buổi họp báo cáo kết quả năm của Sở đã nêu rõ."
    assert understand(body).kind == "họp"


@pytest.mark.parametrize(
    "body, kind",
    [
        # a report told from a press conference, dated or not; the "sẽ" of a quote before it is no coming one
        (f"Đối thoại\n\n{_LEAD}\n\nPhát biểu trong cuộc họp báo, người phát ngôn Bình cho biết hai bên đã nhất trí.",
         "họp báo"),
        (f"Đối thoại\n\n{_LEAD}\n\n\"Chúng tôi sẽ kiên trì đối thoại\", ông An nói tại một cuộc họp báo ở thủ đô.",
         "họp báo"),
        (f"Đối thoại\n\n{_LEAD}\n\nBộ trưởng An trong buổi họp báo chung với người đồng cấp.", "họp báo"),
        # a debate in plenary or in groups is a sitting ("phiên họp"), or the session when the text names it
        ("Tố cáo nặc danh\n\nNhiều đại biểu đề nghị quy định rõ việc xử lý đơn.\n\nChiều 3/6, Quốc hội thảo luận tại tổ "
         "về dự án Luật Tố cáo (sửa đổi).", "phiên họp"),
        ("Bồi thường\n\nĐại biểu đề nghị Nhà nước chủ động xin lỗi.\n\nSáng 2/6, Quốc hội (QH) đã thảo luận về dự án "
         "Luật Trách nhiệm bồi thường.", "phiên họp"),
        ("Môi trường biển\n\nĐây là câu hỏi đại biểu An đặt ra trong phiên thảo luận tổ chiều 4/6 về kinh tế - xã hội.",
         "phiên họp"),
        ("Thực phẩm\n\nPhó Thủ tướng nêu ba điểm mấu chốt tại phiên thảo luận của Quốc hội ngày 5/6.\n\nKỳ họp thứ 5 "
         "kéo dài đến cuối tháng.", "kỳ họp"),
        # "họp" as the verb of the sentence that tells the meeting: "đã họp", "họp cung cấp thông tin", "vừa họp"
        (f"Thi cử\n\n{_LEAD}\n\nNgày 16/6, Ban chỉ đạo thi của thành phố đã họp, rà soát công tác chuẩn bị.", "họp"),
        (f"Đường sắt\n\n{_LEAD}\n\nNgày 24-5, Ban Quản lý dự án họp cung cấp thông tin về tiến độ các gói thầu.",
         "họp"),
        (f"Kỷ luật\n\n{_LEAD}\n\nNgày 11/5, Ủy ban kiểm tra vừa họp và thống nhất hình thức kỷ luật.", "họp"),
    ],
)
def test_the_source_a_report_is_told_from_names_its_kind(body, kind):
    assert understand(body).kind == kind
