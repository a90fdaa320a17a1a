"""Issue 18, eighth round: years a year-less meeting date must not take, and years it may. Made-up sentences of the
patterns counted on unlabelled news (bench/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from archive_app.core.understand import understand

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        # "từ nay đến hết năm 2017" in a speech is no year for the meeting (the labels' convention) …
        ("Ngày 8/6, Đảng ủy tổ chức Hội nghị. Cần tập trung thực hiện từ nay đến hết năm 2017.", None),
        # … nor the plan year of a meeting that reviews the year before, held months later
        ("Chiều 25/5, Ban Chỉ đạo tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2016, triển khai "
         "nhiệm vụ năm 2017.", None),
        # the plan year of a working session early in the year still does
        ("Chiều 10-2, lãnh đạo thành phố làm việc với huyện về kế hoạch triển khai nhiệm vụ năm 2017.", D(2017, 2, 10)),
    ],
)
def test_years_the_report_speaks_in(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document's serial number is no year the text tells: the caption's full date of the session holds
        ("Chiều 21/6, Tổ công tác làm việc với Tập đoàn. Toàn cảnh buổi làm việc chiều 21/6/2017. Bộ đã trình "
         "Thủ tướng tại Văn bản số 2045/BCT-TCCB.", D(2017, 6, 21)),
        # … but a year inside a document's code is one: a report is not older than it
        ("Chiều 21/6, Tổ công tác làm việc với Tập đoàn. Toàn cảnh buổi làm việc chiều 21/6/2016. Bộ đã trình "
         "Thủ tướng theo Thông tư 26 /2017/TT-BCT.", None),
    ],
)
def test_serial_numbers_are_no_years(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a code's acronym with its year is a document's name, wherever the text makes it one: its definition …
        ("Bộ luật dân sự (BLDS) có hiệu lực đã lâu. Tại phiên thảo luận ngày 24/5 về dự án BLDS 2015 sửa đổi, "
         "đại biểu An phát biểu.", None),
        # … or another mention after a law's word
        ("Tại phiên Quốc hội thảo luận về BLDS 2015 ngày 24-5, ông An phát biểu. Luật sửa đổi một số điều của "
         "BLDS 2015 được trình lần đầu.", None),
        # an event's acronym stays an event's year
        ("Ngày 4/6, Ban Giám khảo DIFF 2017 họp chọn ba đội vào chung kết.", D(2017, 6, 4)),
    ],
)
def test_a_codes_year_is_no_events(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day an outlet reports is not the meeting's when what it tells has a date of its own
        ("Hãng tin Reuters ngày 4/6 cho biết Hội nghị An ninh châu Á được tổ chức từ ngày 2 - 4/6/2017 tại "
         "Singapore.", D(2017, 6, 2)),
        # … and without one it stays a candidate (here with no year: none)
        ("Hãng tin Reuters ngày 4/6 cho biết hội nghị đã bàn về an ninh khu vực.", None),
    ],
)
def test_an_outlets_day_is_the_tellings(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sitting named by the quarter it covers, held in that quarter or the month after
        ("Sáng 23/6, thành phố tổ chức hội nghị giao ban trực tuyến với lãnh đạo các quận, huyện quý II/2017.",
         D(2017, 6, 23)),
        ("Sáng 5/4, Sở họp sơ kết công tác quý 1 năm 2019.", D(2019, 4, 5)),
        # … not a quarter the meeting's sentence names for figures or a plan, nor one far from the meeting
        ("Sáng 23/6, Sở họp về kết quả trong quý II/2017.", None),
        ("Sáng 23/6, Sở họp giao ban, bàn nhiệm vụ quý IV/2017.", None),
    ],
)
def test_year_from_the_sittings_quarter(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a firm's name with a number is no event's year beside the festival's
        ("Ngày 4/6, Ban Giám khảo Lễ hội Pháo hoa DIFF 2017 gồm các họa sĩ và Công ty tư vấn Global 2000 đã họp.",
         D(2017, 6, 4)),
        # the acronym the meeting's sentence names, with its year glued on elsewhere
        ("Phát biểu tại Diễn đàn Kinh tế (SPIEF) ngày 2.6, Tổng thống nói về kinh tế. Ông phát biểu tại một "
         "phiên họp của SPIEF-2017.", D(2017, 6, 2)),
        # … not a glued year whose acronym the meeting's sentence does not name
        ("Phát biểu tại Diễn đàn Kinh tế ngày 2.6, Tổng thống nói về kinh tế. Ông nhắc tới EXPO-2015.", None),
    ],
)
def test_event_names_with_their_year(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the time a purpose clause sets is no year the text tells as past, so it does not veto the visit's year
        ("Chiều 23/6, Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Campuchia, thăm Việt Nam từ ngày 23 - "
         "26/6/2017. Cuộc bầu cử xã vừa qua tạo tiền đề để Campuchia tổ chức bầu cử Quốc hội vào năm 2018.",
         D(2017, 6, 23)),
        # a year told as past still does
        ("Chiều 23/6, Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Campuchia, thăm Việt Nam từ ngày 23 - "
         "26/6/2017. Campuchia đã tổ chức bầu cử Quốc hội vào năm 2018.", None),
    ],
)
def test_a_purposes_year_is_ahead(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the vote on a bill takes the year of the same bill's earlier sitting of the session, dated in full
        ("Chiều 20/6, Quốc hội thông qua Luật Cảnh vệ với 455 phiếu tán thành. Ông An cho biết, ngày 6/6/2017, "
         "các đại biểu đã thảo luận ở hội trường về dự án Luật Cảnh vệ.", D(2017, 6, 20)),
        # … not another bill's, nor a sitting months before
        ("Chiều 20/6, Quốc hội thông qua Luật Cảnh vệ. Ngày 6/6/2017, các đại biểu đã thảo luận về dự án Luật "
         "Du lịch.", None),
        ("Chiều 20/6, Quốc hội thông qua Luật Cảnh vệ. Trước đó, ngày 6/3/2017, các đại biểu đã thảo luận về "
         "dự án Luật Cảnh vệ.", None),
    ],
)
def test_year_from_the_bills_earlier_sitting(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a start date of the very day gives the year: the resolution the meeting passed takes effect that day
        ("Chiều 15/6, Ban Chấp hành Hội họp. Hội chấp thuận để ông An thôi chức kể từ ngày 15/6/2017.",
         D(2017, 6, 15)),
        # … not when that day is also a deadline's, likely a year later
        ("Ngày 24/4 vừa qua, Chính phủ họp ban hành Nghị định. Các doanh nghiệp phải hoàn tất trước ngày "
         "24/4/2018, tính từ ngày 24/4/2018.", None),
        # … nor a start of another day
        ("Chiều 15/6, Ban Chấp hành Hội họp. Ông An thôi chức kể từ ngày 16/6/2017.", None),
    ],
)
def test_a_start_of_the_same_day(text, expected):
    assert understand(text).meeting_date == expected


def test_a_sentence_opening_with_its_purpose_sets_a_time_ahead():
    text = (
        "Ngày 23.6, Thủ tướng làm việc với lãnh đạo thành phố. Thủ tướng làm việc với thành phố ngày 23.6.2017. "
        "Nhằm bảo đảm tiến độ, tránh phát sinh chi phí, đồng thời đưa các dự án vào sử dụng vào năm 2020, thành "
        "phố kiến nghị bổ sung vốn."
    )
    assert understand(text).meeting_date == D(2017, 6, 23)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a periodic sitting named without its month in the meeting's sentence, with it elsewhere
        ("Tại phiên họp Chính phủ thường kỳ ngày 3/2, Bộ trình dự án Nghị định. Bộ đã báo cáo tại phiên họp "
         "Chính phủ thường kỳ tháng 1 năm 2017 theo quy chế.", D(2017, 2, 3)),
        # … not a month far from the meeting's, nor a meeting that is no periodic sitting
        ("Tại phiên họp Chính phủ thường kỳ ngày 3/6, Bộ trình dự án. Bộ đã báo cáo tại phiên họp Chính phủ "
         "thường kỳ tháng 1 năm 2017.", None),
        ("Tại cuộc họp ngày 3/2, Bộ trình dự án. Bộ đã báo cáo tại phiên họp Chính phủ thường kỳ tháng 1 năm "
         "2017.", None),
    ],
)
def test_year_from_the_periodic_sittings_month_elsewhere(text, expected):
    assert understand(text).meeting_date == expected
