"""Runs pull connectors: poll, publish a page, and only then save the cursor (publish-then-checkpoint).

Transient errors back off with jitter (honouring Retry-After); configuration errors park the
connector (visible in /readyz) and re-check slowly; a bug crashes the poll and the runner restarts it.
"""

from __future__ import annotations

import asyncio
import random

import structlog

from connectors.base import ConfigurationError, EventSink, Health, PullConnector, TransientError
from connectors.state import Cursors

log = structlog.get_logger("connectors.runner")


async def sync_once(connector: PullConnector, sink: EventSink, cursors: Cursors) -> int:
    """One pass over everything new; returns how many events were published."""
    cursor = await cursors.get(connector.name)
    published = 0
    async for page in connector.pages(cursor):
        if page.events:
            await sink(page.events)
            published += len(page.events)
        if page.cursor is not None and page.cursor != cursor:
            await cursors.set(connector.name, page.cursor)
            cursor = page.cursor
    return published


async def run_forever(
    connector: PullConnector,
    sink: EventSink,
    cursors: Cursors,
    health: Health,
    interval_s: float = 30.0,
    max_backoff_s: float = 300.0,
) -> None:
    failures = 0
    while True:
        try:
            count = await sync_once(connector, sink, cursors)
        except TransientError as exc:
            failures += 1
            wait = exc.retry_after or min(max_backoff_s, 2.0**failures)
            wait += random.uniform(0, wait / 4)
            health.set(connector.name, "retrying", str(exc))
            log.warning("connector_transient", connector=connector.name, wait_s=round(wait, 1), error=str(exc))
            await asyncio.sleep(wait)
            continue
        except ConfigurationError as exc:
            health.set(connector.name, "misconfigured", str(exc))
            log.error("connector_misconfigured", connector=connector.name, error=str(exc))
            await asyncio.sleep(max_backoff_s)
            continue
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            failures += 1
            health.set(connector.name, "failed", f"{type(exc).__name__}: {exc}")
            log.exception("connector_crashed", connector=connector.name)
            await asyncio.sleep(min(max_backoff_s, 2.0**failures))
            continue
        failures = 0
        health.set(connector.name, "ok", f"last sync published {count}")
        await asyncio.sleep(interval_s)
