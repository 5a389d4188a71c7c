"""`hub demo`: a sandbox hub with a fictional directory and a realistic stream of contacts.

Web-chat contacts are typed into the real websocket as a visitor would; the rest arrive through
the events API as integrators and staff would send them. Then it prints what was recorded where.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import aiohttp
import typer
from pydantic import SecretStr

from connectors.twilio.emulator import TwilioEmulator, fire_webhook, inbound_message_params, running_emulator
from hub.embedded_nats import free_port
from hub.runtime import Hub, open_database
from hub.settings import Settings
from recorder import access
from recorder import directory as customer_directory
from schemas import Channel, ContactEvent

MARKER = ".hub-demo"
DEMO_SID, DEMO_TOKEN = "AC" + "d" * 32, "demo-auth-token"
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


def _telephony(emu: TwilioEmulator) -> tuple[int, list[dict[str, str]]]:
    """A morning's calls and texts in the Twilio emulator; returns how many contacts the pull
    connectors will find, and the inbound texts to deliver by signed webhook."""
    now = datetime.now(UTC)

    def ago(minutes: float) -> datetime:
        return now - timedelta(minutes=minutes)

    ours, office = "+447700900010", "+441134960000"
    callum = emu.add_call(
        to=office,
        from_="+441134960702",
        direction="inbound",
        status="completed",
        answered_by="human",
        start_time=ago(190),
        duration=140,
    )
    rec = emu.add_recording(callum["sid"], duration=130)
    emu.add_transcription(
        rec["sid"],
        "Caller: Hi, it's Callum Fletcher at 4 Larkfield Avenue. The kitchen tap "
        "has been dripping all week and now the cupboard underneath is soaked.",
    )
    emu.add_call(
        to="+447700900612", from_=office, direction="outbound-api", status="no-answer", start_time=ago(170), duration=0
    )
    emu.add_call(
        to="+447700900611", from_=office, direction="outbound-api", status="busy", start_time=ago(160), duration=0
    )
    sana = emu.add_call(
        to="+447700900609",
        from_=office,
        direction="outbound-api",
        status="completed",
        answered_by="machine_end_beep",
        start_time=ago(150),
        duration=28,
    )
    vm = emu.add_recording(sana["sid"], duration=22)
    emu.add_transcription(
        vm["sid"],
        "Hello, this is Fairholme Homes for Sana Qureshi about your electrical "
        "safety inspection. Please call us back to book.",
    )
    for i, phone in enumerate(
        ["+447700900601", "+447700900605", "+447700900606", "+447700900608", "+447700900613", "+447700900615"]
    ):
        emu.add_message(
            to=phone,
            from_=ours,
            direction="outbound-api",
            status="delivered",
            date_sent=ago(120 - i / 6),
            body="Fairholme Homes: the lifts at Brambleside Court will be serviced on Monday. Reply STOP to opt out.",
        )
    emu.add_message(
        to="+447700900610",
        from_=ours,
        direction="outbound-api",
        status="delivered",
        date_sent=ago(100),
        body="Hi Marek, your damp survey is booked for Thursday 9-11am. Fairholme Homes",
    )
    inbound = emu.add_message(
        to=ours,
        from_="+447700900614",
        direction="inbound",
        status="received",
        date_sent=ago(1),
        body="My front door lock is broken and won't lock, can someone come?",
    )
    return 4 + 7, [inbound_message_params(inbound, profile_name="Yusuf")]


async def run_demo(settings: Settings, keep_running: bool = False) -> int:
    _fresh_sandbox(settings.data_dir)
    engine, sessions = await open_database(settings)
    customers, _ = customer_directory.parse_csv(_data("directory.csv").splitlines(), "demo directory")
    async with sessions.begin() as s:
        await customer_directory.upsert(s, customers)
    await engine.dispose()
    events = [ContactEvent.model_validate_json(line) for line in _data("events.jsonl").splitlines() if line.strip()]
    emu = TwilioEmulator(DEMO_SID, DEMO_TOKEN, seed=11)
    pulled, texts = _telephony(emu)
    async with running_emulator(emu) as twilio_url:
        settings = settings.model_copy(
            update={
                "http_port": settings.http_port if _port_free(settings.http_port) else free_port(),
                "twilio_account_sid": DEMO_SID,
                "twilio_auth_token": SecretStr(DEMO_TOKEN),
                "twilio_api_base_url": twilio_url,
                "twilio_poll_interval_s": 5.0,
            }
        )
        async with Hub(settings) as hub:
            await _play(hub, settings, events, texts)
            expected = len(events) + pulled + len(texts)
            await _wait_stored(hub, expected)
            await _report(hub)
            if keep_running:
                url = f"http://127.0.0.1:{hub.http_port}"
                typer.echo(f"\nServing: {url}/chat  {url}/readyz  {url}/metrics   (Ctrl-C to stop)")
                stop = asyncio.Event()
                loop = asyncio.get_running_loop()
                for sig in (signal.SIGINT, signal.SIGTERM):
                    loop.add_signal_handler(sig, stop.set)
                await stop.wait()
    return 0


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


async def _play(hub: Hub, settings: Settings, events: list[ContactEvent], texts: list[dict[str, str]]) -> None:
    url = f"http://127.0.0.1:{hub.http_port}"
    typer.echo(
        f"\nContact hub demo — {len(events)} contacts through web chat and the events API, and a "
        "morning of calls and texts from the Twilio emulator\n"
    )
    token = settings.api_token.get_secret_value()
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as http:
        for event in events:
            via = "web chat  " if event.channel is Channel.WEBCHAT else "events API"
            typer.echo(f"  → {via}  {event.channel.value:<9} {event.direction.value:<8} {event.id[:44]}")
            if event.channel is Channel.WEBCHAT:
                await _chat(http, url, event)
            else:
                async with http.post(f"{url}/api/events", data=event.to_json()) as resp:
                    resp.raise_for_status()
            await asyncio.sleep(0.02)
    async with aiohttp.ClientSession() as plain:
        for params in texts:
            result = await fire_webhook(plain, f"{url}/webhooks/twilio/messages", params, auth_token=DEMO_TOKEN)
            typer.echo(
                f"  → Twilio webhook  sms       inbound  twilio-sms:{params['MessageSid'][:32]} "
                f"(signed; hub answered {result.status})"
            )
    typer.echo("  → Twilio call log and message sync (pull, every 5 s) …")


async def _wait_stored(hub: Hub, expected: int, timeout_s: float = 60.0) -> None:
    assert hub.sessions is not None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while loop.time() < deadline:
        async with hub.sessions() as s:
            if (await access.counts(s))["outcomes"] >= expected:
                return
        await asyncio.sleep(0.25)


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
