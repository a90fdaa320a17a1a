"""Test data for the UI tests: reports as JSON Lines rows with every key present."""


def rep(title, body, **kw):
    row = {"title": title, "body": body, "date": None, "persons": [], "tags": [], "kind": None,
           "organisation": None, "author": None, "keywords": [], "summary": None}
    row.update(kw)
    return row


REPORTS = [
    rep("Giao ban công tác dân vận quý III",
        "Khối Dân vận Đảng ủy tổ chức hội nghị giao ban công tác dân vận quý III. Đồng chí Nguyễn Tiến Sữ "
        "chủ trì. Công tác dân vận khéo được biểu dương.", date="2021-10-14",
        persons=[{"name": "Nguyễn Tiến Sữ", "role": "Phó Bí thư Thường trực", "chair": True},
                 {"name": "Trần Thị Hoa", "role": "Trưởng Ban Dân vận", "chair": False}],
        tags=["dân vận"], kind="giao ban", organisation="Đảng ủy Khối"),
    rep("Hội nghị sơ kết thủy lợi", "Ủy ban nhân dân bàn về thủy lợi, đê điều và phòng chống lụt bão.",
        date="2021-11-02", persons=[{"name": "Lê Văn Tám", "role": "Chủ tịch UBND", "chair": True}],
        tags=["thủy lợi"], kind="hội nghị"),
    rep("Làm việc với xã Đắk Môl",
        "Đoàn công tác làm việc với xã về dân vận chính quyền và xây dựng nông thôn mới.", date="2020-02-27",
        persons=[{"name": "Trần Thị Hoa", "role": "Phó Trưởng Ban Dân vận", "chair": True}],
        tags=[], kind="làm việc"),
    rep("Họp chi bộ tháng 3", "Chi bộ họp thường kỳ, bàn công tác phát triển đảng viên.", date="2020-03-10",
        persons=[{"name": "Nguyễn Tiến Sữ", "role": "Bí thư Chi bộ", "chair": True}], kind="hội nghị"),
    rep("Ghi chép không ngày", "Biên bản không ghi ngày họp; nội dung về dẫn vẫn và bàn giao tài sản."),
]
