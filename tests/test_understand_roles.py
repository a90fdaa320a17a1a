"""How far a person's role reaches: to the end of a body's name and its affiliation, not into the clause after it
(issue 18, fourth round). Made-up sentences of the patterns of Vietnamese news writing."""

from __future__ import annotations

import pytest

from understand_helpers import roles


# a role runs to the end of its body and affiliation
BODY_AND_AFFILIATION = [
    # a stop word inside a noun of the body's name: "dự án", "thực hiện" a named law
    ("Ông Trần Văn Tường, trưởng BQL dự án cho biết thêm.", "Trần Văn Tường", "trưởng BQL dự án"),
    (
        "Phó Thủ tướng Lê Văn Hào, Trưởng Ban Chỉ đạo sơ kết 10 năm thực hiện Luật Đất đai năm 2013, "
        "dự hội nghị.",
        "Lê Văn Hào",
        "Phó Thủ tướng, Trưởng Ban Chỉ đạo sơ kết 10 năm thực hiện Luật Đất đai năm 2013",
    ),
    # … but a verb after the role still ends it, whole
    ("Ông Lê Văn Danh, Giám đốc Sở Nội vụ thực hiện việc kiểm tra.", "Lê Văn Danh", "Giám đốc Sở Nội vụ"),
    # "bị" after a capitalised word is a verb unless it makes a noun ("Vụ Thiết bị")
    (
        "Ông Lê Văn Tâm, Hiệu trưởng trường ĐH Quang Trung bị cơ quan chủ quản tạm đình chỉ công tác.",
        "Lê Văn Tâm",
        "Hiệu trưởng trường ĐH Quang Trung",
    ),
    (
        "Ông Hồ Văn Lợi, Vụ trưởng Vụ Thiết bị và Công trình y tế cho biết.",
        "Hồ Văn Lợi",
        "Vụ trưởng Vụ Thiết bị và Công trình y tế",
    ),
    # a capitalised word after "và" followed by a lower-case one is no name: "Giáo dục và Đào tạo"
    (
        "Ông Trần Văn Thuận, Trưởng Phòng Giáo dục và Đào tạo thị xã Hương Trà cho biết.",
        "Trần Văn Thuận",
        "Trưởng Phòng Giáo dục và Đào tạo thị xã Hương Trà",
    ),
    # a body's name that goes on after a comma
    (
        "Ông Trần Văn Phước, Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Quảng Trị cho biết.",
        "Trần Văn Phước",
        "Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Quảng Trị",
    ),
    # the affiliation after a comma: the body above, a city, an army
    (
        "Ông Vũ Văn Hùng, Phó vụ trưởng Vụ Kế hoạch, Tổng cục Thủy sản, Bộ Nông nghiệp và Phát triển nông "
        "thôn đánh giá cao mô hình.",
        "Vũ Văn Hùng",
        "Phó vụ trưởng Vụ Kế hoạch, Tổng cục Thủy sản, Bộ Nông nghiệp và Phát triển nông thôn",
    ),
    ("Bà Lê Thị Hằng, Phó Chủ tịch UBND quận 3, TPHCM cho biết.", "Lê Thị Hằng", "Phó Chủ tịch UBND quận 3, TPHCM"),
    (
        "Đại tá Soe Win, Cục trưởng Cục Hậu cần, Quân đội Myanmar làm Trưởng đoàn.",
        "Soe Win",
        "Đại tá, Cục trưởng Cục Hậu cần, Quân đội Myanmar",
    ),
    (
        "Ông Phạm Văn Sáng, Giám đốc nhà máy Ceramic, Đồng Nai, đại diện nhà tài trợ phát biểu.",
        "Phạm Văn Sáng",
        "Giám đốc nhà máy Ceramic, Đồng Nai",
    ),
    # a role ends at an ellipsis
    ("Ông Trần Văn Lộc, Giám đốc Sở Tài chính tỉnh Nam Định… cho biết.", "Trần Văn Lộc", "Giám đốc Sở Tài chính tỉnh Nam Định"),
]


def test_a_person_after_a_role_is_no_affiliation():
    got = roles("Ông Trần Văn An, Giám đốc Sở Y tế, Trần Văn Bình, Giám đốc Sở Nội vụ cùng dự.")
    assert got == {"Trần Văn An": "Giám đốc Sở Y tế", "Trần Văn Bình": "Giám đốc Sở Nội vụ"}


