"""Test data and helpers for the UI tests: reports as JSON Lines rows with every key present."""
from PySide6.QtCore import QItemSelectionModel
from shared_paths import report_row as rep


def select_rows(window, rows):
    """Select ``rows`` of the results table; the first becomes the current row."""
    sel = window.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(window.results.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    if rows:
        sel.setCurrentIndex(window.results.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


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
