"""Idempotent, batched writes of routed contacts: one transaction per consumed batch.

Each event id is claimed in `outcomes` first (insert-or-ignore, returning what was new); only the
newly claimed ids are written to their table, so a replay — or a replay decided differently after
a rules change — never stores a contact twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
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
from schemas import Action, RoutedRecord

SYSTEM = "recorder"


def insert_ignore(session: AsyncSession, table: Table) -> Any:
    """`INSERT ... ON CONFLICT DO NOTHING` in the session's dialect."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)).on_conflict_do_nothing()


def target_of(item: RoutedRecord) -> str:
    d = item.decision
    if d.action is Action.RECORD:
        return SensitiveRecord.__tablename__ if d.sensitive else ContactRecord.__tablename__
    if d.action is Action.ANONYMOUS:
        return AnonymousConcern.__tablename__
    if d.action is Action.REVIEW:
        return ReviewItem.__tablename__
    return IgnoredContact.__tablename__


def _summary_columns(item: RoutedRecord, now: datetime) -> dict[str, Any]:
    e, d = item.event, item.decision
    s = d.summary
    return {
        "event_id": e.id,
        "channel": e.channel.value,
        "direction": e.direction.value,
        "occurred_at": e.occurred_at,
        "category": d.category.value if d.category else None,
        "hazard": d.hazard.value if d.hazard else None,
        "method": s.method if s else "",
        "subjects": list(s.subjects) if s else [],
        "actions": list(s.actions) if s else [],
        "summary": s.text if s else "",
        "deadlines": d.deadlines.model_dump(mode="json", exclude_none=True) if d.deadlines else None,
        "reason": d.reason,
        "rule": d.rule,
        "rules_version": d.rules_version,
        "recorded_at": now,
    }


def row_for(item: RoutedRecord, table: str, now: datetime) -> dict[str, Any]:
    e, d = item.event, item.decision
    if table == IgnoredContact.__tablename__:
        return {
            "event_id": e.id,
            "channel": e.channel.value,
            "occurred_at": e.occurred_at,
            "reason": d.reason,
            "recorded_at": now,
        }
    row = _summary_columns(item, now)
    if table in (ContactRecord.__tablename__, SensitiveRecord.__tablename__):
        row |= {"customer_ref": d.customer_ref, "thread_id": e.thread_id}
    elif table == AnonymousConcern.__tablename__:
        row |= {"sensitive": d.sensitive, "reason": "reporter asked for anonymity"}
    else:
        row |= {
            "sensitive": d.sensitive,
            "candidates": list(d.candidates),
            "status": "open",
            "sender": e.from_.model_dump(exclude_none=True),
        }
    return row


_TABLES: dict[str, Table] = {
    m.__tablename__: m.__table__  # type: ignore[misc]
    for m in (ContactRecord, SensitiveRecord, AnonymousConcern, ReviewItem, IgnoredContact)
}


async def write_batch(session: AsyncSession, items: Sequence[RoutedRecord]) -> Counter[tuple[str, str]]:
    """Store a batch in the caller's transaction; returns how many new rows per (table, channel)."""
    now = datetime.now(UTC)
    unique: dict[str, RoutedRecord] = {}
    for item in items:
        unique.setdefault(item.event.id, item)
    if not unique:
        return Counter()
    claims = [{"event_id": i, "stored_in": target_of(it), "recorded_at": now} for i, it in unique.items()]
    stmt = insert_ignore(session, Outcome.__table__).returning(Outcome.__table__.c.event_id)  # type: ignore[arg-type]
    claimed = set((await session.execute(stmt, claims)).scalars())
    by_table: dict[str, list[dict[str, Any]]] = {}
    audit: list[dict[str, Any]] = []
    for event_id in claimed:
        item = unique[event_id]
        table = target_of(item)
        by_table.setdefault(table, []).append(row_for(item, table, now))
        if table in (SensitiveRecord.__tablename__, AnonymousConcern.__tablename__):
            audit.append(
                {
                    "at": now,
                    "actor": SYSTEM,
                    "action": f"stored:{table}",
                    "event_id": event_id,
                    "customer_ref": item.decision.customer_ref if table == SensitiveRecord.__tablename__ else None,
                    "detail": item.decision.category.value if item.decision.category else "",
                }
            )
    for table, rows in by_table.items():
        await session.execute(insert_ignore(session, _TABLES[table]), rows)
    if audit:
        await session.execute(AuditEntry.__table__.insert(), audit)  # type: ignore[attr-defined]
    return Counter((t, row["channel"]) for t, rows in by_table.items() for row in rows)
