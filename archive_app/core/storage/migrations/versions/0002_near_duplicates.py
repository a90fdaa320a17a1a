"""Sketches of each report's text for near-duplicate detection (bottom-k MinHash).

Revision ID: 0002_near_duplicates
Revises: 0001_initial
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_near_duplicates"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_sketch",
        # crc32 values reach 2**32: 64-bit on PostgreSQL (SQLite's INTEGER is 64-bit either way)
        sa.Column("hash", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_report_sketch_report_id", "report_sketch", ["report_id"])


def downgrade() -> None:
    op.drop_table("report_sketch")
