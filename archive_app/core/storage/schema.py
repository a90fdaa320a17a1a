"""SQLAlchemy table models: the archive's single source of truth (DESIGN.md §3)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String,
                        Text, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ReportRow(Base):
    __tablename__ = "report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    meeting_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    meeting_kind: Mapped[str | None] = mapped_column(String(80), index=True)
    organisation: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str | None] = mapped_column(Text)
    keywords: Mapped[str | None] = mapped_column(Text)          # document codes, one per line
    source_format: Mapped[str | None] = mapped_column(String(20))
    source_name: Mapped[str | None] = mapped_column(Text)
    source_ref: Mapped[str | None] = mapped_column(Text)        # the source's own id (JSON Lines "id")
    original_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("original.sha256"))
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    similar_to: Mapped[int | None] = mapped_column(Integer)     # near-duplicate of this report id
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer, default=1)   # bumped on every change; the index keeps it
    # read by OCR from a scan (NULL otherwise): engine, languages ("vie+eng"), mean word confidence
    # 0–100, and the searchable PDF OCRmyPDF made, kept in the originals store (sha256, an ``original`` row)
    ocr_engine: Mapped[str | None] = mapped_column(String(120))
    ocr_languages: Mapped[str | None] = mapped_column(String(60))
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    ocr_pdf_sha256: Mapped[str | None] = mapped_column(String(64))

    persons: Mapped[list[ReportPersonRow]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportPersonRow.position")
    tags: Mapped[list[TagRow]] = relationship(secondary="report_tag", back_populates="reports")


class OriginalRow(Base):
    __tablename__ = "original"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PersonRow(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, unique=True)    # normalized, lower-case: the identity
    name_fold: Mapped[str] = mapped_column(Text, index=True)    # folded: for search and completion

    mentions: Mapped[list[ReportPersonRow]] = relationship(back_populates="person")


class ReportPersonRow(Base):
    __tablename__ = "report_person"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)
    role: Mapped[str] = mapped_column(Text, default="")
    is_chair: Mapped[bool] = mapped_column(Boolean, default=False)
    is_author: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    report: Mapped[ReportRow] = relationship(back_populates="persons")
    person: Mapped[PersonRow] = relationship(back_populates="mentions")


class TagRow(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, unique=True)
    name_fold: Mapped[str] = mapped_column(Text, index=True)
    colour: Mapped[str | None] = mapped_column(String(16))

    reports: Mapped[list[ReportRow]] = relationship(secondary="report_tag", back_populates="tags")


class ReportTagRow(Base):
    __tablename__ = "report_tag"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)


class ChangeRow(Base):
    """The change feed (storage.feed): one row per report changed by a commit, all rows of one commit
    under one new sequence number. Desks bring their search index up to date from it; kept, it is
    also the record of who changed what and when. A purged report keeps its rows (a tombstone)."""
    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    report_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(Text)


class OriginalBlobRow(Base):
    """The bytes of an original, in an office archive (PostgreSQL): one transaction holds a report
    with its original, and one database backup holds everything. A local archive keeps files."""
    __tablename__ = "original_blob"

    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("original.sha256", ondelete="CASCADE"),
                                        primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ReportSketchRow(Base):
    """One of the k smallest shingle hashes of a report's text (near-duplicate detection)."""
    __tablename__ = "report_sketch"

    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_report_live_date", ReportRow.deleted_at, ReportRow.meeting_date)
# One live report per text: two imports of the same file at once (two desks) end with one report,
# decided by the database, not by a look before the insert.
_LIVE = text("deleted_at IS NULL")
Index("uq_report_live_text", ReportRow.text_sha256, unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)