# about inside the name of a body named for a matter
ABOUT_IN_BODY_NAMES = [
    (
        "Ông Vũ Văn Nam, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài "
        "cho biết.",
        "Vũ Văn Nam",
        "Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
    ),
    (
        "Ông Trần Văn Bình, Chủ tịch Hội đồng quốc gia về các trường đại học Nicaragua phát biểu.",
        "Trần Văn Bình",
        "Chủ tịch Hội đồng quốc gia về các trường đại học Nicaragua",
    ),
    (
        "Ông Trần Văn Bình, Trưởng Ban Chỉ đạo Nhà nước về cải cách hành chính đã dẫn đầu đoàn.",
        "Trần Văn Bình",
        "Trưởng Ban Chỉ đạo Nhà nước về cải cách hành chính",
    ),
    # "về" of the topic of a report, or a verb of coming, ends the role
    (
        "Sau khi nghe ông Trần Văn Bình, Chủ tịch Ủy ban Kiểm tra về việc kỷ luật, hội nghị thống nhất.",
        "Trần Văn Bình",
        "Chủ tịch Ủy ban Kiểm tra",
    ),
    ("Ông Trần Văn Bình, Chủ tịch Ủy ban Kiểm tra về dự hội nghị.", "Trần Văn Bình", "Chủ tịch Ủy ban Kiểm tra"),
    ("Ông Trần Văn Bình, Giám đốc Sở Y tế về kiểm tra tình hình.", "Trần Văn Bình", "Giám đốc Sở Y tế"),
]


def test_a_title_of_several_bodies_is_the_next_peoples():
    got = roles(
        "Các Phó Thủ tướng Trần Văn An, Lê Văn Bình, Bộ trưởng các Bộ Tài chính, Xây dựng đã giải trình thêm."
    )
    assert got["Lê Văn Bình"] == "Phó Thủ tướng"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ban Chấp hành bầu ông Hoàng Văn Bảo làm Chủ tịch. Các Phó chủ tịch gồm các ông: Lê Văn Hoàng, "
            "Nguyễn Văn Tiêm, Nguyễn Văn Nguyên. Ông Bảo phát biểu.",
            {"Lê Văn Hoàng": "Phó chủ tịch", "Nguyễn Văn Tiêm": "Phó chủ tịch", "Nguyễn Văn Nguyên": "Phó chủ tịch"},
        ),
        (
            "Đại hội bầu HĐQT nhiệm kỳ mới. Thành viên HĐQT: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường. Đại hội "
            "kết thúc.",
            {"Nguyễn Văn An": "Thành viên HĐQT", "Trần Thị Bình": "Thành viên HĐQT", "Lê Văn Cường": "Thành viên HĐQT"},
        ),
        (
            "Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Nguyễn Văn An, Chủ tịch UBND tỉnh; Trần Văn Bình, "
            "Bí thư Tỉnh ủy.",
            {
                "Nguyễn Văn An": "Ủy viên Bộ Chính trị, Chủ tịch UBND tỉnh",
                "Trần Văn Bình": "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy",
            },
        ),
    ],
)
def test_a_list_title_before_a_colon_is_each_members_role(text, expected):
    got = roles(text)
    assert {n: got.get(n) for n in expected} == expected


# another persons title and a remark are no part of a role
OTHERS_TITLES_AND_REMARKS = [
    # a plural or counted title before a separator is several people's, not the next name's
    (
        "Báo cáo trước các đại biểu, Phó Chủ tịch Quốc hội Uông Văn Lưu cho biết.",
        "Uông Văn Lưu",
        "Phó Chủ tịch Quốc hội",
    ),
    (
        "Về việc bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao, Chủ nhiệm Ủy ban Tư pháp Lê Thị Ngà cho biết.",
        "Lê Thị Ngà",
        "Chủ nhiệm Ủy ban Tư pháp",
    ),
    # "Đoàn Đại biểu …" is a delegation, a body, not a title
    (
        "Sau lễ đón Đoàn Đại biểu cấp cao Thượng viện Haiti, Chủ tịch Quốc hội Nguyễn Thị Ngân đã hội đàm.",
        "Nguyễn Thị Ngân",
        "Chủ tịch Quốc hội",
    ),
    # "Ngài" between the title and the name is an honorific
    ("Chủ tịch Thượng viện Ngài Youri Latortue cảm ơn.", "Youri Latortue", "Chủ tịch Thượng viện"),
    # a remark in parentheses after the role is no part of it; a place or a body in them is
    (
        "Bà Đặng Thị Liên – nguyên Chủ tịch UBND quận 9 (hiện đang là Bí thư Quận ủy quận 9), bị phê bình.",
        "Đặng Thị Liên",
        "nguyên Chủ tịch UBND quận 9",
    ),
    (
        "Ông Trần Văn Lạc, Tổng Giám đốc Công ty Bình Minh (người trực tiếp ký hợp đồng) cho biết.",
        "Trần Văn Lạc",
        "Tổng Giám đốc Công ty Bình Minh",
    ),
    (
        "Ông Nguyễn Văn Tú, Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) cho biết.",
        "Nguyễn Văn Tú",
        "Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh)",
    ),
    (
        "Ông Vũ Văn Đáp, Viện trưởng Viện Nghiên cứu Thủy sản III (thuộc Bộ NN-PTNT) cho biết.",
        "Vũ Văn Đáp",
        "Viện trưởng Viện Nghiên cứu Thủy sản III (thuộc Bộ NN-PTNT)",
    ),
]


