"""Read API for staff systems: records by customer, need-to-know sensitive reads, review queue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import async_sessionmaker

from recorder import access

Check = Callable[[web.Request], bool]


class ReadApi:
    def __init__(self, sessions: async_sessionmaker[Any], can_read: Check, can_read_sensitive: Check) -> None:
        self._sessions = sessions
        self._read = can_read
        self._sensitive = can_read_sensitive

    def mount(self, app: web.Application) -> None:
        app.router.add_get("/api/customers/{ref}/records", self.records)
        app.router.add_get("/api/customers/{ref}/sensitive", self.sensitive)
        app.router.add_get("/api/review", self.review)
        app.router.add_get("/api/stats", self.stats)

    def _deny(self) -> web.Response:
        return web.json_response({"error": "not authorised"}, status=403)

    async def records(self, request: web.Request) -> web.Response:
        if not (self._read(request) or self._sensitive(request)):
            return self._deny()
        async with self._sessions() as s:
            rows = await access.read_records(s, request.match_info["ref"].upper())
        return web.json_response({"records": rows}, dumps=_dumps)

    async def sensitive(self, request: web.Request) -> web.Response:
        if not self._sensitive(request):
            return self._deny()
        reader = request.headers.get("X-Reader", "")
        purpose = request.query.get("purpose", "")
        try:
            async with self._sessions.begin() as s:
                rows = await access.read_sensitive(s, request.match_info["ref"].upper(), reader, purpose)
        except PermissionError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response({"records": rows}, dumps=_dumps)

    async def review(self, request: web.Request) -> web.Response:
        sensitive = self._sensitive(request)
        if not (self._read(request) or sensitive):
            return self._deny()
        async with self._sessions() as s:
            rows = await access.read_review(s, include_sensitive=sensitive)
        return web.json_response({"items": rows}, dumps=_dumps)

    async def stats(self, request: web.Request) -> web.Response:
        if not (self._read(request) or self._sensitive(request)):
            return self._deny()
        async with self._sessions() as s:
            return web.json_response(await access.counts(s))


def _dumps(obj: Any) -> str:
    import json

    return json.dumps(obj, default=str)
