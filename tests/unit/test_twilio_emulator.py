"""The Twilio emulator speaks Twilio's wire format: proven with the real `twilio` library over loopback.

Also documents how the library behaves (see the tests named `test_library_*`), which the hub's
Twilio client has to live with.
"""

from __future__ import annotations

import asyncio
import collections
import json
import math
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.request_validator import RequestValidator, get_signature_algorithm
from twilio.rest import Client

from connectors.twilio.emulator import (
    ANSWERED_BY,
    CALL_DIRECTIONS,
    CALL_STATUSES,
    TwilioEmulator,
    body_sha256,
    fire_webhook,
    inbound_message_params,
    message_status_params,
    parse_rfc2822,
    recording_status_params,
    running_emulator,
    sms_segments,
    transcription_params,
    twilio_signature,
    voice_params,
)
from connectors.twilio.fixtures import DEFAULT_START, LANDLORD_MAIN_LINE

N_CALLS = 5000
N_MESSAGES = 1500
ISO = "%Y-%m-%dT%H:%M:%SZ"
DRAMA_NUMBER = re.compile(r"^(whatsapp:)?\+(447700900|441134960)\d{3}$")
RFC2822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


# ----------------------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _no_twilio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # TWILIO_EDGE / TWILIO_REGION would make the library rewrite the host.
    for name in ("TWILIO_EDGE", "TWILIO_REGION", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def generated() -> TwilioEmulator:
    emu = TwilioEmulator(seed=11)
    emu.generate_calls(N_CALLS, seed=3)
    emu.generate_messages(N_MESSAGES, seed=4)
    return emu


@pytest.fixture
def emulator(generated: TwilioEmulator) -> TwilioEmulator:
    """A fresh emulator (same account, no faults, empty log) holding the generated resources."""
    emu = TwilioEmulator(seed=11)
    for name in ("calls", "messages", "recordings", "transcriptions"):
        getattr(emu, name).update(getattr(generated, name))
    return emu


@pytest.fixture
async def base_url(emulator: TwilioEmulator) -> AsyncIterator[str]:
    async with running_emulator(emulator) as url:
        yield url


@asynccontextmanager
async def twilio_client(
    base_url: str, username: str, password: str, *, account_sid: str | None = None, **http: Any
) -> AsyncIterator[Any]:
    """The real library client, pointed at the emulator; its aiohttp session is closed on exit."""
    async with AsyncTwilioHttpClient(**http) as http_client:
        client = Client(username, password, account_sid=account_sid, http_client=http_client)
        client.api.base_url = base_url  # the Api domain builds every URL from this
        yield client


@pytest.fixture
async def client(emulator: TwilioEmulator, base_url: str) -> AsyncIterator[Any]:
    async with twilio_client(base_url, emulator.account_sid, emulator.auth_token) as c:
        yield c


def started_between(emulator: TwilioEmulator, after: datetime, before: datetime | None = None) -> set[str]:
    return {
        sid
        for sid, call in emulator.calls.items()
        if call["start_time"]
        and after <= parse_rfc2822(call["start_time"])
        and (before is None or parse_rfc2822(call["start_time"]) <= before)
    }


def api_requests(emulator: TwilioEmulator, suffix: str) -> list[Any]:
    return [r for r in emulator.requests if r.path.endswith(suffix)]


# ----------------------------------------------------------------------------------------- calls


async def test_list_calls_after_a_time_across_pages(emulator: TwilioEmulator, client: Any) -> None:
    after = DEFAULT_START + timedelta(days=20, hours=3, minutes=17, seconds=5)
    expected = started_between(emulator, after)
    assert 1000 < len(expected) < N_CALLS

    calls = await client.calls.list_async(start_time_after=after, page_size=50)

    sids = [c.sid for c in calls]
    assert len(sids) == len(set(sids)) == len(expected)
    assert set(sids) == expected
    starts = [c.start_time for c in calls]
    assert starts == sorted(starts, reverse=True)  # newest first
    assert all(s is not None and s.tzinfo is not None and s >= after for s in starts)
    pages = api_requests(emulator, "/Calls.json")
    assert len(pages) == math.ceil(len(expected) / 50)
    assert pages[0].query == {"StartTime>": after.strftime(ISO), "PageSize": "50"}
    assert all(
        p.query["PageToken"].startswith("PACA") and p.query["StartTime>"] == after.strftime(ISO) for p in pages[1:]
    )
    assert [int(p.query.get("Page", 0)) for p in pages] == list(range(len(pages)))


async def test_list_calls_in_a_window(emulator: TwilioEmulator, client: Any) -> None:
    after = DEFAULT_START + timedelta(days=9, hours=12)
    before = DEFAULT_START + timedelta(days=16, hours=9, seconds=30)
    calls = await client.calls.list_async(start_time_after=after, start_time_before=before, page_size=50)
    assert [c.sid for c in calls] and {c.sid for c in calls} == started_between(emulator, after, before)
    assert len(calls) == len({c.sid for c in calls})


async def test_calls_on_a_day_given_as_a_date_string(emulator: TwilioEmulator, client: Any) -> None:
    day = (DEFAULT_START + timedelta(days=5)).date()
    calls = await client.calls.list_async(start_time=day.isoformat(), page_size=1000)
    expected = {
        s for s, c in emulator.calls.items() if c["start_time"] and parse_rfc2822(c["start_time"]).date() == day
    }
    assert {c.sid for c in calls} == expected and expected


async def test_page_async_then_next_and_previous_pages(emulator: TwilioEmulator, client: Any) -> None:
    page = await client.calls.page_async(page_size=1000)
    seen: list[str] = []
    pages = 0
    while page is not None:
        seen += [c.sid for c in page]
        pages += 1
        page = await page.next_page_async()
    assert pages == 5
    assert len(seen) == len(set(seen)) == N_CALLS == len(emulator.calls)

    first = await client.calls.page_async(page_size=100)
    first_sids = [c.sid for c in first]
    second = await first.next_page_async()
    assert second is not None
    assert second.previous_page_url is not None and "PageToken=PBCA" in second.previous_page_url
    back = await second.previous_page_async()
    assert back is not None and [c.sid for c in back] == first_sids


async def test_following_next_page_is_stable_while_calls_arrive(emulator: TwilioEmulator, client: Any) -> None:
    before = set(emulator.calls)
    page = await client.calls.page_async(page_size=300)
    seen = [c.sid for c in page]
    end = DEFAULT_START + timedelta(days=31)
    newer = [
        emulator.add_call(to=LANDLORD_MAIN_LINE, from_="+447700900123", start_time=end + timedelta(minutes=i))["sid"]
        for i in range(10)
    ]
    older = [
        emulator.add_call(
            to=LANDLORD_MAIN_LINE, from_="+447700900124", start_time=DEFAULT_START - timedelta(hours=i + 1)
        )["sid"]
        for i in range(10)
    ]
    page = await page.next_page_async()
    while page is not None:
        seen += [c.sid for c in page]
        page = await page.next_page_async()
    assert len(seen) == len(set(seen))
    assert set(seen) == before | set(older)
    assert not set(newer) & set(seen)


async def test_call_filters(emulator: TwilioEmulator, client: Any) -> None:
    busy = await client.calls.list_async(status="busy", page_size=1000)
    assert {c.sid for c in busy} == {s for s, c in emulator.calls.items() if c["status"] == "busy"}

    child = next(c for c in emulator.calls.values() if c["parent_call_sid"])
    legs = await client.calls.list_async(parent_call_sid=child["parent_call_sid"])
    assert [c.sid for c in legs] == [child["sid"]]
    assert legs[0].direction == "outbound-dial"

    tenant = child["from"]
    from_tenant = await client.calls.list_async(from_=tenant, page_size=1000)
    assert {c.sid for c in from_tenant} == {s for s, c in emulator.calls.items() if c["from"] == tenant}
    to_tenant = await client.calls.list_async(to=tenant, status="no-answer", page_size=1000)
    assert {c.sid for c in to_tenant} == {
        s for s, c in emulator.calls.items() if c["to"] == tenant and c["status"] == "no-answer"
    }

    cutoff = DEFAULT_START + timedelta(days=29, hours=12)
    ended = await client.calls.list_async(end_time_after=cutoff, page_size=1000)
    assert {c.sid for c in ended} == {
        s for s, c in emulator.calls.items() if c["end_time"] and parse_rfc2822(c["end_time"]) >= cutoff
    }


async def test_fetch_call_fields_and_unknown_sid(emulator: TwilioEmulator, client: Any) -> None:
    machine = next(c for c in emulator.calls.values() if c["answered_by"] == "machine_end_beep")
    call = await client.calls(machine["sid"]).fetch_async()
    assert call.sid == machine["sid"] and call.status == "completed" and call.direction == "outbound-api"
    assert call.answered_by == "machine_end_beep"
    assert call._from == LANDLORD_MAIN_LINE and call.to == machine["to"]  # the library names it `_from`
    assert call.start_time == parse_rfc2822(machine["start_time"])
    assert call.duration == machine["duration"] and isinstance(call.duration, str)
    assert call.subresource_uris["recordings"].endswith(f"/Calls/{machine['sid']}/Recordings.json")

    with pytest.raises(TwilioRestException) as caught:
        await client.calls("CA" + "0" * 32).fetch_async()
    assert caught.value.status == 404 and caught.value.code == 20404


# ----------------------------------------------------------------------------------------- messages


async def test_messages_by_date_sent(emulator: TwilioEmulator, client: Any) -> None:
    after = DEFAULT_START + timedelta(days=10)
    before = DEFAULT_START + timedelta(days=20, hours=6)
    messages = await client.messages.list_async(date_sent_after=after, date_sent_before=before, page_size=100)
    expected = {
        sid
        for sid, m in emulator.messages.items()
        if m["date_sent"] and after <= parse_rfc2822(m["date_sent"]) <= before
    }
    assert expected and {m.sid for m in messages} == expected and len(messages) == len(expected)
    sent = [m.date_sent for m in messages]
    assert sent == sorted(sent, reverse=True)
    queries = [r.query for r in api_requests(emulator, "/Messages.json")]
    assert queries[0] == {"DateSent>": after.strftime(ISO), "DateSent<": before.strftime(ISO), "PageSize": "100"}
    assert any(m.from_.startswith("whatsapp:+44") for m in messages)
    assert any(m.to.startswith("whatsapp:+44") for m in messages)


async def test_message_fields_and_bulk_sends(emulator: TwilioEmulator, client: Any) -> None:
    whatsapp = next(
        m for m in emulator.messages.values() if m["from"].startswith("whatsapp:") and m["num_media"] != "0"
    )
    fetched = await client.messages(whatsapp["sid"]).fetch_async()
    assert fetched.sid.startswith("MM") and fetched.from_ == whatsapp["from"] and fetched.num_media == "1"
    assert fetched.direction == "inbound" and fetched.status == "received"

    messages = await client.messages.list_async(page_size=1000)
    assert len(messages) == N_MESSAGES
    bulk: dict[tuple[str, str | None], list[Any]] = collections.defaultdict(list)
    for m in messages:
        if m.direction == "outbound-api" and m.messaging_service_sid and m.date_sent:
            bulk[(m.body, m.messaging_service_sid)].append(m)
    sends = [group for group in bulk.values() if len(group) >= 8]
    assert sends
    for group in sends:
        times = [m.date_sent for m in group]
        assert max(times) - min(times) < timedelta(minutes=1)
        assert len({m.to for m in group}) == len(group)


# ----------------------------------------------------------------------------------------- recordings


async def test_recordings_and_transcriptions_of_a_call(emulator: TwilioEmulator, client: Any) -> None:
    transcribed = next(t for t in emulator.transcriptions.values() if t["status"] == "completed")
    recording = emulator.recordings[transcribed["recording_sid"]]
    call_sid = recording["call_sid"]

    by_filter = await client.recordings.list_async(call_sid=call_sid)
    by_call = await client.calls(call_sid).recordings.list_async()
    assert [r.sid for r in by_filter] == [r.sid for r in by_call] == [recording["sid"]]
    assert by_filter[0].call_sid == call_sid and by_filter[0].duration == recording["duration"]
    assert by_filter[0].source == "RecordVerb" and by_filter[0].status == "completed"

    texts = await client.recordings(recording["sid"]).transcriptions.list_async()
    assert [t.transcription_text for t in texts] == [transcribed["transcription_text"]]
    assert texts[0].recording_sid == recording["sid"]
    fetched = await client.transcriptions(transcribed["sid"]).fetch_async()
    assert fetched.status == "completed" and fetched.transcription_text == transcribed["transcription_text"]
    assert (await client.recordings(recording["sid"]).fetch_async()).call_sid == call_sid

    everything = await client.transcriptions.list_async(page_size=200)
    assert len(everything) == len(emulator.transcriptions)
    assert len(await client.recordings.list_async(page_size=500)) == len(emulator.recordings)

    silent = next(c for c in emulator.calls.values() if not emulator.recordings_for_call(c["sid"]))
    assert await client.calls(silent["sid"]).recordings.list_async() == []


# ----------------------------------------------------------------------------------------- auth and errors


async def test_bad_credentials_are_401(emulator: TwilioEmulator, base_url: str) -> None:
    async with twilio_client(base_url, emulator.account_sid, "wrong-token") as bad:
        with pytest.raises(TwilioRestException) as caught:
            await bad.calls(next(iter(emulator.calls))).fetch_async()
        assert caught.value.status == 401 and caught.value.code == 20003
        assert "Authenticate" in caught.value.msg

        # A list/page call fails differently: Page raises the base TwilioException with the raw response.
        with pytest.raises(TwilioException) as listing:
            await bad.calls.list_async(limit=5)
        assert not isinstance(listing.value, TwilioRestException)
        assert listing.value.args[0] == "Unable to fetch page"
        response = listing.value.args[1]
        assert response.status_code == 401
        assert json.loads(response.text) == {
            "code": 20003,
            "message": "Authenticate",
            "more_info": "https://www.twilio.com/docs/errors/20003",
            "status": 401,
        }


async def test_api_key_auth_and_foreign_account(emulator: TwilioEmulator, base_url: str) -> None:
    emulator.api_keys["SK" + "1" * 32] = "key-secret"
    async with twilio_client(base_url, "SK" + "1" * 32, "key-secret", account_sid=emulator.account_sid) as keyed:
        assert len(await keyed.calls.list_async(limit=3)) == 3
    async with twilio_client(
        base_url, emulator.account_sid, emulator.auth_token, account_sid="AC" + "f" * 32
    ) as foreign:
        with pytest.raises(TwilioRestException) as caught:
            await foreign.calls(next(iter(emulator.calls))).fetch_async()
        assert caught.value.status == 404


async def test_injected_429_with_retry_after(emulator: TwilioEmulator, client: Any) -> None:
    sid = next(iter(emulator.calls))
    emulator.fail_next(status=429, retry_after=1)
    with pytest.raises(TwilioRestException) as caught:
        await client.calls(sid).fetch_async()
    assert caught.value.status == 429 and caught.value.code == 20429
    assert emulator.requests[-1].status == 429 and emulator.requests[-1].fault
    assert (await client.calls(sid).fetch_async()).sid == sid  # the fault was used up

    # On lists the Retry-After header survives, on the raw response in the exception's args.
    emulator.fail_next(status=429, retry_after=2, match="/Calls.json")
    with pytest.raises(TwilioException) as listing:
        await client.calls.list_async(limit=10)
    response = listing.value.args[1]
    assert response.status_code == 429 and response.headers["Retry-After"] == "2"
    assert len(await client.calls.list_async(limit=10)) == 10


async def test_a_failed_next_page_can_be_retried(emulator: TwilioEmulator, client: Any) -> None:
    first = await client.calls.page_async(page_size=200)
    emulator.fail_next(status=503, times=2)
    for _ in range(2):
        with pytest.raises(TwilioException):
            await first.next_page_async()
    second = await first.next_page_async()
    assert second is not None and len(list(second)) == 200
    assert [r.status for r in emulator.requests[-3:]] == [503, 503, 200]


async def test_fail_every_other_request_and_server_errors(emulator: TwilioEmulator, client: Any) -> None:
    sid = next(iter(emulator.calls))
    emulator.fail_every(n=2, status=429, retry_after=0)
    outcomes = []
    for _ in range(6):
        try:
            await client.calls(sid).fetch_async()
            outcomes.append(200)
        except TwilioRestException as exc:
            outcomes.append(exc.status)
    assert outcomes == [200, 429, 200, 429, 200, 429]
    assert all(r.status == 429 for r in emulator.requests[-5::2])
    emulator.clear_faults()

    for status, code in ((500, 20500), (503, 20503)):
        emulator.fail_next(status=status)
        with pytest.raises(TwilioRestException) as caught:
            await client.calls(sid).fetch_async()
        assert (caught.value.status, caught.value.code) == (status, code)


async def test_dropped_connection(emulator: TwilioEmulator, client: Any) -> None:
    # aiohttp retries a GET once by itself after a disconnect: one drop is invisible, two surface.
    emulator.disconnect_next()
    assert len(await client.calls.list_async(limit=1)) == 1
    assert [r.status for r in emulator.requests] == [499, 200]
    emulator.disconnect_next(times=2)
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await client.calls.list_async(limit=1)
    assert len(await client.calls.list_async(limit=1)) == 1


async def test_request_log_and_raw_envelope(emulator: TwilioEmulator, base_url: str) -> None:
    auth = {"Authorization": aiohttp.encode_basic_auth(emulator.account_sid, emulator.auth_token)}
    url = f"{base_url}{emulator.account_path}/Calls.json?Status=completed&PageSize=2"
    async with aiohttp.ClientSession() as session:
        async with session.get(url, headers=auth) as response:
            body = await response.json()
        async with session.get(f"{base_url}{emulator.account_path}/Nope.json", headers=auth) as missing:
            assert missing.status == 404 and (await missing.json())["code"] == 20404
        async with session.get(url) as anonymous:
            assert anonymous.status == 401 and (await anonymous.json())["code"] == 20003
    assert set(body) == {
        "calls",
        "end",
        "first_page_uri",
        "next_page_uri",
        "page",
        "page_size",
        "previous_page_uri",
        "start",
        "uri",
    }
    assert (body["page"], body["page_size"], body["start"], body["end"]) == (0, 2, 0, 1)
    assert body["previous_page_uri"] is None
    assert body["next_page_uri"].startswith(f"{emulator.account_path}/Calls.json?Status=completed&PageSize=2&Page=1&")
    assert body["first_page_uri"] == f"{emulator.account_path}/Calls.json?Status=completed&PageSize=2&Page=0"
    logged = emulator.requests[0]
    assert (logged.method, logged.path, logged.query, logged.status) == (
        "GET",
        f"{emulator.account_path}/Calls.json",
        {"Status": "completed", "PageSize": "2"},
        200,
    )


async def test_library_sends_limit_as_page_size(emulator: TwilioEmulator, client: Any) -> None:
    # read_limits() uses `limit` as PageSize when no page_size is given (not min(limit, 1000) as documented);
    # the emulator clamps PageSize to 1000.
    calls = await client.calls.list_async(limit=1500)
    assert len(calls) == 1500
    pages = api_requests(emulator, "/Calls.json")
    assert [p.query["PageSize"] for p in pages] == ["1500", "1000"]


async def test_library_ignores_http_client_timeout(emulator: TwilioEmulator, base_url: str) -> None:
    # AsyncTwilioHttpClient(timeout=...) is stored but never applied: each request passes timeout=None to
    # aiohttp, which means no timeout at all. The hub must bound calls itself (asyncio.timeout).
    emulator.delay_next(0.4)
    async with twilio_client(base_url, emulator.account_sid, emulator.auth_token, timeout=0.05) as slow:
        began = time.monotonic()
        assert len(await slow.calls.list_async(limit=2)) == 2
        assert time.monotonic() - began >= 0.4


# ----------------------------------------------------------------------------------------- data


def test_generated_data_covers_the_cases() -> None:
    emu = TwilioEmulator(seed=5)
    calls = emu.generate_calls(2000)
    messages = emu.generate_messages(1000)
    assert len(calls) == 2000 and len(messages) == 1000

    assert {c["status"] for c in calls} == set(CALL_STATUSES)
    assert {c["direction"] for c in calls} == set(CALL_DIRECTIONS)
    assert {c["answered_by"] for c in calls} == {None, *ANSWERED_BY}
    children = [c for c in calls if c["parent_call_sid"]]
    assert children and all(
        c["direction"] == "outbound-dial" and emu.calls[c["parent_call_sid"]]["direction"] == "inbound"
        for c in children
    )
    machines = [c for c in calls if (c["answered_by"] or "").startswith("machine")]
    assert any(emu.recordings_for_call(c["sid"]) for c in machines)
    assert any(not emu.recordings_for_call(c["sid"]) for c in machines)
    assert {t["status"] for t in emu.transcriptions.values()} == {"completed", "failed"}
    untranscribed = [r for r in emu.recordings.values() if not emu.transcriptions_for_recording(r["sid"])]
    assert any(r["source"] == "RecordVerb" for r in untranscribed)
    queued = next(c for c in calls if c["status"] == "queued")
    assert queued["start_time"] is None and queued["duration"] is None
    for c in calls:
        assert re.fullmatch(r"CA[0-9a-f]{32}", c["sid"])
        assert DRAMA_NUMBER.match(c["from"]) and DRAMA_NUMBER.match(c["to"])
        assert all(RFC2822.match(c[f]) for f in ("date_created", "date_updated", "start_time", "end_time") if c[f])
        if c["status"] in ("busy", "no-answer", "failed", "canceled"):
            assert c["duration"] == "0" and c["end_time"]

    assert {m["direction"] for m in messages} == {"inbound", "outbound-api", "outbound-call", "outbound-reply"}
    assert {"received", "delivered", "sent", "read", "undelivered", "failed", "queued"} <= {
        m["status"] for m in messages
    }
    assert any(m["from"].startswith("whatsapp:") for m in messages) and any(
        m["to"].startswith("whatsapp:") for m in messages
    )
    assert any(m["sid"].startswith("MM") for m in messages)
    assert all(m["error_code"] for m in messages if m["status"] in ("failed", "undelivered"))
    assert all(m["date_sent"] is None for m in messages if m["status"] in ("queued", "scheduled", "accepted"))
    for m in messages:
        assert re.fullmatch(r"(SM|MM)[0-9a-f]{32}", m["sid"])
        assert DRAMA_NUMBER.match(m["from"]) and DRAMA_NUMBER.match(m["to"])

    again = TwilioEmulator(seed=5)
    assert again.generate_calls(2000) == calls and again.generate_messages(1000) == messages


def test_small_sets_still_cover_every_status() -> None:
    emu = TwilioEmulator(seed=1)
    calls = emu.generate_calls(40)
    assert len(calls) == 40 and {c["status"] for c in calls} == set(CALL_STATUSES)
    messages = emu.generate_messages(60)
    assert len(messages) == 60 and any(m["messaging_service_sid"] for m in messages)


def test_sms_segments() -> None:
    assert sms_segments("a" * 160) == 1 and sms_segments("a" * 161) == 2
    assert sms_segments("£" * 160) == 1  # £ is GSM-7
    assert sms_segments("€" * 80) == 1 and sms_segments("€" * 81) == 2  # extension chars count twice
    assert sms_segments("Thanks 👍") == 1 and sms_segments("👍" * 36) == 2  # UCS-2


# ----------------------------------------------------------------------------------------- webhooks


@pytest.mark.parametrize(
    ("caller", "signature"),
    [
        ("+14158675309", "RSOYDt4T1cUTdK1PDd93/VVr8B8="),  # the helper libraries' own test vector
        ("+12349013030", "0/KCTR6DLpKmkAf8muzZqo1nDgQ="),  # the example on Twilio's webhook-security page
    ],
)
def test_twilio_published_signature_vectors(caller: str, signature: str) -> None:
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {"CallSid": "CA1234567890ABCDE", "Caller": caller, "Digits": "1234", "From": caller, "To": "+18005551212"}
    assert twilio_signature("12345", url, params) == signature
    validator = RequestValidator("12345")
    assert validator.compute_signature(url, params) == signature
    assert validator.validate(url, params, signature)
    assert not validator.validate(url, {**params, "Digits": "1235"}, signature)
    assert not validator.validate(url.replace("foo=1", "foo=2"), params, signature)
    assert not validator.validate(url, params, twilio_signature("54321", url, params))


def test_published_repeated_params_and_body_hash_vectors() -> None:
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    repeated = [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234"), ("Digits", "1234")]
    assert twilio_signature("12345", url, repeated) == "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    body = '{"property": "value", "boolean": true}'
    assert body_sha256(body) == "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"


@asynccontextmanager
async def hub_stand_in() -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback HTTP endpoint recording each webhook: URL as the hub sees it, form params, body, headers."""
    received: list[dict[str, Any]] = []

    async def receive(request: web.Request) -> web.Response:
        body = await request.text()
        form = await request.post() if request.content_type == "application/x-www-form-urlencoded" else None
        received.append({"url": str(request.url), "form": form, "body": body, "headers": dict(request.headers)})
        return web.Response(text="<Response/>", content_type="text/xml")

    app = web.Application()
    app.router.add_post("/{tail:.*}", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}", received
    finally:
        await runner.cleanup()


async def test_fired_webhooks_validate_with_request_validator(emulator: TwilioEmulator) -> None:
    token = emulator.auth_token
    validator = RequestValidator(token)
    voicemail = next(r for r in emulator.recordings.values() if r["source"] == "RecordVerb")
    call = emulator.calls[voicemail["call_sid"]]
    params = voice_params(call, recording=voicemail)
    async with hub_stand_in() as (hub, received), aiohttp.ClientSession() as session:
        result = await fire_webhook(session, f"{hub}/twilio/voice/status?site=leeds", params, auth_token=token)
        assert result.status == 200 and result.text == "<Response/>"
        got = received[-1]
        signature = got["headers"]["X-Twilio-Signature"]
        assert signature == result.signature
        assert got["url"] == f"{hub}/twilio/voice/status?site=leeds"
        assert validator.validate(got["url"], got["form"], signature)
        assert dict(got["form"]) == params
        assert got["headers"]["I-Twilio-Idempotency-Token"]

        tampered = {**params, "CallStatus": "busy"}
        assert not validator.validate(got["url"], tampered, signature)
        assert not validator.validate(got["url"].replace("leeds", "york"), got["form"], signature)
        assert not RequestValidator("another-token").validate(got["url"], got["form"], signature)

        # Repeated parameter names: each distinct value is signed, sorted.
        pairs = [("MessageSid", "SM" + "a" * 32), ("Tag", "b"), ("Tag", "a")]
        await fire_webhook(session, f"{hub}/multi", pairs, auth_token=token)
        got = received[-1]
        assert validator.validate(got["url"], got["form"], got["headers"]["X-Twilio-Signature"])

        # JSON body: bodySHA256 in the URL, the signature over the URL alone.
        event = {"type": "com.twilio.messaging.inbound-message.received", "data": {"body": "Flat 3 — boiler"}}
        result = await fire_webhook(session, f"{hub}/twilio/events", json_body=event, auth_token=token)
        got = received[-1]
        assert got["headers"]["Content-Type"] == "application/json"
        assert got["url"] == f"{hub}/twilio/events?bodySHA256={body_sha256(got['body'])}" == result.url
        assert json.loads(got["body"]) == event
        assert validator.validate(got["url"], got["body"], got["headers"]["X-Twilio-Signature"])
        assert not validator.validate(got["url"], got["body"].replace("boiler", "cooker"), result.signature)

        # Unsigned, and signed with a shared key and HMAC-SHA256.
        await fire_webhook(session, f"{hub}/unsigned", {"a": "b"})
        assert "X-Twilio-Signature" not in received[-1]["headers"]
        await fire_webhook(session, f"{hub}/sha256", params, auth_token="shared-secret", algorithm="HMAC_SHA256")
        got = received[-1]
        algorithm = get_signature_algorithm(got["headers"]["X-Twilio-Webhooks-Signature-Settings"])
        assert algorithm == "HMAC_SHA256"
        assert RequestValidator("shared-secret").validate(
            got["url"], got["form"], got["headers"]["X-Twilio-Signature"], algorithm=algorithm
        )


def test_callback_params_use_twilio_names(emulator: TwilioEmulator) -> None:
    child = next(c for c in emulator.calls.values() if c["parent_call_sid"] and c["status"] == "completed")
    params = voice_params(child)
    assert params["CallSid"] == child["sid"] and params["ParentCallSid"] == child["parent_call_sid"]
    assert params["CallStatus"] == "completed" and params["CallDuration"] == child["duration"]
    assert params["Direction"] == "outbound-dial" and params["CallbackSource"] == "call-progress-events"
    assert params["FromCountry"] == "GB" and params["AccountSid"] == emulator.account_sid
    assert "CallDuration" not in voice_params(child, status="ringing", callback=False)
    assert "SequenceNumber" not in voice_params(child, status="ringing", callback=False)

    amd = next(c for c in emulator.calls.values() if c["answered_by"] == "machine_end_beep")
    assert voice_params(amd)["AnsweredBy"] == "machine_end_beep"
    recording = emulator.recordings_for_call(amd["sid"])[0]
    assert voice_params(amd, recording=recording)["RecordingUrl"] == recording["media_url"]
    assert recording_status_params(recording)["RecordingStatus"] == "completed"
    transcription = next(iter(emulator.transcriptions.values()))
    text_params = transcription_params(transcription, emulator.recordings[transcription["recording_sid"]])
    assert text_params["TranscriptionSid"] == transcription["sid"]

    whatsapp = next(
        m for m in emulator.messages.values() if m["direction"] == "inbound" and m["from"].startswith("whatsapp:")
    )
    inbound = inbound_message_params(whatsapp, profile_name="Aisha")
    assert inbound["ProfileName"] == "Aisha" and inbound["WaId"] == whatsapp["from"].removeprefix("whatsapp:+")
    assert inbound["MessageSid"] == inbound["SmsMessageSid"] == whatsapp["sid"] and inbound["Body"] == whatsapp["body"]
    mms = next(m for m in emulator.messages.values() if m["sid"].startswith("MM") and m["direction"] == "inbound")
    media = inbound_message_params(mms)
    assert media["NumMedia"] == mms["num_media"] and media["MediaUrl0"].startswith("https://api.twilio.com/")

    failed = next(m for m in emulator.messages.values() if m["status"] == "undelivered")
    status = message_status_params(failed)
    assert status["MessageStatus"] == "undelivered" and status["ErrorCode"] == str(failed["error_code"])


async def test_running_emulator_binds_loopback() -> None:
    emu = TwilioEmulator()
    async with running_emulator(emu) as url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url) and emu.base_url == url
        async with aiohttp.ClientSession() as session, session.get(url + "/") as response:
            assert response.status == 401  # auth is checked before routing
    assert emu.base_url is None
    await asyncio.sleep(0)
