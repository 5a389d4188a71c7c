"""The whole path over real NATS and a real database: API/web chat → router → recorder → tables."""

from __future__ import annotations

import json
import re

import aiohttp
import pytest
from prometheus_client import REGISTRY

from schemas import ContactEvent
from tests.conftest import sample_events
from tests.integration.conftest import Stack
from tests.integration.helpers import HEADERS, base_url, rows, running_hub, stored, table_counts, wait_for

EVENTS = {e.id: e for e in sample_events()}
ANONYMOUS_IDS = [
    "wa:wamid.HBgM3D3480604b68dfd8e69a6c3b2b4b",
    "fb:m_fe9b90f36a6a41079a9be8ec29b5c8d8",
    "webchat:chat-885500",
]


def _payload(events: list[ContactEvent]) -> str:
    return json.dumps([json.loads(e.to_json()) for e in events])


async def _post(session: aiohttp.ClientSession, url: str, events: list[ContactEvent]) -> dict[str, object]:
    async with session.post(f"{url}/api/events", data=_payload(events), headers=HEADERS) as resp:
        body: dict[str, object] = await resp.json()
        assert resp.status == 202, body
        return body


def _real_ids() -> list[str]:
    """The anonymous sample ids as they appear in the fixture (prefix match keeps this robust)."""
    out = []
    for wanted in ANONYMOUS_IDS:
        out += [i for i in EVENTS if i.startswith(wanted[:18])]
    return out


async def test_events_land_in_the_right_tables(stack: Stack) -> None:
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        await _post(http, base_url(hub), list(EVENTS.values()))
        counts = await stored(hub, len(EVENTS))
        assert counts == {
            # the estate walkabout VST-2026-78445 is held as sensitive, a false caution (tests/unit/test_samples.py)
            "contact_records": 20,
            "sensitive_records": 3,
            "anonymous_concerns": 3,
            "review_queue": 5,
            "ignored_contacts": 9,
            "outcomes": 40,
        }
        repair_id = next(i for i in EVENTS if i.startswith("twilio-sms:SMcf3b6ff16"))
        repair = await rows(
            hub, "SELECT customer_ref, category, hazard FROM contact_records WHERE event_id = :i", i=repair_id
        )
        assert repair == [{"customer_ref": "C200308", "category": "repairs", "hazard": "emergency"}]
        ignored = await rows(hub, "SELECT * FROM ignored_contacts")
        assert {tuple(sorted(r)) for r in ignored} == {("channel", "event_id", "occurred_at", "reason", "recorded_at")}


async def test_same_event_three_times_is_recorded_once(stack: Stack) -> None:
    event = next(e for e in EVENTS.values() if e.id.startswith("twilio-sms:SMcf3b6ff16"))
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        for _ in range(3):
            await _post(http, base_url(hub), [event])
        # A fourth copy bypasses the broker's duplicate window: the store itself must dedupe.
        assert hub.bus is not None
        await hub.bus.publish(hub.subjects.captured(event.channel), [(event.id + "#replay", event.to_json())])
        await stored(hub, 1)
        marker = next(e for e in EVENTS.values() if e.id.startswith("tg:5444543"))
        await _post(http, base_url(hub), [marker])
        counts = await stored(hub, 2)
        assert counts["outcomes"] == 2
        assert counts["contact_records"] == 2
        assert await rows(hub, "SELECT count(*) AS n FROM contact_records WHERE event_id = :i", i=event.id) == [
            {"n": 1}
        ]


