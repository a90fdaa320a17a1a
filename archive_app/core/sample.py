"""The sample archive: eight fictional meeting reports written for archive-app, to try search, tags and
printing before importing anything real.

The sample never goes into the user's archive. It is an archive of its own in a folder beside the
user's data folder (``<data folder>-mau``), marked by ``sample-archive.json``, which also records
whose sample it is so that the window can say "this is the sample" and offer the way back.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

MARKER = "sample-archive.json"
SUFFIX = "-mau"                     # "mẫu": sample

# Tags given to the sample reports (by file name), so that tag filters have something to show
# (``Archive.import_sample`` imports and tags them).
SAMPLE_TAGS: dict[str, tuple[str, ...]] = {
    "01-giao-ban-dan-van-quy-1-2023.txt": ("dân vận", "giao ban"),
    "02-phong-chong-thien-tai-2023.txt": ("phòng chống thiên tai",),
    "03-so-ket-6-thang-2023.txt": ("xây dựng Đảng", "sơ kết"),
    "04-chuyen-doi-so-de-an-06-2023.txt": ("chuyển đổi số", "cải cách hành chính"),
    "05-giao-ban-an-ninh-trat-tu-thang-11-2023.txt": ("an ninh trật tự", "giao ban"),
    "06-mat-tran-tong-ket-nam-2023.txt": ("dân vận", "tổng kết"),
    "07-chi-bo-khu-pho-3-thang-01-2024.txt": ("xây dựng Đảng",),
    "08-thang-thanh-nien-2024.txt": ("chuyển đổi số", "dân vận"),
}


def sample_folder() -> Path:
    """The folder of sample reports shipped inside the package (also inside the frozen app)."""
    return Path(str(resources.files("archive_app"))) / "resources" / "sample"


def sample_files() -> list[Path]:
    """The sample reports, in order."""
    return sorted(sample_folder().glob("*.txt"))


def is_sample(data_dir: str | Path) -> bool:
    return (Path(data_dir) / MARKER).is_file()


def home_of(data_dir: str | Path) -> Path | None:
    """The user's data folder a sample archive belongs to, or None if ``data_dir`` is not a sample."""
    try:
        info = json.loads((Path(data_dir) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    home = info.get("sample_of") if isinstance(info, dict) else None
    return Path(home) if home else None


def sample_dir_for(data_dir: str | Path) -> Path:
    """Where the sample of the archive in ``data_dir`` lives: beside it, never inside it.

    A folder of that name that is not a sample archive and not empty is left alone: the next free
    name ("-mau-2", "-mau-3" …) is taken instead.
    """
    data_dir = Path(data_dir)
    base = data_dir.with_name(data_dir.name + SUFFIX) if data_dir.name else data_dir / f"archive-app{SUFFIX}"
    candidate, n = base, 1
    while candidate.exists() and not is_sample(candidate) and (not candidate.is_dir() or any(candidate.iterdir())):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def prepare(data_dir: str | Path) -> Path:
    """Create (or find) the sample folder of the archive in ``data_dir`` and return it."""
    data_dir = Path(data_dir)
    target = sample_dir_for(data_dir)
    target.mkdir(parents=True, exist_ok=True)
    marker = target / MARKER
    if not marker.is_file():
        info = {"sample_of": str(data_dir), "about": "archive-app sample archive; safe to delete"}
        marker.write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target

