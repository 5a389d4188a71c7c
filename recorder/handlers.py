"""The live recorder: batches from `contacts.routed` → one transaction → acked by the bus."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import structlog
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import async_sessionmaker

from recorder import metrics
from recorder.store import write_batch
from schemas import DeadLetter, RoutedRecord
from schemas.subjects import MSG_ID_HEADER

log = structlog.get_logger("recorder")

DeadLetters = Callable[[Sequence[DeadLetter]], Awaitable[None]]
Incoming = tuple[bytes, Mapping[str, str]]


class RecorderHandler:
    """Stores a batch in one transaction. A database error propagates, so the bus nacks with
    backoff and nothing is acked before it is stored."""

    def __init__(self, sessions: async_sessionmaker[Any], dead: DeadLetters, subject: str) -> None:
        self._sessions = sessions
        self._dead = dead
        self._subject = subject

    async def __call__(self, batch: Sequence[Incoming]) -> None:
        started = time.perf_counter()
        items: list[RoutedRecord] = []
        dead: list[DeadLetter] = []
        for data, headers in batch:
            try:
                items.append(RoutedRecord.model_validate_json(data))
            except ValidationError as exc:
                err = exc.errors()[0]
                dead.append(
                    DeadLetter(
                        subject=self._subject,
                        stage="recorder",
                        payload=data.decode("utf-8", "replace"),
                        reason=f"invalid RoutedRecord: {'.'.join(map(str, err['loc']))}: {err['msg']}",
                        msg_id=headers.get(MSG_ID_HEADER),
                    )
                )
        if dead:
            await self._dead(dead)
        if not items:
            return
        async with self._sessions.begin() as session:
            stored = await write_batch(session, items)
        for (table, channel), n in stored.items():
            metrics.RECORDED.labels(channel=channel, table=table).inc(n)
        metrics.WRITE_SECONDS.observe(time.perf_counter() - started)
        log.debug("batch_stored", size=len(items), new=sum(stored.values()))
