"""Reading the record store. Sensitive records are reachable only through `read_sensitive`, which
requires a named reader and leaves an audit entry for every read (need-to-know access)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from recorder.models import (
    AnonymousConcern,
    AuditEntry,
    ContactRecord,
    IgnoredContact,
    Outcome,
    ReviewItem,
    SensitiveRecord,
)

_SUMMARY = (
    "event_id",
    "channel",
    "direction",
    "occurred_at",
    "category",
    "hazard",
    "method",
    "subjects",
    "actions",
    "summary",
    "deadlines",
    "rule",
    "rules_version",
)


def _row(obj: Any, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    out = {k: getattr(obj, k) for k in (*_SUMMARY, *extra)}
    out["occurred_at"] = out["occurred_at"].isoformat()
    return out


async def read_records(session: AsyncSession, customer_ref: str, limit: int = 100) -> list[dict[str, Any]]:
    rows = await session.scalars(
        select(ContactRecord)
        .where(ContactRecord.customer_ref == customer_ref)
        .order_by(ContactRecord.occurred_at.desc())
        .limit(limit)
    )
    return [_row(r, ("customer_ref",)) for r in rows]


async def read_sensitive(
    session: AsyncSession, customer_ref: str, reader: str, purpose: str, limit: int = 100
) -> list[dict[str, Any]]:
    if not reader.strip() or not purpose.strip():
        raise PermissionError("a named reader and a purpose are required to read sensitive records")
    rows = await session.scalars(
        select(SensitiveRecord)
        .where(SensitiveRecord.customer_ref == customer_ref)
        .order_by(SensitiveRecord.occurred_at.desc())
        .limit(limit)
    )
    out = [_row(r, ("customer_ref",)) for r in rows]
    session.add(
        AuditEntry(
            at=datetime.now(UTC),
            actor=reader[:100],
            action="read:sensitive_records",
            event_id=None,
            customer_ref=customer_ref,
            detail=f"{len(out)} rows; purpose: {purpose[:200]}",
        )
    )
    return out


async def read_review(session: AsyncSession, include_sensitive: bool, limit: int = 100) -> list[dict[str, Any]]:
    q = select(ReviewItem).where(ReviewItem.status == "open")
    if not include_sensitive:
        q = q.where(ReviewItem.sensitive.is_(False))
    rows = await session.scalars(q.order_by(ReviewItem.occurred_at.desc()).limit(limit))
    return [_row(r, ("candidates", "sender", "sensitive")) for r in rows]


async def counts(session: AsyncSession) -> dict[str, int]:
    """Rows per table. `outcomes` is counted first: every table row it covers was committed with it."""
    out: dict[str, int] = {}
    for model in (Outcome, ContactRecord, SensitiveRecord, AnonymousConcern, ReviewItem, IgnoredContact):
        out[model.__tablename__] = int(await session.scalar(select(func.count()).select_from(model)) or 0)
    return out
