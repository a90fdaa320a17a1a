"""Roles, eighth round (issue 18): a degree written out before a name, two words of a body's name joined by a dash,
"tối cao" in a court's name. Made-up sentences of the patterns of Vietnamese news writing."""

from __future__ import annotations

import pytest

from understand_helpers import roles


CASES = [
    # "Phó Giáo sư" is a degree, like "PGS": no role, and no part of the office after it
    (
        "Phó Giáo sư, Tiến sĩ Lê Văn Tâm, Phó Viện trưởng Viện Nghiên cứu Biển cho biết như vậy.",
        "Lê Văn Tâm",
        "Phó Viện trưởng Viện Nghiên cứu Biển",
    ),
    ("Theo Phó giáo sư Nguyễn Hữu Lộc, việc này cần làm ngay.", "Nguyễn Hữu Lộc", ""),
    # … but a post of a professor, written as one ("phó giáo sư chuyên ngành …"), stays
    (
        "Theo Wang Dong, phó giáo sư chuyên ngành nghiên cứu quốc tế tại Đại học Bắc Kinh, việc này khó.",
        "Wang Dong",
        "phó giáo sư chuyên ngành nghiên cứu quốc tế",
    ),
    # two words of one body's name joined by a dash: "khen" is no verb there
    (
        "Ông Nguyễn Văn An, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh, cho biết như vậy.",
        "Nguyễn Văn An",
        "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh",
    ),
    (
        "Bà Lê Thị Xuân – Phó giám đốc Sở Tài nguyên – Môi trường; ông Trần Văn Phương cũng dự.",
        "Lê Thị Xuân",
        "Phó giám đốc Sở Tài nguyên – Môi trường",
    ),
    # a department's name in lower-case words goes on through "và" …
    (
        "Bà Nguyễn Thị Thảo, Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại, Bộ Tài chính cho biết như vậy.",
        "Nguyễn Thị Thảo",
        "Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại, Bộ Tài chính",
    ),
    (
        "Ông Lê Văn Hòa, Trưởng khoa Hồi sức tích cực và chống độc cho biết bệnh nhân đã qua cơn nguy kịch.",
        "Lê Văn Hòa",
        "Trưởng khoa Hồi sức tích cực và chống độc",
    ),
    # … but not into other people after it
    ("Ông Lê Văn Tư, Trạm trưởng trạm Thú y và cán bộ phòng xuống điều tra.", "Lê Văn Tư", "Trạm trưởng trạm Thú y"),
    (
        "Ông Trần Văn Năm, Giám đốc Sở Nội vụ và lãnh đạo các sở dự họp.",
        "Trần Văn Năm",
        "Giám đốc Sở Nội vụ",
    ),
    # a caption without its full stop runs into the next sentence: the role ends where the sentence starts
    (
        "Ông Lê Văn Đức, Giám đốc Trung tâm Đăng kiểm, Tổng cục Thủy sản Tại cuộc họp, nhiều ý kiến đồng tình.",
        "Lê Văn Đức",
        "Giám đốc Trung tâm Đăng kiểm, Tổng cục Thủy sản",
    ),
    (
        "Bà Trần Thị Lan, nguyên Chủ nhiệm Ủy ban Bảo vệ trẻ em VN Phát biểu chỉ đạo tại buổi lễ, ông Lê Văn An nói.",
        "Trần Thị Lan",
        "nguyên Chủ nhiệm Ủy ban Bảo vệ trẻ em VN",
    ),
    (
        "Ông Lê Văn Bình, Tổng giám đốc Công ty Hoa Sen Năm 2017, công ty lãi lớn.",
        "Lê Văn Bình",
        "Tổng giám đốc Công ty Hoa Sen",
    ),
    # "tối cao" in a court's name is no evening
    (
        "Đồng chí Nguyễn Văn Bình, Chánh án Tòa án nhân dân tối cao đến dự.",
        "Nguyễn Văn Bình",
        "Chánh án Tòa án nhân dân tối cao",
    ),
]


@pytest.mark.parametrize("text,name,role", CASES)
def test_role(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role
