"""archive-app: a desktop archive of Vietnamese meeting reports."""


def _version() -> str:
    """The version is written in one place, pyproject.toml: read there in a source checkout, else from
    the installed package's metadata (which the frozen build bundles)."""
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (OSError, ValueError):
            project = {}
        if project.get("name") == "archive-app" and project.get("version"):
            return project["version"]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("archive-app")
    except PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str):
    """``__version__`` is read on first use: reading pyproject.toml (tomllib) or the package metadata
    costs every command's start-up, yet only --version, backups, exports and the window show it."""
    if name == "__version__":
        globals()["__version__"] = version = _version()
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
