"""The day a news outlet reports ("Tân Hoa xã (Trung Quốc) ngày 4/6 cho biết Đối thoại … được tổ chức từ ngày 2 -
4/6/2017", "hãng tin Reuters hôm 16/6 đưa tin …"): the date of the telling, not the meeting's, when the told clause
gives a date of its own."""

from __future__ import annotations

import re

# An outlet: a wire service's name, or "hãng (tin|thông tấn)", "báo", "tờ", "đài", "kênh", "trang" and its name
_OUTLET = re.compile(
    r"(?<!\w)(?:(?:tân )?hoa xã|ttxvn|reuters|afp|ap|yonhap|kyodo|sputnik|tass|ria novosti|cnn|bbc|xinhua|bloomberg"
    r"|(?:hãng tin|hãng thông tấn|hãng|báo|tờ|đài|kênh|trang|tạp chí|nhật báo|thời báo)\s+[^\s,.;:]+"
    r"(?:\s+[^\s,.;:]+){0,3})"
    r"(?:\s*\([^)]{0,30}\))?\s*(?:hôm|vào)?\s*(?:ngày\s*)?$"
)
# … then a verb of reporting right after the date
_REPORTS = re.compile(
    r"\s*(?:\(giờ[^)]*\)\s*)?,?\s*(?:đã\s+|vừa\s+)?"
    r"(?:cho biết|đưa tin|dẫn|thông báo|cho hay|loan tin|tiết lộ|công bố|trích dẫn|dẫn lời)(?!\w)"
)


def outlets_day(lower: str, d, mentions, sentence: tuple[int, int]) -> bool:
    """Is the date mention ``d`` the day an outlet reports ("Reuters ngày 16/6 cho biết") something that another
    date of the same sentence (``sentence``: its bounds) dates?"""
    a, b = sentence
    return bool(
        _REPORTS.match(lower, d.end)
        and _OUTLET.search(lower, max(a, d.start - 60), d.start)
        and any(d.end < m.start < b for m in mentions)
    )
