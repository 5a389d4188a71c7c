"""Fault test: 10,000 events streamed into a hub process that is SIGKILLed part-way and restarted.

The client behaves like a real integrator: a request that got no 202 is sent again after the
restart. Afterwards exactly 10,000 outcomes are stored, none twice and none in two tables.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from hub.embedded_nats import free_port
from tests.conftest import sample_events

N = 10_000
BATCH = 250
TOKEN = "fault-token"
TABLES = ("contact_records", "sensitive_records", "anonymous_concerns", "review_queue", "ignored_contacts")
pytestmark = pytest.mark.slow


def _events() -> list[str]:
    samples = [json.loads(e.to_json()) for e in sample_events()]
    out = []
    for i in range(N):
        item = dict(samples[i % len(samples)])
        item["id"] = f"{item['id']}-f{i}"
        out.append(item)
    return [json.dumps(out[i : i + BATCH]) for i in range(0, N, BATCH)]


def _start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "HUB_DATA_DIR": str(data_dir),
        "HUB_HTTP_PORT": str(port),
        "HUB_API_TOKEN": TOKEN,
        "HUB_LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen(
        [sys.executable, "-c", "from hub.cli import main; main()", "run"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(data_dir / "hub.log", "ab"),
    )


async def _wait_ready(url: str, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with aiohttp.ClientSession() as http:
        while loop.time() < deadline:
            try:
                async with http.get(f"{url}/readyz") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError("hub did not become ready")


async def _send(url: str, batches: list[str], kill_after: int | None, proc: subprocess.Popen[bytes]) -> int:
    """Send batches in order; SIGKILL the hub after `kill_after` accepted batches. Returns accepted."""
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    accepted = 0
    async with aiohttp.ClientSession() as http:
        for body in batches:
            if kill_after is not None and accepted == kill_after:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return accepted
            async with http.post(f"{url}/api/events", data=body, headers=headers) as resp:
                assert resp.status == 202, await resp.text()
            accepted += 1
    return accepted


def _count(db: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (*TABLES, "outcomes")}
        union = " UNION ALL ".join(f"SELECT event_id FROM {t}" for t in TABLES)
        out["distinct"] = conn.execute(f"SELECT count(DISTINCT event_id) FROM ({union})").fetchone()[0]
    return out


async def test_sigkill_midstream_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "var"
    data.mkdir()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from hub.cli import main; main()",
            "customers",
            "import",
            str(Path(__file__).parents[1] / "fixtures" / "samples" / "directory.csv"),
        ],
        env={**os.environ, "HUB_DATA_DIR": str(data)},
        check=True,
        capture_output=True,
    )
    batches = _events()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = _start(data, port)
    try:
        await _wait_ready(url)
        sent = await _send(url, batches, kill_after=len(batches) * 2 // 5, proc=proc)
        assert proc.returncode == -signal.SIGKILL
        before = _count(data / "hub.db")
        assert before["outcomes"] < N, "the kill came too late to test anything"

        proc = _start(data, port)
        await _wait_ready(url)
        # Resend what was not acknowledged, plus the last acknowledged batch (a client unsure of it).
        await _send(url, batches[max(0, sent - 1) :], kill_after=None, proc=proc)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 120
        counts = _count(data / "hub.db")
        while counts["outcomes"] < N and loop.time() < deadline:
            await asyncio.sleep(0.5)
            counts = _count(data / "hub.db")
        await asyncio.sleep(1.0)  # anything still arriving would be a duplicate: give it the chance
        counts = _count(data / "hub.db")
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(20)
    assert counts["outcomes"] == N
    assert sum(counts[t] for t in TABLES) == N
    assert counts["distinct"] == N
