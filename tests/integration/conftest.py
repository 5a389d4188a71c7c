"""Each integration test runs on the embedded stack (SQLite + embedded nats-server) and on the
production-like stack (PostgreSQL + the external NATS), the latter required when CI=true."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from hub.settings import Settings
from tests.conftest import drop_streams


@dataclass(frozen=True)
class Stack:
    name: str
    settings: Settings
    namespace: str


@pytest.fixture(params=["embedded", "services"])
async def stack(request: pytest.FixtureRequest, settings: Settings, namespace: str) -> AsyncIterator[Stack]:
    if request.param == "embedded":
        yield Stack("embedded", settings, "")
        return
    pg_url: str = request.getfixturevalue("pg_url")
    nats_url: str = request.getfixturevalue("external_nats")
    configured = settings.model_copy(update={"database_url": pg_url, "broker_url": nats_url})
    try:
        yield Stack("services", configured, namespace)
    finally:
        await drop_streams(nats_url, namespace)
