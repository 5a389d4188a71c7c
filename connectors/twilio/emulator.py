"""A local Twilio: the 2010-04-01 REST API a contact hub reads, and the webhooks Twilio sends it.

For tests and demos only; it talks to the real `twilio` library over loopback.

State: `TwilioEmulator` holds calls, messages, recordings and transcriptions as plain dicts shaped
like Twilio's JSON resources (RFC 2822 dates, `duration`/`num_segments`/`num_media` as strings,
`error_code` as an integer, `uri`/`subresource_uris` relative to the API root).

REST (`make_app`, `running_emulator`), under `/2010-04-01/Accounts/{AccountSid}/`:
`Calls.json`, `Calls/{Sid}.json`, `Calls/{CallSid}/Recordings.json`, `Calls/{CallSid}/Recordings/{Sid}.json`,
`Messages.json`, `Messages/{Sid}.json`, `Recordings.json`, `Recordings/{Sid}.json`,
`Recordings/{Sid}/Transcriptions.json`, `Transcriptions.json`, `Transcriptions/{Sid}.json`.

- Auth: HTTP Basic, account SID + auth token (or an entry of `api_keys`); otherwise 401 with
  Twilio's body `{"code": 20003, "message": "Authenticate", ...}`. A path AccountSid other than the
  emulator's, an unknown SID or an unknown path: 404 with code 20404. Bad paging/date values: 400.
- Order (stable, documented choice): newest first. Calls by `start_time` (or `date_created` while a
  call is queued and has no start time), messages by `date_sent` (or `date_created` while unsent),
  recordings and transcriptions by `date_created`; ties broken by SID, descending.
- Paging: `PageSize` (default 50, values above 1000 are clamped to 1000), `Page` (0-based; without a
  token it is an offset), `PageToken` (`PA<sid>`: the items after that one, `PB<sid>`: the page before
  it). `next_page_uri`/`previous_page_uri` carry the filters plus `PageSize`, `Page` and a token, so
  following them is cursor-based: items added while a client is paging never cause duplicates or
  gaps. The envelope is exactly Twilio's: the resource key plus `end`, `first_page_uri`,
  `next_page_uri`, `page`, `page_size`, `previous_page_uri`, `start`, `uri` (the library finds the
  records as the one non-meta key, so nothing else may be added).
- Filters. The library sends `StartTime>`/`StartTime<` (what the docs write as `StartTime>=` and
  `StartTime<=`: on the wire `StartTime%3E=2026-11-10T10:30:00Z`) and exact `StartTime`; likewise
  `EndTime`, `DateSent` and `DateCreated`. Bounds are inclusive. A date-only value (`YYYY-MM-DD`)
  compares by UTC day; a date-time value compares to the second (the real API documents only dates).
  The exact form matches the UTC day. A resource without that timestamp never matches a date filter.
  Also `To`, `From`, `Status`, `ParentCallSid` (calls), `To`, `From`, `Status` (messages),
  `CallSid`, `ConferenceSid` (recordings): exact string equality.
- Faults, settable at runtime: `fail_next`, `fail_every`, `delay_next`, `disconnect_next`,
  `clear_faults`; every request is logged in `requests` (method, path, query, status).

Webhooks: `fire_webhook` POSTs form parameters (or a JSON body with `?bodySHA256=`) signed with
`X-Twilio-Signature` exactly like `twilio.request_validator.RequestValidator` checks it; the
`*_params` helpers build Twilio's callback parameters from the emulator's resources.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import math
import random
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler
from yarl import URL

Resource = dict[str, Any]
Params = Mapping[str, str] | Sequence[tuple[str, str]]

API_VERSION = "2010-04-01"
API_ROOT = "https://api.twilio.com"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
PAGING_PARAMS = frozenset({"Page", "PageSize", "PageToken"})

CALL_STATUSES = ("queued", "ringing", "in-progress", "completed", "busy", "no-answer", "failed", "canceled")
CALL_DIRECTIONS = ("inbound", "outbound-api", "outbound-dial")
LIVE_CALL_STATUSES = frozenset({"queued", "ringing", "in-progress"})
ANSWERED_BY = (
    "human",
    "machine_start",
    "machine_end_beep",
    "machine_end_silence",
    "machine_end_other",
    "fax",
    "unknown",
)
MESSAGE_STATUSES = (
    "queued",
    "sending",
    "sent",
    "failed",
    "delivered",
    "undelivered",
    "receiving",
    "received",
    "accepted",
    "scheduled",
    "read",
    "partially_delivered",
    "canceled",
)
MESSAGE_DIRECTIONS = ("inbound", "outbound-api", "outbound-call", "outbound-reply")
UNSENT_MESSAGE_STATUSES = frozenset({"queued", "accepted", "scheduled", "sending", "canceled"})
RECORDING_SOURCES = ("DialVerb", "Conference", "OutboundAPI", "Trunking", "RecordVerb", "StartCallRecordingAPI")

HMAC_SHA1 = "HMAC_SHA1"
HMAC_SHA256 = "HMAC_SHA256"
_HASHES: dict[str, Callable[..., Any]] = {HMAC_SHA1: hashlib.sha1, HMAC_SHA256: hashlib.sha256}

_ERROR_DEFAULTS: dict[int, tuple[int, str]] = {
    400: (20001, "Bad Request"),
    401: (20003, "Authenticate"),
    403: (20403, "Forbidden"),
    404: (20404, "The requested resource was not found"),
    405: (20004, "Method not allowed"),
    429: (20429, "Too Many Requests"),
    500: (20500, "Internal Server Error"),
    502: (20502, "Bad Gateway"),
    503: (20503, "Service Unavailable"),
}


# --------------------------------------------------------------------------------------------- time


def rfc2822(moment: datetime) -> str:
    """Twilio's resource date format, always UTC: "Tue, 10 Nov 2026 10:30:00 +0000"."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0))


