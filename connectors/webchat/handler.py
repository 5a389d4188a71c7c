"""The web-chat endpoints: the page at /chat and its websocket at /chat/ws.

Protocol (JSON text frames). Browser → hub: `{"type": "hello", "name", "reference", "phone",
"email", "anonymous"}`, `{"type": "message", "text"}`, `{"type": "end"}`. Hub → browser:
`{"type": "reply", "text"}`, `{"type": "recorded", "reference"}`, `{"type": "error", "text"}`.
The conversation is published as one event when the visitor finishes, leaves, or goes idle;
the browser is told its reference only after the broker has stored it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from importlib import resources
from typing import Any

import structlog
from aiohttp import WSMsgType, web

from connectors.base import EventSink
from connectors.webchat.conversation import Conversation, Visitor

log = structlog.get_logger("connectors.webchat")

GREETING = (
    "Hello, you're through to the housing team. Tell us what's happened and we'll make sure "
    "the right team sees it. Press Finish when you're done."
)
ACK = "Thanks, we've noted that. Add anything else, or press Finish to send it to our team."


def page_html() -> str:
    return resources.files("connectors.webchat").joinpath("page.html").read_text(encoding="utf-8")


class WebChat:
    def __init__(self, sink: EventSink, idle_timeout_s: float = 600.0) -> None:
        self._sink = sink
        self._idle = idle_timeout_s
        self.open_conversations = 0

    async def page(self, request: web.Request) -> web.Response:
        return web.Response(
            text=page_html(),
            content_type="text/html",
            headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
        )

    async def _publish(self, conv: Conversation) -> bool:
        if not conv.has_visitor_text:
            return False
        event = conv.to_event()
        await self._sink([event])
        log.info("webchat_published", event_id=event.id, channel="webchat", messages=len(conv.lines))
        return True

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=64 * 1024)
        await ws.prepare(request)
        conv = Conversation()
        published = False
        self.open_conversations += 1
        await ws.send_json({"type": "reply", "text": GREETING})
        try:
            while True:
                try:
                    msg = await asyncio.wait_for(ws.receive(), timeout=self._idle)
                except TimeoutError:
                    break
                if msg.type != WSMsgType.TEXT:
                    break
                try:
                    data: dict[str, Any] = json.loads(msg.data)
                except ValueError:
                    await ws.send_json({"type": "error", "text": "message was not JSON"})
                    continue
                kind = data.get("type")
                if kind == "hello":
                    conv.visitor = Visitor(
                        name=str(data.get("name") or "")[:100],
                        reference=str(data.get("reference") or "")[:40],
                        phone=str(data.get("phone") or "")[:40],
                        email=str(data.get("email") or "")[:200],
                        anonymous=bool(data.get("anonymous")),
                    )
                elif kind == "message" and str(data.get("text") or "").strip():
                    conv.add("Visitor", str(data["text"]))
                    await ws.send_json({"type": "reply", "text": ACK})
                elif kind == "end":
                    try:
                        published = await self._publish(conv)
                    except Exception:
                        log.exception("webchat_publish_failed", event_id=conv.event_id)
                        await ws.send_json(
                            {
                                "type": "error",
                                "text": "We couldn't send that just now. Please try Finish again in a moment.",
                            }
                        )
                        continue
                    await ws.send_json({"type": "recorded", "reference": conv.event_id if published else None})
                    break
        finally:
            self.open_conversations -= 1
            if not published:
                with contextlib.suppress(Exception):
                    await self._publish(conv)
            if not ws.closed:
                await ws.close()
        return ws
