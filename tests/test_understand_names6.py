"""Person names of the sixth round (issue 18): kinds of miss counted on unlabelled news, made-up sentences."""

from __future__ import annotations

from archive_app.core.understand.persons import find_persons


def names(text: str) -> list[str]:
    return [p.name for p in find_persons(text)]


def test_environment_before_a_name_is_no_school():
    # "Môi trường" ends a ministry's or a department's name: the name after it is the official's, while
    # "trường" alone (a school) still makes the name a school's
    text = "Bộ trưởng Tài nguyên và Môi trường Lê Văn Ba cho biết kế hoạch đã xong."
    assert names(text) == ["Lê Văn Ba"]
    assert find_persons(text)[0].role == "Bộ trưởng Tài nguyên và Môi trường"
    assert names("Giám đốc Sở Tài nguyên và Môi trường Trần Thị Cúc phát biểu.") == ["Trần Thị Cúc"]
    assert names("Học sinh trường Lê Văn Ba cho biết các em đã sẵn sàng.") == []


def test_a_person_noun_with_words_that_qualify_it_takes_the_name():
    # a profession, then a field or a standing in one or two lower-case words, then the name
    assert names("Theo chuyên gia kinh tế Lê Văn Ba, giá sẽ còn tăng.") == ["Lê Văn Ba"]
    assert names("Hai nhà báo lão thành Trần Hữu Cường và Phạm Thu, hội viên lâu năm, dự lễ.") == [
        "Trần Hữu Cường",
        "Phạm Thu",
    ]
    assert names("Nhà phân tích chính trị Ivan Petrovsky nhận định tình hình sẽ dịu.") == ["Ivan Petrovsky"]


def test_words_that_tie_the_noun_to_something_else_end_its_reach():
    # a place, an outlet, a verb between the noun and the name: the name is no longer the noun's
    assert names("Các luật sư ở San Francisco Bay lên tiếng.") == []
    assert names("Ông gặp phóng viên tờ Kansas Herald hôm qua.") == []
    assert names("Chuyên gia cho rằng Lê Văn Ba đã đúng khi đầu tư.") == []
    assert names("Buổi tập ở Nhà văn hóa Thanh Niên Lê Lợi diễn ra sáng nay.") == []
