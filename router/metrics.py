"""Router metrics (labels: channel and action only)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

DECIDED = Counter("hub_events_decided_total", "Contacts decided by the router", ["channel", "action"])
DECIDE_SECONDS = Histogram(
    "hub_decide_batch_seconds",
    "Time to decide one consumed batch",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
