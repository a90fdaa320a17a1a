"""Reports read from scans: which OCR engine and languages, the mean word confidence, and the
searchable PDF kept beside the original (a file of the content-addressed store, by sha256).

Revision ID: 0003_ocr
Revises: 0002_near_duplicates
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_ocr"
down_revision = "0002_near_duplicates"
branch_labels = None
depends_on = None

_COLUMNS = (("ocr_engine", sa.String(120)), ("ocr_languages", sa.String(60)), ("ocr_confidence", sa.Float()),
            ("ocr_pdf_sha256", sa.String(64)))


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("report", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report") as batch:
        for name, _ in reversed(_COLUMNS):
            batch.drop_column(name)