def test_the_titles_of_one_person_after_a_possessive_stay_together():
    got = roles("Nhận lời mời của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình, đoàn sang thăm.")
    assert got["Tập Cận Bình"] == "Tổng Bí thư, Chủ tịch nước Trung Quốc"


# an affiliation alone after a name
AFFILIATION_ALONE = [
    # a body alone after a person's name, in parentheses or after a dash, is where the person works
    ("Cảm ơn Phó Thủ tướng, ông Enda Stan (Quỹ đầu tư Moelis) cho biết.", "Enda Stan", "Quỹ đầu tư Moelis"),
    ("PGS. Takahiro Kawa - Đại học Nagasaki (Nhật Bản) chia sẻ.", "Takahiro Kawa", "Đại học Nagasaki (Nhật Bản)"),
    # a delegate's delegation is no role, the post after it in the parenthesis is
    (
        "Đại biểu Phạm Trí Thành (Đoàn Thanh Hóa- Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội) cho rằng.",
        "Phạm Trí Thành",
        "Đại biểu, Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội",
    ),
    ("Đại biểu Nguyễn Thị Hoa (Đoàn Nghệ An) đề nghị.", "Nguyễn Thị Hoa", "Đại biểu"),
]


def test_a_body_after_a_name_not_introduced_as_a_persons_makes_no_person():
    assert "Võ Nguyên Giáp" not in roles("Dự án nằm ở góc đường Võ Nguyên Giáp - Trường Sa của quận.")
    assert not any("Đoàn" in n for n in roles("Đại biểu Phạm Trí Thành (Đoàn Thanh Hóa- Phó Chủ nhiệm Ủy ban X)."))


def test_a_title_set_off_by_a_dash_and_an_honorific_is_the_names_even_after_a_verb():
    got = roles(
        "Thủ tướng Nguyễn Văn Phúc tiếp Thống đốc tỉnh Aichi - ông Hideaki Omu. Thủ tướng cũng tiếp Chủ tịch "
        "Đảng Công Minh - Ngài Natsuo Yama."
    )
    assert got["Hideaki Omu"] == "Thống đốc tỉnh Aichi"
    assert got["Natsuo Yama"] == "Chủ tịch Đảng Công Minh"
    # after a comma the title must open the clause: here it is the object of another one's meeting
    assert roles("Sau khi gặp Bộ trưởng Bộ Y tế, ông Trần Văn An cho biết.")["Trần Văn An"] == ""


def test_a_quotation_and_a_degree_end_a_role():
    got = roles("Thượng tướng Lê Văn Chiêm, Thứ trưởng Bộ Quốc phòng ''Bộ Quốc phòng đã thanh tra toàn bộ''.")
    assert got["Lê Văn Chiêm"] == "Thượng tướng, Thứ trưởng Bộ Quốc phòng"
    got = roles("Ông Bùi Văn Hán, Trưởng khoa Ngoại chấn thương, BS.CKII cho biết.")
    assert got["Bùi Văn Hán"] == "Trưởng khoa Ngoại chấn thương"


