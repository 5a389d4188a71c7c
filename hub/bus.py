"""The bus: FastStream over NATS JetStream.

Declares the streams and the durable pull consumers at start-up, publishes with `Nats-Msg-Id` so
JetStream drops duplicates, and runs batch handlers on durable pull consumers with explicit
acknowledgement: a batch is acked only after its handler returned (stored / published), and
nacked with backoff when it raised. FastStream owns the connection (reconnects, draining); the
batch loop uses the JetStream context directly so a batch is handed over as soon as it arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import structlog
from faststream.nats import NatsBroker
from nats.errors import ConnectionClosedError, NoServersError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js.api import AckPolicy as JsAckPolicy
from nats.js.api import ConsumerConfig, DeliverPolicy, StorageType, StreamConfig
from nats.js.errors import NotFoundError, ServiceUnavailableError

from hub import metrics
from hub.tasks import cancel_all
from schemas.subjects import MSG_ID_HEADER, Subjects

log = structlog.get_logger("hub.bus")

Incoming = tuple[bytes, Mapping[str, str]]
BatchHandler = Callable[[Sequence[Incoming]], Awaitable[None]]
DAY = 24 * 3600.0
# How long a delivered, unacknowledged message waits before redelivery (e.g. after a crash).
# Batches take well under a second; replays are harmless because every write is idempotent.
ACK_WAIT_S = 10.0


@dataclass(frozen=True)
class ConsumerSpec:
    durable: str
    stream: str
    subject: str
    batch: int


class Bus:
    def __init__(
        self,
        url: str,
        subjects: Subjects,
        *,
        replicas: int = 1,
        batch_wait_s: float = 0.05,
        retry_backoff_s: float = 2.0,
    ) -> None:
        self.url = url
        self.subjects = subjects
        self.replicas = replicas
        self.batch_wait_s = batch_wait_s
        self.retry_backoff_s = retry_backoff_s
        self.broker = NatsBroker(
            [u.strip() for u in url.split(",") if u.strip()],
            log_level=logging.DEBUG,
            graceful_timeout=10.0,
            max_reconnect_attempts=-1,
            reconnect_time_wait=1,
        )
        self._consumers: list[ConsumerSpec] = []
        self._handlers: dict[str, BatchHandler] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._subs: list[Any] = []
        self._failures: dict[str, int] = {}

    # -- lifecycle -----------------------------------------------------------------------------
    async def __aenter__(self) -> Bus:
        await self.broker.connect()
        try:
            await self.declare()
            await self.broker.start()
            self._tasks = [asyncio.create_task(self._consume(spec)) for spec in self._consumers]
        except BaseException:
            await self.broker.stop()
            raise
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await cancel_all(self._tasks)
        for sub in self._subs:  # a pull subscription left open makes the connection's drain wait
            with contextlib.suppress(Exception):
                await sub.unsubscribe()
        await self.broker.stop()

    @property
    def js(self) -> Any:
        return self.broker.config.connection_state.stream

    @property
    def connected(self) -> bool:
        try:
            return bool(self.broker.connection.is_connected)
        except Exception:  # not connected yet
            return False

    async def declare(self) -> None:
        s = self.subjects
        streams = [
            (s.stream_captured, [s.captured_all], 7 * DAY),
            (s.stream_routed, [s.routed], 7 * DAY),
            (s.stream_dead, [s.dead], 90 * DAY),
        ]
        for name, subjects, max_age in streams:
            config = StreamConfig(
                name=name,
                subjects=subjects,
                storage=StorageType.FILE,
                max_age=max_age,
                duplicate_window=120.0,
                num_replicas=self.replicas,
            )
            try:
                await self.js.stream_info(name)
                await self.js.update_stream(config)
            except NotFoundError:
                await self.js.add_stream(config)
        for spec in self._consumers:
            await self.js.add_consumer(
                spec.stream,
                ConsumerConfig(
                    durable_name=spec.durable,
                    ack_policy=JsAckPolicy.EXPLICIT,
                    deliver_policy=DeliverPolicy.ALL,
                    filter_subject=spec.subject,
                    ack_wait=ACK_WAIT_S,
                    max_ack_pending=20_000,
                    max_deliver=-1,
                    num_replicas=self.replicas,
                ),
            )

    # -- publishing ----------------------------------------------------------------------------
    async def publish(self, subject: str, items: Sequence[tuple[str, bytes]]) -> None:
        """Publish and wait until JetStream has stored every message (duplicates are dropped by id)."""
        if not items:
            return
        futures = [
            await self.js.publish_async(subject, payload, headers={MSG_ID_HEADER: msg_id}) for msg_id, payload in items
        ]
        await asyncio.gather(*futures)

    async def publish_one(self, subject: str, msg_id: str, payload: bytes) -> None:
        await self.js.publish(subject, payload, headers={MSG_ID_HEADER: msg_id})

    # -- consuming -----------------------------------------------------------------------------
    def consume(self, name: str, stream: str, subject: str, batch: int, handler: BatchHandler) -> None:
        """Run `handler` on batches from durable consumer `name`; register before entering the bus."""
        self._consumers.append(ConsumerSpec(name, stream, subject, batch))
        self._handlers[name] = handler

    async def _consume(self, spec: ConsumerSpec) -> None:
        """Fetch what is available (up to `batch`), hand it over, ack after success, nack with backoff on
        failure. Fetching returns as soon as messages are there, so latency stays low when traffic is."""
        handler = self._handlers[spec.durable]
        sub = await self.js.pull_subscribe_bind(durable=spec.durable, stream=spec.stream)
        self._subs.append(sub)
        while True:
            try:
                raw = await sub.fetch(batch=spec.batch, timeout=max(self.batch_wait_s, 1.0))
            except (TimeoutError, NatsTimeoutError):
                continue
            except (ConnectionClosedError, ServiceUnavailableError, NoServersError) as exc:
                log.warning("fetch_failed", consumer=spec.durable, error=type(exc).__name__)
                await asyncio.sleep(1.0)
                continue
            incoming = [(m.data, m.headers or {}) for m in raw]
            try:
                await handler(incoming)
            except Exception as exc:
                failures = self._failures.get(spec.durable, 0) + 1
                self._failures[spec.durable] = failures
                delay = min(30.0, self.retry_backoff_s * 2 ** min(failures - 1, 4))
                metrics.ERRORS.labels(stage=spec.durable, kind=type(exc).__name__).inc()
                log.warning(
                    "batch_failed_will_retry",
                    consumer=spec.durable,
                    size=len(raw),
                    delay_s=delay,
                    error=type(exc).__name__,
                    detail=str(exc)[:200],
                )
                for m in raw:
                    await m.nak(delay=delay)
                continue
            self._failures[spec.durable] = 0
            for m in raw:
                await m.ack()

    def failing(self, name: str) -> int:
        return self._failures.get(name, 0)

    async def pending(self) -> dict[str, int]:
        """Messages each consumer has not yet acknowledged (consumer lag)."""
        out: dict[str, int] = {}
        for spec in self._consumers:
            try:
                info = await self.js.consumer_info(spec.stream, spec.durable)
            except Exception as exc:  # lag is best effort; readiness reports the broker separately
                log.debug("lag_unavailable", consumer=spec.durable, error=type(exc).__name__)
                continue
            out[spec.durable] = int(info.num_pending or 0) + int(info.num_ack_pending or 0)
        return out
