"""Installers (issue 7): the PyInstaller bundle works on its own — version, import of several formats,
search with and without diacritics, printing to PDF, the window starting — its search index and the
source install's open each other, and the Linux desktop metadata passes the validators.

The bundle is built once per test session (about a minute) into a temporary folder.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.archiveapp.ArchiveApp"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
LINUX = sys.platform.startswith("linux")
MAX_BUNDLE_MB = 260          # measured 193 MB; a jump means something unneeded got bundled
linux_only = pytest.mark.skipif(not LINUX, reason="the Linux bundle and its desktop files")


def need(tool: str, package: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.fail(f"{tool} is missing: install the Debian package {package} (bash tools/dev test does)")
    return found


def sample_files() -> list[Path]:
    from archive_app.core import sample

    return sample.sample_files()


# --- the bundle ------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    if not LINUX:
        pytest.skip("the Linux bundle")
    need("objdump", "binutils")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    run = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--dist", str(out / "dist"),
                          "--work", str(out / "work"), "--no-pack"],
                         cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 0, f"build failed:\n{run.stdout[-4000:]}\n{run.stderr[-8000:]}"
    app = out / "dist" / "archive-app"
    print(f"\nbundle built in {time.monotonic() - started:.0f} s: {run.stdout.strip().splitlines()[-1]}")
    return app


@pytest.fixture(scope="session")
def home(tmp_path_factory) -> Path:
    """HOME and XDG folders of the frozen runs: the user's own are never touched."""
    return tmp_path_factory.mktemp("home")


def frozen_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ARCHIVE_APP", "QT_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


@pytest.fixture(scope="session")
def frozen(bundle, home):
    """Run the bundled executable (from a neutral folder, with a clean environment)."""
    def run(*args, check=True, timeout=120) -> subprocess.CompletedProcess:
        result = subprocess.run([str(bundle / "archive-app"), *map(str, args)], cwd=home, env=frozen_env(home),
                                capture_output=True, text=True, encoding="utf-8", timeout=timeout,
                                check=False)
        if check:
            assert result.returncode == 0, f"archive-app {args}: rc {result.returncode}\n{result.stderr}"
        return result
    return run


def search_hits(run, data: Path, query: str, *extra) -> list[dict]:
    return json.loads(run("--data-dir", data, "search", query, *extra, "--json").stdout)["hits"]


def search_ids(run, data: Path, query: str, *extra) -> list[int]:
    return [hit["id"] for hit in search_hits(run, data, query, *extra)]


def index_state(data: Path) -> dict[str, tuple[int, int]]:
    """Every index file with its size and time: a rebuild or a write would change it."""
    return {str(p.relative_to(data)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted((data / "index").rglob("*")) if p.is_file()}


def write_other_formats(folder: Path) -> list[Path]:
    """Three short reports as DOCX, PDF and HTML: the readers' libraries (lxml, pypdf) must be bundled."""
    import docx
    from fpdf import FPDF

    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    lines = ("BIÊN BẢN HỌP TỔ DÂN PHỐ SỐ 7",
             "Tối ngày 05/04/2024, tổ dân phố số 7 họp bàn việc nạo vét mương thoát nước.",
             "Đồng chí Hồ Thị Xuân Mai – Tổ trưởng tổ dân phố – chủ trì.")
    for line in lines:
        document.add_paragraph(line)
    document.save(folder / "to-dan-pho-7.docx")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 6, "BIÊN BẢN HỌP HỘI KHUYẾN HỌC PHƯỜNG\nSáng ngày 12/06/2024, Hội Khuyến học phường "
                         "họp xét trao học bổng Ươm mầm xanh cho học sinh vượt khó.\nĐồng chí Lương Văn Quý "
                         "– Chủ tịch Hội Khuyến học – chủ trì.")
    (folder / "khuyen-hoc.pdf").write_bytes(bytes(pdf.output()))
    (folder / "cuu-chien-binh.html").write_text(
        "<html><head><meta charset='utf-8'><title>Hội Cựu chiến binh họp quý II</title></head><body>"
        "<h1>HỘI CỰU CHIẾN BINH PHƯỜNG HỌP GIAO BAN QUÝ II NĂM 2024</h1><p>Sáng ngày 02/07/2024, Hội Cựu "
        "chiến binh phường họp giao ban quý II.</p><p>Đồng chí Trịnh Công Lực – Chủ tịch Hội Cựu chiến binh "
        "– chủ trì cuộc họp về phong trào giúp nhau làm kinh tế.</p></body></html>", encoding="utf-8")
    return sorted(folder.iterdir())


