"""Build the installable app: compile the translations, run PyInstaller (one folder), add the desktop
files, then pack it (Linux: a .tar.gz to unpack; Windows: the Inno Setup installer, if ISCC is there).

    .venv/bin/python packaging/build.py [--dist DIST] [--work WORK] [--no-pack]

Result: DIST/archive-app/ (the program folder), and DIST/archive-app-<version>-linux-<arch>.tar.gz or
DIST/archive-app-<version>-windows-setup.exe. The version is pyproject.toml's. Needs the test extras
(`pip install -e ".[test]"`, which brings PyInstaller); on Linux the icons and metadata are checked
with desktop-file-validate and appstreamcli when they are installed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "archive-app.spec"
APP_ID = "org.archiveapp.ArchiveApp"
ICONS = ROOT / "archive_app" / "resources" / "icons"
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256, 512)
WINDOWS = sys.platform == "win32"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def qt_tool(name: str) -> str:
    """pyside6-<name> of this Python's environment (Scripts\\ on Windows), else the one on PATH."""
    scripts = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(scripts)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"build.py: pyside6-{name} not found (is PySide6 installed in this environment?)")
    return found


def compile_translations(out: Path) -> list[Path]:
    """The .qm catalogues from resources/translations/*.ts, as update.sh makes them, into ``out``."""
    ts = ROOT / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    lrelease = qt_tool("lrelease")
    jobs = {"archive_app_vi.qm": [ts / "archive_app_vi.ts", ts / "qt_vi.ts"],
            "archive_app_en.qm": [ts / "archive_app_en.ts"]}
    made = []
    for name, sources in jobs.items():
        subprocess.run([lrelease, "-silent", *map(str, sources), "-qm", str(out / name)], check=True)
        made.append(out / name)
    return made


def ensure_icons() -> None:
    sys.path.insert(0, str(HERE))
    try:
        import make_icons
    finally:
        sys.path.remove(str(HERE))
    if make_icons.missing():
        for path in make_icons.make_icons():
            print("build.py: regenerated", path.relative_to(ROOT))


def run_pyinstaller(dist: Path, work: Path, qm_dir: Path) -> Path:
    env = dict(os.environ, ARCHIVE_APP_QM_DIR=str(qm_dir))
    subprocess.run([sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
                    "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"],
                   check=True, cwd=ROOT, env=env)
    return dist / "archive-app"


def metainfo_with_release(text: str, ver: str, day: dt.date) -> str:
    """The metainfo of the bundle: the committed file plus this release (the version lives only in
    pyproject.toml)."""
    release = f'  <releases>\n    <release version="{ver}" date="{day.isoformat()}"/>\n  </releases>\n\n'
    marker = "  <content_rating"
    if "<releases>" in text or marker not in text:
        return text
    return text.replace(marker, release + marker, 1)


def add_linux_files(app: Path, ver: str) -> None:
    """share/ (desktop entry, metainfo, hicolor icons) and install.sh beside the executable."""
    linux = HERE / "linux"
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    meta = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo_with_release(meta, ver, dt.date.today()), encoding="utf-8")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "app.svg", scalable / f"{APP_ID}.svg")
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"app-{size}.png", folder / f"{APP_ID}.png")
    shutil.copy2(linux / "install.sh", app / "install.sh")
    os.chmod(app / "install.sh", 0o755)


def validate_linux_files(app: Path) -> None:
    """Run the validators when they are installed (the test suite insists on them)."""
    desktop = app / "share" / "applications" / f"{APP_ID}.desktop"
    meta = app / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    for tool, args in (("desktop-file-validate", [str(desktop)]),
                       ("appstreamcli", ["validate", "--no-net", str(meta)])):
        if shutil.which(tool):
            subprocess.run([tool, *args], check=True, stdout=subprocess.DEVNULL)
        else:
            print(f"build.py: {tool} not installed; {args[-1]} not validated", file=sys.stderr)


def pack_linux(app: Path, dist: Path, ver: str) -> Path:
    target = dist / f"archive-app-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=f"archive-app-{ver}")
    return target


def pack_windows(app: Path, dist: Path, ver: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC") or next(
        (str(p) for p in (Path(os.environ.get(v, "")) / "Inno Setup 6" / "ISCC.exe"
                          for v in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")) if p.is_file()), None)
    if not iscc:
        print("build.py: Inno Setup (ISCC.exe) not found; the program folder is built, the installer is not",
              file=sys.stderr)
        return None
    subprocess.run([iscc, "/Q", f"/DAppVersion={ver}", f"/DBundleDir={app}", f"/O{dist}",
                    str(HERE / "windows" / "archive-app.iss")], check=True)
    return dist / f"archive-app-{ver}-windows-setup.exe"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, pack: bool = True) -> Path:
    """Build into ``dist``; returns the program folder."""
    started = time.monotonic()
    ver = version()
    qm_dir = work / "translations"
    compile_translations(qm_dir)
    ensure_icons()
    app = run_pyinstaller(dist, work / "pyinstaller", qm_dir)
    packed = None
    if not WINDOWS:
        add_linux_files(app, ver)
        validate_linux_files(app)
        if pack:
            packed = pack_linux(app, dist, ver)
    elif pack:
        packed = pack_windows(app, dist, ver)
    print(f"build.py: archive-app {ver} in {app} ({folder_size(app) / 1e6:.0f} MB, "
          f"{time.monotonic() - started:.0f} s)" + (f"; {packed}" if packed else ""))
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder (default: build/)")
    parser.add_argument("--no-pack", action="store_true", help="build the folder only: no .tar.gz / installer")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve(), pack=not args.no_pack)
    return 0


if __name__ == "__main__":
    sys.exit(main())
