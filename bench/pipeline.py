"""The embedded pipeline (SQLite in a temp data dir + the hub's own nats-server) and, on that same
nats-server, the raw JetStream floor: publish + durable pull consume + ack, no processing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nats
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, StorageType, StreamConfig
from sqlalchemy import func, select

from bench.data import generate, sample_customers
from bench.stats import percentile, rate
from hub.runtime import Hub, open_database
from hub.settings import Settings
from recorder import directory as customer_directory
from recorder.models import Outcome
from schemas import ContactEvent
from schemas.subjects import MSG_ID_HEADER

POLL_S = 0.05
RAW_STREAM = "BENCH_RAW"
RAW_SUBJECT = "bench.raw"
RAW_DURABLE = "bench_raw"
RAW_FETCH = 256  # the router's default fetch batch


@dataclass
class PipelineResult:
    n: int
    committed: int
    seconds: float
    publish_seconds: float
    contacts_per_s: float
    timed_out: bool


@dataclass
class LatencyResult:
    n: int
    target_rate: float
    achieved_rate: float
    samples: list[float] = field(default_factory=list)  # ms
    missing: int = 0

    @property
    def p50_ms(self) -> float:
        return percentile(self.samples, 50)

    @property
    def p99_ms(self) -> float:
        return percentile(self.samples, 99)


@dataclass
class RawResult:
    n: int
    consumed: int
    seconds: float
    msgs_per_s: float
    timed_out: bool


def make_settings(data_dir: Path) -> Settings:
    # Explicit None for the URLs: embedded defaults even if HUB_DATABASE_URL / HUB_BROKER_URL are set.
    return Settings(
        data_dir=data_dir,
        http_port=0,
        http_host="127.0.0.1",
        database_url=None,
        broker_url=None,
        _env_file=None,
    )


async def seed(settings: Settings) -> int:
    engine, sessions = await open_database(settings)
    try:
        async with sessions.begin() as s:
            return await customer_directory.upsert(s, sample_customers())
    finally:
        await engine.dispose()


async def committed(hub: Hub) -> int:
    """Rows in `outcomes` (one plain COUNT: cheaper than `access.counts`, which scans six tables)."""
    assert hub.sessions is not None
    async with hub.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(Outcome)) or 0)


async def wait_committed(hub: Hub, target: int, deadline: float) -> tuple[int, bool]:
    """Poll every 50 ms until `outcomes` holds `target` rows; (count, timed_out)."""
    while True:
        count = await committed(hub)
        if count >= target:
            return count, False
        if time.perf_counter() >= deadline:
            return count, True
        await asyncio.sleep(POLL_S)


def chunks(events: Sequence[ContactEvent], size: int) -> list[Sequence[ContactEvent]]:
    return [events[i : i + size] for i in range(0, len(events), size)]


async def throughput(hub: Hub, events: Sequence[ContactEvent], chunk: int, timeout_s: float) -> PipelineResult:
    """Publish everything in chunks as fast as JetStream stores it; time until all are committed."""
    base = await committed(hub)
    target = base + len(events)
    publish_done = 0.0
    t0 = time.perf_counter()

    async def publisher() -> None:
        nonlocal publish_done
        for part in chunks(events, chunk):
            await hub.publish_events(part)
        publish_done = time.perf_counter()

    pub = asyncio.create_task(publisher())
    count, timed_out = await wait_committed(hub, target, t0 + timeout_s)
    t1 = time.perf_counter()
    if timed_out and not pub.done():
        pub.cancel()
    await asyncio.gather(pub, return_exceptions=True)
    done = count - base
    return PipelineResult(
        n=len(events),
        committed=done,
        seconds=t1 - t0,
        publish_seconds=(publish_done or t1) - t0,
        contacts_per_s=rate(done, t1 - t0),
        timed_out=timed_out,
    )


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes for DateTime(timezone=True); the recorder wrote UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def latency(
    hub: Hub, events: Sequence[ContactEvent], per_s: float, chunk: int, timeout_s: float
) -> LatencyResult:
    """Paced publishing; per event, outcomes.recorded_at minus the wall-clock time its publish began."""
    published_at: dict[str, datetime] = {}
    base = await committed(hub)
    interval = chunk / per_s
    t0 = time.perf_counter()
    for k, part in enumerate(chunks(events, chunk)):
        delay = t0 + k * interval - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        now = datetime.now(UTC)
        for e in part:
            published_at[e.id] = now
        await hub.publish_events(part)
    sent_s = time.perf_counter() - t0
    await wait_committed(hub, base + len(events), time.perf_counter() + timeout_s)
    assert hub.sessions is not None
    async with hub.sessions() as s:
        rows = (await s.execute(select(Outcome.event_id, Outcome.recorded_at))).all()
    recorded = {event_id: _utc(at) for event_id, at in rows}
    samples = [(recorded[i] - t).total_seconds() * 1000.0 for i, t in published_at.items() if i in recorded]
    return LatencyResult(
        n=len(events),
        target_rate=per_s,
        achieved_rate=rate(len(events), sent_s),
        samples=samples,
        missing=len(events) - len(samples),
    )


async def raw_floor(url: str, items: Sequence[tuple[str, bytes]], chunk: int, timeout_s: float) -> RawResult:
    """The same payloads through a plain stream on the same nats-server, over one connection of its own
    (the pipeline, too, publishes and consumes over one): publish_async (+Nats-Msg-Id) while a durable
    pull consumer fetches batches and acks every message. Time from first publish to last ack."""
    nc = await nats.connect(url, name="bench-raw", allow_reconnect=False)
    try:
        return await _raw_floor(nc.jetstream(), items, chunk, timeout_s)
    finally:
        await nc.close()


async def _raw_floor(js: Any, items: Sequence[tuple[str, bytes]], chunk: int, timeout_s: float) -> RawResult:
    await js.add_stream(
        StreamConfig(
            name=RAW_STREAM,
            subjects=[RAW_SUBJECT],
            storage=StorageType.FILE,
            duplicate_window=120.0,
            num_replicas=1,
        )
    )
    config = ConsumerConfig(
        durable_name=RAW_DURABLE,
        ack_policy=AckPolicy.EXPLICIT,
        deliver_policy=DeliverPolicy.ALL,
        ack_wait=60.0,
        max_ack_pending=20_000,
        max_deliver=-1,
    )
    sub = await js.pull_subscribe(RAW_SUBJECT, durable=RAW_DURABLE, stream=RAW_STREAM, config=config)
    n = len(items)
    consumed = 0
    t0 = time.perf_counter()
    deadline = t0 + timeout_s

    async def publisher() -> None:
        for i in range(0, n, chunk):
            futures = [
                await js.publish_async(RAW_SUBJECT, payload, headers={MSG_ID_HEADER: msg_id})
                for msg_id, payload in items[i : i + chunk]
            ]
            await asyncio.gather(*futures)

    async def consumer() -> None:
        nonlocal consumed
        while consumed < n and time.perf_counter() < deadline:
            try:
                msgs = await sub.fetch(batch=RAW_FETCH, timeout=1.0)
            except (TimeoutError, NatsTimeoutError):
                continue
            for m in msgs:
                await m.ack()
            consumed += len(msgs)

    pub = asyncio.create_task(publisher())
    await consumer()
    t1 = time.perf_counter()
    if not pub.done():
        pub.cancel()
    await asyncio.gather(pub, return_exceptions=True)
    await sub.unsubscribe()
    return RawResult(
        n=n,
        consumed=consumed,
        seconds=t1 - t0,
        msgs_per_s=rate(consumed, t1 - t0),
        timed_out=consumed < n,
    )


@dataclass
class HubResults:
    pipeline: PipelineResult
    latency: LatencyResult
    raw: RawResult
    customers: int


async def run_hub_phases(
    data_dir: Path,
    n: int,
    *,
    chunk: int,
    latency_n: int,
    latency_rate: float,
    latency_chunk: int,
    timeout_s: float,
) -> HubResults:
    settings = make_settings(data_dir)
    customers = await seed(settings)
    events = generate(n)
    async with Hub(settings) as hub:
        assert hub.bus is not None
        # Warm up (router workers start, caches fill) before anything is timed.
        await throughput(hub, generate(500, tag="warm"), chunk, timeout_s)
        pipeline = await throughput(hub, events, chunk, timeout_s)
        lat = await latency(hub, generate(latency_n, tag="lat"), latency_rate, latency_chunk, timeout_s=30.0)
        assert hub.embedded is not None  # embedded defaults: the broker is the hub's own nats-server
        raw = await raw_floor(hub.embedded.url, [(e.id, e.to_json()) for e in events], chunk, timeout_s)
    return HubResults(pipeline=pipeline, latency=lat, raw=raw, customers=customers)