@pytest.fixture(scope="session")
def frozen_archive(frozen, tmp_path_factory) -> Path:
    """An archive made by the frozen app: the sample reports and three other formats."""
    data = tmp_path_factory.mktemp("frozen") / "archive"
    others = write_other_formats(tmp_path_factory.mktemp("formats"))
    result = json.loads(frozen("--data-dir", data, "import", *sample_files(), *others, "--tag", "mẫu",
                               "--json").stdout)
    assert len(result["imported"]) == len(sample_files()) + 3, result
    assert not result["failed"] and not result["duplicates"]
    return data


# --- tests of the frozen build ---------------------------------------------------------------------
@linux_only
def test_frozen_version(frozen):
    assert frozen("--version").stdout.strip() == f"archive-app {VERSION}"


@linux_only
def test_frozen_search_with_and_without_diacritics(frozen, frozen_archive):
    accented = search_ids(frozen, frozen_archive, "Đặng Thị Mỹ Lệ")
    plain = search_ids(frozen, frozen_archive, "dang thi my le")
    assert len(accented) == 4 and sorted(plain) == sorted(accented)
    by_person = search_ids(frozen, frozen_archive, "", "--person", "dang thi my le")
    assert sorted(by_person) == sorted(accented)
    for query, title in (("Hồ Thị Xuân Mai", "TỔ DÂN PHỐ SỐ 7"), ('"uom mam xanh"', "KHUYẾN HỌC"),
                         ("Trịnh Công Lực", "CỰU CHIẾN BINH")):               # DOCX, PDF, HTML
        hits = search_hits(frozen, frozen_archive, query)
        assert hits and title in hits[0]["title"], (query, hits[:1])
    shown = json.loads(frozen("--data-dir", frozen_archive, "show", plain[0], "--json").stdout)
    assert "Đặng Thị Mỹ Lệ" in [p["name"] for p in shown["persons"]]


@linux_only
def test_frozen_print_to_pdf(frozen, frozen_archive, tmp_path):
    need("pdftotext", "poppler-utils")
    hits = search_hits(frozen, frozen_archive, '"ngay thu bay so"', "--tag", "mau")      # the tag is "mẫu"
    assert len(hits) == 2
    [rid] = [hit["id"] for hit in hits if "CHUYỂN ĐỔI SỐ" in hit["title"]]
    out = tmp_path / "in.pdf"
    printed = frozen("--data-dir", frozen_archive, "print", rid, "--pdf", out)
    assert out.is_file() and str(out) in printed.stdout
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06" in flat
    assert "Đặng Thị Mỹ Lệ" in flat and "Tổ công nghệ số cộng đồng" in flat
    assert "VNeID" in flat and "Trang 1/" in flat


@linux_only
def test_index_of_the_frozen_app_opens_in_the_source_install(frozen_archive):
    from archive_app.core.services import Archive

    toc = next((frozen_archive / "index").glob("_MAIN_*.toc")).read_bytes()
    assert b"archive_app.core.search.fields" in toc          # the pickled field classes, by module path
    before = index_state(frozen_archive)
    with Archive(frozen_archive) as archive:
        assert archive.search("vo quoc bao").total == 3
        assert archive.search("Võ Quốc Bảo").total == 3
        report = archive.check(fixity=True)
        assert report.ok, report.messages
    assert index_state(frozen_archive) == before              # opened as it was: no rebuild, no write


QUERIES = ("ngo van thanh", "Ngô Văn Thành", "dân vận", '"ngày thứ bảy số"', "bao", "12-NQ/ĐU")


@linux_only
def test_index_of_the_source_install_opens_in_the_frozen_app(frozen, tmp_path):
    from archive_app.core.services import Archive

    data = tmp_path / "source-archive"
    with Archive(data) as archive:
        result = archive.import_paths(sample_files())
        assert len(result.imported) == len(sample_files())
        expected = {q: [h.summary.id for h in archive.search(q).hits] for q in QUERIES}
    before = index_state(data)
    for query, ids in expected.items():
        assert ids and search_ids(frozen, data, query) == ids, query      # the same hits, in the same order
    assert len(search_ids(frozen, data, "", "--person", "ngo van thanh")) == 2
    checked = frozen("--data-dir", data, "check", "--json")
    assert json.loads(checked.stdout)["ok"] is True
    assert index_state(data) == before


