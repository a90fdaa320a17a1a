"""Issue 18, fourth round: web furniture inside news paragraphs, in made-up sentences of recurring patterns."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand


@pytest.mark.parametrize(
    "text, kept",
    [
        # a bare illustration note after a sentence or opening a paragraph, with its source
        ("Tin\n\nKhông nên ăn lạc mốc. Ảnh minh họa Những lưu ý khi ăn lạc.", "ăn lạc mốc. Những lưu ý"),
        ("Tin\n\nThuế năm 2016.\n\nẢnh minh họa. Nguồn: internet 1. Thời điểm ghi nhận.", "1. Thời điểm ghi nhận."),
        # a source written in lower case after "Ảnh:"
        ("Tin\n\nAnh ấy nghỉ. Ảnh: chụp từ màn hình. Sở lên tiếng.", "Anh ấy nghỉ. Sở lên tiếng."),
        ("Tin\n\nAnh ấy bỏ chạy. Ảnh: cắt từ clip Nam thanh niên bị bắt.", "bỏ chạy. Nam thanh niên bị bắt."),
        ("Tin\n\nHy Lạp kêu gọi. Ảnh: reuters Ngày 21/5, Hy Lạp nói.", "kêu gọi. Ngày 21/5"),
        # a caption in parentheses after "Ảnh:", however long
        (
            "Tin\n\nKẻ tấn công bị bắt. (Ảnh: Cảnh sát đứng gác trước tòa lãnh sự trên con phố chính của thành phố "
            "cảng sau vụ tấn công đêm qua) Theo AFP, vụ việc đang được điều tra.",
            "bị bắt. Theo AFP, vụ việc",
        ),
        # a bare credit between a caption's full stop and the next sentence
        ("Tin\n\nHai thủ tướng tại lễ đón ngày 31/5. EPA/TTXVN Tuyên bố trên được đưa ra.", "31/5. Tuyên bố trên"),
    ],
)
def test_more_furniture_inside_paragraphs(text, kept):
    assert kept in understand(text).body


def test_the_words_stay_where_they_are_the_report_s():
    assert "Ảnh minh họa cho thấy rõ" in understand("Tin\n\nẢnh minh họa cho thấy rõ điều đó.").body
    assert "AFP/TTXVN cho biết" in understand("Tin\n\nHai bên hội đàm. AFP/TTXVN cho biết thêm.").body
    # at the end of a paragraph "Tên/VOV" is the author line, not a credit
    u = understand("Tin\n\nHai bên ký kết văn kiện hợp tác./. Vũ Dũng/VOV")
    assert u.author == "Vũ Dũng"


@pytest.mark.parametrize(
    "text, author",
    [
        # the photographer after the writer is no author
        ("Tin\n\nHai bên ký kết văn kiện./. Lan Hương, ảnh: Minh Đức", "Lan Hương"),
        ("Tin\n\nHai bên ký kết.\n\nLan Hương - ảnh: Minh Đức", "Lan Hương"),
        ("Tin\n\nHai bên ký kết.\n\nTin, ảnh: Minh Đức", "Minh Đức"),
        # an agency glued after the last sentence, with no full stop before it
        ("Tin\n\nThủ tướng tiếp lãnh đạo các tập đoàn lớn Theo VGP", "VGP"),
    ],
)
def test_author_apart_from_the_photographer_and_a_glued_agency(text, author):
    assert understand(text).author == author