@lru_cache(maxsize=131072)
def parse_rfc2822(value: str) -> datetime:
    return parsedate_to_datetime(value).astimezone(UTC)


def _when(value: Any) -> datetime | None:
    return parse_rfc2822(value) if isinstance(value, str) and value else None


def _parse_bound(name: str, value: str) -> date | datetime:
    """`YYYY-MM-DD` → a date (day granularity); anything ISO 8601 with a time → an aware datetime."""
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _ApiError(400, 20001, f"Invalid value for {name}: {value!r}") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _at_or_after(moment: datetime, bound: date | datetime) -> bool:
    return moment >= bound if isinstance(bound, datetime) else moment.date() >= bound


def _at_or_before(moment: datetime, bound: date | datetime) -> bool:
    return moment <= bound if isinstance(bound, datetime) else moment.date() <= bound


def _on_day(moment: datetime, bound: date | datetime) -> bool:
    day = bound.date() if isinstance(bound, datetime) else bound
    return moment.date() == day


# --------------------------------------------------------------------------------------------- errors


class _ApiError(Exception):
    def __init__(self, status: int, code: int | None = None, message: str | None = None) -> None:
        default_code, default_message = _ERROR_DEFAULTS.get(status, (20000 + status, "Error"))
        super().__init__(message or default_message)
        self.status = status
        self.code = code if code is not None else default_code
        self.message = message or default_message


def twilio_error(
    status: int, code: int | None = None, message: str | None = None, headers: Mapping[str, str] | None = None
) -> web.Response:
    """A response with Twilio's error body: {"code", "message", "more_info", "status"}."""
    error = _ApiError(status, code, message)
    body = {
        "code": error.code,
        "message": error.message,
        "more_info": f"https://www.twilio.com/docs/errors/{error.code}",
        "status": status,
    }
    return web.json_response(body, status=status, headers=dict(headers or {}))


# --------------------------------------------------------------------------------------------- faults


@dataclass
class RecordedRequest:
    """One request the emulator received; `status` is filled in once it has been answered."""

    method: str
    path: str
    query: dict[str, str]
    query_string: str
    user: str | None = None
    status: int | None = None
    fault: bool = False


@dataclass
class _Fault:
    status: int | None
    every: int = 1
    remaining: int | None = 1  # None: forever
    retry_after: float | None = None
    code: int | None = None
    message: str | None = None
    match: str | None = None
    delay: float = 0.0
    disconnect: bool = False
    seen: int = 0

    def applies(self, path: str) -> bool:
        return self.match is None or self.match in path


