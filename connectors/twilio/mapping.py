"""Twilio calls and messages → ContactEvents (pure functions: no I/O).

- Event ids are stable: `twilio-call:<CallSid>`, `twilio-sms:<MessageSid>`, `twilio-wa:<MessageSid>`,
  the same whether the contact arrived by webhook, live sync or backfill.
- Child legs (`parent_call_sid`) fold into their parent: one call, one contact.
- Answering-machine detection plus a recording on an outbound call means a voicemail was left;
  a machine with no recording means none was.
- Outbound bulk sends (one body to many numbers in a short window) are marked as broadcasts
  (`Precedence: bulk`), which the router never keeps as a customer contact.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from connectors.twilio.records import CallRecord, MessageRecord
from schemas import CallInfo, Channel, ContactEvent, Direction, Party

WHATSAPP = "whatsapp:"
UNSENT = frozenset({"accepted", "queued", "scheduled", "sending"})  # recorded once sent, by a later sync
FAILED = frozenset({"failed", "undelivered", "canceled"})
BROADCAST_HEADER = "X-Hub-Broadcast"


def _direction(value: str) -> Direction:
    return Direction.INBOUND if value == "inbound" else Direction.OUTBOUND


def _address(raw: str) -> tuple[Party, bool]:
    """A Twilio address: E.164 phone, `whatsapp:+44…`, or a client/SIP identity."""
    is_wa = raw.lower().startswith(WHATSAPP)
    value = raw[len(WHATSAPP) :] if is_wa else raw
    if value.startswith("+") or value.isdigit():
        return Party(phone=value), is_wa
    return Party(handle=value), is_wa


def _answered_by(value: str | None) -> str | None:
    known = {"human", "machine_start", "machine_end_beep", "machine_end_silence", "machine_end_other", "fax", "unknown"}
    return value if value in known else None


def fold_legs(calls: Iterable[CallRecord]) -> list[CallRecord]:
    """Parent calls only; a child leg lends its recordings, transcript and answer to its parent."""
    calls = list(calls)
    children: dict[str, list[CallRecord]] = defaultdict(list)
    for c in calls:
        if c.parent_sid:
            children[c.parent_sid].append(c)
    out = []
    for c in calls:
        if c.parent_sid:
            continue
        legs = children.get(c.sid, [])
        if legs:
            c = replace(  # noqa: PLW2901
                c,
                recording_sids=c.recording_sids + tuple(r for leg in legs for r in leg.recording_sids),
                transcript=c.transcript or next((leg.transcript for leg in legs if leg.transcript), None),
                answered_by=c.answered_by or next((leg.answered_by for leg in legs if leg.answered_by), None),
            )
        out.append(c)
    return out


def voicemail_left(call: CallRecord) -> bool | None:
    """Outbound only: a machine answered and we recorded → left; a machine and no recording, or
    nobody answered at all → not left; a person answered → not applicable (None)."""
    if _direction(call.direction) is not Direction.OUTBOUND:
        return None
    answered = call.answered_by or ""
    if answered.startswith("machine"):
        return bool(call.recording_sids)
    if call.status in {"no-answer", "busy", "failed", "canceled"}:
        return False
    return None


def call_event(call: CallRecord) -> ContactEvent | None:
    """The contact for a final parent call; None while it is still in progress (picked up later)."""
    if not call.final or call.parent_sid or call.start_time is None:
        return None
    direction = _direction(call.direction)
    caller, _ = _address(call.from_)
    callee, _ = _address(call.to)
    if direction is Direction.INBOUND and call.caller_name:
        caller = caller.model_copy(update={"name": call.caller_name})
    return ContactEvent(
        id=f"twilio-call:{call.sid}",
        channel=Channel.VOICE,
        direction=direction,
        occurred_at=call.start_time.astimezone(UTC),
        from_=caller,
        to=callee,
        call=CallInfo.model_validate(
            {
                "status": call.status,
                "duration_s": call.duration_s,
                "answered_by": _answered_by(call.answered_by),
                "voicemail_left": voicemail_left(call),
                "transcript": call.transcript,
            }
        ),
    )


def _norm_body(body: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d", "0", body.strip().lower()))


def broadcasts(messages: Sequence[MessageRecord], min_recipients: int, window_s: float) -> set[str]:
    """Sids of outbound messages that are part of a bulk send: the same body (digits ignored,
    so per-tenant amounts don't hide it) to at least `min_recipients` numbers within `window_s`."""
    groups: dict[str, list[MessageRecord]] = defaultdict(list)
    for m in messages:
        if _direction(m.direction) is Direction.OUTBOUND and m.body.strip() and m.sent_at is not None:
            groups[_norm_body(m.body)].append(m)
    found: set[str] = set()
    for group in groups.values():
        group.sort(key=lambda m: m.sent_at or datetime.min.replace(tzinfo=UTC))
        start = 0
        for end in range(len(group)):
            while (group[end].sent_at - group[start].sent_at).total_seconds() > window_s:  # type: ignore[operator]
                start += 1
            window = group[start : end + 1]
            if len({m.to for m in window}) >= min_recipients:
                found.update(m.sid for m in window)
    return found


def message_event(msg: MessageRecord, broadcast: bool = False) -> ContactEvent | None:
    """The contact for a message; None for failed sends and for messages with nothing in them."""
    if msg.status in UNSENT or (msg.status in FAILED and _direction(msg.direction) is Direction.OUTBOUND):
        return None
    if not msg.body.strip() and msg.num_media == 0:
        return None
    sender, wa_from = _address(msg.from_)
    recipient, wa_to = _address(msg.to)
    whatsapp = wa_from or wa_to
    if msg.profile_name and _direction(msg.direction) is Direction.INBOUND:
        sender = sender.model_copy(update={"name": msg.profile_name})
    text = msg.body
    if msg.num_media:
        text = f"{text}\n[{msg.num_media} attachment(s)]".strip()
    headers = {"Precedence": "bulk", BROADCAST_HEADER: "outbound bulk send"} if broadcast else {}
    return ContactEvent(
        id=f"{'twilio-wa' if whatsapp else 'twilio-sms'}:{msg.sid}",
        channel=Channel.WHATSAPP if whatsapp else Channel.SMS,
        direction=_direction(msg.direction),
        occurred_at=(msg.sent_at or datetime.now(UTC)).astimezone(UTC),
        from_=sender,
        to=recipient,
        text=text,
        headers=headers,
    )
