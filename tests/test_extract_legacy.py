"""Legacy Vietnamese encodings: TCVN3, VNI, VIQR, Windows-1258 tables, round trips and detection."""
from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest

from archive_app.core.extract import extract_bytes
from archive_app.core.extract.encoding import decode_text
from archive_app.core.extract.legacy import (
    decode_tcvn3,
    decode_viqr,
    decode_vni,
    encode_cp1258,
    encode_tcvn3,
    encode_viqr,
    encode_vni,
)

LOWER = "aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ"
VIETNAMESE_LETTERS = [c for c in LOWER if not c.isascii()]
ALL_LETTERS = VIETNAMESE_LETTERS + [c.upper() for c in VIETNAMESE_LETTERS]
SAMPLE = "Hà Nội, ngày 14 tháng 10 năm 2021. Đồng chí Nguyễn Tiến Sữ – Phó Bí thư Thường trực Đảng ủy phường."


def test_there_are_134_letters():
    assert len(VIETNAMESE_LETTERS) == 67 and len(set(ALL_LETTERS)) == 134


@pytest.mark.parametrize("encode, decode", [
    (encode_tcvn3, decode_tcvn3), (encode_vni, decode_vni),
    (lambda t: encode_viqr(t).encode("utf-8"), lambda b: decode_viqr(b.decode("utf-8"))),
    (encode_cp1258, lambda b: unicodedata.normalize("NFC", b.decode("cp1258"))),
], ids=["tcvn3", "vni", "viqr", "cp1258"])
def test_every_letter_round_trips(encode, decode):
    for letter in ALL_LETTERS:
        for text in (letter, f"x{letter}y", f"{letter}.", f"{letter}{letter}"):
            assert decode(encode(text)) == text, (letter, encode(text))
    text = " ".join(ALL_LETTERS) + " " + SAMPLE
    assert decode(encode(text)) == text


def test_known_tcvn3_bytes():
    assert decode_tcvn3(b"H\xb5 N\xe9i") == "Hà Nội"
    assert decode_tcvn3("§¶ng ñy") == "Đảng ủy"                         # text typed in a .VnTime font
    assert encode_tcvn3("Hà Nội") == b"H\xb5 N\xe9i"
    assert decode_tcvn3(b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7") == "ĂÂÊÔƠƯĐ"
    # Capitals with a tone were typed in the capital font with lower-case bytes: the bytes win.
    assert decode_tcvn3(b"KH\xe8I D\xa2N") == "KHốI DÂN"
    # Windows punctuation keeps its meaning; the standard's combining marks compose.
    assert decode_tcvn3(b"\x93a\x94 \x96 A\xb3") == "“a” – Á"


def test_known_vni_spellings():
    assert decode_vni("Vieät Nam, ngöôøi daân, Ñaûng uûy".encode("cp1252")) == "Việt Nam, người dân, Đảng ủy"
    assert decode_vni("KHOÁI DAÂN VAÄN".encode("cp1252")) == "KHỐI DÂN VẬN"
    assert decode_vni("Aù") == "Á"                                        # case follows the base letter
    assert encode_vni("quỵ ĩ ị ỉ") == "quî ó ò æ".encode("cp1252")


def test_known_viqr_spellings():
    assert decode_viqr("Vie^.t Nam") == "Việt Nam"
    assert decode_viqr("ddo^`ng chi'") == "đồng chí"
    assert decode_viqr("DDa(ng ngu+o+`i") == "Đăng người"
    assert decode_viqr("Ca'c ba.n co' khoe? kho^ng\\?") == "Các bạn có khoẻ không?"
    assert encode_viqr("Cả nhà.") == "Ca? nha`\\."


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv is not installed")
def test_tcvn3_table_agrees_with_iconv():
    """glibc's TCVN5712-1 shares our table for 0xA0–0xFF and the C0 capitals."""
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"\xb5", capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this iconv has no TCVN5712-1")
    for byte in list(range(0x00, 0x20)) + list(range(0xA0, 0x100)):
        expected = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([byte]),
                                  capture_output=True, check=True).stdout.decode("utf-8")
        assert decode_tcvn3(bytes([byte])) == expected, hex(byte)


@pytest.mark.parametrize("encoding, encode", [
    ("tcvn3", encode_tcvn3), ("vni", encode_vni), ("cp1258", encode_cp1258),
])
def test_detection_of_short_legacy_text(encoding, encode):
    text, detected = decode_text(encode(SAMPLE))
    assert (text, detected) == (SAMPLE, encoding)


