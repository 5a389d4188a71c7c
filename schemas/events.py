"""`ContactEvent`: one contact as captured from any channel (contract section 3)."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, ConfigDict, Field, model_validator

from schemas.base import Frozen
from schemas.enums import AnsweredBy, CallStatus, Channel, Direction, VisitKind, VisitOutcome


class Party(Frozen):
    """Whatever identifies one end of a contact; any field may be absent."""

    phone: str | None = None
    email: str | None = None
    telegram_id: str | None = None
    handle: str | None = None
    name: str | None = None
    customer_ref: str | None = None

    def identifiers(self) -> list[str]:
        """The machine identifiers (not the display name), for rules and logs."""
        return [v for v in (self.phone, self.email, self.telegram_id, self.handle, self.customer_ref) if v]


class CallInfo(Frozen):
    status: CallStatus
    duration_s: int | None = Field(default=None, ge=0)
    answered_by: AnsweredBy | None = None
    voicemail_left: bool | None = None
    transcript: str | None = None


class VisitInfo(Frozen):
    kind: VisitKind
    outcome: VisitOutcome


class ContactEvent(Frozen):
    schema_version: Literal[1] = 1
    id: str = Field(min_length=3, max_length=300, pattern=r"^[A-Za-z0-9_.\-]+:\S+$")
    channel: Channel
    direction: Direction
    occurred_at: AwareDatetime
    from_: Party = Field(alias="from")
    to: Party = Field(default_factory=Party)
    subject: str | None = None
    text: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    call: CallInfo | None = None
    visit: VisitInfo | None = None
    thread_id: str | None = None
    anonymous: bool = False

    model_config = ConfigDict(frozen=True, extra="forbid", validate_by_name=True, validate_by_alias=True)

    @model_validator(mode="after")
    def _channel_parts(self) -> ContactEvent:
        if self.call is not None and self.channel is not Channel.VOICE:
            raise ValueError("'call' is only allowed on voice events")
        if self.visit is not None and self.channel is not Channel.VISIT:
            raise ValueError("'visit' is only allowed on visit events")
        return self

    @property
    def source(self) -> str:
        """The connector prefix of the id (`twilio-sms` in `twilio-sms:SM...`)."""
        return self.id.split(":", 1)[0]

    def header(self, name: str) -> str | None:
        """A header value by case-insensitive name."""
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return None

    def to_json(self) -> bytes:
        return self.model_dump_json(by_alias=True).encode()

    @property
    def customer_party(self) -> Party:
        """The tenant's end of the contact: the sender inbound, the recipient outbound."""
        return self.from_ if self.direction is Direction.INBOUND else self.to
