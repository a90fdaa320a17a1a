"""Issue 18, eighth round: related-article links after ">>" and author lines of two names joined by one dash."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand
from archive_app.core.understand.author_line import take_author
from archive_app.core.understand.cleanup import strip_inline_furniture

LEAD = "Sáng 5/6, UBND tỉnh họp bàn về giao thông, ông Nguyễn Văn An chủ trì."


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("Các đại biểu chụp ảnh lưu niệm sau khi tham quan. Vĩnh Phú-Nguyễn Hằng", "Vĩnh Phú, Nguyễn Hằng"),
        ("Hai bên ra Tuyên bố chung./. Vũ Dũng-Phạm Huân/VOV", "Vũ Dũng, Phạm Huân"),
        ("Lễ dâng hương diễn ra trang trọng./. Quang Trung-Xuân Hùng-Hữu Bình/VOV", "Quang Trung, Xuân Hùng, Hữu Bình"),
        ("Tuyến metro dài 781m. Tin-ảnh:T.Đồng", "T.Đồng"),
        ("Vẫn còn tình trạng bao che, tiêu cực… Bài: Phan Anh, Ảnh: Q.Chiến-Ph.Anh", "Phan Anh"),
    ],
)
def test_author_lines_of_this_round(tail, author):
    assert take_author(["Tiêu đề", tail])[0] == author


def test_a_place_after_a_dash_in_running_text_is_no_author():
    assert take_author(["Tiêu đề", "Đoàn đã làm việc tại tỉnh Bà Rịa-Vũng Tàu và nhiều nơi khác"])[0] is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a chain of links after the last sentence, to the line's end
        ("Các cháu đã được đưa về nhà. >> Người mẹ có con bị bạo hành vẫn sốc >> Đuổi việc 2 cô giáo mầm non",
         "Các cháu đã được đưa về nhà."),
        # the page's lost line break (two spaces) ends a linked title before the next sentence
        ("Ông Độ cho biết. >> Sốc xem clip cô giáo mầm non đánh trẻ  Cũng tại cuộc họp, Chủ tịch yêu cầu làm rõ.",
         "Ông Độ cho biết. Cũng tại cuộc họp, Chủ tịch yêu cầu làm rõ."),
        ("Nguồn cung đang dư thừa./. >>> Rà soát, quy hoạch chăn nuôi lợn gắn với thị trường",
         "Nguồn cung đang dư thừa./."),
        ("Vụ việc gây xôn xao nước Úc  =>> XEM THÊM: Ám ảnh của thiếu nữ 18 tuổi  Trong những ngày liên tiếp, Kate bị giam.",
         "Vụ việc gây xôn xao nước Úc Trong những ngày liên tiếp, Kate bị giam."),
        ("Giá xe giảm 30 triệu đồng./. Xem thêm: >>Thaco ra mắt Mazda3 mới >>Bảng giá xe Kia tháng 5/2017",
         "Giá xe giảm 30 triệu đồng./."),
        # a place at the end belongs to the title; an author's initials glued there stay for the author line
        ("Lửa đã được khống chế. >>> Khống chế vụ cháy lớn tại Công ty Kwong Lung- Meko, Cần Thơ",
         "Lửa đã được khống chế."),
        ("Anh thi đấu tốt khi mang băng đội trưởng. >>>Video U23 Việt Nam đại thắng U23 Malaysia N.Đ",
         "Anh thi đấu tốt khi mang băng đội trưởng. N.Đ"),
        # "Bấm xem ngay >>" is followed by the author, "Cập nhật >>>" is a label, "5 >> 3" no link at all
        ("Trận đấu rất hấp dẫn. Bấm xem ngay >> Q.D (Tổng hợp)", "Trận đấu rất hấp dẫn. Bấm xem ngay >> Q.D (Tổng hợp)"),
        ("<<< Cập nhật >>> (NDH) Tại Phú Quý, tới thời điểm 19h, mặt hàng nhẫn tròn trơn đã cháy hàng.",
         "<<< Cập nhật >>> (NDH) Tại Phú Quý, tới thời điểm 19h, mặt hàng nhẫn tròn trơn đã cháy hàng."),
    ],
)
def test_links_after_arrows(line, kept):
    assert strip_inline_furniture(line) == kept


def test_the_author_glued_after_a_link_is_found_and_the_link_cut():
    u = understand(f"{LEAD}\nAnh thi đấu tốt khi mang băng đội trưởng. >>>Video U23 Việt Nam đại thắng U23 Malaysia N.Đ")
    assert u.author == "N.Đ"
    assert ">>" not in u.body and "Malaysia" not in u.body


@pytest.mark.parametrize(
    "credit",
    ["Ảnh minh họa, nguồn internet", "Ảnh minh họa nguồn internet.", "Ảnh minh họa - Internet",
     "Ảnh minh họa, nguồn: Internet", "Ảnh minh họa/nguồn internet.", "Ảnh internet"],
)
def test_an_illustrations_internet_source_goes_with_it(credit):
    line = f"Nhiều dự án gây ô nhiễm môi trường. {credit} Để công tác thanh tra đạt hiệu quả, Sở đã họp."
    assert strip_inline_furniture(line) == "Nhiều dự án gây ô nhiễm môi trường. Để công tác thanh tra đạt hiệu quả, Sở đã họp."


def test_a_name_line_before_an_agency_line_is_the_author():
    """dantri.com.vn reprints an agency's report: the reporter's name, then "TTXVN" on a line of its own."""
    author, rest = take_author(["Tiêu đề", "Hai Bộ trưởng cũng tặng quà cho hai xã.", "Hiền Hạnh", "TTXVN"])
    assert author == "Hiền Hạnh" and rest == ["Tiêu đề", "Hai Bộ trưởng cũng tặng quà cho hai xã."]
