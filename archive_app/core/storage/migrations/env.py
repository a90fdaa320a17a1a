"""Alembic environment: migrations run on the connection handed over by storage.db.upgrade."""
from alembic import context

from archive_app.core.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used from storage.db
    raise RuntimeError("archive-app migrations run through archive_app.core.storage.db.upgrade")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
