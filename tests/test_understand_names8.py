"""Person names of the eighth round (issue 18): kinds of miss counted on unlabelled news, made-up sentences."""

from __future__ import annotations

import pytest

from archive_app.core.understand.persons import find_persons
from understand_helpers import names


def test_dbqh_is_a_title():
    found = find_persons("Phát biểu tại hội trường, ĐBQH Lê Thu Hằng (Lào Cai) cho biết cử tri rất quan tâm.")
    assert [(p.name, p.role) for p in found] == [("Lê Thu Hằng", "ĐBQH")]
    assert names("Đoàn ĐBQH Thanh Hóa đã có văn bản gửi Ủy ban.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Đồng Văn Tư, Vụ trưởng Vụ Quản lý công trình, cho biết đập an toàn.", ["Đồng Văn Tư"]),
        ("Theo Bí thư Huyện ủy Chẩu Văn Lành, huyện đã hoàn thành kế hoạch.", ["Chẩu Văn Lành"]),
        ("Đại biểu Văn Thị Bạch Liên cho rằng dự thảo cần sửa.", ["Văn Thị Bạch Liên"]),
    ],
)
def test_an_unlisted_surname_before_van_or_thi(text, expected):
    # a surname no list holds is known by the middle name "Văn" or "Thị" and a given name after it
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Buổi lễ diễn ra tại Nhà Văn Hóa Mễ Trì, các đại biểu đã dự.",
        "Sản phẩm được Siêu Thị Sức Khỏe Gia Đình phân phối, ông cho biết.",
        "Anh bán hàng trên vỉa hè đường Hai Bà Trưng Văn Minh cho biết vậy.",
    ],
)
def test_places_with_van_or_thi_are_no_surname(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo GS-VS Phạm Gia Khiêm, thành tựu rất lớn.", ["Phạm Gia Khiêm"]),
        ("Báo cáo kết quả, GS.TSKH Nguyễn Kim Đàn trình bày kỹ.", ["Nguyễn Kim Đàn"]),
        ("Trong số đó có xạ thủ Hoàng Xuân Vĩnh và công nhân Trương Thái Sang.", ["Hoàng Xuân Vĩnh", "Trương Thái Sang"]),
        ("Thanh niên Lê Hữu Toản (quê Nghệ An) đã đến cơ quan công an.", ["Lê Hữu Toản"]),
    ],
)
def test_more_words_for_a_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otto Wemblier, 22 tuổi, sinh viên Mỹ, được thả.", ["Otto Wemblier"]),
        ("Cảnh sát nêu rõ thủ phạm là Jessie Carl Javiera , 42 tuổi, người Philippines.", ["Jessie Carl Javiera"]),
        ("Nhóm này giết hai bạn Nisa Mickel, 15 tuổi, và Kayla Cuevo (16 tuổi) ở Brentwood.", ["Nisa Mickel", "Kayla Cuevo"]),
        ("Hai nạn nhân là Thạch Thị Biên (34 tuổi), Nga Thị Hòa (20 tuổi).", ["Thạch Thị Biên", "Nga Thị Hòa"]),
    ],
)
def test_an_age_after_a_name_makes_it_a_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cô xuất thân trong gia đình nghèo ở Bình Phước, 15 tuổi đã lên Sài Gòn.",
        "Anh là cầu thủ già nhất ghi 15 bàn tại Premier League (35 tuổi, 125 ngày).",
        "Căn hộ được ưa chuộng. Với Sushi (5 tuổi), bức tranh chỉ có một vệt màu.",
    ],
)
def test_an_age_after_a_place_or_a_sentence_start_is_no_person(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chung quan điểm, đại biểu Thuận Hữu (Hải Phòng) đề nghị Chính phủ tính toán.", ["Thuận Hữu"]),
        ("Như đại biểu Phong Lan (đoàn TPHCM) nói, chúng ta đã chuyển đổi.", ["Phong Lan"]),
        ("Đại biểu Ngọ Duy Hiếu (Hà Nội) đánh giá cao dự thảo.", ["Ngọ Duy Hiếu"]),
    ],
)
def test_a_deputy_with_the_delegation_in_parentheses(text, expected):
    assert names(text) == expected
    assert names("Đại biểu Hà Nội (Việt Nam) phát biểu.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng giám đốc tổng công ty chế tạo động cơ (ODX) Alexei Artyomov cho biết động cơ đã xong.",
         ["Alexei Artyomov"]),
        ("Lãnh đạo Cơ quan Bảo vệ Môi trường Mỹ (EPA) Scott Prewett tuyên bố rút lui.", ["Scott Prewett"]),
        ("Trong khi đó, Chủ tịch Fed - Janet Yellin lập luận rằng lạm phát ổn định.", ["Janet Yellin"]),
        ("Nhà lãnh đạo Triều Tiên Kim Jong-un đã thị sát một đơn vị.", ["Kim Jong-un"]),
    ],
)
def test_a_foreign_name_after_a_title_and_its_body(text, expected):
    # the body's own name between the title and the name: an abbreviation, a parenthesis, a dash, a country
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quá buồn vì sự xúc phạm của nghệ sĩ Hương Giang Idol, ông về quê.",
        "Ông là Giám đốc công ty TNHH TMDV Tâm Vân Petro ở Cần Thơ.",
        "Anh là Ủy viên ban chọn trọng tài cho FIFA World Cup nữ 2019.",
        "Sáng nay, lãnh đạo xã Đức Hòa Hạ cũng cho biết như vậy.",
        "Đây là một đại diện của Tây Ban Nha Real Madrid trong giải.",
    ],
)
def test_no_foreign_name_where_the_body_runs_into_it(text):
    assert names(text) == []


