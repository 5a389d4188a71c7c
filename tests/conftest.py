"""Shared fixtures: sample data, settings on a temporary data dir, real services where reachable.

With CI=true a test that needs PostgreSQL or the external NATS fails when the service cannot be
reached; elsewhere it skips with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from hub.settings import Settings
from router.matcher import Directory
from schemas import ContactEvent, Customer

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = FIXTURES / "samples"
PG_HOST, PG_PORT = "127.0.0.1", 5432
NATS_URL = "nats://127.0.0.1:4222"
IN_CI = os.environ.get("CI", "").lower() == "true"


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def need_service(name: str, host: str, port: int) -> None:
    if reachable(host, port):
        return
    message = f"{name} not reachable at {host}:{port}"
    if IN_CI:
        pytest.fail(message + " (CI=true: services must be up)")
    pytest.skip(message)


def sample_events() -> list[ContactEvent]:
    return [ContactEvent.model_validate_json(line) for line in (SAMPLES / "events.jsonl").read_text().splitlines()]


def sample_expected() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (SAMPLES / "expected.jsonl").read_text().splitlines()]


def sample_customers() -> list[Customer]:
    from recorder.directory import parse_csv

    with (SAMPLES / "directory.csv").open(encoding="utf-8") as fh:
        customers, errors = parse_csv(fh)
    assert not errors
    return customers


@pytest.fixture(scope="session")
def directory() -> Directory:
    return Directory.build(sample_customers())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "var",
        http_port=0,
        batch_wait_s=0.02,
        retry_backoff_s=0.2,
        directory_refresh_s=0.5,
        router_workers=0,  # route in-process; the worker processes are covered by the fault test
        _env_file=None,
    )


async def pg_admin(sql: str) -> None:
    """Run one statement as the PostgreSQL superuser on the `test` database."""
    import asyncpg

    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres", database="test")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    need_service("PostgreSQL", PG_HOST, PG_PORT)
    name = f"hub_test_{uuid.uuid4().hex[:10]}"

    def run(sql: str) -> None:  # its own thread: the caller may already be inside an event loop
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, pg_admin(sql)).result()

    run(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def external_nats() -> str:
    need_service("NATS", "127.0.0.1", 4222)
    return NATS_URL


@pytest.fixture
def namespace() -> str:
    return f"t{uuid.uuid4().hex[:10]}"


async def drop_streams(url: str, namespace: str) -> None:
    import nats

    from schemas.subjects import Subjects

    nc = await nats.connect(url)
    try:
        js = nc.jetstream()
        s = Subjects(namespace)
        for name in (s.stream_captured, s.stream_routed, s.stream_dead):
            with contextlib.suppress(Exception):
                await js.delete_stream(name)
    finally:
        await nc.close()


@pytest.fixture
async def cleanup_streams(external_nats: str, namespace: str) -> AsyncIterator[None]:
    yield
    await drop_streams(external_nats, namespace)
