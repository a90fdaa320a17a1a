"""The first schema: reports, originals, persons, tags, index queue, meta.

Revision ID: 0001_initial
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "original",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("stored_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "report",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("meeting_date", sa.Date),
        sa.Column("meeting_kind", sa.String(80)),
        sa.Column("organisation", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("summary", sa.Text),
        sa.Column("keywords", sa.Text),
        sa.Column("source_format", sa.String(20)),
        sa.Column("source_name", sa.Text),
        sa.Column("source_ref", sa.Text),
        sa.Column("original_sha256", sa.String(64), sa.ForeignKey("original.sha256")),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("similar_to", sa.Integer),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime),
        sa.Column("notes", sa.Text),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_index("ix_report_meeting_date", "report", ["meeting_date"])
    op.create_index("ix_report_meeting_kind", "report", ["meeting_kind"])
    op.create_index("ix_report_deleted_at", "report", ["deleted_at"])
    op.create_index("ix_report_text_sha256", "report", ["text_sha256"])
    op.create_index("ix_report_live_date", "report", ["deleted_at", "meeting_date"])
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("full_name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False, unique=True),
        sa.Column("name_fold", sa.Text, nullable=False),
    )
    op.create_index("ix_person_name_fold", "person", ["name_fold"])
    op.create_table(
        "report_person",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("is_chair", sa.Boolean, nullable=False),
        sa.Column("is_author", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_report_person_person_id", "report_person", ["person_id"])
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False, unique=True),
        sa.Column("name_fold", sa.Text, nullable=False),
        sa.Column("colour", sa.String(16)),
    )
    op.create_index("ix_tag_name_fold", "tag", ["name_fold"])
    op.create_table(
        "report_tag",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_report_tag_tag_id", "report_tag", ["tag_id"])
    op.create_table("index_queue", sa.Column("report_id", sa.Integer, primary_key=True))
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("meta", "index_queue", "report_tag", "tag", "report_person", "person", "report", "original"):
        op.drop_table(table)
