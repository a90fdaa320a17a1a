"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VIQR and Windows-1258, both ways.

* TCVN3 (TCVN 5712:1993, the ".VnTime" fonts) puts the 67 lower-case letters and the 7 capitals
  Ă Â Ê Ô Ơ Ư Đ in bytes 0xA1–0xFE; capitals with a tone were typed in a separate capital font with
  the lower-case bytes, so the bytes say lower case and that is what we decode. Bytes 0xB0–0xB4 are
  the five combining tone marks of the standard; the encoder writes a toned capital as its base
  plus one of them, so every letter round-trips. The full-set (VN1) capitals in the table gaps and
  in the C0 range are decoded too; 0x80–0x9F keep their Windows meaning (“ ” – …).
* VNI-Windows writes a letter as its base plus a trailing byte for the mark ("Vieät" = Việt).
* VIQR writes marks as ASCII after the vowel: a( a^ e^ o^ o+ u+ dd, tones ' ` ? ~ . ("Vie^.t").
"""
from __future__ import annotations

import re
import unicodedata

_TONE_ORDER = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền, hỏi, ngã, sắc, nặng


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _with_tone(base: str, tone: str) -> str:
    return _nfc(base + tone)


# ---------------------------------------------------------------- Windows bytes 0x80–0x9F
def _windows_c1() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            table[byte] = chr(byte)
    return table


_C1 = _windows_c1()
_C1_REVERSE = {ch: byte for byte, ch in _C1.items()}

# ---------------------------------------------------------------- TCVN3
# Bytes of the toned letters, in the order huyền, hỏi, ngã, sắc, nặng, for each base vowel.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_PLAIN = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
}
# Full-set (VN1) capitals: decoded when present, never written.
_TCVN3_VN1_CAPITALS = {
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
    0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ", 0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ",
    0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ", 0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế",
    0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}


def _tcvn3_tables() -> tuple[dict[int, str], dict[str, bytes]]:
    decode: dict[int, str] = dict(_C1)
    decode.update(_TCVN3_VN1_CAPITALS)
    decode.update(_TCVN3_PLAIN)
    for base, codes in _TCVN3_TONED.items():
        for tone, code in zip(_TONE_ORDER, codes):
            decode[code] = _with_tone(base, tone)
    encode = {ch: bytes([code]) for code, ch in decode.items()
              if code >= 0x80 and code not in _TCVN3_VN1_CAPITALS}
    # Toned capitals: the base capital followed by a combining tone byte.
    for base in list(_TCVN3_TONED) + ["A", "E", "I", "O", "U", "Y"]:
        capital = base.upper()
        capital_bytes = encode.get(capital, capital.encode("ascii") if capital.isascii() else b"")
        for tone, mark in zip(_TONE_ORDER, range(0xB0, 0xB5)):
            encode[_with_tone(capital, tone)] = capital_bytes + bytes([mark])
    return decode, encode


_TCVN3_DECODE, _TCVN3_ENCODE = _tcvn3_tables()
_TCVN3_TRANSLATE = {i: ch for i, ch in _TCVN3_DECODE.items()}  # str.translate over latin-1 text


def _as_latin1(data: bytes | str) -> str:
    """Bytes as one character each; text (e.g. from a .VnTime docx) mapped back to its byte chars."""
    if isinstance(data, bytes):
        return data.decode("latin-1")
    return "".join(chr(_C1_REVERSE[ch]) if ch in _C1_REVERSE else ch for ch in data)


def decode_tcvn3(data: bytes | str) -> str:
    """Decode TCVN3 (ABC) bytes, or text whose characters stand for TCVN3 bytes, to NFC Unicode."""
    return _nfc(_as_latin1(data).translate(_TCVN3_TRANSLATE))


def encode_tcvn3(text: str, errors: str = "strict") -> bytes:
    """Encode Unicode text as TCVN3 bytes (toned capitals as base + combining tone byte)."""
    return _encode_with(text, _TCVN3_ENCODE, errors)


def _cp1252(ch: str) -> bytes | None:
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return None


def _encode_with(text: str, table: dict[str, bytes], errors: str, cp1252_fallback: bool = False) -> bytes:
    out = bytearray()
    for ch in _nfc(text):
        if ch in table:
            out += table[ch]
        elif ch < "\x80" or ch == "\xa0":
            out += ch.encode("latin-1")
        elif ch in _C1_REVERSE:
            out.append(_C1_REVERSE[ch])
        elif cp1252_fallback and _cp1252(ch):
            out += _cp1252(ch)
        elif errors == "strict":
            raise ValueError(f"character {ch!r} cannot be written in this encoding")
        else:
            out += b"?"
    return bytes(out)


# ---------------------------------------------------------------- VNI
_VNI_TONES = ("ø", "û", "õ", "ù", "ï")                        # huyền, hỏi, ngã, sắc, nặng
_VNI_CIRCUMFLEX = ("â", ("à", "å", "ã", "á", "ä"))          # â, then toned â ê ô
_VNI_BREVE = ("ê", ("è", "ú", "ü", "é", "ë"))               # ă, then toned ă
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "î": "ỵ", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "í": "í", "ò": "ị"}


def _vni_tables() -> dict[str, str]:
    """VNI spelling (as Windows characters) → Unicode letter, lower and upper case."""
    table: dict[str, str] = {}
    for base in "aeouy":
        for tone, mark in zip(_TONE_ORDER, _VNI_TONES):
            table[base + mark] = _with_tone(base, tone)
    for base, shaped in (("a", "â"), ("e", "ê"), ("o", "ô")):
        plain, marks = _VNI_CIRCUMFLEX
        table[base + plain] = shaped
        for tone, mark in zip(_TONE_ORDER, marks):
            table[base + mark] = _with_tone(shaped, tone)
    plain, marks = _VNI_BREVE
    table["a" + plain] = "ă"
    for tone, mark in zip(_TONE_ORDER, marks):
        table["a" + mark] = _with_tone("ă", tone)
    for horn_vni, horn in (("ô", "ơ"), ("ö", "ư")):
        for tone, mark in zip(_TONE_ORDER, _VNI_TONES):
            table[horn_vni + mark] = _with_tone(horn, tone)
    table.update(_VNI_SINGLE)
    upper = {key.upper(): value.upper() for key, value in table.items()}
    table.update(upper)
    return table


_VNI_TO_UNICODE = _vni_tables()
# Later spellings win: ỵ is written as the single byte î, not as y + ï.
_UNICODE_TO_VNI = {uni: vni for vni, uni in _VNI_TO_UNICODE.items()}
# Case-mixed spellings ("Aù" for "Á") occur in typed text: case follows the base letter.
_VNI_MIXED = {}
for _key, _value in list(_VNI_TO_UNICODE.items()):
    if len(_key) == 2:
        _VNI_MIXED[_key[0] + _key[1].swapcase()] = _value
_VNI_ALL = {**_VNI_MIXED, **_VNI_TO_UNICODE}
_VNI_ENCODE = {uni: vni.encode("cp1252") for uni, vni in _UNICODE_TO_VNI.items()}
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(_VNI_ALL, key=len, reverse=True)))


def decode_vni(data: bytes | str) -> str:
    """Decode VNI-Windows bytes, or text whose characters stand for VNI bytes, to NFC Unicode."""
    text = data.decode("latin-1").translate(_C1) if isinstance(data, bytes) else data
    return _nfc(_VNI_PATTERN.sub(lambda m: _VNI_ALL[m.group(0)], text))


def encode_vni(text: str, errors: str = "strict") -> bytes:
    """Encode Unicode text as VNI-Windows bytes."""
    return _encode_with(text, _VNI_ENCODE, errors, cp1252_fallback=True)


# ---------------------------------------------------------------- VIQR
_VIQR_TONES = {"`": "\u0300", "?": "\u0309", "~": "\u0303", "'": "\u0301", ".": "\u0323"}
_VIQR_SHAPES = {("a", "("): "ă", ("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô",
                ("o", "+"): "ơ", ("o", "*"): "ơ", ("u", "+"): "ư", ("u", "*"): "ư"}
_VIQR_VOWELS = set("aeiouyAEIOUY")
VIQR_MARKS = set("`?~'.(^+*")


def decode_viqr(text: str) -> str:
    """Decode VIQR (ASCII with marks after vowels) to NFC Unicode; "\\" escapes a mark character."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "\\" and nxt and (nxt in VIQR_MARKS or nxt in "dD\\"):
            out.append(nxt)
            i += 2
        elif ch in "dD" and nxt in ("d", "D"):
            out.append("Đ" if ch == "D" else "đ")
            i += 2
        elif ch in _VIQR_VOWELS:
            letter, i = ch, i + 1
            shaped = _VIQR_SHAPES.get((ch.lower(), text[i] if i < n else ""))
            if shaped:
                letter, i = (shaped.upper() if ch.isupper() else shaped), i + 1
            if i < n and text[i] in _VIQR_TONES:
                letter, i = _with_tone(letter, _VIQR_TONES[text[i]]), i + 1
            out.append(letter)
        else:
            out.append(ch)
            i += 1
    return _nfc("".join(out))


def encode_viqr(text: str) -> str:
    """Encode Unicode text as VIQR, escaping mark characters that follow a vowel."""
    tone_chars = {mark: char for char, mark in _VIQR_TONES.items()}
    shape_chars = {"\u0306": "(", "\u0302": "^", "\u031b": "+"}
    out: list[str] = []
    after_vowel = False
    previous = ""
    for ch in _nfc(text):
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            after_vowel, previous = False, ch
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        if base in _VIQR_VOWELS:
            marks = decomposed[1:]
            shape = "".join(shape_chars[m] for m in marks if m in shape_chars)
            tone = "".join(tone_chars[m] for m in marks if m in tone_chars)
            out.append(base + shape + tone)
            after_vowel = True
        else:
            needs_escape = (after_vowel and ch in VIQR_MARKS) or ch == "\\" or (
                ch in "dD" and previous in ("d", "D"))
            out.append("\\" + ch if needs_escape else ch)
            after_vowel = False
        previous = ch
    return "".join(out)


# ---------------------------------------------------------------- Windows-1258
def encode_cp1258(text: str, errors: str = "strict") -> bytes:
    """Encode as Windows-1258 the way Windows does: precomposed where the code page has the letter,
    otherwise base letter plus combining tone mark."""
    out = bytearray()
    for ch in _nfc(text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = [c for c in decomposed if c in _TONE_ORDER]
        base = _nfc("".join(c for c in decomposed if c not in _TONE_ORDER))
        try:
            out += base.encode("cp1258") + "".join(tones).encode("cp1258")
        except UnicodeEncodeError:
            if errors == "strict":
                raise ValueError(f"character {ch!r} cannot be written in Windows-1258") from None
            out += b"?"
    return bytes(out)
