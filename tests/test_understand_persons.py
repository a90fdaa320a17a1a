"""Persons, roles and chairs as written in real report patterns; names (core.vietnamese.names)."""

from __future__ import annotations

import pytest

from archive_app.core.understand import PersonMention as P
from archive_app.core.understand import understand
from archive_app.core.vietnamese.names import looks_like_name, name_candidates, split_name_role


def persons(text: str):
    return understand(text).persons


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dự có đồng chí Lê Văn Cương – Quận ủy viên, Bí thư Đảng ủy phường.",
            P("Lê Văn Cương", "Quận ủy viên, Bí thư Đảng ủy phường"),
        ),
        (
            "Dự kỳ họp có Đ/c Trần Lê Cường - Huyện ủy viên - Bí thư Đảng ủy xã.",
            P("Trần Lê Cường", "Huyện ủy viên - Bí thư Đảng ủy xã"),
        ),
        (
            "Ông Điểu Xuân Hùng, Ủy viên Thường vụ, Chủ tịch UBND huyện phát biểu.",
            P("Điểu Xuân Hùng", "Ủy viên Thường vụ, Chủ tịch UBND huyện"),
        ),
        (
            "Theo bà Nguyễn Thị Hoa, Phó Chủ tịch HĐND tỉnh, kết quả tốt.",
            P("Nguyễn Thị Hoa", "Phó Chủ tịch HĐND tỉnh"),
        ),
        (
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND huyện Nguyễn Văn An nhấn mạnh các nhiệm vụ.",
            P("Nguyễn Văn An", "Phó Chủ tịch UBND huyện"),
        ),
        (
            "Sáng 6/2, Bộ trưởng Bộ Văn hóa Thể thao và Du lịch Nguyễn Ngọc Thiện đã chủ trì cuộc họp.",
            P("Nguyễn Ngọc Thiện", "Bộ trưởng Bộ Văn hóa Thể thao và Du lịch", True),
        ),
    ],
)
def test_single_person_patterns(text, expected):
    assert persons(text) == (expected,)


def test_chair_part_is_not_in_the_role():
    text = (
        "Về dự có đồng chí Nguyễn Tiến Sữ – Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận – "
        "Chủ trì hội nghị và các đồng chí là thành viên Khối Dân vận."
    )
    assert persons(text) == (
        P("Nguyễn Tiến Sữ", "Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận", True),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị do đồng chí Hoàng Văn Nam, Bí thư Huyện ủy chủ trì.",
        "Đồng chí Hoàng Văn Nam chủ trì hội nghị.",
        "Hội nghị diễn ra dưới sự chủ trì của Bí thư Huyện ủy Hoàng Văn Nam.",
        "Chủ trì hội nghị là đồng chí Hoàng Văn Nam.",
    ],
)
def test_chair_forms(text):
    found = persons(text)
    assert [p.name for p in found] == ["Hoàng Văn Nam"] and found[0].chair


def test_list_with_roles_does_not_swallow_the_next_person():
    text = (
        "Dự hội nghị có các đồng chí: Nguyễn Văn Bình – Bí thư Huyện ủy; Trần Thị Mai – Phó Chủ tịch UBND "
        "huyện và Lê Quang Hải, Trưởng Ban Dân vận Huyện ủy."
    )
    assert persons(text) == (
        P("Nguyễn Văn Bình", "Bí thư Huyện ủy"),
        P("Trần Thị Mai", "Phó Chủ tịch UBND huyện"),
        P("Lê Quang Hải", "Trưởng Ban Dân vận Huyện ủy"),
    )


def test_role_first_list_separated_by_commas():
    text = (
        "Tới dự có Chủ tịch nước Trần Đại Quang, Thủ tướng Nguyễn Xuân Phúc, "
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cùng lãnh đạo các bộ."
    )
    assert persons(text) == (
        P("Trần Đại Quang", "Chủ tịch nước"),
        P("Nguyễn Xuân Phúc", "Thủ tướng"),
        P("Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội"),
    )


