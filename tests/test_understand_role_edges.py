"""What a role's edges hold (issue 18, sixth round): a short form in parentheses at a role's end is no part of it,
"người đồng cấp …" before a name is the role, and "dưới sự chủ tọa của" names the chair, not a title. Made-up
sentences of the patterns of Vietnamese news writing."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand
from archive_app.core.understand.role_edges import counterpart_role, without_abbreviation


def persons(text: str) -> dict[str, tuple[str, bool]]:
    return {p.name: (p.role, p.chair) for p in understand(text).persons}


@pytest.mark.parametrize(
    "role, expected",
    [
        # the short form of the body just named
        ("Giám đốc Cơ quan Điều tra Quốc gia Mỹ (NIA)", "Giám đốc Cơ quan Điều tra Quốc gia Mỹ"),
        ("Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT)", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
        ("Thứ trưởng Bộ Tài nguyên và Môi trường (Bộ TN&MT)", "Thứ trưởng Bộ Tài nguyên và Môi trường"),
        ("Giám đốc Ban Quản lý dự án giao thông số 3 (Ban 3)", "Giám đốc Ban Quản lý dự án giao thông số 3"),
        # the ministry above a department stays (the labels keep it), and so do places and words
        ("Cục trưởng Cục Trồng trọt (Bộ NN-PTNT)", "Cục trưởng Cục Trồng trọt (Bộ NN-PTNT)"),
        ("Đội trưởng Đội CSGT số 5 (TP.HCM)", "Đội trưởng Đội CSGT số 5 (TP.HCM)"),
        ("Chủ tịch UBND huyện Tân An (Long An)", "Chủ tịch UBND huyện Tân An (Long An)"),
        ("Trưởng nhóm nghiên cứu (A)", "Trưởng nhóm nghiên cứu (A)"),
        ("(WHO)", "(WHO)"),
        # inside a role a short form is kept
        ("Chủ tịch Hội đồng quản trị (HĐQT) Công ty Hoa Sen", "Chủ tịch Hội đồng quản trị (HĐQT) Công ty Hoa Sen"),
    ],
)
def test_without_abbreviation(role, expected):
    assert without_abbreviation(role) == expected


@pytest.mark.parametrize(
    "text, name, role",
    [
        # after the name
        (
            "Ông Lê Văn Hùng, Phó Chủ tịch Hiệp hội Cà phê Việt Nam (VICOFA) cho biết giá đã tăng.",
            "Lê Văn Hùng",
            "Phó Chủ tịch Hiệp hội Cà phê Việt Nam",
        ),
        # a foreign name, the role set off by commas
        (
            "Bà Anna Kowalska, Giám đốc Quỹ Tiền tệ Khu vực (RMF), cho biết tăng trưởng sẽ chậm lại.",
            "Anna Kowalska",
            "Giám đốc Quỹ Tiền tệ Khu vực",
        ),
        # the ministry above stays
        (
            "Ông Phan Văn Lực, Cục trưởng Cục Thú y (Bộ NN-PTNT) cho biết dịch đã được khống chế.",
            "Phan Văn Lực",
            "Cục trưởng Cục Thú y (Bộ NN-PTNT)",
        ),
    ],
)
def test_abbreviation_is_no_part_of_the_role(text, name, role):
    assert persons(text)[name][0] == role


def test_counterpart_is_the_role():
    got = persons("Bộ trưởng Quốc phòng Lê Văn Hải đã hội đàm với người đồng cấp Ba Lan Tomasz Nowicki tại Hà Nội.")
    assert got["Tomasz Nowicki"][0] == "người đồng cấp Ba Lan"
    got = persons("Thủ tướng đã điện đàm với người đồng cấp Peter Lindqvist về hợp tác hai nước.")
    assert got["Peter Lindqvist"][0] == "người đồng cấp"


def test_counterpart_only_with_a_country_or_nothing_between():
    text = "Ông Trần Văn Hòa cho biết người đồng cấp của ông là Marco Bellini."
    assert counterpart_role(text, text.index("Marco"), 0) is None


def test_counterpart_gives_way_to_a_role_after_the_name():
    # the role after the name is this person's; no counterpart joined to it
    got = persons("Ông đã gặp người đồng cấp Peter Lindqvist, Ngoại trưởng Thụy Điển, tại Hà Nội.")
    assert got["Peter Lindqvist"][0] == "Ngoại trưởng Thụy Điển"


def test_presiding_is_no_title_and_chairs():
    got = persons(
        "Sáng 12/6, UBND tỉnh họp phiên thường kỳ dưới sự chủ tọa của Chủ tịch UBND tỉnh Lê Văn Nam, "
        "các sở báo cáo tình hình."
    )
    assert got["Lê Văn Nam"] == ("Chủ tịch UBND tỉnh", True)


def test_a_judge_presiding_a_trial_chairs_no_meeting():
    got = persons("Trong phiên tòa đầu tiên dưới sự chủ tọa của thẩm phán Lê Thị Hà, bị cáo đã bác bỏ cáo buộc.")
    assert got["Lê Thị Hà"] == ("thẩm phán", False)


def test_an_act_without_a_title_after_it_keeps_its_name():
    # "sự chỉ huy của" with no title after it: the name is still found (as before)
    got = persons("Lực lượng này hoạt động dưới sự chỉ huy của Igor Petrenko trong nhiều năm.")
    assert "Igor Petrenko" in got


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Theo ông Nguyễn Văn Hùng, chuyên gia kinh tế, lạm phát năm nay sẽ giảm.", "Nguyễn Văn Hùng", "chuyên gia kinh tế"),
        (
            "Em Lê Thị Mai, học sinh lớp 9 trường THCS Lê Lợi, cho biết em rất vui.",
            "Lê Thị Mai",
            "học sinh lớp 9 trường THCS Lê Lợi",
        ),
        ("Bà Trần Thị Thu – giảng viên Đại học Huế nhận định như vậy.", "Trần Thị Thu", "giảng viên Đại học Huế"),
        ("Ông Peter Lindqvist, người sáng lập Quỹ Nordic Green, phát biểu.", "Peter Lindqvist", "người sáng lập Quỹ Nordic Green"),
    ],
)
def test_a_descriptive_noun_after_the_name_is_the_role(text, name, role):
    assert persons(text)[name][0] == role


def test_a_descriptive_noun_that_introduces_the_next_name_is_not_the_role():
    got = persons("Nói về vụ việc của ca sĩ Đàm Văn Hưng, luật sư Nguyễn Thành Nam, Đoàn luật sư TP Hà Nội, phân tích.")
    assert got["Đàm Văn Hưng"][0] == "ca sĩ"
    assert got["Nguyễn Thành Nam"][0].startswith("luật sư")


def test_a_descriptive_noun_alone_makes_no_person():
    # only a name already taken as a person's gets the noun as its role: "Hà Nội" is no person
    got = persons("Tại Hà Nội, chuyên gia kinh tế cho rằng giá sẽ tăng.")
    assert "Hà Nội" not in got


def test_a_foreign_name_after_a_descriptive_noun_is_often_a_body():
    got = persons("Theo chuyên gia Mark Jensen, người sáng lập tổ chức tư vấn Strategic Futures, xung đột sẽ kéo dài.")
    assert got["Mark Jensen"][0] == "chuyên gia, người sáng lập tổ chức tư vấn Strategic Futures"
