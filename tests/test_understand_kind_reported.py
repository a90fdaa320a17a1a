"""The meeting's kind when the title and lead name no meeting and only the body does (issue 18, fifth and seventh
rounds).

Made-up sentences of the patterns counted on unlabelled news: the body names its event in the sentence that dates it
or says it was held ("Trong cuộc họp báo được tổ chức vào ngày 6-2", "Tại buổi làm việc … chiều 10/2"), often after a
caption, further than the opening; a generic word followed by a specific one is the specific one. Seventh round: a
dated sentence whose subject is the meeting ("Chiều 19/6, Hội nghị … đã kết thúc", "Ngày 8/2, họp về …") names its
kind, before a press conference the opening names after it; "Làm việc với X sáng 7/2, …" is làm việc (not a suspect
questioned nor a word to the press); the meeting a statement is told from ("phát biểu trong một cuộc họp", "Phát biểu
họp báo", "tại phiên họp báo") names the kind, an earlier, coming or far one does not."""

from __future__ import annotations

import pytest

from archive_app.core.understand import understand

_LEAD = "Giá nhà ở xã hội cần giảm mạnh để người lao động có thể mua được, theo ý kiến của nhiều chuyên gia."
# a summary paragraph long enough that what follows lies beyond the opening the older rules read (700 characters)
_SUMMARY = " ".join(["Thị trường bất động sản năm nay có nhiều biến động về giá và nguồn cung."] * 10)


@pytest.mark.parametrize(
    "body, kind",
    [
        # the reporting sentence names the event with "trong", "tại một", or the classifier alone
        (f"Nhà ở xã hội\n\n{_LEAD}\n\nÔng An quan tâm trong buổi làm việc với Sở Xây dựng TP.HCM chiều 10/2 về "
         "tình hình.", "làm việc"),
        (f"Cầu thủ trẻ\n\n{_LEAD}\n\nTrong cuộc họp báo được tổ chức vào ngày 6-2, huấn luyện viên Bình nói.",
         "họp báo"),
        (f"Chính sách thương mại\n\n{_LEAD}\n\nNgày 8/2, người phát ngôn Bình phát biểu tại một cuộc họp báo ở "
         "thủ đô.", "họp báo"),
        (f"Công khai kết quả\n\n{_LEAD}\n\nĐó là nội dung buổi tọa đàm về chất lượng sáng 10-2 tại Hà Nội.",
         "tọa đàm"),
        (f"Chống tham nhũng\n\n{_LEAD}\n\nChiều 13/5, Tổng Bí thư đã tiếp tục tiếp xúc với cử tri quận Hoàn Kiếm.",
         "tiếp xúc cử tri"),
        (f"Bán cổ phần\n\n{_LEAD}\n\nChiều 7/2, Phó Thủ tướng cùng các bộ trưởng họp với lãnh đạo thành phố.",
         "họp"),
        # "buổi gặp gỡ" is gặp mặt (the labels' decision)
        (f"Vỉa hè\n\n{_LEAD}\n\nChiều 21-5, Bí thư Thành ủy đã có buổi gặp gỡ với cán bộ hưu trí quận 5.", "gặp mặt"),
        # a generic word followed by a specific one, after a caption that says only "hội nghị"
        (f"Thuốc nội\n\n{_LEAD}\n\nThứ trưởng An phát biểu tại Hội nghị. Tại Hội nghị tổng kết giai đoạn 1 tổ chức "
         "sáng 12/5, Bộ đã đưa ra kết quả.", "tổng kết"),
        (f"Chăn nuôi\n\n{_LEAD}\n\nÔng Vân chia sẻ tại Hội nghị Giao ban thảo luận các giải pháp vào ngày 17/5.",
         "giao ban"),
        (f"Học tập\n\n{_LEAD}\n\nSáng nay, 18-5, Ban Bí thư đã tổ chức Hội nghị toàn quốc sơ kết một năm thực hiện.",
         "sơ kết"),
        # a title's verb "họp" gives way to the conference the reporting sentence says was held
        ("Tỉnh họp gấp về đóng tàu\n\nSở Nông nghiệp sáng nay tổ chức hội nghị chuyên đề đóng mới tàu cá.",
         "hội nghị"),
        # "buổi họp" and "buổi làm việc" of one event further on: làm việc
        (f"Sạt lở\n\n{_SUMMARY}\n\nChiều 15/5, Phó Thủ tướng đã chủ trì buổi họp về phòng chống sạt lở. Tại buổi làm "
         "việc, ông Bình báo cáo.", "làm việc"),
        # a dated sentence whose subject is the meeting; "Làm việc với …" opening a dated sentence
        ("Du lịch bền vững\n\nChiều 19/6, Hội nghị Đối thoại chính sách về du lịch bền vững tổ chức tại Hạ Long đã kết "
         "thúc tốt đẹp.\n\nTại cuộc họp báo sau chương trình nghị sự, Thứ trưởng Lê An cho biết các bên đã thống nhất.",
         "hội nghị"),
        (f"Mặt trận\n\n{_LEAD}\n\nSáng 22/6, Hội nghị Ủy ban Trung ương lần thứ 7 đã thống nhất cử ông Trần Bình.",
         "hội nghị"),
        (f"Đường hoa\n\n{_LEAD}\n\nNgày 6/2, tổng kết công tác tổ chức lễ hội, Phó chủ tịch Lê Hoa cho biết có nhiều "
         "ý kiến khen ngợi.", "tổng kết"),
        (f"Nhà ở\n\n{_LEAD}\n\nLàm việc với Liên đoàn Lao động thành phố chiều 10/2, Bí thư Nguyễn Nam yêu cầu giảm "
         "giá nhà.", "làm việc"),
        # the meeting a statement is told from, dated or not
        (f"Viện trợ\n\n{_LEAD}\n\nPhát biểu trong một cuộc họp với nhiều quan chức của các tổ chức phi lợi nhuận, bà "
         "Lê An cho rằng cần hành động sớm.", "họp"),
        (f"Viện trợ\n\n{_LEAD}\n\nBộ trưởng Trần Bình phát biểu trong một hội thảo về an ninh khu vực rằng hai bên "
         "cần phối hợp.", "hội thảo"),
        (f"Viện trợ\n\n{_LEAD}\n\nPhát biểu họp báo thường kỳ, người phát ngôn Nguyễn Hoa cho biết Bộ đã nhận được "
         "đề nghị.", "họp báo"),
        (f"Viện trợ\n\n{_LEAD}\n\nTrao đổi tại phiên họp báo Chính phủ thường kỳ, Thứ trưởng Phạm Minh cho biết ngân "
         "sách đã sẵn sàng.", "họp báo"),
        (f"Viện trợ\n\n{_LEAD}\n\nPhát biểu tại Hội nghị sơ kết công tác cứu trợ, ông Hồ Nam nói cần thêm kinh phí.",
         "sơ kết"),
    ],
)
def test_the_sentence_that_tells_the_meeting_names_its_kind(body, kind):
    assert understand(body).kind == kind


