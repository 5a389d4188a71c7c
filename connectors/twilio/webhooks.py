"""Twilio webhooks: voice status callbacks, inbound SMS/WhatsApp, message status callbacks.

Every request is verified with `X-Twilio-Signature` (form and JSON-body forms, via the library's
RequestValidator) against the public URL Twilio called — configurable for a hub behind a reverse
proxy. A bad or missing signature gets 403 and publishes nothing. A good one is published first,
then answered, so Twilio retries anything the hub did not store.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import structlog
from aiohttp import web
from twilio.request_validator import RequestValidator

from connectors.base import EventSink
from connectors.twilio.client import TwilioClient
from connectors.twilio.config import TwilioConfig
from connectors.twilio.mapping import call_event, message_event
from connectors.twilio.records import CallRecord, MessageRecord

log = structlog.get_logger("connectors.twilio.webhooks")
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def public_url(request: web.Request, base_url: str | None) -> str:
    """The URL Twilio signed: the configured public base plus the path and query it called."""
    if base_url:
        return base_url.rstrip("/") + request.path_qs
    return str(request.url)


async def verified_params(
    request: web.Request, validator: RequestValidator, base_url: str | None
) -> dict[str, str] | None:
    """The request's parameters if its signature is valid, else None."""
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature:
        return None
    url = public_url(request, base_url)
    body = await request.read()
    if request.content_type == "application/json" or "bodySHA256" in request.query:
        text = body.decode("utf-8", "replace")
        if not validator.validate(url, text, signature):
            return None
        data = json.loads(text or "{}")
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    form = await request.post()
    # The library reads repeated parameters from the multidict itself (and faster than from a dict).
    if not validator.validate(url, form, signature):
        return None
    return {k: str(v) for k, v in form.items()}


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _when(params: dict[str, str]) -> datetime:
    try:
        return parsedate_to_datetime(params["Timestamp"]).astimezone(UTC)
    except (KeyError, TypeError, ValueError):
        return datetime.now(UTC)


def call_from_callback(params: dict[str, str]) -> CallRecord:
    duration = _int(params.get("CallDuration") or params.get("Duration"))
    ended = _when(params)
    recording = params.get("RecordingSid")
    return CallRecord(
        sid=params["CallSid"],
        parent_sid=params.get("ParentCallSid") or None,
        direction=params.get("Direction", "inbound"),
        status=params.get("CallStatus", ""),
        from_=params.get("From", ""),
        to=params.get("To", ""),
        start_time=ended - timedelta(seconds=duration or 0),
        duration_s=duration,
        answered_by=params.get("AnsweredBy") or None,
        caller_name=params.get("CallerName") or None,
        recording_sids=(recording,) if recording else (),
    )


def message_from_webhook(params: dict[str, str]) -> MessageRecord:
    return MessageRecord(
        sid=params.get("MessageSid") or params.get("SmsSid") or params["SmsMessageSid"],
        direction="inbound",
        status=params.get("SmsStatus", "received"),
        from_=params.get("From", ""),
        to=params.get("To", ""),
        body=params.get("Body", ""),
        sent_at=datetime.now(UTC),
        num_media=_int(params.get("NumMedia")) or 0,
        profile_name=params.get("ProfileName") or None,
    )


class TwilioWebhooks:
    def __init__(self, config: TwilioConfig, sink: EventSink, client: TwilioClient | None = None) -> None:
        self._validator = RequestValidator(config.auth_token)
        self._base = config.webhook_base_url
        self._sink = sink
        self._client = client
        self.refused = 0

    def mount(self, app: web.Application, prefix: str = "/webhooks/twilio") -> None:
        app.router.add_post(f"{prefix}/voice-status", self._guard(self.voice_status))
        app.router.add_post(f"{prefix}/messages", self._guard(self.inbound_message))
        app.router.add_post(f"{prefix}/message-status", self._guard(self.message_status))

    def _guard(self, handler: Callable[[dict[str, str]], Awaitable[web.StreamResponse]]) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            params = await verified_params(request, self._validator, self._base)
            if params is None:
                self.refused += 1
                log.warning("twilio_signature_refused", path=request.path)
                return web.Response(status=403, text="invalid X-Twilio-Signature")
            return await handler(params)

        return guarded

    async def voice_status(self, params: dict[str, str]) -> web.StreamResponse:
        if "CallSid" not in params:
            return web.Response(status=400, text="CallSid missing")
        call = call_from_callback(params)
        if not call.final or call.parent_sid:
            return web.Response(status=204)
        if self._client is not None:
            call = await self._enrich(call)
        event = call_event(call)
        if event is not None:
            await self._sink([event])
        return web.Response(status=204)

    async def _enrich(self, call: CallRecord) -> CallRecord:
        """The REST record has the exact start time; recordings tell voicemail apart. Best effort:
        the callback's own parameters stand if the API cannot be reached right now."""
        assert self._client is not None
        try:
            fetched = await self._client.call(call.sid)
            recordings = tuple(await self._client.recordings(call.sid)) or call.recording_sids
        except Exception as exc:  # the webhook must still be recorded
            log.warning("twilio_enrich_failed", call=call.sid, error=type(exc).__name__)
            return call
        return replace(fetched, recording_sids=recordings, answered_by=fetched.answered_by or call.answered_by)

    async def inbound_message(self, params: dict[str, str]) -> web.StreamResponse:
        if not (params.get("MessageSid") or params.get("SmsSid") or params.get("SmsMessageSid")):
            return web.Response(status=400, text="MessageSid missing")
        event = message_event(message_from_webhook(params))
        if event is not None:
            await self._sink([event])
        return web.Response(text=EMPTY_TWIML, content_type="text/xml")

    async def message_status(self, params: dict[str, Any]) -> web.StreamResponse:
        # Outbound messages are recorded by the Messages connector, which can tell a bulk send from
        # a conversation; a status callback alone cannot, so it only confirms receipt.
        log.debug("twilio_message_status", status=params.get("MessageStatus"))
        return web.Response(status=204)
