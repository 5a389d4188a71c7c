"""Twilio backfill rate: `hub.backfill.backfill_twilio` against the local Twilio emulator (loopback).

The emulator holds N generated calls (and a few messages) over a few days; the backfill runs its own
hub (router + recorder, router worker process) on a fresh temp data dir and returns once everything it
published is stored. The whole call is timed: hub start-up, every REST page, publishing, routing and
recording, and the wait for the last commit. The emulator serves from this same process.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Handler
from pydantic import SecretStr

from bench.pipeline import make_settings, seed
from bench.stats import rate
from connectors.twilio.emulator import TwilioEmulator, make_app
from hub.backfill import backfill_twilio
from hub.runtime import open_database
from hub.settings import Settings
from recorder.access import counts

ACCOUNT_SID = "AC" + "b" * 32
AUTH_TOKEN = "bench-twilio-auth-token-0123456789"
START = datetime(2026, 10, 5, tzinfo=UTC)  # a Monday


@dataclass
class BackfillResult:
    calls: int  # call resources generated (child legs and calls still in progress included)
    messages: int  # message resources generated
    days: float
    call_events: int  # contacts published by the backfill (legs folded, unfinished calls skipped)
    message_events: int
    stored: int  # rows in `outcomes` afterwards
    windows: int
    seconds: float
    calls_per_s: float  # generated call resources per second of the whole backfill call
    contacts_per_s: float  # published contacts (calls + messages) per second
    retries: int
    emulator_busy_s: float  # time inside the emulator's handlers (same process, same event loop)
    empty_seconds: float  # the same call over a window with nothing in it: start-up and shut-down
    requests: dict[str, int] = field(default_factory=dict)  # REST requests served, by resource kind
    error: str | None = None


def twilio_settings(data_dir: Path, url: str, **extra: object) -> Settings:
    """Bench settings (embedded broker, SQLite in `data_dir`) plus a Twilio account at `url`."""
    update: dict[str, object] = {
        "twilio_account_sid": ACCOUNT_SID,
        "twilio_auth_token": SecretStr(AUTH_TOKEN),
        "twilio_api_base_url": url,
        **extra,
    }
    return make_settings(data_dir).model_copy(update=update)


def request_kinds(emu: TwilioEmulator) -> dict[str, int]:
    """What the backfill asked for: calls / messages / recordings pages, transcription lookups."""
    kinds: Counter[str] = Counter()
    for r in emu.requests:
        path = r.path
        if "/Transcriptions" in path:
            kinds["transcriptions"] += 1
        elif "/Recordings" in path:
            kinds["recordings"] += 1
        elif "/Calls" in path:
            kinds["calls"] += 1
        elif "/Messages" in path:
            kinds["messages"] += 1
        else:
            kinds["other"] += 1
    return dict(sorted(kinds.items()))


@dataclass
class Busy:
    seconds: float = 0.0


@asynccontextmanager
async def timed_emulator(emu: TwilioEmulator) -> AsyncIterator[tuple[str, Busy]]:
    """`running_emulator` (loopback, any free port) plus the time spent in its request handlers."""
    busy = Busy()

    @web.middleware
    async def timing(request: web.Request, handler: Handler) -> web.StreamResponse:
        t0 = time.perf_counter()
        try:
            return await handler(request)
        finally:
            busy.seconds += time.perf_counter() - t0

    app = make_app(emu)
    app.middlewares.insert(0, timing)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        emu.base_url = f"http://127.0.0.1:{runner.addresses[0][1]}"
        yield emu.base_url, busy
    finally:
        emu.base_url = None
        await runner.cleanup()


async def stored_outcomes(settings: Settings) -> int:
    engine, sessions = await open_database(settings)
    try:
        async with sessions() as s:
            return (await counts(s))["outcomes"]
    finally:
        await engine.dispose()


async def run_backfill(data_dir: Path, n_calls: int, n_messages: int, days: float = 5.0) -> BackfillResult:
    emu = TwilioEmulator(ACCOUNT_SID, AUTH_TOKEN, seed=7)
    emu.generate_calls(n_calls, start=START, days=days)
    emu.generate_messages(n_messages, start=START, days=days)
    since, until = START, START + timedelta(days=days)
    await seed(make_settings(data_dir))
    totals: dict[str, int] = {}
    error = None
    async with timed_emulator(emu) as (url, busy):
        settings = twilio_settings(data_dir, url)
        t0 = time.perf_counter()
        try:
            totals = await backfill_twilio(settings, since, until, timedelta(days=1), progress=False)
        except Exception as exc:  # report it in the table rather than lose the other figures
            error = f"{type(exc).__name__}: {exc}"[:200]
        seconds = time.perf_counter() - t0
        emulator_busy_s = busy.seconds
        requests = request_kinds(emu)
        # Fixed cost: the same call over days before the data (nothing to read), same data dir.
        t0 = time.perf_counter()
        try:
            await backfill_twilio(settings, since - timedelta(days=days), since, timedelta(days=1), progress=False)
            empty_seconds = time.perf_counter() - t0
        except Exception:
            empty_seconds = float("nan")
    stored = await stored_outcomes(make_settings(data_dir))
    call_events, message_events = totals.get("calls", 0), totals.get("messages", 0)
    return BackfillResult(
        calls=n_calls if error is None else 0,
        messages=n_messages if error is None else 0,
        days=days,
        call_events=call_events,
        message_events=message_events,
        stored=stored,
        windows=totals.get("windows", 0),
        seconds=seconds,
        calls_per_s=rate(n_calls, seconds) if error is None else float("nan"),
        contacts_per_s=rate(call_events + message_events, seconds),
        retries=totals.get("retries", 0),
        emulator_busy_s=emulator_busy_s,
        empty_seconds=empty_seconds,
        requests=requests,
        error=error,
    )
