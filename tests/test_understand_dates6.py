"""Issue 18, sixth round: years a meeting's sentence names through Tết or an event's edition, and agency names
that are no telling. Made-up sentences of the patterns counted on unlabelled news (bench/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from archive_app.core.understand import understand

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Tết the meeting is named with, written with its year …
        ("Sáng 7/2, Ban chỉ đạo họp phiên đầu tiên sau Tết Nguyên đán năm 2017 để bàn việc thu hút đầu tư.",
         D(2017, 2, 7)),
        # … or by its name in the 60-year cycle, fixed by a year the text tells
        ("Chiều 8/2, tại buổi gặp mặt đầu xuân Đinh Dậu, Giám đốc Sở chúc Tết cán bộ. Trong năm 2016, ngành đạt "
         "nhiều kết quả.", D(2017, 2, 8)),
        ("Chiều 3/2, tại buổi gặp mặt đầu xuân Mậu Tuất, Giám đốc Sở chúc Tết cán bộ. Trong năm 2017, ngành đạt "
         "nhiều kết quả.", D(2018, 2, 3)),
        # no told year: the cycle is not fixed
        ("Chiều 8/2, tại buổi gặp mặt đầu xuân Đinh Dậu, Giám đốc Sở chúc Tết cán bộ.", None),
        # a Tết compared with, a Tết in another sentence, a Tết far from the meeting's month say nothing
        ("Sáng 7/2, Sở họp báo, lượng khách giảm so với dịp Tết Nguyên đán năm 2016.", None),
        ("Dịp Tết Nguyên đán 2017 có nhiều vụ tai nạn. Sáng 7/2, Sở họp rút kinh nghiệm.", None),
        ("Sáng 7/6, Ban chỉ đạo họp về việc chuẩn bị Tết Nguyên đán 2018.", None),
        # the edition of a recurring event, in the meeting's sentence
        ("Tối 17/6, thành phố tổ chức Ngày Sách Việt Nam lần thứ 3 năm 2017 tại công viên.",
         D(2017, 6, 17)),
        ("Ngày 6-2, Ban tổ chức họp báo giới thiệu Lễ hội hoa ban lần thứ nhất - 2017.", D(2017, 2, 6)),
        # … never a prize's edition, which names the year it rewards
        ("Ngày 10-2, tại hội nghị tổng kết, Sở công bố Giải thưởng chất lượng phục vụ của ngành lần thứ nhất "
         "năm 2016.", None),
    ],
)
def test_years_the_meetings_sentence_names(text, expected):
    assert understand(text).meeting_date == expected


def test_an_agency_named_information_tells_nothing():
    # "Thông tin" inside a name ("Cục … Thông tin điện tử") is no "thông tin" (tells): the date is the meeting's
    text = "Chiều 22/6/2017, Cục Phát thanh và Thông tin điện tử đã tổ chức cuộc họp với các nhà mạng."
    assert understand(text).meeting_date == D(2017, 6, 22)
    # the verb still marks the day of telling of an earlier meeting
    text = "Chiều 22/6/2017, Cục phát đi thông tin cho biết, mới đây, Cục đã tổ chức cuộc họp với các nhà mạng."
    assert understand(text).meeting_date is None


def test_the_same_edition_written_with_its_year_elsewhere():
    # the meeting's sentence names the edition; the text writes its year with the same word and ordinal
    text = ("Tối 14-6, lễ bế mạc Liên hoan Múa Hội An lần thứ 5 đã thu hút hàng ngàn người xem. Phó Chủ tịch "
            "đánh giá cao sự thành công của Liên hoan Múa Hội An lần thứ 5-2017.")
    assert understand(text).meeting_date == D(2017, 6, 14)
    # another edition ("lần thứ nhất năm 2016" before "lần thứ 2") or a prize's gives nothing
    text = ("Chiều 8/5, Văn phòng tổ chức họp báo về hội nghị với doanh nghiệp lần thứ 2. Tiếp theo hội nghị "
            "với doanh nghiệp lần thứ nhất năm 2016, hội nghị lần này bàn về khởi nghiệp.")
    assert understand(text).meeting_date is None
    text = ("Chiều 15-6, Tạp chí tổ chức gặp mặt báo chí và triển khai Giải Cánh diều lần thứ hai. Giải Cánh "
            "diều lần thứ hai năm 2017 nhận tác phẩm đến tháng 10.")
    assert understand(text).meeting_date is None
