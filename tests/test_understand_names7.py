"""Person names of the seventh round (issue 18): kinds of miss counted on unlabelled news, made-up sentences."""

from __future__ import annotations

import pytest

from archive_app.core.understand.persons import find_persons
from understand_helpers import names


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


def test_an_english_title_after_a_country_is_no_part_of_the_name():
    persons = find_persons("Bộ trưởng Quốc phòng Singapore Dr Tan Wee Kiat hôm qua cảnh báo về khủng bố.")
    assert [(p.name, p.role) for p in persons] == [("Tan Wee Kiat", "Bộ trưởng Quốc phòng Singapore")]
    persons = find_persons("Bộ trưởng Quốc phòng Indonesia Minister Budi Santoso nhận định rủi ro tăng.")
    assert [(p.name, p.role) for p in persons] == [("Budi Santoso", "Bộ trưởng Quốc phòng Indonesia")]


def test_a_highland_district_after_a_party_committee_is_no_person():
    assert names("Con gái Bí thư Huyện ủy Krông Prông được bổ nhiệm sai quy định.") == []


def test_y_with_its_tone_mark_ends_a_name():
    assert names("Giám đốc Sở Nội vụ Lê Minh Ý đã quyết định hủy bài thi.") == ["Lê Minh Ý"]
    assert names("Hoa hậu Lê Thanh Thúy Á hậu Kim Oanh đến dự.") == ["Kim Oanh"]  # "Á hậu" opens the next


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cảnh sát khởi tố nghi phạm Takeshi Yamamura về tội giết người.", ["Takeshi Yamamura"]),
        ("Theo người đứng đầu hải quân, Đô đốc Roberto Alvarez, tàu đã mất liên lạc.", ["Roberto Alvarez"]),
        ("Tòa tuyên bị cáo Wang Jianfeng (41 tuổi) 12 năm tù.", ["Wang Jianfeng"]),
    ],
)
def test_a_suspect_or_a_rank_at_sea_before_a_foreign_name(text, expected):
    assert names(text) == expected


def test_a_star_of_a_club_is_no_person_and_a_vietnamese_name_needs_more():
    assert names("Cô gặp danh thủ Real Madrid trong chuyến đi.") == []
    assert names("Nghi can Đông Nghi bỏ trốn.") == []  # no syllable a foreign name has


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Hoa là con gái của ông Bùi Viết Hội, Bí thư Huyện ủy.", "Bùi Viết Hội"),
        ("Theo nhà nghiên cứu Phan Cẩm Thượng (Hà Nội), điều đó đúng.", "Phan Cẩm Thượng"),
        ("Ông Lê Tiến Trưởng, Tổng giám đốc Tập đoàn, cho biết doanh thu tăng.", "Lê Tiến Trưởng"),
    ],
)
def test_a_given_name_that_opens_titles_ends_a_run_before_a_comma(text, expected):
    assert names(text) == [expected]


def test_a_title_after_a_name_still_cuts_it():
    assert names("Ông Lê Văn Ba Trưởng ban Tổ chức cho biết.") == ["Lê Văn Ba"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign speaker named right after a country, a title or a person word earlier in the clause
        ("Quan chức cảnh sát Pakistan Tariq Hussain cho biết vụ nổ xảy ra lúc sáng.", ["Tariq Hussain"]),
        ("Chuyên gia quân sự Nga Igor Vasnetsov nhận định tên lửa này chưa sẵn sàng.", ["Igor Vasnetsov"]),
        ("Đại diện thường trực của Mỹ tại LHQ Karen Whitfield nói rằng lệnh trừng phạt sẽ tiếp tục.", ["Karen Whitfield"]),
        ("Chủ tịch Hội đồng về các trường đại học Peru Marco Quispe nhấn mạnh vai trò của giáo dục.", ["Marco Quispe"]),
        # an officer after the company a title names, the company's own name between
        ("Giải trình thêm, Chủ tịch Tập đoàn ABX Lê Minh Chiến khẳng định tồn kho là chiến lược.", ["Lê Minh Chiến"]),
        ("Phó tổng giám đốc công ty Nam Hòa Nguyễn Hữu Hào cam kết sẽ sớm thay máy.", ["Nguyễn Hữu Hào"]),
        ("Chủ tịch Tập đoàn Dệt may Việt Nam Trần Quang Nhân cam kết đạt mục tiêu.", ["Trần Quang Nhân"]),
    ],
)
def test_a_person_named_after_a_body_beyond_the_role_rules_reach(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Theo tờ báo của Mỹ Morning Herald cho biết thị trường đã hồi phục.",  # an outlet
        "Hãng bảo mật hàng đầu của Nga Secure Labs cho biết virus đã lan rộng.",  # a company, no person word
        "Trận đấu cho thấy Anh Steven Moore cho biết gì?",  # no person word in the clause
        "Đại diện đội bóng Anh Crystal Palace cho biết sẽ kháng cáo.",  # a club after "đội"
        "Giám đốc Công ty TNHH Hoàng Gia Phát cho biết hàng đã về.",  # the company is named after a person
        "Giám đốc Công ty TNHH TM và DV Hoàng Phước Minh có mặt.",  # legal form and trades only
        "Chủ tịch HĐQT Công ty Kinh doanh và Đầu tư Vàng Việt Nam có mặt.",  # ends in the country
        "Giám đốc Công ty ABX đổ rác ở Tống Văn Trân suốt một năm.",  # a lower-case word between
    ],
)
def test_bodies_and_companies_named_like_persons_stay_out(text):
    assert names(text) == []
