"""`POST /api/events`: one ContactEvent or a JSON array of them, bearer-token authenticated.

All or nothing: if any item is invalid the request is refused with every problem listed and
nothing is published; otherwise the events are published and then 202 is answered.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from connectors.base import EventSink
from schemas import ContactEvent

MAX_EVENTS = 1000
MAX_BYTES = 8 * 1024 * 1024


def authorised(request: web.Request, token: str) -> bool:
    header = request.headers.get("Authorization", "")
    scheme, _, supplied = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(supplied.strip().encode(), token.encode())


def parse_events(body: Any) -> tuple[list[ContactEvent], list[dict[str, Any]]]:
    items = body if isinstance(body, list) else [body]
    events: list[ContactEvent] = []
    errors: list[dict[str, Any]] = []
    if len(items) > MAX_EVENTS:
        return [], [{"index": None, "error": f"at most {MAX_EVENTS} events per request"}]
    for i, item in enumerate(items):
        try:
            events.append(ContactEvent.model_validate(item))
        except ValidationError as exc:
            errors.append(
                {
                    "index": i,
                    "id": item.get("id") if isinstance(item, dict) else None,
                    "errors": [f"{'.'.join(map(str, e['loc'])) or 'event'}: {e['msg']}" for e in exc.errors()],
                }
            )
    return events, errors


def events_handler(sink: EventSink, token: str) -> Any:
    async def handle(request: web.Request) -> web.Response:
        if not authorised(request, token):
            return web.json_response(
                {"error": "missing or wrong bearer token"},
                status=401,
                headers={"WWW-Authenticate": 'Bearer realm="hub"'},
            )
        if request.content_length and request.content_length > MAX_BYTES:
            return web.json_response({"error": "request too large"}, status=413)
        try:
            body = json.loads(await request.read())
        except ValueError as exc:
            return web.json_response({"error": f"body is not JSON: {exc}"}, status=400)
        events, errors = parse_events(body)
        if errors:
            return web.json_response({"error": "invalid events; nothing was accepted", "items": errors}, status=422)
        await sink(events)
        return web.json_response({"accepted": len(events), "ids": [e.id for e in events]}, status=202)

    return handle