async def test_sensitive_contacts_land_only_in_sensitive_records(stack: Stack) -> None:
    sensitive = [e for e in EVENTS.values() if e.id.startswith(("tg:5722237", "visit:VST-2026-75423"))]
    assert len(sensitive) == 2
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        await _post(http, base_url(hub), sensitive)
        await stored(hub, 2)
        got = await rows(hub, "SELECT event_id, customer_ref, category FROM sensitive_records ORDER BY event_id")
        assert {(r["customer_ref"], r["category"]) for r in got} == {("C200314", "safeguarding"), ("C200301", "asb")}
        for table in ("contact_records", "review_queue", "anonymous_concerns", "ignored_contacts"):
            assert await rows(hub, f"SELECT event_id FROM {table}") == [], table
        # The general read path does not reveal them; the need-to-know path does, and is audited.
        async with http.get(
            f"{base_url(hub)}/api/customers/C200301/records",
            headers={"Authorization": "Bearer dev-read-token-change-me"},
        ) as resp:
            assert (await resp.json())["records"] == []
        async with http.get(
            f"{base_url(hub)}/api/customers/C200301/sensitive",
            headers={"Authorization": "Bearer dev-read-token-change-me"},
        ) as resp:
            assert resp.status == 403
        async with http.get(
            f"{base_url(hub)}/api/customers/C200301/sensitive?purpose=case%20review",
            headers={"Authorization": "Bearer dev-sensitive-token-change-me", "X-Reader": "asb.officer"},
        ) as resp:
            assert resp.status == 200
            assert [r["category"] for r in (await resp.json())["records"]] == ["asb"]
        audit = await rows(hub, "SELECT actor, action, customer_ref FROM audit_log WHERE action LIKE 'read:%'")
        assert audit == [{"actor": "asb.officer", "action": "read:sensitive_records", "customer_ref": "C200301"}]


async def test_anonymous_report_has_no_customer_link_anywhere(stack: Stack) -> None:
    anonymous = [EVENTS[i] for i in _real_ids()]
    assert len(anonymous) == 3
    # Who the reporters are (known customers), and everything that could identify them.
    identifying = {
        "C200303",
        "C200308",
        "rukhsana",
        "liam",
        "447700900603",
        "7700 900603",
        "liam.oconnor",
        "T-006114",
        "T-006152",
        "Malik",
        "O'Connor",
    }
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        await _post(http, base_url(hub), anonymous)
        await stored(hub, 3)
        concerns = await rows(hub, "SELECT * FROM anonymous_concerns")
        assert len(concerns) == 3
        assert not any("customer" in col or "sender" in col for col in concerns[0])
        audit = await rows(hub, "SELECT * FROM audit_log")
        async with http.get(f"{base_url(hub)}/metrics") as resp:
            metrics_text = await resp.text()
        everything = json.dumps([concerns, audit], default=str) + metrics_text
        for needle in identifying:
            assert not re.search(re.escape(needle), everything, re.IGNORECASE), needle
        assert all(a["customer_ref"] is None for a in audit)
        for table in ("contact_records", "sensitive_records", "review_queue"):
            assert await rows(hub, f"SELECT event_id FROM {table}") == [], table


async def test_web_chat_conversation_is_recorded_against_the_tenant(stack: Stack) -> None:
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        async with http.get(f"{base_url(hub)}/chat") as resp:
            assert resp.status == 200
            assert "Report anonymously" in await resp.text()
        async with http.ws_connect(f"{base_url(hub)}/chat/ws") as ws:
            assert (await ws.receive_json())["type"] == "reply"
            await ws.send_json({"type": "hello", "name": "Gemma", "phone": "07700 900611"})
            await ws.send_json({"type": "message", "text": "The kitchen tap is leaking under the sink."})
            assert (await ws.receive_json())["type"] == "reply"
            await ws.send_json({"type": "end"})
            done = await ws.receive_json()
        assert done["type"] == "recorded" and done["reference"].startswith("webchat:chat-")
        await stored(hub, 1)
        got = await rows(
            hub, "SELECT customer_ref, category, channel FROM contact_records WHERE event_id = :i", i=done["reference"]
        )
        assert got == [{"customer_ref": "C200311", "category": "repairs", "channel": "webchat"}]


async def test_anonymous_web_chat_never_sends_identity(stack: Stack) -> None:
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        async with http.ws_connect(f"{base_url(hub)}/chat/ws") as ws:
            await ws.receive_json()
            await ws.send_json({"type": "hello", "anonymous": True, "name": "Gemma", "phone": "07700 900611"})
            await ws.send_json({"type": "message", "text": "People are dealing drugs from the stairwell at night."})
            await ws.receive_json()
            await ws.send_json({"type": "end"})
            done = await ws.receive_json()
        await stored(hub, 1)
        got = await rows(
            hub, "SELECT category, sensitive FROM anonymous_concerns WHERE event_id = :i", i=done["reference"]
        )
        assert got == [{"category": "asb", "sensitive": True}]


