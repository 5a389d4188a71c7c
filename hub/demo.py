"""`hub demo`: a sandbox hub with a fictional directory and a realistic stream of contacts.

Web-chat contacts are typed into the real websocket as a visitor would; the rest arrive through
the events API as integrators and staff would send them. Then it prints what was recorded where.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
from importlib import resources
from pathlib import Path

import aiohttp
import typer

from hub.embedded_nats import free_port
from hub.runtime import Hub, open_database
from hub.settings import Settings
from recorder import access
from recorder import directory as customer_directory
from schemas import Channel, ContactEvent

MARKER = ".hub-demo"
TABLE_LABEL = {
    "contact_records": "record",
    "sensitive_records": "SENSITIVE",
    "anonymous_concerns": "anonymous",
    "review_queue": "review",
    "ignored_contacts": "ignored",
}


def _data(name: str) -> str:
    return resources.files("hub").joinpath("demo_data", name).read_text(encoding="utf-8")


def _fresh_sandbox(data_dir: Path) -> None:
    """The demo owns its data dir: start from empty each time (never touches a non-demo dir)."""
    if data_dir.exists() and any(data_dir.iterdir()) and not (data_dir / MARKER).exists():
        raise typer.BadParameter(f"{data_dir} holds non-demo data; set HUB_DATA_DIR to an empty or demo directory")
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    (data_dir / MARKER).write_text("created by `hub demo`; safe to delete\n")


async def _chat(http: aiohttp.ClientSession, url: str, event: ContactEvent) -> None:
    lines = [ln.split(":", 1)[1].strip() for ln in (event.text or "").splitlines() if ln.startswith("Visitor:")]
    async with http.ws_connect(f"{url}/chat/ws") as ws:
        await ws.receive_json()
        p = event.from_
        await ws.send_json(
            {
                "type": "hello",
                "name": p.name or "",
                "phone": p.phone or "",
                "email": p.email or "",
                "anonymous": event.anonymous,
            }
        )
        for line in lines or [event.text or ""]:
            await ws.send_json({"type": "message", "text": line})
            await ws.receive_json()
        await ws.send_json({"type": "end"})
        await ws.receive_json()


async def run_demo(settings: Settings, keep_running: bool = False) -> int:
    _fresh_sandbox(settings.data_dir)
    settings = settings.model_copy(update={"http_port": settings.http_port or free_port()})
    engine, sessions = await open_database(settings)
    customers, _ = customer_directory.parse_csv(_data("directory.csv").splitlines(), "demo directory")
    async with sessions.begin() as s:
        await customer_directory.upsert(s, customers)
    await engine.dispose()
    events = [ContactEvent.model_validate_json(line) for line in _data("events.jsonl").splitlines() if line.strip()]

    try:
        hub_cm = Hub(settings)
        hub = await hub_cm.__aenter__()
    except OSError:
        settings = settings.model_copy(update={"http_port": free_port()})
        hub_cm = Hub(settings)
        hub = await hub_cm.__aenter__()
    try:
        url = f"http://127.0.0.1:{hub.http_port}"
        typer.echo(f"\nContact hub demo — {len(customers)} fictional customers, {len(events)} contacts\n")
        token = settings.api_token.get_secret_value()
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as http:
            for event in events:
                via = "web chat " if event.channel is Channel.WEBCHAT else "events API"
                typer.echo(f"  → {via}  {event.channel.value:<9} {event.direction.value:<8} {event.id[:44]}")
                if event.channel is Channel.WEBCHAT:
                    await _chat(http, url, event)
                else:
                    async with http.post(f"{url}/api/events", data=event.to_json()) as resp:
                        resp.raise_for_status()
                await asyncio.sleep(0.05)
        assert hub.sessions is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while loop.time() < deadline:
            async with hub.sessions() as s:
                counts = await access.counts(s)
            if counts["outcomes"] >= len(events):
                break
            await asyncio.sleep(0.2)
        await _report(hub)
        if keep_running:
            typer.echo(f"\nServing: {url}/chat  {url}/readyz  {url}/metrics   (Ctrl-C to stop)")
            stop = asyncio.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            await stop.wait()
    finally:
        await hub_cm.__aexit__(None, None, None)
    return 0


async def _report(hub: Hub) -> None:
    assert hub.sessions is not None
    from sqlalchemy import text

    async with hub.sessions() as s:
        counts = await access.counts(s)
        rows = []
        for table, label in TABLE_LABEL.items():
            if table == "ignored_contacts":
                q = (
                    "SELECT event_id, channel, NULL AS who, NULL AS category, NULL AS hazard, reason AS summary "
                    "FROM ignored_contacts"
                )
            elif table == "anonymous_concerns":
                q = "SELECT event_id, channel, NULL AS who, category, hazard, summary FROM anonymous_concerns"
            elif table == "review_queue":
                q = "SELECT event_id, channel, candidates AS who, category, hazard, summary FROM review_queue"
            else:
                q = f"SELECT event_id, channel, customer_ref AS who, category, hazard, summary FROM {table}"
            for r in (await s.execute(text(q))).mappings():
                rows.append((label, r))
    typer.echo("\nWhat was recorded where:")
    for table, label in TABLE_LABEL.items():
        typer.echo(f"  {label:<10} {counts[table]:>3}   ({table})")
    typer.echo("")
    for label, r in rows:
        who = r["who"]
        if isinstance(who, str) and who.startswith("["):
            who = "? " + ", ".join(json.loads(who)) if json.loads(who) else "unknown"
        elif isinstance(who, list):
            who = "? " + ", ".join(who) if who else "unknown"
        summary = (r["summary"] or "").replace("\n", " ")
        typer.echo(
            f"  {label:<9} {r['channel']:<9} {who or '-'!s:<19} {r['category'] or '-'!s:<12} "
            f"{r['hazard'] or ''!s:<10} {summary[:70]}"
        )
