"""What every connector shares: the sink it publishes to, its health, and the three error kinds.

Provider errors are translated at the boundary (in each connector's client) into:
- `ConfigurationError`: wrong credentials or settings — stop that connector, show it in /readyz;
- `TransientError`: rate limits, outages — back off with jitter, honour Retry-After;
- anything else is a bug: let it crash; the runner restarts the connector.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from schemas import ContactEvent


class ConnectorError(Exception):
    pass


class ConfigurationError(ConnectorError):
    """The connector cannot work until someone fixes its configuration."""


class TransientError(ConnectorError):
    """Try again later; `retry_after` seconds when the provider said so."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EventSink(Protocol):
    """Publishes events and returns only once the broker has stored them all."""

    async def __call__(self, events: Sequence[ContactEvent]) -> None: ...


@dataclass(frozen=True)
class Page:
    """One page from a pull connector: the events, and the cursor to save once they are published."""

    events: list[ContactEvent]
    cursor: str | None


class PullConnector(Protocol):
    name: str

    def pages(self, cursor: str | None) -> AsyncIterator[Page]: ...


@dataclass
class ConnectorStatus:
    state: str = "starting"  # starting | ok | retrying | misconfigured | failed
    detail: str = ""
    since: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def healthy(self) -> bool:
        return self.state in {"starting", "ok", "retrying"}


@dataclass
class Health:
    """Every connector's current state, read by /readyz and the metrics endpoint."""

    connectors: dict[str, ConnectorStatus] = field(default_factory=dict)

    def set(self, name: str, state: str, detail: str = "") -> None:
        current = self.connectors.get(name)
        if current is None or current.state != state or current.detail != detail:
            self.connectors[name] = ConnectorStatus(state, detail)
