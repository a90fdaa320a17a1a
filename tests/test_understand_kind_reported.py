"""The meeting's kind when the title and lead name no meeting and only the body does (issue 18, fifth round).

Made-up sentences of the patterns counted on unlabelled news: the body names its event in the sentence that dates it
or says it was held ("Trong cuộc họp báo được tổ chức vào ngày 6-2", "Tại buổi làm việc … chiều 10/2"), often after a
caption, further than the opening; a generic word followed by a specific one is the specific one."""

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
    ],
)
def test_meetings_that_were_not_held_or_are_background_give_no_kind(body):
    assert understand(body).kind is None


def test_a_conference_the_title_names_keeps_its_kind():
    body = (f"Khai mạc Hội nghị quan chức cao cấp lần thứ hai\n\n{_SUMMARY}\n\n"
            "Ngày 17/5, ông An cho biết trong 9 ngày qua đã có 50 cuộc họp, hội thảo được tổ chức.")
    assert understand(body).kind == "hội nghị"
