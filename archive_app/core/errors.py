"""Known errors: problems of the user's input or environment, each with a clear message.

Anything that is not a ``KnownError`` is a bug and is reported as such. Every known error carries
its message in Vietnamese (shown by default) and in English.
"""
from __future__ import annotations


class KnownError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, vi: str, en: str | None = None):
        super().__init__(vi)
        self.vi = vi
        self.en = en or vi

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def __str__(self) -> str:  # what logs and one-line CLI output show
        return self.vi if self.vi == self.en else f"{self.vi} ({self.en})"


class UnreadableFile(KnownError):
    """The file exists but its content cannot be read as a report."""


class UnsupportedFormat(KnownError):
    """The file's format is not one the archive can read."""


class EmptyDocument(KnownError):
    """The file holds no text."""


class NeedsOCR(KnownError):
    """A scanned PDF without a text layer."""


class OcrFailed(KnownError):
    """Character recognition of a scan failed, timed out or was cancelled; nothing of the file is stored."""


class MissingTool(KnownError):
    """An optional external program (such as LibreOffice) is not installed."""


class FileTooLarge(KnownError):
    """The file or its decompressed content exceeds the archive's limits."""


class ArchiveLocked(KnownError):
    """Another process is writing to the archive."""


class ArchiveReadOnly(KnownError):
    """The data folder cannot be written (a DVD, a locked share, permissions): reading only."""


class IndexDamaged(KnownError):
    """The search index was found damaged while searching; it is being rebuilt from the database."""


class NotFound(KnownError):
    """A report, person or tag id that does not exist."""


class BadInput(KnownError):
    """Malformed input such as an unparseable JSON line or a bad date."""


class DatabaseDamaged(KnownError):
    """SQLite says the archive's database file is malformed or not a database at all."""


def damaged_database(exc: BaseException) -> DatabaseDamaged | None:
    """The known error for SQLite's "malformed" / "not a database" errors (raw or wrapped by SQLAlchemy)."""
    orig = getattr(exc, "orig", None) or exc
    if not (getattr(orig, "sqlite_errorname", "") or "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return None
    known = DatabaseDamaged(
        f"Cơ sở dữ liệu của kho lưu trữ bị hỏng ({orig}). Hãy khôi phục từ bản sao lưu: "
        "archive-app restore BẢN_SAO.zip --data-dir THƯ_MỤC_MỚI",
        f"The archive's database is damaged ({orig}). Restore it from a backup: "
        "archive-app restore BACKUP.zip --data-dir NEW_FOLDER")
    known.detail = str(orig)          # SQLite's own words
    return known


class DiskFull(KnownError):
    """The disk (or the user's quota) is full: nothing more can be stored until space is freed."""


_FULL_ERRNOS = {28, 122, 27}        # ENOSPC, EDQUOT, EFBIG (a file-size limit)


def disk_full(exc: BaseException) -> DiskFull | None:
    """The known error for a full disk: an OSError (ENOSPC, EDQUOT, EFBIG) or SQLite's SQLITE_FULL,
    raw or wrapped (SQLAlchemy, our own CannotWrite), anywhere in the exception's chain."""
    seen = 0
    while exc is not None and seen < 10:
        orig = getattr(exc, "orig", None) or exc
        if (isinstance(orig, OSError) and orig.errno in _FULL_ERRNOS) or \
                (getattr(orig, "sqlite_errorname", "") or "").startswith("SQLITE_FULL"):
            return DiskFull("Ổ đĩa đã đầy: không lưu thêm được gì. Hãy giải phóng chỗ trống rồi thử lại; những gì "
                            "đã lưu vẫn nguyên vẹn.",
                            "The disk is full: nothing more can be stored. Free some space and try again; what "
                            "was stored is intact.")
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


class ChangedMeanwhile(KnownError):
    """Someone else saved the report after it was opened here: reload it, never overwrite their change."""


class DuplicateOfLive(KnownError):
    """A trashed report cannot come back: a live report holds the same text (one live copy per text)."""


class WriteRefused(KnownError):
    """The office archive's database refused a write: the login's role does not allow it."""


REFUSED = ("Tài khoản của bạn chỉ được đọc kho lưu trữ này (vai trò: người đọc); không có gì bị thay đổi.",
           "Your login may only read this archive (role: reader); nothing was changed.")


def refused_write(exc: BaseException) -> WriteRefused | None:
    """The known error for PostgreSQL's "permission denied" (SQLSTATE 42501), raw or wrapped by SQLAlchemy."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlstate", None) != "42501":
        return None
    return WriteRefused(*REFUSED)
