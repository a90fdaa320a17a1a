"""Where a role starts and how far it goes (issue 18, seventh round): a word that makes one title with the head after
it, a title whose object the name is ("… của Tổng thống X A"), two words of a body's name joined by a comma, a second
post after "kiêm", and "Đài Tiếng nói …". Made-up sentences of the patterns of Vietnamese news writing."""

from __future__ import annotations

import pytest

from archive_app.core.understand.role_reach import compound_start, joined_pair
from understand_helpers import roles


OWNER_TITLES = [
    # the name after "của" and a title is the title's holder, not the holder of the title before "của"
    (
        "Hôm qua, người phát ngôn của Tổng thống Chile Gabriel Ortiz cho biết cuộc gặp sẽ diễn ra.",
        "Gabriel Ortiz",
        "Tổng thống Chile",
    ),
    (
        "Cố vấn cấp cao của Thủ tướng Lê Văn Hải đã tới dự buổi làm việc.",
        "Lê Văn Hải",
        "Thủ tướng",
    ),
    (
        "Theo chủ tịch chiến dịch tranh cử của ứng viên tổng thống đảng Dân chủ Maria Lopez, cuộc thăm dò đã sai.",
        "Maria Lopez",
        "ứng viên tổng thống đảng Dân chủ",
    ),
    # an honorific sets the name off as the aide's, as before
    (
        "Báo chí dẫn lời trợ lý của Ngoại trưởng Chile ông Pedro Ruiz cho biết như vậy.",
        "Pedro Ruiz",
        "trợ lý của Ngoại trưởng Chile",
    ),
    # a lower-case word after the title: the name is the envoy's own, as before
    (
        "Đặc phái viên của Tổng thống Chile về vấn đề nước Gabriel Ortiz đã tới Hà Nội.",
        "Gabriel Ortiz",
        "Đặc phái viên của Tổng thống Chile về vấn đề nước",
    ),
]


def test_a_role_after_a_name_runs_up_to_the_title_holder_it_names():
    got = roles("Hãng tin dẫn lời ông Park Min-ho, cố vấn đặc biệt của Tổng thống Hàn Quốc Kim Sang-woo, cho biết.")
    assert got == {
        "Park Min-ho": "cố vấn đặc biệt của Tổng thống Hàn Quốc",
        "Kim Sang-woo": "Tổng thống Hàn Quốc",
    }


COMPOUND_TITLES = [
    # a candidate for a post does not hold it
    ("Ứng cử viên Tổng thống Chile Gabriel Ortiz đã tuyên bố rút lui.", "Gabriel Ortiz", "Ứng cử viên Tổng thống Chile"),
    ("Cuộc gặp với ứng viên tổng thống Maria Lopez diễn ra hôm qua.", "Maria Lopez", "ứng viên tổng thống"),
    # the chief of all staff, the commander in chief, the police chief: one title
    (
        "Tổng Tham mưu trưởng quân đội Chile Gabriel Ortiz đã tới thăm.",
        "Gabriel Ortiz",
        "Tổng Tham mưu trưởng quân đội Chile",
    ),
    ("Theo Cảnh sát trưởng thành phố Lima Pedro Ruiz, vụ việc đang được điều tra.", "Pedro Ruiz", "Cảnh sát trưởng thành phố Lima"),
]


@pytest.mark.parametrize(
    "lower, at, expected",
    [
        ("ứng cử viên tổng thống", 12, 0),
        ("tổng tư lệnh", 5, 0),
        ("cảnh sát trưởng", 9, 0),
        ("cảnh sát trưởng phòng", 9, 9),  # not "cảnh sát trưởng" before "trưởng phòng"
        ("tổng thư ký", 5, 5),  # "Tổng" only before "Tham mưu trưởng", "Tư lệnh"
    ],
)
def test_compound_start(lower, at, expected):
    title = ("tổng thống", "tư lệnh", "trưởng phòng", "trưởng", "thư ký")
    title_end = at + next(len(t) for t in title if lower.startswith(t, at))
    assert compound_start(lower, at, 0, title_end) == expected


def test_compound_start_stops_at_the_floor():
    assert compound_start("ứng cử viên tổng thống", 12, 5, 22) == 12


BODY_NAMES_AND_SECOND_POSTS = [
    (
        "Ông Trần Minh Khoa, Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế cho biết số ca bệnh đã giảm.",
        "Trần Minh Khoa",
        "Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế",
    ),
    (
        "Cục trưởng Cục Quản lý Khám, chữa bệnh Trần Minh Khoa cho biết số ca bệnh đã giảm.",
        "Trần Minh Khoa",
        "Cục trưởng Cục Quản lý Khám, chữa bệnh",
    ),
    (
        "Ông Lê Quốc Bảo, Trung tá, Trưởng phòng Tham mưu, kiêm người phát ngôn Công an tỉnh Hòa Bình cho biết vụ"
        " việc đã được làm rõ.",
        "Lê Quốc Bảo",
        "Trung tá, Trưởng phòng Tham mưu, kiêm người phát ngôn Công an tỉnh Hòa Bình",
    ),
    (
        "Dự hội nghị có ông Phạm Đức An, Tổng giám đốc Đài Tiếng nói Việt Nam.",
        "Phạm Đức An",
        "Tổng giám đốc Đài Tiếng nói Việt Nam",
    ),
    (
        "Tổng giám đốc Đài Tiếng nói Việt Nam Phạm Đức An phát biểu khai mạc.",
        "Phạm Đức An",
        "Tổng giám đốc Đài Tiếng nói Việt Nam",
    ),
]


def test_joined_pair():
    lower = "cục quản lý khám, chữa bệnh"
    assert joined_pair(lower, lower.index(","), lower.index(",") + 2)
    lower = "bộ y tế, chữa bệnh"
    assert not joined_pair(lower, lower.index(","), lower.index(",") + 2)


SET_OFF_AND_OPEN_PARENTHESES = [
    # a name set off by a comma and an honorific after "của <title> X" is the first title's holder
    (
        "Theo phát ngôn viên của Tổng thống Putin, ông Ivan Petrov, cuộc gặp đã được chuẩn bị kỹ.",
        "Ivan Petrov",
        "phát ngôn viên của Tổng thống Putin",
    ),
    # a role cut inside a parenthesis keeps none of it
    (
        "Viện kiểm sát truy tố ông Trần Văn Lâm, nguyên Chủ tịch HĐQT Công ty Hòa An (ông Lâm góp 5% vốn), vì"
        " sai phạm.",
        "Trần Văn Lâm",
        "nguyên Chủ tịch HĐQT Công ty Hòa An",
    ),
]


@pytest.mark.parametrize(
    "text, name, role", OWNER_TITLES + COMPOUND_TITLES + BODY_NAMES_AND_SECOND_POSTS + SET_OFF_AND_OPEN_PARENTHESES
)
def test_where_a_role_starts_and_how_far_it_goes(text, name, role):
    assert roles(text).get(name) == role
