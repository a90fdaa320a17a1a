"""How a dated sentence opens names the meeting (issue 18, seventh round).

Made-up sentences of the patterns read on fresh3, fresh4 and fresh6 a and counted on unlabelled news: a dated sentence
whose subject is the meeting ("Chiều 19/6, Hội nghị … đã kết thúc", "Ngày 8/2, họp về kế hoạch năm, Giám đốc …") names
its kind, before a press conference the opening names after it; a dated sentence told from a working session ("Làm
việc với Quận ủy sáng 7/2, Bí thư …") is làm việc, not a suspect questioned nor a word to the press."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand

_SUMMARY = "Đường hoa năm nay đón hơn một triệu lượt khách, không có cảnh giẫm đạp, phá hoại hoa."


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Du lịch bền vững\n\nChiều 19/6, Hội nghị Đối thoại chính sách về du lịch bền vững tổ chức tại Hạ Long đã kết "
         "thúc tốt đẹp.\n\nTại cuộc họp báo sau chương trình nghị sự, Thứ trưởng Lê An cho biết các bên đã thống nhất.",
         "hội nghị"),
        (f"Mặt trận\n\n{_SUMMARY}\n\nSáng 22/6, Hội nghị Ủy ban Trung ương lần thứ 7 đã thống nhất cử ông Trần Bình.",
         "hội nghị"),
        (f"Nhà ở\n\n{_SUMMARY}\n\nNgày 6/2, tổng kết công tác tổ chức lễ hội, Phó chủ tịch Lê Hoa cho biết có nhiều ý "
         "kiến khen ngợi.", "tổng kết"),
        (f"Nhà ở\n\n{_SUMMARY}\n\nLàm việc với Liên đoàn Lao động thành phố chiều 10/2, Bí thư Nguyễn Nam yêu cầu giảm "
         "giá nhà.", "làm việc"),
    ],
)
def test_the_way_a_dated_sentence_opens_names_the_kind(body, kind):
    assert understand(body).kind == kind


@pytest.mark.parametrize(
    "body",
    [
        f"Vụ án\n\n{_SUMMARY}\n\nLàm việc với cơ quan công an chiều 12/5, hai nghi phạm thừa nhận hành vi.",
        f"Trường học\n\n{_SUMMARY}\n\nLàm việc với báo chí chiều 12/5, ông Trần Minh, hiệu trưởng, cho biết sự việc.",
        f"Thể thao\n\n{_SUMMARY}\n\nSáng 9/5, Đại hội Thể thao châu Á khép lại với nhiều kỷ lục.",
    ],
)
def test_a_suspect_questioned_the_press_or_a_sports_games_give_no_kind(body):
    assert understand(body).kind is None
