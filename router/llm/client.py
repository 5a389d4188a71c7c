"""I/O only: one chat-completions call over an injected aiohttp session."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import aiohttp


class SummaryBackendError(Exception):
    """The endpoint failed, timed out or answered something unusable."""


@dataclass(frozen=True)
class ChatEndpoint:
    base_url: str  # e.g. http://127.0.0.1:11434/v1
    model: str
    api_key: str | None = None
    timeout_s: float = 5.0


async def complete(session: aiohttp.ClientSession, endpoint: ChatEndpoint, messages: list[dict[str, str]]) -> str:
    headers = {"Content-Type": "application/json"}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    body: dict[str, Any] = {
        "model": endpoint.model,
        "messages": messages,
        "temperature": 0,
        "response_format": {"type": "json_object"},
    }
    url = endpoint.base_url.rstrip("/") + "/chat/completions"
    try:
        async with asyncio.timeout(endpoint.timeout_s):
            async with session.post(url, json=body, headers=headers) as resp:
                if resp.status != 200:
                    raise SummaryBackendError(f"HTTP {resp.status}")
                data = await resp.json(content_type=None)
    except TimeoutError as exc:
        raise SummaryBackendError(f"timed out after {endpoint.timeout_s}s") from exc
    except (aiohttp.ClientError, ValueError) as exc:
        raise SummaryBackendError(f"{type(exc).__name__}: {exc}") from exc
    try:
        return str(data["choices"][0]["message"]["content"])
    except (KeyError, IndexError, TypeError) as exc:
        raise SummaryBackendError("no choices[0].message.content in the answer") from exc
