"""The record text: method, time, subjects discussed, further actions, one or two plain sentences.

Built only from what the contact says (new content, quoted history stripped) and its metadata;
nothing is invented. A pluggable backend can replace the sentences; this one runs offline.
"""

from __future__ import annotations

import re
from typing import Protocol

from router.classify import Classification
from schemas import CallStatus, Channel, ContactEvent, Direction, Summary

_METHOD = {
    Channel.VOICE: "Phone call",
    Channel.SMS: "SMS",
    Channel.WHATSAPP: "WhatsApp",
    Channel.EMAIL: "Email",
    Channel.WEBCHAT: "Web chat",
    Channel.TELEGRAM: "Telegram",
    Channel.FACEBOOK: "Facebook",
    Channel.INSTAGRAM: "Instagram",
    Channel.LETTER: "Letter",
    Channel.VISIT: "Visit",
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SPEAKER = re.compile(r"^\s*(agent|caller|visitor|customer|tenant|staff)(\s*\([^)]*\))?\s*:\s*", re.IGNORECASE)
_MAX_TEXT = 280


class Summariser(Protocol):
    def __call__(self, event: ContactEvent, text: str, cls: Classification) -> Summary: ...


def method_of(event: ContactEvent) -> str:
    base = _METHOD[event.channel]
    if event.visit:
        kind = event.visit.kind.value.replace("_", "-")
        outcome = event.visit.outcome.value.replace("_", " ")
        return f"{base}: {kind} ({event.direction.value}, {outcome})"
    if event.call and event.call.status is not CallStatus.COMPLETED:
        return f"{base} ({event.direction.value}, {event.call.status.value.replace('-', ' ')})"
    return f"{base} ({event.direction.value})"


def _attempt_sentence(event: ContactEvent) -> str | None:
    call = event.call
    if call is None or event.direction is not Direction.OUTBOUND:
        return None
    answered_by = call.answered_by.value if call.answered_by else ""
    if call.status is CallStatus.COMPLETED and not answered_by.startswith("machine"):
        return None
    outcome = {
        CallStatus.NO_ANSWER: "no answer",
        CallStatus.BUSY: "line busy",
        CallStatus.FAILED: "call failed",
        CallStatus.CANCELED: "call cancelled before connecting",
    }.get(call.status, "answering machine")
    if call.voicemail_left:
        left = "voicemail message left"
    elif call.voicemail_left is False or answered_by.startswith("machine"):
        left = "no voicemail left"
    else:
        left = "no message left"
    return f"Unsuccessful outbound call attempt: {outcome}; {left}."


def _sentences(text: str) -> str:
    lines = [_SPEAKER.sub("", ln).strip() for ln in text.splitlines()]
    flat = " ".join(ln for ln in lines if ln)
    out = ""
    for sentence in _SENTENCE.split(flat):
        if len(out) + len(sentence) > _MAX_TEXT and out:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > _MAX_TEXT:
        out = out[: _MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"
    return out


def builtin_summary(event: ContactEvent, text: str, cls: Classification) -> Summary:
    subjects: list[str] = []
    actions: list[str] = []
    for m in sorted(cls.matches, key=lambda m: -m.term.weight):
        if m.term.subject and m.term.subject not in subjects and len(subjects) < 4:
            subjects.append(m.term.subject)
        if m.term.action and m.term.action not in actions and len(actions) < 3:
            actions.append(m.term.action)
    attempt = _attempt_sentence(event)
    if attempt:
        subjects.insert(0, "call attempt")
        actions.append("try again or write to the customer")
    if event.visit and event.visit.outcome.value != "attended":
        subjects.insert(0, event.visit.outcome.value.replace("_", " "))
        actions.append("rebook the appointment")
    body = text
    if event.subject and body.startswith(event.subject):
        body = body[len(event.subject) :]
    sentence = _sentences(body)
    full = " ".join(s for s in (attempt, sentence) if s)
    return Summary(
        method=method_of(event),
        occurred_at=event.occurred_at,
        subjects=subjects,
        actions=actions,
        text=full,
    )