def test_an_office_held_of_a_person_is_no_title_before_the_name():
    found = find_persons("Ủy ban đồng ý cho thôi nhiệm vụ ĐBQH của ông Võ Kim Cương.")
    assert [(p.name, p.role) for p in found] == [("Võ Kim Cương", "")]


def test_a_ward_named_after_a_person_is_no_person():
    found = find_persons("Bà Lưu Lê Bích Hạnh, Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình, quận 1 chia sẻ.")
    assert [p.name for p in found] == ["Lưu Lê Bích Hạnh"]
    assert names("Lãnh đạo UBND phường Nguyễn Cư Trinh kể lại sự việc.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch nước Trần Đại Quang Báo chí đã tích cực tuyên truyền.", ["Trần Đại Quang"]),
        ("Tổng cục trưởng Nguyễn Văn Tuấn Chúng tôi cũng cung cấp thông tin.", ["Nguyễn Văn Tuấn"]),
        ("Đại biểu Bùi Thị Quỳnh Thơ Tham gia thảo luận, đại biểu nói.", ["Bùi Thị Quỳnh Thơ"]),
        ("Ông Nguyễn Văn Đại cho biết đã xong.", ["Nguyễn Văn Đại"]),
    ],
)
def test_a_sentence_start_glued_to_a_name_is_cut(text, expected):
    assert names(text) == expected


def test_pho_before_duc_is_a_surname_and_ban_a_given_name():
    assert names("Trong khi đó, nhạc sĩ Phó Đức Phước – Giám đốc Trung tâm cho biết.") == ["Phó Đức Phước"]
    assert names("Hàng rong bày bán ở đường Phó Đức Chính, Lê Thị Hồng Gấm.") == []
    assert names("Sau đó, ông Hà Ban, Phó trưởng ban Tổ chức Trung ương thông báo.") == ["Hà Ban"]


def test_a_kinship_word_before_a_title_makes_a_person():
    assert names("Vào gian hàng của Ivanka Tromp, con gái Tổng thống Mỹ, ông rất mừng.") == ["Ivanka Tromp"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 1-2 vừa qua, cô Ivanka Tromp đã đưa con gái đến chúc Tết.", ["Ivanka Tromp"]),
        ("Tăng cường cung cấp thông tin. Bạn Trần Thanh Sang cho biết đã học xong.", ["Trần Thanh Sang"]),
        ("Đi ngang qua sân bóng, nam sinh Lương Thế Kiên gặp lại bạn.", ["Lương Thế Kiên"]),
    ],
)
def test_lower_case_words_for_a_young_or_a_foreign_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đội bóng của Anh Sheffield Wednesday thắng trận.",  # "Anh", the country
        "Nhà trường hạ bậc hạnh kiểm hai học sinh Phan Thị Thanh Nh. và Châu Thị Ngọc A.",
        "Vết bỏng trên người nữ sinh Đinh D.A. được chữa.",
    ],
)
def test_no_person_after_the_country_anh_nor_with_an_initial_last(text):
    assert names(text) == []