def _retry_after_header(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else str(seconds)


# --------------------------------------------------------------------------------------------- state


class TwilioEmulator:
    """In-memory Twilio account: its resources, faults to inject and the log of requests."""

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        seed: int = 0,
        price_unit: str = "USD",
    ) -> None:
        self._rng = random.Random(seed)
        self.calls: dict[str, Resource] = {}
        self.messages: dict[str, Resource] = {}
        self.recordings: dict[str, Resource] = {}
        self.transcriptions: dict[str, Resource] = {}
        self.account_sid = account_sid or self.new_sid("AC")
        self.auth_token = auth_token or f"{self._rng.getrandbits(128):032x}"
        self.api_keys: dict[str, str] = {}  # SK... → secret, also accepted for Basic auth
        self.price_unit = price_unit
        self.requests: list[RecordedRequest] = []
        self.base_url: str | None = None  # set by running_emulator
        self._faults: list[_Fault] = []

    # ---- identifiers and paths

    def new_sid(self, prefix: str) -> str:
        """A fresh SID: two-letter prefix + 32 lowercase hex digits (deterministic per seed)."""
        while True:
            sid = f"{prefix}{self._rng.getrandbits(128):032x}"
            if not self.find(sid):
                return sid

    @property
    def account_path(self) -> str:
        return f"/{API_VERSION}/Accounts/{self.account_sid}"

    def find(self, sid: str) -> Resource | None:
        for collection in (self.calls, self.messages, self.recordings, self.transcriptions):
            if sid in collection:
                return collection[sid]
        return None

    # ---- resources

    def add_call(
        self,
        *,
        to: str,
        from_: str,
        status: str = "completed",
        direction: str = "inbound",
        start_time: datetime | None = None,
        duration: int | None = None,
        ring_seconds: int = 8,
        parent_call_sid: str | None = None,
        answered_by: str | None = None,
        caller_name: str | None = None,
        forwarded_from: str | None = None,
        phone_number_sid: str | None = None,
        date_created: datetime | None = None,
        sid: str | None = None,
    ) -> Resource:
        """Add a Call; times, duration and price follow from the status the way Twilio fills them.

        `start_time` is when the call was dialled; a queued call has none (pass `date_created`).
        Finished calls that never connected (busy, no-answer, failed, canceled) get duration "0".
        """
        if status not in CALL_STATUSES:
            raise ValueError(f"unknown call status {status!r}")
        if direction not in (*CALL_DIRECTIONS, "trunking-originating", "trunking-terminating"):
            raise ValueError(f"unknown call direction {direction!r}")
        if answered_by is not None and answered_by not in ANSWERED_BY:
            raise ValueError(f"unknown answered_by {answered_by!r}")
        sid = sid or self.new_sid("CA")
        created = date_created or (start_time - timedelta(seconds=1) if start_time else datetime.now(UTC))
        started = None if status == "queued" else (start_time or created + timedelta(seconds=1))
        ended: datetime | None = None
        seconds: int | None = None
        price: str | None = None
        if started is not None and status == "completed":
            seconds = 60 if duration is None else duration
            ended = started + timedelta(seconds=seconds)
            per_minute = 0.0085 if direction == "inbound" else 0.0140
            price = f"{-per_minute * max(1, math.ceil(seconds / 60)):.5f}"
        elif started is not None and status not in LIVE_CALL_STATUSES:
            seconds = 0
            ended = started + timedelta(seconds=0 if status == "failed" else ring_seconds)
            price = "0.00000" if status != "failed" else None
        updated = ended or started or created
        path = f"{self.account_path}/Calls/{sid}"
        call: Resource = {
            "account_sid": self.account_sid,
            "annotation": None,
            "answered_by": answered_by,
            "api_version": API_VERSION,
            "caller_name": caller_name,
            "date_created": rfc2822(created),
            "date_updated": rfc2822(updated),
            "direction": direction,
            "duration": None if seconds is None else str(seconds),
            "end_time": rfc2822(ended) if ended else None,
            "forwarded_from": forwarded_from,
            "from": from_,
            "from_formatted": from_,
            "group_sid": None,
            "parent_call_sid": parent_call_sid,
            "phone_number_sid": phone_number_sid,
            "price": price,
            "price_unit": self.price_unit,
            "queue_time": "0",
            "sid": sid,
            "start_time": rfc2822(started) if started else None,
            "status": status,
            "stir_verstat": None,
            "subresource_uris": {
                name: f"{path}/{part}.json"
                for name, part in (
                    ("feedback", "Feedback"),
                    ("user_defined_messages", "UserDefinedMessages"),
                    ("notifications", "Notifications"),
                    ("recordings", "Recordings"),
                    ("streams", "Streams"),
                    ("payments", "Payments"),
                    ("user_defined_message_subscriptions", "UserDefinedMessageSubscriptions"),
                    ("siprec", "Siprec"),
                    ("events", "Events"),
                    ("feedback_summaries", "FeedbackSummary"),
                    ("transcriptions", "Transcriptions"),
                )
            },
            "to": to,
            "to_formatted": to,
            "trunk_sid": None,
            "uri": f"{path}.json",
        }
        self.calls[sid] = call
        return call

    def add_message(
        self,
        *,
        to: str,
        from_: str,
        body: str,
        direction: str = "inbound",
        status: str | None = None,
        date_sent: datetime | None = None,
        date_created: datetime | None = None,
        num_media: int = 0,
        messaging_service_sid: str | None = None,
        error_code: int | None = None,
        error_message: str | None = None,
        num_segments: int | None = None,
        sid: str | None = None,
    ) -> Resource:
        """Add a Message ("MM" SID when it has media, else "SM"); WhatsApp uses "whatsapp:+44..." addresses.

        `status` defaults to "received" (inbound) or "delivered"; an unsent status
        (queued, accepted, scheduled, sending, canceled) leaves `date_sent` null.
        """
        if direction not in MESSAGE_DIRECTIONS:
            raise ValueError(f"unknown message direction {direction!r}")
        status = status or ("received" if direction == "inbound" else "delivered")
        if status not in MESSAGE_STATUSES:
            raise ValueError(f"unknown message status {status!r}")
        sid = sid or self.new_sid("MM" if num_media else "SM")
        created = date_created or date_sent or datetime.now(UTC)
        sent = None if status in UNSENT_MESSAGE_STATUSES else (date_sent or created)
        segments = num_segments if num_segments is not None else sms_segments(body)
        price = None if direction == "inbound" or sent is None else f"{-0.04 * max(segments, 1):.5f}"
        path = f"{self.account_path}/Messages/{sid}"
        message: Resource = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": body,
            "date_created": rfc2822(created),
            "date_sent": rfc2822(sent) if sent else None,
            "date_updated": rfc2822(sent or created),
            "direction": direction,
            "error_code": error_code,
            "error_message": error_message,
            "from": from_,
            "messaging_service_sid": messaging_service_sid,
            "num_media": str(num_media),
            "num_segments": str(segments),
            "price": price,
            "price_unit": self.price_unit,
            "sid": sid,
            "status": status,
            "subresource_uris": {"media": f"{path}/Media.json", "feedback": f"{path}/Feedback.json"},
            "to": to,
            "uri": f"{path}.json",
        }
        self.messages[sid] = message
        return message

    def add_recording(
        self,
        call_sid: str,
        *,
        duration: int,
        date_created: datetime | None = None,
        status: str = "completed",
        source: str = "RecordVerb",
        channels: int = 1,
        sid: str | None = None,
    ) -> Resource:
        """Add a Recording of a call; it starts `date_created` minus its duration (Twilio creates it at the end)."""
        if call_sid not in self.calls:
            raise KeyError(f"no call {call_sid}")
        if source not in RECORDING_SOURCES:
            raise ValueError(f"unknown recording source {source!r}")
        call = self.calls[call_sid]
        sid = sid or self.new_sid("RE")
        created = date_created or _when(call["end_time"]) or _when(call["start_time"]) or datetime.now(UTC)
        path = f"{self.account_path}/Recordings/{sid}"
        recording: Resource = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "call_sid": call_sid,
            "channels": channels,
            "conference_sid": None,
            "date_created": rfc2822(created),
            "date_updated": rfc2822(created),
            "duration": str(duration),
            "encryption_details": None,
            "error_code": None,
            "media_url": f"{API_ROOT}{path}",
            "price": f"{-0.0025 * max(1, math.ceil(duration / 60)):.5f}",
            "price_unit": self.price_unit,
            "sid": sid,
            "source": source,
            "start_time": rfc2822(created - timedelta(seconds=duration)),
            "status": status,
            "subresource_uris": {
                "add_on_results": f"{path}/AddOnResults.json",
                "transcriptions": f"{path}/Transcriptions.json",
            },
            "track": "both",
            "uri": f"{path}.json",
        }
        self.recordings[sid] = recording
        return recording

    def add_transcription(
        self,
        recording_sid: str,
        text: str | None,
        *,
        status: str = "completed",
        date_created: datetime | None = None,
        sid: str | None = None,
    ) -> Resource:
        """Add a Transcription of a recording (status in-progress | completed | failed)."""
        if recording_sid not in self.recordings:
            raise KeyError(f"no recording {recording_sid}")
        if status not in ("in-progress", "completed", "failed"):
            raise ValueError(f"unknown transcription status {status!r}")
        recording = self.recordings[recording_sid]
        sid = sid or self.new_sid("TR")
        created = date_created or parse_rfc2822(recording["date_created"]) + timedelta(seconds=20)
        transcription: Resource = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "date_created": rfc2822(created),
            "date_updated": rfc2822(created),
            "duration": recording["duration"],
            "price": "-0.05000" if status == "completed" else None,
            "price_unit": self.price_unit,
            "recording_sid": recording_sid,
            "sid": sid,
            "status": status,
            "transcription_text": text,
            "type": "fast",
            "uri": f"{self.account_path}/Transcriptions/{sid}.json",
        }
        self.transcriptions[sid] = transcription
        return transcription

    def recordings_for_call(self, call_sid: str) -> list[Resource]:
        return _newest_first([r for r in self.recordings.values() if r["call_sid"] == call_sid], _created_key)

    def transcriptions_for_recording(self, recording_sid: str) -> list[Resource]:
        items = [t for t in self.transcriptions.values() if t["recording_sid"] == recording_sid]
        return _newest_first(items, _created_key)

    def generate_calls(
        self, n: int, *, seed: int = 1, start: datetime | None = None, days: float = 30.0
    ) -> list[Resource]:
        """Add `n` realistic calls (see `connectors.twilio.fixtures.generate_calls`)."""
        from connectors.twilio import fixtures

        return fixtures.generate_calls(self, n, seed=seed, start=start, days=days)

    def generate_messages(
        self, n: int, *, seed: int = 2, start: datetime | None = None, days: float = 30.0
    ) -> list[Resource]:
        """Add `n` realistic messages (see `connectors.twilio.fixtures.generate_messages`)."""
        from connectors.twilio import fixtures

        return fixtures.generate_messages(self, n, seed=seed, start=start, days=days)

    # ---- faults

    def fail_next(
        self,
        status: int = 503,
        *,
        retry_after: float | None = None,
        times: int = 1,
        match: str | None = None,
        code: int | None = None,
        message: str | None = None,
    ) -> None:
        """Answer the next `times` requests (whose path contains `match`, if given) with this error.

        Faults act before authentication and routing; `retry_after` becomes a Retry-After header and
        the body is Twilio's error JSON (code 20429 for 429, 20500, 20503, ... unless `code` is given).
        """
        self._faults.append(
            _Fault(status, remaining=times, retry_after=retry_after, code=code, message=message, match=match)
        )

    def fail_every(
        self,
        n: int,
        status: int = 429,
        *,
        retry_after: float | None = None,
        times: int | None = None,
        match: str | None = None,
        code: int | None = None,
        message: str | None = None,
    ) -> None:
        """Fail every `n`-th matching request from now on (n=2: the 2nd, 4th, ...), `times` times or forever."""
        if n < 1:
            raise ValueError("n must be at least 1")
        self._faults.append(
            _Fault(status, every=n, remaining=times, retry_after=retry_after, code=code, message=message, match=match)
        )

    def delay_next(self, seconds: float, *, times: int = 1, match: str | None = None) -> None:
        """Hold the next `times` matching requests for `seconds` before answering them normally."""
        self._faults.append(_Fault(None, remaining=times, delay=seconds, match=match))

    def disconnect_next(self, *, times: int = 1, match: str | None = None) -> None:
        """Drop the connection without answering the next `times` matching requests.

        aiohttp's client silently retries an idempotent request (GET) once after a disconnect, so
        a client only sees `aiohttp.ServerDisconnectedError` with `times >= 2`.
        """
        self._faults.append(_Fault(None, remaining=times, disconnect=True, match=match))

    def clear_faults(self) -> None:
        self._faults.clear()

    def clear_requests(self) -> None:
        self.requests.clear()

    def _take_faults(self, path: str) -> list[_Fault]:
        """The faults that fire for this request, counting it against each matching fault."""
        fired: list[_Fault] = []
        for fault in self._faults:
            if not fault.applies(path):
                continue
            fault.seen += 1
            if fault.seen % fault.every == 0 and fault.remaining != 0:
                fired.append(fault)
                if fault.remaining is not None:
                    fault.remaining -= 1
        self._faults = [f for f in self._faults if f.remaining != 0]
        return fired

    def _authenticated(self, header: str | None) -> str | None:
        """The Basic-auth user if the credentials are right, else None."""
        scheme, _, encoded = (header or "").partition(" ")
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
            return None
        user, colon, password = decoded.partition(":")
        if scheme.lower() != "basic" or not colon:
            return None
        expected = self.auth_token if user == self.account_sid else self.api_keys.get(user)
        if expected is not None and hmac.compare_digest(password.encode(), expected.encode()):
            return user
        return None


