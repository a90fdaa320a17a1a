"""The chair supplements' fixed order (bench/draw_fresh3_chair.py, continued by bench/draw_fresh4_chair.py).

fresh3's labeller read items 1-91 of one seeded shuffle and fresh4's labeller goes on from item 92, so the candidates
must stay the same list whatever is labelled later: a label of a later split (fresh4's main drawing, or a supplement)
that removed its item from the candidates would reshuffle the whole order. Runs on a few made-up items, no corpus.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import draw_fresh3_chair as chair  # noqa: E402


def _items(n: int) -> list[tuple[int, dict]]:
    """Short items whose body says someone chairs and whose title and lead name no meeting: all candidates."""
    return [(15001 + i, {"id": f"baomoi-{i}", "title": "Tin trong ngày", "body": f"Ông A chủ trì việc số {i}."})
            for i in range(n)]


def test_labels_of_later_splits_do_not_shift_the_supplement_order(tmp_path, monkeypatch):
    monkeypatch.setattr(chair, "news_window", lambda root: iter(_items(6)))
    monkeypatch.setattr(chair, "meetings_ids", lambda root: set())
    monkeypatch.setattr(chair, "draw", lambda root, n: [])  # fresh2's first 331 items: none of these
    labels = tmp_path / "reports.jsonl"
    monkeypatch.setattr(chair, "LABELS", labels)

    def write(rows: list[dict]) -> None:
        labels.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")

    before = [{"ref": {"id": "baomoi-1"}, "split": "fresh3"}, {"ref": {"id": "baomoi-2"}}]  # labelled before
    write(before)
    offered = chair.candidates(tmp_path)
    assert [ident for _, ident, _, _ in offered] == ["baomoi-0", "baomoi-3", "baomoi-4", "baomoi-5"]

    write(before + [
        {"ref": {"id": "baomoi-3"}, "split": "fresh4"},  # fresh4's main drawing
        {"ref": {"id": "baomoi-4"}, "split": "fresh4", "stratum": chair.STRATUM},  # fresh4's own supplement
        {"ref": {"id": "baomoi-5"}, "split": "fresh3", "stratum": chair.STRATUM},  # fresh3's supplement
    ])
    assert chair.candidates(tmp_path) == offered


def test_dev5_order_ignores_its_own_and_later_labels(tmp_path, monkeypatch):
    """dev5 (bench/draw_dev5.py) is read in one seeded order; its own labels must not reshuffle it."""
    import draw_dev5

    items = [(i + 1, {"id": f"baomoi-{i}", "title": "Tin trong ngày", "body": f"Tin số {i}.\nSáng nay, hội nghị họp."})
             for i in range(6)]
    monkeypatch.setattr(draw_dev5, "news_window", lambda root: iter(items))
    monkeypatch.setattr(draw_dev5, "meetings_ids", lambda root: set())
    labels = tmp_path / "reports.jsonl"
    monkeypatch.setattr(draw_dev5, "LABELS", labels)
    rows = [{"ref": {"id": "baomoi-1"}}]  # a development label before the drawing: not offered
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    offered = draw_dev5.offered(tmp_path)
    assert sorted(ident for _, _, ident, _ in offered) == ["baomoi-0", "baomoi-2", "baomoi-3", "baomoi-4", "baomoi-5"]
    rows += [{"ref": {"id": "baomoi-3"}, "split": "dev5"}, {"ref": {"id": "baomoi-4"}, "split": "fresh6"}]
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert draw_dev5.offered(tmp_path) == offered


def test_fresh7_labels_do_not_shift_its_own_order(tmp_path, monkeypatch):
    import draw_fresh7 as fresh7

    long_body = "Ông A phát biểu tại hội nghị. " + "Nội dung dài. " * 500  # over 6,000 characters
    items = [(15001 + i, {"id": f"baomoi-{i}", "title": "Tin trong ngày", "body": long_body}) for i in range(5)]
    items.append((15010, {"id": "baomoi-9", "title": "Hội nghị tổng kết", "body": "Ngắn."}))  # fresh2's order
    monkeypatch.setattr(fresh7, "news_window", lambda root: iter(items))
    monkeypatch.setattr(fresh7, "meetings_ids", lambda root: set())
    monkeypatch.setattr(fresh7, "read_lists", lambda: {"baomoi-4"})  # read by an earlier labeller
    labels = tmp_path / "reports.jsonl"
    monkeypatch.setattr(fresh7, "LABELS", labels)
    labels.write_text(json.dumps({"ref": {"id": "baomoi-3"}, "split": "fresh6"}) + "\n", encoding="utf-8")
    first = [ident for _, _, ident, _, _ in fresh7.offered(tmp_path)]
    assert sorted(first) == ["baomoi-0", "baomoi-1", "baomoi-2"]
    labels.write_text(labels.read_text() + json.dumps({"ref": {"id": "baomoi-1"}, "split": "fresh7"}) + "\n")
    assert [ident for _, _, ident, _, _ in fresh7.offered(tmp_path)] == first


def test_crawl_items_are_made_as_the_corpus_made_its_items():
    """bench/scraper_extra.py: NFC, CRLF -> LF, NBSP -> space, lines stripped, the first line the title."""
    import unicodedata

    import scraper_extra

    raw = unicodedata.normalize("NFD", "Hội nghị Thành ủy\r\n Sáng 5/7,\xa0hội nghị khai mạc. \r\n\r\nThanh Vũ\r\n")
    item = scraper_extra.as_item("baomoi-1", raw.encode("utf-8"))
    assert item == {"id": "baomoi-1", "title": "Hội nghị Thành ủy", "date": None,
                    "body": "Sáng 5/7, hội nghị khai mạc.\n\nThanh Vũ"}


def test_fresh8_strata():
    """bench/draw_fresh8.py: a meeting in the title or lead (with a chair phrase or not), early in the body, or long."""
    import draw_fresh8

    early = "Tin trong ngày.\n" + "Chuyện khác. " * 20 + "Hội nghị bàn việc."
    assert draw_fresh8.stratum("Hội nghị Thành ủy", "Ông A chủ trì.") == "head chair"
    assert draw_fresh8.stratum("Hội nghị Thành ủy", "Anh B điều khiển xe.") == "head other"
    assert draw_fresh8.stratum("Tin trong ngày", early) == "early"
    assert draw_fresh8.stratum("Tin trong ngày", "Tin.\n" + "Chuyện khác. " * 200 + "Hội nghị bàn việc.") is None
    assert draw_fresh8.stratum("Hội nghị Thành ủy", "Chuyện khác. " * 600) == "long"
    assert draw_fresh8.stratum("Hội nghị Thành ủy", "Chuyện khác. " * 1000) is None