async def test_malformed_messages_are_dead_lettered_and_the_rest_flows(stack: Stack) -> None:
    before = REGISTRY.get_sample_value("hub_dead_lettered_total", {"stage": "router"}) or 0.0
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        assert hub.bus is not None
        subject = hub.subjects.captured(next(iter(EVENTS.values())).channel)
        await hub.bus.publish(subject, [("junk-1", b"{not json"), ("junk-2", b'{"id": "x:1", "channel": "pigeon"}')])
        good = next(e for e in EVENTS.values() if e.id.startswith("tg:5444543"))
        await _post(http, base_url(hub), [good])
        await stored(hub, 1)
        sub = await hub.bus.js.pull_subscribe(hub.subjects.dead, durable=None, stream=hub.subjects.stream_dead)
        msgs = await sub.fetch(2, timeout=5)
        reasons = sorted(json.loads(m.data)["reason"] for m in msgs)
        assert len(reasons) == 2
        assert all(r.startswith("invalid ContactEvent") for r in reasons)
        assert any("channel" in r for r in reasons)
        async with http.get(f"{base_url(hub)}/metrics") as resp:
            exposed = re.search(r'^hub_dead_lettered_total\{stage="router"\} (\S+)$', await resp.text(), re.M)
        assert exposed and float(exposed.group(1)) == before + 2


async def test_events_api_refuses_bad_token_and_invalid_items(stack: Stack) -> None:
    good = next(iter(EVENTS.values()))
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        url = f"{base_url(hub)}/api/events"
        async with http.post(url, data=_payload([good]), headers={"Authorization": "Bearer wrong"}) as resp:
            assert resp.status == 401
        bad = [json.loads(good.to_json()), {"id": "api:2", "channel": "sms"}]
        async with http.post(url, data=json.dumps(bad), headers=HEADERS) as resp:
            assert resp.status == 422
            body = await resp.json()
            assert [i["index"] for i in body["items"]] == [1]
        async with http.post(url, data="not json", headers=HEADERS) as resp:
            assert resp.status == 400
        await _post(http, base_url(hub), [EVENTS[next(i for i in EVENTS if i.startswith("tg:5444543"))]])
        counts = await stored(hub, 1)
        assert counts["outcomes"] == 1  # nothing from the refused requests got through


async def test_health_and_readiness(stack: Stack) -> None:
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        async with http.get(f"{base_url(hub)}/healthz") as resp:
            assert resp.status == 200
        async with http.get(f"{base_url(hub)}/readyz") as resp:
            body = await resp.json()
            assert resp.status == 200, body
            assert body["checks"]["broker"] == "ok" and body["checks"]["database"] == "ok"
        hub.health.set("twilio-calls", "misconfigured", "401 from provider: check the auth token")
        async with http.get(f"{base_url(hub)}/readyz") as resp:
            body = await resp.json()
            assert resp.status == 503
            assert body["checks"]["connector:twilio-calls"].startswith("misconfigured")
        await wait_for(lambda: table_counts(hub), timeout=2)


@pytest.mark.parametrize("field", ["subjects", "actions"])
async def test_recorded_summary_keeps_structure(stack: Stack, field: str) -> None:
    event = next(e for e in EVENTS.values() if e.id.startswith("twilio-call:CA581adbb0"))
    async with running_hub(stack.settings, stack.namespace) as hub, aiohttp.ClientSession() as http:
        await _post(http, base_url(hub), [event])
        await stored(hub, 1)
        got = await rows(hub, f"SELECT {field}, deadlines FROM contact_records")
        assert len(got) == 1
        value = got[0][field]
        value = json.loads(value) if isinstance(value, str) else value
        assert value and all(isinstance(v, str) for v in value)
        deadlines = got[0]["deadlines"]
        deadlines = json.loads(deadlines) if isinstance(deadlines, str) else deadlines
        assert "emergency_make_safe_by" in deadlines
