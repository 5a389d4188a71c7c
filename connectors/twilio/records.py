"""What the hub needs of a Twilio call or message, whether it came from the REST API or a webhook.
Provider objects are turned into these in `client.py` / `webhooks.py` and never travel further."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

FINAL_CALL_STATUSES = frozenset({"completed", "busy", "no-answer", "failed", "canceled"})


@dataclass(frozen=True)
class CallRecord:
    sid: str
    parent_sid: str | None
    direction: str  # inbound | outbound-api | outbound-dial
    status: str
    from_: str
    to: str
    start_time: datetime | None
    duration_s: int | None
    answered_by: str | None
    caller_name: str | None = None
    recording_sids: tuple[str, ...] = ()
    transcript: str | None = None

    @property
    def final(self) -> bool:
        return self.status in FINAL_CALL_STATUSES


@dataclass(frozen=True)
class MessageRecord:
    sid: str
    direction: str  # inbound | outbound-api | outbound-call | outbound-reply
    status: str
    from_: str
    to: str
    body: str
    sent_at: datetime | None
    num_media: int = 0
    profile_name: str | None = None
    messaging_service_sid: str | None = None