# --------------------------------------------------------------------------------------------- listing


SortKey = tuple[datetime, str]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _call_key(call: Resource) -> SortKey:
    return (_when(call.get("start_time")) or _when(call.get("date_created")) or _EPOCH, call["sid"])


def _message_key(message: Resource) -> SortKey:
    return (_when(message.get("date_sent")) or _when(message.get("date_created")) or _EPOCH, message["sid"])


def _created_key(item: Resource) -> SortKey:
    return (_when(item.get("date_created")) or _EPOCH, item["sid"])


def _newest_first(items: list[Resource], key: Callable[[Resource], SortKey]) -> list[Resource]:
    return sorted(items, key=key, reverse=True)


Predicate = Callable[[Resource], bool]


def _query(request: web.Request) -> dict[str, str]:
    """Query parameters; `StartTime>=` (an encoded "=" in the name) is read as `StartTime>`."""
    return {name.rstrip("=") if name.endswith(("<=", ">=")) else name: value for name, value in request.query.items()}


def _equals(query: Mapping[str, str], param: str, field_name: str) -> list[Predicate]:
    if param not in query:
        return []
    wanted = query[param]
    return [lambda item: item.get(field_name) == wanted]


def _date_filters(query: Mapping[str, str], param: str, field_name: str) -> list[Predicate]:
    checks: list[tuple[Callable[[datetime, date | datetime], bool], date | datetime]] = []
    for suffix, check in (("", _on_day), (">", _at_or_after), ("<", _at_or_before)):
        if param + suffix in query:
            checks.append((check, _parse_bound(param + suffix, query[param + suffix])))
    if not checks:
        return []

    def matches(item: Resource) -> bool:
        moment = _when(item.get(field_name))
        return moment is not None and all(check(moment, bound) for check, bound in checks)

    return [matches]


