"""Cursor store: one opaque string per connector, saved only after the broker confirmed the page.

The `connector_state` table belongs to the record store's migrations; this module only reads and
writes its two columns, so connectors stay independent of the recorder package.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import DateTime, String, Text, column, select, table, update
from sqlalchemy.ext.asyncio import async_sessionmaker

_state = table(
    "connector_state",
    column("connector", String),
    column("cursor", Text),
    column("updated_at", DateTime(timezone=True)),
)


class Cursors(Protocol):
    async def get(self, connector: str) -> str | None: ...
    async def set(self, connector: str, cursor: str) -> None: ...


class SqlCursors:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get(self, connector: str) -> str | None:
        async with self._sessions() as s:
            value = await s.scalar(select(_state.c.cursor).where(_state.c.connector == connector))
            return str(value) if value is not None else None

    async def set(self, connector: str, cursor: str) -> None:
        now = datetime.now(UTC)
        async with self._sessions.begin() as s:
            done = await s.execute(
                update(_state).where(_state.c.connector == connector).values(cursor=cursor, updated_at=now)
            )
            if done.rowcount == 0:
                await s.execute(_state.insert().values(connector=connector, cursor=cursor, updated_at=now))
