"""The aiohttp app: health, readiness, metrics, events API, web chat and the read API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from connectors.eventsapi.handler import authorised, events_handler
from connectors.twilio.webhooks import TwilioWebhooks
from connectors.webchat.handler import WebChat
from hub import metrics
from hub.read_api import ReadApi
from hub.roles import Role

if TYPE_CHECKING:
    from hub.runtime import Hub


def build_app(hub: Hub) -> web.Application:
    app = web.Application(client_max_size=8 * 1024 * 1024)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    async def readyz(request: web.Request) -> web.Response:
        ready, checks = await hub.readiness()
        return web.json_response(
            {"status": "ready" if ready else "not ready", "checks": checks}, status=200 if ready else 503
        )

    async def metrics_endpoint(request: web.Request) -> web.Response:
        if hub.bus is not None:
            for consumer, lag in (await hub.bus.pending()).items():
                metrics.CONSUMER_LAG.labels(consumer=consumer).set(lag)
        await hub.readiness()
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_endpoint)

    if Role.API in hub.roles:
        token = hub.settings.api_token.get_secret_value()
        chat = WebChat(hub.publish_events, idle_timeout_s=hub.settings.chat_idle_timeout_s)
        hub.health.set("webchat", "ok")
        hub.health.set("eventsapi", "ok")
        app.router.add_post("/api/events", events_handler(hub.publish_events, token))
        app.router.add_get("/chat", chat.page)
        app.router.add_get("/chat/", chat.page)
        app.router.add_get("/chat/ws", chat.websocket)
        assert hub.sessions is not None
        read = ReadApi(
            hub.sessions,
            lambda r: authorised(r, hub.settings.read_token.get_secret_value()),
            lambda r: authorised(r, hub.settings.sensitive_token.get_secret_value()),
        )
        read.mount(app)
        config = hub.settings.twilio()
        if config is not None:
            TwilioWebhooks(config, hub.publish_events, hub.twilio).mount(app)
            hub.health.set("twilio-webhooks", "ok")
    return app
