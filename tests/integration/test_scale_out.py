"""Replicas: a second process-worth of router and recorder joins the same broker and database;
the durable consumers share the work and every contact is still stored exactly once."""

from __future__ import annotations

import json

import aiohttp

from hub.roles import Role
from hub.runtime import Hub
from hub.settings import Settings
from tests.conftest import sample_events
from tests.integration.helpers import HEADERS, base_url, running_hub, stored

N = 400


async def test_replicas_share_the_durable_consumers(settings: Settings) -> None:
    samples = [json.loads(e.to_json()) for e in sample_events()]
    events = [dict(samples[i % len(samples)], id=f"{samples[i % len(samples)]['id']}-r{i}") for i in range(N)]
    async with running_hub(settings) as first, aiohttp.ClientSession() as http:
        assert first.embedded is not None
        replica_settings = settings.model_copy(update={"broker_url": first.embedded.url})
        async with Hub(replica_settings, roles=[Role.ROUTER, Role.RECORDER]) as replica:
            assert Role.API not in replica.roles
            for i in range(0, N, 100):
                async with http.post(
                    f"{base_url(first)}/api/events", data=json.dumps(events[i : i + 100]), headers=HEADERS
                ) as resp:
                    assert resp.status == 202
            counts = await stored(first, N)
            assert counts["outcomes"] == N
            assert sum(v for k, v in counts.items() if k != "outcomes") == N
            async with http.get(f"{base_url(replica)}/healthz") as resp:
                assert resp.status == 200
            async with http.get(f"{base_url(replica)}/api/events") as resp:
                assert resp.status == 404  # the api role is not running on the replica
