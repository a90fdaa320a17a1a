"""Copy a report's stored original out of the archive, byte for byte (``archive-app original``, and the
window's "open original", which hands the copy to the system viewer).

The copy is checked against the sha256 the original is named by, written to a temporary file beside
the target and renamed into place, so a damaged store or a full disk never leaves a wrong file behind;
a target inside the data folder is refused, where it could overwrite the archive's own files.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BadInput, NotFound, UnreadableFile

if TYPE_CHECKING:
    from .services import Archive


def save_original(archive: Archive, report_id: int, out: Path, which: str = "original") -> int:
    """Write the stored original of ``report_id`` (or, ``which="searchable"``, the searchable PDF made
    from a scan) to ``out``; returns the number of bytes written."""
    out = Path(out).expanduser()
    root = archive.paths.root.resolve()
    target = out.resolve()
    if target == root or target.is_relative_to(root):
        raise BadInput(f"Không ghi vào thư mục dữ liệu của kho ({root}); hãy chọn nơi khác",
                       f"Will not write into the archive's data folder ({root}); choose another place")
    report = archive.report(report_id)
    sha = report.original_sha256 if which == "original" else report.ocr_pdf_sha256
    if not sha:
        raise NotFound("Báo cáo này không có tệp gốc" if which == "original" else
                       "Báo cáo này không có bản PDF tìm kiếm được (không phải bản quét)",
                       "This report has no original file" if which == "original" else
                       "This report has no searchable PDF (it is not a scan)")
    try:
        data = archive.originals.get(sha)
    except OSError:
        data = None
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise UnreadableFile(f"Tệp gốc {sha[:12]}… bị thiếu hoặc hỏng trong kho; hãy chạy 'archive-app check'",
                             f"The stored original {sha[:12]}… is missing or damaged; run 'archive-app check'")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise UnreadableFile(f"Không ghi được {out}: {reason}", f"Cannot write {out}: {reason}") from None
    return len(data)
