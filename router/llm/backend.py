"""Prompt and mapping: contact → messages, answer → Summary (falling back to the built-in one)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import aiohttp
import structlog
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from router.llm.client import ChatEndpoint, SummaryBackendError, complete
from schemas import ContactEvent, Summary

log = structlog.get_logger("router.llm")

SYSTEM = (
    "You write the contact record for a UK social-housing landlord. From the tenant contact below, "
    "return JSON with keys: subjects (list of short noun phrases discussed), actions (list of further "
    "actions promised or requested), text (one or two plain sentences). Use only facts stated in the "
    "contact; never invent names, dates, amounts or promises. No greeting, no transcript."
)
MAX_INPUT = 4000


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    subjects: list[str] = Field(max_length=8)
    actions: list[str] = Field(max_length=8)
    text: str = Field(min_length=1, max_length=600)


Refine = Callable[[ContactEvent, str, Summary], Awaitable[Summary]]


def messages_for(event: ContactEvent, text: str) -> list[dict[str, str]]:
    header = f"Channel: {event.channel.value} ({event.direction.value})\n"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": header + text[:MAX_INPUT]}]


def parse_answer(content: str, builtin: Summary) -> Summary:
    try:
        answer = _Answer.model_validate(json.loads(content))
    except (ValueError, ValidationError) as exc:
        raise SummaryBackendError(f"answer is not the expected JSON: {exc}") from exc
    return builtin.model_copy(
        update={
            "subjects": [s.strip()[:80] for s in answer.subjects if s.strip()] or builtin.subjects,
            "actions": [a.strip()[:120] for a in answer.actions if a.strip()] or builtin.actions,
            "text": answer.text.strip(),
        }
    )


def chat_refiner(session: aiohttp.ClientSession, endpoint: ChatEndpoint) -> Refine:
    """A summary refiner over `endpoint`; any failure keeps the built-in summary."""

    async def refine(event: ContactEvent, text: str, builtin: Summary) -> Summary:
        try:
            content = await complete(session, endpoint, messages_for(event, text))
            return parse_answer(content, builtin)
        except SummaryBackendError as exc:
            log.warning("summary_backend_fallback", event_id=event.id, error=str(exc))
            return builtin

    return refine
