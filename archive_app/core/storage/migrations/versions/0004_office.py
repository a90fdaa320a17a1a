"""The office archive (DESIGN §10): change feed instead of the index queue, originals' bytes in the
database (used on PostgreSQL), one live report per text enforced by a unique index, an archive id.

Revision ID: 0004_office
Revises: 0003_ocr
"""
import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_office"
down_revision = "0003_ocr"
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("report_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("changed_by", sa.Text, nullable=False),
    )
    op.create_index("ix_change_log_seq", "change_log", ["seq"])
    op.create_index("ix_change_log_report_id", "change_log", ["report_id"])
    if bind.dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE change_seq")
    # What the old queue still held becomes the feed's first change (a desk starts at 0).
    op.execute(sa.text("INSERT INTO change_log (seq, report_id, action, changed_at, changed_by) "
                       "SELECT 1, report_id, 'queued', :now, 'migration' FROM index_queue").bindparams(now=now))
    op.drop_table("index_queue")
    op.create_table(
        "original_blob",
        sa.Column("sha256", sa.String(64), sa.ForeignKey("original.sha256", ondelete="CASCADE"), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    # Live reports sharing a text (restored from the trash after a re-import) would break the unique
    # index: the newer copies go to the trash (restorable, nothing deleted) and into the feed.
    dupes = [r[0] for r in bind.execute(sa.text(
        "SELECT id FROM report r WHERE deleted_at IS NULL AND EXISTS (SELECT 1 FROM report o "
        "WHERE o.text_sha256 = r.text_sha256 AND o.deleted_at IS NULL AND o.id < r.id)"))]
    for rid in dupes:
        bind.execute(sa.text("UPDATE report SET deleted_at = :now, revision = revision + 1 WHERE id = :id"),
                     {"now": now, "id": rid})
        bind.execute(sa.text("INSERT INTO change_log (seq, report_id, action, changed_at, changed_by) "
                             "VALUES (1, :id, 'trash', :now, 'migration')"), {"id": rid, "now": now})
    op.create_index("uq_report_live_text", "report", ["text_sha256"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)
    op.execute(sa.text("INSERT INTO meta (key, value) VALUES ('archive_id', :v)").bindparams(v=uuid.uuid4().hex))


def downgrade() -> None:
    bind = op.get_bind()
    op.execute("DELETE FROM meta WHERE key = 'archive_id'")
    op.drop_index("uq_report_live_text", "report")
    op.drop_table("original_blob")
    op.create_table("index_queue", sa.Column("report_id", sa.Integer, primary_key=True, autoincrement=False))
    op.drop_table("change_log")
    if bind.dialect.name == "postgresql":
        op.execute("DROP SEQUENCE change_seq")
