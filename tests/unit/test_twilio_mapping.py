"""Twilio records → ContactEvents: statuses, directions, legs, voicemail, broadcasts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from connectors.twilio.mapping import broadcasts, call_event, fold_legs, message_event
from connectors.twilio.records import CallRecord, MessageRecord
from schemas import Channel, Direction

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def call(
    sid: str = "CA1",
    direction: str = "outbound-api",
    status: str = "completed",
    answered_by: str | None = None,
    recordings: tuple[str, ...] = (),
    parent: str | None = None,
    duration: int | None = 30,
) -> CallRecord:
    caller, callee = (
        ("+441134960000", "+447700900612") if direction != "inbound" else ("+447700900612", "+441134960000")
    )
    return CallRecord(
        sid, parent, direction, status, caller, callee, T0, duration, answered_by, recording_sids=recordings
    )


@pytest.mark.parametrize(
    ("record", "status", "voicemail"),
    [
        (call(status="no-answer", duration=0), "no-answer", False),
        (call(status="busy", duration=0), "busy", False),
        (call(answered_by="machine_end_beep", recordings=("RE1",)), "completed", True),
        (call(answered_by="machine_start"), "completed", False),
        (call(answered_by="human"), "completed", None),
        (call(status="failed", duration=0), "failed", False),
        (call(status="canceled", duration=0), "canceled", False),
    ],
)
def test_outbound_attempts(record: CallRecord, status: str, voicemail: bool | None) -> None:
    event = call_event(record)
    assert event is not None and event.call is not None
    assert event.id == "twilio-call:CA1" and event.direction is Direction.OUTBOUND
    assert event.call.status.value == status
    assert event.call.voicemail_left is voicemail
    assert event.to.phone == "+447700900612"


@pytest.mark.parametrize("direction", ["inbound", "outbound-api", "outbound-dial"])
def test_directions(direction: str) -> None:
    event = call_event(call(direction=direction, answered_by="human"))
    assert event is not None
    assert event.direction is (Direction.INBOUND if direction == "inbound" else Direction.OUTBOUND)
    assert event.call is not None and event.call.voicemail_left is None


@pytest.mark.parametrize("status", ["queued", "ringing", "in-progress"])
def test_calls_in_progress_wait(status: str) -> None:
    assert call_event(call(status=status)) is None


def test_child_legs_fold_into_their_parent() -> None:
    parent = call("CA1", direction="inbound", answered_by=None)
    child = call("CA2", direction="outbound-dial", answered_by="human", recordings=("RE9",), parent="CA1")
    folded = fold_legs([child, parent])
    assert [c.sid for c in folded] == ["CA1"]
    assert folded[0].recording_sids == ("RE9",) and folded[0].answered_by == "human"
    assert call_event(child) is None


def msg(sid: str, to: str, body: str, minutes: float, direction: str = "outbound-api") -> MessageRecord:
    return MessageRecord(sid, direction, "delivered", "+447700900010", to, body, T0 + timedelta(minutes=minutes))


def test_bulk_sends_are_broadcasts_but_conversations_are_not() -> None:
    bulk = [
        msg(f"SM{i}", f"+4477009006{i:02d}", f"Your rent of £{400 + i}.00 is due on Monday. Reply STOP", i / 10)
        for i in range(6)
    ]
    one_to_one = [
        msg("SMa", "+447700900601", "Hi Naomi, the plumber will come on Tuesday", 1),
        msg("SMb", "+447700900602", "Hi Callum, the plumber will come on Tuesday", 50),
    ]
    spread = [msg(f"SMs{i}", f"+4477009007{i:02d}", "Gas check reminder", i * 30) for i in range(6)]
    found = broadcasts([*bulk, *one_to_one, *spread], min_recipients=5, window_s=900)
    assert found == {m.sid for m in bulk}
    event = message_event(bulk[0], broadcast=True)
    assert event is not None and event.headers["Precedence"] == "bulk"


def test_whatsapp_and_sms_messages() -> None:
    wa = MessageRecord(
        "SMw",
        "inbound",
        "received",
        "whatsapp:+447700900603",
        "whatsapp:+447700900010",
        "Pani tapak raha hai",
        T0,
        profile_name="Rukhsana",
    )
    event = message_event(wa)
    assert event is not None
    assert (event.id, event.channel, event.from_.phone, event.from_.name) == (
        "twilio-wa:SMw",
        Channel.WHATSAPP,
        "+447700900603",
        "Rukhsana",
    )
    sms = message_event(msg("SMx", "+447700900611", "Hello", 0))
    assert sms is not None and sms.id == "twilio-sms:SMx" and sms.channel is Channel.SMS
    failed = MessageRecord("SMf", "outbound-api", "failed", "+447700900010", "+447700900611", "Hi", T0)
    assert message_event(failed) is None
