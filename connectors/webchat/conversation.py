"""A web-chat conversation and its mapping to a ContactEvent (no I/O here)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from schemas import Channel, ContactEvent, Direction, Party

SOURCE = "webchat"
_CUSTOMER_REF = re.compile(r"^C[\s\-]?\d{6}$", re.IGNORECASE)
MAX_MESSAGE = 4000
MAX_MESSAGES = 200


@dataclass
class Visitor:
    name: str = ""
    reference: str = ""
    phone: str = ""
    email: str = ""
    anonymous: bool = False


@dataclass
class Conversation:
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    visitor: Visitor = field(default_factory=Visitor)
    lines: list[tuple[str, str]] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def add(self, who: str, text: str) -> None:
        if len(self.lines) < MAX_MESSAGES:
            self.lines.append((who, text.strip()[:MAX_MESSAGE]))

    @property
    def has_visitor_text(self) -> bool:
        return any(who == "Visitor" and text for who, text in self.lines)

    @property
    def event_id(self) -> str:
        return f"{SOURCE}:chat-{self.id}"

    def to_event(self) -> ContactEvent:
        v = self.visitor
        body = [f"{who}: {text}" for who, text in self.lines if text]
        if v.anonymous:
            # The hub never learns who an anonymous reporter is: no identity leaves the browser form.
            sender = Party()
        else:
            ref = v.reference.strip()
            customer_ref = ref.upper() if _CUSTOMER_REF.match(ref) else None
            if ref and not customer_ref:
                body.insert(0, f"Reference given: {ref}")
            sender = Party(
                name=v.name.strip() or None,
                phone=v.phone.strip() or None,
                email=v.email.strip() or None,
                customer_ref=customer_ref,
            )
        return ContactEvent(
            id=self.event_id,
            channel=Channel.WEBCHAT,
            direction=Direction.INBOUND,
            occurred_at=self.started_at,
            from_=sender,
            to=Party(name="Web chat"),
            text="\n".join(body),
            thread_id=self.id,
            anonymous=v.anonymous,
        )
