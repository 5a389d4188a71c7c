"""The live router with the chat-completions summariser configured (emulator on loopback)."""

from __future__ import annotations

import json

import aiohttp
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from hub.settings import Settings
from router.llm.emulator import make_app
from tests.conftest import sample_events
from tests.integration.helpers import HEADERS, base_url, rows, running_hub, stored


async def test_records_carry_the_backend_summary(settings: Settings) -> None:
    server = TestServer(make_app(), host="127.0.0.1")
    await server.start_server()
    try:
        configured = settings.model_copy(
            update={
                "summary_url": str(server.make_url("/v1")),
                "summary_api_key": SecretStr("test-key"),
            }
        )
        event = next(e for e in sample_events() if e.id.startswith("tg:5444543"))
        async with running_hub(configured) as hub, aiohttp.ClientSession() as http:
            async with http.post(
                f"{base_url(hub)}/api/events", data=json.dumps([json.loads(event.to_json())]), headers=HEADERS
            ) as resp:
                assert resp.status == 202
            await stored(hub, 1)
            got = await rows(hub, "SELECT summary, customer_ref FROM contact_records")
        assert got == [
            {
                "summary": "Summary: The valve on the radiator in the living room is leaking, there is a "
                "towel under it",
                "customer_ref": "C200306",
            }
        ]
    finally:
        await server.close()
