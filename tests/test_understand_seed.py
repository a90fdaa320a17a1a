"""Acceptance: the report the product was designed from (samples/seed-report.txt)."""

from __future__ import annotations

import datetime

import pytest
from shared_paths import SEED

from archive_app.core.understand import PersonMention, display_title, understand
from archive_app.core.vietnamese import normalize


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"the team's shared folder is not beside the repository ({SEED})")
    return understand(normalize(SEED.read_text(encoding="utf-8")))


def test_seed_date_and_kind(seed):
    assert seed.meeting_date == datetime.date(2021, 10, 14)
    assert seed.kind == "giao ban"


def test_seed_persons_exactly(seed):
    assert seed.persons == (
        PersonMention("Lê Thị Hồng Nhân", "Phó Trưởng Ban Dân vận Quận ủy", False),
        PersonMention("Lê Văn Cương", "Quận ủy viên, Bí thư Đảng ủy phường", False),
        PersonMention("Nguyễn Tiến Sữ", "Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận", True),
    )


def test_seed_author_and_boilerplate(seed):
    assert seed.author == "Thanh Thủy"
    assert "Trả lời" not in seed.body
    assert "Email của bạn" not in seed.body
    assert "Thanh Thủy" not in seed.body
    assert seed.body.rstrip().endswith("đạt chỉ tiêu giao.")


def test_seed_keywords_title_summary(seed):
    assert "43-CT/TU" in seed.keywords
    assert seed.title.startswith("KHỐI DÂN VẬN ĐẢNG ỦY TỔ CHỨC HỘI NGHỊ GIAO BAN")
    assert not seed.body.startswith("KHỐI")
    assert display_title(seed.title) == (
        "Khối Dân vận Đảng ủy tổ chức hội nghị giao ban công tác dân vận quý III năm 2021."
    )
    assert seed.organisation == "Khối Dân vận Đảng ủy"
    assert seed.summary.startswith("Sáng ngày 14/10/2021, Khối Dân vận Đảng ủy tổ chức")
    assert len(seed.summary) <= 300
