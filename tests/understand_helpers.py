"""Small readers of the parser's output that the understand tests share."""

from archive_app.core.understand import understand
from archive_app.core.understand.persons import find_persons


def names(text: str) -> list[str]:
    """The names ``find_persons`` finds in ``text``, in order."""
    return [p.name for p in find_persons(text)]


def roles(text: str) -> dict[str, str]:
    """Name -> role of every person ``understand`` finds in ``text``."""
    return {p.name: p.role for p in understand(text).persons}
