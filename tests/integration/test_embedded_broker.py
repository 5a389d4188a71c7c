"""The embedded nats-server: restarted on the same port if it dies, and the hub carries on."""

from __future__ import annotations

import json
import os
import signal

import aiohttp

from hub.settings import Settings
from tests.conftest import sample_events
from tests.integration.helpers import HEADERS, base_url, running_hub, stored, wait_for


async def test_broker_killed_is_restarted_and_nothing_is_lost(settings: Settings) -> None:
    events = [json.loads(e.to_json()) for e in sample_events()]
    async with running_hub(settings) as hub, aiohttp.ClientSession() as http:
        assert hub.embedded is not None
        url = f"{base_url(hub)}/api/events"
        async with http.post(url, data=json.dumps(events[:20]), headers=HEADERS) as resp:
            assert resp.status == 202
        await stored(hub, 20)
        pid = int((hub.embedded.pid_file).read_text())
        os.kill(pid, signal.SIGKILL)

        async def restarted() -> bool:
            return hub.embedded is not None and hub.embedded.restarts == 1 and hub.bus is not None and hub.bus.connected

        await wait_for(restarted, timeout=30)

        async def accepted() -> bool:
            async with http.post(url, data=json.dumps(events[20:]), headers=HEADERS) as resp:
                return resp.status == 202

        assert await wait_for(accepted, timeout=20)
        counts = await stored(hub, len(events), timeout=60)
        assert counts["outcomes"] == len(events)
        assert int(hub.embedded.pid_file.read_text()) != pid