# places activities and second titles inside a role
PLACES_ACTIVITIES_SECOND_TITLES = [
    # "Bà" of a place is no honorific of the next person
    (
        "Ông Trần Văn Trình, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu đã trao giấy chứng nhận.",
        "Trần Văn Trình",
        "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu",
    ),
    (
        "Bà Trần Thị Thu, Phó Trưởng phòng GD&ĐT quận Hai Bà Trưng cho biết.",
        "Trần Thị Thu",
        "Phó Trưởng phòng GD&ĐT quận Hai Bà Trưng",
    ),
    # nouns of a body's name made with "dự"
    (
        "Ông Nguyễn Văn Lơ, Giám đốc Trung tâm Y tế dự phòng tỉnh Bến Tre cho biết.",
        "Nguyễn Văn Lơ",
        "Giám đốc Trung tâm Y tế dự phòng tỉnh Bến Tre",
    ),
    # an activity joined by "và" inside a body's name, a verb among them too
    (
        "Ông Lại Văn Xuân, Phó tổng giám đốc Công ty CP Quản lý và xây dựng công trình giao thông 236 cho biết.",
        "Lại Văn Xuân",
        "Phó tổng giám đốc Công ty CP Quản lý và xây dựng công trình giao thông 236",
    ),
    (
        "Ông Trần Chí Tâm - Giám đốc Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM cho biết.",
        "Trần Chí Tâm",
        "Giám đốc Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM",
    ),
    # two titles of one person joined by "và", not two people's
    (
        "Ông Nguyễn Duy Hùng, Tổng Giám đốc và Chủ tịch HĐQT Công ty Cổ phần Chứng khoán Bến Thành cho biết.",
        "Nguyễn Duy Hùng",
        "Tổng Giám đốc và Chủ tịch HĐQT Công ty Cổ phần Chứng khoán Bến Thành",
    ),
    ("Ông Trần Văn An, Chủ tịch UBND xã và Chủ tịch Hội Nông dân xã cùng dự.", "Trần Văn An", "Chủ tịch UBND xã"),
    ("Ông Trần Văn An, Giám đốc Sở Y tế và lãnh đạo các bệnh viện dự.", "Trần Văn An", "Giám đốc Sở Y tế"),
]


# nouns of bodies made of stop words and verbs after a role
NOUNS_AND_VERBS = [
    # stop words inside nouns of a body's name
    (
        "Bà Phạm Thị Tâm, Trưởng khoa Hồi sức sơ sinh, Bệnh viện Nhi đồng 2 cho biết.",
        "Phạm Thị Tâm",
        "Trưởng khoa Hồi sức sơ sinh, Bệnh viện Nhi đồng 2",
    ),
    (
        "Ông Nguyễn Văn Thân, Chủ tịch Hiệp hội DN nhỏ và vừa Việt Nam cho rằng.",
        "Nguyễn Văn Thân",
        "Chủ tịch Hiệp hội DN nhỏ và vừa Việt Nam",
    ),
    (
        "Ông Võ Văn Quyền, Vụ trưởng Vụ Thị trường trong nước cho biết.",
        "Võ Văn Quyền",
        "Vụ trưởng Vụ Thị trường trong nước",
    ),
    (
        "Ông Lê Văn Bảo, Thứ trưởng Bộ Thông tin và truyền thông báo cáo về chương trình.",
        "Lê Văn Bảo",
        "Thứ trưởng Bộ Thông tin và truyền thông",
    ),
    ("Bà Ngô Thị Tú, trưởng nhóm từ thiện Tâm An cho biết.", "Ngô Thị Tú", "trưởng nhóm từ thiện Tâm An"),
    ("Ông Howard Gruen, giám đốc điều hành của EIA cho biết.", "Howard Gruen", "giám đốc điều hành của EIA"),
    (
        "Ông Tạ Văn Thanh, Trưởng phòng Văn hóa - Thông tin TP Sa Đéc nêu rõ.",
        "Tạ Văn Thanh",
        "Trưởng phòng Văn hóa - Thông tin TP Sa Đéc",
    ),
    # a unit before "trưởng" is part of the title
    ("Ông Nguyễn Văn Bình, Đội trưởng Đội CSGT số 6 cho biết.", "Nguyễn Văn Bình", "Đội trưởng Đội CSGT số 6"),
    ("Theo thuyền trưởng Nguyễn Văn Ánh, tàu bị đâm.", "Nguyễn Văn Ánh", "thuyền trưởng"),
    (
        "Ông Lê Văn Tám, Phó Đội trưởng Đội Cảnh sát hình sự cho biết.",
        "Lê Văn Tám",
        "Phó Đội trưởng Đội Cảnh sát hình sự",
    ),
    ("Các đội trưởng, Trưởng phòng Nguyễn Văn An dự.", "Nguyễn Văn An", "Trưởng phòng"),
    # … and verbs that end it: "từ", "xin"
    ("Ông Nguyễn Tâm Tiến, Tổng giám đốc Trung Nam Group từ khi khởi công đã theo dõi.", "Nguyễn Tâm Tiến", "Tổng giám đốc Trung Nam Group"),
    ("Bà Phạm Thị Tân, Hiệu trưởng nhà trường xin nhận trách nhiệm.", "Phạm Thị Tân", "Hiệu trưởng nhà trường"),
]


