"""Dates in Vietnamese text (core.vietnamese.dates) and the choice of the meeting date."""

from __future__ import annotations

import datetime as dt

import pytest

from archive_app.core.understand import understand
from archive_app.core.vietnamese.dates import find_date_mentions, find_dates, parse_date

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sáng ngày 14/10/2021, Khối Dân vận tổ chức", D(2021, 10, 14)),
        ("ngày 27/2/2020", D(2020, 2, 27)),
        ("ngày 14 tháng 10 năm 2021", D(2021, 10, 14)),
        ("Chiều 5-3-2021, UBND huyện họp", D(2021, 3, 5)),
        ("ngày 14.10.2021", D(2021, 10, 14)),
        ("Hội nghị (14/10/2021) đã", D(2021, 10, 14)),
        ("ngày 14/10/21", D(2021, 10, 14)),
    ],
)
def test_find_dates_formats(text, expected):
    assert [d for d, _s, _e in find_dates(text)] == [expected]


def test_invalid_dates_are_never_returned():
    assert find_dates("ngày 31/2/2021 và ngày 30/2/2020 và ngày 12/13/2020") == []
    assert parse_date("31/2/2021") is None
    assert parse_date("29/2/2020") == D(2020, 2, 29)


def test_numbers_that_are_not_dates():
    assert (
        find_date_mentions("18.302/20.213 hộ, 5,1 tỷ, 2/3 số đại biểu, 43-CT/TU, 116/2020/NĐ-CP, 2021-2025")
        == []
    )


def test_year_less_dates_need_a_cue_and_a_year():
    assert find_dates("Sáng 6/2, Bộ trưởng chủ trì") == []
    assert find_dates("Sáng 6/2, Bộ trưởng chủ trì", default_year=2017)[0][0] == D(2017, 2, 6)
    assert find_dates("tỷ lệ 6/7 xã", default_year=2017) == []
    assert find_dates("9h sáng nay, 30.5, tại", default_year=2017)[0][0] == D(2017, 5, 30)


def test_parse_date():
    assert parse_date("2021-10-14") == D(2021, 10, 14)
    assert parse_date("2021-10-14T00:31:00.000Z") == D(2021, 10, 14)
    assert parse_date("14/10/2021") == D(2021, 10, 14)
    assert parse_date("14 tháng 10 năm 2021") == D(2021, 10, 14)
    assert parse_date("14/10", default_year=2020) == D(2020, 10, 14)
    assert parse_date("") is None
    assert parse_date("không có ngày") is None


def test_meeting_date_preferred_over_cited_document():
    text = (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 12/3/2019 của Bộ Chính trị, sáng ngày 14/10/2021, "
        "Đảng ủy phường tổ chức hội nghị sơ kết."
    )
    assert understand(text).meeting_date == D(2021, 10, 14)


def test_deadlines_and_ranges_are_not_the_meeting():
    text = (
        "Hội nghị diễn ra chiều 5/3/2021.\n\nCác đơn vị báo cáo trước ngày 10/3/2021. "
        "Kỷ niệm 90 năm (18/11/1930 - 18/11/2020)."
    )
    assert understand(text).meeting_date == D(2021, 3, 5)


def test_missing_year_from_hint_or_from_another_date():
    assert understand(
        "Ngày 25/12, UBND huyện tổ chức hội nghị tổng kết.", date_hint=D(2020, 12, 28)
    ).meeting_date == D(2020, 12, 25)
    # published on 2 January about a meeting on 29 December: the year before
    assert understand("Ngày 29/12, xã tổ chức kỳ họp.", date_hint=D(2021, 1, 2)).meeting_date == D(
        2020, 12, 29
    )
    text = "Sáng 7/6, Ban Chỉ đạo họp phiên thứ 8.\n\nNgày 7/6/2017, Ban Chỉ đạo nghe báo cáo."
    assert understand(text).meeting_date == D(2017, 6, 7)
    # a deadline's year is not the meeting's (the labels' convention: a year the text names for the event)
    text = "Sáng 7/6, Ban Chỉ đạo họp phiên thứ 8.\n\nHoàn thành chi trả trước ngày 30/6/2017."
    assert understand(text).meeting_date is None


