"""Every file of the shared corpus (local-gov posts, raw non-NFC and entity files) extracts cleanly."""
from __future__ import annotations

import datetime
import re
import unicodedata

import pytest

from archive_app.core.extract import extract_file
from archive_app.core.vietnamese import normalize

from shared_paths import CORPUS, needs_shared

pytestmark = needs_shared
FILES = sorted((CORPUS / "local-gov").glob("*.md")) + sorted((CORPUS / "raw").glob("*"))
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?>")


def test_corpus_is_there():
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=[p.name[:60] for p in FILES])
def test_corpus_file_extracts_to_clean_text(path):
    result = extract_file(path)
    text = result.text
    assert len(text) > 50
    assert unicodedata.is_normalized("NFC", text)
    assert text == normalize(text)
    assert not ENTITY.search(text), ENTITY.search(text)
    assert not TAG.search(text), TAG.search(text)
    assert "\xa0" not in text and "  " not in text and "\n\n\n" not in text and "\r" not in text
    assert all(line == line.strip() and line for p in text.split("\n\n") for line in p.split("\n"))
    assert re.search(r"[ăâđêôơưĂÂĐÊÔƠƯ]", text), "Vietnamese letters survived"
    if result.title is not None:
        assert result.title == normalize(result.title) and not ENTITY.search(result.title)


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix == ".txt"], ids=lambda p: p.name[:60])
def test_plain_text_keeps_every_word(path):
    """Decomposed and half-composed letters are repaired, not dropped: same words as normalize()."""
    source = path.read_bytes().decode("utf-8")
    assert extract_file(path).text.split() == normalize(source).split()


def test_front_matter_becomes_title_date_and_meta():
    result = extract_file(CORPUS / "local-gov" / "05102020-01.md")
    assert result.format == "md"
    assert result.title.startswith("Hội nghị giao giao ban công tác mặt trận tháng 09")
    assert result.date == datetime.date(2020, 10, 5)
    assert result.meta["category"] == "tin-tuc-su-kien.tin-chinh-tri-xa-hoi"
    assert result.text.startswith("Theo báo cáo, trong 9 tháng năm 2020, công tác Mặt trận đã có")
    assert result.text.endswith("\n\nVương Hợp")
    assert "layout" not in result.text and "slug" not in result.text


def test_front_matter_date_is_read_in_vietnam_time():
    # "2019-12-08T19:00:00.000Z" is 02:00 on 9 December in Vietnam
    result = extract_file(CORPUS / "local-gov" / "ubnd-huyen-quoc-phong-thang-11-thang-12-nam-2019.md")
    assert result.date == datetime.date(2019, 12, 9)


def test_slug_title_is_not_a_title():
    result = extract_file(CORPUS / "local-gov" / "28122020-10.md")
    assert result.title is None and result.meta["raw_title"] == "28122020 10"
    assert "Kim Ngân" in result.text.split("\n\n")[-1]


def test_post_with_only_an_attachment_keeps_its_title_as_text():
    result = extract_file(CORPUS / "local-gov" / "1012202001.md")
    assert result.meta["empty_body"] is True
    assert result.meta["tai_lieu_dinh_kem"].endswith(".pdf")
    assert result.text == result.title


def test_entities_and_word_spans_are_flattened():
    path = next((CORPUS / "raw").glob("html_entities__*"))
    result = extract_file(path)
    assert "Ban tuyên giáo" in result.title
    assert result.date == datetime.date(2020, 3, 5)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[-1] == "Vương Hợp"
    assert any(p.startswith("Nhân dịp này, huyên ủy đã tặng giấy khen cho 03 tập thể") for p in paragraphs)


def test_law_text_keeps_its_structure():
    path = next((CORPUS / "raw").glob("*luat-quoc-tich*"))
    paragraphs = extract_file(path).text.split("\n\n")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------" in paragraphs
    assert "Hà Nội, ngày 13 tháng 11 năm 2008" in paragraphs


def test_text_without_blank_lines_has_one_paragraph_per_line():
    path = next((CORPUS / "raw").glob("*news_travel_096*"))
    paragraphs = extract_file(path).text.split("\n\n")
    assert paragraphs[0] == "# doc_id = news_travel_096"
    assert "Du khách mang khẩu trang chụp hình." in paragraphs
