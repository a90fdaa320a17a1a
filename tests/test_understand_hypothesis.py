"""understand() never raises, whatever the text and hints."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.core.understand import Understanding, display_title, understand
from archive_app.core.vietnamese import normalize
from archive_app.core.vietnamese.dates import find_dates, parse_date
from archive_app.core.vietnamese.names import looks_like_name, split_name_role

# Pieces that exercise the parser's paths, mixed with arbitrary text.
_PIECES = st.sampled_from(
    [
        "đồng chí ",
        "Đ/c ",
        "ông ",
        "bà ",
        "Nguyễn Văn An",
        "Lê Thị Hồng Nhân",
        " – ",
        " - ",
        ", ",
        "; ",
        ". ",
        "Phó Chủ tịch UBND huyện ",
        "Bí thư ",
        "chủ trì ",
        "đồng chủ trì",
        "dưới sự chủ trì của ",
        "(",
        ")",
        "ngày 14/10/2021",
        "Sáng 6/2",
        "31/2/2021",
        "tháng 4/2017",
        "43-CT/TU",
        "\n",
        "\n\n",
        "Trả lời",
        "-Thanh Thủy-",
        "Theo TTXVN",
        "và ",
        "Ban Thường vụ",
        "HỘI NGHỊ GIAO BAN",
        "Hà Nội",
        "Y ",
        "H'",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join)
)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.text(max_size=60)), st.one_of(st.none(), st.dates()))
def test_understand_never_raises(text, title_hint, date_hint):
    u = understand(text, title_hint=title_hint, date_hint=date_hint)
    assert isinstance(u, Understanding)
    assert len(u.summary) <= 300
    assert u.meeting_date is None or isinstance(u.meeting_date, datetime.date)
    assert len({p.name.lower() for p in u.persons}) == len(u.persons)  # one entry per person
    display_title(u.title)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_understand_normalized_text_never_raises(text):
    understand(normalize(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(min_value=-5, max_value=99999)))
def test_date_and_name_helpers_never_raise(text, year):
    for d, start, end in find_dates(text, year if year and 1 <= year <= 9999 else None):
        assert 0 <= start < end <= len(text)
    parse_date(text)
    looks_like_name(text)
    split_name_role(text)
