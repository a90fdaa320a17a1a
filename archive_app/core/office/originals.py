"""Originals of an office archive: their bytes in the ``original_blob`` table, content-addressed.

An import writes a report and its original in the same transaction (``insert`` on the import's own
connection), so a committed report always has its original and one database backup holds both.
Offers what the import writer, reading and checking use of the file store (storage.originals).
"""
from __future__ import annotations

import hashlib

from sqlalchemy import Engine, func, select

from ..errors import NotFound
from ..storage.dialect import DriverSql
from ..storage.reports import now
from ..storage.schema import OriginalBlobRow

_ORIGINAL = "INSERT INTO original (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
_BLOB = "INSERT INTO original_blob (sha256, data) VALUES (?, ?) ON CONFLICT DO NOTHING"


class DatabaseOriginals:
    in_database = True

    def __init__(self, engine: Engine):
        self.engine = engine

    def insert(self, db, raw: bytes) -> str:
        """Store ``raw`` in the open transaction of ``db`` (``?``-style execute); returns its sha256.
        Two desks storing the same bytes at once: the second waits for the first and keeps its row."""
        digest = hashlib.sha256(raw).hexdigest()
        db.execute(_ORIGINAL, (digest, len(raw), now()))
        db.execute(_BLOB, (digest, raw))
        return digest

    def put(self, data: bytes) -> str:
        """Store ``data`` in a transaction of its own (an original record with it)."""
        with self.engine.begin() as conn:
            return self.insert(DriverSql(conn), data)

    def get(self, sha256: str) -> bytes:
        with self.engine.connect() as conn:
            data = conn.scalar(select(OriginalBlobRow.data).where(OriginalBlobRow.sha256 == sha256))
        if data is None:
            raise NotFound(f"Không có tệp gốc {sha256[:12]}… trong kho", f"No original {sha256[:12]}… in the archive")
        return bytes(data)

    def verify(self, sha256: str) -> bool:
        try:
            return hashlib.sha256(self.get(sha256)).hexdigest() == sha256
        except NotFound:
            return False

    def size(self, sha256: str) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.octet_length(OriginalBlobRow.data))
                               .where(OriginalBlobRow.sha256 == sha256)) or 0

    def stored(self) -> set[str]:
        """The sha256 of every original whose bytes are in the database."""
        with self.engine.connect() as conn:
            return set(conn.scalars(select(OriginalBlobRow.sha256)))

    def remove(self, sha256: str) -> None:
        """Nothing to do: the bytes went with their ``original`` row (ON DELETE CASCADE)."""

    # The file store's staging steps have nothing to do here: the bytes are in the transaction.
    def clear_staging(self) -> None:
        pass

    def publish(self, staged) -> None:
        pass

    def discard(self, staged) -> None:
        pass