@linux_only
def test_frozen_reindex_starts_itself_as_build_workers(bundle, home, tmp_path, write_jsonl):
    """A rebuild big enough for worker processes: the frozen app starts itself with the worker flag
    (packaging/launcher.py, build_worker.command) and its index finds what the data holds."""
    from archive_app.core.search.build_worker import FROZEN_FLAG
    from archive_app.core.search.parallel_build import PARALLEL_MIN_DOCS, worker_count
    from archive_app.core.services import Archive
    from shared_paths import report_row

    workers = worker_count(PARALLEL_MIN_DOCS)
    if not workers:
        pytest.skip("one core: a rebuild runs no worker processes here")
    rows = [report_row(f"Họp tổ {i}", f"Nội dung công tác số {i}: dân vận, "
                       + ("kiểm tra thủy lợi." if i % 7 == 0 else "kinh tế xã hội."))
            for i in range(PARALLEL_MIN_DOCS + 100)]
    data = tmp_path / "big"
    with Archive(data) as archive:
        assert len(archive.import_paths([write_jsonl(rows)], index=False).imported) == len(rows)
    run = subprocess.Popen([str(bundle / "archive-app"), "--data-dir", str(data), "reindex"], cwd=home,
                           env=frozen_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # (pid, parent) of the processes started with the worker flag by this rebuild: only the app's own children
    # count, since another suite or app on the machine may be rebuilding with workers at the same time
    seen: set[tuple[str, str]] = set()
    while run.poll() is None:
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                args = cmdline.read_bytes().split(b"\0")
            except OSError:
                continue
            if FROZEN_FLAG.encode() in args and args[0].endswith(b"archive-app"):
                try:
                    ppid = (cmdline.parent / "stat").read_text().rsplit(")", 1)[1].split()[1]
                except OSError:
                    continue
                if ppid == str(run.pid):
                    seen.add((cmdline.parent.name, ppid))
        time.sleep(0.01)
    out, err = run.communicate()
    assert run.returncode == 0, err
    assert f"{len(rows)}" in out
    # the batch workers, then one that writes the merge's runs (parallel_build.write_parallel), each
    # a child of the rebuilding app
    assert len(seen) == workers + 1, (seen, run.pid)
    with Archive(data) as archive:
        assert archive.search("thuy loi").total == len(range(0, len(rows), 7))
        assert archive.search("dân vận").total == len(rows)


@linux_only
def test_frozen_window_starts_and_closes(bundle, home, tmp_path):
    """No command: the window opens (offscreen) on an empty archive and closes on SIGTERM."""
    data = tmp_path / "gui"
    process = subprocess.Popen([str(bundle / "archive-app"), "--data-dir", str(data)], cwd=home,
                               env=frozen_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None and not (data / "index").is_dir():
            time.sleep(0.2)
        time.sleep(1.5)                                        # the window's own start: index, first search
        assert process.poll() is None, process.communicate()
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    noise = "This plugin does not support propagateSizeHints()"   # the offscreen platform about itself
    problems = [line for line in err.splitlines() if line.strip() and line.strip() != noise]
    assert process.returncode == 0 and not problems, err


@linux_only
def test_bundle_holds_what_the_app_reads_and_nothing_big_besides(bundle):
    internal = bundle / "_internal"
    resources = internal / "archive_app" / "resources"
    assert {p.name for p in (resources / "translations").glob("*.qm")} == {"archive_app_vi.qm", "archive_app_en.qm"}
    assert (resources / "icons" / "app.svg").is_file()
    assert sorted(p.name for p in (resources / "sample").glob("*.txt")) == [p.name for p in sample_files()]
    migrations = internal / "archive_app" / "core" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0001_*.py"))
    assert list(internal.glob("archive_app*.*-info"))                       # the metadata: --version
    assert not list(internal.glob("libgtk*")) and not list(internal.glob("libcairo*"))   # GTK theme left out
    qt = internal / "PySide6"
    assert not (qt / "Qt" / "translations").exists()
    assert not list(qt.glob("QtNetwork*")) and not list(qt.glob("QtQml*"))
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                   "iconengines/libqsvgicon.so", "imageformats/libqsvg.so", "printsupport/libcupsprintersupport.so"):
        assert (qt / "Qt" / "plugins" / plugin).is_file(), plugin
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_MB * 1e6, f"{size / 1e6:.0f} MB"
    for name in ("applications/" + APP_ID + ".desktop", "metainfo/" + APP_ID + ".metainfo.xml",
                 "icons/hicolor/scalable/apps/" + APP_ID + ".svg", "icons/hicolor/256x256/apps/" + APP_ID + ".png"):
        assert (bundle / "share" / name).is_file(), name
    assert os.access(bundle / "install.sh", os.X_OK)


@linux_only
def test_bundled_desktop_files_validate(bundle):
    desktop_validate = need("desktop-file-validate", "desktop-file-utils")
    appstreamcli = need("appstreamcli", "appstream")
    desktop = bundle / "share" / "applications" / f"{APP_ID}.desktop"
    meta = bundle / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    run = subprocess.run([desktop_validate, str(desktop)], capture_output=True, text=True, check=False)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr
    run = subprocess.run([appstreamcli, "validate", "--no-net", str(meta)], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f'<release version="{VERSION}"' in meta.read_text(encoding="utf-8")


@linux_only
def test_install_script_puts_the_app_in_the_menu_and_takes_it_out(bundle, tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{bundle}/archive-app"' in entry.read_text(encoding="utf-8")
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    link = tmp_path / ".local" / "bin" / "archive-app"
    version = subprocess.run([str(link), "--version"], capture_output=True, text=True, env=frozen_env(tmp_path),
                             check=False)
    assert version.stdout.strip() == f"archive-app {VERSION}"          # works through the symlink
    if shutil.which("desktop-file-validate"):
        run = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
        assert run.returncode == 0 and not run.stdout.strip(), run.stdout
    subprocess.run(["sh", str(bundle / "install.sh"), "--remove"], env=env, check=True, capture_output=True)
    assert not entry.exists() and not link.exists()


# --- the committed packaging files (no build needed) -----------------------------------------------
@linux_only
def test_committed_desktop_files_validate():
    desktop = PACKAGING / "linux" / f"{APP_ID}.desktop"
    meta = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    run = subprocess.run([need("desktop-file-validate", "desktop-file-utils"), str(desktop)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr
    run = subprocess.run([need("appstreamcli", "appstream"), "validate", "--no-net", str(meta)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    text = desktop.read_text(encoding="utf-8")
    for key in ("Name", "Comment", "GenericName"):
        assert re.search(rf"^{key}=\S", text, re.MULTILINE) and re.search(rf"^{key}\[vi\]=\S", text, re.MULTILINE), key
    assert "Lưu trữ biên bản họp" in text
    meta_text = meta.read_text(encoding="utf-8")
    assert '<name xml:lang="vi">Lưu trữ biên bản họp</name>' in meta_text
    assert "<release " not in meta_text            # the version lives in pyproject.toml only


def test_version_comes_from_pyproject(capsys):
    import archive_app
    from archive_app.cli import main

    assert archive_app.__version__ == VERSION
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"archive-app {VERSION}"


def test_icons_were_generated_from_the_svg():
    from PySide6.QtGui import QImage

    icons = ROOT / "archive_app" / "resources" / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512):
        image = QImage(str(icons / f"app-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0     # transparent corner
    data = (icons / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert bits == 32 and offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_windows_installer_script_installs_per_user():
    raw = (PACKAGING / "windows" / "archive-app.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                # UTF-8 with BOM: Inno Setup reads Vietnamese
    text = raw.decode("utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert "{autoprograms}" in text and "{autopf}" in text
    for match in re.findall(r"^SetupIconFile=(.+)$", text, re.MULTILINE):
        assert (PACKAGING / "windows" / match.strip().replace("\\", "/")).resolve().is_file()
    spec = (PACKAGING / "archive-app.spec").read_text(encoding="utf-8")
    assert "archive-app-cli" in spec and "app.ico" in spec


def test_sample_reports_are_our_own_text():
    """The sample reports ship: none may share a sentence with the team's seed report (third-party text)."""
    from shared_paths import SEED

    def shingles(text: str, n: int = 10) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    seed = shingles(SEED.read_text(encoding="utf-8")) if SEED.exists() else set()
    for path in sample_files():
        text = path.read_text(encoding="utf-8")
        assert not shingles(text) & seed, path.name
        assert re.search(r"^(Sáng|Chiều|Tối) ngày \d\d/\d\d/\d{4}", text, re.MULTILINE), path.name
        assert "đồng chí" in text.lower()
