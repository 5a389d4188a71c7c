"""Bus subject, stream and consumer names. Nothing else in the code spells them.

A `Subjects` instance carries an optional namespace so that several hubs (or test runs) can share
one NATS cluster without seeing each other's traffic; the default has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.enums import Channel

MSG_ID_HEADER = "Nats-Msg-Id"


@dataclass(frozen=True)
class Subjects:
    namespace: str = ""

    def _s(self, name: str) -> str:
        return f"{self.namespace}.{name}" if self.namespace else name

    def _n(self, name: str) -> str:
        return f"{self.namespace.upper().replace('.', '_').replace('-', '_')}_{name}" if self.namespace else name

    def captured(self, channel: Channel) -> str:
        return self._s(f"contacts.captured.{channel.value}")

    @property
    def captured_all(self) -> str:
        return self._s("contacts.captured.>")

    @property
    def routed(self) -> str:
        return self._s("contacts.routed")

    @property
    def dead(self) -> str:
        return self._s("contacts.dead")

    @property
    def stream_captured(self) -> str:
        return self._n("CONTACTS_CAPTURED")

    @property
    def stream_routed(self) -> str:
        return self._n("CONTACTS_ROUTED")

    @property
    def stream_dead(self) -> str:
        return self._n("CONTACTS_DEAD")

    consumer_router: str = "router"
    consumer_recorder: str = "recorder"


DEFAULT = Subjects()
