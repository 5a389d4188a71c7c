"""Twilio connectors over the emulator (real twilio library, Twilio's wire format) and the real
embedded pipeline: sync exactly once, outbound attempts, rate-limit storms, bad credentials."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr

from connectors.base import Health, TransientError
from connectors.runner import sync_once
from connectors.state import SqlCursors
from connectors.twilio.client import RetryingHttpClient, TwilioClient
from connectors.twilio.config import TwilioConfig
from connectors.twilio.connector import CallsConnector, MessagesConnector
from connectors.twilio.emulator import TwilioEmulator, running_emulator
from connectors.twilio.records import FINAL_CALL_STATUSES
from hub.runtime import Hub
from hub.settings import Settings
from tests.integration.helpers import base_url, rows, running_hub, stored, wait_for

SID, TOKEN = "AC" + "0" * 32, "emulator-token"
N_CALLS = 5000


def config(url: str, token: str = TOKEN) -> TwilioConfig:
    return TwilioConfig(
        account_sid=SID,
        auth_token=token,
        api_base_url=url,
        page_size=200,
        initial_lookback_s=4 * 86400,
        broadcast_window_s=900,
    )


def expected_ids(emu: TwilioEmulator, since: datetime, until: datetime) -> set[str]:
    """What a full sync must store: every final parent call and every kept message in the window."""
    out = set()
    for c in emu.calls.values():
        start = _dt(c["start_time"])
        if not c["parent_call_sid"] and c["status"] in FINAL_CALL_STATUSES and start and since <= start < until:
            out.add(f"twilio-call:{c['sid']}")
    for m in emu.messages.values():
        sent = _dt(m["date_sent"])
        outbound = m["direction"] != "inbound"
        if not sent or not since <= sent < until:
            continue
        if m["status"] in {"accepted", "queued", "scheduled", "sending"} or (
            outbound and m["status"] in {"failed", "undelivered", "canceled"}
        ):
            continue
        if not (m["body"] or "").strip() and int(m["num_media"] or 0) == 0:
            continue
        wa = "whatsapp:" in (m["from"] + m["to"])
        out.add(f"{'twilio-wa' if wa else 'twilio-sms'}:{m['sid']}")
    return out


def _dt(value: Any) -> datetime | None:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(value).astimezone(UTC) if value else None


@pytest.fixture
async def emulator() -> AsyncIterator[tuple[TwilioEmulator, str]]:
    emu = TwilioEmulator(SID, TOKEN, seed=7)
    async with running_emulator(emu) as url:
        yield emu, url


async def _stored_ids(hub: Hub) -> set[str]:
    return {r["event_id"] for r in await rows(hub, "SELECT event_id FROM outcomes")}


async def test_full_interrupted_and_repeated_sync_store_each_contact_once(
    settings: Settings, emulator: tuple[TwilioEmulator, str]
) -> None:
    emu, url = emulator
    now = datetime.now(UTC)
    emu.generate_calls(N_CALLS, start=now - timedelta(days=3), days=2.9)
    emu.generate_messages(N_CALLS, start=now - timedelta(days=3), days=2.9)
    cfg = config(url)
    async with running_hub(settings) as hub, TwilioClient(cfg, RetryingHttpClient(attempts=3, base_delay=0.01)) as tw:
        assert hub.sessions is not None
        cursors = SqlCursors(hub.sessions)
        calls, messages = CallsConnector(tw, cfg), MessagesConnector(tw, cfg)

        # 1. interrupted: the 6th page of calls keeps failing → the run stops, the cursor stays put
        emu.fail_next(status=503, times=50, match="Calls.json")
        with pytest.raises(TransientError):
            await sync_once(calls, hub.publish_events, cursors)
        assert await cursors.get(calls.name) is None
        emu.clear_faults()

        # 2. resumed, with calls arriving while it runs
        late = emu.add_call(
            to="+447700900612",
            from_="+441134960000",
            direction="outbound-api",
            status="no-answer",
            start_time=datetime.now(UTC) - timedelta(seconds=5),
            duration=0,
        )
        published = await sync_once(calls, hub.publish_events, cursors)
        published += await sync_once(messages, hub.publish_events, cursors)
        assert published > N_CALLS
        # 3. repeated: nothing new
        cursor = await cursors.get(calls.name)
        late2 = emu.add_call(
            to="+447700900611",
            from_="+441134960000",
            direction="outbound-api",
            status="busy",
            start_time=datetime.fromisoformat(cursor or "") - timedelta(seconds=30),
            duration=0,
        )
        await sync_once(calls, hub.publish_events, cursors)
        await sync_once(messages, hub.publish_events, cursors)

        want = expected_ids(emu, now - timedelta(days=4), datetime.now(UTC) - timedelta(seconds=cfg.broadcast_window_s))
        want |= {f"twilio-call:{late['sid']}", f"twilio-call:{late2['sid']}"}
        counts = await stored(hub, len(want), timeout=120)
        got = await _stored_ids(hub)
        assert want <= got
        assert counts["outcomes"] == len(got)  # one outcome per id: nothing twice
        assert sum(v for k, v in counts.items() if k != "outcomes") == counts["outcomes"]


@pytest.mark.parametrize(
    ("status", "answered_by", "recorded", "voicemail"),
    [
        ("no-answer", None, False, False),
        ("busy", None, False, False),
        ("completed", "machine_end_beep", True, True),
        ("completed", "machine_start", False, False),
    ],
)
async def test_outbound_attempts_are_recorded_with_status_and_voicemail(
    settings: Settings,
    emulator: tuple[TwilioEmulator, str],
    status: str,
    answered_by: str | None,
    recorded: bool,
    voicemail: bool,
) -> None:
    emu, url = emulator
    call = emu.add_call(
        to="+447700900612",
        from_="+441134960000",
        direction="outbound-api",
        status=status,
        answered_by=answered_by,
        start_time=datetime.now(UTC) - timedelta(minutes=10),
        duration=25 if status == "completed" else 0,
    )
    if recorded:
        rec = emu.add_recording(call["sid"], duration=20)
        emu.add_transcription(rec["sid"], "Hello, this is Fairholme Homes about your gas safety check.")
    cfg = config(url)
    async with running_hub(settings) as hub, TwilioClient(cfg) as tw:
        assert hub.sessions is not None and hub.bus is not None
        await sync_once(CallsConnector(tw, cfg), hub.publish_events, SqlCursors(hub.sessions))
        await stored(hub, 1)
        got = await rows(
            hub,
            "SELECT customer_ref, method, summary FROM contact_records WHERE event_id = :i",
            i=f"twilio-call:{call['sid']}",
        )
        sub = await hub.bus.js.pull_subscribe(
            hub.subjects.captured_all, durable=None, stream=hub.subjects.stream_captured
        )
        event = json.loads((await sub.fetch(1, timeout=5))[0].data)
        await sub.unsubscribe()
    assert len(got) == 1 and got[0]["customer_ref"] == "C200312"
    assert event["call"]["status"] == status and event["call"]["voicemail_left"] is voicemail
    assert ("voicemail message left" in got[0]["summary"]) is voicemail
    if recorded:
        assert "gas safety" in got[0]["summary"]


async def test_rate_limit_storm_is_ridden_out(settings: Settings, emulator: tuple[TwilioEmulator, str]) -> None:
    emu, url = emulator
    now = datetime.now(UTC)
    emu.generate_calls(1500, start=now - timedelta(days=2), days=1.9)
    cfg = config(url)
    emu.fail_every(2, status=429, retry_after=0)  # every other request, throughout the sync
    http = RetryingHttpClient(attempts=4, base_delay=0.01)
    async with running_hub(settings) as hub, TwilioClient(cfg, http) as tw:
        assert hub.sessions is not None
        connector = CallsConnector(tw, cfg)
        await sync_once(connector, hub.publish_events, SqlCursors(hub.sessions))
        emu.clear_faults()
        await sync_once(connector, hub.publish_events, SqlCursors(hub.sessions))  # repeat: no duplicates
        want = expected_ids(emu, now - timedelta(days=4), now)
        want = {w for w in want if w.startswith("twilio-call:")}
        await stored(hub, len(want), timeout=60)
        got = await _stored_ids(hub)
    assert got == want
    assert http.retries > 10


async def test_bad_token_shows_in_readyz_while_web_chat_keeps_recording(
    settings: Settings, emulator: tuple[TwilioEmulator, str]
) -> None:
    _, url = emulator
    configured = settings.model_copy(
        update={
            "twilio_account_sid": SID,
            "twilio_auth_token": SecretStr("wrong-token"),
            "twilio_api_base_url": url,
        }
    )
    async with running_hub(configured) as hub, aiohttp.ClientSession() as http:

        async def misconfigured() -> dict[str, str] | None:
            async with http.get(f"{base_url(hub)}/readyz") as resp:
                body: dict[str, Any] = await resp.json()
                checks: dict[str, str] = body["checks"]
                ok = resp.status == 503 and checks.get("connector:twilio-calls", "").startswith("misconfigured")
                return checks if ok else None

        checks = await wait_for(misconfigured, timeout=20)
        assert "auth token" in checks["connector:twilio-calls"]
        assert checks["connector:webchat"] == "ok"
        async with http.ws_connect(f"{base_url(hub)}/chat/ws") as ws:
            await ws.receive_json()
            await ws.send_json({"type": "hello", "phone": "07700 900611"})
            await ws.send_json({"type": "message", "text": "The bathroom tap is dripping constantly."})
            await ws.receive_json()
            await ws.send_json({"type": "end"})
            done = await ws.receive_json()
        await stored(hub, 1)
        got = await rows(hub, "SELECT customer_ref FROM contact_records WHERE event_id = :i", i=done["reference"])
        assert got == [{"customer_ref": "C200311"}]
        async with http.get(f"{base_url(hub)}/metrics") as resp:
            assert 'hub_connector_up{connector="twilio-calls"} 0.0' in await resp.text()
    assert isinstance(hub.health, Health)


async def test_webhooks_publish_signed_contacts_and_refuse_the_rest(
    settings: Settings, emulator: tuple[TwilioEmulator, str]
) -> None:
    from connectors.twilio.emulator import fire_webhook, inbound_message_params, voice_params

    emu, url = emulator
    configured = settings.model_copy(
        update={
            "twilio_account_sid": SID,
            "twilio_auth_token": SecretStr(TOKEN),
            "twilio_api_base_url": url,
            "twilio_poll_interval_s": 3600.0,
        }
    )
    start = datetime.now(UTC) - timedelta(minutes=3)
    call = emu.add_call(
        to="+441134960000",
        from_="+447700900608",
        direction="inbound",
        status="completed",
        answered_by="human",
        start_time=start,
        duration=95,
    )
    wa = emu.add_message(
        to="whatsapp:+447700900010",
        from_="whatsapp:+447700900603",
        body="pani tapak raha hai",
        direction="inbound",
        status="received",
    )
    async with running_hub(configured) as hub, aiohttp.ClientSession() as http:
        hooks = f"{base_url(hub)}/webhooks/twilio"
        ringing = await fire_webhook(
            http, f"{hooks}/voice-status", voice_params(call, status="ringing"), auth_token=TOKEN
        )
        done = await fire_webhook(http, f"{hooks}/voice-status", voice_params(call), auth_token=TOKEN)
        msg = await fire_webhook(
            http, f"{hooks}/messages", inbound_message_params(wa, profile_name="Rukhsana"), auth_token=TOKEN
        )
        forged = await fire_webhook(
            http, f"{hooks}/messages", inbound_message_params(wa) | {"Body": "forged"}, auth_token="not-the-token"
        )
        unsigned = await fire_webhook(http, f"{hooks}/voice-status", voice_params(call), auth_token=None)
        assert (ringing.status, done.status, msg.status, forged.status, unsigned.status) == (204, 204, 200, 403, 403)
        assert "<Response>" in msg.text
        await stored(hub, 2)
        got = await rows(hub, "SELECT event_id, customer_ref, channel FROM contact_records ORDER BY event_id")
    assert got == [
        {"event_id": f"twilio-call:{call['sid']}", "customer_ref": "C200308", "channel": "voice"},
        {"event_id": f"twilio-wa:{wa['sid']}", "customer_ref": "C200303", "channel": "whatsapp"},
    ]


async def test_backfill_imports_history_resumably(settings: Settings, emulator: tuple[TwilioEmulator, str]) -> None:
    from hub.backfill import backfill_twilio

    emu, url = emulator
    now = datetime.now(UTC).replace(microsecond=0)
    emu.generate_calls(600, start=now - timedelta(days=6), days=5)
    emu.generate_messages(400, start=now - timedelta(days=6), days=5)
    configured = settings.model_copy(
        update={
            "twilio_account_sid": SID,
            "twilio_auth_token": SecretStr(TOKEN),
            "twilio_api_base_url": url,
        }
    )
    since, until = now - timedelta(days=7), now - timedelta(hours=1)
    emu.fail_next(status=503, retry_after=0, times=40, match="Messages.json")  # the first window dies
    with pytest.raises(TransientError):
        await backfill_twilio(configured, since, until, timedelta(days=1), progress=False)
    emu.clear_faults()
    first = await backfill_twilio(configured, since, until, timedelta(days=1), progress=False)
    again = await backfill_twilio(configured, since, until, timedelta(days=1), progress=False)
    assert first["windows"] == 7 and again["windows"] == 0  # 7 days less an hour, a day per window
    want = expected_ids(emu, since, until)
    async with running_hub(configured.model_copy(update={"twilio_account_sid": None}), seed=False) as hub:
        got = await _stored_ids(hub)
    assert got == want
