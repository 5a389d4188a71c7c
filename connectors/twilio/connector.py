"""Twilio pull connectors: call logs and messages, incremental by time window.

Both read a window [cursor − overlap, cap) where the cap is the run's start (calls) or the run's
start less the broadcast window (messages, so that a bulk send is seen whole before any of it is
published). Events are published page by page; the cursor is saved only after the whole window
was published (publish, then checkpoint). A call still in progress holds the cursor back to its
start, so it is picked up, finished, next time. Replays are harmless: event ids are stable.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from connectors.base import Page
from connectors.twilio.client import TwilioClient
from connectors.twilio.config import TwilioConfig
from connectors.twilio.mapping import broadcasts, call_event, fold_legs, message_event
from connectors.twilio.records import CallRecord
from schemas import ContactEvent

Clock = Callable[[], datetime]
PAGE_EVENTS = 500
RECORDING_LAG = timedelta(hours=6)
TRANSCRIPT_CONCURRENCY = 8  # transcription look-ups in flight at once  # a recording is created when its call ends


def _now() -> datetime:
    return datetime.now(UTC)


def parse_cursor(cursor: str | None) -> datetime | None:
    return datetime.fromisoformat(cursor) if cursor else None


def format_cursor(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def lower_bound(cursor: str | None, cap: datetime, config: TwilioConfig) -> datetime:
    """Where a sync starts reading: a little before the cursor (late arrivals), or the first-run lookback."""
    since = parse_cursor(cursor)
    if since is None:
        return cap - timedelta(seconds=config.initial_lookback_s)
    return since - timedelta(seconds=config.overlap_s)


async def call_window(
    client: TwilioClient, after: datetime, before: datetime
) -> AsyncIterator[tuple[list[ContactEvent], datetime | None]]:
    """(events, earliest start of a call still in progress) per Twilio page of [after, before)."""
    recordings = await client.recording_index(after, before + RECORDING_LAG)
    gate = asyncio.Semaphore(TRANSCRIPT_CONCURRENCY)
    async for page in client.call_pages(after, before):
        parents = fold_legs(
            _with_recordings(r, recordings) for r in page if r.start_time is not None and after <= r.start_time < before
        )
        open_starts = [c.start_time for c in parents if not c.final and c.start_time is not None]
        enriched = await asyncio.gather(*(_with_transcript(client, c, gate) for c in parents if c.final))
        events = [e for e in map(call_event, enriched) if e]
        yield events, min(open_starts, default=None)


def _with_recordings(call: CallRecord, index: dict[str, list[str]]) -> CallRecord:
    sids = tuple(index.get(call.sid, ()))
    return replace(call, recording_sids=sids) if sids else call


async def _with_transcript(client: TwilioClient, call: CallRecord, gate: asyncio.Semaphore) -> CallRecord:
    """Recordings (whether a voicemail was left) come from the window's index; their
    transcriptions, when there are any, are fetched for the router to summarise."""
    if not call.recording_sids:
        return call
    async with gate:
        texts = [t for t in [await client.transcript(s) for s in call.recording_sids] if t]
    return replace(call, transcript="\n".join(texts) or None)


class CallsConnector:
    name = "twilio-calls"

    def __init__(self, client: TwilioClient, config: TwilioConfig, clock: Clock = _now) -> None:
        self.client = client
        self.config = config
        self.clock = clock

    async def pages(self, cursor: str | None) -> AsyncIterator[Page]:
        cap = self.clock()
        after = lower_bound(cursor, cap, self.config)
        hold_back: datetime | None = None
        async for events, open_start in call_window(self.client, after, cap):
            if open_start is not None:
                hold_back = min(hold_back or open_start, open_start)
            yield Page(events, None)
        yield Page([], format_cursor(min(cap, hold_back) if hold_back else cap))


async def message_window(
    client: TwilioClient, config: TwilioConfig, context_from: datetime, after: datetime, before: datetime
) -> list[ContactEvent]:
    """Events for messages sent in [after, before); [context_from, after) is read only to recognise
    bulk sends that started earlier."""
    records = [m async for page in client.message_pages(context_from, before) for m in page]
    bulk = broadcasts(records, config.broadcast_min_recipients, config.broadcast_window_s)
    events = []
    for m in records:
        if m.sent_at is None or not after <= m.sent_at < before:
            continue
        event = message_event(m, broadcast=m.sid in bulk)
        if event is not None:
            events.append(event)
    return events


class MessagesConnector:
    name = "twilio-messages"

    def __init__(self, client: TwilioClient, config: TwilioConfig, clock: Clock = _now) -> None:
        self.client = client
        self.config = config
        self.clock = clock

    async def pages(self, cursor: str | None) -> AsyncIterator[Page]:
        window = timedelta(seconds=self.config.broadcast_window_s)
        cap = self.clock() - window
        after = lower_bound(cursor, cap, self.config)
        if after >= cap:
            return
        events = await message_window(self.client, self.config, after - window, after, cap)
        for i in range(0, len(events), PAGE_EVENTS):
            yield Page(events[i : i + PAGE_EVENTS], None)
        yield Page([], format_cursor(cap))