def test_date_hint_gives_a_year_never_a_date():
    # the container's date (a post's, a file's) is not the meeting's: a text without one has none
    assert understand("Hội nghị tổng kết công tác.", date_hint=D(2020, 1, 2)).meeting_date is None
    assert understand("Sáng ngày 14/10/2021, hội nghị diễn ra.", date_hint=D(2021, 10, 20)).meeting_date == D(
        2021, 10, 14
    )
    assert understand("Sáng 6/2, Bộ họp.").meeting_date is None  # no year anywhere, no hint


def test_first_day_of_a_range():
    assert understand("Hội nghị diễn ra từ ngày 2 - 3/4/2019 tại Hà Nội.").meeting_date == D(2019, 4, 2)
    assert understand("Đại hội diễn ra từ ngày 9-6 đến 12-6-2018.").meeting_date == D(2018, 6, 9)
    text = "Phiên họp dự kiến diễn ra từ ngày 15-17/5/2017. Kỳ họp khai mạc vào ngày 22/5/2017."
    assert understand(text).meeting_date == D(2017, 5, 15)
    assert find_date_mentions("tỷ số 15-17/5 trận") == []  # no cue: a score, not a range


def test_first_day_of_a_list_of_days():
    text = "Trong hai ngày 9 và 10/6, HĐND tỉnh tổ chức kỳ họp thứ 4."
    assert understand(text, date_hint=D(2017, 6, 12)).meeting_date == D(2017, 6, 9)
    assert understand("Hội nghị diễn ra trong các ngày 22, 23/4/2021 tại Hà Nội.").meeting_date == D(2021, 4, 22)
    assert find_date_mentions("tỷ lệ 2 và 3/4 số hộ") == []  # no "ngày": fractions, not days


def test_dotted_dates():
    assert understand("Sáng 3.7.2020, Huyện ủy tổ chức hội nghị.").meeting_date == D(2020, 7, 3)


def test_year_named_elsewhere_or_none():
    # the event's name gives the year
    text = "Ngày 17/5, Hội nghị các quan chức cao cấp khai mạc tại Hà Nội trong khuôn khổ APEC 2017."
    assert understand(text).meeting_date == D(2017, 5, 17)
    text = "Ngày 8-5, Đại hội Du lịch Golf châu Á lần thứ 6 - Đà Nẵng 2017 đã diễn ra."
    assert understand(text).meeting_date == D(2017, 5, 8)
    # a past election's year does not date the meeting
    text = "Cuộc hội đàm diễn ra ngày 10/5. Nga bị cáo buộc can thiệp bầu cử tổng thống Mỹ 2016."
    assert understand(text).meeting_date is None
    # an anniversary range next to the meeting: the recent year, not 1925
    text = "Ngày 20/6, Tỉnh ủy gặp mặt báo chí nhân kỷ niệm Ngày Báo chí (21/6/1925-21/6/2017)."
    assert understand(text).meeting_date == D(2017, 6, 20)
    # "cuối tháng 12/2016" before a meeting on 6 February: that year is last year's, so no year at all
    text = "Cuộc họp kết thúc vào chiều 6/2. Lệnh ngừng bắn có hiệu lực từ cuối tháng 12/2016."
    assert understand(text).meeting_date is None
    # a law taking effect on 1.1.2018 does not date a session on 12.6
    text = "Sáng nay (12.6), Quốc hội biểu quyết thông qua luật. Luật có hiệu lực từ ngày 1.1.2018."
    assert understand(text).meeting_date is None



