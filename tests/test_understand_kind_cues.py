"""The kind from cues other than a kind word (issue 18, eighth round): a delegation's working visit, a plenary vote's
tally, and a session named only in a bill's history or plan, which leaves a sitting "phiên họp". Made-up sentences of
the patterns read on the readable splits."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand


@pytest.mark.parametrize(
    "body",
    [
        "Khắc phục sự cố đê\n\nĐê biển bị sạt lở dài 300 m.\n\nNgày 12/7, đoàn công tác của Bộ Nông nghiệp đã đến làm "
        "việc với UBND tỉnh An Bình về phương án khắc phục.",
        "Rà soát than\n\nTập đoàn đề nghị giảm nhập khẩu.\n\nSáng 3/8, Tổ công tác của Thủ tướng do Bộ trưởng Trần Văn An "
        "dẫn đầu đã làm việc với Tập đoàn Than.",
    ],
)
def test_a_delegations_working_visit_is_a_working_session(body):
    assert understand(body).kind == "làm việc"


@pytest.mark.parametrize(
    "body",
    [
        # the police or the press as the host: a case clarified, not a working session
        "Vụ việc ở trường\n\nPhụ huynh của các em học sinh lớp mẫu giáo bức xúc vì cách xử lý chậm chạp của nhà trường.\n\nNgày 12/7, đoàn kiểm tra của phòng giáo dục đã làm việc với cơ quan "
        "công an để làm rõ vụ việc.",
        # an earlier visit, told as background
        "Dự án cảng\n\nDự án cảng biển nước sâu chậm tiến độ gần hai năm so với kế hoạch đã được phê duyệt.\n\nTrước đó, ngày 2/3, đoàn công tác của Bộ đã làm việc với chủ đầu tư.",
    ],
)
def test_no_working_session_from_the_police_or_an_earlier_visit(body):
    assert understand(body).kind is None


@pytest.mark.parametrize(
    "lead",
    [
        "Chiều 9/7, với 91% đại biểu Quốc hội tán thành, Quốc hội thông qua Luật Thủy lợi.",
        "Với tỷ lệ 420/450 phiếu tán thành, sáng 9/7, Luật Thủy lợi đã chính thức được Quốc hội thông qua.",
    ],
)
def test_a_plenary_vote_told_by_its_tally_is_a_sitting(lead):
    assert understand(f"Luật Thủy lợi\n\n{lead}\n\nLuật có hiệu lực từ năm sau.").kind == "phiên họp"


def test_a_tally_against_is_no_vote_named():
    lead = "Nhiều ý kiến không tán thành đề xuất của Bộ về phí cầu đường."
    assert understand(f"Phí cầu đường\n\n{lead}\n\nBộ sẽ tiếp thu ý kiến.").kind is None


@pytest.mark.parametrize(
    "history",
    [
        "Dự án luật đã được các đại biểu cho ý kiến lần đầu tại Kỳ họp thứ 2.",
        "Chính phủ sẽ báo cáo Quốc hội ở kỳ họp thứ 4 về phương án tài chính.",
    ],
)
def test_a_session_named_in_a_bills_history_leaves_a_sitting(history):
    body = (f"Luật vũ khí\n\nChiều 2/7, Quốc hội thảo luận ở hội trường về dự án Luật Quản lý vũ khí. {history}\n\n"
            "Đại biểu Lê Hoa đề nghị làm rõ.")
    assert understand(body).kind == "phiên họp"


def test_the_session_in_progress_still_names_it():
    body = ("Luật vũ khí\n\nTiếp tục Kỳ họp thứ 3, chiều 2/7, Quốc hội thảo luận ở hội trường về dự án Luật Quản lý vũ "
            "khí. Dự án đã được cho ý kiến lần đầu tại Kỳ họp thứ 2.")
    assert understand(body).kind == "kỳ họp"


_FILLER = " ".join(["Tỉnh đã chi hơn 20 tỷ đồng để gia cố bờ sông, di dời 300 hộ dân ra khỏi vùng nguy hiểm."] * 14)


@pytest.mark.parametrize(
    ("told", "kind"),
    [
        ("Tại buổi làm việc, ông Trần An đề nghị Bộ hỗ trợ kinh phí.", "làm việc"),
        ("Phát biểu tại buổi làm việc, Bộ trưởng Lê Bình yêu cầu tỉnh khẩn trương di dời dân.", "làm việc"),
        ("Trong buổi họp báo, Đại sứ Lê Bình cho biết hai nước sẽ hợp tác.", "họp báo"),
        ("Tại phiên họp, Chủ tịch Lê Bình đề nghị làm rõ.", "phiên họp"),
    ],
)
def test_a_meeting_named_bare_further_on_is_the_reported_one(told, kind):
    body = (f"Sạt lở bờ sông\n\nSạt lở bờ sông Tiền diễn biến phức tạp, đe dọa nhà cửa của hàng trăm hộ dân ven sông.\n\n"
            f"{_FILLER}\n\n{told}")
    assert understand(body).kind == kind


@pytest.mark.parametrize(
    "told",
    [
        # a meeting introduced after the opening: the bare one points back at it
        "Ông Trần An đã triệu tập một cuộc họp khẩn. Tại cuộc họp, ông yêu cầu di dời dân.",
        # an earlier one, told as background
        "Trước đó, Bộ trưởng Lê Bình đã về tỉnh. Tại buổi làm việc, ông yêu cầu di dời dân.",
    ],
)
def test_no_meeting_named_bare_after_another_or_as_background(told):
    body = (f"Sạt lở bờ sông\n\nSạt lở bờ sông Tiền diễn biến phức tạp, đe dọa nhà cửa của hàng trăm hộ dân ven sông.\n\n"
            f"{_FILLER}\n\n{told}")
    assert understand(body).kind is None


@pytest.mark.parametrize(
    "lead",
    [
        "Thảo luận tại Hội trường về dự thảo Luật Thủy lợi sáng 9/7, đại biểu Lê Hoa cho rằng cần làm rõ trách nhiệm.",
        "Sáng 9/7, Quốc hội thảo luận dự án Luật Thủy lợi, nhiều đại biểu đề nghị làm rõ trách nhiệm của các bộ.",
        "Tại phiên thảo luận ngày 9/7 về dự án Luật Thủy lợi, đại biểu Lê Hoa đề nghị làm rõ trách nhiệm của các bộ.",
    ],
)
def test_an_assembly_debate_is_a_sitting(lead):
    assert understand(f"Luật Thủy lợi\n\n{lead}\n\nĐại biểu Trần An đồng tình.").kind == "phiên họp"


def test_a_bill_sent_for_debate_is_no_sitting():
    lead = "Chính phủ thống nhất trình Quốc hội thảo luận dự án Luật Thủy lợi vào cuối năm, theo Bộ Nông nghiệp hôm nay."
    assert understand(f"Luật Thủy lợi\n\n{lead}\n\nBộ đã hoàn thiện dự thảo.").kind is None


def test_a_session_named_by_no_number_leaves_a_sitting():
    body = ("Luật vũ khí\n\nChiều 2/7, Quốc hội thảo luận ở hội trường về dự án Luật Quản lý vũ khí. Đại biểu Lê Hoa đề "
            "nghị dành thêm một ngày vào tuần thứ ba của kỳ họp.\n\nĐại biểu Trần An đồng tình.")
    assert understand(body).kind == "phiên họp"


def test_the_closing_of_a_session_names_it():
    body = ("Bế mạc\n\nChiều 2/7, Quốc hội biểu quyết thông qua Luật Quản lý vũ khí. Cuối buổi, Chủ tịch Quốc hội phát "
            "biểu bế mạc kỳ họp.\n\nĐại biểu Trần An đồng tình.")
    assert understand(body).kind == "kỳ họp"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Tuyên bố trên được hai thủ tướng đưa ra sau cuộc hội đàm ngày 1/6 tại thủ đô Berlin.", "hội đàm"),
        ("Chiều 25/5, Bộ Tài chính đã họp báo về dự thảo Luật Quản lý tài sản công.", "họp báo"),
    ],
)
def test_talks_a_statement_came_after_and_a_press_conference_as_the_verb(sentence, kind):
    body = (f"Hợp tác\n\nHai nước quyết tâm làm sâu sắc hơn quan hệ đối tác trong bối cảnh thế giới có nhiều biến động "
            f"lớn.\n\n{sentence}")
    assert understand(body).kind == kind


def test_a_meeting_that_reports_is_no_press_conference_as_the_verb():
    body = ("Hợp tác\n\nHai nước quyết tâm làm sâu sắc hơn quan hệ đối tác trong bối cảnh thế giới có nhiều biến động "
            "lớn.\n\nChiều 25/5, Bộ Tài chính đã họp báo cáo kết quả thu ngân sách.")
    assert understand(body).kind != "họp báo"