def _int_param(query: Mapping[str, str], name: str, default: int) -> int:
    if name not in query:
        return default
    try:
        return int(query[name])
    except ValueError:
        raise _ApiError(400, 20001, f"Invalid value for {name}: {query[name]!r}") from None


def _page_response(
    emulator: TwilioEmulator,
    request: web.Request,
    key: str,
    items: list[Resource],
    sort_key: Callable[[Resource], SortKey],
    predicates: Sequence[Predicate] = (),
) -> web.Response:
    query = _query(request)
    page_size = min(_int_param(query, "PageSize", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
    page = _int_param(query, "Page", 0)
    if page_size < 1 or page < 0:
        raise _ApiError(400, 20001, "Page must be >= 0 and PageSize between 1 and 1000")
    selected = [item for item in items if all(p(item) for p in predicates)]
    ordered = _newest_first(selected, sort_key)
    keys = [sort_key(item) for item in ordered]
    token = query.get("PageToken")
    if token:
        anchor = emulator.find(token[2:])
        if token[:2] not in ("PA", "PB") or anchor is None:
            raise _ApiError(400, 20001, f"Invalid PageToken: {token!r}")
        anchor_key = sort_key(anchor)
        if token.startswith("PA"):  # the items after the anchor
            low = next((i for i, k in enumerate(keys) if k < anchor_key), len(keys))
            high = min(low + page_size, len(keys))
        else:  # the page just before the anchor
            high = next((i for i, k in enumerate(keys) if k <= anchor_key), len(keys))
            low = max(0, high - page_size)
    else:
        low = min(page * page_size, len(keys))
        high = min(low + page_size, len(keys))
    records = ordered[low:high]

    filters = [(name, value) for name, value in request.query.items() if name not in PAGING_PARAMS]

    def uri(page_number: int, page_token: str | None = None) -> str:
        params = [*filters, ("PageSize", str(page_size)), ("Page", str(page_number))]
        if page_token:
            params.append(("PageToken", page_token))
        return f"{request.path}?{urlencode(params)}"

    start = page * page_size
    body = {
        key: records,
        "end": start + max(len(records) - 1, 0),
        "first_page_uri": uri(0),
        "next_page_uri": uri(page + 1, "PA" + records[-1]["sid"]) if records and high < len(ordered) else None,
        "page": page,
        "page_size": page_size,
        "previous_page_uri": uri(max(page - 1, 0), "PB" + records[0]["sid"]) if records and low > 0 else None,
        "start": start,
        "uri": uri(page, token),
    }
    return web.json_response(body)


# --------------------------------------------------------------------------------------------- server


def make_app(emulator: TwilioEmulator) -> web.Application:
    """The emulator's aiohttp application (auth, faults and the request log in one middleware)."""

    @web.middleware
    async def twilio_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        entry = RecordedRequest(request.method, request.path, dict(request.query), request.query_string)
        emulator.requests.append(entry)
        response = await _answer(emulator, request, handler, entry)
        entry.status = response.status
        return response

    app = web.Application(middlewares=[twilio_middleware])
    routes = _Routes(emulator)
    base = f"/{API_VERSION}/Accounts/{{account_sid}}"
    app.router.add_get(f"{base}/Calls.json", routes.calls)
    app.router.add_get(f"{base}/Calls/{{sid}}.json", routes.call)
    app.router.add_get(f"{base}/Calls/{{call_sid}}/Recordings.json", routes.call_recordings)
    app.router.add_get(f"{base}/Calls/{{call_sid}}/Recordings/{{sid}}.json", routes.call_recording)
    app.router.add_get(f"{base}/Messages.json", routes.messages)
    app.router.add_get(f"{base}/Messages/{{sid}}.json", routes.message)
    app.router.add_get(f"{base}/Recordings.json", routes.recordings)
    app.router.add_get(f"{base}/Recordings/{{sid}}.json", routes.recording)
    app.router.add_get(f"{base}/Recordings/{{recording_sid}}/Transcriptions.json", routes.recording_transcriptions)
    app.router.add_get(f"{base}/Transcriptions.json", routes.transcriptions)
    app.router.add_get(f"{base}/Transcriptions/{{sid}}.json", routes.transcription)
    return app


async def _answer(
    emulator: TwilioEmulator, request: web.Request, handler: Handler, entry: RecordedRequest
) -> web.StreamResponse:
    fired = emulator._take_faults(request.path)
    delay = sum(f.delay for f in fired)
    if delay:
        await asyncio.sleep(delay)
    if any(f.disconnect for f in fired):
        entry.fault = True
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=499)  # never reaches the client: the connection is gone
    failure = next((f for f in fired if f.status is not None), None)
    if failure is not None and failure.status is not None:
        entry.fault = True
        headers = {"Retry-After": _retry_after_header(failure.retry_after)} if failure.retry_after is not None else {}
        return twilio_error(failure.status, failure.code, failure.message, headers)
    entry.user = emulator._authenticated(request.headers.get("Authorization"))
    if entry.user is None:
        return twilio_error(401, headers={"WWW-Authenticate": 'Basic realm="Twilio API"'})
    not_found = f"The requested resource {request.path} was not found"
    if request.match_info.get("account_sid", emulator.account_sid) != emulator.account_sid:
        return twilio_error(404, 20404, not_found)
    try:
        return await handler(request)
    except _ApiError as error:
        return twilio_error(error.status, error.code, error.message)
    except web.HTTPNotFound:
        return twilio_error(404, 20404, not_found)
    except web.HTTPMethodNotAllowed:
        return twilio_error(405)


class _Routes:
    def __init__(self, emulator: TwilioEmulator) -> None:
        self.emulator = emulator

    @staticmethod
    def _one(collection: Mapping[str, Resource], sid: str) -> web.Response:
        if sid not in collection:
            raise web.HTTPNotFound()
        return web.json_response(collection[sid])

    async def calls(self, request: web.Request) -> web.Response:
        q = _query(request)
        predicates = [
            *_equals(q, "To", "to"),
            *_equals(q, "From", "from"),
            *_equals(q, "ParentCallSid", "parent_call_sid"),
            *_equals(q, "Status", "status"),
            *_date_filters(q, "StartTime", "start_time"),
            *_date_filters(q, "EndTime", "end_time"),
        ]
        return _page_response(
            self.emulator, request, "calls", list(self.emulator.calls.values()), _call_key, predicates
        )

    async def call(self, request: web.Request) -> web.Response:
        return self._one(self.emulator.calls, request.match_info["sid"])

    async def messages(self, request: web.Request) -> web.Response:
        q = _query(request)
        predicates = [
            *_equals(q, "To", "to"),
            *_equals(q, "From", "from"),
            *_equals(q, "Status", "status"),
            *_date_filters(q, "DateSent", "date_sent"),
        ]
        items = list(self.emulator.messages.values())
        return _page_response(self.emulator, request, "messages", items, _message_key, predicates)

    async def message(self, request: web.Request) -> web.Response:
        return self._one(self.emulator.messages, request.match_info["sid"])

    async def recordings(self, request: web.Request) -> web.Response:
        q = _query(request)
        predicates = [
            *_equals(q, "CallSid", "call_sid"),
            *_equals(q, "ConferenceSid", "conference_sid"),
            *_date_filters(q, "DateCreated", "date_created"),
        ]
        items = list(self.emulator.recordings.values())
        return _page_response(self.emulator, request, "recordings", items, _created_key, predicates)

    async def recording(self, request: web.Request) -> web.Response:
        return self._one(self.emulator.recordings, request.match_info["sid"])

    async def call_recordings(self, request: web.Request) -> web.Response:
        call_sid = request.match_info["call_sid"]
        if call_sid not in self.emulator.calls:
            raise web.HTTPNotFound()
        items = [r for r in self.emulator.recordings.values() if r["call_sid"] == call_sid]
        predicates = _date_filters(_query(request), "DateCreated", "date_created")
        return _page_response(self.emulator, request, "recordings", items, _created_key, predicates)

    async def call_recording(self, request: web.Request) -> web.Response:
        recording = self.emulator.recordings.get(request.match_info["sid"])
        if recording is None or recording["call_sid"] != request.match_info["call_sid"]:
            raise web.HTTPNotFound()
        return web.json_response(recording)

    async def recording_transcriptions(self, request: web.Request) -> web.Response:
        recording_sid = request.match_info["recording_sid"]
        if recording_sid not in self.emulator.recordings:
            raise web.HTTPNotFound()
        items = [t for t in self.emulator.transcriptions.values() if t["recording_sid"] == recording_sid]
        return _page_response(self.emulator, request, "transcriptions", items, _created_key)

    async def transcriptions(self, request: web.Request) -> web.Response:
        items = list(self.emulator.transcriptions.values())
        return _page_response(self.emulator, request, "transcriptions", items, _created_key)

    async def transcription(self, request: web.Request) -> web.Response:
        return self._one(self.emulator.transcriptions, request.match_info["sid"])


@asynccontextmanager
async def running_emulator(emulator: TwilioEmulator, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve the emulator on `host` (loopback by default) and yield its base URL, "http://127.0.0.1:PORT"."""
    runner = web.AppRunner(make_app(emulator), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_port = runner.addresses[0][1]
        shown_host = f"[{host}]" if ":" in host else host
        emulator.base_url = f"http://{shown_host}:{bound_port}"
        yield emulator.base_url
    finally:
        emulator.base_url = None
        await runner.cleanup()


# --------------------------------------------------------------------------------------------- webhooks


def _pairs(params: Params | None) -> list[tuple[str, str]]:
    if params is None:
        return []
    if isinstance(params, Mapping):
        return [(str(k), str(v)) for k, v in params.items()]
    return [(str(k), str(v)) for k, v in params]


def twilio_signature(auth_token: str, url: str, params: Params | None = None, *, algorithm: str = HMAC_SHA1) -> str:
    """X-Twilio-Signature: base64(HMAC(token, url + each param name + value, names and values sorted)).

    Repeated names contribute each distinct value, sorted — as `RequestValidator.compute_signature`.
    """
    digestmod = _HASHES.get(algorithm.upper())
    if digestmod is None:
        raise ValueError(f"unsupported webhook signature algorithm {algorithm!r}")
    values: dict[str, set[str]] = {}
    for name, value in _pairs(params):
        values.setdefault(name, set()).add(value)
    payload = url + "".join(name + value for name in sorted(values) for value in sorted(values[name]))
    mac = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), digestmod)
    return base64.b64encode(mac.digest()).decode("ascii")


def body_sha256(body: str | bytes) -> str:
    """The `bodySHA256` query value Twilio adds to the URL of a webhook with a JSON body."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class WebhookResult:
    """What the hub answered to one webhook, and what was sent."""

    status: int
    text: str
    headers: dict[str, str]
    url: str
    signature: str | None
    body: bytes = field(repr=False, default=b"")


async def fire_webhook(
    session: aiohttp.ClientSession,
    url: str,
    params: Params | None = None,
    *,
    auth_token: str | None = None,
    json_body: Any = None,
    algorithm: str = HMAC_SHA1,
    shared_key_id: str = "webhooks_sharedkey_emulator",
    idempotency_token: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> WebhookResult:
    """POST a webhook to the hub the way Twilio does, signed with `auth_token` (unsigned when None).

    Form parameters are signed as URL + sorted params. With `json_body`, the body is JSON, the URL
    gains `bodySHA256=<hex sha256 of the body>` and the signature covers that URL alone. With
    `algorithm=HMAC_SHA256` the request also carries `X-Twilio-Webhooks-Signature-Settings`
    (`auth_token` is then the shared key's secret). The URL is sent byte-for-byte as given.
    """
    if json_body is not None and params:
        raise ValueError("a webhook has either form params or a JSON body, not both")
    sent_headers = {
        "User-Agent": "TwilioProxy/1.1",
        "I-Twilio-Idempotency-Token": idempotency_token or str(uuid.uuid4()),
    }
    signed: list[tuple[str, str]] = []
    if json_body is not None:
        data = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        url = f"{url}{'&' if '?' in url else '?'}bodySHA256={body_sha256(data)}"
        sent_headers["Content-Type"] = "application/json"
    else:
        signed = _pairs(params)
        data = urlencode(signed).encode("ascii")
        sent_headers["Content-Type"] = "application/x-www-form-urlencoded"
    signature = None
    if auth_token is not None:
        signature = twilio_signature(auth_token, url, signed, algorithm=algorithm)
        sent_headers["X-Twilio-Signature"] = signature
        if algorithm.upper() != HMAC_SHA1:
            sent_headers["X-Twilio-Webhooks-Signature-Settings"] = f"key={shared_key_id},algorithm={algorithm.upper()}"
    sent_headers.update(headers or {})
    async with session.post(URL(url, encoded=True), data=data, headers=sent_headers) as response:
        text = await response.text()
        return WebhookResult(response.status, text, dict(response.headers), url, signature, data)


def _country(address: str) -> str:
    number = address.removeprefix("whatsapp:")
    return "GB" if number.startswith("+44") else ("US" if number.startswith("+1") else "")


def _is_whatsapp(message: Resource) -> bool:
    return str(message.get("from", "")).startswith("whatsapp:") or str(message.get("to", "")).startswith("whatsapp:")


def _geo(prefix: str, address: str) -> dict[str, str]:
    return {f"{prefix}City": "", f"{prefix}Country": _country(address), f"{prefix}State": "", f"{prefix}Zip": ""}


_SEQUENCE = {"queued": 0, "initiated": 0, "ringing": 1, "in-progress": 2}


def voice_params(
    call: Resource,
    *,
    status: str | None = None,
    recording: Resource | None = None,
    callback: bool = True,
    sequence_number: int | None = None,
    timestamp: datetime | None = None,
) -> dict[str, str]:
    """A voice status callback for `call` at `status` (default: its current status).

    Includes CallDuration and Duration (minutes) once finished, AnsweredBy when answering-machine
    detection ran, ParentCallSid for child legs, RecordingUrl/RecordingSid/RecordingDuration when
    given a recording. `callback=False` gives the initial voice-URL request instead (no
    CallbackSource, SequenceNumber, Timestamp).
    """
    status = status or call["status"]
    moment = timestamp or _when(call.get("end_time")) or _when(call.get("start_time")) or _when(call["date_created"])
    params: dict[str, str] = {
        "AccountSid": call["account_sid"],
        "ApiVersion": API_VERSION,
        "CallSid": call["sid"],
        "CallStatus": status,
        "Called": call["to"],
        **_geo("Called", call["to"]),
        "Caller": call["from"],
        **_geo("Caller", call["from"]),
        "Direction": call["direction"],
        "From": call["from"],
        **_geo("From", call["from"]),
        "To": call["to"],
        **_geo("To", call["to"]),
    }
    if callback:
        seq = sequence_number if sequence_number is not None else _SEQUENCE.get(status, 3)
        params |= {
            "CallbackSource": "call-progress-events",
            "SequenceNumber": str(seq),
            "Timestamp": rfc2822(moment or datetime.now(UTC)),
        }
    if call.get("parent_call_sid"):
        params["ParentCallSid"] = call["parent_call_sid"]
    if call.get("caller_name"):
        params["CallerName"] = call["caller_name"]
    if call.get("forwarded_from"):
        params["ForwardedFrom"] = call["forwarded_from"]
    if call.get("answered_by"):
        params["AnsweredBy"] = call["answered_by"]
    if status not in LIVE_CALL_STATUSES and status != "initiated":
        seconds = int(call.get("duration") or 0)
        params |= {"CallDuration": str(seconds), "Duration": str(math.ceil(seconds / 60))}
    if recording is not None:
        params |= {
            "RecordingUrl": recording["media_url"],
            "RecordingSid": recording["sid"],
            "RecordingDuration": recording["duration"],
        }
    return params


def recording_status_params(recording: Resource) -> dict[str, str]:
    """A RecordingStatusCallback for `recording`."""
    return {
        "AccountSid": recording["account_sid"],
        "CallSid": recording["call_sid"],
        "ErrorCode": "0",
        "RecordingChannels": str(recording["channels"]),
        "RecordingDuration": recording["duration"],
        "RecordingSid": recording["sid"],
        "RecordingSource": recording["source"],
        "RecordingStartTime": recording["start_time"],
        "RecordingStatus": recording["status"],
        "RecordingTrack": recording["track"],
        "RecordingUrl": recording["media_url"],
    }


def transcription_params(transcription: Resource, recording: Resource, call: Resource | None = None) -> dict[str, str]:
    """A transcribeCallback for `transcription` (of `recording`, during `call` if given)."""
    params = {
        "AccountSid": transcription["account_sid"],
        "ApiVersion": API_VERSION,
        "CallSid": recording["call_sid"],
        "RecordingSid": recording["sid"],
        "RecordingUrl": recording["media_url"],
        "TranscriptionSid": transcription["sid"],
        "TranscriptionStatus": transcription["status"],
        "TranscriptionText": transcription["transcription_text"] or "",
        "TranscriptionType": transcription["type"],
        "TranscriptionUrl": f"{API_ROOT}{transcription['uri'].removesuffix('.json')}",
    }
    if call is not None:
        params |= {"CallStatus": call["status"], "Direction": call["direction"], "From": call["from"], "To": call["to"]}
    return params


_PROFILE_NAMES = ("Aisha", "Tom", "Priya", "Gareth", "Niamh", "Kwame", "Zofia", "Dave B", "Mum", "Shaz")


def _media(message: Resource) -> list[tuple[str, str]]:
    count = int(message.get("num_media") or 0)
    media = []
    for i in range(count):
        me_sid = "ME" + hashlib.md5(f"{message['sid']}/{i}".encode(), usedforsecurity=False).hexdigest()
        media.append((f"{API_ROOT}{message['uri'].removesuffix('.json')}/Media/{me_sid}", "image/jpeg"))
    return media


def inbound_message_params(message: Resource, *, profile_name: str | None = None) -> dict[str, str]:
    """The webhook for an inbound SMS/MMS or WhatsApp message (ProfileName and WaId for WhatsApp)."""
    params: dict[str, str] = {
        "AccountSid": message["account_sid"],
        "ApiVersion": API_VERSION,
        "Body": message["body"] or "",
        "From": message["from"],
        "MessageSid": message["sid"],
        "NumMedia": message["num_media"],
        "NumSegments": message["num_segments"],
        "SmsMessageSid": message["sid"],
        "SmsSid": message["sid"],
        "SmsStatus": "received",
        "To": message["to"],
    }
    if message.get("messaging_service_sid"):
        params["MessagingServiceSid"] = message["messaging_service_sid"]
    media = _media(message)
    for i, (media_url, content_type) in enumerate(media):
        params[f"MediaUrl{i}"] = media_url
        params[f"MediaContentType{i}"] = content_type
    if _is_whatsapp(message):
        wa_id = message["from"].removeprefix("whatsapp:+")
        params |= {
            "ProfileName": profile_name or _PROFILE_NAMES[int(wa_id) % len(_PROFILE_NAMES)],
            "WaId": wa_id,
            "MessageType": "image" if media else "text",
            "ReferralNumMedia": "0",
        }
    else:
        params |= _geo("From", message["from"]) | _geo("To", message["to"])
    return params


def message_status_params(message: Resource, *, status: str | None = None) -> dict[str, str]:
    """A message StatusCallback (MessageStatus/SmsStatus, ErrorCode when failed or undelivered)."""
    status = status or message["status"]
    params: dict[str, str] = {
        "AccountSid": message["account_sid"],
        "ApiVersion": API_VERSION,
        "From": message["from"],
        "MessageSid": message["sid"],
        "MessageStatus": status,
        "SmsSid": message["sid"],
        "SmsStatus": status,
        "To": message["to"],
    }
    if message.get("messaging_service_sid"):
        params["MessagingServiceSid"] = message["messaging_service_sid"]
    if status in ("failed", "undelivered") and message.get("error_code") is not None:
        params["ErrorCode"] = str(message["error_code"])
    if _is_whatsapp(message):
        params |= {"ChannelPrefix": "whatsapp", "ChannelToAddress": message["to"].removeprefix("whatsapp:")}
    elif status == "delivered" and message.get("date_sent"):
        params["RawDlrDoneDate"] = parse_rfc2822(message["date_sent"]).strftime("%y%m%d%H%M")
    return params


# --------------------------------------------------------------------------------------------- SMS


_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = set("^{}\\[~]|€")


def sms_segments(body: str) -> int:
    """How many SMS segments `body` takes: GSM-7 (160, or 153 per part) else UCS-2 (70, or 67)."""
    if not body:
        return 1
    if all(ch in _GSM7 or ch in _GSM7_EXTENDED for ch in body):
        septets = sum(2 if ch in _GSM7_EXTENDED else 1 for ch in body)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(body.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)
