"""Issue 18, fifth round: web furniture counted on unlabelled news, in made-up sentences of the same patterns."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand


@pytest.mark.parametrize(
    "text, kept",
    [
        # "Nguồn ảnh:" heads a photo credit as "Ảnh:" and "Nguồn:" do, after a sentence or in a caption line
        ("Tin\n\nTàu được hạ thủy năm ngoái. Nguồn ảnh: Sina. Tàu dài 200 m.", "năm ngoái. Tàu dài 200 m."),
        ("Tin\n\nXe được nâng cấp. Nguồn ảnh: QĐND Tuy vậy, tầm bắn không đổi.", "nâng cấp. Tuy vậy, tầm bắn"),
        ("Tin\n\nHội nghị diễn ra sáng nay.\n\nNguồn ảnh: Báo Nhân Dân\n\nCác đại biểu thảo luận.", "Các đại biểu"),
        # a web site or an account written in lower case, without marks, as the whole source
        ("Tin\n\nMón gỏi có nhiều màu. Ảnh: thanhnien Chỉ ở Cà Mau mới có.", "nhiều màu. Chỉ ở Cà Mau"),
        ("Tin\n\nChuột được đặt trong lồng. Ảnh: independent. Trong nghiên cứu này, kết quả rõ.", "lồng. Trong nghiên"),
        ("Tin\n\nCơ thể thay đổi. Nguồn ảnh: interstella. Vào năm 2016, ông trở về.", "thay đổi. Vào năm 2016"),
        # the head in capitals, as some outlets print it
        ("Tin\n\nCông nhân ra quân đầu năm ẢNH: HỒNG ĐÀO Tương tự, tại công ty khác.", "đầu năm Tương tự,"),
    ],
)
def test_a_photo_source_is_furniture(text, kept):
    body = understand(text).body
    assert kept in body
    assert "Nguồn ảnh" not in body and "Ảnh:" not in body and "ẢNH" not in body


def test_a_photo_source_in_the_reports_own_words_stays():
    # "nguồn ảnh" written in a sentence (no colon) is the report's own words
    body = understand("Tin\n\nBan tổ chức chưa rõ nguồn ảnh gốc của bức hình.").body
    assert "chưa rõ nguồn ảnh gốc" in body
    # a source in lower case that is Vietnamese words, not a site, keeps its run as before
    assert "Sở lên tiếng." in understand("Tin\n\nAnh ấy nghỉ. Ảnh: tư liệu. Sở lên tiếng.").body


@pytest.mark.parametrize(
    "tail, author",
    [
        # an outlet written in sentence case after "Theo", on its own line or glued to the last sentence
        ("\n\nTheo Sức khỏe & Đời sống", "Sức khỏe & Đời sống"),
        (" Theo Tri thức mới", "Tri thức mới"),
        (" Theo Đời sống Plus", "Đời sống Plus"),
        # a writer, then the sources in parentheses
        ("\n\nMINH HẰNG (Theo Reuters, Bloomberg)", "MINH HẰNG"),
        (" Thu Quyên (Theo BBC News, 3/2018)", "Thu Quyên"),
    ],
)
def test_the_author_line_that_names_its_source(tail, author):
    u = understand(f"Họp báo\n\nHội đồng đã họp.\n\nBộ yêu cầu trường thực hiện đúng quy chế.{tail}")
    assert u.author == author
    assert u.body.endswith("đúng quy chế.")


@pytest.mark.parametrize(
    "tail",
    [
        " Theo kế hoạch, hội nghị sẽ họp lại",  # a sentence that lost its full stop: no capital after "Theo"
        " Theo ông Minh, cần làm rõ",
        "\n\nTheo Bộ trưởng, việc này phải làm ngay trong tuần",  # a clause, with its comma
    ],
)
def test_a_last_sentence_opening_with_theo_is_no_author(tail):
    u = understand(f"Họp báo\n\nHội đồng đã họp.\n\nBộ yêu cầu trường thực hiện đúng quy chế.{tail}")
    assert u.author is None


@pytest.mark.parametrize(
    "text, kept",
    [
        # the next caption or sentence starts right after a credit: its first word stays
        ("Tin\n\nTàu ra khơi. Nguồn ảnh: Navy Recognition Tàu hộ vệ tiếp theo.", "ra khơi. Tàu hộ vệ tiếp theo."),
        ("Tin\n\nXe mới. Nguồn ảnh: Zing Xe được bọc giáp.", "Xe mới. Xe được bọc giáp."),
        ("Tin\n\nXe mới. Ảnh: Vietnamplus Chiếc \"taxi\" này nhanh.", "Xe mới. Chiếc \"taxi\" này nhanh."),
        # a source in sentence case, to where the next sentence opens
        ("Tin\n\nXe mới. Nguồn ảnh: Quốc phòng Việt Nam Xe chạy nhanh.", "Xe mới. Xe chạy nhanh."),
        ("Tin\n\nDân lo. Ảnh: Kiến thức Liên quan vấn đề này, ông A nói.", "Dân lo. Liên quan vấn đề này"),
        ("Tin\n\nDân lo. Ảnh: Kiến thức Theo ông A, cần sửa.", "Dân lo. Theo ông A"),
        ("Tin\n\nThua lỗ kéo dài. Ảnh: Báo thanh tra. Ngoài ra, Thứ trưởng nói.", "kéo dài. Ngoài ra,"),
        # … and left whole where its end cannot be seen, rather than cut in its middle
        ("Tin\n\nXe mới. Ảnh: Minh họa cho thấy rõ điều đó.", "Ảnh: Minh họa cho thấy rõ"),
        # a web address after "Ảnh" without a colon, then a quote
        ("Tin\n\nPhó Thủ tướng. Ảnh Quochoi.vn \"Tôi xin hỏi\", đại biểu nói.", "Phó Thủ tướng. \"Tôi xin hỏi\""),
    ],
)
def test_a_credit_never_takes_the_next_sentence_s_first_word(text, kept):
    assert kept in understand(text).body


def test_a_source_chain_at_the_end_keeps_the_outlet_as_the_author():
    u = understand("Tin\n\nNghiên cứu đã được công bố. Nguồn: Telegraph theo Tri Thức Mới")
    assert u.author == "Tri Thức Mới"
