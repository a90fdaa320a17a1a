"""The meeting a statement is told from names the report's kind (issue 18, seventh round).

Made-up sentences of the patterns read on fresh6 a and counted on unlabelled news: "Phát biểu tại một cuộc họp với …",
"phát biểu trong cuộc hội thảo", "Phát biểu họp báo, người phát ngôn …", "Trao đổi tại phiên họp báo Chính phủ" — what
someone said at a meeting is labelled with that meeting's kind. An earlier one, one with its year, or one past the
opening is background."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand

_LEAD = "Chính phủ cần xem xét nối lại viện trợ nhân đạo cho khu vực bị thiên tai, theo Bộ trưởng Ngoại giao."
_SUMMARY = " ".join(["Khu vực này đã chịu nhiều thiệt hại do bão lũ trong những năm gần đây."] * 16)


@pytest.mark.parametrize(
    "body, kind",
    [
        (f"Viện trợ\n\n{_LEAD}\n\nPhát biểu trong một cuộc họp với nhiều quan chức của các tổ chức phi lợi nhuận, bà "
         "Lê An cho rằng cần hành động sớm.", "họp"),
        (f"Viện trợ\n\n{_LEAD}\n\nBộ trưởng Trần Bình phát biểu trong một hội thảo về an ninh khu vực rằng hai bên "
         "cần phối hợp.", "hội thảo"),
        (f"Viện trợ\n\n{_LEAD}\n\nPhát biểu họp báo thường kỳ, người phát ngôn Nguyễn Hoa cho biết Bộ đã nhận được "
         "đề nghị.", "họp báo"),
        (f"Viện trợ\n\n{_LEAD}\n\nTrao đổi tại phiên họp báo Chính phủ thường kỳ, Thứ trưởng Phạm Minh cho biết ngân "
         "sách đã sẵn sàng.", "họp báo"),
        (f"Viện trợ\n\n{_LEAD}\n\nPhát biểu tại Hội nghị sơ kết công tác cứu trợ, ông Hồ Nam nói cần thêm kinh phí.",
         "sơ kết"),
    ],
)
def test_the_meeting_a_statement_is_told_from_names_the_kind(body, kind):
    assert understand(body).kind == kind


@pytest.mark.parametrize(
    "body",
    [
        f"Viện trợ\n\n{_LEAD}\n\nTrước đó, phát biểu trong một cuộc họp với các nhà tài trợ, bà Lê An đã kêu gọi hỗ trợ.",
        f"Viện trợ\n\n{_LEAD}\n\nBà Lê An từng phát biểu trong một hội thảo ở Hà Nội năm 2015 về vấn đề này.",
        f"Viện trợ\n\n{_LEAD}\n\n{_SUMMARY}\n\nPhát biểu trong một cuộc họp với các nhà tài trợ, bà Lê An kêu gọi hỗ trợ.",
        f"Viện trợ\n\n{_LEAD}\n\nBà Lê An sẽ phát biểu trong cuộc họp tới của các nhà tài trợ.",
        f"Viện trợ\n\n{_LEAD}\n\nVận động viên Lê An phát biểu tại Đại hội Thể thao châu Á về mục tiêu huy chương.",
    ],
)
def test_earlier_coming_far_or_sports_events_give_no_kind(body):
    assert understand(body).kind is None
