"""Unsigned integer arrays as bytes: one type-code byte + a little-endian array, read straight into numpy."""
from __future__ import annotations

import sys
from array import array

_BIG_ENDIAN = sys.byteorder == "big"


def pack(values) -> bytes | None:
    """Unsigned integers as one type-code byte + a little-endian array; None if one is negative
    or too big for 32 bits."""
    top = max(values, default=0)
    if min(values, default=0) < 0 or top > 0xFFFFFFFF:
        return None
    code = "B" if top < 0x100 else "H" if top < 0x10000 else "I"
    arr = array(code, values)
    if _BIG_ENDIAN:
        arr.byteswap()
    return code.encode("ascii") + arr.tobytes()


def unpack(data: bytes) -> array:
    arr = array(chr(data[0]))
    arr.frombytes(data[1:])
    if _BIG_ENDIAN:
        arr.byteswap()
    return arr


def numpy_dtype(data: bytes) -> str:
    """The numpy dtype of a packed array (little-endian unsigned)."""
    return {66: "u1", 72: "<u2", 73: "<u4"}[data[0]]
