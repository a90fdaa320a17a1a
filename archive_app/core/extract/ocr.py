"""Character recognition of scans: Tesseract (``vie+eng``) through OCRmyPDF, never a recogniser of ours.

OCRmyPDF runs in a child process (``ocr_runner.py``) under the interpreter that has it — Debian's
``ocrmypdf`` package installs into the system Python, not into our virtual environment, and a child
process is the only way to stop it: the user's cancel and the per-page time limit kill its whole
process group, and everything it wrote stays in a temporary folder that is removed either way.
It reports pages done (a progress plugin), writes the searchable PDF and the text of each page
(``--sidecar``), and keeps Tesseract's hOCR, from which the mean word confidence is read.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from archive_app.core.errors import MissingTool, OcrFailed, UnreadableFile
from archive_app.core.models import OcrInfo

RUNNER = Path(__file__).with_name("ocr_runner.py")
PageProgress = Callable[[int, int], None]          # (pages done, pages)
_SKIPPED = re.compile(r"^\s*\[OCR skipped on page\(s\) (\d+)(?:-(\d+))?\]\s*$")
_PAGE_STAGES = ("OCR", "Image processing")        # OCRmyPDF's name of the page stage (with/without OCR)


@dataclass(frozen=True)
class OcrSettings:
    """How scans are read. ``page_timeout``: seconds without a page finished before OCR gives up."""
    languages: tuple[str, ...] = ("vie", "eng")
    jobs: int = os.cpu_count() or 1
    page_timeout: float = 180.0
    deskew: bool = True
    clean: bool = False            # unpaper before recognition (measured in bench/ocr_eval.py)


@dataclass(frozen=True)
class OcrOutput:
    pages: tuple[str | None, ...]  # recognised text of each page; None: a page with its own text, not OCRed
    pdf: bytes                     # the searchable PDF OCRmyPDF made (the scan with a text layer)
    info: OcrInfo


@dataclass(frozen=True)
class OcrTools:
    python: str                    # the interpreter that has OCRmyPDF
    tesseract: str                 # "5.3.0"


def missing_tools_error(packages: list[str]) -> MissingTool:
    names = " ".join(packages)
    return MissingTool(
        f"Chưa cài phần mềm nhận dạng ký tự (OCR) nên không đọc được bản quét. Hãy cài: {names} "
        f"(Debian/Ubuntu: sudo apt install {names})",
        f"The OCR software needed to read scans is not installed. Install: {names} "
        f"(Debian/Ubuntu: sudo apt install {names})")


def find_tools(settings: OcrSettings = OcrSettings()) -> OcrTools:
    """The programs OCR needs, or MissingTool naming exactly the packages to install."""
    return _find_tools(os.environ.get("PATH", ""), settings.languages, settings.clean)


@functools.lru_cache(maxsize=8)
def _find_tools(path: str, languages: tuple[str, ...], clean: bool) -> OcrTools:
    missing: list[str] = []
    python = _ocrmypdf_python(shutil.which("ocrmypdf", path=path))
    if python is None:
        missing.append("ocrmypdf")
    tesseract = shutil.which("tesseract", path=path)
    version = ""
    if tesseract is None:
        missing += ["tesseract-ocr"] + [f"tesseract-ocr-{lang}" for lang in languages]
    else:
        version, installed = _tesseract_facts(tesseract)
        missing += [f"tesseract-ocr-{lang}" for lang in languages if lang not in installed]
    if not any(shutil.which(gs, path=path) for gs in ("gs", "gswin64c", "gswin32c")):
        missing.append("ghostscript")
    if clean and shutil.which("unpaper", path=path) is None:
        missing.append("unpaper")
    if missing:
        raise missing_tools_error(missing)
    return OcrTools(python=python, tesseract=version)


def _ocrmypdf_python(command: str | None) -> str | None:
    """The interpreter of the ``ocrmypdf`` script (its ``#!`` line): the Python that can import it;
    else our own, when OCRmyPDF was installed into it (pip on Windows installs an .exe launcher)."""
    found = _script_python(command) if command else None
    if found is None and not getattr(sys, "frozen", False) and importlib.util.find_spec("ocrmypdf"):
        found = sys.executable
    return found


def _script_python(command: str) -> str | None:
    try:
        with open(command, "rb") as f:
            first = f.readline(512).decode("utf-8", "replace").strip()
    except OSError:
        return None
    if not first.startswith("#!"):
        return None
    parts = first[2:].split()
    if not parts:
        return None
    if Path(parts[0]).name == "env" and len(parts) > 1:
        return shutil.which(parts[-1])
    return parts[0] if os.access(parts[0], os.X_OK) else None


def _tesseract_facts(tesseract: str) -> tuple[str, set[str]]:
    """Tesseract's version and its installed languages."""
    def run(*args: str) -> str:
        try:
            done = subprocess.run([tesseract, *args], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout + "\n" + done.stderr

    version = re.search(r"tesseract\s+v?(\d[\w.\-]*)", run("--version"), re.I)
    langs = {line.strip() for line in run("--list-langs").splitlines()[1:] if line.strip()}
    return (version.group(1) if version else "?"), langs


def run_ocr(data: bytes, kind: str, *, skip_text: bool = False, progress: PageProgress | None = None,
            cancel: Callable[[], bool] | None = None, settings: OcrSettings = OcrSettings()) -> OcrOutput:
    """Recognise the text of a scanned PDF (``kind="pdf"``) or image (``kind="image"``).

    ``skip_text``: pages that already have text keep it and are not recognised (their entry in
    ``pages`` is None); without it every page is recognised, even one with a few characters of text
    (a stamped page number on a scan). Raises MissingTool, UnreadableFile (a broken image or PDF) or OcrFailed
    (cancelled, timed out, or OCRmyPDF failed); nothing is left behind on disk in any case.
    """
    tools = find_tools(settings)
    with tempfile.TemporaryDirectory(prefix="archive-app-ocr-") as work:
        source = os.path.join(work, "scan.pdf" if kind == "pdf" else "scan.image")
        with open(source, "wb") as f:
            f.write(data)
        job = {"input": source, "kind": kind, "output": os.path.join(work, "searchable.pdf"),
               "sidecar": os.path.join(work, "text.txt"), "workdir": work,
               "languages": list(settings.languages), "jobs": max(1, settings.jobs),
               "deskew": settings.deskew, "clean": settings.clean, "skip_text": skip_text,
               # Tesseract's own limit skips a page silently; ours fails the file, so it must come first
               "tesseract_timeout": settings.page_timeout * 2 + 30}
        job_file = os.path.join(work, "job.json")
        with open(job_file, "w", encoding="utf-8") as f:
            json.dump(job, f)
        final = _watch(tools, job_file, work, progress, cancel, settings.page_timeout)
        if final.get("event") != "done":
            raise _failure(final, Path(work) / "stderr.txt")
        pdf = Path(job["output"]).read_bytes()
        text = Path(job["sidecar"]).read_text(encoding="utf-8", errors="replace")
    confidence = final.get("confidence")
    info = OcrInfo(engine=f"Tesseract {tools.tesseract} (OCRmyPDF {final.get('ocrmypdf', '?')})",
                   languages="+".join(settings.languages),
                   confidence=round(float(confidence), 1) if confidence is not None else None)
    return OcrOutput(pages=split_sidecar(text), pdf=pdf, info=info)


def _watch(tools: OcrTools, job_file: str, work: str, progress: PageProgress | None,
           cancel: Callable[[], bool] | None, page_timeout: float) -> dict:
    """Run the child, pass its page progress on, kill it on cancel or when a page takes too long."""
    env = dict(os.environ, TMPDIR=work, TEMP=work, TMP=work, PYTHONIOENCODING="utf-8")
    with open(os.path.join(work, "stderr.txt"), "wb") as errors:
        child = subprocess.Popen([tools.python, str(RUNNER), job_file], stdout=subprocess.PIPE,
                                 stderr=errors, stdin=subprocess.DEVNULL, env=env, cwd=work,
                                 start_new_session=(os.name == "posix"))
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    last_activity = time.monotonic()
    final: dict = {}
    try:
        while True:
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                line = ""
            if line is None:                          # the child closed its output: it is ending
                break
            if line:
                message = _message(line)
                if message.get("event") == "progress":
                    last_activity = time.monotonic()
                    if progress and message.get("stage") in _PAGE_STAGES:
                        progress(int(message.get("done", 0)), int(message.get("total", 0)))
                elif message.get("event") in ("done", "error"):
                    final = message
            if cancel and cancel():
                _kill(child)
                raise OcrFailed("Đã huỷ nhận dạng ký tự (OCR); tệp chưa được nhập",
                                "Character recognition (OCR) was cancelled; the file was not imported")
            if time.monotonic() - last_activity > page_timeout:
                _kill(child)
                raise OcrFailed(
                    f"Nhận dạng ký tự (OCR) quá lâu: một trang chưa xong sau {page_timeout:g} giây",
                    f"Character recognition (OCR) took too long: a page was not done after "
                    f"{page_timeout:g} seconds")
        child.wait()
    finally:
        if child.poll() is None:
            _kill(child)
        reader.join(timeout=5)                       # the pipe ends with the process group
        child.stdout.close()
    if not final:
        final = {"event": "error", "kind": "crash", "detail": f"exit status {child.returncode}"}
    return final


def _read_lines(stream, lines: queue.Queue) -> None:
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode("utf-8", "replace"))
    lines.put(None)


def _message(line: str) -> dict:
    try:
        message = json.loads(line)
    except ValueError:
        return {}
    return message if isinstance(message, dict) else {}


def _kill(child: subprocess.Popen) -> None:
    """Stop OCRmyPDF with its workers, Tesseract and Ghostscript (its whole process group)."""
    try:
        if os.name == "posix":
            os.killpg(child.pid, signal.SIGKILL)
        else:                                            # pragma: no cover
            child.kill()
    except (ProcessLookupError, PermissionError):
        pass
    child.wait()


def _failure(final: dict, stderr: Path) -> Exception:
    kind, detail = final.get("kind"), str(final.get("detail") or "")
    if kind == "image":
        return UnreadableFile(f"Ảnh bị hỏng hoặc không đọc được ({detail})",
                              f"The image is damaged or cannot be read ({detail})")
    if kind == "encrypted":
        return UnreadableFile("Tệp PDF được bảo vệ bằng mật khẩu, không đọc được",
                              "The PDF is password-protected and cannot be read")
    if kind == "missing":
        return missing_tools_error(["ocrmypdf", "tesseract-ocr", "ghostscript"])
    if kind == "input":
        return UnreadableFile(f"OCRmyPDF không đọc được tệp ({detail})",
                              f"OCRmyPDF cannot read the file ({detail})")
    try:
        tail = stderr.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
    except OSError:
        tail = []
    if "No module named 'ocrmypdf'" in "".join(tail):
        return missing_tools_error(["ocrmypdf"])
    why = detail or (tail[0] if tail else "")
    return OcrFailed(f"Nhận dạng ký tự (OCR) thất bại: {why}", f"Character recognition (OCR) failed: {why}")


def split_sidecar(text: str) -> tuple[str | None, ...]:
    """OCRmyPDF's sidecar → the text of each page (pages separated by form feeds; a run of pages
    that kept their own text is one "[OCR skipped on page(s) 2-4]" entry → None for each)."""
    pages: list[str | None] = []
    for part in text.split("\f"):
        skipped = _SKIPPED.match(part)
        if skipped:
            first = int(skipped.group(1))
            last = int(skipped.group(2) or first)
            pages.extend([None] * (last - first + 1))
        else:
            pages.append(part)
    return tuple(pages)
