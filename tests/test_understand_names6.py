"""Person names of the sixth round (issue 18): kinds of miss counted on unlabelled news, made-up sentences."""

from __future__ import annotations

import pytest

from archive_app.core.understand.persons import find_persons
from understand_helpers import names


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


@pytest.mark.parametrize(
    "text",
    [
        # a place, an outlet, a verb between a person word and the name: the name is no longer the word's
        "Các luật sư ở San Francisco Bay lên tiếng.",
        "Ông gặp phóng viên tờ Kansas Herald hôm qua.",
        "Chuyên gia cho rằng Lê Văn Ba đã đúng khi đầu tư.",
        "Buổi tập ở Nhà văn hóa Thanh Niên Lê Lợi diễn ra sáng nay.",
        # a nickname, a game, a cup, a country, a metaphor after a royal word
        'Cô được gọi là "nữ hoàng Bikini" từ lâu.',
        "Anh là ông vua Youtube của làng giải trí.",
        "Giải cờ vua Smartkids khai mạc sáng nay.",
        "Đội bóng vào chung kết cúp Nhà vua Barca sau trận thắng.",
        "Quốc vương Saudi ra tận sân bay đón khách.",
        "Cô bé thích mọi nàng công chúa Disney.",
    ],
)
def test_no_person_where_the_person_word_reaches_no_name(text):
    assert names(text) == []


def test_a_royal_named_by_one_word_is_a_person():
    text = "Đoàn hội kiến Nhà vua Nhật Bản Kazuhiro và Hoàng hậu Benedetta tại cung điện."
    assert [(p.name, p.role) for p in find_persons(text)] == [
        ("Kazuhiro", "Nhà vua Nhật Bản"),
        ("Benedetta", "Hoàng hậu"),
    ]
    # a country between the title and the name goes to the role
    assert [(p.name, p.role) for p in find_persons("Hoàng hậu Hà Lan Geertruida dự buổi làm việc.")] == [
        ("Geertruida", "Hoàng hậu Hà Lan")
    ]
    # a leader's wife: the given name, no role (kinship is none)
    assert [(p.name, p.role) for p in find_persons("Ông ly hôn với phu nhân Olesya năm ngoái.")] == [("Olesya", "")]


def test_a_wife_named_in_full_after_phu_nhan_is_taken_and_her_given_name_joins_it():
    text = "Tổng thống Marcus Bell và phu nhân Rosalind Carver ra tận cửa đón. Phu nhân Rosalind tặng hoa."
    assert names(text) == ["Marcus Bell", "Rosalind Carver"]


def test_the_original_in_parentheses_after_a_transcription_is_the_same_person_with_its_role():
    text = "Tổng thư ký Liên minh Pa-tri-xơ Đu-boa (Patrice Dubois) phát biểu khai mạc."
    assert [(p.name, p.role) for p in find_persons(text)] == [
        ("Pa-tri-xơ Đu-boa", "Tổng thư ký Liên minh"),
        ("Patrice Dubois", "Tổng thư ký Liên minh"),
    ]
    # a company's name in parentheses after a transcribed one is no person
    assert names("Đại diện hãng Phi-líp (Philips Group) và ông Lê Văn Ba dự họp.") == ["Lê Văn Ba"]


def test_a_given_name_that_also_starts_sentences_stays_after_van_or_thi():
    # "Dự", "Từ", "Ảnh" open sentences whose full stop was lost, but "Đỗ Văn" is never a whole name
    assert names("Trưởng phòng Đỗ Văn Từ cho biết việc đã xong.") == ["Đỗ Văn Từ"]
    assert names("Bà Phan Thị Ảnh (70 tuổi) kể lại.") == ["Phan Thị Ảnh"]
    # a longer name still loses the word that opens the next sentence
    assert names("Ông Đỗ Văn Hùng Từ đầu năm, ông nghỉ hưu.") == ["Đỗ Văn Hùng"]


def test_artists_and_beauty_queens_named_without_a_surname_are_persons():
    text = "Đêm diễn có NSƯT Thanh Ngà, ca sỹ Bảo Khuê và Á hậu Diệu Linh; nhà thơ Hữu Phước đọc thơ."
    assert names(text) == ["Thanh Ngà", "Bảo Khuê", "Diệu Linh", "Hữu Phước"]


def test_a_pageant_or_a_place_after_a_beauty_title_is_no_person():
    assert names("Cô từng đoạt Hoa hậu Hong Kong 1990 và thi Hoa hậu Hoàn Vũ thế giới.") == []
    assert names("Cô dự cuộc thi Hoa hậu Sông Hương tại Huế.") == []
    assert names("Ngày thơ năm nay, nhà thơ Sài Gòn dậy sớm.") == []


def test_person_words_spelled_with_y_are_the_same_words():
    # "bác sỹ", "tiến sỹ", "nhạc sỹ", "võ sỹ": the old spelling of "sĩ" is as common in news
    text = "Tiến sỹ Lê Văn Ba giảng bài, bác sỹ Ngô Thị Cúc khám bệnh, nhạc sỹ Thanh Tùng đệm đàn."
    assert names(text) == ["Lê Văn Ba", "Ngô Thị Cúc", "Thanh Tùng"]
    assert names("Bác sỹ Peter Holm đến muộn.") == ["Peter Holm"]


def test_a_continent_written_with_a_capital_before_a_foreign_name_is_cut_off():
    text = "Chủ tịch Nghị viện Châu Âu Marco Bellini phát biểu tại phiên họp."
    assert [(p.name, p.role) for p in find_persons(text)] == [("Marco Bellini", "Chủ tịch Nghị viện Châu Âu")]
    assert names("Các nước Châu Âu Pháp Đức cùng tham gia.") == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tối qua, ca sỹ Lê Thu Hà biểu diễn tại nhà hát.", "Lê Thu Hà", "ca sỹ"),
        ("Bộ phim do đạo diễn Trần Minh Khoa thực hiện ra mắt khán giả.", "Trần Minh Khoa", "đạo diễn"),
        ("Á hậu Ngọc Thảo trao quà cho các em nhỏ.", "Ngọc Thảo", "Á hậu"),
        ("Chương trình có sự tham gia của danh hài Văn Tùng.", "Văn Tùng", "danh hài"),
    ],
)
def test_artists_take_the_profession_written_before_them(text, name, role):
    assert (name, role) in [(p.name, p.role) for p in find_persons(text)]