@pytest.mark.parametrize(
    "body",
    [
        # background, coming, wished, requested or many meetings are no event held
        f"Tàu chiến\n\n{_SUMMARY}\n\nTrước đó, ngày 3/2, trong cuộc hội đàm, hai bộ trưởng nhất trí.",
        f"Tàu chiến\n\n{_SUMMARY}\n\nÔng An nói tuần trước, trong cuộc hội đàm hồi tháng 11/2016 hai bên đã nhất trí.",
        f"Giá dầu\n\n{_SUMMARY}\n\nNgày 22/5, giá dầu tăng trước thềm cuộc họp của khối, dự kiến diễn ra tại Vienna.",
        f"Tên lửa\n\n{_SUMMARY}\n\nNgày 21/5, Thủ tướng cho biết ông muốn nêu vấn đề tại hội nghị thượng đỉnh nhóm.",
        f"Di tích\n\n{_SUMMARY}\n\nNgày 6-2, Sở đề nghị thị xã dừng thi công, đồng thời tổ chức hội nghị chuyên ngành.",
        f"Sân bay\n\n{_SUMMARY}\n\nNgày 9/2, ông Bình nói đã có gần 50 cuộc họp, hội thảo được tổ chức.",
        # a meeting named only after the news the body opens with (its first two dated sentences) is background
        f"Cháy nhà máy\n\n{_SUMMARY}\n\nSáng 5/2 xảy ra vụ cháy. Chiều 5/2 công an đến hiện trường. Ngày 6/2, tại cuộc "
        "họp, ông An nói.",
        # a suspect questioned, a word to the press, a sports games
        f"Vụ án\n\n{_LEAD}\n\nLàm việc với cơ quan công an chiều 12/5, hai nghi phạm thừa nhận hành vi.",
        f"Trường học\n\n{_LEAD}\n\nLàm việc với báo chí chiều 12/5, ông Trần Minh, hiệu trưởng, cho biết sự việc.",
        f"Thể thao\n\n{_LEAD}\n\nSáng 9/5, Đại hội Thể thao châu Á khép lại với nhiều kỷ lục.",
        # an earlier, a coming or a far meeting a statement is told from
        f"Viện trợ\n\n{_LEAD}\n\nTrước đó, phát biểu trong một cuộc họp với nhà tài trợ, bà An đã kêu gọi hỗ trợ.",
        f"Viện trợ\n\n{_LEAD}\n\nBà Lê An từng phát biểu trong một hội thảo ở Hà Nội năm 2015 về vấn đề này.",
        f"Viện trợ\n\n{_LEAD}\n\n{_SUMMARY}\n\n{_SUMMARY}\n\nPhát biểu trong một cuộc họp, bà An nói.",
        f"Viện trợ\n\n{_LEAD}\n\nBà Lê An sẽ phát biểu trong cuộc họp tới của các nhà tài trợ.",
        f"Viện trợ\n\n{_LEAD}\n\nVận động viên Lê An phát biểu tại Đại hội Thể thao châu Á về mục tiêu huy chương.",
    ],
)
def test_meetings_that_were_not_held_or_are_background_give_no_kind(body):
    assert understand(body).kind is None


def test_a_conference_the_title_names_keeps_its_kind():
    body = (f"Khai mạc Hội nghị quan chức cao cấp lần thứ hai\n\n{_SUMMARY}\n\n"
            "Ngày 17/5, ông An cho biết trong 9 ngày qua đã có 50 cuộc họp, hội thảo được tổ chức.")
    assert understand(body).kind == "hội nghị"
