"""Bus subject and stream names. Nothing else in the code spells them."""

from __future__ import annotations

from schemas.enums import Channel

CAPTURED_PREFIX = "contacts.captured"
CAPTURED_ALL = f"{CAPTURED_PREFIX}.>"
ROUTED = "contacts.routed"
DEAD = "contacts.dead"

STREAM_CAPTURED = "CONTACTS_CAPTURED"
STREAM_ROUTED = "CONTACTS_ROUTED"
STREAM_DEAD = "CONTACTS_DEAD"

CONSUMER_ROUTER = "router"
CONSUMER_RECORDER = "recorder"

MSG_ID_HEADER = "Nats-Msg-Id"


def captured(channel: Channel) -> str:
    return f"{CAPTURED_PREFIX}.{channel.value}"
