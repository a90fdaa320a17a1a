"""The window's orders are SQL's: title in Vietnamese order (a ă â … đ …), kind, number of persons,
date and import time, over text matches and filter-only lists alike; and one import's batch filter."""
from __future__ import annotations

import pytest
from shared_paths import report_row as rep

from archive_app.core.models import Filters
from archive_app.core.vietnamese import collation_bytes, collation_key

ROWS = [
    rep("Đại hội chi bộ", "Nội dung công tác số một.", date="2021-01-01", kind="hội nghị",
        persons=[{"name": "Lê Văn Tám", "role": "", "chair": False}, {"name": "Trần Hoa", "role": "", "chair": False}]),
    rep("Ăn mừng thành tích", "Nội dung công tác số hai.", kind="giao ban"),
    rep("an toàn giao thông", "Nội dung công tác số ba.", date="2020-05-01",
        persons=[{"name": "Lê Văn Tám", "role": "", "chair": False}]),
    rep("Bàn giao tài sản", "Nội dung công tác số bốn.", date="2019-01-01", kind="làm việc",
        persons=[{"name": f"Người {i}", "role": "", "chair": False} for i in range(3)]),
    rep("ba vấn đề", "Nội dung công tác số năm.", date="2022-01-01", kind="hội nghị",
        persons=[{"name": "Trần Hoa", "role": "", "chair": False}]),
]


@pytest.fixture
def sorted_archive(archive, write_jsonl):
    result = archive.import_paths([write_jsonl(ROWS)])
    assert len(result.imported) == len(ROWS)
    archive.ensure_index()
    return archive


def titles(archive, query="", order="relevance", filters=Filters()):
    ids = archive.browse(query, filters, order).ids
    found = archive.summaries(list(ids))
    return [found[i].title for i in ids]


@pytest.mark.parametrize("query", ["", "công tác"])
def test_title_kind_and_persons_orders_come_from_sql(sorted_archive, query):
    a = sorted_archive
    by_title = ["an toàn giao thông", "Ăn mừng thành tích", "ba vấn đề", "Bàn giao tài sản", "Đại hội chi bộ"]
    assert titles(a, query, "title_asc") == by_title                   # a < ă, ba < bà, d < đ
    assert titles(a, query, "title_desc") == by_title[::-1]
    kinds = titles(a, query, "kind_asc")
    assert kinds[0] == "Ăn mừng thành tích" and kinds[-1] == "an toàn giao thông"   # giao ban first, no kind last
    assert titles(a, query, "persons_desc")[:2] == ["Bàn giao tài sản", "Đại hội chi bộ"]
    assert titles(a, query, "persons_desc")[-1] == "Ăn mừng thành tích"           # nobody recorded: last
    assert titles(a, query, "date_asc")[0] == "Bàn giao tài sản"
    assert titles(a, query, "date_desc")[-1] == "Ăn mừng thành tích"              # undated: last either way


def test_recently_imported_first_and_one_batch(sorted_archive, write_jsonl):
    a = sorted_archive
    later = a.import_paths([write_jsonl([rep("Họp muộn", "Nội dung công tác số sáu.")], "later.jsonl")])
    assert titles(a, "", "imported_desc")[0] == "Họp muộn"
    batch = tuple(item.id for item in later.imported)
    assert titles(a, "", filters=Filters(batch=batch)) == ["Họp muộn"]
    assert Filters(batch=batch).any()
    assert a.browse("", Filters(batch=batch)).facets.years == ()


def test_collation_bytes_sort_as_the_collation_key():
    words = ["an", "ăn", "ân", "bà", "ba", "bá", "Đà", "da", "dân vận", "dan", "a", "ab", "Ba", "", "Ảnh", "ánh",
             "ba vấn đề", "bàn giao"]
    assert sorted(words, key=collation_bytes) == sorted(words, key=collation_key)
