"""The live router: batches from `contacts.captured.>` → decisions → `contacts.routed`."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence

import structlog
from pydantic import ValidationError

from router import metrics
from router.decide import Router
from router.llm.backend import Refine
from router.refine import refine_all
from schemas import ContactEvent, DeadLetter, RoutingDecision
from schemas.subjects import MSG_ID_HEADER

log = structlog.get_logger("router")

Publish = Callable[[Sequence[tuple[str, bytes]]], Awaitable[None]]
DeadLetters = Callable[[Sequence[DeadLetter]], Awaitable[None]]
Incoming = tuple[bytes, Mapping[str, str]]


class RouterHandler:
    """Malformed events go to the dead-letter subject; the rest are published routed, then acked."""

    def __init__(
        self,
        router: Callable[[], Router],
        publish: Publish,
        dead: DeadLetters,
        subject: str,
        refine: Refine | None = None,
    ) -> None:
        self._router = router
        self._publish = publish
        self._dead = dead
        self._subject = subject
        self._refine = refine

    async def __call__(self, batch: Sequence[Incoming]) -> None:
        started = time.perf_counter()
        router = self._router()
        decided: list[tuple[bytes, ContactEvent, RoutingDecision]] = []
        dead: list[DeadLetter] = []
        for data, headers in batch:
            try:
                event = ContactEvent.model_validate_json(data)
            except ValidationError as exc:
                dead.append(_dead(self._subject, data, headers, f"invalid ContactEvent: {_first(exc)}"))
                continue
            try:
                decision = router.decide(event)
            except Exception as exc:  # a bug on one event must not stall the stream
                log.exception("decide_failed", event_id=event.id, channel=event.channel.value)
                dead.append(_dead(self._subject, data, headers, f"router error: {type(exc).__name__}: {exc}"))
                continue
            decided.append((data, event, decision))
        if self._refine is not None:
            refined = await refine_all(self._refine, router.directory, [(e, d) for _, e, d in decided])
            decided = [(data, e, d) for (data, e, _), d in zip(decided, refined, strict=True)]
        routed: list[tuple[str, bytes]] = []
        for data, event, decision in decided:
            metrics.DECIDED.labels(channel=event.channel.value, action=decision.action.value).inc()
            routed.append((event.id, routed_json(data, decision.model_dump_json().encode())))
        if dead:
            await self._dead(dead)
        await self._publish(routed)
        metrics.DECIDE_SECONDS.observe(time.perf_counter() - started)


def routed_json(event_json: bytes, decision_json: bytes) -> bytes:
    """A `RoutedContact` built from the already-validated event bytes (no second serialisation)."""
    return b'{"schema_version":1,"event":' + event_json + b',"decision":' + decision_json + b"}"


def _first(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}"


def _dead(subject: str, data: bytes, headers: Mapping[str, str], reason: str) -> DeadLetter:
    return DeadLetter(
        subject=subject,
        reason=reason,
        stage="router",
        payload=data.decode("utf-8", "replace"),
        msg_id=headers.get(MSG_ID_HEADER),
    )
