"""Small ContactEvent builders shared by unit tests (fictional numbers from the Ofcom drama ranges)."""

from __future__ import annotations

import hashlib

from schemas import ContactEvent


def whatsapp_in(text: str, phone: str = "+447700900605") -> ContactEvent:
    """An inbound WhatsApp message to the landlord's number, its id derived from the text."""
    return ContactEvent.model_validate(
        {
            "id": "wa:wamid.test" + hashlib.sha256(text.encode()).hexdigest()[:16],
            "channel": "whatsapp",
            "direction": "inbound",
            "occurred_at": "2026-11-10T10:00:00Z",
            "from": {"phone": phone},
            "to": {"phone": "+447700900010"},
            "text": text,
        }
    )
