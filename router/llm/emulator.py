"""A local OpenAI-compatible chat-completions server for tests and the demo.

It answers deterministically from the user message (first sentence as text, capitalised words as
subjects) and can be told to fail: `mode` = ok | error | slow | garbage.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from aiohttp import web

KEY = web.AppKey("state", dict)


def _answer(user: str) -> dict[str, Any]:
    body = user.split("\n", 1)[1] if "\n" in user else user
    first = re.split(r"(?<=[.!?])\s+", body.strip())[0][:200]
    words = [w for w in re.findall(r"[a-z]{5,}", body.lower())][:3]
    return {"subjects": words or ["contact"], "actions": ["respond to the customer"], "text": f"Summary: {first}"}


async def chat(request: web.Request) -> web.StreamResponse:
    state = request.app[KEY]
    state["calls"] = state.get("calls", 0) + 1
    if request.headers.get("Authorization") != f"Bearer {state.get('key', 'test-key')}":
        return web.json_response({"error": {"message": "invalid api key"}}, status=401)
    mode = state.get("mode", "ok")
    if mode == "error":
        return web.json_response({"error": {"message": "overloaded"}}, status=503)
    if mode == "slow":
        await asyncio.sleep(30)
    payload = await request.json()
    user = next(m["content"] for m in payload["messages"] if m["role"] == "user")
    content = "this is not json" if mode == "garbage" else json.dumps(_answer(user))
    return web.json_response(
        {
            "id": "chatcmpl-emulated",
            "object": "chat.completion",
            "model": payload.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        }
    )


def make_app(mode: str = "ok", key: str = "test-key") -> web.Application:
    app = web.Application()
    app[KEY] = {"mode": mode, "key": key}
    app.router.add_post("/v1/chat/completions", chat)
    return app
