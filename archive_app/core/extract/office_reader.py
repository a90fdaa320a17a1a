"""Old Word (.doc) and RTF through LibreOffice: ``soffice --headless --convert-to txt`` in a temp dir.

LibreOffice is optional; without it these formats raise MissingTool. Set ARCHIVE_APP_SOFFICE to
the program's path when it is installed somewhere unusual.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from archive_app.core.errors import MissingTool, UnreadableFile

from .encoding import decode_text

TIMEOUT_SECONDS = 120
_KNOWN_LOCATIONS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
)
_NAMES = {"doc": "Word 97–2003 (.doc)", "rtf": "RTF"}


def find_soffice() -> str | None:
    configured = os.environ.get("ARCHIVE_APP_SOFFICE")
    if configured and Path(configured).is_file():
        return configured
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN_LOCATIONS if Path(p).is_file()), None)


def missing_libreoffice(fmt: str) -> MissingTool:
    what = _NAMES.get(fmt, fmt.upper())
    return MissingTool(
        f"Cần cài LibreOffice để nhập tệp {what}; hoặc mở tệp bằng Word và lưu lại dạng DOCX",
        f"LibreOffice is needed to import {what} files; or open the file in Word and save it as DOCX",
    )


def read_with_libreoffice(data: bytes, fmt: str, timeout: float = TIMEOUT_SECONDS) -> dict:
    soffice = find_soffice()
    if not soffice:
        raise missing_libreoffice(fmt)
    # Named after this process: a copy left by a kill is recognised and removed at the next start.
    with tempfile.TemporaryDirectory(prefix=f"archive-app-office-{os.getpid()}-") as folder:
        work = Path(folder)
        source = work / f"input.{fmt}"
        source.write_bytes(data)
        out = work / "out"
        command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(source)]
        _run(command, timeout, fmt)
        result = out / "input.txt"
        if not result.is_file():
            raise UnreadableFile(f"LibreOffice không chuyển được tệp {_NAMES.get(fmt, fmt)} này (tệp hỏng?)",
                                 f"LibreOffice could not convert this {_NAMES.get(fmt, fmt)} file (damaged?)")
        converted = result.read_bytes()
    text, _ = decode_text(converted) if converted.strip() else ("", "utf-8")
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    return {"format": fmt, "raw": "\n\n".join(lines), "title": None, "date": None,
            "meta": {"converted_by": "libreoffice"}, "encoding": None}


def _run(command: list[str], timeout: float, fmt: str) -> None:
    """Run LibreOffice in its own process group so that a timeout ends all of its processes."""
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=(os.name == "posix"))
    except OSError:
        raise missing_libreoffice(fmt) from None
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except OSError:
                pass
        process.kill()
        process.wait()
        raise UnreadableFile(
            f"LibreOffice không chuyển xong tệp sau {timeout:.0f} giây",
            f"LibreOffice did not finish converting the file within {timeout:.0f} s",
        ) from None
