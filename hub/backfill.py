"""`hub backfill twilio`: import history, window by window, with a progress bar; resumable.

Each window (a day by default) is read whole — calls, then messages — published, and only then
checkpointed, so an interrupted backfill resumes at the first unfinished window. Event ids are
the same as live sync's, so overlapping a live sync or re-running a window records nothing twice.
Publishes to the running hub's broker when there is one on this data dir; otherwise runs a hub of
its own (router and recorder) until everything it published is stored.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from tqdm import tqdm

from connectors.state import SqlCursors
from connectors.twilio.client import TwilioClient
from connectors.twilio.connector import call_window, format_cursor, message_window, parse_cursor
from hub.embedded_nats import running_url
from hub.roles import Role
from hub.runtime import Hub
from hub.settings import Settings
from recorder.access import counts


def windows(since: datetime, until: datetime, size: timedelta) -> list[tuple[datetime, datetime]]:
    out, start = [], since
    while start < until:
        out.append((start, min(until, start + size)))
        start += size
    return out


async def backfill_twilio(
    settings: Settings, since: datetime, until: datetime, size: timedelta, progress: bool = True
) -> dict[str, int]:
    config = settings.twilio()
    if config is None:
        raise ValueError("Twilio is not configured: set HUB_TWILIO_ACCOUNT_SID and HUB_TWILIO_AUTH_TOKEN")
    since, until = since.astimezone(UTC), until.astimezone(UTC)
    url = settings.broker_url or running_url(settings.data_dir)
    own = url is None
    hub_settings = settings.model_copy(update={"http_port": 0, "broker_url": url, "twilio_account_sid": None})
    roles = [Role.ROUTER, Role.RECORDER] if own else []
    key = f"twilio-backfill:{format_cursor(since)}:{format_cursor(until)}"
    totals = {"calls": 0, "messages": 0, "windows": 0}
    async with Hub(hub_settings, roles=roles) as hub, TwilioClient(config) as client:
        assert hub.sessions is not None
        cursors = SqlCursors(hub.sessions)
        done = parse_cursor(await cursors.get(key))
        todo = [w for w in windows(since, until, size) if done is None or w[0] >= done]
        before = (await _outcomes(hub)) if own else 0
        bar = tqdm(total=len(todo), unit="window", disable=not progress, desc="twilio backfill")
        for start, end in todo:
            async for events, _ in call_window(client, start, end):
                await hub.publish_events(events)
                totals["calls"] += len(events)
            context = start - timedelta(seconds=config.broadcast_window_s)
            messages = await message_window(client, config, context, start, end)
            await hub.publish_events(messages)
            totals["messages"] += len(messages)
            await cursors.set(key, format_cursor(end))
            totals["windows"] += 1
            bar.update(1)
            bar.set_postfix(calls=totals["calls"], messages=totals["messages"])
        bar.close()
        if own:
            await _wait_stored(hub, before, totals["calls"] + totals["messages"])
        totals["retries"] = client.retries
    return totals


async def _outcomes(hub: Hub) -> int:
    assert hub.sessions is not None
    async with hub.sessions() as s:
        return (await counts(s))["outcomes"]


async def _wait_stored(hub: Hub, before: int, published: int, timeout_s: float = 600.0) -> None:
    """Until the hub's own recorder has stored what was published (replays may store fewer)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    last, stable = -1, 0
    while loop.time() < deadline:
        now = await _outcomes(hub)
        if now >= before + published:
            return
        stable = stable + 1 if now == last else 0
        if stable >= 20 and hub.bus is not None and not any((await hub.bus.pending()).values()):
            return  # nothing left in flight: the rest were already stored before (a replay)
        last = now
        await asyncio.sleep(0.25)


def parse_day(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=UTC)
