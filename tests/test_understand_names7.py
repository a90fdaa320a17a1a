"""Person names of the seventh round (issue 18): kinds of miss counted on unlabelled news, made-up sentences."""

from __future__ import annotations

import pytest

from archive_app.core.understand.persons import find_persons


def names(text: str) -> list[str]:
    return [p.name for p in find_persons(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công an đã triệu tập hai nhân viên là Lê Thị Hồng Vân và Đặng Văn Bình để làm rõ.",
            ["Lê Thị Hồng Vân", "Đặng Văn Bình"],
        ),
        (
            "Đến dự có nguyên Chủ tịch Quốc hội: Trần Văn Khải, Phạm Hữu Lộc; các vị lão thành.",
            ["Trần Văn Khải", "Phạm Hữu Lộc"],
        ),
        (
            "Thủ môn (3): Bùi Văn Tâm, Đỗ Hữu Phát (Hà Nội), Nguyễn Bá Minh Khang; Hậu vệ (2): …",
            ["Bùi Văn Tâm", "Đỗ Hữu Phát", "Nguyễn Bá Minh Khang"],
        ),
    ],
)
def test_full_names_listed_together_are_persons(text, expected):
    # two or more full Vietnamese names joined by commas or "và" name people, with no word for a person
    assert names(text) == expected
    assert all(p.role == "" for p in find_persons(text))  # no role is written: none is made up


@pytest.mark.parametrize(
    "text",
    [
        # streets, schools and crossings named after persons come in lists too
        "Xe chạy qua các tuyến đường Trần Quốc Hoàn, Nguyễn Văn Linh và Phạm Văn Đồng.",
        "Ùn tắc kéo dài tại giao lộ Nguyễn Văn Trỗi và Hoàng Văn Thụ vào giờ cao điểm.",
        "Cầu vượt tại vòng xoay Nguyễn Thái Sơn - Nguyễn Văn Lượng sẽ khởi công.",  # a crossing: a dash
        "Học sinh các trường Lê Quý Đôn, Nguyễn Thị Minh Khai và Trần Đại Nghĩa dự thi.",
        # a list whose head was cut off as a street goes on from a capitalised word
        "Đường Lê Lợi, Nguyễn Thị Minh Khai, Nguyễn Đình Chiểu được lát đá.",
        # one name alone is no list
        "Sau đó Nguyễn Văn Ba về nhà.",
    ],
)
def test_lists_of_places_named_after_persons_stay_out(text):
    assert names(text) == []


def test_the_last_listed_name_loses_a_word_glued_on_where_a_break_was_lost():
    text = (
        "Giám khảo là Hồ Quỳnh Lan và Dương Khắc Minh. Khán giả chờ Dương Khắc Minh và Hồ Quỳnh Lan Đêm"
        " diễn mở màn."
    )
    assert names(text) == ["Hồ Quỳnh Lan", "Dương Khắc Minh"]


def test_a_word_glued_to_the_last_listed_name_is_cut_when_the_text_writes_it_in_lower_case():
    text = "Dự bị: Lưu Văn Minh, Nguyễn Thế Anh Cầu thủ: ba người. Các cầu thủ đã tập trung."
    assert names(text) == ["Lưu Văn Minh", "Nguyễn Thế Anh"]


def test_a_list_of_streets_after_a_colon_stays_out():
    assert names("Quận đặt tên các tuyến đường, gồm: Trần Văn Giàu, Lê Văn Lương và Phạm Hùng Dũng.") == []
