"""Issue 18, seventh round: the year a meeting's own sentence names through the month its periodic sitting covers.
Made-up sentences of the patterns counted on unlabelled news (bench/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from archive_app.core.understand import understand

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        # a monthly sitting named by its month, held that month or early in the next, however long its name …
        ("Sáng 6/3, tại cuộc họp giao ban của Chủ tịch, các Phó Chủ tịch UBND huyện với thủ trưởng các phòng, "
         "ban, đơn vị tháng 2/2019, Chủ tịch huyện yêu cầu đẩy nhanh tiến độ.", D(2019, 3, 6)),
        ("Chiều 28/5, tại buổi họp báo định kỳ tháng 5/2019 của UBND tỉnh, đại diện Sở trả lời báo chí. Ông A "
         "ở nước ngoài từ ngày 2/1 đến ngày 30/12/2018.", D(2019, 5, 28)),
        ("Phiên họp thường kỳ tháng 4-2019 của Ban cán sự diễn ra hôm qua (4/5), Bộ trưởng đánh giá cao các đơn "
         "vị.", D(2019, 5, 4)),
        # … not a month the sentence names for a period, a deadline or figures, nor a month far from the meeting
        ("Sáng 6/3, Sở họp báo về vụ việc xảy ra từ tháng 2/2018.", None),
        ("Sáng 6/3, hội nghị yêu cầu các đơn vị hoàn thành trước tháng 2/2020.", None),
        ("Sáng 6/9, tại cuộc họp giao ban, Sở báo cáo kết quả tháng 3/2019.", None),
    ],
)
def test_year_from_the_sittings_month(text, expected):
    assert understand(text).meeting_date == expected
