"""Twilio connector configuration (built by the hub from HUB_TWILIO_* settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TwilioConfig:
    account_sid: str
    auth_token: str
    api_base_url: str = "https://api.twilio.com"
    # The public URL Twilio calls (behind a reverse proxy it differs from what the hub sees).
    webhook_base_url: str | None = None
    poll_interval_s: float = 60.0
    overlap_s: float = 300.0  # re-read this far behind the cursor: late-arriving records
    page_size: int = 200
    initial_lookback_s: float = 86400.0  # how far back the very first sync reads (backfill for more)
    broadcast_min_recipients: int = 5  # the same body to this many numbers ...
    broadcast_window_s: float = 900.0  # ... within this window is a broadcast, not a conversation
