"""Import pipeline: files, folders and JSON Lines into the archive, one transaction per item."""
from .pipeline import Importer, expand, text_sha256

__all__ = ["Importer", "expand", "text_sha256"]