def test_plain_latin_text_is_not_taken_for_vietnamese():
    french = "Le président a visité l'hôtel de ville à Paris. C'était très intéressant, déjà vu."
    assert decode_text(french.encode("cp1252")) == (french, "cp1252")
    russian = "Привет, как дела? Это тестовый документ на русском языке, довольно длинный текст."
    assert decode_text(russian.encode("cp1251"))[0] == russian


def test_english_ascii_is_not_viqr():
    english = "Hello world. Is this English? Yes. I'm sure it's fine, isn't it? Add one more line."
    assert decode_text(english.encode("ascii")) == (english, "utf-8")


def test_valid_utf8_wins():
    assert decode_text(SAMPLE.encode("utf-8")) == (SAMPLE, "utf-8")


def test_docx_typed_in_legacy_fonts_is_repaired():
    """Paragraphs typed with .VnTime (TCVN3) or VNI-Times fonts are stored as Windows characters."""
    import docx
    document = docx.Document()
    document.add_paragraph(encode_tcvn3(SAMPLE).decode("cp1252"))
    document.add_paragraph(encode_vni(SAMPLE).decode("cp1252"))
    document.add_paragraph("Le président a visité l'hôtel de ville à Paris.")
    out = io.BytesIO()
    document.save(out)
    paragraphs = extract_bytes(out.getvalue(), "cu.docx").text.split("\n\n")
    assert paragraphs == [SAMPLE, SAMPLE, "Le président a visité l'hôtel de ville à Paris."]


# The VNI-Windows capitals as the VNI keyboard drivers list them (base letter + mark byte).
VNI_CAPITALS = {
    "Á": "AÙ", "À": "AØ", "Ả": "AÛ", "Ã": "AÕ", "Ạ": "AÏ", "Â": "AÂ", "Ấ": "AÁ", "Ầ": "AÀ", "Ẩ": "AÅ",
    "Ẫ": "AÃ", "Ậ": "AÄ", "Ă": "AÊ", "Ắ": "AÉ", "Ằ": "AÈ", "Ẳ": "AÚ", "Ẵ": "AÜ", "Ặ": "AË", "É": "EÙ",
    "È": "EØ", "Ẻ": "EÛ", "Ẽ": "EÕ", "Ẹ": "EÏ", "Ê": "EÂ", "Ế": "EÁ", "Ề": "EÀ", "Ể": "EÅ", "Ễ": "EÃ",
    "Ệ": "EÄ", "Ó": "OÙ", "Ò": "OØ", "Ỏ": "OÛ", "Õ": "OÕ", "Ọ": "OÏ", "Ô": "OÂ", "Ố": "OÁ", "Ồ": "OÀ",
    "Ổ": "OÅ", "Ỗ": "OÃ", "Ộ": "OÄ", "Ơ": "Ô", "Ớ": "ÔÙ", "Ờ": "ÔØ", "Ở": "ÔÛ", "Ỡ": "ÔÕ", "Ợ": "ÔÏ",
    "Ú": "UÙ", "Ù": "UØ", "Ủ": "UÛ", "Ũ": "UÕ", "Ụ": "UÏ", "Ư": "Ö", "Ứ": "ÖÙ", "Ừ": "ÖØ", "Ử": "ÖÛ",
    "Ữ": "ÖÕ", "Ự": "ÖÏ", "Í": "Í", "Ì": "Ì", "Ỉ": "Æ", "Ĩ": "Ó", "Ị": "Ò", "Ý": "YÙ", "Ỳ": "YØ",
    "Ỷ": "YÛ", "Ỹ": "YÕ", "Ỵ": "Î", "Đ": "Ñ",
}


def test_vni_table_is_complete_in_both_cases():
    assert len(VNI_CAPITALS) == 67 and set(VNI_CAPITALS) == {c.upper() for c in VIETNAMESE_LETTERS}
    for letter, spelling in VNI_CAPITALS.items():
        assert encode_vni(letter) == spelling.encode("cp1252")
        assert decode_vni(spelling.encode("cp1252")) == letter
        lower = spelling[0].lower() + spelling[1:].lower()      # the mark bytes are 0x20 higher too
        assert decode_vni(lower.encode("cp1252")) == letter.lower()
