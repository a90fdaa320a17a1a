"""Size limits and a ZIP reader that refuses zip bombs before inflating them."""
from __future__ import annotations

import io
import zipfile
import zlib

from archive_app.core.errors import FileTooLarge, UnreadableFile

MAX_FILE_BYTES = 100 * 1024 * 1024          # the input file itself
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024      # all members of a DOCX/ODT together, once inflated
MAX_COMPRESSION_RATIO = 100                 # per member, for members above RATIO_CHECK_FROM
RATIO_CHECK_FROM = 2 * 1024 * 1024
MAX_ZIP_MEMBERS = 20_000
# One report's text. A meeting report runs to a few tens of thousands of characters; 1,000,000 is
# some 500 pages. Above it every step grows with the text (normalize, understand, the near-duplicate
# sketch, the index, the reader): measured on this machine, a 5 MB text took > 70 s before the index,
# a 99.6 MB one > 300 s and 6.9 GB. The file is refused with the reason instead.
MAX_TEXT_CHARS = 1_000_000
MAX_TEXT_FILE_BYTES = 4 * MAX_TEXT_CHARS    # a plain-text file this big cannot be under MAX_TEXT_CHARS
MAX_PDF_PAGES = 2_000
_CHUNK = 1024 * 1024


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_file_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(
            f"Tệp quá lớn ({mb(size)}); giới hạn là {mb(MAX_FILE_BYTES)}",
            f"The file is too large ({mb(size)}); the limit is {mb(MAX_FILE_BYTES)}",
        )


def check_text_length(chars: int) -> None:
    if chars > MAX_TEXT_CHARS:
        raise FileTooLarge(
            f"Văn bản quá dài cho một báo cáo (hơn {MAX_TEXT_CHARS:,} ký tự); hãy tách tệp thành nhiều phần".replace(
                ",", "."),
            f"The text is too long for one report (more than {MAX_TEXT_CHARS:,} characters); split the file")


def check_pages(pages: int) -> None:
    if pages > MAX_PDF_PAGES:
        raise FileTooLarge(f"Tệp PDF có {pages:,} trang; giới hạn là {MAX_PDF_PAGES:,} trang".replace(",", "."),
                           f"The PDF has {pages:,} pages; the limit is {MAX_PDF_PAGES:,}")


def _bomb(detail_vi: str, detail_en: str) -> FileTooLarge:
    return FileTooLarge(
        f"Tệp nén có nội dung giải nén quá lớn ({detail_vi}) — có thể là “bom nén”, không nhập",
        f"The compressed file inflates too much ({detail_en}): possibly a zip bomb, not imported",
    )


class SafeZip:
    """A ZIP archive in memory whose directory and reads are checked against the limits."""

    def __init__(self, data: bytes, kind: str):
        self.kind = kind
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, IndexError,
                NotImplementedError):
            raise self.damaged() from None
        if len(infos) > MAX_ZIP_MEMBERS:
            raise _bomb(f"{len(infos)} tệp con", f"{len(infos)} members")
        total = sum(info.file_size for info in infos)
        if total > MAX_UNZIPPED_BYTES:
            raise _bomb(f"{mb(total)} > {mb(MAX_UNZIPPED_BYTES)}", f"{mb(total)} > {mb(MAX_UNZIPPED_BYTES)}")
        for info in infos:
            if info.file_size > RATIO_CHECK_FROM and \
                    info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise _bomb(f"tỉ lệ nén {ratio}:1", f"compression ratio {ratio}:1")
        self._infos = {info.filename: info for info in infos}
        self._budget = MAX_UNZIPPED_BYTES

    def damaged(self) -> UnreadableFile:
        return UnreadableFile(
            f"Tệp {self.kind} bị hỏng hoặc không đầy đủ, không đọc được",
            f"The {self.kind} file is damaged or incomplete and cannot be read",
        )

    def names(self) -> set[str]:
        return set(self._infos)

    def read(self, name: str, missing_ok: bool = False) -> bytes | None:
        """Inflate one member, never more than it declares nor than the remaining budget."""
        info = self._infos.get(name)
        if info is None:
            if missing_ok:
                return None
            raise self.damaged()
        allowed = min(info.file_size, self._budget)
        out = bytearray()
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > allowed:
                        raise _bomb(f"{name} lớn hơn khai báo", f"{name} is larger than declared")
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
                RuntimeError):
            raise self.damaged() from None
        self._budget -= len(out)
        return bytes(out)
