"""Twilio I/O only: the official library with its async HTTP client, retries that honour
Retry-After, and provider errors translated into the connector error kinds."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, TypeVar

import aiohttp
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from connectors.base import ConfigurationError, TransientError
from connectors.twilio.config import TwilioConfig
from connectors.twilio.records import CallRecord, MessageRecord

T = TypeVar("T")
RETRYABLE = frozenset({429, 500, 502, 503, 504})


def retry_after(headers: Any, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), if present."""
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryingHttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
    """Retries with jittered backoff: server errors and lost connections up to `attempts` times;
    rate limiting (429) for as long as `rate_limit_budget_s` allows — a rate limit passes, so giving
    up after a fixed count would only turn a slow sync into a failed one. Retry-After is honoured."""

    def __init__(
        self,
        attempts: int = 6,
        base_delay: float = 0.5,
        max_delay: float = 60.0,
        timeout: float = 30.0,
        rate_limit_budget_s: float = 600.0,
    ) -> None:
        super().__init__(timeout=timeout)
        self.request_timeout = timeout
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.rate_limit_budget_s = rate_limit_budget_s
        self.retries = 0

    def _backoff(self, attempt: int) -> float:
        delay = float(min(self.max_delay, self.base_delay * 2 ** min(attempt, 16)))
        return delay / 2 + random.uniform(0, delay / 2)

    async def request(
        self,
        method: str,
        url: str,
        params: Any = None,
        data: Any = None,
        headers: Any = None,
        auth: Any = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        loop = asyncio.get_running_loop()
        give_up_limited = loop.time() + self.rate_limit_budget_s
        failures = limited = 0
        while True:
            try:
                # The library accepts a timeout but never applies it: bound every request here.
                async with asyncio.timeout(timeout or self.request_timeout):
                    response: Response = await super().request(
                        method, url, params, data, headers, auth, None, allow_redirects
                    )
            except (aiohttp.ClientError, TimeoutError) as exc:
                failures += 1
                if failures >= self.attempts:
                    raise TransientError(f"Twilio unreachable: {type(exc).__name__}") from exc
                delay = self._backoff(failures - 1)
            else:
                if response.status_code not in RETRYABLE:
                    return response
                if response.status_code == 429:
                    limited += 1
                    if loop.time() >= give_up_limited:
                        return response
                    attempt = limited - 1
                else:
                    failures += 1
                    if failures >= self.attempts:
                        return response
                    attempt = failures - 1
                hinted = retry_after(response.headers)
                delay = min(self.max_delay, hinted) if hinted is not None else self._backoff(attempt)
            self.retries += 1
            await asyncio.sleep(delay)


def _status(exc: TwilioException) -> int | None:
    """HTTP status of a library error: fetches raise TwilioRestException(status=...), list and page
    calls raise TwilioException("Unable to fetch page", response)."""
    if isinstance(exc, TwilioRestException):
        return int(exc.status)
    response = exc.args[1] if len(exc.args) > 1 else None
    code = getattr(response, "status_code", None)
    return int(code) if code is not None else None


async def translated(call: Callable[[], Awaitable[T]]) -> T:
    """Run one library call; provider errors become ConfigurationError / TransientError."""
    try:
        return await call()
    except TwilioException as exc:
        status = _status(exc)
        if status in (401, 403):
            raise ConfigurationError(
                f"Twilio refused the credentials (HTTP {status}): check the account SID and auth token"
            ) from exc
        if status in RETRYABLE:
            raise TransientError(f"Twilio HTTP {status} after retries") from exc
        raise


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def call_record(c: Any) -> CallRecord:
    return CallRecord(
        sid=c.sid,
        parent_sid=c.parent_call_sid,
        direction=c.direction or "inbound",
        status=str(c.status),
        from_=c._from or "",
        to=c.to or "",
        start_time=_utc(c.start_time),
        duration_s=_int(c.duration),
        answered_by=c.answered_by,
        caller_name=c.caller_name,
    )


def message_record(m: Any) -> MessageRecord:
    return MessageRecord(
        sid=m.sid,
        direction=str(m.direction),
        status=str(m.status),
        from_=m.from_ or "",
        to=m.to or "",
        body=m.body or "",
        sent_at=_utc(m.date_sent or m.date_created),
        num_media=_int(m.num_media) or 0,
        messaging_service_sid=m.messaging_service_sid,
    )


class TwilioClient:
    """An async context manager around the library client; closes its HTTP session on exit."""

    def __init__(self, config: TwilioConfig, http: RetryingHttpClient | None = None) -> None:
        self.config = config
        self._http = http
        self._client: Any = None

    async def __aenter__(self) -> TwilioClient:
        self._http = self._http or RetryingHttpClient()
        self._client = Client(self.config.account_sid, self.config.auth_token, http_client=self._http)
        self._client.api.base_url = self.config.api_base_url.rstrip("/")
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._http is not None:
            await self._http.close()

    @property
    def retries(self) -> int:
        return self._http.retries if self._http is not None else 0

    async def _pages(self, first: Callable[[], Awaitable[Any]]) -> AsyncIterator[list[Any]]:
        page = await translated(first)
        while page is not None:
            yield list(page)
            page = await translated(page.next_page_async)

    async def call_pages(self, after: datetime, before: datetime) -> AsyncIterator[list[CallRecord]]:
        """Calls that started in [after, before), newest first as Twilio returns them, page by page."""
        first = lambda: self._client.calls.page_async(  # noqa: E731
            start_time_after=after.astimezone(UTC),
            start_time_before=before.astimezone(UTC),
            page_size=self.config.page_size,
        )
        async for page in self._pages(first):
            yield [call_record(c) for c in page]

    async def message_pages(self, after: datetime, before: datetime) -> AsyncIterator[list[MessageRecord]]:
        first = lambda: self._client.messages.page_async(  # noqa: E731
            date_sent_after=after.astimezone(UTC),
            date_sent_before=before.astimezone(UTC),
            page_size=self.config.page_size,
        )
        async for page in self._pages(first):
            yield [message_record(m) for m in page]

    async def recording_index(self, after: datetime, before: datetime) -> dict[str, list[str]]:
        """Recording sids by call sid for recordings created in [after, before): one paged listing
        instead of a request per call."""
        first = lambda: self._client.recordings.page_async(  # noqa: E731
            date_created_after=after.astimezone(UTC),
            date_created_before=before.astimezone(UTC),
            page_size=self.config.page_size,
        )
        index: dict[str, list[str]] = {}
        async for page in self._pages(first):
            for r in page:
                if r.call_sid:
                    index.setdefault(r.call_sid, []).append(r.sid)
        return index

    async def recordings(self, call_sid: str) -> list[str]:
        items = await translated(lambda: self._client.recordings.list_async(call_sid=call_sid, limit=20))
        return [r.sid for r in items]

    async def transcript(self, recording_sid: str) -> str | None:
        items = await translated(lambda: self._client.recordings(recording_sid).transcriptions.list_async(limit=5))
        texts = [t.transcription_text for t in items if getattr(t, "transcription_text", None)]
        return "\n".join(texts) or None

    async def call(self, sid: str) -> CallRecord:
        return call_record(await translated(lambda: self._client.calls(sid).fetch_async()))
