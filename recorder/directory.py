"""The customer directory: CSV import (idempotent upsert by customer_ref) and loading for the router."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from recorder.models import CustomerIdentifier, CustomerRow
from recorder.store import insert_ignore
from schemas import Customer

REQUIRED_COLUMNS = {"customer_ref"}


class DirectoryError(ValueError):
    pass


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split(";") if v.strip())


def parse_csv(lines: Iterable[str], source: str = "<csv>") -> tuple[list[Customer], list[str]]:
    """Rows → customers; a bad row is reported as `source:line: reason` and skipped."""
    reader = csv.DictReader(lines)
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or ())
    if missing:
        raise DirectoryError(f"{source}:1: missing column(s): {', '.join(sorted(missing))}")
    customers: list[Customer] = []
    errors: list[str] = []
    for row in reader:
        line = reader.line_num
        try:
            customers.append(
                Customer(
                    customer_ref=row.get("customer_ref") or "",
                    tenancy_ref=row.get("tenancy_ref") or None,
                    full_name=(row.get("full_name") or "").strip(),
                    phones=_split(row.get("phones")),
                    emails=_split(row.get("emails")),
                    telegram_ids=_split(row.get("telegram_ids")),
                    address=(row.get("address") or "").strip(),
                    postcode=row.get("postcode") or "",
                    preferred_channel=(row.get("preferred_channel") or "").strip() or None,
                    communication_needs=(row.get("communication_needs") or "").strip() or None,
                )
            )
        except ValidationError as exc:
            err = exc.errors()[0]
            errors.append(f"{source}:{line}: {'.'.join(map(str, err['loc']))}: {err['msg']}")
    return customers, errors


def _identifiers(c: Customer) -> list[dict[str, str]]:
    rows = [{"customer_ref": c.customer_ref, "kind": "phone", "value": p} for p in c.phones]
    rows += [{"customer_ref": c.customer_ref, "kind": "email", "value": e} for e in c.emails]
    rows += [{"customer_ref": c.customer_ref, "kind": "telegram", "value": t} for t in c.telegram_ids]
    if c.tenancy_ref:
        rows.append({"customer_ref": c.customer_ref, "kind": "tenancy", "value": c.tenancy_ref})
    return rows


async def upsert(session: AsyncSession, customers: Sequence[Customer]) -> int:
    """Insert or refresh customers and replace their identifiers; idempotent."""
    now = datetime.now(UTC)
    for start in range(0, len(customers), 500):
        chunk = customers[start : start + 500]
        refs = [c.customer_ref for c in chunk]
        existing = {
            r.customer_ref: r
            for r in (await session.scalars(select(CustomerRow).where(CustomerRow.customer_ref.in_(refs)))).all()
        }
        for c in chunk:
            row = existing.get(c.customer_ref) or CustomerRow(customer_ref=c.customer_ref)
            row.tenancy_ref = c.tenancy_ref
            row.full_name = c.full_name
            row.address = c.address
            row.postcode = c.postcode
            row.preferred_channel = c.preferred_channel
            row.communication_needs = c.communication_needs
            row.updated_at = now
            session.add(row)
        await session.flush()
        await session.execute(delete(CustomerIdentifier).where(CustomerIdentifier.customer_ref.in_(refs)))
        ids = [i for c in chunk for i in _identifiers(c)]
        if ids:
            await session.execute(insert_ignore(session, CustomerIdentifier.__table__), ids)  # type: ignore[arg-type]
    return len(customers)


async def load(session: AsyncSession) -> list[Customer]:
    rows = (await session.scalars(select(CustomerRow))).all()
    ids: dict[str, dict[str, list[str]]] = {}
    for ident in (await session.scalars(select(CustomerIdentifier))).all():
        ids.setdefault(ident.customer_ref, {}).setdefault(ident.kind, []).append(ident.value)
    out = []
    for r in rows:
        mine = ids.get(r.customer_ref, {})
        out.append(
            Customer(
                customer_ref=r.customer_ref,
                tenancy_ref=r.tenancy_ref,
                full_name=r.full_name,
                phones=tuple(mine.get("phone", ())),
                emails=tuple(mine.get("email", ())),
                telegram_ids=tuple(mine.get("telegram", ())),
                address=r.address,
                postcode=r.postcode,
                preferred_channel=r.preferred_channel,
                communication_needs=r.communication_needs,
            )
        )
    return out


async def version(session: AsyncSession) -> str:
    """Changes whenever the directory does; lets the router reload only when needed."""
    count, latest = (await session.execute(select(func.count(), func.max(CustomerRow.updated_at)))).one()
    return f"{count}:{latest.isoformat() if latest else '-'}"
