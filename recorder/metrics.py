"""Recorder metrics (labels: channel and table only)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

RECORDED = Counter("hub_events_recorded_total", "Contacts stored, by table", ["channel", "table"])
WRITE_SECONDS = Histogram(
    "hub_record_batch_seconds",
    "Time to store one batch in one transaction",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
