"""Which National Assembly sitting a report tells: "kỳ họp" only when the text names the session (issue 18, seventh
round).

Made-up sentences of the patterns read on fresh5 a and fresh6 a: a sitting that names no session ("tại kỳ họp lần
này", "từ Kỳ họp thứ 2 đến kỳ họp này", "lùi sang kỳ họp thứ 4") is "phiên họp", the labels' convention; a session
named, even in the day's agenda ("ngày 3/6 của kỳ họp thứ tư, Quốc hội sẽ thảo luận"), stays "kỳ họp"."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand

_LEAD = "Bộ trưởng khẳng định việc phân bổ vốn đầu tư công được thực hiện công khai, minh bạch."


@pytest.mark.parametrize(
    "body",
    [
        f"Đầu tư công\n\n{_LEAD}\n\nBộ trưởng Nguyễn An là thành viên Chính phủ cuối cùng trả lời chất vấn tại kỳ họp "
        "lần này. Đại biểu Trần Bình hỏi về tiến độ giải ngân.",
        f"Đầu tư công\n\n{_LEAD}\n\nChiều 14/6, Bộ trưởng Nguyễn An trả lời chất vấn của đại biểu. Ông cho biết, từ Kỳ "
        "họp thứ 2 đến kỳ họp này, Bộ đã nhận được 120 kiến nghị.",
        f"Sân bay\n\n{_LEAD}\n\nĐại biểu Lê Hoa đề nghị lùi việc xem xét dự án sang kỳ họp thứ 4, trong khi Bộ trưởng "
        "Nguyễn An trả lời chất vấn tại kỳ họp này.",
    ],
)
def test_a_sitting_that_names_no_session_is_a_sitting(body):
    assert understand(body).kind == "phiên họp"


def test_a_session_named_in_the_days_agenda_stays_the_session():
    body = ("Chương trình làm việc của Quốc hội ngày 3/6\n\nTheo chương trình làm việc, ngày 3/6 của kỳ họp thứ tư, "
            "Quốc hội sẽ thảo luận về hai dự án luật.")
    assert understand(body).kind == "kỳ họp"
