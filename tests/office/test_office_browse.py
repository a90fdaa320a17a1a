"""The window's list on an office archive: the same orders and facets as on a desk's own SQLite archive
(PostgreSQL has no ``vi_key`` function and keeps dates as dates)."""
from __future__ import annotations

import pytest

from archive_app.core.models import Filters

test_browse_order = pytest.importorskip("test_browse_order")


def test_orders_and_timeline_on_postgresql(office, desk, write_jsonl):
    a = desk(office)
    assert len(a.import_paths([write_jsonl(test_browse_order.ROWS)]).imported) == len(test_browse_order.ROWS)
    a.ensure_index()
    by_title = ["an toàn giao thông", "Ăn mừng thành tích", "ba vấn đề", "Bàn giao tài sản", "Đại hội chi bộ"]
    for query in ("", "công tác"):
        assert test_browse_order.titles(a, query, "title_asc") == by_title       # a < ă, ba < bà, d < đ
        assert test_browse_order.titles(a, query, "title_desc") == by_title[::-1]
        assert test_browse_order.titles(a, query, "kind_asc")[-1] == "an toàn giao thông"   # no kind: last
        assert test_browse_order.titles(a, query, "date_asc")[0] == "Bàn giao tài sản"
    browse = a.browse("công tác", Filters())
    assert browse.timeline == {"2019-01": 1, "2020-05": 1, "2021-01": 1, "2022-01": 1}
    assert [(y.key, y.count) for y in browse.facets.years] == [("2022", 1), ("2021", 1), ("2020", 1), ("2019", 1)]