def test_plural_title_is_shared_by_a_bare_list():
    text = "Cuộc họp có các thứ trưởng Bộ Công Thương Hoàng Quốc Vượng, Cao Quốc Hưng, Đỗ Thắng Hải."
    assert [(p.name, p.role) for p in persons(text)] == [
        ("Hoàng Quốc Vượng", "thứ trưởng Bộ Công Thương"),
        ("Cao Quốc Hưng", "thứ trưởng Bộ Công Thương"),
        ("Đỗ Thắng Hải", "thứ trưởng Bộ Công Thương"),
    ]


def test_mentions_merge_longest_role_and_any_chair():
    text = (
        "Đồng chí Đoàn Văn Sự chủ trì hội nghị.\n\nKết luận hội nghị, đồng chí Đoàn Văn Sự - "
        "Phó Bí thư Thường trực Huyện ủy ghi nhận kết quả."
    )
    assert persons(text) == (P("Đoàn Văn Sự", "Phó Bí thư Thường trực Huyện ủy", True),)


def test_names_are_never_folded():
    text = "Dự có đồng chí Lê Văn Cương, Bí thư Đảng ủy và đồng chí Lê Văn Cường, Chủ tịch UBND phường."
    assert [p.name for p in persons(text)] == ["Lê Văn Cương", "Lê Văn Cường"]


def test_no_persons_from_capitalised_non_names():
    text = (
        "Ban Thường vụ Huyện ủy, Mặt trận Tổ quốc Việt Nam và Khối Dân vận đã phối hợp. "
        "Thành phố Hồ Chí Minh, Hà Nội và tỉnh Đắk Nông tham dự. Học tập tư tưởng Hồ Chí Minh."
    )
    assert persons(text) == ()


def test_places_and_photo_credits_are_not_persons():
    text = (
        "Chủ tịch UBND tỉnh An Giang Lâm Quang Thi phát biểu. Ảnh: Nguyễn Dân/TTXVN. "
        "Giám đốc Trung tâm Y tế huyện Kim Bôi cho biết."
    )
    assert persons(text) == (P("Lâm Quang Thi", "Chủ tịch UBND tỉnh An Giang"),)


def test_central_highlands_names():
    text = "Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy và bà H'Hen Niê dự lễ."
    assert [p.name for p in persons(text)] == ["Y Thanh Hà Niê Kđăm", "H'Hen Niê"]


def test_names_module():
    assert looks_like_name("Nguyễn Tiến Sữ") and looks_like_name("Điểu Xuân Hùng")
    for not_a_name in ("Ban Thường vụ", "Mặt trận Tổ quốc", "Dân vận", "Hà Nội", "Sữ", "nguyễn văn an"):
        assert not looks_like_name(not_a_name)
    assert split_name_role("Nguyễn Tiến Sữ – Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận") == (
        "Nguyễn Tiến Sữ",
        "Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận",
    )
    assert split_name_role("Phó Chủ tịch UBND huyện Nguyễn Văn A") == (
        "Nguyễn Văn A",
        "Phó Chủ tịch UBND huyện",
    )
    assert split_name_role("Ban Thường vụ") == ("", "Ban Thường vụ")
    assert [c.name for c in name_candidates("Ông Huỳnh Tấn Vinh và Nguyễn Thành Phong Sáng 15/6")] == [
        "Huỳnh Tấn Vinh",
        "Nguyễn Thành Phong",
    ]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Chủ tịch UBND xã Nguyễn Văn Bảy phát biểu.", "Nguyễn Văn Bảy", "Chủ tịch UBND xã"),
        ("Trưởng thôn Lê Văn Tám cho biết.", "Lê Văn Tám", "Trưởng thôn"),
        ("Theo nhà báo Hồ Quang Lợi, báo chí cần đổi mới.", "Hồ Quang Lợi", ""),
    ],
)
def test_titles_ending_in_unit_or_profession(text, name, role):
    assert persons(text) == (P(name, role),)
