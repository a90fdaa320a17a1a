"""Issue 18, seventh round: photo credits and author lines counted on unlabelled news, in made-up sentences."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand


@pytest.mark.parametrize(
    "text, kept, gone",
    [
        # a screenshot said to be one, after a caption or at a paragraph's start, before the next sentence
        ("Tin\n\nBé khóc giữa chợ. Ảnh chụp màn hình Sau đó, mẹ bé đến.", "giữa chợ. Sau đó, mẹ bé", "chụp"),
        ("Tin\n\nCâu đầu tiên.\n\nẢnh chụp từ clip. Xe dừng lại ngay.", "Xe dừng lại ngay.", "chụp"),
        # the same source in sentence case after "Ảnh:", whole when its full stop follows
        ("Tin\n\nCa sĩ xin lỗi. Ảnh: Chụp từ màn hình. Sau đó, cô khóc.", "xin lỗi. Sau đó, cô khóc.", "Chụp"),
        # "Ảnh Internet" opening a paragraph, before the next sentence
        ("Tin\n\nCâu đầu tiên.\n\nẢnh Internet Theo kế hoạch, dự án xong năm sau.", "Theo kế hoạch, dự án", "Internet"),
        # a colon mistyped as a semicolon
        ("Tin\n\nĐoàn rước qua làng. Ảnh; Minh Hà. Ngôi đền có ba gian.", "qua làng. Ngôi đền", "Minh Hà"),
        # "- Ảnh minh họa" after a caption with no full stop; the next sentence keeps its space
        ("Tin\n\nGiá gạo tăng nhẹ - Ảnh minh họa Theo số liệu mới, giá tăng.", "tăng nhẹ Theo số liệu", "minh họa"),
        # a web address as the source, its full stop included
        ("Tin\n\nTrụ sở của hãng ở Texas. Ảnh: tintuc.com.vn. Hãng mới mở thêm nhà máy.", "Texas. Hãng mới", ".com"),
        # "Xem thêm: <another article's title>" run into a paragraph, up to where the next sentence starts
        ("Tin\n\nCâu đầu tiên.\n\nHọ đã được giúp đỡ. Xem thêm: Người mẹ trẻ bán vé số nuôi ba con nhỏ ở chợ quê Theo"
         " kết quả, gia đình đã nhận đủ.", "giúp đỡ. Theo kết quả", "Xem thêm"),
        ("Tin\n\nCâu đầu tiên.\n\nKhách đến rất đông. Xem thêm: Những cánh đồng hoa đẹp nhất mùa này ở Mộc Châu Sơn La",
         "Khách đến rất đông.", "Mộc Châu"),
        # "Xem thêm: >>>" left at a paragraph's end
        ("Tin\n\nCâu đầu tiên.\n\nCửa hàng mở cửa đến tối./. Xem thêm: >>>", "đến tối./.", "Xem thêm"),
    ],
)
def test_more_photo_credits_are_furniture(text, kept, gone):
    body = understand(text).body
    assert kept in body
    assert gone not in body


def test_a_screenshot_in_the_reports_own_words_stays():
    body = understand("Tin\n\nNgười xem đăng ảnh chụp màn hình lên mạng.\n\nẢnh Hưởng Lợi là tên quán.").body
    assert "đăng ảnh chụp màn hình lên mạng" in body
    assert "Ảnh Hưởng Lợi là tên quán" in body  # a paragraph opening "Ảnh <Name>" without "Internet"


def test_an_author_glued_after_an_empty_see_more_stays_the_author():
    u = understand("Tin\n\nCâu đầu tiên của bài.\n\nNgười dân cần tỉnh táo. Xem thêm: Hoài Thương")
    assert u.author == "Hoài Thương"
    assert "Hoài Thương" not in u.body  # taken out of the body as the author line


@pytest.mark.parametrize(
    "tail, author",
    [
        # an author line the page printed twice is one author line
        ("Ngân hàng giữ lãi suất. Hoài An Hoài An", "Hoài An"),
        ("Giá đất tăng nhanh. Lê Hà - Minh Tú Lê Hà - Minh Tú", "Lê Hà, Minh Tú"),
        # a pen name of one word said twice is a name of its own
        ("Phim ra mắt tháng sau. Thu Thu", "Thu Thu"),
        # academic and professional titles before the author's name are no part of it
        ("Bệnh này cần khám sớm.\n\nBS T.Khải", "T.Khải"),
        ("Cây trồng cần nước. Theo PGS.TS Lê Thị Hoa (Nông nghiệp)", "Lê Thị Hoa"),
    ],
)
def test_author_lines_printed_twice_or_with_a_title(tail, author):
    assert understand(f"Tin\n\nCâu đầu tiên của bài.\n\n{tail}").author == author
