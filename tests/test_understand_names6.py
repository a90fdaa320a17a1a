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
