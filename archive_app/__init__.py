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


__version__ = _version()
