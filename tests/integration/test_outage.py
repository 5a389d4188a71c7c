"""A database outage: the recorder nacks with backoff, nothing is acked or lost, and it resumes."""

from __future__ import annotations

import json

import aiohttp
from prometheus_client import REGISTRY

from hub.settings import Settings
from tests.conftest import pg_admin, sample_events
from tests.integration.helpers import HEADERS, base_url, running_hub, stored, wait_for


async def test_database_outage_is_ridden_out(
    settings: Settings, pg_url: str, external_nats: str, namespace: str, cleanup_streams: None
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    configured = settings.model_copy(update={"database_url": pg_url, "broker_url": external_nats})
    events = sample_events()[:10]
    errors_before = _recorder_errors()
    async with running_hub(configured, namespace) as hub, aiohttp.ClientSession() as http:
        await pg_admin(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS false')
        await pg_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{dbname}'")
        try:
            body = json.dumps([json.loads(e.to_json()) for e in events])
            async with http.post(f"{base_url(hub)}/api/events", data=body, headers=HEADERS) as resp:
                assert resp.status == 202

            async def unready() -> dict[str, str] | None:
                async with http.get(f"{base_url(hub)}/readyz") as r:
                    checks: dict[str, str] = (await r.json())["checks"]
                    return checks if r.status == 503 and "recorder" in checks else None

            checks = await wait_for(unready, timeout=20)
            assert checks["database"].startswith("unreachable")
            assert hub.bus is not None
            pending = await hub.bus.pending()
            assert pending["recorder"] == len(events)  # nothing acked while the store is down
        finally:
            await pg_admin(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS true')
        counts = await stored(hub, len(events), timeout=60)
        assert counts["outcomes"] == len(events)

        async def ready() -> bool:
            async with http.get(f"{base_url(hub)}/readyz") as r:
                return r.status == 200

        assert await wait_for(ready, timeout=20)
    assert _recorder_errors() > errors_before


def _recorder_errors() -> float:
    return sum(
        s.value
        for m in REGISTRY.collect()
        if m.name == "hub_errors"
        for s in m.samples
        if s.name == "hub_errors_total" and s.labels.get("stage") == "recorder"
    )
