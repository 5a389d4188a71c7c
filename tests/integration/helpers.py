"""Running a real hub (real NATS, real database) inside a test and waiting for outcomes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import text

from hub.runtime import Hub
from hub.settings import Settings
from recorder import directory as customer_directory
from recorder.access import counts
from tests.conftest import sample_customers

TOKEN = "test-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


@asynccontextmanager
async def running_hub(settings: Settings, namespace: str = "", seed: bool = True) -> AsyncIterator[Hub]:
    settings = settings.model_copy(update={"api_token": settings.api_token.__class__(TOKEN)})
    if seed:
        from hub.runtime import open_database

        engine, sessions = await open_database(settings)
        async with sessions.begin() as s:
            await customer_directory.upsert(s, sample_customers())
        await engine.dispose()
    async with Hub(settings, namespace=namespace) as hub:
        yield hub


def base_url(hub: Hub) -> str:
    return f"http://127.0.0.1:{hub.http_port}"


async def table_counts(hub: Hub) -> dict[str, int]:
    assert hub.sessions is not None
    async with hub.sessions() as s:
        return await counts(s)


async def wait_for(check: Callable[[], Any], timeout: float = 20.0, interval: float = 0.1) -> Any:
    """Poll an async predicate until it returns something truthy; fail with its last value."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    last: Any = None
    while loop.time() < deadline:
        last = await check()
        if last:
            return last
        await asyncio.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last value: {last!r})")


async def rows(hub: Hub, sql: str, **params: Any) -> list[dict[str, Any]]:
    assert hub.sessions is not None
    async with hub.sessions() as s:
        result = await s.execute(text(sql), params)
        return [dict(r._mapping) for r in result]


async def stored(hub: Hub, n: int, timeout: float = 30.0) -> dict[str, int]:
    async def check() -> dict[str, int] | None:
        c = await table_counts(hub)
        return c if c["outcomes"] >= n else None

    result: dict[str, int] = await wait_for(check, timeout)
    return result
