"""Letting an optional summariser backend rewrite the summary of a decided contact.

Anonymous concerns are redacted again afterwards: whatever the backend wrote, the reporter's
identifiers never reach the kept text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from router.llm.backend import Refine
from router.matcher import Directory, match
from router.redact import redact_summary
from router.text import content_of
from schemas import Action, ContactEvent, RoutingDecision


async def refine_decision(
    refine: Refine, directory: Directory, event: ContactEvent, decision: RoutingDecision
) -> RoutingDecision:
    if decision.summary is None or decision.action in (Action.IGNORE, Action.ERROR):
        return decision
    text = content_of(event)
    summary = await refine(event, text, decision.summary)
    if decision.action is Action.ANONYMOUS:
        who = match(directory, event, text)
        customers = [directory.customers[r] for r in who.candidates if r in directory.customers]
        summary = redact_summary(summary, event.from_, customers)
    return decision.model_copy(update={"summary": summary})


async def refine_all(
    refine: Refine, directory: Directory, pairs: Sequence[tuple[ContactEvent, RoutingDecision]], concurrency: int = 16
) -> list[RoutingDecision]:
    gate = asyncio.Semaphore(concurrency)

    async def one(event: ContactEvent, decision: RoutingDecision) -> RoutingDecision:
        async with gate:
            return await refine_decision(refine, directory, event, decision)

    return list(await asyncio.gather(*(one(e, d) for e, d in pairs)))