@pytest.mark.parametrize(
    "text, expected",
    [
        # a deadline's month-year and another session's month-year do not date the meeting
        ("Chiều nay (6-2), Bộ tổ chức cuộc họp. Các đơn vị hoàn thành và báo cáo ngay trong tháng 2-2017.", None),
        ("Chiều tối 22/5, Thủ tướng chủ trì cuộc họp. Tại phiên họp Chính phủ thường kỳ tháng 4 năm 2017, …", None),
        # a month-year gives its year only for the meeting's month or the one before, never as the start of a
        # period ("đình trệ từ tháng 4/2014" may be years back)
        ("Ngày 11/6, HĐND thành phố khai mạc kỳ họp. Bảng điện tử được dùng từ tháng 4-2017.", None),
        ("Sáng 9/5, ông An làm việc tại huyện. Ông về huyện nhận công tác tháng 2/2016.", None),
        ("Sáng 8/2, Ban Tuyên giáo tổ chức hội nghị. Hội nghị báo cáo viên các tỉnh ủy, thành ủy, "
         "đảng ủy trực thuộc Trung ương, tháng 2/2017.", D(2017, 2, 8)),
        ("Sáng 3/6, Chính phủ họp phiên thường kỳ tháng 5/2017 dưới sự chủ trì của Thủ tướng.",
         D(2017, 6, 3)),
        # … the month-year of the meeting, not an earlier event's month told in passing
        ("Sáng 8/2, Ban Tuyên giáo tổ chức hội nghị. Đây là việc trọng tâm của tháng 2/2017.", None),
        ("Ngày 16-6, Bộ họp về sân bay, thực hiện chỉ đạo của Thủ tướng hồi tháng 5-2017.", None),
        ("Ngày 15/5, TAND cấp cao mở phiên xử phúc thẩm. Tại phiên tòa sơ thẩm vào tháng 4/2016, An bị "
         "tuyên án.", None),
        # a tournament's qualifiers are played years before the finals its name dates
        ("Sáng nay, 12-6 diễn ra cuộc họp báo trước trận đấu tại vòng loại Asian Cup 2019.", None),
        ("Sáng 22/5, hai bên hội đàm. Hòa đàm vốn đình trệ từ tháng 4/2014.", None),
        # … yet it still counts when month-years disagree: a biography's years are no meeting's
        ("Sáng 7/2, Quốc hội Lào họp. Từ tháng 7/2015 ông là Bộ trưởng; tháng 1/2016 ông được bầu.", None),
        # an economic figure's year is no event's name
        ("Thủ tướng họp về kịch bản tăng trưởng GDP 2017\n\nChiều tối 22/5, Thủ tướng chủ trì cuộc họp.", None),
        # the year in the event's own name
        ("Ngày 12/5, ngày thứ hai của Hội nghị phụ nữ thượng đỉnh toàn cầu 2017 tại Tokyo.", D(2017, 5, 12)),
        (
            "Tối 11/5, Phó Chủ tịch nước dự Hội nghị Thượng đỉnh Phụ nữ Toàn cầu năm 2017 tại Tokyo. "
            "Hội nghị là một diễn đàn quốc tế được thành lập năm 1990.",
            D(2017, 5, 11),
        ),
        # a review names the year it looks back on, not the year it is held
        ("Ngày 10/1, Sở tổ chức Hội nghị tổng kết công tác năm 2016.", None),
    ],
)
def test_a_year_only_from_the_meeting_itself(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a full date later in the year gives its year only when the text puts it ahead of the meeting
        ("Chiều 12/6, Thủ tướng chủ trì cuộc họp. Ngày 18/6/2007, Bộ giao đất cho công ty.", None),
        ("Sáng 19/5, Tổng Thư ký chủ trì họp báo. Ngày 22-5-2016, khi bầu cử, ông An trúng cử.", None),
        # a full date gives its year only when it dates the same event: the same day, a span that holds it,
        # the session's next day, the anniversary the meeting marks …
        ("Sáng 24/5, Quốc hội thảo luận. Chương trình ngày mai, 25-5-2017, Quốc hội họp.", D(2017, 5, 24)),
        ("Sáng 12/6, Quốc hội thảo luận. Ngày 12-6-2017, Quốc hội họp phiên toàn thể tại hội trường.",
         D(2017, 6, 12)),
        ("Tổng thống thăm Việt Nam từ ngày 6 - 8/6/2017. Sáng 7/6, Chủ tịch nước chủ trì lễ đón, rồi "
         "hội đàm.", D(2017, 6, 7)),
        ("Nhân kỷ niệm Ngày báo chí (21/6/1925 - 21/6/2017), ngày 6/6, Bộ Công an tổ chức buổi gặp mặt.",
         D(2017, 6, 6)),
        ("Lễ kỷ niệm thành lập Đảng (3/2/1930-3/2/2017) diễn ra ngày 6/2 tại Đại sứ quán.", D(2017, 2, 6)),
        # … never another event's: a planned session, a deadline, a status date, an incident days before
        ("Sáng 15/5, Ủy ban họp phiên thứ 10. Kỳ họp thứ Ba dự kiến khai mạc vào ngày 22/5/2017.", None),
        ("Chiều nay 25-5, Ban Bí thư họp. Bộ báo cáo Thủ tướng trước ngày 15-7-2017.", None),
        ("Chiều 23/6, Ban Pháp chế họp thẩm tra. Tính đến ngày 10/5/2017, hệ thống có 14 sở tham gia.", None),
        ("Chiều 10/5, Hội đồng họp. Mẫu khí thải được phân tích trong 02 ngày 17-18/02/2017.", None),
        # … and an earlier one only when it is told as past: a deadline earlier in the year is next year's
        ("Sáng 19/5, Thành ủy họp. Công trình sẽ hoàn thành vào ngày 30/4/2018.", None),
        ("Chiều 13/5, Bộ họp khẩn. Trước đó, ngày 11/5/2017, mạng xã hội đăng clip.", None),
        # a cited document's date, also after its code and a comma, never dates the meeting
        ("Sáng 7/5, Đảng ủy họp. Ông ký Nghị quyết 233/NQ-ĐU, ngày 17-3-2009 của Đảng ủy.", None),
        # a report is not older than what it tells: a later year told as past rules an earlier one out
        (
            "Chiều 28/5, Phó Thủ tướng chủ trì cuộc họp. Quy hoạch lập tháng 5/2013, ký ban hành cuối năm 2016.",
            None,
        ),
        (
            "Chiều 19.6, Phó Thủ tướng chủ trì hội nghị. Nghị định có hiệu lực tháng 6.2014, tính đến tháng 9.2016 "
            "mới có 64 dự án.",
            None,
        ),
        # targets and plans are no told years: "đến năm 2020" does not rule 2017 out
        ("Ngày 8-5, Hội nghị APEC 2017 diễn ra. Phấn đấu đến năm 2020 tăng trưởng 7%.", D(2017, 5, 8)),
        # "SN 1994" is a birth year, never an event's
        ("Sáng 7/2, công an họp báo về vụ án. Đối tượng Nguyễn Văn An (SN 1994) bị bắt.", None),
        # the year the report speaks in
        ("Thực hiện Chương trình công tác năm 2017 của Đảng ủy, ngày 8/6, Đảng ủy tổ chức Hội nghị.", D(2017, 6, 8)),
        ("Chiều 10-2, lãnh đạo thành phố làm việc với huyện về kế hoạch triển khai nhiệm vụ năm 2017.", D(2017, 2, 10)),
        # … unless it runs years past what the text tells: a roadmap, not this year
        ("Chiều 6/2, tổng công ty họp với Bộ. Cuối năm 2016 đã bàn giao danh sách. Lộ trình nâng cấp 500 điểm "
         "từ nay tới hết năm 2019.", None),
        # … not the year whose results are reviewed, nor a target
        ("Chiều 8/2, Bí thư nêu kết quả thực hiện nhiệm vụ năm 2016 tại buổi làm việc.", None),
        ("Sáng 10/2, huyện họp. Từ nay đến năm 2020 sẽ xây 10 trường.", None),
    ],
)
def test_year_of_a_year_less_date(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the date a ministry or an official tells of a meeting held before ("mới đây", "đã") is not its date
        ("Ngày 6/2, Bộ phát đi thông tin cho biết, mới đây, Thứ trưởng An đã chủ trì cuộc họp về dự án.", None),
        ("Ngày 28/4, trao đổi với báo chí, ông An cho biết Ban Thường vụ đã họp chỉ đạo xử lý.", None),
        ("Ngày 26/4, Ủy ban Kiểm tra thông tin về kết quả kỳ họp thứ 6. Tại kỳ họp ngày 23/4, Ủy ban xem xét kỷ luật.",
         D(2021, 4, 23)),
        # a date that opens reported speech dates what is told ("cho biết, ngày 26/4, đơn vị sẽ …")
        ("Làm việc với đoàn công tác của Bộ, Giám đốc bệnh viện cho biết, ngày 26/4, đơn vị sẽ tiêm thử vắc xin.",
         None),
        # told on the day of the meeting: its date
        ("Sáng 6/2, tại hội nghị, ông An cho biết đã hoàn thành kế hoạch.", D(2021, 2, 6)),
        ("Tại buổi họp báo chiều 7/2, Đại sứ cho biết lễ hội sẽ được tổ chức tại Hà Nội.", D(2021, 2, 7)),
        ("Chiều 10/2, ông An cho biết tại cuộc họp rằng dự án đã xong.", D(2021, 2, 10)),
    ],
)
def test_the_date_of_telling_is_not_the_meeting(text, expected):
    # posted days after the dates it gives (a container's date never lets a later date be the meeting's)
    hint = D(2021, 4, 30) if "/4" in text else D(2021, 2, 12)
    assert understand(text, date_hint=hint).meeting_date == expected


