"""The optional chat-completions summariser, against the local emulator on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from router.decide import Router
from router.llm.backend import chat_refiner
from router.llm.client import ChatEndpoint
from router.llm.emulator import make_app
from router.matcher import Directory
from router.refine import refine_decision
from schemas import Action, ContactEvent


def _event(text: str, phone: str = "07700 900608", anonymous: bool = False) -> ContactEvent:
    return ContactEvent.model_validate(
        {
            "id": "wa:1",
            "channel": "whatsapp",
            "direction": "inbound",
            "occurred_at": "2026-11-02T10:00:00Z",
            "from": {"phone": phone, "name": "Liam"},
            "text": text,
            "anonymous": anonymous,
        }
    )


@pytest.fixture
async def server(request: pytest.FixtureRequest) -> AsyncIterator[TestServer]:
    mode = getattr(request, "param", "ok")
    srv = TestServer(make_app(mode=mode), host="127.0.0.1")
    await srv.start_server()
    yield srv
    await srv.close()


async def _refined(
    server: TestServer, directory: Directory, event: ContactEvent, key: str = "test-key", timeout: float = 2.0
) -> tuple[str, str]:
    decision = Router(directory).decide(event)
    assert decision.summary is not None
    endpoint = ChatEndpoint(str(server.make_url("/v1")), "test-model", key, timeout)
    async with aiohttp.ClientSession() as session:
        refined = await refine_decision(chat_refiner(session, endpoint), directory, event, decision)
    assert refined.summary is not None
    return decision.summary.text, refined.summary.text


async def test_backend_rewrites_the_summary(server: TestServer, directory: Directory) -> None:
    builtin, refined = await _refined(server, directory, _event("The bathroom extractor fan stopped. Can you fix it?"))
    assert refined == "Summary: The bathroom extractor fan stopped." != builtin


@pytest.mark.parametrize("server", ["error", "garbage", "slow"], indirect=True)
async def test_failures_fall_back_to_the_builtin_summary(server: TestServer, directory: Directory) -> None:
    builtin, refined = await _refined(server, directory, _event("The bathroom fan stopped."), timeout=0.5)
    assert refined == builtin


async def test_bad_api_key_falls_back(server: TestServer, directory: Directory) -> None:
    builtin, refined = await _refined(server, directory, _event("The fan stopped."), key="wrong")
    assert refined == builtin


async def test_anonymous_text_from_the_backend_is_redacted(server: TestServer, directory: Directory) -> None:
    event = _event(
        "This is Liam O'Connor from 19 Larkfield Avenue. The lads at no 21 are dealing drugs, "
        "please don't tell them it was me."
    )
    decision = Router(directory).decide(event)
    assert decision.action is Action.ANONYMOUS
    _, refined = await _refined(server, directory, event)
    assert refined == "Summary: This is [withheld] [withheld] from [withheld]."
    for needle in ("liam", "o'connor", "larkfield"):
        assert needle not in refined.lower()
