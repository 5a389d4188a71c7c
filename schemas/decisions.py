"""`RoutingDecision` (contract section 4) and the routed message the recorder consumes."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schemas.base import Frozen
from schemas.enums import Action, Category, Channel, Direction, Hazard
from schemas.events import ContactEvent, Party


class Summary(Frozen):
    """The record text: method, time, subjects discussed, further actions — not a transcript."""

    method: str
    occurred_at: AwareDatetime
    subjects: list[str] = Field(default_factory=list)
    actions: list[str] = Field(default_factory=list)
    text: str = ""


class Deadlines(Frozen):
    """Statutory clocks started by this contact (UTC)."""

    emergency_make_safe_by: AwareDatetime | None = None
    damp_mould_investigate_by: AwareDatetime | None = None
    complaint_acknowledge_by: AwareDatetime | None = None


class RoutingDecision(Frozen):
    schema_version: Literal[1] = 1
    id: str
    action: Action
    customer_ref: str | None = None
    category: Category | None = None
    sensitive: bool = False
    hazard: Hazard | None = None
    summary: Summary | None = None
    reason: str = ""
    rule: str | None = None
    rules_version: str | None = None
    deadlines: Deadlines | None = None
    candidates: list[str] = Field(default_factory=list)

    def to_json(self) -> str:
        return self.model_dump_json(exclude={"schema_version"})


class RoutedContact(Frozen):
    """What the router publishes to `contacts.routed`: the event and its decision."""

    schema_version: Literal[1] = 1
    event: ContactEvent
    decision: RoutingDecision

    def to_json(self) -> bytes:
        return self.model_dump_json(by_alias=True).encode()


class _EventMeta(BaseModel):
    """Envelope fields of a ContactEvent; the content (text, transcript, headers) is not read."""

    model_config = ConfigDict(frozen=True, extra="ignore", validate_by_name=True, validate_by_alias=True)
    id: str
    channel: Channel
    direction: Direction
    occurred_at: AwareDatetime
    from_: Party = Field(alias="from")
    thread_id: str | None = None


class RoutedRecord(BaseModel):
    """What the recorder reads of a `RoutedContact`: the decision and the event's envelope only.
    Parsing less is faster, and the store never handles the raw message body."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    event: _EventMeta
    decision: RoutingDecision


class DeadLetter(Frozen):
    """A message that could not be processed, with why; published to `contacts.dead`."""

    schema_version: Literal[1] = 1
    subject: str
    reason: str
    stage: str
    payload: str
    msg_id: str | None = None