def test_earlier_events_and_notices_of_conclusions_are_not_the_meeting():
    # "Trước đó, …": background, an earlier event than the one reported
    text = ("Sau nhậm chức, Bộ trưởng chủ trì các hội nghị triển khai nhiệm vụ với các đơn vị. Tại buổi làm "
            "việc, Bộ trưởng giao nhiệm vụ.\n\nTrước đó, phát biểu tại hội nghị bàn giao hôm 12/4, ông nhấn "
            "mạnh trách nhiệm.")
    assert understand(text, date_hint=D(2021, 4, 26)).meeting_date is None
    # a notice of a meeting's conclusions is dated after the meeting
    text = "Ngày 16-6, Văn phòng Chính phủ có văn bản thông báo kết luận của Thủ tướng tại cuộc họp về đất."
    assert understand(text, date_hint=D(2021, 6, 17)).meeting_date is None


def test_dates_of_minutes_and_messages_are_documents():
    text = ("Cuối tuần trước, công ty họp đại hội đồng cổ đông. Theo biên bản của phiên họp được công bố hôm nay "
            "(27/4), cổ đông thông qua kế hoạch.")
    assert understand(text, date_hint=D(2021, 4, 27)).meeting_date is None
    text = "Trong một thông điệp trên mạng xã hội ngày 26/4, Thủ tướng giải thích và kèm ảnh về cuộc họp."
    assert understand(text, date_hint=D(2021, 4, 26)).meeting_date is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # the period of an abbreviation ends no sentence: the meeting words after "TP." belong to the lead
        ("Chiều 6/6, UBND TP. Hải Phòng tổ chức hội nghị về giao thông. Ngày 2/6, các phường đã họp dân.",
         D(2017, 6, 6)),
        ("Sáng 14/6, Thứ trưởng Bộ Ngoại giao Nga I. Petrov đồng chủ trì đối thoại. Ngày 12/6, hai đoàn họp trù bị.",
         D(2017, 6, 14)),
        # "dự thảo", "dự kiến" are no "dự" (attend): the vote of the lead, not the earlier debate on the draft
        ("Chiều 19/6, các đại biểu bấm nút thông qua luật. Ngày 29/5/2017, các đại biểu góp ý dự thảo luật.",
         D(2017, 6, 19)),
        # an infection's "tiếp xúc" (contact) is no meeting with voters
        ("Ban chỉ đạo của tỉnh đã họp khẩn chiều 29/4 để truy vết. Ngày 23/4, bệnh nhân có tiếp xúc với bạn bè.",
         D(2017, 4, 29)),
        # a status "tính đến 18h ngày 27/4" is no meeting's date
        ("Tính đến 18h ngày 27/4, tỉnh ghi nhận 5 ca mắc. Ban chỉ đạo của tỉnh họp bàn biện pháp.", None),
    ],
)
def test_sentences_and_cues_around_the_meeting_date(text, expected):
    assert understand(text, date_hint=D(2017, 6, 20) if "/6" in text else D(2017, 4, 28)).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the year in the name of the event the meeting belongs to, in the meeting's own sentence …
        ("Ngày 4.6, Ban Giám khảo DIFF2017 đã tổ chức buổi họp chọn ba đội vào chung kết.", D(2017, 6, 4)),
        ("Ngày 4/6, Ban Giám khảo lễ hội Pháo hoa quốc tế Hải Phòng 2017 tổ chức buổi họp chọn đội thi.",
         D(2017, 6, 4)),
        # … or elsewhere, when the sentence names the event by its acronym
        ("Sáng 9/5, Hội nghị quan chức cao cấp APEC lần thứ hai khai mạc tại Hà Nội. Đây là đợt hội nghị lớn "
         "của Năm APEC 2017.", D(2017, 5, 9)),
        # a year-long programme the meeting is not named with does not date it
        ("Sáng 6/6, tại Tokyo, Thủ tướng tọa đàm với doanh nghiệp Nhật Bản. Nhiều doanh nghiệp tham gia các hoạt "
         "động của Năm APEC 2017.", None),
        # … but not a vision or a plan named after it
        ("Ngày 24/5, tại Manila đã diễn ra Hội nghị quan chức cao cấp ARF. Các nước triển khai Tầm nhìn ARF 2020.",
         None),
        # a treaty named with its year is cited, never held
        ("Hội nghị lần thứ 27 các nước thành viên UNCLOS 1982 diễn ra từ ngày 12 đến 16-6. Các cơ quan được thành "
         "lập theo UNCLOS 1982 báo cáo.", None),
        # the next host's summit year, told in a sentence about the future, does not rule the year out …
        ("Ngày 9/6, tại Astana đã khai mạc Hội nghị thượng đỉnh SCO 2017. Chức chủ tịch luân phiên sẽ được chuyển "
         "giao cho nước bạn, nước chủ nhà của Hội nghị thượng đỉnh SCO năm 2018.", D(2017, 6, 9)),
        # … nor does a target further off in a sentence that strives for it
        ("Thứ trưởng thăm Việt Nam từ 13-14/6/2017. Ngày 14/6, hai Thứ trưởng chủ trì đối thoại. Hai bên phấn đấu "
         "nâng kim ngạch thương mại song phương lên 10 tỷ USD vào năm 2020.", D(2017, 6, 14)),
        # the year in the name of the tournament, week, action month or fair the meeting belongs to
        ("Giải bóng đá thiếu niên quốc tế năm 2019 ra mắt\n\nChiều 4-6, tại Huế, Liên đoàn tổ chức họp báo "
         "giới thiệu giải.", D(2019, 6, 4)),
        ("Hưởng ứng Tháng hành động vì môi trường năm 2019, sáng 12/6, huyện tổ chức gặp mặt các tình nguyện "
         "viên.", D(2019, 6, 12)),
        ("Sáng 3-6, tại Vinh, Bộ tổ chức lễ khai mạc Tuần lễ rừng và đa dạng sinh học năm 2019.",
         D(2019, 6, 3)),
        # a proper name ending in the year
        ("Trong khuôn khổ triển lãm cà phê Vietnam Coffee Expo Asia Fair 2019, ngày 14/6, Hiệp hội tổ "
         "chức hội thảo về chế biến.", D(2019, 6, 14)),
        # a prize is awarded for a past year, and "giải pháp" (a solution) is no tournament
        ("Chiều 9/5, Liên hiệp hội tổ chức lễ trao Giải thưởng Sáng tạo Kỹ thuật năm 2018 cho các tác giả.",
         None),
        ("Sáng 9/5, Sở họp bàn giải pháp để sản lượng tôm tăng gấp đôi năm 2030.", None),
        # a two-letter code glued to four digits is a boat's number, not an event
        ("Ngày 21/5, công an họp với chủ tàu KG2040 về vụ chìm tàu.", None),
        # a name ending in a later year tells no past: the next World Cup does not rule this year out
        ("Giải bóng đá U19 năm 2019 khai mạc\n\nChiều 5/6, Ban tổ chức họp báo. Giải là bước chuẩn bị cho "
         "World Cup 2022 của đội tuyển.", D(2019, 6, 5)),
        # … nor a year the clause after it puts ahead
        ("Sáng 10/5, Hội nghị thượng đỉnh doanh nhân toàn cầu 2019 bế mạc. Hội nghị thượng đỉnh năm 2020 "
         "sẽ diễn ra tại Lima.", D(2019, 5, 10)),
        # the month of an earlier edition and the name of this one disagree: no year
        ("Hội nghị Thủ tướng với nông dân 2019 diễn ra sáng nay (17/5) tại Trung tâm Hội nghị Quốc gia, "
         "đông gấp đôi lần đầu tổ chức tháng 4/2018.", None),
    ],
)
def test_a_year_named_for_the_meetings_event(text, expected):
    assert understand(text).meeting_date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meeting that reviews one year and plans the next is held at the turn of the year: in December of
        # the reviewed year …
        ("Ngày 24/12, UBND huyện tổ chức hội nghị tổng kết nhiệm vụ quân sự địa phương 2020 và triển khai nhiệm "
         "vụ năm 2021. Ông An nhấn mạnh: Năm 2021, huyện tập trung làm tốt công tác tuyển quân.", D(2020, 12, 24)),
        # … or in the first months of the planned one
        ("Sáng 15/1, Hội Nông dân xã tổ chức hội nghị tổng kết công tác Hội năm 2020 và triển khai phương "
         "hướng nhiệm vụ năm 2021.", D(2021, 1, 15)),
        # a review alone names only the period it looks back on
        ("Ngày 24/12, huyện tổ chức hội nghị tổng kết công tác năm 2020.", None),
    ],
)
def test_a_review_and_plan_meeting_is_held_at_the_turn_of_the_year(text, expected):
    assert understand(text).meeting_date == expected
