"""Tables of the record store.

General and sensitive records live in separate tables; anonymous concerns have no customer column
at all; ignored traffic keeps metadata only. `outcomes` holds one row per event id whatever became
of it, which is what makes every write idempotent across tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID_LEN = 300


class Base(DeclarativeBase):
    pass


class CustomerRow(Base):
    __tablename__ = "customers"
    customer_ref: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenancy_ref: Mapped[str | None] = mapped_column(String(32), index=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="", index=True)
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    communication_needs: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CustomerIdentifier(Base):
    """Normalised identifiers: phone (E.164), email (lower-case), telegram (numeric id), tenancy."""

    __tablename__ = "customer_identifiers"
    __table_args__ = (
        UniqueConstraint("kind", "value", "customer_ref"),
        Index("ix_identifier_lookup", "kind", "value"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_ref: Mapped[str] = mapped_column(ForeignKey("customers.customer_ref", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(320))


class Outcome(Base):
    """Which table each event id went to; the idempotency key of the whole store."""

    __tablename__ = "outcomes"
    event_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    stored_in: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class _RecordColumns:
    """Columns shared by the tables that keep a summary of the contact."""

    event_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), index=True)
    direction: Mapped[str] = mapped_column(String(8))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    category: Mapped[str | None] = mapped_column(String(16), index=True)
    hazard: Mapped[str | None] = mapped_column(String(16))
    method: Mapped[str] = mapped_column(String(100))
    subjects: Mapped[list[str]] = mapped_column(JSON)
    actions: Mapped[list[str]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text)
    deadlines: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(String(100))
    rules_version: Mapped[str | None] = mapped_column(String(32))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ContactRecord(_RecordColumns, Base):
    __tablename__ = "contact_records"
    customer_ref: Mapped[str] = mapped_column(ForeignKey("customers.customer_ref"), index=True)
    thread_id: Mapped[str | None] = mapped_column(String(300))


class SensitiveRecord(_RecordColumns, Base):
    """ASB and safeguarding: read only through `store.SensitiveAccess` (need-to-know, audited)."""

    __tablename__ = "sensitive_records"
    customer_ref: Mapped[str] = mapped_column(ForeignKey("customers.customer_ref"), index=True)
    thread_id: Mapped[str | None] = mapped_column(String(300))


class AnonymousConcern(_RecordColumns, Base):
    """A concern whose reporter asked for anonymity. Deliberately no customer or sender column."""

    __tablename__ = "anonymous_concerns"
    sensitive: Mapped[bool] = mapped_column(Boolean)


class ReviewItem(_RecordColumns, Base):
    """A genuine contact not tied to exactly one customer, waiting for staff to link it."""

    __tablename__ = "review_queue"
    sensitive: Mapped[bool] = mapped_column(Boolean)
    sender: Mapped[dict[str, Any]] = mapped_column(JSON)
    candidates: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    linked_customer_ref: Mapped[str | None] = mapped_column(String(32))


class IgnoredContact(Base):
    """Metadata only: never the content or the sender."""

    __tablename__ = "ignored_contacts"
    event_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ConnectorState(Base):
    __tablename__ = "connector_state"
    connector: Mapped[str] = mapped_column(String(64), primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    event_id: Mapped[str | None] = mapped_column(String(ID_LEN))
    customer_ref: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
