"""Issue 18, fourth round: which names are persons and who chairs, in made-up sentences of the patterns that
recur in Vietnamese news (never corpus text)."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand


def persons(text: str):
    return understand(text).persons


@pytest.mark.parametrize(
    "text, chairs",
    [
        # "phát biểu điều hành": the remarks of the one who conducts the sitting
        ("Ông Trần Văn Nam, Giám đốc Sở Tài chính phát biểu điều hành tại hội nghị.", ["Trần Văn Nam"]),
        ("Chủ tịch Quốc hội Lê Thị Hoa phát biểu điều hành phiên thảo luận. Đại biểu Ngô Văn Tư hỏi.", ["Lê Thị Hoa"]),
        # "vẫn", "cũng" before the verb
        ("Chiều Chủ nhật, Phó Thủ tướng Lê Văn Hải vẫn chủ trì cuộc họp về quy hoạch.", ["Lê Văn Hải"]),
        ("Bí thư Tỉnh ủy Phạm Văn Lợi cũng đã chủ trì hội nghị chuyên đề.", ["Phạm Văn Lợi"]),
        # "A đã cùng B chủ trì": both
        (
            "Thứ trưởng Bộ Công an Lê Văn Tâm đã cùng Thứ trưởng Bộ Quốc phòng Ngô Văn Hùng chủ trì đối thoại.",
            ["Lê Văn Tâm", "Ngô Văn Hùng"],
        ),
        # a long role set off by commas between the name and "chủ trì"
        (
            "Phó Thủ tướng Trần Văn Hòa, Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện Luật Đất đai, chủ trì buổi "
            "tổng kết của 12 tỉnh.",
            ["Trần Văn Hòa"],
        ),
        # … not when a verb of its own ends the clause before the comma
        ("Ông Trần Văn Hòa, Giám đốc Sở Y tế cho biết, Sở đã chủ trì buổi tập huấn.", []),
        # a coming event's co-chair does not chair, unless the sentence says it is today
        (
            "Sau chuyến thăm Pháp, Thủ tướng Nhật Bản Kenji Tanaka sẽ tới Bỉ và đồng chủ trì hội nghị thượng đỉnh.",
            [],
        ),
        (
            "Thủ tướng Lào Bounmy Phomvihane sẽ sang Việt Nam dự và đồng chủ trì Kỳ họp lần thứ 9 từ hôm nay.",
            ["Bounmy Phomvihane"],
        ),
    ],
)
def test_chair_phrasings_of_the_fourth_round(text, chairs):
    assert [p.name for p in persons(text) if p.chair] == chairs