@pytest.mark.parametrize(
    "text, name, role",
    BODY_AND_AFFILIATION
    + ABOUT_IN_BODY_NAMES
    + OTHERS_TITLES_AND_REMARKS
    + AFFILIATION_ALONE
    + PLACES_ACTIVITIES_SECOND_TITLES
    + NOUNS_AND_VERBS,
)
def test_where_a_role_begins_and_ends(text, name, role):
    assert roles(text)[name] == role


def test_a_place_named_with_ba_is_no_person_after_a_role():
    # the places names.py knows start with "Bà" ("Bà Rịa", "Bà Chiểu" …) end no role as "bà" + a name would
    assert roles("Ông Nguyễn Văn An, Chủ tịch UBND phường Bà Chiểu cho biết kết quả.") == {
        "Nguyễn Văn An": "Chủ tịch UBND phường Bà Chiểu"
    }
    assert roles("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu cho biết kết quả.") == {
        "Nguyễn Văn An": "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"
    }


# Issue 18, fifth round: counted on 15,000 unlabelled news items (bench/README.md)
FIFTH_ROUND = [
    # "giám đốc điều hành" is a chief executive, not a director who chairs: the title goes on
    (
        "Bà Sarah Kessler, Giám đốc điều hành Quỹ Greenfield cho biết quỹ sẽ mở rộng.",
        "Sarah Kessler",
        "Giám đốc điều hành Quỹ Greenfield",
    ),
    (
        "Ông Trần Minh Khôi, Giám đốc điều hành Công ty CP Vận tải Hòa Bình phát biểu tại buổi gặp.",
        "Trần Minh Khôi",
        "Giám đốc điều hành Công ty CP Vận tải Hòa Bình",
    ),
    (
        "Ông Peter Wolfe, giám đốc sáng tạo của hãng Lumen, nói.",
        "Peter Wolfe",
        "giám đốc sáng tạo của hãng Lumen",
    ),
    # a bare title after a titled name, then a verb: the subject of the next clause, another person
    (
        "Đánh giá cao cuộc gặp với Bộ trưởng Bộ Tài chính Lê Văn Khang, Thủ tướng nhấn mạnh hai bên cần "
        "hợp tác.",
        "Lê Văn Khang",
        "Bộ trưởng Bộ Tài chính",
    ),
    (
        "Sau cuộc gặp với Thủ tướng Canada Mark Halden, Tổng thống Mỹ khẳng định quan hệ hai nước vững chắc.",
        "Mark Halden",
        "Thủ tướng Canada",
    ),
    # … but not a title with an acronym of its body, nor a title that "và" follows, nor one without a title
    # before the name
    (
        "Thượng tá Nguyễn Văn Hòa, Trưởng phòng CSGT bày tỏ sự lo ngại.",
        "Nguyễn Văn Hòa",
        "Thượng tá, Trưởng phòng CSGT",
    ),
    (
        "Cơ quan điều tra khởi tố ông Lê Văn Tùng, nguyên Phó Chủ tịch UBND huyện, ông Trần Văn Hậu, nguyên "
        "Giám đốc Vinacon và một số cán bộ khác.",
        "Trần Văn Hậu",
        "nguyên Giám đốc Vinacon",
    ),
    ("Ông Phạm Văn Hiếu, Phó giám đốc cũng cho biết thêm.", "Phạm Văn Hiếu", "Phó giám đốc"),
]


@pytest.mark.parametrize("text, name, role", FIFTH_ROUND)
def test_a_title_goes_on_or_opens_the_next_clause(text, name, role):
    assert roles(text)[name] == role


# verbs learned from unlabelled text (those after a found name, seldom inside a role) end a role either side
CLAUSE_VERBS = [
    (
        "Ông Lê Văn Quý, Phó Chủ tịch UBND xã Tân Phú tiến hành kiểm tra hiện trường.",
        "Lê Văn Quý",
        "Phó Chủ tịch UBND xã Tân Phú",
    ),
    (
        "Hội nghị đã nghe ông Trần Văn Sơn, Phó Chủ tịch UBND tỉnh Hòa Bình nhất trí thành lập tổ công tác.",
        "Trần Văn Sơn",
        "Phó Chủ tịch UBND tỉnh Hòa Bình",
    ),
    (
        "Việc Tổng thống Hardy sa thải Giám đốc Cơ quan Tình báo Mark Dellan gây tranh cãi.",
        "Mark Dellan",
        "Giám đốc Cơ quan Tình báo",
    ),
]


@pytest.mark.parametrize("text, name, role", CLAUSE_VERBS)
def test_a_verb_learned_from_unlabelled_text_ends_a_role(text, name, role):
    assert roles(text)[name] == role
