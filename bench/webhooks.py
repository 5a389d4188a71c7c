"""Twilio webhook path under concurrent load: signed inbound-SMS webhooks POSTed over loopback to a
running hub (`/webhooks/twilio/messages`), K requests in flight at a time.

Each webhook is verified, mapped and published to JetStream before the hub answers 200, so a
response means the contact is durable; routing and recording follow asynchronously, and the phase
then waits until every one of them is in `outcomes`. The load generator runs twice: in the hub's own
process and event loop (it competes with the hub for that core), then in a separate process.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from bench.backfill import ACCOUNT_SID, AUTH_TOKEN, twilio_settings
from bench.data import sample_customers
from bench.pipeline import committed, make_settings, seed, wait_committed
from bench.stats import percentile, rate
from connectors.twilio.emulator import TwilioEmulator, fire_webhook, inbound_message_params, running_emulator
from connectors.twilio.fixtures import INBOUND_SMS, LANDLORD_SMS_NUMBER
from hub.runtime import Hub

PATH = "/webhooks/twilio/messages"
WARMUP = 200
READY_TIMEOUT_S = 15.0
LAG_TICK_S = 0.005
PULL_CONNECTORS = ("twilio-calls", "twilio-messages")


@dataclass
class LoadResult:
    """What one load generator saw: every request's latency (ms) and status."""

    mode: str  # "in-process" or "separate process"
    n: int
    concurrency: int
    seconds: float  # first request sent to last response read
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0  # requests that raised (connection errors, timeouts)
    stored: int = 0  # new rows in `outcomes` once the phase drained
    drain_seconds: float = 0.0  # after the last response, until all were stored
    timed_out: bool = False
    loop_lag_ms: list[float] = field(default_factory=list)  # hub event-loop lag samples during the load

    @property
    def ok(self) -> int:
        return self.statuses.get(200, 0)

    @property
    def requests_per_s(self) -> float:
        return rate(self.ok, self.seconds)

    @property
    def stored_per_s(self) -> float:
        """Stored contacts per second, first request to last one in `outcomes` (load plus drain)."""
        return rate(self.stored, self.seconds + self.drain_seconds)

    @property
    def p50_ms(self) -> float:
        return percentile(self.latencies_ms, 50)

    @property
    def p99_ms(self) -> float:
        return percentile(self.latencies_ms, 99)

    @property
    def max_ms(self) -> float:
        return max(self.latencies_ms, default=float("nan"))

    @property
    def lag_p99_ms(self) -> float:
        return percentile(self.loop_lag_ms, 99)

    @property
    def lag_max_ms(self) -> float:
        return max(self.loop_lag_ms, default=float("nan"))


@dataclass
class WebhookResults:
    runs: list[LoadResult]  # in-process load first, then the separate process


def make_params(emu: TwilioEmulator, n: int, tag: int) -> list[dict[str, str]]:
    """`n` inbound SMS from the sample directory's customers to the landlord, unique SIDs per tag."""
    phones = [p for c in sample_customers() for p in c.phones]
    now = datetime.now(UTC).replace(microsecond=0)
    params = []
    for i in range(n):
        message = emu.add_message(
            to=LANDLORD_SMS_NUMBER,
            from_=phones[i % len(phones)],
            body=INBOUND_SMS[i % len(INBOUND_SMS)],
            date_sent=now,
            sid=f"SM{tag:08x}{i:024x}",
        )
        params.append(inbound_message_params(message))
    return params


async def load(url: str, params: list[dict[str, str]], concurrency: int, mode: str) -> LoadResult:
    """Closed loop: `concurrency` workers over one keep-alive session, each sending its next webhook
    as soon as the previous one is answered."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    errors = 0
    queue = iter(params)
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def worker() -> None:
            nonlocal errors
            for p in queue:  # a shared iterator: each webhook is sent once
                t0 = time.perf_counter()
                try:
                    result = await fire_webhook(session, url, p, auth_token=AUTH_TOKEN)
                except (aiohttp.ClientError, TimeoutError):
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - t0) * 1000.0)
                statuses[result.status] += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - t0
    return LoadResult(mode, len(params), concurrency, seconds, latencies, dict(statuses), errors)


def load_in_child(url: str, params: list[dict[str, str]], concurrency: int) -> LoadResult:
    """Entry point of the separate-process load generator (its own interpreter and event loop)."""
    return asyncio.run(load(url, params, concurrency, "separate process"))


class LoopLag:
    """How late a 5 ms sleep wakes up in the hub's event loop: stalls every webhook in flight waits out."""

    def __init__(self) -> None:
        self.samples_ms: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(LAG_TICK_S)
            self.samples_ms.append((time.perf_counter() - t0 - LAG_TICK_S) * 1000.0)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()


async def wait_ready(hub: Hub, timeout_s: float) -> None:
    """Until both pull connectors finished their first (empty) pass: they idle afterwards."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        states = [st.state for name, st in hub.health.connectors.items() if name in PULL_CONNECTORS]
        if len(states) == len(PULL_CONNECTORS) and "starting" not in states:
            return
        await asyncio.sleep(0.05)


async def run_webhooks(data_dir: Path, m: int, concurrency: int, timeout_s: float) -> WebhookResults:
    emu = TwilioEmulator(ACCOUNT_SID, AUTH_TOKEN, seed=11)  # empty: the pull connectors find nothing
    await seed(make_settings(data_dir))
    runs: list[LoadResult] = []
    # spawn, not fork: this process runs an event loop, a nats client and the router-worker supervisor.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        loop = asyncio.get_running_loop()
        async with running_emulator(emu) as api_url:
            settings = twilio_settings(data_dir, api_url, twilio_poll_interval_s=3600.0, twilio_initial_lookback_s=60.0)
            async with Hub(settings) as hub:
                await wait_ready(hub, READY_TIMEOUT_S)
                url = f"http://127.0.0.1:{hub.http_port}{PATH}"
                # Warm-up, not timed: both generators, so the child's interpreter is up and imported.
                warm = make_params(emu, WARMUP, tag=0)
                base = await committed(hub)
                await load(url, warm[: WARMUP // 2], concurrency, "warm-up")
                await loop.run_in_executor(pool, load_in_child, url, warm[WARMUP // 2 :], concurrency)
                await wait_committed(hub, base + WARMUP, time.perf_counter() + timeout_s)
                for tag, mode in ((1, "in-process"), (2, "separate process")):
                    params = make_params(emu, m, tag=tag)
                    base = await committed(hub)
                    with LoopLag() as lag:
                        if mode == "in-process":
                            result = await load(url, params, concurrency, mode)
                        else:
                            result = await loop.run_in_executor(pool, load_in_child, url, params, concurrency)
                    result.loop_lag_ms = lag.samples_ms
                    t_sent = time.perf_counter()
                    count, result.timed_out = await wait_committed(hub, base + result.ok, t_sent + timeout_s)
                    result.drain_seconds = time.perf_counter() - t_sent
                    result.stored = count - base
                    runs.append(result)
    return WebhookResults(runs=runs)
