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
    text = "Sáng 7/6, Ban Chỉ đạo họp phiên thứ 8.\n\nHoàn thành chi trả trước ngày 30/6/2017."
    assert understand(text).meeting_date == D(2017, 6, 7)


def test_date_hint_is_only_a_fallback():
    assert understand("Hội nghị tổng kết công tác.", date_hint=D(2020, 1, 2)).meeting_date == D(2020, 1, 2)
    assert understand("Sáng ngày 14/10/2021, hội nghị diễn ra.", date_hint=D(2021, 10, 20)).meeting_date == D(
        2021, 10, 14
    )
    assert understand("Sáng 6/2, Bộ họp.").meeting_date is None  # no year anywhere, no hint
