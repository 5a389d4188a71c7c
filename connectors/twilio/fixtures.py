"""Deterministic, realistic Twilio traffic for a UK social-housing landlord, for the emulator.

Every number is in Ofcom's drama ranges: mobiles +447700900000–999 and Leeds landlines
+441134960000–999. The landlord's lines are fixed (`LANDLORD_*`), staff mobiles are +447700900950–999,
tenants have the rest.

`generate_calls(emulator, n)` adds exactly `n` calls. The first calls walk through every scenario once
(so even small `n` covers all of them), the rest are drawn by weight: inbound calls answered,
forwarded to staff (an `outbound-dial` child leg with `parent_call_sid`), or sent to voicemail (a
recording, usually transcribed — not when longer than two minutes, sometimes failed); outbound calls
answered by a person or an answering machine (with or without a message left), fax, busy, no-answer,
failed, canceled; and a few calls still queued, ringing or in progress at the end of the window.
Every status, direction and `answered_by` value occurs.

`generate_messages(emulator, n)` adds exactly `n` messages: tenants' SMS and MMS, replies, reminders
(some undelivered or failed, with Twilio's error codes), bulk sends (one body to many tenants within a
minute through a messaging service), WhatsApp both ways ("whatsapp:+44..." addresses), an SMS sent
during a call (`outbound-call`), and a few still queued, accepted, scheduled, sending or canceled.

Times are spread over the window (`start`, `days` long), mostly in office hours; times are whole seconds.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.twilio.emulator import Resource, TwilioEmulator

DEFAULT_START = datetime(2026, 10, 1, tzinfo=UTC)

LANDLORD_MAIN_LINE = "+441134960000"
LANDLORD_SMS_NUMBER = "+447700900000"
LANDLORD_WHATSAPP = "whatsapp:+447700900001"
STAFF_MOBILES = tuple(f"+447700900{n:03d}" for n in range(950, 1000))
TENANT_MOBILES = tuple(f"+447700900{n:03d}" for n in range(2, 950))
TENANT_LANDLINES = tuple(f"+441134960{n:03d}" for n in range(1, 1000))

VOICEMAILS = (
    "Hi it's about my kitchen tap, it's been leaking since Monday and now it's coming through the ceiling "
    "downstairs. Flat 12 Rosewood Court. Can someone call me back please.",
    "Hello, I'm ringing to report damp and black mould in the back bedroom again, the baby's room. "
    "We reported it in August. My reference is HA 20417.",
    "Yeah this is about the noise from number 14, it's every night till three in the morning, I can't sleep, "
    "I've got work. Please ring me.",
    "Hi, the boiler's packed up, no heating and no hot water. 7 Larch Walk. I've got two kids here.",
    "It's Mrs Okafor, I just want to say thank you to the man who fixed the door, he was lovely.",
    "Hello I'm calling about my rent account, I think a payment's gone out twice. Can you check please.",
    "The lift in Beech House is broken again, my mum's in a wheelchair and she can't get out.",
    "I'm worried about my neighbour, I haven't seen her for a week and there's post piling up.",
    "Someone's dumped a mattress and bin bags by the garages on Elm Road.",
    "Hi, returning your call about the gas safety check, Thursday morning is fine.",
)
INBOUND_SMS = (
    "Hi my boiler has stopped working again, no hot water. Flat 3 Oak Court",
    "When is someone coming to fix the window? Been waiting 3 weeks",
    "There's damp and mould in the bathroom ceiling, can you send someone",
    "Yes Thursday 10am is fine for the repair",
    "Sorry can't do tomorrow can we rearrange",
    "STOP",
    "Thanks 👍",
    "Neighbours dog barking all day every day, it's been months now",
    "I've paid £120 today towards the arrears ref 44871",
    "Front door intercom broken at Beech House",
    "Who do I speak to about a transfer? we're overcrowded",
    "Lights out on the stairwell 2nd floor Larch Walk",
)
REPLIES = (
    "Thanks for your message. We've logged this and a member of the team will be in touch within 2 working days.",
    "Hi, an engineer will visit on Thursday between 8am and 12pm. Reply YES to confirm.",
    "Thanks, we've rearranged your appointment. We'll text you the new date shortly.",
    "You have been unsubscribed and will receive no further messages. Reply START to resubscribe.",
)
REMINDERS = (
    "Reminder: your repair appointment is tomorrow between 8am and 12pm. Reply C to cancel.",
    "Your gas safety check is due. Please call 0113 496 0000 to book. Oakfield Homes",
    "Your rent account is £{amount} in arrears. Please contact us on 0113 496 0000 to discuss support.",
)
BULK = (
    "Oakfield Homes: planned water shut-off at Oak Court on Tuesday 9am-1pm for pipe repairs. Sorry for any "
    "inconvenience.",
    "Oakfield Homes: the tenants' meeting is on Wed 18 Nov, 6pm at the community centre. All welcome.",
    "Oakfield Homes: our offices close at 1pm on Christmas Eve. For emergency repairs call 0113 496 0000. "
    "Reply STOP to opt out.",
)
WHATSAPP_IN = (
    "Hi is this the housing office? Our front door lock is broken",
    "Photo of the leak under the sink",
    "Can you tell me when my next rent payment is due",
    "The repair man didn't turn up today, we waited in all morning",
    "Thank you so much for sorting the heating 🙏",
)
WHATSAPP_OUT = (
    "Your repair appointment is confirmed for {day} between 8am and 12pm.",
    "Hi, thanks for getting in touch with Oakfield Homes. How can we help?",
)
SMS_ERRORS = (
    (30003, "Unreachable destination handset"),
    (30005, "Unknown destination handset"),
    (30006, "Landline or unreachable carrier"),
    (30007, "Message filtered"),
    (30008, "Unknown error"),
)
WHATSAPP_OUTSIDE_WINDOW = (
    63016,
    "Failed to send freeform message because you are outside the allowed window. Please use a Template.",
)


class _Generator:
    def __init__(self, emulator: TwilioEmulator, seed: int, start: datetime | None, days: float) -> None:
        self.emulator = emulator
        self.rng = random.Random(seed)
        self.start = (start or DEFAULT_START).astimezone(UTC).replace(microsecond=0)
        self.span = int(days * 86400)
        self.end = self.start + timedelta(seconds=self.span)
        self.main_line_sid = self.sid("PN")

    def sid(self, prefix: str) -> str:
        return f"{prefix}{self.rng.getrandbits(128):032x}"

    def moment(self) -> datetime:
        """A time in the window; out-of-hours and weekend times are kept only a quarter of the time."""
        while True:
            moment = self.start + timedelta(seconds=self.rng.randrange(self.span))
            if (moment.weekday() < 5 and 8 <= moment.hour < 18) or self.rng.random() < 0.25:
                return moment

    def recent(self) -> datetime:
        """A time in the last five minutes of the window (for calls and messages still in flight)."""
        return self.end - timedelta(seconds=self.rng.randrange(1, 300))

    def tenant(self) -> str:
        return self.rng.choice(TENANT_MOBILES) if self.rng.random() < 0.7 else self.rng.choice(TENANT_LANDLINES)

    def tenant_mobile(self) -> str:
        return self.rng.choice(TENANT_MOBILES)


# ------------------------------------------------------------------------------------------- calls


def _call(g: _Generator, **fields: Any) -> Resource:
    return g.emulator.add_call(sid=g.sid("CA"), **fields)


def _voicemail(g: _Generator, call: Resource) -> None:
    """A voicemail on `call`: a recording, transcribed unless over two minutes, sometimes failed."""
    duration = g.rng.choice((8, 15, 24, 37, 52, 75, 110, 140))
    recording = g.emulator.add_recording(call["sid"], duration=duration, source="RecordVerb", sid=g.sid("RE"))
    if duration > 120:
        return
    if g.rng.random() < 0.1:
        g.emulator.add_transcription(recording["sid"], None, status="failed", sid=g.sid("TR"))
    else:
        g.emulator.add_transcription(recording["sid"], g.rng.choice(VOICEMAILS), sid=g.sid("TR"))


def _inbound_answered(g: _Generator) -> list[Resource]:
    return [
        _call(
            g,
            to=LANDLORD_MAIN_LINE,
            from_=g.tenant(),
            direction="inbound",
            status="completed",
            start_time=g.moment(),
            duration=g.rng.randint(20, 900),
            phone_number_sid=g.main_line_sid,
        )
    ]


def _inbound_dial(g: _Generator, child_status: str, voicemail: bool) -> list[Resource]:
    start = g.moment()
    caller = g.tenant()
    ring = g.rng.randint(5, 25)
    talk = g.rng.randint(30, 600) if child_status == "completed" else 0
    tail = g.rng.randint(20, 90) if voicemail else 0
    parent = _call(
        g,
        to=LANDLORD_MAIN_LINE,
        from_=caller,
        direction="inbound",
        status="completed",
        start_time=start,
        duration=ring + talk + tail + 3,
        phone_number_sid=g.main_line_sid,
    )
    child = _call(
        g,
        to=g.rng.choice(STAFF_MOBILES),
        from_=caller,
        direction="outbound-dial",
        status=child_status,
        start_time=start + timedelta(seconds=2),
        duration=talk,
        ring_seconds=ring,
        parent_call_sid=parent["sid"],
    )
    if voicemail:
        _voicemail(g, parent)
    return [parent, child]


def _inbound_voicemail(g: _Generator) -> list[Resource]:
    call = _call(
        g,
        to=LANDLORD_MAIN_LINE,
        from_=g.tenant(),
        direction="inbound",
        status="completed",
        start_time=g.moment(),
        duration=g.rng.randint(30, 160),
        phone_number_sid=g.main_line_sid,
    )
    _voicemail(g, call)
    return [call]


def _inbound_unanswered(g: _Generator, status: str) -> list[Resource]:
    return [
        _call(
            g,
            to=LANDLORD_MAIN_LINE,
            from_=g.tenant(),
            direction="inbound",
            status=status,
            start_time=g.moment(),
            ring_seconds=g.rng.randint(1, 30),
            phone_number_sid=g.main_line_sid,
        )
    ]


def _outbound(g: _Generator, status: str, answered_by: str | None = None, message_left: bool = False) -> list[Resource]:
    duration = 0
    if status == "completed":
        duration = g.rng.randint(25, 70) if answered_by and answered_by != "human" else g.rng.randint(40, 720)
    call = _call(
        g,
        to=g.tenant(),
        from_=LANDLORD_MAIN_LINE,
        direction="outbound-api",
        status=status,
        start_time=g.moment(),
        duration=duration,
        ring_seconds=g.rng.randint(5, 30) if status == "no-answer" else g.rng.randint(1, 6),
        answered_by=answered_by,
    )
    if message_left:
        g.emulator.add_recording(call["sid"], duration=max(5, duration - 10), source="OutboundAPI", sid=g.sid("RE"))
    return [call]


def _live(g: _Generator, status: str) -> list[Resource]:
    moment = g.recent()
    if status == "queued":
        return [
            _call(
                g,
                to=g.tenant(),
                from_=LANDLORD_MAIN_LINE,
                direction="outbound-api",
                status="queued",
                date_created=moment,
            )
        ]
    return [
        _call(
            g,
            to=LANDLORD_MAIN_LINE,
            from_=g.tenant(),
            direction="inbound",
            status=status,
            start_time=moment,
            phone_number_sid=g.main_line_sid,
        )
    ]


CallScenario = tuple[str, int, float, Callable[[_Generator], list[Resource]]]
CALL_SCENARIOS: tuple[CallScenario, ...] = (
    ("inbound answered", 1, 30, _inbound_answered),
    ("inbound forwarded to staff", 2, 12, lambda g: _inbound_dial(g, "completed", voicemail=False)),
    ("inbound, staff no answer, voicemail", 2, 6, lambda g: _inbound_dial(g, "no-answer", voicemail=True)),
    ("inbound, staff busy, voicemail", 2, 2, lambda g: _inbound_dial(g, "busy", voicemail=True)),
    ("inbound, dial to staff failed", 2, 1, lambda g: _inbound_dial(g, "failed", voicemail=False)),
    ("inbound, caller hung up while dialling staff", 2, 1, lambda g: _inbound_dial(g, "canceled", voicemail=False)),
    ("inbound voicemail", 1, 8, _inbound_voicemail),
    ("inbound rejected busy", 1, 1, lambda g: _inbound_unanswered(g, "busy")),
    ("inbound canceled", 1, 2, lambda g: _inbound_unanswered(g, "canceled")),
    ("outbound answered, no AMD", 1, 8, lambda g: _outbound(g, "completed")),
    ("outbound answered by a person (AMD)", 1, 5, lambda g: _outbound(g, "completed", "human")),
    ("outbound machine, message left", 1, 2, lambda g: _outbound(g, "completed", "machine_end_beep", True)),
    ("outbound machine silence, message left", 1, 1, lambda g: _outbound(g, "completed", "machine_end_silence", True)),
    ("outbound machine other, no message", 1, 1, lambda g: _outbound(g, "completed", "machine_end_other")),
    ("outbound machine start, hung up", 1, 2, lambda g: _outbound(g, "completed", "machine_start")),
    ("outbound fax", 1, 0.3, lambda g: _outbound(g, "completed", "fax")),
    ("outbound AMD unknown", 1, 0.7, lambda g: _outbound(g, "completed", "unknown")),
    ("outbound busy", 1, 3, lambda g: _outbound(g, "busy")),
    ("outbound no-answer", 1, 5, lambda g: _outbound(g, "no-answer")),
    ("outbound failed", 1, 2, lambda g: _outbound(g, "failed")),
    ("outbound canceled", 1, 1, lambda g: _outbound(g, "canceled")),
    ("queued", 1, 0.2, lambda g: _live(g, "queued")),
    ("ringing", 1, 0.2, lambda g: _live(g, "ringing")),
    ("in progress", 1, 0.4, lambda g: _live(g, "in-progress")),
)


def generate_calls(
    emulator: TwilioEmulator, n: int, *, seed: int = 1, start: datetime | None = None, days: float = 30.0
) -> list[Resource]:
    """Add exactly `n` calls (legs) to `emulator`; the same arguments always give the same calls."""
    g = _Generator(emulator, seed, start, days)
    return _fill(g, n, [(legs, weight, make) for _, legs, weight, make in CALL_SCENARIOS])


# ------------------------------------------------------------------------------------------- messages


def _message(g: _Generator, **fields: Any) -> Resource:
    return g.emulator.add_message(sid=g.sid("MM" if fields.get("num_media") else "SM"), **fields)


def _sms_inbound(g: _Generator, media: bool = False) -> list[Resource]:
    body = "" if media and g.rng.random() < 0.5 else g.rng.choice(INBOUND_SMS)
    return [
        _message(
            g,
            to=LANDLORD_SMS_NUMBER,
            from_=g.tenant_mobile(),
            body=body,
            direction="inbound",
            date_sent=g.moment(),
            num_media=g.rng.randint(1, 3) if media else 0,
        )
    ]


def _conversation(g: _Generator) -> list[Resource]:
    tenant = g.tenant_mobile()
    moment = g.moment()
    question = _message(
        g, to=LANDLORD_SMS_NUMBER, from_=tenant, body=g.rng.choice(INBOUND_SMS), direction="inbound", date_sent=moment
    )
    answer = _message(
        g,
        to=tenant,
        from_=LANDLORD_SMS_NUMBER,
        body=g.rng.choice(REPLIES),
        direction="outbound-reply",
        status=g.rng.choice(("delivered", "delivered", "sent")),
        date_sent=moment + timedelta(seconds=g.rng.randint(2, 1800)),
    )
    return [question, answer]


def _reminder(g: _Generator) -> list[Resource]:
    body = g.rng.choice(REMINDERS).format(amount=g.rng.randint(50, 900))
    status = g.rng.choices(("delivered", "sent", "undelivered", "failed"), (80, 10, 6, 4))[0]
    error_code, error_message = g.rng.choice(SMS_ERRORS) if status in ("undelivered", "failed") else (None, None)
    return [
        _message(
            g,
            to=g.tenant_mobile(),
            from_=LANDLORD_SMS_NUMBER,
            body=body,
            direction="outbound-api",
            status=status,
            date_sent=g.moment(),
            error_code=error_code,
            error_message=error_message,
        )
    ]


def _bulk(g: _Generator, count: int) -> list[Resource]:
    """One body to `count` tenants within a minute, through a messaging service."""
    moment = g.moment()
    service = g.sid("MG")
    body = g.rng.choice(BULK)
    recipients = g.rng.sample(TENANT_MOBILES, count)
    sent = []
    for i, to in enumerate(recipients):
        status = g.rng.choices(("delivered", "sent", "undelivered", "failed"), (85, 8, 5, 2))[0]
        error = g.rng.choice(SMS_ERRORS) if status in ("undelivered", "failed") else (None, None)
        offset = i * 60 // count  # all within the same minute
        sent.append(
            _message(
                g,
                to=to,
                from_=LANDLORD_SMS_NUMBER,
                body=body,
                direction="outbound-api",
                status=status,
                date_sent=moment + timedelta(seconds=offset),
                messaging_service_sid=service,
                error_code=error[0],
                error_message=error[1],
            )
        )
    return sent


def _whatsapp_inbound(g: _Generator) -> list[Resource]:
    body = g.rng.choice(WHATSAPP_IN)
    return [
        _message(
            g,
            to=LANDLORD_WHATSAPP,
            from_="whatsapp:" + g.tenant_mobile(),
            body=body,
            direction="inbound",
            date_sent=g.moment(),
            num_media=1 if body.startswith("Photo") else 0,
        )
    ]


def _whatsapp_outbound(g: _Generator) -> list[Resource]:
    status = g.rng.choices(("read", "delivered", "sent", "failed", "undelivered"), (45, 35, 8, 8, 4))[0]
    error_code, error_message = WHATSAPP_OUTSIDE_WINDOW if status == "failed" else (None, None)
    if status == "undelivered":
        error_code, error_message = 63024, "Invalid message recipient"
    return [
        _message(
            g,
            to="whatsapp:" + g.tenant_mobile(),
            from_=LANDLORD_WHATSAPP,
            body=g.rng.choice(WHATSAPP_OUT).format(day=g.rng.choice(("Monday", "Tuesday", "Thursday"))),
            direction="outbound-api",
            status=status,
            date_sent=g.moment(),
            error_code=error_code,
            error_message=error_message,
        )
    ]


def _during_call(g: _Generator) -> list[Resource]:
    return [
        _message(
            g,
            to=g.tenant_mobile(),
            from_=LANDLORD_SMS_NUMBER,
            body="Your repair reference is R-" + str(g.rng.randint(100000, 999999)) + ". Oakfield Homes",
            direction="outbound-call",
            date_sent=g.moment(),
        )
    ]


def _pending(g: _Generator, status: str) -> list[Resource]:
    return [
        _message(
            g,
            to=g.tenant_mobile(),
            from_=LANDLORD_SMS_NUMBER,
            body=g.rng.choice(REMINDERS).format(amount=g.rng.randint(50, 900)),
            direction="outbound-api",
            status=status,
            date_created=g.recent(),
        )
    ]


MessageScenario = tuple[str, int, float, Callable[[_Generator], list[Resource]]]
MESSAGE_SCENARIOS: tuple[MessageScenario, ...] = (
    ("tenant SMS", 1, 30, _sms_inbound),
    ("tenant MMS", 1, 4, lambda g: _sms_inbound(g, media=True)),
    ("SMS and reply", 2, 10, _conversation),
    ("reminder", 1, 10, _reminder),
    ("bulk SMS", 20, 0.6, lambda g: _bulk(g, 20)),
    ("small bulk SMS", 8, 0.6, lambda g: _bulk(g, 8)),
    ("WhatsApp from tenant", 1, 10, _whatsapp_inbound),
    ("WhatsApp to tenant", 1, 6, _whatsapp_outbound),
    ("SMS during a call", 1, 1, _during_call),
    ("queued", 1, 0.2, lambda g: _pending(g, "queued")),
    ("accepted", 1, 0.1, lambda g: _pending(g, "accepted")),
    ("scheduled", 1, 0.1, lambda g: _pending(g, "scheduled")),
    ("sending", 1, 0.1, lambda g: _pending(g, "sending")),
    ("canceled", 1, 0.1, lambda g: _pending(g, "canceled")),
)


def generate_messages(
    emulator: TwilioEmulator, n: int, *, seed: int = 2, start: datetime | None = None, days: float = 30.0
) -> list[Resource]:
    """Add exactly `n` messages to `emulator`; the same arguments always give the same messages."""
    g = _Generator(emulator, seed, start, days)
    return _fill(g, n, [(size, weight, make) for _, size, weight, make in MESSAGE_SCENARIOS])


# ------------------------------------------------------------------------------------------- shared


def _fill(
    g: _Generator, n: int, scenarios: list[tuple[int, float, Callable[[_Generator], list[Resource]]]]
) -> list[Resource]:
    """Run every scenario once (while it fits), then weighted draws among those that fit, until `n` items."""
    made: list[Resource] = []
    for size, _, make in scenarios:
        if len(made) + size <= n:
            made += make(g)
    while len(made) < n:
        left = n - len(made)
        fitting = [(size, weight, make) for size, weight, make in scenarios if size <= left]
        _, _, make = g.rng.choices(fitting, [weight for _, weight, _ in fitting])[0]
        made += make(g)
    return made
