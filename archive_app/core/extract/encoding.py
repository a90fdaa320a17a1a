"""Decode the bytes of a text file: BOMs, UTF-8, UTF-16, Windows-1258, TCVN3, VNI and VIQR.

Valid UTF-8 wins. Otherwise each candidate decoding is scored by how Vietnamese it looks (share of
valid syllables); charset-normalizer is asked only when no candidate looks Vietnamese.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from archive_app.core.errors import UnreadableFile

from .legacy import VIQR_MARKS, decode_tcvn3, decode_viqr, decode_vni
from .syllables import vietnamese_score

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_SAMPLE = 256 * 1024
_BINARY_CHARACTERS = re.compile(
    "[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffe\uffff]")
_LEGACY_CANDIDATES = ("cp1258", "tcvn3", "vni", "cp1252")
_VIQR_SEQUENCE = re.compile(r"[aeiouyAEIOUY][(^+*]?[`?~'.]?[a-zA-Z]|[aeoAEO][(^+*]|dd|DD")
_VIQR_STRONG = re.compile(r"[aeoAEO][(^+*]|[aeiouyAEIOUY][`~]|\bdd|\bDD")


def not_text_error() -> UnreadableFile:
    return UnreadableFile(
        "Tệp không phải là văn bản đọc được (có thể là tệp nhị phân hoặc bị hỏng)",
        "The file is not readable text (it may be binary or damaged)",
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of a text document, or raise UnreadableFile."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom):], codec)), label
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data[:_SAMPLE]:
        raise not_text_error()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _mostly_utf8(data)
        if text is None:
            return _decode_legacy(data)
        return _checked(text), "utf-8"
    if _letters_are_ascii(text) and looks_like_viqr(text):
        return _checked(decode_viqr(text)), "viqr"
    return _checked(text), "utf-8"


def decode_legacy_bytes(data: bytes, encoding: str) -> str:
    """Decode with one of our names (tcvn3, vni, viqr) or a Python codec name."""
    if encoding == "tcvn3":
        return decode_tcvn3(data)
    if encoding == "vni":
        return decode_vni(data)
    if encoding == "viqr":
        return decode_viqr(data.decode("ascii", errors="replace"))
    if encoding == "cp1252":
        return decode_cp1252_lenient(data)
    return unicodedata.normalize("NFC", data.decode(encoding, errors="replace"))


def decode_cp1252_lenient(data: bytes) -> str:
    """Windows-1252 with the five undefined bytes kept as Latin-1 (never fails)."""
    return bytes(data).decode("latin-1").translate(_CP1252_OVER_LATIN1)


def _cp1252_over_latin1() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    return table


_CP1252_OVER_LATIN1 = _cp1252_over_latin1()


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise not_text_error() from None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: most characters of Vietnamese or ASCII text have one zero byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    codec = "utf-16-le" if odd_zero > 0.4 and even_zero < 0.05 else (
        "utf-16-be" if even_zero > 0.4 and odd_zero < 0.05 else None)
    if not codec:
        return None
    try:
        return _checked(data.decode(codec)), "utf-16"
    except UnicodeDecodeError:
        return None


_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a file cut in the middle of a character, a stray byte) is still
    UTF-8: read as Windows-1258 or 1252 it would turn every Vietnamese letter into mojibake."""
    text = data.decode("utf-8", errors="replace")
    sample = text[:_SAMPLE]
    good, bad = len(_NON_ASCII.findall(sample)), sample.count("\ufffd")
    return text if good >= 3 and bad <= max(1, good // 10) else None


def _letters_are_ascii(text: str) -> bool:
    return text.isascii() or not any(ch.isalpha() or unicodedata.combining(ch)
                                     for ch in text[:_SAMPLE] if not ch.isascii())


def looks_like_viqr(text: str) -> bool:
    """ASCII text whose words carry VIQR marks often enough that it must be VIQR."""
    sample = text[:_SAMPLE]
    words = re.findall(r"[A-Za-z][A-Za-z(^+*`?~'.]*", sample)
    if len(words) < 3 or not any(mark in sample for mark in VIQR_MARKS):
        return False
    marked = sum(1 for w in words if _VIQR_SEQUENCE.search(w + " ") and re.search(r"[(^+*`?~'.]|dd|DD", w))
    strong = len(_VIQR_STRONG.findall(sample))
    if marked < 3 or strong < 2 or marked / len(words) < 0.15:
        return False
    score, good = vietnamese_score(decode_viqr(sample))
    return score >= 0.6 and good >= 3


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Pick the legacy decoding whose result looks most Vietnamese."""
    sample = data[:_SAMPLE]
    best_encoding, best_score = None, 0.0
    for encoding in _LEGACY_CANDIDATES:
        score, good = vietnamese_score(decode_legacy_bytes(sample, encoding))
        if good >= 2 and score > best_score + 0.02:
            best_encoding, best_score = encoding, score
    if best_encoding and best_score >= 0.5:
        return _checked(decode_legacy_bytes(data, best_encoding)), best_encoding
    guessed = _charset_normalizer_guess(data)
    if guessed:
        return guessed
    return _checked(decode_legacy_bytes(data, "cp1252")), "cp1252"


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer; Windows-1252 is preferred whenever it is about as plausible."""
    try:
        from charset_normalizer import from_bytes
        matches = list(from_bytes(data[:_SAMPLE]))
    except Exception:  # a helper only: any failure means "no opinion"
        return None
    if not matches:
        return None
    best = matches[0]
    if any("cp1252" in m.could_be_from_charset and m.chaos <= best.chaos + 0.1 for m in matches):
        return _checked(decode_cp1252_lenient(data)), "cp1252"
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return _checked(unicodedata.normalize("NFC", text)), best.encoding.replace("_", "-")


def _checked(text: str) -> str:
    """Refuse decoded text that is full of control or private-use characters (binary data)."""
    sample = text[:_SAMPLE]
    if len(_BINARY_CHARACTERS.findall(sample)) > max(2, len(sample) // 100):
        raise not_text_error()
    return text
